"""Criterion weights: direct, rank-order centroid and AHP (pairwise comparison).

Conventions (written into every output's provenance):

* Direct weights are divided by their sum. A sum that differs from 1 is allowed but reported,
  so that a typing error ("0.5,0.3,0.3") does not pass unnoticed.
* Rank-order centroid (Barron & Barrett 1996): with n criteria and rank k (1 = most important),
  w_k = (1/n) * sum_{i=k..n} 1/i.
* AHP (Saaty 1980): a positive reciprocal matrix A with a_ij = importance of i over j.
  - ``eigenvector``: the principal right eigenvector, normalised to sum 1; lambda_max is its
    eigenvalue.
  - ``geometric_mean``: the normalised row geometric means (Crawford & Williams 1985); lambda_max
    is then estimated as mean_i((A w)_i / w_i), the usual companion estimate.
  - CI = (lambda_max - n) / (n - 1); CR = CI / RI(n). RI tables are selectable (see RI_TABLES);
    for n <= 2 every reciprocal matrix is consistent and CR = 0.
  - CR > 0.1 is Saaty's rule of thumb for "revise the judgements"; it is a warning, not an error.
* Group AHP (several stakeholders, each with a matrix; Forman & Peniwati 1998, EJOR 108):
  - ``aij`` (aggregate individual judgements): the cell-by-cell weighted geometric mean of the
    matrices, prod_k a_ij(k)^lambda_k, is itself a reciprocal matrix (Aczel & Saaty 1983: the
    geometric mean is the aggregation that keeps reciprocity and unanimity); its weights and CR
    are the group's. For a group that acts as one unit (one working group, one decision).
  - ``aip`` (aggregate individual priorities): each stakeholder's weights first, then their
    weighted geometric mean, normalised to sum 1. For stakeholders who act as separate
    organisations (province, municipalities, water board).
  - lambda_k: stakeholder weights, normalised to sum 1 (default equal). With the
    ``geometric_mean`` method and equal lambda the two give the same weights.
"""

from dataclasses import dataclass, field
import re

import numpy as np

from .errors import InputError
from .i18n import tr
from .numbers import list_rule, parse_number, parse_number_list, split_cells

#: Random Index tables, index 0 is n = 1. Sources (docs/references.md): Saaty 1980 (classic, The
#: Analytic Hierarchy Process, as in independent implementations), Saaty 2005 (Theory and
#: Applications of the ANP, p. 31), Donegan & Dodd 1991 (Math. Comput. Modelling 15(10)).
RI_TABLES = {
    "saaty1980": (0.0, 0.0, 0.58, 0.90, 1.12, 1.24, 1.32, 1.41, 1.45, 1.49,
                  1.51, 1.48, 1.56, 1.57, 1.59),
    "saaty2005": (0.0, 0.0, 0.52, 0.89, 1.11, 1.25, 1.35, 1.40, 1.45, 1.49,
                  1.52, 1.54, 1.56, 1.58, 1.59),
    "donegan_dodd": (0.0, 0.0, 0.4914, 0.8286, 1.0591, 1.1797, 1.2519, 1.3171, 1.3733,
                     1.4055, 1.4213, 1.4497, 1.4643, 1.4822, 1.4969),
}
RI_TABLE_LABELS = {
    "saaty1980": "Saaty (1980), classic",
    "saaty2005": "Saaty (2005), Theory and Applications of the ANP, p. 31",
    "donegan_dodd": "Donegan & Dodd (1991)",
}
AHP_METHODS = ("eigenvector", "geometric_mean")
#: Saaty's threshold above which judgements should be revised.
CR_LIMIT = 0.1
#: Relative tolerance for a_ij * a_ji == 1 (so that 0.333 for 1/3 is accepted).
RECIPROCAL_TOLERANCE = 0.01


