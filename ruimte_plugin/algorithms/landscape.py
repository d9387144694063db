"""ruimte:landscape — protected areas, valued landscape and the visual impact of a building."""

from qgis.core import (QgsFeature, QgsFeatureSink, QgsProcessing, QgsProcessingParameterBoolean,
                       QgsProcessingParameterFeatureSink, QgsProcessingParameterFeatureSource,
                       QgsProcessingParameterMultipleLayers,
                       QgsProcessingParameterRasterDestination,
                       QgsProcessingParameterRasterLayer, QgsProcessingParameterString,
                       QgsRectangle)

from ..core.criteria.landscape import (DEFAULT_BUILDING_HEIGHT, DEFAULT_EYE_HEIGHT,
                                       DEFAULT_RING_WEIGHTS, LandscapeRule,
                                       landscape_values, parse_value_table, ring_radii)
from ..core.errors import InputError
from ..core.weights import format_weights
from ..i18n import tr
from .analysis_grid import LayerExtent
from .base import RuimteAlgorithm, input_for
from .fields import extend_fields
from .layers import usable_features
from .packages import load_rasterio_io


class LandscapeAlgorithm(RuimteAlgorithm):
    group_id = "criteria"
    PROTECTED = "PROTECTED"
    VALUED = "VALUED"
    VALUE_FIELD = "VALUE_FIELD"
    VALUE_TABLE = "VALUE_TABLE"
    PROTECTED_IN_IMPACT = "PROTECTED_IN_IMPACT"
    BUILDING_HEIGHT = "BUILDING_HEIGHT"
    RING_WEIGHTS = "RING_WEIGHTS"
    VALUE_WEIGHT = "VALUE_WEIGHT"
    IMPACT_WEIGHT = "IMPACT_WEIGHT"
    DEM = "DEM"
    SITES = "SITES"
    EYE_HEIGHT = "EYE_HEIGHT"
    OUTPUT = "OUTPUT"
    IMPACT = "IMPACT"
    CONSTRAINT = "CONSTRAINT"
    SITES_OUTPUT = "SITES_OUTPUT"

    def name(self):
        return "landscape"

    def displayName(self):  # noqa: N802
        return tr("Landscape and visual impact")

    def shortDescription(self):  # noqa: N802
        return tr("Excludes protected nature, penalises valued landscape and the visual impact "
                  "a tall building has on it.")

    def tags(self):
        return tr("landschap,verdozing,zichtbaarheid,viewshed,Nationaal Landschap,NNN,"
                  "Natura 2000,landscape,visual impact,openness").split(",")

    def shortHelpString(self):  # noqa: N802
        r20, r30, r40 = (ring_radii(h) for h in (20, 30, 40))
        return tr(
            "<p><b>PROTECTED</b> polygons (Natura 2000, NNN, UNESCO core zones) are hard "
            "exclusions: score 0, CONSTRAINT 0. <b>VALUED</b> polygons (Nationale Landschappen, "
            "national parks, provincial core qualities, openness) carry a value V from 0 to 1: "
            "VALUE_FIELD (numbers 0-1, or classes mapped by VALUE_TABLE such as "
            "<code>hoog:1,midden:0.6,laag:0.3</code>); without a field V = 1. Overlaps take "
            "the highest value; a cell takes the polygons that contain its centre.</p>"
            "<p><b>Visual impact</b>: a building of height h subtends atan(h/d) at distance d, "
            "so it dominates the view up to d = h / tan(&theta;) for the view-angle classes "
            "10&deg;, 2&deg;, 0.8&deg; and 0.4&deg; (WUR, for wind turbines). Rings for 20, 30 "
            "and 40 m: {}; {}; {} m. IMPACT at a cell = &Sigma; w<sub>k</sub> &middot; valued "
            "area in ring k / &Sigma; w<sub>k</sub> &middot; ring area (0-1), with RING_WEIGHTS "
            "w (default 1, 0.5, 0.2, 0.1: an assumption) - one FFT focal sum over the grid. "
            "Protected areas count as valued (V = 1) for the impact unless "
            "PROTECTED_IN_IMPACT is off.</p>"
            "<p><b>Score</b> = 0 on protected land, else (1 &minus; VALUE_WEIGHT &middot; V) "
            "&middot; (1 &minus; IMPACT_WEIGHT &middot; IMPACT).</p>"
            "<p><b>With a DEM and SITES</b> (points, or polygons at a point on their surface): "
            "per site a viewshed (GDAL, observer on the roof at BUILDING_HEIGHT above the "
            "ground, viewer at EYE_HEIGHT, refraction 0.857) keeps only the valued land that "
            "actually sees the building. SITES_OUTPUT gets impact_visible, impact_flat, "
            "visible_share (share of the ring area that sees the building) and dem_coverage. "
            "Land the DEM does not cover counts as not visible. Use a DSM (with buildings and "
            "trees) for what people see, a DTM for the bare relief.</p>"
            "<p>Sources: the view-angle classes of Wageningen University &amp; Research (WUR) "
            "for wind turbines (opengis.wur.nl), rings of own geometry; College van "
            "Rijksadviseurs (2019) "
            "on XXL 'verdozing'.</p>").format(
            ", ".join(f"{r:.0f}" for r in r20), ", ".join(f"{r:.0f}" for r in r30),
            ", ".join(f"{r:.0f}" for r in r40))

    def initAlgorithm(self, config=None):  # noqa: N802
        self.add(QgsProcessingParameterMultipleLayers(self.PROTECTED, tr("Protected areas "
                                                                         "(excluded)"),
                                                      QgsProcessing.TypeVectorPolygon,
                                                      optional=True),
                 tr("Polygon layers that exclude: Natura 2000, NNN, UNESCO core zones."))
        self.add(QgsProcessingParameterMultipleLayers(self.VALUED, tr("Valued landscape"),
                                                      QgsProcessing.TypeVectorPolygon,
                                                      optional=True),
                 tr("Polygon layers that penalise: Nationale Landschappen, national parks, "
                    "provincial core qualities, open landscape."))
        self.add(QgsProcessingParameterString(self.VALUE_FIELD, tr("Value field"),
                                              optional=True),
                 tr("Field (in the valued layers that have it) with the landscape value: 0-1, "
                    "or classes mapped by the value table. Empty: value 1."))
        self.add(QgsProcessingParameterString(self.VALUE_TABLE, tr("Value table (class:value)"),
                                              optional=True),
                 tr("Maps classes to 0-1, e.g. hoog:1,midden:0.6,laag:0.3, or with decimal "
                    "commas separated by ';': hoog:1;midden:0,6;laag:0,3."), advanced=True)
        self.add(QgsProcessingParameterBoolean(self.PROTECTED_IN_IMPACT,
                                               tr("Protected areas count as valued for the "
                                                  "impact"), True),
                 tr("Being visible from Natura 2000 and NNN counts too: they take value 1 in "
                    "the impact."), advanced=True)
        self.add_number(self.BUILDING_HEIGHT, tr("Building height (m)"),
                        tr("Height of the building. Default 30 m (assumption: the worked "
                           "example of this help; automated XXL distribution centres "
                           "reach 25-40 m)."), default=DEFAULT_BUILDING_HEIGHT, minimum=0)
        self.add(QgsProcessingParameterString(self.RING_WEIGHTS, tr("Ring weights"),
                                              format_weights(DEFAULT_RING_WEIGHTS)),
                 tr("Weights of the 10°, 2°, 0.8° and 0.4° rings (assumption: 1,0.5,0.2,0.1), "
                    "separated by ',' or, with decimal commas, by ';' (1;0,5;0,2;0,1)."),
                 advanced=True)
        self.add_number(self.VALUE_WEIGHT, tr("Weight of the value at the site"),
                        tr("0-1: how much building in valued landscape itself costs."),
                        default=1.0, minimum=0, maximum=1, advanced=True)
        self.add_number(self.IMPACT_WEIGHT, tr("Weight of the visual impact"),
                        tr("0-1: how much being seen from valued landscape costs."),
                        default=1.0, minimum=0, maximum=1, advanced=True)
        self.add(QgsProcessingParameterRasterLayer(self.DEM, tr("Elevation model (DSM/DTM)"),
                                                   optional=True),
                 tr("For the per-site viewshed, e.g. AHN (m NAP)."))
        self.add(QgsProcessingParameterFeatureSource(
            self.SITES, tr("Candidate sites (for the viewshed)"),
            [QgsProcessing.TypeVectorPoint, QgsProcessing.TypeVectorPolygon], optional=True),
            tr("Points or polygons; each gets a viewshed from a point on its surface."))
        self.add_number(self.EYE_HEIGHT, tr("Viewer eye height (m)"),
                        tr("Height of a viewer above the ground (assumption: 1.6 m)."),
                        default=DEFAULT_EYE_HEIGHT, minimum=0, advanced=True)
        self.add_grid_parameters(extent_help=tr("Empty: the extent of the protected and valued "
                                                "layers together."))
        self.add(QgsProcessingParameterRasterDestination(self.OUTPUT, tr("Landscape score")),
                 tr("Score 0-1."))
        self.add(QgsProcessingParameterRasterDestination(
            self.IMPACT, tr("Visual impact (0-1)"), optional=True, createByDefault=True),
            tr("Ring-weighted share of valued landscape around each cell."))
        self.add(QgsProcessingParameterRasterDestination(
            self.CONSTRAINT, tr("Landscape constraint (0 = protected)"), optional=True,
            createByDefault=False), tr("0 on protected land, 1 elsewhere."))
        self.add(QgsProcessingParameterFeatureSink(
            self.SITES_OUTPUT, tr("Sites with visible impact"), QgsProcessing.TypeVectorAnyGeometry,
            optional=True, createByDefault=True), tr("The sites with the viewshed fields."))

    def _rule(self, parameters, context):
        return self.validated_rule(
            LandscapeRule, parameters, context,
            dict(height=self.BUILDING_HEIGHT, ring_weights=self.RING_WEIGHTS,
                 value_weight=self.VALUE_WEIGHT, impact_weight=self.IMPACT_WEIGHT),
            ring_weights=self.number_list(parameters, self.RING_WEIGHTS, context))

    def _polygons(self, layers, crs, context, feedback, name, field=None, table=None):
        """(wkbs, values) of every polygon in ``layers``; values from ``field`` when present."""
        wkbs, values = [], []
        for layer in layers:
            fields = (field,) if field and layer.fields().indexOf(field) >= 0 else ()
            if field and not fields:
                feedback.pushInfo(tr("Layer '{}' has no field '{}': value 1.").format(
                    layer.name(), field))
            data = self.read_vector(layer, crs, context, name, feedback, fields=fields,
                                    geometry="polygon")
            wkbs += data.wkbs
            raw = data.attributes[field] if fields else [None] * len(data.wkbs)
            with input_for(table=self.VALUE_TABLE, values=self.VALUE_FIELD):
                values += landscape_values(raw, table)
        return wkbs, values

    def execute(self, parameters, context, feedback):
        load_rasterio_io()
        from ..core.convolution import ConvolutionField
        from ..core.rasterize import FeatureSet

        rule = self._rule(parameters, context)
        protected = self.parameterAsLayerList(parameters, self.PROTECTED, context)
        valued = self.parameterAsLayerList(parameters, self.VALUED, context)
        if not protected and not valued:
            raise InputError(tr("give at least one protected or valued landscape layer"),
                             self.VALUED)
        extent = QgsRectangle()
        for name, layers in ((self.PROTECTED, protected), (self.VALUED, valued)):
            for layer in layers:
                self.check_degrees(layer.crs(), layer.extent(), layer.name(), name)
        for layer in protected + valued:
            extent.combineExtentWith(self.transform_extent(layer.extent(), layer.crs(),
                                                           protected[0].crs() if protected
                                                           else valued[0].crs(), context))
        grid, crs = self.analysis_grid(parameters, context, fallback_extent=LayerExtent(
            extent, (protected + valued)[0].crs()))
        field = self.optional_string(parameters, self.VALUE_FIELD, context)
        with input_for(self.VALUE_TABLE):
            table = parse_value_table(self.optional_string(parameters, self.VALUE_TABLE,
                                                           context))
        p_wkbs, _ = self._polygons(protected, crs, context, feedback, self.PROTECTED)
        v_wkbs, v_values = self._polygons(valued, crs, context, feedback, self.VALUED, field,
                                          table)
        protected_set = FeatureSet(p_wkbs)
        valued_set = FeatureSet(v_wkbs)
        in_impact = self.parameterAsBool(parameters, self.PROTECTED_IN_IMPACT, context)
        seen_set = FeatureSet(v_wkbs + (p_wkbs if in_impact else []))
        seen_values = v_values + ([1.0] * len(p_wkbs) if in_impact else [])
        cell_ha = grid.cell_area / 1e4

        def seen_value(g, window):
            return seen_set.values(g, window, seen_values, fill=0.0)

        outputs = [(self.OUTPUT, self.output_file(parameters, self.OUTPUT, context),
                    tr("landscape score 0-1"), "score.qml"),
                   (self.IMPACT, self.optional_output(parameters, self.IMPACT, context),
                    tr("visual impact 0-1 (ring-weighted share of valued landscape)"),
                    "score.qml"),
                   (self.CONSTRAINT, self.optional_output(parameters, self.CONSTRAINT, context),
                    tr("landscape constraint: 0 = protected"), "constraint.qml")]
        impact = ConvolutionField(grid, lambda g, w: seen_value(g, w) * cell_ha,
                                  rule.kernel_image, rule.reach,
                                  progress=self.progress(feedback, 0, 40),
                                  threads=self.threads())
        feedback.pushInfo(tr("Building {:g} m: rings {} m; {} protected and {} valued polygons; "
                             "impact on {:g} m cells.").format(
            rule.height, ", ".join(f"{r:.0f}" for r in rule.radii), len(p_wkbs), len(v_wkbs),
            grid.res_x * impact.factor))

        def compute(window):
            is_protected = protected_set.mask(grid, window)
            here = valued_set.values(grid, window, v_values, fill=0.0)
            imp = impact.compute(window)
            return (rule.score(here, imp, is_protected), imp,
                    (~is_protected).astype("float32"))

        conventions = rule.conventions()
        conventions["impact_cell_factor"] = impact.factor
        tags = self.provenance(parameters, context, conventions,
                               [layer.source() for layer in protected + valued])
        results = self.write_rasters(context, feedback, grid, compute, outputs, tags,
                                     progress=self.progress(feedback, 40, 90),
                                     threads=self.threads())
        results.update(self._sites(parameters, context, feedback, rule, crs, seen_value))
        return results

    def _sites(self, parameters, context, feedback, rule, crs, seen_value):
        """Per-site viewshed impact (needs DEM and SITES)."""
        sites = self.parameterAsSource(parameters, self.SITES, context)
        dem = self.parameterAsRasterLayer(parameters, self.DEM, context)
        if sites is None:
            return {}
        if dem is None:
            raise InputError(tr("the per-site viewshed needs an elevation model"), self.DEM)
        from ..core.criteria.landscape import site_viewshed_impact
        from ..core.grid import Window

        dem_path = self.raster_file(dem, self.DEM)
        dem_crs = self.projected_crs(dem.crs(), self.DEM)
        if dem_crs != crs:
            raise InputError(tr("the elevation model is in {}, the analysis in {}; reproject the "
                                "elevation model to the target CRS first").format(
                dem_crs.authid(), crs.authid()), self.DEM)
        eye = self.parameterAsDouble(parameters, self.EYE_HEIGHT, context)
        fields = extend_fields(sites.fields(), [
            ("impact_visible", "double"), ("impact_flat", "double"),
            ("visible_share", "double"), ("dem_coverage", "double")])
        from qgis.core import QgsCoordinateTransform
        from ..core.errors import Cancelled
        to_dem = QgsCoordinateTransform(sites.sourceCrs(), dem_crs, context.transformContext())
        features = usable_features(sites)
        rows = []                      # everything is computed before the output is created
        for i, feature in enumerate(features):
            if feedback.isCanceled():
                raise Cancelled()
            point = to_dem.transform(feature.geometry().pointOnSurface().asPoint())
            stats = site_viewshed_impact(
                dem_path, point.x(), point.y(), rule,
                lambda g: seen_value(g, Window(0, 0, g.height, g.width)), eye)
            rows.append([stats["impact_visible"], stats["impact_flat"], stats["visible_share"],
                         stats["dem_coverage"]])
            feedback.setProgress(90 + 10 * (i + 1) / max(len(features), 1))
        sink, dest = self.feature_sink(parameters, self.SITES_OUTPUT, context, fields,
                                          sites.wkbType(), sites.sourceCrs())
        if sink is None:
            return {}
        for feature, values in zip(features, rows):
            out = QgsFeature(fields)
            out.setGeometry(feature.geometry())
            out.setAttributes(feature.attributes() + values)
            sink.addFeature(out, QgsFeatureSink.FastInsert)
        return {self.SITES_OUTPUT: dest}
