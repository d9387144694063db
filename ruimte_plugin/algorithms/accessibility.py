"""ruimte:accessibility — distance to motorway ramps, waterways of a CEMT class and rail
terminals."""

import dataclasses

import numpy as np

from qgis.core import (QgsProcessing, QgsProcessingParameterFeatureSource,
                       QgsProcessingParameterField, QgsProcessingParameterRasterDestination)

from ..core.criteria.accessibility import (CEMT_CLASSES, DEFAULT_MIN_CEMT, DEFAULT_RAIL,
                                           DEFAULT_ROAD, DEFAULT_WATER, MODE_COMBINATIONS,
                                           ModeRule, RoadNetwork, cemt_rank, combine_modes,
                                           line_coordinates)
from ..core.errors import InputError
from ..i18n import tr
from .analysis_grid import LayerExtent
from .base import RuimteAlgorithm, input_for
from .packages import load_rasterio_io


class AccessibilityAlgorithm(RuimteAlgorithm):
    group_id = "criteria"
    RAMPS = "RAMPS"
    MOTORWAYS = "MOTORWAYS"
    IDEAL_DISTANCE = "IDEAL_DISTANCE"
    MAX_DISTANCE = "MAX_DISTANCE"
    NETWORK = "NETWORK"
    NETWORK_STEP = "NETWORK_STEP"
    WATERWAYS = "WATERWAYS"
    CEMT_FIELD = "CEMT_FIELD"
    MIN_CEMT = "MIN_CEMT"
    WATER_IDEAL_DISTANCE = "WATER_IDEAL_DISTANCE"
    WATER_MAX_DISTANCE = "WATER_MAX_DISTANCE"
    RAIL_TERMINALS = "RAIL_TERMINALS"
    RAIL_IDEAL_DISTANCE = "RAIL_IDEAL_DISTANCE"
    RAIL_MAX_DISTANCE = "RAIL_MAX_DISTANCE"
    MODES = "MODES"
    OUTPUT = "OUTPUT"
    DISTANCE = "DISTANCE"
    WATER_DISTANCE = "WATER_DISTANCE"
    RAIL_DISTANCE = "RAIL_DISTANCE"

    def name(self):
        return "accessibility"

    def displayName(self):  # noqa: N802
        return tr("Accessibility (road, water, rail)")

    def shortDescription(self):  # noqa: N802
        return tr("Scores locations by their distance to motorway ramps, to waterways of a "
                  "minimum CEMT class and to rail terminals.")

    def tags(self):
        return tr("bereikbaarheid,snelweg,oprit,vaarweg,CEMT,spoor,railterminal,accessibility,"
                  "motorway,ramp,waterway,rail,network distance").split(",")

    def shortHelpString(self):  # noqa: N802
        return tr(
            "<p>Per transport mode a distance and a score: 1 up to the ideal distance, falling "
            "linearly to 0 at the maximum distance.</p><ul>"
            "<li><b>Road</b>: distance to RAMPS (points), or to MOTORWAYS (lines) where no ramp "
            "layer exists. Default ideal 3 km (new distribution centres are built 1-3 km from a "
            "motorway), maximum 10 km (assumption).</li>"
            "<li><b>Water</b>: distance to WATERWAYS whose CEMT_FIELD class is at least MIN_CEMT "
            "(order 0 &lt; I &lt; II &lt; III &lt; IV &lt; Va &lt; Vb &lt; VIa &lt; VIb &lt; "
            "VIc &lt; VII; default IV, an assumption for water-bound bulk). Ideal 500 m, "
            "maximum 5 km (assumptions).</li>"
            "<li><b>Rail</b>: distance to RAIL_TERMINALS. Ideal 2 km, maximum 10 km "
            "(assumptions).</li></ul>"
            "<p>MODES combines the modes given: <i>all</i> = the lowest score (every mode is "
            "needed), <i>any</i> = the highest (one suffices).</p>"
            "<p>Distances are straight lines (cell centre to cell centre, as gdal:proximity), "
            "exact up to the maximum distance, which is written where everything is farther. "
            "With a road NETWORK the road distance runs <b>along the network</b>: a graph over "
            "the road lines (densified every NETWORK_STEP m; coinciding line ends joined), "
            "Dijkstra from the ramps (each joined to its nearest network node), and from each "
            "cell the straight distance to its nearest network node (its access to the road) "
            "plus that node's network distance.</p>"
            "<p>Sources: road distance: Nieuwsblad Transport (6 August 2015) on where new "
            "distribution centres are built; CEMT classes: CEMT/ECMT (1992), Resolution 92/2 "
            "on the classification of inland waterways, per fairway in Rijkswaterstaat's FIS "
            "(layer scheepvaartklasse). The other values are assumptions.</p>")

    def initAlgorithm(self, config=None):  # noqa: N802
        point, line = [QgsProcessing.TypeVectorPoint], [QgsProcessing.TypeVectorLine]
        self.add(QgsProcessingParameterFeatureSource(self.RAMPS, tr("Motorway ramps"), point,
                                                     optional=True),
                 tr("On/off ramps as points."))
        self.add(QgsProcessingParameterFeatureSource(self.MOTORWAYS, tr("Motorways"), line,
                                                     optional=True),
                 tr("Motorway lines, used when no ramp layer is given (e.g. roads with a speed "
                    "limit of 100 km/h or more; filter the layer or select features)."))
        self.add_number(self.IDEAL_DISTANCE, tr("Road: full score within (m)"),
                        tr("Default 3000 m: new distribution centres are built 1-3 km from a "
                           "motorway (Nieuwsblad Transport 2015)."), default=DEFAULT_ROAD[0],
                        minimum=0)
        self.add_number(self.MAX_DISTANCE, tr("Road: zero score from (m)"),
                        tr("Default 10000 m (assumption)."), default=DEFAULT_ROAD[1], minimum=0)
        self.add(QgsProcessingParameterFeatureSource(self.NETWORK, tr("Road network"), line,
                                                     optional=True),
                 tr("Road lines: measure the road distance along them instead of as the crow "
                    "flies."))
        self.add_number(self.NETWORK_STEP, tr("Network node spacing (m)"),
                        tr("Road lines are densified to a node at least every this many metres "
                           "(default 100 m)."), default=100.0, minimum=1, advanced=True)
        self.add(QgsProcessingParameterFeatureSource(self.WATERWAYS, tr("Waterways"), line,
                                                     optional=True),
                 tr("Fairways with a CEMT class field (e.g. RWS FIS 'scheepvaartklasse')."))
        self.add(QgsProcessingParameterField(self.CEMT_FIELD, tr("CEMT class field"), None,
                                             self.WATERWAYS, optional=True),
                 tr("Field with the CEMT class (I-VII, Va, V_A, ...). Empty: every waterway "
                    "counts."))
        self.add_choice(self.MIN_CEMT, tr("Minimum CEMT class"), CEMT_CLASSES, DEFAULT_MIN_CEMT,
                        tr("Waterways below this class do not count (default IV, assumption: "
                           "Va for larger bulk or containers)."))
        self.add_number(self.WATER_IDEAL_DISTANCE, tr("Water: full score within (m)"),
                        tr("Default 500 m (assumption)."), default=DEFAULT_WATER[0], minimum=0,
                        advanced=True)
        self.add_number(self.WATER_MAX_DISTANCE, tr("Water: zero score from (m)"),
                        tr("Default 5000 m (assumption)."), default=DEFAULT_WATER[1], minimum=0,
                        advanced=True)
        self.add(QgsProcessingParameterFeatureSource(self.RAIL_TERMINALS, tr("Rail terminals"),
                                                     point, optional=True),
                 tr("Rail freight terminals as points."))
        self.add_number(self.RAIL_IDEAL_DISTANCE, tr("Rail: full score within (m)"),
                        tr("Default 2000 m (assumption)."), default=DEFAULT_RAIL[0], minimum=0,
                        advanced=True)
        self.add_number(self.RAIL_MAX_DISTANCE, tr("Rail: zero score from (m)"),
                        tr("Default 10000 m (assumption)."), default=DEFAULT_RAIL[1], minimum=0,
                        advanced=True)
        self.add_choice(self.MODES, tr("Combine the modes"), MODE_COMBINATIONS, "all",
                        tr("all: every mode given is needed (lowest score); any: one suffices "
                           "(highest score)."))
        self.add_grid_parameters(extent_help=tr("Empty: the extent of the first transport "
                                                "layer given."))
        self.add(QgsProcessingParameterRasterDestination(self.OUTPUT, tr("Accessibility "
                                                                         "score")),
                 tr("Score 0-1."))
        for name, label, default in ((self.DISTANCE, tr("Road distance (m)"), True),
                                     (self.WATER_DISTANCE, tr("Waterway distance (m)"), False),
                                     (self.RAIL_DISTANCE, tr("Rail terminal distance (m)"),
                                      False)):
            self.add(QgsProcessingParameterRasterDestination(name, label, optional=True,
                                                             createByDefault=default),
                     tr("Metres, capped at the mode's maximum distance."))

    def _rule(self, parameters, context, ideal, maximum):
        with input_for(maximum):
            return ModeRule(self.parameterAsDouble(parameters, ideal, context),
                            self.parameterAsDouble(parameters, maximum, context)).validate()

    def execute(self, parameters, context, feedback):
        load_rasterio_io()
        ramps, motorways, network, waterways, rail = (
            self.parameterAsSource(parameters, name, context) for name in (
                self.RAMPS, self.MOTORWAYS, self.NETWORK, self.WATERWAYS, self.RAIL_TERMINALS))
        road_targets = ramps if ramps is not None else motorways
        given = [s for s in (road_targets, waterways, rail) if s is not None]
        if not given:
            raise InputError(tr("give RAMPS or MOTORWAYS, WATERWAYS or RAIL_TERMINALS"),
                             self.RAMPS)
        for name, source in ((self.RAMPS, ramps), (self.MOTORWAYS, motorways),
                             (self.WATERWAYS, waterways), (self.RAIL_TERMINALS, rail)):
            if source is not None and source.featureCount() == 0:
                raise InputError(tr("the layer has no features: there is nothing to measure the "
                                    "distance to"), name)
        first = next(n for n, src in ((self.RAMPS, ramps), (self.MOTORWAYS, motorways),
                                      (self.WATERWAYS, waterways), (self.RAIL_TERMINALS, rail))
                     if src is not None)
        grid, crs = self.analysis_grid(parameters, context, fallback_extent=LayerExtent.of_source(
            given[0], first))
        how = self.parameterAsEnumString(parameters, self.MODES, context)
        modes = []          # (name, distance function, rule, distance output)
        if road_targets is not None:
            rule = self._rule(parameters, context, self.IDEAL_DISTANCE, self.MAX_DISTANCE)
            name = self.RAMPS if ramps is not None else self.MOTORWAYS
            targets = self.read_vector(road_targets, crs, context, name, feedback)
            if network is not None:
                modes.append((self.DISTANCE, self._network(network, targets, grid, crs, context,
                                                           feedback, parameters, rule), rule))
            else:
                modes.append((self.DISTANCE, self._straight(targets, grid, rule, feedback), rule))
        if waterways is not None:
            rule = self._rule(parameters, context, self.WATER_IDEAL_DISTANCE,
                              self.WATER_MAX_DISTANCE)
            lines = self._waterways(waterways, crs, context, feedback, parameters)
            modes.append((self.WATER_DISTANCE, self._straight(lines, grid, rule, feedback), rule))
        if rail is not None:
            rule = self._rule(parameters, context, self.RAIL_IDEAL_DISTANCE,
                              self.RAIL_MAX_DISTANCE)
            points = self.read_vector(rail, crs, context, self.RAIL_TERMINALS, feedback)
            modes.append((self.RAIL_DISTANCE, self._straight(points, grid, rule, feedback), rule))

        descriptions = {self.DISTANCE: tr("road distance (m)"),
                        self.WATER_DISTANCE: tr("waterway distance (m)"),
                        self.RAIL_DISTANCE: tr("rail terminal distance (m)")}
        outputs = [(self.OUTPUT, self.output_file(parameters, self.OUTPUT, context),
                    tr("accessibility score 0-1"), "score.qml")]
        outputs += [(name, self.optional_output(parameters, name, context),
                     descriptions[name] + tr(", capped at {:g}").format(rule.maximum), "values")
                    for name, _, rule in modes]

        def compute(window):
            distances = [distance(window) for _, distance, _ in modes]
            scores = [rule.score(d) for d, (_, _, rule) in zip(distances, modes)]
            return (combine_modes(scores, how), *distances)

        tags = self.provenance(parameters, context, {
            "modes": {name: f"1 within {rule.ideal:g} m, 0 from {rule.maximum:g} m"
                      for name, _, rule in modes},
            "combination": how,
            "road_distance": "along the network (graph + straight access)" if network else
                             "straight line, cell centre to cell centre"}, [s.sourceName()
                                                                           for s in given])
        with input_for(how=self.MODES):
            return self.write_rasters(context, feedback, grid, compute, outputs, tags,
                                      progress=self.progress(feedback, 50, 100),
                                      threads=self.threads())

    def _straight(self, data, grid, rule, feedback):
        """Straight-line distances to ``data``, up to one cell beyond the maximum."""
        from ..core.rasterize import FeatureSet
        return self.distance_field(grid, FeatureSet(data.wkbs, data.points),
                                   rule.maximum + grid.res_x, feedback, 0, 50).compute

    def _network(self, network, targets, grid, crs, context, feedback, parameters, rule):
        roads = self.read_vector(network, crs, context, self.NETWORK, feedback, geometry="line")
        with input_for(self.NETWORK):
            graph = RoadNetwork(line_coordinates(roads.wkbs),
                                self.parameterAsDouble(parameters, self.NETWORK_STEP, context))
        points = targets.points
        if targets.wkbs:               # motorway lines: their vertices are the targets
            points = np.vstack([points] + line_coordinates(targets.wkbs))
        with input_for(self.RAMPS):
            graph.solve(points)
        feedback.pushInfo(tr("Road network: {} nodes, {} segments.").format(
            len(graph.nodes), len(graph.edges[0])))
        cap = rule.maximum + grid.res_x
        return lambda window: graph.cell_distance(grid, window, cap)

    def _waterways(self, waterways, crs, context, feedback, parameters):
        field = self.parameterAsString(parameters, self.CEMT_FIELD, context)
        data = self.read_vector(waterways, crs, context, self.WATERWAYS, feedback,
                                fields=(field,) if field else (), geometry="line")
        if not field:
            return data
        minimum = cemt_rank(self.parameterAsEnumString(parameters, self.MIN_CEMT, context))
        with input_for(self.CEMT_FIELD):
            ranks = [cemt_rank(v) for v in data.attributes[field]]
        kept = [w for w, r in zip(data.wkbs, ranks) if r is not None and r >= minimum]
        feedback.pushInfo(tr("{} of {} waterway sections are CEMT class {} or higher.").format(
            len(kept), len(data.wkbs), CEMT_CLASSES[minimum]))
        return dataclasses.replace(data, wkbs=kept, attributes={})
