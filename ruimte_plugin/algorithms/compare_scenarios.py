"""ruimte:comparescenarios — two suitability scenarios: a difference map and the sites whose
rank changed."""

import numpy as np
from qgis.core import (QgsFeature, QgsFeatureSink, QgsProcessing,
                       QgsProcessingParameterFeatureSink, QgsProcessingParameterFeatureSource,
                       QgsProcessingParameterMultipleLayers,
                       QgsProcessingParameterRasterDestination,
                       QgsProcessingParameterRasterLayer, QgsProcessingParameterString,
                       QgsProcessingUtils, QgsWkbTypes)

from ..core.errors import InputError
from ..i18n import tr
from .base import RuimteAlgorithm
from .fields import extend_fields
from .layers import shapely_of, usable_features
from .packages import load_rasterio_io


class CompareScenariosAlgorithm(RuimteAlgorithm):
    group_id = "sites"
    SUITABILITY_A = "SUITABILITY_A"
    SUITABILITY_B = "SUITABILITY_B"
    CRITERIA = "CRITERIA"
    WEIGHTS_A = "WEIGHTS_A"
    WEIGHTS_B = "WEIGHTS_B"
    SITES = "SITES"
    OUTPUT = "OUTPUT"
    RANK_CHANGES = "RANK_CHANGES"

    def name(self):
        return "comparescenarios"

    def displayName(self):  # noqa: N802
        return tr("Compare two scenarios")

    def shortDescription(self):  # noqa: N802
        return tr("Difference map of two suitability scenarios, and the sites whose rank "
                  "changed.")

    def tags(self):
        return tr("scenario,vergelijken,verschil,gewichten,rangorde,compare,difference,"
                  "weights,rank change").split(",")

    def shortHelpString(self):  # noqa: N802
        return tr(
            "<p>Scenario A and B are either two suitability rasters (SUITABILITY_A, "
            "SUITABILITY_B, on one grid) or one set of CRITERIA with two weight sets "
            "(WEIGHTS_A, WEIGHTS_B; each scenario is their weighted sum, WLC).</p>"
            "<p>OUTPUT = B &minus; A per cell (&minus;1 to 1: blue where B is better, red where "
            "it is worse). With SITES, each site's mean in A and in B (cell centres inside, as "
            "'Score and rank candidate sites') ranks the sites in both scenarios; RANK_CHANGES "
            "lists the sites whose rank changed, with rank_a, rank_b and rank_change = rank_a "
            "&minus; rank_b (positive = climbed).</p>")

    def initAlgorithm(self, config=None):  # noqa: N802
        for name, label in ((self.SUITABILITY_A, tr("Scenario A: suitability")),
                            (self.SUITABILITY_B, tr("Scenario B: suitability"))):
            self.add(QgsProcessingParameterRasterLayer(name, label, optional=True),
                     tr("Suitability raster 0-1 of the scenario."))
        self.add(QgsProcessingParameterMultipleLayers(self.CRITERIA, tr("Criterion scores"),
                                                      QgsProcessing.TypeRaster, optional=True),
                 tr("Instead of two suitability rasters: criteria and two weight sets."))
        for name, label in ((self.WEIGHTS_A, tr("Scenario A: weights")),
                            (self.WEIGHTS_B, tr("Scenario B: weights"))):
            self.add(QgsProcessingParameterString(name, label, optional=True),
                     tr("One weight per criterion, e.g. 0.5,0.3,0.2, or with decimal commas "
                        "separated by ';': 0,5;0,3;0,2."))
        self.add(QgsProcessingParameterFeatureSource(self.SITES, tr("Sites"),
                                                     [QgsProcessing.TypeVectorPolygon],
                                                     optional=True),
                 tr("Candidate sites to rank in both scenarios."))
        self.add(QgsProcessingParameterRasterDestination(self.OUTPUT, tr("Difference B - A")),
                 tr("B minus A per cell."))
        self.add(QgsProcessingParameterFeatureSink(self.RANK_CHANGES, tr("Sites whose rank "
                                                                         "changed"),
                                                   QgsProcessing.TypeVectorPolygon,
                                                   optional=True, createByDefault=True),
                 tr("Sites with rank_a, rank_b, rank_change."))

    def _scenarios(self, parameters, context, feedback):
        """Paths of the two suitability rasters (computed from criteria when needed)."""
        a = self.parameterAsRasterLayer(parameters, self.SUITABILITY_A, context)
        b = self.parameterAsRasterLayer(parameters, self.SUITABILITY_B, context)
        if a is not None and b is not None:
            return (self.raster_file(a, self.SUITABILITY_A),
                    self.raster_file(b, self.SUITABILITY_B))
        criteria = parameters.get(self.CRITERIA)
        if not criteria:
            raise InputError(tr("give SUITABILITY_A and SUITABILITY_B, or CRITERIA with "
                                "WEIGHTS_A and WEIGHTS_B"), self.SUITABILITY_A)
        import processing
        paths = []
        for name in (self.WEIGHTS_A, self.WEIGHTS_B):
            weights = self.optional_string(parameters, name, context)
            if not weights:
                raise InputError(tr("give the weights of this scenario"), name)
            try:
                paths.append(processing.run("ruimte:combine", {
                    "CRITERIA": criteria, "WEIGHTS": weights, "METHOD": "wlc",
                    "OUTPUT": QgsProcessingUtils.generateTempFilename(f"{name}.tif")},
                    context=context, feedback=feedback, is_child_algorithm=True)["OUTPUT"])
            except Exception as err:
                raise InputError(str(err).split("\n")[-1], name) from None
        return tuple(paths)

    def execute(self, parameters, context, feedback):
        io = load_rasterio_io()
        path_a, path_b = self._scenarios(parameters, context, feedback)
        out_path = self.output_file(parameters, self.OUTPUT, context)
        sites = self.parameterAsSource(parameters, self.SITES, context)
        if sites is not None and parameters.get(self.RANK_CHANGES):
            self.check_geometries(sites, self.SITES)      # before anything is written
        with io.gdal_env(), self.open_raster(io, path_a, self.SUITABILITY_A, label="A",
                                                score=True) as a:
            grid = a.grid
            with self.open_raster(io, path_b, self.SUITABILITY_B, grid, label="B",
                                  score=True) as b:
                results = self.write_rasters(
                    context, feedback, grid, lambda w: (b.read(w) - a.read(w),),
                    [(self.OUTPUT, out_path, tr("suitability B - A"), "difference.qml")],
                    self.provenance(parameters, context, {"difference": "B - A"},
                                    [path_a, path_b]), threads=self.threads())
                if sites is not None and parameters.get(self.RANK_CHANGES):
                    results[self.RANK_CHANGES] = self._rank_changes(parameters, context, sites,
                                                                    grid, a, b, feedback)
        return results

    def _rank_changes(self, parameters, context, sites, grid, a, b, feedback):
        from ..core.sensitivity import competition_ranks
        from ..core.sites import zonal_table
        from qgis.core import QgsCoordinateReferenceSystem, QgsFeatureRequest
        crs = QgsCoordinateReferenceSystem(grid.crs)
        request = QgsFeatureRequest().setDestinationCrs(crs, context.transformContext())
        features = usable_features(sites, request)
        geoms = [shapely_of(f.geometry()) for f in features]
        table = zonal_table(grid, geoms, [("a", a.read), ("b", b.read)],
                            cancelled=feedback.isCanceled, threads=self.threads())
        score_a, score_b = table.mean                 # NaN: no data at the site
        rank_a = competition_ranks(np.nan_to_num(score_a, nan=-1)[None, :])[0]
        rank_b = competition_ranks(np.nan_to_num(score_b, nan=-1)[None, :])[0]
        fields = extend_fields(sites.fields(), [("score_a", "double"), ("score_b", "double"),
                                                ("rank_a", "int"), ("rank_b", "int"),
                                                ("rank_change", "int")])
        sink, dest = self.feature_sink(parameters, self.RANK_CHANGES, context, fields,
                                          QgsWkbTypes.multiType(sites.wkbType()), crs)
        changed = 0
        for i, feature in enumerate(features):
            if rank_a[i] == rank_b[i]:
                continue
            changed += 1
            out = QgsFeature(fields)
            geom = feature.geometry()
            geom.convertToMultiType()
            out.setGeometry(geom)
            out.setAttributes(feature.attributes() + [
                None if np.isnan(score_a[i]) else round(float(score_a[i]), 5),
                None if np.isnan(score_b[i]) else round(float(score_b[i]), 5),
                int(rank_a[i]), int(rank_b[i]), int(rank_a[i] - rank_b[i])])
            sink.addFeature(out, QgsFeatureSink.FastInsert)
        feedback.pushInfo(tr("{} of {} sites changed rank.").format(changed, len(features)))
        return dest
