"""AnalysisGrid: snapping, blocks and transforms, checked by hand."""

import pytest

from ruimte_plugin.core.errors import InputError
from ruimte_plugin.core.grid import AnalysisGrid


def test_bounds_snap_outward_to_multiples_of_the_pixel():
    g = AnalysisGrid.from_bounds(10.3, 20.7, 99.1, 80.0, 25)
    assert (g.x_min, g.y_min, g.x_max, g.y_max) == (0, 0, 100, 100)
    assert (g.width, g.height) == (4, 4)
    assert g.transform == (25, 0, 0, 0, -25, 100)


def test_bounds_on_the_grid_stay_put_despite_float_noise():
    g = AnalysisGrid.from_bounds(230000.00000001, 540000, 240000 - 1e-8, 550000, 25)
    assert g.bounds == (230000, 540000, 240000, 550000)
    assert g.shape == (400, 400)


def test_two_runs_align_cell_for_cell():
    a = AnalysisGrid.from_bounds(1000.1, 2000.1, 5000, 6000, 25)
    b = AnalysisGrid.from_bounds(1020, 2010, 4000, 5000, 25)
    # b's origin lies on a's lattice: whole number of cells apart
    assert (b.x_min - a.x_min) % 25 == 0 and (a.y_max - b.y_max) % 25 == 0


def test_blocks_cover_every_cell_once():
    g = AnalysisGrid.from_bounds(0, 0, 1300 * 10, 700 * 10, 10)
    seen = [[0] * g.width for _ in range(g.height)]
    for w in g.blocks(512):
        rows, cols = w.slices()
        for r in range(rows.start, rows.stop):
            for c in range(cols.start, cols.stop):
                seen[r][c] += 1
    assert all(v == 1 for row in seen for v in row)
    assert g.block_count(512) == 3 * 2


def test_window_transform_and_bounds():
    g = AnalysisGrid.from_bounds(0, 0, 100, 100, 10)
    w = list(g.blocks(4))[1]          # row 0, col 4
    assert g.window_transform(w) == (10, 0, 40, 0, -10, 100)
    assert g.window_bounds(w) == (40, 60, 80, 100)


def test_from_transform_and_refusals():
    g = AnalysisGrid.from_transform((25, 0, 1000, 0, -25, 5000), 10, 20, "EPSG:28992")
    assert g.bounds == (1000, 4500, 1250, 5000)
    with pytest.raises(InputError):
        AnalysisGrid.from_transform((25, 1, 1000, 0, -25, 5000), 10, 20, "EPSG:28992")
    with pytest.raises(InputError) as err:
        AnalysisGrid.from_bounds(0, 0, 100, 100, 0)
    assert err.value.parameter == "pixel_size"
    with pytest.raises(InputError) as err:
        AnalysisGrid.from_bounds(0, 0, 0, 100, 25)
    assert err.value.parameter == "extent"
    with pytest.raises(InputError):
        AnalysisGrid.from_bounds(0, 0, 100, 100, -5)


def test_aligned_with():
    a = AnalysisGrid.from_bounds(0, 0, 100, 100, 10)
    assert a.aligned_with(AnalysisGrid.from_bounds(0, 0, 100, 100, 10))
    assert not a.aligned_with(AnalysisGrid.from_bounds(0, 0, 100, 100, 20))
    assert not a.aligned_with(AnalysisGrid.from_bounds(10, 0, 110, 100, 10))
