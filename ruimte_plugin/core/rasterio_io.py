"""Windowed GeoTIFF reading and writing with rasterio.

* Outputs are Float32, tiled 512 x 512, NoData -9999, with provenance in the GeoTIFF metadata
  (RUIMTE_* tags) and the unit in the band description. Outputs the user keeps are compressed
  with ZSTD level 1 and the floating-point predictor, in GDAL's worker threads: for a
  12,000 x 14,000 layer 1.6 s against 2.5 s for DEFLATE level 1 (2 cores), files about 20 %
  larger (benchmarks/national.py, stage "write"); any GDAL since 2.3 and QGIS on every platform
  read it. Intermediate files (in QGIS's temporary folder) stay
  uncompressed.
* Writes are atomic: the data go to a hidden temporary file beside the target, which is renamed
  onto the target only when every block is written and the closed file has been verified (see
  verify_written: GDAL reports a full disk only as a logged error, the file then fails to
  open or to read back). An error or a cancellation removes it, so no half-written output is
  ever left behind; a process killed before the rename leaves the previous output as it was.
  The renamed file gets the permissions a new file gets from the user's umask (usually 644),
  as QGIS's own outputs, not the 600 of a temporary file.
* Reads return float32 blocks with NaN for NoData, so that the maths needs no masks.
* GDAL's block cache is capped (64 MB) for our own I/O; the default 5 % of RAM inflates memory by a
  gigabyte and slows window loops (measured with benchmarks/national.py).

This module imports rasterio at import time; the algorithm layer imports it lazily so that the
plugin still loads where rasterio is missing and can say how to install it.
"""

import contextlib
import json
import math
import os
import tempfile
import threading

import numpy as np
import rasterio
from rasterio.enums import Resampling
from rasterio.errors import RasterioError, RasterioIOError
from rasterio.vrt import WarpedVRT
from rasterio.windows import Window as RioWindow

from .errors import Cancelled, InputError
from .files import new_file_mode
from .grid import AnalysisGrid
from .i18n import tr

NODATA = -9999.0
GDAL_CACHE_MB = 64
CREATION_OPTIONS = {
    "driver": "GTiff", "dtype": "float32", "count": 1, "nodata": NODATA,
    "tiled": True, "blockxsize": 512, "blockysize": 512, "bigtiff": "IF_SAFER",
}
#: compression of outputs the user keeps (see the module docstring for the choice)
COMPRESSION = {"compress": "ZSTD", "zstd_level": 1, "predictor": 3, "num_threads": "ALL_CPUS"}
#: what rasterio raises for a file it cannot open or read (RasterioIOError is no RasterioError)
READ_ERRORS = (RasterioError, RasterioIOError)
RESAMPLING = {"nearest": Resampling.nearest, "bilinear": Resampling.bilinear,
              "average": Resampling.average}


@contextlib.contextmanager
def gdal_env():
    """GDAL's block cache capped at GDAL_CACHE_MB for the duration (open it once per run).

    The cap is set on the process with gdal.SetCacheMax; rasterio.Env(GDAL_CACHEMAX=64) is not
    used: rasterio passes the number to GDALSetCacheMax as bytes (64 bytes: no cache at all),
    and an Env left open in a worker thread would leave QGIS with that for good. Nested and
    concurrent runs share one cap, and a distance transform running meanwhile may raise it
    (core.gdal_cache); the last to leave restores QGIS's size."""
    with _capped_block_cache(), rasterio.Env():
        yield


def _capped_block_cache():
    from .gdal_cache import block_cache
    return block_cache(lambda saved: min(saved, GDAL_CACHE_MB * 2 ** 20))


def _crs_text(crs):
    if crs is None:
        return None
    epsg = crs.to_epsg()
    return f"EPSG:{epsg}" if epsg else crs.to_wkt()


def grid_of(path):
    """The AnalysisGrid of a raster file."""
    with rasterio.open(path) as src:
        return AnalysisGrid.from_transform(tuple(src.transform)[:6], src.width, src.height,
                                           _crs_text(src.crs))


def _overlaps(dataset, grid):
    """Does the raster's footprint (in the grid's CRS) intersect the grid?"""
    from rasterio.warp import transform_bounds
    bounds = dataset.bounds
    if dataset.crs is not None and grid.crs is not None:
        try:
            bounds = transform_bounds(dataset.crs, grid.crs, *bounds)
        except Exception:
            return True                          # cannot tell: let the warp decide
    x0, y0, x1, y1 = grid.bounds
    return bounds[0] < x1 and bounds[2] > x0 and bounds[1] < y1 and bounds[3] > y0


