"""Existing business parks: densify, relocate, mixed edge (IPO position paper Ruimte voor
economie, theme 3: use the existing stock of business parks better first).

Densify: a park's built intensity is its building footprint (or floor area) per hectare of net
(issued and issuable) area. Built at a TARGET intensity the same buildings would need
built / target hectares; the rest of the net area is what the park would free:
freed_ha = max(0, net_ha - built_ha / target). The default target, a footprint share of 0.6, is
an assumption: Dutch zoning plans for business parks commonly allow a building coverage
(bebouwingspercentage) of 60-80 %; there is no national norm.

Relocate: the provinces keep HMC and water-bound plots for the firms that need them and want
firms that could be elsewhere moved out (uitplaatsing). A firm on an HMC park (maximum category
HMC_FROM or more, see core.park_fit) whose own category is below HMC_FROM, or on a water-bound
park while it does not need water, is a relocation candidate. It could go to a park that is not
scarce (known not HMC, known not water-bound) whose maximum category admits the firm's, with free
area for its plot, within a distance; the nearest are named.

Mixed edge: business parks are in principle for category 3.1 and up; mixing with housing is
possible at park edges that border residential areas. The edge is the part of a park within the
VNG guide distance of category 3.1 from houses in a quiet residential area (50 m; VNG, Bedrijven
en milieuzonering, 2009): there only categories up to 2 fit without a larger distance.

Geometries are shapely objects in one projected CRS (metres); areas are returned in hectares.
Whatever cannot be assessed for lack of data is None (or named in a not-assessed list), never 0.
"""

from dataclasses import dataclass, field
import math

from .bbox import overlapping_boxes
from .criteria.zoning import CATEGORIES, category_rank, guide_distance
from .errors import InputError
from .i18n import tr
from .park_fit import DEFAULT_HMC_FROM

#: Footprint share a park could be built at (assumption: a common maximum building coverage in
#: Dutch zoning plans for business parks is 60-80 %; no national norm).
DEFAULT_TARGET_INTENSITY = 0.6
#: Relocation within the region (assumption).
DEFAULT_MAX_DISTANCE_M = 15000.0
#: Parks named per relocation candidate.
MAX_DESTINATIONS = 3
#: The edge zone: the guide distance of this category in a quiet residential area (VNG 2009).
EDGE_CATEGORY = "3.1"
EDGE_AREA_TYPE = "rustige_woonwijk"
#: New business parks in principle only for this category and up (IPO position paper).
NEW_PARK_FROM = "3.1"
BUFFER_RESOLUTION = 16          # segments per quarter circle (shapely's default)

__all__ = ["DEFAULT_HMC_FROM", "DEFAULT_TARGET_INTENSITY", "DEFAULT_MAX_DISTANCE_M",
           "Densification", "densify", "free_area", "default_edge_distance", "new_park_advice",
           "covered_ha", "summed_values", "edge_zones", "Park", "Firm", "Relocation",
           "relocations"]


def default_edge_distance():
    """The edge zone's width in metres: VNG guide distance of category 3.1 in a quiet residential
    area (50 m)."""
    return guide_distance(EDGE_CATEGORY, EDGE_AREA_TYPE)


def new_park_advice(category):
    """'' when a firm of VNG ``category`` may go on a new business park; otherwise the advice
    that it belongs in a mixed urban area (IPO position paper Ruimte voor economie: business
    parks in principle for category 3.1 and up). An unknown (empty) category gives ''."""
    rank = category_rank(category)
    if rank is None or rank >= category_rank(NEW_PARK_FROM):
        return ""
    return tr("category {} belongs in a mixed urban area (IPO position paper: business parks in "
              "principle for category 3.1 and up), not on a new business park"
              ).format(CATEGORIES[rank])


@dataclass
class Densification:
    net_ha: float
    built_ha: float = None          # footprint (or floor area) in ha; None: not assessed
    target: float = DEFAULT_TARGET_INTENSITY
    intensity: float = None         # built_ha / net_ha
    needed_ha: float = None         # built_ha / target: net area at the target intensity
    freed_ha: float = None          # max(0, net_ha - needed_ha)


def densify(net_ha, built_ha, target=DEFAULT_TARGET_INTENSITY):
    """Densification of one park. 10 ha net with 4 ha footprint at target 0.6: intensity 0.4,
    needed 4 / 0.6 = 6.67 ha, freed 10 - 6.67 = 3.33 ha."""
    if not (target is not None and target > 0 and math.isfinite(target)):
        raise InputError(tr("the target intensity must be above 0"), "target")
    result = Densification(net_ha, built_ha, target)
    if built_ha is None or net_ha is None:
        return result
    result.needed_ha = built_ha / target
    result.freed_ha = max(0.0, net_ha - result.needed_ha)
    result.intensity = built_ha / net_ha if net_ha > 0 else None
    return result


def free_area(issuable_ha, freed_ha):
    """Room a park has for a relocated firm (ha): the larger of its issuable area and what
    densification would free; None when neither is known. Not their sum: the net area includes
    the issuable land, which has no buildings, so freed_ha already counts it."""
    known = [v for v in (issuable_ha, freed_ha) if v is not None]
    return max(known) if known else None


