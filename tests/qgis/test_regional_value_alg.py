"""ruimte:regionalvalue: the station score at known distances (hand formula) and against
gdal:proximity on the real demo stations near Assen, the labour pool on hand-made population
rasters (disk sums counted by hand, coarser cells keep the number of people), cluster synergy with
firms at known distances, components without input not assessed, bad input, qgis_process and a
model."""

import json

import numpy as np
import processing
import pytest
from qgis.core import (QgsFeature, QgsGeometry, QgsPointXY, QgsProcessingException,
                       QgsProcessingModelAlgorithm,
                       QgsProcessingModelChildParameterSource as Source,
                       QgsProcessingModelParameter, QgsProcessingParameterVectorLayer,
                       QgsVectorLayer)

from testdata import DEMO_GPKG, model_child, model_output, read_raster, write_raster

X0, Y0 = 200000.0, 500000.0
STATIONS = f"{DEMO_GPKG}|layername=stations"
ASSEN = "230000,240000,552000,562000 [EPSG:28992]"        # around Assen station, 10 x 10 km


def points(coords, sbi=None):
    fields = "&field=sbi:string" if sbi is not None else ""
    layer = QgsVectorLayer(f"Point?crs=EPSG:28992{fields}", "points", "memory")
    features = []
    for i, (x, y) in enumerate(coords):
        f = QgsFeature(layer.fields())
        f.setGeometry(QgsGeometry.fromPointXY(QgsPointXY(x, y)))
        if sbi is not None:
            f.setAttributes([sbi[i]])
        features.append(f)
    layer.dataProvider().addFeatures(features)
    return layer


def save(layer, path):
    processing.run("native:savefeatures", {"INPUT": layer, "OUTPUT": str(path)})
    return str(path)


def tags(path):
    import rasterio
    with rasterio.open(str(path)) as src:
        return src.tags(), src.descriptions[0]


def test_station_score_at_known_distances(provider, tmp_path):
    """One row of 25 m cells, the station at the centre of the first cell: cell k lies 25 k m
    away. Defaults: 1 up to 1200 m, then (7500 - d) / (7500 - 1200), 0 from 7500 m."""
    station = points([(X0 + 12.5, Y0 + 12.5)])
    res = processing.run("ruimte:regionalvalue", {
        "STATIONS": station, "EXTENT": f"{X0},{X0 + 8000},{Y0},{Y0 + 25} [EPSG:28992]",
        "PIXEL_SIZE": 25, "OUTPUT": str(tmp_path / "rv.tif"),
        "TRANSIT_SCORE": str(tmp_path / "transit.tif")})
    score, _ = read_raster(res["OUTPUT"])
    assert score.shape == (1, 320)
    row = score[0]
    assert row[0] == 1                                 # 0 m
    assert row[48] == 1                                # 48 x 25 = 1200 m: the ideal distance
    assert row[49] == pytest.approx((7500 - 1225) / 6300, abs=1e-6)      # 0.99603
    assert row[174] == pytest.approx(0.5, abs=1e-6)    # 4350 m, halfway: 3150 / 6300
    assert row[300] == 0                               # 7500 m: the maximum
    assert row[319] == 0
    d = 25.0 * np.arange(320)
    assert np.allclose(row, np.clip((7500 - d) / 6300, 0, 1), atol=1e-6)
    transit, _ = read_raster(res["TRANSIT_SCORE"])
    assert np.array_equal(transit, score)             # the only component: score = transit
    assert res["ASSESSED"] == 1
    assert res["NOT_ASSESSED"] == "labour, cluster, knowledge"
    meta, description = tags(res["OUTPUT"])
    regional = json.loads(meta["RUIMTE_REGIONAL"])
    assert regional["assessed"] == ["transit"]
    assert regional["not_assessed"] == ["labour", "cluster", "knowledge"]
    assert "labour pool" in meta["RUIMTE_EVIDENCE"] and "cluster synergy" in description