class RasterSource:
    """One band of a raster file, read block by block on an analysis grid.

    If the file is on another grid and ``resampling`` is given, it is warped on the fly onto the
    grid (GDAL warp through a WarpedVRT); otherwise a different grid is refused."""

    def __init__(self, path, band=1, grid=None, resampling=None, label=None, raw=False):
        """``raw``: read the stored values as they are, NoData value included (constraint
        rasters, where 0 means excluded even when 0 is also declared NoData)."""
        self.path = path
        self.raw = raw
        self.label = label or os.path.basename(path)
        self.parameter = None        # the Processing parameter, named in read errors
        self.check_scores = False    # track the range of the values read (score_range)
        self.low, self.high, self.infinite_cells = math.inf, -math.inf, 0
        try:
            self._src = rasterio.open(path)
        except READ_ERRORS as err:
            raise InputError(tr("{} cannot be opened as a raster ({}); check that the file "
                                "exists and is a raster GDAL can read").format(
                self.label, err)) from None
        self.band_count = self._src.count
        self._reader = self._src
        self._warp_options = None
        self._local = threading.local()          # one handle per worker thread (GDAL datasets
        self._handles = []                       # must not be shared between threads)
        self._lock = threading.Lock()
        self._cells = False                      # TiffCells once tried (see _direct)
        if not 1 <= band <= self._src.count:
            self.close()
            raise InputError(tr("{} has {} band(s); band {} does not exist")
                             .format(self.label, self._src.count, band))
        self.band = band
        self.nodata = self._src.nodatavals[band - 1]
        own = AnalysisGrid.from_transform(tuple(self._src.transform)[:6], self._src.width,
                                          self._src.height, _crs_text(self._src.crs))
        self.grid = grid or own
        self.warped = False
        if grid is not None and not (own.aligned_with(grid) and self._same_crs(grid)):
            if raw and self.nodata == 0:
                self.close()
                raise InputError(tr(
                    "{} declares 0 as NoData, so its excluded cells (0) could not be told apart "
                    "from empty ones after resampling; align it to the analysis grid first, or "
                    "give it another NoData value").format(self.label))
            if not _overlaps(self._src, grid):
                self.close()
                raise InputError(tr("{} does not overlap the analysis extent ({}); choose an "
                                    "extent that covers it").format(self.label, grid.describe()))
            if resampling is None:
                self.close()
                raise InputError(tr(
                    "{} is on another grid ({}) than the analysis grid ({}); align it first (e.g. "
                    "Raster > Projections > Warp with the first criterion's extent and cell size) "
                    "or let the algorithm resample it").format(self.label, own.describe(),
                                                               grid.describe()))
            self._warp_options = dict(crs=grid.crs, transform=rasterio.Affine(*grid.transform),
                                      width=grid.width, height=grid.height,
                                      resampling=RESAMPLING[resampling],
                                      src_nodata=self.nodata, nodata=NODATA)
            self._reader = WarpedVRT(self._src, **self._warp_options)
            self.nodata = NODATA
            self.warped = True
        self._owner = threading.get_ident()

    def _same_crs(self, grid):
        if self._src.crs is None or grid.crs is None:
            return self._src.crs is None and grid.crs is None
        return self._src.crs == rasterio.crs.CRS.from_user_input(grid.crs)

    def _thread_reader(self):
        """The dataset to read from in this thread: the one opened at construction in the
        thread that made this source, a private handle in any other (worker) thread."""
        if threading.get_ident() == self._owner:
            return self._reader
        reader = getattr(self._local, "reader", None)
        if reader is None:
            src = rasterio.open(self.path)
            reader = WarpedVRT(src, **self._warp_options) if self._warp_options else src
            with self._lock:
                self._handles.append((src, reader))
            self._local.reader = reader
        return reader

    def read(self, window, at=None):
        """float32 block with NaN where the source has NoData, and where it holds infinite
        values (counted in ``infinite_cells``). Safe to call from several threads at once (each
        gets its own GDAL handle). A block that cannot be read (a damaged or truncated file) is
        an InputError naming the file and ``parameter``. ``at``: flat indices into the block;
        only those cells are returned (1-D), and only they are checked (score ranges too)."""
        direct = self._direct() if at is not None else None
        if direct is not None:                   # only the cells asked for, from the file's map
            data = direct.cells(window, at).astype(np.float32, copy=False)
        else:
            try:
                data = self._thread_reader().read(self.band,
                                                  window=RioWindow(window.col_off, window.row_off,
                                                                   window.width, window.height),
                                                  out_dtype="float32")
            except READ_ERRORS as err:
                raise InputError(tr("{} cannot be read ({}): the file is damaged or incomplete; "
                                    "make it again or copy it anew").format(self.label, err),
                                 self.parameter) from None
            if at is not None:
                data = data.ravel()[at]
        if self.raw:
            return data
        if self.nodata is not None and not np.isnan(self.nodata):
            data[data == np.float32(self.nodata)] = np.nan
        infinite = np.isinf(data)
        count = int(np.count_nonzero(infinite))
        if count:
            data[infinite] = np.nan
        if count or self.check_scores:
            finite = data[np.isfinite(data)] if self.check_scores else ()
            with self._lock:
                self.infinite_cells += count
                if len(finite):
                    self.low = min(self.low, float(finite.min()))
                    self.high = max(self.high, float(finite.max()))
        return data

    def _direct(self):
        """TiffCells of the file (uncompressed GeoTIFF on the grid itself), else None; opened
        once, on the first read of scattered cells."""
        if self.warped:
            return None
        with self._lock:
            if self._cells is False:
                from .tiff_cells import TiffCells
                self._cells = TiffCells.open(self.path, self.band, self._src)
            return self._cells

    def out_of_range(self, low=0.0, high=1.0):
        """(lowest, highest) value read when a score raster held values outside low..high
        (with ``check_scores``), else None."""
        if self.low < low - 1e-6 or self.high > high + 1e-6:
            return self.low, self.high
        return None

    def close(self):
        with self._lock:
            handles, self._handles = self._handles, []
            cells, self._cells = self._cells, None
        if cells:
            cells.close()
        for src, reader in handles + [(self._src, self._reader)]:
            if reader is not src:
                reader.close()
            src.close()

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        self.close()