def parse_matrix(text):
    """'1,3,5;1/3,1,3;1/5,1/3,1' -> square float array. Rows by ';' or newline; cells by ',', or
    by whitespace where no ',' stands next to it (numbers.split_cells: then ',' is a decimal
    comma, '1 0,5;2 1', as a spreadsheet pastes them)."""
    rows = [r for r in text.replace("\n", ";").split(";") if r.strip()]
    if not rows:
        raise InputError(tr("the matrix is empty; write rows separated by ';', e.g. 1,3;1/3,1"))
    cells = [[parse_number(c) for c in split_cells(row)] for row in rows]
    n = len(cells)
    bad = [i + 1 for i, row in enumerate(cells) if len(row) != n]
    if bad:
        raise InputError(tr("the matrix has {} rows but row(s) {} do not have {} values; "
                            "a pairwise comparison matrix must be square (cells are separated "
                            "by ','; with decimal commas separate them by spaces, 1 0,5;2 1, "
                            "or write fractions, 1,1/2;2,1)")
                         .format(n, ", ".join(map(str, bad)), n))
    return np.array(cells, dtype=np.float64)


def validate_pairwise(matrix, tolerance=RECIPROCAL_TOLERANCE):
    """Check a pairwise comparison matrix: square, positive, unit diagonal, reciprocal."""
    a = np.asarray(matrix, dtype=np.float64)
    if a.ndim != 2 or a.shape[0] != a.shape[1]:
        raise InputError(tr("the matrix must be square, got shape {}").format(a.shape))
    n = a.shape[0]
    if n < 1:
        raise InputError(tr("the matrix is empty"))
    if n > len(RI_TABLES["saaty1980"]):
        raise InputError(tr("the matrix has {} criteria; the Random Index tables go up to {}; "
                            "group criteria hierarchically")
                         .format(n, len(RI_TABLES["saaty1980"])))
    if not np.all(np.isfinite(a)) or np.any(a <= 0):
        i, j = np.argwhere(~(np.isfinite(a) & (a > 0)))[0]
        raise InputError(tr("every judgement must be a positive number; cell ({},{}) is {:g}")
                         .format(i + 1, j + 1, a[i, j]))
    diag = np.abs(np.diag(a) - 1.0) > tolerance
    if np.any(diag):
        i = int(np.argmax(diag))
        raise InputError(tr("the diagonal must be 1 (a criterion compared with itself); cell "
                            "({},{}) is {:g}").format(i + 1, i + 1, a[i, i]))
    product = a * a.T
    off = np.abs(product - 1.0) > tolerance
    if np.any(off):
        i, j = np.argwhere(off)[0]
        raise InputError(tr("the matrix is not reciprocal: cell ({},{}) = {:g} but cell ({},{}) "
                            "= {:g}; it should be 1/{:g} = {:.4g}")
                         .format(i + 1, j + 1, a[i, j], j + 1, i + 1, a[j, i], a[i, j],
                                 1 / a[i, j]))
    return a


def random_index(n, table="saaty1980"):
    if table not in RI_TABLES:
        raise InputError(tr("unknown Random Index table '{}'; use one of {}")
                         .format(table, ", ".join(RI_TABLES)))
    values = RI_TABLES[table]
    if n < 1 or n > len(values):
        raise InputError(tr("no Random Index for n = {} in table '{}'").format(n, table))
    return values[n - 1]


@dataclass
class AhpResult:
    weights: np.ndarray
    lambda_max: float
    ci: float
    cr: float
    ri: float
    method: str
    ri_table: str
    n: int = field(init=False)

    def __post_init__(self):
        self.n = len(self.weights)

    @property
    def consistent(self):
        return self.cr <= CR_LIMIT

    def conventions(self):
        """What a reader needs to reproduce the numbers (logged by ruimte:ahpweights)."""
        return {
            "ahp_method": self.method,
            "lambda_max": ("principal eigenvalue" if self.method == "eigenvector"
                           else "mean of (A w)_i / w_i"),
            "ci": "(lambda_max - n) / (n - 1)",
            "cr": "CI / RI(n)",
            "ri_table": self.ri_table,
            "ri_table_source": RI_TABLE_LABELS[self.ri_table],
            "ri": self.ri,
        }


