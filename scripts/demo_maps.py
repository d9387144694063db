"""The Drenthe demo's QGIS project (a styled group per profile over the reference data) and its
maps (print layouts with title, legend and scale bar, exported as PNG)."""

import sys
import textwrap

from demo_common import CRITERIA, GOOD, OUT, PIXEL, RASTER_NAMES, vector, vector_file


# ------------------------------------------------------------------ project and maps
def build_project(rows):
    """ruimte-drenthe.qgz: a styled group per profile over the reference data."""
    from qgis.core import (QgsFillSymbol, QgsInvertedPolygonRenderer, QgsLineSymbol,
                           QgsMarkerSymbol, QgsProject, QgsRasterLayer, QgsSingleSymbolRenderer,
                           QgsVectorLayer)
    from ruimte_plugin.paths import resource
    from ruimte_plugin.postprocess import apply_evidence_style, apply_sites_style

    project = QgsProject.instance()
    project.clear()
    project.setCrs(vector("drenthe").crs())
    project.setTitle("Ruimte voor economie — Drenthe")
    root = project.layerTreeRoot()
    reference = root.addGroup("Drenthe (reference data)")
    # honest names: what the layer holds and where it comes from (resources/demo/SOURCES.md)
    labels = {"drenthe": "provincie Drenthe / province", "gemeenten": "gemeenten / municipalities",
              "natura2000": "Natura 2000 (uitgesloten; over de grens telt voor stikstof / "
                            "excluded; across the border counts for nitrogen)",
              "nnn": "NNN te realiseren 2030-2050 (uitgesloten) / NNN to be realised "
                     "2030-2050 (excluded)",
              "nationaal_park": "Nationaal Park Drentsche Aa",
              "motorways": "rijkswegen (RWS 2013) / national roads",
              "ramps": "op- en afritten, afgeleid (RWS 2013) / motorway junctions, derived",
              "capaciteit_illustratief": "netcapaciteit ILLUSTRATIEF, geen echte "
                                         "capaciteitskaart / grid capacity ILLUSTRATIVE"}
    styles = {"drenthe": ({"color": "0,0,0,0", "outline_color": "30,30,30",
                           "outline_width": "0.6"}, QgsFillSymbol),
              "gemeenten": ({"color": "0,0,0,0", "outline_color": "90,90,90",
                             "outline_width": "0.25", "outline_style": "dash"}, QgsFillSymbol),
              "natura2000": ({"color": "130,130,130,255", "outline_style": "no"}, QgsFillSymbol),
              "nnn": ({"color": "175,175,175,255", "outline_style": "no"}, QgsFillSymbol),
              "nationaal_park": ({"color": "0,0,0,0", "outline_color": "60,110,60",
                                  "outline_width": "0.5"}, QgsFillSymbol),
              "motorways": ({"color": "60,60,60", "width": "0.5"}, QgsLineSymbol),
              "ramps": ({"name": "circle", "color": "255,255,255", "outline_color": "30,30,30",
                         "size": "1.6"}, QgsMarkerSymbol),
              "capaciteit_illustratief": ({"color": "0,0,0,0", "outline_color": "150,60,150",
                                           "outline_width": "0.4", "outline_style": "dot"},
                                          QgsFillSymbol)}
    subsets = {"ramps": '"road" = \'dual\''}            # the junctions the demo uses
    layers = {}
    for name, (style, symbol) in styles.items():
        layer = vector(name, subsets.get(name))
        layer.setName(labels[name])
        layer.setRenderer(QgsSingleSymbolRenderer(symbol.createSimple(style)))
        project.addMapLayer(layer, False)
        reference.addLayer(layer).setItemVisibilityChecked(name != "capaciteit_illustratief")
        layers[name] = layer
    outside = vector("drenthe")                 # white mask over the land outside the province
    outside.setName("outside Drenthe")
    outside.setRenderer(QgsInvertedPolygonRenderer(QgsSingleSymbolRenderer(
        QgsFillSymbol.createSimple({"color": "255,255,255,255", "outline_style": "no"}))))
    project.addMapLayer(outside, False)
    reference.insertLayer(1, outside)
    layers["outside"] = outside
    for i, r in enumerate(rows):
        group = root.insertGroup(i, f"Ruimte — {r['name_nl']}")
        folder = OUT / r["profile"]
        files = [("suitability", "score.qml", True), ("excluded", "constraint.qml", False),
                 ("evidence", None, False)]
        files += [(c, "score.qml", False) for c in CRITERIA if (folder / f"{c}.tif").exists()]
        for label, style, visible in files:
            name = RASTER_NAMES[label]
            if label == "suitability" and r["left_out"]:
                name += " (niet beoordeeld / not assessed: " + ", ".join(r["left_out"]) + ")"
            layer = QgsRasterLayer(str(folder / f"{label}.tif"), name)
            if style:
                layer.loadNamedStyle(resource("styles", style))
            else:
                apply_evidence_style(layer, r["criteria_total"])
            project.addMapLayer(layer, False)
            group.addLayer(layer).setItemVisibilityChecked(visible)
            layers[(r["profile"], label)] = layer
        for label, name, visible in (("ranked", "kandidaten gerangschikt / ranked candidates",
                                      False),
                                     ("located", "gevonden locaties / located sites", True)):
            if not (folder / f"{label}.gpkg").exists():
                continue
            layer = vector_file(folder / f"{label}.gpkg")
            layer.setName(name)
            apply_sites_style(layer)
            project.addMapLayer(layer, False)
            group.insertLayer(0, layer).setItemVisibilityChecked(visible)
            layers[(r["profile"], label)] = layer
        group.setItemVisibilityChecked(i == 0)
        group.setExpanded(i == 0)
    if (OUT / "allocation.gpkg").exists():
        from ruimte_plugin.postprocess import apply_allocation_style
        group = root.insertGroup(0, "Programma (illustratief) / programme (illustrative)")
        allocation = vector_file(OUT / "allocation.gpkg")
        allocation.setName("toewijzing / allocation")
        apply_allocation_style(allocation)
        balance = QgsVectorLayer(str(OUT / "balance.csv"), "balans / balance", "ogr")
        for layer in (balance, allocation):
            project.addMapLayer(layer, False)
            group.insertLayer(0, layer)
        group.setItemVisibilityChecked(False)
        layers["allocation"] = allocation
    if (OUT / "scenarios.gpkg").exists():
        group = root.insertGroup(0, "Programma onder vraagscenario's (VOORLOPIG) / programme "
                                    "under demand scenarios (PROVISIONAL)")
        scenarios = vector_file(OUT / "scenarios.gpkg")
        scenarios.setName("no-regret / optie / ongebruikt — no-regret / option / unused")
        scenarios.loadNamedStyle(resource("styles", "allocation_scenarios.qml"))
        mark_centroids(scenarios)
        balance = QgsVectorLayer(str(OUT / "scenario_balance.csv"),
                                 "balans per scenario / balance per scenario", "ogr")
        for layer in (balance, scenarios):
            project.addMapLayer(layer, False)
            group.insertLayer(0, layer)
        group.setItemVisibilityChecked(False)
        layers["scenarios"] = scenarios
    if (OUT / "regional_value.tif").exists():
        regional = QgsRasterLayer(str(OUT / "regional_value.tif"),
                                  "regionale meerwaarde: bereikbaarheid per trein en fiets / "
                                  "regional value: access by train and bicycle")
        regional.loadNamedStyle(resource("styles", "score.qml"))
        project.addMapLayer(regional, False)
        reference.insertLayer(len(reference.children()), regional).setItemVisibilityChecked(
            False)
    write_canvas = set_project_view(project, vector("drenthe").extent().buffered(1000))
    try:
        project.write(str(OUT / "ruimte-drenthe.qgz"))
    finally:
        project.writeProject.disconnect(write_canvas)
    return project, layers


