"""Scattered cells of an uncompressed GeoTIFF, read straight from the file's memory map.

Zonal statistics need a few cells per block (the cells of the sites in it: about 1 % of a
national grid). Through GDAL every such read copies whole tiles (1 MB each at 512 x 512 Float32)
out of the block cache, about as slow as reading the whole raster; from a memory map of an
uncompressed file only the pages that hold the cells are touched. This is what GDAL's own
GTIFF_VIRTUAL_MEM_IO does for windows; here it is done per cell (numpy fancy indexing), and per
window (``window``) for the profile run's temporary distance rasters.

Only for files where the bytes of a cell can be found without decoding: a GeoTIFF without
compression, one band (or band-interleaved), little-endian, every block written (sparse blocks
and anything else: None, and the caller reads through GDAL). Tile offsets come from GDAL's TIFF
metadata domain (BLOCK_OFFSET_x_y, BLOCK_SIZE_x_y)."""

from dataclasses import dataclass
import mmap
import threading

import numpy as np

_DONTNEED = getattr(mmap, "MADV_DONTNEED", None)      # not on Windows


class TiffCells:
    """Memory map of one band of an uncompressed GeoTIFF; ``cells(window, at)`` reads cells."""

    def __init__(self, path, band, mapped, dtype, block_shape, offsets):
        self.path, self.band = path, band
        self._map, self.dtype = mapped, np.dtype(dtype)
        self.block_h, self.block_w = block_shape
        self.offsets = offsets                   # byte offset per block [block row, block col]
        self._lock = threading.Lock()
        # where every block starts on a whole item (as GDAL writes them), the file is one array
        # of the data type and the cells of a window are one gather: a few numpy calls per
        # window instead of three per block it spans
        self._items = self._first_item = None
        size = self.dtype.itemsize
        if not (offsets % size).any():
            self._items = np.ndarray(mapped.size // size, dtype=self.dtype, buffer=mapped)
            self._first_item = (offsets // size).ravel()

    @classmethod
    def open(cls, path, band, src):
        """A TiffCells for band ``band`` of the open rasterio dataset ``src`` at ``path``, or
        None when its cells cannot be read directly (see the module docstring)."""
        try:
            if src.driver != "GTiff" or src.compression is not None:
                return None
            if src.count > 1 and (src.interleave is None or src.interleave.name != "BAND"):
                return None
            dtype = np.dtype(src.dtypes[band - 1])
            if dtype.kind not in "fiu" or dtype.itemsize > 8:
                return None
            with open(path, "rb") as f:
                if f.read(2) != b"II":                   # big-endian TIFF: let GDAL swap
                    return None
            block_h, block_w = src.block_shapes[band - 1]
            offsets = _block_offsets(path, band, src.width, src.height, block_w, block_h,
                                     block_w * block_h * dtype.itemsize)
            if offsets is None:
                return None
            mapped = np.memmap(path, dtype=np.uint8, mode="r")
            if int(offsets.max()) + block_w * block_h * dtype.itemsize > mapped.size:
                return None
            return cls(path, band, mapped, dtype, (block_h, block_w), offsets)
        except (OSError, ValueError, AttributeError, TypeError, ImportError, RuntimeError):
            return None

    def cells(self, window, at):
        """The cells ``at`` (flat indices into ``window``: an object with row_off, col_off,
        width) as a 1-D array of the file's data type."""
        size = self.block_h * self.block_w
        located = _locate(window, at, self.block_h, self.block_w, self.offsets.shape[1])
        if self._items is not None:
            out = self._items[self._first_item[located.block] + located.inner]
        else:
            out = np.empty(len(at), dtype=self.dtype)
            for t, place, inner in located.parts():
                block = np.ndarray(size, dtype=self.dtype, buffer=self._map,
                                   offset=int(self.offsets.flat[t]))
                out[place] = block[inner]
        self._release_blocks(self.offsets.flat[located.blocks].tolist(),
                             size * self.dtype.itemsize)
        return out

    def _release_blocks(self, starts, length):
        """_release of the blocks at byte offsets ``starts`` (``length`` bytes each), blocks
        that follow each other in the file at once: each call makes the kernel flush the other
        threads' address translations (about a tenth of ruimte:scoresites' reading)."""
        starts = sorted(starts)
        first = end = None
        for start in starts:
            if start != end:
                if first is not None:
                    self._release(first, end - first)
                first = start
            end = start + length
        if first is not None:
            self._release(first, end - first)

    def window(self, window, out=None):
        """The cells of ``window`` (row_off, col_off, height, width; inside the raster) as a
        2-D array of the file's data type, copied tile by tile from the map into ``out`` (or
        a new array). Unlike a read through GDAL, no tile passes through GDAL's block cache,
        where it would push out the tiles of work running beside it (the profile run's
        distance transforms)."""
        if out is None:
            out = np.empty((window.height, window.width), dtype=self.dtype)
        bh, bw = self.block_h, self.block_w
        top, left = window.row_off, window.col_off
        bottom, right = top + window.height, left + window.width
        starts = []
        for by in range(top // bh, (bottom - 1) // bh + 1):
            r0, r1 = max(top, by * bh), min(bottom, (by + 1) * bh)
            for bx in range(left // bw, (right - 1) // bw + 1):
                c0, c1 = max(left, bx * bw), min(right, (bx + 1) * bw)
                offset = int(self.offsets[by, bx])
                tile = np.ndarray((bh, bw), dtype=self.dtype, buffer=self._map, offset=offset)
                out[r0 - top:r1 - top, c0 - left:c1 - left] = \
                    tile[r0 - by * bh:r1 - by * bh, c0 - bx * bw:c1 - bx * bw]
                starts.append(offset)
        self._release_blocks(starts, bh * bw * self.dtype.itemsize)
        return out

    def _release(self, start, length):
        """Unmap the pages of one block again (they stay in the page cache): touched pages of
        a map count as the process's resident memory, 3 GB for seven national rasters."""
        raw = getattr(self._map, "_mmap", None)
        if raw is None or _DONTNEED is None:
            return
        page = mmap.PAGESIZE
        first = start // page * page
        try:
            raw.madvise(_DONTNEED, first, min(start + length, len(raw)) - first)
        except (OSError, ValueError):
            pass

    def close(self):
        with self._lock:
            mapped, self._map = self._map, None
        if mapped is not None and getattr(mapped, "_mmap", None) is not None:
            try:
                mapped._mmap.close()
            except (BufferError, ValueError):
                pass                                 # a view still alive: freed with it


_LAST = threading.local()


@dataclass
class _Located:
    """Cells of a window in the file's blocks: per cell its block number and flat index in that
    block; ``blocks``: the blocks they lie in (sorted)."""
    block: np.ndarray
    inner: np.ndarray
    blocks: np.ndarray

    def parts(self):
        """[(block number, where its cells go in the answer, their flat index in the block)],
        the cells taken block by block after one sort (a boolean pick per block would pass over
        all cells once per block)."""
        if len(self.blocks) <= 1:
            return [(int(b), slice(None), self.inner) for b in self.blocks]
        order = np.argsort(self.block, kind="stable")
        block, inner = self.block[order], self.inner[order]
        cuts = np.flatnonzero(block[1:] != block[:-1]) + 1
        return [(int(block[a]), order[a:b], inner[a:b])
                for a, b in zip(np.r_[0, cuts].tolist(), np.r_[cuts, len(block)].tolist())]


def _locate(window, at, block_h, block_w, across):
    """_Located of the cells ``at`` (flat indices into ``window``); the last answer is kept
    per thread (every raster of a zonal pass asks the same)."""
    key = (window.row_off, window.col_off, window.width, block_h, block_w, across)
    last = getattr(_LAST, "value", None)
    if last is not None and last[0] is at and last[1] == key:
        return last[2]
    flat = np.asarray(at, dtype=np.int64)
    rows = window.row_off + flat // window.width
    cols = window.col_off + flat % window.width
    by, bx = rows // block_h, cols // block_w
    block = by * across + bx
    located = _Located(block, (rows - by * block_h) * block_w + (cols - bx * block_w),
                       np.unique(block))
    _LAST.value = (at, key, located)
    return located


def _block_offsets(path, band, width, height, block_w, block_h, nbytes):
    """Byte offsets of every block [block row, block col], or None when a block is sparse, of
    another size than ``nbytes`` (compressed), or GDAL does not tell."""
    from osgeo import gdal
    ds = gdal.OpenEx(path, gdal.OF_RASTER | gdal.OF_READONLY, allowed_drivers=["GTiff"])
    if ds is None:
        return None
    try:
        b = ds.GetRasterBand(band)
        rows, cols = -(-height // block_h), -(-width // block_w)
        offsets = np.zeros((rows, cols), dtype=np.int64)
        for r in range(rows):
            for c in range(cols):
                off = b.GetMetadataItem(f"BLOCK_OFFSET_{c}_{r}", "TIFF")
                size = b.GetMetadataItem(f"BLOCK_SIZE_{c}_{r}", "TIFF")
                if not off or not size or int(size) != nbytes:
                    return None
                offsets[r, c] = int(off)
        return offsets
    finally:
        ds = None
