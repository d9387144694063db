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
from .site_cells import site_cells

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


def weakest_criteria(names, means, weights=None):
    """weakest_criterion for many sites at once: ``means`` (criteria, sites); a list of
    (name, loss) per site, the same numbers."""
    means = np.asarray(means, dtype=np.float64)
    w = np.ones(len(names)) if weights is None or len(weights) == 0 else \
        np.asarray(weights, dtype=np.float64)
    loss = w[:, None] * (1.0 - means)
    empty = np.isnan(loss).all(axis=0)
    k = np.argmax(np.where(np.isnan(loss), -np.inf, loss), axis=0)
    best = loss[k, np.arange(loss.shape[1])].tolist()
    return [(None, None) if e else (names[j], b) for e, j, b in zip(empty.tolist(), k.tolist(),
                                                                    best)]


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


def zonal_table(grid, geoms, readers, masks=(), cancelled=None, threads=1, block=2048):
    """Zonal statistics of many sites over several rasters in one pass: a ZonalTable.

    ``geoms``: the sites as shapely polygons, their WKB or PolygonRings (then shapely is only
    used for the sites too small for the streamed pass). ``readers``: [(name, read(window) ->
    float32 block, NaN = NoData)]; a reader that takes an ``at`` argument (read(window, at=flat
    indices)) is asked for those cells of the window only (RasterSource.read: its NoData
    handling then runs on the site cells alone). ``masks``: [(name, hit(window) -> bool
    block)]: per site the share of its cells that the mask hits. The zonal rule is the
    module's (cell centres inside; tiny sites by covered share).

    Method: the cells of every site are found at once (site_cells, a numpy scanline fill: no
    GDAL call per site or block, so nothing holds the GIL for long), grouped per block of the
    grid, and the grid's blocks that hold site cells are streamed (``threads`` workers; blocks of
    2048 x 2048 cells: each costs a few dozen numpy calls per raster, which hold the GIL; with
    5,000 sites on a 25 m national grid the pass took 0.36 s, against 0.48 s in blocks of
    1024 x 1024 and 0.41 s in blocks of 4096 x 4096): every
    raster's cells are summed per site (numpy bincount, _reduce_block), so each raster is read
    once, whatever the number of sites. A cell inside overlapping sites counts for each. Sites
    with at most one cell centre inside are measured one by one on their own window instead
    (covered shares)."""
    labels, rows, cols = site_cells(grid, geoms)
    per_site = np.bincount(labels, minlength=len(geoms) + 1)
    keep = per_site[labels] > 1
    labels, rows, cols = labels[keep], rows[keep], cols[keep]
    across = -(-grid.width // block)
    where = (rows // block) * across + cols // block
    # by block, and within a block by site: site_cells gives the cells by site, so a stable
    # sort on the block number alone keeps that order (a radix sort for int16 keys: a quarter
    # of the time of np.lexsort on both keys)
    narrow = across * -(-grid.height // block) < 2 ** 15
    order = np.argsort(where.astype(np.int16 if narrow else np.int64), kind="stable")
    labels, rows, cols, where = labels[order], rows[order], cols[order], where[order]
    bounds = np.flatnonzero(np.r_[True, where[1:] != where[:-1], True])
    totals = _Totals(len(geoms), len(readers), len(masks))

    def blocks_with_sites():
        for s, e in zip(bounds[:-1], bounds[1:]):
            if cancelled is not None and cancelled():
                raise Cancelled()
            r0, c0 = divmod(int(where[s]), across)
            r0, c0 = r0 * block, c0 * block
            window = Window(r0, c0, min(block, grid.height - r0), min(block, grid.width - c0))
            yield BlockCells(window, labels[s:e],
                             (rows[s:e] - r0) * window.width + (cols[s:e] - c0))

    if len(labels):
        takes_at = [_takes_at(read) for _, read in readers]
        ordered_map(lambda cells: _reduce_block(cells, readers, masks, len(geoms), takes_at),
                    blocks_with_sites(), lambda _, part: totals.add(part), threads)
    table = totals.table([name for name, _ in readers], [name for name, _ in masks])
    for i in np.flatnonzero(per_site[1:] <= 1).tolist():
        table.set(i, *_one_site(grid, _shapely(geoms[i]), readers, masks))
    return table


def _shapely(geom):
    """``geom`` as a shapely geometry (it may be WKB)."""
    if isinstance(geom, (bytes, bytearray, memoryview)):
        from shapely import wkb
        return wkb.loads(bytes(geom))
    return geom


class ZonalTable:
    """Zonal statistics of n sites over k rasters and m masks, as arrays (float64): ``count``,
    ``mean``, ``minimum``, ``maximum`` (k, n; NaN where a site has no cell with data, count 0)
    and ``share`` (m, n: share of the site's cells that the mask hits)."""

    def __init__(self, names, mask_names, count, mean, minimum, maximum, share):
        self.names, self.mask_names = list(names), list(mask_names)
        self.count, self.mean, self.minimum, self.maximum = count, mean, minimum, maximum
        self.share = share

    def __len__(self):
        return self.count.shape[1]

    def row(self, name):
        """Index of raster ``name`` in the arrays."""
        return self.names.index(name)

    def set(self, i, stats, shares):
        """Site i from ({name: ZonalResult}, {mask name: share}); rasters missing from
        ``stats`` have no data there."""
        for j, name in enumerate(self.names):
            r = stats.get(name, ZonalResult())
            self.count[j, i] = r.count
            self.mean[j, i], self.minimum[j, i], self.maximum[j, i] = \
                (r.mean, r.minimum, r.maximum) if r.count else (np.nan,) * 3
        for j, name in enumerate(self.mask_names):
            self.share[j, i] = shares[name]


def _takes_at(read):
    """Whether ``read`` accepts an ``at`` argument (flat cell indices of the window)."""
    import inspect
    try:
        return "at" in inspect.signature(read).parameters
    except (TypeError, ValueError):
        return False


@dataclass
class BlockCells:
    """The site cells of one block: per cell its site label (site index + 1) and its flat index
    in the block, grouped by site."""
    window: Window
    labels: np.ndarray
    flat: np.ndarray


@dataclass
class BlockPart:
    """What one block adds to the totals, for the labels present in it (``sites``, in order):
    cells per label, per raster (sum, count, minimum, maximum) and per mask the cells hit."""
    cells: np.ndarray
    sites: np.ndarray
    stats: list
    hits: list


def _reduce_block(cells, readers, masks, n, takes_at=None):
    """BlockPart of BlockCells ``cells``: reads only the rows and columns that hold site cells
    (only the site cells themselves from the readers that ``takes_at``)."""
    window, lab, flat = cells.window, cells.labels, cells.flat
    starts = np.flatnonzero(np.r_[True, lab[1:] != lab[:-1]])
    local = np.repeat(np.arange(len(starts)), np.diff(np.r_[starts, len(lab)]))
    k = len(starts)
    rows, cols = np.divmod(flat, window.width)
    r0, c0 = int(rows.min()), int(cols.min())
    sub = Window(window.row_off + r0, window.col_off + c0, int(rows.max()) + 1 - r0,
                 int(cols.max()) + 1 - c0)
    at = (rows - r0) * sub.width + (cols - c0)
    part = BlockPart(np.bincount(local, minlength=k), lab[starts], [], [])
    for j, (_, read) in enumerate(readers):
        v = read(sub, at=at) if takes_at and takes_at[j] else read(sub).ravel()[at]
        ok = ~np.isnan(v)
        # fmin/fmax skip NaN (a site with only NoData cells gives NaN, dropped at merge);
        # ufunc.at would hold the GIL and serialise the worker threads
        part.stats.append((np.bincount(local, np.where(ok, v, 0).astype(np.float64), k),
                           np.bincount(local[ok], minlength=k),
                           np.fmin.reduceat(v, starts), np.fmax.reduceat(v, starts)))
    for _, hit in masks:
        part.hits.append(np.bincount(local[hit(sub).ravel()[at]], minlength=k))
    return part


class _Totals:
    """Running totals per site label (0 = no site): cells, and per raster sum, count, minimum
    and maximum, per mask the cells hit. ``add`` keeps each block's part (it runs in the
    calling thread while the workers read: summing 5,000 sites x 7 rasters block by block took
    a third of ruimte:scoresites' time there); ``table`` sums them all at once, block by block
    in the same order (np.bincount adds in the order of its input), so the sums are the same
    float64 numbers."""

    def __init__(self, n, k, m):
        self.n, self.k, self.m = n, k, m
        self.parts = []

    def add(self, part):
        self.parts.append(part)

    def _summed(self):
        """cells (n + 1), sums, counts, mins, maxs (k, n + 1) and hits (m, n + 1)."""
        size, parts = self.n + 1, self.parts
        sums, counts = np.zeros((self.k, size)), np.zeros((self.k, size))
        mins, maxs = np.full((self.k, size), np.inf), np.full((self.k, size), -np.inf)
        hits = np.zeros((self.m, size))
        if not parts:
            return np.zeros(size), sums, counts, mins, maxs, hits
        at = np.concatenate([p.sites for p in parts])

        def total(arrays):
            return np.bincount(at, np.concatenate(arrays).astype(np.float64), size)
        cells = total([p.cells for p in parts])
        for j in range(self.k):
            sums[j] = total([p.stats[j][0] for p in parts])
            counts[j] = total([p.stats[j][1] for p in parts])
            np.fmin.at(mins[j], at, np.concatenate([p.stats[j][2] for p in parts]))
            np.fmax.at(maxs[j], at, np.concatenate([p.stats[j][3] for p in parts]))
        for j in range(self.m):
            hits[j] = total([p.hits[j] for p in parts])
        return cells, sums, counts, mins, maxs, hits

    def table(self, names, mask_names):
        """The ZonalTable of the sites (label 1 .. n)."""
        cells, sums, counts, mins, maxs, hits = self._summed()
        empty = counts == 0
        with np.errstate(invalid="ignore", divide="ignore"):
            means = sums / counts
            shares = hits / cells
        for a in (means, mins, maxs):
            a[empty] = np.nan
        return ZonalTable(names, mask_names, counts[:, 1:], means[:, 1:], mins[:, 1:],
                          maxs[:, 1:], shares[:, 1:])


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