def ahp(matrix, method="eigenvector", ri_table="saaty1980"):
    """Weights, lambda_max, CI and CR of a pairwise comparison matrix (see module docstring)."""
    if method not in AHP_METHODS:
        raise InputError(tr("unknown AHP method '{}'; use one of {}")
                         .format(method, ", ".join(AHP_METHODS)))
    a = validate_pairwise(matrix)
    n = a.shape[0]
    ri = random_index(n, ri_table)
    if method == "eigenvector":
        values, vectors = np.linalg.eig(a)
        k = int(np.argmax(values.real))
        lam = float(values[k].real)
        w = np.abs(vectors[:, k].real)
    else:
        w = np.exp(np.log(a).mean(axis=1))
        w = w / w.sum()
        lam = float(np.mean((a @ w) / w))
    w = w / w.sum()
    if n <= 2:
        ci = cr = 0.0
        lam = float(n)
    else:
        ci = max((lam - n) / (n - 1), 0.0)
        cr = ci / ri
    return AhpResult(weights=w, lambda_max=lam, ci=ci, cr=cr, ri=ri, method=method,
                     ri_table=ri_table)


GROUP_METHODS = ("aij", "aip")


def parse_matrices(text):
    """One or more matrices: separated by '|' or by an empty line -> [square arrays]."""
    blocks = [b for b in re.split(r"\|\s*|\n\s*\n", text.strip()) if b.strip()]
    if not blocks:
        raise InputError(tr("the matrix is empty; write rows separated by ';', e.g. 1,3;1/3,1"))
    matrices = []
    for k, block in enumerate(blocks, 1):
        try:
            matrices.append(parse_matrix(block))
        except InputError as err:
            if len(blocks) == 1:
                raise
            raise InputError(tr("matrix {}: {}").format(k, err)) from None
    return matrices


@dataclass
class GroupAhpResult:
    group: AhpResult            # weights of the group; lambda_max, CI, CR of the aggregated matrix
    individual: list            # AhpResult per stakeholder
    stakeholder_weights: np.ndarray
    group_method: str
    matrix: np.ndarray          # the aggregated (weighted geometric mean) matrix

    @property
    def individual_weights(self):
        """Stakeholders x criteria array of each stakeholder's own weights."""
        return np.stack([r.weights for r in self.individual])

    @property
    def spread(self):
        """Per criterion: largest minus smallest stakeholder weight."""
        w = self.individual_weights
        return w.max(axis=0) - w.min(axis=0)


def group_ahp(matrices, method="eigenvector", ri_table="saaty1980", group_method="aij",
              stakeholder_weights=None):
    """AHP for several stakeholders (see the module docstring): GroupAhpResult."""
    if group_method not in GROUP_METHODS:
        raise InputError(tr("unknown group method '{}'; use one of {}")
                         .format(group_method, ", ".join(GROUP_METHODS)), "group_method")
    individual = []
    for k, matrix in enumerate(matrices, 1):
        try:
            individual.append(ahp(matrix, method, ri_table))
        except InputError as err:
            raise InputError(tr("matrix {}: {}").format(k, err)) from None
    sizes = sorted({r.n for r in individual})
    if len(sizes) > 1:
        raise InputError(tr("the matrices compare different numbers of criteria ({}); every "
                            "stakeholder must compare the same criteria in the same order")
                         .format(", ".join(str(r.n) for r in individual)))
    if stakeholder_weights is None or len(stakeholder_weights) == 0:
        lam = np.full(len(individual), 1.0 / len(individual))
    else:
        lam = np.asarray(stakeholder_weights, dtype=np.float64)
        if lam.size != len(individual):
            raise InputError(tr("{} stakeholder weights for {} matrices; give one weight per "
                                "matrix").format(lam.size, len(individual)),
                             "stakeholder_weights")
        if not np.all(np.isfinite(lam)) or np.any(lam < 0) or lam.sum() <= 0:
            raise InputError(tr("stakeholder weights must be zero or positive and not all 0"),
                             "stakeholder_weights")
        lam = lam / lam.sum()
    logs = np.stack([np.log(np.asarray(m, dtype=np.float64)) for m in matrices])
    merged = np.exp(np.tensordot(lam, logs, axes=1))
    group = ahp(merged, method, ri_table)
    if group_method == "aip":
        w = np.exp(lam @ np.log(np.stack([r.weights for r in individual])))
        group = AhpResult(weights=w / w.sum(), lambda_max=group.lambda_max, ci=group.ci,
                          cr=group.cr, ri=group.ri, method=method, ri_table=ri_table)
    return GroupAhpResult(group=group, individual=individual, stakeholder_weights=lam,
                          group_method=group_method, matrix=merged)


