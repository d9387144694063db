"""ruimte:regionalvalue — regional added value and clusters: public transport and bicycle access
for workers, the labour pool within commuting reach, cluster synergy with related firms and
knowledge institutions nearby (maths in core/criteria/regional_value.py)."""

import json

from qgis.core import (QgsProcessing, QgsProcessingOutputNumber, QgsProcessingOutputString,
                       QgsProcessingParameterFeatureSource, QgsProcessingParameterField,
                       QgsProcessingParameterMatrix, QgsProcessingParameterRasterDestination,
                       QgsProcessingParameterRasterLayer, QgsProcessingParameterString)

from ..core.criteria.accessibility import ModeRule
from ..core.criteria.regional_value import (
    COMPONENTS, DEFAULT_BUS, DEFAULT_CLUSTER_FULL, DEFAULT_CLUSTER_M, DEFAULT_COMMUTE_M,
    DEFAULT_KNOWLEDGE, DEFAULT_RELATIONS, DEFAULT_STATION, RELATION_COLUMNS, binned_sums,
    component_label, component_weights, disk_kernel, firm_weights, linear_up, parse_relations,
    point_coordinates, profile_relations, summary, transit_score, weighted_mean)
from ..core.errors import InputError
from ..i18n import tr
from .analysis_grid import LayerExtent
from .base import RuimteAlgorithm, input_for
from .layers import in_degrees
from .packages import load_rasterio_io

#: component -> its optional score output
COMPONENT_OUTPUTS = {"transit": "TRANSIT_SCORE", "labour": "LABOUR_SCORE",
                     "cluster": "CLUSTER_SCORE", "knowledge": "KNOWLEDGE_SCORE"}


