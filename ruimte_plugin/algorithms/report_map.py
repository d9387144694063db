"""The map of ruimte:report: a QGIS print layout (map, legend, scale bar, north arrow) rendered
to PNG bytes in memory, so that the report embeds it and needs no side files."""

from qgis.core import (QgsFillSymbol, QgsInvertedPolygonRenderer, QgsLayoutExporter,
                       QgsLayoutItemLabel, QgsLayoutItemLegend, QgsLayoutItemMap,
                       QgsLayoutItemPicture, QgsLayoutItemScaleBar, QgsLayoutPoint,
                       QgsLayoutSize, QgsLegendStyle, QgsMapLayerLegendUtils,
                       QgsMapLayerType, QgsPathResolver, QgsPrintLayout,
                       QgsProject, QgsRasterLayer, QgsSingleSymbolRenderer, QgsSymbolLayerUtils,
                       QgsUnitTypes, QgsVectorLayer)
from qgis.PyQt.QtCore import QBuffer, QByteArray, QIODevice, QSize
from qgis.PyQt.QtGui import QFont

from ..i18n import tr
from ..paths import resource
from .layers import usable_features

MM = QgsUnitTypes.LayoutMillimeters
MAP_WIDTH_MM = 180.0          # the map frame; the legend takes the 75 mm to its right
PAGE_WIDTH_MM = 270.0
NORTH_ARROW = "arrows/NorthArrow_02.svg"      # an SVG every QGIS install ships


def memory_copy(source, name):
    """A memory polygon layer with the features of ``source`` (a feature source)."""
    layer = QgsVectorLayer(f"MultiPolygon?crs={source.sourceCrs().authid()}", name, "memory")
    layer.dataProvider().addAttributes(source.fields().toList())
    layer.updateFields()
    layer.dataProvider().addFeatures(usable_features(source))
    return layer


def map_layers(raster_source, sites, boundary):
    """The layers of the map, top first, named for the legend: sites (styled like the sites
    outputs), the boundary outline, a white mask beyond the boundary, the suitability."""
    from ..postprocess import apply_sites_style
    layers = []
    if sites is not None:
        site_layer = memory_copy(sites, tr("Candidate sites (number = rank)"))
        apply_sites_style(site_layer)
        layers.append(site_layer)
    outline = None
    if boundary is not None:
        outline = memory_copy(boundary, tr("Boundary"))
        outline.setRenderer(QgsSingleSymbolRenderer(QgsFillSymbol.createSimple(
            {"color": "0,0,0,0", "outline_color": "30,30,30", "outline_width": "0.6"})))
        outside = memory_copy(boundary, "outside")      # white beyond the boundary
        outside.setRenderer(QgsInvertedPolygonRenderer(QgsSingleSymbolRenderer(
            QgsFillSymbol.createSimple({"color": "255,255,255,255", "outline_style": "no"}))))
        layers += [outline, outside]
    styled = QgsRasterLayer(raster_source, tr("Suitability 0-1"))
    styled.loadNamedStyle(resource("styles", "score.qml"))
    layers.append(styled)
    return layers, outline, styled


