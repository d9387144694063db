"""rounded against Python's round, value for value: random values, and values at or next to
half-way points, where np.round alone goes the other way."""

import math

import numpy as np

from ruimte_plugin.core.rounding import rounded


def test_the_same_floats_as_pythons_round():
    rng = np.random.default_rng(5)
    values = np.concatenate([
        rng.uniform(-1, 1, 20000), rng.uniform(0, 20000, 20000),
        rng.normal(0, 1e6, 2000), rng.normal(0, 1e13, 2000),   # beyond 2**53 once scaled
        # half-way points as decimals, and the floats next to them
        np.array([2.675, 0.125, 12332.293125, 6580.496875, 1.000005, -0.000015, 2.5e-6]),
        np.nextafter(np.array([12332.293125, 6580.496875, 1.000005]), np.inf),
        np.nextafter(np.array([12332.293125, 6580.496875, 1.000005]), -np.inf),
        np.arange(0, 2000) / 2e5,                  # k/200000: every other one a half-way point
    ])
    for digits in (2, 3, 5):
        mine = rounded(values, digits).tolist()
        assert mine == [round(v, digits) for v in values.tolist()], digits
    # numpy alone differs for some of them (this test would not catch a plain np.round)
    assert np.round(values, 5).tolist() != [round(v, 5) for v in values.tolist()]


def test_nan_and_inf_stay():
    out = rounded([math.nan, math.inf, -math.inf, 0.123456], 5)
    assert math.isnan(out[0]) and out[1] == math.inf and out[2] == -math.inf
    assert out[3] == 0.12346
