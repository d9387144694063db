"""Vector features -> cell masks on the analysis grid, block by block.

Rules (GDAL's rasterisation, documented in every algorithm that uses it):
* polygons: a cell belongs to a polygon when its centre lies inside it (``all_touched=False``);
  ``all_touched=True`` also takes every cell the boundary touches;
* lines: every cell the line passes through;
* points: the cell that contains the point (vectorised index arithmetic, no geometry objects).
Geometries arrive as WKB in the grid's CRS, points as an (n, 2) array of x, y. Windows may
extend beyond the grid (a halo), so features just outside the grid still count.

Geometries are burnt with GDAL's RasterizeLayer from OGR geometries made once: the same burn as
rasterio.features.rasterize (GDAL's rasterizer), without converting every geometry to GeoJSON
and opening a rasterio environment for every block. At 25 m (12,000 x 14,000 cells) that
conversion and set-up took 3 of the profile run's 39 CPU s (benchmarks/national.py)."""

import threading

import numpy as np


def _ogr_geometry(data):
    from osgeo import ogr
    return ogr.CreateGeometryFromWkb(bytes(data))


def burn(geometries, burn_values, transform, shape, dtype, all_touched=False):
    """GDAL's burn of ``geometries`` (OGR) with ``burn_values`` (one each, in order; the last
    burnt wins) into a zero array of ``shape`` and numpy ``dtype`` (uint8 or int32), on the
    affine ``transform`` (a, b, c, d, e, f). GDAL releases Python's GIL while it burns."""
    from osgeo import gdal, ogr
    gdal_type = {np.dtype(np.uint8): gdal.GDT_Byte, np.dtype(np.int32): gdal.GDT_Int32}
    source = ogr.GetDriverByName("Memory").CreateDataSource("")
    layer = source.CreateLayer("burn", geom_type=ogr.wkbUnknown)
    layer.CreateField(ogr.FieldDefn("value", ogr.OFTInteger))
    definition = layer.GetLayerDefn()
    for geometry, value in zip(geometries, burn_values):
        feature = ogr.Feature(definition)
        feature.SetGeometry(geometry)
        feature.SetField(0, int(value))
        layer.CreateFeature(feature)
    target = gdal.GetDriverByName("MEM").Create("", shape[1], shape[0], 1,
                                                gdal_type[np.dtype(dtype)])
    a, b, c, d, e, f = transform
    target.SetGeoTransform((c, a, b, f, d, e))
    options = ["ATTRIBUTE=value"] + (["ALL_TOUCHED=TRUE"] if all_touched else [])
    # neither side has a CRS (the geometries are in the grid's), and GDAL warns about that
    # once per burn
    gdal.PushErrorHandler("CPLQuietErrorHandler")
    try:
        failed = gdal.RasterizeLayer(target, [1], layer, options=options)
    finally:
        gdal.PopErrorHandler()
    if failed:
        raise RuntimeError(f"GDAL could not burn the geometries: {gdal.GetLastErrorMsg()}")
    return target.GetRasterBand(1).ReadAsArray()


