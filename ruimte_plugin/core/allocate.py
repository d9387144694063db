"""Strategic programming: allocate a programme of demand for business land (hectares per company
profile, in priority tiers) to candidate sites that compete for it. The claims come from
core.programme; why a claim is not met is explained by core.shortfall.

Terms
* A **claim** is one programme row (core.programme.Claim).
* A site **qualifies** for a claim when it was scored for the claim's profile, is not excluded by
  the profile's hard rules, scores above 0, its usable area holds at least one plot of the
  profile (its minimum area), it lies in the claim's region (when the claim has one) and it is
  not reserved for other firms (HMC and water-bound sites, see core.park_fit). Every site that
  does not qualify keeps the reason, which the shortfall message uses.
* A site where an essential criterion of the profile was **not assessed** (no data) does not
  qualify, unless the user accepts that criterion as not assessed (``accept``, e.g.
  ``("zoning",)``): then it qualifies **provisionally**, and every piece it gets and the balance
  (``provisional_ha``) say so. A province without a houses layer can thus still see a
  programme, labelled provisional; criteria not accepted still refuse.
* A **piece** is the area one site gives one claim: at least one plot (the profile's minimum
  area), at most the site's usable area for that profile. With ``share=True`` several claims may
  take pieces of one site, together at most the site's capacity (the largest usable area among
  its profiles); with ``share=False`` a site goes to at most one claim.

Methods
* ``greedy`` (the Land Use Scanner's order: claims by priority tier, then by suitability): per
  tier, all qualifying (site, claim) pairs in descending score; each pair takes what the claim
  still needs and the site still has, when that is at least one plot. Transparent and fast, not
  optimal: it can strand a remainder that a different split would have placed.
* ``optimal``: a mixed-integer linear program (MILP; scipy.optimize.milp with HiGHS).
  Variables per qualifying pair: the hectares x (continuous) and whether the pair is used, y
  (binary), with
  plot_min * y <= x <= usable * y; per claim sum x <= demand; per site sum x <= capacity (and
  sum y <= 1 without sharing). Objective: maximise suitability x hectares, lexicographically by
  tier: first the best for tier 1, then - keeping tier 1 at its optimum - the best for tier 2,
  and so on.

Suitability x area rewards both: among two ways to meet the same demand the better-scoring
sites win; more hectares at a score above 0 always add to the total.
"""

from dataclasses import dataclass, field
import math

from .errors import Cancelled, InputError
from .evidence import INPUTS
from .i18n import tr
from .programme import EPS, Claim, check_claims
from .shortfall import binding_constraint

METHODS = ("greedy", "optimal")


@dataclass
class Candidate:
    """A site as scored for one profile (a row of ruimte:scoresites)."""
    score: float
    usable_ha: float
    excluded: bool = False
    reasons: str = ""
    not_assessed: str = ""          # essential criteria of the profile without data here
    missing: tuple = ()             # their keys ("zoning", "accessibility.water")


@dataclass
class Site:
    name: str
    area_ha: float
    region: str = None
    candidates: dict = field(default_factory=dict)     # profile id -> Candidate
    reserved: dict = field(default_factory=dict)       # profile id -> why it is kept from it


@dataclass
class Option:
    """A qualifying (site, claim) pair: the claim may take up to ``cap_ha`` of the site."""
    site: int
    claim: int
    cap_ha: float
    score: float


@dataclass
class Qualification:
    options: list                   # the qualifying (site, claim) pairs, as Options
    refused: dict                   # (site, claim) -> (kind, why not) for the other pairs
    provisional: dict = field(default_factory=dict)  # (site, claim) -> accepted missing keys


@dataclass
class Piece:
    site: int
    claim: int
    ha: float
    score: float


@dataclass
class Balance:
    claim: Claim
    allocated_ha: float = 0.0
    mean_score: float = None
    sites: int = 0
    binding: str = ""
    provisional_ha: float = 0.0     # allocated on sites with accepted unassessed criteria

    @property
    def shortfall_ha(self):
        return max(0.0, self.claim.demand_ha - self.allocated_ha)


@dataclass
class Allocation:
    pieces: list
    balances: list
    method: str
    status: str                     # "optimal", or what the solver reached
    site_capacity: list
    options: list = field(default_factory=list)      # the qualifying (site, claim) pairs
    refused: dict = field(default_factory=dict)      # (site, claim) -> (kind, why not)
    provisional: dict = field(default_factory=dict)  # (site, claim) -> accepted missing keys

    def free_ha(self, site):
        return max(0.0, self.site_capacity[site] - sum(p.ha for p in self.pieces
                                                       if p.site == site))


class SiteIndex:
    """Finds the same site in several scored layers by location: a centroid within ``tol`` m
    and an area within 1 % (when the layers share no id field)."""

    def __init__(self, tol=1.0):
        self.tol = tol
        self.cells = {}

    def _cell(self, x, y):
        return (math.floor(x / self.tol), math.floor(y / self.tol))

    def find(self, x, y, area):
        cx, cy = self._cell(x, y)
        for dx in (-1, 0, 1):
            for dy in (-1, 0, 1):
                for sx, sy, sa, key in self.cells.get((cx + dx, cy + dy), ()):
                    if abs(sx - x) <= self.tol and abs(sy - y) <= self.tol and \
                            abs(sa - area) <= 0.01 * max(sa, area):
                        return key
        return None

    def add(self, x, y, area, key):
        self.cells.setdefault(self._cell(x, y), []).append((x, y, area, key))


