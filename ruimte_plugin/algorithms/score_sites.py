"""ruimte:scoresites — rank candidate sites (plots, business parks) with reasons."""

from dataclasses import dataclass, field
import re

from qgis.core import (QgsFeature, QgsFeatureSink, QgsMapLayer, QgsProcessing,
                       QgsProcessingParameterFeatureSink, QgsProcessingParameterFeatureSource,
                       QgsProcessingParameterMultipleLayers, QgsProcessingParameterRasterLayer,
                       QgsProcessingParameterString, QgsProcessingUtils, QgsWkbTypes)

from ..core.aggregate import METHODS, Aggregation
from ..core.criteria.regional_value import component_label
from ..core.errors import InputError
from ..core.rounding import rounded
from ..core.weights import weights_from_text
from ..i18n import tr, user_language
from .analysis_grid import LayerExtent
from .base import RuimteAlgorithm
from .fields import extend_fields
from .layers import layer_label
from .packages import load_rasterio_io
from .parameters import input_for
from .profile_inputs import (CAPACITY_AREAS, PASSED_ON, PROFILE, PROTECTED, SENSITIVE,
                             add_profile_inputs, add_profile_parameters, read_profile)

CRITERION_OUTPUTS = {"nitrogen": "NITROGEN_SCORE", "grid": "GRID_SCORE",
                     "zoning": "ZONING_SCORE", "landscape": "LANDSCAPE_SCORE",
                     "accessibility": "ACCESSIBILITY_SCORE",
                     "regional_value": "REGIONAL_VALUE_SCORE"}


def field_name(text):
    """A short, safe field name from a layer name."""
    name = re.sub(r"[^0-9a-zA-Z]+", "_", text).strip("_").lower()
    return (name or "criterion")[:24]


#: internal name of the union of all constraints (a name no layer can have)
ALL = "\0all"
#: internal name of the cells where evidence is incomplete
PARTIAL = "\0partial"
#: internal name of the regional added value raster (reported beside the score, not in it)
REGIONAL = "\0regional"


@dataclass
class Evidence:
    """What a profile run did not assess: its Missing items, the profile's needs, and the
    EVIDENCE raster (criteria assessed per cell) with the number of weighted criteria."""
    missing: list = field(default_factory=list)
    needs: dict = field(default_factory=dict)
    raster: str = None
    total: int = 0


def _excluded_by(source):
    """A constraint raster as a mask: True where it is 0 (excluded)."""
    return lambda window: source.read(window) == 0


def _any_of(masks):
    """True where any of the masks is."""
    def hit(window):
        out = masks[0][1](window).copy()
        for _, other in masks[1:]:
            out |= other(window)
        return out
    return hit


