"""Model Designer and desktop behaviour: a .model3 chaining ahpweights -> standardize -> combine
runs in-process and through the qgis_process binary; loaded outputs are styled and grouped."""

import numpy as np
import processing
import pytest
from qgis.core import (QgsProcessingModelAlgorithm, QgsProcessingModelChildAlgorithm,
                       QgsProcessingModelChildParameterSource as Source,
                       QgsProcessingModelOutput, QgsProcessingModelParameter,
                       QgsProcessingParameterRasterLayer, QgsProject)

from testdata import read_raster

DISTANCES = np.array([[0, 250, 500], [750, 1000, 2000]], dtype=np.float32)


def build_model(path):
    model = QgsProcessingModelAlgorithm("ruimte_chain", "ruimte tests")
    for name in ("distance", "other"):
        model.addModelParameter(QgsProcessingParameterRasterLayer(name, name),
                                QgsProcessingModelParameter(name))
    ahp = QgsProcessingModelChildAlgorithm("ruimte:ahpweights")
    ahp.setChildId("ahp")
    ahp.addParameterSources("MATRIX", [Source.fromStaticValue("1,3;1/3,1")])
    model.addChildAlgorithm(ahp)

    std = QgsProcessingModelChildAlgorithm("ruimte:standardize")
    std.setChildId("std")
    std.addParameterSources("INPUT", [Source.fromModelParameter("distance")])
    for key, value in (("FUNCTION", "linear"), ("DIRECTION", "decreasing"), ("C", 0),
                       ("D", 1000)):
        std.addParameterSources(key, [Source.fromStaticValue(value)])
    model.addChildAlgorithm(std)

    comb = QgsProcessingModelChildAlgorithm("ruimte:combine")
    comb.setChildId("comb")
    comb.addParameterSources("CRITERIA", [Source.fromChildOutput("std", "OUTPUT"),
                                          Source.fromModelParameter("other")])
    comb.addParameterSources("WEIGHTS", [Source.fromChildOutput("ahp", "WEIGHTS")])
    comb.addParameterSources("METHOD", [Source.fromStaticValue("wlc")])
    output = QgsProcessingModelOutput("suitability")
    output.setChildId("comb")
    output.setChildOutputName("OUTPUT")
    comb.setModelOutputs({"suitability": output})
    model.addChildAlgorithm(comb)
    model.updateDestinationParameters()
    assert model.toFile(str(path))
    return model


def expected():
    # AHP of [[1,3],[1/3,1]] gives 0.75, 0.25; linear decreasing 0 -> 1, 1000 -> 0; other = 0.4
    return 0.75 * np.clip((1000 - DISTANCES) / 1000, 0, 1) + 0.25 * 0.4


@pytest.fixture
def inputs(make_raster):
    return make_raster("distance.tif", DISTANCES), make_raster("other.tif", np.full((2, 3), 0.4))


def test_model_runs_in_process(provider, inputs, tmp_path):
    model = build_model(tmp_path / "chain.model3")
    model_alg = QgsProcessingModelAlgorithm()
    assert model_alg.fromFile(str(tmp_path / "chain.model3"))
    out = str(tmp_path / "suit.tif")
    res = processing.run(model_alg, {"distance": inputs[0], "other": inputs[1],
                                     "comb:suitability": out})
    data, _ = read_raster(res["comb:suitability"])
    assert np.allclose(data, expected(), atol=1e-6)
    assert model.childAlgorithm("comb").algorithmId() == "ruimte:combine"


def test_model_runs_with_qgis_process(provider, qgis_process, inputs, tmp_path):
    build_model(tmp_path / "chain.model3")
    out = tmp_path / "suit_cli.tif"
    result = qgis_process("--json", "run", str(tmp_path / "chain.model3"), "--",
                          f"distance={inputs[0]}", f"other={inputs[1]}",
                          f"comb:suitability={out}")
    assert result.returncode == 0, result.stderr
    data, _ = read_raster(out)
    assert np.allclose(data, expected(), atol=1e-6)


def test_loaded_output_is_styled_and_grouped(provider, qgis_new_project, inputs, tmp_path):
    out = str(tmp_path / "styled.tif")
    processing.runAndLoadResults("ruimte:combine", {"CRITERIA": [inputs[1]], "OUTPUT": out})
    root = QgsProject.instance().layerTreeRoot()
    group = root.findGroup("Ruimte")
    assert group is not None
    layers = [node.layer() for node in group.findLayers()]
    assert len(layers) == 1
    renderer = layers[0].renderer()
    assert renderer.type() == "singlebandpseudocolor"
    shader = renderer.shader().rasterShaderFunction()
    assert (shader.minimumValue(), shader.maximumValue()) == (0, 1)
    assert len(shader.colorRampItemList()) == 5


def test_criterion_outputs_are_styled(provider, qgis_new_project, tmp_path):
    from qgis.core import QgsFeature, QgsGeometry, QgsPointXY, QgsVectorLayer
    houses_layer = QgsVectorLayer("Point?crs=EPSG:28992", "houses", "memory")
    f = QgsFeature()
    f.setGeometry(QgsGeometry.fromPointXY(QgsPointXY(150500, 450500)))
    houses_layer.dataProvider().addFeatures([f])
    processing.runAndLoadResults("ruimte:zoning", {
        "SENSITIVE": houses_layer, "EXTENT": "150000,152000,450000,452000 [EPSG:28992]",
        "OUTPUT": str(tmp_path / "z.tif"), "DISTANCE": str(tmp_path / "d.tif"),
        "CONSTRAINT": str(tmp_path / "c.tif")})
    group = QgsProject.instance().layerTreeRoot().findGroup("Ruimte")
    renderers = {node.layer().source().split("/")[-1]: node.layer().renderer()
                 for node in group.findLayers()}
    assert renderers["z.tif"].type() == "singlebandpseudocolor"
    assert renderers["c.tif"].type() == "paletted"
    distance = renderers["d.tif"]
    assert distance.type() == "singlebandpseudocolor"
    assert distance.classificationMin() == 0 and distance.classificationMax() > 1000


def test_site_style_labels_ranks_but_not_excluded_sites(provider):
    from qgis.core import (QgsExpression, QgsExpressionContext, QgsFeature, QgsGeometry,
                           QgsRectangle, QgsVectorLayer)
    from ruimte_plugin.postprocess import apply_sites_style
    sites = QgsVectorLayer("Polygon?crs=EPSG:28992&field=rank:integer&field=score:double"
                           "&field=excluded:integer", "sites", "memory")
    features = []
    for rank, score, excluded in ((1, 0.8, 0), (2, 0.0, 1)):
        f = QgsFeature(sites.fields())
        f.setGeometry(QgsGeometry.fromRect(QgsRectangle(0, 0, 100, 100)))
        f.setAttributes([rank, score, excluded])
        features.append(f)
    sites.dataProvider().addFeatures(features)
    apply_sites_style(sites)
    settings = sites.labeling().settings()
    assert sites.labelsEnabled() and settings.isExpression
    assert settings.format().buffer().enabled() and settings.format().font().bold()
    expression = QgsExpression(settings.fieldName)
    labels = []
    for f in sites.getFeatures():
        context = QgsExpressionContext()
        context.setFeature(f)
        labels.append(expression.evaluate(context))
    assert labels == [1, None]                 # the excluded site is hatched, not numbered
