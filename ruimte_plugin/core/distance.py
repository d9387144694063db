"""Distance (m) from every cell centre to the centre of the nearest feature cell, capped at
``max_distance``: cells farther from every feature get ``max_distance`` itself ("at least this
far"). The one distance helper of the plugin; the convention (cell centre to cell
centre) is that of GDAL's proximity tool (gdal:proximity).

Features just outside the grid count: the work covers the grid plus a halo of ``max_distance``
on every side, as far as there are features in it (an empty halo changes no distance). Two
engines, chosen by the cell shape:

* square cells (the normal case, PIXEL_SIZE): GDAL's proximity algorithm (GDALComputeProximity,
  the engine of gdal:proximity), streamed through temporary GeoTIFFs in a work folder, so memory
  stays at a block cache of three rows of tiles per strip (proximity_cache()), and the time does
  not grow with ``max_distance``. It propagates the nearest feature cell in scan passes and is not
  an exact Euclidean transform: against an exact one it is at most about 0.2 cell off, and exact
  for 99 % of cells (measured with benchmarks/). The grid is cut into horizontal strips (each
  with its own halo) that worker threads compute side by side.
* rectangular cells (GDAL assumes square ones): scipy's exact Euclidean distance transform, tile
  by tile, each tile with the halo (about 33 bytes per cell of tile + halo).

Use as a context manager (or call ``close``): the temporary files are removed at the end.
"""

import math
import os
import shutil
import tempfile
import threading

import numpy as np

from .errors import Cancelled
from .grid import Window
from .i18n import tr
from .memory import check_memory
from .gdal_cache import block_cache
from .work_queue import WorkQueue

#: bytes per cell of scipy's distance_transform_edt (float64 distances + int32 indices + input)
EDT_BYTES_PER_CELL = 33
#: plan scipy tiles of at most this many bytes of transform work
TILE_BUDGET_BYTES = 400e6
#: GDAL block cache (bytes) while GDAL's proximity runs, at least; it also holds one row of
#: mask and distance tiles per strip, three times over (proximity_cache())
PROXIMITY_CACHE_BYTES = 64 * 2 ** 20
#: GDAL block cache per cell of a row of tiles: the mask (unpacked: 1 byte) + Float32 distance
CACHE_BYTES_PER_CELL = 5
#: temporary disk use per cell of grid + halo: the mask (1 bit, NBITS=1) + Float32 distance
DISK_BYTES_PER_CELL = 4.125
#: output blocks (cells); strips start at multiples of it
BLOCK = 512
#: the strips of fields started in the background (DistanceField.start), by strip number
STRIPS = WorkQueue()


def square_cells(grid):
    return math.isclose(grid.res_x, grid.res_y, rel_tol=1e-9)