class RegionalValueAlgorithm(RuimteAlgorithm):
    group_id = "criteria"
    STATIONS = "STATIONS"
    STATION_IDEAL_M = "STATION_IDEAL_M"
    STATION_MAX_M = "STATION_MAX_M"
    BUS_STOPS = "BUS_STOPS"
    BUS_IDEAL_M = "BUS_IDEAL_M"
    BUS_MAX_M = "BUS_MAX_M"
    POPULATION = "POPULATION"
    COMMUTE_M = "COMMUTE_M"
    POOL_FULL = "POOL_FULL"
    FIRMS = "FIRMS"
    SECTOR_FIELD = "SECTOR_FIELD"
    PROFILE = "PROFILE"
    RELATIONS = "RELATIONS"
    CLUSTER_M = "CLUSTER_M"
    CLUSTER_FULL = "CLUSTER_FULL"
    KNOWLEDGE = "KNOWLEDGE"
    KNOWLEDGE_IDEAL_M = "KNOWLEDGE_IDEAL_M"
    KNOWLEDGE_MAX_M = "KNOWLEDGE_MAX_M"
    WEIGHTS = "WEIGHTS"
    OUTPUT = "OUTPUT"
    ASSESSED = "ASSESSED"
    NOT_ASSESSED = "NOT_ASSESSED"

    def name(self):
        return "regionalvalue"

    def displayName(self):  # noqa: N802
        return tr("Regional added value and clusters")

    def shortDescription(self):  # noqa: N802
        return tr("Scores locations for workers' access by train, bus and bicycle, the labour "
                  "pool within commuting reach, related firms nearby and knowledge institutions "
                  "nearby.")

    def tags(self):
        return tr("regionale meerwaarde,cluster,arbeidsmarkt,station,fiets,kennisinstelling,"
                  "SBI,regional added value,labour market,commuting,knowledge,innovation")\
            .split(",")

    def shortHelpString(self):  # noqa: N802
        return tr(
            "<p>The IPO position paper Ruimte voor economie asks provinces to steer on regional "
            "added value and clusters: jobs that fit the region's workforce, knowledge and "
            "innovation, and work locations that are green, healthy and well reachable for "
            "workers. Four components, each a score 0-1 per cell:</p><ul>"
            "<li><b>Public transport and bicycle</b>: distance to railway STATIONS, 1 up to "
            "1200 m (assumption: walking distance), falling linearly to 0 at 7500 m (KiM, "
            "Mobiliteitsbeeld 2016: 90 % of trips by an ordinary bicycle are shorter than "
            "7.5 km). BUS_STOPS likewise, 400 m / 1000 m (assumptions); with both, the better "
            "score counts.</li>"
            "<li><b>Labour pool</b>: POPULATION (people or jobs per cell, any resolution) summed "
            "over the cells whose centre lies within COMMUTE_M of the cell's centre; 0 at 0, 1 at "
            "POOL_FULL (empty: the largest pool in the analysis extent, so the score is "
            "<i>relative</i> to the area analysed). Default 15 km: CBS StatLine table 85481NED "
            "(Werknemersbanen en reisafstand; woon- en werkregio): mean home-work distance over "
            "the road 19.8 km in 2022, divided by a detour factor 1.3 (assumption). A raster on "
            "another grid is resampled by averaging and rescaled by the cell areas, so the "
            "number of people is kept. People outside the raster count as none: give a raster "
            "that reaches COMMUTE_M beyond the extent.</li>"
            "<li><b>Cluster synergy</b>: FIRMS (points) whose SECTOR_FIELD holds an SBI code (CBS "
            "Standaard Bedrijfsindeling 2008, e.g. 52.10 or 52) starting with a sector of the "
            "PROFILE's rows in RELATIONS count with the row's weight (the largest when several "
            "match); their weighted number within CLUSTER_M (5 km, assumption) scores 0 at 0 "
            "and 1 at CLUSTER_FULL (10, assumption). The default RELATIONS link each built-in "
            "profile to related SBI divisions (assumption: edit the table).</li>"
            "<li><b>Knowledge institutions</b>: distance to KNOWLEDGE (universities, universities "
            "of applied sciences, MBO schools, research institutes), 1 up to 5 km, 0 from 25 km "
            "(assumptions).</li></ul>"
            "<p><b>Every input is optional. A component without input is NOT ASSESSED</b>: it is "
            "left out of the score (never counted as 0 or 1), named in the log, the band "
            "description and the metadata (RUIMTE_EVIDENCE, RUIMTE_REGIONAL), and in the outputs "
            "ASSESSED (how many components) and NOT_ASSESSED. A layer without features counts as "
            "no input. Cluster synergy needs FIRMS and a PROFILE.</p>"
            "<p>Score = the weighted mean of the assessed components (WEIGHTS: four numbers in "
            "the order transit, labour, cluster, knowledge; empty: equal, an assumption), "
            "renormalised over the assessed ones. Distances are straight lines from cell centre "
            "to cell centre (as gdal:proximity); features and people just outside the extent "
            "count.</p>")

    def initAlgorithm(self, config=None):  # noqa: N802
        point = [QgsProcessing.TypeVectorPoint]
        self.add(QgsProcessingParameterFeatureSource(self.STATIONS, tr("Railway stations"),
                                                     point, optional=True),
                 tr("Train stations as points (e.g. TOP10NL 'treinstation')."))
        self.add_number(self.STATION_IDEAL_M, tr("Station: full score within (m)"),
                        tr("Default 1200 m (assumption: within walking distance)."),
                        default=DEFAULT_STATION[0], minimum=0)
        self.add_number(self.STATION_MAX_M, tr("Station: zero score from (m)"),
                        tr("Default 7500 m: 90 % of trips by an ordinary bicycle are shorter "
                           "(KiM, Mobiliteitsbeeld 2016)."), default=DEFAULT_STATION[1],
                        minimum=0)
        self.add(QgsProcessingParameterFeatureSource(self.BUS_STOPS, tr("Bus stops"), point,
                                                     optional=True),
                 tr("Bus stops as points; with STATIONS the better of the two scores counts."))
        self.add_number(self.BUS_IDEAL_M, tr("Bus stop: full score within (m)"),
                        tr("Default 400 m (assumption)."), default=DEFAULT_BUS[0], minimum=0,
                        advanced=True)
        self.add_number(self.BUS_MAX_M, tr("Bus stop: zero score from (m)"),
                        tr("Default 1000 m (assumption)."), default=DEFAULT_BUS[1], minimum=0,
                        advanced=True)
        self.add(QgsProcessingParameterRasterLayer(self.POPULATION, tr("Population or jobs"),
                                                   optional=True),
                 tr("People (or jobs) per cell, e.g. the CBS 100 m grid; any resolution in a "
                    "projected CRS."))
        self.add_number(self.COMMUTE_M, tr("Commuting reach (m)"),
                        tr("Default 15000 m: CBS StatLine 85481NED, mean home-work distance over "
                           "the road 19.8 km (2022), divided by a detour factor 1.3 "
                           "(assumption)."), default=DEFAULT_COMMUTE_M, minimum=1)
        self.add_number(self.POOL_FULL, tr("Labour pool for full score"),
                        tr("People within reach that score 1. Empty: the largest pool in the "
                           "analysis extent (a relative score)."), optional=True, minimum=0)
        self.add(QgsProcessingParameterFeatureSource(self.FIRMS, tr("Firms"), point,
                                                     optional=True),
                 tr("Establishments as points with an SBI code, e.g. from the LISA or KvK "
                    "register."))
        self.add(QgsProcessingParameterField(self.SECTOR_FIELD, tr("SBI code field"), None,
                                             self.FIRMS, optional=True),
                 tr("Field of FIRMS with the SBI code (52.10, 5210 or 52)."))
        self.add(QgsProcessingParameterString(self.PROFILE, tr("Company profile id"),
                                              optional=True),
                 tr("The profile whose related sectors count (e.g. xxl_logistics); its rows in "
                    "RELATIONS. Empty: cluster synergy is not assessed."))
        default = [v for row in DEFAULT_RELATIONS for v in row]
        self.add(QgsProcessingParameterMatrix(
            self.RELATIONS, tr("Related sectors per profile"), numberRows=len(DEFAULT_RELATIONS),
            hasFixedNumberRows=False, headers=list(RELATION_COLUMNS), defaultValue=default,
            optional=True),
            tr("Rows of profile, SBI sector code, weight. The defaults link each built-in "
               "profile to related SBI divisions (assumption; edit them)."))
        self.add_number(self.CLUSTER_M, tr("Cluster radius (m)"),
                        tr("Default 5000 m (assumption)."), default=DEFAULT_CLUSTER_M, minimum=1)
        self.add_number(self.CLUSTER_FULL, tr("Related firms for full score"),
                        tr("Default 10 (assumption)."), default=DEFAULT_CLUSTER_FULL,
                        minimum=0.001)
        self.add(QgsProcessingParameterFeatureSource(self.KNOWLEDGE,
                                                     tr("Knowledge institutions"), point,
                                                     optional=True),
                 tr("Universities, universities of applied sciences, MBO schools, research "
                    "institutes as points."))
        self.add_number(self.KNOWLEDGE_IDEAL_M, tr("Knowledge: full score within (m)"),
                        tr("Default 5000 m (assumption)."), default=DEFAULT_KNOWLEDGE[0],
                        minimum=0, advanced=True)
        self.add_number(self.KNOWLEDGE_MAX_M, tr("Knowledge: zero score from (m)"),
                        tr("Default 25000 m (assumption)."), default=DEFAULT_KNOWLEDGE[1],
                        minimum=0, advanced=True)
        self.add(QgsProcessingParameterString(self.WEIGHTS, tr("Component weights"),
                                              optional=True),
                 tr("Four weights: transit, labour, cluster, knowledge (e.g. 2,1,1,1; with "
                    "decimal commas separate by ';'). Empty: equal (assumption)."))
        self.add_grid_parameters(extent_help=tr("Empty: the extent of the first input given."))
        self.add(QgsProcessingParameterRasterDestination(self.OUTPUT,
                                                         tr("Regional added value")),
                 tr("Score 0-1: the weighted mean of the assessed components."))
        for key, name in COMPONENT_OUTPUTS.items():
            self.add(QgsProcessingParameterRasterDestination(
                name, tr("Component score: {}").format(component_label(key)), optional=True,
                createByDefault=False), tr("Score 0-1 of this component (only when assessed)."))
        self.addOutput(QgsProcessingOutputNumber(self.ASSESSED, tr("Components assessed")))
        self.addOutput(QgsProcessingOutputString(self.NOT_ASSESSED,
                                                 tr("Components not assessed")))

    # ------------------------------------------------------------ inputs
    def _points(self, parameters, name, context, feedback):
        """A point source, or None when not given or without features (no evidence)."""
        source = self.parameterAsSource(parameters, name, context)
        if source is not None and source.featureCount() == 0:
            feedback.pushWarning(tr("{}: the layer has no features; it counts as no input.")
                                 .format(name))
            return None
        return source

    def _rule(self, parameters, context, ideal, maximum):
        with input_for(maximum):
            return ModeRule(self.parameterAsDouble(parameters, ideal, context),
                            self.parameterAsDouble(parameters, maximum, context)).validate()

    def _distance_score(self, source, name, rule, grid, crs, context, feedback):
        from ..core.rasterize import FeatureSet
        data = self.read_vector(source, crs, context, name, feedback, geometry="point")
        field = self.distance_field(grid, FeatureSet(data.wkbs, data.points),
                                    rule.maximum + grid.res_x, feedback, 0, 30)
        return lambda window: rule.score(field.compute(window))

    def _labour(self, io, layer, parameters, grid, context, feedback):
        """(score function, pool for full score) of the labour component."""
        from ..core.convolution import ConvolutionField
        path = self.raster_file(layer, self.POPULATION)
        if in_degrees(layer.crs()):
            raise InputError(tr("the population raster is in degrees; give it in a projected "
                                "CRS (e.g. EPSG:28992)"), self.POPULATION)
        own = io.grid_of(path)
        radius = self.parameterAsDouble(parameters, self.COMMUTE_M, context)
        opened = {}

        def people(fine, window):
            source = opened.get(id(fine))
            if source is None:
                source = opened[id(fine)] = self.open_raster(io, path, self.POPULATION, fine,
                                                             "average", layer.name())
                self._to_close.append(source)
            values = source.read(window)
            values[~(values > 0)] = 0                  # NoData and negatives: nobody
            if source.warped:                          # a mean per cell -> people per cell
                values *= (fine.res_x * fine.res_y) / (own.res_x * own.res_y)
            return values
        field = ConvolutionField(grid, people, disk_kernel(radius), radius,
                                 progress=self.progress(feedback, 30, 45),
                                 threads=self.threads())
        if field.factor > 1:
            feedback.pushInfo(tr("Labour pool computed on cells {} times larger and "
                                 "interpolated back.").format(field.factor))
        full = self.optional_number(parameters, self.POOL_FULL, context)
        peak = float(field.values.max()) if field.values.size else 0.0
        if full is None:
            full = peak
            feedback.pushInfo(tr("Labour pool: the largest pool in the extent, {:,.0f}, scores "
                                 "1 (relative score).").format(full))
        if not full > 0:
            feedback.pushWarning(tr("The population raster holds nobody within reach of the "
                                    "extent: the labour pool scores 0 everywhere."))
        return (lambda window: linear_up(field.compute(window), full)), full

    def _cluster(self, firms, parameters, grid, crs, context, feedback):
        """The cluster score function, or None with the reason when not assessable."""
        from ..core.convolution import ConvolutionField
        profile = self.optional_string(parameters, self.PROFILE, context)
        if not profile:
            return None, tr("no PROFILE was given")
        field_name = self.parameterAsString(parameters, self.SECTOR_FIELD, context)
        if not field_name:
            raise InputError(tr("choose the field of FIRMS that holds the SBI code"),
                             self.SECTOR_FIELD)
        with input_for(self.RELATIONS, profile=self.PROFILE):
            rows = parse_relations(self.parameterAsMatrix(parameters, self.RELATIONS, context))
            related = profile_relations(rows, profile)
        data = self.read_vector(firms, crs, context, self.FIRMS, feedback, fields=(field_name,),
                                geometry="point")
        weights = firm_weights(data.attributes[field_name], related)
        x, y, w = point_coordinates(data.wkbs, weights)
        keep = w > 0
        x, y, w = x[keep], y[keep], w[keep]
        feedback.pushInfo(tr("Cluster synergy: {} of {} firms are related to {} (sectors {})")
                          .format(len(w), len(data.wkbs), profile, ", ".join(sorted(related))))
        radius = self.parameterAsDouble(parameters, self.CLUSTER_M, context)
        full = self.parameterAsDouble(parameters, self.CLUSTER_FULL, context)
        field = ConvolutionField(grid, lambda fine, window: binned_sums(x, y, w, fine, window),
                                 disk_kernel(radius), radius,
                                 progress=self.progress(feedback, 45, 55),
                                 threads=self.threads())
        return (lambda window: linear_up(field.compute(window), full)), ""

    # ------------------------------------------------------------ running
    def execute(self, parameters, context, feedback):
        io = load_rasterio_io()
        stations, buses, firms, knowledge = (
            self._points(parameters, name, context, feedback)
            for name in (self.STATIONS, self.BUS_STOPS, self.FIRMS, self.KNOWLEDGE))
        population = self.parameterAsRasterLayer(parameters, self.POPULATION, context)
        given = [(n, s) for n, s in ((self.STATIONS, stations), (self.BUS_STOPS, buses),
                                     (self.FIRMS, firms), (self.KNOWLEDGE, knowledge))
                 if s is not None]
        if not given and population is None:
            raise InputError(tr("give at least one of STATIONS, BUS_STOPS, POPULATION, FIRMS "
                                "(with a PROFILE) or KNOWLEDGE"), self.STATIONS)
        fallback = LayerExtent.of_source(given[0][1], given[0][0]) if given else \
            LayerExtent(population.extent(), population.crs())
        grid, crs = self.analysis_grid(parameters, context, fallback_extent=fallback)
        weights_given = self.number_list(parameters, self.WEIGHTS, context) or None

        scores, reasons, notes = {}, {}, {}
        if stations is not None or buses is not None:
            parts = []
            if stations is not None:
                rule = self._rule(parameters, context, self.STATION_IDEAL_M, self.STATION_MAX_M)
                parts.append(self._distance_score(stations, self.STATIONS, rule, grid, crs,
                                                  context, feedback))
                notes["station"] = f"1 within {rule.ideal:g} m, 0 from {rule.maximum:g} m"
            if buses is not None:
                rule = self._rule(parameters, context, self.BUS_IDEAL_M, self.BUS_MAX_M)
                parts.append(self._distance_score(buses, self.BUS_STOPS, rule, grid, crs,
                                                  context, feedback))
                notes["bus_stop"] = f"1 within {rule.ideal:g} m, 0 from {rule.maximum:g} m"
            scores["transit"] = lambda window: transit_score([f(window) for f in parts])
        else:
            reasons["transit"] = tr("no STATIONS or BUS_STOPS")
        if population is not None:
            scores["labour"], full = self._labour(io, population, parameters, grid, context,
                                                  feedback)
            radius = self.parameterAsDouble(parameters, self.COMMUTE_M, context)
            notes["labour"] = f"people within {radius:g} m; 1 at {full:g}"
        else:
            reasons["labour"] = tr("no POPULATION")
        if firms is not None:
            cluster, why = self._cluster(firms, parameters, grid, crs, context, feedback)
            if cluster is not None:
                scores["cluster"] = cluster
            else:
                reasons["cluster"] = why
        else:
            reasons["cluster"] = tr("no FIRMS")
        if knowledge is not None:
            rule = self._rule(parameters, context, self.KNOWLEDGE_IDEAL_M, self.KNOWLEDGE_MAX_M)
            scores["knowledge"] = self._distance_score(knowledge, self.KNOWLEDGE, rule, grid,
                                                       crs, context, feedback)
            notes["knowledge"] = f"1 within {rule.ideal:g} m, 0 from {rule.maximum:g} m"
        else:
            reasons["knowledge"] = tr("no KNOWLEDGE")
        assessed = [c for c in COMPONENTS if c in scores]
        missing = [c for c in COMPONENTS if c not in scores]
        if not assessed:
            raise InputError(tr("no component can be assessed ({}); give at least one of "
                                "STATIONS, BUS_STOPS, POPULATION, FIRMS (with a PROFILE) or "
                                "KNOWLEDGE").format("; ".join(reasons.values())), self.STATIONS)
        with input_for(weights=self.WEIGHTS):
            weights = component_weights(weights_given, assessed)
        for key in missing:
            feedback.pushWarning(tr("NOT ASSESSED: {} ({}); it is left out of the score, not "
                                    "counted as 0.").format(component_label(key), reasons[key]))
        feedback.pushInfo(tr("Regional added value: weights {}.").format(
            ", ".join(f"{c} {w:.3f}" for c, w in weights.items())))
        return self._write(parameters, context, feedback, grid, scores, weights, missing, notes,
                           [s.sourceName() for _, s in given] +
                           ([population.source()] if population is not None else []))

    def _write(self, parameters, context, feedback, grid, scores, weights, missing, notes,
               sources):
        text = summary(missing)
        outputs = [(self.OUTPUT, self.output_file(parameters, self.OUTPUT, context),
                    tr("regional added value 0-1") + (f"; {text}" if text else ""), "score.qml")]
        parts = []
        for key in scores:
            path = self.optional_output(parameters, COMPONENT_OUTPUTS[key], context)
            if path:
                outputs.append((COMPONENT_OUTPUTS[key], path,
                                tr("{} score 0-1").format(component_label(key)), "score.qml"))
                parts.append(key)
        for key in missing:
            if self.optional_output(parameters, COMPONENT_OUTPUTS[key], context):
                feedback.pushWarning(tr("{} is not written: the component is not assessed.")
                                     .format(COMPONENT_OUTPUTS[key]))

        def compute(window):
            values = {key: scores[key](window) for key in scores}
            return (weighted_mean(values, weights), *(values[k] for k in parts))

        tags = self.provenance(parameters, context, {"components": notes,
                                                     "combination": "weighted mean"}, sources)
        tags["RUIMTE_EVIDENCE"] = text or "complete: every component assessed"
        tags["RUIMTE_REGIONAL"] = json.dumps({
            "assessed": list(scores), "not_assessed": missing, "weights_used": weights,
            "labels": {k: component_label(k) for k in COMPONENTS}})
        results = self.write_rasters(context, feedback, grid, compute, outputs, tags,
                                     progress=self.progress(feedback, 55, 100),
                                     threads=self.threads())
        results[self.ASSESSED] = len(scores)
        results[self.NOT_ASSESSED] = ", ".join(missing)
        return results
