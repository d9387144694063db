"""ruimte:scoresites: zonal means equal native:zonalstatisticsfb on the same raster, the reasons
text of each hard rule, ranking, and a run through qgis_process."""

import json

import numpy as np
import processing
import pytest
from qgis.core import (QgsFeature, QgsGeometry, QgsPointXY, QgsProcessingException, QgsRectangle,
                       QgsVectorLayer)

from ruimte_plugin.core.profiles import builtin_profile

X0, Y1 = 150000.0, 460000.0            # top-left corner of the 25 m test rasters


def polygons(rects, fields="&field=naam:string"):
    layer = QgsVectorLayer(f"Polygon?crs=EPSG:28992{fields}", "sites", "memory")
    features = []
    for i, (x0, y0, x1, y1) in enumerate(rects):
        f = QgsFeature(layer.fields())
        f.setGeometry(QgsGeometry.fromRect(QgsRectangle(x0, y0, x1, y1)))
        f.setAttributes([f"site {i}"])
        features.append(f)
    layer.dataProvider().addFeatures(features)
    return layer


def by_name(layer):
    layer = layer if isinstance(layer, QgsVectorLayer) else QgsVectorLayer(layer, "o", "ogr")
    return {f["naam"]: f for f in layer.getFeatures()}


@pytest.fixture
def ramp(make_raster):
    values = np.arange(40 * 40, dtype=np.float32).reshape(40, 40) / 1600
    values[5, 5] = np.nan
    return make_raster("ramp.tif", values)


def test_zonal_means_equal_native_zonal_statistics(provider, ramp, tmp_path):
    sites_layer = polygons([
        (X0 + 10, Y1 - 400, X0 + 330, Y1 - 90),      # partly covered cells at the edges
        (X0 + 100, Y1 - 160, X0 + 160, Y1 - 110),    # includes the NoData cell (5, 5)
        (X0 + 505, Y1 - 520, X0 + 515, Y1 - 510),    # smaller than a cell: precise weights
        (X0 + 600, Y1 - 990, X0 + 990, Y1 - 610)])
    ours = by_name(processing.run("ruimte:scoresites", {
        "SITES": sites_layer, "CRITERIA": [ramp], "OUTPUT": "memory:"})["OUTPUT"])
    theirs = by_name(processing.run("native:zonalstatisticsfb", {
        "INPUT": sites_layer, "INPUT_RASTER": ramp, "RASTER_BAND": 1, "COLUMN_PREFIX": "q_",
        "STATISTICS": [2, 5, 0], "OUTPUT": "memory:"})["OUTPUT"])     # mean, min, count
    assert len(ours) == 4
    for name, f in ours.items():
        assert f["ramp_mean"] == pytest.approx(theirs[name]["q_mean"], abs=1e-5), name
        assert f["ramp_min"] == pytest.approx(theirs[name]["q_min"], abs=1e-6), name


def test_ranking_constraints_and_area(provider, make_raster, tmp_path):
    a = np.full((40, 40), 0.3, np.float32)
    a[:, 20:] = 0.9                                   # east half scores high
    b = np.full((40, 40), 0.5, np.float32)
    mask = np.ones((40, 40), np.float32)
    mask[0:8, 24:28] = 0                              # excludes the west half of site 2
    sites_layer = polygons([(X0 + 50, Y1 - 450, X0 + 450, Y1 - 50),     # west: 16 ha, 0.3
                            (X0 + 600, Y1 - 700, X0 + 1000, Y1 - 300),  # east: 16 ha, 0.9
                            (X0 + 600, Y1 - 200, X0 + 800, Y1),         # 4 ha, half excluded
                            (X0 + 900, Y1 - 100, X0 + 1000, Y1)])       # 1 ha: too small
    out = by_name(processing.run("ruimte:scoresites", {
        "SITES": sites_layer, "CRITERIA": [make_raster("a.tif", a), make_raster("b.tif", b)],
        "WEIGHTS": "3,1", "CONSTRAINTS": [make_raster("mask.tif", mask)], "MIN_AREA_HA": 1.5,
        "OUTPUT": "memory:"})["OUTPUT"])
    # score = 0.75 * mean(a) + 0.25 * 0.5
    assert out["site 1"]["score"] == pytest.approx(0.75 * 0.9 + 0.125, abs=1e-5)
    assert out["site 0"]["score"] == pytest.approx(0.75 * 0.3 + 0.125, abs=1e-5)
    # sites 1 and 2 tie (0.8) and share rank 1; then site 0 is third; site 3 is excluded
    assert [out[f"site {i}"]["rank"] for i in range(4)] == [3, 1, 1, 4]
    assert out["site 2"]["excl_pct"] == pytest.approx(50) and out["site 2"]["usable_ha"] == \
        pytest.approx(2)
    assert out["site 2"]["reasons"] == "2.0 ha (50 % of the site) excluded by mask"
    assert out["site 3"]["excluded"] == 1
    assert "usable area 1.0 ha < 1.5 ha needed" in out["site 3"]["reasons"]
    # what costs each site most, weight x (1 - mean): west a 0.75 x 0.7 = 0.525 > b 0.125;
    # east a 0.75 x 0.1 = 0.075 < b 0.25 x 0.5 = 0.125
    assert (out["site 0"]["weakest"], out["site 0"]["weakest_loss"]) == ("a", pytest.approx(
        0.525, abs=1e-5))
    assert (out["site 1"]["weakest"], out["site 1"]["weakest_loss"]) == ("b", pytest.approx(
        0.125, abs=1e-5))


