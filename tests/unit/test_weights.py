"""AHP, direct and rank weights against published examples and hand calculations."""

import math

import numpy as np
import pytest

from ruimte_plugin.core.errors import InputError
from ruimte_plugin.core.weights import (RI_TABLES, ahp, direct_weights, format_weights,
                                        group_ahp, parse_matrices, parse_matrix,
                                        parse_number_list, rank_order_centroid)

# Saaty (2008), "Decision making with the analytic hierarchy process", drink consumption in the
# USA; weights and CR as published in the AHPy README (anchors.md §3).
DRINKS = """1,9,5,2,1,1,1/2; 1/9,1,1/3,1/9,1/9,1/9,1/9; 1/5,3,1,1/3,1/4,1/3,1/9;
1/2,9,3,1,1/2,1,1/3; 1,9,4,2,1,2,1/2; 1,9,3,1,1/2,1,1/3; 2,9,9,3,2,3,1"""
DRINKS_WEIGHTS = [0.177, 0.019, 0.042, 0.116, 0.190, 0.129, 0.327]

# "Choosing a leader" criteria matrix (AHPy README): weights .548 .127 .270 .056, CR 0.044.
LEADER = "1,4,3,7; 1/4,1,1/3,3; 1/3,3,1,5; 1/7,1/3,1/5,1"
LEADER_WEIGHTS = [0.548, 0.127, 0.270, 0.056]


def test_drinks_eigenvector_matches_saaty_2008():
    res = ahp(parse_matrix(DRINKS), "eigenvector", "saaty2005")
    assert np.allclose(res.weights, DRINKS_WEIGHTS, atol=0.0015)
    assert res.lambda_max == pytest.approx(7.17663, abs=5e-5)
    assert res.ci == pytest.approx(0.029438, abs=5e-6)
    assert round(res.cr, 3) == 0.022            # published CR (RI 1.35)
    assert res.ri == 1.35


def test_drinks_cr_with_classic_ri():
    res = ahp(parse_matrix(DRINKS), "eigenvector", "saaty1980")
    assert res.cr == pytest.approx(0.029438 / 1.32, abs=1e-5)


def test_leader_example():
    res = ahp(parse_matrix(LEADER), "eigenvector", "saaty2005")
    assert np.allclose(res.weights, LEADER_WEIGHTS, atol=0.0015)
    assert res.lambda_max == pytest.approx(4.11842, abs=5e-5)
    assert round(res.cr, 3) == 0.044
    # the classic table uses RI(4) = 0.90, not RI(3) = 0.58 (VectorMCDA's off-by-one)
    classic = ahp(parse_matrix(LEADER), "eigenvector", "saaty1980")
    assert classic.ri == 0.90
    assert classic.cr == pytest.approx(0.039473 / 0.90, abs=1e-5)


def test_three_by_three_by_hand():
    """MATRIX 1,3,5;1/3,1,3;1/5,1/3,1 worked out on paper.

    For a 3x3 reciprocal matrix with a12 = a, a13 = b, a23 = c the characteristic equation gives
    lambda_max = 1 + t + 1/t with t = (a c / b)^(1/3), and the principal eigenvector equals the
    row geometric means (Crawford & Williams 1985):
      a c / b = 3 * 3 / 5 = 1.8;  t = 1.8^(1/3) = 1.216440;  1/t = 0.822071
      lambda_max = 1 + 1.216440 + 0.822071 = 3.038511
      row geometric means: 15^(1/3) = 2.466212, 1^(1/3) = 1, (1/15)^(1/3) = 0.405480
      sum = 3.871692 -> w = 0.636986, 0.258285, 0.104729
      CI = (3.038511 - 3) / 2 = 0.019256;  CR = 0.019256 / 0.58 = 0.033199 (Saaty 1980 RI)
    """
    t = 1.8 ** (1 / 3)
    lam = 1 + t + 1 / t
    g = np.array([15 ** (1 / 3), 1.0, (1 / 15) ** (1 / 3)])
    w = g / g.sum()
    assert lam == pytest.approx(3.038511, abs=1e-6)
    assert np.allclose(w, [0.636986, 0.258285, 0.104729], atol=1e-6)
    for method in ("eigenvector", "geometric_mean"):
        res = ahp(parse_matrix("1,3,5;1/3,1,3;1/5,1/3,1"), method, "saaty1980")
        assert np.allclose(res.weights, w, atol=1e-9)
        assert res.lambda_max == pytest.approx(lam, abs=1e-9)
        assert res.ci == pytest.approx((lam - 3) / 2, abs=1e-9)
        assert res.cr == pytest.approx((lam - 3) / 2 / 0.58, abs=1e-9)
        assert res.cr == pytest.approx(0.033199, abs=1e-6)