def check_disk(grid, folder):
    """Refuse, before writing, an output that may not fit on the disk: the estimate is the
    uncompressed size (4 bytes per cell; DEFLATE usually needs far less)."""
    import shutil
    from .memory import format_bytes
    needed = grid.cells * 4
    free = shutil.disk_usage(folder).free
    if needed > free:
        raise InputError(tr("the output may need up to {} on disk but {} has only {} free; free "
                            "some space, or use a larger pixel size or a smaller extent")
                         .format(format_bytes(needed), folder, format_bytes(free)))


def verify_written(path, grid):
    """Check that the GeoTIFF at ``path`` was completely written for ``grid``: it opens, has the
    grid's size, and its last block reads back (a file cut short by a full disk fails one of
    these: "Failed to read directory at offset", a short read). Raises OSError otherwise."""
    try:
        with rasterio.open(path) as src:
            if (src.width, src.height) != (grid.width, grid.height):
                raise OSError(f"{src.width} x {src.height} cells, {grid.width} x {grid.height} "
                              "expected")
            rows = min(src.height, 512)
            cols = min(src.width, 512)
            src.read(1, window=RioWindow(src.width - cols, src.height - rows, cols, rows))
    except RasterioError as err:
        raise OSError(str(err)) from None


class AtomicRasterWriter:
    """Single-band Float32 GeoTIFF written block by block, renamed into place on success.

    Use as a context manager; an exception inside the block (including Cancelled) removes the
    temporary file and leaves any existing file at ``path`` untouched."""

    def __init__(self, path, grid, description="", tags=None, compress=True):
        """``compress``: COMPRESSION for outputs the user keeps; False for intermediate files
        that are read once more and deleted (writing them compressed costs seconds per layer,
        reading them again as much; measured with benchmarks/national.py)."""
        self.path = os.path.abspath(path)
        self.grid = grid
        self.description = description
        self.tags = dict(tags or {})
        self.valid_cells = 0
        folder = os.path.dirname(self.path)
        if not os.path.isdir(folder):
            raise InputError(tr("the output folder {} does not exist; choose an existing folder")
                             .format(folder))
        if not os.access(folder, os.W_OK):
            raise InputError(tr("the output folder {} is not writable; choose another folder")
                             .format(folder))
        check_disk(grid, folder)
        handle, self.tmp_path = tempfile.mkstemp(prefix=".ruimte-", suffix=".tif", dir=folder)
        os.close(handle)
        profile = dict(CREATION_OPTIONS, **(COMPRESSION if compress else {}),
                       width=grid.width, height=grid.height,
                       transform=rasterio.Affine(*grid.transform),
                       crs=rasterio.crs.CRS.from_user_input(grid.crs) if grid.crs else None)
        try:
            self._dst = rasterio.open(self.tmp_path, "w", **profile)
        except Exception:
            self._remove_tmp()
            raise

    def write(self, window, scores):
        known = ~np.isnan(scores)
        self.valid_cells += int(np.count_nonzero(known))
        block = np.where(known, scores, np.float32(NODATA)).astype(np.float32, copy=False)
        self._dst.write(block, 1, window=RioWindow(window.col_off, window.row_off,
                                                   window.width, window.height))

    def _remove_tmp(self):
        try:
            os.remove(self.tmp_path)
        except FileNotFoundError:
            pass

    def finish(self):
        """Close the temporary file and verify it (verify_written); a file that does not verify
        is an InputError naming the target. Then ``commit`` renames it into place; on an error,
        ``abort`` removes it. Several writers finish all before any commits, so that a failed
        output leaves no other new output of the same run behind."""
        self._dst.set_band_description(1, self.description)
        self._dst.update_tags(**{k: v if isinstance(v, str) else json.dumps(v)
                                 for k, v in self.tags.items()})
        self._dst.close()
        try:
            verify_written(self.tmp_path, self.grid)
        except OSError as err:
            raise InputError(tr("{} could not be written completely ({}); check the free disk "
                                "space and write it again").format(self.path, err)) from None

    def commit(self):
        """Give the verified file the usual permissions and rename it onto the target."""
        os.chmod(self.tmp_path, new_file_mode())
        os.replace(self.tmp_path, self.path)

    def abort(self):
        """Close (if still open) and remove the temporary file; the target stays as it was."""
        try:
            self._dst.close()
        finally:
            self._remove_tmp()

    def __enter__(self):
        return self

    def __exit__(self, exc_type, exc, tb):
        if exc_type is None:
            try:
                self.finish()
                self.commit()
            except Exception:
                self._remove_tmp()
                raise
        else:
            self.abort()
        return False


