"""ruimte:sensitivity — how stable is a ranking of sites under changing weights?"""

import numpy as np
from qgis.core import (QgsFeature, QgsFeatureSink, QgsFields, QgsProcessing,
                       QgsProcessingParameterFeatureSink, QgsProcessingParameterFeatureSource,
                       QgsProcessingParameterMultipleLayers,
                       QgsProcessingParameterRasterDestination, QgsProcessingParameterString,
                       QgsWkbTypes, QgsCoordinateReferenceSystem)

from ..core.errors import InputError
from ..core.sensitivity import (DEFAULT_CONCENTRATION, DEFAULT_SPREAD, DEFAULT_STEP, SAMPLINGS,
                                cell_mean_cv, competition_ranks, monte_carlo, one_at_a_time,
                                parse_weight_sets, site_scores)
from ..core.weights import weights_from_text
from ..i18n import tr
from .base import RuimteAlgorithm
from .fields import extend_fields, make_field, prefixed_field_names
from .layers import layer_label, shapely_of, usable_features
from .packages import load_rasterio_io
from .parameters import input_for
from .score_sites import field_name


class SensitivityAlgorithm(RuimteAlgorithm):
    group_id = "sites"
    SITES = "SITES"
    CRITERIA = "CRITERIA"
    CRITERIA_FIELDS = "CRITERIA_FIELDS"
    WEIGHTS = "WEIGHTS"
    EXCLUDED_FIELD = "EXCLUDED_FIELD"
    RUNS = "RUNS"
    SAMPLING = "SAMPLING"
    SPREAD = "SPREAD"
    CONCENTRATION = "CONCENTRATION"
    TOP_K = "TOP_K"
    SEED = "SEED"
    WEIGHT_SETS = "WEIGHT_SETS"
    WEIGHT_SET_NAMES = "WEIGHT_SET_NAMES"
    OUTPUT = "OUTPUT"
    OAT_TABLE = "OAT_TABLE"
    CELL_MEAN = "CELL_MEAN"
    CELL_CV = "CELL_CV"

    def name(self):
        return "sensitivity"

    def displayName(self):  # noqa: N802
        return tr("Weight sensitivity of a site ranking")

    def shortDescription(self):  # noqa: N802
        return tr("Monte Carlo and one-at-a-time weight changes: per site the mean rank, the "
                  "5-95 % rank range and the probability of a top-K place.")

    def tags(self):
        return tr("gevoeligheid,robuustheid,gewichten,Monte Carlo,rangorde,sensitivity,"
                  "robustness,weights,top k,uncertainty").split(",")

    def shortHelpString(self):  # noqa: N802
        return tr(
            "<p>Scores are the weighted sum (WLC) of each site's criterion means: from CRITERIA "
            "rasters (zonal means, as 'Score and rank candidate sites') or from fields of the "
            "site layer (CRITERIA_FIELDS; default: every field ending in _mean, e.g. the output "
            "of 'Score and rank candidate sites'). Sites with EXCLUDED_FIELD = 1 rank last in "
            "every run.</p><ul>"
            "<li><b>One-at-a-time</b> (Chen, Yu &amp; Khan 2010): each weight changes in 1 % "
            "steps over &plusmn;SPREAD (default 20 %) of its value, the others rescaled "
            "proportionally to keep the sum 1. Per site oat_rank_min/oat_rank_max; the "
            "optional OAT_TABLE lists every step.</li>"
            "<li><b>Monte Carlo</b>: RUNS weight vectors (SEED makes them reproducible). "
            "<i>dirichlet</i>: Dirichlet(CONCENTRATION &times; w), mean w, variance "
            "w(1&minus;w)/(CONCENTRATION+1) (default 100, an assumption: about &plusmn;15 % of "
            "a weight of 0.3); <i>uniform</i>: each weight uniform within &plusmn;SPREAD of its "
            "value, renormalised. Per site mean_rank, rank_p05, rank_p95 and p_top_k = the "
            "share of runs in which the site ranks TOP_K or better.</li>"
            "<li>With CRITERIA rasters, CELL_MEAN and CELL_CV give each cell's mean score and "
            "coefficient of variation over the sampled weights (exact: mean = mean(w)&middot;z, "
            "variance = z&prime;Cz with C the weights' covariance).</li></ul>"
            "<p>Ranks: 1 = best; ties share the better rank.</p>") + tr(
            "<p>WEIGHT_SETS ranks the sites again under other weight sets, e.g. one per "
            "stakeholder from 'AHP weights' with several matrices: a rank_&lt;name&gt; field "
            "per set and in_top_k_sets, the number of sets under which a site is in the top "
            "K. 'Site A is in the top 3 for the province and for both municipalities' is the "
            "sentence it supports.</p>")

    def initAlgorithm(self, config=None):  # noqa: N802
        self.add(QgsProcessingParameterFeatureSource(self.SITES, tr("Sites"),
                                                     [QgsProcessing.TypeVectorPolygon]),
                 tr("Candidate sites, e.g. the output of 'Score and rank candidate sites'."))
        self.add(QgsProcessingParameterMultipleLayers(self.CRITERIA, tr("Criterion scores"),
                                                      QgsProcessing.TypeRaster, optional=True),
                 tr("Score rasters; without them the criterion means come from the fields."))
        self.add(QgsProcessingParameterString(self.CRITERIA_FIELDS, tr("Criterion mean fields"),
                                              optional=True),
                 tr("Comma-separated fields with each site's criterion mean, in the order of "
                    "the weights. Empty: every field ending in _mean."))
        self.add(QgsProcessingParameterString(self.WEIGHTS, tr("Weights"), optional=True),
                 tr("One weight per criterion (empty: equal); normalised to sum 1. Separated "
                    "by ',' (0.5,0.3,0.2) or, with decimal commas, by ';' (0,5;0,3;0,2)."))
        self.add(QgsProcessingParameterString(self.EXCLUDED_FIELD, tr("Excluded field"),
                                              "excluded", optional=True),
                 tr("Field that is 1 for excluded sites (they rank last); empty: none."))
        self.add_number(self.RUNS, tr("Monte Carlo runs"), tr("Number of weight samples."),
                        default=1000, minimum=1, integer=True)
        self.add_choice(self.SAMPLING, tr("Sampling"), SAMPLINGS, "dirichlet",
                        tr("dirichlet (around the weights) or uniform (+-SPREAD, renormalised)."))
        self.add_number(self.SPREAD, tr("Spread (share of each weight)"),
                        tr("One-at-a-time range and uniform sampling range: +-20 % (Chen et al. "
                           "2010)."), default=DEFAULT_SPREAD, minimum=0, maximum=0.99)
        self.add_number(self.CONCENTRATION, tr("Dirichlet concentration"),
                        tr("Higher = closer to the weights (default 100, assumption)."),
                        default=DEFAULT_CONCENTRATION, minimum=0.001, advanced=True)
        self.add_number(self.TOP_K, tr("Top K"), tr("P(rank <= K) is reported (default 3)."),
                        default=3, minimum=1, integer=True)
        self.add_number(self.SEED, tr("Random seed"),
                        tr("Same seed, same samples (default 1). Empty: a new sample each run."),
                        default=1, optional=True, integer=True)
        self.add(QgsProcessingParameterString(self.WEIGHT_SETS, tr("Other weight sets"),
                                              optional=True),
                 tr("Weight sets to rank the sites by as well, e.g. one per stakeholder (the "
                    "w_ columns of 'AHP weights' with several matrices): sets separated by '|', "
                    "weights by ',' or, with decimal commas, by ';' (0,6;0,4 | 0,3;0,7). Each "
                    "adds a rank_<name> field; in_top_k_sets counts the "
                    "sets under which a site is in the top K."))
        self.add(QgsProcessingParameterString(self.WEIGHT_SET_NAMES, tr("Weight set names"),
                                              optional=True),
                 tr("Comma-separated, one per weight set (empty: set 1, set 2, ...)."))
        self.add(QgsProcessingParameterFeatureSink(self.OUTPUT, tr("Sites with rank "
                                                                   "stability"),
                                                   QgsProcessing.TypeVectorPolygon),
                 tr("The sites with mean_rank, rank_p05, rank_p95, p_top_k, base_rank, "
                    "oat_rank_min, oat_rank_max."))
        self.add(QgsProcessingParameterFeatureSink(self.OAT_TABLE, tr("One-at-a-time table"),
                                                   QgsProcessing.TypeVector, optional=True,
                                                   createByDefault=False),
                 tr("criterion, change_pct, site, rank for every step."))
        for name, label in ((self.CELL_MEAN, tr("Mean score per cell")),
                            (self.CELL_CV, tr("Coefficient of variation per cell"))):
            self.add(QgsProcessingParameterRasterDestination(name, label, optional=True,
                                                             createByDefault=False),
                     tr("Needs CRITERIA rasters."))

    # ------------------------------------------------------------ inputs
    def _means(self, io, sites, geoms, parameters, context, feedback):
        """(criterion names, (sites, n) means, raster paths or None)."""
        layers = self.parameterAsLayerList(parameters, self.CRITERIA, context)
        if layers:
            from ..core.sites import zonal_table
            paths = [self.raster_file(layer, self.CRITERIA) for layer in layers]
            names = [field_name(layer_label(layer)) for layer in layers]
            with io.gdal_env():
                sources = [self.open_raster(io, paths[0], self.CRITERIA, label=names[0],
                                            score=True)]
                try:
                    grid = sources[0].grid
                    sources += [self.open_raster(io, p, self.CRITERIA, grid, label=n, score=True)
                                for p, n in zip(paths[1:], names[1:])]
                    table = zonal_table(grid, geoms,
                                        [(n, s.read) for n, s in zip(names, sources)],
                                        cancelled=feedback.isCanceled, threads=self.threads())
                finally:
                    for source in sources:
                        source.close()
            return names, table.mean.T, paths        # (sites, criteria); NaN: no data there
        text = self.optional_string(parameters, self.CRITERIA_FIELDS, context)
        fields = [f.strip() for f in text.split(",") if f.strip()] if text else \
            [f.name() for f in sites.fields() if f.name().endswith("_mean")]
        if not fields:
            raise InputError(tr("give CRITERIA rasters, or sites with *_mean fields"),
                             self.CRITERIA_FIELDS)
        for f in fields:
            self.numeric_field(sites, f, self.CRITERIA_FIELDS)
            if sites.fields().indexOf(f) < 0:
                raise InputError(tr("the sites have no field '{}'").format(f),
                                 self.CRITERIA_FIELDS)
        self._mean_fields = fields
        means = np.array([[np.nan if feature[f] is None or str(feature[f]) == "NULL"
                           else float(feature[f]) for f in fields]
                          for feature in usable_features(sites)])
        return [f[:-5] if f.endswith("_mean") else f for f in fields], means, None

    def _warn_unknown_means(self, names, means, paths, feedback):
        """A warning per criterion whose mean is unknown (NULL field, or a site beyond the
        raster) for some sites: it counts as 0 there (core.sensitivity.site_scores)."""
        name = self.CRITERIA if paths else self.CRITERIA_FIELDS
        for column, criterion in enumerate(names):
            unknown = np.flatnonzero(np.isnan(means[:, column])) if len(means) else []
            if len(unknown):
                feedback.pushWarning(tr(
                    "{} ({}): the mean of '{}' is unknown (NULL) for {} of {} sites (e.g. site "
                    "{}); it counts as 0 there, so those sites rank lower than their known "
                    "criteria warrant").format(
                    self.parameterDefinition(name).description(), name,
                    criterion if paths else self._mean_fields[column], len(unknown),
                    len(means), int(unknown[0]) + 1))

    @staticmethod
    def _warn_not_assessed(sites, features, feedback):
        """Sites scored without some criteria (field not_assessed of 'Score and rank candidate
        sites', kept in the output): their ranks only reflect what was assessed."""
        if sites.fields().indexOf("not_assessed") < 0:
            return
        gaps = [str(f["not_assessed"]) for f in features
                if f["not_assessed"] and str(f["not_assessed"]) != "NULL"]
        if gaps:
            feedback.pushWarning(tr("{} of {} sites were scored without some criteria (e.g. "
                                    "not assessed: {}); their ranks only reflect what was "
                                    "assessed (field not_assessed).").format(
                len(gaps), len(features), gaps[0]))

    def _weights(self, parameters, context, count):
        text = self.optional_string(parameters, self.WEIGHTS, context)
        with input_for(self.WEIGHTS):
            return weights_from_text(text, count).values

    # ------------------------------------------------------------ running
    def execute(self, parameters, context, feedback):
        io = load_rasterio_io()
        sites = self.site_source(parameters, self.SITES, context)
        features = usable_features(sites)
        crs = sites.sourceCrs()
        geoms = [shapely_of(f.geometry()) for f in features]
        names, means, paths = self._means(io, sites, geoms, parameters, context, feedback)
        self._warn_unknown_means(names, means, paths, feedback)
        weights = self._weights(parameters, context, len(names))
        excluded_field = self.optional_string(parameters, self.EXCLUDED_FIELD, context)
        excluded = None
        if excluded_field and sites.fields().indexOf(excluded_field) >= 0:
            excluded = np.array([str(f[excluded_field]) in ("1", "True", "true") for f in
                                 features])
        self._warn_not_assessed(sites, features, feedback)
        runs = self.parameterAsInt(parameters, self.RUNS, context)
        from ..core.memory import check_memory
        with input_for(self.RUNS):       # weights, scores and ranks per run, 8 bytes a value
            check_memory(8 * runs * (len(names) + 4 * len(features)),
                         tr("{:,} Monte Carlo runs").format(runs), tr("use fewer runs"))
        top_k = self.parameterAsInt(parameters, self.TOP_K, context)
        seed = self.optional_number(parameters, self.SEED, context)
        seed = None if seed is None else int(seed)
        sampling = self.parameterAsEnumString(parameters, self.SAMPLING, context)
        spread = self.parameterAsDouble(parameters, self.SPREAD, context)
        with input_for(runs=self.RUNS, sampling=self.SAMPLING, spread=self.SPREAD,
                       concentration=self.CONCENTRATION):
            summary, sets = monte_carlo(
                means, weights, runs, top_k, sampling, spread,
                self.parameterAsDouble(parameters, self.CONCENTRATION, context), seed, excluded)
            feedback.setProgress(40)
            oat_rows, oat_low, oat_high = one_at_a_time(means, weights, spread, DEFAULT_STEP,
                                                        excluded)
        feedback.setProgress(60)
        feedback.pushInfo(tr("{} sites, criteria {} with weights {}; {} {} runs (seed {}).")
                          .format(len(features), ", ".join(names),
                                  ", ".join(f"{w:.3f}" for w in weights), runs, sampling, seed))
        scenarios = self._scenarios(parameters, context, names, means, excluded, top_k,
                                    feedback)
        cell_paths = [self.optional_output(parameters, n, context)
                      for n in (self.CELL_MEAN, self.CELL_CV)]
        if any(cell_paths) and paths is None:       # checked before anything is written
            raise InputError(tr("the per-cell mean and CV need CRITERIA rasters"),
                             self.CRITERIA)
        results = {self.OUTPUT: self._write_sites(parameters, context, sites, features, crs,
                                                  summary, oat_low, oat_high, top_k,
                                                  scenarios)}
        if parameters.get(self.OAT_TABLE):
            results[self.OAT_TABLE] = self._write_oat(parameters, context, names, oat_rows)
        if any(cell_paths):
            results.update(self._cells(io, paths, sets, cell_paths, parameters, context,
                                       feedback))
        return results

    def _scenarios(self, parameters, context, names, means, excluded, top_k, feedback):
        """(field names, (sets, sites) ranks) for WEIGHT_SETS, or None."""
        text = self.optional_string(parameters, self.WEIGHT_SETS, context)
        if not text:
            return None
        with input_for(self.WEIGHT_SETS):
            sets = parse_weight_sets(text, len(names))
        labels = self.name_list(parameters, self.WEIGHT_SET_NAMES, context, len(sets),
                                tr("set {}"), tr("{} names for {} weight sets; give one name "
                                                 "per set"))
        ranks = competition_ranks(site_scores(means, sets, excluded))
        for label, w, r in zip(labels, sets, ranks):
            feedback.pushInfo(tr("{}: weights {}; in the top {}: {} sites").format(
                label, ", ".join(f"{v:.3f}" for v in w), top_k, int((r <= top_k).sum())))
        return prefixed_field_names(labels, "rank_"), ranks

    def _write_sites(self, parameters, context, sites, features, crs, summary, low, high, k,
                     scenarios=None):
        extra = [("base_rank", "int"), ("mean_rank", "double"), ("rank_p05", "double"),
                 ("rank_p95", "double"), ("p_top_k", "double"), ("top_k", "int"),
                 ("oat_rank_min", "int"), ("oat_rank_max", "int")]
        if scenarios is not None:
            extra += [(name, "int") for name in scenarios[0]] + [("in_top_k_sets", "int")]
        fields = extend_fields(sites.fields(), extra)
        sink, dest = self.feature_sink(parameters, self.OUTPUT, context, fields,
                                          QgsWkbTypes.multiType(sites.wkbType()), crs)
        if sink is None:
            raise InputError(tr("the output cannot be written"), self.OUTPUT)
        for i, feature in enumerate(features):
            out = QgsFeature(fields)
            geom = feature.geometry()
            geom.convertToMultiType()
            out.setGeometry(geom)
            values = [int(summary.base_rank[i]), round(float(summary.mean_rank[i]), 3),
                      float(summary.p05[i]), float(summary.p95[i]),
                      round(float(summary.p_top[i]), 4), k, int(low[i]), int(high[i])]
            if scenarios is not None:
                ranks = scenarios[1][:, i]
                values += [int(r) for r in ranks] + [int((ranks <= k).sum())]
            out.setAttributes(feature.attributes() + values)
            sink.addFeature(out, QgsFeatureSink.FastInsert)
        return dest

    def _write_oat(self, parameters, context, names, rows):
        fields = QgsFields()
        for name, kind in (("criterion", "string"), ("change_pct", "double"), ("site", "int"),
                           ("rank", "int")):
            fields.append(make_field(name, kind))
        sink, dest = self.feature_sink(parameters, self.OAT_TABLE, context, fields,
                                          QgsWkbTypes.NoGeometry, QgsCoordinateReferenceSystem())
        for criterion, change, ranks in rows:
            for site, rank in enumerate(ranks, 1):
                f = QgsFeature(fields)
                f.setAttributes([names[criterion], round(100 * float(change), 2), site,
                                 int(rank)])
                sink.addFeature(f, QgsFeatureSink.FastInsert)
        return dest

    def _cells(self, io, paths, sets, outputs, parameters, context, feedback):
        sources = []
        with io.gdal_env():
            try:
                sources.append(self.open_raster(io, paths[0], self.CRITERIA))
                grid = sources[0].grid
                sources += [self.open_raster(io, p, self.CRITERIA, grid) for p in paths[1:]]

                def compute(window):
                    return cell_mean_cv(np.stack([s.read(window) for s in sources]), sets)

                return self.write_rasters(context, feedback, grid, compute, [
                    (self.CELL_MEAN, outputs[0], tr("mean score over the weight samples"),
                     "score.qml"),
                    (self.CELL_CV, outputs[1], tr("coefficient of variation of the score"),
                     "values")], {"RUIMTE_ALGORITHM": "ruimte:sensitivity"},
                    progress=self.progress(feedback, 60, 100))
            finally:
                for source in sources:
                    source.close()
