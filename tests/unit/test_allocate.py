"""Allocation of a programme to competing sites: the optimal method against brute force (every
assignment in whole hectares enumerated), the greedy method's tiers, and the shortfall and
binding-constraint messages on constructed cases."""

import itertools
import random

import pytest

from ruimte_plugin.core.allocate import Candidate, Site, allocate
from ruimte_plugin.core.programme import Claim
from ruimte_plugin.core.errors import InputError


def site(name, area, region=None, reserved=None, **scores):
    """scores: profile=(score, usable_ha[, excluded, reasons])."""
    return Site(name, area, region, {p: Candidate(*v) for p, v in scores.items()}, reserved or {})


# ------------------------------------------------------------------ brute force oracle
def qualifies(s, c):
    cand = s.candidates.get(c.profile)
    return (cand is not None and not cand.excluded and not cand.not_assessed and cand.score > 0
            and cand.usable_ha >= c.min_ha and c.profile not in s.reserved
            and (c.region is None or s.region == c.region))


def brute_force(sites, claims, share):
    """Lexicographic best (per tier, suitability x ha) over every assignment of whole hectares:
    each qualifying pair gets 0 or a whole number of ha from one plot up to its usable area."""
    pairs = [(i, j) for j, c in enumerate(claims) for i, s in enumerate(sites) if qualifies(s, c)]
    choices = [[0] + list(range(max(1, int(claims[j].min_ha)),
                                int(sites[i].candidates[claims[j].profile].usable_ha) + 1))
               for i, j in pairs]
    capacity = {i: max(sites[i].candidates[claims[j].profile].usable_ha
                       for ii, j in pairs if ii == i) for i, _ in pairs}
    tiers = sorted({c.tier for c in claims})
    best = None
    for xs in itertools.product(*choices):
        if any(sum(x for (i, j), x in zip(pairs, xs) if j == jj) > claims[jj].demand_ha
               for jj in range(len(claims))):
            continue
        if any(sum(x for (i, _), x in zip(pairs, xs) if i == ii) > cap
               for ii, cap in capacity.items()):
            continue
        if not share and any(sum(1 for (i, _), x in zip(pairs, xs) if i == ii and x > 0) > 1
                             for ii in capacity):
            continue
        value = tuple(sum(x * sites[i].candidates[claims[j].profile].score
                          for (i, j), x in zip(pairs, xs) if claims[j].tier == t)
                      for t in tiers)
        if best is None or value > best:
            best = value
    return best or tuple(0 for _ in tiers)


def objective(result, sites, claims):
    tiers = sorted({c.tier for c in claims})
    return tuple(sum(p.ha * p.score for p in result.pieces if claims[p.claim].tier == t)
                 for t in tiers)


def random_instance(rng):
    profiles = ["a", "b", "c"][:rng.randint(1, 3)]
    sites = []
    for n in range(rng.randint(1, 4)):
        scores = {}
        for p in profiles:
            if rng.random() < 0.85:
                scores[p] = (round(rng.uniform(0.05, 1), 2), rng.randint(1, 4),
                             rng.random() < 0.15, "protected land")
        sites.append(site(f"s{n}", 4, region=rng.choice(["N", "Z"]), **scores))
    claims = [Claim(rng.choice(profiles), rng.randint(1, 7), rng.randint(1, 2),
                    rng.choice([None, None, "N"]), rng.randint(1, 2))
              for _ in range(rng.randint(1, 3))]
    return sites, claims


@pytest.mark.parametrize("seed", range(60))
@pytest.mark.parametrize("share", [True, False])
def test_optimal_equals_brute_force(seed, share):
    rng = random.Random(seed)
    sites, claims = random_instance(rng)
    if sum(1 for c in claims for s in sites if qualifies(s, c)) > 7:
        pytest.skip("too many pairs for brute force")
    result = allocate(sites, claims, "optimal", share=share)
    assert objective(result, sites, claims) == pytest.approx(brute_force(sites, claims, share),
                                                             abs=1e-4)
    for p in result.pieces:                          # every piece is at least one plot
        assert p.ha >= claims[p.claim].min_ha - 1e-6
    for j, c in enumerate(claims):                   # never more than the demand
        assert sum(p.ha for p in result.pieces if p.claim == j) <= c.demand_ha + 1e-6


