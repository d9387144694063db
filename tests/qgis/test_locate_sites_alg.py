"""ruimte:locatesites in real QGIS on a hand-made raster with known sites, and qgis_process."""

import numpy as np
import processing
import pytest
from qgis.core import QgsVectorLayer

X0, Y1 = 150000.0, 460000.0


@pytest.fixture
def suitability(make_raster):
    z = np.full((200, 200), 0.3, np.float32)
    z[20:60, 20:60] = 0.9                 # 16 ha block
    z[120:160, 120:170] = 0.8             # 20 ha block
    z[:, 190:] = 0.0                      # excluded
    return make_raster("suit.tif", z, pixel=10.0)


def test_known_sites(provider, suitability):
    out = processing.run("ruimte:locatesites", {
        "SUITABILITY": suitability, "MIN_AREA_HA": 10, "MIN_SCORE": 0.6, "MAX_SITES": 10,
        "MIN_SPACING": 200, "MIN_WIDTH": 100, "OUTPUT": "memory:"})["OUTPUT"]
    rows = sorted(out.getFeatures(), key=lambda f: f["rank"])
    assert [f["rank"] for f in rows] == [1, 2]
    assert [round(f["mean_score"], 4) for f in rows] == [0.9, 0.8]
    for f in rows:
        assert f["area_ha"] == pytest.approx(10.0)
        assert f["compactness"] > 0.5                      # a block, not a ribbon
    block_a = rows[0].geometry().boundingBox()
    assert block_a.xMinimum() >= X0 + 200 and block_a.xMaximum() <= X0 + 600
    assert block_a.yMaximum() <= Y1 - 200 and block_a.yMinimum() >= Y1 - 600


def test_qgis_process(qgis_process, suitability, tmp_path):
    result = qgis_process("--json", "run", "ruimte:locatesites", "--",
                          f"SUITABILITY={suitability}", "MIN_AREA_HA=5", "MIN_SCORE=0.75",
                          f"OUTPUT={tmp_path / 'found.gpkg'}")
    assert result.returncode == 0, result.stderr
    found = QgsVectorLayer(str(tmp_path / "found.gpkg"), "f", "ogr")
    means = sorted(round(f["mean_score"], 4) for f in found.getFeatures())
    assert means and set(means) <= {0.8, 0.9}


def test_existing_sites_are_not_offered_again(provider, qgis_process, suitability, tmp_path):
    """A first run finds the 0.9 block; a second run with the first's result as EXISTING finds
    only the 0.8 block; a park polygon (in another CRS) over the 0.8 block leaves nothing."""
    import processing
    first = str(tmp_path / "first.gpkg")
    processing.run("ruimte:locatesites", {
        "SUITABILITY": suitability, "MIN_AREA_HA": 10, "MIN_SCORE": 0.6, "MAX_SITES": 1,
        "MIN_SPACING": 200, "MIN_WIDTH": 100, "OUTPUT": first})
    assert [round(f["mean_score"], 4) for f in
            QgsVectorLayer(first, "f", "ogr").getFeatures()] == [0.9]
    result = qgis_process("--json", "run", "ruimte:locatesites", "--",
                          f"SUITABILITY={suitability}", "MIN_AREA_HA=10", "MIN_SCORE=0.6",
                          "MIN_SPACING=200", "MIN_WIDTH=100", f"EXISTING={first}",
                          f"OUTPUT={tmp_path / 'second.gpkg'}")
    assert result.returncode == 0, result.stderr
    second = QgsVectorLayer(str(tmp_path / "second.gpkg"), "s", "ogr")
    assert [round(f["mean_score"], 4) for f in second.getFeatures()] == [0.8]
    park = QgsVectorLayer("Polygon?crs=EPSG:4326", "park", "memory")
    from qgis.core import (QgsCoordinateReferenceSystem, QgsCoordinateTransform, QgsFeature,
                           QgsGeometry, QgsProject, QgsRectangle)
    to_wgs = QgsCoordinateTransform(QgsCoordinateReferenceSystem("EPSG:28992"),
                                    QgsCoordinateReferenceSystem("EPSG:4326"),
                                    QgsProject.instance())
    geom = QgsGeometry.fromRect(QgsRectangle(X0 + 1150, Y1 - 1650, X0 + 1750, Y1 - 1150))
    geom.transform(to_wgs)
    f = QgsFeature()
    f.setGeometry(geom)
    park.dataProvider().addFeatures([f])
    out = processing.run("ruimte:locatesites", {
        "SUITABILITY": suitability, "MIN_AREA_HA": 10, "MIN_SCORE": 0.6, "MIN_SPACING": 200,
        "MIN_WIDTH": 100, "EXISTING": [first, park], "OUTPUT": "memory:"})["OUTPUT"]
    assert out.featureCount() == 0
