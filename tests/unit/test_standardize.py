"""Value -> score functions against published values (anchors.md §3) and hand calculations."""

import math

import numpy as np
import pytest

from ruimte_plugin.core.errors import InputError
from ruimte_plugin.core.standardize import Standardization, parse_specs, parse_table


def score(x, **kw):
    s = Standardization(**kw).validate()
    return s.apply(np.array(x, dtype=np.float32)).tolist()


def test_large_and_small_match_qgis_formula():
    # QGIS fuzzify 'large': 1/(1+(x/m)^-s); m = 1000, s = 5: 1/(1+32) and 1/(1+1/32)
    assert score([500, 2000, 1000], function="large", midpoint=1000, spread=5) == pytest.approx(
        [1 / 33, 32 / 33, 0.5], abs=1e-6)
    assert score([500, 2000], function="small", midpoint=1000, spread=5) == pytest.approx(
        [32 / 33, 1 / 33], abs=1e-6)
    # x <= 0: large -> 0, small -> 1
    assert score([0, -10], function="large", midpoint=1000, spread=5) == [0.0, 0.0]
    assert score([0, -10], function="small", midpoint=1000, spread=5) == [1.0, 1.0]


def test_near_and_gaussian():
    assert score([500], function="near", midpoint=1000, spread=1e-6) == pytest.approx([0.8])
    assert score([2000, 1000], function="gaussian", midpoint=1000, spread=1e-6) == pytest.approx(
        [math.exp(-1), 1.0], abs=1e-6)


def test_idrisi_sigmoid():
    # increasing a = 0, b = 1000: cos^2((1 - t) pi/2) -> 0.146447 at 250, 0.853553 at 750
    assert score([250, 750, -1, 2000], function="sigmoid", a=0, b=1000) == pytest.approx(
        [0.146447, 0.853553, 0.0, 1.0], abs=1e-6)
    # decreasing c = 0, d = 1000: cos^2(t pi/2) -> 0.853553 at 250
    assert score([250, 750], function="sigmoid", direction="decreasing", c=0, d=1000) == \
        pytest.approx([0.853553, 0.146447], abs=1e-6)


def test_linear_all_directions():
    assert score([50, 100, 200, 300, 400], function="linear", a=100, b=300) == pytest.approx(
        [0, 0, 0.5, 1, 1])
    assert score([50, 200, 400], function="linear", direction="decreasing", c=100, d=300) == \
        pytest.approx([1, 0.5, 0])
    assert score([50, 150, 300, 500], function="linear", direction="symmetric",
                 a=0, b=100, c=200, d=400) == pytest.approx([0.5, 1, 0.5, 0])


def test_jshaped():
    # 1/(1+((x-b)/(b-a))^2) with a = 0, b = 100: 0.5 at a, 1/(1+0.25) = 0.8 at 50, 0.2 at -100
    assert score([0, 50, -100, 200], function="jshaped", a=0, b=100) == pytest.approx(
        [0.5, 0.8, 0.2, 1.0])
    assert score([100, 200], function="jshaped", direction="decreasing", c=100, d=200) == \
        pytest.approx([1.0, 0.5])


def test_tables():
    pairs = parse_table("0:1, 500:0.8, 1000:0")
    assert score([250, 750, -5, 2000], function="table", table=pairs) == pytest.approx(
        [0.9, 0.4, 1.0, 0.0])
    classes = parse_table([1, 0.2, 2, 1])
    out = score([1, 2, 3], function="table", table=classes, table_mode="exact")
    assert out[:2] == pytest.approx([0.2, 1.0]) and math.isnan(out[2])
    out = score([3], function="table", table=classes, table_mode="exact", unknown_score=0.0)
    assert out == [0.0]


def test_unknown_cells():
    assert math.isnan(score([np.nan], function="linear", a=0, b=1)[0])
    assert score([np.nan, 0.5], function="linear", a=0, b=1, unknown_score=0.25) == [0.25, 0.5]
    s = Standardization("linear", a=0, b=1).validate()
    out = s.apply(np.array([0.5, 0.5], dtype=np.float32), valid=np.array([True, False]))
    assert out[0] == 0.5 and math.isnan(out[1])


def test_scores_are_float32_and_in_range():
    x = np.linspace(-1e4, 1e4, 1001, dtype=np.float32)
    for kw in (dict(function="large", midpoint=100, spread=2),
               dict(function="sigmoid", direction="symmetric", a=-50, b=0, c=10, d=500),
               dict(function="near", midpoint=3, spread=0.1)):
        out = Standardization(**kw).validate().apply(x)
        assert out.dtype == np.float32 and np.all((out >= 0) & (out <= 1))


@pytest.mark.parametrize("kw, param", [
    (dict(function="linear", a=5, b=1), "a"),
    (dict(function="linear", a=1, b=1), "b"),
    (dict(function="linear"), "a"),
    (dict(function="sigmoid", direction="decreasing", c=1), "d"),
    (dict(function="large", midpoint=0, spread=5), "midpoint"),
    (dict(function="gaussian", midpoint=1, spread=0), "spread"),
    (dict(function="table"), "table"),
    (dict(function="table", table=((1, 2),)), "table"),
    (dict(function="cubic"), "function"),
    (dict(function="linear", a=0, b=1, unknown_score=2), "unknown_score"),
])
def test_bad_settings_name_the_field(kw, param):
    with pytest.raises(InputError) as err:
        Standardization(**kw).validate()
    assert err.value.parameter == param


def test_parse_table_errors():
    with pytest.raises(InputError):
        parse_table([1, 2, 3])
    with pytest.raises(InputError):
        parse_table("1:2:3")


def test_parse_specs_per_criterion():
    specs = parse_specs("linear,decreasing,,,500,5000; ;large,10,2", 4)
    assert specs[0] == Standardization("linear", "decreasing", None, None, 500.0, 5000.0)
    assert specs[1] is None and specs[3] is None               # a score already; not given
    assert specs[2] == Standardization("large", midpoint=10.0, spread=2.0)
    assert specs[0].apply(np.array([0, 2750, 6000], np.float32)).tolist() == [1.0, 0.5, 0.0]
    assert parse_specs("", 2) == [None, None]
    with pytest.raises(InputError, match="criterion 1 .*needs control point B") as err:
        parse_specs("linear,increasing,5", 1)
    assert err.value.parameter is None        # the algorithm names STANDARDIZE