def set_project_view(project, extent):
    """The project opens zoomed to the province: its default view extent and full extent
    (project view settings) and, as a desktop QGIS would store it, the main map canvas's extent
    and CRS. Returns the slot that writes the canvas; disconnect it after writing."""
    from qgis.core import QgsMapSettings, QgsReferencedRectangle
    from qgis.PyQt.QtCore import QSize
    view = QgsReferencedRectangle(extent, project.crs())
    project.viewSettings().setDefaultViewExtent(view)
    project.viewSettings().setPresetFullExtent(view)

    def write_canvas(doc):              # QDomDocument is shared: the project's own document
        settings = QgsMapSettings()
        settings.setDestinationCrs(project.crs())
        settings.setOutputSize(QSize(1000, 1000))
        settings.setExtent(extent)
        canvas = doc.createElement("mapcanvas")
        canvas.setAttribute("name", "theMapCanvas")
        canvas.setAttribute("annotationsVisible", "1")
        doc.elementsByTagName("qgis").item(0).appendChild(canvas)
        settings.writeXml(canvas, doc)

    project.writeProject.connect(write_canvas)
    return write_canvas


def render_map(project, layers, row, path):
    """The suitability map of one profile, with its located sites."""
    suitability = layers[(row["profile"], "suitability")]
    located = [layers[(row["profile"], "located")]] if (row["profile"], "located") in layers \
        else []
    render_layout(project, layers, path,
                  f"{row['name_nl']} — geschiktheid in Drenthe ({PIXEL:g} m)",
                  ("VOORLOPIG / PROVISIONAL: essential criteria not assessed. "
                   if row["essential_missing"] else "") +
                  f"{row['name_en']}. Excluded {row['excluded_pct']:.1f} % of the province; "
                  f"suitability >= {GOOD}: {row['good_pct']:.1f} %; best municipality "
                  f"{row['best_municipality']}; {row['located']} sites located (numbered "
                  f"by rank). Grid areas illustrative. NOT ASSESSED (no data; * essential): "
                  f"{', '.join(row['left_out']) or '-'}.", located, suitability)


