"""ruimte:gridcapacity in real QGIS: status classes, overlaps, colour words, unknowns, and the
real high-voltage substations loaded from the '#'-separated CSV as a QGIS user would."""

import numpy as np
import processing
import pytest
from qgis.core import (QgsFeature, QgsGeometry, QgsProcessingException, QgsRectangle,
                       QgsVectorLayer)

from testdata import TEST_DATA, read_raster

X0, Y0 = 200000.0, 500000.0        # 1 km x 1 km areas, 100 m cells


def areas_layer(statuses, field_type="string"):
    """One 1 km square per status along x, plus a square overlapping the first two."""
    layer = QgsVectorLayer(f"Polygon?crs=EPSG:28992&field=afname:{field_type}", "cap", "memory")
    features = []
    for i, status in enumerate(statuses):
        f = QgsFeature(layer.fields())
        f.setGeometry(QgsGeometry.fromRect(QgsRectangle(X0 + i * 1000, Y0, X0 + (i + 1) * 1000,
                                                        Y0 + 1000)))
        f.setAttributes([status])
        features.append(f)
    layer.dataProvider().addFeatures(features)
    return layer


def run(params, tmp_path):
    params = dict({"EXTENT": f"{X0},{X0 + 5000},{Y0},{Y0 + 1000} [EPSG:28992]",
                   "PIXEL_SIZE": 100, "OUTPUT": str(tmp_path / "g.tif"),
                   "CONSTRAINT": str(tmp_path / "c.tif")}, **params)
    res = processing.run("ruimte:gridcapacity", params)
    return read_raster(res["OUTPUT"])[0], read_raster(res["CONSTRAINT"])[0]


def test_status_classes_words_and_unknown(provider, tmp_path):
    score, constraint = run({"AREAS": areas_layer(["groen", "1", "oranje", "3", "-1"]),
                             "REQUIRED_MVA": 2, "UNKNOWN_SCORE": 0.4}, tmp_path)
    # columns 0-9 = area 0, 10-19 = area 1, ...
    assert [score[5, c] for c in (5, 15, 25, 35, 45)] == pytest.approx([1, 0.7, 0.3, 0, 0.4])
    assert [constraint[5, c] for c in (5, 15, 25, 35, 45)] == [1, 1, 1, 0, 1]


def test_outside_the_map_is_nodata_and_overlap_takes_the_worst(provider, tmp_path):
    layer = areas_layer([0, 2], field_type="integer")
    f = QgsFeature(layer.fields())
    f.setGeometry(QgsGeometry.fromRect(QgsRectangle(X0 + 500, Y0, X0 + 1500, Y0 + 1000)))
    f.setAttributes([3])
    layer.dataProvider().addFeatures([f])
    score, _ = run({"AREAS": layer}, tmp_path)
    assert [score[5, c] for c in (2, 7, 12, 17)] == pytest.approx([1, 0, 0, 0.3])
    assert np.all(np.isnan(score[:, 20:]))


def test_small_need_is_unaffected(provider, tmp_path):
    score, constraint = run({"AREAS": areas_layer(["rood"] * 5), "REQUIRED_MVA": 0.1},
                            tmp_path)
    assert np.all(score == 1) and np.all(constraint == 1)


def test_unknown_status_word_names_the_field(provider, tmp_path):
    with pytest.raises(QgsProcessingException, match=r"\(STATUS_FIELD\).*blauw"):
        run({"AREAS": areas_layer(["groen", "blauw"])}, tmp_path)
    assert list(tmp_path.iterdir()) == []


def test_real_substations_from_the_csv(provider, qgis_process, tmp_path):
    uri = (f"file://{TEST_DATA}/highvoltage_vertices.csv?delimiter=%23&xField=lon&yField=lat"
           "&crs=EPSG:4326&detectTypes=yes")
    vertices = QgsVectorLayer(uri, "hv", "delimitedtext")
    assert vertices.isValid() and vertices.featureCount() == 91
    vertices.setSubsetString("\"typ\" IN ('substation', 'merge')")
    assert vertices.featureCount() == 61      # 40 substations + 21 merged stations; no joints
    # one large area over Drenthe, status groen; need 50 MVA -> the substation distance counts
    layer = QgsVectorLayer("Polygon?crs=EPSG:28992&field=afname:integer", "cap", "memory")
    f = QgsFeature(layer.fields())
    f.setGeometry(QgsGeometry.fromRect(QgsRectangle(200000, 510000, 270000, 580000)))
    f.setAttributes([0])
    layer.dataProvider().addFeatures([f])
    res = processing.run("ruimte:gridcapacity", {
        "AREAS": layer, "REQUIRED_MVA": 50, "SUBSTATIONS": vertices, "PIXEL_SIZE": 500,
        "OUTPUT": str(tmp_path / "s.tif"), "SUBSTATION_DISTANCE": str(tmp_path / "d.tif")})
    score, profile = read_raster(res["OUTPUT"])
    dist, _ = read_raster(res["SUBSTATION_DISTANCE"])
    assert profile["crs"].to_epsg() == 28992
    assert dist.min() < 500 and dist.max() == 15000            # capped at SUBSTATION_FAR
    expected = np.clip((15000 - dist) / 13000, 0, 1)            # status 0 scores 1
    assert np.allclose(score, expected, atol=1e-6)
    # the same through qgis_process, from a GeoPackage
    path = str(tmp_path / "areas.gpkg")
    processing.run("native:reprojectlayer", {"INPUT": layer, "TARGET_CRS": "EPSG:28992",
                                             "OUTPUT": path})
    result = qgis_process("--json", "run", "ruimte:gridcapacity", "--", f"AREAS={path}",
                          "REQUIRED_MVA=0.1", "PIXEL_SIZE=1000", f"OUTPUT={tmp_path / 'cli.tif'}")
    assert result.returncode == 0, result.stderr
    assert np.all(read_raster(tmp_path / "cli.tif")[0] == 1)
