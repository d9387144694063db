"""Locating sites on hand-made rasters where the sites to find are known."""

import numpy as np
import pytest

from ruimte_plugin.core.errors import InputError
from ruimte_plugin.core.locate import LocateSettings, compactness, locate


def field():
    """2 x 2 km at 10 m: background 0.3; block A 40 x 40 cells (16 ha) at 0.9; block B
    40 x 50 cells (20 ha) at 0.8; a ribbon 4 cells (40 m) wide at 1.0; an excluded strip (0)."""
    z = np.full((200, 200), 0.3, np.float32)
    z[20:60, 20:60] = 0.9
    z[120:160, 120:170] = 0.8
    z[100:104, 10:190] = 1.0
    z[:, 190:] = 0.0
    z[0, 0] = np.nan
    return z


def test_finds_the_two_blocks_not_the_ribbon():
    settings = LocateSettings(min_area_ha=10, min_score=0.6, max_sites=5, min_spacing_m=200,
                              min_width_m=100)
    regions = locate(field(), 10.0, settings)
    assert len(regions) == 2
    a, b = regions                                       # ranked by mean score
    assert a.mean == pytest.approx(0.9) and b.mean == pytest.approx(0.8)
    assert len(a.rows) == len(b.rows) == 1000            # 10 ha of 10 m cells
    assert a.rows.min() >= 20 and a.rows.max() < 60 and a.cols.min() >= 20 and a.cols.max() < 60
    assert b.rows.min() >= 120 and b.rows.max() < 160 and b.cols.max() < 170
    # compact: the growth stays within 1.5 disk radii of the seed
    r0, c0 = a.seed
    assert np.max(np.hypot(a.rows - r0, a.cols - c0)) <= 1.5 * np.sqrt(1000 / np.pi) + 1


def test_the_width_rule_removes_a_ribbon_between_excluded_land():
    """Excluded land (0) with a 4-cell (40 m) ribbon at 1.0 and a 20 x 20 block at 0.9."""
    z = np.zeros((100, 100), np.float32)
    z[10:14, 5:95] = 1.0
    z[50:70, 50:70] = 0.9
    narrow = LocateSettings(min_area_ha=0.1, min_score=0.6, max_sites=1, min_width_m=10)
    assert locate(z, 10.0, narrow)[0].mean == pytest.approx(1.0)     # 10 cells of the ribbon
    wide = LocateSettings(min_area_ha=0.1, min_score=0.6, max_sites=5, min_width_m=60)
    regions = locate(z, 10.0, wide)
    assert regions and all(r.rows.min() >= 50 for r in regions)      # only the block


def test_spacing_and_more_than_thirty_sites():
    z = np.zeros((400, 400), np.float32)
    for i in range(8):
        for j in range(8):
            z[i * 50 + 5:i * 50 + 25, j * 50 + 5:j * 50 + 25] = 0.7 + 0.003 * (i * 8 + j)
    settings = LocateSettings(min_area_ha=3, min_score=0.6, max_sites=100, min_spacing_m=100,
                              min_width_m=50)
    regions = locate(z, 10.0, settings)
    assert len(regions) == 64                            # every block, no cap of 30
    assert regions[0].mean > regions[-1].mean
    # 100 m spacing between blocks 250 m apart: none is refused; 300 m: neighbours refused
    crowded = locate(z, 10.0, LocateSettings(3, 0.6, 100, 400, 50))
    assert len(crowded) < 64


def test_nothing_good_enough_and_bad_settings():
    z = np.full((100, 100), 0.4, np.float32)
    assert locate(z, 10.0, LocateSettings(min_area_ha=5, min_score=0.6)) == []
    with pytest.raises(InputError) as err:
        LocateSettings(min_area_ha=0).validate()
    assert err.value.parameter == "min_area_ha"


def test_compactness():
    assert compactness(np.pi, 2 * np.pi) == pytest.approx(1)
    assert compactness(100 * 100, 400) == pytest.approx(np.pi / 4)


def test_existing_sites_take_land_and_keep_their_distance():
    settings = LocateSettings(min_area_ha=10, min_score=0.6, max_sites=5, min_spacing_m=200,
                              min_width_m=100)
    # an existing park on block A: only block B is left
    park = np.zeros((200, 200), bool)
    park[15:65, 15:65] = True
    (b,) = locate(field(), 10.0, settings, existing=park)
    assert b.mean == pytest.approx(0.8) and b.rows.min() >= 120
    # a small existing plot 110 m east of block B (rows 130-149, cols 180-184): with 200 m
    # spacing the site in B keeps more than 20 cells from it, with no spacing it comes closer
    # (a cell east of col 160)
    plot = np.zeros((200, 200), bool)
    plot[130:150, 180:185] = True
    near = locate(field(), 10.0, settings, existing=plot)
    assert [round(r.mean, 2) for r in near] == [0.9, 0.8]
    assert all(np.min(np.hypot(r.rows[:, None] - np.arange(130, 150)[None, :],
                               r.cols[:, None] - 180)) > 20 for r in near)
    free = LocateSettings(min_area_ha=10, min_score=0.6, max_sites=5, min_spacing_m=0,
                          min_width_m=100)
    b_free = locate(field(), 10.0, free, existing=plot)[1]
    assert b_free.mean == pytest.approx(0.8, abs=1e-5) and b_free.cols.max() > 160
    # no existing land = as before
    assert len(locate(field(), 10.0, settings, existing=np.zeros((200, 200), bool))) == 2


