"""ruimte:comparescenarios: difference map from two rasters or two weight sets, and the sites
whose rank changed."""

import numpy as np
import processing
import pytest
from qgis.core import QgsFeature, QgsGeometry, QgsProcessingException, QgsRectangle, QgsVectorLayer

from testdata import read_raster

X0, Y1 = 150000.0, 460000.0


def two_sites():
    layer = QgsVectorLayer("Polygon?crs=EPSG:28992&field=naam:string", "s", "memory")
    features = []
    for name, (c0, c1) in (("west", (0, 10)), ("east", (10, 20))):
        f = QgsFeature(layer.fields())
        f.setGeometry(QgsGeometry.fromRect(QgsRectangle(X0 + c0 * 25, Y1 - 250, X0 + c1 * 25,
                                                        Y1)))
        f.setAttributes([name])
        features.append(f)
    layer.dataProvider().addFeatures(features)
    return layer


def test_two_weight_sets(provider, make_raster, tmp_path):
    a = np.zeros((10, 20), np.float32)
    a[:, :10] = 0.9                       # criterion a favours the west
    b = np.zeros((10, 20), np.float32)
    b[:, 10:] = 0.9                       # criterion b favours the east
    criteria = [make_raster("a.tif", a), make_raster("b.tif", b)]
    res = processing.run("ruimte:comparescenarios", {
        "CRITERIA": criteria, "WEIGHTS_A": "0.8,0.2", "WEIGHTS_B": "0.2,0.8",
        "SITES": two_sites(), "OUTPUT": str(tmp_path / "d.tif"), "RANK_CHANGES": "memory:"})
    d, _ = read_raster(res["OUTPUT"])
    # west: A = 0.8 * 0.9 = 0.72, B = 0.2 * 0.9 = 0.18 -> -0.54; east +0.54
    assert np.allclose(d[:, :10], -0.54, atol=1e-6) and np.allclose(d[:, 10:], 0.54, atol=1e-6)
    changed = {f["naam"]: f for f in res["RANK_CHANGES"].getFeatures()}
    assert changed["west"]["rank_a"] == 1 and changed["west"]["rank_b"] == 2
    assert changed["east"]["rank_change"] == 1
    assert changed["west"]["score_a"] == pytest.approx(0.72, abs=1e-5)


def test_two_rasters_and_errors(provider, make_raster, tmp_path):
    a = make_raster("sa.tif", np.full((10, 20), 0.5, np.float32))
    b = make_raster("sb.tif", np.full((10, 20), 0.5, np.float32))
    res = processing.run("ruimte:comparescenarios", {
        "SUITABILITY_A": a, "SUITABILITY_B": b, "SITES": two_sites(),
        "OUTPUT": str(tmp_path / "d.tif"), "RANK_CHANGES": "memory:"})
    assert res["RANK_CHANGES"].featureCount() == 0           # nothing changed
    assert np.all(read_raster(res["OUTPUT"])[0] == 0)
    with pytest.raises(QgsProcessingException, match=r"\(SUITABILITY_A\)"):
        processing.run("ruimte:comparescenarios", {"OUTPUT": str(tmp_path / "x.tif")})
