"""ruimte:ahpweights through processing.run and through the qgis_process binary."""

import processing
import pytest
from qgis.core import QgsProcessingException, QgsVectorLayer


def hand_calculation():
    """MATRIX 1,3,5;1/3,1,3;1/5,1/3,1, worked out on paper.

    3x3 reciprocal matrix with a12 = 3, a13 = 5, a23 = 3: the characteristic equation gives
    lambda_max = 1 + t + 1/t with t = (a12 a23 / a13)^(1/3) = (9/5)^(1/3) = 1.216440,
    so lambda_max = 1 + 1.216440 + 0.822071 = 3.038511. For n = 3 the principal eigenvector
    equals the row geometric means (Crawford & Williams 1985): 15^(1/3) = 2.466212, 1,
    (1/15)^(1/3) = 0.405480; divided by their sum 3.871692: 0.636986, 0.258285, 0.104729.
    CI = (3.038511 - 3) / 2 = 0.019256; CR = CI / 0.58 (Saaty 1980, n = 3) = 0.033199.
    """
    t = (3 * 3 / 5) ** (1 / 3)
    lam = 1 + t + 1 / t
    g = [15 ** (1 / 3), 1.0, (1 / 15) ** (1 / 3)]
    weights = [v / sum(g) for v in g]
    return weights, lam, (lam - 3) / 2 / 0.58


def test_processing_run_with_table(provider):
    weights, lam, cr = hand_calculation()
    res = processing.run("ruimte:ahpweights", {
        "MATRIX": "1,3,5;1/3,1,3;1/5,1/3,1", "CRITERIA_NAMES": "netcongestie, stikstof, snelweg",
        "OUTPUT_TABLE": "TEMPORARY_OUTPUT"})
    assert [float(w) for w in res["WEIGHTS"].split(",")] == pytest.approx(weights, abs=1e-6)
    assert res["LAMBDA_MAX"] == pytest.approx(lam, abs=1e-9)
    assert res["CR"] == pytest.approx(cr, abs=1e-9)
    assert res["CONSISTENT"] is True
    table = res["OUTPUT_TABLE"]
    if not isinstance(table, QgsVectorLayer):
        table = QgsVectorLayer(table, "t", "ogr")
    rows = {f["criterion"]: (f["weight"], f["rank"]) for f in table.getFeatures()}
    assert rows["netcongestie"][1] == 1 and rows["snelweg"][1] == 3
    assert rows["stikstof"][0] == pytest.approx(weights[1], abs=1e-9)


def test_inconsistent_matrix_warns_but_returns(provider):
    # A > B (9), B > C (9), yet C > A (9): wildly inconsistent
    res = processing.run("ruimte:ahpweights", {"MATRIX": "1,9,1/9;1/9,1,9;9,1/9,1"})
    assert res["CR"] > 0.1 and res["CONSISTENT"] is False


@pytest.mark.parametrize("matrix, fragment", [
    ("1,3;1/2,1", "not reciprocal"),
    ("1,3,5;1/3,1,3", "square"),
    ("1,0;0,1", "positive"),
])
def test_bad_matrix_names_the_parameter(provider, matrix, fragment):
    with pytest.raises(QgsProcessingException) as err:
        processing.run("ruimte:ahpweights", {"MATRIX": matrix})
    assert "(MATRIX)" in str(err.value) and fragment in str(err.value)


def test_qgis_process_json_matches_hand_calculation(qgis_process):
    weights, lam, cr = hand_calculation()
    result = qgis_process("--json", "run", "ruimte:ahpweights", "--",
                          "MATRIX=1,3,5;1/3,1,3;1/5,1/3,1")
    assert result.returncode == 0, result.stderr
    assert "ri_table_source = Saaty (1980), classic" in " ".join(result.json["log"]["info"])
    out = result.json["results"]
    assert [float(w) for w in out["WEIGHTS"].split(",")] == pytest.approx(weights, abs=1e-6)
    assert out["LAMBDA_MAX"] == pytest.approx(lam, abs=1e-9)
    assert out["CR"] == pytest.approx(cr, abs=1e-9)