def write_profile(tmp_path):
    """XXL logistics with category 4.2 (300 m in a quiet residential area), at least 6 ha."""
    data = json.loads(json.dumps(builtin_profile("xxl_logistics").raw))
    data["zoning"]["category"] = {"value": "4.2", "assumption": "test"}
    path = tmp_path / "profile.json"
    path.write_text(json.dumps(data), encoding="utf-8")
    return str(path)


def test_reasons_for_each_hard_rule(provider, tmp_path):
    x, y = 200000, 500000
    sites_layer = polygons([(x, y, x + 400, y + 400),                  # 180 m from a house
                            (x + 2000, y, x + 2400, y + 400),          # half in Natura 2000
                            (x + 4000, y, x + 4400, y + 400),          # in a status-3 area
                            (x + 6000, y, x + 6200, y + 200),          # 4 ha: too small
                            (x + 8000, y, x + 8400, y + 400)])         # nothing wrong
    houses_layer = QgsVectorLayer("Point?crs=EPSG:28992", "houses", "memory")
    house = QgsFeature()
    house.setGeometry(QgsGeometry.fromPointXY(QgsPointXY(x + 200, y - 180)))
    houses_layer.dataProvider().addFeatures([house])
    natura_layer = polygons([(x + 2200, y - 500, x + 3000, y + 900)], "&field=naam:string")
    natura_layer.setName("natura2000")
    grid_layer = QgsVectorLayer("Polygon?crs=EPSG:28992&field=afname:integer&field=station:string",
                                "grid", "memory")
    for status, (gx0, gx1), name in ((3, (x + 3500, x + 5000), "Rood"),
                                     (0, (x - 1000, x + 3500), "Groen"),
                                     (0, (x + 5000, x + 9000), "Groen")):
        g = QgsFeature(grid_layer.fields())
        g.setGeometry(QgsGeometry.fromRect(QgsRectangle(gx0, y - 1000, gx1, y + 1000)))
        g.setAttributes([status, name])
        grid_layer.dataProvider().addFeatures([g])
    out = by_name(processing.run("ruimte:scoresites", {
        "SITES": sites_layer, "PROFILE_FILE": write_profile(tmp_path), "SENSITIVE": houses_layer,
        "PROTECTED": [natura_layer], "CAPACITY_AREAS": grid_layer, "PIXEL_SIZE": 50,
        "ACCEPT_MISSING": True, "OUTPUT": "memory:"})["OUTPUT"])
    assert out["site 0"]["reasons"].startswith(
        'distance to houses 180 m < 300 m (VNG, "Bedrijven en milieuzonering" (2009), Tabel 1, '
        "category 4.2, rustige woonwijk): ")
    assert out["site 0"]["excluded"] == 0               # enough usable area is left
    assert out["site 1"]["reasons"].startswith(
        "overlaps natura2000 by 8.0 ha (50 % of the site): protected land is a hard exclusion")
    assert out["site 1"]["usable_ha"] == pytest.approx(8.0)
    assert out["site 2"]["reasons"].startswith(
        "grid status 3 (rood: shortage with a queue) for afname in 'Rood': a need of 5 MVA")
    assert out["site 2"]["excluded"] == 1 and out["site 2"]["score"] == 0
    assert out["site 3"]["reasons"] == "site 4.0 ha < 6 ha needed (XXL logistics (distribution " \
                                       "centre))"
    assert out["site 4"]["reasons"] == "" and out["site 4"]["rank"] == 1
    # no habitats and no roads were given: both essential for XXL logistics, accepted, and
    # every site says so; grid, zoning and landscape have data on all of every site
    for site in out.values():
        assert site["not_assessed"] == "accessibility, nitrogen"
        assert site["essential_missing"] == "accessibility;nitrogen"
        assert site["evidence_pct"] == 0.0         # 3 of 5 criteria: nowhere complete