def test_station_distance_matches_gdal_proximity_near_assen(provider, tmp_path):
    """The real TOP10NL stations of the demo GeoPackage; 100 m cells. Assen station lies in the
    window; every other station is more than 7.5 km outside it, so it scores 0 there either way
    and gdal:proximity (which only sees the window) gives the same score."""
    res = processing.run("ruimte:regionalvalue", {
        "STATIONS": STATIONS, "EXTENT": ASSEN, "PIXEL_SIZE": 100,
        "STATION_IDEAL_M": 1200, "STATION_MAX_M": 7500, "OUTPUT": str(tmp_path / "rv.tif")})
    cells = processing.run("gdal:rasterize", {
        "INPUT": STATIONS, "BURN": 1, "UNITS": 1, "WIDTH": 100, "HEIGHT": 100, "EXTENT": ASSEN,
        "INIT": 0, "DATA_TYPE": 0, "OUTPUT": str(tmp_path / "c.tif")})["OUTPUT"]
    gdal = processing.run("gdal:proximity", {
        "INPUT": cells, "BAND": 1, "VALUES": "1", "UNITS": 0, "DATA_TYPE": 5,
        "OUTPUT": str(tmp_path / "g.tif")})["OUTPUT"]
    distance, _ = read_raster(gdal)
    ours, _ = read_raster(res["OUTPUT"])
    assert ours.shape == distance.shape == (100, 100)
    expected = np.clip((7500 - distance) / 6300, 0, 1)
    assert np.allclose(ours, expected, atol=1e-6)
    assert (ours == 1).sum() > 300 and ours.min() == 0              # both ends occur


def population(tmp_path, name, cells, pixel, x0, y1, shape):
    values = np.zeros(shape, np.float32)
    for (r, c), people in cells.items():
        values[r, c] = people
    return write_raster(tmp_path / name, values, x0=x0, y1=y1, pixel=pixel)


def test_labour_pool_disk_sums(provider, tmp_path):
    """Grid: 10 x 10 cells of 100 m, top-left (X0, Y0 + 1000). Population raster: 30 x 30 cells
    of 100 m starting 1000 m further left and up, so raster cell (r, c) is grid cell
    (r - 10, c - 10); one group lies outside the grid (grid cell (-2, 3)) but within reach.
    COMMUTE_M 300: a cell's pool is the people of the cells whose centre lies within 300 m,
    i.e. offsets with hypot(dr, dc) <= 3 cells."""
    groups = {(0, 0): 1000, (0, 3): 500, (5, 5): 200, (-2, 3): 800}     # grid cells
    raster = population(tmp_path, "pop.tif", {(r + 10, c + 10): p for (r, c), p in
                                              groups.items()}, 100, X0 - 1000, Y0 + 2000,
                        (30, 30))
    params = {"POPULATION": raster, "EXTENT": f"{X0},{X0 + 1000},{Y0},{Y0 + 1000} [EPSG:28992]",
              "PIXEL_SIZE": 100, "COMMUTE_M": 300}
    res = processing.run("ruimte:regionalvalue", dict(params, POOL_FULL=2000,
                                                      OUTPUT=str(tmp_path / "a.tif")))
    score, _ = read_raster(res["OUTPUT"])

    def pool(r, c):
        return sum(p for (gr, gc), p in groups.items() if np.hypot(gr - r, gc - c) <= 3)
    pools = np.array([[pool(r, c) for c in range(10)] for r in range(10)], float)
    # e.g. cell (0, 2): (0, 0) 200 m, (0, 3) 100 m, (-2, 3) 224 m: 1000 + 500 + 800 = 2300;
    # cell (0, 0): (0, 0), (0, 3) at 300 m (included), (-2, 3) at 361 m (not): 1500
    assert pools[0, 2] == 2300 and pools[0, 0] == 1500
    assert np.allclose(score, np.minimum(pools / 2000, 1), atol=1e-4)
    assert score[0, 0] == pytest.approx(0.75, abs=1e-4)
    relative, _ = read_raster(processing.run("ruimte:regionalvalue", dict(
        params, OUTPUT=str(tmp_path / "b.tif")))["OUTPUT"])
    # POOL_FULL empty: the largest pool in the extent (2300) scores 1
    assert pools.max() == 2300
    assert np.allclose(relative, pools / 2300, atol=1e-4)


