"""Evidence rules (core/evidence.py): which criteria a run assessed, what is essential, and the
refusal when an essential one has no data. Hand-made needs; the built-in profiles' choices."""

import pytest

from ruimte_plugin.core.errors import InputError
from ruimte_plugin.core.evidence import Need, assess, parse_needs, refuse_missing
from ruimte_plugin.core.profiles import builtin_ids, builtin_profile

NEEDS = {"nitrogen": Need(True, "emits NOx"), "grid": Need(False, "small"),
         "accessibility": Need(True, "trucks"),
         "accessibility.road": Need(False, "last mile"),
         "accessibility.water": Need(True, "quay")}


def test_complete_when_everything_has_data():
    a = assess(NEEDS, {"nitrogen", "grid", "accessibility"})
    assert a.complete and a.summary() == "" and a.assessed == ["nitrogen", "grid",
                                                              "accessibility"]


def test_a_missing_mode_of_an_assessed_criterion_is_reported_by_itself():
    a = assess(NEEDS, {"nitrogen", "accessibility"}, ["water"])
    assert [(m.key, m.essential) for m in a.missing] == [("grid", False),
                                                         ("accessibility.water", True)]
    assert a.summary() == "not assessed: grid congestion, accessibility by water"
    assert [m.key for m in a.essential_missing] == ["accessibility.water"]


def test_a_missing_criterion_covers_its_modes():
    a = assess(NEEDS, {"nitrogen", "grid"}, ["road", "water"])
    assert [m.key for m in a.missing] == ["accessibility"]


def test_refusal_names_the_input_and_can_be_accepted():
    a = assess(NEEDS, {"grid", "accessibility"}, ["water"])
    with pytest.raises(InputError) as err:
        refuse_missing(a, "ACCEPT_MISSING")
    assert err.value.parameter == "nitrogen"          # the first essential item (its key)
    assert "WATERWAYS" in str(err.value) and "Why: quay" in str(err.value)
    a.accepted = True
    refuse_missing(a, "ACCEPT_MISSING")               # no error
    optional_only = assess(NEEDS, {"nitrogen", "accessibility"})
    assert [m.key for m in optional_only.missing] == ["grid"]
    refuse_missing(optional_only, "ACCEPT_MISSING")   # optional: reported, never refused


def test_parse_needs_lists_every_problem():
    problems = []
    needs = parse_needs({"nitrogen": {"essential": "yes", "reason": "x"},
                         "grid": {"essential": False},
                         "noise": {"essential": True, "reason": "x"}},
                        ["nitrogen", "grid", "zoning"], [], problems)
    assert needs == {}
    assert len(problems) == 4        # noise unknown; nitrogen not bool; grid no reason; zoning
    assert any("evidence.zoning: missing" in p for p in problems)


def test_without_an_evidence_block_everything_is_essential():
    needs = parse_needs(None, ["nitrogen", "accessibility"], ["road"], [])
    assert all(n.essential for n in needs.values()) and set(needs) == {
        "nitrogen", "accessibility", "accessibility.road"}


@pytest.mark.parametrize("profile_id", builtin_ids())
def test_builtin_profiles_mark_every_criterion_with_a_reason(profile_id):
    profile = builtin_profile(profile_id)
    weighted = {c for c, w in profile.weights.items() if w > 0}
    assert weighted <= set(profile.needs)
    assert all(n.reason for n in profile.needs.values())
    # every profile here is VNG category 3.1 or up: zoning is essential (VNG 2009; IPO paper)
    assert profile.needs["zoning"].essential
    # protected areas are excluded by law: landscape essential for every profile
    assert profile.needs["landscape"].essential
    # an emitter needs its deposition assessed
    assert profile.needs["nitrogen"].essential == (profile.nox_kg + profile.nh3_kg > 0)


def test_water_bound_bulk_needs_the_fairway():
    needs = builtin_profile("water_bound_bulk").needs
    assert needs["accessibility.water"].essential and not needs["accessibility.road"].essential


def test_mask_blocks_by_hand():
    """Two rules (0 excludes; NaN says nothing), two criteria (NaN = no data), a study area."""
    import numpy as np
    from ruimte_plugin.core.evidence import mask_blocks
    nan = np.nan
    rule_a = np.array([[1, 0, 1], [1, 1, 1]], np.float32)
    rule_b = np.array([[1, 1, nan], [0, 1, 1]], np.float32)
    crit_a = np.array([[0.5, nan, 0.2], [0.1, 0.3, nan]], np.float32)
    crit_b = np.array([[nan, nan, 0.9], [0.4, 0.0, 0.7]], np.float32)
    inside = np.array([[1, 1, 1], [1, 1, 0]], np.float32)
    allowed, assessed = mask_blocks((2, 3), [rule_a, rule_b], [crit_a, crit_b], inside)
    np.testing.assert_array_equal(allowed, [[1, 0, 1], [0, 1, nan]])
    np.testing.assert_array_equal(assessed, [[1, 0, 2], [2, 2, nan]])
    allowed, assessed = mask_blocks((1, 2), [], None, None)
    assert assessed is None and allowed.tolist() == [[1, 1]]


def test_regional_value_is_optional_unless_the_profile_says_otherwise():
    """A profile that weights regional_value: without an entry in its evidence block (or
    without the block) the criterion is optional; an entry decides."""
    spec = {"grid": {"essential": True, "reason": "r"}}
    problems = []
    needs = parse_needs(spec, ["grid", "regional_value"], [], problems)
    assert problems == [] and needs["regional_value"].essential is False
    assert parse_needs(None, ["grid", "regional_value"], [], [])["regional_value"].essential \
        is False
    spec["regional_value"] = {"essential": True, "reason": "jobs for the region"}
    assert parse_needs(spec, ["grid", "regional_value"], [], [])["regional_value"].essential
    # no data: reported as not assessed, optional, with STATIONS as its input
    missing = assess({"grid": Need(True, "r"), "regional_value": Need(False, "o")}, {"grid"})
    assert [(m.key, m.essential, m.parameter) for m in missing.missing] == [
        ("regional_value", False, "STATIONS")]
    assert missing.summary() == "not assessed: regional added value"
    refuse_missing(missing, "ACCEPT_MISSING")          # optional: the run goes on


def test_builtin_profiles_do_not_weight_regional_value():
    for profile_id in builtin_ids():
        assert "regional_value" not in builtin_profile(profile_id).weights
