"""Candidate sites: zonal statistics of score rasters, hard-rule checks with measured values, the
sentences that explain them, and the ranking.

Zonal rule (as QGIS's zonal statistics, native:zonalstatisticsfb): a cell counts for a site when
its centre lies inside the polygon; NoData cells do not count. When at most one cell centre falls
inside (a site smaller than a cell or so), every cell the polygon touches counts, weighted by the
share of the cell the polygon covers (mean = sum of weight x value / sum of weights).
"""

from dataclasses import dataclass, field
import math

import numpy as np

from .grid import Window

F32 = np.float32


@dataclass
class ZonalResult:
    count: float = 0.0
    mean: float = float("nan")
    minimum: float = float("nan")
    maximum: float = float("nan")


def site_window(grid, bounds):
    """The grid window (clipped to the grid) that covers ``bounds``; None when outside."""
    x0, y0, x1, y1 = bounds
    c0 = max(0, int(math.floor((x0 - grid.x_min) / grid.res_x)))
    c1 = min(grid.width, int(math.ceil((x1 - grid.x_min) / grid.res_x)))
    r0 = max(0, int(math.floor((grid.y_max - y1) / grid.res_y)))
    r1 = min(grid.height, int(math.ceil((grid.y_max - y0) / grid.res_y)))
    if c1 <= c0 or r1 <= r0:
        return None
    return Window(r0, c0, r1 - r0, c1 - c0)


def cell_weights(grid, window, geom):
    """Weights of the cells of ``window`` for ``geom``: 1 for cells whose centre is inside;
    when that gives at most one cell, the covered share of every touched cell instead."""
    from rasterio import Affine
    from rasterio.features import rasterize

    transform = Affine(*grid.window_transform(window))
    shape = (window.height, window.width)
    centre = rasterize([(geom, 1)], out_shape=shape, transform=transform, fill=0,
                       dtype="uint8").astype(F32)
    if centre.sum() > 1:
        return centre
    return coverage(grid, window, geom)


def coverage(grid, window, geom):
    """Share of each cell of ``window`` that ``geom`` covers (exact polygon intersection)."""
    from rasterio import Affine
    from rasterio.features import rasterize
    from shapely.geometry import box

    transform = Affine(*grid.window_transform(window))
    touched = rasterize([(geom, 1)], out_shape=(window.height, window.width),
                        transform=transform, fill=0, dtype="uint8", all_touched=True)
    out = np.zeros(touched.shape, dtype=F32)
    x0, _, _, y1 = grid.window_bounds(window)
    for r, c in zip(*np.nonzero(touched)):
        cell = box(x0 + c * grid.res_x, y1 - (r + 1) * grid.res_y, x0 + (c + 1) * grid.res_x,
                   y1 - r * grid.res_y)
        out[r, c] = geom.intersection(cell).area / cell.area
    return out


def zonal(values, weights):
    """ZonalResult of a value block (NaN = NoData) under cell weights."""
    ok = (weights > 0) & np.isfinite(values)
    if not ok.any():
        return ZonalResult()
    w, v = weights[ok].astype(np.float64), values[ok].astype(np.float64)
    return ZonalResult(count=float(w.sum()), mean=float((w * v).sum() / w.sum()),
                       minimum=float(v.min()), maximum=float(v.max()))


# ------------------------------------------------------------------ hard rules, in vector space
@dataclass
class RuleCheck:
    """One hard rule that the site fails (fully or in part), in a planner's words."""

    rule: str
    text: str
    blocking: bool = False           # the whole site is ruled out by this rule alone


@dataclass
class SiteVerdict:
    area_ha: float
    usable_ha: float
    checks: list = field(default_factory=list)
    excluded: bool = False

    @property
    def reasons(self):
        return "; ".join(c.text for c in self.checks)


def nearest_distance(geom, points, geoms=(), search=None):
    """Shortest distance (m) from ``geom`` to any of ``points`` ((n, 2) array) or ``geoms``
    (shapely); only candidates whose bounding box lies within ``search`` m are measured.
    Returns inf when none is that close."""
    from shapely.geometry import Point

    best = math.inf
    x0, y0, x1, y1 = geom.bounds
    pad = math.inf if search is None else search
    if len(points):
        p = np.asarray(points)
        near = p[(p[:, 0] >= x0 - pad) & (p[:, 0] <= x1 + pad) &
                 (p[:, 1] >= y0 - pad) & (p[:, 1] <= y1 + pad)]
        for x, y in near:
            best = min(best, geom.distance(Point(x, y)))
    for other in geoms:
        bx0, by0, bx1, by1 = other.bounds
        if bx1 < x0 - pad or bx0 > x1 + pad or by1 < y0 - pad or by0 > y1 + pad:
            continue
        best = min(best, geom.distance(other))
    return best


def overlap_ha(geom, others):
    """Hectares of ``geom`` covered by the union of ``others`` (bounding boxes prefiltered)."""
    from shapely.ops import unary_union
    x0, y0, x1, y1 = geom.bounds
    near = [o for o in others if not (o.bounds[2] < x0 or o.bounds[0] > x1 or
                                      o.bounds[3] < y0 or o.bounds[1] > y1)]
    if not near:
        return 0.0
    return geom.intersection(unary_union(near)).area / 1e4


def rank(scores, excluded):
    """Ranks 1..n: sites that are not excluded first, by descending score; ties share the
    lower rank number ('competition ranking'). Excluded sites rank after all others."""
    order = sorted(range(len(scores)), key=lambda i: (bool(excluded[i]),
                                                      -(scores[i] if np.isfinite(scores[i])
                                                        else -1)))
    ranks = [0] * len(scores)
    previous, previous_rank = None, 0
    for position, i in enumerate(order, 1):
        key = (bool(excluded[i]), scores[i])
        ranks[i] = previous_rank if key == previous else position
        previous, previous_rank = key, ranks[i]
    return ranks


def zonal_rows(grid, geoms, readers, cancelled=None):
    """For each site: ({name: ZonalResult}, weights, window) over ``readers`` [(name,
    read(window))]; the cell weights follow the zonal rule of this module."""
    rows = []
    for geom in geoms:
        if cancelled is not None and cancelled():
            from .errors import Cancelled
            raise Cancelled()
        window = site_window(grid, geom.bounds)
        if window is None:
            rows.append(({}, None, None))
            continue
        weights = cell_weights(grid, window, geom)
        rows.append(({name: zonal(read(window), weights) for name, read in readers}, weights,
                     window))
    return rows
