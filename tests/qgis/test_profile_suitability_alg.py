"""ruimte:profilesuitability: a missing essential criterion stops the run unless accepted; criteria
without data are NOT ASSESSED, left out with the weights renormalised and said in the metadata,
the band description and the layer names; EVIDENCE counts the criteria with data per cell;
criterion outputs line up; outside the study area is NoData; a user's broken profile file is
refused with its problems, and a profile runs through qgis_process."""

import json

import numpy as np
import processing
import pytest
from qgis.core import QgsProcessingException, QgsVectorLayer

from testdata import DEMO_GPKG, read_raster
from ruimte_plugin.core.profiles import builtin_profile
from ruimte_plugin.core.rasterio_io import read_tags

GPKG = DEMO_GPKG
# the south-west of Drenthe, 250 m cells
EXTENT = "205000,235000,515000,540000 [EPSG:28992]"


def uri(name):
    return f"{GPKG}|layername={name}"


def error_of(params):
    """The message of a profilesuitability run that must fail. Caught here, so that no
    traceback keeps the input layers alive (QGIS 3.40 crashes at exit on a GeoPackage layer
    kept that way); the inputs are given as sources, not layer objects, for the same reason."""
    try:
        processing.run("ruimte:profilesuitability", params)
    except QgsProcessingException as err:
        return str(err)
    pytest.fail("the run did not fail")


def layer(name, subset=None):
    lyr = QgsVectorLayer(f"{GPKG}|layername={name}", name, "ogr")
    if subset:
        lyr.setSubsetString(subset)
    assert lyr.isValid()
    return lyr


@pytest.fixture
def demo_layers():
    layers = {n: layer(n) for n in ("natura2000", "nnn", "capaciteit_illustratief",
                                    "hv_substations")}
    layers["motorways"] = layer("motorways", '"max_speed" >= 100')
    yield layers
    layers.clear()


def test_missing_criteria_are_left_out_and_weights_renormalised(provider, demo_layers,
                                                                 tmp_path):
    res = processing.run("ruimte:profilesuitability", {
        "PROFILE": "data_centre", "PROTECTED": [demo_layers["natura2000"]],
        "MOTORWAYS": demo_layers["motorways"],
        "CAPACITY_AREAS": demo_layers["capaciteit_illustratief"],
        "SUBSTATIONS": demo_layers["hv_substations"], "EXTENT": EXTENT, "PIXEL_SIZE": 250,
        "ACCEPT_MISSING": True,
        "OUTPUT": str(tmp_path / "s.tif"), "EXCLUDED": str(tmp_path / "x.tif"),
        "EVIDENCE": str(tmp_path / "e.tif"),
        "GRID_SCORE": str(tmp_path / "g.tif"), "LANDSCAPE_SCORE": str(tmp_path / "l.tif"),
        "ACCESSIBILITY_SCORE": str(tmp_path / "a.tif")})
    tags = read_tags(res["OUTPUT"])
    meta = tags["RUIMTE_PROFILE"]
    assert sorted(meta["left_out"]) == ["nitrogen", "zoning"]
    # both are essential for a data centre (its profile's evidence block): accepted, reported
    assert sorted(meta["evidence"]["essential_not_assessed"]) == ["nitrogen", "zoning"]
    assert meta["evidence"]["accepted"] is True
    assert tags["RUIMTE_EVIDENCE"] == "not assessed: nitrogen, environmental zoning"
    import rasterio
    with rasterio.open(res["OUTPUT"]) as src:
        assert "not assessed: nitrogen, environmental zoning" in src.descriptions[0]
    # data centre weights: grid .45, landscape .2, accessibility .15 (nitrogen, zoning dropped)
    assert meta["weights_used"] == pytest.approx({"grid": 0.45 / 0.8, "landscape": 0.2 / 0.8,
                                                  "accessibility": 0.15 / 0.8})
    s, profile = read_raster(res["OUTPUT"])
    g, _ = read_raster(res["GRID_SCORE"])
    lsc, _ = read_raster(res["LANDSCAPE_SCORE"])
    a, _ = read_raster(res["ACCESSIBILITY_SCORE"])
    x, _ = read_raster(res["EXCLUDED"])
    assert s.shape == g.shape == lsc.shape == a.shape == x.shape == (100, 120)
    expected = (0.45 * g + 0.2 * lsc + 0.15 * a) / 0.8
    expected[x == 0] = 0
    assert np.allclose(s, expected, atol=1e-5)
    assert np.all(s[x == 0] == 0) and 0 < np.mean(x == 0) < 0.5
    assert not (tmp_path / "n.tif").exists()
    # EVIDENCE: per cell, how many of the three criterion rasters hold a value
    e, _ = read_raster(res["EVIDENCE"])
    counted = np.isfinite(g).astype(int) + np.isfinite(lsc) + np.isfinite(a)
    assert np.array_equal(e, counted) and e.max() == 3


