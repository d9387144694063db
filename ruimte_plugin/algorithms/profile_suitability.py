"""ruimte:profilesuitability — one company profile, all criteria, one suitability map."""

import json
import os

from qgis.core import (QgsProcessing, QgsProcessingMultiStepFeedback,
                       QgsProcessingParameterFeatureSource,
                       QgsProcessingParameterRasterDestination, QgsProcessingUtils, QgsRectangle)

from ..core.errors import Cancelled, InputError
from ..core.park_potential import new_park_advice
from ..i18n import tr, user_language
from .analysis_grid import LayerExtent
from .base import RuimteAlgorithm, input_for
from .packages import load_rasterio_io
from .profile_pipeline import FinalPass, aggregation_of, run_criterion
from .profile_inputs import (ACCEPT_MISSING, CAPACITY_AREAS, CEMT_FIELD, HABITATS, KNOWLEDGE,
                             MOTORWAYS, NETWORK, PROFILE, PROTECTED, RAIL_TERMINALS, RAMPS,
                             SENSITIVE, STATIONS, SUBSTATIONS, VALUE_FIELD, VALUED, WATERWAYS,
                             add_profile_inputs, profiles_help,
                             add_profile_parameters, criterion_label, read_profile,
                             read_profile_inputs)

#: criterion -> the output parameter of its score raster
CRITERION_OUTPUTS = {
    "nitrogen": "NITROGEN_SCORE", "grid": "GRID_SCORE", "zoning": "ZONING_SCORE",
    "landscape": "LANDSCAPE_SCORE", "accessibility": "ACCESSIBILITY_SCORE",
    "regional_value": "REGIONAL_VALUE_SCORE",
}


