"""Styles and a layer group for outputs that QGIS loads when an algorithm finishes.

Under qgis_process and inside models nothing is loaded, so this is a no-op there."""

from qgis.core import (QgsColorRampShader, QgsGradientColorRamp,
                       QgsProcessingLayerPostProcessorInterface, QgsProject, QgsRasterShader,
                       QgsSingleBandPseudoColorRenderer)
from qgis.PyQt.QtGui import QColor

from .i18n import tr
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


def installed_font_family():
    """A font family installed on this computer for labels saved in projects and styles: a
    common sans-serif system family, else the application's font. (Without a screen, Qt's
    default is 'DejaVu LGC Sans', a name no system has: a project saved with it warns about a
    missing font when opened.)"""
    from qgis.PyQt.QtGui import QFont, QFontDatabase
    families = set(QFontDatabase().families())
    # system fonts first: QGIS 3.40 registers its own bundled fonts (e.g. Open Sans) in the
    # application, and a desktop that lacks them tries to download them when a project opens
    for family in ("DejaVu Sans", "Liberation Sans", "Arial", "Noto Sans", QFont().family(),
                   "Sans Serif"):
        if family in families:
            return family
    return QFont().family()


def rank_label_format():
    """Bold 10 pt black with a white halo: a rank stays readable on any score colour."""
    from qgis.core import QgsTextBufferSettings, QgsTextFormat
    from qgis.PyQt.QtGui import QFont
    text = QgsTextFormat()
    font = QFont(installed_font_family())
    font.setBold(True)
    text.setFont(font)
    text.setSize(10)
    text.setColor(QColor(20, 20, 20))
    halo = QgsTextBufferSettings()
    halo.setEnabled(True)
    halo.setSize(1.0)
    halo.setColor(QColor(255, 255, 255))
    text.setBuffer(halo)
    return text


def apply_sites_style(layer, label_field="rank"):
    """Candidate sites: graduated red-to-green by score, excluded sites hatched, rank labels."""
    from qgis.core import (QgsFillSymbol, QgsLinePatternFillSymbolLayer, QgsPalLayerSettings,
                           QgsRuleBasedRenderer, QgsVectorLayerSimpleLabeling)
    root = QgsRuleBasedRenderer.Rule(None)
    if layer.fields().indexOf("excluded") >= 0:
        hatched = QgsFillSymbol.createSimple({"color": "0,0,0,0", "outline_color": "178,24,43",
                                              "outline_width": "0.4"})
        lines = QgsLinePatternFillSymbolLayer()
        lines.setLineAngle(45)
        lines.setDistance(1.5)
        lines.setColor(QColor(178, 24, 43))
        hatched.appendSymbolLayer(lines)
        root.appendChild(QgsRuleBasedRenderer.Rule(hatched, 0, 0, '"excluded" = 1',
                                                   tr("excluded")))
    score = "score" if layer.fields().indexOf("score") >= 0 else "mean_score"
    classes = [(0.0, 0.2, "215,25,28"), (0.2, 0.4, "253,174,97"), (0.4, 0.6, "255,255,191"),
               (0.6, 0.8, "166,217,106"), (0.8, 1.01, "26,150,65")]
    for low, high, color in classes:
        condition = f'"{score}" >= {low} AND "{score}" < {high}'
        if layer.fields().indexOf("excluded") >= 0:
            condition = f'"excluded" = 0 AND {condition}'
        symbol = QgsFillSymbol.createSimple({"color": color + ",200", "outline_color": "50,50,50",
                                             "outline_width": "0.3"})
        root.appendChild(QgsRuleBasedRenderer.Rule(symbol, 0, 0, condition,
                                                   tr("score {:.1f}-{:.1f}").format(
                                                       low, min(high, 1))))
    layer.setRenderer(QgsRuleBasedRenderer(root))
    if layer.fields().indexOf(label_field) >= 0:
        settings = QgsPalLayerSettings()
        settings.fieldName = label_field
        if layer.fields().indexOf("excluded") >= 0:     # excluded sites: hatched, no rank
            settings.isExpression = True
            settings.fieldName = f'if("excluded" = 1, NULL, "{label_field}")'
        settings.setFormat(rank_label_format())
        settings.enabled = True
        layer.setLabeling(QgsVectorLayerSimpleLabeling(settings))
        layer.setLabelsEnabled(True)


def apply_parkfit_style(layer):
    """Parks: green = fits, red = does not, grey = unknown; a blue outline marks parks to keep
    for other firms (HMC, water-bound)."""
    from qgis.core import QgsFillSymbol, QgsRuleBasedRenderer
    root = QgsRuleBasedRenderer.Rule(None)
    for condition, color, label in (('"fits" = 1', "26,150,65", "fits"),
                                    ('"fits" = 0', "215,25,28", "does not fit"),
                                    ('"fits" IS NULL', "170,170,170", "unknown")):
        symbol = QgsFillSymbol.createSimple({"color": color + ",180", "outline_color": "60,60,60",
                                             "outline_width": "0.3"})
        root.appendChild(QgsRuleBasedRenderer.Rule(symbol, 0, 0, condition, label))
    keep = QgsFillSymbol.createSimple({"color": "0,0,0,0", "outline_color": "33,102,172",
                                       "outline_width": "1.2"})
    root.appendChild(QgsRuleBasedRenderer.Rule(keep, 0, 0, '"reserve" <> \'\'',
                                               "keep for firms that need it"))
    layer.setRenderer(QgsRuleBasedRenderer(root))