def _near(parks, shapes, pad=0.0):
    """{park index: [shape indices]} whose bounding boxes meet (the park's grown by pad)."""
    near = {}
    if not len(shapes):
        return near
    for i, j in overlapping_boxes([p.bounds for p in parks], [s.bounds for s in shapes], pad):
        near.setdefault(i, []).append(j)
    return near


def covered_ha(parks, shapes):
    """Per park (shapely polygons), the hectares of it covered by ``shapes`` (building
    footprints): the union of the footprints that meet the park, intersected with the park, so
    that a building on two parks counts on each for its own part and overlapping footprints
    once. A park without any footprint counts as unbuilt (0) only when it lies inside the extent
    of the footprints; beyond it the layer does not cover the park (a partial BAG extract), and
    the park is not assessed (None) rather than counted as wholly free."""
    from shapely.ops import unary_union
    near = _near(parks, shapes)
    cover = _bounds(shapes)
    out = []
    for i, park in enumerate(parks):
        pieces = [shapes[j] for j in near.get(i, [])]
        if pieces:
            out.append(park.intersection(unary_union(pieces)).area / 1e4)
        else:       # unbuilt inside the footprints' extent; beyond it the layer says nothing
            out.append(0.0 if _within(park.bounds, cover) else None)
    return out


def _bounds(shapes):
    """(minx, miny, maxx, maxy) around ``shapes`` (shapely), or None when there are none."""
    if not shapes:
        return None
    boxes = [s.bounds for s in shapes]
    return (min(b[0] for b in boxes), min(b[1] for b in boxes), max(b[2] for b in boxes),
            max(b[3] for b in boxes))


def _within(box, cover):
    return cover is not None and box[0] >= cover[0] and box[1] >= cover[1] and \
        box[2] <= cover[2] and box[3] <= cover[3]


def summed_values(parks, points, values):
    """Per park, the sum of ``values`` (e.g. floor area in m2) of the ``points`` (shapely) that
    lie in it (on its boundary counts); values that are None are left out and counted.
    Returns (sums, counts of points without a value per park)."""
    near = _near(parks, points)
    sums, missing = [], []
    for i, park in enumerate(parks):
        total, unknown = 0.0, 0
        for j in near.get(i, []):
            if park.intersects(points[j]):
                if values[j] is None:
                    unknown += 1
                else:
                    total += float(values[j])
        sums.append(total)
        missing.append(unknown)
    return sums, missing


def edge_zones(parks, houses, distance, points=None):
    """Per park, the part of it within ``distance`` m of any of ``houses`` (shapely points or
    polygons) or ``points`` (an (n, 2) array of house coordinates): the union of the houses'
    buffers intersected with the park (an empty geometry when no house is that close). Only
    the points near a park become shapely objects, so a province of houses stays cheap."""
    import numpy as np
    from shapely.geometry import Point, Polygon
    from shapely.ops import unary_union
    near = _near(parks, houses, distance)
    xy = np.empty((0, 2)) if points is None else np.asarray(points, np.float64).reshape(-1, 2)
    near_xy = {}
    if len(xy) and len(parks):
        for i, k in overlapping_boxes([p.bounds for p in parks], np.column_stack([xy, xy]),
                                      distance):
            near_xy.setdefault(i, []).append(k)
    out = []
    for i, park in enumerate(parks):
        candidates = [houses[j] for j in near.get(i, [])] + \
            [Point(*xy[k]) for k in near_xy.get(i, [])]
        close = [h for h in candidates if h.distance(park) <= distance]
        if not close:
            out.append(Polygon())
            continue
        zone = unary_union([h.buffer(distance, BUFFER_RESOLUTION) for h in close])
        out.append(polygonal(park.intersection(zone)))
    return out


def polygonal(geom):
    """The polygon parts of an intersection (lines and points where shapes only touch
    dropped), as a Polygon or MultiPolygon (empty when none)."""
    from shapely.geometry import MultiPolygon, Polygon
    if geom.geom_type in ("Polygon", "MultiPolygon"):
        return geom
    parts = [g for g in getattr(geom, "geoms", []) if g.geom_type == "Polygon" and not g.is_empty]
    parts += [p for g in getattr(geom, "geoms", []) if g.geom_type == "MultiPolygon"
              for p in g.geoms]
    return MultiPolygon(parts) if parts else Polygon()


@dataclass
class Park:
    name: str
    geometry: object                # shapely polygon
    category_rank: int = None       # maximum category (zoning.category_rank); None: unknown
    water: bool = None              # water access; None: unknown
    free_ha: float = None           # issuable area plus what densification frees; None: unknown

    def hmc(self, hmc_rank):
        return None if self.category_rank is None else self.category_rank >= hmc_rank


@dataclass
class Firm:
    ident: str
    geometry: object                # shapely point or polygon
    category_rank: int = None
    needs_water: bool = None
    plot_ha: float = None


