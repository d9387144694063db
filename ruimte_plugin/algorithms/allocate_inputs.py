"""The inputs of ruimte:allocate and ruimte:allocatescenarios: the programme (a table or typed
in), the sites scored per profile (SCORED, or SITES scored here on SUITABILITY rasters), the
reservation of HMC and water-bound sites, the method, and the criteria a user accepts as not
assessed for a provisional programme."""

from qgis.core import (QgsProcessing, QgsProcessingParameterBoolean,
                       QgsProcessingParameterFeatureSource, QgsProcessingParameterMatrix,
                       QgsProcessingParameterMultipleLayers, QgsProcessingParameterString,
                       QgsProcessingUtils, QgsVectorLayer)

from ..core.allocate import METHODS, parse_accepted
from ..core.criteria.zoning import CATEGORIES
from ..core.errors import Cancelled, InputError
from ..core.evidence import key_label
from ..core.park_fit import DEFAULT_HMC_FROM
from ..core.profiles import builtin_profile, load_profile
from ..core.programme import COLUMNS, parse_programme, programme_columns
from ..i18n import tr
from .allocate_sites import read_sites, reserve_sites, warn_overlaps
from .base import RuimteAlgorithm
from .layers import iter_features, layer_label
from .parameters import input_for, is_unset


class AllocateInputs(RuimteAlgorithm):
    """Base of the allocation algorithms: their shared parameters and input reading."""
    group_id = "sites"
    PROGRAMME = "PROGRAMME"
    PROGRAMME_TABLE = "PROGRAMME_TABLE"
    SCORED = "SCORED"
    SITES = "SITES"
    SUITABILITY = "SUITABILITY"
    SITE_ID_FIELD = "SITE_ID_FIELD"
    REGION_FIELD = "REGION_FIELD"
    METHOD = "METHOD"
    SHARE_SITES = "SHARE_SITES"
    TIME_LIMIT = "TIME_LIMIT"
    RESERVE = "RESERVE"
    CATEGORY_FIELD = "CATEGORY_FIELD"
    WATER_FIELD = "WATER_FIELD"
    HMC_FROM = "HMC_FROM"
    ACCEPT_NOT_ASSESSED = "ACCEPT_NOT_ASSESSED"
    OUTPUT = "OUTPUT"
    BALANCE = "BALANCE"

    def init_inputs(self):
        """The inputs both algorithms share: programme, sites, method, reservation."""
        self.add(QgsProcessingParameterFeatureSource(self.PROGRAMME, tr("Programme"),
                                                     [QgsProcessing.TypeVector], optional=True),
                 tr("A table (CSV, spreadsheet, GeoPackage table) with profile, demand_ha, tier "
                    "and region."))
        self.add(QgsProcessingParameterMatrix(
            self.PROGRAMME_TABLE, tr("Programme (typed in)"), numberRows=1,
            hasFixedNumberRows=False, headers=list(COLUMNS), optional=True),
            tr("Instead of PROGRAMME: rows of profile, demand_ha, tier, region."))
        self.add(QgsProcessingParameterMultipleLayers(self.SCORED, tr("Scored sites"),
                                                      QgsProcessing.TypeVectorPolygon,
                                                      optional=True),
                 tr("Outputs of 'Score and rank candidate sites' with a profile, one per "
                    "profile of the programme."))
        self.add(QgsProcessingParameterFeatureSource(self.SITES, tr("Candidate sites"),
                                                     [QgsProcessing.TypeVectorPolygon],
                                                     optional=True),
                 tr("Instead of SCORED: the sites, scored here on SUITABILITY."))
        self.add(QgsProcessingParameterMultipleLayers(self.SUITABILITY,
                                                      tr("Suitability per profile"),
                                                      QgsProcessing.TypeRaster, optional=True),
                 tr("With SITES: outputs of 'Suitability for a company profile' (their "
                    "metadata name the profile)."))
        self.add(QgsProcessingParameterString(self.SITE_ID_FIELD, tr("Site id field"),
                                              optional=True),
                 tr("Field that names a site in every scored layer; empty: sites are matched by "
                    "location and named by a field site_id, naam, name, bedrijvent or id if "
                    "there is one."))
        self.add(QgsProcessingParameterString(self.REGION_FIELD, tr("Region field"),
                                              optional=True),
                 tr("Field of the sites with their region, for programme rows with a region."))
        self.add_choice(self.METHOD, tr("Method"), METHODS, "optimal",
                        tr("greedy (tiers, then suitability) or optimal (MILP)."))
        self.add(QgsProcessingParameterBoolean(self.SHARE_SITES, tr("Sites may be shared"),
                                               True),
                 tr("Several claims may take pieces of one site; off: one claim per site."))
        self.add_number(self.TIME_LIMIT, tr("Time limit per tier (s)"),
                        tr("Stops the optimal method's solver; the best allocation found is "
                           "used and the log says so. Default 60 s (assumption: a provincial "
                           "programme of tens of claims over hundreds of sites solves in "
                           "seconds)."), 60, minimum=1, advanced=True)
        self.add(QgsProcessingParameterBoolean(self.RESERVE, tr("Keep HMC and water-bound sites "
                                                                "for the firms that need them"),
                                               True),
                 tr("A rule of the provinces' position paper; needs CATEGORY_FIELD / "
                    "WATER_FIELD on the sites."))
        for name, label, default, help_text in (
                (self.CATEGORY_FIELD, tr("Maximum category field"), "Max_milieucategorie",
                 tr("Highest VNG category allowed on the site (IBIS: Max_milieucategorie).")),
                (self.WATER_FIELD, tr("Water access field"), "Waterontsluiting",
                 tr("Water access, e.g. 'Ja, met kade' (IBIS: Waterontsluiting)."))):
            self.add(QgsProcessingParameterString(name, label, default, optional=True),
                     help_text, advanced=True)
        self.add_choice(self.HMC_FROM, tr("HMC from category"), CATEGORIES, DEFAULT_HMC_FROM,
                        tr("Sites from this maximum category are kept for HMC firms (default "
                           "4.1, an assumption: HMC has no national definition)."), advanced=True)
        self.add(QgsProcessingParameterString(self.ACCEPT_NOT_ASSESSED,
                                              tr("Accept as not assessed (provisional)"),
                                              optional=True),
                 tr("Criterion keys (e.g. zoning; grid) whose essential data may be missing: "
                    "sites without them then qualify PROVISIONALLY instead of being refused, "
                    "so that a province without e.g. a houses layer can still see a programme. "
                    "Every such piece is labelled provisional and the balance counts its "
                    "hectares. Empty (default): every site with an essential criterion not "
                    "assessed is refused. Keys: nitrogen, grid, zoning, landscape, "
                    "accessibility (or accessibility.road / .water / .rail)."), advanced=True)

    # ------------------------------------------------------------ inputs
    def programme_table(self, parameters, context):
        """(field names, rows as {field name: value}, the parameter they came from): PROGRAMME,
        or PROGRAMME_TABLE with the fields of COLUMNS."""
        source = self.parameterAsSource(parameters, self.PROGRAMME, context)
        if source is not None:
            names = [f.name() for f in source.fields()]
            rows = [{name: feature[name] for name in names} for feature in iter_features(source)]
            return names, rows, self.PROGRAMME
        flat = self.parameterAsMatrix(parameters, self.PROGRAMME_TABLE, context)
        if all(is_unset(v) for v in flat):
            raise InputError(tr("give the programme as a table (PROGRAMME) or typed in "
                                "(PROGRAMME_TABLE)"), self.PROGRAMME)
        width = len(COLUMNS)
        if len(flat) % width:
            raise InputError(tr("{} values do not make rows of {} (profile, demand_ha, tier, "
                                "region; leave tier and region empty when not needed)")
                             .format(len(flat), width), self.PROGRAMME_TABLE)
        rows = [dict(zip(COLUMNS, flat[i:i + width])) for i in range(0, len(flat), width)]
        return list(COLUMNS), rows, self.PROGRAMME_TABLE

    def _programme(self, parameters, context):
        names, rows, where = self.programme_table(parameters, context)
        with input_for(where):
            columns = programme_columns(names)
            claims = parse_programme([{key: row[name] for key, name in columns.items() if name}
                                      for row in rows])
        return claims, self.claim_profiles(claims, where)

    @staticmethod
    def claim_profiles(claims, where):
        """{profile id: Profile} of the claims, whose profile ids and plot sizes are set from
        their profiles; errors name ``where``."""
        profiles = {}
        for claim in claims:
            # the profile of a programme row is part of the programme, whichever field the
            # profile loader names
            with input_for(where, profile=where, PROFILE=where):
                profile = load_profile(claim.profile) if claim.profile.lower().endswith(".json") \
                    else builtin_profile(claim.profile)
            claim.profile = profile.id
            claim.min_ha = float(profile.area_ha[0])
            profiles[profile.id] = profile
        return profiles

    def _scored_layers(self, parameters, context, feedback, profiles):
        """[(layer, profile id or None = from the 'profile' field, essential criteria the
        profile run did not assess)] and whether the sites are keyed by their order (all layers
        scored here from the same SITES)."""
        layers = self.parameterAsLayerList(parameters, self.SCORED, context)
        if layers:
            return [(layer, None, []) for layer in layers], False
        rasters = self.parameterAsLayerList(parameters, self.SUITABILITY, context)
        if self.parameterAsSource(parameters, self.SITES, context) is None or not rasters:
            raise InputError(tr("give SCORED (outputs of 'Score and rank candidate sites'), or "
                                "SITES with SUITABILITY rasters"), self.SCORED)
        self.site_source(parameters, self.SITES, context)
        import processing
        from ..core.rasterio_io import read_tags
        scored = []
        for n, raster in enumerate(rasters):
            path = self.raster_file(raster, self.SUITABILITY)
            tags = read_tags(path).get("RUIMTE_PROFILE") or {}
            profile_id = tags.get("id")
            if not profile_id:
                raise InputError(tr("raster '{}' does not say which profile it is for: use an "
                                    "output of 'Suitability for a company profile'")
                                 .format(layer_label(raster)), self.SUITABILITY)
            need = profiles[profile_id].area_ha[0] if profile_id in profiles else None
            feedback.pushInfo(tr("Scoring the sites on {} ({})").format(layer_label(raster),
                                                                        profile_id))
            result = processing.run("ruimte:scoresites", {
                "SITES": parameters[self.SITES], "CRITERIA": [path], "CONSTRAINTS": [path],
                "MIN_AREA_HA": need, "METHOD": "wlc",
                "OUTPUT": QgsProcessingUtils.generateTempFilename(f"scored_{n}.gpkg")},
                context=context, feedback=feedback, is_child_algorithm=True)
            essential = (tags.get("evidence") or {}).get("essential_not_assessed", [])
            scored.append((QgsVectorLayer(result["OUTPUT"], profile_id, "ogr"), profile_id,
                           essential))
            if feedback.isCanceled():
                raise Cancelled()
        return scored, True

    def _sites(self, parameters, context, feedback, scored, by_order, profiles):
        """Sites with their candidates per profile, and their geometries (in the CRS of the first
        layer)."""
        id_field = self.optional_string(parameters, self.SITE_ID_FIELD, context)
        region_field = self.optional_string(parameters, self.REGION_FIELD, context)
        fact_fields = [self.optional_string(parameters, n, context)
                       for n in (self.CATEGORY_FIELD, self.WATER_FIELD)]
        crs = scored[0][0].crs()
        self.projected_crs(crs, self.SCORED)
        with input_for(self.SCORED, id_field=self.SITE_ID_FIELD, region_field=self.REGION_FIELD):
            sites, geoms, facts = read_sites(scored, by_order, crs, context, feedback, id_field,
                                             region_field, fact_fields)
        if self.parameterAsBoolean(parameters, self.RESERVE, context):
            hmc_from = self.parameterAsEnumString(parameters, self.HMC_FROM, context)
            with input_for(self.CATEGORY_FIELD):
                reserve_sites(sites, facts, profiles, hmc_from, fact_fields, feedback)
        return sites, geoms, crs

    def candidate_sites(self, parameters, context, feedback, claims, profiles):
        """(sites, geometries, CRS) for ``claims``: read from SCORED or scored here from SITES
        on SUITABILITY, kept for HMC / water-bound firms (RESERVE); overlaps and profiles
        without a scored site are reported."""
        scored, by_order = self._scored_layers(parameters, context, feedback, profiles)
        sites, geoms, crs = self._sites(parameters, context, feedback, scored, by_order, profiles)
        if not sites:
            raise InputError(tr("the scored layers hold no sites"), self.SCORED)
        warn_overlaps(sites, geoms, feedback)
        have = {p for s in sites for p in s.candidates}
        lacking = sorted({c.profile for c in claims} - have)
        if lacking:
            feedback.pushWarning(tr("No site was scored for {}: those claims cannot be met. Add "
                                    "a scored layer per profile.").format(", ".join(lacking)))
        return sites, geoms, crs

    def method_options(self, parameters, context, feedback):
        """{method, share, time_limit, accept} for core.allocate.allocate; accepted criteria
        not assessed are warned about loudly."""
        with input_for(accept_not_assessed=self.ACCEPT_NOT_ASSESSED):
            accept = parse_accepted(self.optional_string(parameters, self.ACCEPT_NOT_ASSESSED,
                                                         context))
        if accept:
            feedback.pushWarning(tr(
                "PROVISIONAL PROGRAMME: {} accepted as not assessed. Sites where these essential "
                "criteria have no data may be allocated; every such piece says 'provisional' and "
                "the balance counts its hectares (provisional_ha). Assess them before any "
                "decision.").format(", ".join(key_label(k) for k in accept)))
        return {"method": self.parameterAsEnumString(parameters, self.METHOD, context),
                "share": self.parameterAsBoolean(parameters, self.SHARE_SITES, context),
                "time_limit": self.parameterAsDouble(parameters, self.TIME_LIMIT, context),
                "accept": accept}
