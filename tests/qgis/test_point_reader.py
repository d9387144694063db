"""read_vector's GDAL path for point layers (algorithms/point_reader.py) against the points
written and against QGIS's feature loop: the same points in the same order and the same features
without a geometry; a subset string, selected features only, another CRS and MultiPoints leave
the reading to QGIS and still give the right points; ruimte:zoning gives the same rasters either
way."""

import numpy as np
import processing
import pytest
from osgeo import ogr, osr
from qgis.core import (QgsApplication, QgsCoordinateReferenceSystem, QgsFeatureRequest,
                       QgsProcessingContext, QgsProcessingFeatureSourceDefinition,
                       QgsVectorLayer)

from ruimte_plugin.algorithms.point_reader import layer_points
from testdata import read_raster, warning_feedback, write_vector

RD = QgsCoordinateReferenceSystem("EPSG:28992")
X0, Y0 = 150000.0, 450000.0
KINDS = {"POINT": ogr.wkbPoint, "POINT Z": ogr.wkbPoint25D, "POINT ZM": ogr.wkbPointZM}


def point_file(path, kind="POINT", count=3000, seed=5, epsg=28992, x0=X0, y0=Y0, span=5000.0):
    """(GeoPackage layer URI, (count, 2) coordinates written with NaN rows for the features
    without a geometry: every 97th NULL, every 101st an empty point), with two attributes."""
    xy = np.random.default_rng(seed).uniform(0, span, size=(count, 2)) + (x0, y0)
    extra = {"POINT": "", "POINT Z": " 7.5", "POINT ZM": " 7.5 2"}[kind]
    rows = []
    for i, (x, y) in enumerate(xy):
        wkt = None if i % 97 == 3 else f"{kind} EMPTY" if i % 101 == 5 \
            else f"{kind} ({float(x)!r} {float(y)!r}{extra})"
        if wkt is None or "EMPTY" in wkt:
            xy[i] = np.nan
        rows.append((wkt, {"name": f"house {i}", "value": i}))
    write_vector(path, KINDS[kind], rows, [("name", ogr.OFTString), ("value", ogr.OFTInteger)],
                 epsg)
    return f"{path}|layername=data", xy


def reader():
    """(ruimte:zoning instance whose warnings go to a kept feedback, a processing context)."""
    alg = QgsApplication.processingRegistry().createAlgorithmById("ruimte:zoning")
    alg._feedback = warning_feedback()            # as processAlgorithm sets it (self.warn)
    return alg, QgsProcessingContext()


def read(alg, context, value, fast):
    """read_vector of SENSITIVE = ``value`` in RD: with its parameters (GDAL when it may) or
    without (always QGIS's feature loop); the warnings it gave are in alg._feedback."""
    parameters = {"SENSITIVE": value}
    alg._feedback.warnings.clear()
    source = alg.parameterAsSource(parameters, "SENSITIVE", context)
    return alg.read_vector(source, RD, context, "SENSITIVE", geometry="point",
                           parameters=parameters if fast else None)


@pytest.mark.parametrize("kind", list(KINDS))
def test_gdal_path_gives_the_points_of_the_qgis_loop(provider, tmp_path, kind):
    uri, written = point_file(tmp_path / "points.gpkg", kind)
    alg, context = reader()
    assert layer_points(alg, {"SENSITIVE": uri}, "SENSITIVE", context, RD) is not None
    fast = read(alg, context, uri, fast=True)
    fast_warnings = list(alg._feedback.warnings)
    slow = read(alg, context, uri, fast=False)
    kept = ~np.isnan(written[:, 0])
    assert np.array_equal(fast.points, written[kept])          # the same order, bit for bit
    assert np.array_equal(slow.points, written[kept])
    assert fast.skipped == slow.skipped == np.sum(~kept) == 31 + 30
    assert fast_warnings == alg._feedback.warnings == [
        f"layer 'points' (SENSITIVE): {np.sum(~kept)} of 3000 features have no geometry (NULL or "
        "empty) and are left out"]
    assert fast.wkbs == slow.wkbs == [] and fast.attributes == slow.attributes == {}