def test_a_coarser_population_raster_keeps_the_number_of_people(provider, tmp_path):
    """200 m population cells on a 100 m grid: each coarse cell's people are spread over its
    four fine cells. With a reach that covers everything every cell's pool is the total
    (1000 + 600 = 1600), so with POOL_FULL 3200 the score is 0.5 everywhere."""
    raster = population(tmp_path, "coarse.tif", {(1, 1): 1000, (3, 4): 600}, 200, X0, Y0 + 1000,
                        (5, 5))
    res = processing.run("ruimte:regionalvalue", {
        "POPULATION": raster, "EXTENT": f"{X0},{X0 + 1000},{Y0},{Y0 + 1000} [EPSG:28992]",
        "PIXEL_SIZE": 100, "COMMUTE_M": 5000, "POOL_FULL": 3200,
        "OUTPUT": str(tmp_path / "c.tif")})
    score, _ = read_raster(res["OUTPUT"])
    assert np.allclose(score, 0.5, atol=1e-4)
    # a short reach sees where the people are: 100 m around fine cell (2, 2), the top-left
    # quarter of coarse cell (1, 1), takes (2, 2), (1, 2), (3, 2), (2, 1), (2, 3); of these
    # (2, 2), (2, 3), (3, 2) lie in coarse cell (1, 1): 3 x 250 = 750 people
    near, _ = read_raster(processing.run("ruimte:regionalvalue", {
        "POPULATION": raster, "EXTENT": f"{X0},{X0 + 1000},{Y0},{Y0 + 1000} [EPSG:28992]",
        "PIXEL_SIZE": 100, "COMMUTE_M": 100, "POOL_FULL": 1000,
        "OUTPUT": str(tmp_path / "d.tif")})["OUTPUT"])
    assert near[2, 2] == pytest.approx(0.75, abs=1e-4)


RELATIONS = ["test", "52", 1, "test", "49", 0.5]


def firms():
    """Grid 10 x 10 cells of 100 m; cell (r, c) centred at (X0 + 50 + 100 c, Y0 + 950 - 100 r).
    At cell (5, 5): 52.10 (weight 1), 49.41 (0.5) and 46.90 (unrelated); at (5, 7), 200 m east:
    5210 (1); at (5, 9), 400 m east: 52 (1)."""
    def centre(r, c):
        return X0 + 50 + 100 * c, Y0 + 950 - 100 * r
    return points([centre(5, 5), centre(5, 5), centre(5, 5), centre(5, 7), centre(5, 9)],
                  ["52.10", "49.41", "46.90", "5210", "52"])


def test_cluster_synergy_counts_related_firms(provider, tmp_path):
    res = processing.run("ruimte:regionalvalue", {
        "FIRMS": firms(), "SECTOR_FIELD": "sbi", "PROFILE": "test", "RELATIONS": RELATIONS,
        "CLUSTER_M": 300, "CLUSTER_FULL": 4,
        "EXTENT": f"{X0},{X0 + 1000},{Y0},{Y0 + 1000} [EPSG:28992]", "PIXEL_SIZE": 100,
        "OUTPUT": str(tmp_path / "c.tif")})
    score, _ = read_raster(res["OUTPUT"])
    # (5, 5): the three firms there (1 + 0.5 + 0) and (5, 7) at 200 m (1): 2.5 / 4
    assert score[5, 5] == pytest.approx(0.625, abs=1e-5)
    # (5, 8): (5, 5) at 300 m (1.5), (5, 7) at 100 m (1), (5, 9) at 100 m (1): 3.5 / 4
    assert score[5, 8] == pytest.approx(0.875, abs=1e-5)
    # (2, 5): (5, 5) at 300 m: 1.5 / 4; (0, 0): nothing within 300 m
    assert score[2, 5] == pytest.approx(0.375, abs=1e-5)
    assert score[0, 0] == pytest.approx(0, abs=1e-5)
    assert res["NOT_ASSESSED"] == "transit, labour, knowledge"


