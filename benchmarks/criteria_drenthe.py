"""The Dutch criteria over the province of Drenthe at 100 m, with run times.

* nitrogen: a company emitting 10 t NOx and 5 t NH3 a year, the real Natura 2000 areas in and
  around Drenthe (the 15 areas of the demo GeoPackage, resources/demo/drenthe.gpkg): share of
  the province where DEPOSITION <= 0.005 and <= 1.0 mol N/ha/yr;
* landscape and accessibility for a 30 m high XXL distribution centre: Natura 2000 and NNN
  protected, Nationaal Park Drentsche Aa valued; motorways with a speed limit >= 100 km/h;
  score distribution over the province.
Everything it reads is in this repository (resources/demo/, see its SOURCES.md).
Run: .venv/bin/python benchmarks/criteria_drenthe.py
"""

import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "scripts"))
sys.path.insert(0, str(ROOT))

from demo_common import start_qgis, stop_qgis  # noqa: E402  (the demo's headless QGIS set-up)

GPKG = f"{ROOT}/resources/demo/drenthe.gpkg"
PIXEL = 100


def layer(name, subset=None):
    from qgis.core import QgsVectorLayer
    lyr = QgsVectorLayer(f"{GPKG}|layername={name}", name, "ogr")
    if subset:
        lyr.setSubsetString(subset)
    return lyr


def timed(alg, params):
    import processing
    started = time.perf_counter()
    result = processing.run(alg, params)
    return result, time.perf_counter() - started


def inside_mask(path, out):
    import processing
    import rasterio
    with rasterio.open(path) as src:
        b = src.bounds
    inside = processing.run("gdal:rasterize", {
        "INPUT": f"{GPKG}|layername=drenthe", "BURN": 1, "UNITS": 1, "WIDTH": PIXEL,
        "HEIGHT": PIXEL, "INIT": 0, "EXTENT": f"{b.left},{b.right},{b.bottom},{b.top} "
                                              "[EPSG:28992]",
        "DATA_TYPE": 0, "OUTPUT": str(out / "inside.tif")})["OUTPUT"]
    with rasterio.open(inside) as src:
        return src.read(1) == 1


def values(path, mask):
    import rasterio
    with rasterio.open(path) as src:
        return src.read(1)[mask]


def distribution(label, scores, seconds):
    import numpy as np
    bins = [0, 0.2, 0.4, 0.6, 0.8, 1.0001]
    counts, _ = np.histogram(scores, bins)
    shares = ", ".join(f"[{lo:.1f}-{min(hi, 1):.1f}{')' if hi < 1 else ']'} {c / scores.size:.1%}"
                       for lo, hi, c in zip(bins, bins[1:], counts))
    print(f"{label}: {shares}; mean {scores.mean():.3f}; run time {seconds:.2f} s")


def main():
    import numpy as np
    out = Path(tempfile.mkdtemp(prefix="ruimte-criteria-"))
    e = layer("drenthe").extent()
    grid = {"EXTENT": f"{e.xMinimum()},{e.xMaximum()},{e.yMinimum()},{e.yMaximum()} "
                      "[EPSG:28992]", "PIXEL_SIZE": PIXEL}

    nitrogen, t_n = timed("ruimte:nitrogen", dict(
        grid, HABITATS=layer("natura2000"), EMISSION_NOX=10000, EMISSION_NH3=5000,
        OUTPUT=str(out / "n.tif"), DEPOSITION=str(out / "dep.tif")))
    mask = inside_mask(nitrogen["OUTPUT"], out)
    dep = values(nitrogen["DEPOSITION"], mask)
    print(f"grid {mask.shape[1]} x {mask.shape[0]} cells of {PIXEL} m; {dep.size:,} in Drenthe")
    for limit in (0.005, 1.0):
        print(f"nitrogen: DEPOSITION <= {limit:g} mol N/ha/yr on {np.mean(dep <= limit):.1%} "
              "of Drenthe")
    print(f"nitrogen: median {np.median(dep):.3f} mol N/ha/yr; run time {t_n:.2f} s")

    landscape, t_l = timed("ruimte:landscape", dict(
        grid, PROTECTED=[layer("natura2000"), layer("nnn")], VALUED=[layer("nationaal_park")],
        BUILDING_HEIGHT=30, OUTPUT=str(out / "l.tif"), IMPACT=str(out / "i.tif")))
    distribution("landscape (30 m building)", values(landscape["OUTPUT"], mask), t_l)
    impact = values(landscape["IMPACT"], mask)
    print(f"landscape: visual impact mean {impact.mean():.3f}, p95 {np.percentile(impact, 95):.3f}")

    access, t_a = timed("ruimte:accessibility", dict(
        grid, MOTORWAYS=layer("motorways", '"max_speed" >= 100'), OUTPUT=str(out / "a.tif"),
        DISTANCE=str(out / "ad.tif")))
    distribution("accessibility (motorway 3-10 km)", values(access["OUTPUT"], mask), t_a)
    road = values(access["DISTANCE"], mask)
    print(f"accessibility: {np.mean(road <= 3000):.1%} of Drenthe within 3 km of a motorway")


if __name__ == "__main__":
    APP, PROVIDER = start_qgis()
    main()
    stop_qgis(APP, PROVIDER)
