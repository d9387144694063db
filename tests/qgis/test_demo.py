"""The main job runs: `make demo`'s script on the real Drenthe data writes a styled map, a
summary and rasters whose exclusions hold where the constraint layers say."""

import os
import subprocess
import sys

import numpy as np
import rasterio
from qgis.core import QgsVectorLayer

from testdata import ROOT


def test_demo_runs_on_real_drenthe_data(tmp_path):
    env = dict(os.environ, RUIMTE_DEMO_OUTPUT=str(tmp_path))
    env.pop("QGIS_CUSTOM_CONFIG_PATH", None)
    done = subprocess.run([sys.executable, str(ROOT / "scripts" / "demo.py")], env=env,
                          capture_output=True, text=True, timeout=600)
    assert done.returncode == 0, done.stderr[-2000:]
    assert (tmp_path / "suitability.png").stat().st_size > 50_000
    summary = (tmp_path / "summary.txt").read_text()
    assert "CR = " in summary and "score >= 0.7" in summary

    natura = QgsVectorLayer(f"{ROOT}/resources/demo/drenthe.gpkg|layername=natura2000", "n", "ogr")
    inside = [f.geometry().pointOnSurface().asPoint() for f in natura.getFeatures()]
    with rasterio.open(tmp_path / "suitability.tif") as src:
        data = src.read(1)
        assert src.tags()["RUIMTE_ALGORITHM"] == "ruimte:combine"
        values = [v[0] for v in src.sample([(p.x(), p.y()) for p in inside
                                            if src.bounds.left < p.x() < src.bounds.right
                                            and src.bounds.bottom < p.y() < src.bounds.top])]
    assert values and all(v == 0 for v in values)          # Natura 2000 is excluded
    assert data[0, 0] == 0                                  # corner outside the province
    assert 0 < np.mean(data > 0.5) < 0.9 and data.max() <= 1
