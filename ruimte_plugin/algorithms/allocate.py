"""ruimte:allocate — strategic programming: a programme of demand for business land (ha per
company profile, in priority tiers) allocated to candidate sites that compete for it, with the
balance per claim and the constraint that binds when demand is not met."""

from qgis.core import (QgsCoordinateReferenceSystem, QgsFeature, QgsFeatureSink,
                       QgsProcessing, QgsProcessingOutputNumber,
                       QgsProcessingParameterFeatureSink, QgsWkbTypes)

from ..core.allocate import allocate, provisional_text
from ..core.errors import InputError
from ..core.evidence import key_label
from ..i18n import tr, user_language
from .allocate_inputs import AllocateInputs
from .fields import make_field
from .parameters import input_for


class AllocateAlgorithm(AllocateInputs):

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
            "<p><b>ACCEPT_NOT_ASSESSED</b> (e.g. zoning): a site where an essential criterion of "
            "the profile has no data is refused, unless that criterion is listed here; then the "
            "site qualifies PROVISIONALLY. This exists so that a province without e.g. a houses "
            "layer can still see a programme, clearly labelled: every such piece has the field "
            "<i>provisional</i> ('provisional: zoning not assessed'), the balance counts its "
            "hectares (provisional_ha) and the log warns. Criteria not listed still refuse.</p>"
        ) + tr(
            "<p>Sites that overlap are reported in the log (pairs and hectares): the land they "
            "share could be allocated to two claims, so give sites that do not overlap.</p>")

    def initAlgorithm(self, config=None):  # noqa: N802
        self.init_inputs()
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

    # ------------------------------------------------------------ running
    def execute(self, parameters, context, feedback):
        claims, profiles = self._programme(parameters, context)
        sites, geoms, crs = self.candidate_sites(parameters, context, feedback, claims, profiles)
        options = self.method_options(parameters, context, feedback)
        method = options["method"]
        feedback.pushInfo(tr("{} claims, {} sites, method {}.").format(len(claims), len(sites),
                                                                     method))
        with input_for(time_limit=self.TIME_LIMIT, method=self.METHOD):
            result = allocate(sites, claims, cancelled=feedback.isCanceled, **options)
        feedback.setProgress(90)
        allocation = self._write_allocation(parameters, context, result, sites, claims, geoms,
                                            crs)
        balance = self._write_balance(parameters, context, result, profiles)
        demand = sum(c.demand_ha for c in claims)
        allocated = sum(b.allocated_ha for b in result.balances)
        feedback.pushInfo(tr("{}: {:.1f} of {:.1f} ha allocated ({}).").format(
            method, allocated, demand, result.status))
        provisional = sum(b.provisional_ha for b in result.balances)
        if options["accept"]:
            feedback.pushWarning(tr("PROVISIONAL: {:.1f} of the {:.1f} ha allocated lie on sites "
                                    "where {} was not assessed.").format(
                provisional, allocated, ", ".join(key_label(k) for k in options["accept"])))
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
                           ("site_ha", "double"), ("free_ha", "double"), ("note", "string"),
                           ("provisional", "string")):
            fields.append(make_field(name, kind))
        sink, dest = self.feature_sink(parameters, self.OUTPUT, context, fields,
                                          QgsWkbTypes.MultiPolygon, crs)
        if sink is None:
            raise InputError(tr("the output cannot be written"), self.OUTPUT)

        def add(i, values, provisional=None):
            out = QgsFeature(fields)
            geom = geoms[i]
            geom.convertToMultiType()
            out.setGeometry(geom)
            out.setAttributes([sites[i].name] + values +
                              [round(sites[i].area_ha, 3), round(result.free_ha(i), 3)] +
                              [self._note(result, i, claims),
                               provisional_text(provisional) if provisional else None])
            sink.addFeature(out, QgsFeatureSink.FastInsert)

        used = set()
        for p in result.pieces:
            claim = claims[p.claim]
            add(p.site, [claim.profile, claim.tier, claim.region, round(p.ha, 3),
                         round(p.score, 5)], result.provisional.get((p.site, p.claim)))
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
                           ("mean_score", "double"), ("sites", "int"), ("binding", "string"),
                           ("provisional_ha", "double")):
            fields.append(make_field(name, kind))
        sink, dest = self.feature_sink(parameters, self.BALANCE, context, fields,
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
                               b.sites, b.binding, round(b.provisional_ha, 3)])
            sink.addFeature(out, QgsFeatureSink.FastInsert)
        return dest
