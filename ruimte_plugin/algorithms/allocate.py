"""ruimte:allocate — strategic programming: a programme of demand for business land (ha per
company profile, in priority tiers) allocated to candidate sites that compete for it, with the
balance per claim and the constraint that binds when demand is not met."""

from qgis.core import (QgsCoordinateReferenceSystem, QgsFeature, QgsFeatureSink,
                       QgsProcessing, QgsProcessingOutputNumber,
                       QgsProcessingParameterBoolean, QgsProcessingParameterFeatureSink,
                       QgsProcessingParameterFeatureSource, QgsProcessingParameterMatrix,
                       QgsProcessingParameterMultipleLayers, QgsProcessingParameterString,
                       QgsProcessingUtils, QgsVectorLayer, QgsWkbTypes)

from ..core.allocate import METHODS, allocate
from ..core.criteria.zoning import CATEGORIES
from ..core.errors import Cancelled, InputError
from ..core.park_fit import DEFAULT_HMC_FROM
from ..core.profiles import builtin_profile, load_profile
from ..core.programme import COLUMNS, parse_programme, programme_columns
from ..i18n import tr, user_language
from .allocate_sites import read_sites, reserve_sites, warn_overlaps
from .base import RuimteAlgorithm
from .fields import make_field
from .layers import iter_features, layer_label
from .parameters import input_for, is_unset


