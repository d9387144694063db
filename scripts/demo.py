"""The main job: where in Drenthe can each company type go?

For every built-in company profile, `ruimte:profilesuitability` runs through the real
`qgis_process` binary (scripts/qgis_process, the plugin from this checkout) over the province of
Drenthe at 25 m, on the real open data in resources/demo/drenthe.gpkg (see
resources/demo/SOURCES.md; the grid-capacity areas are ILLUSTRATIVE, houses are missing so the
zoning criterion is NOT ASSESSED). Then a headless QGIS builds, in demo-output/:

* data/drenthe.gpkg        a copy of the input data, which the project refers to
* <profile>/*.tif          suitability, exclusions and criterion scores (with provenance tags)
* ruimte-drenthe.qgz       a QGIS project: one styled layer group per profile, plus the data
* <profile>.png            a map per profile (title, legend, scale bar), rendered by QGIS
* summary.md / summary.csv per profile: share of the province excluded, share with
                           suitability >= 0.7, and the best municipality (most hectares >= 0.7)
* <profile>/report.html    the council report (rapport.html: in Dutch): map with legend and
                           scale bar, profile, ranked candidates with reasons,
                           how robust their ranks are (2,000 weight samples), the programme
* allocation.gpkg, balance.csv, programme.png
                           an ILLUSTRATIVE demand programme (resources/demo/
                           programma_illustratief.csv: 225 ha over the 7 profiles in two tiers)
                           allocated over the candidates (ruimte:allocate, optimal), with the
                           shortfall and the binding constraint per claim
* scenarios.gpkg, scenario_balance.csv, scenarios.png
                           the same programme under three demand scenarios
                           (ruimte:allocatescenarios): no-regret and option sites; PROVISIONAL,
                           since zoning (no houses) is accepted as not assessed there
* regional_value.tif       workers' accessibility by train and bicycle (ruimte:regionalvalue on
                           the train stations; labour pool, clusters and knowledge institutions
                           NOT ASSESSED: no data), reported per candidate beside suitability

Run: `make demo` (installs what is needed first) or `.venv/bin/python scripts/demo.py`.
RUIMTE_DEMO_OUTPUT=<folder> writes elsewhere; RUIMTE_DEMO_PROFILES=a,b limits the profiles;
RUIMTE_DEMO_PIXEL=100 uses coarser cells (the tests do).
"""

import csv
import os
import shutil
import time

from demo_common import (CRITERIA, GOOD, GPKG, MAX_SITES, MIN_SPACING, OUT, PIXEL, PROGRAMME,
                         INPUTS, SCENARIOS, SOURCE_GPKG, TRAIN_STATIONS, source, start_qgis,
                         stop_qgis, qgis_process, vector)
from demo_maps import build_project, render_map, render_programme, render_scenarios
from demo_summary import (border_statistic, regional_rows, score_text, summarise, top_candidate,
                          write_summary)


# ------------------------------------------------------------------ the runs
def run_profile(profile_id, extent):
    """Suitability, then up to MAX_SITES located sites, for one profile."""
    from ruimte_plugin.core.profiles import builtin_profile
    folder = OUT / profile_id
    folder.mkdir(parents=True, exist_ok=True)
    outputs = {"OUTPUT": "suitability", "EXCLUDED": "excluded", "EVIDENCE": "evidence",
               **{f"{c.upper()}_SCORE": c for c in CRITERIA}}
    params = [("PROFILE", profile_id), ("EXTENT", extent), ("PIXEL_SIZE", f"{PIXEL:g}"),
              ("STUDY_AREA", source("drenthe"))]
    params += INPUTS + [(name, f"{folder / label}.tif") for name, label in outputs.items()]
    seconds, warnings = qgis_process("ruimte:profilesuitability", params)
    area = builtin_profile(profile_id).area_ha[0]
    more, _ = qgis_process("ruimte:locatesites", [
        ("SUITABILITY", folder / "suitability.tif"), ("MIN_AREA_HA", area),
        ("MIN_SCORE", GOOD), ("MAX_SITES", MAX_SITES), ("MIN_SPACING", MIN_SPACING),
        ("OUTPUT", folder / "located.gpkg")])
    return folder, seconds + more, warnings


