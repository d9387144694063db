"""Regional added value: SBI codes and the relations table, binned sums and disk sums by FFT
against hand counts, the linear scores and the weighted mean over the assessed components."""

import numpy as np
import pytest

from ruimte_plugin.core.convolution import ConvolutionField
from ruimte_plugin.core.criteria.regional_value import (
    COMPONENTS, DEFAULT_RELATIONS, binned_sums, component_weights, disk_kernel, firm_weights,
    linear_up, parse_relations, profile_relations, summary, transit_score, weighted_mean)
from ruimte_plugin.core.errors import InputError
from ruimte_plugin.core.grid import AnalysisGrid


def test_sbi_codes_match_by_prefix():
    related = {"52": 1.0, "49": 0.5, "08": 2.0}
    codes = ["52.10", "5210", 5229, "49.41", "H 52.24", 812, "8.12", "0812", "46.90", None, "",
             52.1]
    # 52.10, 5210, 5229, H 52.24 and 52.1 are in division 52 (weight 1); 49.41 in 49 (0.5);
    # 812 (an integer that lost its leading zero), 8.12 and 0812 in 08 (2); 46.90 in none
    assert firm_weights(codes, related).tolist() == [1, 1, 1, 0.5, 1, 2, 2, 2, 0, 0, 0, 1]
    # a firm matching two rows counts once, with the larger weight
    assert firm_weights(["52.10"], {"52": 1.0, "5210": 3.0}).tolist() == [3.0]


def test_relations_table():
    flat = ["xxl_logistics", "52", "1", "xxl_logistics", "49", "0,5", "recycling", "38", 1]
    rows = parse_relations(flat)
    assert rows == [("xxl_logistics", "52", 1.0), ("xxl_logistics", "49", 0.5),
                    ("recycling", "38", 1.0)]
    assert profile_relations(rows, "xxl_logistics") == {"52": 1.0, "49": 0.5}
    with pytest.raises(InputError) as err:
        profile_relations(rows, "data_centre")
    assert err.value.parameter == "profile" and "xxl_logistics" in str(err.value)
    with pytest.raises(InputError, match="three columns"):
        parse_relations(["a", "52"])
    with pytest.raises(InputError, match="row 1.*SBI"):
        parse_relations(["a", "x", 1])
    with pytest.raises(InputError, match="row 1.*not a number"):
        parse_relations(["a", "52", "much"])
    # every built-in profile has rows of two-digit SBI divisions
    defaults = parse_relations(DEFAULT_RELATIONS)
    assert {p for p, _, _ in defaults} == {"xxl_logistics", "recycling", "h2_electrolyser_100mw",
                                           "data_centre", "hmc_heavy_industry",
                                           "water_bound_bulk", "mkb_park"}
    assert all(len(s) == 2 for _, s, _ in defaults)


def test_binned_sums_put_each_point_in_its_cell():
    grid = AnalysisGrid("EPSG:28992", 0, 300, 100, 100, 3, 3)
    x = np.array([50.0, 60, 250, 100, -10])
    y = np.array([250.0, 240, 50, 200, 50])
    out = binned_sums(x, y, [1, 2, 4, 8, 16], grid, next(grid.blocks(512)))
    # (50, 250) and (60, 240): row 0, col 0 -> 1 + 2; (250, 50): row 2, col 2; (100, 200) lies on
    # the corner of row 1 / col 1 -> that cell; (-10, 50) is left of the grid
    assert out.tolist() == [[3, 0, 0], [0, 8, 0], [0, 0, 4]]


def test_disk_sum_by_fft_equals_a_hand_count():
    """One point of weight 1 in each of four cells; the disk of 250 m around a cell's centre
    takes the cells whose centre lies within 250 m: offsets (dr, dc) with
    100 * hypot(dr, dc) <= 250, i.e. |d| <= 2 in a line, (1, 1), (1, 2), (2, 1) but not (2, 2)
    (283 m)."""
    grid = AnalysisGrid("EPSG:28992", 0, 1000, 100, 100, 10, 10)
    points = np.array([[150.0, 850], [450, 850], [150, 450], [950, 50]])   # cells (1,1) (1,4)
    field = ConvolutionField(grid, lambda g, w: binned_sums(points[:, 0], points[:, 1],
                                                            np.ones(4), g, w),
                             disk_kernel(250), 250)
    out = field.compute(next(grid.blocks(512)))
    cells = [(1, 1), (1, 4), (5, 1), (9, 9)]

    def by_hand(r, c):
        return sum(1 for (pr, pc) in cells if 100 * np.hypot(pr - r, pc - c) <= 250)
    expected = np.array([[by_hand(r, c) for c in range(10)] for r in range(10)])
    assert np.allclose(out, expected, atol=1e-4)
    assert out[1, 3] == pytest.approx(2)      # 200 m from (1,1) and 100 m from (1,4)
    # (3,3): 283 m from (1,1) (hypot(2, 2) cells, outside), 224 m from (1,4) (inside)
    assert out[3, 3] == pytest.approx(1)
    assert out[9, 9] == pytest.approx(1) and out[6, 6] == pytest.approx(0)


def test_scores_and_weighted_mean():
    assert linear_up([0, 5, 10, 20], 10).tolist() == [0, 0.5, 1, 1]
    assert linear_up([3], 0).tolist() == [0]
    a, b = np.float32([0.2, 0.9]), np.float32([0.6, 0.1])
    assert transit_score([a, None, b]).tolist() == pytest.approx([0.6, 0.9])
    # labour and knowledge not assessed: the mean of the other two with their weights 2 : 1
    w = component_weights((2, 5, 1, 5), ["transit", "cluster"])
    assert w == pytest.approx({"transit": 2 / 3, "cluster": 1 / 3})
    out = weighted_mean({"transit": a, "cluster": b}, w)
    assert out.tolist() == pytest.approx([(2 * 0.2 + 0.6) / 3, (2 * 0.9 + 0.1) / 3])
    assert component_weights(None, COMPONENTS) == pytest.approx(dict.fromkeys(COMPONENTS, 0.25))
    with pytest.raises(InputError) as err:
        component_weights((1, 1), COMPONENTS)
    assert err.value.parameter == "weights"
    with pytest.raises(InputError):
        component_weights((0, 1, 1, 1), ["transit"])
    assert summary([]) == ""
    assert summary(["labour", "cluster"]) == \
        "not assessed: labour pool within commuting reach, cluster synergy"
