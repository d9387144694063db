"""ruimte:ahpweights — weights and consistency from an AHP pairwise comparison matrix."""

from qgis.core import (QgsFeature, QgsFeatureSink, QgsFields,
                       QgsProcessingOutputBoolean, QgsProcessingOutputNumber,
                       QgsProcessingOutputString, QgsProcessingParameterFeatureSink,
                       QgsProcessingParameterString, QgsProcessing, QgsWkbTypes,
                       QgsCoordinateReferenceSystem)

from ..core.errors import InputError
from ..core.weights import AHP_METHODS, CR_LIMIT, RI_TABLES, ahp, format_weights, parse_matrix
from ..i18n import tr
from .base import RuimteAlgorithm, make_field


class AhpWeightsAlgorithm(RuimteAlgorithm):
    MATRIX = "MATRIX"
    METHOD = "METHOD"
    RI_TABLE = "RI_TABLE"
    CRITERIA_NAMES = "CRITERIA_NAMES"
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
                  "paarsgewijze vergelijking").split(",")

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
            "<p>The WEIGHTS output is a comma-separated string that ruimte:combine accepts, so "
            "the two can be chained in a model.</p>")

    def initAlgorithm(self, config=None):  # noqa: N802
        self.add(QgsProcessingParameterString(self.MATRIX, tr("Pairwise comparison matrix"),
                                              multiLine=True),
                 tr("Rows separated by ';' (or new lines), values by ','; fractions such as 1/3 "
                    "are allowed. Example for three criteria: 1,3,5;1/3,1,3;1/5,1/3,1"))
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
        self.add(QgsProcessingParameterFeatureSink(self.OUTPUT_TABLE, tr("Weights table"),
                                                   QgsProcessing.TypeVector, optional=True),
                 tr("Table with one row per criterion: name, weight and rank."))
        self.addOutput(QgsProcessingOutputString(self.WEIGHTS, tr("Weights")))
        self.addOutput(QgsProcessingOutputNumber(self.CR, tr("Consistency ratio (CR)")))
        self.addOutput(QgsProcessingOutputNumber(self.CI, tr("Consistency index (CI)")))
        self.addOutput(QgsProcessingOutputNumber(self.LAMBDA_MAX, tr("Principal eigenvalue")))
        self.addOutput(QgsProcessingOutputBoolean(self.CONSISTENT, tr("CR at most 0.1")))

    def canExecute(self):  # noqa: N802 (pure numpy: rasterio is not needed)
        return True, ""

    def execute(self, parameters, context, feedback):
        text = self.parameterAsString(parameters, self.MATRIX, context)
        try:
            matrix = parse_matrix(text)
            result = ahp(matrix, self.parameterAsEnumString(parameters, self.METHOD, context),
                         self.parameterAsEnumString(parameters, self.RI_TABLE, context))
        except InputError as err:
            raise InputError(str(err), err.parameter or self.MATRIX) from None
        names = [n.strip() for n in self.optional_string(parameters, self.CRITERIA_NAMES,
                                                         context).split(",") if n.strip()]
        if names and len(names) != result.n:
            raise InputError(tr("{} names for a {}x{} matrix; give one name per row")
                             .format(len(names), result.n, result.n), self.CRITERIA_NAMES)
        names = names or [tr("criterion {}").format(i + 1) for i in range(result.n)]

        weights = format_weights(result.weights)
        feedback.pushInfo(tr("Weights: {}").format(", ".join(
            f"{n} {w:.4f}" for n, w in zip(names, result.weights))))
        feedback.pushInfo(tr("lambda_max = {:.5f}, CI = {:.5f}, CR = {:.4f} (RI = {} from {})")
                          .format(result.lambda_max, result.ci, result.cr, result.ri,
                                  result.ri_table))
        if not result.consistent:
            feedback.pushWarning(tr("CR = {:.3f} is above {}: the judgements are inconsistent. "
                                    "Revise the comparisons that disagree most before using "
                                    "these weights.").format(result.cr, CR_LIMIT))

        outputs = {self.WEIGHTS: weights, self.CR: result.cr, self.CI: result.ci,
                   self.LAMBDA_MAX: result.lambda_max, self.CONSISTENT: result.consistent}
        if parameters.get(self.OUTPUT_TABLE) is not None:
            outputs[self.OUTPUT_TABLE] = self._write_table(parameters, context, names,
                                                           result.weights)
        return outputs

    def _write_table(self, parameters, context, names, weights):
        fields = QgsFields()
        for name, kind in (("criterion", "string"), ("weight", "double"), ("rank", "int")):
            fields.append(make_field(name, kind))
        sink, dest = self.parameterAsSink(parameters, self.OUTPUT_TABLE, context, fields,
                                          QgsWkbTypes.NoGeometry, QgsCoordinateReferenceSystem())
        if sink is None:
            return None
        order = sorted(range(len(weights)), key=lambda i: -weights[i])
        ranks = {i: r + 1 for r, i in enumerate(order)}
        for i, (name, weight) in enumerate(zip(names, weights)):
            feature = QgsFeature(fields)
            feature.setAttributes([name, float(weight), ranks[i]])
            sink.addFeature(feature, QgsFeatureSink.FastInsert)
        return dest
