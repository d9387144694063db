"""Point rasterisation against GDAL's own burn of the same points (rasterio.features.rasterize
of Point geometries: the cell that contains the point), block by block and across window
edges, halos outside the grid included."""

import numpy as np
from rasterio import Affine
from rasterio.features import rasterize
from shapely.geometry import Point

from ruimte_plugin.core.grid import AnalysisGrid, Window
from ruimte_plugin.core.rasterize import FeatureSet


def test_point_masks_per_block_equal_gdal_burn_of_the_whole_grid():
    grid = AnalysisGrid.from_bounds(0, 0, 700 * 25, 500 * 25, 25)
    rng = np.random.default_rng(11)
    # points anywhere, some just outside the grid; no point on a cell edge (GDAL's tie rule
    # for edges is not part of the contract)
    cells = rng.integers(-20, 720, size=(3000, 2)).astype(float)
    points = np.column_stack([(cells[:, 0] + rng.uniform(0.05, 0.95, 3000)) * 25,
                              (cells[:, 1] + rng.uniform(0.05, 0.95, 3000)) * 25])
    features = FeatureSet(points=points)
    halo = 16
    outer = Window(-halo, -halo, grid.height + 2 * halo, grid.width + 2 * halo)
    x0, _, _, y1 = grid.window_bounds(outer)
    expected = rasterize([(Point(x, y), 1) for x, y in points],
                         out_shape=(outer.height, outer.width),
                         transform=Affine(25, 0, x0, 0, -25, y1), fill=0, dtype="uint8") > 0
    got = np.zeros_like(expected)
    for r in range(0, outer.height, 128):                  # blocks of 128 x 200 with the halo
        for c in range(0, outer.width, 200):
            w = Window(outer.row_off + r, outer.col_off + c, min(128, outer.height - r),
                       min(200, outer.width - c))
            got[r:r + w.height, c:c + w.width] = features.mask(grid, w)
    assert expected.sum() > 2000
    assert np.array_equal(got, expected)


def test_values_take_the_max_or_min_of_overlapping_polygons_as_one_burn_per_polygon():
    """FeatureSet.values against the plain rule worked out with one GDAL burn per polygon:
    per cell np.fmax (np.fmin) of the fill and the values of every polygon whose burn covers
    it. Overlapping squares with values in every order, a NaN value and ties."""
    from shapely.geometry import box
    grid = AnalysisGrid.from_bounds(0, 0, 60 * 10, 40 * 10, 10)
    rng = np.random.default_rng(5)
    geoms, values = [], []
    for _ in range(40):
        x, y = rng.uniform(-50, 600, 2)
        geoms.append(box(x, y, x + rng.uniform(20, 200), y + rng.uniform(20, 200)))
        values.append(float(rng.choice([0.0, 1.0, 2.0, 3.0, -1.0, np.nan])))
    features = FeatureSet([g.wkb for g in geoms])
    window = Window(-3, -3, 46, 66)                      # with a halo outside the grid
    x0, _, _, y1 = grid.window_bounds(window)
    burns = [rasterize([(g, 1)], out_shape=(46, 66), transform=Affine(10, 0, x0, 0, -10, y1),
                       fill=0, dtype="uint8") > 0 for g in geoms]
    for reduce, combine in (("max", np.fmax), ("min", np.fmin)):
        for fill in (np.nan, 0.0):
            expected = np.full((46, 66), fill, dtype=np.float32)
            for burn, value in zip(burns, values):
                expected[burn] = combine(expected[burn], np.float32(value))
            got = features.values(grid, window, values, fill=fill, reduce=reduce)
            assert got.dtype == np.float32
            assert np.array_equal(got, expected, equal_nan=True), (reduce, fill)
    assert sum(b.sum() > 0 for b in burns) >= 25 and np.isnan(values).any()


def test_values_with_more_geometries_in_a_block_than_a_byte_holds():
    """300 overlapping polygons in one block (ranks burnt as int32, not as a byte) against one
    GDAL burn per polygon."""
    from shapely.geometry import box
    grid = AnalysisGrid.from_bounds(0, 0, 50 * 10, 50 * 10, 10)
    rng = np.random.default_rng(8)
    geoms = [box(x, y, x + w, y + w) for x, y, w in zip(rng.uniform(0, 450, 300),
                                                         rng.uniform(0, 450, 300),
                                                         rng.uniform(15, 120, 300))]
    values = rng.uniform(0, 1, 300)
    window = Window(0, 0, 50, 50)
    expected = np.full((50, 50), np.nan, dtype=np.float32)
    for g, value in zip(geoms, values):
        burn = rasterize([(g, 1)], out_shape=(50, 50), transform=Affine(10, 0, 0, 0, -10, 500),
                         fill=0, dtype="uint8") > 0
        expected[burn] = np.fmax(expected[burn], np.float32(value))
    got = FeatureSet([g.wkb for g in geoms]).values(grid, window, values)
    assert np.array_equal(got, expected, equal_nan=True)
    assert np.isfinite(expected).mean() > 0.9
