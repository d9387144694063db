"""Value -> score (0..1) functions ("standardisation", "fuzzification").

Two families:

* Control-point functions after IDRISI/TerrSet FUZZY (Eastman): points a <= b <= c <= d.
  ``increasing`` rises from a (score 0) to b (score 1); ``decreasing`` falls from c (1) to d (0);
  ``symmetric`` rises a->b, stays 1 from b to c and falls c->d.
  - linear:  (x - a) / (b - a) on the rising limb, (d - x) / (d - c) on the falling limb.
  - sigmoid: cos^2 of (1 - t) * pi/2 on the rising limb with t = (x - a) / (b - a), cos^2 of
    t * pi/2 with t = (x - c) / (d - c) on the falling limb (0.146447 at a quarter of the way).
  - jshaped: 1 / (1 + ((x - b) / (b - a))^2) below b, 1 / (1 + ((x - c) / (d - c))^2) above c.
    It is 0.5 at a (or d) and approaches 0 without reaching it, as in IDRISI.
* Midpoint/spread functions, exactly the formulas of QGIS's native "Fuzzify raster" algorithms
  (qgis/QGIS src/analysis/processing/qgsalgorithmfuzzifyraster.cpp):
  - large:    1 / (1 + (x / m)^-s)     (increasing; 0.5 at m; x <= 0 scores 0)
  - small:    1 / (1 + (x / m)^s)      (decreasing; 0.5 at m; x <= 0 scores 1)
  - gaussian: exp(-s (x - m)^2)
  - near:     1 / (1 + s (x - m)^2)
  DIRECTION does not apply to these; the function fixes the shape.
* ``table``: value -> score pairs. ``interpolate`` = piecewise linear between the pairs and
  constant beyond the first and last value; ``exact`` = categorical: a value scores its pair's
  score, any other value is unknown.

Input cells that are NoData score ``unknown_score``, or stay NoData (NaN) when it is None.
All arithmetic is float32, block by block.
"""

from dataclasses import dataclass, asdict
import math

import numpy as np

from .errors import InputError
from .i18n import tr
from .numbers import parse_number, split_items, split_pairs
from .unit_interval import clip01

FUNCTIONS = ("linear", "sigmoid", "jshaped", "large", "small", "gaussian", "near", "table")
DIRECTIONS = ("increasing", "decreasing", "symmetric")
TABLE_MODES = ("interpolate", "exact")
CONTROL_POINT_FUNCTIONS = ("linear", "sigmoid", "jshaped")
MIDPOINT_FUNCTIONS = ("large", "small", "gaussian", "near")

F32 = np.float32


def parse_table(entries):
    """Pairs from a flat list [v1, s1, v2, s2, ...] or a string -> tuple of (value, score).

    A string is 'v1,s1,v2,s2' or 'v1:s1, v2:s2' ('=' for ':' too); with decimal commas the
    items are separated by ';': '0:1; 2,5:0,5' or '0;1;2,5;0,5' (numbers.split_items)."""
    if isinstance(entries, str):
        text = entries.strip()
        if ":" in text or "=" in text:
            pairs = []
            for item in split_pairs(text):
                parts = item.replace("=", ":").split(":")
                if len(parts) != 2:
                    raise InputError(tr("'{}' is not a value:score pair").format(item))
                pairs.append((parse_number(parts[0]), parse_number(parts[1])))
            return tuple(pairs)
        entries = split_items(text)
    flat = [parse_number(str(e)) for e in entries]
    if len(flat) % 2:
        raise InputError(tr("the table needs pairs of value and score; an odd number of cells "
                            "was given"))
    return tuple((flat[i], flat[i + 1]) for i in range(0, len(flat), 2))


