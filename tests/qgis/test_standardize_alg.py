"""ruimte:standardize in real QGIS, cross-checked cell by cell against QGIS's own
native:fuzzifyraster* algorithms on the same raster."""

import math

import numpy as np
import processing
import pytest
from qgis.core import QgsProcessingException

from testdata import read_raster
from ruimte_plugin.core.rasterio_io import read_tags

# distances 0..~5 km with a NoData hole: positive values, as the fuzzify formulas assume
VALUES = (np.arange(40 * 30, dtype=np.float32).reshape(40, 30) * 4.3) + 1.0
VALUES[5, 7] = np.nan


@pytest.fixture
def distance(make_raster):
    return make_raster("distance.tif", VALUES)


@pytest.mark.parametrize("function, native, midpoint, spread", [
    ("large", "native:fuzzifyrasterlargemembership", 2000.0, 5.0),
    ("small", "native:fuzzifyrastersmallmembership", 1500.0, 3.0),
    ("gaussian", "native:fuzzifyrastergaussianmembership", 2500.0, 1e-6),
    ("near", "native:fuzzifyrasternearmembership", 2500.0, 1e-6),
])
def test_matches_native_fuzzify(provider, distance, tmp_path, function, native, midpoint, spread):
    ours = processing.run("ruimte:standardize", {
        "INPUT": distance, "FUNCTION": function, "MIDPOINT": midpoint, "SPREAD": spread,
        "OUTPUT": str(tmp_path / "ours.tif")})["OUTPUT"]
    theirs = processing.run(native, {
        "INPUT": distance, "BAND": 1, "FUZZYMIDPOINT": midpoint, "FUZZYSPREAD": spread,
        "OUTPUT": str(tmp_path / "native.tif")})["OUTPUT"]
    a, _ = read_raster(ours)
    b, _ = read_raster(theirs)
    assert np.array_equal(np.isnan(a), np.isnan(b))
    assert np.isnan(a[5, 7])
    valid = ~np.isnan(a)
    assert np.max(np.abs(a[valid] - b[valid])) < 2e-6
    assert a[valid].min() < 0.2 and a[valid].max() > 0.8     # the test spans the curve


def test_linear_matches_native_linear(provider, distance, tmp_path):
    ours = processing.run("ruimte:standardize", {
        "INPUT": distance, "FUNCTION": "linear", "DIRECTION": "decreasing", "C": 500, "D": 3000,
        "OUTPUT": str(tmp_path / "ours.tif")})["OUTPUT"]
    # QGIS models a decreasing line by swapping the bounds: low = 3000 (0), high = 500 (1)
    theirs = processing.run("native:fuzzifyrasterlinearmembership", {
        "INPUT": distance, "BAND": 1, "FUZZYLOWBOUND": 3000, "FUZZYHIGHBOUND": 500,
        "OUTPUT": str(tmp_path / "native.tif")})["OUTPUT"]
    a, _ = read_raster(ours)
    b, _ = read_raster(theirs)
    valid = ~np.isnan(a)
    assert np.array_equal(valid, ~np.isnan(b))
    assert np.max(np.abs(a[valid] - b[valid])) < 2e-6


def test_sigmoid_values_unknown_score_and_provenance(provider, make_raster, tmp_path):
    path = make_raster("d.tif", [[250.0, 750.0, np.nan]])
    out = processing.run("ruimte:standardize", {
        "INPUT": path, "FUNCTION": "sigmoid", "A": 0, "B": 1000, "UNKNOWN_SCORE": 0.5,
        "OUTPUT": str(tmp_path / "s.tif")})["OUTPUT"]
    data, profile = read_raster(out)
    # IDRISI sigmoid: cos^2((1 - 0.25) * pi/2) = 0.146447, cos^2(0.25 * pi/2) = 0.853553
    assert data[0, :2] == pytest.approx([math.cos(0.75 * math.pi / 2) ** 2,
                                         math.cos(0.25 * math.pi / 2) ** 2], abs=1e-6)
    assert data[0, 2] == 0.5
    assert profile["dtype"] == "float32" and profile["nodata"] == -9999
    tags = read_tags(out)
    assert tags["RUIMTE_ALGORITHM"] == "ruimte:standardize"
    assert tags["RUIMTE_PARAMETERS"]["FUNCTION"] == "sigmoid"
    assert tags["RUIMTE_CONVENTIONS"]["formula"] == "sigmoid increasing: a=0, b=1000"
    assert tags["RUIMTE_SOURCES"] == [path]


def test_table_from_matrix_parameter(provider, make_raster, tmp_path):
    path = make_raster("cls.tif", [[1, 2, 3, 4]])
    out = processing.run("ruimte:standardize", {
        "INPUT": path, "FUNCTION": "table", "TABLE": [1, 0.2, 2, 1, 3, 0.5],
        "TABLE_MODE": "exact", "OUTPUT": str(tmp_path / "t.tif")})["OUTPUT"]
    data, _ = read_raster(out)
    assert data[0, :3] == pytest.approx([0.2, 1.0, 0.5]) and np.isnan(data[0, 3])


@pytest.mark.parametrize("params, fragment", [
    ({"FUNCTION": "linear"}, "(A)"),
    ({"FUNCTION": "linear", "A": 10, "B": 5}, "(A)"),
    ({"FUNCTION": "large", "MIDPOINT": 0, "SPREAD": 5}, "(MIDPOINT)"),
    ({"FUNCTION": "table"}, "(TABLE)"),
])
def test_bad_settings_name_the_parameter(provider, distance, tmp_path, params, fragment):
    out = tmp_path / "bad.tif"
    with pytest.raises(QgsProcessingException) as err:
        processing.run("ruimte:standardize", dict(params, INPUT=distance, OUTPUT=str(out)))
    assert fragment in str(err.value)
    assert not out.exists() and list(tmp_path.glob(".ruimte-*")) == []