def test_partial_reads_and_other_crs_are_left_to_qgis(provider, tmp_path):
    uri, written = point_file(tmp_path / "points.gpkg")
    alg, context = reader()
    values = np.arange(len(written))
    kept = ~np.isnan(written[:, 0])

    subset = QgsVectorLayer(uri, "subset", "ogr")
    assert subset.setSubsetString('"value" >= 1000')
    selected = QgsVectorLayer(uri, "selected", "ogr")
    context.temporaryLayerStore().addMapLayer(selected)
    selected.selectByIds([i + 1 for i in range(0, 3000, 7)])             # fid = row + 1
    only_selected = QgsProcessingFeatureSourceDefinition(selected.id(), True)
    limited = QgsProcessingFeatureSourceDefinition(uri, False, 500)
    checked = QgsProcessingFeatureSourceDefinition(
        uri, False, -1, QgsProcessingFeatureSourceDefinition.FlagOverrideDefaultGeometryCheck,
        QgsFeatureRequest.GeometrySkipInvalid)
    cases = [(subset, values >= 1000), (only_selected, values % 7 == 0),
             (limited, values < 500), (checked, values >= 0),
             (f"{uri}|geometrytype=Point", values % 97 != 3)]  # QGIS leaves out the NULLs
    if hasattr(checked, "filterExpression"):                            # QGIS >= 3.32
        filtered = QgsProcessingFeatureSourceDefinition(uri)
        filtered.filterExpression = '"value" < 100'
        cases.append((filtered, values < 100))
    plain = QgsProcessingFeatureSourceDefinition(uri)                   # the whole layer
    assert layer_points(alg, {"SENSITIVE": plain}, "SENSITIVE", context, RD) is not None
    for value, rows in cases:
        assert layer_points(alg, {"SENSITIVE": value}, "SENSITIVE", context, RD) is None
        data = read(alg, context, value, fast=True)
        assert np.array_equal(data.points, written[rows & kept])
        assert data.skipped == np.sum(rows & ~kept)

    # WGS 84 degrees: reprojected by QGIS; the truth is OSR's transformation of what was written
    lonlat_uri, lonlat = point_file(tmp_path / "wgs84.gpkg", epsg=4326, x0=5.0, y0=52.0,
                                    span=0.5)
    assert layer_points(alg, {"SENSITIVE": lonlat_uri}, "SENSITIVE", context, RD) is None
    data = read(alg, context, lonlat_uri, fast=True)
    wgs84, rd = osr.SpatialReference(), osr.SpatialReference()
    wgs84.ImportFromEPSG(4326)
    rd.ImportFromEPSG(28992)
    for srs in (wgs84, rd):
        srs.SetAxisMappingStrategy(osr.OAMS_TRADITIONAL_GIS_ORDER)
    expected = np.array(osr.CoordinateTransformation(wgs84, rd).TransformPoints(
        lonlat[~np.isnan(lonlat[:, 0])]))[:, :2]
    assert data.points.shape == expected.shape
    assert np.allclose(data.points, expected, rtol=0, atol=0.01)          # within 1 cm


def test_multipoints_are_read_by_qgis(provider, tmp_path):
    """A MultiPoint layer is not taken; a MultiPoint in a Point layer (GDAL writes it, with a
    warning) sends the whole layer back to the QGIS loop, which reads every part."""
    alg, context = reader()
    mixed = [("POINT (150010 450010)", {}), (None, {}), ("POINT (150040 450040)", {}),
             ("MULTIPOINT ((150020 450020), (150030 450030))", {})]
    multi = [("MULTIPOINT ((150010 450010))", {}), (None, {}),
             ("MULTIPOINT ((150040 450040))", {}), mixed[3]]
    for kind, rows in ((ogr.wkbPoint, mixed), (ogr.wkbMultiPoint, multi)):
        uri = write_vector(tmp_path / f"multi{kind}.gpkg", kind, rows) + "|layername=data"
        assert layer_points(alg, {"SENSITIVE": uri}, "SENSITIVE", context, RD) is None
        data = read(alg, context, uri, fast=True)
        assert np.array_equal(data.points, [[150010, 450010], [150040, 450040],
                                            [150020, 450020], [150030, 450030]])
        assert data.skipped == 1


def test_zoning_rasters_are_the_same_either_way(provider, tmp_path):
    uri, _ = point_file(tmp_path / "points.gpkg", count=4000)
    everything = QgsProcessingFeatureSourceDefinition(uri, False, 10 ** 9)   # the QGIS loop
    alg, context = reader()
    assert layer_points(alg, {"SENSITIVE": everything}, "SENSITIVE", context, RD) is None
    runs = []
    for label, value in (("fast", uri), ("loop", everything)):
        feedback = warning_feedback()
        res = processing.run("ruimte:zoning", {
            "SENSITIVE": value, "CATEGORY": "4.2", "AREA_TYPE": "rustige_woonwijk",
            "EXTENT": f"{X0 - 500},{X0 + 5500},{Y0 - 500},{Y0 + 5500} [EPSG:28992]",
            "PIXEL_SIZE": 50, "OUTPUT": str(tmp_path / f"{label}_score.tif"),
            "DISTANCE": str(tmp_path / f"{label}_distance.tif")}, feedback=feedback)
        runs.append(([read_raster(res[key])[0] for key in ("OUTPUT", "DISTANCE")],
                     feedback.warnings))
    (fast, fast_warnings), (loop, loop_warnings) = runs
    assert fast[1].shape == (120, 120) and 0 < np.mean(fast[1] < 300) < 1
    for a, b in zip(fast, loop):
        assert np.array_equal(a, b, equal_nan=True)
    assert fast_warnings == loop_warnings and "of 4000 features have no geometry" in \
        fast_warnings[0]