def test_qgis_process_error_is_a_message_not_a_traceback(qgis_process):
    result = qgis_process("run", "ruimte:ahpweights", "--", "MATRIX=1,3;1/2,1")
    assert result.returncode != 0
    assert "not reciprocal" in result.stderr
    assert "Traceback" not in result.stderr


def test_stakeholders_with_weights_names_and_table(provider):
    # province: A 3x as important as B; municipality: B 3x as important as A; the province
    # counts 3 times: a12 = 3^0.75 * (1/3)^0.25 = sqrt 3, w = (1.732051, 1) / 2.732051
    res = processing.run("ruimte:ahpweights", {
        "MATRIX": "1,3;1/3,1 | 1,1/3;3,1", "STAKEHOLDER_WEIGHTS": "3,1",
        "STAKEHOLDER_NAMES": "Provincie Drenthe, Gemeente Assen",
        "CRITERIA_NAMES": "bereikbaarheid, landschap", "OUTPUT_TABLE": "TEMPORARY_OUTPUT"})
    assert [float(w) for w in res["WEIGHTS"].split(",")] == pytest.approx(
        [0.633975, 0.366025], abs=1e-6)
    table = res["OUTPUT_TABLE"]
    if not isinstance(table, QgsVectorLayer):
        table = QgsVectorLayer(table, "t", "ogr")
    rows = {f["criterion"]: f for f in table.getFeatures()}
    assert rows["bereikbaarheid"]["w_provincie_drenthe"] == pytest.approx(0.75)
    assert rows["bereikbaarheid"]["w_gemeente_assen"] == pytest.approx(0.25)
    assert rows["landschap"]["spread"] == pytest.approx(0.5)


def test_stakeholder_field_names_are_unique_and_short():
    from ruimte_plugin.algorithms.fields import prefixed_field_names
    assert prefixed_field_names(["Gemeente", "gemeente", "!!", "Waterschap Hunze en Aa's x" * 3],
                                "w_") \
        == ["w_gemeente", "w_gemeente_2", "w_set", "w_waterschap_hunze_en_aa_s_xwa"]


@pytest.mark.parametrize("params, name, fragment", [
    ({"MATRIX": "1,3;1/3,1 | 1,3,5;1/3,1,3;1/5,1/3,1"}, "MATRIX", "different numbers"),
    ({"MATRIX": "1,3;1/3,1 | 1,3;1/3,1", "STAKEHOLDER_WEIGHTS": "1"}, "STAKEHOLDER_WEIGHTS",
     "1 stakeholder weights for 2 matrices"),
    ({"MATRIX": "1,3;1/3,1 | 1,3;1/3,1", "STAKEHOLDER_WEIGHTS": "1,x"}, "STAKEHOLDER_WEIGHTS",
     "'x'"),
    ({"MATRIX": "1,3;1/3,1 | 1,3;1/3,1", "STAKEHOLDER_NAMES": "a,b,c"}, "STAKEHOLDER_NAMES",
     "3 stakeholder names for 2 matrices"),
])
def test_bad_groups_name_the_parameter(provider, params, name, fragment):
    with pytest.raises(QgsProcessingException) as err:
        processing.run("ruimte:ahpweights", params)
    assert f"({name})" in str(err.value) and fragment in str(err.value)


def test_stakeholders_through_qgis_process(qgis_process):
    # two consistent stakeholders (w1 = .5,.3,.2 and w2 = .2,.3,.5): the group weights are the
    # normalised sqrt(w1 w2) = .339134, .321731, .339134 with CR 0, for aij and aip alike
    one = "1,5/3,5/2;3/5,1,3/2;2/5,2/3,1"
    two = "1,2/3,2/5;3/2,1,3/5;5/2,5/3,1"
    for method in ("aij", "aip"):
        result = qgis_process("--json", "run", "ruimte:ahpweights", "--",
                              f"MATRIX={one}|{two}", f"GROUP_METHOD={method}")
        assert result.returncode == 0, result.stderr
        out = result.json["results"]
        assert [float(w) for w in out["WEIGHTS"].split(",")] == pytest.approx(
            [0.339134, 0.321731, 0.339134], abs=1e-6)
        assert out["CR"] == pytest.approx(0.0, abs=1e-9)
