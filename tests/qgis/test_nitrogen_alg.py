"""ruimte:nitrogen in real QGIS on the real Drenthe Natura 2000 file (EPSG:4326, reprojected),
with hand-checkable values, LOAD from KDW/background fields, and qgis_process."""

import math

import numpy as np
import processing
import pytest
from qgis.core import (QgsFeature, QgsGeometry, QgsProcessingException, QgsRectangle,
                       QgsVectorLayer)

from testdata import TEST_DATA, read_raster
from ruimte_plugin.core.criteria.nitrogen import Kernel, NitrogenModel
from ruimte_plugin.core.rasterio_io import read_tags

NATURA = f"{TEST_DATA}/drenthe_natura2000_gebieden.geojson"
# a 20 x 16 km window around Dwingelderveld, 200 m cells
EXTENT = "215000,235000,530000,546000 [EPSG:28992]"


def test_real_natura2000_deposition_and_score(provider, tmp_path):
    layer = QgsVectorLayer(NATURA, "natura2000", "ogr")
    assert layer.isValid() and layer.crs().authid() == "EPSG:4326"
    res = processing.run("ruimte:nitrogen", {
        "HABITATS": layer, "EMISSION_NOX": 10000, "EMISSION_NH3": 5000, "EXTENT": EXTENT,
        "PIXEL_SIZE": 200, "OUTPUT": str(tmp_path / "score.tif"),
        "DEPOSITION": str(tmp_path / "dep.tif")})
    dep, profile = read_raster(res["DEPOSITION"])
    score, _ = read_raster(res["OUTPUT"])
    assert dep.shape == (80, 100) and profile["crs"].to_epsg() == 28992
    model = NitrogenModel(10000, 5000).validate()
    core = model.deposition([0.0])[0]                  # on habitat: the kernel's core value
    assert dep.max() == pytest.approx(core, rel=1e-6)
    assert np.mean(dep == dep.max()) > 0.05           # Dwingelderveld covers part of the window
    assert dep.min() > 0                               # every cell is within 25 km of habitat
    # the score follows the log scale exactly
    expected = np.clip(1 - np.log(np.maximum(dep, 0.005) / 0.005) / math.log(200), 0, 1)
    assert np.allclose(score, expected, atol=1e-5)
    tags = read_tags(res["OUTPUT"])
    assert "not an AERIUS" in tags["RUIMTE_CONVENTIONS"]["note"]


def habitat_layer():
    """Two 1 km squares: overloaded (KDW 700, background 1400) and sensitive-not-overloaded."""
    layer = QgsVectorLayer("Polygon?crs=EPSG:28992&field=kdw:double&field=bg:double", "h",
                           "memory")
    features = []
    for x, kdw, bg in ((200000, 700, 1400), (210000, 1800, 1200), (220000, 3000, 500)):
        f = QgsFeature(layer.fields())
        f.setGeometry(QgsGeometry.fromRect(QgsRectangle(x, 500000, x + 1000, 501000)))
        f.setAttributes([kdw, bg])
        features.append(f)
    layer.dataProvider().addFeatures(features)
    return layer


def test_load_and_kdw(provider, tmp_path):
    res = processing.run("ruimte:nitrogen", {
        "HABITATS": habitat_layer(), "KDW_FIELD": "kdw", "BACKGROUND_FIELD": "bg",
        "EMISSION_NH3": 1000, "CUTOFF": 5000,
        "EXTENT": "195000,226000,495000,506000 [EPSG:28992]", "PIXEL_SIZE": 100,
        "OUTPUT": str(tmp_path / "s.tif"), "DEPOSITION": str(tmp_path / "d.tif"),
        "LOAD": str(tmp_path / "l.tif")})
    dep, _ = read_raster(res["DEPOSITION"])
    load, _ = read_raster(res["LOAD"])
    # the third square (KDW 3000) is not sensitive: its centre gets no deposition at all
    # (its nearest sensitive habitat is 9 km away, beyond the 5 km cutoff)
    col = lambda x: int((x - 195000) / 100)            # noqa: E731
    assert dep[55, col(220500)] == 0
    assert dep[55, col(210500)] == dep.max()           # sensitive, not overloaded
    # LOAD only comes from the overloaded square: largest on it, zero beyond 5 km of it
    assert load[55, col(200500)] == load.max() > 0
    assert load[55, col(210500)] == 0
    # on the overloaded square's centre: 100 cells of 1 ha, each at distance r from the centre;
    # the default kernels (NOx b 1.55, r0 100 m, f 3.5 %; NH3 b 1.55, r0 100 m, f 18 %) with
    # the 5 km cutoff of this run
    model = NitrogenModel(0, 1000, kernels=(Kernel(1.55, 100, 0.035, 5000),
                                            Kernel(1.55, 100, 0.18, 5000))).validate()
    rows, cols = np.mgrid[0:10, 0:10]
    r = np.hypot((rows - 5) * 100.0, (cols - 5) * 100.0)   # centre cell (5, 5) of the square
    by_sum = float(np.sum(model.deposition(r.ravel()).astype(np.float64)))
    assert load[55, col(200500)] == pytest.approx(by_sum, rel=1e-3)


def test_qgis_process_and_errors(provider, qgis_process, tmp_path):
    result = qgis_process("--json", "run", "ruimte:nitrogen", "--", f"HABITATS={NATURA}",
                          "EMISSION_NOX=10000", "THRESHOLD=1.0", "UPPER=100", f"EXTENT={EXTENT}",
                          "PIXEL_SIZE=500", f"OUTPUT={tmp_path / 'n.tif'}")
    assert result.returncode == 0, result.stderr
    score, _ = read_raster(tmp_path / "n.tif")
    assert score.shape == (32, 40) and 0 <= score.min() and score.max() <= 1
    with pytest.raises(QgsProcessingException, match=r"\(BACKGROUND_FIELD\)"):
        processing.run("ruimte:nitrogen", {"HABITATS": habitat_layer(), "KDW_FIELD": "kdw",
                                           "LOAD": str(tmp_path / "x.tif"),
                                           "OUTPUT": str(tmp_path / "y.tif")})
    with pytest.raises(QgsProcessingException, match=r"\(UPPER\)"):
        processing.run("ruimte:nitrogen", {"HABITATS": habitat_layer(), "THRESHOLD": 2,
                                           "UPPER": 1, "OUTPUT": str(tmp_path / "y.tif")})
    assert not (tmp_path / "y.tif").exists()
