"""x, y of WKB single points, parsed with numpy in a few array operations instead of one Python
call per point: the parsing half of reading a point layer through GDAL's Arrow interface
(algorithms/point_reader.py). 1,000,000 two-dimensional points take about 0.05 s (0.2 s when
GDAL hands them over as separate bytes objects, i.e. when some are NULL); QGIS's feature loop
spends 3.4 s on the same points.

WKB point: 1 byte order (0 big-endian, 1 little-endian), a uint32 geometry type, then the
coordinates as doubles, x and y first (followed by z and/or m when present)."""

import numpy as np

# geometry type -> doubles per point, single points only: the ISO codes (2D, Z, M, ZM) and the
# flag variants (0x80000000 = Z as OGR and PostGIS write it, 0x40000000 = M as PostGIS does)
POINT_TYPES = {1: 2, 1001: 3, 2001: 3, 3001: 4, 0x80000001: 3, 0x40000001: 3, 0xC0000001: 4}
HEADER = 5                                  # byte order + geometry type, in bytes


class NotSinglePoints(ValueError):
    """A blob is no single point in plain WKB (a MultiPoint, EWKB with an SRID, a damaged
    blob, ...): the caller reads the layer another way."""


def point_coordinates(blobs):
    """(n, 2) float64 array of the x, y of each of the n WKB blobs, in their order; NaN for a
    NULL geometry (None or b'') and as written for an empty point (WKB writes POINT EMPTY as
    NaN coordinates). ``blobs``: a sequence of bytes / None, or a numpy array of those, or a
    fixed-width void array (dtype 'V21' etc., as GDAL's GetArrowStreamAsNumPy returns when
    every blob has the same length). Raises NotSinglePoints unless every blob is a single
    point (2D, Z, M or ZM, either byte order)."""
    if isinstance(blobs, np.ndarray) and blobs.dtype.kind == "V":
        width = blobs.dtype.itemsize
        return _parse(np.ascontiguousarray(blobs).view(np.uint8).reshape(len(blobs), width))
    if not (isinstance(blobs, np.ndarray) and blobs.dtype == object):
        blobs = np.fromiter(blobs, dtype=object, count=len(blobs))
    given = np.flatnonzero(np.not_equal(blobs, None))
    lengths = np.fromiter(map(len, blobs[given].tolist()), dtype=np.int64, count=len(given))
    xy = np.full((len(blobs), 2), np.nan)
    for length in np.unique(lengths[lengths > 0]):     # one block per point type in practice
        rows = given[lengths == length]
        joined = np.frombuffer(b"".join(blobs[rows].tolist()), dtype=np.uint8)
        xy[rows] = _parse(joined.reshape(len(rows), length))
    return xy


def _parse(rows):
    """x, y of the (k, length) uint8 array ``rows``: k WKB blobs of the same length."""
    length = rows.shape[1]
    accepted = [code for code, doubles in POINT_TYPES.items() if HEADER + 8 * doubles == length]
    order = rows[:, 0]
    if not accepted or (order > 1).any():
        raise NotSinglePoints(f"a WKB blob of {length} bytes is no single point")
    types = np.empty(len(rows), dtype=np.uint32)
    xy = np.empty((len(rows), 2))
    for flag, endian in ((1, "<"), (0, ">")):
        mine = order == flag
        if mine.any():
            part = rows[mine]
            types[mine] = part[:, 1:HEADER].copy().view(endian + "u4")[:, 0]
            xy[mine] = part[:, HEADER:HEADER + 16].copy().view(endian + "f8")
    if not np.isin(types, accepted).all():
        raise NotSinglePoints(f"WKB geometry types other than single points of {length} bytes: "
                              f"{sorted(set(np.unique(types).tolist()) - set(accepted))}")
    return xy
