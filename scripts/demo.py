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
* <profile>/report.html    the council report: map, profile, ranked candidates with reasons,
                           how robust their ranks are (2,000 weight samples), the programme
* allocation.gpkg, balance.csv, programme.png
                           an ILLUSTRATIVE demand programme (resources/demo/
                           programma_illustratief.csv: 225 ha over the 7 profiles in two tiers)
                           allocated over the candidates (ruimte:allocate, optimal), with the
                           shortfall and the binding constraint per claim

Run: `make demo` (installs what is needed first) or `.venv/bin/python scripts/demo.py`.
RUIMTE_DEMO_OUTPUT=<folder> writes elsewhere; RUIMTE_DEMO_PROFILES=a,b limits the profiles;
RUIMTE_DEMO_PIXEL=100 uses coarser cells (the tests do).
"""

import atexit
import csv
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile
import textwrap
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PROGRAMME = ROOT / "resources" / "demo" / "programma_illustratief.csv"
OUT = Path(os.environ.get("RUIMTE_DEMO_OUTPUT", ROOT / "demo-output")).resolve()
#: the demo reads (and its project refers to) a copy of the data in the output folder: QGIS opens
#: GeoPackages for update, which touches the file even when nothing is edited
SOURCE_GPKG = ROOT / "resources" / "demo" / "drenthe.gpkg"
GPKG = OUT / "data" / "drenthe.gpkg"
PIXEL = float(os.environ.get("RUIMTE_DEMO_PIXEL", 25))
GOOD = 0.7
MAX_SITES = 10
#: located sites at least this far apart (m): a province-wide shortlist should offer options in
#: several places, not ten near-copies of the best spot (demo choice, not a rule)
MIN_SPACING = 5000
#: candidates near the provincial border (see border_statistic), measured before issue 15 part 3
#: on `make demo` (25 m, 7 profiles, commit f759361): the demo data then held only the Natura 2000
#: areas of Drenthe, so areas across the border did not count for nitrogen, and road access was
#: the distance to motorway lines
BORDER_BEFORE = {"candidates": 34, "within_1000": 12, "within_200": 11}
BORDER_DISTANCES = (1000, 200)
PROGRESS = re.compile(r"(?:^|\.|\s)(\d{1,3})\.\.\.", re.M)
CRITERIA = ("nitrogen", "grid", "zoning", "landscape", "accessibility")
RASTER_NAMES = {"suitability": "geschiktheid / suitability", "excluded": "uitgesloten / excluded",
                "nitrogen": "stikstof (screening, geen AERIUS) / nitrogen (screening, not AERIUS)",
                "grid": "netcapaciteit ILLUSTRATIEF / grid capacity ILLUSTRATIVE",
                "zoning": "milieuzonering / zoning", "landscape": "landschap / landscape",
                "accessibility": "bereikbaarheid / accessibility",
                "evidence": "criteria beoordeeld / criteria assessed"}


def source(layer, subset=None):
    uri = f"{GPKG}|layername={layer}"
    return f"{uri}|subset={subset}" if subset else uri


#: the data inputs of ruimte:profilesuitability for the demo. HABITATS: only the Natura 2000
#: areas flagged nitrogen-sensitive (stikstofgevoelig): ruimte:nitrogen counts deposition on
#: nitrogen-sensitive habitat only (KDW < 2400 mol N/ha/yr, AERIUS), and without a KDW field it
#: takes every polygon it is given as sensitive; so the areas without sensitive habitat (e.g.
#: Leekstermeergebied, a bird area) are left out there. PROTECTED: every Natura 2000 area is
#: protected land, sensitive or not. RAMPS: motorway junctions derived from the RWS lines (dual
#: carriageway only; resources/demo/SOURCES.md), instead of the distance to the motorway lines.
INPUTS = [
    ("HABITATS", source("natura2000", '"stikstofgevoelig" = 1')),
    ("PROTECTED", source("natura2000")),
    ("PROTECTED", source("nnn")),
    ("VALUED", source("nationaal_park")),
    ("RAMPS", source("ramps", '"road" = \'dual\'')),
    ("CAPACITY_AREAS", source("capaciteit_illustratief")),
    ("SUBSTATIONS", source("hv_substations")),
    # no Drenthe houses, waterways or rail terminals in the demo data: the criteria that need
    # them run as NOT ASSESSED (said in every output), instead of stopping the profile
    ("ACCEPT_MISSING", "true"),
]


# ------------------------------------------------------------------ headless QGIS
def start_qgis():
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    if "QGIS_CUSTOM_CONFIG_PATH" not in os.environ:        # a throw-away QGIS profile
        profile = tempfile.mkdtemp(prefix="ruimte-demo-")
        atexit.register(shutil.rmtree, profile, True)
        os.environ["QGIS_CUSTOM_CONFIG_PATH"] = profile
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


def stop_qgis(app, provider):
    from qgis.core import QgsApplication
    QgsApplication.processingRegistry().removeProvider(provider)
    app.exitQgis()


def vector(name, subset=None):
    from qgis.core import QgsVectorLayer
    layer = QgsVectorLayer(source(name, subset), name, "ogr")
    if not layer.isValid():
        sys.exit(f"demo data missing: layer {name} in {GPKG}")
    return layer


# ------------------------------------------------------------------ the runs
def qgis_process(algorithm, params):
    """Run ``algorithm`` with [(name, value)] through the qgis_process binary, echoing its
    progress; returns (seconds, warnings)."""
    args = [str(ROOT / "scripts" / "qgis_process"), "run", algorithm, "--"]
    args += [f"{name}={value}" for name, value in params]
    started = time.perf_counter()
    process = subprocess.Popen(args, stdout=subprocess.PIPE, stderr=subprocess.STDOUT,
                               env=dict(os.environ, QT_QPA_PLATFORM="offscreen"))
    output, shown = bytearray(), -1
    sys.stdout.write(f"    {algorithm}:")
    while True:                        # echo qgis_process's progress marks (0...10...) live
        chunk = os.read(process.stdout.fileno(), 256)
        if not chunk:
            break
        output += chunk
        marks = [int(m) for m in PROGRESS.findall(output.decode(errors="replace"))]
        done = max([m for m in marks if m <= 100], default=-1)
        if done > shown:
            sys.stdout.write(f" {done}%")
            sys.stdout.flush()
            shown = done
    process.wait()
    process.stdout.close()
    print()
    text = output.decode(errors="replace")
    if process.returncode != 0:
        print(text)
        sys.exit(f"{algorithm} failed")
    warnings = [line.split("\t", 1)[-1].strip() for line in text.splitlines()
                if line.startswith("WARNING")]
    return time.perf_counter() - started, warnings


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


def rank_candidates(profile_id, candidates, extent):
    """ruimte:scoresites: every located site (of all profiles) ranked for this profile."""
    folder = OUT / profile_id
    params = [("SITES", candidates), ("PROFILE", profile_id), ("PIXEL_SIZE", f"{PIXEL:g}")]
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
    more, _ = qgis_process("ruimte:report", [
        ("SUITABILITY", folder / "suitability.tif"), ("SITES", folder / "robustness.gpkg"),
        ("BOUNDARY", source("drenthe")), *programme, ("OUTPUT", folder / "report.html")])
    return seconds + more


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


# ------------------------------------------------------------------ summary
def summarise(profile_id, folder):
    """Shares of the province and the best municipality, from the rasters."""
    import numpy as np
    import rasterio
    from ruimte_plugin.core.grid import AnalysisGrid, Window
    from ruimte_plugin.core.rasterize import FeatureSet
    from ruimte_plugin.core.rasterio_io import read_tags

    with rasterio.open(folder / "suitability.tif") as src:
        suit = src.read(1, masked=True).filled(np.nan)
        grid = AnalysisGrid.from_transform(tuple(src.transform)[:6], src.width, src.height,
                                           "EPSG:28992")
    with rasterio.open(folder / "excluded.tif") as src:
        excluded = src.read(1) == 0
    municipalities = vector("gemeenten")
    names, wkbs = [], []
    for feature in municipalities.getFeatures():
        names.append(feature["gemeenteNaam"])
        wkbs.append(bytes(feature.geometry().asWkb()))
    whole = Window(0, 0, grid.height, grid.width)
    index = FeatureSet(wkbs).values(grid, whole, list(range(len(wkbs))), fill=-1)
    inside = index >= 0
    cell_ha = grid.cell_area / 1e4
    good = inside & (suit >= GOOD)
    per_municipality = np.bincount(index[good].astype(int), minlength=len(names)) * cell_ha
    best = int(np.argmax(per_municipality))
    profile = read_tags(folder / "suitability.tif")["RUIMTE_PROFILE"]
    located = [f["mean_score"] for f in vector_file(folder / "located.gpkg").getFeatures()]
    return {
        "located": len(located), "located_best": max(located, default=float("nan")),
        "profile": profile_id, "name_nl": profile["name"]["nl"], "name_en": profile["name"]["en"],
        "excluded_pct": 100 * float(np.mean(excluded[inside])),
        "good_pct": 100 * float(np.mean(good[inside])),
        "good_ha": float(good.sum() * cell_ha),
        "best_municipality": names[best] if per_municipality[best] > 0 else "-",
        "best_ha": float(per_municipality[best]),
        "weights": profile["weights_used"],
        **evidence_columns(profile["evidence"]),
    }


def evidence_columns(evidence):
    """What a profile run assessed and what not (NOT ASSESSED; * = essential), in words."""
    from ruimte_plugin.core.evidence import key_label
    missing = evidence["not_assessed"]
    return {"assessed": [key_label(c) for c in evidence["assessed"]],
            "left_out": [key_label(m["key"]) + ("*" if m["essential"] else "") for m in missing],
            "essential_missing": [key_label(m["key"]) for m in missing if m["essential"]],
            "criteria_total": len(evidence["assessed"]) + sum("." not in m["key"]
                                                              for m in missing)}


def vector_file(path):
    from qgis.core import QgsVectorLayer
    return QgsVectorLayer(str(path), Path(path).stem, "ogr")


def top_candidate(path):
    """The rank-1 candidate of a ranked layer: where it was found, its score, and how many
    candidates the profile's hard rules exclude."""
    features = list(vector_file(path).getFeatures())
    best = min(features, key=lambda f: (int(f["excluded"]), f["rank"]))
    excluded = sum(int(f["excluded"]) for f in features)
    if int(best["excluded"]):                       # every candidate fails a hard rule
        return {"top_found_for": "-", "top_score": float("nan"), "top_reasons": best["reasons"],
                "candidates_excluded": excluded, "candidates": len(features)}
    return {"top_found_for": Path(str(best["path"])).parent.name, "top_score": best["score"],
            "top_reasons": best["reasons"] or "-", "candidates_excluded": excluded,
            "candidates": len(features)}