def test_consistent_matrix_has_zero_cr():
    # a_ij = w_i / w_j for w = (0.5, 0.3, 0.2): perfectly consistent
    w = np.array([0.5, 0.3, 0.2])
    res = ahp(w[:, None] / w[None, :])
    assert np.allclose(res.weights, w)
    assert res.cr == pytest.approx(0.0, abs=1e-12)
    assert res.lambda_max == pytest.approx(3.0)


def test_two_criteria_always_consistent():
    res = ahp(parse_matrix("1,4;1/4,1"))
    assert np.allclose(res.weights, [0.8, 0.2])
    assert res.cr == 0.0


def test_ri_tables_are_indexed_by_order():
    assert RI_TABLES["saaty1980"][2] == 0.58          # n = 3
    assert RI_TABLES["saaty1980"][3] == 0.90          # n = 4
    assert RI_TABLES["saaty1980"][11] == 1.48         # n = 12, Saaty's non-monotone value
    assert RI_TABLES["donegan_dodd"][9] == 1.4055     # n = 10
    assert all(len(v) == 15 for v in RI_TABLES.values())


@pytest.mark.parametrize("text, fragment", [
    ("1,3;1/2,1", "not reciprocal"),
    ("1,3,5;1/3,1", "square"),
    ("1,0;0,1", "positive"),
    ("2,3;1/3,1", "diagonal"),
    ("1,x;1,1", "not a number"),
    ("", "empty"),
])
def test_bad_matrices_are_refused_with_a_reason(text, fragment):
    with pytest.raises(InputError, match=fragment):
        ahp(parse_matrix(text))


def test_reciprocal_tolerance_accepts_rounded_fractions():
    res = ahp(parse_matrix("1,3;0.333,1"))
    assert res.weights[0] == pytest.approx(0.75, abs=1e-3)


def test_parse_number_list_accepts_fractions_and_separators():
    assert parse_number_list("0.5, 1/4;0.25") == [0.5, 0.25, 0.25]


def test_direct_weights_normalise_with_warning():
    w = direct_weights([2, 1, 1])
    assert np.allclose(w.values, [0.5, 0.25, 0.25])
    assert "sum to 4" in w.warnings[0]
    assert direct_weights([0.5, 0.25, 0.25]).warnings == []
    with pytest.raises(InputError):
        direct_weights([0, 0])
    with pytest.raises(InputError):
        direct_weights([1, -1])


def test_rank_order_centroid_by_hand():
    # n = 3: w1 = (1 + 1/2 + 1/3)/3, w2 = (1/2 + 1/3)/3, w3 = (1/3)/3
    w = rank_order_centroid([2, 1, 3]).values
    assert w[1] == pytest.approx((1 + 1 / 2 + 1 / 3) / 3)
    assert w[0] == pytest.approx((1 / 2 + 1 / 3) / 3)
    assert w[2] == pytest.approx(1 / 9)
    tied = rank_order_centroid([1, 1, 3]).values
    assert tied[0] == tied[1] == pytest.approx(((11 / 6) / 3 + (5 / 6) / 3) / 2)
    with pytest.raises(InputError):
        rank_order_centroid([1, 5])


def test_format_weights_round_trips():
    assert format_weights([0.5, 0.25, 0.25]) == "0.5,0.25,0.25"
    assert parse_number_list(format_weights([1 / 3, 2 / 3])) == pytest.approx([1 / 3, 2 / 3], abs=1e-6)
    assert math.isclose(sum(parse_number_list(format_weights([0.637, 0.258, 0.105]))), 1.0)


# ------------------------------------------------------------------ group AHP
def consistent_matrix(w):
    w = np.asarray(w, dtype=float)
    return w[:, None] / w[None, :]


def test_two_opposite_stakeholders_by_hand():
    # stakeholder 1: A is 3x as important as B; stakeholder 2: B is 3x as important as A
    matrices = parse_matrices("1,3;1/3,1 | 1,1/3;3,1")
    for method in ("aij", "aip"):
        equal = group_ahp(matrices, group_method=method)
        assert equal.group.weights == pytest.approx([0.5, 0.5], abs=1e-12)
        assert equal.spread == pytest.approx([0.5, 0.5])     # (.75, .25) vs (.25, .75)
    # weights 3 : 1 -> lambda = 0.75, 0.25; a12 = 3^0.75 * (1/3)^0.25 = 3^0.5 = 1.732051;
    # w = (1.732051, 1) / 2.732051 = 0.633975, 0.366025
    result = group_ahp(matrices, stakeholder_weights=[3, 1])
    assert result.matrix[0, 1] == pytest.approx(3 ** 0.5, abs=1e-12)
    assert result.group.weights == pytest.approx([0.633975, 0.366025], abs=1e-6)
    assert result.stakeholder_weights == pytest.approx([0.75, 0.25])


