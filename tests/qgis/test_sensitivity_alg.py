"""ruimte:sensitivity in real QGIS: from *_mean fields (as scoresites writes them) and from
criterion rasters with per-cell mean and CV; reproducible with a seed; qgis_process."""

import numpy as np
import processing
import pytest
from qgis.core import QgsFeature, QgsGeometry, QgsRectangle, QgsVectorLayer

from testdata import read_raster

X0, Y1 = 150000.0, 460000.0


def sites_layer():
    layer = QgsVectorLayer("Polygon?crs=EPSG:28992&field=naam:string&field=a_mean:double"
                           "&field=b_mean:double&field=excluded:integer", "sites", "memory")
    rows = [("best", 0.9, 0.9, 0), ("a-strong", 0.8, 0.3, 0), ("b-strong", 0.3, 0.8, 0),
            ("excluded", 1.0, 1.0, 1)]
    features = []
    for i, row in enumerate(rows):
        f = QgsFeature(layer.fields())
        f.setGeometry(QgsGeometry.fromRect(QgsRectangle(X0 + 100 * i, Y1 - 100, X0 + 100 * i + 50,
                                                        Y1 - 50)))
        f.setAttributes(list(row))
        features.append(f)
    layer.dataProvider().addFeatures(features)
    return layer


def rows(result):
    return {f["naam"]: f for f in result.getFeatures()}


def test_fields_mode(provider):
    params = {"SITES": sites_layer(), "WEIGHTS": "0.5,0.5", "RUNS": 2000, "TOP_K": 1,
              "SEED": 11, "OUTPUT": "memory:", "OAT_TABLE": "memory:"}
    res = processing.run("ruimte:sensitivity", params)
    out = rows(res["OUTPUT"])
    assert out["best"]["p_top_k"] == 1.0 and out["best"]["base_rank"] == 1
    assert out["excluded"]["rank_p05"] == 4 and out["excluded"]["oat_rank_min"] == 4
    # a-strong and b-strong tie at equal weights and trade places when the weights move
    assert out["a-strong"]["oat_rank_min"] == 2 and out["a-strong"]["oat_rank_max"] == 3
    assert 2 < out["a-strong"]["mean_rank"] < 3
    assert res["OAT_TABLE"].featureCount() == 2 * 41 * 4
    again = rows(processing.run("ruimte:sensitivity", dict(params, OAT_TABLE=None))["OUTPUT"])
    assert again["a-strong"]["mean_rank"] == out["a-strong"]["mean_rank"]      # same seed


def test_raster_mode_with_cell_mean_and_cv(provider, make_raster, tmp_path):
    a = np.linspace(0, 1, 400, dtype=np.float32).reshape(20, 20)
    b = a[::-1].copy()
    res = processing.run("ruimte:sensitivity", {
        "SITES": sites_layer(), "CRITERIA": [make_raster("a.tif", a), make_raster("b.tif", b)],
        "WEIGHTS": "3,1", "RUNS": 500, "SEED": 2, "OUTPUT": "memory:",
        "CELL_MEAN": str(tmp_path / "m.tif"), "CELL_CV": str(tmp_path / "cv.tif")})
    mean, _ = read_raster(res["CELL_MEAN"])
    cv, _ = read_raster(res["CELL_CV"])
    assert np.allclose(mean, 0.75 * a + 0.25 * b, atol=0.02)     # mean of the weights ~ w
    assert np.all(cv[np.isfinite(cv)] >= 0) and np.nanmax(cv) < 0.5
    assert res["OUTPUT"].featureCount() == 4


def test_qgis_process(qgis_process, tmp_path):
    path = str(tmp_path / "sites.gpkg")
    processing.run("native:reprojectlayer", {"INPUT": sites_layer(), "TARGET_CRS": "EPSG:28992",
                                             "OUTPUT": path})
    result = qgis_process("--json", "run", "ruimte:sensitivity", "--", f"SITES={path}",
                          "RUNS=300", "TOP_K=1", f"OUTPUT={tmp_path / 'out.gpkg'}")
    assert result.returncode == 0, result.stderr
    out = {f["naam"]: f for f in QgsVectorLayer(str(tmp_path / "out.gpkg"), "o",
                                                "ogr").getFeatures()}
    assert out["best"]["p_top_k"] == pytest.approx(1.0)


def test_weight_sets_per_stakeholder(provider, qgis_process, tmp_path):
    """Province 0.8/0.2 and municipality 0.2/0.8 on best (0.9, 0.9), a-strong (0.8, 0.3),
    b-strong (0.3, 0.8), excluded (1, 1): province scores 0.9, 0.70, 0.40 -> ranks 1, 2, 3;
    municipality 0.9, 0.40, 0.70 -> 1, 3, 2; the excluded site is last (4) in both. Top 2:
    best in both sets, a-strong and b-strong in one each."""
    params = {"SITES": sites_layer(), "WEIGHTS": "0.5,0.5", "RUNS": 100, "TOP_K": 2,
              "WEIGHT_SETS": "0.8,0.2|0.2,0.8", "WEIGHT_SET_NAMES": "Provincie,Gemeente Assen",
              "OUTPUT": "memory:"}
    out = rows(processing.run("ruimte:sensitivity", params)["OUTPUT"])
    assert [(out[n]["rank_provincie"], out[n]["rank_gemeente_assen"], out[n]["in_top_k_sets"])
            for n in ("best", "a-strong", "b-strong", "excluded")] == [
        (1, 1, 2), (2, 3, 1), (3, 2, 1), (4, 4, 0)]
    path = str(tmp_path / "sites.gpkg")
    processing.run("native:savefeatures", {"INPUT": sites_layer(), "OUTPUT": path})
    result = qgis_process("run", "ruimte:sensitivity", "--", f"SITES={path}", "RUNS=50",
                          "WEIGHT_SETS=1,1,1", f"OUTPUT={tmp_path / 'x.gpkg'}")
    assert result.returncode != 0 and "(WEIGHT_SETS)" in result.stderr
    assert "weight set 1: 3 weights for 2 criteria" in result.stderr
    from qgis.core import QgsProcessingException
    with pytest.raises(QgsProcessingException, match=r"Weight set names \(WEIGHT_SET_NAMES\): "
                       r"1 names for 2 weight sets"):
        processing.run("ruimte:sensitivity", dict(params, WEIGHT_SET_NAMES="Provincie"))
