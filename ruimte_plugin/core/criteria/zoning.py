"""Environmental zoning: VNG "Bedrijven en milieuzonering" (2009) guide distances.

The guide distance (richtafstand) of an environmental category is the distance from the
business's category boundary to the façade of a sensitive object (a house). In a "gemengd
gebied" the distance of one step lower applies. Table: VNG (2009), Tabel 1 (key "VNG 2009" in
docs/references.md; the mapping and 3.2/gemengd = 50 m were checked against published copies,
the rest of the row is the standard VNG table).

On the grid the distance is measured between cell centres (the house's cell and the candidate
cell), so the rule holds to within about half a cell.
"""

from dataclasses import dataclass
import re

import numpy as np

from ..errors import InputError
from ..i18n import tr
from ..unit_interval import clip01

CATEGORIES = ("1", "2", "3.1", "3.2", "4.1", "4.2", "5.1", "5.2", "5.3", "6")
AREA_TYPES = ("rustige_woonwijk", "gemengd_gebied")
GUIDE_DISTANCES = {
    "rustige_woonwijk": (10, 30, 50, 100, 200, 300, 500, 700, 1000, 1500),
    "gemengd_gebied": (0, 10, 30, 50, 100, 200, 300, 500, 700, 1000),
}
#: The score rises linearly from 0 at the guide distance to 1 at this multiple of it
#: (assumption: twice the guide distance leaves room for growth and for a higher category).
DEFAULT_SCORE_MULTIPLE = 2.0
SOURCE = 'VNG, "Bedrijven en milieuzonering" (2009), Tabel 1'

F32 = np.float32


def category_rank(value):
    """Position of a VNG category in CATEGORIES (1 < 2 < 3.1 < ... < 6) from a value as found in
    data: '4.2', '4,2', 'cat. 4.2', 4.2; None when empty; InputError when unreadable."""
    if value is None or str(value).strip() == "":
        return None
    match = re.search(r"(\d)(?:[.,](\d))?", str(value))
    text = "" if not match else match.group(1) + (f".{match.group(2)}" if match.group(2) else "")
    if text.endswith(".0"):
        text = text[:-2]
    if text not in CATEGORIES:
        raise InputError(tr("'{}' is not an environmental category (1, 2, 3.1 ... 6)")
                         .format(value))
    return CATEGORIES.index(text)


def guide_distance(category, area_type):
    """Guide distance in metres for a VNG category ('4.2') and area type."""
    category = str(category).strip().replace(",", ".")
    if category not in CATEGORIES:
        raise InputError(tr("unknown environmental category '{}'; use one of {}")
                         .format(category, ", ".join(CATEGORIES)), "category")
    if area_type not in GUIDE_DISTANCES:
        raise InputError(tr("unknown area type '{}'; use one of {}")
                         .format(area_type, ", ".join(AREA_TYPES)), "area_type")
    return float(GUIDE_DISTANCES[area_type][CATEGORIES.index(category)])


@dataclass(frozen=True)
class ZoningRule:
    category: str
    area_type: str = "rustige_woonwijk"
    score_multiple: float = DEFAULT_SCORE_MULTIPLE

    def validate(self):
        guide_distance(self.category, self.area_type)
        if not self.score_multiple >= 1:
            raise InputError(tr("the score multiple must be 1 or more (1 = a step at the guide "
                                "distance)"), "score_multiple")
        return self

    @property
    def guide(self):
        return guide_distance(self.category, self.area_type)

    @property
    def full_score_distance(self):
        return self.guide * self.score_multiple

    def constraint(self, distance):
        """1 where the distance is at least the guide distance, 0 inside it (NaN stays NaN)."""
        d = np.asarray(distance, dtype=F32)
        out = (d >= F32(self.guide)).astype(F32)
        out[np.isnan(d)] = np.nan
        return out

    def score(self, distance):
        """0 inside the guide distance, linear to 1 at score_multiple x the guide distance."""
        d = np.asarray(distance, dtype=F32)
        g, full = F32(self.guide), F32(self.full_score_distance)
        if full <= g:
            out = (d >= g).astype(F32)
        else:
            out = clip01((d - g) / (full - g))
            out[d < g] = F32(0)
        out[np.isnan(d)] = np.nan
        return out

    def reason(self, distance):
        """A planner's sentence for one site, e.g. for exclusion reports."""
        verdict = "<" if distance < self.guide else ">="
        return tr("distance to houses {:.0f} m {} {:.0f} m ({}, category {}, {})").format(
            distance, verdict, self.guide, SOURCE, self.category,
            self.area_type.replace("_", " "))
