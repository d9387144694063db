"""ruimte:zoning on the real BAG sample, against gdal:rasterize + gdal:proximity on the same
grid, through processing.run and qgis_process."""

import numpy as np
import processing
import pytest
from qgis.core import QgsProcessingException, QgsVectorLayer

from testdata import TEST_DATA, read_raster
from ruimte_plugin.core.rasterio_io import read_tags

BAG = f"{TEST_DATA}/bag.gpkg|layername=verblijfsobjecten"
# Amsterdam city-centre sample (OFF-REGION test data, see tests/data/SOURCES.md); 25 m grid
EXTENT = "120000,122500,487500,490500 [EPSG:28992]"


@pytest.fixture
def houses_layer():
    layer = QgsVectorLayer(BAG, "verblijfsobjecten", "ogr")
    assert layer.isValid() and layer.featureCount() > 1000
    return layer


def test_distance_matches_gdal_proximity(provider, houses_layer, tmp_path):
    res = processing.run("ruimte:zoning", {
        "SENSITIVE": houses_layer, "CATEGORY": "4.2", "AREA_TYPE": "rustige_woonwijk",
        "EXTENT": EXTENT, "PIXEL_SIZE": 25, "OUTPUT": str(tmp_path / "score.tif"),
        "DISTANCE": str(tmp_path / "dist.tif"), "CONSTRAINT": str(tmp_path / "con.tif")})
    cells = processing.run("gdal:rasterize", {
        "INPUT": BAG, "BURN": 1, "UNITS": 1, "WIDTH": 25, "HEIGHT": 25, "EXTENT": EXTENT,
        "INIT": 0, "DATA_TYPE": 0, "OUTPUT": str(tmp_path / "cells.tif")})["OUTPUT"]
    gdal = processing.run("gdal:proximity", {
        "INPUT": cells, "BAND": 1, "VALUES": "1", "UNITS": 0, "DATA_TYPE": 5,
        "OUTPUT": str(tmp_path / "gdal.tif")})["OUTPUT"]
    ours, profile = read_raster(res["DISTANCE"])
    theirs, gprofile = read_raster(gdal)
    assert ours.shape == theirs.shape == (120, 100)
    assert profile["transform"] == gprofile["transform"]
    near = theirs < 5000
    assert np.max(np.abs(ours[near] - theirs[near])) <= 12.5        # half a 25 m pixel
    score, _ = read_raster(res["OUTPUT"])
    constraint, _ = read_raster(res["CONSTRAINT"])
    # category 4.2, quiet area: 300 m guide distance, full score at 600 m
    assert np.array_equal(constraint == 0, ours < 300)
    assert np.allclose(score, np.clip((ours - 300) / 300, 0, 1), atol=1e-6)
    assert 0 < np.mean(constraint == 0) < 1
    tags = read_tags(res["OUTPUT"])
    assert "guide distance 300 m" in tags["RUIMTE_CONVENTIONS"]["rule"]
    # without DISTANCE the transform reaches only to the full score (600 m): the same rule
    # on the distances checked against GDAL above
    short = processing.run("ruimte:zoning", {
        "SENSITIVE": houses_layer, "CATEGORY": "4.2", "AREA_TYPE": "rustige_woonwijk",
        "EXTENT": EXTENT, "PIXEL_SIZE": 25, "OUTPUT": str(tmp_path / "score2.tif"),
        "DISTANCE": None, "CONSTRAINT": str(tmp_path / "con2.tif")})
    assert "DISTANCE" not in short
    score2, _ = read_raster(short["OUTPUT"])
    constraint2, _ = read_raster(short["CONSTRAINT"])
    assert np.array_equal(constraint2 == 0, ours < 300)
    assert np.allclose(score2, np.clip((ours - 300) / 300, 0, 1), atol=1e-6)
    assert 0 < np.mean(score2 == 1) < 1


def test_gemengd_gebied_and_default_extent(provider, houses_layer, tmp_path):
    res = processing.run("ruimte:zoning", {
        "SENSITIVE": houses_layer, "CATEGORY": "3.2", "AREA_TYPE": "gemengd_gebied",
        "OUTPUT": str(tmp_path / "s.tif"), "CONSTRAINT": str(tmp_path / "c.tif")})
    assert "DISTANCE" not in res
    constraint, profile = read_raster(res["CONSTRAINT"])
    # the extent defaults to the layer's extent; every cell holds a house or lies near one
    assert profile["transform"].a == 25
    assert constraint.min() == 0


def test_qgis_process_with_polygons_and_wrong_geometry(provider, qgis_process, tmp_path):
    result = qgis_process("--json", "run", "ruimte:zoning", "--", f"SENSITIVE={BAG}",
                          "CATEGORY=5.1", f"EXTENT={EXTENT}", "PIXEL_SIZE=50",
                          f"OUTPUT={tmp_path / 'z.tif'}")
    assert result.returncode == 0, result.stderr
    score, _ = read_raster(result.json["results"]["OUTPUT"])
    assert score.shape == (60, 50) and score.max() <= 1


def test_bad_input(provider, houses_layer, tmp_path):
    with pytest.raises(QgsProcessingException, match="MAX_DISTANCE"):
        processing.run("ruimte:zoning", {"SENSITIVE": houses_layer, "CATEGORY": "6",
                                         "MAX_DISTANCE": 1000, "OUTPUT": str(tmp_path / "a.tif")})
    with pytest.raises(QgsProcessingException, match="geographic"):
        processing.run("ruimte:zoning", {"SENSITIVE": houses_layer, "TARGET_CRS": "EPSG:4326",
                                         "OUTPUT": str(tmp_path / "b.tif")})
    assert list(tmp_path.iterdir()) == []
