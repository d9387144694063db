"""The programme of strategic programming: demand for business land as claims (hectares per
company profile, in priority tiers, optionally per region), read from a table.

A **claim** is one programme row: a profile, its demand in ha, a priority tier (1 first, e.g.
autonomous growth before the additional demand of the transitions) and optionally a region.
Numbers may be typed with a decimal comma ("0,5") or as a fraction (core.numbers)."""

from dataclasses import dataclass
import math

from .errors import InputError
from .i18n import tr
from .numbers import parse_number

#: hectares closer than this are equal (demand, plots, what a site still holds)
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


#: programme columns and the names accepted for them (English, Dutch), case-insensitive
COLUMNS = {"profile": ("profile", "profiel"),
           "demand_ha": ("demand_ha", "vraag_ha", "demand", "vraag"),
           "tier": ("tier", "prioriteit", "priority"),
           "region": ("region", "regio")}


def programme_columns(names, required=("profile", "demand_ha")):
    """{column: the table's name for it or None} for a table with field ``names``; an
    InputError when a ``required`` column is missing."""
    lower = {str(n).lower(): n for n in names}
    found = {key: next((lower[a] for a in aliases if a in lower), None)
             for key, aliases in COLUMNS.items()}
    for key in required:
        if found[key] is None:
            raise InputError(tr("the programme has no column '{}' (also accepted: {}); its "
                                "columns are: {}").format(key, ", ".join(COLUMNS[key][1:]),
                                                          ", ".join(map(str, names)) or "-"))
    return found


def parse_programme(rows):
    """Claims (plot size 0, set later from the profile) from rows {column: value} keyed as
    COLUMNS; rows without a profile and a demand are skipped as blank."""
    claims = []
    for n, row in enumerate(rows, 1):
        values = {k: (None if v is None or str(v).strip() in ("", "NULL") else v)
                  for k, v in row.items()}
        if values.get("profile") is None and values.get("demand_ha") is None:
            continue
        if values.get("profile") is None:
            raise InputError(tr("programme row {}: no profile").format(n))
        try:
            demand = parse_number(values.get("demand_ha"))
        except (TypeError, ValueError):
            raise InputError(tr("programme row {} ({}): the demand '{}' is not a number of "
                                "hectares").format(n, values["profile"],
                                                   values.get("demand_ha"))) from None
        tier = values.get("tier")
        try:
            tier = 1 if tier is None else parse_number(tier)
            if tier != int(tier) or tier < 1:
                raise ValueError
        except (TypeError, ValueError):
            raise InputError(tr("programme row {} ({}): the tier '{}' must be a whole number, 1 "
                                "or more (1 first)").format(n, values["profile"],
                                                            values.get("tier"))) from None
        region = values.get("region")
        claims.append(Claim(str(values["profile"]).strip(), demand, int(tier),
                            None if region is None else str(region).strip()))
    if not claims:
        raise InputError(tr("the programme has no rows; give at least one profile with a demand "
                            "in ha"))
    return claims


def check_claims(claims):
    """The claims, or an InputError for a demand that is not a number of hectares above 0."""
    for j, c in enumerate(claims, 1):
        if not (math.isfinite(c.demand_ha) and c.demand_ha > 0):
            raise InputError(tr("programme row {} ({}): the demand must be a number of hectares "
                                "above 0, not {}").format(j, c.profile, c.demand_ha))
    return claims