@dataclass
class Weights:
    values: np.ndarray
    method: str
    warnings: list = field(default_factory=list)


def direct_weights(values, tolerance=1e-6):
    """Normalise direct weights to sum 1; a warning when they did not."""
    w = np.asarray(values, dtype=np.float64)
    if w.size == 0:
        raise InputError(tr("no weights given"))
    if not np.all(np.isfinite(w)) or np.any(w < 0):
        raise InputError(tr("weights must be zero or positive numbers"))
    total = w.sum()
    if total <= 0:
        raise InputError(tr("the weights sum to 0; give at least one positive weight"))
    warnings = []
    if abs(total - 1.0) > tolerance:
        warnings.append(tr("the weights sum to {:.6g}, not 1; they were divided by their sum")
                        .format(total))
    return Weights(values=w / total, method="direct (normalised to sum 1)", warnings=warnings)


def rank_order_centroid(ranks):
    """Rank-order centroid weights from ranks (1 = most important; ties share the mean weight)."""
    r = np.asarray(ranks, dtype=np.float64)
    n = r.size
    if n == 0:
        raise InputError(tr("no ranks given"))
    if np.any(r < 1) or np.any(r > n) or np.any(r != np.round(r)):
        raise InputError(tr("ranks must be whole numbers from 1 (most important) to {}")
                         .format(n))
    roc = np.array([sum(1.0 / i for i in range(k, n + 1)) / n for k in range(1, n + 1)])
    # ties: criteria with the same rank share the mean of the positions they occupy
    order = np.argsort(r, kind="stable")
    w = np.empty(n)
    w[order] = roc
    for rank in np.unique(r):
        tied = r == rank
        w[tied] = w[tied].mean()
    return Weights(values=w / w.sum(), method="rank-order centroid (Barron & Barrett 1996)")


WEIGHT_MODES = ("direct", "ranks")


def weights_from_text(text, count, mode="direct"):
    """Criterion weights as a user types them (WEIGHTS of combine, scoresites, sensitivity) ->
    Weights with values summing to 1 and warnings for the log.

    ``text``: one number per criterion, in the order of the criteria (numbers.split_items:
    '0.7,0.3' or, with decimal commas, '0,7;0,3'); empty = equal weights, without a warning.
    ``mode``: ``direct`` (weights, divided by their sum) or ``ranks`` (1 = most important,
    rank-order centroid weights)."""
    if mode not in WEIGHT_MODES:
        raise InputError(tr("unknown weights mode '{}'; use one of {}")
                         .format(mode, ", ".join(WEIGHT_MODES)))
    if not (text or "").strip():
        return Weights(values=direct_weights([1.0] * count).values,
                       method="direct (normalised to sum 1)")
    values = parse_number_list(text)
    if len(values) != count:
        raise InputError(tr("{} weights for {} criteria; give one weight per criterion, in the "
                            "order of the criteria ({})").format(len(values), count, list_rule()))
    if mode == "ranks":
        return rank_order_centroid(values)
    result = direct_weights(values)
    if result.warnings and "," in text and ";" not in text:
        result.warnings.append(tr("',' separates the weights here; for decimal commas "
                                  "separate them with ';' (0,7;0,3)"))
    return result


def format_weights(weights, digits=6):
    """Weights as the comma-separated string that ruimte:combine accepts."""
    return ",".join(f"{float(v):.{digits}f}".rstrip("0").rstrip(".") for v in weights)