class AllocateAlgorithm(RuimteAlgorithm):
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
    OUTPUT = "OUTPUT"
    BALANCE = "BALANCE"

    def name(self):
        return "allocate"

    def displayName(self):  # noqa: N802
        return tr("Allocate a programme to sites")

    def shortDescription(self):  # noqa: N802
        return tr("Where do the hectares of each company type go when they compete for the same "
                  "sites, and what is left unmet? Balance per claim and the binding constraint.")

    def tags(self):
        return tr("programmering,vraag,aanbod,tekort,allocatie,bedrijventerreinen,prioriteit,"
                  "programme,allocation,shortfall,demand,MOLA,Land Use Scanner").split(",")

    def shortHelpString(self):  # noqa: N802
        return tr(
            "<p>A <b>programme</b> (PROGRAMME: a table, e.g. a CSV; or PROGRAMME_TABLE) has one "
            "row per claim: <i>profile</i> (a built-in profile id or the path of a profile "
            "file), <i>demand_ha</i>, <i>tier</i> (1 first, e.g. autonomous growth; 2 the "
            "additional demand of the transitions; default 1) and optionally <i>region</i>. Dutch "
            "column names work too: profiel, vraag_ha, prioriteit, regio.</p>"
            "<p><b>Sites</b> come scored per profile: SCORED = outputs of 'Score and rank "
            "candidate sites' with a profile (one layer per profile; the same site is found in "
            "every layer by SITE_ID_FIELD, or else by its location), or SITES with SUITABILITY "
            "rasters from 'Suitability for a company profile', from which the sites are scored "
            "here (mean suitability; cells at 0 are excluded).</p>"
            "<p>A site <b>qualifies</b> for a claim when every criterion the profile marks "
            "essential was assessed there (field essential_missing of the scored sites, or the "
            "suitability raster's evidence: missing evidence is never suitability), it is not "
            "excluded for the profile, "
            "scores above 0, holds at least one plot of the profile (its minimum area), lies in "
            "the claim's region (REGION_FIELD of the sites) and, with RESERVE, is not kept for "
            "other firms: a site whose maximum category (CATEGORY_FIELD) is HMC_FROM or more "
            "(default 4.1, an assumption: HMC has no national definition) is kept for profiles "
            "of category HMC_FROM and up; a site with water access (WATER_FIELD) is kept for "
            "profiles that can use water (the provinces' 'right company in the right place'). "
            "Each "
            "piece a claim takes is at least one plot.</p>"
            "<p><b>METHOD</b>:</p><ul>"
            "<li><b>greedy</b> (as the Land Use Scanner: claims by tier, then by suitability): "
            "per tier every qualifying site-claim pair in descending score takes what the claim "
            "still needs and the site still has. Fast and easy to follow, not optimal.</li>"
            "<li><b>optimal</b>: a mixed-integer linear program (MILP; SciPy's milp with HiGHS) "
            "that maximises "
            "suitability &times; hectares, tier by tier: the best for tier 1, then the best for "
            "tier 2 while tier 1 keeps its optimum, and so on. TIME_LIMIT (s, per tier) bounds "
            "the solver; the log says when a result is not proven optimal.</li></ul>"
            "<p>SHARE_SITES: several claims may share a site (each hectare to at most one "
            "claim; together at most the site's largest usable area); off: each site to at most "
            "one claim.</p>"
            "<p>Outputs: OUTPUT (one feature per allocated piece: site, profile, tier, region, "
            "alloc_ha, score, site_ha (the site's area), free_ha (left on the site); sites "
            "without a piece have an empty profile; <i>note</i> says for which other claims a "
            "site qualifies and why it does not qualify for the rest), "
            "BALANCE (per claim: demand_ha, alloc_ha, short_ha, mean_score of what was "
            "allocated, sites, and <i>binding</i>: the constraint that keeps the claim from its "
            "demand - no qualifying site and why, too little supply, competition with other "
            "claims, or plot size), and the totals DEMAND_HA, ALLOCATED_HA, SHORTFALL_HA.</p>"
        ) + tr(
            "<p>Sites that overlap are reported in the log (pairs and hectares): the land they "
            "share could be allocated to two claims, so give sites that do not overlap.</p>")

    def initAlgorithm(self, config=None):  # noqa: N802
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
        self.add(QgsProcessingParameterFeatureSink(self.OUTPUT, tr("Allocation"),
                                                   QgsProcessing.TypeVectorPolygon),
                 tr("One feature per allocated piece, and the unused sites."))
        self.add(QgsProcessingParameterFeatureSink(self.BALANCE, tr("Balance per claim"),
                                                   QgsProcessing.TypeVector),
                 tr("Demand, allocated, shortfall, mean suitability and the binding "
                    "constraint per programme row."))
        for name, label in ((("DEMAND_HA"), tr("Demand (ha)")),
                            ("ALLOCATED_HA", tr("Allocated (ha)")),
                            ("SHORTFALL_HA", tr("Shortfall (ha)"))):
            self.addOutput(QgsProcessingOutputNumber(name, label))

    # ------------------------------------------------------------ inputs
    def _programme(self, parameters, context):
        source = self.parameterAsSource(parameters, self.PROGRAMME, context)
        if source is not None:
            names = [f.name() for f in source.fields()]
            with input_for(self.PROGRAMME):
                columns = programme_columns(names)
            rows = [{key: feature[name] for key, name in columns.items() if name}
                    for feature in iter_features(source)]
            where = self.PROGRAMME
        else:
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
            where = self.PROGRAMME_TABLE
        with input_for(where):
            claims = parse_programme(rows)
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
        return claims, profiles

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

    # ------------------------------------------------------------ running
    def execute(self, parameters, context, feedback):
        claims, profiles = self._programme(parameters, context)
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
        method = self.parameterAsEnumString(parameters, self.METHOD, context)
        share = self.parameterAsBoolean(parameters, self.SHARE_SITES, context)
        limit = self.parameterAsDouble(parameters, self.TIME_LIMIT, context)
        feedback.pushInfo(tr("{} claims, {} sites, method {}.").format(len(claims), len(sites),
                                                                     method))
        with input_for(time_limit=self.TIME_LIMIT, method=self.METHOD):
            result = allocate(sites, claims, method, share, limit, feedback.isCanceled)
        feedback.setProgress(90)
        allocation = self._write_allocation(parameters, context, result, sites, claims, geoms,
                                            crs)
        balance = self._write_balance(parameters, context, result, profiles)
        demand = sum(c.demand_ha for c in claims)
        allocated = sum(b.allocated_ha for b in result.balances)
        feedback.pushInfo(tr("{}: {:.1f} of {:.1f} ha allocated ({}).").format(
            method, allocated, demand, result.status))
        for b in result.balances:
            if b.binding:
                feedback.pushWarning(tr("{}: {:.1f} ha short of {:g} ha. {}").format(
                    b.claim.label(), b.shortfall_ha, b.claim.demand_ha, b.binding))
        self.style_output(context, allocation, "allocation")
        return {self.OUTPUT: allocation, self.BALANCE: balance, "DEMAND_HA": demand,
                "ALLOCATED_HA": round(allocated, 4),
                "SHORTFALL_HA": round(sum(b.shortfall_ha for b in result.balances), 4)}

    def _write_allocation(self, parameters, context, result, sites, claims, geoms, crs):
        from qgis.core import QgsFields
        fields = QgsFields()
        for name, kind in (("site", "string"), ("profile", "string"), ("tier", "int"),
                           ("region", "string"), ("alloc_ha", "double"), ("score", "double"),
                           ("site_ha", "double"), ("free_ha", "double"), ("note", "string")):
            fields.append(make_field(name, kind))
        sink, dest = self.parameterAsSink(parameters, self.OUTPUT, context, fields,
                                          QgsWkbTypes.MultiPolygon, crs)
        if sink is None:
            raise InputError(tr("the output cannot be written"), self.OUTPUT)

        def add(i, values):
            out = QgsFeature(fields)
            geom = geoms[i]
            geom.convertToMultiType()
            out.setGeometry(geom)
            out.setAttributes([sites[i].name] + values +
                              [round(sites[i].area_ha, 3), round(result.free_ha(i), 3)] +
                              [self._note(result, i, claims)])
            sink.addFeature(out, QgsFeatureSink.FastInsert)

        used = set()
        for p in result.pieces:
            claim = claims[p.claim]
            add(p.site, [claim.profile, claim.tier, claim.region, round(p.ha, 3),
                         round(p.score, 5)])
            used.add(p.site)
        for i in range(len(sites)):
            if i not in used:
                add(i, [None, None, None, 0.0, None])
        return dest

    @staticmethod
    def _note(result, i, claims):
        """For a site: which claims it qualifies for but does not serve, and why it does not
        qualify for the others."""
        serves = {p.claim for p in result.pieces if p.site == i}
        idle = sorted({claims[o.claim].profile for o in result.options
                       if o.site == i and o.claim not in serves})
        words = []
        if idle:
            words.append((tr("also qualifies for {}") if serves else
                          tr("qualifies for {} but was not needed")).format(", ".join(idle)))
        seen = set()
        for (site, j), (_, text) in sorted(result.refused.items()):
            if site == i and claims[j].profile not in seen:
                seen.add(claims[j].profile)
                words.append(f"{claims[j].profile}: {text}")
        return "; ".join(words)

    def _write_balance(self, parameters, context, result, profiles):
        from qgis.core import QgsFields
        fields = QgsFields()
        for name, kind in (("profile", "string"), ("name", "string"), ("tier", "int"),
                           ("region", "string"), ("demand_ha", "double"),
                           ("alloc_ha", "double"), ("short_ha", "double"),
                           ("mean_score", "double"), ("sites", "int"), ("binding", "string")):
            fields.append(make_field(name, kind))
        sink, dest = self.parameterAsSink(parameters, self.BALANCE, context, fields,
                                          QgsWkbTypes.NoGeometry,
                                          QgsCoordinateReferenceSystem())
        if sink is None:
            raise InputError(tr("the output cannot be written"), self.BALANCE)
        language = user_language()
        for b in result.balances:
            out = QgsFeature(fields)
            c = b.claim
            out.setAttributes([c.profile, profiles[c.profile].name(language), c.tier, c.region,
                               c.demand_ha, round(b.allocated_ha, 3), round(b.shortfall_ha, 3),
                               None if b.mean_score is None else round(b.mean_score, 5),
                               b.sites, b.binding])
            sink.addFeature(out, QgsFeatureSink.FastInsert)
        return dest
