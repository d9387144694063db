"""Accessibility: CEMT ordering, the distance score, and network distance on a hand-made
network with known shortest paths."""

import math

import numpy as np
import pytest

from ruimte_plugin.core.criteria.accessibility import (CEMT_CLASSES, ModeRule, RoadNetwork,
                                                       cemt_rank, combine_modes, distance_score)
from ruimte_plugin.core.errors import InputError
from ruimte_plugin.core.grid import AnalysisGrid


def test_cemt_order():
    ranks = [cemt_rank(c) for c in ("0", "I", "II", "III", "IV", "Va", "Vb", "VIa", "VIb",
                                    "VIc", "VII")]
    assert ranks == sorted(ranks) == list(range(11))
    assert cemt_rank("V_A") == cemt_rank("va") == cemt_rank("5a") == CEMT_CLASSES.index("Va")
    assert cemt_rank("IV") < cemt_rank("Va") < cemt_rank("Vb") < cemt_rank("VIa")
    assert cemt_rank(4) == cemt_rank("IV") and cemt_rank(None) is None and cemt_rank("") is None
    with pytest.raises(InputError) as err:
        cemt_rank("VIII")
    assert err.value.parameter is None                # the caller names its input


def test_distance_score_and_modes():
    d = np.float32([0, 3000, 6500, 10000, 12000])
    assert distance_score(d, 3000, 10000).tolist() == pytest.approx([1, 1, 0.5, 0, 0])
    a, b = np.float32([0.2, 0.9]), np.float32([0.6, 0.1])
    assert combine_modes([a, b], "all").tolist() == pytest.approx([0.2, 0.1])
    assert combine_modes([a, b], "any").tolist() == pytest.approx([0.6, 0.9])
    with pytest.raises(InputError):
        ModeRule(5000, 1000).validate()


def network_distances(lines, ramp, grid, cap=1e6):
    net = RoadNetwork([np.array(line, dtype=float) for line in lines], step=100)
    net.solve(np.array([ramp], dtype=float))
    window = next(grid.blocks(10 ** 6))
    return net.cell_distance(grid, window, cap)


GRID = AnalysisGrid("EPSG:28992", -50, 2050, 100, 100, 21, 21)   # cell centres 0, 100, .. 2000


def at(d, x, y):
    return d[int((2000 - y) / 100), int(x / 100)]


def test_l_shaped_road():
    """Ramp at (0, 0); road (0,0) -> (2000,0) -> (2000,2000).

    (2000, 2000) lies on the road: along it 2000 + 2000 = 4000 m (straight: 2828 m).
    (100, 1000): straight to its nearest road node (100, 0), 1000 m, then 100 m along the road:
    1100 m (as the crow flies it would be 1005 m).
    (2000, 1000): along the road 2000 + 1000 = 3000 m.
    """
    d = network_distances([[(0, 0), (2000, 0), (2000, 2000)]], (0, 0), GRID)
    assert at(d, 2000, 2000) == pytest.approx(4000)
    assert at(d, 100, 1000) == pytest.approx(1100)
    assert at(d, 2000, 1000) == pytest.approx(3000)


def test_a_shortcut_is_taken_and_separate_lines_join_at_shared_ends():
    lines = [[(0, 0), (2000, 0)], [(2000, 0), (2000, 2000)], [(0, 0), (2000, 2000)]]
    d = network_distances(lines, (0, 0), GRID)
    assert at(d, 2000, 2000) == pytest.approx(math.hypot(2000, 2000), rel=1e-6)
    assert at(d, 2000, 1000) == pytest.approx(min(3000, math.hypot(2000, 2000) + 1000))


def test_ramp_off_the_network_and_cap():
    # ramp 300 m north of the road start: joined by a straight 300 m link
    d = network_distances([[(0, 0), (2000, 0)]], (0, 300), GRID, cap=2000)
    assert at(d, 1000, 0) == pytest.approx(1300)
    assert at(d, 2000, 0) == 2000                      # 2300 capped at 2000
