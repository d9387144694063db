"""Electricity grid congestion (netcongestie) as a suitability score.

Status codes of the grid operators' capacity map (fields ``afname`` = offtake, ``opwek`` =
feed-in), taken from the capacity map's own renderer (Netbeheer Nederland capaciteitskaart):
  0 capacity available without queue (groen) · 1 limited, no queue (geel) ·
  2 under study, with queue (oranje) · 3 shortage, with queue (rood) · -1 not yet coloured.
Colour words (Dutch or English) are accepted for the codes.

Rule:
* a connection up to 0.173 MVA (> 3 x 250 A is a medium-voltage connection; Enexis)
  is hardly affected by congestion: score 1;
* above it, status 3 excludes (score 0), 2 and 1 are penalised, 0 is free (scores: parameters,
  defaults are assumptions);
* from LARGE_MVA (default 10 MVA, assumption) the need is served from the high-voltage grid, so
  the distance to the nearest HV substation also counts: a linear score from 1 within NEAR to 0
  beyond FAR (assumptions), multiplied with the status score.
Where polygons overlap, the worst (highest) status counts. Cells outside every polygon or with
status -1 are unknown: UNKNOWN_SCORE, or NoData.
"""

from dataclasses import dataclass
import math

import numpy as np

from ..errors import InputError
from ..i18n import tr
from ..unit_interval import clip01

MS_THRESHOLD_MVA = 0.173
DEFAULT_LARGE_MVA = 10.0
DEFAULT_STATUS_SCORES = (1.0, 0.7, 0.3, 0.0)        # status 0, 1, 2, 3 (assumption)
DEFAULT_NEAR_M = 2000.0                             # assumption
DEFAULT_FAR_M = 15000.0                             # assumption
STATUS_WORDS = {
    "groen": 0, "green": 0, "geel": 1, "yellow": 1, "oranje": 2, "orange": 2, "amber": 2,
    "rood": 3, "red": 3, "onbekend": -1, "unknown": -1, "": -1,
}

F32 = np.float32


def parse_status(value):
    """A status value from the capacity map -> 0..3, or -1 for unknown. InputError otherwise."""
    if value is None:
        return -1
    if isinstance(value, str):
        text = value.strip().lower()
        if text in STATUS_WORDS:
            return STATUS_WORDS[text]
        try:
            value = float(text.replace(",", "."))
        except ValueError:
            raise InputError(tr("unknown congestion status '{}'; use 0-3, -1 or one of "
                                "groen, geel, oranje, rood").format(value)) from None
    try:
        number = float(value)
    except (TypeError, ValueError):
        raise InputError(tr("unknown congestion status '{}'").format(value)) from None
    if math.isnan(number):
        return -1
    if number not in (-1, 0, 1, 2, 3):
        raise InputError(tr("unknown congestion status {:g}; the capacity map uses 0-3 and -1 "
                            "(not yet coloured)").format(number))
    return int(number)


@dataclass(frozen=True)
class GridCapacityRule:
    required_mva: float
    status_scores: tuple = DEFAULT_STATUS_SCORES
    unknown_score: float = None
    large_mva: float = DEFAULT_LARGE_MVA
    near_m: float = DEFAULT_NEAR_M
    far_m: float = DEFAULT_FAR_M

    def validate(self):
        if not self.required_mva >= 0:
            raise InputError(tr("the required capacity must be 0 MVA or more"), "required_mva")
        if len(self.status_scores) != 4 or any(not 0 <= s <= 1 for s in self.status_scores):
            raise InputError(tr("give four scores between 0 and 1, for status 0, 1, 2 and 3"),
                             "status_scores")
        if self.unknown_score is not None and not 0 <= self.unknown_score <= 1:
            raise InputError(tr("the score for unknown status must lie between 0 and 1"),
                             "unknown_score")
        if not 0 <= self.near_m < self.far_m:
            raise InputError(tr("the substation distances must satisfy 0 <= NEAR < FAR"),
                             "far_m")
        return self

    @property
    def affected(self):
        """Does congestion matter for this need (above the MS connection threshold)?"""
        return self.required_mva > MS_THRESHOLD_MVA

    @property
    def uses_substations(self):
        return self.required_mva >= self.large_mva

    def status_score(self, status):
        """Scores for a status block (float, NaN or -1 = unknown)."""
        s = np.asarray(status, dtype=F32)
        if not self.affected:
            return np.ones(s.shape, dtype=F32)
        out = np.full(s.shape, np.nan if self.unknown_score is None else self.unknown_score,
                      dtype=F32)
        for code, score in enumerate(self.status_scores):
            out[s == code] = F32(score)
        return out

    def constraint(self, status):
        """0 where status 3 rules the site out (need above the MS threshold), else 1."""
        s = np.asarray(status, dtype=F32)
        out = np.ones(s.shape, dtype=F32)
        if self.affected:
            out[s == 3] = F32(0)
        return out

    def substation_score(self, distance):
        d = np.asarray(distance, dtype=F32)
        return clip01((F32(self.far_m) - d) / F32(self.far_m - self.near_m))

    def score(self, status, distance=None):
        out = self.status_score(status)
        if self.uses_substations and distance is not None:
            out = out * self.substation_score(distance)
        return out
