"""The panel's run as a Processing model (.model3) beside the saved profile: one
ruimte:profilesuitability step with the profile file, its input layers and the pixel size as
model inputs (the panel's layers as their defaults: the Model Designer's dialog fills them in;
a batch run or qgis_process gives them, as for any model) and the suitability map as the
model's output."""

from qgis.core import (QgsApplication, QgsProcessingModelAlgorithm,
                       QgsProcessingModelChildAlgorithm,
                       QgsProcessingModelChildParameterSource as Source,
                       QgsProcessingModelOutput, QgsProcessingModelParameter)
from qgis.PyQt.QtCore import QPointF

from .runner import ALGORITHM

#: run parameters that stay fixed in the model (the profile and how it runs)
FIXED = ("PROFILE_FILE", "ACCEPT_MISSING", "EXTENT")


def build_model(params, name):
    """A QgsProcessingModelAlgorithm of ruimte:profilesuitability with ``params`` (the panel's
    run parameters: layer sources, the profile file, the pixel size): layers and PIXEL_SIZE
    become model inputs with these values as defaults; OUTPUT becomes the model's output
    'suitability'."""
    algorithm = QgsApplication.processingRegistry().algorithmById(ALGORITHM)
    model = QgsProcessingModelAlgorithm(name, "Ruimte")
    child = QgsProcessingModelChildAlgorithm(ALGORITHM)
    child.setChildId("profile")
    child.setDescription(name)
    child.setPosition(QPointF(300, 200))
    row = 0
    for key, value in params.items():
        if key.startswith(("OUTPUT", "EXCLUDED", "EVIDENCE")) or key.endswith("_SCORE"):
            continue
        if key in FIXED or algorithm.parameterDefinition(key) is None:
            child.addParameterSources(key, [Source.fromStaticValue(value)])
            continue
        definition = algorithm.parameterDefinition(key).clone()
        definition.setDefaultValue(value)
        model.addModelParameter(definition, QgsProcessingModelParameter(key))
        model.parameterComponent(key).setPosition(QPointF(80, 60 + 45 * row))
        row += 1
        child.addParameterSources(key, [Source.fromModelParameter(key)])
    output = QgsProcessingModelOutput("suitability")
    output.setChildId("profile")
    output.setChildOutputName("OUTPUT")
    output.setPosition(QPointF(520, 260))
    child.setModelOutputs({"suitability": output})
    model.addChildAlgorithm(child)
    model.updateDestinationParameters()
    return model


def write_model(path, params, name):
    """Write the model of ``params`` to ``path`` (.model3); returns the path."""
    model = build_model(params, name)
    if not model.toFile(str(path)):
        raise OSError(f"cannot write {path}")
    return str(path)