class ProfileSuitabilityAlgorithm(RuimteAlgorithm):
    group_id = "profiles"
    OUTPUT = "OUTPUT"
    EXCLUDED = "EXCLUDED"
    EVIDENCE = "EVIDENCE"
    STUDY_AREA = "STUDY_AREA"

    def name(self):
        return "profilesuitability"

    def displayName(self):  # noqa: N802
        return tr("Suitability for a company profile")

    def shortDescription(self):  # noqa: N802
        return tr("One run for one company type: nitrogen, grid, zoning, landscape and "
                  "accessibility with the profile's settings and weights, combined into one "
                  "suitability map.")

    def tags(self):
        return tr("profiel,bedrijfsprofiel,geschiktheid,XXL,logistiek,datacenter,elektrolyser,"
                  "recycling,HMC,profile,suitability,company").split(",")

    def shortHelpString(self):  # noqa: N802
        return tr(
            "<p>Choose a built-in PROFILE or your own PROFILE_FILE (JSON, schema "
            "ruimte-profile/1; see resources/profiles). The profile sets the building height, "
            "VNG category, grid need, emissions, transport needs, the criterion weights (or an "
            "AHP matrix), the aggregation and which hard rules exclude. Every number in a "
            "profile says its source or that it is an assumption.</p>"
            "<p><b>Missing evidence is never suitability.</b> The profile marks each criterion "
            "(and each transport mode) essential or optional, with the reason (its 'evidence' "
            "block). A missing essential input stops the run with a message that names it, "
            "unless ACCEPT_MISSING is ticked. A criterion without data is NOT ASSESSED: it is "
            "left out, the other weights are renormalised to sum 1, and this is said in the "
            "layer names, the band description, the metadata (RUIMTE_PROFILE, "
            "RUIMTE_EVIDENCE), and by the site tables and reports built on the result. A layer "
            "without features counts as no data. EVIDENCE shows per cell how many of the "
            "profile's criteria have data there (e.g. outside the capacity map the grid "
            "criterion has none).</p><ul>"
            "<li>nitrogen: HABITATS (ruimte:nitrogen with the profile's emissions)</li>"
            "<li>grid: CAPACITY_AREAS, optional SUBSTATIONS (ruimte:gridcapacity; the status "
            "field is the profile's direction, afname or opwek)</li>"
            "<li>zoning: SENSITIVE houses (ruimte:zoning with the profile's category)</li>"
            "<li>landscape: PROTECTED and/or VALUED (ruimte:landscape with the profile's "
            "building height)</li>"
            "<li>accessibility: RAMPS or MOTORWAYS, WATERWAYS, RAIL_TERMINALS as the profile "
            "needs (ruimte:accessibility)</li>"
            "<li>regional_value, only for a profile that weights it (no built-in profile does): "
            "STATIONS and/or KNOWLEDGE (ruimte:regionalvalue with its default distances); "
            "optional unless the profile's evidence block says otherwise</li></ul>"
            "<p>Hard rules (protected land, inside the VNG guide distance, grid status 3) "
            "exclude: score 0. EXCLUDED shows them (0 = excluded). Outside the STUDY_AREA "
            "every output is NoData. All criteria run on one "
            "grid: EXTENT (default: all inputs together), PIXEL_SIZE, TARGET_CRS. Loaded "
            "outputs land in the layer group 'Ruimte — &lt;profile&gt;'.</p>") + \
            profiles_help() + "<p>" + tr(
                "EXCLUDED, EVIDENCE and the criterion scores are intermediate results: they "
                "are written only when you give them a file (or tick them in the dialog).") + \
            "</p>"

    def initAlgorithm(self, config=None):  # noqa: N802
        add_profile_parameters(self)
        add_profile_inputs(self)
        self.add(QgsProcessingParameterFeatureSource(self.STUDY_AREA, tr("Study area"),
                                                     [QgsProcessing.TypeVectorPolygon],
                                                     optional=True),
                 tr("Only land inside these polygons is analysed (e.g. the province); outside "
                    "is NoData."))
        self.add_grid_parameters(extent_help=tr("Empty: all inputs together."))
        self.add(QgsProcessingParameterRasterDestination(self.OUTPUT, tr("Suitability")),
                 tr("Suitability 0-1 for the profile."))
        self.add(QgsProcessingParameterRasterDestination(
            self.EXCLUDED, tr("Excluded by hard rules (0 = excluded)"), optional=True,
            createByDefault=False), tr("0 where a hard rule of the profile excludes."))
        self.add(QgsProcessingParameterRasterDestination(
            self.EVIDENCE, tr("Criteria assessed per cell"), optional=True,
            createByDefault=False),
            tr("Per cell the number of the profile's weighted criteria that have data there "
               "(all = complete evidence); the band description names them."))
        for criterion, name in CRITERION_OUTPUTS.items():
            self.add(QgsProcessingParameterRasterDestination(
                name, tr("Criterion score: {}").format(criterion_label(criterion)), optional=True,
                createByDefault=False), tr("Score 0-1 of this criterion."))

    # ------------------------------------------------------------ the profile
    def _plan(self, profile, parameters, sources, layers, feedback):
        """({criterion: (algorithm id, child parameters)} for the criteria whose inputs are
        there, [transport modes left out for lack of data]). Layers go to the children as the
        raw parameter values (a layer, path or source definition)."""
        given = lambda name: sources.get(name) is not None  # noqa: E731
        plan = {}
        if given(HABITATS):
            plan["nitrogen"] = ("ruimte:nitrogen", {
                "HABITATS": parameters.get(HABITATS),
                "EMISSION_NOX": profile.nox_kg, "EMISSION_NH3": profile.nh3_kg,
                "THRESHOLD": profile.threshold})
        if given(CAPACITY_AREAS):
            plan["grid"] = ("ruimte:gridcapacity", {
                "AREAS": parameters.get(CAPACITY_AREAS),
                "STATUS_FIELD": profile.direction, "REQUIRED_MVA": profile.required_mva,
                "SUBSTATIONS": parameters.get(SUBSTATIONS)})
        if given(SENSITIVE):
            plan["zoning"] = ("ruimte:zoning", {
                "SENSITIVE": parameters.get(SENSITIVE),
                "CATEGORY": profile.category, "AREA_TYPE": profile.area_type})
        if layers[PROTECTED] or layers[VALUED]:
            plan["landscape"] = ("ruimte:landscape", {
                "PROTECTED": layers[PROTECTED], "VALUED": layers[VALUED],
                "VALUE_FIELD": parameters.get(VALUE_FIELD),
                "BUILDING_HEIGHT": profile.building_height_m})
        if profile.weights.get("regional_value", 0) > 0 and (given(STATIONS) or
                                                              given(KNOWLEDGE)):
            plan["regional_value"] = ("ruimte:regionalvalue", {
                "STATIONS": parameters.get(STATIONS) if given(STATIONS) else None,
                "KNOWLEDGE": parameters.get(KNOWLEDGE) if given(KNOWLEDGE) else None})
        access, missing = self._access_plan(profile, parameters, sources)
        if access:
            plan["accessibility"] = ("ruimte:accessibility", access)
        return plan, missing

    def _access_plan(self, profile, parameters, sources):
        params, missing = {"MODES": profile.modes}, []
        if profile.road:
            road = RAMPS if sources[RAMPS] is not None else MOTORWAYS
            if sources[road] is not None:
                params.update({road: parameters.get(road),
                               "NETWORK": parameters.get(NETWORK),
                               "IDEAL_DISTANCE": profile.road.ideal_m,
                               "MAX_DISTANCE": profile.road.max_m})
            else:
                missing.append("road")
        if profile.water:
            if sources[WATERWAYS] is not None:
                params.update({"WATERWAYS": parameters.get(WATERWAYS),
                               "CEMT_FIELD": parameters.get(CEMT_FIELD),
                               "MIN_CEMT": profile.water.min_cemt,
                               "WATER_IDEAL_DISTANCE": profile.water.ideal_m,
                               "WATER_MAX_DISTANCE": profile.water.max_m})
            else:
                missing.append("water")
        if profile.rail:
            if sources[RAIL_TERMINALS] is not None:
                params.update({"RAIL_TERMINALS": parameters.get(RAIL_TERMINALS),
                               "RAIL_IDEAL_DISTANCE": profile.rail.ideal_m,
                               "RAIL_MAX_DISTANCE": profile.rail.max_m})
            else:
                missing.append("rail")
        return (params if len(params) > 1 else None), missing

    # ------------------------------------------------------------ running
    def execute(self, parameters, context, feedback):
        """Runs the profile; on an error or a cancellation the files already written by the
        child algorithms are removed, so no partial result stays behind."""
        written = []
        try:
            results = self._run(parameters, context, feedback, written)
            if feedback.isCanceled():
                raise Cancelled()
            return results
        except BaseException:
            for path in written:
                for leftover in (path, path + ".aux.xml"):
                    if os.path.exists(leftover):
                        os.remove(leftover)
            raise

    def _run(self, parameters, context, feedback, written):
        load_rasterio_io()
        from ..core.evidence import INPUTS, assess, refuse_missing
        profile = read_profile(self, parameters, context)
        advice = new_park_advice(profile.category)
        if advice:              # the map is still made; locatesites will not place a new park
            feedback.pushWarning(tr("{}: {}. The suitability map is made, but 'Locate new "
                                    "sites' will locate no new business park for it.")
                                 .format(profile.name(user_language()), advice))
        sources, layers = read_profile_inputs(self, parameters, context, feedback)
        plan, missing_modes = self._plan(profile, parameters, sources, layers, feedback)
        assessment = assess(profile.needs, set(plan), missing_modes)
        assessment.accepted = self.parameterAsBoolean(parameters, ACCEPT_MISSING, context)
        with input_for(**INPUTS):                  # the input of each criterion and mode
            refuse_missing(assessment, ACCEPT_MISSING)
        with input_for(PROFILE):
            weights, dropped = profile.weights_for(set(plan))
        for item in assessment.missing:
            feedback.pushWarning(tr("NOT ASSESSED: {} has no input data ({}); why it matters: "
                                    "{}. The other weights are renormalised.").format(
                item.text(), item.data, item.reason))
        plan = {c: plan[c] for c in weights}          # the weighted ones, in weight order
        grid, crs = self.analysis_grid(parameters, context,
                                       fallback_extent=self._extent(sources, layers, context))
        grid_params = {"EXTENT": f"{grid.x_min},{grid.x_max},{grid.y_min},{grid.y_max} "
                                 f"[{crs.authid()}]",
                       "PIXEL_SIZE": grid.res_x, "TARGET_CRS": crs}
        group = "Ruimte — " + profile.name(user_language())
        feedback.pushInfo(tr("Profile {} ({}): weights {}; grid {}.").format(
            profile.id, profile.weights_method, ", ".join(f"{c} {w:.3f}" for c, w in
                                                          weights.items()), grid.describe()))

        excluded = self.optional_output(parameters, self.EXCLUDED, context)
        evidence = self.optional_output(parameters, self.EVIDENCE, context)
        steps = QgsProcessingMultiStepFeedback(len(plan) + 1, feedback)
        criteria, kept = [], []
        for i, (criterion, (alg_id, params)) in enumerate(plan.items()):
            steps.setCurrentStep(i)
            steps.pushInfo(tr("{} ({})").format(criterion, alg_id))
            out = self.optional_output(parameters, CRITERION_OUTPUTS[criterion], context) or \
                QgsProcessingUtils.generateTempFilename(f"{criterion}.tif")
            child = dict(grid_params, **{k: v for k, v in params.items() if v is not None},
                         OUTPUT=out)
            rule = {"landscape": "protected_areas", "zoning": "zoning_guide_distance",
                    "grid": "grid_shortage"}.get(criterion)
            if rule and profile.constraints.get(rule):
                child["CONSTRAINT"] = QgsProcessingUtils.generateTempFilename(
                    f"{criterion}_constraint.tif")     # asked for, never written
            # the criterion up to its writing step; its blocks are made in the final pass
            criteria.append(run_criterion(self, criterion, alg_id, child, context, steps))
            if steps.isCanceled():
                raise Cancelled()
            if CRITERION_OUTPUTS[criterion] in parameters and \
                    self.optional_output(parameters, CRITERION_OUTPUTS[criterion], context):
                kept.append(criteria[-1])

        steps.setCurrentStep(len(plan))
        study_area = self.parameterAsSource(parameters, self.STUDY_AREA, context)
        area = self._study_area(crs, study_area, context, feedback) \
            if study_area is not None else None
        out_path = self.output_file(parameters, self.OUTPUT, context)
        names = self._layer_names(profile, assessment)
        weighted = sum(1 for w in profile.weights.values() if w > 0)
        aggregation = aggregation_of(profile, weights)
        conventions = aggregation.conventions()
        conventions["constraints"] = ("raster: 0 excludes (also as NoData), other NoData does "
                                      "not; polygon: cell centre inside excludes; excluded "
                                      "cells score 0")
        conventions.update(profile=profile.id, weights_method=profile.weights_method)
        summary = assessment.summary()
        tags = dict(
            self.provenance(parameters, context, conventions, []),
            RUIMTE_EVIDENCE=summary or "complete: every criterion of the profile assessed",
            RUIMTE_PROFILE=json.dumps({
                "id": profile.id, "name": {"nl": profile.name_nl, "en": profile.name_en},
                "file": profile.source_file, "weights_used": weights, "left_out": dropped,
                "modes_left_out": missing_modes, "evidence": assessment.as_dict(),
                "note": "NOT ASSESSED for lack of data: " + ", ".join(
                    m.key for m in assessment.missing) + "; the other weights renormalised"
                if assessment.missing else ""}))
        final = FinalPass(grid, criteria, aggregation, area, bool(excluded), bool(evidence),
                          kept)
        files = [(self.OUTPUT, out_path, tr("suitability 0-1") + (f"; {summary}" if summary
                                                                   else ""), None)]
        if excluded:
            files.append((self.EXCLUDED, excluded, tr("excluded by hard rules: 0"), None))
        if evidence:
            files.append((self.EVIDENCE, evidence, tr(
                "criteria assessed per cell, of {}").format(weighted), None))
        for c in kept:
            files.append((CRITERION_OUTPUTS[c.name], c.outputs[c.score_index][1],
                          c.outputs[c.score_index][2], None))
        written += [f[1] for f in files]
        io = load_rasterio_io()
        self.write_rasters(context, steps, grid, final.compute, files,
                           {"RUIMTE_ALGORITHM": "ruimte:profilesuitability"},
                           block_size=max(c.block for c in criteria),
                           threads=io.default_threads())
        feedback.pushInfo(tr("Grid: {}. Cells excluded by constraints: {}; unknown: {}.")
                          .format(grid.describe(), final.excluded_cells, final.unknown_cells))
        io.update_tags(out_path, tags)
        results = {}
        for c in kept:       # each criterion's own provenance, as its algorithm writes it
            path = c.outputs[c.score_index][1]
            io.update_tags(path, c.tags)
            results[CRITERION_OUTPUTS[c.name]] = path
            self.style_output(context, path, "score.qml", group)
        for name, path, style in ((self.EXCLUDED, excluded, "constraint.qml"),
                                  (self.EVIDENCE, evidence, f"evidence:{weighted}")):
            if path:
                results[name] = path
                self.style_output(context, path, style, group, names[name])
        self.style_output(context, out_path, "score.qml", group, names[self.OUTPUT])
        results[self.OUTPUT] = out_path
        return results

    def _layer_names(self, profile, assessment):
        """Layer names that say what was not assessed."""
        suffix = f" ({assessment.summary()})" if assessment.missing else ""
        name = profile.name(user_language())
        return {self.OUTPUT: tr("Suitability: {}").format(name) + suffix,
                self.EXCLUDED: tr("Excluded by hard rules: {}").format(name) + suffix,
                self.EVIDENCE: tr("Criteria assessed: {}").format(name)}

    def _study_area(self, crs, source, context, feedback):
        """The study area's polygons (a core.rasterize.FeatureSet: cell centre inside)."""
        from ..core.rasterize import FeatureSet
        return FeatureSet(self.read_vector(source, crs, context, self.STUDY_AREA, feedback,
                                           geometry="polygon").wkbs)

    def _extent(self, sources, layers, context):
        """The inputs' extents together, in the CRS of the first input."""
        items = [(s.sourceExtent(), s.sourceCrs()) for s in sources.values() if s is not None]
        items += [(lyr.extent(), lyr.crs()) for lyrs in layers.values() for lyr in lyrs]
        if not items:
            raise InputError(tr("give at least one data input or an EXTENT"), self.EXTENT)
        crs = items[0][1]
        extent = QgsRectangle()
        for rect, rect_crs in items:
            extent.combineExtentWith(self.transform_extent(rect, rect_crs, crs, context))
        return LayerExtent(extent, crs)