def score_text(value, digits=2):
    """A score for the summary; '-' when there is none."""
    return "-" if value != value else f"{value:.{digits}f}"


def programme_lines(balance):
    """The balance of the illustrative programme as markdown."""
    if not balance:
        return []
    lines = ["## An illustrative programme allocated (ruimte:allocate, optimal)", "",
             "ILLUSTRATIVE demand, invented for the demo (resources/demo/"
             "programma_illustratief.csv), allocated over the candidates above; each site's "
             "score per profile from `<profile>/ranked.gpkg`. Tier 1 first, then tier 2.", "",
             "| profile | tier | demand (ha) | allocated (ha) | shortfall (ha) | mean score | "
             "binding constraint |", "|---|---:|---:|---:|---:|---:|---|"]
    for b in balance:
        mean = f"{float(b['mean_score']):.2f}" if b["mean_score"] else "-"
        lines.append(f"| {b['name']} | {b['tier']} | {float(b['demand_ha']):.0f} | "
                     f"{float(b['alloc_ha']):.1f} | {float(b['short_ha']):.1f} | {mean} | "
                     f"{b['binding'] or '-'} |")
    return lines + ["", "Map: `programme.png`; layers: `allocation.gpkg` (one feature per "
                        "allocated piece, unused sites with a note why), `balance.csv`.", ""]