def regional_value(extent):
    """ruimte:regionalvalue on the train stations: workers' accessibility by train and bicycle.
    The demo has no population grid, firms register or knowledge institutions, so the labour
    pool, cluster synergy and knowledge components are NOT ASSESSED (the raster's metadata and
    every table say so). Returns the seconds."""
    seconds, _ = qgis_process("ruimte:regionalvalue", [
        ("STATIONS", source("stations", TRAIN_STATIONS)), ("EXTENT", extent),
        ("PIXEL_SIZE", f"{PIXEL:g}"), ("OUTPUT", OUT / "regional_value.tif")])
    return seconds


def rank_candidates(profile_id, candidates, extent):
    """ruimte:scoresites: every located site (of all profiles) ranked for this profile, with
    its regional added value beside the score."""
    folder = OUT / profile_id
    params = [("SITES", candidates), ("PROFILE", profile_id), ("PIXEL_SIZE", f"{PIXEL:g}"),
              ("REGIONAL_VALUE", OUT / "regional_value.tif")]
    params += INPUTS + [("OUTPUT", folder / "ranked.gpkg")]
    seconds, _ = qgis_process("ruimte:scoresites", params)
    return seconds


def robustness_and_report(profile_id):
    """ruimte:sensitivity on the ranked candidates (the profile's weights), then ruimte:report."""
    from ruimte_plugin.core.rasterio_io import read_tags
    folder = OUT / profile_id
    weights = read_tags(folder / "suitability.tif")["RUIMTE_PROFILE"]["weights_used"]
    seconds, _ = qgis_process("ruimte:sensitivity", [
        ("SITES", folder / "ranked.gpkg"),
        ("CRITERIA_FIELDS", ",".join(f"{c}_mean" for c in weights)),
        ("WEIGHTS", ",".join(f"{w:.6f}" for w in weights.values())), ("RUNS", 2000),
        ("TOP_K", 3), ("SEED", 1), ("OUTPUT", folder / "robustness.gpkg")])
    programme = [("BALANCE", OUT / "balance.csv"), ("ALLOCATION", OUT / "allocation.gpkg")] \
        if (OUT / "balance.csv").exists() else []
    if (OUT / "scenarios.gpkg").exists():
        programme += [("SCENARIO_SITES", OUT / "scenarios.gpkg"),
                      ("SCENARIO_BALANCE", OUT / "scenario_balance.csv")]
    for language, name in (("en", "report.html"), ("nl", "rapport.html")):
        more, _ = qgis_process("ruimte:report", [
            ("SUITABILITY", folder / "suitability.tif"), ("SITES", folder / "robustness.gpkg"),
            ("BOUNDARY", source("drenthe")), *programme, ("LANGUAGE", language),
            ("OUTPUT", folder / name)])
        seconds += more
    return seconds


def drop_overlaps(layer):
    """Profiles often find the same best land: of sites that overlap, keep the larger (then the
    better) one, so that no hectare is offered twice; a kept site can serve every profile it
    qualifies for."""
    from shapely import wkb
    from ruimte_plugin.core.bbox import without_overlaps
    features = list(layer.getFeatures())
    shapes = [wkb.loads(bytes(f.geometry().asWkb())) for f in features]
    keep = set(without_overlaps(shapes, lambda i: (-shapes[i].area,
                                                   -(features[i]["mean_score"] or 0))))
    layer.dataProvider().deleteFeatures([f.id() for i, f in enumerate(features)
                                         if i not in keep])


