"""ruimte:ahpweights — weights and consistency from an AHP pairwise comparison matrix, for one
stakeholder or a group."""

from qgis.core import (QgsFeature, QgsFeatureSink, QgsFields,
                       QgsProcessingOutputBoolean, QgsProcessingOutputNumber,
                       QgsProcessingOutputString, QgsProcessingParameterFeatureSink,
                       QgsProcessingParameterString, QgsProcessing, QgsWkbTypes,
                       QgsCoordinateReferenceSystem)

from ..core.numbers import parse_number_list
from ..core.weights import (AHP_METHODS, CR_LIMIT, GROUP_METHODS, RI_TABLES, ahp,
                            format_weights, group_ahp, parse_matrices)
from ..i18n import tr
from .base import RuimteAlgorithm
from .fields import make_field, prefixed_field_names
from .parameters import input_for


class AhpWeightsAlgorithm(RuimteAlgorithm):
    MATRIX = "MATRIX"
    METHOD = "METHOD"
    RI_TABLE = "RI_TABLE"
    CRITERIA_NAMES = "CRITERIA_NAMES"
    GROUP_METHOD = "GROUP_METHOD"
    STAKEHOLDER_WEIGHTS = "STAKEHOLDER_WEIGHTS"
    STAKEHOLDER_NAMES = "STAKEHOLDER_NAMES"
    WEIGHTS = "WEIGHTS"
    CR = "CR"
    CI = "CI"
    LAMBDA_MAX = "LAMBDA_MAX"
    CONSISTENT = "CONSISTENT"
    OUTPUT_TABLE = "OUTPUT_TABLE"

    def name(self):
        return "ahpweights"

    def displayName(self):  # noqa: N802
        return tr("AHP weights from pairwise comparisons")

    def shortDescription(self):  # noqa: N802
        return tr("Criterion weights, consistency index and consistency ratio from a Saaty "
                  "pairwise comparison matrix.")

    def tags(self):
        return tr("ahp,saaty,pairwise,weights,consistency,mcda,gewichten,"
                  "paarsgewijze vergelijking,groep,belanghebbenden,stakeholders").split(",")

    def shortHelpString(self):  # noqa: N802
        return tr(
            "<p>Analytic Hierarchy Process (Saaty 1980). Cell (i, j) of the matrix says how much "
            "more important criterion i is than criterion j on Saaty's 1-9 scale (1 = equal, "
            "3 = moderately, 5 = strongly, 7 = very strongly, 9 = extremely more important); "
            "cell (j, i) holds the reciprocal. Write rows separated by ';' and cells by ',', "
            "fractions allowed: <code>1,3,5;1/3,1,3;1/5,1/3,1</code>.</p>"
            "<p><b>eigenvector</b>: the weights are the principal eigenvector, normalised to sum "
            "1; &lambda;max is its eigenvalue. <b>geometric_mean</b>: normalised row geometric "
            "means; &lambda;max is estimated as the mean of (A&middot;w)<sub>i</sub>/w<sub>i</sub>."
            "</p><p>CI = (&lambda;max &minus; n)/(n &minus; 1); CR = CI/RI(n), with the Random "
            "Index table of your choice: saaty1980 (the classic table), saaty2005 (Theory and "
            "Applications of the ANP, p. 31) or donegan_dodd (1991). A CR above 0.1 means the "
            "judgements contradict each other more than Saaty accepts: revise the matrix. The "
            "weights are still returned, with a warning.</p>"
            "<p><b>Several stakeholders</b> (province, municipalities, water board): give one "
            "matrix each in MATRIX, separated by '|' or an empty line, and optionally "
            "STAKEHOLDER_WEIGHTS and STAKEHOLDER_NAMES. GROUP_METHOD <b>aij</b> (aggregate "
            "individual judgements, for a group that decides as one) takes the cell-by-cell "
            "weighted geometric mean of the matrices, the only mean that keeps them reciprocal "
            "(Acz&eacute;l &amp; Saaty 1983), and weighs that; <b>aip</b> (aggregate individual "
            "priorities, for stakeholders who act as separate organisations) takes the weighted "
            "geometric mean of each stakeholder's weights (Forman &amp; Peniwati 1998). CR, CI "
            "and &lambda;max are those of the geometric-mean matrix; each stakeholder's weights "
            "and CR are logged and written to the weights table, with the spread (largest minus "
            "smallest stakeholder weight) per criterion.</p>"
            "<p>The WEIGHTS output is a comma-separated string that ruimte:combine accepts, so "
            "the two can be chained in a model.</p>")

    def initAlgorithm(self, config=None):  # noqa: N802
        self.add(QgsProcessingParameterString(self.MATRIX, tr("Pairwise comparison matrix"),
                                              multiLine=True),
                 tr("Rows separated by ';' (or new lines), values by ','; fractions such as 1/3 "
                    "are allowed. Example for three criteria: 1,3,5;1/3,1,3;1/5,1/3,1. With "
                    "decimal commas separate the values by spaces or tabs (1 0,5;2 1, as a "
                    "spreadsheet pastes them). Several stakeholders: one matrix each, separated "
                    "by '|' or an empty line."))
        self.add_choice(self.METHOD, tr("Method"), AHP_METHODS, "eigenvector",
                        tr("eigenvector (Saaty's principal eigenvector) or geometric_mean (row "
                           "geometric means)."))
        self.add_choice(self.RI_TABLE, tr("Random Index table"), tuple(RI_TABLES), "saaty1980",
                        tr("Random Index values used for CR: saaty1980 (classic), saaty2005, "
                           "donegan_dodd (1991)."), advanced=True)
        self.add(QgsProcessingParameterString(self.CRITERIA_NAMES, tr("Criterion names"),
                                              optional=True),
                 tr("Optional comma-separated names, in the order of the matrix rows, used in "
                    "the output table."))
        self.add_choice(self.GROUP_METHOD, tr("Group method (several matrices)"), GROUP_METHODS,
                        "aij", tr("aij: weighted geometric mean of the judgements, then the "
                                  "weights (a group that decides as one); aip: each "
                                  "stakeholder's weights, then their weighted geometric mean "
                                  "(separate organisations). Forman & Peniwati 1998."),
                        advanced=True)
        self.add(QgsProcessingParameterString(self.STAKEHOLDER_WEIGHTS,
                                              tr("Stakeholder weights"), optional=True),
                 tr("One per matrix, e.g. 2,1,1, or with decimal commas separated by ';' "
                    "(0,5;0,25;0,25); divided by their sum. Empty: every stakeholder counts "
                    "equally."), advanced=True)
        self.add(QgsProcessingParameterString(self.STAKEHOLDER_NAMES, tr("Stakeholder names"),
                                              optional=True),
                 tr("Comma-separated, one per matrix, for the log and the weights table."),
                 advanced=True)
        self.add(QgsProcessingParameterFeatureSink(self.OUTPUT_TABLE, tr("Weights table"),
                                                   QgsProcessing.TypeVector, optional=True),
                 tr("Table with one row per criterion: name, weight and rank; with several "
                    "stakeholders also each one's weight (w_<name>) and the spread."))
        self.addOutput(QgsProcessingOutputString(self.WEIGHTS, tr("Weights")))
        self.addOutput(QgsProcessingOutputNumber(self.CR, tr("Consistency ratio (CR)")))
        self.addOutput(QgsProcessingOutputNumber(self.CI, tr("Consistency index (CI)")))
        self.addOutput(QgsProcessingOutputNumber(self.LAMBDA_MAX, tr("Principal eigenvalue")))
        self.addOutput(QgsProcessingOutputBoolean(self.CONSISTENT, tr("CR at most 0.1")))

    def canExecute(self):  # noqa: N802 (pure numpy: rasterio is not needed)
        return True, ""

    def execute(self, parameters, context, feedback):
        text = self.parameterAsString(parameters, self.MATRIX, context)
        method = self.parameterAsEnumString(parameters, self.METHOD, context)
        ri_table = self.parameterAsEnumString(parameters, self.RI_TABLE, context)
        with input_for(self.MATRIX, group_method=self.GROUP_METHOD,
                       stakeholder_weights=self.STAKEHOLDER_WEIGHTS):
            matrices = parse_matrices(text)
            if len(matrices) == 1:
                result, group = ahp(matrices[0], method, ri_table), None
            else:
                group = group_ahp(matrices, method, ri_table, self.parameterAsEnumString(
                    parameters, self.GROUP_METHOD, context), self._stakeholder_weights(
                        parameters, context))
                result = group.group
        names = self.name_list(parameters, self.CRITERIA_NAMES, context, result.n,
                            tr("criterion {}"), tr("{} names for a {}x{} matrix; give one name "
                                                   "per row"))
        stakeholders = None
        if group is not None:
            stakeholders = self.name_list(parameters, self.STAKEHOLDER_NAMES, context,
                                       len(matrices), tr("stakeholder {}"),
                                       tr("{} stakeholder names for {} matrices; give one name "
                                          "per matrix"))
            self._log_stakeholders(feedback, group, names, stakeholders)

        weights = format_weights(result.weights)
        feedback.pushInfo(tr("Weights: {}").format(", ".join(
            f"{n} {w:.4f}" for n, w in zip(names, result.weights))))
        feedback.pushInfo(tr("lambda_max = {:.5f}, CI = {:.5f}, CR = {:.4f} (RI = {} from {})")
                          .format(result.lambda_max, result.ci, result.cr, result.ri,
                                  result.ri_table))
        feedback.pushInfo(tr("Conventions: {}").format("; ".join(
            f"{k} = {v}" for k, v in result.conventions().items())))
        if not result.consistent:
            feedback.pushWarning(tr("CR = {:.3f} is above {}: the judgements are inconsistent. "
                                    "Revise the comparisons that disagree most before using "
                                    "these weights.").format(result.cr, CR_LIMIT))

        outputs = {self.WEIGHTS: weights, self.CR: result.cr, self.CI: result.ci,
                   self.LAMBDA_MAX: result.lambda_max, self.CONSISTENT: result.consistent}
        if parameters.get(self.OUTPUT_TABLE) is not None:
            outputs[self.OUTPUT_TABLE] = self._write_table(parameters, context, names,
                                                           result.weights, group, stakeholders)
        return outputs

    def _stakeholder_weights(self, parameters, context):
        text = self.optional_string(parameters, self.STAKEHOLDER_WEIGHTS, context)
        with input_for(self.STAKEHOLDER_WEIGHTS):
            return parse_number_list(text) if text else None

    @staticmethod
    def _log_stakeholders(feedback, group, names, stakeholders):
        feedback.pushInfo(tr("{} stakeholders, group method {}, stakeholder weights {}").format(
            len(stakeholders), group.group_method,
            ", ".join(f"{s} {v:.3f}" for s, v in zip(stakeholders, group.stakeholder_weights))))
        for stakeholder, own in zip(stakeholders, group.individual):
            feedback.pushInfo(tr("{}: {}; CR = {:.4f}").format(stakeholder, ", ".join(
                f"{n} {w:.4f}" for n, w in zip(names, own.weights)), own.cr))
            if not own.consistent:
                feedback.pushWarning(tr("{}: CR = {:.3f} is above {}: ask this stakeholder to "
                                        "revise the comparisons.").format(stakeholder, own.cr,
                                                                         CR_LIMIT))
        worst = int(group.spread.argmax())
        own = group.individual_weights[:, worst]
        feedback.pushInfo(tr("The stakeholders disagree most on {}: weights from {:.3f} to "
                             "{:.3f}.").format(names[worst], own.min(), own.max()))

    def _write_table(self, parameters, context, names, weights, group=None, stakeholders=None):
        columns = [("criterion", "string"), ("weight", "double"), ("rank", "int")]
        own, spread = [], []
        if group is not None:
            own, spread = group.individual_weights, group.spread
            columns += [(field_name, "double") for field_name in
                        prefixed_field_names(stakeholders, "w_")] + [("spread", "double")]
        fields = QgsFields()
        for name, kind in columns:
            fields.append(make_field(name, kind))
        sink, dest = self.feature_sink(parameters, self.OUTPUT_TABLE, context, fields,
                                          QgsWkbTypes.NoGeometry, QgsCoordinateReferenceSystem())
        if sink is None:
            return None
        order = sorted(range(len(weights)), key=lambda i: -weights[i])
        ranks = {i: r + 1 for r, i in enumerate(order)}
        for i, (name, weight) in enumerate(zip(names, weights)):
            feature = QgsFeature(fields)
            extra = [float(w[i]) for w in own] + ([float(spread[i])] if len(spread) else [])
            feature.setAttributes([name, float(weight), ranks[i]] + extra)
            sink.addFeature(feature, QgsFeatureSink.FastInsert)
        return dest

