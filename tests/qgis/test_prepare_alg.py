"""The data-preparation readers on real data: BAG (the real Amsterdam sample, with use and
status added by rule), AERIUS (the real IMAER GML) and Natura 2000 (the demo GeoPackage and the
PDOK GeoJSON extract); each output feeds its criterion."""

import xml.etree.ElementTree as ET

import numpy as np
import processing
import pytest
from osgeo import ogr
from qgis.core import QgsProcessingException, QgsVectorLayer

from prepare_fixtures import BAG_SAMPLE, bag_fixture, memory, square, write
from testdata import DEMO_GPKG, TEST_DATA, read_raster

EXTENT = "120000,122500,487500,490500 [EPSG:28992]"
GML = TEST_DATA / "aerius" / "AERIUS_20200623162435_0_Situatie1.gml"


def sql_count(path, where):
    """Features of the GeoPackage layer at ``path`` (file|layername=x) matching ``where``,
    counted by OGR SQL: independent of the reader."""
    file, layer = path.split("|layername=")
    ds = ogr.Open(file)
    result = ds.ExecuteSQL(f"SELECT COUNT(*) FROM \"{layer}\" WHERE {where}")
    count = result.GetNextFeature().GetField(0)
    ds.ReleaseResultSet(result)
    return count


def count(path):
    return QgsVectorLayer(path, "x", "ogr").featureCount()


# ------------------------------------------------------------------ BAG
IN_USE = ("status IN ('Verblijfsobject in gebruik', 'Verblijfsobject in gebruik (niet "
          "ingemeten)', 'Verbouwing verblijfsobject')")


def test_bag_sensitive_objects_feed_zoning(provider, tmp_path):
    vbo = bag_fixture(tmp_path)
    res = processing.run("ruimte:preparebag", {
        "INPUT": vbo, "OUTPUT": str(tmp_path / "houses.gpkg"),
        "INDUSTRY": str(tmp_path / "industry.gpkg")})
    where = f"{IN_USE} AND gebruiksdoel LIKE '%woonfunctie%'"
    expected = sql_count(f"{vbo}|layername=bag_vbo", where)
    assert 500 < expected < 1836
    assert count(res["OUTPUT"]) == expected
    assert count(res["INDUSTRY"]) == sql_count(f"{vbo}|layername=bag_vbo",
                                               f"{IN_USE} AND gebruiksdoel = 'industriefunctie'")
    # the reader's output in ruimte:zoning = gdal:proximity on the same objects, selected by
    # QGIS's own expression engine
    zoning = processing.run("ruimte:zoning", {
        "SENSITIVE": res["OUTPUT"], "CATEGORY": "4.2", "EXTENT": EXTENT, "PIXEL_SIZE": 25,
        "OUTPUT": str(tmp_path / "score.tif"), "DISTANCE": str(tmp_path / "dist.tif")})
    chosen = processing.run("native:extractbyexpression", {
        "INPUT": vbo, "EXPRESSION": where.replace("status", "\"status\"").replace(
            "gebruiksdoel", "\"gebruiksdoel\""),
        "OUTPUT": str(tmp_path / "chosen.gpkg")})["OUTPUT"]
    assert count(chosen) == expected
    cells = processing.run("gdal:rasterize", {
        "INPUT": chosen, "BURN": 1, "UNITS": 1, "WIDTH": 25, "HEIGHT": 25, "EXTENT": EXTENT,
        "INIT": 0, "DATA_TYPE": 0, "OUTPUT": str(tmp_path / "cells.tif")})["OUTPUT"]
    gdal = processing.run("gdal:proximity", {
        "INPUT": cells, "BAND": 1, "VALUES": "1", "UNITS": 0, "DATA_TYPE": 5,
        "OUTPUT": str(tmp_path / "gdal.tif")})["OUTPUT"]
    ours, _ = read_raster(zoning["DISTANCE"])
    theirs, _ = read_raster(gdal)
    near = theirs < 5000
    assert np.max(np.abs(ours[near] - theirs[near])) <= 12.5        # half a 25 m pixel


def test_bag_more_uses_and_statuses(provider, tmp_path):
    vbo = bag_fixture(tmp_path)
    res = processing.run("ruimte:preparebag", {
        "INPUT": vbo, "USES": ["woonfunctie", "winkelfunctie"],
        "STATUSES": ["Verblijfsobject buiten gebruik"], "OUTPUT": str(tmp_path / "o.gpkg")})
    assert count(res["OUTPUT"]) == sql_count(
        f"{vbo}|layername=bag_vbo", "status = 'Verblijfsobject buiten gebruik' AND "
        "gebruiksdoel <> 'industriefunctie'")


