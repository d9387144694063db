"""Weight sensitivity: OAT rescaling by hand, Monte Carlo reproducibility, known P(top K),
ranks, and the per-cell mean/CV against brute force."""

import time

import numpy as np
import pytest

from ruimte_plugin.core.errors import InputError
from ruimte_plugin.core.sensitivity import (cell_mean_cv, competition_ranks, monte_carlo,
                                            oat_steps, oat_weights, one_at_a_time,
                                            sample_weights)


def test_oat_rescaling_by_hand():
    """w = (0.5, 0.3, 0.2); raise w1 by 10 %: w1' = 0.55; the others share 0.45 in proportion
    0.3 : 0.2, so w2' = 0.3 x 0.45 / 0.5 = 0.27 and w3' = 0.2 x 0.45 / 0.5 = 0.18."""
    assert oat_weights([0.5, 0.3, 0.2], 0, 0.10) == pytest.approx([0.55, 0.27, 0.18])
    # lower w3 by 20 %: 0.16; the others share 0.84 in proportion 5 : 3 -> 0.525, 0.315
    assert oat_weights([0.5, 0.3, 0.2], 2, -0.20) == pytest.approx([0.525, 0.315, 0.16])
    assert len(oat_steps(0.2, 0.01)) == 41 and oat_steps(0.2, 0.01)[0] == -0.2
    with pytest.raises(InputError):
        oat_weights([0.9, 0.1], 0, 0.2)


def test_monte_carlo_is_reproducible_with_a_seed():
    a = sample_weights([0.5, 0.3, 0.2], 500, "dirichlet", seed=42)
    b = sample_weights([0.5, 0.3, 0.2], 500, "dirichlet", seed=42)
    c = sample_weights([0.5, 0.3, 0.2], 500, "dirichlet", seed=43)
    assert np.array_equal(a, b) and not np.array_equal(a, c)
    assert np.allclose(a.sum(axis=1), 1)
    assert a.mean(axis=0) == pytest.approx([0.5, 0.3, 0.2], abs=0.01)
    u = sample_weights([0.5, 0.3, 0.2], 1000, "uniform", spread=0.2, seed=1)
    assert np.allclose(u.sum(axis=1), 1) and u[:, 0].min() > 0.5 * 0.8 / 1.2


def test_a_dominating_site_is_always_first():
    # site 0 is best on every criterion: P(top 1) = 1 for any weights
    means = np.array([[0.9, 0.9, 0.9], [0.5, 0.8, 0.1], [0.4, 0.2, 0.85], [0.1, 0.1, 0.1]])
    summary, _ = monte_carlo(means, [0.4, 0.35, 0.25], 2000, top_k=1, seed=7)
    assert summary.p_top[0] == 1.0 and summary.mean_rank[0] == 1.0
    assert summary.p_top[3] == 0.0 and summary.p05[3] == summary.p95[3] == 4
    # sites 1 and 2 share places 2 and 3
    assert summary.mean_rank[1] + summary.mean_rank[2] == pytest.approx(5)


def test_excluded_sites_rank_last_and_oat_range():
    means = np.array([[0.9, 0.1], [0.1, 0.9], [0.99, 0.99]])
    rows, low, high = one_at_a_time(means, [0.52, 0.48], spread=0.2, step=0.01,
                                    excluded=[False, False, True])
    assert low[2] == high[2] == 3                        # excluded: always last
    assert low[0] == 1 and high[0] == 2                  # sites 0 and 1 trade places
    assert len(rows) == 2 * 41


def test_competition_ranks():
    r = competition_ranks(np.array([[0.5, 0.9, 0.5, 0.1]]))
    assert r.tolist() == [[2, 1, 2, 4]]


def test_ten_thousand_runs_on_a_thousand_sites_in_seconds():
    rng = np.random.default_rng(0)
    means = rng.random((1000, 5))
    started = time.perf_counter()
    summary, _ = monte_carlo(means, [0.3, 0.25, 0.2, 0.15, 0.1], 10000, top_k=10, seed=3)
    assert time.perf_counter() - started < 30          # about 2 s here; generous for CI
    assert summary.p_top.sum() == pytest.approx(10, abs=1e-9)


def test_cell_mean_and_cv_equal_brute_force():
    rng = np.random.default_rng(5)
    z = rng.random((3, 4, 5)).astype(np.float32)
    z[1, 0, 0] = np.nan
    w = sample_weights([0.5, 0.3, 0.2], 300, seed=9)
    mean, cv = cell_mean_cv(z, w)
    runs = np.einsum("rj,jab->rab", w, np.nan_to_num(z.astype(np.float64)))
    assert np.allclose(mean[1:, :], runs.mean(axis=0)[1:, :], atol=1e-6)
    assert np.allclose(cv[1:, :], (runs.std(axis=0) / runs.mean(axis=0))[1:, :], atol=1e-5)
    assert np.isnan(mean[0, 0]) and np.isnan(cv[0, 0])


def test_weight_sets_by_hand():
    from ruimte_plugin.core.sensitivity import competition_ranks, parse_weight_sets, site_scores
    # three sites, two criteria; province 0.8/0.2 (a second line, normalised from 4,1),
    # municipality 0.2/0.8: A = (0.9, 0.1), B = (0.5, 0.5), C = (0.1, 0.9)
    sets = parse_weight_sets("0.8,0.2 | 4,1\n0.2,0.8", 2)
    assert np.allclose(sets, [[0.8, 0.2], [0.8, 0.2], [0.2, 0.8]])
    means = [[0.9, 0.1], [0.5, 0.5], [0.1, 0.9]]
    # province: A 0.74, B 0.5, C 0.26; municipality: A 0.26, B 0.5, C 0.74
    ranks = competition_ranks(site_scores(means, sets))
    assert ranks.tolist() == [[1, 2, 3], [1, 2, 3], [3, 2, 1]]
    with pytest.raises(InputError, match="weight set 2: 3 weights for 2 criteria"):
        parse_weight_sets("1,1 | 1,1,1", 2)
