"""The distance helper against an independent brute force (k-d tree over feature cell centres):
GDAL's proximity (square cells) within 0.25 cell, scipy's exact transform (rectangular cells)
exactly."""

import time

import numpy as np
import pytest
from scipy.spatial import cKDTree

from ruimte_plugin.core.distance import DistanceField
from ruimte_plugin.core.errors import InputError
from ruimte_plugin.core.grid import AnalysisGrid
from ruimte_plugin.core.memory import check_memory
from ruimte_plugin.core.rasterize import FeatureSet


def brute_force(grid, points, cap):
    """Distance from every cell centre to the nearest point's cell centre, capped."""
    col = np.floor((points[:, 0] - grid.x_min) / grid.res_x)
    row = np.floor((grid.y_max - points[:, 1]) / grid.res_y)
    centres = np.column_stack([grid.x_min + (col + 0.5) * grid.res_x,
                               grid.y_max - (row + 0.5) * grid.res_y])
    rows, cols = np.mgrid[0:grid.height, 0:grid.width]
    cells = np.column_stack([(grid.x_min + (cols + 0.5) * grid.res_x).ravel(),
                             (grid.y_max - (rows + 0.5) * grid.res_y).ravel()])
    d, _ = cKDTree(centres).query(cells)
    return np.minimum(d, cap).reshape(grid.shape)


def assemble(field, threads=1):
    out = np.full(field.grid.shape, np.nan, np.float32)
    with field.prepare(threads=threads):
        for window in field.windows():
            out[window.slices()] = field.compute(window)
    return out


@pytest.mark.parametrize("threads", [1, 2])
def test_distances_equal_brute_force_within_a_quarter_cell(threads, tmp_path):
    grid = AnalysisGrid.from_bounds(0, 0, 1300 * 10, 1100 * 10, 10)
    rng = np.random.default_rng(7)
    # points inside and up to 250 m outside the grid (outside ones must still count)
    points = rng.uniform([-250, -250], [13250, 11250], size=(60, 2))
    field = DistanceField(grid, FeatureSet(points=points), max_distance=400, workdir=tmp_path)
    assert len(field._strip_rows(threads)) == threads              # strips meet in the middle
    ours = assemble(field, threads)
    truth = brute_force(grid, points, 400)
    error = np.abs(ours - truth)
    assert error.max() <= 2.5 and np.mean(error < 0.01) > 0.99, (error.max(), np.mean(error < 0.01))
    assert list(tmp_path.iterdir()) == []                          # temporary files removed


def test_exact_engine_for_rectangular_cells():
    grid = AnalysisGrid.from_transform((10, 0, 0, 0, -12, 1200 * 12), 1300, 1200, "EPSG:28992")
    rng = np.random.default_rng(5)
    points = rng.uniform([-250, -250], [13250, 14650], size=(40, 2))
    field = DistanceField(grid, FeatureSet(points=points), max_distance=400)
    assert field.exact and grid.block_count(field.tile) > 1         # scipy, tiled
    assert np.max(np.abs(assemble(field) - brute_force(grid, points, 400))) < 1e-3


def test_no_features_gives_the_cap_and_polygons_give_zero_inside():
    grid = AnalysisGrid.from_bounds(0, 0, 1000, 1000, 10)
    empty = assemble(DistanceField(grid, FeatureSet(), 300))
    assert np.all(empty == 300)
    from shapely.geometry import box
    square = box(400, 400, 600, 600).wkb
    d = assemble(DistanceField(grid, FeatureSet([square]), 300))
    assert d[50, 50] == 0                          # centre (505, 495) inside the square
    # cell (50, 65): centre x = 655; nearest inside cell centre x = 595 -> 60 m
    assert d[50, 65] == pytest.approx(60)


def test_anisotropic_cells():
    grid = AnalysisGrid.from_transform((10, 0, 0, 0, -20, 400), 40, 20, "EPSG:28992")
    field = DistanceField(grid, FeatureSet(points=np.array([[5.0, 395.0]])), 1000)
    d = assemble(field)
    assert d[0, 3] == pytest.approx(30) and d[2, 0] == pytest.approx(40)
    assert d[2, 3] == pytest.approx(50)


def test_memory_check_refuses_with_an_estimate():
    with pytest.raises(InputError, match=r"needs about 2\.0 GB .* only 1\.0 GB is free"):
        check_memory(2e9, "the distance transform", available=1e9)
    check_memory(1e8, "x", available=1e9)