@dataclass(frozen=True)
class Standardization:
    """One value -> score function with its parameters; ``apply`` works on numpy blocks."""

    function: str
    direction: str = "increasing"
    a: float = None
    b: float = None
    c: float = None
    d: float = None
    midpoint: float = None
    spread: float = None
    table: tuple = ()
    table_mode: str = "interpolate"
    unknown_score: float = None

    # ------------------------------------------------------------------ checks
    def validate(self):
        """Raise InputError (naming the field: "a", "spread", "table", ...) when the settings
        cannot work; return self."""
        if self.function not in FUNCTIONS:
            raise InputError(tr("unknown function '{}'; use one of {}")
                             .format(self.function, ", ".join(FUNCTIONS)), "function")
        if self.unknown_score is not None and not 0 <= self.unknown_score <= 1:
            raise InputError(tr("the score for unknown cells must lie between 0 and 1"),
                             "unknown_score")
        if self.function in CONTROL_POINT_FUNCTIONS:
            self._validate_control_points()
        elif self.function in MIDPOINT_FUNCTIONS:
            self._validate_midpoint()
        else:
            self._validate_table()
        return self

    def _validate_control_points(self):
        if self.direction not in DIRECTIONS:
            raise InputError(tr("unknown direction '{}'; use one of {}")
                             .format(self.direction, ", ".join(DIRECTIONS)), "direction")
        needed = {"increasing": "ab", "decreasing": "cd", "symmetric": "abcd"}[self.direction]
        for name in needed:
            value = getattr(self, name)
            if value is None or not math.isfinite(value):
                raise InputError(tr("the {} function with direction '{}' needs control point {}")
                                 .format(self.function, self.direction, name.upper()),
                                 name)
        points = [getattr(self, n) for n in needed]
        if any(p > q for p, q in zip(points, points[1:])):
            raise InputError(tr("control points must be in order {}; got {}").format(
                " <= ".join(n.upper() for n in needed),
                ", ".join(f"{n.upper()}={getattr(self, n):g}" for n in needed)),
                needed[0])
        for lo, hi in (("a", "b"), ("c", "d")):
            if lo in needed and getattr(self, lo) == getattr(self, hi):
                raise InputError(tr("{} and {} are equal, so the function would be a step; "
                                    "make them differ, or use FUNCTION=table with "
                                    "TABLE_MODE=exact for crisp classes")
                                 .format(lo.upper(), hi.upper()), hi)

    def _validate_midpoint(self):
        if self.midpoint is None or not math.isfinite(self.midpoint):
            raise InputError(tr("the {} function needs MIDPOINT").format(self.function),
                             "midpoint")
        if self.spread is None or not math.isfinite(self.spread) or self.spread <= 0:
            raise InputError(tr("the {} function needs a SPREAD above 0").format(self.function),
                             "spread")
        if self.function in ("large", "small") and self.midpoint <= 0:
            raise InputError(tr("the {} function divides by MIDPOINT; it must be above 0")
                             .format(self.function), "midpoint")

    def _validate_table(self):
        if self.table_mode not in TABLE_MODES:
            raise InputError(tr("unknown table mode '{}'; use one of {}")
                             .format(self.table_mode, ", ".join(TABLE_MODES)), "table_mode")
        if not self.table:
            raise InputError(tr("the table function needs at least one value,score pair"),
                             "table")
        values = [v for v, _ in self.table]
        if any(not 0 <= s <= 1 for _, s in self.table):
            raise InputError(tr("every score in the table must lie between 0 and 1"), "table")
        if len(set(values)) != len(values):
            raise InputError(tr("a value appears twice in the table"), "table")

    # ------------------------------------------------------------------ maths
    def apply(self, values, valid=None):
        """Scores (float32, NaN = unknown) for ``values`` (NaN = NoData); ``valid`` marks cells
        with data. Every function maps NaN to NaN, so NoData needs no mask of its own: the
        block is transformed in place where it can be (a few passes over memory per block)."""
        x = np.asarray(values, dtype=F32)
        with np.errstate(divide="ignore", invalid="ignore", over="ignore"):
            score = np.asarray(getattr(self, "_" + self.function)(x), dtype=F32)
        if score is x or np.shares_memory(score, x):
            score = score.copy()
        clip01(score, out=score)
        if valid is not None:
            score[~valid] = np.nan
        if self.unknown_score is not None:
            score[np.isnan(score)] = F32(self.unknown_score)
        return score

    def _limbs(self, x, rising, falling):
        """Combine a rising limb (a->b) and a falling limb (c->d) by direction."""
        if self.direction == "increasing":
            return rising(x)
        if self.direction == "decreasing":
            return falling(x)
        return np.minimum(rising(x), falling(x))

    def _linear(self, x):
        a, b, c, d = (F32(v) if v is not None else None for v in (self.a, self.b, self.c, self.d))

        def rising(v):                       # (v - a) / (b - a), one temporary
            out = np.subtract(v, a)
            out *= F32(1) / (b - a)
            return out

        def falling(v):                      # (d - v) / (d - c)
            out = np.subtract(d, v)
            out *= F32(1) / (d - c)
            return out
        return self._limbs(x, rising, falling)

    def _sigmoid(self, x):
        half_pi = F32(math.pi / 2)
        a, b, c, d = (F32(v) if v is not None else None for v in (self.a, self.b, self.c, self.d))

        def rising(v):
            t = np.clip((v - a) / (b - a), 0, 1)
            return np.cos((F32(1) - t) * half_pi) ** 2

        def falling(v):
            t = np.clip((v - c) / (d - c), 0, 1)
            return np.cos(t * half_pi) ** 2

        return self._limbs(x, rising, falling)

    def _jshaped(self, x):
        a, b, c, d = (F32(v) if v is not None else None for v in (self.a, self.b, self.c, self.d))

        def rising(v):
            return np.where(v >= b, F32(1), F32(1) / (F32(1) + ((v - b) / (b - a)) ** 2))

        def falling(v):
            return np.where(v <= c, F32(1), F32(1) / (F32(1) + ((v - c) / (d - c)) ** 2))

        return self._limbs(x, rising, falling)

    def _large(self, x):
        ratio = np.maximum(x / F32(self.midpoint), F32(0))
        return F32(1) / (F32(1) + ratio ** F32(-self.spread))

    def _small(self, x):
        ratio = np.maximum(x / F32(self.midpoint), F32(0))
        return F32(1) / (F32(1) + ratio ** F32(self.spread))

    def _gaussian(self, x):
        return np.exp(F32(-self.spread) * (x - F32(self.midpoint)) ** 2)

    def _near(self, x):
        return F32(1) / (F32(1) + F32(self.spread) * (x - F32(self.midpoint)) ** 2)

    def _table(self, x):
        pairs = sorted(self.table)
        keys = np.array([v for v, _ in pairs], dtype=np.float64)
        scores = np.array([s for _, s in pairs], dtype=F32)
        if self.table_mode == "interpolate":
            return np.interp(x, keys, scores).astype(F32)
        x64 = x.astype(np.float64)
        idx = np.clip(np.searchsorted(keys, x64), 0, len(keys) - 1)
        hit = keys[idx] == x64
        return np.where(hit, scores[idx], F32(np.nan))

    # ------------------------------------------------------------------ text
    def describe(self):
        """One line with the formula and parameters, for provenance and logs."""
        if self.function in MIDPOINT_FUNCTIONS:
            formula = {"large": "1/(1+(x/m)^-s)", "small": "1/(1+(x/m)^s)",
                       "gaussian": "exp(-s(x-m)^2)", "near": "1/(1+s(x-m)^2)"}[self.function]
            return f"{self.function}: {formula}, m={self.midpoint:g}, s={self.spread:g}"
        if self.function == "table":
            pairs = ", ".join(f"{v:g}:{s:g}" for v, s in sorted(self.table))
            return f"table ({self.table_mode}): {pairs}"
        used = {"increasing": "ab", "decreasing": "cd", "symmetric": "abcd"}[self.direction]
        points = ", ".join(f"{n}={getattr(self, n):g}" for n in used)
        return f"{self.function} {self.direction}: {points}"

    def as_dict(self):
        out = {k: v for k, v in asdict(self).items() if v is not None and v != ()}
        if self.table:
            out["table"] = [list(p) for p in self.table]
        return out


