"""New business parks in principle only for category 3.1 and up (IPO position paper Ruimte voor
economie): ruimte:locatesites on a suitability raster made for a category-2 profile locates no
sites, warns and returns the advice; for the built-in 3.1 profile it locates as before."""

import json

import numpy as np
import processing
from qgis.core import QgsFeature, QgsGeometry, QgsPointXY, QgsVectorLayer

from testdata import ROOT, warning_feedback, write_raster

ADVICE = ("category 2 belongs in a mixed urban area (IPO position paper: business parks in "
          "principle for category 3.1 and up), not on a new business park")
# a tiny study area: 1 km square, 100 m cells
EXTENT = "200000,201000,500000,501000 [EPSG:28992]"


def category_2_profile(tmp_path):
    """resources/profiles/mkb_park.json with its category lowered from 3.1 to 2."""
    data = json.loads((ROOT / "resources" / "profiles" / "mkb_park.json").read_text("utf-8"))
    data["zoning"]["category"]["value"] = "2"
    path = tmp_path / "mkb_cat2.json"
    path.write_text(json.dumps(data), encoding="utf-8")
    return str(path)


def test_category_2_profile_locates_no_new_park(provider, tmp_path):
    profile = category_2_profile(tmp_path)
    houses = QgsVectorLayer("Point?crs=EPSG:28992", "houses", "memory")
    house = QgsFeature()
    house.setGeometry(QgsGeometry.fromPointXY(QgsPointXY(200500, 500500)))
    houses.dataProvider().addFeatures([house])
    # profilesuitability runs for a category-2 profile (zoning only here, the rest accepted
    # as missing): the rule is for new parks, so it applies where sites are located
    # as missing): the rule is for new parks, so it applies where sites are located; the
    # profile run warns already
    feedback = warning_feedback()
    suitability = processing.run("ruimte:profilesuitability", {
        "PROFILE_FILE": profile, "SENSITIVE": houses, "EXTENT": EXTENT, "PIXEL_SIZE": 100,
        "ACCEPT_MISSING": True, "OUTPUT": str(tmp_path / "suit.tif")},
        feedback=feedback)["OUTPUT"]
    assert any(w.startswith("SME business park: " + ADVICE) and "will locate no new business "
               "park" in w for w in feedback.warnings)
    feedback = warning_feedback()
    result = processing.run("ruimte:locatesites", {
        "SUITABILITY": suitability, "MIN_AREA_HA": 1, "MIN_SCORE": 0, "OUTPUT": "memory:"},
        feedback=feedback)
    assert result["OUTPUT"].featureCount() == 0
    assert result["ADVICE"] == ADVICE
    assert f"No sites located for mkb_park: {ADVICE}." in feedback.warnings


def test_profile_tag_on_a_hand_made_raster(provider, tmp_path, qgis_process):
    """The rule reads only the raster's RUIMTE_PROFILE tag: a hand-made raster (one 4 ha block
    at 0.9) tagged with the category-2 file gets the advice; tagged with the built-in mkb_park
    (3.1) it yields the block, and ADVICE is empty."""
    scores = np.full((20, 20), 0.2, np.float32)
    scores[5:15, 5:15] = 0.9                         # 10 x 10 cells of 20 m = 4 ha
    cat2 = write_raster(tmp_path / "cat2.tif", scores, 200000, 501000, 20.0, tags={
        "RUIMTE_PROFILE": json.dumps({"id": "mkb_park",
                                      "file": category_2_profile(tmp_path)})})
    builtin = write_raster(tmp_path / "builtin.tif", scores, 200000, 501000, 20.0,
                           tags={"RUIMTE_PROFILE": json.dumps({"id": "mkb_park"})})
    params = {"MIN_AREA_HA": 2, "MIN_SCORE": 0.6, "MIN_WIDTH": 60, "OUTPUT": "memory:"}
    ok = processing.run("ruimte:locatesites", dict(params, SUITABILITY=builtin))
    assert ok["OUTPUT"].featureCount() == 1 and ok["ADVICE"] == ""
    refused = processing.run("ruimte:locatesites", dict(params, SUITABILITY=cat2))
    assert refused["OUTPUT"].featureCount() == 0 and refused["ADVICE"] == ADVICE
    done = qgis_process("--json", "run", "ruimte:locatesites", "--", f"SUITABILITY={cat2}",
                        "MIN_AREA_HA=2", f"OUTPUT={tmp_path / 'none.gpkg'}")
    assert done.returncode == 0, done.stderr
    assert done.json["results"]["ADVICE"] == ADVICE
