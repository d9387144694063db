"""Programming under uncertain demand (core.scenarios) on hand-made cases whose answer is worked
out in the comments: no-regret and option sites, tiers that are (not) scaled, scenario columns,
and provisional allocation where an essential criterion was not assessed (core.allocate)."""

import pytest

from ruimte_plugin.core.allocate import Candidate, Site, allocate, parse_accepted
from ruimte_plugin.core.errors import InputError
from ruimte_plugin.core.programme import Claim
from ruimte_plugin.core.scenarios import (Scenario, class_hectares, classify, highest_demand,
                                          parse_factors, programme_scenarios, run_scenarios,
                                          scenario_columns, spread_warning)

LOW_CENTRAL_HIGH = [Scenario("low", 0.5), Scenario("central", 1.0), Scenario("high", 1.5)]


def site(name, area, **scores):
    """scores: profile=(score, usable_ha)."""
    return Site(name, area, None, {p: Candidate(*v) for p, v in scores.items()})


@pytest.mark.parametrize("method", ["greedy", "optimal"])
def test_one_profile_three_sites(method):
    # Three sites of 10 ha scoring 0.9 / 0.8 / 0.7 for one profile with plots of 5 ha; the
    # claim is tier 2 with 20 ha, so low/central/high (x 0.5 / 1 / 1.5) ask 10 / 20 / 30 ha.
    # low: A alone holds the 10 ha (best score);  central: A 10 + B 10;  high: A + B + C.
    # -> A is used in all three scenarios: no-regret; B in central and high: option;
    #    C in high only: option. (The optimal method agrees: more score x ha on better sites.)
    sites = [site("A", 10, x=(0.9, 10)), site("B", 10, x=(0.8, 10)), site("C", 10, x=(0.7, 10))]
    claims = [Claim("x", 20, tier=2, min_ha=5)]
    runs = run_scenarios(sites, claims, LOW_CENTRAL_HIGH, method=method)
    assert [r.demand_ha for r in runs] == [10, 20, 30]
    assert [r.allocated_ha for r in runs] == pytest.approx([10, 20, 30])
    outcomes = classify(len(sites), runs)
    assert [o.code for o in outcomes] == ["no_regret", "option", "option"]
    assert [o.used_in for o in outcomes] == [["low", "central", "high"], ["central", "high"],
                                             ["high"]]
    assert outcomes[1].ha == pytest.approx([0, 10, 10])
    assert outcomes[2].profiles == [[], [], ["x"]]
    # in the highest-demand scenario (high, 30 ha): no-regret A 10 ha, options B + C 20 ha
    assert highest_demand(runs) == 2
    assert class_hectares(outcomes, runs) == pytest.approx(
        {"no_regret": 10, "option": 20, "unused": 0})
    assert all(b.shortfall_ha == pytest.approx(0) for r in runs for b in r.balances)


def competing_sites():
    # P is the best site for both profiles; Q is second; R is poor for both.
    return [site("P", 10, log=(0.9, 10), rec=(0.95, 10)),
            site("Q", 10, log=(0.5, 10), rec=(0.8, 10)),
            site("R", 10, log=(0.4, 10), rec=(0.3, 10))]


def test_two_profiles_only_the_additional_tier_is_scaled():
    # log (tier 1, autonomous) 10 ha is not scaled; rec (tier 2) 10 ha becomes 5 / 10 / 15 ha.
    # Greedy, tier 1 first: log takes P (0.9) whole in every scenario.
    # Tier 2: rec would prefer P (0.95) but P is full; Q (0.8) gives 5 (low) or 10 (central,
    #   high); in high the last 5 ha (one plot) go to R (0.3).
    # -> P no-regret (log), Q no-regret (rec), R option (high only).
    sites = competing_sites()
    claims = [Claim("log", 10, tier=1, min_ha=5), Claim("rec", 10, tier=2, min_ha=5)]
    runs = run_scenarios(sites, claims, LOW_CENTRAL_HIGH, scale_from_tier=2)
    assert [[c.demand_ha for c in r.claims] for r in runs] == [[10, 5], [10, 10], [10, 15]]
    outcomes = classify(3, runs)
    assert [o.code for o in outcomes] == ["no_regret", "no_regret", "option"]
    assert [o.profiles for o in outcomes] == [[["log"]] * 3, [["rec"]] * 3,
                                              [[], [], ["rec"]]]
    assert outcomes[1].ha == pytest.approx([5, 10, 10])
    high = runs[2].balances
    assert (high[0].allocated_ha, high[1].allocated_ha) == pytest.approx((10, 15))
    assert class_hectares(outcomes, runs) == pytest.approx(
        {"no_regret": 20, "option": 5, "unused": 0})


