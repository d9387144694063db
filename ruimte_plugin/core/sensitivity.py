"""How robust is a ranking to the weights: one-at-a-time perturbation and Monte Carlo.

Site scores here are weighted linear combinations of the sites' criterion means: for weights w,
score_s = sum_j w_j m_sj. Excluded sites score 0 in every run and rank after all others.

* One-at-a-time (Chen, Yu & Khan 2010): one weight w_i changes in steps of STEP (default 1 %)
  of its own value over +-SPREAD (default 20 %); the other weights are rescaled proportionally so
  that the sum stays 1: w_j' = w_j (1 - w_i') / (1 - w_i).
* Monte Carlo, RUNS weight vectors, SEED for reproducibility:
  - ``dirichlet``: w ~ Dirichlet(CONCENTRATION x w0): mean w0, variance w0 (1 - w0) / (c + 1);
  - ``uniform``: each w_j ~ U(w0_j (1 - SPREAD), w0_j (1 + SPREAD)), then divided by the sum.
  Per site: mean rank, 5th and 95th percentile of the rank, P(rank <= TOP_K).
* Per cell: for a linear score S = w.z with random w, mean(S) = mean(w).z and
  var(S) = z' C z (C = covariance of the sampled weights): exact for the sample, no per-run
  rasters; CV = sd / mean.
Ranks are "competition" ranks within a run (ties share the better rank).
"""

from dataclasses import dataclass

import numpy as np

from .errors import InputError
from .i18n import tr
from .weights import weights_from_text

SAMPLINGS = ("dirichlet", "uniform")
#: 1 % steps over +-20 %: Chen, Yu & Khan 2010 (docs/references.md)
DEFAULT_SPREAD = 0.2
DEFAULT_STEP = 0.01
#: Dirichlet concentration (assumption): c = 100 gives a weight of 0.3 a standard deviation of
#: about 0.046 (15 % of its value), close to the +-20 % range of the one-at-a-time analysis.
DEFAULT_CONCENTRATION = 100.0


def oat_weights(weights, index, change):
    """Weights after changing weight ``index`` by the relative ``change`` (e.g. +0.05), the
    others rescaled proportionally so that they still sum to 1."""
    w = np.asarray(weights, dtype=np.float64)
    new = w[index] * (1 + change)
    if not 0 <= new <= 1:
        raise InputError(tr("a change of {:+.0%} takes weight {} outside 0-1")
                         .format(change, index + 1), "spread")
    rest = 1 - w[index]
    out = w * ((1 - new) / rest) if rest > 0 else np.zeros_like(w)
    out[index] = new
    return out


def oat_steps(spread=DEFAULT_SPREAD, step=DEFAULT_STEP):
    n = int(round(spread / step))
    return np.round(np.arange(-n, n + 1) * step, 10)


def sample_weights(weights, runs, sampling="dirichlet", spread=DEFAULT_SPREAD,
                   concentration=DEFAULT_CONCENTRATION, seed=None):
    """(runs, n) weight vectors around ``weights``; reproducible with ``seed``."""
    w = np.asarray(weights, dtype=np.float64)
    if runs < 1:
        raise InputError(tr("RUNS must be at least 1"), "runs")
    rng = np.random.default_rng(seed)
    if sampling == "dirichlet":
        if concentration <= 0:
            raise InputError(tr("the concentration must be above 0"), "concentration")
        alpha = np.maximum(w * concentration, 1e-9)
        return rng.dirichlet(alpha, size=runs)
    if sampling == "uniform":
        if not 0 <= spread < 1:
            raise InputError(tr("SPREAD must lie in [0, 1)"), "spread")
        draws = rng.uniform(w * (1 - spread), w * (1 + spread), size=(runs, w.size))
        return draws / draws.sum(axis=1, keepdims=True)
    raise InputError(tr("unknown sampling '{}'; use {}").format(sampling, ", ".join(SAMPLINGS)),
                     "sampling")


def site_scores(means, weight_sets, excluded=None):
    """(runs, sites) scores: weight_sets (runs, n) x means (sites, n); excluded sites 0.
    NaN means (a criterion unknown for a site) count as 0."""
    m = np.nan_to_num(np.asarray(means, dtype=np.float64))
    scores = np.asarray(weight_sets, dtype=np.float64) @ m.T
    if excluded is not None:
        scores[:, np.asarray(excluded, dtype=bool)] = -1.0      # below every real score
    return scores


