"""Programming under uncertain demand: one programme allocated (core.allocate) under several
demand scenarios on the same sites, and each site classified by how robust its use is.

Why: the provinces cannot forecast the additional demand for business land that comes from the
transitions (IPO position paper Ruimte voor economie, theme 2: Stec Groep's range for the
additional national demand is 500 to 2,500 ha, a factor 5; the Planbureau voor de Leefomgeving
(PBL) estimates up to 40 % more business-park area from the circular transition). They want to
programme adaptively and know the risk that demand does not land where it was programmed.

Scenarios
* **factors** ("low=0,5; central=1; high=1,5"): each scenario multiplies the demand of every claim
  of tier ``scale_from_tier`` or higher (default 2). This reads the paper's distinction: the
  autonomous demand (tier 1) is programmed on forecasts, the additional demand of the
  transitions is what is uncertain. ``scale_from_tier=1`` scales every claim.
* **columns**: the programme table has one demand column per scenario, ``demand_<name>`` or
  ``vraag_<name>`` (demand_low, vraag_hoog ...); they are used instead of factors when present.

A demand of 0 in a scenario leaves the claim out of that scenario's allocation.

Classes, per site over all scenarios:
* **no-regret** (``no_regret``): used (any piece allocated) in every scenario;
* **option** (``option``): used in some scenarios only (typically at higher demand; not always:
  the optimal method may move a claim to other sites when demand grows);
* **unused** (``unused``): used in no scenario.
"""

from dataclasses import dataclass, field, replace
import math
import re

from .allocate import Balance, Piece, allocate, provisional_text
from .errors import InputError
from .i18n import tr
from .numbers import parse_number
from .programme import EPS, parse_programme, programme_columns

#: illustrative factors (an assumption): the paper's 500-2,500 ha range spans a factor 5
DEFAULT_SCENARIOS = "low=0,5; central=1; high=1,5"
#: claims of this tier and up are scaled (tier 1 = autonomous demand, not scaled)
DEFAULT_SCALE_FROM_TIER = 2
CLASSES = ("no_regret", "option", "unused")

_NAME = re.compile(r"^[A-Za-z0-9_]+$")
#: between two scenarios: ';', a new line, or a ',' before the next 'name=' (so that
#: 'low=0,5, high=1,5' keeps its decimal commas)
_BETWEEN = re.compile(r"[;\n]|,(?=\s*[^\s,;=:0-9][^,;=:]*[=:])")
_COLUMN = re.compile(r"^(?:demand|vraag)_([A-Za-z0-9_]+)$", re.IGNORECASE)


def class_label(code):
    """A class code in words, in the user's language."""
    return {"no_regret": tr("no-regret"), "option": tr("option"),
            "unused": tr("unused")}.get(code, code)


@dataclass
class Scenario:
    name: str
    factor: float = None            # None: the demand per claim comes from ``demands``
    demands: tuple = None           # with columns: per claim, ha


@dataclass
class ScenarioRun:
    """One scenario's allocation; ``pieces`` and ``balances`` index ``claims`` (all claims of
    the programme, with this scenario's demand)."""
    scenario: Scenario
    claims: list
    pieces: list
    balances: list
    status: str
    provisional: dict = field(default_factory=dict)     # (site, claim) -> accepted keys

    @property
    def demand_ha(self):
        return sum(c.demand_ha for c in self.claims)

    @property
    def allocated_ha(self):
        return sum(p.ha for p in self.pieces)


@dataclass
class SiteOutcome:
    code: str                       # one of CLASSES
    used_in: list                   # names of the scenarios in which the site is used
    ha: list                        # per scenario: ha allocated on the site
    profiles: list                  # per scenario: the profile ids allocated there, sorted
    provisional: str = ""           # 'provisional: zoning not assessed' when any piece is


# ------------------------------------------------------------------ reading the scenarios
def _check_names(names, where):
    for name in names:
        if not _NAME.match(name):
            raise InputError(tr("scenario name '{}': use letters, digits and _ only (it becomes "
                                "part of field names)").format(name), where)
    lower = [n.lower() for n in names]
    twice = sorted({n for n in lower if lower.count(n) > 1})
    if twice:
        raise InputError(tr("scenario name(s) given twice: {}").format(", ".join(twice)), where)
    if len(names) < 2:
        raise InputError(tr("give at least two scenarios (e.g. low=0,5; central=1; high=1,5): "
                            "one scenario has no alternative to compare with"), where)


def parse_factors(text):
    """[(name, factor)] from 'low=0,5; central=1; high=1,5' (or 'low=0.5, high=1.5', also
    'low=0,5, high=1,5': a ',' separates scenarios only before a name; ':' works as '=').
    Errors name the core field "scenarios"."""
    scenarios = []
    for item in (i.strip() for i in _BETWEEN.split(str(text or "")) if i.strip()):
        name, sep, value = item.replace(":", "=").partition("=")
        name = name.strip()
        if not sep or not name or not value.strip():
            raise InputError(tr("'{}' is not a scenario: write name=factor, e.g. "
                                "low=0,5; central=1; high=1,5").format(item), "scenarios")
        try:
            factor = parse_number(value)
        except InputError as err:
            raise InputError(tr("scenario {}: {}").format(name, err), "scenarios") from None
        if factor < 0:
            raise InputError(tr("scenario {}: the factor {:g} is below 0").format(name, factor),
                             "scenarios")
        scenarios.append((name, factor))
    _check_names([n for n, _ in scenarios], "scenarios")
    return scenarios


def scenario_columns(names):
    """[(scenario name, field)] for the fields demand_<name> / vraag_<name> of a programme
    table (demand_ha and vraag_ha are the plain demand, not a scenario)."""
    found = []
    for n in names:
        match = _COLUMN.match(str(n))
        if match and match.group(1).lower() != "ha":
            found.append((match.group(1), str(n)))
    return found


