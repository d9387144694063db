"""ruimte:landscape on the real Drenthe NNN, Nationaal Park Drentsche Aa and Natura 2000 files,
and the DEM path with the real AHN tile."""

import numpy as np
import processing
import pytest
from qgis.core import (QgsFeature, QgsGeometry, QgsPointXY, QgsProcessingException, QgsRectangle,
                       QgsVectorLayer)

from testdata import TEST_DATA, read_raster

NATURA = f"{TEST_DATA}/drenthe_natura2000_gebieden.geojson"
NNN = f"/vsizip/{TEST_DATA}/Realisatie_verbeteren_NNN.zip/Realisatie_verbeteren_NNN.gml"
PARK = f"{TEST_DATA}/output_natpark.gml"
AHN = f"{TEST_DATA}/ahn.tif"
# around the Drentsche Aa, 200 m cells
EXTENT = "232000,252000,550000,566000 [EPSG:28992]"


@pytest.fixture
def drenthe_layers():
    layers = [QgsVectorLayer(NATURA, "natura2000", "ogr"), QgsVectorLayer(NNN, "nnn", "ogr"),
              QgsVectorLayer(PARK, "nationaal park", "ogr")]
    assert all(layer.isValid() for layer in layers)
    yield layers
    del layers


def test_real_drenthe_landscape(provider, drenthe_layers, tmp_path):
    natura_layer, nnn_layer, park_layer = drenthe_layers
    res = processing.run("ruimte:landscape", {
        "PROTECTED": [natura_layer, nnn_layer], "VALUED": [park_layer], "BUILDING_HEIGHT": 30,
        "EXTENT": EXTENT, "PIXEL_SIZE": 200, "OUTPUT": str(tmp_path / "score.tif"),
        "IMPACT": str(tmp_path / "impact.tif"), "CONSTRAINT": str(tmp_path / "c.tif")})
    score, _ = read_raster(res["OUTPUT"])
    impact, _ = read_raster(res["IMPACT"])
    constraint, _ = read_raster(res["CONSTRAINT"])
    assert score.shape == (80, 100)
    assert np.all(score[constraint == 0] == 0) and 0.02 < np.mean(constraint == 0) < 0.9
    assert 0 <= impact.min() and impact.max() <= 1 and impact.max() > 0.3
    free = constraint == 1
    # outside protected land and outside the park, the score is exactly 1 - impact
    assert np.allclose(score[free & (impact < 1e-6)], 1)
    assert score[free].min() < 0.5                       # inside the national park: low


def test_dem_path_on_the_real_ahn_tile(provider, tmp_path):
    valued_layer = QgsVectorLayer("Polygon?crs=EPSG:28992&field=klasse:string", "v", "memory")
    f = QgsFeature(valued_layer.fields())
    f.setGeometry(QgsGeometry.fromRect(QgsRectangle(32400, 369700, 33200, 371500)))
    f.setAttributes(["hoog"])
    valued_layer.dataProvider().addFeatures([f])
    sites_layer = QgsVectorLayer("Point?crs=EPSG:28992&field=naam:string", "sites", "memory")
    s = QgsFeature(sites_layer.fields())
    s.setGeometry(QgsGeometry.fromPointXY(QgsPointXY(33800, 370600)))
    s.setAttributes(["kavel 1"])
    sites_layer.dataProvider().addFeatures([s])
    res = processing.run("ruimte:landscape", {
        "VALUED": [valued_layer], "VALUE_FIELD": "klasse", "VALUE_TABLE": "hoog:1,laag:0.3",
        "BUILDING_HEIGHT": 20, "DEM": AHN, "SITES": sites_layer,
        "EXTENT": "32300,34300,369600,371600 [EPSG:28992]", "PIXEL_SIZE": 50,
        "OUTPUT": str(tmp_path / "s.tif"), "SITES_OUTPUT": "memory:"})
    out = res["SITES_OUTPUT"]
    out = out if isinstance(out, QgsVectorLayer) else QgsVectorLayer(out, "o", "ogr")
    row = next(out.getFeatures())
    assert row["naam"] == "kavel 1"
    assert 0 < row["impact_visible"] <= row["impact_flat"] + 1e-9
    assert 0 < row["visible_share"] <= row["dem_coverage"] < 1    # the 2 km tile is smaller


def test_errors(provider, tmp_path):
    with pytest.raises(QgsProcessingException, match=r"\(VALUED\)"):
        processing.run("ruimte:landscape", {"OUTPUT": str(tmp_path / "a.tif")})
    valued_layer = QgsVectorLayer("Polygon?crs=EPSG:28992&field=w:double", "v", "memory")
    f = QgsFeature(valued_layer.fields())
    f.setGeometry(QgsGeometry.fromRect(QgsRectangle(0, 0, 100, 100)))
    f.setAttributes([4.0])
    valued_layer.dataProvider().addFeatures([f])
    with pytest.raises(QgsProcessingException, match=r"\(VALUE_FIELD\).*outside 0-1"):
        processing.run("ruimte:landscape", {"VALUED": [valued_layer], "VALUE_FIELD": "w",
                                            "OUTPUT": str(tmp_path / "b.tif")})
    with pytest.raises(QgsProcessingException, match=r"\(RING_WEIGHTS\)"):
        processing.run("ruimte:landscape", {"VALUED": [valued_layer], "RING_WEIGHTS": "1,2",
                                            "OUTPUT": str(tmp_path / "c.tif")})
    assert list(tmp_path.iterdir()) == []