def test_a_component_without_input_is_not_assessed(provider, tmp_path):
    """STATIONS and KNOWLEDGE given, FIRMS without a PROFILE, no POPULATION: the score is the
    mean of the station and knowledge scores; labour and cluster are named as not assessed."""
    grid = {"EXTENT": f"{X0},{X0 + 3000},{Y0},{Y0 + 3000} [EPSG:28992]", "PIXEL_SIZE": 100}
    res = processing.run("ruimte:regionalvalue", dict(
        grid, STATIONS=points([(X0 + 50, Y0 + 50)]), KNOWLEDGE=points([(X0 + 2950, Y0 + 2950)]),
        KNOWLEDGE_IDEAL_M=500, KNOWLEDGE_MAX_M=2500, FIRMS=firms(), SECTOR_FIELD="sbi",
        OUTPUT=str(tmp_path / "s.tif"), TRANSIT_SCORE=str(tmp_path / "t.tif"),
        KNOWLEDGE_SCORE=str(tmp_path / "k.tif"), CLUSTER_SCORE=str(tmp_path / "x.tif")))
    score, _ = read_raster(res["OUTPUT"])
    transit, _ = read_raster(res["TRANSIT_SCORE"])
    knowledge, _ = read_raster(res["KNOWLEDGE_SCORE"])
    assert np.allclose(score, (transit + knowledge) / 2, atol=1e-6)
    assert "CLUSTER_SCORE" not in res and not (tmp_path / "x.tif").exists()
    assert res["ASSESSED"] == 2 and res["NOT_ASSESSED"] == "labour, cluster"
    meta, description = tags(res["OUTPUT"])
    assert json.loads(meta["RUIMTE_REGIONAL"])["not_assessed"] == ["labour", "cluster"]
    assert meta["RUIMTE_EVIDENCE"] == \
        "not assessed: labour pool within commuting reach, cluster synergy"
    assert description.endswith("not assessed: labour pool within commuting reach, cluster "
                                "synergy")
    # weights 3 : 1 for transit : knowledge (labour and cluster weights are dropped)
    weighted, _ = read_raster(processing.run("ruimte:regionalvalue", dict(
        grid, STATIONS=points([(X0 + 50, Y0 + 50)]), KNOWLEDGE=points([(X0 + 2950, Y0 + 2950)]),
        KNOWLEDGE_IDEAL_M=500, KNOWLEDGE_MAX_M=2500, WEIGHTS="3,7,7,1",
        OUTPUT=str(tmp_path / "w.tif")))["OUTPUT"])
    assert np.allclose(weighted, 0.75 * transit + 0.25 * knowledge, atol=1e-6)


@pytest.mark.parametrize("extra, parameter", [
    ({}, "STATIONS"),
    ({"STATIONS": "S", "STATION_IDEAL_M": 9000}, "STATION_MAX_M"),
    ({"STATIONS": "S", "WEIGHTS": "1,2"}, "WEIGHTS"),
    ({"FIRMS": "F", "PROFILE": "test", "SECTOR_FIELD": "sbi",
      "RELATIONS": ["test", "xx", 1]}, "RELATIONS"),
    ({"FIRMS": "F", "PROFILE": "nobody", "SECTOR_FIELD": "sbi", "RELATIONS": RELATIONS},
     "PROFILE"),
    ({"FIRMS": "F", "PROFILE": "test"}, "SECTOR_FIELD"),
    ({"FIRMS": "F"}, "STATIONS"),                     # FIRMS without a PROFILE: nothing left
])
def test_bad_input_names_the_parameter(provider, tmp_path, extra, parameter):
    files = {"S": save(points([(X0, Y0)]), tmp_path / "s.gpkg"),
             "F": save(firms(), tmp_path / "f.gpkg")}
    params = {k: files.get(v, v) if isinstance(v, str) else v for k, v in extra.items()}
    with pytest.raises(QgsProcessingException, match=rf"\({parameter}\)"):
        processing.run("ruimte:regionalvalue", dict(
            params, EXTENT=f"{X0},{X0 + 500},{Y0},{Y0 + 500} [EPSG:28992]", PIXEL_SIZE=100,
            OUTPUT=str(tmp_path / "o.tif")))
    assert not (tmp_path / "o.tif").exists()


