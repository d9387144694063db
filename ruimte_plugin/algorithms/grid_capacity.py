"""ruimte:gridcapacity — electricity grid congestion (capaciteitskaart) as a score."""

from qgis.core import (QgsProcessing, QgsProcessingParameterFeatureSource,
                       QgsProcessingParameterField, QgsProcessingParameterRasterDestination,
                       QgsProcessingParameterString)

from ..core.criteria.grid_capacity import (DEFAULT_FAR_M, DEFAULT_LARGE_MVA, DEFAULT_NEAR_M,
                                           DEFAULT_STATUS_SCORES, MS_THRESHOLD_MVA,
                                           GridCapacityRule, parse_status)
from ..core.errors import InputError
from ..core.weights import format_weights
from ..i18n import tr
from .analysis_grid import LayerExtent
from .base import RuimteAlgorithm, input_for
from .packages import load_rasterio_io

#: Need of a mid-size distribution centre (assumption; XXL logistics 2-10 MVA, also an assumption).
DEFAULT_REQUIRED_MVA = 2.0


class GridCapacityAlgorithm(RuimteAlgorithm):
    group_id = "criteria"
    AREAS = "AREAS"
    STATUS_FIELD = "STATUS_FIELD"
    REQUIRED_MVA = "REQUIRED_MVA"
    SUBSTATIONS = "SUBSTATIONS"
    UNKNOWN_SCORE = "UNKNOWN_SCORE"
    STATUS_SCORES = "STATUS_SCORES"
    LARGE_MVA = "LARGE_MVA"
    SUBSTATION_NEAR = "SUBSTATION_NEAR"
    SUBSTATION_FAR = "SUBSTATION_FAR"
    OUTPUT = "OUTPUT"
    CONSTRAINT = "CONSTRAINT"
    SUBSTATION_DISTANCE = "SUBSTATION_DISTANCE"

    def name(self):
        return "gridcapacity"

    def displayName(self):  # noqa: N802
        return tr("Grid congestion (capacity map)")

    def shortDescription(self):  # noqa: N802
        return tr("Scores locations by the electricity grid's congestion status for the "
                  "company's connection need, and by the distance to a high-voltage substation.")

    def tags(self):
        return tr("netcongestie,capaciteitskaart,elektriciteitsnet,afname,opwek,teruglevering,"
                  "grid,congestion,substation,MVA").split(",")

    def shortHelpString(self):  # noqa: N802
        return tr(
            "<p>Reads the grid operators' capacity map (capaciteitskaart): polygons with a "
            "status per supply area in STATUS_FIELD (<code>afname</code> for offtake, "
            "<code>opwek</code> for feed-in): 0 = capacity available (groen), 1 = limited "
            "(geel), 2 = under study, with a queue (oranje), 3 = shortage, with a queue (rood), "
            "-1 = not yet coloured. Codes or the colour words are accepted.</p><ul>"
            "<li>A need up to 0.173 MVA (up to 3 x 250 A, below a medium-voltage connection; "
            "Enexis) is hardly affected: score 1 everywhere.</li>"
            "<li>Above it, status 3 excludes (score 0, CONSTRAINT 0); statuses 0-3 score "
            "STATUS_SCORES (default 1, 0.7, 0.3, 0: an assumption).</li>"
            "<li>From LARGE_MVA (default 10 MVA, an assumption) the connection comes from the "
            "high-voltage grid: the score is multiplied by a distance score to the nearest "
            "SUBSTATION, 1 within SUBSTATION_NEAR (2 km) falling linearly to 0 at "
            "SUBSTATION_FAR (15 km) (assumptions: the cost of a dedicated cable grows with its "
            "length).</li></ul>"
            "<p>Where polygons overlap the worst status counts; a cell takes the status of the "
            "polygon that contains its centre. Cells outside every polygon or with status -1 "
            "score UNKNOWN_SCORE, or stay NoData when it is empty. Sources: status codes from "
            "the renderer of the capacity map (Netbeheer Nederland, capaciteitskaart; information "
            "model im-capaciteitskaart) and Liander's scarcity levels (Liander, "
            "schaarsteniveaus); the medium-voltage threshold from Enexis "
            "(middenspanningsaansluiting).</p>")

    def initAlgorithm(self, config=None):  # noqa: N802
        self.add(QgsProcessingParameterFeatureSource(self.AREAS, tr("Capacity map areas"),
                                                     [QgsProcessing.TypeVectorPolygon]),
                 tr("Polygons of the capaciteitskaart (supply areas) with a status field."))
        # optional: QGIS 3.22 rejects a missing field value even though it has a default
        self.add(QgsProcessingParameterField(self.STATUS_FIELD, tr("Status field"), "afname",
                                             self.AREAS, optional=True),
                 tr("afname (offtake: a company that draws power) or opwek (feed-in). Values "
                    "0-3, -1, or groen/geel/oranje/rood."))
        self.add_number(self.REQUIRED_MVA, tr("Required connection (MVA)"),
                        tr("The company's grid need. Default 2 MVA (assumption: a mid-size "
                           "distribution centre; XXL logistics needs 2-10 MVA, also an "
                           "assumption)."),
                        default=DEFAULT_REQUIRED_MVA, minimum=0)
        self.add(QgsProcessingParameterFeatureSource(
            self.SUBSTATIONS, tr("High-voltage substations"), [QgsProcessing.TypeVectorPoint],
            optional=True),
            tr("Points of HV substations (110 kV and up); used from LARGE_MVA."))
        self.add_number(self.UNKNOWN_SCORE, tr("Score for unknown status"),
                        tr("Score (0-1) where the status is unknown (-1 or outside the map). "
                           "Empty: NoData."), optional=True, minimum=0, maximum=1)
        self.add(QgsProcessingParameterString(self.STATUS_SCORES,
                                              tr("Scores for status 0, 1, 2, 3"),
                                              format_weights(DEFAULT_STATUS_SCORES)),
                 tr("Four scores 0-1 for status 0, 1, 2 and 3 (default 1,0.7,0.3,0: "
                    "assumption), separated by ',' or, with decimal commas, by ';' "
                    "(1;0,7;0,3;0). Status 3 always excludes."), advanced=True)
        self.add_number(self.LARGE_MVA, tr("High-voltage need from (MVA)"),
                        tr("From this need the distance to a substation counts. Default 10 MVA "
                           "(an assumption)."), default=DEFAULT_LARGE_MVA,
                        minimum=0, advanced=True)
        self.add_number(self.SUBSTATION_NEAR, tr("Full score within (m) of a substation"),
                        tr("Default 2000 m (assumption)."), default=DEFAULT_NEAR_M, minimum=0,
                        advanced=True)
        self.add_number(self.SUBSTATION_FAR, tr("Zero score beyond (m) from a substation"),
                        tr("Default 15000 m (assumption)."), default=DEFAULT_FAR_M, minimum=0,
                        advanced=True)
        self.add_grid_parameters()
        self.add(QgsProcessingParameterRasterDestination(self.OUTPUT, tr("Grid score")),
                 tr("Score 0-1."))
        self.add(QgsProcessingParameterRasterDestination(
            self.CONSTRAINT, tr("Grid constraint (0 = excluded)"), optional=True,
            createByDefault=True), tr("0 where status 3 rules the location out."))
        self.add(QgsProcessingParameterRasterDestination(
            self.SUBSTATION_DISTANCE, tr("Distance to a substation (m)"), optional=True,
            createByDefault=False),
            tr("Metres to the nearest substation, capped at SUBSTATION_FAR."))

    def _rule(self, parameters, context):
        return self.validated_rule(
            GridCapacityRule, parameters, context,
            dict(required_mva=self.REQUIRED_MVA, status_scores=self.STATUS_SCORES,
                 unknown_score=self.UNKNOWN_SCORE, large_mva=self.LARGE_MVA,
                 near_m=self.SUBSTATION_NEAR, far_m=self.SUBSTATION_FAR),
            status_scores=self.number_list(parameters, self.STATUS_SCORES, context))

    def execute(self, parameters, context, feedback):
        load_rasterio_io()
        from ..core.rasterize import FeatureSet

        rule = self._rule(parameters, context)
        areas = self.parameterAsSource(parameters, self.AREAS, context)
        if areas is None:
            raise InputError(tr("no layer was given"), self.AREAS)
        field = self.parameterAsString(parameters, self.STATUS_FIELD, context) or "afname"
        grid, crs = self.analysis_grid(parameters, context,
                                       fallback_extent=LayerExtent.of_source(
                                           areas, self.AREAS))
        outputs = [(self.OUTPUT, self.output_file(parameters, self.OUTPUT, context),
                    tr("grid congestion score 0-1"), "score.qml"),
                   (self.CONSTRAINT, self.optional_output(parameters, self.CONSTRAINT, context),
                    tr("grid constraint: 0 = status 3 (shortage)"), "constraint.qml"),
                   (self.SUBSTATION_DISTANCE,
                    self.optional_output(parameters, self.SUBSTATION_DISTANCE, context),
                    tr("distance to HV substation (m), capped at {:g}").format(rule.far_m),
                    "values")]
        substations = self.parameterAsSource(parameters, self.SUBSTATIONS, context)
        if outputs[2][1] and substations is None:
            raise InputError(tr("the substation distance needs a SUBSTATIONS layer"),
                             self.SUBSTATIONS)
        data = self.read_vector(areas, crs, context, self.AREAS, feedback, fields=(field,),
                                geometry="polygon")
        with input_for(self.STATUS_FIELD):
            codes = [parse_status(v) for v in data.attributes[field]]
        polygons = FeatureSet(data.wkbs)
        distances = None
        if substations is not None and (rule.uses_substations or outputs[2][1]):
            points = self.read_vector(substations, crs, context, self.SUBSTATIONS, feedback,
                                      geometry="point")
            distances = self.distance_field(grid, FeatureSet(points.wkbs, points.points),
                                            rule.far_m, feedback, 0, 50)
        elif rule.uses_substations:
            feedback.pushWarning(tr("The need of {:g} MVA calls for a high-voltage connection; "
                                    "give SUBSTATIONS to include the distance to a substation.")
                                 .format(rule.required_mva))
        self._report(rule, codes, feedback)

        def compute(window):
            status = polygons.values(grid, window, codes)
            status[status < 0] = float("nan")            # -1 = not yet coloured = unknown
            distance = distances.compute(window) if distances is not None else None
            return rule.score(status, distance), rule.constraint(status), distance

        tags = self.provenance(parameters, context, {
            "status_codes": ("0 groen, 1 geel, 2 oranje, 3 rood, -1 unknown (Netbeheer Nederland "
                             "capaciteitskaart)"),
            "rule": (f"need {rule.required_mva:g} MVA; MS threshold {MS_THRESHOLD_MVA} MVA; "
                     f"status scores {list(rule.status_scores)}; status 3 excludes; "
                     f"substation distance from {rule.large_mva:g} MVA: 1 within "
                     f"{rule.near_m:g} m, 0 beyond {rule.far_m:g} m"),
            "overlap": "worst status of the polygons containing the cell centre"},
            [areas.sourceName()])
        block = distances.tile if distances is not None else 512
        return self.write_rasters(context, feedback, grid, compute, outputs, tags, block,
                                  self.progress(feedback, 50 if distances else 0, 100),
                                  self.threads())

    @staticmethod
    def _report(rule, codes, feedback):
        counts = {c: codes.count(c) for c in (-1, 0, 1, 2, 3)}
        feedback.pushInfo(tr("{} areas: {} groen, {} geel, {} oranje, {} rood, {} unknown.")
                          .format(len(codes), counts[0], counts[1], counts[2], counts[3],
                                  counts[-1]))
        if not rule.affected:
            feedback.pushInfo(tr("A need of {:g} MVA is at most {} MVA: congestion hardly "
                                 "matters, every cell scores 1.").format(rule.required_mva,
                                                                        MS_THRESHOLD_MVA))
