"""Styles and a layer group for outputs that QGIS loads when an algorithm finishes.

Under qgis_process and inside models nothing is loaded, so this is a no-op there."""

from qgis.core import (QgsColorRampShader, QgsGradientColorRamp,
                       QgsProcessingLayerPostProcessorInterface, QgsProject, QgsRasterShader,
                       QgsSingleBandPseudoColorRenderer)
from qgis.PyQt.QtGui import QColor

from .paths import resource

#: One post-processor per output path; sip would collect an instance without a Python reference,
#: and a single shared instance would be overwritten when an algorithm has several outputs.
_POST_PROCESSORS = {}


def apply_value_ramp(layer):
    """A continuous ramp over the layer's own min..max (raw values such as distances, whose
    range a fixed QML style cannot know)."""
    from osgeo import gdal      # the band statistics API differs between QGIS 3.22 and 3.40
    dataset = gdal.Open(layer.source())
    low, high = dataset.GetRasterBand(1).ComputeRasterMinMax(False)
    dataset = None
    provider = layer.dataProvider()
    if not high > low:
        high = low + 1
    ramp = QgsGradientColorRamp(QColor(68, 1, 84), QColor(253, 231, 37))
    function = QgsColorRampShader(low, high, ramp, QgsColorRampShader.Interpolated)
    function.classifyColorRamp(5, 1)
    shader = QgsRasterShader()
    shader.setRasterShaderFunction(function)
    renderer = QgsSingleBandPseudoColorRenderer(provider, 1, shader)
    renderer.setClassificationMin(low)
    renderer.setClassificationMax(high)
    layer.setRenderer(renderer)


class StylePostProcessor(QgsProcessingLayerPostProcessorInterface):
    """Applies a style (a QML file from resources/styles, or "values" for a ramp over the
    layer's own range) and moves the layer into a group."""

    def __init__(self, style, group):
        super().__init__()
        self.style = style
        self.group = group

    def postProcessLayer(self, layer, context, feedback):  # noqa: N802 (QGIS API name)
        if self.style == "values":
            apply_value_ramp(layer)
        else:
            message, ok = layer.loadNamedStyle(resource("styles", self.style))
            if not ok and feedback is not None:
                feedback.pushInfo(f"Style {self.style} was not applied: {message}")
        layer.triggerRepaint()
        project = context.project() or QgsProject.instance()
        root = project.layerTreeRoot()
        node = root.findLayer(layer.id())
        if node is None:
            return
        group = root.findGroup(self.group) or root.insertGroup(0, self.group)
        if node.parent() is not group:
            group.insertChildNode(0, node.clone())
            node.parent().removeChildNode(node)


def style_on_load(context, path, style, group):
    """Register the style/group post-processor for ``path`` if QGIS will load it."""
    if not context.willLoadLayerOnCompletion(path):
        return
    processor = StylePostProcessor(style, group)
    _POST_PROCESSORS[path] = processor
    context.layerToLoadOnCompletionDetails(path).setPostProcessor(processor)
