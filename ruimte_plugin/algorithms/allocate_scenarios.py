"""ruimte:allocatescenarios — programming under uncertain demand: the programme of
ruimte:allocate allocated under several demand scenarios on the same sites; each site is
no-regret (used in every scenario), option (in some) or unused (core.scenarios)."""

from qgis.core import (QgsCoordinateReferenceSystem, QgsFeature, QgsFeatureSink, QgsFields,
                       QgsProcessing, QgsProcessingOutputNumber,
                       QgsProcessingParameterFeatureSink, QgsProcessingParameterString,
                       QgsWkbTypes)

from ..core.errors import InputError
from ..core.evidence import key_label
from ..core.scenarios import (DEFAULT_SCALE_FROM_TIER, DEFAULT_SCENARIOS, class_hectares,
                              class_label, classify, highest_demand, programme_scenarios,
                              run_scenarios, spread_warning)
from ..i18n import tr
from .allocate_inputs import AllocateInputs
from .fields import make_field
from .parameters import input_for


class AllocateScenariosAlgorithm(AllocateInputs):
    SCENARIOS = "SCENARIOS"
    SCALE_FROM_TIER = "SCALE_FROM_TIER"

    def name(self):
        return "allocatescenarios"

    def displayName(self):  # noqa: N802
        return tr("Programme under uncertain demand: no-regret and option sites")

    def shortDescription(self):  # noqa: N802
        return tr("Which sites are needed whatever the demand turns out to be, and which only "
                  "when demand is high? The programme allocated under several demand scenarios.")

    def tags(self):
        return tr("programmering,scenario,onzekerheid,adaptief,no-regret,optie,vraag,"
                  "bedrijventerreinen,programme,uncertainty,adaptive,option,demand").split(",")

    def shortHelpString(self):  # noqa: N802
        return tr(
            "<p>The additional demand for business land cannot be forecast: the IPO position "
            "paper Ruimte voor economie (theme 2) cites Stec Groep's range of 500 to 2,500 ha of "
            "additional national demand and the PBL's estimate of up to 40 % more business-park "
            "area from the circular transition, and asks for adaptive programming with an eye "
            "on the risk that demand does not land where it was programmed. This algorithm "
            "allocates the programme as 'Allocate a programme to sites' does (same inputs, "
            "METHOD, SHARE_SITES, RESERVE, ACCEPT_NOT_ASSESSED), once per demand scenario on the "
            "same sites, and classifies each site:</p><ul>"
            "<li><b>no-regret</b>: used (any piece allocated) in every scenario;</li>"
            "<li><b>option</b>: used in some scenarios only, typically at high demand (not "
            "always: the optimal method may move a claim when demand grows);</li>"
            "<li><b>unused</b>: used in no scenario.</li></ul>"
            "<p><b>Scenarios</b>: SCENARIOS names factors, e.g. 'low=0,5; central=1; "
            "high=1,5' (illustrative factors, an assumption; the paper's 500-2,500 ha range "
            "spans a factor 5). A factor multiplies the demand of the claims of tier "
            "SCALE_FROM_TIER and up (default 2): as we read the paper, the additional demand of "
            "the transitions is uncertain, the autonomous demand (tier 1), programmed on "
            "forecasts, is not. SCALE_FROM_TIER 1 scales every claim. Or give the programme one "
            "demand column per scenario, demand_&lt;name&gt; or vraag_&lt;name&gt; (demand_low, "
            "vraag_hoog ...): the columns are then used and SCENARIOS and SCALE_FROM_TIER are "
            "not. A demand of 0 leaves the claim out of that scenario.</p>"
            "<p>Outputs: OUTPUT (one feature per site: class (in words), class_code "
            "(no_regret, option, unused), n_used, used_in (scenario names), site_ha, per "
            "scenario alloc_&lt;name&gt; (ha) and prof_&lt;name&gt; (profile ids), and "
            "provisional), BALANCE (per scenario and claim: scenario, factor (empty for "
            "columns), profile, tier, region, demand_ha, alloc_ha, short_ha, provisional_ha, "
            "binding), and NO_REGRET_HA and OPTION_HA: the hectares allocated on the no-regret "
            "and the option sites in the scenario with the highest total demand. The log gives "
            "each scenario's totals.</p>")

    def initAlgorithm(self, config=None):  # noqa: N802
        self.init_inputs()
        self.add(QgsProcessingParameterString(self.SCENARIOS, tr("Demand scenarios"),
                                              DEFAULT_SCENARIOS, optional=True),
                 tr("name=factor per scenario, separated by ';' (a decimal comma is fine). "
                    "Default low=0,5; central=1; high=1,5: illustrative factors, an assumption "
                    "(the range of 500-2,500 ha additional demand cited in the IPO position "
                    "paper Ruimte voor economie spans a factor 5). Not used when the programme "
                    "has one demand column per scenario (demand_low, vraag_hoog ...)."))
        self.add_number(self.SCALE_FROM_TIER, tr("Scale claims from tier"),
                        tr("The factors scale the claims of this tier and up. Default 2 (our "
                           "reading of the IPO position paper Ruimte voor economie: the "
                           "additional demand of the transitions is uncertain, the autonomous "
                           "tier-1 demand is not); 1 scales every claim."),
                        DEFAULT_SCALE_FROM_TIER, minimum=1, integer=True)
        self.add(QgsProcessingParameterFeatureSink(self.OUTPUT, tr("Sites by scenario"),
                                                   QgsProcessing.TypeVectorPolygon),
                 tr("One feature per site: no-regret, option or unused, with its hectares and "
                    "profiles per scenario."))
        self.add(QgsProcessingParameterFeatureSink(self.BALANCE, tr("Balance per scenario"),
                                                   QgsProcessing.TypeVector),
                 tr("Demand, allocated, shortfall and the binding constraint per scenario and "
                    "programme row."))
        for name, label in (("NO_REGRET_HA", tr("No-regret sites (ha, highest demand)")),
                            ("OPTION_HA", tr("Option sites (ha, highest demand)"))):
            self.addOutput(QgsProcessingOutputNumber(name, label))

    def execute(self, parameters, context, feedback):
        names, rows, where = self.programme_table(parameters, context)
        text = self.optional_string(parameters, self.SCENARIOS, context)
        with input_for(where, scenarios=self.SCENARIOS):
            claims, scenarios = programme_scenarios(names, rows, text)
        profiles = self.claim_profiles(claims, where)
        from_tier = self.parameterAsInt(parameters, self.SCALE_FROM_TIER, context)
        if scenarios[0].factor is None:
            feedback.pushInfo(tr("Scenarios from the programme's columns: {}; SCENARIOS and "
                                 "SCALE_FROM_TIER are not used.").format(
                ", ".join(s.name for s in scenarios)))
        elif spread_warning(claims, scenarios, from_tier):
            feedback.pushWarning(spread_warning(claims, scenarios, from_tier))
        sites, geoms, crs = self.candidate_sites(parameters, context, feedback, claims, profiles)
        options = self.method_options(parameters, context, feedback)
        feedback.pushInfo(tr("{} claims, {} sites, {} scenarios, method {}.").format(
            len(claims), len(sites), len(scenarios), options["method"]))
        with input_for(time_limit=self.TIME_LIMIT, method=self.METHOD):
            runs = run_scenarios(sites, claims, scenarios, from_tier,
                                 cancelled=feedback.isCanceled, **options)
        feedback.setProgress(90)
        outcomes = classify(len(sites), runs)
        for run in runs:
            factor = run.scenario.factor
            feedback.pushInfo(tr("Scenario {}{}: demand {:.1f} ha, allocated {:.1f} ha, short "
                                 "{:.1f} ha, on {} sites ({}).").format(
                run.scenario.name, "" if factor is None else tr(" (x {:g})").format(factor),
                run.demand_ha, run.allocated_ha,
                sum(b.shortfall_ha for b in run.balances), len({p.site for p in run.pieces}),
                run.status))
            if options["accept"]:
                feedback.pushWarning(tr("PROVISIONAL: in scenario {}, {:.1f} ha lie on sites "
                                        "where {} was not assessed.").format(
                    run.scenario.name, sum(b.provisional_ha for b in run.balances),
                    ", ".join(key_label(k) for k in options["accept"])))
        totals = class_hectares(outcomes, runs)
        top = runs[highest_demand(runs)].scenario.name
        count = {code: sum(1 for o in outcomes if o.code == code) for code in totals}
        feedback.pushInfo(tr("No-regret: {} sites, {:.1f} ha; option: {} sites, {:.1f} ha (in "
                             "scenario {}); unused: {} sites.").format(
            count["no_regret"], totals["no_regret"], count["option"], totals["option"], top,
            count["unused"]))
        output = self._write_sites(parameters, context, outcomes, runs, sites, geoms, crs)
        balance = self._write_balance(parameters, context, runs)
        self.style_output(context, output, "allocation_scenarios.qml")
        return {self.OUTPUT: output, self.BALANCE: balance,
                "NO_REGRET_HA": round(totals["no_regret"], 4),
                "OPTION_HA": round(totals["option"], 4)}

    def _write_sites(self, parameters, context, outcomes, runs, sites, geoms, crs):
        fields = QgsFields()
        for name, kind in (("site", "string"), ("class", "string"), ("class_code", "string"),
                           ("n_used", "int"), ("used_in", "string"), ("site_ha", "double")):
            fields.append(make_field(name, kind))
        for run in runs:
            fields.append(make_field(f"alloc_{run.scenario.name}", "double"))
            fields.append(make_field(f"prof_{run.scenario.name}", "string"))
        fields.append(make_field("provisional", "string"))
        sink, dest = self.feature_sink(parameters, self.OUTPUT, context, fields,
                                          QgsWkbTypes.MultiPolygon, crs)
        if sink is None:
            raise InputError(tr("the output cannot be written"), self.OUTPUT)
        for i, outcome in enumerate(outcomes):
            out = QgsFeature(fields)
            geom = geoms[i]
            geom.convertToMultiType()
            out.setGeometry(geom)
            values = [sites[i].name, class_label(outcome.code), outcome.code,
                      len(outcome.used_in), ", ".join(outcome.used_in),
                      round(sites[i].area_ha, 3)]
            for ha, profiles in zip(outcome.ha, outcome.profiles):
                values += [round(ha, 3), ", ".join(profiles) or None]
            out.setAttributes(values + [outcome.provisional or None])
            sink.addFeature(out, QgsFeatureSink.FastInsert)
        return dest

    def _write_balance(self, parameters, context, runs):
        fields = QgsFields()
        for name, kind in (("scenario", "string"), ("factor", "double"), ("profile", "string"),
                           ("tier", "int"), ("region", "string"), ("demand_ha", "double"),
                           ("alloc_ha", "double"), ("short_ha", "double"),
                           ("provisional_ha", "double"), ("binding", "string")):
            fields.append(make_field(name, kind))
        sink, dest = self.feature_sink(parameters, self.BALANCE, context, fields,
                                          QgsWkbTypes.NoGeometry,
                                          QgsCoordinateReferenceSystem())
        if sink is None:
            raise InputError(tr("the output cannot be written"), self.BALANCE)
        for run in runs:
            for b in run.balances:
                c = b.claim
                out = QgsFeature(fields)
                out.setAttributes([run.scenario.name, run.scenario.factor, c.profile, c.tier,
                                   c.region, round(c.demand_ha, 4), round(b.allocated_ha, 3),
                                   round(b.shortfall_ha, 3), round(b.provisional_ha, 3),
                                   b.binding])
                sink.addFeature(out, QgsFeatureSink.FastInsert)
        return dest