def border_statistic(candidates):
    """How many candidate sites lie within 1 km / 0.2 km of the provincial border, and the share
    of the province's area that lies there: a site list crowded at the border suggests that the
    data stop at the border (what lies across it is not counted)."""
    from shapely import wkb
    from shapely.ops import unary_union
    province = unary_union([wkb.loads(bytes(f.geometry().asWkb()))
                            for f in vector("drenthe").getFeatures()])
    border = province.boundary
    sites = [wkb.loads(bytes(f.geometry().asWkb()))
             for f in vector_file(candidates).getFeatures()] if candidates else []
    stats = {"candidates": len(sites)}
    for metres in BORDER_DISTANCES:
        stats[f"within_{metres}"] = sum(site.distance(border) <= metres for site in sites)
        stats[f"area_{metres}"] = 100 * province.intersection(border.buffer(metres, 32)).area \
            / province.area
    return stats


def border_lines(stats):
    """The border statistic, before and after issue 15 part 3, as markdown."""
    if not stats:
        return []

    def cells(s):
        n = s["candidates"]
        return " | ".join(f"{s[f'within_{m}']} ({100 * s[f'within_{m}'] / n:.1f} %)" if n
                          else "-" for m in BORDER_DISTANCES)

    return ["## Candidates at the provincial border", "",
            "Candidate sites (`candidates.gpkg`) within 1 km and 0.2 km of the Drenthe border, "
            "against the share of the province's area that lies there. Before: the demo data "
            "held only the Natura 2000 areas of Drenthe, so areas just across the border did "
            "not count for nitrogen, and road access was the distance to motorway lines. Now "
            "every Dutch Natura 2000 area within 25 km (the nitrogen cutoff) counts, the "
            "nitrogen-sensitive ones as habitat, and road access is the distance to motorway "
            "junctions derived from the same lines. German Natura 2000 areas are still "
            "missing.", "",
            "| | candidates | within 1 km | within 0.2 km |", "|---|---:|---:|---:|",
            "| share of the province's area | - | " + " | ".join(
                f"{stats[f'area_{m}']:.1f} %" for m in BORDER_DISTANCES) + " |",
            f"| before (25 m, 7 profiles, Drenthe-only Natura 2000) | "
            f"{BORDER_BEFORE['candidates']} | {cells(BORDER_BEFORE)} |",
            f"| this run ({PIXEL:g} m) | {stats['candidates']} | {cells(stats)} |", ""]


