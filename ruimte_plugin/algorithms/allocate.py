"""ruimte:allocate — strategic programming: a programme of demand for business land (ha per
company profile, in priority tiers) allocated to candidate sites that compete for it, with the
balance per claim and the constraint that binds when demand is not met."""

from qgis.core import (QgsCoordinateReferenceSystem, QgsFeature, QgsFeatureSink,
                       QgsFeatureRequest, QgsProcessing, QgsProcessingOutputNumber,
                       QgsProcessingParameterBoolean, QgsProcessingParameterFeatureSink,
                       QgsProcessingParameterFeatureSource, QgsProcessingParameterMatrix,
                       QgsProcessingParameterMultipleLayers, QgsProcessingParameterString,
                       QgsProcessingUtils, QgsVectorLayer, QgsWkbTypes)

from ..core.allocate import (COLUMNS, METHODS, Candidate, Site, SiteIndex, allocate,
                             overlapping_pairs, parse_programme, programme_columns)
from ..core.criteria.zoning import CATEGORIES
from ..core.errors import Cancelled, InputError
from ..core.evidence import essential_text
from ..core.park_fit import DEFAULT_HMC_FROM, ParkFacts, assess, category_rank, water_access
from ..core.profiles import builtin_profile, load_profile
from ..core.sites import site_name_field
from ..i18n import tr, user_language
from .base import RuimteAlgorithm, is_unset, iter_features, layer_label, make_field

SCORED_FIELDS = ("score", "usable_ha", "excluded", "reasons")


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
            columns = programme_columns(names, self.PROGRAMME)
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
        claims = parse_programme(rows, where)
        profiles = {}
        for claim in claims:
            try:
                profile = load_profile(claim.profile) if claim.profile.lower().endswith(".json") \
                    else builtin_profile(claim.profile)
            except InputError as err:
                raise InputError(str(err), where) from None
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
        from shapely import wkb
        id_field = self.optional_string(parameters, self.SITE_ID_FIELD, context)
        region_field = self.optional_string(parameters, self.REGION_FIELD, context)
        reserve = self.parameterAsBoolean(parameters, self.RESERVE, context)
        fact_fields = [self.optional_string(parameters, n, context)
                       for n in (self.CATEGORY_FIELD, self.WATER_FIELD)]
        hmc_from = self.parameterAsEnumString(parameters, self.HMC_FROM, context)
        crs = scored[0][0].crs()
        self.projected_crs(crs, self.SCORED)
        sites, geoms, index, keys = [], [], SiteIndex(), {}
        facts = []
        for layer, fixed, run_missing in scored:
            fields = [f.name() for f in layer.fields()]
            missing = [f for f in SCORED_FIELDS + (() if fixed else ("profile",))
                       if f not in fields]
            if missing:
                raise InputError(tr("layer '{}' is not an output of 'Score and rank candidate "
                                    "sites' with a profile: it lacks {}")
                                 .format(layer_label(layer), ", ".join(missing)), self.SCORED)
            for wanted, param in ((id_field, self.SITE_ID_FIELD),
                                  (region_field, self.REGION_FIELD)):
                if wanted and wanted not in fields:
                    raise InputError(tr("layer '{}' has no field '{}'").format(
                        layer_label(layer), wanted), param)
            request = QgsFeatureRequest().setDestinationCrs(crs, context.transformContext())
            features = [f for f in iter_features(layer, request)
                        if f.hasGeometry() and not f.geometry().isEmpty()]
            name_field = id_field or site_name_field(fields)
            for n, feature in enumerate(features):
                if n % 500 == 0 and feedback.isCanceled():
                    raise Cancelled()
                geom = wkb.loads(bytes(feature.geometry().asWkb()))
                profile_id = fixed or feature["profile"]
                if is_unset(profile_id):
                    raise InputError(tr("layer '{}' has sites without a profile: score them "
                                        "with a PROFILE").format(layer_label(layer)),
                                     self.SCORED)
                if by_order:
                    key = n
                elif id_field:
                    key = str(feature[id_field])
                else:
                    c = geom.centroid
                    key = index.find(c.x, c.y, geom.area)
                    if key is None:
                        key = len(keys)
                        index.add(c.x, c.y, geom.area, key)
                if key not in keys:
                    keys[key] = len(sites)
                    name = str(feature[name_field]) if name_field and not is_unset(
                        feature[name_field]) else tr("site {}").format(len(sites) + 1)
                    region = feature[region_field] if region_field else None
                    sites.append(Site(name, geom.area / 1e4,
                                      None if is_unset(region) else str(region)))
                    geoms.append(feature.geometry())
                    facts.append([feature[f] if f and f in fields else None
                                  for f in fact_fields])
                site = sites[keys[key]]
                site.candidates[str(profile_id)] = Candidate(
                    float(feature["score"] or 0), float(feature["usable_ha"] or 0),
                    bool(feature["excluded"]), str(feature["reasons"] or ""),
                    essential_text(None if "essential_missing" not in fields or is_unset(
                        feature["essential_missing"]) else str(feature["essential_missing"]),
                        run_missing))
        if reserve:
            self._keep(sites, facts, profiles, hmc_from, fact_fields, feedback)
        return sites, geoms, crs

    @staticmethod
    def _warn_overlaps(sites, geoms, feedback):
        """Sites that share land: that land could be allocated twice."""
        from shapely import wkb
        pairs = overlapping_pairs([wkb.loads(bytes(g.asWkb())) for g in geoms])
        if not pairs:
            return
        shown = "; ".join(tr("{} and {} ({:.1f} ha)").format(sites[i].name, sites[j].name, ha)
                          for i, j, ha in sorted(pairs, key=lambda p: -p[2])[:5])
        feedback.pushWarning(tr(
            "Sites overlap: {} pair(s), {:.1f} ha in all (largest: {}); land they share can be "
            "allocated to two claims. Give sites that do not overlap (remove duplicates, or "
            "keep one of two variants of a plan).").format(
                len(pairs), sum(p[2] for p in pairs), shown))

    def _keep(self, sites, facts, profiles, hmc_from, fact_fields, feedback):
        """Mark HMC and water-bound sites as kept for the profiles that need them."""
        if all(all(is_unset(v) for v in row) for row in facts):
            feedback.pushWarning(tr("The sites have no values in {}: no site is kept for HMC or "
                                    "water-bound firms.").format(
                " / ".join(f for f in fact_fields if f) or "-"))
            return
        for site, (category, water) in zip(sites, facts):
            try:
                rank = category_rank(None if is_unset(category) else category)
            except InputError as err:
                raise InputError(str(err), self.CATEGORY_FIELD) from None
            park = ParkFacts(site.name, None, rank,
                             water_access(None if is_unset(water) else water))
            for profile in profiles.values():
                kept = assess(park, profile, hmc_from).reserve
                if kept:
                    site.kept[profile.id] = "; ".join(kept)

    # ------------------------------------------------------------ running
    def execute(self, parameters, context, feedback):
        claims, profiles = self._programme(parameters, context)
        scored, by_order = self._scored_layers(parameters, context, feedback, profiles)
        sites, geoms, crs = self._sites(parameters, context, feedback, scored, by_order, profiles)
        if not sites:
            raise InputError(tr("the scored layers hold no sites"), self.SCORED)
        self._warn_overlaps(sites, geoms, feedback)
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
