"""Company profiles: the domain knowledge behind one suitability run, as JSON data files.

A profile (resources/profiles/<id>.json, or a user's own file) names a company type and fixes
every setting of the five Dutch criteria: building height, VNG category, grid need, emissions,
transport needs, criterion weights (direct, or an AHP matrix) and the aggregation. Every number
is an object with a ``value`` and either a ``source`` or an ``assumption``, so that a map can
always be traced back to where its numbers came from. ``check_profile`` lists every problem of a
file at once, with its JSON path.

Schema (``"schema": "ruimte-profile/1"``):

    id, name{nl,en}, description{nl,en}
    site.area_ha{min,max,source|assumption}, site.building_height_m
    zoning.category (VNG 1..6), zoning.area_type (rustige_woonwijk | gemengd_gebied)
    grid.required_mva, grid.direction (afname | opwek)
    emissions.nox_kg_per_year, emissions.nh3_kg_per_year
    nitrogen.threshold (mol N/ha/yr)
    transport.modes (all | any), transport.road|water|rail: {ideal_m, max_m[, min_cemt]} or null
    weights{criterion: number}  or  ahp{criteria: [...], matrix: "1,3;1/3,1", method}
    aggregation.method (wlc | wpm | and | or | owa ...), aggregation.order_weights (owa)
    constraints{protected_areas, zoning_guide_distance, grid_shortage}: true/false
    evidence{criterion or accessibility.<mode>: {essential: true|false, reason}}
        (core/evidence.py: without the object every criterion and mode is essential, except
        regional_value, which is optional unless the profile says otherwise)
where "number" is {"value": ..., "source": "..."} or {"value": ..., "assumption": "..."}.
Criteria: nitrogen, grid, zoning, landscape, accessibility, and the optional regional_value
(regional added value: ruimte:regionalvalue; no built-in profile weights it).
"""

from dataclasses import dataclass, field
import json
from pathlib import Path

from ..paths import RESOURCES
from .aggregate import METHODS
from .criteria.accessibility import CEMT_CLASSES, MODE_COMBINATIONS
from .criteria.zoning import AREA_TYPES, CATEGORIES
from .errors import InputError
from .evidence import parse_needs
from .i18n import tr

SCHEMA = "ruimte-profile/1"
CRITERIA = ("nitrogen", "grid", "zoning", "landscape", "accessibility", "regional_value")
CONSTRAINT_KEYS = ("protected_areas", "zoning_guide_distance", "grid_shortage")
PROFILE_DIR = RESOURCES / "profiles"


class ProfileError(InputError):
    """All problems of a profile file, one per line."""

    def __init__(self, problems):
        self.problems = list(problems)
        super().__init__(tr("the profile has {} problem(s):").format(len(self.problems)) + "\n"
                         + "\n".join(f"- {p}" for p in self.problems))


class _Checker:
    """Collects problems while reading a profile dict."""

    def __init__(self, data):
        self.data = data
        self.problems = []

    def node(self, path, required=True):
        value = self.data
        for key in path.split("."):
            if not isinstance(value, dict) or key not in value:
                if required:
                    self.problems.append(tr("{}: missing").format(path))
                return None
            value = value[key]
        return value

    def number(self, path, low=None, high=None, required=True):
        """A {value, source|assumption} number; returns the value or None."""
        item = self.node(path, required)
        if item is None:
            return None
        if not isinstance(item, dict) or "value" not in item:
            self.problems.append(tr('{}: must be an object with "value" and "source" or '
                                    '"assumption"').format(path))
            return None
        if not (isinstance(item.get("source"), str) and item["source"].strip()) and \
                not (isinstance(item.get("assumption"), str) and item["assumption"].strip()):
            self.problems.append(tr('{}: says neither where the value comes from ("source") '
                                    'nor that it is an "assumption"').format(path))
        value = item["value"]
        if low is None and high is None:
            return value
        if isinstance(value, bool) or not isinstance(value, (int, float)):
            self.problems.append(tr("{}: value {!r} is not a number").format(path, value))
            return None
        if (low is not None and value < low) or (high is not None and value > high):
            self.problems.append(tr("{}: value {:g} must lie between {} and {}").format(
                path, value, low if low is not None else "-inf",
                high if high is not None else "inf"))
            return None
        return float(value)

    def choice(self, path, options, value=None, required=True):
        """One of ``options``: the plain value at ``path``, or ``value`` when given."""
        value = self.node(path, required) if value is None else value
        if value is None:
            return None
        if str(value) not in options:
            self.problems.append(tr("{}: {!r} is not one of {}").format(path, value,
                                                                      ", ".join(options)))
            return None
        return str(value)


