"""GDAL's block cache (one per process) sized by whatever Ruimte runs at the moment.

Two kinds of work ask for a size: streaming rasters in blocks wants a small cache (64 MB:
core.rasterio_io.gdal_env; QGIS's default of 5 % of the memory would fill with blocks that are
never read again), GDAL's proximity wants rows of tiles to stay in it
(core.distance.DistanceField.proximity_cache). In a profile run both happen at once, each
starting and ending at its own time: the cache is the largest size asked by the work running
now, and goes back to what it was (QGIS's setting) when the last of them ends. Two separate
save-and-restore mechanisms would restore each other's sizes out of turn (measured: 1.8 GB
instead of 0.6 GB at 25 m, when QGIS's 1.2 GB came back during the final pass)."""

import contextlib
import threading

_LOCK = threading.Lock()
_STATE = {"asked": [], "saved": None}


@contextlib.contextmanager
def block_cache(size):
    """GDAL's cache at least ``size`` bytes (or ``size(saved)``, the size before any Ruimte
    work, e.g. to cap it) while the block runs, as long as nothing running asks for more."""
    from osgeo import gdal
    with _LOCK:
        if not _STATE["asked"]:
            _STATE["saved"] = gdal.GetCacheMax()
        wanted = int(size(_STATE["saved"]) if callable(size) else size)
        _STATE["asked"].append(wanted)
        gdal.SetCacheMax(max(_STATE["asked"]))
    try:
        yield
    finally:
        with _LOCK:
            _STATE["asked"].remove(wanted)
            gdal.SetCacheMax(max(_STATE["asked"]) if _STATE["asked"] else _STATE["saved"])