def merge_candidates(profiles):
    """All located sites in one layer, with the profile they were found for, without overlaps
    (see drop_overlaps)."""
    import processing
    from qgis.core import QgsVectorLayer
    layers = []
    for pid in profiles:
        layer = QgsVectorLayer(str(OUT / pid / "located.gpkg"), pid, "ogr")
        if layer.featureCount():
            layers.append(str(OUT / pid / "located.gpkg"))
    path = OUT / "candidates.gpkg"
    if path.exists():
        path.unlink()
    if not layers:
        return None
    merged = processing.run("native:mergevectorlayers", {"LAYERS": layers, "CRS": "EPSG:28992",
                                                         "OUTPUT": "memory:"})["OUTPUT"]
    merged = processing.run("native:deletecolumn", {    # each input's own fid would clash
        "INPUT": merged, "COLUMN": ["fid"], "OUTPUT": "memory:"})["OUTPUT"]
    drop_overlaps(merged)
    processing.run("native:fieldcalculator", {    # site_id: <profile found for>-<rank>
        "INPUT": merged, "FIELD_NAME": "site_id", "FIELD_TYPE": 2, "FIELD_LENGTH": 40,
        "FORMULA": "regexp_substr(\"path\", '([^/]+)/located[.]gpkg') || '-' || "
                   "to_string(\"rank\")", "OUTPUT": str(path)})
    return path


def allocate_programme(profiles):
    """ruimte:allocate: the illustrative programme over the ranked candidates of every profile;
    returns (seconds, balance rows)."""
    params = [("PROGRAMME", PROGRAMME), ("SITE_ID_FIELD", "site_id"), ("METHOD", "optimal"),
              ("OUTPUT", OUT / "allocation.gpkg"), ("BALANCE", OUT / "balance.csv")]
    params += [("SCORED", OUT / p / "ranked.gpkg") for p in profiles]
    for name in ("allocation.gpkg", "balance.csv"):
        if (OUT / name).exists():
            (OUT / name).unlink()
    seconds, _ = qgis_process("ruimte:allocate", params)
    with open(OUT / "balance.csv", encoding="utf-8") as handle:
        return seconds, list(csv.DictReader(handle))


def allocate_scenarios(profiles):
    """ruimte:allocatescenarios: the illustrative programme under three demand scenarios
    (SCENARIOS: factors on the tier-2 claims), classifying the candidates as no-regret, option
    or unused. PROVISIONAL: without Drenthe houses no profile's zoning is assessed, which
    ruimte:allocate rightly refuses; here zoning is explicitly accepted as not assessed
    (ACCEPT_NOT_ASSESSED), so that the programme can be seen, and every piece says so. Other
    essential criteria not assessed (e.g. water access) still refuse. Returns (seconds, balance
    rows)."""
    for name in ("scenarios.gpkg", "scenario_balance.csv"):
        if (OUT / name).exists():
            (OUT / name).unlink()
    params = [("PROGRAMME", PROGRAMME), ("SITE_ID_FIELD", "site_id"), ("METHOD", "optimal"),
              ("SCENARIOS", SCENARIOS), ("ACCEPT_NOT_ASSESSED", "zoning"),
              ("OUTPUT", OUT / "scenarios.gpkg"), ("BALANCE", OUT / "scenario_balance.csv")]
    params += [("SCORED", OUT / p / "ranked.gpkg") for p in profiles]
    seconds, _ = qgis_process("ruimte:allocatescenarios", params)
    with open(OUT / "scenario_balance.csv", encoding="utf-8") as handle:
        return seconds, list(csv.DictReader(handle))