@dataclass(frozen=True)
class ModeNeed:
    ideal_m: float
    max_m: float
    min_cemt: str = None


@dataclass
class Profile:
    id: str
    name_nl: str
    name_en: str
    area_ha: tuple
    building_height_m: float
    category: str
    area_type: str
    required_mva: float
    direction: str
    nox_kg: float
    nh3_kg: float
    threshold: float
    modes: str
    road: ModeNeed
    water: ModeNeed
    rail: ModeNeed
    weights: dict
    weights_method: str
    method: str
    order_weights: tuple
    constraints: dict
    needs: dict = field(default_factory=dict)      # key -> evidence.Need
    source_file: str = ""
    raw: dict = field(default_factory=dict, repr=False)

    def name(self, language="en"):
        return self.name_nl if language == "nl" else self.name_en

    def weights_for(self, available):
        """Weights of the ``available`` criteria, renormalised to sum 1, and the dropped ones."""
        kept = {c: w for c, w in self.weights.items() if c in available and w > 0}
        dropped = [c for c, w in self.weights.items() if c not in available and w > 0]
        total = sum(kept.values())
        if total <= 0:
            raise InputError(tr("none of the profile's weighted criteria has its input data; "
                                "give at least one of: {}").format(
                ", ".join(c for c, w in self.weights.items() if w > 0)))
        return {c: w / total for c, w in kept.items()}, dropped


def check_profile(data, source_file=""):
    """Validate a profile dict and return a Profile; ProfileError lists every problem."""
    if not isinstance(data, dict):
        raise ProfileError([tr("the file must hold one JSON object")])
    c = _Checker(data)
    if data.get("schema") != SCHEMA:
        c.problems.append(tr('schema: must be "{}"').format(SCHEMA))
    pid = c.node("id")
    if pid is not None and (not isinstance(pid, str) or not pid.replace("_", "").isalnum()):
        c.problems.append(tr("id: use letters, digits and _ only"))
    names = {lang: c.node(f"name.{lang}") for lang in ("nl", "en")}
    area = c.node("site.area_ha")
    area_range = (None, None)
    if isinstance(area, dict):
        if not (area.get("source") or area.get("assumption")):
            c.problems.append(tr('{}: says neither "source" nor "assumption"')
                              .format("site.area_ha"))
        lo, hi = area.get("min"), area.get("max")
        if not all(isinstance(v, (int, float)) and not isinstance(v, bool) for v in (lo, hi)) \
                or not 0 < lo <= hi:
            c.problems.append(tr("site.area_ha: needs numbers 0 < min <= max (ha)"))
        else:
            area_range = (float(lo), float(hi))
    height = c.number("site.building_height_m", 0.1, 300)
    category = c.number("zoning.category")
    if category is not None:
        category = c.choice("zoning.category", CATEGORIES, value=category)
    area_type = c.choice("zoning.area_type", AREA_TYPES)
    mva = c.number("grid.required_mva", 0, 5000)
    direction = c.choice("grid.direction", ("afname", "opwek"))
    nox = c.number("emissions.nox_kg_per_year", 0, 1e7)
    nh3 = c.number("emissions.nh3_kg_per_year", 0, 1e7)
    threshold = c.number("nitrogen.threshold", 1e-6, 100)
    modes = c.choice("transport.modes", MODE_COMBINATIONS)
    transport = {}
    for mode in ("road", "water", "rail"):
        spec = c.node(f"transport.{mode}", required=False)
        if spec is None:
            transport[mode] = None
            continue
        ideal = c.number(f"transport.{mode}.ideal_m", 0, 1e6)
        maximum = c.number(f"transport.{mode}.max_m", 0, 1e6)
        if ideal is not None and maximum is not None and not ideal < maximum:
            c.problems.append(tr("{}: ideal_m must be below max_m").format(f"transport.{mode}"))
        cemt = None
        if mode == "water":
            cemt = c.number("transport.water.min_cemt")
            if cemt is not None:
                cemt = c.choice("transport.water.min_cemt", CEMT_CLASSES, value=cemt)
        transport[mode] = ModeNeed(ideal, maximum, cemt)
    if not any(transport.values()):
        c.problems.append(tr("transport: give at least one of road, water, rail"))
    weights, weights_method = _weights(c, data)
    method = c.choice("aggregation.method", METHODS)
    order = ()
    if method == "owa":
        order = tuple(v for v in (c.node("aggregation.order_weights") or []))
        if len(order) != len(weights):
            c.problems.append(tr("aggregation.order_weights: one per weighted criterion"))
    constraints = {}
    for key in CONSTRAINT_KEYS:
        value = c.node(f"constraints.{key}")
        if value is not None and not isinstance(value, bool):
            c.problems.append(tr("{}: must be true or false").format(f"constraints.{key}"))
        constraints[key] = bool(value)
    needs = parse_needs(data.get("evidence"), [k for k, w in weights.items() if w > 0],
                        [m for m in ("road", "water", "rail") if transport.get(m)], c.problems)
    if c.problems:
        raise ProfileError(c.problems)
    return Profile(id=pid, name_nl=names["nl"], name_en=names["en"], area_ha=area_range,
                   building_height_m=height, category=category, area_type=area_type,
                   required_mva=mva, direction=direction, nox_kg=nox, nh3_kg=nh3,
                   threshold=threshold, modes=modes, road=transport["road"],
                   water=transport["water"], rail=transport["rail"], weights=weights,
                   weights_method=weights_method,
                   method=method, order_weights=order, constraints=constraints,
                   needs=needs, source_file=source_file, raw=data)


