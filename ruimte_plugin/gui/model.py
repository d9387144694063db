"""The Ruimte panel's state and its preview arithmetic, without Qt or QGIS.

The state IS a profile (a ``ruimte-profile/1`` dict): every edit in the panel changes the dict,
``profile()`` validates it with core.profiles.check_profile, and Save writes it as it is. So a
saved file reopens to the same panel, and ``ruimte:profilesuitability`` with that file computes
what the panel shows.

Curves: a criterion's transformation (raw value -> score 0-1) is editable where the profile
schema holds its parameters, and computed with the same core function the criterion algorithm
uses (no second engine):

* accessibility by road / water / rail: distance (m) -> 1 up to ``ideal_m``, linear to 0 at
  ``max_m`` (core.criteria.accessibility.distance_score; a *linear decreasing* function with
  C = ideal, D = max in core.standardize terms); modes combined by ``transport.modes``;
* nitrogen: deposition (mol N/ha/yr) -> 1 at or below the threshold T, 0 from U = 200 T,
  1 - ln(D/T) / ln(U/T) between (core.criteria.nitrogen.NitrogenModel.score).

The other criteria (grid, zoning, landscape, regional value) keep the function of their
algorithm; the profile sets them through other fields (MVA, VNG category, building height) that
change the raw data themselves, so the panel shows their scores but does not edit a curve.
"""

import copy
from dataclasses import dataclass
import json

import numpy as np

from ..core.aggregate import Aggregation, apply_constraints
from ..core.criteria.accessibility import combine_modes, distance_score
from ..core.criteria.nitrogen import NitrogenModel
from ..core.i18n import tr
from ..core.profiles import CRITERIA, check_profile
from ..core.weights import ahp, parse_matrix

#: how a weight or curve value edited in the panel says where it comes from
PANEL_ASSUMPTION = "set in the Ruimte panel (assumption)"


@dataclass(frozen=True)
class Curve:
    """An editable transformation: ``key`` (criterion or accessibility.<mode>), the raw
    output of its algorithm, its unit and its parameters as (name, profile path)."""
    key: str
    raw_output: str
    unit: str
    params: tuple

    @property
    def criterion(self):
        return self.key.split(".")[0]

    @property
    def mode(self):
        return self.key.split(".")[1] if "." in self.key else None


CURVES = {
    "accessibility.road": Curve("accessibility.road", "DISTANCE", "m",
                                (("ideal_m", "transport.road.ideal_m"),
                                 ("max_m", "transport.road.max_m"))),
    "accessibility.water": Curve("accessibility.water", "WATER_DISTANCE", "m",
                                 (("ideal_m", "transport.water.ideal_m"),
                                  ("max_m", "transport.water.max_m"))),
    "accessibility.rail": Curve("accessibility.rail", "RAIL_DISTANCE", "m",
                                (("ideal_m", "transport.rail.ideal_m"),
                                 ("max_m", "transport.rail.max_m"))),
    "nitrogen": Curve("nitrogen", "DEPOSITION", "mol N/ha/yr",
                      (("threshold", "nitrogen.threshold"),)),
}


def curve_score(curve, params, raw, data=None):
    """Score 0-1 (float32, NaN stays NaN) of ``raw`` values under ``curve`` with ``params``
    {name: value}: the core function of the criterion algorithm."""
    if curve.criterion == "accessibility":
        return distance_score(raw, params["ideal_m"], params["max_m"])
    emissions = (data or {}).get("emissions", {})
    model = NitrogenModel(_value(emissions.get("nox_kg_per_year"), 0.0),
                          _value(emissions.get("nh3_kg_per_year"), 0.0),
                          threshold=params["threshold"])
    return model.score(raw)


def _value(item, default=None):
    return item.get("value", default) if isinstance(item, dict) else default