# ------------------------------------------------------------------ which site may serve a claim
def _same_region(a, b):
    return str(a).strip().lower() == str(b).strip().lower()


def parse_accepted(text):
    """The criterion keys a user accepts as not assessed ("zoning", "zoning; grid"), checked
    against the known keys (core.evidence.INPUTS); an InputError names the core field
    "accept_not_assessed"."""
    keys = [k.strip() for k in str(text or "").replace(";", ",").replace("\n", ",").split(",")
            if k.strip()]
    unknown = [k for k in keys if k not in INPUTS]
    if unknown:
        raise InputError(tr("unknown criterion key(s): {}; use one or more of: {}").format(
            ", ".join(unknown), ", ".join(INPUTS)), "accept_not_assessed")
    return tuple(dict.fromkeys(keys))


def accepted_missing(candidate, accept):
    """The keys of the candidate's unassessed essential criteria when ``accept`` covers all of
    them ("accessibility" covers its modes "accessibility.water" ...), else None."""
    if not candidate.missing:
        return None
    covered = all(any(k == a or k.startswith(a + ".") for a in accept) for k in candidate.missing)
    return tuple(candidate.missing) if covered else None


def provisional_text(keys):
    """'provisional: zoning not assessed'."""
    return tr("provisional: {} not assessed").format(", ".join(keys))


def refusal(site, claim, accept=()):
    """Why ``site`` cannot serve ``claim``: (kind, sentence), or None when it qualifies
    (provisionally when its unassessed essential criteria are all in ``accept``)."""
    candidate = site.candidates.get(claim.profile)
    if candidate is None:
        return "unscored", tr("not scored for {}").format(claim.profile)
    if claim.region and (site.region is None or not _same_region(site.region, claim.region)):
        return "region", tr("outside region {}").format(claim.region)
    if candidate.not_assessed and accepted_missing(candidate, accept) is None:
        return "not_assessed", tr("essential criteria not assessed: {}").format(
            candidate.not_assessed)
    if candidate.excluded:
        return "excluded", candidate.reasons or tr("excluded by a hard rule")
    if claim.profile in site.reserved:
        return "reserved", site.reserved[claim.profile]
    if not candidate.score > 0:
        return "zero", tr("suitability 0")
    if candidate.usable_ha + EPS < claim.min_ha:
        return "small", tr("usable area {:.1f} ha < one plot of {:g} ha").format(
            candidate.usable_ha, claim.min_ha)
    return None


def qualify(sites, claims, accept=()):
    """Qualification: the qualifying (site, claim) pairs, those among them that qualify only
    provisionally (``accept``) and why the others do not qualify."""
    qualified = Qualification([], {})
    for j, claim in enumerate(claims):
        for i, site in enumerate(sites):
            why = refusal(site, claim, accept)
            if why is None:
                c = site.candidates[claim.profile]
                qualified.options.append(Option(i, j, float(c.usable_ha), float(c.score)))
                if c.not_assessed:
                    qualified.provisional[(i, j)] = accepted_missing(c, accept)
            else:
                qualified.refused[(i, j)] = why
    return qualified


def site_capacity(sites, options):
    """Per site the most any claims can take together: its largest usable area among the
    qualifying pairs (0 when none)."""
    cap = [0.0] * len(sites)
    for o in options:
        cap[o.site] = max(cap[o.site], o.cap_ha)
    return cap


# ------------------------------------------------------------------ the two methods
def greedy(sites, claims, share=True, accept=()):
    qualified = qualify(sites, claims, accept)
    capacity = site_capacity(sites, qualified.options)
    left_site = list(capacity)
    used = [False] * len(sites)
    need = [c.demand_ha for c in claims]
    pieces = []
    for tier in sorted({c.tier for c in claims}):
        ranked = sorted((o for o in qualified.options if claims[o.claim].tier == tier),
                        key=lambda o: (-o.score, -o.cap_ha, o.site, o.claim))
        for o in ranked:
            if need[o.claim] <= EPS or (used[o.site] and not share):
                continue
            give = min(need[o.claim], o.cap_ha, left_site[o.site])
            if give <= EPS or give + EPS < claims[o.claim].min_ha:
                continue
            pieces.append(Piece(o.site, o.claim, give, o.score))
            need[o.claim] -= give
            left_site[o.site] -= give
            used[o.site] = True
    return _settle(sites, claims, qualified, capacity, pieces, "greedy",
                   tr("greedy (tiers, then suitability)"))