def parse_weight_sets(text, count):
    """'0.6,0.4 | 0.3,0.7' or '0,6;0,4 | 0,3;0,7' -> (sets, n) array of weight sets, each
    normalised to sum 1 (one set per stakeholder or scenario, separated by '|' or new lines;
    each set read by weights.weights_from_text)."""
    sets = []
    for k, block in enumerate([b for b in text.replace("\n", "|").split("|") if b.strip()], 1):
        try:
            sets.append(weights_from_text(block, count).values)
        except InputError as err:
            raise InputError(tr("weight set {}: {}").format(k, err)) from None
    return np.array(sets)


def competition_ranks(scores):
    """Ranks per row (1 = highest score; ties share the better rank), vectorised."""
    s = np.asarray(scores)
    order = np.argsort(-s, axis=1, kind="stable")
    sorted_scores = np.take_along_axis(s, order, axis=1)
    positions = np.arange(1, s.shape[1] + 1)
    # first position of each run of equal scores
    new_group = np.ones_like(sorted_scores, dtype=bool)
    new_group[:, 1:] = sorted_scores[:, 1:] != sorted_scores[:, :-1]
    group_rank = np.maximum.accumulate(np.where(new_group, positions, 0), axis=1)
    ranks = np.empty_like(order)
    np.put_along_axis(ranks, order, group_rank, axis=1)
    return ranks


@dataclass
class RankSummary:
    mean_rank: np.ndarray
    p05: np.ndarray
    p95: np.ndarray
    p_top: np.ndarray
    base_rank: np.ndarray


def summarise_ranks(ranks, top_k, base_rank):
    r = np.asarray(ranks)
    return RankSummary(mean_rank=r.mean(axis=0), p05=np.percentile(r, 5, axis=0),
                       p95=np.percentile(r, 95, axis=0), p_top=(r <= top_k).mean(axis=0),
                       base_rank=np.asarray(base_rank))


def monte_carlo(means, weights, runs, top_k, sampling="dirichlet", spread=DEFAULT_SPREAD,
                concentration=DEFAULT_CONCENTRATION, seed=None, excluded=None):
    """(RankSummary, sampled weights) of a Monte Carlo weight analysis."""
    sets = sample_weights(weights, runs, sampling, spread, concentration, seed)
    ranks = competition_ranks(site_scores(means, sets, excluded))
    base = competition_ranks(site_scores(means, np.asarray(weights)[None, :], excluded))[0]
    return summarise_ranks(ranks, top_k, base), sets


def one_at_a_time(means, weights, spread=DEFAULT_SPREAD, step=DEFAULT_STEP, excluded=None):
    """[(criterion index, change, ranks (sites,))] for every step, and the per-site rank range
    (min, max) over all steps."""
    rows = []
    for i in range(len(weights)):
        for change in oat_steps(spread, step):
            try:
                w = oat_weights(weights, i, change)
            except InputError:
                continue
            rows.append((i, change, competition_ranks(site_scores(means, w[None, :],
                                                                  excluded))[0]))
    stack = np.array([r for _, _, r in rows])
    return rows, stack.min(axis=0), stack.max(axis=0)


def cell_mean_cv(z_block, weight_sets):
    """Per-cell mean and coefficient of variation of the linear score under the sampled weights;
    z_block (n, rows, cols) float32 with NaN unknown."""
    w = np.asarray(weight_sets, dtype=np.float64)
    mean_w = w.mean(axis=0)
    cov = np.cov(w, rowvar=False, ddof=0) if w.shape[0] > 1 else np.zeros((w.shape[1],) * 2)
    z = np.asarray(z_block, dtype=np.float64)
    n = z.shape[0]
    flat = z.reshape(n, -1)
    mean = mean_w @ flat
    var = np.einsum("ip,ij,jp->p", flat, cov, flat)
    sd = np.sqrt(np.maximum(var, 0))
    with np.errstate(invalid="ignore", divide="ignore"):
        cv = np.where(mean > 0, sd / mean, np.nan)
    shape = z.shape[1:]
    unknown = np.isnan(flat).any(axis=0).reshape(shape)
    mean, cv = mean.reshape(shape).astype(np.float32), cv.reshape(shape).astype(np.float32)
    mean[unknown] = np.nan
    cv[unknown] = np.nan
    return mean, cv
