"""Report sections beside suitability (see core.report for the page): the regional added value
of the ranked sites, and the programme under uncertain demand (no-regret and option sites).

Both take plain rows (dicts of field -> value, as ruimte:report reads them from the layers) and
return the inner HTML of a section, or "" when the rows hold nothing for it. Sources of the
policy behind them: IPO position paper Ruimte voor economie (theme 2: programming under uncertain
demand; themes 4-5: clusters and regional added value)."""

import html

from .i18n import tr
from .report import natural_key, table


def _number(value):
    """A float, or None for NULL / empty / text that is no number."""
    if value is None or str(value) in ("", "NULL"):
        return None
    try:
        return float(value)
    except (TypeError, ValueError):
        return None


def _note(text):
    return '<p class="note">' + html.escape(text) + "</p>"


def regional_section(rows):
    """Regional added value per site (fields regional_value, rv_not_assessed of
    ruimte:scoresites), beside suitability: rank, site, score, regional value, components not
    assessed. "" when no row has a regional value."""
    valued = [r for r in rows if _number(r.get("regional_value")) is not None]
    if not valued:
        return ""
    missing = sorted({part.strip() for r in rows
                      for part in str(r.get("rv_not_assessed") or "").split(",")
                      if part.strip() and part.strip() != "NULL"})
    parts = ["<p>" + html.escape(tr(
        "Regional added value (IPO position paper Ruimte voor economie, themes 4 and 5: work "
        "locations well reachable for workers, labour pool, clusters, knowledge) is reported "
        "beside suitability, not in the score: the mean of 'Regional added value and "
        "clusters' over each site, 0-1.")) + "</p>"]
    if missing:
        parts.append(_note(tr("NOT ASSESSED for lack of data: {}. The regional value shows the "
                              "other components only.").format(", ".join(missing))))
    body = []
    for r in sorted(rows, key=lambda r: (_number(r.get("rank")) or 0, natural_key(r["name"]))):
        value, score = _number(r.get("regional_value")), _number(r.get("score"))
        body.append([r.get("rank", ""), r["name"], "" if score is None else f"{score:.3f}",
                     "-" if value is None else f"{value:.3f}"])
    parts.append(table([tr("rank"), tr("site"), tr("suitability"), tr("regional value")],
                       body, numeric=(0, 2, 3)))
    return "\n".join(parts)


def scenario_names(site_fields):
    """Scenario names in the order of the alloc_<name> fields of ruimte:allocatescenarios."""
    return [f[len("alloc_"):] for f in site_fields if f.startswith("alloc_")]


def scenario_section(balance_rows, site_rows, names):
    """The programme under demand scenarios: totals per scenario (from the BALANCE rows of
    ruimte:allocatescenarios), then the sites that are used in some scenario with their class
    and what each scenario puts there (from its OUTPUT rows; ``names`` = scenario_names)."""
    parts = ["<p>" + html.escape(tr(
        "The additional demand for business land cannot be forecast (IPO position paper "
        "Ruimte voor economie, theme 2). The programme was allocated once per demand scenario "
        "on the same sites. No-regret sites are used in every scenario: they can be "
        "programmed now. Option sites are used in some scenarios only (usually at high "
        "demand): keep them available, decide later.")) + "</p>"]
    totals = {}
    for b in balance_rows:
        t = totals.setdefault(b.get("scenario"), {"factor": b.get("factor"), "demand": 0.0,
                                                  "alloc": 0.0, "short": 0.0, "prov": 0.0})
        for key, field in (("demand", "demand_ha"), ("alloc", "alloc_ha"),
                           ("short", "short_ha"), ("prov", "provisional_ha")):
            t[key] += _number(b.get(field)) or 0.0
    if any(t["prov"] > 0 for t in totals.values()) or any(
            str(s.get("provisional") or "") not in ("", "NULL") for s in site_rows):
        reasons = sorted({str(s["provisional"]) for s in site_rows
                          if str(s.get("provisional") or "") not in ("", "NULL")})
        parts.append(_note(tr("PROVISIONAL: sites were allocated although essential criteria "
                              "were not assessed there ({}). Add the missing data before "
                              "programming them.").format("; ".join(reasons) or "-")))
    rows = []
    for name, t in totals.items():
        factor = _number(t["factor"])
        rows.append([name, "-" if factor is None else f"{factor:g}", f"{t['demand']:.1f}",
                     f"{t['alloc']:.1f}", f"{t['short']:.1f}", f"{t['prov']:.1f}"])
    parts.append(table([tr("scenario"), tr("factor"), tr("demand ha"), tr("allocated ha"),
                        tr("shortfall ha"), tr("provisional ha")], rows,
                       numeric=(1, 2, 3, 4, 5)))
    used = [s for s in site_rows if str(s.get("class_code")) in ("no_regret", "option")]
    order = {"no_regret": 0, "option": 1}
    used.sort(key=lambda s: (order[str(s["class_code"])], -(_number(s.get("n_used")) or 0),
                             natural_key(str(s.get("site")))))
    body = []
    for s in used:
        cells = []
        for name in names:
            ha = _number(s.get(f"alloc_{name}")) or 0.0
            profile = s.get(f"prof_{name}")
            cells.append(f"{ha:.1f} ({profile})" if ha > 0 and profile not in (None, "NULL")
                         else ("-" if ha <= 0 else f"{ha:.1f}"))
        body.append([s.get("site"), s.get("class"), *cells])
    unused = sum(str(s.get("class_code")) == "unused" for s in site_rows)
    if body:
        parts.append(table([tr("site"), tr("class")] + [tr("{} (ha, profile)").format(n)
                                                        for n in names], body))
    else:
        parts.append(_note(tr("No site is used in any scenario.")))
    if unused:
        parts.append('<p class="muted">' + html.escape(
            tr("{} other sites are used in no scenario.").format(unused)) + "</p>")
    return "\n".join(parts)
