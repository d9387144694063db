"""ruimte:preparebag — BAG verblijfsobjecten -> sensitive objects for ruimte:zoning (SENSITIVE)
and industrial objects."""

from collections import Counter

from qgis.core import (QgsProcessing, QgsProcessingParameterFeatureSource,
                       QgsProcessingParameterField)

from ..core.errors import InputError
from ..core.prepare import bag
from ..i18n import tr
from .base import input_for
from .prepare_common import PrepareAlgorithm


class PrepareBagAlgorithm(PrepareAlgorithm):
    INPUT = "INPUT"
    USE_FIELD = "USE_FIELD"
    STATUS_FIELD = "STATUS_FIELD"
    USES = "USES"
    STATUSES = "STATUSES"
    OUTPUT = "OUTPUT"
    INDUSTRY = "INDUSTRY"

    def name(self):
        return "preparebag"

    def displayName(self):  # noqa: N802
        return tr("BAG -> sensitive objects (zoning)")

    def shortDescription(self):  # noqa: N802
        return tr("Selects the BAG verblijfsobjecten in use with a sensitive gebruiksdoel, for "
                  "the SENSITIVE input of the zoning criterion.")

    def tags(self):
        return tr("BAG,verblijfsobject,gebruiksdoel,woonfunctie,PDOK,milieuzonering,houses,"
                  "sensitive,data preparation").split(",")

    def shortHelpString(self):  # noqa: N802
        return tr(
            "<p>Input: the <b>verblijfsobject</b> layer of the BAG GeoPackage of PDOK (BAG 2.0; "
            "download: https://service.pdok.nl/lv/bag/atom/bag.xml, or per area through "
            "https://www.pdok.nl), with the fields <code>gebruiksdoel</code> and "
            "<code>status</code> (found in any letter case; choose other fields with USE_FIELD "
            "and STATUS_FIELD).</p>"
            "<p>OUTPUT keeps the objects whose status is one of STATUSES (default: in use, in "
            "use (not measured), being rebuilt) and with at least one gebruiksdoel of USES; "
            "all fields are kept. Feed it to 'Environmental zoning' (SENSITIVE).</p>"
            "<p>USES default: woonfunctie. The VNG guide (VNG 2009, <i>Bedrijven en "
            "milieuzonering</i>) measures from houses and other sensitive functions without a "
            "list in BAG terms; adding onderwijsfunctie, gezondheidszorgfunctie or "
            "logiesfunctie is our reading, not the guide's.</p>"
            "<p>INDUSTRY (optional): the objects in use with an industriefunctie, e.g. for "
            "existing business parks.</p>"
            "<p>Values: BAG 2.0 catalogue (Kadaster, https://imbag.github.io/catalogus/). An "
            "address extract (nummeraanduidingen, status 'Naamgeving uitgegeven') or a layer "
            "without gebruiksdoel is refused, with the fields it has.</p>")

    def initAlgorithm(self, config=None):  # noqa: N802
        self.add(QgsProcessingParameterFeatureSource(
            self.INPUT, tr("BAG verblijfsobjecten"),
            [QgsProcessing.TypeVectorPoint, QgsProcessing.TypeVectorPolygon]),
            tr("Layer verblijfsobject of the PDOK BAG GeoPackage (BAG 2.0)."))
        self.add(QgsProcessingParameterField(self.USE_FIELD, tr("Gebruiksdoel field"), None,
                                             self.INPUT, optional=True),
                 tr("Empty: gebruiksdoel (or gebruiksdoelen)."), advanced=True)
        self.add(QgsProcessingParameterField(self.STATUS_FIELD, tr("Status field"), None,
                                             self.INPUT, optional=True),
                 tr("Empty: status (or verblijfsobjectstatus)."), advanced=True)
        self.add_multi_choice(self.USES, tr("Sensitive uses (gebruiksdoel)"), bag.USES,
                              bag.DEFAULT_USES,
                              tr("Default woonfunctie. Others are our reading of the VNG "
                                 "guide's 'other sensitive functions'."))
        self.add_multi_choice(self.STATUSES, tr("Statuses that count"), bag.STATUSES,
                              bag.DEFAULT_STATUSES,
                              tr("Default: in use, in use (not measured), being rebuilt. Add "
                                 "'Verblijfsobject gevormd' to count planned objects."))
        self.add_sink(self.OUTPUT, tr("Sensitive objects"), QgsProcessing.TypeVectorAnyGeometry,
                      tr("For the SENSITIVE input of 'Environmental zoning'."))
        self.add_sink(self.INDUSTRY, tr("Industrial objects"),
                      QgsProcessing.TypeVectorAnyGeometry,
                      tr("Objects in use with an industriefunctie."), optional=True,
                      default=False)

    def execute(self, parameters, context, feedback):
        source = self.required_source(parameters, self.INPUT, context)
        use_field = self.field_of(source, self.INPUT, bag.USE_FIELDS, bag.dataset(),
                                  self.given_field(parameters, self.USE_FIELD, context))
        status_field = self.field_of(source, self.INPUT, bag.STATUS_FIELDS, bag.dataset(),
                                     self.given_field(parameters, self.STATUS_FIELD, context))
        with input_for(self.INPUT):
            bag.check_statuses(source.uniqueValues(source.fields().indexOf(status_field)))
        with input_for(uses=self.USES, statuses=self.STATUSES):
            rule = bag.BagFilter(
                tuple(self.parameterAsEnumStrings(parameters, self.USES, context)),
                tuple(self.parameterAsEnumStrings(parameters, self.STATUSES, context))
            ).validate()
        fields = source.fields()
        out, dest = self.sink(parameters, self.OUTPUT, context, fields, source.wkbType(),
                              source.sourceCrs())
        industry, industry_dest = self.sink(parameters, self.INDUSTRY, context, fields,
                                            source.wkbType(), source.sourceCrs())
        counts, statuses = Counter(), Counter()
        for feature in self.features(source, feedback):
            status = feature[status_field]
            statuses[str(status)] += 1
            try:
                sensitive, industrial = rule.classify(feature[use_field], status)
            except InputError as err:
                raise InputError(tr("field '{}': {}").format(use_field, err), self.INPUT) \
                    from None
            counts["all"] += 1
            counts["in use"] += rule.in_use(status)
            if sensitive:
                counts["sensitive"] += 1
                self.add_copy(out, feature, fields)
            if industrial:
                counts["industrial"] += 1
                if industry is not None:
                    self.add_copy(industry, feature, fields)
        feedback.pushInfo(tr("BAG: {} verblijfsobjecten, {} with a status that counts, {} "
                             "sensitive ({}), {} industrial.").format(
            counts["all"], counts["in use"], counts["sensitive"], ", ".join(rule.uses),
            counts["industrial"]))
        feedback.pushInfo(tr("Statuses: {}.").format(
            "; ".join(f"{k} {v}" for k, v in statuses.most_common())))
        if counts["sensitive"] == 0:
            feedback.pushWarning(tr("No verblijfsobject is sensitive: check USES and STATUSES."))
        results = {self.OUTPUT: dest}
        if industry_dest:
            results[self.INDUSTRY] = industry_dest
        return results
