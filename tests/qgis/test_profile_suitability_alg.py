"""ruimte:profilesuitability: criteria without data are left out and the weights renormalised
(and said in the metadata), criterion outputs line up, a user's broken profile file is refused
with its problems, and a profile runs through qgis_process."""

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
        "OUTPUT": str(tmp_path / "s.tif"), "EXCLUDED": str(tmp_path / "x.tif"),
        "GRID_SCORE": str(tmp_path / "g.tif"), "LANDSCAPE_SCORE": str(tmp_path / "l.tif"),
        "ACCESSIBILITY_SCORE": str(tmp_path / "a.tif")})
    meta = read_tags(res["OUTPUT"])["RUIMTE_PROFILE"]
    assert sorted(meta["left_out"]) == ["nitrogen", "zoning"]
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
        f"EXTENT={EXTENT}", "PIXEL_SIZE=500", f"OUTPUT={tmp_path / 'xxl.tif'}")
    assert result.returncode == 0, result.stderr
    s, _ = read_raster(tmp_path / "xxl.tif")
    meta = read_tags(tmp_path / "xxl.tif")
    assert meta["RUIMTE_ALGORITHM"] == "ruimte:profilesuitability"
    assert sorted(meta["RUIMTE_PROFILE"]["left_out"]) == ["grid", "zoning"]
    assert s.shape == (50, 60) and 0 <= np.nanmin(s) and np.nanmax(s) <= 1


def test_loaded_outputs_land_in_the_profile_group(provider, qgis_new_project, tmp_path):
    from qgis.core import QgsProject
    processing.runAndLoadResults("ruimte:profilesuitability", {
        "PROFILE": "mkb_park", "PROTECTED": [f"{GPKG}|layername=natura2000"],
        "EXTENT": EXTENT, "PIXEL_SIZE": 500, "OUTPUT": str(tmp_path / "s.tif"),
        "EXCLUDED": str(tmp_path / "x.tif"), "LANDSCAPE_SCORE": str(tmp_path / "l.tif")})
    group = QgsProject.instance().layerTreeRoot().findGroup("Ruimte — SME business park")
    assert group is not None
    renderers = sorted(node.layer().renderer().type() for node in group.findLayers())
    assert renderers == ["paletted", "singlebandpseudocolor", "singlebandpseudocolor"]


def test_study_area(provider, tmp_path):
    half = QgsVectorLayer("Polygon?crs=EPSG:28992", "half", "memory")
    from qgis.core import QgsFeature, QgsGeometry, QgsRectangle
    f = QgsFeature()
    f.setGeometry(QgsGeometry.fromRect(QgsRectangle(205000, 515000, 220000, 540000)))
    half.dataProvider().addFeatures([f])
    res = processing.run("ruimte:profilesuitability", {
        "PROFILE": "mkb_park", "MOTORWAYS": f'{GPKG}|layername=motorways|subset="max_speed" >= 100',
        "STUDY_AREA": half, "EXTENT": EXTENT, "PIXEL_SIZE": 500,
        "OUTPUT": str(tmp_path / "s.tif"), "EXCLUDED": str(tmp_path / "x.tif")})
    s, _ = read_raster(res["OUTPUT"])
    x, _ = read_raster(res["EXCLUDED"])
    assert np.all(s[:, 30:] == 0) and np.all(x[:, 30:] == 0)     # east of 220000: outside
    assert np.all(x[:, :30] == 1) and s[:, :30].max() > 0.5
