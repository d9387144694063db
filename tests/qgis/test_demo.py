"""The main job: `make demo`'s script runs the profiles through qgis_process on the real
Drenthe data and writes rasters, a QGIS project with styled groups, maps and a summary.
(Coarse cells and two profiles here, to keep the suite quick; `make demo` runs all at 25 m.)"""

import csv
import os
import subprocess
import sys
import zipfile
from xml.etree import ElementTree

import numpy as np
import pytest
import rasterio
from qgis.core import QgsProject, QgsVectorLayer

from testdata import DEMO_GPKG, ROOT


def test_demo_on_real_drenthe_data(tmp_path):
    env = dict(os.environ, RUIMTE_DEMO_OUTPUT=str(tmp_path), RUIMTE_DEMO_PIXEL="250",
               RUIMTE_DEMO_PROFILES="xxl_logistics,data_centre")
    env.pop("QGIS_CUSTOM_CONFIG_PATH", None)
    done = subprocess.run([sys.executable, str(ROOT / "scripts" / "demo.py")], env=env,
                          capture_output=True, text=True, timeout=900)
    assert done.returncode == 0, done.stdout[-3000:] + done.stderr[-3000:]
    assert "[2/2] PROFILE=data_centre" in done.stdout
    assert "ruimte:locatesites" in done.stdout and "ruimte:scoresites" in done.stdout

    rows = list(csv.DictReader(open(tmp_path / "summary.csv", encoding="utf-8")))
    candidates = QgsVectorLayer(str(tmp_path / "candidates.gpkg"), "candidates", "ogr")
    assert 0 < candidates.featureCount() <= sum(int(r["located_sites"]) for r in rows)
    shapes = [f.geometry() for f in candidates.getFeatures()]
    assert all(a.intersection(b).area() <= 1.0 for i, a in enumerate(shapes)
               for b in shapes[i + 1:])                  # no hectare offered twice
    assert len({f["site_id"] for f in candidates.getFeatures()}) == candidates.featureCount()
    assert [r["profile"] for r in rows] == ["xxl_logistics", "data_centre"]
    for r in rows:
        assert 5 < float(r["excluded_%"]) < 50 and r["best_municipality"] != "-"
        assert int(r["located_sites"]) > 0 and r["best_candidate_found_for"] in \
            ("xxl_logistics", "data_centre")
        # no houses in the demo data: zoning, essential for both, is NOT ASSESSED and says so
        assert "environmental zoning*" in r["not_assessed (*essential)"].split(";")
        assert "nitrogen" in r["assessed"].split(";")
        assert (tmp_path / f"{r['profile']}.png").stat().st_size > 50_000
        report = (tmp_path / r["profile"] / "report.html").read_text(encoding="utf-8")
        assert "<h2>How robust is the ranking</h2>" in report and "data:image/png" in report
        assert "<h2>Programme: allocation and balance</h2>" in report
        assert "<h2>Regional added value</h2>" in report
        assert "<h2>Programme under uncertain demand</h2>" in report and "PROVISIONAL" in report
        assert "Essential criteria were NOT ASSESSED for lack of data: environmental zoning" \
            in report
        # the Dutch council report: Dutch headings, no temporary path, the re-run command
        rapport = (tmp_path / r["profile"] / "rapport.html").read_text(encoding="utf-8")
        assert '<html lang="nl">' in rapport and "<h2>Gerangschikte locaties</h2>" in rapport
        assert "/tmp/processing" not in rapport and "qgis_process run ruimte:profilesuitability" \
            in rapport

    # the illustrative programme: every claim has a balance; a claim without scored sites
    # (profiles left out of this quick run) says so
    balance = {b["profile"]: b for b in csv.DictReader(open(tmp_path / "balance.csv",
                                                            encoding="utf-8"))}
    assert len(balance) == 7 and float(balance["xxl_logistics"]["demand_ha"]) == 80
    # missing evidence is never suitability: without houses no profile's zoning is assessed,
    # so no site is allocated, and the balance says why
    assert float(balance["xxl_logistics"]["alloc_ha"]) == 0
    assert "with essential criteria not assessed (no data)" in \
        balance["xxl_logistics"]["binding"]
    assert "environmental zoning" in balance["xxl_logistics"]["binding"]
    assert "not scored for this profile" in balance["recycling"]["binding"]
    for b in balance.values():
        assert float(b["alloc_ha"]) + float(b["short_ha"]) == \
            pytest.approx(float(b["demand_ha"]))
    assert (tmp_path / "programme.png").stat().st_size > 50_000
    summary = (tmp_path / "summary.md").read_text(encoding="utf-8")
    assert "## An illustrative programme allocated" in summary and "ILLUSTRATIVE" in summary
    assert "**Missing evidence is never suitability.**" in summary
    assert "NOT assessed (no data; * essential)" in summary
    assert "environmental zoning*" in summary
    assert "## Candidates at the provincial border" in summary

    # regional added value: only the stations are in the demo data; the other components are
    # NOT ASSESSED, and said so. The station score is 0 from 7.5 km: a candidate whose edge lies
    # more than 7.5 km + a cell's diagonal from every train station scores 0, one with a value
    # above 0 lies within 7.5 km + a diagonal of one (independent check with shapely)
    assert "## Regional added value of the candidates" in summary
    assert ("NOT ASSESSED (no data in the demo): cluster synergy, knowledge institutions "
            "nearby, labour pool within commuting reach") in summary
    from shapely import wkb
    stations = [wkb.loads(bytes(f.geometry().asWkb())) for f in QgsVectorLayer(
        f"{DEMO_GPKG}|layername=stations", "s", "ogr").getFeatures()
        if f["typeinrich"] == "treinstation"]
    ranked = QgsVectorLayer(str(tmp_path / "xxl_logistics" / "ranked.gpkg"), "r", "ogr")
    reach = 7500 + 250 * 2 ** 0.5
    checked = 0
    for f in ranked.getFeatures():
        site = wkb.loads(bytes(f.geometry().asWkb()))
        nearest = min(site.distance(p) for p in stations)
        value = f["regional_value"]
        assert value is not None and 0 <= value <= 1
        if nearest > reach:
            assert value == 0
            checked += 1
        if value > 0:
            assert nearest < reach
    assert checked > 0                          # some candidates lie far from any station
    assert f["rv_not_assessed"] == ("labour pool within commuting reach, cluster synergy, "
                                    "knowledge institutions nearby")

    # the programme under three demand scenarios, PROVISIONAL (zoning accepted as not assessed)
    scenario_rows = list(csv.DictReader(open(tmp_path / "scenario_balance.csv",
                                             encoding="utf-8")))
    assert [r["scenario"] for r in scenario_rows[::7]] == ["low", "central", "high"]
    tier1 = [r for r in scenario_rows if r["profile"] == "xxl_logistics"]
    assert {float(r["demand_ha"]) for r in tier1} == {80}             # tier 1 is not scaled
    recycling = {r["scenario"]: float(r["demand_ha"]) for r in scenario_rows
                 if r["profile"] == "data_centre"}
    assert recycling == {"low": 10, "central": 20, "high": 30}       # tier 2: 20 x 0.5/1/1.5
    for r in scenario_rows:
        assert float(r["alloc_ha"]) + float(r["short_ha"]) == pytest.approx(
            float(r["demand_ha"]), abs=1e-3)
        assert float(r["provisional_ha"]) == pytest.approx(float(r["alloc_ha"]), abs=1e-3)
    classes = {f["class_code"] for f in QgsVectorLayer(str(tmp_path / "scenarios.gpkg"), "s",
                                                      "ogr").getFeatures()}
    assert "no_regret" in classes and classes <= {"no_regret", "option", "unused"}
    assert "## The illustrative programme under three demand scenarios" in summary
    assert "| no-regret |" in summary
    assert (tmp_path / "scenarios.png").stat().st_size > 50_000

    # Natura 2000 is excluded in the suitability
    natura = QgsVectorLayer(f"{DEMO_GPKG}|layername=natura2000", "n",
                            "ogr")
    points = [f.geometry().pointOnSurface().asPoint() for f in natura.getFeatures()]
    with rasterio.open(tmp_path / "xxl_logistics" / "suitability.tif") as src:
        b = src.bounds
        inside = [(p.x(), p.y()) for p in points if b.left < p.x() < b.right
                  and b.bottom < p.y() < b.top]
        values = [v[0] for v in src.sample(inside)]
        assert src.tags()["RUIMTE_ALGORITHM"] == "ruimte:profilesuitability"
        assert np.nanmax(src.read(1)) <= 1
        outside = src.nodata                    # outside the province: NoData, not 0
        assert src.read(1)[0, 0] == outside
    in_province = [v for v in values if v != outside]
    assert in_province and all(v == 0 for v in in_province)

    # the project opens with a styled group per profile, zoomed to the province: its default
    # view extent and the main canvas's extent stored in the project (as a desktop QGIS would)
    project = QgsProject()
    assert project.read(str(tmp_path / "ruimte-drenthe.qgz"))
    province = QgsVectorLayer(f"{DEMO_GPKG}|layername=drenthe", "d", "ogr").extent()
    view = project.viewSettings().defaultViewExtent()
    assert view.crs().authid() == "EPSG:28992" and view.contains(province)
    assert view.width() < province.width() + 2500 and view.height() < province.height() + 2500
    with zipfile.ZipFile(tmp_path / "ruimte-drenthe.qgz") as archive:
        qgs = ElementTree.fromstring(archive.read(next(n for n in archive.namelist()
                                                       if n.endswith(".qgs"))))
    canvas = qgs.find("mapcanvas[@name='theMapCanvas']")
    box = {k: float(canvas.find(f"extent/{k}").text) for k in ("xmin", "ymin", "xmax", "ymax")}
    assert box["xmin"] <= province.xMinimum() and box["xmax"] >= province.xMaximum()
    assert box["ymin"] <= province.yMinimum() and box["ymax"] >= province.yMaximum()
    assert box["xmax"] - box["xmin"] < province.width() + 2500
    assert "28992" in canvas.find("destinationsrs").find(".//authid").text
    # layer names say what the data are
    reference = {n.layer().name() for n in
                 project.layerTreeRoot().findGroup("Drenthe (reference data)").findLayers()}
    assert any(name.startswith("NNN te realiseren 2030-2050") for name in reference)
    assert any(name.startswith("netcapaciteit ILLUSTRATIEF") for name in reference)
    group = project.layerTreeRoot().findGroup("Ruimte — XXL-logistiek (distributiecentrum)")
    assert group is not None
    layers = {node.layer().name().split(" (")[0]: node.layer() for node in group.findLayers()}
    suitability = layers["geschiktheid / suitability"]
    assert suitability.isValid() and suitability.renderer().type() == "singlebandpseudocolor"
    assert "not assessed: " in suitability.name() and "environmental zoning*" in \
        suitability.name()
    assert layers["criteria beoordeeld / criteria assessed"].renderer().type() == "paletted"
    assert layers["uitgesloten / excluded"].renderer().type() == "paletted"
    located = layers["gevonden locaties / located sites"]
    ranked = layers["kandidaten gerangschikt / ranked candidates"]
    assert located.featureCount() > 0 and located.renderer().type() == "RuleRenderer"
    assert ranked.featureCount() >= located.featureCount() and ranked.labelsEnabled()
    # every excluded candidate says why; a site under the 6 ha XXL logistics needs is excluded
    for f in ranked.getFeatures():
        assert f["excluded"] == 0 or f["reasons"]
        if f["area_ha"] < 6:
            assert f["excluded"] == 1 and "< 6 ha needed" in f["reasons"]
    programme = project.layerTreeRoot().findGroup(
        "Programma (illustratief) / programme (illustrative)")
    assert {n.layer().name() for n in programme.findLayers()} == {"toewijzing / allocation",
                                                                   "balans / balance"}
    project.clear()
