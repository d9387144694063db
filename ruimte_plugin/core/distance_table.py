"""Functions of a distance, looked up instead of computed, for distances from GDAL's proximity.

GDAL's proximity (core.distance, square cells) gives every cell the distance between two cell
centres, so only few distinct values occur: ``float32(float32(sqrt(n)) * cell size)`` for the
integer squared cell offsets n = dx² + dy², and the cap. ``DistanceTable`` evaluates a
function (e.g. the nitrogen deposition and its score: logarithms and kernels in float64, about
20 ns a cell) once for each possible n up to the cap and looks the cells up (about 4 ns a cell).
A cell whose distance is not in the table (it never happens with GDAL's values, but the table
does not rely on it) is computed directly, so the result is the function's own, cell for cell.
"""

import math

import numpy as np

F32 = np.float32
#: no table beyond this many entries (the cap would be more than ~2,800 cells away): computed
#: directly instead
MAX_ENTRIES = 8_000_000
#: keys evaluated at a time while the table is built
CHUNK = 1 << 20


class DistanceTable:
    """``function(distance float32 array) -> tuple of arrays`` (same shape), for distances in
    metres on cells of ``cell_size`` m capped at ``cap`` m."""

    def __init__(self, function, cell_size, cap):
        self.function = function
        self.cap = F32(cap)
        self.scale = 1.0 / float(cell_size) ** 2
        last = int(math.ceil((float(cap) / float(cell_size)) ** 2)) + 1
        self.usable = last + 2 <= MAX_ENTRIES
        if not self.usable:
            return
        n = np.arange(last + 1, dtype=np.float64)
        keys = (np.sqrt(n).astype(F32).astype(np.float64) * float(cell_size)).astype(F32)
        self.keys = np.append(keys, self.cap)              # the last entry: the cap itself
        self.last = last
        # evaluated a million keys at a time: the function's float64 temporaries stay small
        parts = [function(self.keys[i:i + CHUNK]) for i in range(0, self.keys.size, CHUNK)]
        self.tables = tuple(np.concatenate([np.asarray(p[j]) for p in parts])
                            for j in range(len(parts[0])))

    def lookup(self, distance):
        """(table index, found) per cell of float32 ``distance``: found where the table holds
        exactly that distance."""
        # n = (d / cell)²: a stored distance carries two float32 roundings (sqrt, product), so n
        # comes out within about 2.4e-7 n of the integer (0.24 at a million): rint, then, where
        # that misses, one and two steps either side. In float32 arithmetic (another ~2e-7 n)
        # while n < 2**21, else in float64. A NaN gives a garbage index that fails the check.
        exact = distance if self.last < 2 ** 21 else distance.astype(np.float64)
        square = np.multiply(exact, exact)
        square *= square.dtype.type(self.scale)
        with np.errstate(invalid="ignore"):
            index = np.rint(square, out=square).astype(np.int32)
        np.maximum(index, 0, out=index)                   # (np.clip is slower on numpy 1.24)
        np.minimum(index, self.last, out=index)
        index[distance == self.cap] = self.last + 1
        found = np.take(self.keys, index) == distance     # (np.take: faster than keys[index])
        for step in (-1, 1, -2, 2):
            if found.all():
                break
            missing = np.flatnonzero(~found)
            near = np.clip(index.flat[missing] + step, 0, self.last)
            hit = self.keys[near] == distance.flat[missing]
            index.flat[missing[hit]] = near[hit]
            found.flat[missing[hit]] = True
        return index, found

    def __call__(self, distance):
        distance = np.asarray(distance, dtype=F32)
        if not self.usable:
            return self.function(distance)
        index, found = self.lookup(distance)
        out = tuple(np.take(t, index) for t in self.tables)
        if not found.all():
            missing = ~found
            for array, direct in zip(out, self.function(distance[missing])):
                array[missing] = direct
        return out
