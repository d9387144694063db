"""VNG guide distances and the zoning score, against the VNG (2009) table written out here."""

import numpy as np
import pytest

from ruimte_plugin.core.criteria.zoning import ZoningRule, guide_distance
from ruimte_plugin.core.errors import InputError

# VNG "Bedrijven en milieuzonering" (2009), Tabel 1 (reference/domain-nl.md §3)
RUSTIG = {"1": 10, "2": 30, "3.1": 50, "3.2": 100, "4.1": 200, "4.2": 300, "5.1": 500,
          "5.2": 700, "5.3": 1000, "6": 1500}
GEMENGD = {"1": 0, "2": 10, "3.1": 30, "3.2": 50, "4.1": 100, "4.2": 200, "5.1": 300,
           "5.2": 500, "5.3": 700, "6": 1000}


@pytest.mark.parametrize("category", list(RUSTIG))
def test_whole_table_both_area_types(category):
    assert guide_distance(category, "rustige_woonwijk") == RUSTIG[category]
    assert guide_distance(category, "gemengd_gebied") == GEMENGD[category]


def test_gemengd_is_one_step_lower():
    cats = list(RUSTIG)
    for lower, higher in zip(cats, cats[1:]):
        assert GEMENGD[higher] == RUSTIG[lower]


def test_score_and_constraint_by_hand():
    rule = ZoningRule("4.2", "rustige_woonwijk", 2.0).validate()     # 300 m, full at 600 m
    d = np.array([0, 299, 300, 450, 600, 900, np.nan], dtype=np.float32)
    assert rule.constraint(d)[:6].tolist() == [0, 0, 1, 1, 1, 1]
    assert rule.score(d)[:6].tolist() == pytest.approx([0, 0, 0, 0.5, 1, 1])
    assert np.isnan(rule.score(d)[6]) and np.isnan(rule.constraint(d)[6])
    assert "180 m < 300 m" in rule.reason(180) and "category 4.2" in rule.reason(180)


def test_zero_guide_distance_scores_everywhere():
    rule = ZoningRule("1", "gemengd_gebied").validate()
    assert rule.score(np.array([0.0, 5.0])).tolist() == [1, 1]


@pytest.mark.parametrize("kw, param", [
    (dict(category="7"), "category"), (dict(category="3.1", area_type="stad"), "area_type"),
    (dict(category="3.1", score_multiple=0.5), "score_multiple")])
def test_bad_rules(kw, param):
    with pytest.raises(InputError) as err:
        ZoningRule(**kw).validate()
    assert err.value.parameter == param
