"""ruimte:accessibility on the real Drenthe motorways (against gdal:proximity), along a small
road network, and with waterways of a CEMT class and rail terminals."""

import numpy as np
import processing
import pytest
from qgis.core import (QgsFeature, QgsGeometry, QgsPointXY, QgsProcessingException,
                       QgsVectorLayer)

from testdata import DEMO_GPKG, read_raster

MOTORWAYS = f"{DEMO_GPKG}|layername=motorways"
# around Assen (A28), 100 m cells
EXTENT = "225000,245000,545000,565000 [EPSG:28992]"


@pytest.fixture
def motorways_layer():
    layer = QgsVectorLayer(MOTORWAYS, "motorways", "ogr")
    layer.setSubsetString('"max_speed" >= 100')
    assert layer.isValid() and layer.featureCount() > 100
    yield layer
    del layer


def test_straight_distance_matches_gdal_proximity(provider, motorways_layer, tmp_path):
    res = processing.run("ruimte:accessibility", {
        "MOTORWAYS": motorways_layer, "EXTENT": EXTENT, "PIXEL_SIZE": 100,
        "MAX_DISTANCE": 20000, "OUTPUT": str(tmp_path / "s.tif"),
        "DISTANCE": str(tmp_path / "d.tif")})
    cells = processing.run("gdal:rasterize", {
        "INPUT": motorways_layer, "BURN": 1, "UNITS": 1, "WIDTH": 100, "HEIGHT": 100,
        "EXTENT": EXTENT, "INIT": 0, "DATA_TYPE": 0, "OUTPUT": str(tmp_path / "c.tif")})["OUTPUT"]
    gdal = processing.run("gdal:proximity", {
        "INPUT": cells, "BAND": 1, "VALUES": "1", "UNITS": 0, "DATA_TYPE": 5,
        "OUTPUT": str(tmp_path / "g.tif")})["OUTPUT"]
    ours, _ = read_raster(res["DISTANCE"])
    theirs, _ = read_raster(gdal)
    # gdal:rasterize burns lines with GDAL's line rule, as ours; the A28 crosses the window.
    # gdal:proximity only sees motorways inside the window, ours also those just outside: compare
    # where the nearest burnt cell is closer than the window edge (nothing outside can beat it)
    assert ours.shape == theirs.shape == (200, 200)
    rows, cols = np.mgrid[0:200, 0:200]
    edge = 100 * np.minimum(np.minimum(rows, 199 - rows), np.minimum(cols, 199 - cols)) + 50
    inside = theirs <= edge
    assert inside.mean() > 0.5
    assert np.max(np.abs(ours[inside] - theirs[inside])) <= 50      # half a 100 m pixel
    assert np.all(ours <= theirs + 50)                               # never farther
    score, _ = read_raster(res["OUTPUT"])
    assert np.allclose(score, np.clip((20000 - ours) / 17000, 0, 1), atol=1e-6)


def line_layer(lines, fields=""):
    layer = QgsVectorLayer(f"LineString?crs=EPSG:28992{fields}", "lines", "memory")
    features = []
    for coords, *attrs in lines:
        f = QgsFeature(layer.fields())
        f.setGeometry(QgsGeometry.fromPolylineXY([QgsPointXY(x, y) for x, y in coords]))
        f.setAttributes(list(attrs))
        features.append(f)
    layer.dataProvider().addFeatures(features)
    return layer


def point_layer(points):
    layer = QgsVectorLayer("Point?crs=EPSG:28992", "points", "memory")
    features = []
    for x, y in points:
        f = QgsFeature()
        f.setGeometry(QgsGeometry.fromPointXY(QgsPointXY(x, y)))
        features.append(f)
    layer.dataProvider().addFeatures(features)
    return layer