def _weights(c, data):
    """Criterion weights from "weights" (direct) or "ahp" (pairwise matrix)."""
    from .weights import ahp, parse_matrix
    if "ahp" in data:
        spec = data["ahp"]
        criteria = spec.get("criteria") if isinstance(spec, dict) else None
        if not isinstance(criteria, list) or any(x not in CRITERIA for x in criteria) \
                or len(set(criteria)) != len(criteria or []):
            c.problems.append(tr("ahp.criteria: a list of distinct criteria from {}")
                              .format(", ".join(CRITERIA)))
            return {}, ""
        if not (spec.get("source") or spec.get("assumption")):
            c.problems.append(tr('{}: says neither "source" nor "assumption"').format("ahp"))
        try:
            result = ahp(parse_matrix(str(spec.get("matrix", ""))),
                         spec.get("method", "eigenvector"))
        except InputError as err:
            c.problems.append(f"ahp.matrix: {err}")
            return {}, ""
        if result.n != len(criteria):
            c.problems.append(tr("ahp.matrix: {} rows for {} criteria")
                              .format(result.n, len(criteria)))
            return {}, ""
        weights = {x: float(w) for x, w in zip(criteria, result.weights)}
        return weights, f"AHP {result.method}, CR {result.cr:.3f} ({result.ri_table})"
    spec = data.get("weights")
    if not isinstance(spec, dict) or not spec:
        c.problems.append(tr('weights: missing (or give "ahp")'))
        return {}, ""
    weights = {}
    for name in spec:
        if name not in CRITERIA:
            c.problems.append(tr("{}: unknown criterion; use {}").format(f"weights.{name}",
                                                                         ", ".join(CRITERIA)))
            continue
        value = c.number(f"weights.{name}", 0, 1e6)
        if value is not None:
            weights[name] = value
    total = sum(weights.values())
    if weights and total <= 0:
        c.problems.append(tr("weights: at least one weight must be above 0"))
    return ({k: v / total for k, v in weights.items()} if total > 0 else weights,
            tr("direct (normalised)"))


def load_profile(path):
    """Read and validate a profile file (JSON)."""
    path = Path(path)
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except OSError as err:
        raise ProfileError([tr("cannot read {}: {}").format(path, err.strerror)]) from None
    except ValueError as err:
        raise ProfileError([tr("{} is not valid JSON: {}").format(path.name, err)]) from None
    return check_profile(data, str(path))


def builtin_ids():
    return sorted(p.stem for p in PROFILE_DIR.glob("*.json"))


def builtin_profile(profile_id):
    path = PROFILE_DIR / f"{profile_id}.json"
    if not path.exists():
        raise InputError(tr("unknown profile '{}'; built in: {}")
                         .format(profile_id, ", ".join(builtin_ids())))
    return load_profile(path)