class DistanceField:
    """Distances to ``features`` (a rasterize.FeatureSet) on ``grid``, capped at max_distance.

    ``prepare(progress, threads)`` does the work (GDAL engine); ``compute(window)`` then returns
    the float32 distances of any window, from any thread. ``start(progress, threads)`` queues the
    same work (its strips) in the shared background queue STRIPS and returns at once;
    ``compute`` then waits for the strips it reads (the profile run reads its other inputs
    meanwhile: GDAL's proximity does not hold Python's GIL)."""

    def __init__(self, grid, features, max_distance, workdir=None):
        if max_distance is None or not max_distance > 0:
            raise ValueError("max_distance must be positive")
        self.grid = grid
        self.features = features
        self.max_distance = float(max_distance)
        self.halo = int(math.ceil(self.max_distance / min(grid.res_x, grid.res_y))) + 1
        self.exact = not square_cells(grid)
        self.tile = self._tile_size() if self.exact else BLOCK
        self.workdir = workdir
        self._folder = None
        self._strips = []      # [(first grid row, last row + 1, distance file, its window)]
        self._local = threading.local()
        self._opened = []
        self._mapped = {}                     # distance file -> TiffCells (or None)
        self._lock = threading.Lock()
        self._stop = threading.Event()        # set by close(): a background run stops
        self._jobs = []                       # start(): [(first row, last row + 1, Job)]
        self._begun = 0                       # background strips being worked on
        self._idle = threading.Event()
        self._idle.set()

    # ------------------------------------------------------------ planning
    def _tile_size(self):
        """scipy tiles: edge (cells, multiple of 512) large against the halo, within budget."""
        if max(self.grid.width, self.grid.height) <= 4 * self.halo:
            return max(self.grid.width, self.grid.height)       # one tile covers everything
        tile = 512 * max(1, min(8, (4 * self.halo) // 512))
        while tile > 512 and EDT_BYTES_PER_CELL * (tile + 2 * self.halo) ** 2 > TILE_BUDGET_BYTES:
            tile -= 512
        return tile

    def proximity_cache(self, strips=1):
        """GDAL block cache (bytes) for ``strips`` proximity runs side by side: GDAL writes a
        scanline at a time, so a whole row of tiles of mask (1 byte) and distance (4 bytes)
        must stay in the cache for each strip. Two rows per strip: the profile run at 25 m took
        19.2 s with two, 19.0-19.3 s with three (80 MB more), 21 s with one and a half
        (benchmarks/national.py data, 2 cores)."""
        row = BLOCK * (self.grid.width + 2 * self.halo) * CACHE_BYTES_PER_CELL
        return int(max(PROXIMITY_CACHE_BYTES, 2 * strips * row))

    def memory_needed(self, threads=1):
        if not self.exact:
            return self.proximity_cache(threads)
        side_y = min(self.tile, self.grid.height) + 2 * self.halo
        side_x = min(self.tile, self.grid.width) + 2 * self.halo
        return EDT_BYTES_PER_CELL * side_x * side_y

    def disk_needed(self, threads=1):
        rows = self.grid.height + 2 * self.halo * max(1, threads)
        return 0 if self.exact else int(DISK_BYTES_PER_CELL * rows * (self.grid.width +
                                                                      2 * self.halo))

    def check_memory(self, threads=1):
        check_memory(self.memory_needed(threads), tr("the distance transform"),
                     tr("use a larger pixel size or a smaller maximum distance"))

    def _check_disk(self, strips):
        from .errors import InputError
        from .memory import format_bytes
        folder = self.workdir or tempfile.gettempdir()
        needed, free = self.disk_needed(strips), shutil.disk_usage(folder).free
        if needed > free:
            raise InputError(tr("the distance transform needs about {} of temporary disk space "
                                "in {}, but only {} is free; free some space, or use a larger "
                                "pixel size or a smaller extent").format(
                format_bytes(needed), folder, format_bytes(free)))

    def windows(self):
        return self.grid.blocks(self.tile)

    def _strip_rows(self, threads, halos=4):
        """Row ranges of the strips: one per thread, but only where each strip is at least
        ``halos`` times its halo (a halo is computed twice: once for each strip beside it).
        ``start`` asks for eight: there the other fields' strips keep the cores busy anyway
        (at 25 m the profile's 25 km nitrogen field as two strips cost 1 CPU s more, and the
        run 1 s longer)."""
        rows = self.grid.height
        count = max(1, min(threads, rows // max(BLOCK, halos * self.halo)))
        step = -(-rows // count)
        step = -(-step // BLOCK) * BLOCK
        return [(r, min(rows, r + step)) for r in range(0, rows, step)]

    # ------------------------------------------------------------ GDAL engine
    def start(self, progress=None, threads=1):
        """``prepare`` in the background: the strips are queued in STRIPS (first strips of all
        fields first) and this returns at once; ``compute`` waits for the strips it reads. The
        disk check is done here, so that its error reaches the caller; any later error (or
        Cancelled, when ``progress`` returns False) is raised by ``compute``."""
        if self.exact or self._strips or self._jobs:
            return self
        rows = self._plan(threads, halos=8)
        cache = self.proximity_cache(threads)

        def strip(i, r0, r1):
            with self._lock:                      # close() waits only for strips begun
                if self._stop.is_set():
                    raise Cancelled()
                self._begun += 1
            try:
                def keep_going(fraction):
                    return not self._stop.is_set() and (progress is None or
                                                         progress(fraction) is not False)
                with block_cache(cache):
                    return self._strip(i, r0, r1, keep_going)
            finally:
                with self._lock:
                    self._begun -= 1
                    if not self._begun:
                        self._idle.set()
        self._idle.clear()
        self._jobs = [(r0, r1, STRIPS.submit(i, lambda i=i, r0=r0, r1=r1: strip(i, r0, r1),
                                             threads))
                      for i, (r0, r1) in enumerate(rows)]
        return self

    def prepare(self, progress=None, threads=1):
        """Compute the distances (GDAL engine) into temporary files, one strip per thread;
        ``progress(fraction)`` is called from this thread and returns False to cancel (raises
        Cancelled). Nothing to do for the exact engine."""
        if self.exact or self._strips or self._jobs:
            return self
        from concurrent.futures import ThreadPoolExecutor, wait
        rows = self._plan(threads)
        done = [0.0] * len(rows)
        stop = self._stop

        def run(i):
            def keep_going(fraction):
                done[i] = fraction
                return not stop.is_set()
            return self._strip(i, *rows[i], keep_going)

        try:
            with block_cache(self.proximity_cache(len(rows))), \
                    ThreadPoolExecutor(len(rows)) as pool:
                futures = [pool.submit(run, i) for i in range(len(rows))]
                pending = set(futures)
                while pending:
                    _, pending = wait(pending, timeout=0.25)
                    if progress is not None and progress(sum(done) / len(rows)) is False:
                        stop.set()
                strips = [f.result() for f in futures]      # a worker's error raises
            if stop.is_set():
                raise Cancelled()
            self._strips = strips
        except BaseException:
            self._remove_files()
            raise
        return self

    def _plan(self, threads, halos=4):
        """The strips' row ranges (_strip_rows), after the disk check; the work folder made."""
        rows = self._strip_rows(threads, halos)
        self._check_disk(len(rows))
        self._folder = tempfile.mkdtemp(prefix="ruimte-distance-", dir=self.workdir)
        return rows

    def _strip(self, i, r0, r1, keep_going):
        """Strip ``i`` (grid rows r0..r1): (r0, r1, its distance file, the window it covers)."""
        path = os.path.join(self._folder, f"distance_{i}.tif")
        return r0, r1, path, self._proximity(r0, r1, path, keep_going)

    def _strips_for(self, window):
        """The strips that hold ``window``'s rows, waiting for background ones."""
        if self._jobs:
            return [job.wait() for r0, r1, job in self._jobs
                    if r0 < window.row_off + window.height and r1 > window.row_off]
        if not self._strips:
            raise RuntimeError("DistanceField.prepare() must run before compute()")
        return self._strips

    def _proximity(self, r0, r1, path, keep_going):
        """Distances for grid rows r0..r1 (plus halo) into ``path``; ``keep_going(fraction)``
        returns False to stop (raises Cancelled)."""
        from osgeo import gdal
        gdal.UseExceptions()
        grid = self.grid
        outer = self._outer(r0, r1)
        x0, _, _, y1 = grid.window_bounds(outer)
        geotransform = (x0, grid.res_x, 0.0, y1, 0.0, -grid.res_y)
        driver = gdal.GetDriverByName("GTiff")
        tiled = ["TILED=YES", f"BLOCKXSIZE={BLOCK}", f"BLOCKYSIZE={BLOCK}", "BIGTIFF=IF_SAFER"]
        mask_path = path[:-4] + "_mask.tif"
        # not compressed: GDAL's proximity reads the mask a scanline at a time, and a compressed
        # tile evicted from the cache would be inflated again for each of its 512 lines (dense
        # masks, e.g. 1 M houses, took 3-4 times as long now and then). One bit per cell
        # (NBITS=1): with two strips side by side GDAL still reads some mask tiles again and
        # again (evicted from its cache by the other strip's blocks), and a tile of 32 KB costs
        # an eighth of one of 256 KB. The profile run at 10 m (benchmarks/national.py data) spent
        # 28-34 s in the kernel instead of 49-67 s (strace: mostly reading mask tiles), and took
        # 108-119 s instead of 116-132 s.
        mask = driver.Create(mask_path, outer.width, outer.height, 1, gdal.GDT_Byte,
                             tiled + ["NBITS=1"])
        try:
            mask.SetGeoTransform(geotransform)
            band = mask.GetRasterBand(1)
            for r in range(0, outer.height, BLOCK):
                for c in range(0, outer.width, BLOCK):
                    piece = Window(outer.row_off + r, outer.col_off + c,
                                   min(BLOCK, outer.height - r), min(BLOCK, outer.width - c))
                    values = self.features.mask(grid, piece)
                    if values.any():
                        band.WriteArray(values.astype(np.uint8), c, r)
                if not keep_going(0.1 * min(1.0, (r + BLOCK) / outer.height)):
                    raise Cancelled()
            # written out now: dirty mask tiles left in the shared block cache made the two
            # strips' proximity runs evict each other's blocks (3-5 times slower now and then)
            mask.FlushCache()
            target = driver.Create(path, outer.width, outer.height, 1, gdal.GDT_Float32, tiled)
            target.SetGeoTransform(geotransform)
            try:
                gdal.ComputeProximity(band, target.GetRasterBand(1), [
                    "VALUES=1", "DISTUNITS=GEO", f"MAXDIST={self.max_distance!r}",
                    f"NODATA={self.max_distance!r}", "USE_INPUT_NODATA=NO"],
                    callback=lambda complete, *_: int(keep_going(0.1 + 0.9 * complete)))
            except RuntimeError:
                if not keep_going(1.0):
                    raise Cancelled() from None
                raise
            target.FlushCache()
            target = None
        finally:
            band = mask = None
            os.remove(mask_path)
        return outer

    def _outer(self, r0, r1):
        """The window GDAL works on for grid rows r0..r1: the strip with its halo, but the halo
        only as far as features reach (a halo without features adds nothing but work: the
        Natura 2000 distances of a province that lies within its own grid, 25 km on each side,
        are a quarter of the work)."""
        h, grid = self.halo, self.grid
        span = self.features.cell_span(grid)
        top, bottom, left, right = r0 - h, r1 + h, -h, grid.width + h
        if span is not None:
            first_row, last_row, first_col, last_col = span
            top = max(top, min(r0, first_row))
            bottom = min(bottom, max(r1, last_row + 1))
            left = max(left, min(0, first_col))
            right = min(right, max(grid.width, last_col + 1))
        return Window(top, left, bottom - top, right - left)

    def _cells(self, path):
        """The distance file at ``path`` read straight from its memory map (core.tiff_cells:
        no tile passes through GDAL's block cache, where the final pass's reads pushed out the
        tiles of the transforms still running beside it), opened once for all threads; None
        when it cannot be (then GDAL reads it, _reader)."""
        with self._lock:
            if path not in self._mapped:
                import rasterio
                from .tiff_cells import TiffCells
                with rasterio.open(path) as src:
                    self._mapped[path] = TiffCells.open(path, 1, src)
            return self._mapped[path]

    def _reader(self, path):
        """An open dataset for ``path`` in this thread (GDAL handles are not shared)."""
        import rasterio
        readers = getattr(self._local, "readers", None)
        if readers is None:
            readers = self._local.readers = {}
        if path not in readers:
            readers[path] = rasterio.open(path)
            with self._lock:
                self._opened.append(readers[path])
        return readers[path]

    def compute(self, window):
        """float32 distances (m) for ``window``, capped at max_distance."""
        if self.exact:
            return self._exact(window)
        from rasterio.windows import Window as RioWindow
        out = np.empty((window.height, window.width), dtype=np.float32)
        for r0, r1, path, outer in self._strips_for(window):
            top, bottom = max(r0, window.row_off), min(r1, window.row_off + window.height)
            if top >= bottom:
                continue
            rows = out[top - window.row_off:bottom - window.row_off]
            inner = Window(top - outer.row_off, window.col_off - outer.col_off, bottom - top,
                           window.width)
            cells = self._cells(path)
            if cells is not None:
                cells.window(inner, out=rows)
            else:
                self._reader(path).read(1, out=rows, window=RioWindow(
                    inner.col_off, inner.row_off, inner.width, inner.height))
        return np.minimum(out, np.float32(self.max_distance), out=out)

    # ------------------------------------------------------------ exact engine
    def _exact(self, window):
        from scipy.ndimage import distance_transform_edt
        h = self.halo
        outer = Window(window.row_off - h, window.col_off - h, window.height + 2 * h,
                       window.width + 2 * h)
        mask = self.features.mask(self.grid, outer)
        if not mask.any():
            return np.full((window.height, window.width), self.max_distance, dtype=np.float32)
        dist = distance_transform_edt(~mask, sampling=(self.grid.res_y, self.grid.res_x))
        inner = dist[h:h + window.height, h:h + window.width]
        return np.minimum(inner, self.max_distance).astype(np.float32)

    # ------------------------------------------------------------ clean-up
    def close(self):
        """Stop a background run, close the readers, remove the temporary files."""
        with self._lock:
            self._stop.set()                     # strips not begun will not begin
            if not self._begun:
                self._idle.set()
        self._idle.wait()                        # strips begun stop at their next line
        self._remove_files()

    def _remove_files(self):
        with self._lock:
            opened, self._opened = self._opened, []
            mapped, self._mapped = self._mapped, {}
        for dataset in opened + [m for m in mapped.values() if m is not None]:
            dataset.close()
        self._strips, self._jobs = [], []
        if self._folder is not None:
            shutil.rmtree(self._folder, ignore_errors=True)
            self._folder = None

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        self.close()
