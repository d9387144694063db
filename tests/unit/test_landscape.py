"""Landscape: view-angle rings, a flat impact computed by hand, a ridge that hides the valued
area from a site (GDAL viewshed on a synthetic DEM), value parsing."""

import math

import numpy as np
import pytest

from ruimte_plugin.core.convolution import ConvolutionField
from ruimte_plugin.core.criteria.landscape import (LandscapeRule, landscape_values,
                                                   parse_value_table, ring_radii,
                                                   site_viewshed_impact)
from ruimte_plugin.core.errors import InputError
from ruimte_plugin.core.grid import AnalysisGrid
from ruimte_plugin.core.rasterize import FeatureSet


@pytest.mark.parametrize("height, km", [
    # domain-nl.md §4: 2°, 0.8°, 0.4° rings
    (20, (0.57, 1.4, 2.9)), (30, (0.86, 2.1, 4.3)), (40, (1.1, 2.9, 5.7))])
def test_ring_radii_match_the_published_values(height, km):
    radii = ring_radii(height)
    assert radii[0] == pytest.approx(height / math.tan(math.radians(10)))
    assert [round(r / 1000, 2 if r < 1000 else 1) for r in radii[1:]] == list(km)


def test_ring_weight_and_index():
    rule = LandscapeRule(30, (1, 0.5, 0.2, 0.1))
    r1, r2, r3, r4 = rule.radii
    assert rule.ring_weight([0, r1, r1 + 1, r2 + 1, r3 + 1, r4, r4 + 1]).tolist() == \
        [1, 1, 0.5, 0.2, 0.1, 0.1, 0]
    assert rule.ring_index([0, r1 + 1, r4 + 1]).tolist() == [0, 1, -1]


def impact_at_centre(rule, grid, valued_wkbs, values):
    fs = FeatureSet(valued_wkbs)
    cell_ha = grid.cell_area / 1e4
    field = ConvolutionField(grid, lambda g, w: fs.values(g, w, values, fill=0.0) * cell_ha,
                             rule.kernel_image, rule.reach)
    full = field.compute(list(grid.blocks(max(grid.width, grid.height)))[0])
    return full[grid.height // 2, grid.width // 2], full


def test_flat_impact_by_hand():
    """A valued disk filling exactly the 10° ring of a 30 m building, seen from its centre.

    Rings (m): r1 = 30/tan 10° = 170.14, r2 = 859.09, r3 = 2148.45, r4 = 4297.11;
    w = 1, .5, .2, .1.
    IMPACT = w1 pi r1^2 / sum_k w_k pi (r_k^2 - r_(k-1)^2)
           = 1 * 28,947 / (28,947 + 0.5 * 709,084 + 0.2 * 3,877,815 + 0.1 * 13,849,339)
           = 28,947 / 2,543,986 = 0.011379
    (one cell's worth of ring-1 area is 0.35 %, so a 10 m grid is within about 2 %).
    """
    from shapely.geometry import Point
    rule = LandscapeRule(30, (1, 0.5, 0.2, 0.1)).validate()
    r = rule.radii
    by_hand = r[0] ** 2 / (r[0] ** 2 + 0.5 * (r[1] ** 2 - r[0] ** 2)
                           + 0.2 * (r[2] ** 2 - r[1] ** 2) + 0.1 * (r[3] ** 2 - r[2] ** 2))
    assert by_hand == pytest.approx(0.011379, abs=1e-6)
    grid = AnalysisGrid.from_bounds(-1000, -1000, 1000, 1000, 10)
    disk = Point(0, 0).buffer(r[0], 256).wkb
    centre, _ = impact_at_centre(rule, grid, [disk], [1.0])
    assert centre == pytest.approx(by_hand, rel=0.02)


def test_uniform_value_gives_that_impact_everywhere():
    from shapely.geometry import box
    rule = LandscapeRule(20).validate()
    grid = AnalysisGrid.from_bounds(0, 0, 3000, 3000, 50)
    everywhere = box(-5000, -5000, 8000, 8000).wkb
    _, full = impact_at_centre(rule, grid, [everywhere], [0.5])
    assert np.allclose(full, 0.5, atol=1e-5)


def test_score_formula():
    rule = LandscapeRule(30, value_weight=1, impact_weight=0.5)
    out = rule.score(np.float32([0, 0.4, 1]), np.float32([0.2, 0.2, 0]),
                     np.array([False, False, True]))
    assert out.tolist() == pytest.approx([0.9, 0.54, 0])


def test_score_without_valued_landscape_is_the_impact_term_and_nan_counts_as_zero():
    """By hand: (1 - 1 x 0)(1 - 0.5 x IMPACT) = 1 - 0.5 IMPACT where no value is given (a
    block of zeros); a NaN value counts as 0, an infinite one scores 0."""
    rule = LandscapeRule(30, value_weight=1, impact_weight=0.5)
    impact = np.float32([0.2, 0.6, 1.0])
    assert rule.score(np.zeros(3, np.float32), impact).tolist() == pytest.approx([0.9, 0.7, 0.5])
    out = rule.score(np.float32([np.nan, np.inf, 0.5]), impact)
    assert out.tolist() == pytest.approx([0.9, 0.0, 0.25])


def ridge_dem(path, ridge_height):
    """Flat 0 m plain, 10 m cells, 4 x 4 km; a north-south ridge at x = 1500-1600 m."""
    import rasterio
    from rasterio.transform import from_origin
    dem = np.zeros((400, 400), np.float32)
    dem[:, 150:160] = ridge_height
    with rasterio.open(path, "w", driver="GTiff", width=400, height=400, count=1,
                       dtype="float32", crs="EPSG:28992",
                       transform=from_origin(0, 4000, 10, 10)) as dst:
        dst.write(dem, 1)
    return str(path)


def test_a_ridge_hides_the_valued_area(tmp_path):
    from shapely.geometry import box
    rule = LandscapeRule(20).validate()           # rings to 2.9 km
    valued = FeatureSet([box(0, 1500, 1200, 2500).wkb])   # west of the ridge
    value = lambda g: valued.values(g, next(g.blocks(10 ** 6)), [1.0], fill=0.0)  # noqa: E731
    site = (2500.0, 2000.0)                        # east of the ridge
    flat = site_viewshed_impact(ridge_dem(tmp_path / "flat.tif", 0), *site, rule, value)
    hidden = site_viewshed_impact(ridge_dem(tmp_path / "ridge.tif", 80), *site, rule, value)
    assert flat["impact_flat"] > 0
    assert flat["impact_visible"] == pytest.approx(flat["impact_flat"], rel=1e-6)
    assert hidden["impact_flat"] == pytest.approx(flat["impact_flat"])
    assert hidden["impact_visible"] == 0
    assert hidden["visible_share"] < flat["visible_share"] <= 1
    assert flat["dem_coverage"] < 1                # the rings reach beyond the 4 km DEM


def test_value_parsing():
    table = parse_value_table("hoog:1, Midden:0.6; laag:0.3")
    assert landscape_values(["hoog", "midden", None], table) == [1.0, 0.6, 1.0]
    assert landscape_values([0.25, 1, None]) == [0.25, 1.0, 1.0]
    assert landscape_values([3], {"3": 0.8}) == [0.8]
    with pytest.raises(InputError) as err:
        landscape_values([3])
    assert err.value.parameter == "values"
    with pytest.raises(InputError):
        landscape_values(["onbekend"], table)
    with pytest.raises(InputError):
        parse_value_table("hoog:2")
