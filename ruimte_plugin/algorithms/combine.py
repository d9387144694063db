"""ruimte:combine — criterion score rasters -> one suitability raster."""

from qgis.core import (QgsMapLayer, QgsProcessing, QgsProcessingParameterMultipleLayers,
                       QgsProcessingParameterRasterDestination, QgsProcessingParameterRasterLayer,
                       QgsProcessingParameterString)

from ..core.aggregate import DEFAULT_GAMMA, METHODS, WEIGHTED_METHODS, Aggregation
from ..core.errors import InputError
from ..core.numbers import parse_number_list
from ..core.standardize import parse_specs
from ..core.weights import weights_from_text
from ..i18n import tr
from .base import RuimteAlgorithm
from .packages import load_rasterio_io
from .parameters import input_for

WEIGHTS_MODES = ("weights", "ranks")
RESAMPLING_CHOICES = ("none", "nearest", "bilinear", "average")


class CombineAlgorithm(RuimteAlgorithm):
    CRITERIA = "CRITERIA"
    WEIGHTS = "WEIGHTS"
    WEIGHTS_MODE = "WEIGHTS_MODE"
    METHOD = "METHOD"
    GAMMA = "GAMMA"
    ORDER_WEIGHTS = "ORDER_WEIGHTS"
    STANDARDIZE = "STANDARDIZE"
    CONSTRAINTS = "CONSTRAINTS"
    MASK = "MASK"
    RESAMPLING = "RESAMPLING"
    OUTPUT = "OUTPUT"

    def name(self):
        return "combine"

    def displayName(self):  # noqa: N802
        return tr("Combine criteria into suitability")

    def shortDescription(self):  # noqa: N802
        return tr("Weighted overlay of score rasters (WLC, weighted product, fuzzy operators, "
                  "OWA) with constraints.")

    def tags(self):
        return tr("wlc,weighted overlay,weighted sum,owa,fuzzy overlay,gamma,mcda,suitability,"
                  "geschiktheid,combineren,multicriteria").split(",")

    def shortHelpString(self):  # noqa: N802
        return tr(
            "<p>Combines criterion scores z<sub>j</sub> (0-1 rasters, e.g. from "
            "<i>Standardize to score</i>) with weights w<sub>j</sub> (normalised to sum 1):</p><ul>"
            "<li><b>wlc</b>: &Sigma; w<sub>j</sub> z<sub>j</sub> (weighted linear combination)</li>"
            "<li><b>wpm</b>: &Pi; z<sub>j</sub><sup>w<sub>j</sub></sup> (weighted product; one "
            "zero gives 0)</li>"
            "<li><b>and</b> (minimum), <b>or</b> (maximum), <b>product</b>, <b>sum</b> "
            "(1 &minus; &Pi;(1 &minus; z<sub>j</sub>)) and <b>gamma</b> "
            "(SUM<sup>&gamma;</sup>&middot;PRODUCT<sup>1&minus;&gamma;</sup>): the fuzzy "
            "operators of Esri's Fuzzy Overlay; they ignore the weights.</li>"
            "<li><b>owa</b>: ordered weighted averaging in the Eastman/IDRISI convention. At each "
            "cell the criteria are ranked by score, rank 1 = lowest; ORDER_WEIGHTS v<sub>r</sub> "
            "(one per rank, first for the lowest score) re-weight the criterion weights: "
            "u<sub>j</sub> = w<sub>j</sub> v<sub>r(j)</sub> / &Sigma; w v; score = &Sigma; "
            "u<sub>j</sub> z<sub>j</sub>. 1,0,0 = AND (no trade-off), equal order weights = "
            "WLC, 0,0,1 = OR. The log reports ANDness, ORness and trade-off.</li></ul>"
            "<p><b>STANDARDIZE</b> (optional) turns value rasters into scores on the fly, as "
            "<i>Standardize to score</i> would, without writing them first: one entry per "
            "criterion, separated by ';'; an entry is empty (the raster is a score already), "
            "FUNCTION,DIRECTION,A,B,C,D for linear, sigmoid or jshaped (e.g. "
            "<i>linear,decreasing,,,500,5000</i>: 1 up to 500 m, 0 from 5000 m) or "
            "FUNCTION,MIDPOINT,SPREAD for large, small, gaussian or near.</p>"
            "<p>WEIGHTS_MODE <i>ranks</i> reads WEIGHTS as ranks (1 = most important) and uses "
            "rank-order centroid weights (Barron &amp; Barrett 1996). Empty WEIGHTS = equal "
            "weights.</p>"
            "<p><b>Constraints</b> force a score of 0: a raster excludes where its value is 0 "
            "(even when 0 is its NoData value; another NoData value does not exclude); a "
            "polygon layer excludes cells whose centre lies inside a polygon. A cell where any "
            "criterion is NoData is NoData, unless a "
            "constraint excludes it.</p>"
            "<p><b>Grid</b>: by default the first criterion's grid. All criteria must be on the "
            "same grid unless RESAMPLING is set, which warps the others onto it on the fly "
            "(constraint rasters always with nearest neighbour). EXTENT, PIXEL_SIZE, TARGET_CRS "
            "or REFERENCE_LAYER define another grid (then set RESAMPLING).</p>")

    def initAlgorithm(self, config=None):  # noqa: N802
        self.add(QgsProcessingParameterMultipleLayers(self.CRITERIA, tr("Criterion scores"),
                                                      QgsProcessing.TypeRaster),
                 tr("Score rasters (0-1, 1 = most suitable), one per criterion, in the order of "
                    "the weights."))
        self.add(QgsProcessingParameterString(self.WEIGHTS, tr("Weights"), optional=True),
                 tr("One weight per criterion, separated by ',' (0.5,0.3,0.2) or, with decimal "
                    "commas, by ';' (0,5;0,3;0,2), or the WEIGHTS output of 'AHP weights'. "
                    "They are normalised to sum 1, with a warning when they did not. Empty = "
                    "equal weights."))
        self.add_choice(self.WEIGHTS_MODE, tr("Weights are"), WEIGHTS_MODES, "weights",
                        tr("weights: the numbers are weights. ranks: the numbers are ranks "
                           "(1 = most important), turned into rank-order centroid weights."),
                        advanced=True)
        self.add_choice(self.METHOD, tr("Aggregation method"), METHODS, "wlc",
                        tr("wlc, wpm, and, or, product, sum, gamma or owa; see the help for "
                           "the formulas."))
        self.add_number(self.GAMMA, tr("Gamma"),
                        tr("For method gamma: 0 = fuzzy PRODUCT, 1 = fuzzy SUM. Default 0.9 as in "
                           "Esri's Fuzzy Overlay."), default=DEFAULT_GAMMA, minimum=0,
                        maximum=1, advanced=True)
        self.add(QgsProcessingParameterString(self.ORDER_WEIGHTS, tr("Order weights (OWA)"),
                                              optional=True),
                 tr("For method owa: one weight per rank, the first for the lowest score at a "
                    "cell; they must sum to 1. 1,0,0 = AND, equal = WLC, 0,0,1 = OR. Separated "
                    "by ',' or, with decimal commas, by ';' (0,5;0,3;0,2)."))
        self.add(QgsProcessingParameterString(self.STANDARDIZE, tr("Standardize on the fly"),
                                              optional=True),
                 tr("Per criterion (separated by ';'): empty = a score already, or "
                    "FUNCTION,DIRECTION,A,B,C,D / FUNCTION,MIDPOINT,SPREAD as in 'Standardize to "
                    "score'. Decimals with a point (0.5): ',' and ';' already separate, so a "
                    "decimal comma cannot be read here."), advanced=True)
        self.add(QgsProcessingParameterMultipleLayers(self.CONSTRAINTS, tr("Constraints"),
                                                      QgsProcessing.TypeMapLayer, optional=True),
                 tr("Rasters (0 = excluded) or polygon layers (inside = excluded). Excluded "
                    "cells score 0."))
        self.add(QgsProcessingParameterRasterLayer(self.MASK, tr("Study area mask"),
                                                   optional=True),
                 tr("A raster on the analysis grid: where it is 0 or NoData the output is NoData "
                    "(outside the study area), not 0 (excluded)."), advanced=True)
        self.add_choice(self.RESAMPLING, tr("Resampling of criteria on another grid"),
                        RESAMPLING_CHOICES, "none",
                        tr("none: refuse criteria that are not on the analysis grid. nearest, "
                           "bilinear or average: warp them onto the grid on the fly (GDAL warp)."),
                        advanced=True)
        self.add_grid_parameters(default_pixel=None, default_crs=None,
                                 extent_help=tr("Empty: the first criterion's grid."))
        for name in (self.EXTENT, self.PIXEL_SIZE, self.TARGET_CRS):
            definition = self.parameterDefinition(name)
            definition.setFlags(definition.flags() | definition.Flag.FlagAdvanced)
        self.add(QgsProcessingParameterRasterDestination(self.OUTPUT, tr("Suitability")),
                 tr("Float32 GeoTIFF with suitability 0-1."))

    # ------------------------------------------------------------ reading parameters
    def _aggregation(self, parameters, context, count, feedback):
        method = self.parameterAsEnumString(parameters, self.METHOD, context)
        text = self.optional_string(parameters, self.WEIGHTS, context)
        weights = ()
        if method in WEIGHTED_METHODS:
            mode = "ranks" if self.parameterAsEnumString(
                parameters, self.WEIGHTS_MODE, context) == "ranks" else "direct"
            with input_for(self.WEIGHTS):
                result = weights_from_text(text, count, mode)
            for warning in result.warnings:
                feedback.pushWarning(tr("Weights: {}").format(warning))
            if not text:
                feedback.pushInfo(tr("No weights given: equal weights are used."))
            weights = tuple(float(w) for w in result.values)
        elif text:
            feedback.pushInfo(tr("Method {} does not use weights; WEIGHTS is ignored.")
                              .format(method))
        order = ()
        if method == "owa":
            order_text = self.optional_string(parameters, self.ORDER_WEIGHTS, context)
            if not order_text:
                raise InputError(tr("method owa needs one order weight per criterion"),
                                 self.ORDER_WEIGHTS)
            with input_for(self.ORDER_WEIGHTS):
                order = tuple(parse_number_list(order_text))
        gamma = self.parameterAsDouble(parameters, self.GAMMA, context)
        with input_for(method=self.METHOD, criteria=self.CRITERIA, weights=self.WEIGHTS,
                       gamma=self.GAMMA, order_weights=self.ORDER_WEIGHTS):
            return Aggregation(method, weights, gamma, order).validate(count)

    # ------------------------------------------------------------ running
    def execute(self, parameters, context, feedback):
        io = load_rasterio_io()
        from ..core.overlay import Overlay
        from ..core.rasterize import FeatureSet

        layers = self.parameterAsLayerList(parameters, self.CRITERIA, context)
        if not layers:
            raise InputError(tr("give at least one criterion raster"), self.CRITERIA)
        paths = [self.raster_file(layer, self.CRITERIA) for layer in layers]
        aggregation = self._aggregation(parameters, context, len(layers), feedback)
        with input_for(self.STANDARDIZE):
            specs = parse_specs(self.optional_string(parameters, self.STANDARDIZE, context),
                                len(layers))
        grid, crs = self.analysis_grid(parameters, context, default_layer=layers[0],
                                       default_name=self.CRITERIA)
        resampling = self.parameterAsEnumString(parameters, self.RESAMPLING, context)
        resampling = None if resampling == "none" else resampling
        constraints = self.parameterAsLayerList(parameters, self.CONSTRAINTS, context)
        out_path = self.output_file(parameters, self.OUTPUT, context)

        conventions = aggregation.conventions()
        if any(specs):
            conventions["standardize"] = [s.describe() if s else None for s in specs]
        conventions["constraints"] = ("raster: 0 excludes (also as NoData), other NoData does "
                                      "not; polygon: cell centre inside excludes; excluded "
                                      "cells score 0")
        if resampling:
            conventions["resampling"] = resampling
        self._log_method(aggregation, layers, feedback)
        tags = self.provenance(parameters, context, conventions,
                               paths + [c.source() for c in constraints])
        with io.gdal_env():
            sources = []
            try:
                for layer, path, spec in zip(layers, paths, specs):
                    sources.append(self.open_raster(io, path, self.CRITERIA, grid, resampling,
                                                    layer.name(), score=not spec))
                rasters, polygons = [], []
                for layer in constraints:
                    if layer.type() == QgsMapLayer.RasterLayer:
                        rasters.append(self.open_raster(
                            io, self.raster_file(layer, self.CONSTRAINTS), self.CONSTRAINTS,
                            grid, resampling and "nearest", layer.name(), raw=True))
                        sources.append(rasters[-1])
                    else:
                        polygons.append(FeatureSet(self.polygon_wkbs(layer, crs, context,
                                                                     self.CONSTRAINTS)))
                mask_layer = self.parameterAsRasterLayer(parameters, self.MASK, context)
                mask = None
                if mask_layer is not None:
                    mask = self.open_raster(io, self.raster_file(mask_layer, self.MASK),
                                            self.MASK, grid, resampling and "nearest",
                                            mask_layer.name())
                    sources.append(mask)
                overlay = Overlay(grid, sources[:len(layers)], aggregation, rasters, polygons,
                                  specs, mask)
                results = self.write_rasters(
                    context, feedback, grid, overlay.compute,
                    [(self.OUTPUT, out_path, tr("suitability 0-1"), "score.qml")], tags,
                    threads=io.default_threads())
            finally:
                for source in sources:
                    source.close()
        feedback.pushInfo(tr("Grid: {}. Cells excluded by constraints: {}; unknown: {}.")
                          .format(grid.describe(), overlay.excluded_cells, overlay.unknown_cells))
        return results

    @staticmethod
    def _log_method(aggregation, layers, feedback):
        if aggregation.weights:
            feedback.pushInfo(tr("Weights used: {}").format(", ".join(
                f"{layer.name()} {w:.4f}" for layer, w in zip(layers, aggregation.weights))))
        if aggregation.method == "owa":
            c = aggregation.conventions()
            feedback.pushInfo(tr("OWA order weights {}: ANDness {:.3f}, ORness {:.3f}, "
                                 "trade-off {:.3f}").format(c["order_weights"], c["andness"],
                                                            c["orness"], c["tradeoff"]))
