"""Company profiles: every built-in file passes the schema check, a broken file gets every
problem listed, and weights renormalise when criteria have no data."""

import json

import pytest

from ruimte_plugin.core.errors import InputError
from ruimte_plugin.core.profiles import (CRITERIA, ProfileError, builtin_ids, builtin_profile,
                                         check_profile, load_profile)

EXPECTED = {"xxl_logistics", "recycling", "h2_electrolyser_100mw", "data_centre",
            "hmc_heavy_industry", "water_bound_bulk", "mkb_park"}


def test_all_builtin_profiles_are_valid():
    assert set(builtin_ids()) == EXPECTED
    for pid in builtin_ids():
        p = builtin_profile(pid)
        assert p.id == pid and p.name_nl and p.name_en
        assert set(p.weights) <= set(CRITERIA)
        assert sum(p.weights.values()) == pytest.approx(1)
        assert p.area_ha[0] <= p.area_ha[1]


def every_number(node, path=""):
    if isinstance(node, dict):
        if "value" in node:
            yield path, node
        for k, v in node.items():
            yield from every_number(v, f"{path}.{k}")


def test_every_number_carries_source_or_assumption():
    for pid in builtin_ids():
        raw = builtin_profile(pid).raw
        for path, node in every_number(raw):
            assert node.get("source") or node.get("assumption"), f"{pid}{path}"


def test_the_xxl_profile_uses_an_ahp_matrix():
    p = builtin_profile("xxl_logistics")
    assert p.weights_method.startswith("AHP eigenvector")
    assert max(p.weights, key=p.weights.get) == "accessibility"


def good():
    return json.loads(json.dumps(builtin_profile("data_centre").raw))


def test_a_broken_profile_lists_every_problem():
    data = good()
    del data["site"]["building_height_m"]["assumption"]
    data["zoning"]["category"]["value"] = "7"
    data["grid"]["required_mva"] = 50                    # a bare number, no source
    data["weights"]["traffic"] = {"value": 1, "assumption": "x"}
    data["transport"]["road"]["ideal_m"]["value"] = 30000
    with pytest.raises(ProfileError) as err:
        check_profile(data)
    text = str(err.value)
    for fragment in ("site.building_height_m: says neither", "zoning.category: '7' is not one of",
                     "grid.required_mva: must be an object", "weights.traffic: unknown criterion",
                     "transport.road: ideal_m must be below max_m"):
        assert fragment in text
    assert len(err.value.problems) == 5 and err.value.parameter is None


def test_bad_files(tmp_path):
    broken = tmp_path / "p.json"
    broken.write_text("{ not json", encoding="utf-8")
    with pytest.raises(ProfileError, match="not valid JSON"):
        load_profile(broken)
    with pytest.raises(ProfileError, match="cannot read"):
        load_profile(tmp_path / "missing.json")
    with pytest.raises(InputError, match="unknown profile"):
        builtin_profile("zeppelin_hangar")


def test_weights_renormalise_when_criteria_have_no_data():
    # data centre: grid .45, landscape .2, accessibility .15, nitrogen .1, zoning .1
    p = builtin_profile("data_centre")
    weights, dropped = p.weights_for({"grid", "landscape", "accessibility"})
    assert sorted(dropped) == ["nitrogen", "zoning"]
    # 0.45 / 0.8, 0.2 / 0.8, 0.15 / 0.8
    assert weights == pytest.approx({"grid": 0.5625, "landscape": 0.25, "accessibility": 0.1875})
    with pytest.raises(InputError, match="none of the profile's weighted criteria"):
        p.weights_for(set())


def test_a_profile_may_weight_regional_value():
    """regional_value is a criterion a profile file may weight; its weight is normalised with
    the others (data centre: 0.45 + 0.2 + 0.15 + 0.1 + 0.1 + 0.25 = 1.25)."""
    data = json.loads(json.dumps(builtin_profile("data_centre").raw))
    data["weights"]["regional_value"] = {"value": 0.25, "assumption": "test"}
    profile = check_profile(data)
    assert "regional_value" in CRITERIA
    assert profile.weights["regional_value"] == pytest.approx(0.25 / 1.25)
    assert profile.needs["regional_value"].essential is False