def render_programme(project, layers, balance, path):
    """The illustrative programme: allocated pieces coloured by profile."""
    demand = sum(float(b["demand_ha"]) for b in balance)
    allocated = sum(float(b["alloc_ha"]) for b in balance)
    short = [f"{b['profile']} {float(b['short_ha']):.0f} ha" for b in balance
             if float(b["short_ha"]) > 0.05]
    render_layout(project, layers, path,
                  "Programma (illustratief) — toewijzing in Drenthe",
                  f"ILLUSTRATIVE programme of {demand:.0f} ha over 7 company profiles in two "
                  f"tiers, allocated over the located candidate sites (ruimte:allocate, "
                  f"optimal): {allocated:.0f} ha allocated; short: {', '.join(short) or '-'}.",
                  [layers["allocation"]], None)


def mark_centroids(layer, size_mm=2.8):
    """Add a circle in each category's colour at every site's centroid: sites of a few hectares
    are specks on a map of the province."""
    from qgis.core import QgsCentroidFillSymbolLayer, QgsMarkerSymbol
    renderer = layer.renderer()
    for i, category in enumerate(renderer.categories()):
        symbol = category.symbol().clone()
        marker = QgsMarkerSymbol.createSimple({
            "name": "circle", "color": symbol.color().name(), "outline_color": "40,40,40",
            "outline_width": "0.2", "size": f"{size_mm}"})
        centroid = QgsCentroidFillSymbolLayer()
        centroid.setSubSymbol(marker)
        symbol.appendSymbolLayer(centroid)
        renderer.updateCategorySymbol(i, symbol)


def render_scenarios(project, layers, scenario_balance, path):
    """The programme under demand scenarios: candidates coloured no-regret / option / unused."""
    totals = {}
    for b in scenario_balance:
        totals[b["scenario"]] = totals.get(b["scenario"], 0.0) + float(b["alloc_ha"] or 0)
    render_layout(project, layers, path,
                  "Programma onder vraagscenario's (VOORLOPIG) — no-regret en opties",
                  "PROVISIONAL (zoning not assessed: no houses in the demo data). ILLUSTRATIVE "
                  "programme, tier-2 demand scaled per scenario (ruimte:allocatescenarios, "
                  "optimal); allocated: " + ", ".join(f"{n} {ha:.0f} ha" for n, ha in
                                                      totals.items()) +
                  ". Dark green: used in every scenario; amber: in some only.",
                  [layers["scenarios"]], None)