def write_summary(rows, seconds, balance=(), border=None):
    with open(OUT / "summary.csv", "w", newline="", encoding="utf-8") as handle:
        writer = csv.writer(handle)
        writer.writerow(["profile", "name", "excluded_%", f"suitability>={GOOD}_%",
                         f"suitability>={GOOD}_ha", "best_municipality", "best_ha",
                         "located_sites", "best_candidate_found_for", "best_candidate_score",
                         "weights_used", "assessed", "not_assessed (*essential)"])
        for r in rows:
            writer.writerow([r["profile"], r["name_en"], f"{r['excluded_pct']:.1f}",
                             f"{r['good_pct']:.1f}", f"{r['good_ha']:.0f}",
                             r["best_municipality"], f"{r['best_ha']:.0f}", r["located"],
                             r["top_found_for"], score_text(r["top_score"], 3),
                             json.dumps({k: round(v, 3) for k, v in r["weights"].items()}),
                             ";".join(r["assessed"]), ";".join(r["left_out"])])
    lines = [f"# Ruimte demo — Drenthe at {PIXEL:g} m", "",
             f"Suitability per company profile (real open data; grid-capacity areas are "
             f"illustrative). Best municipality = most hectares with suitability >= {GOOD}.",
             "", "**Missing evidence is never suitability.** The demo data have no Drenthe "
             "houses (BAG), waterways or rail terminals, so the criteria that need them are "
             "NOT ASSESSED (marked * where the profile calls them essential). The maps and "
             "shares below show suitability on the assessed criteria only; a profile with an "
             "essential criterion not assessed gets no site in the programme. Add the data "
             "(see the guide) to assess them.", "",
             f"| profile | excluded | suitability >= {GOOD} (assessed criteria only) | best "
             "municipality | located sites | best candidate (found for) | assessed | NOT "
             "assessed (no data; * essential) | run (s) |",
             "|---|---:|---:|---|---:|---|---|---|---:|"]
    for r in rows:
        lines.append(f"| {r['name_en']} | {r['excluded_pct']:.1f} % | {r['good_pct']:.1f} % "
                     f"({r['good_ha']:,.0f} ha) | {r['best_municipality']} "
                     f"({r['best_ha']:,.0f} ha) | {r['located']} | {score_text(r['top_score'])} "
                     f"({r['top_found_for']}); {r['candidates_excluded']} of "
                     f"{r['candidates']} excluded | {', '.join(r['assessed'])} | "
                     f"{', '.join(r['left_out']) or '-'} | "
                     f"{r['seconds']:.1f} |")
    lines += ["", f"Located sites: up to {MAX_SITES} per profile (ruimte:locatesites: the "
              f"profile's minimum area, mean suitability >= {GOOD}, "
              f"{MIN_SPACING / 1000:g} km apart). Candidates: all located sites together "
              "without overlaps (of two that overlap the larger is kept; it can serve every "
              "profile it qualifies for), "
              "ranked for every profile with reasons (ruimte:scoresites, "
              "`<profile>/ranked.gpkg`), their rank stability under 2,000 weight samples "
              "(ruimte:sensitivity) and a report per profile "
              "(ruimte:report, `<profile>/report.html`).", ""]
    lines += programme_lines(balance)
    lines += border_lines(border)
    lines += [f"Total wall time {seconds:.0f} s."]
    text = "\n".join(lines) + "\n"
    (OUT / "summary.md").write_text(text, encoding="utf-8")
    return text


