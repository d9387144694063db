"""The site algorithms in a Model Designer model, run with the qgis_process binary: combine ->
locatesites -> scoresites -> sensitivity -> report, comparescenarios on the located sites, and
parkfit on the real IBIS sample.

Hand-made criteria (10 m cells, WLC weights 0.6 / 0.4): block 1 (16 ha) scores
0.6 * 0.9 + 0.4 * 0.8 = 0.86, block 2 (20 ha) 0.6 * 0.7 + 0.4 * 0.9 = 0.78, the rest
0.6 * 0.3 + 0.4 * 0.5 = 0.38. With weights 0.3 / 0.7 block 1 drops to 0.83 and block 2 rises to
0.84, so the two located sites swap ranks."""

import numpy as np
from qgis.core import (QgsProcessingModelAlgorithm,
                       QgsProcessingModelChildParameterSource as Source,
                       QgsProcessingModelParameter, QgsProcessingParameterRasterLayer,
                       QgsProcessingParameterVectorLayer, QgsVectorLayer)

from testdata import TEST_DATA, model_child, model_output, read_raster

IBIS = f"{TEST_DATA}/IBIS_BEDRIJVENTERREINEN.json"


def criteria(make_raster):
    a = np.full((200, 200), 0.3, np.float32)
    b = np.full((200, 200), 0.5, np.float32)
    a[20:60, 20:60], b[20:60, 20:60] = 0.9, 0.8          # block 1
    a[120:160, 120:170], b[120:160, 120:170] = 0.7, 0.9   # block 2
    return make_raster("a.tif", a, pixel=10.0), make_raster("b.tif", b, pixel=10.0)


def build_model(path):
    model = QgsProcessingModelAlgorithm("sites_chain", "ruimte tests")
    for name, parameter in (("crit_a", QgsProcessingParameterRasterLayer),
                            ("crit_b", QgsProcessingParameterRasterLayer),
                            ("parks", QgsProcessingParameterVectorLayer)):
        model.addModelParameter(parameter(name, name), QgsProcessingModelParameter(name))
    rasters = [Source.fromModelParameter("crit_a"), Source.fromModelParameter("crit_b")]
    static = Source.fromStaticValue
    weights = static("0.6,0.4")
    children = [
        model_child("ruimte:combine", "combine", {"CRITERIA": rasters, "WEIGHTS": weights}),
        model_child("ruimte:locatesites", "locate", {
            "SUITABILITY": Source.fromChildOutput("combine", "OUTPUT"), "MIN_AREA_HA": static(10),
            "MIN_SCORE": static(0.6), "MAX_SITES": static(5), "MIN_SPACING": static(200),
            "MIN_WIDTH": static(100)}),
        model_child("ruimte:scoresites", "score", {
            "SITES": Source.fromChildOutput("locate", "OUTPUT"), "CRITERIA": rasters,
            "WEIGHTS": weights}),
        model_child("ruimte:sensitivity", "robust", {
            "SITES": Source.fromChildOutput("score", "OUTPUT"), "WEIGHTS": weights,
            "RUNS": static(500), "SEED": static(7), "TOP_K": static(1)}),
        model_child("ruimte:comparescenarios", "compare", {
            "CRITERIA": rasters, "WEIGHTS_A": weights, "WEIGHTS_B": static("0.3,0.7"),
            "SITES": Source.fromChildOutput("score", "OUTPUT")}),
        model_child("ruimte:report", "report", {
            "SUITABILITY": Source.fromChildOutput("combine", "OUTPUT"),
            "SITES": Source.fromChildOutput("robust", "OUTPUT"), "TITLE": static("Modeltest")}),
        model_child("ruimte:parkfit", "parks", {
            "PARKS": Source.fromModelParameter("parks"), "PROFILE": static("xxl_logistics"),
            "AREA_FIELD": static("OPPNETTO"), "AREA_UNIT": static("m2")}),
    ]
    outputs = {"robust": [("OUTPUT", "robustness")], "report": [("OUTPUT", "report")],
               "compare": [("OUTPUT", "difference"), ("RANK_CHANGES", "changes")],
               "parks": [("OUTPUT", "fit")]}
    for child in children:
        for output_name, name in outputs.get(child.childId(), []):
            model_output(child, output_name, name)
        model.addChildAlgorithm(child)
    model.updateDestinationParameters()
    assert model.toFile(str(path))


def test_sites_model_with_qgis_process(provider, qgis_process, make_raster, tmp_path):
    crit_a, crit_b = criteria(make_raster)
    build_model(tmp_path / "sites.model3")
    out = {name: tmp_path / name for name in ("robust.gpkg", "report.html", "difference.tif",
                                              "changes.gpkg", "fit.gpkg")}
    result = qgis_process(
        "--json", "run", str(tmp_path / "sites.model3"), "--", f"crit_a={crit_a}",
        f"crit_b={crit_b}", f"parks={IBIS}", f"robust:robustness={out['robust.gpkg']}",
        f"report:report={out['report.html']}", f"compare:difference={out['difference.tif']}",
        f"compare:changes={out['changes.gpkg']}", f"parks:fit={out['fit.gpkg']}")
    assert result.returncode == 0, result.stderr[-3000:]

    robust = sorted(QgsVectorLayer(str(out["robust.gpkg"]), "r", "ogr").getFeatures(),
                    key=lambda f: f["rank"])
    assert [f["rank"] for f in robust] == [1, 2]
    assert [round(f["score"], 4) for f in robust] == [0.86, 0.78]
    assert robust[0]["p_top_k"] > 0.5                    # 0.86 vs 0.78 under +-weights
    changes = {f["rank_a"]: f["rank_b"] for f in
               QgsVectorLayer(str(out["changes.gpkg"]), "c", "ogr").getFeatures()}
    assert changes == {1: 2, 2: 1}                         # 0.83 < 0.84 with weights B
    difference, _ = read_raster(out["difference.tif"])
    assert np.isclose(difference[30, 30], 0.83 - 0.86, atol=1e-6)
    assert np.isclose(difference[130, 130], 0.84 - 0.78, atol=1e-6)
    html = out["report.html"].read_text(encoding="utf-8")
    assert "<h1>Modeltest</h1>" in html and "How robust is the ranking" in html
    assert QgsVectorLayer(str(out["fit.gpkg"]), "f", "ogr").featureCount() == 22
