"""The Ruimte panel's state (a profile dict) and preview arithmetic, checked by hand."""

import json
import math

import numpy as np
import pytest

from ruimte_plugin.core.errors import InputError
from ruimte_plugin.core.profiles import PROFILE_DIR, check_profile
from ruimte_plugin.gui.model import PANEL_ASSUMPTION, PanelState, format_matrix, preview

XXL = PROFILE_DIR / "xxl_logistics.json"


def xxl_direct():
    """XXL logistics with direct weights accessibility 2, nitrogen 1, grid 1, the rest 0."""
    state = PanelState.from_file(XXL)
    for name, value in (("accessibility", 2), ("nitrogen", 1), ("grid", 1), ("landscape", 0),
                        ("zoning", 0)):
        state.set_weight(name, value)
    return state


def test_weights_turn_from_ahp_into_direct_and_normalise():
    state = PanelState.from_file(XXL)
    assert state.uses_ahp()
    ahp_weights = state.weights()
    state.set_weight("grid", 0.5)
    assert not state.uses_ahp()
    # the other weights are the AHP weights (6 decimals); grid is 0.5; all / their sum
    raw = {c: round(w, 6) for c, w in ahp_weights.items()}
    raw["grid"] = 0.5
    total = sum(raw.values())
    assert state.weights() == pytest.approx({c: w / total for c, w in raw.items()})
    assert state.data["weights"]["grid"] == {"value": 0.5, "assumption": PANEL_ASSUMPTION}


def test_matrix_from_direct_weights_is_consistent_and_edits_give_cr():
    state = xxl_direct()
    rows = state.matrix()            # w_i / w_j: accessibility 2 / nitrogen 1 = 2
    names = state.weighted_criteria()
    assert rows[names.index("accessibility")][names.index("nitrogen")] == pytest.approx(2.0)
    # zero weights give 0 ratios; a pairwise matrix needs positives: use two criteria only
    state = PanelState.from_file(XXL)
    rows = [[1.0] * 5 for _ in range(5)]
    result = state.set_matrix(rows)      # all judgements 1: equal weights, CR 0
    assert result.weights == pytest.approx([0.2] * 5)
    assert result.cr == pytest.approx(0.0, abs=1e-9)
    rows[0][1], rows[1][0] = 9.0, 1 / 9.0      # accessibility 9x grid, rest equal: inconsistent
    result = state.set_matrix(rows)
    assert result.cr > 0.1
    assert state.data["ahp"]["matrix"].startswith("1,9,1,1,1; 1/9,1,1,1,1")
    check_profile(state.data)


def test_bad_matrix_names_the_problem():
    state = PanelState.from_file(XXL)
    rows = [[1.0] * 5 for _ in range(5)]
    rows[0][1] = 3.0                             # not reciprocal: rows[1][0] still 1
    with pytest.raises(InputError):
        state.set_matrix(rows)


def test_format_matrix_writes_reciprocals_as_fractions():
    assert format_matrix([[1, 3], [1 / 3, 1]]) == "1,3; 1/3,1"
    assert format_matrix([[1, 0.4], [2.5, 1]]) == "1,0.4; 2.5,1"


def test_curve_edit_is_saved_and_reloads(tmp_path):
    state = PanelState.from_file(XXL)
    assert [c.key for c in state.curves()] == ["accessibility.road", "nitrogen"]
    assert state.curve_params("accessibility.road") == {"ideal_m": 3000.0, "max_m": 10000.0}
    state.set_curve_param("accessibility.road", "max_m", 15000)
    state.set_curve_param("accessibility.road", "ideal_m", 3000)      # unchanged: source kept
    path = tmp_path / "mine.json"
    state.save(path)
    data = json.loads(path.read_text(encoding="utf-8"))
    assert data["transport"]["road"]["max_m"] == {"value": 15000.0,
                                                  "assumption": PANEL_ASSUMPTION}
    assert "source" in data["transport"]["road"]["ideal_m"]
    again = PanelState.from_file(path)
    assert again.data == state.data
    assert check_profile(data).road.max_m == 15000


def test_preview_by_hand():
    state = xxl_direct()                       # weights 0.5 accessibility, 0.25 nitrogen, grid
    nan = np.nan
    arrays = {
        # road distance (m): ideal 3000, max 10000 -> 1, 1, (10000 - 6500) / 7000 = 0.5
        "raw": {"accessibility.road": np.array([[0, 3000, 6500]], np.float32),
                # deposition: T = 0.005, U = 200 T = 1: 1 at T; 0 at U; at T * sqrt(200) the
                # score is 1 - ln(sqrt(200)) / ln(200) = 0.5
                "nitrogen": np.array([[0.005, 0.005 * math.sqrt(200), 1.0]], np.float32)},
        "scores": {"grid": np.array([[1.0, 0.5, 1.0]], np.float32),
                   "accessibility": np.zeros((1, 3), np.float32),     # replaced by the curve
                   "nitrogen": np.zeros((1, 3), np.float32),
                   "landscape": np.ones((1, 3), np.float32)},         # weight 0: not used
        "excluded": np.array([[1, 1, 1]], np.float32)}
    # cell 1: 0.5*1 + 0.25*1 + 0.25*1 = 1; cell 2: 0.5*1 + 0.25*0.5 + 0.25*0.5 = 0.75;
    # cell 3: 0.5*0.5 + 0.25*0 + 0.25*1 = 0.5
    assert preview(state, arrays) == pytest.approx(np.array([[1.0, 0.75, 0.5]]), abs=1e-6)
    arrays["excluded"] = np.array([[0, nan, 1]], np.float32)   # a hard rule; outside the area
    out = preview(state, arrays)
    assert out[0, 0] == 0 and np.isnan(out[0, 1]) and out[0, 2] == pytest.approx(0.5)
    state.set_curve_param("accessibility.road", "max_m", 17000)   # (17000-6500)/14000 = 0.75
    # cell 3: 0.5*0.75 + 0 + 0.25*1 = 0.625
    assert preview(state, arrays)[0, 2] == pytest.approx(0.625, abs=1e-6)


def test_matrix_from_zero_weights_stays_within_saaty_scale():
    state = xxl_direct()          # landscape and zoning 0: compared as 1/9 with the others
    names = state.weighted_criteria()
    rows = state.matrix()
    assert rows[names.index("landscape")][names.index("grid")] == pytest.approx(1 / 9)
    assert rows[names.index("grid")][names.index("landscape")] == pytest.approx(9.0)
    assert rows[names.index("landscape")][names.index("zoning")] == 1.0
    state.set_matrix(rows)                     # reciprocal and positive: accepted