# ------------------------------------------------------------------ hand-made cases
def test_greedy_strands_a_remainder_that_optimal_places():
    # demand 15 ha in plots of at least 6 ha; A holds 12 ha at 0.9, B 9 ha at 0.8.
    # greedy: A gives 12, the 3 ha left are less than a plot -> shortfall 3 ha.
    # optimal: maximise 0.9 xA + 0.8 xB, xA + xB <= 15, 6 <= xA <= 12, 6 <= xB <= 9
    #          -> xA = 9, xB = 6: 8.1 + 4.8 = 12.9 (A alone: 10.8), demand met.
    sites = [site("A", 12, x=(0.9, 12)), site("B", 9, x=(0.8, 9))]
    claims = [Claim("x", 15, min_ha=6)]
    g = allocate(sites, claims, "greedy")
    assert [(p.site, p.ha) for p in g.pieces] == [(0, 12)]
    assert g.balances[0].shortfall_ha == pytest.approx(3)
    assert g.balances[0].binding.startswith("plot size: the remaining 3.0 ha")
    o = allocate(sites, claims, "optimal")
    assert sorted((p.site, round(p.ha, 4)) for p in o.pieces) == [(0, 9), (1, 6)]
    assert o.balances[0].shortfall_ha == pytest.approx(0, abs=1e-6)
    assert o.balances[0].mean_score == pytest.approx(12.9 / 15)
    assert o.status == "optimal"


def test_greedy_follows_the_tiers():
    # tier 1 (autonomous) logistics scores lower on the best site than tier-2 recycling, yet
    # takes it first; recycling gets what is left.
    sites = [site("best", 10, log=(0.6, 10), rec=(0.95, 10)),
             site("second", 10, log=(0.5, 10), rec=(0.7, 10))]
    claims = [Claim("rec", 10, tier=2, min_ha=5), Claim("log", 10, tier=1, min_ha=5)]
    g = allocate(sites, claims, "greedy")
    assert {(sites[p.site].name, claims[p.claim].profile) for p in g.pieces} == {
        ("best", "log"), ("second", "rec")}
    # and within one tier, the higher suitability first:
    flat = [Claim("rec", 10, tier=1, min_ha=5), Claim("log", 10, tier=1, min_ha=5)]
    g = allocate(sites, flat, "greedy")
    assert {(sites[p.site].name, flat[p.claim].profile) for p in g.pieces} == {
        ("best", "rec"), ("second", "log")}
    # optimal keeps tier 1 at its best (log on 'best': 6.0) before tier 2 (rec on 'second': 7.0)
    o = allocate(sites, claims, "optimal", share=False)
    assert {(sites[p.site].name, claims[p.claim].profile) for p in o.pieces} == {
        ("best", "log"), ("second", "rec")}


def test_sharing_a_site_or_not():
    sites = [site("park", 20, a=(0.8, 20), b=(0.6, 20))]
    claims = [Claim("a", 10, min_ha=5), Claim("b", 10, min_ha=5)]
    shared = allocate(sites, claims, "greedy", share=True)
    assert sorted(p.ha for p in shared.pieces) == [10, 10]
    whole = allocate(sites, claims, "greedy", share=False)
    assert [(claims[p.claim].profile, p.ha) for p in whole.pieces] == [("a", 10)]
    assert whole.balances[1].binding == "competition: qualifying sites went to a (tier 1) 10.0 ha"
    assert whole.free_ha(0) == pytest.approx(10)


def test_no_site_qualifies_names_the_rule():
    vng = ("distance to houses 180 m < 300 m (VNG 2009, category 4.2, rustige woonwijk): 4.0 ha "
           "of the site lies within it")
    sites = [site("Noord", 12, hmc=(0.0, 0.0, True, vng)),
             site("Zuid", 15, hmc=(0.0, 0.0, True, vng.replace("180", "120"))),
             site("Oost", 8, hmc=(0.7, 8.0)),
             site("Haven", 30, reserved={"hmc": "water-bound park: keep for firms that need a quay"},
                  hmc=(0.9, 30.0))]
    claims = [Claim("hmc", 20, min_ha=10)]
    for method in ("greedy", "optimal"):
        b = allocate(sites, claims, method).balances[0]
        assert b.allocated_ha == 0 and b.shortfall_ha == 20
        assert b.binding == (
            "no site qualifies (4 sites): 2 excluded by hard rules (most often: distance to "
            "houses 120-180 m < 300 m (VNG 2009, category 4.2, rustige woonwijk): 4.0 ha of the "
            "site lies within it, 2 times); 1 too small for one plot (e.g. usable area 8.0 ha < one "
            "plot of 10 ha); 1 kept for firms that need them (HMC / water-bound) (e.g. "
            "water-bound park: keep for firms that need a quay)")


def test_a_site_whose_essential_criteria_were_not_assessed_never_gets_the_claim():
    """The best-scoring site lacks evidence for the profile (no fairway data for water-bound
    bulk): it is refused, the claim goes to the assessed site, and the balance says why the
    demand could not be met in full."""
    sites = [site("Kade", 40, bulk=(0.95, 40.0, False, "", "accessibility by water")),
             site("Weg", 12, bulk=(0.6, 12.0))]
    for method in ("greedy", "optimal"):
        result = allocate(sites, [Claim("bulk", 25, min_ha=5)], method)
        b = result.balances[0]
        assert [(sites[p.site].name, p.ha) for p in result.pieces] == [("Weg", 12.0)]
        assert b.allocated_ha == 12 and b.shortfall_ha == 13
        assert b.binding == (
            "supply: the 1 qualifying sites hold 12.0 ha, the demand is 25 ha; the other sites: "
            "1 with essential criteria not assessed (no data) (e.g. essential criteria not "
            "assessed: accessibility by water)")
    only = allocate([sites[0]], [Claim("bulk", 25, min_ha=5)], "optimal").balances[0]
    assert only.allocated_ha == 0 and only.binding.startswith(
        "no site qualifies (1 sites): 1 with essential criteria not assessed")


