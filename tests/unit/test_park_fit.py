"""Right company, right place: parsing IBIS-like values, fit rules and reservation flags."""

import pytest

from ruimte_plugin.core.errors import InputError
from ruimte_plugin.core.criteria.zoning import category_rank
from ruimte_plugin.core.park_fit import ParkFacts, assess, water_access
from ruimte_plugin.core.profiles import builtin_profile


@pytest.mark.parametrize("value, category", [("4.2", "4.2"), ("4,2", "4.2"), ("cat. 5.1", "5.1"),
                                             (4.2, "4.2"), ("3", None), (6, "6"), (2.0, "2")])
def test_category_rank(value, category):
    from ruimte_plugin.core.criteria.zoning import CATEGORIES
    if category is None:
        with pytest.raises(InputError):
            category_rank(value)
    else:
        assert CATEGORIES[category_rank(value)] == category
    assert category_rank(None) is None and category_rank("") is None


@pytest.mark.parametrize("value, access", [
    ("Nee, er is geen vaarwater aanwezig", False), ("Ja, met laad- en loskade", True),
    ("ja", True), ("nee", False), ("onbekend", None), (None, None), ("", None), (True, True)])
def test_water_access(value, access):
    assert water_access(value) is access


def facts(area, category, water, name="park"):
    return ParkFacts(name, area, category_rank(category), water)


def test_fits_and_reasons():
    xxl = builtin_profile("xxl_logistics")              # 4.1, at least 6 ha, no water
    ok = assess(facts(8, "4.2", False), xxl)
    assert ok.fits is True and ok.reasons == []
    small = assess(facts(4.5, "4.2", False), xxl)
    assert small.fits is False and small.reasons == ["largest plot 4.5 ha < 6 ha needed"]
    low = assess(facts(10, "3.2", False), xxl)
    assert low.reasons == ["maximum category 3.2 < 4.1 needed (VNG 2009)"]
    unknown = assess(facts(None, "4.2", None), xxl)
    assert unknown.fits is None and unknown.reasons == ["unknown: largest plot"]


def test_water_need_and_reservation_flags():
    bulk = builtin_profile("water_bound_bulk")          # 4.2, 5 ha, water CEMT IV
    assert assess(facts(10, "5.1", False), bulk).reasons == [
        "no water access; the profile needs a fairway of CEMT IV or more"]
    assert assess(facts(10, "5.1", True), bulk).fits is True
    sme = builtin_profile("mkb_park")                   # 3.1, no water
    verdict = assess(facts(10, "5.1", True), sme)
    assert verdict.fits is True and verdict.hmc_park and verdict.water_park
    assert verdict.reserve == [
        "HMC park (maximum category 5.1): keep for firms of category 4.1 and up; this profile is "
        "3.1", "water-bound park: keep for firms that need a quay; this profile cannot use water"]
    # an HMC firm on an HMC park is not flagged; a higher HMC threshold changes the verdict
    assert assess(facts(20, "5.1", False), builtin_profile("hmc_heavy_industry")).reserve == []
    assert assess(facts(10, "4.1", False), sme, hmc_from="4.2").hmc_park is False


def test_water_is_welcome_not_required_with_modes_any():
    """Recycling (modes 'any': road or water) fits a dry park, as its suitability map lets road
    access alone suffice; a water-bound park is not kept from it, as it can use the quay."""
    recycling = builtin_profile("recycling")           # 5.1, 2 ha, road or CEMT IV water
    assert recycling.modes == "any" and recycling.road is not None
    dry = assess(facts(10, "5.1", False), recycling)
    assert dry.fits is True and dry.reasons == []
    assert assess(facts(10, "5.1", True), recycling).reserve == []
