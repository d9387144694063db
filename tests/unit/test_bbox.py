"""The one bounding-box sweep: pairs of boxes that overlap or touch, against every pair."""

import numpy as np
import pytest

from ruimte_plugin.core.bbox import overlapping_boxes


def boxes(rng, n):
    corners = rng.integers(0, 50, (n, 4))
    return [(min(a, c), min(b, d), max(a, c), max(b, d)) for a, b, c, d in corners]


def meet(a, b, pad=0.0):
    return not (b[2] < a[0] - pad or b[0] > a[2] + pad or b[3] < a[1] - pad or b[1] > a[3] + pad)


@pytest.mark.parametrize("seed", range(10))
def test_pairs_equal_all_pairs_touching_included(seed):
    rng = np.random.default_rng(seed)
    a, b = boxes(rng, 30), boxes(rng, 25)         # whole numbers: many shared edges
    assert overlapping_boxes(a) == [(i, j) for i in range(30) for j in range(i + 1, 30)
                                    if meet(a[i], a[j])]
    pad = float(rng.integers(0, 5))
    assert overlapping_boxes(a, b, pad) == [(i, j) for i in range(30) for j in range(25)
                                            if meet(a[i], b[j], pad)]


def test_by_hand():
    # touching edges count; a box 1 m away meets only with a pad of 1 m or more
    assert overlapping_boxes([(0, 0, 1, 1), (1, 0, 2, 1), (3, 0, 4, 1)]) == [(0, 1)]
    assert overlapping_boxes([(0, 0, 1, 1)], [(2, 0, 3, 1)], pad=1) == [(0, 0)]
    assert overlapping_boxes([(0, 0, 1, 1)], [(2, 0, 3, 1)], pad=0.5) == []
    assert overlapping_boxes([], []) == [] and overlapping_boxes([]) == []
