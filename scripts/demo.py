"""Drenthe demo: where in the province could a large, grid-hungry, truck-based company go?

Runs in a headless QGIS (the same Processing algorithms as the toolbox and qgis_process) on the
real open data in resources/demo/drenthe.gpkg (see resources/demo/SOURCES.md):

1. distances (m) on a 25 m grid over Drenthe with QGIS/GDAL's own gdal:rasterize + gdal:proximity:
   to motorways (speed limit >= 100 km/h) and to high-voltage substations;
2. ruimte:standardize turns each distance into a 0-1 score; ruimte:nitrogen screens the
   nitrogen deposition on Natura 2000 for the company's NOx emission;
3. ruimte:ahpweights weighs the three criteria from a pairwise matrix (with CR);
4. ruimte:combine makes the weighted suitability (WLC), excluding Natura 2000, the NNN,
   Nationaal Park Drentsche Aa and everything outside the province;
5. writes demo-output/: the rasters (with provenance tags), suitability.png and summary.txt.

The thresholds are the demo's assumptions, stated next to each criterion below; the company
profiles (later) carry sourced values. Run: `make demo` (or .venv/bin/python scripts/demo.py).
"""

import os
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
GPKG = ROOT / "resources" / "demo" / "drenthe.gpkg"
OUT = Path(os.environ.get("RUIMTE_DEMO_OUTPUT", ROOT / "demo-output"))
PIXEL = 25.0

# criterion: (label, source layer, filter expression, standardize parameters, assumption text)
CRITERIA = [
    ("motorway", "motorways", '"max_speed" >= 100',
     {"FUNCTION": "sigmoid", "DIRECTION": "decreasing", "C": 1000, "D": 10000},
     "full score within 1 km of a road with a speed limit of 100 km/h or more, none beyond 10 km "
     "(assumption; domain-nl.md §5: new distribution centres are typically 1-3 km from a "
     "motorway)"),
    ("substation", "hv_substations", None,
     {"FUNCTION": "linear", "DIRECTION": "decreasing", "C": 2000, "D": 15000},
     "full score within 2 km of a high-voltage substation, none beyond 15 km (assumption: the "
     "cost of a dedicated cable grows with its length)"),
]
# Nitrogen: ruimte:nitrogen for 5 t NOx a year (assumption: trucks of a large distribution
# centre, 1-10 t NOx in domain-nl.md §8), default screening kernel and 0.005 threshold.
NOX_KG = 5000
# Pairwise judgements (assumption): motorway access moderately more important than the grid
# (3) and strongly more than nitrogen (5); grid a little more than nitrogen (2).
AHP_MATRIX = "1,3,5;1/3,1,2;1/5,1/2,1"
EXCLUDED = ("natura2000", "nnn", "nationaal_park")


def start_qgis():
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    os.environ.setdefault("QGIS_CUSTOM_CONFIG_PATH", tempfile.mkdtemp(prefix="ruimte-demo-"))
    from qgis.core import QgsApplication
    app = QgsApplication([], False)
    app.initQgis()
    sys.path.append("/usr/share/qgis/python/plugins")
    from processing.core.Processing import Processing
    Processing.initialize()
    sys.path.insert(0, str(ROOT))
    from ruimte_plugin.provider import RuimteProvider
    provider = RuimteProvider()
    QgsApplication.processingRegistry().addProvider(provider)
    return app, provider


def layer(name):
    from qgis.core import QgsVectorLayer
    lyr = QgsVectorLayer(f"{GPKG}|layername={name}", name, "ogr")
    if not lyr.isValid():
        sys.exit(f"demo data missing: layer {name} in {GPKG}")
    return lyr