def test_a_criterion_without_data_in_a_site_is_not_assessed_there(provider, make_raster):
    """Without a profile: a site that lies in the NoData part of a criterion lists it as not
    assessed; its score uses the other criterion only (never the missing one as suitable)."""
    a = np.full((40, 40), 0.5, dtype=np.float32)
    b = np.full((40, 40), 0.9, dtype=np.float32)
    b[:, 20:] = np.nan                                  # east half: no data for b
    sites = polygons([(X0 + 100, Y1 - 400, X0 + 400, Y1 - 100),      # west: both
                      (X0 + 600, Y1 - 400, X0 + 900, Y1 - 100)])     # east: a only
    out = by_name(processing.run("ruimte:scoresites", {
        "SITES": sites, "CRITERIA": [make_raster("a.tif", a), make_raster("b.tif", b)],
        "WEIGHTS": "0.5,0.5", "OUTPUT": "memory:"})["OUTPUT"])
    assert out["site 0"]["not_assessed"] == "" and out["site 0"]["score"] == pytest.approx(0.7)
    assert out["site 1"]["not_assessed"] == "b"
    assert out["site 1"]["essential_missing"] == ""          # no profile: nothing essential
    # the aggregation of a known and an unknown mean is unknown, and ranks last
    assert np.isnan(out["site 1"]["score"]) and out["site 1"]["rank"] == 2


def test_qgis_process(qgis_process, ramp, tmp_path):
    sites_layer = polygons([(X0 + 10, Y1 - 400, X0 + 330, Y1 - 90)])
    path = str(tmp_path / "sites.gpkg")
    processing.run("native:reprojectlayer", {"INPUT": sites_layer, "TARGET_CRS": "EPSG:28992",
                                             "OUTPUT": path})
    result = qgis_process("--json", "run", "ruimte:scoresites", "--", f"SITES={path}",
                          f"CRITERIA={ramp}", f"OUTPUT={tmp_path / 'ranked.gpkg'}")
    assert result.returncode == 0, result.stderr
    out = QgsVectorLayer(f"{tmp_path / 'ranked.gpkg'}", "r", "ogr")
    row = next(out.getFeatures())
    assert row["rank"] == 1 and 0 < row["score"] < 1


def test_input_fields_named_like_outputs_are_kept_apart(provider, ramp):
    layer = QgsVectorLayer("Polygon?crs=EPSG:28992&field=naam:string&field=rank:integer"
                           "&field=score:double", "sites", "memory")
    f = QgsFeature(layer.fields())
    f.setGeometry(QgsGeometry.fromRect(QgsRectangle(X0 + 10, Y1 - 400, X0 + 330, Y1 - 90)))
    f.setAttributes(["site 0", 7, 0.123])
    layer.dataProvider().addFeatures([f])
    out = processing.run("ruimte:scoresites", {"SITES": layer, "CRITERIA": [ramp],
                                               "OUTPUT": "memory:"})["OUTPUT"]
    row = next(out.getFeatures())
    assert row["rank_in"] == 7 and row["score_in"] == pytest.approx(0.123)
    assert row["rank"] == 1 and row["reasons"] == "" and 0 < row["score"] < 1


def test_regional_value_is_reported_beside_the_score(provider, make_raster, tmp_path):
    """REGIONAL_VALUE: per site its mean (regional_value) and the components that run did not
    assess (rv_not_assessed, from RUIMTE_REGIONAL); the score and rank stay as without it."""
    a = np.full((40, 40), 0.4, np.float32)
    rv = np.full((40, 40), 0.2, np.float32)
    rv[:, 20:] = 0.8                                  # east half: high regional value
    regional = make_raster("rv.tif", rv, tags={"RUIMTE_REGIONAL": json.dumps({
        "assessed": ["transit", "knowledge"], "not_assessed": ["labour", "cluster"]})})
    sites_layer = polygons([(X0 + 50, Y1 - 450, X0 + 450, Y1 - 50),      # west
                            (X0 + 450, Y1 - 450, X0 + 550, Y1 - 50)])    # 2 cells west, 2 east
    params = {"SITES": sites_layer, "CRITERIA": [make_raster("a.tif", a)], "OUTPUT": "memory:"}
    out = by_name(processing.run("ruimte:scoresites", dict(params, REGIONAL_VALUE=regional))
                  ["OUTPUT"])
    plain = by_name(processing.run("ruimte:scoresites", params)["OUTPUT"])
    assert out["site 0"]["regional_value"] == pytest.approx(0.2, abs=1e-6)
    # site 1: columns 18-21 (x 450-550), half at 0.2 and half at 0.8: mean 0.5
    assert out["site 1"]["regional_value"] == pytest.approx(0.5, abs=1e-6)
    assert out["site 1"]["rv_not_assessed"] == "labour pool within commuting reach, cluster synergy"
    for name in ("site 0", "site 1"):
        assert out[name]["score"] == plain[name]["score"] == pytest.approx(0.4, abs=1e-6)
        assert out[name]["rank"] == plain[name]["rank"]
    assert "regional_value" not in plain["site 0"].fields().names()
    # a raster that is not an output of regionalvalue: the error names REGIONAL_VALUE
    with pytest.raises(QgsProcessingException, match=r"\(REGIONAL_VALUE\)"):
        processing.run("ruimte:scoresites", dict(params, REGIONAL_VALUE=make_raster("x.tif", a)))