def test_a_missing_essential_criterion_stops_the_run(provider, tmp_path):
    """A data centre without habitats: nitrogen is essential (it emits NOx), so the run stops
    with the parameter named, and writes nothing."""
    text = error_of({
        "PROFILE": "data_centre", "PROTECTED": [uri("natura2000")],
        "CAPACITY_AREAS": uri("capaciteit_illustratief"), "SENSITIVE": uri("hv_substations"),
        "EXTENT": EXTENT, "PIXEL_SIZE": 250,
        "OUTPUT": str(tmp_path / "s.tif"), "EXCLUDED": str(tmp_path / "x.tif")})
    assert "(HABITATS)" in text and "nitrogen is essential" in text and "ACCEPT_MISSING" in text
    assert not list(tmp_path.iterdir())


def test_water_bound_bulk_without_waterways(provider, tmp_path):
    """Road data alone does not assess a quay: the water mode is essential for water-bound
    bulk; accepted, it is reported as not assessed."""
    common = {"PROFILE": "water_bound_bulk", "HABITATS": uri("natura2000"),
              "PROTECTED": [uri("natura2000")], "MOTORWAYS": uri("motorways"),
              "SENSITIVE": uri("hv_substations"), "EXTENT": EXTENT, "PIXEL_SIZE": 500}
    text = error_of(dict(common, OUTPUT=str(tmp_path / "s.tif")))
    assert "(WATERWAYS): accessibility by water is essential" in text
    res = processing.run("ruimte:profilesuitability", dict(
        common, ACCEPT_MISSING=True, OUTPUT=str(tmp_path / "s.tif")))
    evidence = read_tags(res["OUTPUT"])["RUIMTE_PROFILE"]["evidence"]
    assert [m["key"] for m in evidence["not_assessed"]] == ["grid", "accessibility.water"]
    assert evidence["essential_not_assessed"] == ["accessibility.water"]


def test_an_empty_layer_is_no_evidence(provider, tmp_path):
    empty = str(tmp_path / "houses.gpkg")         # a file: as users give it, no memory layer
    processing.run("native:savefeatures", {
        "INPUT": QgsVectorLayer("Point?crs=EPSG:28992", "houses", "memory"), "OUTPUT": empty})
    text = error_of({
        "PROFILE": "mkb_park", "HABITATS": uri("natura2000"), "PROTECTED": [uri("natura2000")],
        "MOTORWAYS": uri("motorways"), "SENSITIVE": empty, "EXTENT": EXTENT, "PIXEL_SIZE": 500,
        "OUTPUT": str(tmp_path / "s.tif")})
    assert "(SENSITIVE): environmental zoning is essential" in text


def test_a_broken_profile_file_is_refused_with_its_problems(provider, tmp_path):
    data = json.loads(json.dumps(builtin_profile("mkb_park").raw))
    data["grid"]["required_mva"] = {"value": -1, "assumption": "typo"}
    del data["weights"]
    path = tmp_path / "mijn_profiel.json"
    path.write_text(json.dumps(data), encoding="utf-8")
    with pytest.raises(QgsProcessingException) as err:
        processing.run("ruimte:profilesuitability", {
            "PROFILE_FILE": str(path), "PROTECTED": [f"{GPKG}|layername=natura2000"],
            "EXTENT": EXTENT, "OUTPUT": str(tmp_path / "s.tif")})
    text = str(err.value)
    assert "(PROFILE_FILE)" in text and "grid.required_mva" in text and "weights: missing" in text
    assert not (tmp_path / "s.tif").exists()


