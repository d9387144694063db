"""Styles and a layer group for outputs that QGIS loads when an algorithm finishes.

Under qgis_process and inside models nothing is loaded, so this is a no-op there."""

from qgis.core import QgsProcessingLayerPostProcessorInterface, QgsProject

from .paths import resource

#: One post-processor per output path; sip would collect an instance without a Python reference,
#: and a single shared instance would be overwritten when an algorithm has several outputs.
_POST_PROCESSORS = {}


class StylePostProcessor(QgsProcessingLayerPostProcessorInterface):
    """Applies a QML style from resources/styles and moves the layer into a group."""

    def __init__(self, style, group):
        super().__init__()
        self.style = style
        self.group = group

    def postProcessLayer(self, layer, context, feedback):  # noqa: N802 (QGIS API name)
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