def test_bag_address_extract_is_refused(provider, tmp_path):
    # the real sample is an address (nummeraanduiding) extract: no gebruiksdoel
    with pytest.raises(QgsProcessingException, match=r"INPUT.*gebruiksdoel.*PDOK BAG "
                                                     r"GeoPackage \(BAG 2\.0"):
        processing.run("ruimte:preparebag", {"INPUT": BAG_SAMPLE,
                                             "OUTPUT": str(tmp_path / "o.gpkg")})
    # with a use field named, the status column shows what it is
    with pytest.raises(QgsProcessingException, match=r"Naamgeving uitgegeven.*verblijfsobject "
                                                     r"status"):
        processing.run("ruimte:preparebag", {"INPUT": BAG_SAMPLE, "USE_FIELD": "type",
                                             "OUTPUT": str(tmp_path / "o.gpkg")})


# ------------------------------------------------------------------ AERIUS
def gml_receptors():
    """(x, y, NH3 + NOX) per receptor, read with ElementTree independently of core.aerius."""
    rows = []
    for elem in ET.parse(GML).getroot().iter():
        if elem.tag.endswith("}ReceptorPoint"):
            pos = next(e for e in elem.iter() if e.tag.endswith("}pos")).text.split()
            total = sum(float(next(v for v in r.iter() if v.tag.endswith("}value")).text)
                        for r in elem.iter() if r.tag.endswith("}Result"))
            rows.append((float(pos[0]), float(pos[1]), total))
    return np.array(rows)


def test_aerius_raster_holds_the_receptor_values(provider, tmp_path):
    res = processing.run("ruimte:prepareaerius", {"INPUT": str(GML), "PIXEL_SIZE": 10,
                                                  "OUTPUT": str(tmp_path / "dep.tif")})
    raster, profile = read_raster(res["OUTPUT"])
    t = profile["transform"]
    receptors = gml_receptors()
    assert len(receptors) == 473
    cols = np.floor((receptors[:, 0] - t.c) / t.a).astype(int)
    rows = np.floor((receptors[:, 1] - t.f) / t.e).astype(int)
    assert np.allclose(raster[rows, cols], receptors[:, 2], rtol=1e-6)
    # a cell centre 70 m from every receptor (beyond the 62 m circumradius) is NoData
    ys, xs = np.mgrid[0:raster.shape[0], 0:raster.shape[1]]
    cx, cy = t.c + (xs + 0.5) * t.a, t.f + (ys + 0.5) * t.e
    sample = np.random.default_rng(1).choice(raster.size, 4000, replace=False)
    d = np.min(np.hypot(cx.ravel()[sample][:, None] - receptors[None, :, 0],
                        cy.ravel()[sample][:, None] - receptors[None, :, 1]), axis=1)
    values = raster.ravel()[sample]
    assert np.all(np.isnan(values[d > 62.1]))
    # within the inradius (53.7 m) a cell takes the nearest receptor's value
    assert np.all(np.isfinite(values[d < 53.7]))
    # 1 ha hexagons on 10 m cells: about 100 cells per receptor
    assert 90 * 473 < np.isfinite(raster).sum() < 110 * 473


def test_aerius_raster_feeds_nitrogen(provider, tmp_path):
    extent = "136000,139000,406000,410000 [EPSG:28992]"
    dep = processing.run("ruimte:prepareaerius", {
        "INPUT": str(GML), "SUBSTANCE": "NH3", "EXTENT": extent, "PIXEL_SIZE": 25,
        "OUTPUT": str(tmp_path / "dep.tif")})["OUTPUT"]
    habitat = write(memory("Polygon", "habitat", [], [(square(137000, 407000), [])]),
                    tmp_path / "habitat.gpkg")
    res = processing.run("ruimte:nitrogen", {
        "HABITATS": habitat, "DEPOSITION_RASTER": dep, "EXTENT": extent, "PIXEL_SIZE": 25,
        "OUTPUT": str(tmp_path / "score.tif"), "DEPOSITION": str(tmp_path / "d.tif")})
    ours, _ = read_raster(dep)
    passed, _ = read_raster(res["DEPOSITION"])
    both = np.isfinite(ours) & np.isfinite(passed)
    assert both.sum() > 1000
    assert np.allclose(passed[both], ours[both], rtol=1e-5)      # same grid: no resampling


def test_aerius_errors(provider, tmp_path):
    bad = tmp_path / "bad.gml"
    bad.write_text("<a><b>not IMAER</b></a>")
    with pytest.raises(QgsProcessingException, match=r"INPUT.*no receptors.*IMAER GML"):
        processing.run("ruimte:prepareaerius", {"INPUT": str(bad),
                                                "OUTPUT": str(tmp_path / "o.tif")})
    bad.write_text("<a><b>broken")
    with pytest.raises(QgsProcessingException, match=r"INPUT.*cannot read"):
        processing.run("ruimte:prepareaerius", {"INPUT": str(bad),
                                                "OUTPUT": str(tmp_path / "o.tif")})
    with pytest.raises(QgsProcessingException, match=r"TARGET_CRS.*EPSG:28992"):
        processing.run("ruimte:prepareaerius", {"INPUT": str(GML), "TARGET_CRS": "EPSG:3035",
                                                "OUTPUT": str(tmp_path / "o.tif")})