def optimal(sites, claims, share=True, time_limit=60.0, cancelled=None, accept=()):
    """Lexicographic (by tier) maximum of suitability x hectares; see the module docstring."""
    import numpy as np
    from scipy.optimize import Bounds, LinearConstraint, milp
    from scipy.sparse import coo_matrix

    qualified = qualify(sites, claims, accept)
    options = qualified.options
    capacity = site_capacity(sites, options)
    if not options:
        return _settle(sites, claims, qualified, capacity, [], "optimal", tr("optimal"))
    k = len(options)
    rows, cols, vals, upper = [], [], [], []

    def add_row(entries, bound):
        r = len(upper)
        for col, val in entries:
            rows.append(r)
            cols.append(col)
            vals.append(val)
        upper.append(bound)

    for n, o in enumerate(options):                       # x <= usable*y ; plot*y <= x
        add_row([(n, 1.0), (k + n, -o.cap_ha)], 0.0)
        add_row([(n, -1.0), (k + n, claims[o.claim].min_ha)], 0.0)
    for j, claim in enumerate(claims):
        add_row([(n, 1.0) for n, o in enumerate(options) if o.claim == j], claim.demand_ha)
    for i in range(len(sites)):
        on_site = [n for n, o in enumerate(options) if o.site == i]
        if on_site:
            add_row([(n, 1.0) for n in on_site], capacity[i])
            if not share and len(on_site) > 1:
                add_row([(k + n, 1.0) for n in on_site], 1.0)
    base = coo_matrix((vals, (rows, cols)), shape=(len(upper), 2 * k)).tocsr()
    constraints = [LinearConstraint(base, -np.inf, np.array(upper))]
    bounds = Bounds(np.zeros(2 * k), np.array([o.cap_ha for o in options] + [1.0] * k))
    integrality = np.array([0] * k + [1] * k)
    scores = np.array([o.score for o in options])
    statuses, x = [], np.zeros(2 * k)
    for tier in sorted({c.tier for c in claims}):
        if cancelled is not None and cancelled():
            raise Cancelled()
        mask = np.array([claims[o.claim].tier == tier for o in options])
        if not mask.any():
            continue
        objective = np.concatenate([-scores * mask, np.zeros(k)])
        result = milp(objective, constraints=constraints, bounds=bounds,
                      integrality=integrality,
                      options={"time_limit": float(time_limit), "mip_rel_gap": 1e-7})
        if result.x is None:
            raise InputError(tr("the solver found no allocation for tier {}: {}; try METHOD "
                                "greedy or a longer TIME_LIMIT").format(tier, result.message),
                             "time_limit")
        x = result.x
        achieved = float(scores[mask] @ x[:k][mask])
        statuses.append(tier if result.status == 0 else (tier, result.message))
        keep = np.concatenate([scores * mask, np.zeros(k)])            # hold this tier's best
        constraints.append(LinearConstraint(keep[None, :], achieved - 1e-7 * max(1, achieved),
                                            np.inf))
    pieces = [Piece(o.site, o.claim, float(x[n]), o.score) for n, o in enumerate(options)
              if x[n] > EPS and x[k + n] > 0.5]
    inexact = [s for s in statuses if isinstance(s, tuple)]
    status = tr("optimal") if not inexact else tr(
        "best found within TIME_LIMIT ({:g} s) for tier(s) {}; not proven optimal").format(
            time_limit, ", ".join(str(t) for t, _ in inexact))
    return _settle(sites, claims, qualified, capacity, pieces, "optimal", status)


def allocate(sites, claims, method="greedy", share=True, time_limit=60.0, cancelled=None,
             accept=()):
    """Allocation of ``claims`` to ``sites`` by ``method`` (see the module docstring);
    ``accept``: criterion keys accepted as not assessed (provisional allocation). An
    InputError for a solver that finds nothing names the core field "time_limit", one for an
    unknown method "method"."""
    check_claims(claims)
    if method == "greedy":
        return greedy(sites, claims, share, accept)
    if method == "optimal":
        return optimal(sites, claims, share, time_limit, cancelled, accept)
    raise InputError(tr("unknown method '{}'; use one of: {}").format(method,
                                                                      ", ".join(METHODS)),
                     "method")


# ------------------------------------------------------------------ the balance per claim
def _settle(sites, claims, qualified, capacity, pieces, method, status):
    """The Allocation of ``pieces``: the balance per claim, with the binding constraint of each
    claim that is not met (core.shortfall)."""
    pieces = [Piece(p.site, p.claim, round(p.ha, 6), p.score) for p in pieces]
    balances = []
    for j, claim in enumerate(claims):
        claim_pieces = [p for p in pieces if p.claim == j]
        ha = sum(p.ha for p in claim_pieces)
        b = Balance(claim, ha,
                    (sum(p.ha * p.score for p in claim_pieces) / ha) if ha > EPS else None,
                    len({p.site for p in claim_pieces}))
        b.provisional_ha = sum(p.ha for p in claim_pieces
                               if (p.site, p.claim) in qualified.provisional)
        if b.shortfall_ha > 1e-4:
            b.binding = binding_constraint(j, sites, claims, qualified, capacity, pieces)
        balances.append(b)
    return Allocation(pieces, balances, method, status, capacity, qualified.options,
                      qualified.refused, qualified.provisional)
