"""The Drenthe demo's summary: shares of the province per profile (from the rasters), the top
candidates, the programme and the border statistic, as summary.md and summary.csv."""

import csv
import json
from pathlib import Path

from demo_common import (BORDER_BEFORE, BORDER_DISTANCES, GOOD, MAX_SITES, MIN_SPACING, OUT,
                         PIXEL, vector, vector_file)


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