class FeatureSet:
    """Points and other geometries, with bounding boxes for fast per-block selection."""

    def __init__(self, wkbs=(), points=None, all_touched=False):
        geoms = (_ogr_geometry(b) for b in wkbs)
        self.geoms = [g for g in geoms if g is not None and not g.IsEmpty()]
        envelopes = np.array([g.GetEnvelope() for g in self.geoms], dtype=np.float64)
        self.bounds = envelopes.reshape(-1, 4)[:, [0, 2, 1, 3]]    # x0, y0, x1, y1
        pts = np.empty((0, 2)) if points is None else np.asarray(points, dtype=np.float64)
        self.points = pts.reshape(-1, 2)
        self.all_touched = all_touched
        self._binned = {}
        self._lock = threading.Lock()

    def __len__(self):
        return len(self.geoms) + len(self.points)

    def mask(self, grid, window):
        """bool array (window shape): True in cells covered by a feature (rules above)."""
        out = np.zeros((window.height, window.width), dtype=bool)
        x0, y0, x1, y1 = grid.window_bounds(window)
        if len(self.points):
            rows, cols = self._cells(grid)
            first, last = np.searchsorted(rows, [window.row_off, window.row_off + window.height])
            row, col = rows[first:last] - window.row_off, cols[first:last] - window.col_off
            inside = (col >= 0) & (col < window.width)
            out[row[inside], col[inside]] = True
        if self.geoms:
            b = self.bounds
            hit = np.flatnonzero((b[:, 0] <= x1) & (b[:, 2] >= x0) &
                                 (b[:, 1] <= y1) & (b[:, 3] >= y0))
            if hit.size:
                burned = burn([self.geoms[i] for i in hit], np.ones(hit.size),
                              grid.window_transform(window), out.shape, np.uint8,
                              self.all_touched)
                out |= burned.astype(bool)
        return out

    def cell_span(self, grid):
        """(first row, last row, first column, last column) of the grid cells (outside the grid
        too) that any feature can cover, one cell of margin included; None without features."""
        spans = []
        if len(self.points):
            rows, cols = self._cells(grid)
            spans.append((rows[0], rows[-1], cols.min(), cols.max()))
        if self.geoms:
            b = self.bounds
            spans.append((np.floor((grid.y_max - b[:, 3].max()) / grid.res_y),
                          np.floor((grid.y_max - b[:, 1].min()) / grid.res_y),
                          np.floor((b[:, 0].min() - grid.x_min) / grid.res_x),
                          np.floor((b[:, 2].max() - grid.x_min) / grid.res_x)))
        if not spans:
            return None
        s = np.array(spans, dtype=np.float64)
        return (int(s[:, 0].min()) - 1, int(s[:, 1].max()) + 1, int(s[:, 2].min()) - 1,
                int(s[:, 3].max()) + 1)

    def _cells(self, grid):
        """Row and column (relative to the grid's origin; outside the grid too) of every point,
        sorted by row: computed once per grid, so a window takes its rows by binary search
        instead of testing every point (1 M houses: milliseconds per block, not 20 ms)."""
        key = (grid.x_min, grid.y_max, grid.res_x, grid.res_y)
        with self._lock:
            if key not in self._binned:
                p = self.points
                row = np.floor((grid.y_max - p[:, 1]) / grid.res_y).astype(np.int64)
                col = np.floor((p[:, 0] - grid.x_min) / grid.res_x).astype(np.int64)
                order = np.argsort(row, kind="stable")
                self._binned[key] = (row[order], col[order])
            return self._binned[key]

    def values(self, grid, window, values, fill=np.nan, reduce="max"):
        """float32 array: per cell the max (or min) of ``values`` (one per geometry, in order)
        over the geometries covering the cell; ``fill`` where none does (combined with it by
        np.fmax / np.fmin, so a NaN value never wins over a number). Points not supported.

        One rasterisation per block: the geometries are burnt as their rank, lowest value first
        (highest first for "min"), and the last burnt wins (GDAL's replace rule), so each cell
        gets the rank of its max (min); a lookup table turns ranks into values."""
        if not self.geoms:
            return np.full((window.height, window.width), fill, dtype=np.float32)
        x0, y0, x1, y1 = grid.window_bounds(window)
        b = self.bounds
        hit = np.flatnonzero((b[:, 0] <= x1) & (b[:, 2] >= x0) & (b[:, 1] <= y1) & (b[:, 3] >= y0))
        if not hit.size:
            return np.full((window.height, window.width), fill, dtype=np.float32)
        chosen = np.asarray(values, dtype=np.float32)[hit]
        key = np.where(np.isnan(chosen), -np.inf, chosen if reduce == "max" else -chosen)
        order = np.argsort(key, kind="stable")          # NaN first: any number overwrites it
        # GDAL burns a Byte band directly, any other type through a float64 copy of the block
        # (3 times as long): ranks fit a byte for up to 255 geometries in a block
        ranks = burn([self.geoms[hit[k]] for k in order], np.arange(1, hit.size + 1),
                     grid.window_transform(window), (window.height, window.width),
                     np.uint8 if hit.size < 256 else np.int32, self.all_touched)
        combine = np.fmax if reduce == "max" else np.fmin
        table = np.empty(hit.size + 1, dtype=np.float32)
        table[0] = fill
        table[1:] = combine(np.float32(fill), chosen[order])
        return table[ranks]