def test_reasons_that_differ_in_numbers_are_one_kind_with_ranges():
    sites = [site(f"s{n}", ha, x=(0.0, ha, True, f"site {ha:.1f} ha < 6 ha needed"))
             for n, ha in enumerate((2, 5, 3, 2))]
    b = allocate(sites, [Claim("x", 10, min_ha=6)], "greedy").balances[0]
    assert b.binding == ("no site qualifies (4 sites): 4 excluded by hard rules (most often: "
                         "site 2.0-5.0 ha < 6 ha needed, 4 times)")


def test_supply_shortfall_and_regions():
    sites = [site("A", 10, "Noord", r=(0.8, 10)), site("B", 12, "Noord", r=(0.6, 12)),
             site("C", 30, "Zuid", r=(0.9, 30))]
    claims = [Claim("r", 40, region="Noord", min_ha=5)]
    for method in ("greedy", "optimal"):
        result = allocate(sites, claims, method)
        b = result.balances[0]
        assert b.allocated_ha == pytest.approx(22) and b.shortfall_ha == pytest.approx(18)
        assert b.mean_score == pytest.approx((10 * 0.8 + 12 * 0.6) / 22)
        assert b.sites == 2
        assert b.binding == ("supply: the 2 qualifying sites hold 22.0 ha, the demand is 40 ha; "
                             "the other sites: 1 outside the region")


def test_bad_programme_rows():
    with pytest.raises(InputError, match="row 1 .*above 0"):
        allocate([site("A", 1, a=(1, 1))], [Claim("a", 0)])
    with pytest.raises(InputError, match="unknown method"):
        allocate([site("A", 1, a=(1, 1))], [Claim("a", 1)], "random")


def test_overlapping_pairs_by_hand_and_against_all_pairs():
    import numpy as np
    from shapely.geometry import box
    from ruimte_plugin.core.bbox import overlapping_pairs
    # two 100 x 100 m squares shifted by 50 m share 50 x 100 m = 0.5 ha; a third touches only
    shapes = [box(0, 0, 100, 100), box(50, 0, 150, 100), box(150, 0, 250, 100)]
    assert overlapping_pairs(shapes) == [(0, 1, pytest.approx(0.5))]
    rng = np.random.default_rng(5)
    for _ in range(20):
        corners = rng.random((40, 2)) * 2000
        sizes = rng.random((40, 2)) * 400 + 10
        shapes = [box(x, y, x + w, y + h) for (x, y), (w, h) in zip(corners, sizes)]
        truth = [(i, j, shapes[i].intersection(shapes[j]).area / 1e4)
                 for i in range(40) for j in range(i + 1, 40)]
        truth = [t for t in truth if t[2] >= 0.01]
        got = overlapping_pairs(shapes)
        assert [(i, j) for i, j, _ in got] == [(i, j) for i, j, _ in truth]
        assert [a for _, _, a in got] == pytest.approx([a for _, _, a in truth])


def test_supply_shortfall_names_what_other_claims_took():
    # 'log' (tier 2) qualifies on two 6 ha sites, 12 ha for a demand of 20; tier-1 'rec' takes
    # the one it scores on first, so 'log' gets 6 ha and its binding says both things
    sites = [site("S1", 6, log=(0.9, 6), rec=(0.9, 6)), site("S2", 6, log=(0.8, 6))]
    claims = [Claim("log", 20, tier=2, min_ha=6), Claim("rec", 6, tier=1, min_ha=2)]
    for method in ("greedy", "optimal"):
        b = allocate(sites, claims, method).balances[0]
        assert b.allocated_ha == pytest.approx(6)
        assert b.binding == ("supply: the 2 qualifying sites hold 12.0 ha, the demand is 20 ha; "
                             "of that, rec (tier 1) 6.0 ha went to other claims")


def test_without_overlaps_keeps_by_priority():
    from shapely.geometry import box
    from ruimte_plugin.core.bbox import without_overlaps
    # A 4 ha; B 1 ha overlapping A; C 1 ha apart; D 1 ha overlapping only B. Largest first:
    # A kept, B dropped (A), C kept, D kept (its only neighbour B was dropped)
    shapes = [box(0, 0, 200, 200), box(150, 150, 250, 250), box(500, 0, 600, 100),
              box(240, 240, 340, 340)]
    assert without_overlaps(shapes, lambda i: -shapes[i].area) == [0, 2, 3]
    # B first: B kept, A and D dropped, C kept
    assert without_overlaps(shapes, lambda i: (i != 1, i)) == [1, 2]
