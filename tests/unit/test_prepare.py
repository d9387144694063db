"""Pure rules of the data-preparation readers (ruimte_plugin/core/prepare), against hand
calculations."""

import math

import numpy as np
import pytest

from ruimte_plugin.core.errors import InputError
from ruimte_plugin.core.grid import AnalysisGrid
from ruimte_plugin.core.prepare import bag, capacity, fairways, natura, nwb
from ruimte_plugin.core.prepare.receptors import (hexagon_radius, inside_hexagon,
                                                  rasterize_receptors)
from ruimte_plugin.core.prepare.schema import find_field, require_field, split_values


def test_fields_found_in_any_case_and_missing_named():
    assert find_field(["wvk_id", "bst_code"], ["BST_CODE"]) == "bst_code"
    with pytest.raises(InputError, match=r"no field 'gebruiksdoel' \(nor 'gebruiksdoelen'.*"
                                         r"expects the BAG.*fields are: a, b"):
        require_field(["a", "b"], ["gebruiksdoel", "gebruiksdoelen"], "the BAG", "vbo")
    assert split_values("{woonfunctie;Kantoorfunctie}") == ["woonfunctie", "kantoorfunctie"]


def test_bag_classify():
    rule = bag.BagFilter().validate()
    assert rule.classify("woonfunctie,winkelfunctie", "Verblijfsobject in gebruik") == \
        (True, False)
    assert rule.classify("industriefunctie", "Verbouwing verblijfsobject") == (False, True)
    assert rule.classify("woonfunctie", "Verblijfsobject gevormd") == (False, False)
    with pytest.raises(InputError, match="unknown gebruiksdoel 'wonen'"):
        rule.classify("wonen", "Verblijfsobject in gebruik")
    with pytest.raises(InputError, match="Naamgeving uitgegeven"):
        bag.check_statuses(["Naamgeving uitgegeven"])


def test_hexagon_of_one_hectare():
    # A = 3 sqrt(3) / 2 R^2 = 10,000 m2 -> R = sqrt(20,000 / 5.196) = 62.04 m
    r = hexagon_radius(10000)
    assert r == pytest.approx(62.04, abs=0.01)
    assert 3 * math.sqrt(3) / 2 * r ** 2 == pytest.approx(10000)
    # flat-topped: the vertex (62, 0) is inside, (0, 54) is above the inradius (53.73 m);
    # (40, 30): sqrt3 * 40 + 30 = 99.3 <= sqrt3 * 62.04 = 107.5, inside;
    # (50, 30): sqrt3 * 50 + 30 = 116.6 > 107.5, outside
    assert inside_hexagon(np.array([62.0, 0.0, 40.0, 50.0]), np.array([0.0, 54.0, 30.0, 30.0]),
                          r).tolist() == [True, False, True, False]


def test_rasterize_two_receptors():
    grid = AnalysisGrid.from_bounds(0, 0, 400, 200, 10)
    out = rasterize_receptors(grid, [100, 207], [100, 100], [5.0, 7.0])
    # cell centre (105, 105) is in the first hexagon; (255, 105) 48 m from (207, 100): second
    assert out[9, 10] == 5.0 and out[9, 25] == 7.0
    # (155, 105): 55 m from the first, 52 m from the second, inside both hexagons? the second
    # (sqrt3 * 52 + 5 = 95 <= 107.5) wins as the nearer one
    assert out[9, 15] == 7.0
    # (5, 5): 134 m from both: NoData
    assert np.isnan(out[19, 0])


def test_ramp_points():
    motorway = [np.array([[0.0, 0.0], [1000.0, 0.0]])]
    ramps = [np.array([[100.0, 5.0], [200.0, 50.0]]), np.array([[200.0, 50.0], [300.0, 150.0]]),
             np.array([[300.0, 150.0], [400.0, 5.0]])]
    points, owners = nwb.ramp_points(ramps, motorway, ["AFR", "AFR", "OPR"])
    # the AFR chain (two wegvakken) ends at (300, 150); the OPR starts there
    assert sorted(map(tuple, points)) == [(300.0, 150.0), (300.0, 150.0)]
    assert sorted(owners) == [1, 2]


def test_cemt_and_capacity_and_natura():
    assert [fairways.normalise(v) for v in ("V_A", "5b", "IVa - M6", "RA", "", 4)] == \
        ["Va", "Vb", "IV", None, None, "IV"]
    with pytest.raises(InputError, match="unknown CEMT class 'groot'"):
        fairways.normalise("groot")
    assert capacity.key(" 1234 ab") == "1234AB" and capacity.key(9401.0) == "9401"
    assert capacity.worst_status(["geel", "oranje", None]) == 2
    assert capacity.worst_status([None]) == -1
    assert [natura.flag(v) for v in (True, "False", "ja", 0, None)] == \
        [True, False, True, False, None]
    assert [natura.by_regime(v) for v in ("VR+HR", "VR", "HR", None)] == \
        [True, False, True, None]
    assert [natura.by_kdw(v) for v in (1071, 2400, None)] == [True, False, True]
