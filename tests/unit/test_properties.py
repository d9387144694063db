"""Property-based tests (hypothesis) of the core maths: scores stay in [0, 1], weights sum to
1, standardisation is monotonic where it should be, OWA lies between min and max."""

import numpy as np
from hypothesis import given, settings, strategies as st

from ruimte_plugin.core.aggregate import Aggregation
from ruimte_plugin.core.standardize import Standardization
from ruimte_plugin.core.weights import ahp, direct_weights, rank_order_centroid

scores = st.floats(0, 1, allow_nan=False, width=32)
values = st.floats(-1e6, 1e6, allow_nan=False, width=32)


def weight_vectors(n):
    return st.lists(st.floats(0.01, 100, allow_nan=False), min_size=n, max_size=n)


@settings(max_examples=200, deadline=None)
@given(st.integers(2, 6).flatmap(lambda n: st.tuples(
    st.lists(st.lists(scores, min_size=n, max_size=n), min_size=1, max_size=20),
    weight_vectors(n), weight_vectors(n))))
def test_every_method_stays_in_unit_interval_and_owa_between_min_and_max(case):
    cells, raw_w, raw_v = case
    z = np.array(cells, dtype=np.float32).T.reshape(len(raw_w), -1, 1)
    w = tuple(direct_weights(raw_w).values)
    v = tuple(direct_weights(raw_v).values)
    for method in ("wlc", "wpm", "and", "or", "product", "sum", "gamma", "owa"):
        out = Aggregation(method, w, 0.7, v).validate(len(w)).apply(z)
        assert np.all((out >= -1e-6) & (out <= 1 + 1e-6)), method
    owa = Aggregation("owa", w, order_weights=v).validate(len(w)).apply(z)
    assert np.all(owa >= z.min(axis=0) - 1e-6) and np.all(owa <= z.max(axis=0) + 1e-6)


@settings(max_examples=200, deadline=None)
@given(st.lists(st.floats(0, 1e6, allow_nan=False), min_size=1, max_size=12).filter(
    lambda xs: sum(xs) > 0))
def test_weights_sum_to_one(raw):
    assert abs(direct_weights(raw).values.sum() - 1) < 1e-9
    ranks = list(range(1, len(raw) + 1))
    assert abs(rank_order_centroid(ranks).values.sum() - 1) < 1e-9


@settings(max_examples=100, deadline=None)
@given(st.lists(st.floats(1 / 9, 9), min_size=3, max_size=3))
def test_ahp_weights_sum_to_one_and_cr_is_not_negative(judgements):
    a, b, c = judgements
    matrix = np.array([[1, a, b], [1 / a, 1, c], [1 / b, 1 / c, 1]])
    for method in ("eigenvector", "geometric_mean"):
        result = ahp(matrix, method)
        assert abs(result.weights.sum() - 1) < 1e-9 and result.cr >= 0


@settings(max_examples=200, deadline=None)
@given(st.lists(values, min_size=2, max_size=50),
       st.sampled_from(["linear", "sigmoid", "jshaped"]),
       st.floats(-1e5, 1e5), st.floats(1, 1e5))
def test_control_point_functions_are_monotonic(xs, function, a, width):
    x = np.sort(np.array(xs, dtype=np.float32))
    up = Standardization(function, "increasing", a=a, b=a + width).validate().apply(x)
    down = Standardization(function, "decreasing", c=a, d=a + width).validate().apply(x)
    assert np.all(np.diff(up) >= -1e-6) and np.all(np.diff(down) <= 1e-6)
    assert np.all((up >= 0) & (up <= 1)) and np.all((down >= 0) & (down <= 1))


@settings(max_examples=200, deadline=None)
@given(st.lists(st.floats(0, 1e6, allow_nan=False, width=32), min_size=2, max_size=50),
       st.floats(1, 1e5), st.floats(0.1, 10))
def test_large_rises_and_small_falls(xs, midpoint, spread):
    x = np.sort(np.array(xs, dtype=np.float32))
    large = Standardization("large", midpoint=midpoint, spread=spread).validate().apply(x)
    small = Standardization("small", midpoint=midpoint, spread=spread).validate().apply(x)
    assert np.all(np.diff(large) >= -1e-6) and np.all(np.diff(small) <= 1e-6)
