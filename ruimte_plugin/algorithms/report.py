"""ruimte:report — a self-contained HTML report of a suitability run and its ranked sites."""

import html
import json
import os

from qgis.core import (QgsProcessing, QgsProcessingAlgorithm,
                       QgsProcessingParameterFeatureSource,
                       QgsProcessingParameterFileDestination, QgsProcessingParameterRasterLayer,
                       QgsProcessingParameterString)

from ..core.evidence import key_label
from ..core.files import write_text_atomic
from ..core.report import build_report, natural_key, png_data_uri, site_sections, table
from ..core.report_sections import regional_section, scenario_names, scenario_section
from ..core.report_sources import named_weights
from ..core.sites import site_name_field
from ..i18n import language, tr, user_language
from .base import RuimteAlgorithm, input_for
from .layers import iter_features
from .packages import load_rasterio_io
from .report_map import render_map_png
from .report_provenance import sources_section, temp_prefixes


class ReportAlgorithm(RuimteAlgorithm):
    group_id = "sites"
    SUITABILITY = "SUITABILITY"
    SITES = "SITES"
    BOUNDARY = "BOUNDARY"
    BALANCE = "BALANCE"
    ALLOCATION = "ALLOCATION"
    SCENARIO_SITES = "SCENARIO_SITES"
    SCENARIO_BALANCE = "SCENARIO_BALANCE"
    TITLE = "TITLE"
    LANGUAGE = "LANGUAGE"
    OUTPUT = "OUTPUT"

    def name(self):
        return "report"

    def displayName(self):  # noqa: N802
        return tr("Report (HTML)")

    def shortDescription(self):  # noqa: N802
        return tr("A self-contained HTML report: map, profile and weights, conventions, ranked "
                  "sites with reasons, rank ranges and data sources.")

    def tags(self):
        return tr("rapport,verslag,raadsvoorstel,statenvoorstel,report,html,shortlist").split(",")

    def flags(self):
        # the map is rendered by QGIS, which wants the main thread
        return super().flags() | QgsProcessingAlgorithm.Flag.FlagNoThreading

    def shortHelpString(self):  # noqa: N802
        return tr(
            "<p>Writes one HTML file with everything embedded (no side files): the "
            "suitability map rendered by QGIS (with the BOUNDARY and the SITES numbered by "
            "rank), the company profile with its weights (and the AHP consistency when the "
            "weights come from a pairwise matrix) and what was left out, the conventions and "
            "parameters stored in the raster's metadata, the ranked sites with the reasons for "
            "every exclusion, a rank-range chart per site when the sites carry the output of "
            "'Weight sensitivity of a site ranking', and the data sources.</p>"
            "<p>SUITABILITY should come from a Ruimte algorithm (its RUIMTE_* metadata fill the "
            "report); SITES from 'Score and rank candidate sites', optionally passed through "
            "'Weight sensitivity'.</p>"
            "<p>BALANCE and ALLOCATION (outputs of 'Allocate a programme to sites') add the "
            "programme: demand, allocation, shortfall and the binding constraint per claim, "
            "and the allocated pieces.</p>"
            "<p>SCENARIO_SITES and SCENARIO_BALANCE (outputs of 'Programme under uncertain "
            "demand') add the programme per demand scenario: totals per scenario and the "
            "no-regret and option sites. Sites that carry regional_value (from 'Score and rank "
            "candidate sites' with REGIONAL_VALUE) add a section on regional added value, "
            "beside suitability.</p>")

    def initAlgorithm(self, config=None):  # noqa: N802
        self.add(QgsProcessingParameterRasterLayer(self.SUITABILITY, tr("Suitability")),
                 tr("Suitability raster written by a Ruimte algorithm."))
        self.add(QgsProcessingParameterFeatureSource(self.SITES, tr("Ranked sites"),
                                                     [QgsProcessing.TypeVectorPolygon],
                                                     optional=True),
                 tr("Output of 'Score and rank candidate sites' (or of 'Weight sensitivity')."))
        self.add(QgsProcessingParameterFeatureSource(self.BOUNDARY, tr("Boundary"),
                                                     [QgsProcessing.TypeVectorPolygon],
                                                     optional=True),
                 tr("Study-area outline for the map, e.g. the province."))
        self.add(QgsProcessingParameterFeatureSource(self.BALANCE, tr("Programme balance"),
                                                     [QgsProcessing.TypeVector], optional=True),
                 tr("BALANCE output of 'Allocate a programme to sites'."))
        self.add(QgsProcessingParameterFeatureSource(self.ALLOCATION, tr("Programme allocation"),
                                                     [QgsProcessing.TypeVectorPolygon],
                                                     optional=True),
                 tr("OUTPUT of 'Allocate a programme to sites'."))
        self.add(QgsProcessingParameterFeatureSource(self.SCENARIO_SITES,
                                                     tr("Sites by demand scenario"),
                                                     [QgsProcessing.TypeVectorPolygon],
                                                     optional=True),
                 tr("OUTPUT of 'Programme under uncertain demand'."))
        self.add(QgsProcessingParameterFeatureSource(self.SCENARIO_BALANCE,
                                                     tr("Balance per demand scenario"),
                                                     [QgsProcessing.TypeVector], optional=True),
                 tr("BALANCE output of 'Programme under uncertain demand'."))
        self.add(QgsProcessingParameterString(self.TITLE, tr("Title"), optional=True),
                 tr("Report title; empty: from the profile."))
        self.add_choice(self.LANGUAGE, tr("Language"), ("auto", "nl", "en"), "auto",
                        tr("Language of the report: auto = the language of QGIS, nl = Dutch, "
                           "en = English."))
        self.add(QgsProcessingParameterFileDestination(self.OUTPUT, tr("Report"),
                                                       tr("HTML files (*.html)")),
                 tr("The HTML report."))

    def execute(self, parameters, context, feedback):
        code = self.parameterAsEnumString(parameters, self.LANGUAGE, context) or "auto"
        with language(code) as lang:
            return self._write(parameters, context, feedback, lang)

    def _write(self, parameters, context, feedback, lang):
        io = load_rasterio_io()
        layer = self.parameterAsRasterLayer(parameters, self.SUITABILITY, context)
        path = self.raster_file(layer, self.SUITABILITY)
        out = self.check_output_folder(
            self.parameterAsFileOutput(parameters, self.OUTPUT, context), self.OUTPUT)
        tags = io.read_tags(path)
        profile = tags.get("RUIMTE_PROFILE") or {}
        sites = self.parameterAsSource(parameters, self.SITES, context)
        boundary = self.parameterAsSource(parameters, self.BOUNDARY, context)
        title = self.optional_string(parameters, self.TITLE, context) or (
            tr("Suitability: {}").format(profile["name"][user_language()]) if profile else
            tr("Suitability report"))
        meta = [tr("Suitability raster: {}").format(
                    tr("(temporary output)") if path.startswith(temp_prefixes())
                    else os.path.basename(path)),
                tr("Made by {} (Ruimte {}, QGIS {}) on {}").format(
                    tags.get("RUIMTE_ALGORITHM", "?"), tags.get("RUIMTE_VERSION", "?"),
                    tags.get("RUIMTE_QGIS", "?"), tags.get("RUIMTE_CREATED", "?"))]
        sections = [(tr("Map"), self._map(layer, sites, boundary))]
        sections += self._profile_sections(profile, tags)
        rows = self._site_rows(sites) if sites is not None else []
        if rows:
            sections += site_sections(rows, profile.get("weights_used") or {},
                                      tags.get("RUIMTE_CONVENTIONS", {}))
        regional = regional_section(rows)
        if regional:
            sections.append((tr("Regional added value"), regional))
        balance = self.parameterAsSource(parameters, self.BALANCE, context)
        if balance is not None:
            sections.append(self._programme_section(
                balance, self.parameterAsSource(parameters, self.ALLOCATION, context)))
        scenario_sites = self.parameterAsSource(parameters, self.SCENARIO_SITES, context)
        if scenario_sites is not None:
            scenario_balance = self.parameterAsSource(parameters, self.SCENARIO_BALANCE, context)
            fields = [f.name() for f in scenario_sites.fields()]
            sections.append((tr("Programme under uncertain demand"), scenario_section(
                self._rows(scenario_balance) if scenario_balance is not None else [],
                self._rows(scenario_sites), scenario_names(fields))))
        sections.append((tr("Data sources and parameters"), sources_section(tags, profile)))
        with input_for(self.OUTPUT):
            write_text_atomic(out, build_report(title, meta, sections, lang))
        feedback.pushInfo(tr("Report written: {}").format(out))
        return {self.OUTPUT: out}

    # ------------------------------------------------------------ parts
    @staticmethod
    def _map(raster, sites, boundary):
        """The map (print layout with legend, scale bar and north arrow) as an <img>."""
        png = render_map_png(raster.source(), sites, boundary)
        legend = tr("Suitability 0 (red) to 1 (green); excluded land scores 0. Sites: "
                    "graduated by score, excluded sites hatched, numbers = rank.")
        return (f'<img alt="map" src="{png_data_uri(png)}">'
                f'<p class="muted">{html.escape(legend)}</p>')

    def _profile_sections(self, profile, tags):
        conventions = tags.get("RUIMTE_CONVENTIONS", {})
        sections = []
        if profile:
            weights = profile.get("weights_used", {})
            other = "en" if user_language() == "nl" else "nl"
            inner = [f"<p><b>{html.escape(profile['name'][user_language()])}</b> "
                     f"({html.escape(profile['name'][other])})</p>"]
            total = sum(weights.values()) or 1.0
            inner.append(table([tr("criterion"), tr("weight"), tr("share")],
                               [(key_label(c), f"{w:.3f}", f"{100 * w / total:.1f} %")
                                for c, w in weights.items()], numeric=(1, 2)))
            method = conventions.get("weights_method", "")
            if method:
                inner.append(f"<p>{html.escape(tr('Weights: {}').format(method))}</p>")
            inner.append(self._evidence(profile))
            inner.append(self._profile_numbers(profile.get("file")))
            sections.append((tr("Company profile and weights"), "\n".join(inner)))
        shown = {k: v for k, v in conventions.items() if k not in ("weights_method",)}
        names = self._weight_names(shown.get("weights"), profile.get("weights_used") or {},
                                   tags.get("RUIMTE_SOURCES") or [])
        if names:
            shown["weights"] = named_weights(names, shown["weights"])
        notes = ('<p class="note">' + html.escape(tr(
            "Nitrogen is a screening estimate with a distance-decay kernel, not an AERIUS "
            "calculation; it is not valid for a permit.")) + "</p>") \
            if "nitrogen" in (profile.get("weights_used") or {}) else ""
        sections.append((tr("Method and conventions"), notes + table(
            [tr("item"), tr("value")],
            [(k, json.dumps(v, ensure_ascii=False) if not isinstance(v, str) else v)
             for k, v in shown.items()])))
        return sections

    @staticmethod
    def _weight_names(weights, used, sources):
        """Names for a list of weights: the profile's criteria when the weights are theirs (same
        values, same order), else the input files' names (combine); None when unknown."""
        if not isinstance(weights, list):
            return None
        if len(weights) == len(used) and all(abs(float(w) - u) < 1e-4
                                             for w, u in zip(weights, used.values())):
            return [key_label(c) for c in used]
        if len(weights) == len(sources):
            return [os.path.splitext(os.path.basename(str(s).split("|")[0]))[0]
                    for s in sources]
        return None

    @staticmethod
    def _evidence(profile):
        """What the run assessed and what not (essential or optional, why, which input)."""
        from ..core.evidence import key_label
        evidence = profile.get("evidence")
        if evidence is None:                    # a raster from before evidence was recorded
            left = profile.get("left_out", []) + profile.get("modes_left_out", [])
            return ('<p class="note">' + html.escape(tr(
                "Not assessed for lack of data (the other weights renormalised): {}").format(
                ", ".join(left))) + "</p>") if left else ""
        def label_of(m):       # in the report's language when the key is a known one
            words = key_label(m["key"])
            return words if words != m["key"] else (m.get("label") or m["key"])
        missing = evidence.get("not_assessed", [])
        rows = [(key_label(c), tr("assessed"), "", "", "") for c in evidence.get("assessed", [])]
        rows += [(label_of(m), tr("NOT ASSESSED"),
                  tr("essential") if m["essential"] else tr("optional"), m.get("input", ""),
                  m.get("reason", "")) for m in missing]
        parts = []
        essential = [m for m in missing if m["essential"]]
        if essential:
            parts.append('<p class="note">' + html.escape(tr(
                "Essential criteria were NOT ASSESSED for lack of data: {}. The map and the "
                "scores leave them out; they do not show suitability on these criteria, and "
                "'Allocate a programme to sites' gives no site to this profile (only a "
                "provisional one when its ACCEPT_NOT_ASSESSED names the criterion).").format(
                ", ".join(label_of(m) for m in essential))) + "</p>")
        elif missing:
            parts.append('<p class="note">' + html.escape(tr(
                "Not assessed for lack of data (optional criteria; the other weights "
                "renormalised): {}").format(", ".join(label_of(m)
                                                    for m in missing))) + "</p>")
        parts.append(table([tr("criterion"), tr("status"), tr("need"), tr("input"),
                            tr("why it matters")], rows,
                           ["excluded" if r[1] == tr("NOT ASSESSED") else "" for r in rows]))
        return "\n".join(parts)

    @staticmethod
    def _profile_numbers(path):
        """The profile's numbers with their source or assumption."""
        if not path:
            return ""
        try:
            with open(path, encoding="utf-8") as handle:
                raw = json.load(handle)
        except (OSError, ValueError):
            return ""
        rows = []

        def walk(node, trail):
            if isinstance(node, dict):
                if "value" in node:
                    why = node.get("source") and f"source: {node['source']}" or \
                        f"assumption: {node.get('assumption', '')}"
                    rows.append((trail, node["value"], why))
                    return
                for key, value in node.items():
                    walk(value, f"{trail}.{key}" if trail else key)
        walk({k: v for k, v in raw.items() if k not in ("name", "description")}, "")
        return table([tr("setting"), tr("value"), tr("source or assumption")], rows)

    @staticmethod
    def _site_rows(sites):
        names = [f.name() for f in sites.fields()]
        label = site_name_field(names)
        rows = []
        for i, f in enumerate(iter_features(sites), 1):
            get = (lambda key, d=None: f[key] if key in names and str(f[key]) != "NULL" else d)
            rows.append({"name": str(get(label, f"site {i}") if label else f"site {i}"),
                         "rank": get("rank", i), "score": get("score"),
                         "usable": get("usable_ha"), "excluded": get("excluded", 0),
                         "reasons": get("reasons", ""), "p05": get("rank_p05"),
                         "not_assessed": get("not_assessed", ""),
                         "p95": get("rank_p95"), "mean_rank": get("mean_rank"),
                         "regional_value": get("regional_value"),
                         "rv_not_assessed": get("rv_not_assessed", ""),
                         "p_top": get("p_top_k"), "top_k": get("top_k"),
                         "base_rank": get("base_rank", get("rank", i)),
                         "means": {n[:-5]: float(f[n]) for n in names
                                   if n.endswith("_mean") and str(f[n]) != "NULL"}})
        return sorted(rows, key=lambda r: (int(r["rank"]), natural_key(r["name"])))

    @staticmethod
    def _rows(source):
        """Every feature's attributes as {field: value}, NULL as None."""
        names = [f.name() for f in source.fields()]
        return [{n: (None if str(f[n]) == "NULL" else f[n]) for n in names}
                for f in iter_features(source)]

    @staticmethod
    def _programme_section(balance, allocation):
        """The balance per claim and the allocated pieces."""
        def value(f, key, names, fmt="{}"):
            v = f[key] if key in names else None
            if v is None or str(v) in ("NULL", ""):
                return ""
            if fmt != "{}":                         # a number, also when read from a CSV
                try:
                    v = float(v)
                except ValueError:
                    return str(v)
            return fmt.format(v)
        names = [f.name() for f in balance.fields()]
        rows, classes = [], []
        for f in iter_features(balance):
            rows.append([value(f, "profile", names), value(f, "tier", names),
                         value(f, "region", names), value(f, "demand_ha", names, "{:.1f}"),
                         value(f, "alloc_ha", names, "{:.1f}"),
                         value(f, "short_ha", names, "{:.1f}"),
                         value(f, "mean_score", names, "{:.3f}"),
                         value(f, "binding", names) or "-"])
            short = value(f, "short_ha", names, "{:.6f}")
            classes.append("excluded" if short and float(short) > 0 else "")
        parts = [table([tr("profile"), tr("tier"), tr("region"), tr("demand ha"),
                        tr("allocated ha"), tr("shortfall ha"), tr("mean score"),
                        tr("binding constraint")], rows, classes, numeric=(1, 3, 4, 5, 6))]
        if allocation is not None:
            names = [f.name() for f in allocation.fields()]
            pieces = sorted(([value(f, "site", names), value(f, "profile", names),
                              value(f, "alloc_ha", names, "{:.1f}"),
                              value(f, "score", names, "{:.3f}")]
                             for f in iter_features(allocation)
                             if value(f, "profile", names)), key=lambda r: (r[1], r[0]))
            parts.append(table([tr("site"), tr("profile"), tr("allocated ha"), tr("score")],
                               pieces, numeric=(2, 3)))
        return tr("Programme: allocation and balance"), "\n".join(parts)