class PanelState:
    """A profile being edited. ``data`` is the profile dict (a private deep copy)."""

    def __init__(self, data):
        self.data = copy.deepcopy(data)
        self._evidence = {}     # evidence of criteria whose weight was set to 0, to restore
        self.profile()                          # refuses an invalid start

    @classmethod
    def from_file(cls, path):
        with open(path, encoding="utf-8") as handle:
            return cls(json.load(handle))

    def profile(self):
        """The validated core.profiles.Profile (ProfileError lists the problems)."""
        return check_profile(self.data)

    # ------------------------------------------------------------ weights
    def uses_ahp(self):
        return "ahp" in self.data

    def weighted_criteria(self):
        """Criteria with a weight in the profile, in the profile's order."""
        if self.uses_ahp():
            return list(self.data["ahp"]["criteria"])
        return [c for c in self.data.get("weights", {}) if c in CRITERIA]

    def weights(self):
        """{criterion: weight}, normalised to sum 1 (core.profiles)."""
        return dict(self.profile().weights)

    def set_weight(self, criterion, value):
        """A direct weight; a profile with an AHP matrix turns into direct weights (the AHP
        weights it had, then this one changed)."""
        if self.uses_ahp():
            current = self.weights()
            del self.data["ahp"]
            self.data["weights"] = {c: {"value": round(w, 6), "assumption": PANEL_ASSUMPTION}
                                    for c, w in current.items()}
        self.data["weights"][criterion] = {"value": float(value),
                                           "assumption": PANEL_ASSUMPTION}
        # the schema allows evidence only for weighted criteria: set aside while the weight is 0
        evidence = self.data.get("evidence")
        if isinstance(evidence, dict):
            if value <= 0 and criterion in evidence:
                self._evidence[criterion] = evidence.pop(criterion)
            elif value > 0 and criterion in self._evidence:
                evidence[criterion] = self._evidence.pop(criterion)

    def matrix(self):
        """The AHP matrix as rows of numbers: the profile's, or w_i / w_j from direct weights
        (a perfectly consistent start)."""
        if self.uses_ahp():
            return parse_matrix(str(self.data["ahp"]["matrix"])).tolist()
        w = self.weights()
        names = self.weighted_criteria()
        return [[_ratio(w.get(a, 0.0), w.get(b, 0.0)) for b in names] for a in names]

    def set_matrix(self, rows):
        """Pairwise judgements (rows of numbers) -> the profile's "ahp" block; returns the
        core.weights.AhpResult (weights and consistency ratio). Raises InputError when the
        matrix is not reciprocal or not positive."""
        names = self.weighted_criteria()
        result = ahp(np.asarray(rows, dtype=float), self.data.get("ahp", {}).get(
            "method", "eigenvector"))
        spec = {"criteria": names, "matrix": format_matrix(rows),
                "method": self.data.get("ahp", {}).get("method", "eigenvector"),
                "assumption": self.data.get("ahp", {}).get("assumption") or PANEL_ASSUMPTION}
        if self.uses_ahp() and spec["matrix"] != self.data["ahp"]["matrix"]:
            spec["assumption"] = PANEL_ASSUMPTION
        self.data.pop("weights", None)
        self.data["ahp"] = spec
        if isinstance(self.data.get("evidence"), dict):     # every AHP weight is above 0
            self.data["evidence"].update(self._evidence)
            self._evidence = {}
        return result

    def ahp_result(self):
        return ahp(np.asarray(self.matrix(), dtype=float),
                   self.data.get("ahp", {}).get("method", "eigenvector"))

    # ------------------------------------------------------------ curves
    def curves(self):
        """The editable curves of this profile: accessibility per transport mode it names,
        nitrogen when it is weighted."""
        weighted = self.weights()
        out = []
        if weighted.get("accessibility", 0) > 0:
            out += [CURVES[f"accessibility.{m}"] for m in ("road", "water", "rail")
                    if self.data.get("transport", {}).get(m)]
        if weighted.get("nitrogen", 0) > 0:
            out.append(CURVES["nitrogen"])
        return out

    def curve_params(self, key):
        return {name: float(self._node(path)["value"]) for name, path in CURVES[key].params}

    def set_curve_param(self, key, name, value):
        path = dict(CURVES[key].params)[name]
        node = self._node(path)
        if float(node["value"]) != float(value):
            node.clear()
            node.update(value=float(value), assumption=PANEL_ASSUMPTION)

    def _node(self, path):
        node = self.data
        for part in path.split("."):
            node = node[part]
        return node

    # ------------------------------------------------------------ saving
    def set_identity(self, profile_id, name_en, name_nl):
        self.data["id"] = profile_id
        self.data["name"] = {"nl": name_nl, "en": name_en}

    def to_json(self):
        self.profile()
        return json.dumps(self.data, indent=2, ensure_ascii=False) + "\n"

    def save(self, path):
        with open(path, "w", encoding="utf-8") as handle:
            handle.write(self.to_json())


