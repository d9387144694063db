"""Scattered cells straight from an uncompressed GeoTIFF's memory map (core/tiff_cells.py) and
through RasterSource.read(window, at): the same values as reading the window with GDAL."""

import numpy as np
import pytest
import rasterio
from rasterio.transform import from_origin

from ruimte_plugin.core.grid import Window
from ruimte_plugin.core.rasterio_io import RasterSource
from ruimte_plugin.core.tiff_cells import TiffCells


def write(path, data, **options):
    with rasterio.open(str(path), "w", driver="GTiff", width=data.shape[1],
                       height=data.shape[0], count=1, dtype=data.dtype, nodata=-9999,
                       crs="EPSG:28992", transform=from_origin(0, 3000, 10, 10),
                       **options) as dst:
        dst.write(data, 1)
    return str(path)


VALUES = np.random.default_rng(3).uniform(0, 1, (300, 250)).astype(np.float32)
VALUES[5, 7] = -9999                                          # NoData
VALUES[100, 100] = np.inf                                     # infinite: NaN, counted


@pytest.mark.parametrize("options", [
    dict(tiled=True, blockxsize=64, blockysize=32),            # tiles: windows cross tiles
    dict(),                                                    # strips (last one shorter)
])
def test_cells_equal_a_gdal_window_read(tmp_path, options):
    path = write(tmp_path / "v.tif", VALUES, **options)
    window = Window(3, 50, 120, 90)                            # rows 3-122, cols 50-139
    at = np.random.default_rng(0).choice(120 * 90, 2000, replace=False)
    with RasterSource(path) as source:
        expected = source.read(window).ravel()[at]
        got = source.read(window, at=at)
        assert np.array_equal(np.isnan(expected), np.isnan(got))
        assert np.array_equal(expected[~np.isnan(expected)], got[~np.isnan(got)])


def test_direct_path_only_for_uncompressed_tiles(tmp_path):
    with rasterio.open(write(tmp_path / "t.tif", VALUES, tiled=True, blockxsize=64,
                             blockysize=32)) as src:
        cells = TiffCells.open(src.name, 1, src)
        assert cells is not None
        window = Window(30, 60, 40, 70)
        at = np.arange(0, 40 * 70, 7)
        rows, cols = 30 + at // 70, 60 + at % 70
        assert np.array_equal(cells.cells(window, at), VALUES[rows, cols])
        # block by block, as for a file whose blocks do not start on a whole item (GDAL
        # writes them so, so that path is forced here), cells asked for in any order
        cells._items = None
        shuffled = np.random.default_rng(1).permutation(at)
        rows, cols = 30 + shuffled // 70, 60 + shuffled % 70
        assert np.array_equal(cells.cells(window, shuffled), VALUES[rows, cols])
        assert cells.cells(window, np.zeros(0, dtype=np.int64)).shape == (0,)   # no cells
        cells.close()
    with rasterio.open(write(tmp_path / "z.tif", VALUES, tiled=True, blockxsize=64,
                             blockysize=32, compress="deflate")) as src:
        assert TiffCells.open(src.name, 1, src) is None        # compressed: through GDAL


def test_window_equals_a_gdal_window_read(tmp_path):
    """Windows across tile edges, at the raster's edges and inside one tile, copied from the
    map: the same cells as rasterio's (GDAL's) read of the window."""
    with rasterio.open(write(tmp_path / "w.tif", VALUES, tiled=True, blockxsize=64,
                             blockysize=32)) as src:
        cells = TiffCells.open(src.name, 1, src)
        for window in (Window(30, 60, 40, 70), Window(0, 0, 300, 250), Window(268, 190, 32, 60),
                       Window(33, 65, 10, 10)):
            expected = src.read(1, window=rasterio.windows.Window(
                window.col_off, window.row_off, window.width, window.height))
            assert np.array_equal(cells.window(window), expected)
            out = np.zeros((window.height + 2, window.width), dtype=np.float32)
            cells.window(window, out=out[1:-1])
            assert np.array_equal(out[1:-1], expected) and not out[0].any()
        cells.close()


def test_blocks_that_follow_each_other_are_released_at_once(tmp_path):
    """The pages of the blocks read are given back (madvise) per run of blocks that follow each
    other in the file, not block by block; blocks apart stay apart. The cells read are the
    file's, as before."""
    released = []

    class Recording(TiffCells):
        def _release(self, start, length):
            released.append((start, length))

    with rasterio.open(write(tmp_path / "r.tif", VALUES, tiled=True, blockxsize=64,
                             blockysize=32)) as src:
        plain = TiffCells.open(src.name, 1, src)
        cells = Recording(plain.path, 1, plain._map, plain.dtype,
                          (plain.block_h, plain.block_w), plain.offsets)
        window = Window(0, 0, 64, 250)                   # two rows of four blocks
        at = np.arange(0, 64 * 250, 3)
        assert np.array_equal(cells.cells(window, at), VALUES[at // 250, at % 250])
        size = 32 * 64 * 4
        starts = sorted(int(o) for o in plain.offsets[:2].ravel())
        assert all(b - a == size for a, b in zip(starts, starts[1:]))  # written in order
        assert released == [(starts[0], 8 * size)]
        released.clear()
        cells._release_blocks([starts[5], starts[0], starts[1], starts[3]], size)
        assert released == [(starts[0], 2 * size), (starts[3], size), (starts[5], size)]
        plain.close()