def render_map_png(raster_source, sites, boundary, dpi=110):
    """PNG bytes of the print layout: the map zoomed to the boundary (else the raster), the
    legend of the sites, boundary and suitability, a scale bar and a north arrow."""
    project = QgsProject()
    layers, outline, styled = map_layers(raster_source, sites, boundary)
    project.setCrs(styled.crs())
    for layer in layers:
        project.addMapLayer(layer, False)
    extent = styled.extent() if outline is None else outline.extent()
    extent = extent.buffered(0.02 * max(extent.width(), extent.height()))
    map_height = min(180.0, max(40.0, MAP_WIDTH_MM * extent.height() / extent.width()))
    layout = QgsPrintLayout(project)
    layout.initializeDefaults()
    page = layout.pageCollection().page(0)
    page.setPageSize(QgsLayoutSize(PAGE_WIDTH_MM, map_height + 24, MM))
    item = QgsLayoutItemMap(layout)
    item.setLayers(layers)
    item.setCrs(styled.crs())
    item.attemptMove(QgsLayoutPoint(5, 5, MM))
    item.attemptResize(QgsLayoutSize(MAP_WIDTH_MM, map_height, MM))
    item.setExtent(extent)                # may change the item's shape to the extent's,
    item.attemptResize(QgsLayoutSize(MAP_WIDTH_MM, map_height, MM))
    item.zoomToExtent(extent)             # so size it again and fit the extent inside
    item.setFrameEnabled(True)
    layout.addLayoutItem(item)
    _legend(layout, item, [lyr for lyr in layers if lyr.name() != "outside"])
    _scale_bar(layout, item, extent.width(), map_height)
    _north_arrow(layout, item)
    image = QgsLayoutExporter(layout).renderPageToImage(0, QSize(), dpi)
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.WriteOnly)
    image.save(buffer, "PNG")
    return bytes(data)


def _legend(layout, item, layers):
    legend = QgsLayoutItemLegend(layout)
    legend.setTitle(tr("Legend"))
    legend.setLinkedMap(item)
    legend.setAutoUpdateModel(False)
    root = legend.model().rootGroup()
    root.clear()
    for layer in layers:
        node = root.addLayer(layer)
        if layer.type() == QgsMapLayerType.RasterLayer:       # drop the "Band 1: ..." line
            QgsMapLayerLegendUtils.setLegendNodeOrder(node, [1])
            legend.model().refreshLayerLegend(node)
    legend.attemptMove(QgsLayoutPoint(MAP_WIDTH_MM + 10, 5, MM))
    font = QFont()                              # the application's font: always installed
    for style, size, bold in ((QgsLegendStyle.Title, 11, True),
                              (QgsLegendStyle.Subgroup, 9, True),
                              (QgsLegendStyle.SymbolLabel, 8, False)):
        styled = QFont(font)
        styled.setPointSizeF(size)
        styled.setBold(bold)
        if hasattr(QgsLegendStyle, "setTextFormat"):     # QGIS 3.30 and later
            text = legend.rstyle(style).textFormat()
            text.setFont(styled)
            text.setSize(size)
            legend.rstyle(style).setTextFormat(text)
        else:
            legend.setStyleFont(style, styled)
    layout.addLayoutItem(legend)
    legend.adjustBoxSize()


def _scale_bar(layout, item, width_m, map_height):
    """A scale bar in km (m for maps under 5 km wide), about a quarter of the map wide."""
    bar = QgsLayoutItemScaleBar(layout)
    bar.setStyle("Single Box")
    bar.setLinkedMap(item)
    kilometres = width_m >= 5000
    bar.applyDefaultSize(QgsUnitTypes.DistanceKilometers if kilometres
                         else QgsUnitTypes.DistanceMeters)
    bar.setUnitLabel("km" if kilometres else "m")
    bar.attemptMove(QgsLayoutPoint(8, map_height + 7, MM))
    layout.addLayoutItem(bar)


def _north_arrow(layout, item):
    """QGIS's north arrow SVG in the map's top right corner, rotated with the map (a label
    'N' when the SVG cannot be found)."""
    path = QgsSymbolLayerUtils.svgSymbolNameToPath(NORTH_ARROW, QgsPathResolver())
    x = 5 + MAP_WIDTH_MM - 16
    if path:
        arrow = QgsLayoutItemPicture(layout)
        arrow.setPicturePath(path)
        arrow.setLinkedMap(item)
        arrow.setNorthMode(QgsLayoutItemPicture.GridNorth)
        arrow.attemptMove(QgsLayoutPoint(x, 8, MM))
        arrow.attemptResize(QgsLayoutSize(12, 12, MM))
    else:
        arrow = QgsLayoutItemLabel(layout)
        arrow.setText("N ↑")
        arrow.attemptMove(QgsLayoutPoint(x, 8, MM))
        arrow.attemptResize(QgsLayoutSize(12, 8, MM))
    layout.addLayoutItem(arrow)
