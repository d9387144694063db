"""GeoTIFF I/O: round trip, NoData, provenance tags, atomic write, cancellation, resampling."""

import os

import numpy as np
import pytest
import rasterio

from ruimte_plugin.core.errors import Cancelled, InputError
from ruimte_plugin.core.grid import AnalysisGrid
from ruimte_plugin.core.rasterio_io import (NODATA, AtomicRasterWriter, RasterSource, grid_of,
                                            read_tags, stream_blocks)

GRID = AnalysisGrid.from_bounds(0, 0, 700 * 25, 600 * 25, 25, "EPSG:28992")


def write_ramp(path, grid=GRID):
    with AtomicRasterWriter(str(path), grid, "distance (m)", {"RUIMTE_ALGORITHM": "test",
                                                            "RUIMTE_PARAMETERS": {"A": 1}}) as w:
        stream_blocks(grid, lambda win: (ramp(grid, win),), [w])


def ramp(grid, win):
    rows, cols = np.mgrid[win.row_off:win.row_off + win.height, win.col_off:win.col_off + win.width]
    out = (rows * grid.width + cols).astype(np.float32)
    out[(rows == 3) & (cols == 5)] = np.nan
    return out


def test_round_trip_blocks_nodata_and_tags(tmp_path):
    path = tmp_path / "ramp.tif"
    write_ramp(path)
    with rasterio.open(path) as src:
        assert src.crs.to_epsg() == 28992
        assert src.nodata == NODATA and src.dtypes[0] == "float32"
        assert src.profile["tiled"] and src.profile["compress"] == "zstd"
        assert src.descriptions[0] == "distance (m)"
        data = src.read(1)
        assert data[3, 5] == NODATA
        assert data[599, 699] == 599 * 700 + 699
    assert grid_of(str(path)) == GRID
    assert read_tags(str(path)) == {"RUIMTE_ALGORITHM": "test", "RUIMTE_PARAMETERS": {"A": 1}}
    with RasterSource(str(path), grid=GRID) as src:
        win = list(GRID.blocks())[0]
        block = src.read(win)
        assert np.isnan(block[3, 5]) and block[0, 1] == 1
    assert [p.name for p in tmp_path.iterdir()] == ["ramp.tif"]


def test_failure_and_cancel_leave_nothing_behind(tmp_path):
    path = tmp_path / "out.tif"
    with pytest.raises(ZeroDivisionError):
        with AtomicRasterWriter(str(path), GRID) as w:
            stream_blocks(GRID, lambda win: (1 / 0,), [w])
    calls = []

    def progress(fraction):
        calls.append(fraction)
        return fraction < 0.5
    with pytest.raises(Cancelled):
        with AtomicRasterWriter(str(path), GRID) as w:
            stream_blocks(GRID, lambda win: (ramp(GRID, win),), [w], progress)
    assert list(tmp_path.iterdir()) == []
    assert 0.4 < calls[-1] < 0.7


def test_existing_output_survives_a_failed_rewrite(tmp_path):
    path = tmp_path / "keep.tif"
    write_ramp(path)
    before = path.read_bytes()
    with pytest.raises(RuntimeError):
        with AtomicRasterWriter(str(path), GRID):
            raise RuntimeError("boom")
    assert path.read_bytes() == before


def test_missing_output_folder_is_named(tmp_path):
    with pytest.raises(InputError) as err:
        AtomicRasterWriter(str(tmp_path / "nope" / "x.tif"), GRID)
    assert err.value.parameter is None and "does not exist" in str(err.value)


def test_other_grid_refused_or_resampled(tmp_path):
    path = tmp_path / "ramp.tif"
    write_ramp(path)
    coarse = AnalysisGrid.from_bounds(0, 0, 700 * 25, 600 * 25, 50, "EPSG:28992")
    with pytest.raises(InputError, match="another grid"):
        RasterSource(str(path), grid=coarse)
    with RasterSource(str(path), grid=coarse, resampling="average") as src:
        block = src.read(list(coarse.blocks())[0])
    # a 50 m cell averages 2 x 2 cells of 25 m: rows 0-1, cols 0-1 -> (0 + 1 + 700 + 701) / 4
    assert block.shape == (300, 350)
    assert block[0, 0] == pytest.approx(350.5)
    assert src.warped


def test_band_out_of_range(tmp_path):
    path = tmp_path / "ramp.tif"
    write_ramp(path)
    with pytest.raises(InputError, match="band 2"):
        RasterSource(str(path), band=2)
    assert os.path.exists(path)