@dataclass
class Relocation:
    firm: Firm
    park: int                       # index of the park the firm is on
    reasons: list = field(default_factory=list)
    destinations: list = field(default_factory=list)     # [(park name, km)], nearest first
    not_assessed: list = field(default_factory=list)

    @property
    def nearest_km(self):
        return self.destinations[0][1] if self.destinations else None


@dataclass
class ParkRelocation:
    """Per park: the candidates on it and the firms whose checks were not possible."""
    count: int = 0
    hectares: float = 0.0
    plots_unknown: int = 0
    not_assessed: dict = field(default_factory=dict)      # reason -> firms


def firm_park(firm, parks, near):
    """Index of the park ``firm`` (shapely) lies on: the park holding a point firm, or the park
    sharing most area with a polygon firm; None when it is on no park."""
    best, best_area = None, 0.0
    for i in near:
        if firm.geom_type in ("Point", "MultiPoint"):
            if parks[i].intersects(firm):
                return i
            continue
        shared = parks[i].intersection(firm).area
        if shared > best_area:
            best, best_area = i, shared
    return best


def _check(firm, park, hmc_rank, hmc_from):
    """(reasons to relocate, checks not assessed) of a firm on a park."""
    reasons, unknown = [], []
    hmc = park.hmc(hmc_rank)
    if hmc is None:
        unknown.append(tr("park category unknown"))
    elif hmc:
        if firm.category_rank is None:
            unknown.append(tr("firm category unknown"))
        elif firm.category_rank < hmc_rank:
            reasons.append(tr("category {} on an HMC park (maximum category {}; HMC from {})")
                           .format(CATEGORIES[firm.category_rank],
                                   CATEGORIES[park.category_rank], hmc_from))
    if park.water is None:
        unknown.append(tr("park water access unknown"))
    elif park.water:
        if firm.needs_water is None:
            unknown.append(tr("firm's water need unknown"))
        elif not firm.needs_water:
            reasons.append(tr("does not need water, on a water-bound park"))
    return reasons, unknown


def _destinations(candidate, parks, hmc_rank, max_distance_m):
    """Fills candidate.destinations: parks that are not scarce, admit the firm's category and
    have room for its plot, within max_distance_m, nearest first."""
    firm = candidate.firm
    found, unknown = [], 0
    if firm.category_rank is None:
        candidate.not_assessed.append(tr("destinations: firm category unknown"))
        return
    if firm.plot_ha is None:
        candidate.not_assessed.append(tr("plot size unknown: free area not checked"))
    near = [j for _, j in overlapping_boxes([firm.geometry.bounds],
                                            [p.geometry.bounds for p in parks], max_distance_m)]
    for j in near:
        park = parks[j]
        if j == candidate.park:
            continue
        distance = firm.geometry.distance(park.geometry)
        if distance > max_distance_m:
            continue
        if park.category_rank is None or park.water is None:
            unknown += 1
            continue
        if park.category_rank >= hmc_rank or park.water or park.category_rank < firm.category_rank:
            continue
        if firm.plot_ha is not None:
            if park.free_ha is None:
                unknown += 1
                continue
            if park.free_ha < firm.plot_ha:
                continue
        found.append((distance, park.name))
    found.sort()
    candidate.destinations = [(name, distance / 1000.0)
                              for distance, name in found[:MAX_DESTINATIONS]]
    if unknown:
        candidate.not_assessed.append(
            tr("{} parks within reach not assessed (category, water access or free area "
               "unknown)").format(unknown))


def relocations(parks, firms, hmc_from=DEFAULT_HMC_FROM,
                max_distance_m=DEFAULT_MAX_DISTANCE_M):
    """Relocation candidates among ``firms`` (Firm) on ``parks`` (Park).

    Returns (candidates [Relocation], per park [ParkRelocation], firms on no park)."""
    if not (max_distance_m is not None and max_distance_m >= 0):
        raise InputError(tr("the distance must be 0 or more"), "max_distance_m")
    hmc_rank = category_rank(hmc_from)
    shapes = [p.geometry for p in parks]
    near = {}
    if firms and parks:
        for j, i in overlapping_boxes([f.geometry.bounds for f in firms],
                                      [s.bounds for s in shapes]):
            near.setdefault(j, []).append(i)
    per_park = [ParkRelocation() for _ in parks]
    candidates, off_park = [], 0
    for j, firm in enumerate(firms):
        i = firm_park(firm.geometry, shapes, near.get(j, []))
        if i is None:
            off_park += 1
            continue
        reasons, unknown = _check(firm, parks[i], hmc_rank, hmc_from)
        for reason in unknown:
            per_park[i].not_assessed[reason] = per_park[i].not_assessed.get(reason, 0) + 1
        if not reasons:
            continue
        candidate = Relocation(firm, i, reasons, not_assessed=list(unknown))
        _destinations(candidate, parks, hmc_rank, max_distance_m)
        candidates.append(candidate)
        per_park[i].count += 1
        if firm.plot_ha is None:
            per_park[i].plots_unknown += 1
        else:
            per_park[i].hectares += firm.plot_ha
    return candidates, per_park, off_park
