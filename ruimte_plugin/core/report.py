"""The HTML report: one self-contained file (images embedded as data URIs) that a provincial
council can read. Pure text and matplotlib; the map image comes from the algorithm (QGIS)."""

import base64
import datetime
import html
import io
import re

import numpy as np

from .i18n import tr
from .sites import weakest_criterion

CSS = """
body { font-family: 'DejaVu Sans', Arial, sans-serif; margin: 2em auto; max-width: 60em;
       color: #222; line-height: 1.4; }
h1 { font-size: 1.6em; margin-bottom: 0.2em; } h2 { font-size: 1.25em; margin-top: 1.6em;
border-bottom: 1px solid #ccc; } .muted { color: #666; font-size: 0.9em; }
table { border-collapse: collapse; width: 100%; font-size: 0.9em; margin: 0.5em 0; }
th, td { border: 1px solid #ccc; padding: 0.3em 0.5em; text-align: left; vertical-align: top; }
th { background: #f0f0f0; } td.num { text-align: right; white-space: nowrap; }
tr.excluded td { color: #8a1c1c; background: #fbeaea; }
.note { background: #fff7e0; border-left: 4px solid #e0a800; padding: 0.5em 0.8em; }
img { max-width: 100%; border: 1px solid #ddd; }
pre { white-space: pre-wrap; word-break: break-all; background: #f6f6f6; padding: 0.5em;
      font-size: 0.85em; }
"""


def natural_key(text):
    """Sort key that orders 'site 2' before 'site 10' (digit runs compare as numbers)."""
    return [(0, int(part), "") if part.isdigit() else (1, 0, part.lower())
            for part in re.split(r"(\d+)", str(text)) if part]


def png_data_uri(png_bytes):
    return "data:image/png;base64," + base64.b64encode(png_bytes).decode("ascii")


def _figure(rows):
    """A matplotlib figure (no GUI backend) 8 inches wide, 0.35 inch per row, and its axes."""
    import matplotlib
    matplotlib.use("Agg")
    from matplotlib.figure import Figure
    fig = Figure(figsize=(8, 0.35 * rows + 1.0), dpi=100)
    return fig, fig.add_subplot(111)


def _png(fig):
    """PNG bytes of ``fig``, cropped to what is drawn (a legend above the axes included)."""
    buffer = io.BytesIO()
    fig.savefig(buffer, format="png", bbox_inches="tight")
    return buffer.getvalue()


def rank_range_chart(names, base_rank, mean_rank, p05, p95, p_top, top_k):
    """PNG of each site's 5-95 % rank range (bar) and mean rank (dot), best sites on top."""
    from matplotlib.ticker import MaxNLocator

    order = np.argsort(np.asarray(base_rank), kind="stable")
    n = len(order)
    fig, ax = _figure(n)
    y = np.arange(n)
    lows = np.asarray(p05)[order]
    highs = np.asarray(p95)[order]
    ax.barh(y, highs - lows + 0.6, left=lows - 0.3, height=0.5, color="#9ecae1",
            label=tr("5-95 % of the runs"))
    ax.plot(np.asarray(mean_rank)[order], y, "o", color="#08519c", label=tr("mean rank"))
    ax.axvline(top_k + 0.5, color="#e0a800", linestyle="--", label=tr("top {}").format(top_k))
    label = tr("{}  (P top {} = {:.0%})")
    labels = [label.format(names[i], top_k, p_top[i]) for i in order]
    ax.set_yticks(y)
    ax.set_yticklabels(labels, fontsize=8)
    ax.invert_yaxis()
    ax.set_xlabel(tr("rank (1 = best)"))
    ax.xaxis.set_major_locator(MaxNLocator(integer=True))
    ax.set_xlim(0.5, max(float(np.max(highs)), top_k) + 1)
    ax.legend(loc="lower center", bbox_to_anchor=(0.5, 1.0), ncol=3, fontsize=8, frameon=False)
    return _png(fig)


def contribution_chart(sites, criteria, weights, means, labels=None):
    """PNG, best site on top: per criterion a pale slot as wide as its weight, filled to weight
    x the site's mean score on that criterion (``means``: sites x criteria, 0-1). The filled
    parts add up to the WLC score; the pale rest is what the site misses on each criterion.
    Each criterion has its own colour in every report (report_sources.criterion_colour);
    ``labels``: the criteria in words for the legend (default: the keys)."""
    from .report_sources import criterion_colour

    w = np.asarray(weights, dtype=float)
    filled = w * np.clip(np.asarray(means, dtype=float), 0, 1)
    n = len(sites)
    fig, ax = _figure(n)
    y = np.arange(n)
    labels = list(labels or criteria)
    offsets = np.concatenate([[0.0], np.cumsum(w)[:-1]])
    for k, name in enumerate(criteria):
        colour = criterion_colour(name)
        ax.barh(y, np.full(n, w[k]), left=offsets[k], height=0.6, color=colour,
                alpha=0.2, edgecolor="white")
        ax.barh(y, filled[:, k], left=offsets[k], height=0.6, color=colour,
                label=f"{labels[k]} ({w[k]:.2f})")
    ax.set_yticks(y)
    ax.set_yticklabels(sites, fontsize=8)
    ax.invert_yaxis()
    ax.set_xlim(0, max(1.0, float(w.sum())))
    ax.set_xlabel(tr("score: per criterion weight x mean score on the site (pale: missed)"))
    ax.legend(loc="lower center", bbox_to_anchor=(0.5, 1.0), ncol=min(len(criteria), 4),
              fontsize=8, frameon=False)
    return _png(fig)


