"""ruimte:parkfit — right company, right place: which business parks fit a profile, and which
scarce parks (HMC, water-bound) should be kept for the firms that need them."""

from qgis.core import (QgsFeature, QgsFeatureSink, QgsProcessing,
                       QgsProcessingParameterFeatureSink, QgsProcessingParameterFeatureSource,
                       QgsProcessingParameterField, QgsWkbTypes)

from ..core.criteria.zoning import CATEGORIES, category_rank
from ..core.errors import InputError
from ..core.numbers import parse_number
from ..core.park_fit import DEFAULT_HMC_FROM, ParkFacts, assess, water_access
from ..i18n import tr, user_language
from .base import RuimteAlgorithm
from .fields import extend_fields
from .layers import iter_features
from .parameters import input_for, is_unset
from .profile_inputs import add_profile_parameters, read_profile

AREA_UNITS = ("ha", "m2")


class ParkFitAlgorithm(RuimteAlgorithm):
    group_id = "sites"
    PARKS = "PARKS"
    NAME_FIELD = "NAME_FIELD"
    CATEGORY_FIELD = "CATEGORY_FIELD"
    WATER_FIELD = "WATER_FIELD"
    AREA_FIELD = "AREA_FIELD"
    AREA_UNIT = "AREA_UNIT"
    HMC_FROM = "HMC_FROM"
    OUTPUT = "OUTPUT"

    def name(self):
        return "parkfit"

    def displayName(self):  # noqa: N802
        return tr("Right company, right place (business parks)")

    def shortDescription(self):  # noqa: N802
        return tr("Which business parks fit a company profile, and which HMC or water-bound "
                  "parks should be kept for the firms that need them.")

    def tags(self):
        return tr("juiste bedrijf op de juiste plek,bedrijventerrein,IBIS,HMC,watergebonden,"
                  "milieucategorie,reservering,business park,reservation").split(",")

    def shortHelpString(self):  # noqa: N802
        return tr(
            "<p>For each business park (e.g. IBIS Werklocaties) and a company PROFILE:</p><ul>"
            "<li><b>fits</b>: the largest issuable plot (AREA_FIELD, in ha or m&sup2;) is at "
            "least the profile's minimum area; the park's maximum environmental category "
            "(CATEGORY_FIELD, e.g. 4.2) admits the profile's category; a profile that needs "
            "water gets a park with water access (WATER_FIELD, e.g. 'Ja, met kade' / 'Nee, er "
            "is geen vaarwater aanwezig'). 1 = fits, 0 = does not (fit_reasons says why), "
            "empty = nothing failed but some data are missing (named in fit_reasons).</li>"
            "<li><b>reserve</b>: the provinces want to keep HMC and water-bound parks for the "
            "firms that need them. A park with a maximum category of HMC_FROM or more (default "
            "4.1, an assumption: HMC has no national definition) is an HMC park; one with water "
            "access is water-bound. A profile below HMC_FROM on an HMC park, or without a water "
            "need on a water-bound park, is flagged in reserve.</li></ul>"
            "<p>The field names default to the IBIS names (Max_milieucategorie, "
            "Waterontsluiting, Grootst_uitgeefbaar_deel_ha); map your own fields with the "
            "field parameters. A field the layer lacks makes that check unknown.</p>")

    def initAlgorithm(self, config=None):  # noqa: N802
        self.add(QgsProcessingParameterFeatureSource(self.PARKS, tr("Business parks"),
                                                     [QgsProcessing.TypeVectorPolygon]),
                 tr("Business-park polygons, e.g. IBIS Werklocaties."))
        add_profile_parameters(self)
        for name, label, default, help_text in (
                (self.NAME_FIELD, tr("Name field"), "BEDRIJVENT",
                 tr("Park name, for the messages (IBIS: BEDRIJVENT).")),
                (self.CATEGORY_FIELD, tr("Maximum category field"), "Max_milieucategorie",
                 tr("Highest VNG category allowed on the park (IBIS: Max_milieucategorie).")),
                (self.WATER_FIELD, tr("Water access field"), "Waterontsluiting",
                 tr("Water access, e.g. 'Ja, met kade' or 'Nee, er is geen vaarwater aanwezig' "
                    "(IBIS: Waterontsluiting).")),
                (self.AREA_FIELD, tr("Largest issuable plot field"),
                 "Grootst_uitgeefbaar_deel_ha",
                 tr("Largest plot still to be issued (IBIS: Grootst_uitgeefbaar_deel_ha); or "
                    "e.g. OPPNETTO with AREA_UNIT m2."))):
            # optional: a default field name the layer lacks must not block the run
            self.add(QgsProcessingParameterField(name, label, default, self.PARKS,
                                                 optional=True), help_text)
        self.add_choice(self.AREA_UNIT, tr("Unit of the area field"), AREA_UNITS, "ha",
                        tr("ha or m2."))
        self.add_choice(self.HMC_FROM, tr("HMC from category"), CATEGORIES, DEFAULT_HMC_FROM,
                        tr("Parks from this maximum category are HMC parks (default 4.1, "
                           "an assumption: HMC has no national definition)."))
        self.add(QgsProcessingParameterFeatureSink(self.OUTPUT, tr("Parks and fit"),
                                                   QgsProcessing.TypeVectorPolygon),
                 tr("The parks with fits, fit_reasons, hmc_park, water_park and reserve."))

    def _field(self, parameters, name, context, source, feedback):
        value = parameters.get(name)
        field = self.parameterAsString(parameters, name, context) if not is_unset(value) else \
            self.parameterDefinition(name).defaultValue()
        if field and source.fields().indexOf(field) < 0:
            feedback.pushWarning(tr("The parks have no field '{}' ({}): that check is unknown.")
                                 .format(field, name))
            return None
        return field or None

    def execute(self, parameters, context, feedback):
        parks = self.parameterAsSource(parameters, self.PARKS, context)
        if parks is None or parks.featureCount() == 0:
            raise InputError(tr("the park layer is empty: give at least one business park"),
                             self.PARKS)
        profile = read_profile(self, parameters, context)
        names = {key: self._field(parameters, key, context, parks, feedback)
                 for key in (self.NAME_FIELD, self.CATEGORY_FIELD, self.WATER_FIELD,
                             self.AREA_FIELD)}
        factor = 1e-4 if self.parameterAsEnumString(parameters, self.AREA_UNIT,
                                                    context) == "m2" else 1.0
        hmc_from = self.parameterAsEnumString(parameters, self.HMC_FROM, context)
        fields = extend_fields(parks.fields(), [
            ("fits", "int"), ("fit_reasons", "string"), ("hmc_park", "int"),
            ("water_park", "int"), ("reserve", "string")])
        features = list(iter_features(parks))
        no_geometry = sum(not f.hasGeometry() or f.geometry().isEmpty() for f in features)
        if no_geometry:
            self.warn(tr("layer '{}' ({}): {} of {} parks have no geometry (NULL or empty); "
                         "they are assessed on their fields but cannot be shown on a map")
                      .format(parks.sourceName(), self.PARKS, no_geometry, len(features)))
        verdicts = [assess(self._facts(f, names, factor), profile, hmc_from) for f in features]
        sink, dest = self.feature_sink(parameters, self.OUTPUT, context, fields,
                                          QgsWkbTypes.multiType(parks.wkbType()),
                                          parks.sourceCrs())
        if sink is None:
            raise InputError(tr("the output cannot be written"), self.OUTPUT)
        counts = {"fit": 0, "flag": 0, "total": 0}
        for feature, verdict in zip(features, verdicts):
            out = QgsFeature(fields)
            geom = feature.geometry()
            geom.convertToMultiType()
            out.setGeometry(geom)
            out.setAttributes(feature.attributes() + [
                None if verdict.fits is None else int(verdict.fits),
                "; ".join(verdict.reasons), int(verdict.hmc_park), int(verdict.water_park),
                "; ".join(verdict.reserve)])
            sink.addFeature(out, QgsFeatureSink.FastInsert)
            counts["total"] += 1
            counts["fit"] += verdict.fits is True
            counts["flag"] += bool(verdict.reserve)
        feedback.pushInfo(tr("{}: {} of {} parks fit; {} flagged to keep for other firms.")
                          .format(profile.name(user_language()), counts["fit"], counts["total"],
                                  counts["flag"]))
        self.style_output(context, dest, "parkfit")
        return {self.OUTPUT: dest}

    def _facts(self, feature, names, factor):
        def value(key):
            field = names[key]
            raw = feature[field] if field else None
            return None if is_unset(raw) else raw
        area = value(self.AREA_FIELD)
        with input_for(self.CATEGORY_FIELD):
            category = category_rank(value(self.CATEGORY_FIELD))
        try:
            area = None if area is None else parse_number(area) * factor
        except InputError:
            raise InputError(tr("'{}' is not a number").format(area), self.AREA_FIELD) from None
        return ParkFacts(str(value(self.NAME_FIELD) or feature.id()), area, category,
                         water_access(value(self.WATER_FIELD)))