def parse_specs(text, count):
    """Per-criterion standardisations from one line, for standardising inside a combination:
    entries separated by ';', one per criterion (fewer entries: the rest are scores already).

    An entry is empty (the raster is a 0-1 score already), ``FUNCTION,DIRECTION,A,B,C,D`` for
    linear / sigmoid / jshaped (unused control points may be left empty: ``linear,decreasing,,,
    500,5000``) or ``FUNCTION,MIDPOINT,SPREAD`` for large / small / gaussian / near. Returns a
    list of Standardization or None (no standardisation), ``count`` long. Decimal commas
    cannot be used here: ',' separates the parts of an entry and ';' the entries; write
    decimals with '.' (the help and the error say so)."""
    entries = [e.strip() for e in (text or "").split(";")]
    while entries and not entries[-1]:
        entries.pop()
    if len(entries) > count:
        raise InputError(tr("{} standardisations for {} criteria; give at most one per "
                            "criterion, separated by ';'").format(len(entries), count))
    specs = []
    for n, entry in enumerate(entries, 1):
        if not entry:
            specs.append(None)
            continue
        parts = [p.strip() for p in entry.split(",")]
        function = parts[0].lower()
        while len(parts) > 1 and not parts[-1]:
            parts.pop()
        most = 6 if function in CONTROL_POINT_FUNCTIONS else 3
        if function in CONTROL_POINT_FUNCTIONS + MIDPOINT_FUNCTIONS and len(parts) > most:
            raise InputError(tr("criterion {} ('{}'): {} parts where {} has at most {}; ',' "
                                "separates the parts, so decimals need a point here (0.5, "
                                "not 0,5)").format(
                n, entry, len(parts), "FUNCTION,DIRECTION,A,B,C,D"
                if most == 6 else "FUNCTION,MIDPOINT,SPREAD", most))

        def number(text):
            return None if text == "" else parse_number(text)
        try:
            if function in CONTROL_POINT_FUNCTIONS:
                a, b, c, d = (number(p) for p in (parts[2:] + ["", "", "", ""])[:4])
                spec = Standardization(function, parts[1].lower() if len(parts) > 1 else "",
                                       a, b, c, d)
            elif function in MIDPOINT_FUNCTIONS:
                midpoint, spread = (number(p) for p in (parts[1:] + ["", ""])[:2])
                spec = Standardization(function, midpoint=midpoint, spread=spread)
            else:
                raise InputError(tr("unknown function '{}'; use one of {}").format(
                    function, ", ".join(CONTROL_POINT_FUNCTIONS + MIDPOINT_FUNCTIONS)))
            specs.append(spec.validate())
        except InputError as err:
            raise InputError(tr("criterion {} ('{}'): {}").format(n, entry, err)) from None
    return specs + [None] * (count - len(specs))