def _ratio(a, b):
    """w_a / w_b within Saaty's scale 1/9..9 (a zero weight compares as 1/9)."""
    if a <= 0 and b <= 0:
        return 1.0
    if a <= 0 or b <= 0:
        return 1 / 9 if a <= 0 else 9.0
    return min(max(a / b, 1 / 9), 9.0)


def format_cell(value, digits=6):
    """A judgement as a user types it: 1/x for the reciprocal of a whole number, else
    ``digits`` significant digits."""
    v = float(value)
    if 0 < v < 1 and abs(1 / v - round(1 / v)) < 1e-9:
        return f"1/{round(1 / v)}"
    return f"{v:.{digits}g}"


def format_matrix(rows):
    """Rows of numbers -> '1,2,0.5; 0.5,1,1; ...' (reciprocals below 1 written as 1/x when x
    is a whole number, as a user types them)."""
    return "; ".join(",".join(format_cell(v) for v in row) for row in rows)


def preview_scores(state, arrays):
    """{criterion: score array} for the criteria with data, from the coarse ``arrays``:
    ``arrays["scores"]`` {criterion: score} as the algorithms wrote them, ``arrays["raw"]``
    {curve key: raw values} for the editable curves (which replace those scores)."""
    profile = state.profile()
    scores = dict(arrays["scores"])
    modes = [c for c in state.curves() if c.criterion == "accessibility"
             and c.key in arrays["raw"]]
    if modes:
        scores["accessibility"] = combine_modes(
            [curve_score(c, state.curve_params(c.key), arrays["raw"][c.key]) for c in modes],
            profile.modes)
    if "nitrogen" in arrays["raw"] and "nitrogen" in scores:
        scores["nitrogen"] = curve_score(CURVES["nitrogen"], state.curve_params("nitrogen"),
                                         arrays["raw"]["nitrogen"], state.data)
    return scores


def preview(state, arrays):
    """Suitability 0-1 (float32, NaN = unknown or outside the study area) as
    ruimte:profilesuitability computes it: the weights of the criteria with data renormalised
    and written with 6 decimals, the profile's aggregation, 0 where ``arrays["excluded"]`` (its
    EXCLUDED output) is 0, NaN where that is NoData (outside the study area)."""
    profile = state.profile()
    scores = preview_scores(state, arrays)
    weights, _ = profile.weights_for(set(scores))
    rounded = [float(f"{w:.6f}") for w in weights.values()]
    stack = np.stack([scores[c] for c in weights]).astype(np.float32)
    total = sum(rounded)
    aggregation = Aggregation(profile.method, tuple(w / total for w in rounded),
                              order_weights=tuple(profile.order_weights))
    out = aggregation.apply(stack)
    excluded = arrays.get("excluded")
    if excluded is not None:
        apply_constraints(out, excluded != 0)
        out[~np.isfinite(excluded)] = np.nan
    return out


def summary(values):
    """'mean 0.52, 12 % above 0.7' of a preview (NaN ignored), for the panel's status line."""
    finite = values[np.isfinite(values)]
    if not finite.size:
        return tr("no cells with a score")
    return tr("mean {:.2f}, {:.0%} of the cells above 0.7").format(
        float(finite.mean()), float((finite > 0.7).mean()))
