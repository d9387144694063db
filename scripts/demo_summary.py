"""The Drenthe demo's summary: shares of the province per profile (from the rasters), the top
candidates, the programme and the border statistic, as summary.md and summary.csv."""

import csv
import json
from pathlib import Path

from demo_common import (BORDER_BEFORE, BORDER_DISTANCES, GOOD, MAX_SITES, MIN_SPACING, OUT,
                         PIXEL, SCENARIOS, TRAIN_STATIONS, vector, vector_file)


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


def regional_rows(candidates, rows):
    """Per candidate: the profile it was found for, its regional added value (the mean of
    regional_value.tif over the site, from the first profile's ranked layer: the value does not
    depend on the profile), the components not assessed, and, to check the value by hand, the
    nearest train station and its distance to the site's edge."""
    if not candidates or not rows or not (OUT / rows[0]["profile"] / "ranked.gpkg").exists():
        return []
    from shapely import wkb
    stations = [(f["naam"], wkb.loads(bytes(f.geometry().asWkb())))
                for f in vector("stations", TRAIN_STATIONS).getFeatures()]
    out = []
    for f in vector_file(OUT / rows[0]["profile"] / "ranked.gpkg").getFeatures():
        site = wkb.loads(bytes(f.geometry().asWkb()))
        name, point = min(stations, key=lambda s: s[1].distance(site))
        value = f["regional_value"]
        out.append({"site": f["site_id"], "found_for": f["site_id"].rsplit("-", 1)[0],
                    "value": None if value is None or str(value) == "NULL" else float(value),
                    "not_assessed": str(f["rv_not_assessed"] or ""),
                    "station": name, "station_km": point.distance(site) / 1000})
    return sorted(out, key=lambda r: (-(r["value"] if r["value"] is not None else -1),
                                      r["site"]))


def regional_lines(regional):
    """The candidates' regional added value as markdown."""
    if not regional:
        return []
    missing = sorted({m.strip() for r in regional for m in r["not_assessed"].split(",")
                      if m.strip()})
    lines = ["## Regional added value of the candidates (ruimte:regionalvalue)", "",
             "Workers' accessibility by train and bicycle: the distance to a train station "
             "(TOP10NL), 1 within 1.2 km, falling to 0 at 7.5 km (KiM, Mobiliteitsbeeld 2016: "
             "90 % of bicycle trips are shorter). Reported beside suitability, not in it "
             "(field `regional_value` of `<profile>/ranked.gpkg`). NOT ASSESSED (no data in the "
             f"demo): {', '.join(missing) or '-'}.", "",
             "| candidate | found for | regional value (mean over the site) | nearest train "
             "station | distance to the site (km) |", "|---|---|---:|---|---:|"]
    for r in regional:
        value = "-" if r["value"] is None else f"{r['value']:.2f}"
        lines.append(f"| {r['site']} | {r['found_for']} | {value} | {r['station']} | "
                     f"{r['station_km']:.1f} |")
    return lines + [""]


def scenario_lines(scenario_balance):
    """The programme under demand scenarios as markdown: totals per scenario and the no-regret
    and option sites (from scenarios.gpkg)."""
    if not scenario_balance:
        return []
    totals = {}
    for b in scenario_balance:
        t = totals.setdefault(b["scenario"], {"factor": b["factor"], "demand": 0.0,
                                              "alloc": 0.0, "prov": 0.0})
        t["demand"] += float(b["demand_ha"] or 0)
        t["alloc"] += float(b["alloc_ha"] or 0)
        t["prov"] += float(b["provisional_ha"] or 0)
    lines = ["## The illustrative programme under three demand scenarios "
             "(ruimte:allocatescenarios) — PROVISIONAL", "",
             f"The same ILLUSTRATIVE programme, its tier-2 demand (the additional demand of the "
             f"transitions, which the provinces cannot forecast) scaled by `{SCENARIOS}`. "
             "PROVISIONAL: the demo has no Drenthe houses, so no profile's zoning is assessed; "
             "the strict programme above therefore allocates nothing. Here zoning is explicitly "
             "accepted as not assessed (ACCEPT_NOT_ASSESSED=zoning) to show which candidates "
             "the programme would use; every other essential criterion not assessed still "
             "refuses a site. **No-regret** sites are used in every scenario, **option** sites "
             "in some only.", "",
             "| scenario | factor | demand (ha) | allocated (ha) | of which provisional (ha) |",
             "|---|---:|---:|---:|---:|"]
    for name, t in totals.items():
        lines.append(f"| {name} | {t['factor'] or '-'} | {t['demand']:.0f} | {t['alloc']:.1f} | "
                     f"{t['prov']:.1f} |")
    sites = list(vector_file(OUT / "scenarios.gpkg").getFeatures())
    names = [n[len("alloc_"):] for n in sites[0].fields().names() if n.startswith("alloc_")] \
        if sites else []
    lines += ["", "| candidate | class | " + " | ".join(f"{n} (ha, profile)" for n in names) +
              " |", "|---|---|" + "---|" * len(names)]
    order = {"no_regret": 0, "option": 1}
    used = sorted((f for f in sites if f["class_code"] in order),
                  key=lambda f: (order[f["class_code"]], str(f["site"])))
    for f in used:
        cells = [f"{float(f['alloc_' + n]):.1f} ({f['prof_' + n]})"
                 if f["alloc_" + n] and float(f["alloc_" + n]) > 0 else "-" for n in names]
        lines.append(f"| {f['site']} | {f['class']} | " + " | ".join(cells) + " |")
    unused = sum(f["class_code"] == "unused" for f in sites)
    return lines + ["", f"{unused} other candidates are used in no scenario. Map: "
                        "`scenarios.png`; layers: `scenarios.gpkg`, `scenario_balance.csv`.", ""]


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


def write_summary(rows, seconds, balance=(), border=None, scenario_balance=(), regional=()):
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
              "(ruimte:report, `<profile>/report.html`; in Dutch `<profile>/rapport.html`).", ""]
    lines += regional_lines(regional)
    lines += programme_lines(balance)
    lines += scenario_lines(scenario_balance)
    lines += border_lines(border)
    lines += [f"Total wall time {seconds:.0f} s."]
    text = "\n".join(lines) + "\n"
    (OUT / "summary.md").write_text(text, encoding="utf-8")
    return text