def main():
    started = time.time()
    import processing
    from qgis.core import QgsProcessingFeedback

    OUT.mkdir(parents=True, exist_ok=True)
    feedback = QgsProcessingFeedback()
    province = layer("drenthe")
    e = province.extent()
    extent = f"{e.xMinimum()},{e.xMaximum()},{e.yMinimum()},{e.yMaximum()} [EPSG:28992]"
    raster_options = {"EXTENT": extent, "UNITS": 1, "WIDTH": PIXEL, "HEIGHT": PIXEL,
                      "DATA_TYPE": 0, "INIT": 0, "BURN": 1, "NODATA": None}

    def rasterize(source, name, where=None):
        if where:
            source = processing.run("native:extractbyexpression", {
                "INPUT": source, "EXPRESSION": where, "OUTPUT": "memory:"})["OUTPUT"]
        return processing.run("gdal:rasterize", dict(raster_options, INPUT=source,
                                                     OUTPUT=str(OUT / f"{name}_cells.tif")),
                              feedback=feedback)["OUTPUT"]

    scores, notes = [], []
    for label, source, where, params, assumption in CRITERIA:
        cells = rasterize(layer(source), label, where)
        distance = processing.run("gdal:proximity", {
            "INPUT": cells, "BAND": 1, "VALUES": "1", "UNITS": 0, "DATA_TYPE": 5,
            "OUTPUT": str(OUT / f"{label}_distance_m.tif")}, feedback=feedback)["OUTPUT"]
        score = processing.run("ruimte:standardize", dict(
            params, INPUT=distance, OUTPUT=str(OUT / f"{label}_score.tif")),
            feedback=feedback)["OUTPUT"]
        scores.append(score)
        notes.append(f"- {label}: {assumption}")
        os.remove(cells)
    nitrogen = processing.run("ruimte:nitrogen", {
        "HABITATS": layer("natura2000"), "EMISSION_NOX": NOX_KG, "REFERENCE_LAYER": scores[0],
        "OUTPUT": str(OUT / "nitrogen_score.tif"),
        "DEPOSITION": str(OUT / "nitrogen_deposition.tif")}, feedback=feedback)
    scores.append(nitrogen["OUTPUT"])
    notes.append(f"- nitrogen: {NOX_KG / 1000:g} t NOx/yr, screening kernel; score 1 at or below "
                 "0.005 mol N/ha/yr on Natura 2000, 0 from 1.0 (log scale)")

    ahp = processing.run("ruimte:ahpweights", {
        "MATRIX": AHP_MATRIX,
        "CRITERIA_NAMES": ",".join([c[0] for c in CRITERIA] + ["nitrogen"])},
        feedback=feedback)
    inside = rasterize(province, "inside_drenthe")
    suitability = processing.run("ruimte:combine", {
        "CRITERIA": scores, "WEIGHTS": ahp["WEIGHTS"], "METHOD": "wlc",
        "CONSTRAINTS": [inside] + [layer(name) for name in EXCLUDED],
        "OUTPUT": str(OUT / "suitability.tif")}, feedback=feedback)["OUTPUT"]
    os.remove(inside)

    province_ha = sum(f.geometry().area() for f in province.getFeatures()) / 1e4
    summary = summarise(suitability, ahp, notes, province_ha, time.time() - started)
    render_png(suitability, province, [layer(name) for name in EXCLUDED],
               OUT / "suitability.png")
    (OUT / "summary.txt").write_text(summary, encoding="utf-8")
    print(summary)
    print(f"outputs in {OUT}")


def summarise(path, ahp, notes, province_ha, seconds):
    import numpy as np
    import rasterio

    with rasterio.open(path) as src:
        data = src.read(1, masked=True)
        cell_ha = abs(src.res[0] * src.res[1]) / 1e4
    valid = data.compressed()
    lines = [
        "Ruimte demo — Drenthe, suitability for a large truck- and grid-dependent company",
        f"grid: {data.shape[1]} x {data.shape[0]} cells of {PIXEL:g} m (EPSG:28992)",
        f"AHP weights (motorway, substation, nitrogen): {ahp['WEIGHTS']}  "
        f"CR = {ahp['CR']:.4f}",
        "criteria (assumptions):", *notes,
        "excluded: outside Drenthe, Natura 2000, NNN, Nationaal Park Drentsche Aa",
        f"Drenthe: {province_ha:,.0f} ha; not excluded (score > 0): "
        f"{(valid > 0).sum() * cell_ha:,.0f} ha",
    ]
    for threshold in (0.5, 0.7, 0.8):
        lines.append(f"  score >= {threshold}: {(valid >= threshold).sum() * cell_ha:,.0f} ha")
    lines.append(f"max score {float(np.max(valid)):.3f}; run time {seconds:.1f} s")
    return "\n".join(lines) + "\n"


def render_png(raster_path, province, excluded, png_path, size=1200):
    """Render the styled suitability as a user would see it: excluded areas grey, the land
    outside the province white, the province outline on top."""
    from qgis.core import (QgsFillSymbol, QgsInvertedPolygonRenderer, QgsMapRendererParallelJob,
                           QgsMapSettings, QgsRasterLayer, QgsSingleSymbolRenderer)
    from qgis.PyQt.QtCore import QSize
    from qgis.PyQt.QtGui import QColor
    from ruimte_plugin.paths import resource

    def fill(layer, **style):
        layer.setRenderer(QgsSingleSymbolRenderer(QgsFillSymbol.createSimple(style)))
        return layer

    raster = QgsRasterLayer(raster_path, "suitability")
    raster.loadNamedStyle(resource("styles", "score.qml"))
    for lyr in excluded:
        fill(lyr, color="150,150,150,255", outline_style="no")
    outside = province.clone()
    outside.setRenderer(QgsInvertedPolygonRenderer(QgsSingleSymbolRenderer(
        QgsFillSymbol.createSimple({"color": "255,255,255,255", "outline_style": "no"}))))
    fill(province, color="0,0,0,0", outline_color="35,35,35", outline_width="0.5")
    settings = QgsMapSettings()
    settings.setLayers([province, outside, *excluded, raster])
    settings.setDestinationCrs(raster.crs())
    settings.setExtent(raster.extent())
    settings.setBackgroundColor(QColor("white"))
    ratio = raster.extent().height() / raster.extent().width()
    settings.setOutputSize(QSize(size, int(size * ratio)))
    job = QgsMapRendererParallelJob(settings)
    job.start()
    job.waitForFinished()
    job.renderedImage().save(str(png_path), "PNG")


def stop_qgis(app, provider):
    from qgis.core import QgsApplication
    QgsApplication.processingRegistry().removeProvider(provider)
    app.exitQgis()


if __name__ == "__main__":
    APP, PROVIDER = start_qgis()
    main()                      # every layer is released when main returns,
    stop_qgis(APP, PROVIDER)    # before QGIS shuts down