def test_two_profiles_every_tier_scaled():
    # scale_from_tier=1: log asks 5 / 10 / 15 too.
    # low: log 5 on P (0.9); rec: P (0.95) still has 5 ha -> rec 5 on P. Q and R unused.
    # central: log 10 on P; rec: P full -> Q 10.
    # high: log 15: P 10 + Q 5 (0.5, ahead of R 0.4); rec 15: P full, Q has 5 left -> Q 5,
    #   then R 10 (0.3).
    # -> P no-regret; Q option (central, high); R option (high).
    sites = competing_sites()
    claims = [Claim("log", 10, tier=1, min_ha=5), Claim("rec", 10, tier=2, min_ha=5)]
    runs = run_scenarios(sites, claims, LOW_CENTRAL_HIGH, scale_from_tier=1)
    outcomes = classify(3, runs)
    assert [o.code for o in outcomes] == ["no_regret", "option", "option"]
    assert outcomes[0].profiles[0] == ["log", "rec"]
    assert outcomes[1].ha == pytest.approx([0, 10, 10])
    assert outcomes[2].ha == pytest.approx([0, 0, 10])
    assert outcomes[1].used_in == ["central", "high"]


def test_a_site_used_in_no_scenario_and_a_shortfall():
    # demand 4 / 8 / 12 ha (tier 2, x 0.5/1/1.5) of plots of 4 ha; A holds 8 ha at 0.9, B 6 ha
    # at 0.2, C is excluded. low: A 4; central: A 8; high: A 8, then B 4 (one plot, B holds 6).
    # C never qualifies: unused. A shortfall would follow at 16 ha: A 8 + B 6 = 14 < 16.
    sites = [site("A", 8, x=(0.9, 8)), site("B", 6, x=(0.2, 6)),
             Site("C", 10, None, {"x": Candidate(0.0, 10, True, "protected")})]
    claims = [Claim("x", 8, tier=2, min_ha=4)]
    scenarios = LOW_CENTRAL_HIGH + [Scenario("extreme", 2.0)]
    runs = run_scenarios(sites, claims, scenarios)
    outcomes = classify(3, runs)
    assert [o.code for o in outcomes] == ["no_regret", "option", "unused"]
    assert outcomes[1].used_in == ["high", "extreme"]
    extreme = runs[3].balances[0]
    assert (extreme.allocated_ha, extreme.shortfall_ha) == pytest.approx((14, 2))
    assert extreme.binding.startswith("supply: the 2 qualifying sites hold 14.0 ha")


def test_factors_are_parsed_with_decimal_commas():
    assert parse_factors("low=0,5; central=1; high=1,5") == [("low", 0.5), ("central", 1.0),
                                                            ("high", 1.5)]
    assert parse_factors("laag:0.5, hoog:2") == [("laag", 0.5), ("hoog", 2.0)]
    # a ',' separates scenarios only before a name: 0,5 keeps its decimal comma
    assert parse_factors("low=0,5, high=1,5") == [("low", 0.5), ("high", 1.5)]
    assert parse_factors("none=0; all=1") == [("none", 0.0), ("all", 1.0)]


@pytest.mark.parametrize("text, message", [
    ("low=half; high=1,5", "scenario low: 'half' is not a number"),
    ("low=0,5", "give at least two scenarios"),
    ("low 0.5, high 1.5", "'low 0.5, high 1.5' is not a scenario: write name=factor"),
    ("low=-1; high=1", "scenario low: the factor -1 is below 0"),
    ("low=1; LOW=2", "scenario name(s) given twice: low"),
    ("lo w=1; high=2", "scenario name 'lo w'"),
    ("", "give at least two scenarios"),
])
def test_bad_factors_name_the_scenarios_field(text, message):
    with pytest.raises(InputError) as err:
        parse_factors(text)
    assert message in str(err.value)
    assert err.value.parameter == "scenarios"


def test_scenario_columns_are_used_instead_of_factors():
    names = ["profiel", "prioriteit", "vraag_ha", "vraag_laag", "vraag_hoog"]
    assert scenario_columns(names) == [("laag", "vraag_laag"), ("hoog", "vraag_hoog")]
    rows = [{"profiel": "log", "prioriteit": 1, "vraag_ha": 99, "vraag_laag": "10",
             "vraag_hoog": "10"},
            {"profiel": None, "prioriteit": None, "vraag_ha": None, "vraag_laag": None,
             "vraag_hoog": ""},                                   # blank row: skipped
            {"profiel": "rec", "prioriteit": "2", "vraag_ha": None, "vraag_laag": "0",
             "vraag_hoog": "7,5"}]
    claims, scenarios = programme_scenarios(names, rows, "not used=1")
    assert [(c.profile, c.tier) for c in claims] == [("log", 1), ("rec", 2)]
    assert [(s.name, s.factor, s.demands) for s in scenarios] == [
        ("laag", None, (10, 0)), ("hoog", None, (10, 7.5))]
    # rec asks 0 ha in 'laag': it is left out of that run and its balance shows 0 of 0 ha.
    # laag: log 10 on P. hoog: log 10 on P; rec 7.5 on Q (0.8; P is full).
    for c in claims:
        c.min_ha = 5
    runs = run_scenarios(competing_sites(), claims, scenarios)
    rec_laag = runs[0].balances[1]
    assert (rec_laag.claim.demand_ha, rec_laag.allocated_ha, rec_laag.shortfall_ha) == (0, 0, 0)
    assert rec_laag.binding == ""
    assert [o.code for o in classify(3, runs)] == ["no_regret", "option", "unused"]
    # the factors when the table has no scenario columns; SCALE_FROM_TIER 2 leaves log alone
    claims, scenarios = programme_scenarios(["profile", "demand_ha", "tier"],
                                            [{"profile": "log", "demand_ha": "10", "tier": 1}],
                                            "low=0,5; high=2")
    assert [(s.name, s.factor) for s in scenarios] == [("low", 0.5), ("high", 2.0)]
    assert spread_warning(claims, scenarios).startswith("No claim has tier 2 or higher")
    assert spread_warning(claims, scenarios, 1) == ""