def test_consistent_stakeholders_by_hand():
    # two consistent stakeholders, w1 = (0.5, 0.3, 0.2) and w2 = (0.2, 0.3, 0.5): the geometric
    # mean matrix has a_ij = sqrt(w1_i w2_i) / sqrt(w1_j w2_j), consistent (CR = 0), with
    # weights (sqrt 0.1, sqrt 0.09, sqrt 0.1) / 0.932456 = 0.339134, 0.321731, 0.339134;
    # AIP gives the same (the normalised geometric mean of w1 and w2)
    matrices = [consistent_matrix([0.5, 0.3, 0.2]), consistent_matrix([0.2, 0.3, 0.5])]
    total = 2 * math.sqrt(0.1) + 0.3
    expected = [math.sqrt(0.1) / total, 0.3 / total, math.sqrt(0.1) / total]
    for method in ("aij", "aip"):
        result = group_ahp(matrices, group_method=method)
        assert result.group.weights == pytest.approx(expected, abs=1e-9)
        assert result.group.cr == pytest.approx(0.0, abs=1e-9)
    assert expected == pytest.approx([0.339134, 0.321731, 0.339134], abs=1e-6)


def test_aij_equals_aip_with_row_geometric_means():
    # the row geometric mean of the cell-wise geometric mean is the geometric mean of the row
    # geometric means, so with METHOD=geometric_mean AIJ and AIP agree for any lambda
    rng = np.random.default_rng(3)
    scale = np.array([1, 2, 3, 4, 5, 6, 7, 8, 9, 1 / 2, 1 / 3, 1 / 4, 1 / 5, 1 / 6, 1 / 7, 1 / 8,
                      1 / 9])
    for _ in range(20):
        matrices = []
        for _ in range(3):
            a = np.ones((5, 5))
            for i in range(5):
                for j in range(i + 1, 5):
                    a[i, j] = rng.choice(scale)
                    a[j, i] = 1 / a[i, j]
            matrices.append(a)
        lam = rng.random(3) + 0.1
        aij = group_ahp(matrices, "geometric_mean", group_method="aij", stakeholder_weights=lam)
        aip = group_ahp(matrices, "geometric_mean", group_method="aip", stakeholder_weights=lam)
        assert aip.group.weights == pytest.approx(aij.group.weights, abs=1e-12)


def test_one_or_identical_stakeholders_equal_plain_ahp():
    single = ahp(parse_matrix(LEADER))
    for text in (LEADER, f"{LEADER} | {LEADER} | {LEADER}", f"{LEADER}\n\n{LEADER}"):
        for method in ("aij", "aip"):
            result = group_ahp(parse_matrices(text), group_method=method)
            assert result.group.weights == pytest.approx(single.weights, abs=1e-12)
            assert result.group.cr == pytest.approx(single.cr, abs=1e-12)


@pytest.mark.parametrize("text, kwargs, fragment", [
    ("1,3;1/3,1 | 1,3,5;1/3,1,3;1/5,1/3,1", {}, "different numbers of criteria (2, 3)"),
    ("1,3;1/3,1 | 1,3;1/2,1", {}, "matrix 2: the matrix is not reciprocal"),
    ("1,3;1/3,1 | 1,3;1/3,1", {"stakeholder_weights": [1, 2, 3]}, "3 stakeholder weights for 2"),
    ("1,3;1/3,1 | 1,3;1/3,1", {"stakeholder_weights": [1, -1]}, "zero or positive"),
    ("1,3;1/3,1 | 1,3;1/3,1", {"group_method": "mean"}, "unknown group method 'mean'"),
])
def test_bad_groups_are_refused_with_a_reason(text, kwargs, fragment):
    with pytest.raises(InputError) as err:
        group_ahp(parse_matrices(text), **kwargs)
    assert fragment in str(err.value)


def test_parse_matrices_names_the_broken_one():
    with pytest.raises(InputError, match="matrix 2: the matrix has 2 rows"):
        parse_matrices("1,3;1/3,1 | 1,3;1")
