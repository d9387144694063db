"""Grid congestion rule: each status class, unknowns, words, the MS threshold, substations."""

import numpy as np
import pytest

from ruimte_plugin.core.criteria.grid_capacity import GridCapacityRule, parse_status
from ruimte_plugin.core.errors import InputError

NAN = np.nan
STATUS = np.array([0, 1, 2, 3, NAN], dtype=np.float32)


def test_each_status_class_with_default_scores():
    rule = GridCapacityRule(required_mva=2).validate()
    out = rule.score(STATUS)
    assert out[:4].tolist() == pytest.approx([1, 0.7, 0.3, 0])
    assert np.isnan(out[4])
    assert rule.constraint(STATUS).tolist() == [1, 1, 1, 0, 1]


def test_unknown_score_and_small_connection():
    assert GridCapacityRule(2, unknown_score=0.5).score(STATUS)[4] == 0.5
    small = GridCapacityRule(required_mva=0.173)         # exactly the MS threshold: unaffected
    assert small.score(STATUS).tolist() == [1, 1, 1, 1, 1]
    assert small.constraint(STATUS).tolist() == [1, 1, 1, 1, 1]
    assert GridCapacityRule(required_mva=0.2).score(STATUS)[3] == 0


def test_substation_distance_for_large_needs():
    rule = GridCapacityRule(required_mva=50, near_m=2000, far_m=15000).validate()
    assert rule.uses_substations
    d = np.array([0, 2000, 8500, 15000, 20000], dtype=np.float32)
    assert rule.substation_score(d).tolist() == pytest.approx([1, 1, 0.5, 0, 0])
    # status 1 (0.7) at 8.5 km from a substation (0.5): 0.35
    assert rule.score(np.float32([1]), np.float32([8500]))[0] == pytest.approx(0.35)
    assert not GridCapacityRule(required_mva=5).uses_substations


@pytest.mark.parametrize("value, code", [
    (0, 0), (3, 3), ("2", 2), ("-1", -1), (None, -1), ("rood", 3), ("Oranje", 2),
    ("geel", 1), (" groen ", 0), ("red", 3), (2.0, 2), (float("nan"), -1)])
def test_status_values(value, code):
    assert parse_status(value) == code


@pytest.mark.parametrize("value", ["blauw", 4, "7", 1.5])
def test_unknown_status_values_are_refused(value):
    with pytest.raises(InputError) as err:
        parse_status(value)
    assert err.value.parameter is None                # the caller names its input


def test_bad_settings():
    with pytest.raises(InputError):
        GridCapacityRule(2, status_scores=(1, 0.5)).validate()
    with pytest.raises(InputError):
        GridCapacityRule(2, near_m=5000, far_m=1000).validate()
