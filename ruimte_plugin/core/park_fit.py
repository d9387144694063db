"""Right company, right place: which business parks fit a company profile, and which parks
should be kept for the firms that need their scarce qualities.

A park fits a profile when its largest issuable plot is at least the profile's minimum area, its
maximum environmental category admits the profile's category, and - for profiles that need water
(see needs_water) - it has water access. A water-bound park is kept for profiles that can use
water. Checks whose data are missing are reported as unknown, not passed.

Reservation (the provinces: keep HMC and water-bound plots for the firms that need them): a park
whose maximum category is at least HMC_FROM (default 4.1, an assumption: HMC has no national
definition; common practice is 4.1 or 4.2 and up) is an HMC park; a park with
water access is water-bound. A profile below HMC_FROM on an HMC park, or a profile without a
water need on a water-bound park, is flagged: it would take a scarce place.
"""

from dataclasses import dataclass, field
import re

from .criteria.zoning import CATEGORIES, category_rank
from .i18n import tr

DEFAULT_HMC_FROM = "4.1"
_TRUE = ("ja", "yes", "true", "1", "y", "j")
_FALSE = ("nee", "no", "false", "0", "geen", "n")


def water_access(value):
    """IBIS-like 'Waterontsluiting' -> True / False / None (unknown)."""
    if value is None:
        return None
    if isinstance(value, bool):
        return value
    text = str(value).strip().lower()
    if not text:
        return None
    first = re.split(r"[\s,;:.]+", text)[0]
    if first in _FALSE or "geen vaarwater" in text:
        return False
    if first in _TRUE or "kade" in text:
        return True
    return None


@dataclass
class ParkFacts:
    name: str
    area_ha: float = None           # largest issuable plot
    category_rank: int = None       # rank of the maximum category (zoning.category_rank)
    water: bool = None


@dataclass
class ParkVerdict:
    fits: bool = None               # None: no check failed, but some were unknown
    reasons: list = field(default_factory=list)
    hmc_park: bool = False
    water_park: bool = False
    reserve: list = field(default_factory=list)


def needs_water(profile):
    """A profile needs a quay when water is its only transport mode or one of several it needs
    all of (modes 'all'); with modes 'any' and road or rail as well, water is welcome, not
    required (as in the suitability map)."""
    if profile.water is None:
        return False
    return profile.modes == "all" or (profile.road is None and profile.rail is None)


def assess(park, profile, hmc_from=DEFAULT_HMC_FROM):
    """ParkVerdict of ``park`` (ParkFacts) for ``profile`` (core.profiles.Profile)."""
    verdict, unknown, failed = ParkVerdict(), [], False
    need_ha = profile.area_ha[0]
    if park.area_ha is None:
        unknown.append(tr("largest plot"))
    elif park.area_ha < need_ha:
        failed = True
        verdict.reasons.append(tr("largest plot {:.1f} ha < {:g} ha needed")
                               .format(park.area_ha, need_ha))
    own = category_rank(profile.category)
    if park.category_rank is None:
        unknown.append(tr("maximum category"))
    elif park.category_rank < own:
        failed = True
        verdict.reasons.append(tr("maximum category {} < {} needed (VNG 2009)")
                               .format(CATEGORIES[park.category_rank], profile.category))
    if needs_water(profile):
        if park.water is None:
            unknown.append(tr("water access"))
        elif not park.water:
            failed = True
            verdict.reasons.append(tr("no water access; the profile needs a fairway of CEMT {} "
                                      "or more").format(profile.water.min_cemt))
    hmc = category_rank(hmc_from)
    verdict.hmc_park = park.category_rank is not None and park.category_rank >= hmc
    verdict.water_park = bool(park.water)
    if verdict.hmc_park and own < hmc:
        verdict.reserve.append(tr("HMC park (maximum category {}): keep for firms of category "
                                  "{} and up; this profile is {}")
                               .format(CATEGORIES[park.category_rank], hmc_from,
                                       profile.category))
    if verdict.water_park and profile.water is None:
        verdict.reserve.append(tr("water-bound park: keep for firms that need a quay; this "
                                  "profile cannot use water"))
    if unknown:
        verdict.reasons.append(tr("unknown: {}").format(", ".join(unknown)))
    verdict.fits = False if failed else (None if unknown else True)
    return verdict
