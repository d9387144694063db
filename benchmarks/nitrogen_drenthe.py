"""Nitrogen screening over the province of Drenthe (issue: Dutch criteria I).

A company emitting 10 t NOx and 5 t NH3 a year, on a 100 m grid over the province, against the
real Natura 2000 file from ../shared/data/nl (EPSG:4326, reprojected on the fly). Prints the
share of the province where DEPOSITION <= 0.005 and <= 1.0 mol N/ha/yr, and the run time.
Run: .venv/bin/python benchmarks/nitrogen_drenthe.py
"""

import os
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "scripts"))
sys.path.insert(0, str(ROOT))

from demo import start_qgis, stop_qgis  # noqa: E402  (same headless QGIS set-up as the demo)

NATURA = ROOT.parent / "shared" / "data" / "nl" / "drenthe_natura2000_gebieden.geojson"
PROVINCE = f"{ROOT}/resources/demo/drenthe.gpkg|layername=drenthe"


def main():
    import numpy as np
    import processing
    import rasterio
    from qgis.core import QgsVectorLayer

    out = Path(tempfile.mkdtemp(prefix="ruimte-n-"))
    province = QgsVectorLayer(PROVINCE, "drenthe", "ogr")
    e = province.extent()
    extent = f"{e.xMinimum()},{e.xMaximum()},{e.yMinimum()},{e.yMaximum()} [EPSG:28992]"
    started = time.perf_counter()
    res = processing.run("ruimte:nitrogen", {
        "HABITATS": str(NATURA), "EMISSION_NOX": 10000, "EMISSION_NH3": 5000,
        "EXTENT": extent, "PIXEL_SIZE": 100, "OUTPUT": str(out / "score.tif"),
        "DEPOSITION": str(out / "deposition.tif")})
    seconds = time.perf_counter() - started
    with rasterio.open(res["DEPOSITION"]) as src:          # the grid snapped to 100 m
        b = src.bounds
    inside = processing.run("gdal:rasterize", {
        "INPUT": PROVINCE, "BURN": 1, "UNITS": 1, "WIDTH": 100, "HEIGHT": 100, "INIT": 0,
        "EXTENT": f"{b.left},{b.right},{b.bottom},{b.top} [EPSG:28992]", "DATA_TYPE": 0,
        "OUTPUT": str(out / "inside.tif")})["OUTPUT"]
    with rasterio.open(res["DEPOSITION"]) as src, rasterio.open(inside) as mask:
        dep = src.read(1)[mask.read(1) == 1]
        shape = (src.width, src.height)
    print(f"grid {shape[0]} x {shape[1]} cells of 100 m; {dep.size:,} cells in Drenthe")
    for limit in (0.005, 1.0):
        print(f"DEPOSITION <= {limit:g} mol N/ha/yr: {np.mean(dep <= limit):.1%} of Drenthe")
    print(f"median {np.median(dep):.3f}, max {dep.max():.1f} mol N/ha/yr; "
          f"ruimte:nitrogen run time {seconds:.2f} s")


if __name__ == "__main__":
    APP, PROVIDER = start_qgis()
    main()
    stop_qgis(APP, PROVIDER)