class ScoreSitesAlgorithm(RuimteAlgorithm):
    group_id = "sites"
    SITES = "SITES"
    CRITERIA = "CRITERIA"
    WEIGHTS = "WEIGHTS"
    METHOD = "METHOD"
    CONSTRAINTS = "CONSTRAINTS"
    MIN_AREA_HA = "MIN_AREA_HA"
    REGIONAL_VALUE = "REGIONAL_VALUE"
    OUTPUT = "OUTPUT"

    def name(self):
        return "scoresites"

    def displayName(self):  # noqa: N802
        return tr("Score and rank candidate sites")

    def shortDescription(self):  # noqa: N802
        return tr("Per site the mean and minimum score of each criterion, the share excluded, a "
                  "total score, a rank and the reasons for every failed hard rule.")

    def tags(self):
        return tr("locaties,kavels,bedrijventerreinen,rangorde,uitsluiting,redenen,sites,rank,"
                  "reasons,zonal statistics,IBIS").split(",")

    def shortHelpString(self):  # noqa: N802
        return tr(
            "<p>Scores SITES (plots or business parks, e.g. IBIS) in one of two ways:</p><ul>"
            "<li><b>With a company PROFILE</b> (or PROFILE_FILE) and its data inputs: the "
            "profile's criteria are computed over the sites (as in 'Suitability for a company "
            "profile', PIXEL_SIZE default 25 m) and its hard rules are checked on each site "
            "polygon in vector space, with the measured value, the threshold and the source: "
            "e.g. <i>distance to houses 180 m &lt; 300 m (VNG, \"Bedrijven en milieuzonering\" "
            "(2009), Tabel 1, category 4.2, rustige woonwijk)</i>; overlap with protected land; "
            "grid status 3; and a site (or its usable area) smaller than the profile needs.</li>"
            "<li><b>With CRITERIA</b> (score rasters on one grid), WEIGHTS, METHOD and "
            "CONSTRAINTS (rasters with 0 = excluded, or polygons): the reasons name the "
            "constraint and the hectares it excludes; MIN_AREA_HA is the area needed.</li></ul>"
            "<p>Per site: area_ha, usable_ha (outside every exclusion), excl_pct, per criterion "
            "&lt;name&gt;_mean and &lt;name&gt;_min, <b>score</b> = the criteria's means combined "
            "with the weights and method (0 when excluded), <b>rank</b> (1 = best; excluded "
            "sites last), <b>excluded</b> (usable area below what is needed), <b>reasons</b>, "
            "<b>weakest</b> (the criterion that costs the site most: the largest weight "
            "&times; (1 &minus; mean score); <b>weakest_loss</b> is that loss, and for wlc the "
            "losses of all criteria add up to 1 &minus; score), <b>not_assessed</b> (criteria "
            "without data: missing from the profile run, or with no data inside the site; the "
            "score leaves them out, it does not count them as suitable), "
            "<b>essential_missing</b> (those the profile marks essential; 'Allocate a programme "
            "to sites' never gives such a site to the profile), <b>evidence_pct</b> (with a "
            "profile: the share of the site where every criterion has data) and "
            "<b>profile</b> (the profile's id; empty without a profile; 'Allocate a programme "
            "to sites' reads it). ACCEPT_MISSING is passed on to the profile run.</p>"
            "<p>With REGIONAL_VALUE (an output of 'Regional added value and clusters'): per "
            "site <b>regional_value</b>, its mean, and <b>rv_not_assessed</b>, the components "
            "that run did not assess (from the raster's metadata). They are reported beside "
            "the score, not in it.</p>"
            "<p>Which cells count (as QGIS's zonal statistics): cells whose centre lies inside "
            "the site; NoData cells are skipped; a site with at most one such cell uses every "
            "cell it touches, weighted by the share it covers.</p>")

    def initAlgorithm(self, config=None):  # noqa: N802
        self.add(QgsProcessingParameterFeatureSource(self.SITES, tr("Candidate sites"),
                                                     [QgsProcessing.TypeVectorPolygon]),
                 tr("Plots or business parks (polygons)."))
        add_profile_parameters(self, optional=True)
        add_profile_inputs(self)
        self.add(QgsProcessingParameterMultipleLayers(self.CRITERIA, tr("Criterion scores"),
                                                      QgsProcessing.TypeRaster, optional=True),
                 tr("Without a profile: score rasters (0-1) on one grid."))
        self.add(QgsProcessingParameterString(self.WEIGHTS, tr("Weights"), optional=True),
                 tr("Without a profile: one weight per criterion (empty: equal), separated by "
                    "',' (0.5,0.3,0.2) or, with decimal commas, by ';' (0,5;0,3;0,2)."))
        self.add_choice(self.METHOD, tr("Aggregation method"), METHODS, "wlc",
                        tr("Without a profile: how the criterion means combine."))
        self.add(QgsProcessingParameterMultipleLayers(self.CONSTRAINTS, tr("Constraints"),
                                                      QgsProcessing.TypeMapLayer, optional=True),
                 tr("Without a profile: rasters (0 = excluded) or polygons (excluded)."))
        self.add_number(self.MIN_AREA_HA, tr("Area needed (ha)"),
                        tr("Without a profile: the usable area a site needs; empty: none."),
                        optional=True, minimum=0)
        self.add(QgsProcessingParameterRasterLayer(self.REGIONAL_VALUE,
                                                   tr("Regional added value"), optional=True),
                 tr("An output of 'Regional added value and clusters': its mean per site is "
                    "reported as regional_value, beside the score (not in it)."))
        self.add_grid_parameters(extent_help=tr("Empty: the extent of the sites."))
        self.add(QgsProcessingParameterFeatureSink(self.OUTPUT, tr("Ranked sites"),
                                                   QgsProcessing.TypeVectorPolygon),
                 tr("The sites with scores, rank, excluded and reasons."))

    # ------------------------------------------------------------ running
    def execute(self, parameters, context, feedback):
        io = load_rasterio_io()
        sites = self.site_source(parameters, self.SITES, context)
        profile = read_profile(self, parameters, context)
        grid, crs = self.analysis_grid(parameters, context, fallback_extent=LayerExtent.of_source(
            sites, self.SITES))
        data = self.read_vector(sites, crs, context, self.SITES, feedback, geometry="polygon",
                                keep_features=True)
        if not data.wkbs:
            raise InputError(tr("the site layer has no polygons"), self.SITES)
        if profile is not None:
            rasters, aggregation, excl, checker, evidence = self._profile_mode(
                profile, parameters, context, feedback, grid, crs)
            min_ha = profile.area_ha[0]
        else:
            rasters, aggregation, excl = self._criteria_mode(parameters, context, feedback)
            checker, min_ha = None, self.optional_number(parameters, self.MIN_AREA_HA, context)
            evidence = Evidence()
        regional = self._regional(io, parameters, context)
        rows, table = self._score(io, data.wkbs, rasters, aggregation,
                                  (excl, evidence, regional), checker, min_ha, context, feedback)
        return {self.OUTPUT: self._write(parameters, context, sites, crs, data.features, rows,
                                         table, [name for name, _ in rasters],
                                         profile.id if profile is not None else None, regional)}

    def _regional(self, io, parameters, context):
        """(path, components not assessed) of REGIONAL_VALUE, or None when not given."""
        layer = self.parameterAsRasterLayer(parameters, self.REGIONAL_VALUE, context)
        if layer is None:
            return None
        path = self.raster_file(layer, self.REGIONAL_VALUE)
        info = io.read_tags(path).get("RUIMTE_REGIONAL")
        if not isinstance(info, dict):
            raise InputError(tr("layer '{}' is not an output of 'Regional added value and "
                                "clusters' (it has no RUIMTE_REGIONAL metadata)")
                             .format(layer.name()), self.REGIONAL_VALUE)
        return path, ", ".join(component_label(k) for k in info.get("not_assessed", []))

    def _profile_mode(self, profile, parameters, context, feedback, grid, crs):
        """Run the profile over the sites; return criterion rasters, aggregation, exclusion
        raster and the vector rule checker."""
        import processing
        child = {name: parameters[name] for name in PASSED_ON if parameters.get(name)}
        child.update(PROFILE_FILE=profile.source_file, PIXEL_SIZE=grid.res_x, TARGET_CRS=crs,
                     EXTENT=f"{grid.x_min},{grid.x_max},{grid.y_min},{grid.y_max} "
                            f"[{crs.authid()}]",
                     OUTPUT=QgsProcessingUtils.generateTempFilename("suitability.tif"),
                     EXCLUDED=QgsProcessingUtils.generateTempFilename("excluded.tif"))
        for criterion, name in CRITERION_OUTPUTS.items():
            child[name] = QgsProcessingUtils.generateTempFilename(f"{criterion}.tif")
        child["EVIDENCE"] = QgsProcessingUtils.generateTempFilename("evidence.tif")
        result = processing.run("ruimte:profilesuitability", child, context=context,
                                feedback=feedback, is_child_algorithm=True)
        from ..core.evidence import missing_from_tags
        from ..core.rasterio_io import read_tags
        tags = read_tags(result["OUTPUT"])["RUIMTE_PROFILE"]
        used = tags["weights_used"]
        evidence = Evidence(missing_from_tags(tags.get("evidence")), profile.needs,
                            result["EVIDENCE"],
                            sum(1 for w in profile.weights.values() if w > 0))
        rasters = [(c, result[CRITERION_OUTPUTS[c]]) for c in used]
        with input_for(PROFILE):           # the profile's own numbers: a profile problem
            aggregation = Aggregation(profile.method, tuple(used.values()), 0.9,
                                      profile.order_weights).validate(len(used))
        return (rasters, aggregation, result["EXCLUDED"],
                self._checker(profile, parameters, context, crs, feedback), evidence)

    def _checker(self, profile, parameters, context, crs, feedback):
        """A function geom -> SiteVerdict with the profile's hard rules on the vector data."""
        from shapely import wkb
        from ..core.criteria.grid_capacity import GridCapacityRule, parse_status
        from ..core.criteria.zoning import ZoningRule
        from ..core.site_rules import check_site

        protected = []
        if profile.constraints.get("protected_areas"):
            for layer in self.parameterAsLayerList(parameters, PROTECTED, context):
                shapes = [wkb.loads(bytes(b)) for b in self.read_vector(
                    layer, crs, context, PROTECTED, feedback, geometry="polygon").wkbs]
                protected.append((layer_label(layer), shapes))
        zoning, houses = None, None
        source = self.parameterAsSource(parameters, SENSITIVE, context)
        if source is not None and profile.constraints.get("zoning_guide_distance"):
            with input_for(PROFILE):
                zoning = ZoningRule(profile.category, profile.area_type).validate()
            data = self.read_vector(source, crs, context, SENSITIVE, feedback,
                                    parameters=parameters)
            houses = (data.points, [wkb.loads(bytes(b)) for b in data.wkbs])
        grid_rule, areas = None, []
        source = self.parameterAsSource(parameters, CAPACITY_AREAS, context)
        if source is not None and profile.constraints.get("grid_shortage"):
            with input_for(PROFILE):
                grid_rule = GridCapacityRule(profile.required_mva).validate()
            fields = [profile.direction] + [f for f in ("station", "voedingsgebied_naam")
                                            if source.fields().indexOf(f) >= 0][:1]
            data = self.read_vector(source, crs, context, CAPACITY_AREAS, feedback,
                                    fields=tuple(fields), geometry="polygon")
            names = data.attributes.get(fields[-1]) if len(fields) > 1 else None
            areas = [(wkb.loads(bytes(b)), parse_status(s), (names[i] if names else f"#{i + 1}"))
                     for i, (b, s) in enumerate(zip(data.wkbs,
                                                    data.attributes[profile.direction]))]
        return lambda geom, min_ha: check_site(
            geom, min_ha, profile.name(user_language()), protected, zoning, houses, grid_rule, areas,
            profile.direction)

    def _criteria_mode(self, parameters, context, feedback):
        layers = self.parameterAsLayerList(parameters, self.CRITERIA, context)
        if not layers:
            raise InputError(tr("give a PROFILE, or CRITERIA rasters"), self.CRITERIA)
        rasters = [(field_name(layer_label(layer)), self.raster_file(layer, self.CRITERIA))
                   for layer in layers]
        text = self.optional_string(parameters, self.WEIGHTS, context)
        with input_for(self.WEIGHTS):
            weights = weights_from_text(text, len(layers)).values
        method = self.parameterAsEnumString(parameters, self.METHOD, context)
        with input_for(method=self.METHOD, criteria=self.CRITERIA, weights=self.WEIGHTS):
            aggregation = Aggregation(method, tuple(float(w) for w in weights)).validate(
                len(layers))
        constraints = self.parameterAsLayerList(parameters, self.CONSTRAINTS, context)
        return rasters, aggregation, constraints

    # ------------------------------------------------------------ zonal statistics
    def _score(self, io, wkbs, rasters, aggregation, exclusion, checker, min_ha, context,
               feedback):
        """(rows, ZonalTable of the sites ``wkbs``): per site a row (excluded share, verdict,
        score, weakest, (not assessed labels, essential keys not assessed, share of the site
        with complete evidence))."""
        import numpy as np
        from ..core.evidence import site_evidence
        from ..core.rasterize import FeatureSet
        from ..core.site_cells import PolygonRings, polygon_areas
        from ..core.site_rules import SiteVerdict
        from ..core.sites import RuleCheck, weakest_criteria, zonal_table
        excl, evidence, regional = exclusion

        sources = []
        with io.gdal_env():
            try:
                first = self.open_raster(io, rasters[0][1], self.CRITERIA, label=rasters[0][0],
                                         score=True)
                sources.append(first)
                for name, path in rasters[1:]:
                    sources.append(self.open_raster(io, path, self.CRITERIA, first.grid,
                                                    score=True, label=name))
                zonal_grid = first.grid
                masks = []
                if isinstance(excl, str):
                    source = io.RasterSource(excl, 1, zonal_grid, label="excluded", raw=True)
                    sources.append(source)
                    masks.append(("excluded", _excluded_by(source)))
                else:
                    for layer in excl or []:
                        if layer.type() == QgsMapLayer.RasterLayer:
                            source = self.open_raster(
                                io, self.raster_file(layer, self.CONSTRAINTS), self.CONSTRAINTS,
                                zonal_grid, "nearest", layer.name(), raw=True)
                            sources.append(source)
                            masks.append((layer_label(layer), _excluded_by(source)))
                        else:
                            from qgis.core import QgsCoordinateReferenceSystem
                            crs = QgsCoordinateReferenceSystem(zonal_grid.crs)
                            polygons = FeatureSet(self.polygon_wkbs(layer, crs, context,
                                                                   self.CONSTRAINTS))
                            masks.append((layer_label(layer),
                                          lambda w, p=polygons: p.mask(zonal_grid, w)))
                readers = [(name, source.read) for (name, _), source in zip(rasters, sources)]
                if regional is not None:
                    source = self.open_raster(io, regional[0], self.REGIONAL_VALUE, zonal_grid,
                                              "average", "regional value")
                    sources.append(source)
                    readers.append((REGIONAL, source.read))
                partial = []
                if evidence.raster:
                    source = io.RasterSource(evidence.raster, 1, zonal_grid, label="evidence")
                    sources.append(source)
                    partial = [(PARTIAL, lambda w, s=source, n=evidence.total:
                                ~(s.read(w) >= n))]
                feedback.setProgress(5)
                sites = PolygonRings(wkbs)         # read once: for the cells and the areas
                table = zonal_table(zonal_grid, sites, readers,
                                    masks + ([(ALL, _any_of(masks))] if len(masks) > 1
                                             else []) + partial,
                                    feedback.isCanceled, self.threads())
            finally:
                for source in sources:
                    source.close()
        # every site's means at once (the aggregation works cell by cell: the same numbers)
        names = [n for n, _ in rasters]
        all_means = table.mean[:len(rasters)].astype(np.float32)[:, :, None]
        all_scores = aggregation.apply(all_means)[:, 0].tolist()
        all_weakest = weakest_criteria(names, all_means[:, :, 0], aggregation.weights)
        no_data = (table.count[:len(rasters)] == 0).T.tolist()
        shares = {name: table.share[j].tolist() for j, name in enumerate(table.mask_names)}
        excluded = shares.get(ALL, shares.get(masks[0][0]) if masks else None)
        areas = (polygon_areas(sites) / 1e4).tolist()
        if checker is not None:
            from shapely import wkb
        rows = []
        for i, area_ha in enumerate(areas):
            if feedback.isCanceled():
                from ..core.errors import Cancelled
                raise Cancelled()
            if i % 100 == 0:
                feedback.setProgress(50 + 50 * i / len(areas))
            excluded_share = excluded[i] if excluded else 0.0
            if checker is not None:
                verdict = checker(wkb.loads(wkbs[i]), min_ha)
            else:
                verdict = SiteVerdict(area_ha, area_ha * (1 - excluded_share))
                for name, _ in masks:
                    share = shares[name][i]
                    if share > 0:
                        verdict.checks.append(RuleCheck("constraint", tr(
                            "{:.1f} ha ({:.0f} % of the site) excluded by {}")
                            .format(share * area_ha, 100 * share, name)))
                if min_ha is not None and verdict.usable_ha < min_ha:
                    verdict.checks.append(RuleCheck("area", tr(
                        "usable area {:.1f} ha < {:g} ha needed").format(
                            verdict.usable_ha, min_ha), blocking=True))
                verdict.excluded = verdict.usable_ha <= 0 or (
                    min_ha is not None and verdict.usable_ha < min_ha)
            score = 0.0 if verdict.excluded else all_scores[i]
            empty = [n for n, e in zip(names, no_data[i]) if e]
            labels, essential = site_evidence(evidence.missing, evidence.needs, empty)
            complete = None if not evidence.raster else 1.0 - shares[PARTIAL][i]
            rows.append((excluded_share, verdict, score, all_weakest[i],
                         (labels, essential, complete)))
        return rows, table

    # ------------------------------------------------------------ output
    def _write(self, parameters, context, sites, crs, features, rows, table, names,
               profile_id, regional=None):
        """The ranked sites: ``features`` (the sites as read, in ``crs``) with their rows of
        _score and their statistics in ``table``."""
        from ..core.sites import rank
        extra = [("area_ha", "double"), ("usable_ha", "double"), ("excl_pct", "double")]
        for name in names:
            extra += [(f"{name}_mean", "double"), (f"{name}_min", "double")]
        extra += [("score", "double"), ("rank", "int"), ("excluded", "int"),
                  ("reasons", "string"), ("weakest", "string"), ("weakest_loss", "double"),
                  ("not_assessed", "string"), ("essential_missing", "string"),
                  ("evidence_pct", "double"), ("profile", "string")]
        if regional is not None:
            extra += [("regional_value", "double"), ("rv_not_assessed", "string")]
        fields = extend_fields(sites.fields(), extra)
        sink, dest = self.feature_sink(parameters, self.OUTPUT, context, fields,
                                          QgsWkbTypes.multiType(sites.wkbType()), crs)
        if sink is None:
            raise InputError(tr("the output cannot be written"), self.OUTPUT)
        ranks = rank([r[2] for r in rows], [r[1].excluded for r in rows])
        stats = []                           # per criterion: means and minima, None: no data
        for name in names:
            j = table.row(name)
            stats += [_rounded(table.mean[j], table.count[j]),
                      _rounded(table.minimum[j], table.count[j])]
        if regional is not None:
            j = table.row(REGIONAL)
            stats.append(_rounded(table.mean[j], table.count[j]))
        for i, (feature, (share, verdict, score, weakest, known), rank_) in enumerate(zip(
                features, rows, ranks)):
            values = [round(verdict.area_ha, 3), round(verdict.usable_ha, 3),
                      round(100 * share, 2)]
            values += [column[i] for column in stats[:2 * len(names)]]
            values += [round(score, 5), rank_, int(verdict.excluded), verdict.reasons,
                       weakest[0], None if weakest[1] is None else round(weakest[1], 5),
                       ", ".join(known[0]), ";".join(known[1]),
                       None if known[2] is None else round(100 * known[2], 2), profile_id]
            if regional is not None:
                values += [stats[-1][i], regional[1]]
            out = QgsFeature(fields)
            geom = feature.geometry()
            geom.convertToMultiType()
            out.setGeometry(geom)
            out.setAttributes(feature.attributes() + values)
            sink.addFeature(out, QgsFeatureSink.FastInsert)
        self.style_output(context, dest, "sites")
        return dest


def _rounded(values, counts, digits=5):
    """``values`` (an array) as a list rounded to ``digits`` decimals (core.rounding: Python's
    round, for all sites at once); None where ``counts`` is 0 (no data)."""
    return [v if c else None for v, c in zip(rounded(values, digits).tolist(),
                                             counts.tolist())]