def _blank(value):
    return value is None or str(value).strip() in ("", "NULL")


def programme_scenarios(names, rows, factors_text=DEFAULT_SCENARIOS):
    """(claims, scenarios) from a programme table: ``names`` its fields, ``rows`` {field: value}.
    With scenario columns (scenario_columns) each scenario takes its demand from its column and
    ``factors_text`` is not used; otherwise the scenarios are the factors of ``factors_text``
    (errors about them name the core field "scenarios")."""
    columns = scenario_columns(names)
    if not columns:
        found = programme_columns(names)
        claims = parse_programme([{k: r.get(n) for k, n in found.items() if n} for r in rows])
        return claims, [Scenario(n, f) for n, f in parse_factors(factors_text)]
    _check_names([n for n, _ in columns], None)
    found = programme_columns(names, required=("profile",))
    kept, demands = [], []
    for n, row in enumerate(rows, 1):
        profile = row.get(found["profile"])
        values = [row.get(f) for _, f in columns]
        if _blank(profile) and all(_blank(v) for v in values):
            continue
        parsed = []
        for (name, column), value in zip(columns, values):
            try:
                ha = parse_number(value)
                if not (math.isfinite(ha) and ha >= 0):
                    raise ValueError
            except (InputError, TypeError, ValueError):
                raise InputError(tr("programme row {} ({}): the demand of scenario {} ('{}' in "
                                    "column {}) is not a number of hectares, 0 or more").format(
                    n, profile, name, value, column)) from None
            parsed.append(ha)
        demands.append(parsed)
        kept.append({"profile": profile, "demand_ha": max(parsed),
                     "tier": row.get(found["tier"]) if found["tier"] else None,
                     "region": row.get(found["region"]) if found["region"] else None})
    claims = parse_programme(kept)
    return claims, [Scenario(name, None, tuple(d[k] for d in demands))
                    for k, (name, _) in enumerate(columns)]


def scenario_claims(claims, scenario, scale_from_tier=DEFAULT_SCALE_FROM_TIER):
    """Copies of ``claims`` with the scenario's demand: from its column, or the demand times
    its factor for claims of tier ``scale_from_tier`` and up (the others unchanged)."""
    if scenario.factor is None:
        return [replace(c, demand_ha=float(d)) for c, d in zip(claims, scenario.demands)]
    return [replace(c, demand_ha=c.demand_ha * scenario.factor) if c.tier >= scale_from_tier
            else replace(c) for c in claims]


def spread_warning(claims, scenarios, scale_from_tier=DEFAULT_SCALE_FROM_TIER):
    """A sentence when the factors change no claim (no claim of tier ``scale_from_tier`` or
    up), else ''."""
    if all(s.factor is None for s in scenarios) or any(c.tier >= scale_from_tier
                                                       for c in claims):
        return ""
    return tr("No claim has tier {} or higher: the factors scale nothing and every scenario has "
              "the same demand. Give the additional demand tier 2, or set SCALE_FROM_TIER to "
              "1.").format(scale_from_tier)


# ------------------------------------------------------------------ running and classifying
def run_scenarios(sites, claims, scenarios, scale_from_tier=DEFAULT_SCALE_FROM_TIER,
                  method="greedy", share=True, time_limit=60.0, cancelled=None, accept=()):
    """One ScenarioRun per scenario: core.allocate.allocate on the same ``sites`` with the
    scenario's demand (claims at 0 ha left out of that run)."""
    runs = []
    for scenario in scenarios:
        scaled = scenario_claims(claims, scenario, scale_from_tier)
        active = [j for j, c in enumerate(scaled) if c.demand_ha > EPS]
        balances = [Balance(c) for c in scaled]
        if not active:
            runs.append(ScenarioRun(scenario, scaled, [], balances, tr("no demand")))
            continue
        result = allocate(sites, [scaled[j] for j in active], method, share, time_limit,
                          cancelled, accept)
        for k, j in enumerate(active):
            balances[j] = result.balances[k]
        pieces = [Piece(p.site, active[p.claim], p.ha, p.score) for p in result.pieces]
        provisional = {(i, active[k]): keys for (i, k), keys in result.provisional.items()}
        runs.append(ScenarioRun(scenario, scaled, pieces, balances, result.status, provisional))
    return runs


def classify(n_sites, runs):
    """Per site a SiteOutcome: no-regret when used in every run, option in some, unused in
    none; with its hectares and profiles per run."""
    outcomes = []
    for i in range(n_sites):
        ha, profiles, keys = [], [], []
        for run in runs:
            mine = [p for p in run.pieces if p.site == i]
            ha.append(sum(p.ha for p in mine))
            profiles.append(sorted({run.claims[p.claim].profile for p in mine}))
            for p in mine:
                for key in run.provisional.get((i, p.claim), ()):
                    if key not in keys:
                        keys.append(key)
        used = [run.scenario.name for run, h in zip(runs, ha) if h > EPS]
        code = "no_regret" if len(used) == len(runs) else ("option" if used else "unused")
        outcomes.append(SiteOutcome(code, used, ha, profiles,
                                    provisional_text(keys) if keys else ""))
    return outcomes


def highest_demand(runs):
    """The index of the run with the largest total demand (the last of equals)."""
    best = 0
    for k, run in enumerate(runs):
        if run.demand_ha >= runs[best].demand_ha - EPS:
            best = k
    return best


def class_hectares(outcomes, runs):
    """{class code: ha allocated on the sites of that class in the highest-demand run}."""
    top = highest_demand(runs)
    totals = {code: 0.0 for code in CLASSES}
    for outcome in outcomes:
        totals[outcome.code] += outcome.ha[top]
    return totals
