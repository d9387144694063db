"""Existing parks (densify, relocate, mixed edge) and the 3.1-and-up rule for new parks: the core
against hand calculations, without QGIS."""

import math

import pytest
from shapely.geometry import Point, box

from ruimte_plugin.core.criteria.zoning import category_rank
from ruimte_plugin.core.errors import InputError
from ruimte_plugin.core.park_potential import (Firm, Park, covered_ha, default_edge_distance,
                                               free_area,
                                               densify, edge_zones, new_park_advice,
                                               relocations, summed_values)


def test_densify_hand_calculation():
    # 10 ha net, 4 ha footprint, target 0.6: intensity 4 / 10 = 0.4; at 0.6 the same 4 ha of
    # buildings need 4 / 0.6 = 6.667 ha of net area, so 10 - 6.667 = 3.333 ha would come free
    d = densify(10.0, 4.0, 0.6)
    assert d.intensity == pytest.approx(0.4)
    assert d.needed_ha == pytest.approx(6.6667, abs=1e-4)
    assert d.freed_ha == pytest.approx(3.3333, abs=1e-4)
    # built above the target: nothing comes free (never negative)
    assert densify(10.0, 7.0, 0.6).freed_ha == 0.0
    # no buildings known: not assessed (None), never 0
    missing = densify(10.0, None, 0.6)
    assert missing.freed_ha is None and missing.intensity is None
    with pytest.raises(InputError):
        densify(10.0, 4.0, 0.0)


def test_free_area_is_not_counted_twice():
    # 10 ha net of which 3 ha still issuable (unbuilt); 4.2 ha of footprint at 0.6 need 7 ha,
    # so 3 ha would come free: the same 3 issuable ha, not 3 + 3
    assert free_area(3.0, densify(10.0, 4.2, 0.6).freed_ha) == pytest.approx(3.0)
    assert free_area(None, 2.0) == 2.0 and free_area(5.0, None) == 5.0
    assert free_area(None, None) is None


def test_new_park_advice():
    assert new_park_advice("2") == (
        "category 2 belongs in a mixed urban area (IPO position paper: business parks in "
        "principle for category 3.1 and up), not on a new business park")
    assert new_park_advice("1").startswith("category 1 belongs")
    assert new_park_advice("3.1") == "" and new_park_advice("5.1") == ""
    assert new_park_advice(None) == ""


def test_edge_distance_is_vng_31_quiet_residential():
    assert default_edge_distance() == 50.0


def test_covered_and_summed():
    park = box(0, 0, 400, 250)                       # 10 ha
    # a 200 x 100 m building inside (2 ha), one 100 x 100 m half outside (0.5 ha inside),
    # one overlapping the first by 50 x 100 m (counted once: +0.5 ha), one far away
    shapes = [box(10, 10, 210, 110), box(350, 100, 450, 200), box(160, 10, 260, 110),
              box(1000, 1000, 1100, 1100)]
    assert covered_ha([park], shapes) == [pytest.approx(2.0 + 0.5 + 0.5)]
    # a park without footprints: unbuilt (0) inside the footprints' extent, not assessed
    # (None) beyond it, where the layer says nothing
    inside, beyond = box(500, 500, 510, 510), box(5000, 5000, 5100, 5100)
    assert covered_ha([inside, beyond], shapes) == [0.0, None]
    sums, missing = summed_values([park], [Point(5, 5), Point(100, 100), Point(500, 5),
                                           Point(50, 50)], [120.0, 80.0, 999.0, None])
    assert sums == [200.0] and missing == [1]


def test_edge_zone_circular_segment():
    # a 200 m square park, one house 30 m west of its edge, edge distance 50 m: the 50 m circle
    # reaches 20 m into the park; a circular segment of r = 50, d = 30:
    # r^2 acos(d/r) - d sqrt(r^2 - d^2) = 2500 acos(0.6) - 30 * 40 = 1118.2 m2
    park = box(0, 0, 200, 200)
    zones = edge_zones([park], [Point(-30, 100)], 50.0)
    exact = 2500 * math.acos(0.6) - 30 * 40
    assert zones[0].area == pytest.approx(exact, rel=0.01)
    assert edge_zones([park], [Point(-60, 100)], 50.0)[0].is_empty
    # the same house as coordinates (as the algorithm passes point layers)
    import numpy as np
    assert edge_zones([park], [], 50.0, np.array([[-30.0, 100.0], [900.0, 900.0]]))[0].area \
        == pytest.approx(zones[0].area)


def parks_and_firm(hmc_water=False):
    # HMC park "Haven" (5.1) at 0..1000 m; "Ver" 20 km away (too far); "Klein" with 1 ha free
    # (too small for a 2 ha plot); "Passend" 3.2 with 5 ha free at 3 km; "Zwaar" 4.2 (HMC)
    rank = category_rank
    parks = [Park("Haven", box(0, 0, 1000, 1000), rank("5.1"), hmc_water, 10.0),
             Park("Ver", box(21000, 0, 22000, 1000), rank("3.2"), False, 50.0),
             Park("Klein", box(2000, 0, 2500, 500), rank("3.2"), False, 1.0),
             Park("Passend", box(4000, 0, 4500, 500), rank("3.2"), False, 5.0),
             Park("Zwaar", box(0, 2000, 500, 2500), rank("4.2"), False, 30.0)]
    firm = Firm("Drukkerij", box(800, 400, 1000, 500), rank("3.1"), False, 2.0)
    return parks, firm


def test_relocation_known_answer():
    parks, firm = parks_and_firm()
    candidates, per_park, off = relocations(parks, [firm], "4.1", 15000.0)
    assert off == 0 and len(candidates) == 1
    c = candidates[0]
    assert c.park == 0
    assert c.reasons == ["category 3.1 on an HMC park (maximum category 5.1; HMC from 4.1)"]
    # "Passend" is 4000 - 1000 = 3000 m from the firm's east edge at x = 1000
    assert c.destinations == [("Passend", pytest.approx(3.0))]
    assert per_park[0].count == 1 and per_park[0].hectares == 2.0
    # an HMC firm (4.2) on the HMC park stays
    heavy = Firm("Staal", Point(100, 100), category_rank("4.2"), False, 5.0)
    assert relocations(parks, [heavy])[0] == []


def test_relocation_water_and_unknowns():
    parks, firm = parks_and_firm(hmc_water=True)
    dry = Firm("Opslag", Point(500, 500), category_rank("4.2"), False, None)
    unknown = Firm("Onbekend", Point(600, 600), category_rank("4.2"), None, 1.0)
    candidates, per_park, _ = relocations(parks, [dry, unknown], "4.1", 15000.0)
    assert [c.firm.ident for c in candidates] == ["Opslag"]
    assert candidates[0].reasons == ["does not need water, on a water-bound park"]
    # 4.2 needs a park of 4.2 or more that is not HMC: none, so no destination
    assert candidates[0].destinations == []
    assert "plot size unknown: free area not checked" in candidates[0].not_assessed
    assert per_park[0].plots_unknown == 1 and per_park[0].hectares == 0.0
    assert per_park[0].not_assessed == {"firm's water need unknown": 1}
    # a park whose category is unknown: its firms are not assessed, never "fine"
    parks[0].category_rank = None
    candidates, per_park, _ = relocations(parks, [firm], "4.1", 15000.0)
    assert per_park[0].not_assessed["park category unknown"] == 1
