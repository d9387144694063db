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

from .bbox import overlapping_boxes
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
    pad = math.inf if search is None else search
    for x, y in near_points(geom, points, pad):
        best = min(best, geom.distance(Point(x, y)))
    for other in near_geoms(geom, geoms, pad):
        best = min(best, geom.distance(other))
    return best


def near_points(geom, points, pad=0.0):
    """The rows of ``points`` ((n, 2) array; in their order) within the bounding box of
    ``geom`` grown by ``pad``."""
    p = np.asarray(points, dtype=np.float64).reshape(-1, 2)
    return p[[k for _, k in overlapping_boxes([geom.bounds], np.column_stack([p, p]), pad)]]


def near_geoms(geom, geoms, pad=0.0):
    """The ``geoms`` (in their order) whose bounding box meets that of ``geom`` grown by
    ``pad``."""
    if not len(geoms):
        return []
    return [geoms[k] for _, k in overlapping_boxes([geom.bounds], [g.bounds for g in geoms],
                                                   pad)]


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
    are burnt into a label image (_label_block) and every raster's cells are summed per label
    (numpy bincount, _reduce_block), so each raster is read once, whatever the number of sites.
    A label image holds one site per cell, so sites whose bounding box overlaps another's, and
    sites with at most one cell centre inside, are measured one by one on their own window
    instead (same results, slower)."""
    bounds = np.array([g.bounds for g in geoms], dtype=np.float64).reshape(-1, 4)
    alone = np.ones(len(geoms), dtype=bool)
    for i, j in overlapping_boxes(bounds):
        alone[i] = alone[j] = False
    labeller = _Labeller(grid, geoms)
    totals = _Totals.empty(len(geoms), len(readers), len(masks))

    def blocks_with_sites():
        for window, sites in _blocks_and_sites(grid, block, bounds, np.flatnonzero(alone)):
            if cancelled is not None and cancelled():
                raise Cancelled()
            cells = labeller.label(window, sites)
            if cells is not None:
                yield cells

    ordered_map(lambda cells: _reduce_block(cells, readers, masks, len(geoms)),
                blocks_with_sites(), lambda _, part: totals.add(part), threads)
    return [_one_site(grid, geom, readers, masks) if not alone[i] or totals.cells[i + 1] <= 1
            else totals.site(i, readers, masks) for i, geom in enumerate(geoms)]


def _blocks_and_sites(grid, block, bounds, candidates):
    """(window, sorted indices of the ``candidates`` whose bounding box meets it) per block of
    the grid, in grid order (an empty array for a block without sites)."""
    windows = list(grid.blocks(block))
    per_block = [[] for _ in windows]
    for w, j in overlapping_boxes([grid.window_bounds(w) for w in windows], bounds[candidates]):
        per_block[w].append(candidates[j])
    for window, sites in zip(windows, per_block):
        yield window, np.array(sites, dtype=np.int64)


@dataclass
class BlockCells:
    """The site cells of one block: per cell its site label (site index + 1) and its flat index
    in the block, grouped by site."""
    window: Window
    labels: np.ndarray
    flat: np.ndarray


class _Labeller:
    """Burns sites into a label image per block, reusing one buffer and each site's GeoJSON-like
    mapping (rasterio would convert the shapely object again in every block). Runs in the
    calling thread: rasterio's rasterize holds the GIL, so the workers read and reduce
    meanwhile."""

    def __init__(self, grid, geoms):
        self.grid, self.geoms = grid, geoms
        self.shapes, self.buffer = {}, None

    def label(self, window, sites):
        """BlockCells of ``sites`` in ``window``; None when no site has a cell centre in it."""
        from rasterio import Affine
        from rasterio.features import rasterize

        if not sites.size:
            return None
        size = window.height * window.width
        if self.buffer is None or self.buffer.size < size:
            self.buffer = np.empty(size, dtype=np.int32)
        labels = self.buffer[:size]
        labels.fill(0)
        for i in sites:
            if i not in self.shapes:
                self.shapes[i] = self.geoms[i].__geo_interface__
        rasterize(((self.shapes[i], i + 1) for i in sites),
                  out=labels.reshape(window.height, window.width),
                  transform=Affine(*self.grid.window_transform(window)))
        flat = np.flatnonzero(labels)
        if not flat.size:
            return None
        lab = labels[flat]
        order = np.argsort(lab, kind="stable")        # cells grouped by site, for reduceat
        return BlockCells(window, lab[order], flat[order])


@dataclass
class BlockPart:
    """What one block adds to the totals: cells per label, the labels present (in order), per
    raster (sum, count, minimum, maximum) and per mask the cells hit."""
    cells: np.ndarray
    sites: np.ndarray
    stats: list
    hits: list


def _reduce_block(cells, readers, masks, n):
    """BlockPart of BlockCells ``cells``: reads only the rows and columns that hold site cells."""
    window, lab, flat = cells.window, cells.labels, cells.flat
    starts = np.flatnonzero(np.r_[True, lab[1:] != lab[:-1]])
    rows, cols = np.divmod(flat, window.width)
    r0, c0 = int(rows.min()), int(cols.min())
    sub = Window(window.row_off + r0, window.col_off + c0, int(rows.max()) + 1 - r0,
                 int(cols.max()) + 1 - c0)
    at = (rows - r0) * sub.width + (cols - c0)
    part = BlockPart(np.bincount(lab, minlength=n + 1), lab[starts], [], [])
    for _, read in readers:
        v = read(sub).ravel()[at]
        ok = ~np.isnan(v)
        # fmin/fmax skip NaN (a site with only NoData cells gives NaN, dropped at merge);
        # ufunc.at would hold the GIL and serialise the worker threads
        part.stats.append((np.bincount(lab, np.where(ok, v, 0).astype(np.float64), n + 1),
                           np.bincount(lab[ok], minlength=n + 1),
                           np.fmin.reduceat(v, starts), np.fmax.reduceat(v, starts)))
    for _, hit in masks:
        part.hits.append(np.bincount(lab[hit(sub).ravel()[at]], minlength=n + 1))
    return part


@dataclass
class _Totals:
    """Running totals per site label (0 = no site): cells, and per raster sum, count, minimum
    and maximum, per mask the cells hit."""
    cells: np.ndarray
    sums: np.ndarray
    counts: np.ndarray
    mins: np.ndarray
    maxs: np.ndarray
    hits: np.ndarray

    @classmethod
    def empty(cls, n, k, m):
        return cls(np.zeros(n + 1), np.zeros((k, n + 1)), np.zeros((k, n + 1)),
                   np.full((k, n + 1), np.inf), np.full((k, n + 1), -np.inf),
                   np.zeros((m, n + 1)))

    def add(self, part):
        self.cells[:] += part.cells
        for j, (sums, counts, lo, hi) in enumerate(part.stats):
            self.sums[j] += sums
            self.counts[j] += counts
            self.mins[j, part.sites] = np.fmin(self.mins[j, part.sites], lo)
            self.maxs[j, part.sites] = np.fmax(self.maxs[j, part.sites], hi)
        for j, hits in enumerate(part.hits):
            self.hits[j] += hits

    def site(self, i, readers, masks):
        """(stats, shares) of site ``i``."""
        label = i + 1
        stats = {}
        for j, (name, _) in enumerate(readers):
            count = self.counts[j, label]
            stats[name] = ZonalResult() if count == 0 else ZonalResult(
                count=float(count), mean=float(self.sums[j, label] / count),
                minimum=float(self.mins[j, label]), maximum=float(self.maxs[j, label]))
        shares = {name: float(self.hits[j, label] / self.cells[label])
                  for j, (name, _) in enumerate(masks)}
        return stats, shares


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
