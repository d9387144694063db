"""Strategic programming: allocate a programme of demand for business land (hectares per company
profile, in priority tiers) to candidate sites that compete for it, and explain what is left
unmet.

Terms
* A **claim** is one programme row: a profile, its demand in ha, a priority tier (1 first, e.g.
  autonomous growth before the additional demand of the transitions) and optionally a region.
* A site **qualifies** for a claim when it was scored for the claim's profile, is not excluded by
  the profile's hard rules, scores above 0, its usable area holds at least one plot of the
  profile (its minimum area), it lies in the claim's region (when the claim has one) and it is
  not kept for other firms (HMC and water-bound sites, see core.park_fit). Every site that does
  not qualify keeps the reason, which the shortfall message uses.
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

from collections import Counter
from dataclasses import dataclass, field
import math
import re

from .errors import Cancelled, InputError
from .i18n import tr

METHODS = ("greedy", "optimal")
EPS = 1e-6


@dataclass
class Claim:
    profile: str
    demand_ha: float
    tier: int = 1
    region: str = None
    min_ha: float = 0.0             # one plot of the profile (its minimum area)

    def label(self):
        text = tr("{} (tier {})").format(self.profile, self.tier)
        return f"{text}, {self.region}" if self.region else text


@dataclass
class Candidate:
    """A site as scored for one profile (a row of ruimte:scoresites)."""
    score: float
    usable_ha: float
    excluded: bool = False
    reasons: str = ""
    not_assessed: str = ""          # essential criteria of the profile without data here


@dataclass
class Site:
    name: str
    area_ha: float
    region: str = None
    candidates: dict = field(default_factory=dict)     # profile id -> Candidate
    kept: dict = field(default_factory=dict)           # profile id -> why it may not take it


@dataclass
class Option:
    site: int
    claim: int
    cap_ha: float
    score: float


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

    def free_ha(self, site):
        return max(0.0, self.site_capacity[site] - sum(p.ha for p in self.pieces
                                                       if p.site == site))


# ------------------------------------------------------------------ the programme table
#: programme columns and the names accepted for them (English, Dutch), case-insensitive
COLUMNS = {"profile": ("profile", "profiel"),
           "demand_ha": ("demand_ha", "vraag_ha", "demand", "vraag"),
           "tier": ("tier", "prioriteit", "priority"),
           "region": ("region", "regio")}


def programme_columns(names, parameter="PROGRAMME"):
    """{column: the table's name for it or None} for a table with field ``names``."""
    lower = {str(n).lower(): n for n in names}
    found = {key: next((lower[a] for a in aliases if a in lower), None)
             for key, aliases in COLUMNS.items()}
    for key in ("profile", "demand_ha"):
        if found[key] is None:
            raise InputError(tr("the programme has no column '{}' (also accepted: {}); its "
                                "columns are: {}").format(key, ", ".join(COLUMNS[key][1:]),
                                                          ", ".join(map(str, names)) or "-"),
                             parameter)
    return found


def _number(value):
    return float(str(value).strip().replace(",", "."))


def parse_programme(rows, parameter="PROGRAMME"):
    """Claims (plot size 0, set later from the profile) from rows {column: value} keyed as
    COLUMNS; rows without a profile and a demand are skipped as blank."""
    claims = []
    for n, row in enumerate(rows, 1):
        values = {k: (None if v is None or str(v).strip() in ("", "NULL") else v)
                  for k, v in row.items()}
        if values.get("profile") is None and values.get("demand_ha") is None:
            continue
        if values.get("profile") is None:
            raise InputError(tr("programme row {}: no profile").format(n), parameter)
        try:
            demand = _number(values.get("demand_ha"))
        except (TypeError, ValueError):
            raise InputError(tr("programme row {} ({}): the demand '{}' is not a number of "
                                "hectares").format(n, values["profile"], values.get("demand_ha")),
                             parameter) from None
        tier = values.get("tier")
        try:
            tier = 1 if tier is None else _number(tier)
            if tier != int(tier) or tier < 1:
                raise ValueError
        except (TypeError, ValueError):
            raise InputError(tr("programme row {} ({}): the tier '{}' must be a whole number, 1 "
                                "or more (1 first)").format(n, values["profile"],
                                                            values.get("tier")),
                             parameter) from None
        region = values.get("region")
        claims.append(Claim(str(values["profile"]).strip(), demand, int(tier),
                            None if region is None else str(region).strip()))
    if not claims:
        raise InputError(tr("the programme has no rows; give at least one profile with a demand "
                            "in ha"), parameter)
    return claims


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


def overlapping_pairs(shapes, min_ha=0.01):
    """[(i, j, hectares)] for every pair of shapely polygons (metres) that share at least
    ``min_ha``: a sweep over the x-extents, then the exact intersection area."""
    bounds = [shape.bounds for shape in shapes]
    active, pairs = [], []
    for i in sorted(range(len(shapes)), key=lambda k: bounds[k][0]):
        active = [j for j in active if bounds[j][2] >= bounds[i][0]]
        for j in active:
            if bounds[j][1] <= bounds[i][3] and bounds[i][1] <= bounds[j][3]:
                shared = shapes[i].intersection(shapes[j]).area / 1e4
                if shared >= min_ha:
                    pairs.append((min(i, j), max(i, j), shared))
        active.append(i)
    return sorted(pairs)


def without_overlaps(shapes, priority, min_ha=1e-4):
    """Sorted indices of the shapes to keep so that no two kept ones share ``min_ha`` or more:
    in the order of ``priority`` (a sort key per index; lowest first) a shape is kept unless it
    overlaps one kept before it. A shape dropped for overlapping does not block others."""
    touching = {}
    for i, j, _ in overlapping_pairs(shapes, min_ha):
        touching.setdefault(i, set()).add(j)
        touching.setdefault(j, set()).add(i)
    kept = set()
    for i in sorted(range(len(shapes)), key=priority):
        if not touching.get(i, set()) & kept:
            kept.add(i)
    return sorted(kept)


# ------------------------------------------------------------------ which site may serve a claim
def _same_region(a, b):
    return str(a).strip().lower() == str(b).strip().lower()


def refusal(site, claim):
    """Why ``site`` cannot serve ``claim``: (kind, sentence), or None when it qualifies."""
    candidate = site.candidates.get(claim.profile)
    if candidate is None:
        return "unscored", tr("not scored for {}").format(claim.profile)
    if claim.region and (site.region is None or not _same_region(site.region, claim.region)):
        return "region", tr("outside region {}").format(claim.region)
    if candidate.not_assessed:
        return "not_assessed", tr("essential criteria not assessed: {}").format(
            candidate.not_assessed)
    if candidate.excluded:
        return "excluded", candidate.reasons or tr("excluded by a hard rule")
    if claim.profile in site.kept:
        return "kept", site.kept[claim.profile]
    if not candidate.score > 0:
        return "zero", tr("suitability 0")
    if candidate.usable_ha + EPS < claim.min_ha:
        return "small", tr("usable area {:.1f} ha < one plot of {:g} ha").format(
            candidate.usable_ha, claim.min_ha)
    return None


def options(sites, claims):
    """The qualifying (site, claim) pairs, and {(site, claim): (kind, sentence)} for the rest."""
    found, refused = [], {}
    for j, claim in enumerate(claims):
        for i, site in enumerate(sites):
            why = refusal(site, claim)
            if why is None:
                c = site.candidates[claim.profile]
                found.append(Option(i, j, float(c.usable_ha), float(c.score)))
            else:
                refused[(i, j)] = why
    return found, refused


def site_capacity(sites, found):
    """Per site the most any claims can take together: its largest usable area among the
    qualifying pairs (0 when none)."""
    cap = [0.0] * len(sites)
    for o in found:
        cap[o.site] = max(cap[o.site], o.cap_ha)
    return cap


def check_claims(claims):
    for j, c in enumerate(claims, 1):
        if not (math.isfinite(c.demand_ha) and c.demand_ha > 0):
            raise InputError(tr("programme row {} ({}): the demand must be a number of hectares "
                                "above 0, not {}").format(j, c.profile, c.demand_ha))
    return claims


# ------------------------------------------------------------------ the two methods
def greedy(sites, claims, share=True):
    found, refused = options(sites, claims)
    capacity = site_capacity(sites, found)
    left_site = list(capacity)
    used = [False] * len(sites)
    need = [c.demand_ha for c in claims]
    pieces = []
    for tier in sorted({c.tier for c in claims}):
        ranked = sorted((o for o in found if claims[o.claim].tier == tier),
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
    return _finish(sites, claims, found, refused, capacity, pieces, "greedy",
                   tr("greedy (tiers, then suitability)"))


def optimal(sites, claims, share=True, time_limit=60.0, cancelled=None):
    """Lexicographic (by tier) maximum of suitability x hectares; see the module docstring."""
    import numpy as np
    from scipy.optimize import Bounds, LinearConstraint, milp
    from scipy.sparse import coo_matrix

    found, refused = options(sites, claims)
    capacity = site_capacity(sites, found)
    if not found:
        return _finish(sites, claims, found, refused, capacity, [], "optimal", tr("optimal"))
    k = len(found)
    rows, cols, vals, upper = [], [], [], []

    def add_row(entries, bound):
        r = len(upper)
        for col, val in entries:
            rows.append(r)
            cols.append(col)
            vals.append(val)
        upper.append(bound)

    for n, o in enumerate(found):                       # x <= usable*y ; plot*y <= x
        add_row([(n, 1.0), (k + n, -o.cap_ha)], 0.0)
        add_row([(n, -1.0), (k + n, claims[o.claim].min_ha)], 0.0)
    for j, claim in enumerate(claims):
        add_row([(n, 1.0) for n, o in enumerate(found) if o.claim == j], claim.demand_ha)
    for i in range(len(sites)):
        mine = [n for n, o in enumerate(found) if o.site == i]
        if mine:
            add_row([(n, 1.0) for n in mine], capacity[i])
            if not share and len(mine) > 1:
                add_row([(k + n, 1.0) for n in mine], 1.0)
    base = coo_matrix((vals, (rows, cols)), shape=(len(upper), 2 * k)).tocsr()
    constraints = [LinearConstraint(base, -np.inf, np.array(upper))]
    bounds = Bounds(np.zeros(2 * k), np.array([o.cap_ha for o in found] + [1.0] * k))
    integrality = np.array([0] * k + [1] * k)
    scores = np.array([o.score for o in found])
    statuses, x = [], np.zeros(2 * k)
    for tier in sorted({c.tier for c in claims}):
        if cancelled is not None and cancelled():
            raise Cancelled()
        mask = np.array([claims[o.claim].tier == tier for o in found])
        if not mask.any():
            continue
        objective = np.concatenate([-scores * mask, np.zeros(k)])
        result = milp(objective, constraints=constraints, bounds=bounds,
                      integrality=integrality,
                      options={"time_limit": float(time_limit), "mip_rel_gap": 1e-7})
        if result.x is None:
            raise InputError(tr("the solver found no allocation for tier {}: {}; try METHOD "
                                "greedy or a longer TIME_LIMIT").format(tier, result.message),
                             "TIME_LIMIT")
        x = result.x
        achieved = float(scores[mask] @ x[:k][mask])
        statuses.append(tier if result.status == 0 else (tier, result.message))
        keep = np.concatenate([scores * mask, np.zeros(k)])            # hold this tier's best
        constraints.append(LinearConstraint(keep[None, :], achieved - 1e-7 * max(1, achieved),
                                            np.inf))
    pieces = [Piece(o.site, o.claim, float(x[n]), o.score) for n, o in enumerate(found)
              if x[n] > EPS and x[k + n] > 0.5]
    inexact = [s for s in statuses if isinstance(s, tuple)]
    status = tr("optimal") if not inexact else tr(
        "best found within TIME_LIMIT ({:g} s) for tier(s) {}; not proven optimal").format(
            time_limit, ", ".join(str(t) for t, _ in inexact))
    return _finish(sites, claims, found, refused, capacity, pieces, "optimal", status)


def allocate(sites, claims, method="greedy", share=True, time_limit=60.0, cancelled=None):
    check_claims(claims)
    if method == "greedy":
        return greedy(sites, claims, share)
    if method == "optimal":
        return optimal(sites, claims, share, time_limit, cancelled)
    raise InputError(tr("unknown method '{}'; use one of: {}").format(method,
                                                                      ", ".join(METHODS)),
                     "METHOD")


# ------------------------------------------------------------------ balance and binding constraint
def _finish(sites, claims, found, refused, capacity, pieces, method, status):
    pieces = [Piece(p.site, p.claim, round(p.ha, 6), p.score) for p in pieces]
    balances = []
    for j, claim in enumerate(claims):
        mine = [p for p in pieces if p.claim == j]
        ha = sum(p.ha for p in mine)
        b = Balance(claim, ha, (sum(p.ha * p.score for p in mine) / ha) if ha > EPS else None,
                    len({p.site for p in mine}))
        if b.shortfall_ha > 1e-4:
            b.binding = binding_constraint(j, sites, claims, found, refused, capacity, pieces)
        balances.append(b)
    return Allocation(pieces, balances, method, status, capacity, found, refused)


_NUMBER = re.compile(r"\d+(?:[.,]\d+)?")


def _most_common(sentences):
    """The most frequent kind of reason among ``sentences`` ("a; b" lists): reasons that differ
    only in their numbers are one kind, shown with the range of each number ("site 2.0-5.0 ha <
    6 ha needed"). Returns (text, count)."""
    parts = [s.strip() for text in sentences for s in text.split(";") if s.strip()]
    if not parts:
        return None, 0
    kinds = {}
    for part in parts:
        kinds.setdefault(_NUMBER.sub("#", part), []).append(part)
    shape, members = max(kinds.items(), key=lambda item: len(item[1]))
    columns = list(zip(*(_NUMBER.findall(m) for m in members)))
    pieces = shape.split("#")
    text = pieces[0]
    for column, piece in zip(columns, pieces[1:]):
        values = sorted(set(column), key=lambda v: float(v.replace(",", ".")))
        text += values[0] if len(values) == 1 else f"{values[0]}-{values[-1]}"
        text += piece
    return text, len(members)


def why_not(j, sites, refused):
    """The reasons the other sites do not qualify for claim ``j``, counted, in words."""
    by_kind = {}
    for (i, jj), (kind, text) in refused.items():
        if jj == j:
            by_kind.setdefault(kind, []).append((sites[i].name, text))
    words = []
    for kind, label in (("not_assessed", tr("with essential criteria not assessed (no data)")),
                        ("excluded", tr("excluded by hard rules")),
                        ("small", tr("too small for one plot")),
                        ("kept", tr("kept for firms that need them (HMC / water-bound)")),
                        ("region", tr("outside the region")),
                        ("zero", tr("with suitability 0")),
                        ("unscored", tr("not scored for this profile"))):
        items = by_kind.get(kind)
        if not items:
            continue
        example, count = _most_common([t for _, t in items])
        text = tr("{} {}").format(len(items), label)
        if kind in ("not_assessed", "excluded", "small", "kept") and example:
            text += (tr(" (most often: {}, {} times)").format(example, count) if count > 1
                     else tr(" (e.g. {})").format(example))
        words.append(text)
    return "; ".join(words)


def binding_constraint(j, sites, claims, found, refused, capacity, pieces):
    """One sentence that names what keeps claim ``j`` from its demand."""
    claim = claims[j]
    mine = [o for o in found if o.claim == j]
    others = why_not(j, sites, refused)
    total = len(sites)
    if not mine:
        return tr("no site qualifies ({} sites): {}").format(total, others or tr("no sites"))
    supply = sum(min(o.cap_ha, capacity[o.site]) for o in mine)
    got = sum(p.ha for p in pieces if p.claim == j)
    taken = Counter()
    for o in mine:
        for p in pieces:
            if p.site == o.site and p.claim != j:
                taken[p.claim] += p.ha
    who = ", ".join(tr("{} {:.1f} ha").format(claims[c].label(), ha)
                    for c, ha in taken.most_common())
    if supply + EPS < claim.demand_ha:
        text = tr("supply: the {} qualifying sites hold {:.1f} ha, the demand is {:g} ha").format(
            len(mine), supply, claim.demand_ha)
        if taken:
            text += tr("; of that, {} went to other claims").format(who)
        return text + (tr("; the other sites: {}").format(others) if others else "")
    rest = claim.demand_ha - got
    if rest + EPS < claim.min_ha:
        return tr("plot size: the remaining {:.1f} ha is less than one plot ({:g} ha)").format(
            rest, claim.min_ha)
    if taken:
        return tr("competition: qualifying sites went to {}").format(who)
    return tr("plot size: the remaining {:.1f} ha cannot be placed as plots of at least {:g} ha "
              "on the qualifying sites").format(rest, claim.min_ha)
