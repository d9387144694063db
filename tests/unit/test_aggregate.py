"""Aggregation of criterion scores: one-cell oracles (anchors.md §3) and hand calculations."""

import math

import numpy as np
import pytest

from ruimte_plugin.core.aggregate import Aggregation, apply_constraints, order_weight_properties
from ruimte_plugin.core.errors import InputError

Z = np.array([0.2, 0.5, 0.6], dtype=np.float32).reshape(3, 1, 1)
W = (0.4, 0.35, 0.25)


def one(method, **kw):
    return float(Aggregation(method, W, **kw).validate(3).apply(Z)[0, 0])


@pytest.mark.parametrize("method, expected", [
    ("wlc", 0.405),                                    # 0.4*0.2 + 0.35*0.5 + 0.25*0.6
    ("wpm", 0.362735),                                 # 0.2^0.4 * 0.5^0.35 * 0.6^0.25
    ("and", 0.2), ("or", 0.6), ("product", 0.06),
    ("sum", 0.84),                                     # 1 - 0.8*0.5*0.4
])
def test_one_cell_oracles(method, expected):
    assert one(method) == pytest.approx(expected, abs=1e-6)


def test_gamma_limits_and_middle():
    assert one("gamma", gamma=0.0) == pytest.approx(0.06, abs=1e-6)
    assert one("gamma", gamma=1.0) == pytest.approx(0.84, abs=1e-6)
    assert one("gamma", gamma=0.9) == pytest.approx(0.84 ** 0.9 * 0.06 ** 0.1, abs=1e-6)


def test_owa_hand_example():
    """z = (0.2, 0.5, 0.6), w = (0.4, 0.35, 0.25), order weights v = (0.5, 0.3, 0.2).

    Ranks (1 = lowest): 0.2 -> 1, 0.5 -> 2, 0.6 -> 3.
    u = (0.4*0.5, 0.35*0.3, 0.25*0.2) = (0.2, 0.105, 0.05), sum 0.355
    score = (0.2*0.2 + 0.105*0.5 + 0.05*0.6) / 0.355 = 0.1225 / 0.355 = 0.345070
    """
    assert one("owa", order_weights=(0.5, 0.3, 0.2)) == pytest.approx(0.1225 / 0.355, abs=1e-6)


def test_owa_ranks_per_cell_not_per_criterion():
    # the same order weights act on the lowest score wherever it is
    z = np.array([[[0.2, 0.9]], [[0.9, 0.2]]], dtype=np.float32)    # 2 criteria, 2 cells
    out = Aggregation("owa", (0.5, 0.5), order_weights=(1.0, 0.0)).validate(2).apply(z)
    assert np.allclose(out, [[0.2, 0.2]])


def test_owa_special_cases():
    assert one("owa", order_weights=(1 / 3, 1 / 3, 1 / 3)) == pytest.approx(0.405, abs=1e-6)
    assert one("owa", order_weights=(1, 0, 0)) == pytest.approx(0.2, abs=1e-6)
    assert one("owa", order_weights=(0, 0, 1)) == pytest.approx(0.6, abs=1e-6)


def test_order_weight_properties_by_hand():
    p = order_weight_properties((0.5, 0.3, 0.2))
    # ORness = 0/2*0.5 + 1/2*0.3 + 2/2*0.2 = 0.35
    assert p["orness"] == pytest.approx(0.35)
    assert p["andness"] == pytest.approx(0.65)
    # trade-off = 1 - sqrt(3 * (0.1667^2 + 0.0333^2 + 0.1333^2) / 2) = 1 - sqrt(0.07)
    assert p["tradeoff"] == pytest.approx(1 - math.sqrt(0.07))
    assert order_weight_properties((1, 0, 0)) == pytest.approx(
        {"orness": 0.0, "andness": 1.0, "tradeoff": 0.0})
    assert order_weight_properties((0.25,) * 4)["tradeoff"] == pytest.approx(1.0)


def test_unknown_propagates_and_constraints_win():
    z = np.array([[[0.5, np.nan]], [[0.5, 0.5]]], dtype=np.float32)
    out = Aggregation("wlc", (0.5, 0.5)).validate(2).apply(z)
    assert out[0, 0] == pytest.approx(0.5) and np.isnan(out[0, 1])
    apply_constraints(out, np.array([[True, False]]))
    assert out[0, 1] == 0.0 and out[0, 0] == pytest.approx(0.5)


@pytest.mark.parametrize("agg, n, param", [
    (Aggregation("wlc", (0.5, 0.5)), 3, "weights"),
    (Aggregation("wlc", (0.5, 0.6)), 2, "weights"),
    (Aggregation("owa", (0.5, 0.5), order_weights=(1.0,)), 2, "order_weights"),
    (Aggregation("gamma", gamma=1.5), 2, "gamma"),
    (Aggregation("median"), 2, "method"),
])
def test_bad_settings_name_the_field(agg, n, param):
    with pytest.raises(InputError) as err:
        agg.validate(n)
    assert err.value.parameter == param


def test_results_are_float32():
    assert Aggregation("wlc", W).apply(Z).dtype == np.float32


def test_owa_network_equals_a_per_cell_reference_with_ties_and_nodata():
    """The sorting-network OWA against the definition, cell by cell: stable ranking (rank 1 =
    lowest), u_j = w_j v_r(j) / sum(w v)."""
    rng = np.random.default_rng(11)
    z = rng.choice(np.array([0.0, 0.25, 0.5, 0.75, 1.0], np.float32), size=(6, 9, 7))
    z[2, 3, 4] = np.nan
    w = rng.dirichlet(np.ones(6))
    v = rng.dirichlet(np.ones(6))
    out = Aggregation("owa", tuple(w), order_weights=tuple(v)).validate(6).apply(z)
    for r in range(9):
        for c in range(7):
            cell = z[:, r, c].astype(np.float64)
            if np.isnan(cell).any():
                assert np.isnan(out[r, c])
                continue
            order = sorted(range(6), key=lambda j: cell[j])          # stable
            u = np.array([w[j] * v[rank] for rank, j in enumerate(order)])
            expected = (u * cell[order]).sum() / u.sum()
            assert out[r, c] == pytest.approx(expected, abs=1e-6)