# ------------------------------------------------------------------ project and maps
def build_project(rows):
    """ruimte-drenthe.qgz: a styled group per profile over the reference data."""
    from qgis.core import (QgsFillSymbol, QgsInvertedPolygonRenderer, QgsLineSymbol,
                           QgsMarkerSymbol, QgsProject, QgsRasterLayer, QgsSingleSymbolRenderer,
                           QgsVectorLayer)
    from ruimte_plugin.paths import resource
    from ruimte_plugin.postprocess import apply_evidence_style, apply_sites_style

    project = QgsProject.instance()
    project.clear()
    project.setCrs(vector("drenthe").crs())
    project.setTitle("Ruimte voor economie — Drenthe")
    root = project.layerTreeRoot()
    reference = root.addGroup("Drenthe (reference data)")
    # honest names: what the layer holds and where it comes from (resources/demo/SOURCES.md)
    labels = {"drenthe": "provincie Drenthe / province", "gemeenten": "gemeenten / municipalities",
              "natura2000": "Natura 2000 (uitgesloten; over de grens telt voor stikstof / "
                            "excluded; across the border counts for nitrogen)",
              "nnn": "NNN te realiseren 2030-2050 (uitgesloten) / NNN to be realised "
                     "2030-2050 (excluded)",
              "nationaal_park": "Nationaal Park Drentsche Aa",
              "motorways": "rijkswegen (RWS 2013) / national roads",
              "ramps": "op- en afritten, afgeleid (RWS 2013) / motorway junctions, derived",
              "capaciteit_illustratief": "netcapaciteit ILLUSTRATIEF, geen echte "
                                         "capaciteitskaart / grid capacity ILLUSTRATIVE"}
    styles = {"drenthe": ({"color": "0,0,0,0", "outline_color": "30,30,30",
                           "outline_width": "0.6"}, QgsFillSymbol),
              "gemeenten": ({"color": "0,0,0,0", "outline_color": "90,90,90",
                             "outline_width": "0.25", "outline_style": "dash"}, QgsFillSymbol),
              "natura2000": ({"color": "130,130,130,255", "outline_style": "no"}, QgsFillSymbol),
              "nnn": ({"color": "175,175,175,255", "outline_style": "no"}, QgsFillSymbol),
              "nationaal_park": ({"color": "0,0,0,0", "outline_color": "60,110,60",
                                  "outline_width": "0.5"}, QgsFillSymbol),
              "motorways": ({"color": "60,60,60", "width": "0.5"}, QgsLineSymbol),
              "ramps": ({"name": "circle", "color": "255,255,255", "outline_color": "30,30,30",
                         "size": "1.6"}, QgsMarkerSymbol),
              "capaciteit_illustratief": ({"color": "0,0,0,0", "outline_color": "150,60,150",
                                           "outline_width": "0.4", "outline_style": "dot"},
                                          QgsFillSymbol)}
    subsets = {"ramps": '"road" = \'dual\''}            # the junctions the demo uses
    layers = {}
    for name, (style, symbol) in styles.items():
        layer = vector(name, subsets.get(name))
        layer.setName(labels[name])
        layer.setRenderer(QgsSingleSymbolRenderer(symbol.createSimple(style)))
        project.addMapLayer(layer, False)
        reference.addLayer(layer).setItemVisibilityChecked(name != "capaciteit_illustratief")
        layers[name] = layer
    outside = vector("drenthe")                 # white mask over the land outside the province
    outside.setName("outside Drenthe")
    outside.setRenderer(QgsInvertedPolygonRenderer(QgsSingleSymbolRenderer(
        QgsFillSymbol.createSimple({"color": "255,255,255,255", "outline_style": "no"}))))
    project.addMapLayer(outside, False)
    reference.insertLayer(1, outside)
    layers["outside"] = outside
    for i, r in enumerate(rows):
        group = root.insertGroup(i, f"Ruimte — {r['name_nl']}")
        folder = OUT / r["profile"]
        files = [("suitability", "score.qml", True), ("excluded", "constraint.qml", False),
                 ("evidence", None, False)]
        files += [(c, "score.qml", False) for c in CRITERIA if (folder / f"{c}.tif").exists()]
        for label, style, visible in files:
            name = RASTER_NAMES[label]
            if label == "suitability" and r["left_out"]:
                name += " (niet beoordeeld / not assessed: " + ", ".join(r["left_out"]) + ")"
            layer = QgsRasterLayer(str(folder / f"{label}.tif"), name)
            if style:
                layer.loadNamedStyle(resource("styles", style))
            else:
                apply_evidence_style(layer, r["criteria_total"])
            project.addMapLayer(layer, False)
            group.addLayer(layer).setItemVisibilityChecked(visible)
            layers[(r["profile"], label)] = layer
        for label, name, visible in (("ranked", "kandidaten gerangschikt / ranked candidates",
                                      False),
                                     ("located", "gevonden locaties / located sites", True)):
            if not (folder / f"{label}.gpkg").exists():
                continue
            layer = vector_file(folder / f"{label}.gpkg")
            layer.setName(name)
            apply_sites_style(layer)
            project.addMapLayer(layer, False)
            group.insertLayer(0, layer).setItemVisibilityChecked(visible)
            layers[(r["profile"], label)] = layer
        group.setItemVisibilityChecked(i == 0)
        group.setExpanded(i == 0)
    if (OUT / "allocation.gpkg").exists():
        from ruimte_plugin.postprocess import apply_allocation_style
        group = root.insertGroup(0, "Programma (illustratief) / programme (illustrative)")
        allocation = vector_file(OUT / "allocation.gpkg")
        allocation.setName("toewijzing / allocation")
        apply_allocation_style(allocation)
        balance = QgsVectorLayer(str(OUT / "balance.csv"), "balans / balance", "ogr")
        for layer in (balance, allocation):
            project.addMapLayer(layer, False)
            group.insertLayer(0, layer)
        group.setItemVisibilityChecked(False)
        layers["allocation"] = allocation
    write_canvas = set_project_view(project, vector("drenthe").extent().buffered(1000))
    try:
        project.write(str(OUT / "ruimte-drenthe.qgz"))
    finally:
        project.writeProject.disconnect(write_canvas)
    return project, layers


