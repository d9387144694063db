"""Decimal commas in every numeric text parameter (core/numbers.py): a list with decimal commas
is separated by ';' and gives what the same list with points gives; where a decimal comma
cannot be read (STANDARDIZE of combine) the message says why. One test goes through the
qgis_process binary, as a Dutch batch user types it."""

import numpy as np
import processing
import pytest
from qgis.core import (QgsFeature, QgsGeometry, QgsProcessingException, QgsRectangle,
                       QgsVectorLayer)

from testdata import read_raster

X0, Y1 = 150000.0, 460000.0


@pytest.fixture
def two_criteria(make_raster):
    a = np.linspace(0, 1, 24, dtype=np.float32).reshape(4, 6)
    b = np.full((4, 6), 0.5, np.float32)
    return [make_raster("a.tif", a), make_raster("b.tif", b)]


def combine(params, tmp_path, name):
    out = processing.run("ruimte:combine", dict(params, OUTPUT=str(tmp_path / name)))["OUTPUT"]
    return read_raster(out)[0]


def test_combine_through_qgis_process_with_decimal_commas(two_criteria, tmp_path,
                                                          qgis_process):
    a, b = two_criteria
    outputs = {}
    for name, weights in (("comma", "0,7;0,3"), ("point", "0.7,0.3")):
        result = qgis_process("run", "ruimte:combine", "--", f"CRITERIA={a}", f"CRITERIA={b}",
                              f"WEIGHTS={weights}", f"OUTPUT={tmp_path / name}.tif")
        assert result.returncode == 0, result.stderr
        assert "Weights used: a 0.7000, b 0.3000" in result.stdout + result.stderr
        outputs[name] = read_raster(tmp_path / f"{name}.tif")[0]
    assert np.array_equal(outputs["comma"], outputs["point"])
    a_values = np.linspace(0, 1, 24, dtype=np.float32).reshape(4, 6)
    assert np.allclose(outputs["comma"], 0.7 * a_values + 0.3 * 0.5, atol=1e-6)


def test_combine_order_weights_and_ranks(provider, two_criteria, tmp_path):
    base = dict(CRITERIA=two_criteria, WEIGHTS="0,5;0,5", METHOD="owa")
    comma = combine(dict(base, ORDER_WEIGHTS="0,75;0,25"), tmp_path, "c.tif")
    point = combine(dict(base, WEIGHTS="0.5,0.5", ORDER_WEIGHTS="0.75,0.25"), tmp_path, "p.tif")
    assert np.array_equal(comma, point)
    # one decimal comma without ';' is two numbers: the message says how to write it
    with pytest.raises(QgsProcessingException) as err:
        combine(dict(base, ORDER_WEIGHTS="0,75,0,25"), tmp_path, "x.tif")
    assert "(ORDER_WEIGHTS): 4 order weights for 2 criteria" in str(err.value)
    with pytest.raises(QgsProcessingException) as err:
        combine(dict(base, WEIGHTS="0,5,0,5"), tmp_path, "x.tif")
    assert "(WEIGHTS): 4 weights for 2 criteria" in str(err.value)
    assert "with decimal commas, with ';' (0,7;0,3)" in str(err.value)


def test_combine_standardize_refuses_decimal_commas_and_says_why(provider, two_criteria,
                                                                 tmp_path):
    with pytest.raises(QgsProcessingException) as err:
        combine(dict(CRITERIA=two_criteria, STANDARDIZE="gaussian,0,5,2"), tmp_path, "x.tif")
    assert ("(STANDARDIZE): criterion 1 ('gaussian,0,5,2'): 4 parts where "
            "FUNCTION,MIDPOINT,SPREAD has at most 3; ',' separates the parts, so decimals need "
            "a point here (0.5, not 0,5)") in str(err.value)
    assert not (tmp_path / "x.tif").exists()


def sites():
    layer = QgsVectorLayer("Polygon?crs=EPSG:28992&field=naam:string&field=a_mean:double"
                           "&field=b_mean:double", "sites", "memory")
    features = []
    for i, (a, b) in enumerate([(0.9, 0.1), (0.2, 0.8), (0.5, 0.5)]):
        f = QgsFeature(layer.fields())
        f.setGeometry(QgsGeometry.fromRect(QgsRectangle(X0 + 25 * i, Y1 - 50, X0 + 25 * i + 25,
                                                        Y1 - 25)))
        f.setAttributes([f"site {i}", a, b])
        features.append(f)
    layer.dataProvider().addFeatures(features)
    return layer


def scores(layer, field):
    return {f["naam"]: f[field] for f in layer.getFeatures()}


def test_score_sites_weights(provider, two_criteria):
    comma, point = (scores(processing.run("ruimte:scoresites", {
        "SITES": sites(), "CRITERIA": two_criteria, "WEIGHTS": w,
        "OUTPUT": "memory:"})["OUTPUT"], "score") for w in ("0,25;0,75", "0.25,0.75"))
    assert comma == point and len(comma) == 3