@pytest.mark.parametrize("threads,reader", [(1, "map"), (2, "map"), (2, "gdal")])
def test_halo_only_where_features_are_gives_gdals_own_answer(threads, reader, tmp_path,
                                                              monkeypatch):
    """Features in part of the grid and just beyond its left edge, a cap far larger than their
    spread: GDAL works on the strip plus only the part of the halo that holds features, and
    the distances equal GDAL's own proximity (gdal.ComputeProximity, run here on the grid with
    the whole halo around it) cell for cell. Read from the strips' memory maps, and through
    GDAL where a map cannot be had."""
    from osgeo import gdal
    if reader == "gdal":
        monkeypatch.setattr(DistanceField, "_cells", lambda self, path: None)
    grid = AnalysisGrid.from_bounds(0, 0, 900 * 10, 800 * 10, 10)
    rng = np.random.default_rng(3)
    points = np.vstack([rng.uniform([2000, 3000], [5000, 6000], size=(40, 2)),
                        rng.uniform([-300, 1000], [-50, 2000], size=(5, 2))])
    cap = 3000.0
    field = DistanceField(grid, FeatureSet(points=points), cap, workdir=tmp_path)
    h = field.halo
    outer = field._outer(0, grid.height)
    assert outer.col_off > -h and outer.row_off == 0 and outer.width < grid.width + 2 * h
    ours = assemble(field, threads)

    size = (grid.height + 2 * h, grid.width + 2 * h)
    mask = np.zeros(size, np.uint8)
    col = np.floor((points[:, 0] - grid.x_min) / 10).astype(int) + h
    row = np.floor((grid.y_max - points[:, 1]) / 10).astype(int) + h
    mask[row, col] = 1
    mem = gdal.GetDriverByName("MEM")
    src, dst = mem.Create("", size[1], size[0], 1, gdal.GDT_Byte), \
        mem.Create("", size[1], size[0], 1, gdal.GDT_Float32)
    for ds in (src, dst):
        ds.SetGeoTransform((grid.x_min - h * 10, 10, 0, grid.y_max + h * 10, 0, -10))
    src.GetRasterBand(1).WriteArray(mask)
    gdal.ComputeProximity(src.GetRasterBand(1), dst.GetRasterBand(1),
                          ["VALUES=1", "DISTUNITS=GEO", f"MAXDIST={cap!r}", f"NODATA={cap!r}"])
    expected = np.minimum(dst.GetRasterBand(1).ReadAsArray()[h:-h, h:-h], np.float32(cap))
    assert np.array_equal(ours, expected)
    assert np.abs(ours - brute_force(grid, points, cap)).max() <= 2.5


def test_started_in_the_background_the_distances_are_the_same(tmp_path):
    grid = AnalysisGrid.from_bounds(0, 0, 700 * 10, 600 * 10, 10)
    points = np.random.default_rng(9).uniform([-100, -100], [7100, 6100], size=(30, 2))
    fields = [DistanceField(grid, FeatureSet(points=points), 800, workdir=tmp_path)
              for _ in range(3)]
    fields[0].prepare(threads=2)
    for field in fields[1:]:                       # two side by side, taking turns in GDAL
        assert field.start(threads=2) is field
    windows = list(fields[0].windows())
    first = [fields[0].compute(w) for w in windows]
    for field in fields[1:]:
        assert all(np.array_equal(a, field.compute(w)) for a, w in zip(first, windows))
    for field in fields:
        field.close()
    assert list(tmp_path.iterdir()) == []


def test_a_cancelled_background_run_raises_cancelled_and_leaves_no_files(tmp_path):
    from ruimte_plugin.core.errors import Cancelled
    grid = AnalysisGrid.from_bounds(0, 0, 2000 * 10, 2000 * 10, 10)
    points = np.random.default_rng(1).uniform(0, 20000, size=(50, 2))
    field = DistanceField(grid, FeatureSet(points=points), 500, workdir=tmp_path)
    field.start(lambda fraction: False, threads=2)
    with pytest.raises(Cancelled):
        field.compute(next(iter(field.windows())))
    field.close()
    assert list(tmp_path.iterdir()) == []
    running = DistanceField(grid, FeatureSet(points=points), 500, workdir=tmp_path)
    running.start(threads=2)
    time.sleep(0.05)                               # one strip begun, or none yet
    running.close()                                # stops the run, waits, removes its files
    assert list(tmp_path.iterdir()) == []
    with pytest.raises(RuntimeError):               # closed: nothing to read
        running.compute(next(iter(running.windows())))


def test_first_strips_of_every_field_come_before_second_strips():
    """The queue's order: (strip number, order of submission)."""
    import threading
    from ruimte_plugin.core.work_queue import WorkQueue
    queue, order, gate = WorkQueue(), [], threading.Event()
    jobs = [queue.submit(0, gate.wait, workers=1)]            # holds the only worker
    for field in "abc":
        for strip in (0, 1):
            jobs.append(queue.submit(strip, lambda f=field, s=strip: order.append((f, s))))
    gate.set()
    for job in jobs:
        job.wait()
    assert order == [("a", 0), ("b", 0), ("c", 0), ("a", 1), ("b", 1), ("c", 1)]
    failing = queue.submit(0, lambda: 1 / 0)
    with pytest.raises(ZeroDivisionError):
        failing.wait()


@pytest.mark.parametrize("background", [False, True])
def test_gdal_cache_is_the_transforms_own_size_while_it_runs(background, tmp_path):
    """A large GDAL cache (QGIS sets 5 % of the memory) is lowered to what the transform needs
    while it runs, and restored after: otherwise it fills with the transform's tiles."""
    from osgeo import gdal

    class Recording(FeatureSet):
        seen = []

        def mask(self, grid, window):
            self.seen.append(gdal.GetCacheMax())
            return super().mask(grid, window)

    grid = AnalysisGrid.from_bounds(0, 0, 1200 * 10, 1000 * 10, 10)
    points = np.random.default_rng(4).uniform(0, 10000, size=(20, 2))
    before = gdal.GetCacheMax()
    gdal.SetCacheMax(2 ** 31)
    try:
        field = DistanceField(grid, Recording(points=points), 500, workdir=tmp_path)
        if background:
            field.start(threads=2)
        else:
            field.prepare(threads=2)
        field.compute(next(iter(field.windows())))
        field.compute(list(field.windows())[-1])
        field.close()
        assert set(Recording.seen) == {field.proximity_cache(2)}
        assert gdal.GetCacheMax() == 2 ** 31
    finally:
        gdal.SetCacheMax(before)