def test_qgis_process_on_real_stations(qgis_process, tmp_path):
    result = qgis_process("--json", "run", "ruimte:regionalvalue", "--",
                          f"STATIONS={STATIONS}", f"EXTENT={ASSEN}", "PIXEL_SIZE=250",
                          f"OUTPUT={tmp_path / 'rv.tif'}")
    assert result.returncode == 0, result.stderr
    outputs = result.json["results"]
    assert outputs["ASSESSED"] == 1 and outputs["NOT_ASSESSED"] == "labour, cluster, knowledge"
    score, _ = read_raster(tmp_path / "rv.tif")
    assert score.shape == (40, 40) and score.max() == 1 and score.min() < 1


def test_in_a_model_feeding_scoresites(provider, tmp_path):
    """A model: regionalvalue on the stations, its OUTPUT into scoresites' REGIONAL_VALUE."""
    model = QgsProcessingModelAlgorithm("regional", "ruimte tests")
    for name in ("stations", "sites"):
        model.addModelParameter(QgsProcessingParameterVectorLayer(name, name),
                                QgsProcessingModelParameter(name))
    grid = {"EXTENT": Source.fromStaticValue(f"{X0},{X0 + 2000},{Y0},{Y0 + 2000} "
                                             "[EPSG:28992]"),
            "PIXEL_SIZE": Source.fromStaticValue(100)}
    model.addChildAlgorithm(model_child("ruimte:regionalvalue", "regional", dict(
        grid, STATIONS=Source.fromModelParameter("stations"),
        STATION_IDEAL_M=Source.fromStaticValue(0), STATION_MAX_M=Source.fromStaticValue(2000))))
    score = model_child("ruimte:scoresites", "score", dict(
        grid, SITES=Source.fromModelParameter("sites"),
        CRITERIA=[Source.fromChildOutput("regional", "OUTPUT")],
        REGIONAL_VALUE=Source.fromChildOutput("regional", "OUTPUT")))
    model_output(score, "OUTPUT", "ranked")
    model.addChildAlgorithm(score)
    model.updateDestinationParameters()
    from qgis.core import QgsRectangle
    sites = QgsVectorLayer("Polygon?crs=EPSG:28992&field=naam:string", "sites", "memory")
    f = QgsFeature(sites.fields())
    f.setGeometry(QgsGeometry.fromRect(QgsRectangle(X0, Y0, X0 + 200, Y0 + 200)))
    f.setAttributes(["by the station"])
    sites.dataProvider().addFeatures([f])
    res = processing.run(model, {
        "stations": save(points([(X0 + 50, Y0 + 50)]), tmp_path / "st.gpkg"),
        "sites": save(sites, tmp_path / "sites.gpkg"), "score:ranked": "memory:"})
    layer = res["score:ranked"]
    layer = layer if isinstance(layer, QgsVectorLayer) else QgsVectorLayer(layer, "o", "ogr")
    row = next(layer.getFeatures())
    # the site's four cell centres lie 0, 100, 100 and 141.4 m from the station's cell centre:
    # scores 1 - d / 2000 -> mean (1 + 0.95 + 0.95 + 0.92929) / 4 = 0.95732
    assert row["regional_value"] == pytest.approx((1 + 0.95 + 0.95 + 1 - 141.421 / 2000) / 4,
                                                  abs=1e-4)
    assert row["rv_not_assessed"] == ("labour pool within commuting reach, cluster synergy, "
                                      "knowledge institutions nearby")


def regional_profile(tmp_path, weight=0.25):
    """A copy of the data-centre profile that also weights regional_value (no built-in profile
    does); its evidence block does not list it, so it is optional."""
    from ruimte_plugin.core.profiles import builtin_profile
    data = json.loads(json.dumps(builtin_profile("data_centre").raw))
    data["id"] = "data_centre_regional"
    data["weights"]["regional_value"] = {"value": weight, "assumption": "test"}
    path = tmp_path / "regional.json"
    path.write_text(json.dumps(data), encoding="utf-8")
    return str(path)