def test_sensitivity_weights_and_weight_sets(provider):
    params = {"SITES": sites(), "RUNS": 50, "SEED": 3, "OUTPUT": "memory:"}
    comma = processing.run("ruimte:sensitivity", dict(
        params, WEIGHTS="0,6;0,4", WEIGHT_SETS="0,8;0,2 | 0,2;0,8"))["OUTPUT"]
    point = processing.run("ruimte:sensitivity", dict(
        params, SITES=sites(), WEIGHTS="0.6,0.4", WEIGHT_SETS="0.8,0.2 | 0.2,0.8"))["OUTPUT"]
    for field in ("mean_rank", "base_rank", "rank_set_1", "rank_set_2"):
        assert scores(comma, field) == scores(point, field)
    # 0.8 on a: site 0 first; 0.8 on b: site 1 first
    assert scores(comma, "rank_set_1")["site 0"] == 1 and scores(comma, "rank_set_2")["site 1"] == 1


def test_ahp_matrix_and_stakeholder_weights(provider):
    def weights(matrix, stakeholders=None):
        params = {"MATRIX": matrix}
        if stakeholders:
            params["STAKEHOLDER_WEIGHTS"] = stakeholders
        return processing.run("ruimte:ahpweights", params)["WEIGHTS"]
    # decimal commas in a matrix: values separated by spaces (or tabs, as a spreadsheet pastes)
    assert weights("1 2;0,5 1") == weights("1\t2\n0,5\t1") == weights("1,2;1/2,1") == \
        "0.666667,0.333333"
    group = "1,3;1/3,1 | 1,1/3;3,1"
    assert weights(group, "0,75;0,25") == weights(group, "0.75,0.25")
    with pytest.raises(QgsProcessingException) as err:
        weights("1,0,5;2,1")
    assert "(MATRIX)" in str(err.value) and "separate them by spaces, 1 0,5;2 1" in str(err.value)


def test_standardize_table(provider, make_raster, tmp_path):
    values = make_raster("v.tif", np.array([[0, 250, 500, 1000]], np.float32))

    def run(table, name):
        out = processing.run("ruimte:standardize", {
            "INPUT": values, "FUNCTION": "table", "TABLE": table,
            "OUTPUT": str(tmp_path / name)})["OUTPUT"]
        return read_raster(out)[0].tolist()
    expected = [[1.0, pytest.approx(0.9), pytest.approx(0.8), 0.0]]
    assert run("0,1,500,0.8,1000,0", "p.tif") == expected
    assert run("0;1;500;0,8;1000;0", "c.tif") == expected           # typed, ';' separates
    assert run("0:1; 500:0,8; 1000:0", "pairs.tif") == expected
    assert run(["0", "1", "500", "0,8", "1000", "0"], "cells.tif") == expected   # table cells


def test_grid_capacity_status_scores(provider, tmp_path):
    layer = QgsVectorLayer("Polygon?crs=EPSG:28992&field=afname:integer", "cap", "memory")
    f = QgsFeature(layer.fields())
    f.setGeometry(QgsGeometry.fromRect(QgsRectangle(200000, 500000, 201000, 501000)))
    f.setAttributes([1])
    layer.dataProvider().addFeatures([f])
    out = [read_raster(processing.run("ruimte:gridcapacity", {
        "AREAS": layer, "REQUIRED_MVA": 2, "STATUS_SCORES": scores_text, "PIXEL_SIZE": 100,
        "OUTPUT": str(tmp_path / f"{i}.tif")})["OUTPUT"])[0]
        for i, scores_text in enumerate(("1;0,6;0,3;0", "1,0.6,0.3,0"))]
    assert np.array_equal(out[0], out[1]) and np.allclose(out[0], 0.6)


def test_landscape_value_table_and_ring_weights(provider, tmp_path):
    layer = QgsVectorLayer("Polygon?crs=EPSG:28992&field=klasse:string", "v", "memory")
    features = []
    for i, klasse in enumerate(("hoog", "midden")):
        f = QgsFeature(layer.fields())
        f.setGeometry(QgsGeometry.fromRect(QgsRectangle(X0 + 400 * i, Y1 - 400, X0 + 400 * i + 200,
                                                        Y1 - 200)))
        f.setAttributes([klasse])
        features.append(f)
    layer.dataProvider().addFeatures(features)

    def run(table, rings, name):
        out = processing.run("ruimte:landscape", {
            "VALUED": [layer], "VALUE_FIELD": "klasse", "VALUE_TABLE": table,
            "RING_WEIGHTS": rings, "EXTENT": f"{X0},{X0 + 1000},{Y1 - 1000},{Y1} [EPSG:28992]",
            "PIXEL_SIZE": 100, "OUTPUT": str(tmp_path / name)})["OUTPUT"]
        return read_raster(out)[0]
    comma = run("hoog:1;midden:0,6", "1;0,5;0,2;0,1", "c.tif")
    point = run("hoog:1,midden:0.6", "1,0.5,0.2,0.1", "p.tif")
    assert np.array_equal(comma, point)


def test_compare_scenarios_weights(provider, two_criteria, tmp_path):
    def run(a, b, name):
        out = processing.run("ruimte:comparescenarios", {
            "CRITERIA": two_criteria, "WEIGHTS_A": a, "WEIGHTS_B": b,
            "OUTPUT": str(tmp_path / name)})["OUTPUT"]
        return read_raster(out)[0]
    assert np.array_equal(run("0,8;0,2", "0,2;0,8", "c.tif"), run("0.8,0.2", "0.2,0.8", "p.tif"))