def test_a_pocket_too_small_is_flooded_once(monkeypatch):
    """Bounded work per seed: a suitable pocket of 31 x 32 cells (992 cells at 10 m) cannot hold
    a 10 ha site (1000 cells). Eight of its cells are candidate seeds (a disk of 1000 cells
    around them is at least 90 % buildable). The first floods the pocket and fails; the other
    seven lie within 0.75 of the growth reach of it and are not tried again (before, each
    flooded the pocket anew). The 16 ha block beside it is still found."""
    import ruimte_plugin.core.locate as module
    z = np.zeros((200, 200), np.float32)
    z[20:51, 20:52] = 0.9                    # the pocket: 992 cells < 1000 needed
    z[100:140, 100:140] = 0.8                # a block of 1600 cells
    calls = []
    grow = module._grow
    monkeypatch.setattr(module, "_grow", lambda *a: calls.append(a[2:4]) or grow(*a))
    settings = LocateSettings(min_area_ha=10, min_score=0.5, max_sites=5, min_width_m=10)
    regions = locate(z, 10.0, settings)
    assert len(regions) == 1 and regions[0].mean == pytest.approx(0.8)
    in_pocket = [rc for rc in calls if 20 <= rc[0] < 51 and 20 <= rc[1] < 52]
    # reach = 1.5 x the radius of a 1000-cell disk (17.8 cells) + 1 = 27.8 cells; 0.75 of it is
    # 20.9 cells, and the eight seeds lie within a few cells of the pocket's centre
    assert len(in_pocket) == 1


def test_a_search_that_cannot_succeed_says_why():
    # the field is 200 x 200 cells of 10 m = 400 ha: a site of 500 ha is refused outright
    with pytest.raises(InputError) as err:
        locate(field(), 10.0, LocateSettings(min_area_ha=500))
    assert err.value.parameter == "min_area_ha" and "400 ha" in str(err.value)
    # buildable: every cell above 0 except the NaN corner and the excluded strip of 10 columns
    # (200 x 190 - 1 cells = 37,999 cells = 379.99 ha) < 390 ha: no search, and the note says so
    notes = []
    assert locate(field(), 10.0, LocateSettings(min_area_ha=390, min_width_m=10),
                  notes=notes) == []
    assert notes == ["only 379.99 ha of the raster is buildable (score above 0, not taken, at "
                     "least 10 m wide), less than one site of 390 ha"]
    # enough land, but its best disk of 10 ha scores at most 0.9 (block A): MIN_SCORE 0.95
    notes = []
    assert locate(field(), 10.0, LocateSettings(min_area_ha=10, min_score=0.95,
                                                min_width_m=10), notes=notes) == []
    assert len(notes) == 1 and "below the minimum mean score 0.95" in notes[0]
    # a chessboard of excluded cells: nowhere is 90 % of a disk buildable
    chess = np.indices((100, 100)).sum(axis=0) % 2 * np.float32(0.9)
    notes = []
    assert locate(chess, 10.0, LocateSettings(min_area_ha=1, min_width_m=10), notes=notes) == []
    assert notes == ["nowhere is 90 % of a disk of 1 ha buildable (score above 0, not taken)"]


def test_progress_is_reported_by_time_and_cancels(monkeypatch):
    """The search reports progress (and can be cancelled) at least every REPORT_SECONDS, not
    only every so many seeds: a progress callback that says 'cancel' stops it at once."""
    import ruimte_plugin.core.locate as core
    from ruimte_plugin.core.errors import Cancelled
    monkeypatch.setattr(core, "REPORT_SECONDS", 0.0)
    calls = []
    regions = locate(field(), 10.0, LocateSettings(min_area_ha=1, max_sites=50,
                                                   min_width_m=10),
                     progress=lambda f: calls.append(f) or True)
    assert len(calls) >= len(regions) and all(0 <= f <= 1 for f in calls)
    with pytest.raises(Cancelled):
        locate(field(), 10.0, LocateSettings(min_area_ha=1, max_sites=50, min_width_m=10),
               progress=lambda f: False)


def test_huge_distances_do_not_overflow():
    """MIN_SPACING or MIN_WIDTH of 1e308 m: no OverflowError (numpy 2 refuses such an index);
    a spacing beyond the raster's diagonal leaves one site, a width beyond it none."""
    settings = LocateSettings(min_area_ha=10, min_score=0.6, max_sites=5, min_spacing_m=1e308,
                              min_width_m=100)
    assert len(locate(field(), 10.0, settings)) == 1
    notes = []
    assert locate(field(), 10.0, LocateSettings(min_area_ha=10, min_width_m=1e308),
                  notes=notes) == []
    assert notes and notes[0].startswith("only 0 ha of the raster is buildable")
