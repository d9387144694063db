"""ruimte:preparenatura2000 — Natura 2000 areas or a habitat map -> nitrogen-sensitive habitat
for ruimte:nitrogen (HABITATS, with KDW_FIELD 'kdw' when a KDW is known)."""

from qgis.core import (QgsProcessing, QgsProcessingParameterFeatureSource,
                       QgsProcessingParameterField)

from ..core.criteria.nitrogen import SENSITIVE_KDW
from ..core.errors import InputError
from ..core.prepare import natura
from ..core.prepare.schema import find_field
from ..i18n import tr
from .base import input_for
from .fields import extend_fields
from .prepare_common import PrepareAlgorithm


class PrepareNatura2000Algorithm(PrepareAlgorithm):
    INPUT = "INPUT"
    FLAG_FIELD = "FLAG_FIELD"
    KDW_FIELD = "KDW_FIELD"
    REGIME_FIELD = "REGIME_FIELD"
    KDW_LIMIT = "KDW_LIMIT"
    OUTPUT = "OUTPUT"

    def name(self):
        return "preparenatura2000"

    def displayName(self):  # noqa: N802
        return tr("Natura 2000 -> nitrogen-sensitive habitat (nitrogen)")

    def shortDescription(self):  # noqa: N802
        return tr("Keeps the nitrogen-sensitive Natura 2000 areas or habitats, for the HABITATS "
                  "input of the nitrogen criterion.")

    def tags(self):
        return tr("Natura 2000,stikstofgevoelig,KDW,habitattype,PDOK,RVO,nitrogen,habitat,"
                  "data preparation").split(",")

    def shortHelpString(self):  # noqa: N802
        return tr(
            "<p>Input: the Natura 2000 areas of RVO/LNV (download from PDOK: "
            "https://service.pdok.nl/rvo/natura2000/atom/v1_0/natura2000.xml, or the WFS "
            "https://service.pdok.nl/rvo/natura2000/wfs/v1_0), or a habitat-type map with a "
            "KDW per polygon.</p>"
            "<p>What counts as nitrogen-sensitive, in this order: (1) a yes/no field "
            "FLAG_FIELD (default <code>stikstofgevoelig</code>, as in the PDOK dataset); "
            "(2) a KDW field (critical deposition value, mol N/ha/yr): sensitive below "
            "KDW_LIMIT (default {:g}, the AERIUS factsheets' limit for nitrogen-sensitive "
            "habitat); (3) the protection regime (<code>beschermin</code> or "
            "<code>richtlijn</code>: VR, HR, VR+HR): areas under the Habitats Directive (HR) "
            "count, bird-only areas (VR) do not. (3) is our reading, a coarse one: use (1) or "
            "(2) where you can. A polygon with an unknown value counts as sensitive (as "
            "'Nitrogen deposition screening' counts an unknown KDW) and is counted in the "
            "log.</p>"
            "<p>OUTPUT: the sensitive polygons with all their fields; with a KDW field also "
            "<code>kdw</code> (a number): give it as KDW_FIELD of 'Nitrogen deposition "
            "screening'.</p>").format(SENSITIVE_KDW)

    def initAlgorithm(self, config=None):  # noqa: N802
        self.add(QgsProcessingParameterFeatureSource(self.INPUT, tr("Natura 2000 areas or "
                                                                    "habitats"),
                                                     [QgsProcessing.TypeVectorPolygon]),
                 tr("PDOK Natura 2000 (RVO) or a habitat map with KDW."))
        for name, label, default in (
                (self.FLAG_FIELD, tr("Nitrogen-sensitive flag field"), "stikstofgevoelig"),
                (self.KDW_FIELD, tr("KDW field (mol N/ha/yr)"), "kdw"),
                (self.REGIME_FIELD, tr("Protection regime field"), "beschermin / richtlijn")):
            self.add(QgsProcessingParameterField(name, label, None, self.INPUT, optional=True),
                     tr("Empty: {} when the layer has it.").format(default), advanced=True)
        self.add_number(self.KDW_LIMIT, tr("Sensitive below KDW (mol N/ha/yr)"),
                        tr("Default {:g}: AERIUS factsheets (KDW below 2400 = "
                           "nitrogen-sensitive).").format(SENSITIVE_KDW),
                        default=SENSITIVE_KDW, minimum=0, advanced=True)
        self.add_sink(self.OUTPUT, tr("Nitrogen-sensitive habitat"),
                      QgsProcessing.TypeVectorPolygon,
                      tr("For the HABITATS input of 'Nitrogen deposition screening'."))

    def _method(self, source, parameters, context):
        names = source.fields().names()
        for param, candidates, kind in ((self.FLAG_FIELD, natura.FLAG_FIELDS, "flag"),
                                        (self.KDW_FIELD, natura.KDW_FIELDS, "kdw"),
                                        (self.REGIME_FIELD, natura.REGIME_FIELDS, "regime")):
            given = self.given_field(parameters, param, context)
            if given:
                return kind, self.field_of(source, param, candidates, natura.dataset(), given)
        for candidates, kind in ((natura.FLAG_FIELDS, "flag"), (natura.KDW_FIELDS, "kdw"),
                                 (natura.REGIME_FIELDS, "regime")):
            found = find_field(names, candidates)
            if found:
                return kind, found
        self.field_of(source, self.INPUT, natura.FLAG_FIELDS + natura.KDW_FIELDS +
                      natura.REGIME_FIELDS, natura.dataset())      # raises, naming them

    def execute(self, parameters, context, feedback):
        source = self.required_source(parameters, self.INPUT, context)
        kind, field = self._method(source, parameters, context)
        if kind == "kdw" and not source.fields().field(field).isNumeric():
            self.numeric_field(source, field, self.KDW_FIELD)
        limit = self.parameterAsDouble(parameters, self.KDW_LIMIT, context)
        test = {"flag": natura.flag, "regime": natura.by_regime,
                "kdw": lambda v: natura.by_kdw(v, limit)}[kind]
        fields = extend_fields(source.fields(), [("kdw", "double")]) if kind == "kdw" \
            else source.fields()
        out, dest = self.sink(parameters, self.OUTPUT, context, fields, source.wkbType(),
                              source.sourceCrs())
        total = kept = unknown = 0
        for feature in self.features(source, feedback):
            value = feature[field]
            value = None if value is None or (hasattr(value, "isNull") and value.isNull()) \
                else value
            total += 1
            with input_for(self.INPUT):
                try:
                    sensitive = test(value)
                except InputError as err:
                    raise InputError(tr("field '{}': {}").format(field, err)) from None
            if sensitive is None:
                unknown += 1
                sensitive = True
            if sensitive:
                kept += 1
                self.add_copy(out, feature, fields, [None if value is None else float(value)]
                              if kind == "kdw" else [])
        how = {"flag": tr("flag field '{}'"), "kdw": tr("KDW field '{}' below {:g}"),
               "regime": tr("protection regime field '{}' (HR counts; our reading)")}[kind]
        feedback.pushInfo(tr("Natura 2000: {} of {} polygons nitrogen-sensitive by {}; {} with "
                             "an unknown value counted as sensitive.").format(
            kept, total, how.format(field, limit), unknown))
        if kind == "kdw":
            feedback.pushInfo(tr("Give KDW_FIELD = kdw to 'Nitrogen deposition screening'."))
        if kind == "regime":
            feedback.pushWarning(tr("No nitrogen-sensitive flag or KDW: sensitivity follows the "
                                    "protection regime (our reading)."))
        return {self.OUTPUT: dest}