def default_threads():
    """Worker threads for block computations: the machine's cores, at most 4 (the work is
    bound by memory bandwidth beyond that; measured with benchmarks/national.py)."""
    return max(1, min(4, os.cpu_count() or 1))


def stream_blocks(grid, compute, writers, progress=None, block_size=512, threads=1):
    """Run ``compute(window) -> tuple of arrays`` over every block of ``grid`` and write the
    arrays to ``writers`` (same order; a writer may be None to skip that array).
    ``progress(fraction)`` returns False to cancel, which raises Cancelled (the writers' context
    managers then remove their temporary files).

    ``threads`` > 1 computes blocks in that many worker threads (numpy and GDAL release the
    GIL, so the cores work in parallel); ``compute`` must then be thread-safe (RasterSource
    reads are). Blocks are written by the calling thread, in order, with at most two blocks per
    thread in flight, so memory stays bounded."""
    from .parallel import ordered_map
    total = grid.block_count(block_size)

    def windows():
        for i, window in enumerate(grid.blocks(block_size)):
            if progress is not None and progress(i / total) is False:
                raise Cancelled()
            yield window

    def write(window, results):
        for writer, array in zip(writers, results):
            if writer is not None:
                writer.write(window, array)

    ordered_map(compute, windows(), write, threads if total > 1 else 1)
    if progress is not None and progress(1.0) is False:
        raise Cancelled()


def update_tags(path, tags, description=None):
    """Add or replace metadata tags of an existing GeoTIFF (values JSON-encoded unless str), and
    the first band's description when given."""
    with rasterio.open(path, "r+") as dst:
        dst.update_tags(**{k: v if isinstance(v, str) else json.dumps(v)
                           for k, v in tags.items()})
        if description is not None:
            dst.set_band_description(1, description)


def read_tags(path):
    """RUIMTE_* provenance tags of a GeoTIFF, JSON-decoded where possible."""
    with rasterio.open(path) as src:
        tags = src.tags()
    out = {}
    for key, value in tags.items():
        if key.startswith("RUIMTE_"):
            try:
                out[key] = json.loads(value)
            except ValueError:
                out[key] = value
    return out