def set_project_view(project, extent):
    """The project opens zoomed to the province: its default view extent and full extent
    (project view settings) and, as a desktop QGIS would store it, the main map canvas's extent
    and CRS. Returns the slot that writes the canvas; disconnect it after writing."""
    from qgis.core import QgsMapSettings, QgsReferencedRectangle
    from qgis.PyQt.QtCore import QSize
    view = QgsReferencedRectangle(extent, project.crs())
    project.viewSettings().setDefaultViewExtent(view)
    project.viewSettings().setPresetFullExtent(view)

    def write_canvas(doc):              # QDomDocument is shared: the project's own document
        settings = QgsMapSettings()
        settings.setDestinationCrs(project.crs())
        settings.setOutputSize(QSize(1000, 1000))
        settings.setExtent(extent)
        canvas = doc.createElement("mapcanvas")
        canvas.setAttribute("name", "theMapCanvas")
        canvas.setAttribute("annotationsVisible", "1")
        doc.elementsByTagName("qgis").item(0).appendChild(canvas)
        settings.writeXml(canvas, doc)

    project.writeProject.connect(write_canvas)
    return write_canvas


def render_map(project, layers, row, path):
    """The suitability map of one profile, with its located sites."""
    suitability = layers[(row["profile"], "suitability")]
    located = [layers[(row["profile"], "located")]] if (row["profile"], "located") in layers \
        else []
    render_layout(project, layers, path,
                  f"{row['name_nl']} — geschiktheid in Drenthe ({PIXEL:g} m)",
                  ("VOORLOPIG / PROVISIONAL: essential criteria not assessed. "
                   if row["essential_missing"] else "") +
                  f"{row['name_en']}. Excluded {row['excluded_pct']:.1f} % of the province; "
                  f"suitability >= {GOOD}: {row['good_pct']:.1f} %; best municipality "
                  f"{row['best_municipality']}; {row['located']} sites located (numbered "
                  f"by rank). Grid areas illustrative. NOT ASSESSED (no data; * essential): "
                  f"{', '.join(row['left_out']) or '-'}.", located, suitability)


