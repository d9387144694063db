"""Block computation of ``ruimte:combine``: criteria -> aggregation -> constraints.

Constraint conventions:
* a constraint raster excludes cells where its value is 0 - also when 0 is declared NoData, as
  gdal:rasterize does by default on QGIS 3.40; any other value allows, and another NoData
  value says nothing and does not exclude;
* a constraint polygon excludes the cells whose centre lies inside it.
Excluded cells score 0, even where criteria are unknown (user guide, section 2.3). Outside the mask (a raster
that is 0 or NoData there: outside the study area) the output is NoData."""

import threading

import numpy as np

from .aggregate import apply_constraints


class Overlay:
    """Holds the open criterion/constraint sources; ``compute(window)`` gives one output block
    and is thread-safe."""

    def __init__(self, grid, criteria, aggregation, constraint_rasters=(), constraint_polygons=(),
                 standardizations=(), mask=None):
        """``standardizations``: per criterion a core.standardize.Standardization applied to its
        values before the aggregation, or None when the criterion is a score already."""
        self.grid = grid
        self.criteria = list(criteria)
        self.standardizations = list(standardizations) or [None] * len(self.criteria)
        self.aggregation = aggregation
        self.constraint_rasters = list(constraint_rasters)
        self.constraint_polygons = list(constraint_polygons)
        self.mask = mask
        self.excluded_cells = 0
        self.unknown_cells = 0
        self._count_lock = threading.Lock()      # compute() may run in several threads

    def allowed(self, window):
        """bool block, False where a constraint excludes; None when there are no constraints."""
        if not self.constraint_rasters and not self.constraint_polygons:
            return None
        allowed = np.ones((window.height, window.width), dtype=bool)
        for source in self.constraint_rasters:
            allowed &= source.read(window) != 0     # raw values: only 0 excludes
        for polygons in self.constraint_polygons:
            allowed &= ~polygons.mask(self.grid, window)
        return allowed

    def compute(self, window):
        stack = np.empty((len(self.criteria), window.height, window.width), dtype=np.float32)
        for layer, (source, spec) in enumerate(zip(self.criteria, self.standardizations)):
            values = source.read(window)
            stack[layer] = values if spec is None else spec.apply(values)
        scores = self.aggregation.apply(stack)
        allowed = self.allowed(window)
        apply_constraints(scores, allowed)
        inside = True
        if self.mask is not None:
            values = self.mask.read(window)
            inside = np.isfinite(values) & (values != 0)
            scores[~inside] = np.nan
        # the counts the log reports are of cells inside the study area
        excluded = 0 if allowed is None else int(np.count_nonzero(~allowed & inside))
        unknown = int(np.count_nonzero(np.isnan(scores) & inside))
        with self._count_lock:
            self.excluded_cells += excluded
            self.unknown_cells += unknown
        return (scores,)