def test_threaded_streaming_reads_and_writes_the_same(tmp_path):
    """Worker threads (each with its own GDAL handle, also through a warp) give the same file
    as one thread; errors and cancellation still leave nothing behind."""
    import threading
    src_path = tmp_path / "ramp.tif"
    write_ramp(src_path)
    other = AnalysisGrid.from_bounds(100, 100, 600 * 25, 500 * 25, 50, "EPSG:28992")
    seen = set()
    for threads in (1, 3):
        with RasterSource(str(src_path), grid=other, resampling="average") as src:
            def compute(win):
                seen.add(threading.get_ident())
                return (src.read(win) * np.float32(2),)
            with AtomicRasterWriter(str(tmp_path / f"t{threads}.tif"), other) as w:
                stream_blocks(other, compute, [w], block_size=64, threads=threads)
    with rasterio.open(tmp_path / "t1.tif") as a, rasterio.open(tmp_path / "t3.tif") as b:
        assert np.array_equal(a.read(1), b.read(1))
    assert len(seen) >= 2                                    # the work really was spread
    with pytest.raises(ZeroDivisionError):
        with AtomicRasterWriter(str(tmp_path / "bad.tif"), GRID) as w:
            stream_blocks(GRID, lambda win: (1 / 0,), [w], block_size=64, threads=2)
    with pytest.raises(Cancelled):
        with AtomicRasterWriter(str(tmp_path / "cancel.tif"), GRID) as w:
            stream_blocks(GRID, lambda win: (ramp(GRID, win),), [w], lambda f: f < 0.5,
                          block_size=64, threads=2)
    assert sorted(p.name for p in tmp_path.iterdir()) == ["ramp.tif", "t1.tif", "t3.tif"]


def test_intermediate_files_are_not_compressed(tmp_path):
    with AtomicRasterWriter(str(tmp_path / "tmp.tif"), GRID, compress=False) as w:
        stream_blocks(GRID, lambda win: (ramp(GRID, win),), [w])
    with rasterio.open(tmp_path / "tmp.tif") as src:
        assert src.profile.get("compress") is None and src.profile["tiled"]


def test_block_cache_is_64_mb_in_every_worker_and_restored_after(tmp_path):
    """GDAL's cache is 64 MB (not 64 bytes: rasterio.Env(GDAL_CACHEMAX=64) means bytes) while a
    run streams blocks in worker threads, and back to its old size afterwards."""
    from osgeo import gdal
    from ruimte_plugin.core.rasterio_io import GDAL_CACHE_MB, gdal_env
    seen = set()
    before = gdal.GetCacheMax()

    def compute(win):
        seen.add(gdal.GetCacheMax())
        return (ramp(GRID, win),)
    with gdal_env(), AtomicRasterWriter(str(tmp_path / "c.tif"), GRID, "test") as w:
        stream_blocks(GRID, compute, [w], threads=2)
    assert seen == {min(before, GDAL_CACHE_MB * 2 ** 20)}
    assert gdal.GetCacheMax() == before


def test_output_gets_the_umask_permissions_not_the_temporary_600(tmp_path):
    old = os.umask(0o022)
    try:
        write_ramp(tmp_path / "ramp.tif")
    finally:
        os.umask(old)
    assert os.stat(tmp_path / "ramp.tif").st_mode & 0o777 == 0o644     # 0o666 & ~0o022


def test_a_file_cut_short_does_not_verify(tmp_path):
    """What a full disk leaves: GDAL only logs the error and the file ends early. Here a
    complete file is cut to half its bytes; verify_written refuses it (and accepts the whole)."""
    from ruimte_plugin.core.rasterio_io import verify_written
    path = tmp_path / "ramp.tif"
    write_ramp(path)
    verify_written(str(path), GRID)
    data = path.read_bytes()
    path.write_bytes(data[:len(data) // 2])
    with pytest.raises(OSError):
        verify_written(str(path), GRID)
    with pytest.raises(OSError, match="100 x 100 cells, 700 x 600 expected"):
        other = AnalysisGrid.from_bounds(0, 0, 100 * 25, 100 * 25, 25, "EPSG:28992")
        write_ramp(tmp_path / "small.tif", other)
        verify_written(str(tmp_path / "small.tif"), GRID)


def test_an_output_that_does_not_verify_replaces_nothing(tmp_path):
    """The writer verifies the closed temporary file before renaming it: a file truncated after
    close (as a full disk leaves it) is an error naming the target, the previous output stays
    and no temporary file is left."""
    path = tmp_path / "ramp.tif"
    write_ramp(path)
    before = path.read_bytes()
    writer = AtomicRasterWriter(str(path), GRID, "distance (m)")
    stream_blocks(GRID, lambda win: (ramp(GRID, win),), [writer])
    original_close = writer._dst.close

    def close_and_cut():                    # the flush "succeeds" but the bytes are gone
        original_close()
        data = open(writer.tmp_path, "rb").read()
        open(writer.tmp_path, "wb").write(data[:len(data) // 3])
    writer._dst.close = close_and_cut
    with pytest.raises(InputError, match="could not be written completely"):
        with writer:
            pass
    assert path.read_bytes() == before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["ramp.tif"]


def test_text_written_atomically_with_usual_permissions(tmp_path):
    from ruimte_plugin.core.files import write_text_atomic
    path = tmp_path / "report.html"
    path.write_text("old", encoding="utf-8")
    old = os.umask(0o022)
    try:
        write_text_atomic(str(path), "<html>new</html>")
    finally:
        os.umask(old)
    assert path.read_text(encoding="utf-8") == "<html>new</html>"
    assert os.stat(path).st_mode & 0o777 == 0o644
    with pytest.raises(InputError, match="could not be written"):
        write_text_atomic(str(tmp_path / "no-such-folder" / "r.html"), "x")
    assert sorted(p.name for p in tmp_path.iterdir()) == ["report.html"]