# ------------------------------------------------------------------ Natura 2000
def test_natura2000_flag_feeds_nitrogen(provider, tmp_path):
    source = f"{DEMO_GPKG}|layername=natura2000"
    res = processing.run("ruimte:preparenatura2000", {"INPUT": source,
                                                      "OUTPUT": str(tmp_path / "n.gpkg")})
    expected = sql_count(source, "stikstofgevoelig = 1")
    assert 0 < expected < count(source)
    assert count(res["OUTPUT"]) == expected
    extent = "230000,240000,540000,548000 [EPSG:28992]"
    grid = {"EXTENT": extent, "PIXEL_SIZE": 250, "EMISSION_NH3": 1000}
    ours = processing.run("ruimte:nitrogen", dict(grid, HABITATS=res["OUTPUT"],
                                                  OUTPUT=str(tmp_path / "a.tif"),
                                                  DEPOSITION=str(tmp_path / "ad.tif")))
    chosen = processing.run("native:extractbyexpression", {
        "INPUT": source, "EXPRESSION": "\"stikstofgevoelig\"",
        "OUTPUT": str(tmp_path / "c.gpkg")})["OUTPUT"]
    theirs = processing.run("ruimte:nitrogen", dict(grid, HABITATS=chosen,
                                                    OUTPUT=str(tmp_path / "b.tif"),
                                                    DEPOSITION=str(tmp_path / "bd.tif")))
    assert np.array_equal(read_raster(ours["DEPOSITION"])[0],
                          read_raster(theirs["DEPOSITION"])[0], equal_nan=True)


def test_natura2000_regime_and_kdw(provider, tmp_path):
    geojson = str(TEST_DATA / "drenthe_natura2000_gebieden.geojson")
    res = processing.run("ruimte:preparenatura2000", {"INPUT": geojson,
                                                      "OUTPUT": str(tmp_path / "n.gpkg")})
    ds = ogr.Open(geojson)
    layer = ds.GetLayer(0)
    hr = sum("HR" in (f.GetField("beschermin") or "") for f in layer)
    assert 0 < hr == count(res["OUTPUT"]) <= 13
    habitats = write(memory("Polygon", "habitattypen", ["code:string", "kdw:double"], [
        (square(230000, 540000), ["H4030", 1071]), (square(232000, 540000), ["H3150", 2143]),
        (square(234000, 540000), ["H1330", 3000]), (square(236000, 540000), ["Hxxxx", None])]),
        tmp_path / "habitats.gpkg")
    res = processing.run("ruimte:preparenatura2000", {"INPUT": habitats,
                                                      "OUTPUT": str(tmp_path / "k.gpkg")})
    out = QgsVectorLayer(res["OUTPUT"], "k", "ogr")
    # KDW below 2400 (1071, 2143) and the unknown one are sensitive; 3000 is not
    assert sorted(f["code"] for f in out.getFeatures()) == ["H3150", "H4030", "Hxxxx"]
    kdw = out.fields().indexOf("kdw")
    assert kdw >= 0
    processing.run("ruimte:nitrogen", {"HABITATS": res["OUTPUT"], "KDW_FIELD": "kdw",
                                       "EMISSION_NH3": 100, "PIXEL_SIZE": 250,
                                       "OUTPUT": str(tmp_path / "s.tif")})


def test_natura2000_missing_fields(provider, tmp_path):
    plain = write(memory("Polygon", "gebieden", ["naam:string"], [(square(0, 0), ["x"])]),
                  tmp_path / "plain.gpkg")
    with pytest.raises(QgsProcessingException,
                       match=r"INPUT.*stikstofgevoelig.*Natura 2000 areas of RVO/LNV on PDOK"):
        processing.run("ruimte:preparenatura2000", {"INPUT": plain,
                                                    "OUTPUT": str(tmp_path / "o.gpkg")})
    odd = write(memory("Polygon", "gebieden", ["stikstofgevoelig:string"],
                       [(square(0, 0), ["misschien"])]), tmp_path / "odd.gpkg")
    with pytest.raises(QgsProcessingException, match=r"INPUT.*'misschien' is not a yes/no"):
        processing.run("ruimte:preparenatura2000", {"INPUT": odd,
                                                    "OUTPUT": str(tmp_path / "o.gpkg")})
