"""Polygons -> cell masks on the analysis grid, block by block.

Rule: a cell belongs to a polygon when its centre lies inside it (GDAL's default rasterisation,
``all_touched=False``); ``all_touched=True`` also takes every cell the boundary touches.
Polygons arrive as WKB in the grid's CRS; shapely and rasterio are imported here, so the
algorithm layer imports this module lazily."""

import numpy as np
from rasterio import Affine
from rasterio.features import rasterize


def _load_wkb(data):
    from shapely import wkb
    return wkb.loads(bytes(data))


class PolygonSet:
    """Polygons with their bounding boxes, for fast per-block selection."""

    def __init__(self, wkbs, all_touched=False):
        geoms = [_load_wkb(b) for b in wkbs]
        self.geoms = [g for g in geoms if not g.is_empty]
        self.bounds = np.array([g.bounds for g in self.geoms], dtype=np.float64).reshape(-1, 4)
        self.all_touched = all_touched

    def __len__(self):
        return len(self.geoms)

    def mask(self, grid, window):
        """bool array (window shape): True where a cell centre is inside any polygon."""
        out = np.zeros((window.height, window.width), dtype=bool)
        if not self.geoms:
            return out
        x0, y0, x1, y1 = grid.window_bounds(window)
        b = self.bounds
        hit = np.flatnonzero((b[:, 0] <= x1) & (b[:, 2] >= x0) & (b[:, 1] <= y1) & (b[:, 3] >= y0))
        if hit.size == 0:
            return out
        burned = rasterize(((self.geoms[i], 1) for i in hit), out_shape=out.shape,
                           transform=Affine(*grid.window_transform(window)), fill=0,
                           dtype="uint8", all_touched=self.all_touched)
        return burned.astype(bool)
