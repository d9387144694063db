"""Hard rules of a company profile checked on a site polygon, in vector space, with the measured
value, the threshold and the source in one sentence each. The usable area is what is left of the
site outside every exclusion; a site is excluded when that is less than the profile needs.

Rules:
* protected land (Natura 2000, NNN, UNESCO core zones): the overlap is excluded;
* VNG guide distance (zoning.py): the part of the site closer to a house than the guide distance
  is excluded; the sentence gives the shortest distance;
* grid status 3 for a need above 0.173 MVA (grid_capacity.py): the part in such areas is excluded;
* area: usable area below the profile's minimum.
"""

from .criteria.grid_capacity import MS_THRESHOLD_MVA
from .i18n import tr
from .sites import RuleCheck, SiteVerdict, near_geoms, near_points, nearest_distance


def status_words():
    """The capacity map's status codes in words (translated when called, not at import)."""
    return {0: tr("groen: capacity"), 1: tr("geel: limited"), 2: tr("oranje: queue, under study"),
            3: tr("rood: shortage with a queue")}


def _union(geoms):
    from shapely.ops import unary_union
    return unary_union(list(geoms)) if geoms else None


def check_site(geom, min_ha=None, profile_name="", protected=(), zoning=None, houses=None,
               grid=None, grid_areas=(), direction="afname"):
    """SiteVerdict for one site.

    protected: [(layer name, [geoms])]; zoning: ZoningRule; houses: (points (n, 2), [geoms]);
    grid: GridCapacityRule; grid_areas: [(geom, status 0..3 or -1, name)]."""
    from shapely.geometry import Point

    area_ha = geom.area / 1e4
    checks, excluded_parts = [], []
    for name, geoms in protected:
        near = near_geoms(geom, geoms)
        if not near:
            continue
        part = geom.intersection(_union(near))
        ha = part.area / 1e4
        if ha > 0:
            checks.append(RuleCheck("protected", tr(
                "overlaps {} by {:.1f} ha ({:.0f} % of the site): protected land is a hard "
                "exclusion (Natura 2000: Omgevingswet; NNN: provincial rules)").format(
                    name, ha, 100 * ha / area_ha)))
            excluded_parts.append(part)
    if zoning is not None and houses is not None and zoning.guide > 0:
        points, others = houses
        distance = nearest_distance(geom, points, others, search=zoning.guide)
        if distance < zoning.guide:
            g = zoning.guide
            zone = _union([Point(x, y).buffer(g, 32) for x, y in near_points(geom, points, g)] +
                          [o.buffer(g, 32) for o in near_geoms(geom, others, g)])
            part = geom.intersection(zone)
            excluded_parts.append(part)
            checks.append(RuleCheck("zoning", tr("{}: {:.1f} ha of the site lies within it")
                                    .format(zoning.reason(distance), part.area / 1e4)))
    if grid is not None and grid.affected:
        for area, status, name in grid_areas:
            if status != 3 or not area.intersects(geom):
                continue
            part = geom.intersection(area)
            excluded_parts.append(part)
            checks.append(RuleCheck("grid", tr(
                "grid status 3 ({}) for {} in '{}': a need of {:g} MVA (above {} MVA) cannot be "
                "connected now (capaciteitskaart): {:.1f} ha of the site").format(
                    status_words()[3], direction, name, grid.required_mva, MS_THRESHOLD_MVA,
                    part.area / 1e4)))
    usable = geom.difference(_union(excluded_parts)) if excluded_parts else geom
    usable_ha = usable.area / 1e4
    verdict = SiteVerdict(area_ha=area_ha, usable_ha=usable_ha, checks=checks)
    if min_ha is not None and usable_ha < min_ha:
        if usable_ha == area_ha:
            text = tr("site {:.1f} ha < {:g} ha needed ({})").format(usable_ha, min_ha,
                                                                    profile_name)
        else:
            text = tr("usable area {:.1f} ha (of {:.1f} ha) < {:g} ha needed ({})").format(
                usable_ha, area_ha, min_ha, profile_name)
        verdict.checks.append(RuleCheck("area", text, blocking=True))
    verdict.excluded = usable_ha <= 0 or (min_ha is not None and usable_ha < min_ha)
    for check in verdict.checks:
        if check.rule != "area" and usable_ha <= 0:
            check.blocking = True
    return verdict