def table(headers, rows, row_classes=None, numeric=()):
    out = ["<table><tr>" + "".join(f"<th>{html.escape(h)}</th>" for h in headers) + "</tr>"]
    for i, row in enumerate(rows):
        cls = f' class="{row_classes[i]}"' if row_classes and row_classes[i] else ""
        cells = "".join(
            f'<td class="num">{html.escape(str(v))}</td>' if j in numeric else
            f"<td>{html.escape(str(v))}</td>" for j, v in enumerate(row))
        out.append(f"<tr{cls}>{cells}</tr>")
    out.append("</table>")
    return "\n".join(out)


def site_sections(rows, weights, conventions):
    """[(heading, inner HTML)] for the ranked sites: the table with reasons, the rank-range
    chart (when the rows carry sensitivity results) and, with the profile's ``weights``, why
    the sites rank as they do. ``rows``: dicts as ruimte:report reads them from the sites."""
    def is_excluded(row):
        return str(row["excluded"]) in ("1", "True")

    with_ranges = all(r["p05"] is not None for r in rows)
    with_gaps = any(r.get("not_assessed") for r in rows)
    headers = [tr("rank"), tr("site"), tr("score"), tr("usable ha"), tr("reasons")]
    if with_gaps:
        headers.append(tr("not assessed"))
    if with_ranges:
        headers += [tr("rank 5-95 %"), tr("P(top {})").format(rows[0]["top_k"])]
    table_rows, classes = [], []
    for r in rows:
        row = [r["rank"], r["name"], "" if r["score"] is None else f"{r['score']:.3f}",
               "" if r["usable"] is None else f"{r['usable']:.1f}", r["reasons"] or "-"]
        if with_gaps:
            row.append(r.get("not_assessed") or "-")
        if with_ranges:
            row += [f"{r['p05']:.0f}-{r['p95']:.0f}", f"{r['p_top']:.0%}"]
        table_rows.append(row)
        classes.append("excluded" if is_excluded(r) else "")
    sections = [(tr("Ranked sites"), table(headers, table_rows, classes,
                                           numeric=(0, 2, 3)))]
    charted = [r for r in rows if not is_excluded(r)]
    if with_ranges and charted:
        png = rank_range_chart([r["name"] for r in charted],
                               [r["base_rank"] for r in charted],
                               [r["mean_rank"] for r in charted], [r["p05"] for r in charted],
                               [r["p95"] for r in charted], [r["p_top"] for r in charted],
                               int(rows[0]["top_k"]))
        caption = tr("Each bar spans the ranks a site took in 90 % of the weight samples; "
                     "the dot is its mean rank.")
        if len(charted) < len(rows):
            caption += " " + tr("Excluded sites are not shown ({}): they rank last in "
                                "every sample.").format(len(rows) - len(charted))
        sections.append((tr("How robust is the ranking"),
                         f'<img alt="rank ranges" src="{png_data_uri(png)}">'
                         f'<p class="muted">{html.escape(caption)}</p>'))
    if with_ranges and not charted:
        sections.append((tr("How robust is the ranking"), '<p class="note">' + html.escape(
            tr("Every site is excluded for this profile (see the reasons above): there is "
               "no ranking to test.")) + "</p>"))
    explained = [r for r in charted if all(c in r["means"] for c in weights)][:15]
    if weights and explained:
        from .evidence import key_label
        criteria = list(weights)
        png = contribution_chart(
            [r["name"] for r in explained], criteria, [weights[c] for c in criteria],
            [[r["means"][c] for c in criteria] for r in explained],
            [key_label(c) for c in criteria])
        caption = tr("Each criterion has a slot as wide as its weight, filled to the "
                     "weight times the criterion's mean score on the site; the filled "
                     "parts add up to the score. The pale rest of a slot is what the site "
                     "misses on that criterion: the longest pale part is what holds it "
                     "back most.")
        best = explained[0]
        means = [best["means"][c] for c in criteria]
        worst, loss = weakest_criterion(criteria, means, [weights[c] for c in criteria])
        caption += " " + tr("Best site, {}: {}; it loses most on {} ({:.3f}).").format(
            best["name"], ", ".join(tr("{} {:.3f} of {:.3f}").format(
                key_label(c), weights[c] * m, weights[c]) for c, m in zip(criteria, means)),
            key_label(worst), loss)
        method = conventions.get("aggregation", "wlc")
        if method != "wlc":
            caption += " " + tr("The score itself was combined with {}, so the parts do "
                                "not add up to it exactly.").format(method)
        sections.append((tr("Why the sites rank as they do"),
                         f'<img alt="contributions" src="{png_data_uri(png)}">'
                         f'<p class="muted">{html.escape(caption)}</p>'))
    return sections


def build_report(title, meta, sections, lang="en"):
    """The whole HTML page; ``sections`` = [(heading, inner HTML)]; ``meta`` = lines under the
    title; ``lang``: the language of the page's text (en, nl)."""
    body = [f"<h1>{html.escape(title)}</h1>",
            "<p class=\"muted\">" + "<br>".join(html.escape(m) for m in meta) + "</p>"]
    for heading, inner in sections:
        body.append(f"<h2>{html.escape(heading)}</h2>\n{inner}")
    created = datetime.datetime.now().strftime("%Y-%m-%d %H:%M")
    body.append('<p class="muted">'
                + html.escape(tr("Made with Ruimte voor economie, {}.").format(created)) + "</p>")
    return (f"<!DOCTYPE html>\n<html lang=\"{html.escape(lang)}\"><head><meta charset=\"utf-8\">"
            f"<title>{html.escape(title)}</title><style>{CSS}</style></head><body>\n"
            + "\n".join(body) + "\n</body></html>\n")