def test_bad_scenario_columns():
    names = ["profile", "demand_low", "demand_high"]
    with pytest.raises(InputError) as err:
        programme_scenarios(names, [{"profile": "log", "demand_low": "5", "demand_high": "many"}])
    assert str(err.value) == ("programme row 1 (log): the demand of scenario high ('many' in "
                              "column demand_high) is not a number of hectares, 0 or more")
    assert err.value.parameter is None                  # the algorithm names the programme
    with pytest.raises(InputError, match="give at least two scenarios"):
        programme_scenarios(["profile", "demand_low"], [{"profile": "log", "demand_low": 5}])


# ------------------------------------------------------------------ provisional allocation
def unassessed_sites():
    # K (20 ha, 0.95) lacks houses data (zoning); W (10 ha, 0.6) lacks zoning and grid data;
    # V (10 ha, 0.5) was fully assessed. Plots of 5 ha.
    return [Site("K", 20, None, {"x": Candidate(0.95, 20, not_assessed="environmental zoning",
                                                missing=("zoning",))}),
            Site("W", 10, None, {"x": Candidate(0.6, 10, not_assessed="environmental zoning, "
                                                "grid congestion", missing=("zoning", "grid"))}),
            Site("V", 10, None, {"x": Candidate(0.5, 10)})]


def test_sites_without_an_essential_criterion_qualify_only_when_accepted():
    claims = [Claim("x", 25, min_ha=5)]
    # nothing accepted: only V qualifies -> 10 of 25 ha, nothing provisional
    strict = allocate(unassessed_sites(), claims)
    assert [(p.site, p.ha) for p in strict.pieces] == [(2, 10)]
    assert strict.balances[0].provisional_ha == 0
    assert strict.refused[(0, 0)][0] == "not_assessed"
    # zoning accepted: K (0.95) qualifies provisionally and takes 20 ha, V the last 5 ha;
    # W still refuses, because grid was not accepted. provisional_ha = K's 20 ha.
    loose = allocate(unassessed_sites(), claims, accept=("zoning",))
    assert [(p.site, p.ha) for p in loose.pieces] == [(0, 20), (2, 5)]
    assert loose.provisional == {(0, 0): ("zoning",)}
    assert loose.balances[0].provisional_ha == 20
    assert loose.refused[(1, 0)] == ("not_assessed", "essential criteria not assessed: "
                                     "environmental zoning, grid congestion")
    # both accepted: W qualifies too (0.6 ahead of V 0.5): K 20 + W 5, all provisional
    both = allocate(unassessed_sites(), claims, "optimal", accept=("zoning", "grid"))
    assert sorted((p.site, round(p.ha, 4)) for p in both.pieces) == [(0, 20), (1, 5)]
    assert both.balances[0].provisional_ha == pytest.approx(25)


def test_provisional_sites_through_the_scenarios():
    # zoning accepted, 10 / 30 ha: low takes 10 ha of K, high K 20 + V 10 (W refused: grid).
    runs = run_scenarios(unassessed_sites(), [Claim("x", 20, tier=2, min_ha=5)],
                         [Scenario("low", 0.5), Scenario("high", 1.5)], accept=("zoning",))
    outcomes = classify(3, runs)
    assert [o.code for o in outcomes] == ["no_regret", "unused", "option"]
    assert outcomes[0].provisional == "provisional: zoning not assessed"
    assert outcomes[2].provisional == ""
    assert [r.balances[0].provisional_ha for r in runs] == [10, 20]


def test_accepted_keys():
    assert parse_accepted("zoning; grid") == ("zoning", "grid")
    assert parse_accepted("") == ()
    # 'accessibility' covers its transport modes
    s = Site("S", 10, None, {"x": Candidate(0.9, 10, not_assessed="accessibility by water",
                                            missing=("accessibility.water",))})
    result = allocate([s], [Claim("x", 5, min_ha=5)], accept=("accessibility",))
    assert result.balances[0].provisional_ha == 5
    with pytest.raises(InputError) as err:
        parse_accepted("zoning, houses")
    assert err.value.parameter == "accept_not_assessed"
    assert str(err.value).startswith("unknown criterion key(s): houses; use one or more of: "
                                     "nitrogen, grid, zoning")