# ------------------------------------------------------------------ main
def main():
    from ruimte_plugin.core.profiles import builtin_ids
    started = time.perf_counter()
    GPKG.parent.mkdir(parents=True, exist_ok=True)
    shutil.copyfile(SOURCE_GPKG, GPKG)
    wanted = os.environ.get("RUIMTE_DEMO_PROFILES")
    profiles = wanted.split(",") if wanted else builtin_ids()
    e = vector("drenthe").extent()
    extent = f"{e.xMinimum()},{e.xMaximum()},{e.yMinimum()},{e.yMaximum()} [EPSG:28992]"
    rows = []
    for i, profile_id in enumerate(profiles, 1):
        print(f"[{i}/{len(profiles)}] PROFILE={profile_id} (qgis_process, {PIXEL:g} m)",
              flush=True)
        folder, seconds, warnings = run_profile(profile_id, extent)
        for warning in dict.fromkeys(warnings):
            print(f"    warning: {warning}")
        row = summarise(profile_id, folder)
        row["seconds"] = seconds
        rows.append(row)
        print(f"    {seconds:.1f} s; excluded {row['excluded_pct']:.1f} %, suitability >= {GOOD} "
              f"{row['good_pct']:.1f} %, best municipality {row['best_municipality']}, "
              f"{row['located']} sites located", flush=True)
    candidates = merge_candidates(profiles)
    for row in rows:
        row.update(top_found_for="-", top_score=float("nan"), top_reasons="-",
                   candidates_excluded=0, candidates=0)
    if candidates:
        from qgis.core import QgsVectorLayer
        count = QgsVectorLayer(str(candidates), "candidates", "ogr").featureCount()
        print("regional added value: workers' accessibility by train (ruimte:regionalvalue) ...",
              flush=True)
        regional_value(extent)
        print(f"ranking the {count} candidates (the {sum(r['located'] for r in rows)} located "
              "sites without overlaps) for every profile (ruimte:scoresites) ...", flush=True)
    for row in rows if candidates else []:
        row["seconds"] += rank_candidates(row["profile"], candidates, extent)
        row.update(top_candidate(OUT / row["profile"] / "ranked.gpkg"))
        best = (f"best candidate found for {row['top_found_for']} (score "
                f"{score_text(row['top_score'])})" if row["top_found_for"] != "-" else
                "no candidate qualifies")
        print(f"    {row['profile']}: {best}; {row['candidates_excluded']} of "
              f"{row['candidates']} excluded", flush=True)
    balance, scenario_balance = [], []
    if candidates:
        print("allocating the illustrative programme (ruimte:allocate) ...", flush=True)
        seconds, balance = allocate_programme([r["profile"] for r in rows])
        for b in balance:
            print(f"    {b['profile']} (tier {b['tier']}): {float(b['alloc_ha']):.1f} of "
                  f"{float(b['demand_ha']):.0f} ha" + (f"; {b['binding']}" if b["binding"]
                                                       else ""), flush=True)
        print("the programme under three demand scenarios (ruimte:allocatescenarios, "
              "PROVISIONAL) ...", flush=True)
        _, scenario_balance = allocate_scenarios([r["profile"] for r in rows])
        print("robustness of the rankings and the reports ...", flush=True)
        for row in rows:
            row["seconds"] += robustness_and_report(row["profile"])
    print("building the QGIS project and the maps ...", flush=True)
    project, layers = build_project(rows)
    for row in rows:
        render_map(project, layers, row, OUT / f"{row['profile']}.png")
    if balance:
        render_programme(project, layers, balance, OUT / "programme.png")
    if scenario_balance:
        render_scenarios(project, layers, scenario_balance, OUT / "scenarios.png")
    project.clear()
    print(write_summary(rows, time.perf_counter() - started, balance,
                        border_statistic(candidates), scenario_balance,
                        regional_rows(candidates, rows)))
    print(f"outputs in {OUT}: ruimte-drenthe.qgz, <profile>.png, <profile>/report.html and rapport.html, "
          "programme.png, allocation.gpkg, balance.csv, scenarios.png, scenarios.gpkg, "
          "scenario_balance.csv, regional_value.tif, summary.md")


if __name__ == "__main__":
    APP, PROVIDER = start_qgis()
    main()                      # every layer is released when main returns,
    stop_qgis(APP, PROVIDER)    # before QGIS shuts down