#: one colour per built-in profile, the same on every map
PROFILE_COLOURS = {"xxl_logistics": "31,120,180", "recycling": "51,160,44",
                   "h2_electrolyser_100mw": "106,61,154", "data_centre": "255,127,0",
                   "hmc_heavy_industry": "227,26,28", "water_bound_bulk": "166,206,227",
                   "mkb_park": "251,154,153"}


def apply_evidence_style(layer, total):
    """Paletted: 'k of n criteria assessed', grey for none, amber for partial, green for all."""
    from qgis.core import QgsPalettedRasterRenderer
    classes = []
    for k in range(total + 1):
        colour = QColor("#1a9850") if k == total else (
            QColor("#bdbdbd") if k == 0 else QColor("#fdae61"))
        classes.append(QgsPalettedRasterRenderer.Class(
            k, colour, tr("{} of {} criteria assessed").format(k, total)))
    layer.setRenderer(QgsPalettedRasterRenderer(layer.dataProvider(), 1, classes))


def profile_label(profile_id):
    """A built-in profile's name in the user's language; other ids as they are."""
    from .core.errors import InputError
    from .core.profiles import builtin_profile
    from .i18n import user_language
    try:
        return builtin_profile(profile_id).name(user_language())
    except (InputError, OSError):
        return profile_id


def _centroid_marker(colour, size_mm):
    """A circle at the polygon's centre, so that small sites stay visible on a province map."""
    from qgis.core import QgsCentroidFillSymbolLayer, QgsMarkerSymbol
    layer = QgsCentroidFillSymbolLayer()
    layer.setSubSymbol(QgsMarkerSymbol.createSimple({
        "name": "circle", "color": colour, "outline_color": "40,40,40", "outline_width": "0.2",
        "size": str(size_mm)}))
    layer.setPointOnSurface(True)
    return layer


def apply_allocation_style(layer):
    """Allocated pieces coloured by profile, labelled with their hectares; sites left unused
    grey with a dashed outline."""
    from qgis.core import (QgsFillSymbol, QgsPalLayerSettings, QgsRuleBasedRenderer,
                           QgsVectorLayerSimpleLabeling)
    root = QgsRuleBasedRenderer.Rule(None)
    index = layer.fields().indexOf("profile")
    profiles = sorted(str(v) for v in layer.uniqueValues(index) if v not in (None, "")) \
        if index >= 0 else []
    spare = ["141,211,199", "190,186,218", "253,180,98", "179,222,105", "252,205,229"]
    for n, profile in enumerate(profiles):
        colour = PROFILE_COLOURS.get(profile, spare[n % len(spare)])
        symbol = QgsFillSymbol.createSimple({"color": colour + ",210", "outline_color": "40,40,40",
                                             "outline_width": "0.3"})
        symbol.appendSymbolLayer(_centroid_marker(colour, 2.6))
        quoted = profile.replace("'", "''")
        root.appendChild(QgsRuleBasedRenderer.Rule(symbol, 0, 0, f"\"profile\" = '{quoted}'",
                                                   profile_label(profile)))
    unused = QgsFillSymbol.createSimple({"color": "200,200,200,120", "outline_color": "90,90,90",
                                         "outline_width": "0.3", "outline_style": "dash"})
    unused.appendSymbolLayer(_centroid_marker("200,200,200", 1.6))
    root.appendChild(QgsRuleBasedRenderer.Rule(unused, 0, 0, '"profile" IS NULL',
                                               tr("not used")))
    layer.setRenderer(QgsRuleBasedRenderer(root))
    if layer.fields().indexOf("alloc_ha") >= 0:
        settings = QgsPalLayerSettings()
        settings.fieldName = "CASE WHEN \"alloc_ha\" > 0 THEN format_number(\"alloc_ha\", 1) " \
                             "|| ' ha' END"
        settings.isExpression = True
        settings.setFormat(rank_label_format())     # an installed font, readable on any fill
        settings.enabled = True
        layer.setLabeling(QgsVectorLayerSimpleLabeling(settings))
        layer.setLabelsEnabled(True)


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
        elif self.style == "sites":
            apply_sites_style(layer)
        elif self.style == "parkfit":
            apply_parkfit_style(layer)
        elif self.style == "allocation":
            apply_allocation_style(layer)
        elif self.style.startswith("evidence:"):
            apply_evidence_style(layer, int(self.style.split(":")[1]))
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


def style_on_load(context, path, style, group, name=None):
    """Register the style/group post-processor for ``path`` if QGIS will load it; ``name``
    replaces the layer name (e.g. to say what was not assessed)."""
    if context is None or not context.willLoadLayerOnCompletion(path):
        return
    processor = StylePostProcessor(style, group)
    _POST_PROCESSORS[path] = processor
    details = context.layerToLoadOnCompletionDetails(path)
    details.setPostProcessor(processor)
    if name:
        details.name = name
        if hasattr(details, "forceName"):
            details.forceName = True
