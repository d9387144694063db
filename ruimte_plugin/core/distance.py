"""Euclidean distance (m) from every cell centre to the centre of the nearest feature cell.

The one distance helper of the plugin (DESIGN §3a). It is exact (scipy's Euclidean distance
transform, anisotropic cells allowed) up to ``max_distance``; cells farther from every feature
get ``max_distance`` itself, so the result reads "at least this far". That cap keeps memory
bounded: the grid is processed in tiles, each with a halo of ``max_distance`` around it, so a
feature just outside a tile - or just outside the grid - still counts. The convention (cell
centre to cell centre) is the one of GDAL's proximity tool (gdal:proximity).

Memory: scipy's transform needs about 33 bytes per cell of tile + halo (measured,
reference/performance.md §5); the tile size is chosen to stay well below a few hundred MB and
the need is checked against the free memory before any work starts.
"""

import math

import numpy as np
from scipy.ndimage import distance_transform_edt

from .grid import Window
from .i18n import tr
from .memory import check_memory

#: bytes per cell of scipy's distance_transform_edt (float64 distances + int32 indices + input)
EDT_BYTES_PER_CELL = 33
#: plan tiles of at most this many bytes of transform work
TILE_BUDGET_BYTES = 400e6


class DistanceField:
    """Distances to ``features`` (a rasterize.FeatureSet) on ``grid``, capped at max_distance."""

    def __init__(self, grid, features, max_distance):
        if max_distance is None or not max_distance > 0:
            raise ValueError("max_distance must be positive")
        self.grid = grid
        self.features = features
        self.max_distance = float(max_distance)
        self.halo = int(math.ceil(self.max_distance / min(grid.res_x, grid.res_y))) + 1
        self.tile = self._tile_size()

    def _tile_size(self):
        """Tile edge (cells, multiple of 512): large against the halo, within the budget."""
        if max(self.grid.width, self.grid.height) <= 4 * self.halo:
            return max(self.grid.width, self.grid.height)       # one tile covers everything
        tile = 512 * max(1, min(8, (4 * self.halo) // 512))
        while tile > 512 and EDT_BYTES_PER_CELL * (tile + 2 * self.halo) ** 2 > TILE_BUDGET_BYTES:
            tile -= 512
        return tile

    def memory_needed(self):
        side_y = min(self.tile, self.grid.height) + 2 * self.halo
        side_x = min(self.tile, self.grid.width) + 2 * self.halo
        return EDT_BYTES_PER_CELL * side_x * side_y

    def check_memory(self, parameter="PIXEL_SIZE"):
        check_memory(self.memory_needed(), tr("the distance transform"), parameter,
                     tr("use a larger pixel size or a smaller maximum distance"))

    def windows(self):
        return self.grid.blocks(self.tile)

    def compute(self, window):
        """float32 distances (m) for ``window``, capped at max_distance."""
        h = self.halo
        outer = Window(window.row_off - h, window.col_off - h, window.height + 2 * h,
                       window.width + 2 * h)
        mask = self.features.mask(self.grid, outer)
        if not mask.any():
            return np.full((window.height, window.width), self.max_distance, dtype=np.float32)
        dist = distance_transform_edt(~mask, sampling=(self.grid.res_y, self.grid.res_x))
        inner = dist[h:h + window.height, h:h + window.width]
        return np.minimum(inner, self.max_distance).astype(np.float32)