def render_programme(project, layers, balance, path):
    """The illustrative programme: allocated pieces coloured by profile."""
    demand = sum(float(b["demand_ha"]) for b in balance)
    allocated = sum(float(b["alloc_ha"]) for b in balance)
    short = [f"{b['profile']} {float(b['short_ha']):.0f} ha" for b in balance
             if float(b["short_ha"]) > 0.05]
    render_layout(project, layers, path,
                  "Programma (illustratief) — toewijzing in Drenthe",
                  f"ILLUSTRATIVE programme of {demand:.0f} ha over 7 company profiles in two "
                  f"tiers, allocated over the located candidate sites (ruimte:allocate, "
                  f"optimal): {allocated:.0f} ha allocated; short: {', '.join(short) or '-'}.",
                  [layers["allocation"]], None)


def render_layout(project, layers, path, title_text, subtitle_text, overlays, suitability):
    """A print layout with title, map, legend and scale bar over the reference layers,
    exported as PNG."""
    from qgis.core import (QgsLayoutExporter, QgsLayoutItemLabel, QgsLayoutItemLegend,
                           QgsLayoutItemMap, QgsLayoutItemScaleBar, QgsLayoutPoint,
                           QgsLayoutSize, QgsLegendStyle, QgsMapLayerLegendUtils,
                           QgsPrintLayout, QgsUnitTypes)
    from qgis.PyQt.QtGui import QFont

    mm = QgsUnitTypes.LayoutMillimeters
    # drawn above the white mask over the land outside the province: the province outline, the
    # roads and junctions that give access, and the Natura 2000 areas across the border (they
    # count for nitrogen); below it: what lies inside the province only
    above = [layers[n] for n in ("drenthe", "ramps", "motorways", "natura2000")]
    below = [layers[n] for n in ("outside", "gemeenten", "nationaal_park", "nnn")]
    base = [suitability] if suitability is not None else []
    layout = QgsPrintLayout(project)
    layout.initializeDefaults()                      # A4 landscape
    title = QgsLayoutItemLabel(layout)
    title.setText(title_text)
    title.setFont(QFont("Sans", 16, QFont.Bold))
    title.attemptMove(QgsLayoutPoint(8, 6, mm))
    title.attemptResize(QgsLayoutSize(280, 10, mm))
    layout.addLayoutItem(title)
    subtitle = QgsLayoutItemLabel(layout)
    subtitle.setText(subtitle_text)
    subtitle.setFont(QFont("Sans", 8))
    subtitle.attemptMove(QgsLayoutPoint(8, 16, mm))
    subtitle.attemptResize(QgsLayoutSize(280, 8, mm))
    layout.addLayoutItem(subtitle)
    item = QgsLayoutItemMap(layout)
    item.setLayers(overlays + above + below + base)
    item.attemptMove(QgsLayoutPoint(8, 26, mm))
    item.attemptResize(QgsLayoutSize(200, 176, mm))
    extent = vector("drenthe").extent().buffered(1000)
    item.setExtent(extent)                      # may resize the item to the extent's shape,
    item.attemptResize(QgsLayoutSize(200, 176, mm))
    item.zoomToExtent(extent)                   # so size it again and fit the extent inside
    item.setFrameEnabled(True)
    layout.addLayoutItem(item)
    legend = QgsLayoutItemLegend(layout)
    legend.setTitle("Legenda / legend")
    legend.setLinkedMap(item)
    legend.setAutoUpdateModel(False)
    root = legend.model().rootGroup()
    root.clear()
    for layer in overlays + base + [layers[n] for n in ("natura2000", "nnn", "drenthe",
                                                        "gemeenten", "motorways", "ramps",
                                                        "nationaal_park")]:
        node = root.addLayer(layer)             # long names on several lines, not cut off
        node.setCustomProperty("legend/title-label", "\n".join(textwrap.wrap(layer.name(), 48)))
        if layer is suitability:                  # drop the "Band 1: ..." line
            QgsMapLayerLegendUtils.setLegendNodeOrder(node, [1])
        legend.model().refreshLayerLegend(node)
    legend.attemptMove(QgsLayoutPoint(214, 26, mm))
    legend.setStyleFont(QgsLegendStyle.Title, QFont("Sans", 10, QFont.Bold))
    legend.setStyleFont(QgsLegendStyle.Subgroup, QFont("Sans", 9))
    legend.setStyleFont(QgsLegendStyle.SymbolLabel, QFont("Sans", 8))
    layout.addLayoutItem(legend)
    bar = QgsLayoutItemScaleBar(layout)
    bar.setStyle("Single Box")
    bar.setLinkedMap(item)
    bar.applyDefaultSize()
    bar.setUnits(QgsUnitTypes.DistanceKilometers)
    bar.setUnitLabel("km")
    bar.setNumberOfSegments(4)
    bar.setUnitsPerSegment(5)
    bar.attemptMove(QgsLayoutPoint(214, 185, mm))
    layout.addLayoutItem(bar)
    settings = QgsLayoutExporter.ImageExportSettings()
    settings.dpi = 110
    settings.exportMetadata = False          # PNG cannot take GDAL metadata
    from osgeo import gdal
    gdal.PushErrorHandler("CPLQuietErrorHandler")   # QGIS tries to georeference the PNG
    try:
        result = QgsLayoutExporter(layout).exportToImage(str(path), settings)
    finally:
        gdal.PopErrorHandler()
    if result != QgsLayoutExporter.Success:
        sys.exit(f"could not render {path}")


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
    balance = []
    if candidates:
        print("allocating the illustrative programme (ruimte:allocate) ...", flush=True)
        seconds, balance = allocate_programme([r["profile"] for r in rows])
        for b in balance:
            print(f"    {b['profile']} (tier {b['tier']}): {float(b['alloc_ha']):.1f} of "
                  f"{float(b['demand_ha']):.0f} ha" + (f"; {b['binding']}" if b["binding"]
                                                       else ""), flush=True)
        print("robustness of the rankings and the reports ...", flush=True)
        for row in rows:
            row["seconds"] += robustness_and_report(row["profile"])
    print("building the QGIS project and the maps ...", flush=True)
    project, layers = build_project(rows)
    for row in rows:
        render_map(project, layers, row, OUT / f"{row['profile']}.png")
    if balance:
        render_programme(project, layers, balance, OUT / "programme.png")
    project.clear()
    print(write_summary(rows, time.perf_counter() - started, balance,
                        border_statistic(candidates)))
    print(f"outputs in {OUT}: ruimte-drenthe.qgz, <profile>.png, <profile>/report.html, "
          "programme.png, allocation.gpkg, balance.csv, summary.md")


if __name__ == "__main__":
    APP, PROVIDER = start_qgis()
    main()                      # every layer is released when main returns,
    stop_qgis(APP, PROVIDER)    # before QGIS shuts down