def test_a_profile_through_qgis_process(qgis_process, tmp_path):
    result = qgis_process(
        "--json", "run", "ruimte:profilesuitability", "--", "PROFILE=xxl_logistics",
        f"HABITATS={GPKG}|layername=natura2000", f"PROTECTED={GPKG}|layername=natura2000",
        f"PROTECTED={GPKG}|layername=nnn",
        f"MOTORWAYS={GPKG}|layername=motorways|subset=\"max_speed\" >= 100",
        f"EXTENT={EXTENT}", "PIXEL_SIZE=500", "ACCEPT_MISSING=true",
        f"OUTPUT={tmp_path / 'xxl.tif'}")
    assert result.returncode == 0, result.stderr
    s, _ = read_raster(tmp_path / "xxl.tif")
    meta = read_tags(tmp_path / "xxl.tif")
    assert meta["RUIMTE_ALGORITHM"] == "ruimte:profilesuitability"
    assert sorted(meta["RUIMTE_PROFILE"]["left_out"]) == ["grid", "zoning"]
    assert meta["RUIMTE_EVIDENCE"] == "not assessed: grid congestion, environmental zoning"
    assert s.shape == (50, 60) and 0 <= np.nanmin(s) and np.nanmax(s) <= 1


def test_loaded_outputs_land_in_the_profile_group(provider, qgis_new_project, tmp_path):
    from qgis.core import QgsProject
    processing.runAndLoadResults("ruimte:profilesuitability", {
        "PROFILE": "mkb_park", "PROTECTED": [f"{GPKG}|layername=natura2000"],
        "EXTENT": EXTENT, "PIXEL_SIZE": 500, "OUTPUT": str(tmp_path / "s.tif"),
        "ACCEPT_MISSING": True, "EVIDENCE": str(tmp_path / "e.tif"),
        "EXCLUDED": str(tmp_path / "x.tif"), "LANDSCAPE_SCORE": str(tmp_path / "l.tif")})
    group = QgsProject.instance().layerTreeRoot().findGroup("Ruimte — SME business park")
    assert group is not None
    layers = {node.layer().name(): node.layer() for node in group.findLayers()}
    renderers = sorted(lyr.renderer().type() for lyr in layers.values())
    assert renderers == ["paletted", "paletted", "singlebandpseudocolor",
                         "singlebandpseudocolor"]
    # in the profile's weight order
    assert ("Suitability: SME business park (not assessed: accessibility, environmental "
            "zoning, grid congestion, nitrogen)") in layers
    evidence = layers["Criteria assessed: SME business park"]
    assert [c.label for c in evidence.renderer().classes()][-1] == "5 of 5 criteria assessed"


def test_study_area(provider, tmp_path):
    half = QgsVectorLayer("Polygon?crs=EPSG:28992", "half", "memory")
    from qgis.core import QgsFeature, QgsGeometry, QgsRectangle
    f = QgsFeature()
    f.setGeometry(QgsGeometry.fromRect(QgsRectangle(205000, 515000, 220000, 540000)))
    half.dataProvider().addFeatures([f])
    res = processing.run("ruimte:profilesuitability", {
        "PROFILE": "mkb_park", "MOTORWAYS": f'{GPKG}|layername=motorways|subset="max_speed" >= 100',
        "STUDY_AREA": half, "EXTENT": EXTENT, "PIXEL_SIZE": 500, "ACCEPT_MISSING": True,
        "OUTPUT": str(tmp_path / "s.tif"), "EXCLUDED": str(tmp_path / "x.tif"),
        "EVIDENCE": str(tmp_path / "e.tif")})
    s, _ = read_raster(res["OUTPUT"])
    x, _ = read_raster(res["EXCLUDED"])
    e, _ = read_raster(res["EVIDENCE"])
    # east of 220000 is outside the study area: NoData, not excluded (0)
    assert np.all(np.isnan(s[:, 30:])) and np.all(np.isnan(x[:, 30:]))
    assert np.all(np.isnan(e[:, 30:])) and np.all(e[:, :30] == 1)   # accessibility only
    assert np.all(x[:, :30] == 1) and s[:, :30].max() > 0.5
