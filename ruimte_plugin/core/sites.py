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

from .errors import Cancelled
from .grid import Window
from .parallel import ordered_map

F32 = np.float32

#: fields that name a site (first found, compared without case): ids of Ruimte's own outputs,
#: Dutch and English names, IBIS's business-park name (``bedrijvent``)
SITE_NAME_FIELDS = ("site_id", "naam", "name", "bedrijvent", "id")


def weakest_criterion(names, means, weights=None):
    """(name, loss) of the criterion that costs the site most: the largest weight x (1 - mean
    score); equal weights when ``weights`` is None. NaN means (no data) are skipped;
    (None, None) when no criterion has data. For WLC the losses add up to 1 - score."""
    w = np.ones(len(names)) if weights is None or len(weights) == 0 else \
        np.asarray(weights, dtype=np.float64)
    loss = w * (1.0 - np.asarray(means, dtype=np.float64))
    if np.all(np.isnan(loss)):
        return None, None
    k = int(np.nanargmax(loss))
    return names[k], float(loss[k])


def site_name_field(field_names):
    """The field (as spelled in ``field_names``) that names the sites, or None."""
    lower = {name.lower(): name for name in field_names}
    return next((lower[n] for n in SITE_NAME_FIELDS if n in lower), None)


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


def zonal_table(grid, geoms, readers, masks=(), cancelled=None, threads=1, block=512):
    """Zonal statistics of many sites over several rasters in one pass.

    ``readers``: [(name, read(window) -> float32 block, NaN = NoData)]; ``masks``: [(name,
    hit(window) -> bool block)]. Returns per site ({name: ZonalResult}, {mask name: share of the
    site's cells that the mask hits}). The zonal rule is the module's (cell centres inside; tiny
    sites by covered share).

    Method: the grid is streamed block by block (``threads`` workers); in each block the sites
    are burnt into a label image and every raster's cells are summed per label (numpy bincount),
    so each raster is read once, whatever the number of sites. A label image holds one site per
    cell, so sites whose bounding box overlaps another's, and sites with at most one cell centre
    inside, are measured one by one on their own window instead (same results, slower)."""
    from rasterio import Affine
    from rasterio.features import rasterize

    n = len(geoms)
    bounds = np.array([g.bounds for g in geoms], dtype=np.float64).reshape(-1, 4)
    alone = _without_bbox_overlap(bounds)
    index = np.flatnonzero(alone)
    k, m = len(readers), len(masks)
    cells = np.zeros(n + 1)
    sums, counts = np.zeros((k, n + 1)), np.zeros((k, n + 1))
    mins, maxs = np.full((k, n + 1), np.inf), np.full((k, n + 1), -np.inf)
    hits = np.zeros((m, n + 1))

    shapes = {}                  # GeoJSON-like mappings, converted once per site (rasterio
    buffer = {}                  # would convert the shapely object again in every block)

    def site_cells(window):
        """(window, label per site cell, flat index of the cell) with the labels grouped by
        site; None when no site has a cell centre in the block. Runs in the calling thread:
        rasterio's rasterize holds the GIL, so the workers read and reduce meanwhile."""
        x0, y0, x1, y1 = grid.window_bounds(window)
        b = bounds[index]
        chosen = index[(b[:, 0] <= x1) & (b[:, 2] >= x0) & (b[:, 1] <= y1) & (b[:, 3] >= y0)]
        if not chosen.size:
            return None
        size = window.height * window.width
        if buffer.get("labels") is None or buffer["labels"].size < size:
            buffer["labels"] = np.empty(size, dtype=np.int32)
        labels = buffer["labels"][:size]
        labels.fill(0)
        for i in chosen:
            if i not in shapes:
                shapes[i] = geoms[i].__geo_interface__
        rasterize(((shapes[i], i + 1) for i in chosen),
                  out=labels.reshape(window.height, window.width),
                  transform=Affine(*grid.window_transform(window)))
        flat = np.flatnonzero(labels)
        if not flat.size:
            return None
        lab = labels[flat]
        order = np.argsort(lab, kind="stable")        # cells grouped by site, for reduceat
        return window, lab[order], flat[order]

    def work(item):
        window, lab, flat = item
        starts = np.flatnonzero(np.r_[True, lab[1:] != lab[:-1]])
        # read only the rows and columns that hold site cells
        rows, cols = np.divmod(flat, window.width)
        r0, c0 = int(rows.min()), int(cols.min())
        sub = Window(window.row_off + r0, window.col_off + c0, int(rows.max()) + 1 - r0,
                     int(cols.max()) + 1 - c0)
        at = (rows - r0) * sub.width + (cols - c0)
        part = {"cells": np.bincount(lab, minlength=n + 1), "stats": [], "hits": [],
                "sites": lab[starts]}
        for _, read in readers:
            v = read(sub).ravel()[at]
            ok = ~np.isnan(v)
            # fmin/fmax skip NaN (a site with only NoData cells gives NaN, dropped at merge);
            # ufunc.at would hold the GIL and serialise the worker threads
            part["stats"].append((np.bincount(lab, np.where(ok, v, 0).astype(np.float64),
                                              n + 1),
                                  np.bincount(lab[ok], minlength=n + 1),
                                  np.fmin.reduceat(v, starts), np.fmax.reduceat(v, starts)))
        for _, hit in masks:
            part["hits"].append(np.bincount(lab[hit(sub).ravel()[at]], minlength=n + 1))
        return part

    def merge(part):
        cells[:] += part["cells"]
        for j, (s_, c_, lo, hi) in enumerate(part["stats"]):
            sums[j] += s_
            counts[j] += c_
            sites = part["sites"]
            mins[j, sites] = np.fmin(mins[j, sites], lo)
            maxs[j, sites] = np.fmax(maxs[j, sites], hi)
        for j, h in enumerate(part["hits"]):
            hits[j] += h

    def blocks_with_sites():
        for window in grid.blocks(block):
            if cancelled is not None and cancelled():
                raise Cancelled()
            item = site_cells(window)
            if item is not None:
                yield item

    ordered_map(work, blocks_with_sites(), lambda _, part: merge(part), threads)
    out = []
    for i, geom in enumerate(geoms):
        c = cells[i + 1]
        if not alone[i] or c <= 1:
            out.append(_one_site(grid, geom, readers, masks))
            continue
        stats = {}
        for j, (name, _) in enumerate(readers):
            count = counts[j, i + 1]
            stats[name] = ZonalResult() if count == 0 else ZonalResult(
                count=float(count), mean=float(sums[j, i + 1] / count),
                minimum=float(mins[j, i + 1]), maximum=float(maxs[j, i + 1]))
        shares = {name: float(hits[j, i + 1] / c) for j, (name, _) in enumerate(masks)}
        out.append((stats, shares))
    return out


def _without_bbox_overlap(bounds):
    """True for the boxes that overlap no other box (sweep over x, numpy per box)."""
    n = len(bounds)
    alone = np.ones(n, dtype=bool)
    order = np.argsort(bounds[:, 0])
    b = bounds[order]
    for pos in range(n):
        x1 = b[pos, 2]
        end = np.searchsorted(b[:, 0], x1, side="right")
        later = b[pos + 1:end]
        hit = (later[:, 1] <= b[pos, 3]) & (later[:, 3] >= b[pos, 1])
        if hit.any():
            alone[order[pos]] = False
            alone[order[pos + 1:end][hit]] = False
    return alone


def _one_site(grid, geom, readers, masks):
    """The window method for one site: (stats, shares)."""
    window = site_window(grid, geom.bounds)
    if window is None:
        return {}, {name: 0.0 for name, _ in masks}
    weights = cell_weights(grid, window, geom)
    total = float(weights.sum())
    stats = {name: zonal(read(window), weights) for name, read in readers}
    shares = {name: (float((weights * hit(window)).sum()) / total if total > 0 else 0.0)
              for name, hit in masks}
    return stats, shares