def render_layout(project, layers, path, title_text, subtitle_text, overlays, suitability):
    """A print layout with title, map, legend and scale bar over the reference layers,
    exported as PNG."""
    from qgis.core import (QgsLayoutExporter, QgsLayoutItemLabel, QgsLayoutItemLegend,
                           QgsLayoutItemMap, QgsLayoutItemScaleBar, QgsLayoutPoint,
                           QgsLayoutSize, QgsLegendStyle, QgsMapLayerLegendUtils,
                           QgsPrintLayout, QgsUnitTypes)
    from qgis.PyQt.QtGui import QFont

    from ruimte_plugin.postprocess import installed_font_family
    family = installed_font_family()
    mm = QgsUnitTypes.LayoutMillimeters
    # drawn above the white mask over the land outside the province: the province outline, the
    # roads and junctions that give access, and the Natura 2000 areas across the border (they
    # count for nitrogen); below it: what lies inside the province only
    above = [layers[n] for n in ("drenthe", "ramps", "motorways", "natura2000")]
    below = [layers[n] for n in ("outside", "gemeenten", "nationaal_park", "nnn")]
    base = [suitability] if suitability is not None else []
    layout = QgsPrintLayout(project)
    layout.initializeDefaults()                      # A4 landscape
    title = QgsLayoutItemLabel(layout)
    title.setText(title_text)
    title.setFont(QFont(family, 16, QFont.Bold))
    title.attemptMove(QgsLayoutPoint(8, 6, mm))
    title.attemptResize(QgsLayoutSize(280, 10, mm))
    layout.addLayoutItem(title)
    subtitle = QgsLayoutItemLabel(layout)
    subtitle.setText(subtitle_text)
    subtitle.setFont(QFont(family, 8))
    subtitle.attemptMove(QgsLayoutPoint(8, 16, mm))
    subtitle.attemptResize(QgsLayoutSize(280, 8, mm))
    layout.addLayoutItem(subtitle)
    item = QgsLayoutItemMap(layout)
    item.setLayers(overlays + above + below + base)
    item.attemptMove(QgsLayoutPoint(8, 26, mm))
    item.attemptResize(QgsLayoutSize(200, 176, mm))
    extent = vector("drenthe").extent().buffered(1000)
    item.setExtent(extent)                      # may resize the item to the extent's shape,
    item.attemptResize(QgsLayoutSize(200, 176, mm))
    item.zoomToExtent(extent)                   # so size it again and fit the extent inside
    item.setFrameEnabled(True)
    layout.addLayoutItem(item)
    legend = QgsLayoutItemLegend(layout)
    legend.setTitle("Legenda / legend")
    legend.setLinkedMap(item)
    legend.setAutoUpdateModel(False)
    root = legend.model().rootGroup()
    root.clear()
    for layer in overlays + base + [layers[n] for n in ("natura2000", "nnn", "drenthe",
                                                        "gemeenten", "motorways", "ramps",
                                                        "nationaal_park")]:
        node = root.addLayer(layer)             # long names on several lines, not cut off
        node.setCustomProperty("legend/title-label", "\n".join(textwrap.wrap(layer.name(), 48)))
        if layer is suitability:                  # drop the "Band 1: ..." line
            QgsMapLayerLegendUtils.setLegendNodeOrder(node, [1])
        legend.model().refreshLayerLegend(node)
    legend.attemptMove(QgsLayoutPoint(214, 26, mm))
    legend.setStyleFont(QgsLegendStyle.Title, QFont(family, 10, QFont.Bold))
    legend.setStyleFont(QgsLegendStyle.Subgroup, QFont(family, 9))
    legend.setStyleFont(QgsLegendStyle.SymbolLabel, QFont(family, 8))
    layout.addLayoutItem(legend)
    bar = QgsLayoutItemScaleBar(layout)
    bar.setStyle("Single Box")
    bar.setLinkedMap(item)
    bar.applyDefaultSize()
    bar.setUnits(QgsUnitTypes.DistanceKilometers)
    bar.setUnitLabel("km")
    bar.setNumberOfSegments(4)
    bar.setUnitsPerSegment(5)
    bar.attemptMove(QgsLayoutPoint(214, 185, mm))
    layout.addLayoutItem(bar)
    settings = QgsLayoutExporter.ImageExportSettings()
    settings.dpi = 110
    settings.exportMetadata = False          # PNG cannot take GDAL metadata
    from osgeo import gdal
    gdal.PushErrorHandler("CPLQuietErrorHandler")   # QGIS tries to georeference the PNG
    try:
        result = QgsLayoutExporter(layout).exportToImage(str(path), settings)
    finally:
        gdal.PopErrorHandler()
    if result != QgsLayoutExporter.Success:
        sys.exit(f"could not render {path}")