def test_a_profile_with_a_regional_value_weight(provider, tmp_path):
    """profilesuitability runs regionalvalue as a child on STATIONS; with only the stations
    given (ACCEPT_MISSING for the essential criteria) the suitability is the regional value."""
    station = save(points([(X0 + 50, Y0 + 50)]), tmp_path / "st.gpkg")
    grid = {"EXTENT": f"{X0},{X0 + 2000},{Y0},{Y0 + 2000} [EPSG:28992]", "PIXEL_SIZE": 100}
    res = processing.run("ruimte:profilesuitability", dict(
        grid, PROFILE_FILE=regional_profile(tmp_path), STATIONS=station, ACCEPT_MISSING=True,
        OUTPUT=str(tmp_path / "s.tif"), REGIONAL_VALUE_SCORE=str(tmp_path / "rv.tif")))
    from ruimte_plugin.core.rasterio_io import read_tags
    meta = read_tags(res["OUTPUT"])["RUIMTE_PROFILE"]
    assert meta["weights_used"] == {"regional_value": 1.0}
    assert meta["evidence"]["assessed"] == ["regional_value"]
    suitability, _ = read_raster(res["OUTPUT"])
    regional, _ = read_raster(res["REGIONAL_VALUE_SCORE"])
    # the station alone, default distances: 1 within 1200 m of its cell centre
    d = np.hypot(*np.mgrid[0:20, 0:20] - np.array([19, 0])[:, None, None]) * 100
    assert np.allclose(regional, np.clip((7500 - d) / 6300, 0, 1), atol=1e-6)
    assert np.allclose(suitability, regional, atol=1e-6)
    # without STATIONS or KNOWLEDGE: regional_value is not assessed (optional: no refusal)
    res = processing.run("ruimte:profilesuitability", dict(
        grid, PROFILE_FILE=regional_profile(tmp_path), MOTORWAYS=save(
            _line(), tmp_path / "road.gpkg"), ACCEPT_MISSING=True,
        OUTPUT=str(tmp_path / "s2.tif")))
    meta = read_tags(res["OUTPUT"])["RUIMTE_PROFILE"]
    missing = {m["key"]: m["essential"] for m in meta["evidence"]["not_assessed"]}
    assert missing["regional_value"] is False and "regional_value" not in meta["weights_used"]


def _line():
    layer = QgsVectorLayer("LineString?crs=EPSG:28992", "road", "memory")
    f = QgsFeature()
    f.setGeometry(QgsGeometry.fromPolylineXY([QgsPointXY(X0, Y0 + 1000),
                                               QgsPointXY(X0 + 2000, Y0 + 1000)]))
    layer.dataProvider().addFeatures([f])
    return layer


def test_builtin_profiles_ignore_stations(provider, tmp_path):
    """A built-in profile does not weight regional_value: STATIONS change nothing."""
    grid = {"EXTENT": f"{X0},{X0 + 2000},{Y0},{Y0 + 2000} [EPSG:28992]", "PIXEL_SIZE": 100,
            "PROFILE": "data_centre", "ACCEPT_MISSING": True}
    road = save(_line(), tmp_path / "road.gpkg")
    a, _ = read_raster(processing.run("ruimte:profilesuitability", dict(
        grid, MOTORWAYS=road, OUTPUT=str(tmp_path / "a.tif")))["OUTPUT"])
    b = processing.run("ruimte:profilesuitability", dict(
        grid, MOTORWAYS=road, STATIONS=save(points([(X0 + 50, Y0 + 50)]), tmp_path / "s.gpkg"),
        OUTPUT=str(tmp_path / "b.tif"), REGIONAL_VALUE_SCORE=str(tmp_path / "rv.tif")))
    assert np.array_equal(a, read_raster(b["OUTPUT"])[0])
    assert not (tmp_path / "rv.tif").exists()
