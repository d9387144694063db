"""clip01 against numpy's own np.clip(values, 0, 1): same values, same dtype, NaN kept."""

import numpy as np

from ruimte_plugin.core.unit_interval import clip01


def test_clip01_equals_np_clip_for_float32_and_float64():
    rng = np.random.default_rng(3)
    for dtype in (np.float32, np.float64):
        values = rng.uniform(-2, 3, 5000).astype(dtype)
        values[:6] = [np.nan, np.inf, -np.inf, 0.0, 1.0, 0.5]
        expected = np.clip(values, 0, 1)
        got = clip01(values)
        assert got.dtype == dtype
        assert np.array_equal(got, expected, equal_nan=True)
        assert np.isnan(got[0]) and got[1] == 1 and got[2] == 0
        in_place = values.copy()
        assert clip01(in_place, out=in_place) is in_place
        assert np.array_equal(in_place, expected, equal_nan=True)
