"""ruimte:preparefairways — fairway sections with a CEMT class (RWS FIS) -> waterways with a
'cemt' field for ruimte:accessibility (WATERWAYS, CEMT_FIELD = cemt)."""

from collections import Counter

from qgis.core import (QgsProcessing, QgsProcessingParameterFeatureSource,
                       QgsProcessingParameterField)

from ..core.errors import InputError
from ..core.prepare import fairways
from ..i18n import tr
from .base import input_for
from .fields import extend_fields
from .prepare_common import PrepareAlgorithm


class PrepareFairwaysAlgorithm(PrepareAlgorithm):
    INPUT = "INPUT"
    CLASS_FIELD = "CLASS_FIELD"
    OUTPUT = "OUTPUT"

    def name(self):
        return "preparefairways"

    def displayName(self):  # noqa: N802
        return tr("Fairways (CEMT class) -> waterways (accessibility)")

    def shortDescription(self):  # noqa: N802
        return tr("Writes the CEMT class of each fairway section in the form the accessibility "
                  "criterion reads.")

    def tags(self):
        return tr("vaarweg,CEMT,scheepvaartklasse,FIS,VNDS,Rijkswaterstaat,waterway,fairway,"
                  "data preparation").split(",")

    def shortHelpString(self):  # noqa: N802
        return tr(
            "<p>Input: fairway sections with a CEMT class, e.g. Rijkswaterstaat's Fairway "
            "Information Services (FIS/VNDS, layer scheepvaartklasse; "
            "https://geo.rijkswaterstaat.nl/arcgis/rest/services/GDR/fis_vnds/MapServer, "
            "open data, also listed on https://data.overheid.nl) or a province's own "
            "fairway map. CLASS_FIELD: the field with the class (empty: the first of "
            "cemt_klasse, cemtklasse, cemt, cemt_class, scheepvaartklasse, klasse).</p>"
            "<p>OUTPUT: every section with all its fields plus <code>cemt</code>: the CEMT "
            "1992 class name (0, I, II, III, IV, Va, Vb, VIa, VIb, VIc, VII). Accepted "
            "spellings: Va, V_A, 5a, 4, and 'IVa - M6' (IVa and IVb count as IV). "
            "Recreational classes (RA-RD) and empty values give an empty class (not counted "
            "by the criterion's minimum class). Give WATERWAYS = this output and CEMT_FIELD = "
            "cemt to 'Accessibility'.</p>")

    def initAlgorithm(self, config=None):  # noqa: N802
        self.add(QgsProcessingParameterFeatureSource(self.INPUT, tr("Fairway sections"),
                                                     [QgsProcessing.TypeVectorLine]),
                 tr("Lines with a CEMT class field."))
        self.add(QgsProcessingParameterField(self.CLASS_FIELD, tr("CEMT class field"), None,
                                             self.INPUT, optional=True),
                 tr("Empty: found by name (cemt_klasse, cemt, scheepvaartklasse, ...)."))
        self.add_sink(self.OUTPUT, tr("Waterways"), QgsProcessing.TypeVectorLine,
                      tr("For WATERWAYS of 'Accessibility', with CEMT_FIELD = cemt."))

    def execute(self, parameters, context, feedback):
        source = self.required_source(parameters, self.INPUT, context)
        given = self.given_field(parameters, self.CLASS_FIELD, context)
        field = self.field_of(source, self.CLASS_FIELD if given else self.INPUT,
                              fairways.CLASS_FIELDS, fairways.dataset(), given)
        fields = extend_fields(source.fields(), [(fairways.OUT_FIELD, "string")])
        out, dest = self.sink(parameters, self.OUTPUT, context, fields, source.wkbType(),
                              source.sourceCrs())
        counts = Counter()
        for feature in self.features(source, feedback):
            value = feature[field]
            value = None if value is None or (hasattr(value, "isNull") and value.isNull()) \
                else value
            with input_for(self.CLASS_FIELD if given else self.INPUT):
                try:
                    cemt = fairways.normalise(value)
                except InputError as err:
                    raise InputError(tr("field '{}': {}; expected {}").format(
                        field, err, fairways.dataset())) from None
            counts[cemt or "-"] += 1
            self.add_copy(out, feature, fields, [cemt])
        feedback.pushInfo(tr("Fairways: {} sections from field '{}'; per CEMT class: {}.")
                          .format(sum(counts.values()), field,
                                  ", ".join(f"{k} {v}" for k, v in sorted(counts.items()))))
        if set(counts) == {"-"}:
            feedback.pushWarning(tr("No section has a CEMT class."))
        return {self.OUTPUT: dest}
