"""Zonal statistics of many sites in one pass (label images) against a brute force written out
here: every cell centre tested against every polygon with shapely, one site at a time."""

import numpy as np
import pytest
from shapely.geometry import Point, box

from ruimte_plugin.core.grid import AnalysisGrid
from ruimte_plugin.core.sites import site_name_field, weakest_criterion, zonal_table

GRID = AnalysisGrid.from_bounds(0, 0, 1400 * 10, 1100 * 10, 10)


def centres_inside(geom):
    """(rows, cols) of the cells whose centre lies inside ``geom``, by shapely."""
    x0, y0, x1, y1 = geom.bounds
    c0, c1 = int(x0 // 10), int(x1 // 10) + 1
    r0, r1 = int((GRID.y_max - y1) // 10), int((GRID.y_max - y0) // 10) + 1
    out = [(r, c) for r in range(max(r0, 0), min(r1, GRID.height))
           for c in range(max(c0, 0), min(c1, GRID.width))
           if geom.contains(Point(GRID.x_min + (c + 0.5) * 10, GRID.y_max - (r + 0.5) * 10))]
    return tuple(np.array(out).T) if out else (np.array([], int), np.array([], int))


@pytest.mark.parametrize("threads", [1, 2])
def test_one_pass_equals_brute_force_with_overlaps_holes_and_nodata(threads):
    rng = np.random.default_rng(4)
    values = rng.uniform(0, 1, GRID.shape).astype(np.float32)
    values[rng.uniform(size=GRID.shape) < 0.05] = np.nan          # scattered NoData
    excluded = rng.uniform(size=GRID.shape) < 0.3
    geoms = []
    for _ in range(120):                                           # scattered rotated boxes
        x, y = rng.uniform(200, 13700), rng.uniform(200, 10800)
        w, h = rng.uniform(15, 400, size=2)
        geoms.append(box(x, y, x + w, y + h))
    geoms.append(box(5003, 5003, 5007, 5007))                      # no cell centre inside
    geoms.append(box(6000, 6000, 6400, 6400))
    geoms.append(box(6200, 6200, 6600, 6600))                      # overlaps the previous
    geoms.append(box(100, 100, 900, 900).difference(box(300, 300, 700, 700)))   # with a hole
    read = lambda window: values[window.slices()].copy()          # noqa: E731
    hit = lambda window: excluded[window.slices()]                 # noqa: E731
    table = zonal_table(GRID, geoms, [("v", read)], [("x", hit)], threads=threads, block=256)
    # the sites handed over as WKB (as ruimte:scoresites does): the same table
    from_wkb = zonal_table(GRID, [g.wkb for g in geoms], [("v", read)], [("x", hit)],
                           threads=threads, block=256)
    for a, b in ((table.count, from_wkb.count), (table.mean, from_wkb.mean),
                 (table.minimum, from_wkb.minimum), (table.share, from_wkb.share)):
        assert np.array_equal(a, b, equal_nan=True)
    for i, geom in enumerate(geoms):
        rows, cols = centres_inside(geom)
        if len(rows) <= 1:                                         # tiny: covered-share rule
            assert table.count[0, i] > 0
            continue
        cell = values[rows, cols]
        ok = ~np.isnan(cell)
        assert table.count[0, i] == ok.sum()
        assert table.mean[0, i] == pytest.approx(cell[ok].astype(np.float64).mean(), rel=1e-9)
        assert table.minimum[0, i] == pytest.approx(cell[ok].min())
        assert table.maximum[0, i] == pytest.approx(cell[ok].max())
        assert table.share[0, i] == pytest.approx(excluded[rows, cols].mean())
    # by hand: the 4 m x 4 m site lies in the cell of column 500, row (11000 - 5005) // 10 =
    # 599 and covers 16 of its 100 m2; that cell alone gives its mean, weight 0.16
    tiny = 120
    assert table.count[0, tiny] == pytest.approx(0.16)
    assert table.mean[0, tiny] == pytest.approx(values[599, 500])
    assert table.share[0, tiny] == float(excluded[599, 500])


def test_site_name_field_prefers_ids_then_names_whatever_the_case():
    assert site_name_field(["rank", "NAAM", "site_id"]) == "site_id"
    assert site_name_field(["OBJECTID", "Naam", "id"]) == "Naam"
    assert site_name_field(["BEDRIJVENT", "score"]) == "BEDRIJVENT"
    assert site_name_field(["score", "rank"]) is None


def test_weakest_criterion_is_the_largest_weighted_loss():
    # weights .5 .3 .2, means .9 .2 .0: losses .05, .24, .20 -> the second; they add up to
    # 1 - WLC score = 1 - (.45 + .06 + 0) = .49
    name, loss = weakest_criterion(["a", "b", "c"], [0.9, 0.2, 0.0], [0.5, 0.3, 0.2])
    assert (name, loss) == ("b", pytest.approx(0.24))
    assert 0.05 + 0.24 + 0.20 == pytest.approx(1 - (0.5 * 0.9 + 0.3 * 0.2))
    assert weakest_criterion(["a", "b"], [0.9, 0.2]) == ("b", pytest.approx(0.8))   # no weights
    assert weakest_criterion(["a", "b"], [float("nan"), 0.7], [0.9, 0.1])[0] == "b"
    assert weakest_criterion(["a"], [float("nan")]) == (None, None)


def test_site_cells_are_the_cells_gdal_burns():
    """The numpy scanline fill gives the cells rasterio's rasterize (GDAL) burns, for rotated
    boxes, boxes with holes, multipolygons and a site over the grid's edge."""
    from rasterio import Affine
    from rasterio.features import rasterize
    from shapely.affinity import rotate
    from shapely.geometry import MultiPolygon
    from ruimte_plugin.core.site_cells import site_cells
    from ruimte_plugin.core.sites import site_window

    rng = np.random.default_rng(7)
    geoms = []
    for _ in range(200):
        x, y = rng.uniform(-100, 13900), rng.uniform(-100, 11000)
        g = rotate(box(x, y, x + rng.uniform(5, 600), y + rng.uniform(5, 600)),
                   rng.uniform(0, 90))
        if rng.uniform() < 0.3:
            g = g.difference(g.centroid.buffer(rng.uniform(5, 150)))
        geoms.append(g)
    geoms.append(MultiPolygon([box(20, 20, 95, 95), box(200, 20, 260, 77)]))
    labels, rows, cols = site_cells(GRID, geoms)
    for i, g in enumerate(geoms):
        window = site_window(GRID, g.bounds) if not g.is_empty else None
        mine = set(zip(rows[labels == i + 1].tolist(), cols[labels == i + 1].tolist()))
        if window is None:
            assert not mine
            continue
        burnt = rasterize([(g, 1)], out_shape=(window.height, window.width),
                          transform=Affine(*GRID.window_transform(window)), fill=0,
                          dtype="uint8")
        r, c = np.nonzero(burnt)
        assert mine == set(zip((r + window.row_off).tolist(), (c + window.col_off).tolist()))
    # from the sites' WKB (as ruimte:scoresites hands them over): the same cells
    from_wkb = site_cells(GRID, [g.wkb for g in geoms])
    assert all(np.array_equal(a, b) for a, b in zip(from_wkb, (labels, rows, cols)))


def test_weakest_criteria_of_many_sites_equal_one_by_one():
    from ruimte_plugin.core.sites import weakest_criteria
    rng = np.random.default_rng(2)
    means = rng.uniform(0, 1, (4, 300))
    means[rng.uniform(size=means.shape) < 0.3] = np.nan         # some criteria not assessed
    means[:, 7] = np.nan                                        # a site without any data
    names = ["a", "b", "c", "d"]
    for weights in (None, [0.4, 0.3, 0.2, 0.1]):
        assert weakest_criteria(names, means, weights) == [
            weakest_criterion(names, means[:, i], weights) for i in range(means.shape[1])]


def test_polygon_areas_are_shapely_areas_for_holes_multipolygons_and_rd_coordinates():
    """Outer rings minus holes, whatever the rings' orientation; far from the origin (RD
    coordinates) as exact as near it; other geometry types 0."""
    from shapely.affinity import rotate
    from shapely.geometry import LineString, MultiPolygon, Polygon
    from shapely.geometry.polygon import orient
    from ruimte_plugin.core.site_cells import polygon_areas

    rng = np.random.default_rng(11)
    geoms = []
    for _ in range(100):
        x, y = rng.uniform(0, 280000), rng.uniform(300000, 620000)      # RD New, metres
        g = rotate(box(x, y, x + rng.uniform(20, 900), y + rng.uniform(20, 900)),
                   rng.uniform(0, 90))
        if rng.uniform() < 0.4:
            g = g.difference(g.centroid.buffer(rng.uniform(5, 8)))
        geoms.append(orient(g, sign=-1.0) if rng.uniform() < 0.5 else g)   # either winding
    geoms.append(MultiPolygon([box(0, 0, 10, 10),
                               box(20, 0, 50, 30).difference(box(30, 10, 40, 20))]))
    geoms.append(LineString([(0, 0), (5, 5)]))
    areas = polygon_areas([g.wkb for g in geoms])
    assert areas[-2] == 100 + 900 - 100                      # by hand: 10 x 10 + 30 x 30 - 10 x 10
    assert areas[-1] == 0
    assert areas[:-2] == pytest.approx([g.area for g in geoms[:-2]], rel=1e-12)
    # a triangle by hand: base 4, height 3 -> 6 m2, with RD-sized coordinates
    triangle = Polygon([(155000, 463000), (155004, 463000), (155000, 463003)])
    assert polygon_areas([triangle])[0] == 6.0