def test_network_distance(provider, tmp_path):
    x0, y0 = 200000, 500000
    road = line_layer([([(x0, y0), (x0 + 2000, y0), (x0 + 2000, y0 + 2000)],)])
    res = processing.run("ruimte:accessibility", {
        "RAMPS": point_layer([(x0, y0)]), "NETWORK": road, "NETWORK_STEP": 50,
        "IDEAL_DISTANCE": 1000,
        "MAX_DISTANCE": 5000, "EXTENT": f"{x0 - 50},{x0 + 2050},{y0 - 50},{y0 + 2050} "
                                        "[EPSG:28992]",
        "PIXEL_SIZE": 100, "OUTPUT": str(tmp_path / "s.tif"), "DISTANCE": str(tmp_path / "d.tif")})
    d, profile = read_raster(res["DISTANCE"])
    # the extent snaps outward to whole 100 m cells: centres at x0 - 50 + 100 k
    assert profile["transform"].c == x0 - 100
    # the cell centred at (x0 + 2050, y0 + 1950): 50 m to the road node (x0 + 2000, y0 + 1950),
    # then 2000 + 1950 m along the road (nodes every 50 m)
    assert d[1, 21] == pytest.approx(50 + 2000 + 1950, abs=1e-3)
    straight, _ = read_raster(processing.run("ruimte:accessibility", {
        "RAMPS": point_layer([(x0, y0)]), "EXTENT": f"{x0 - 50},{x0 + 2050},{y0 - 50},{y0 + 2050}"
                                                    " [EPSG:28992]",
        "PIXEL_SIZE": 100, "OUTPUT": str(tmp_path / "s2.tif"),
        "DISTANCE": str(tmp_path / "d2.tif")})["DISTANCE"])
    # a detour is never shorter (up to half a cell diagonal: the straight distance runs to
    # the centre of the ramp's cell, the network distance to the ramp itself)
    assert np.all(d >= straight - 71)


def test_water_cemt_rail_and_modes(provider, qgis_process, tmp_path):
    x0, y0 = 200000, 500000
    water = line_layer([([(x0, y0 + 520), (x0 + 3000, y0 + 520)], "III"),
                        ([(x0, y0 + 2520), (x0 + 3000, y0 + 2520)], "V_A")],
                       "&field=klasse:string")
    rail = point_layer([(x0 + 2950, y0 + 50)])
    params = {"WATERWAYS": water, "CEMT_FIELD": "klasse", "MIN_CEMT": "IV",
              "RAIL_TERMINALS": rail, "EXTENT": f"{x0},{x0 + 3000},{y0},{y0 + 3000} "
                                                "[EPSG:28992]",
              "PIXEL_SIZE": 100, "WATER_DISTANCE": str(tmp_path / "w.tif"),
              "RAIL_DISTANCE": str(tmp_path / "r.tif")}
    res = processing.run("ruimte:accessibility", dict(params, OUTPUT=str(tmp_path / "all.tif")))
    w, _ = read_raster(res["WATER_DISTANCE"])
    r, _ = read_raster(res["RAIL_DISTANCE"])
    # only the class Va waterway counts; it runs through the cells centred at y0 + 2550, which
    # lie 2000 m from the cell row centred at y0 + 550 (where the class III one runs)
    assert w[24, 5] == pytest.approx(2000)
    assert r[29, 29] == 0
    all_modes, _ = read_raster(res["OUTPUT"])
    any_mode, _ = read_raster(processing.run("ruimte:accessibility", dict(
        params, MODES="any", OUTPUT=str(tmp_path / "any.tif")))["OUTPUT"])
    assert np.all(all_modes <= any_mode) and np.any(all_modes < any_mode)
    with pytest.raises(QgsProcessingException, match=r"\(RAMPS\)"):
        processing.run("ruimte:accessibility", {"OUTPUT": str(tmp_path / "x.tif")})
    bad = line_layer([([(x0, y0), (x0 + 10, y0)], "VIII")], "&field=klasse:string")
    with pytest.raises(QgsProcessingException, match=r"\(CEMT_FIELD\).*VIII"):
        processing.run("ruimte:accessibility", dict(params, WATERWAYS=bad,
                                                    OUTPUT=str(tmp_path / "y.tif")))


def test_qgis_process_on_real_motorways(qgis_process, tmp_path):
    result = qgis_process("--json", "run", "ruimte:accessibility", "--",
                          f"MOTORWAYS={MOTORWAYS}", f"EXTENT={EXTENT}", "PIXEL_SIZE=250",
                          f"OUTPUT={tmp_path / 'a.tif'}")
    assert result.returncode == 0, result.stderr
    score, _ = read_raster(tmp_path / "a.tif")
    assert score.shape == (80, 80) and score.max() == 1
