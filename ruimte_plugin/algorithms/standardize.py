"""ruimte:standardize — a value raster (distance, deposition, ...) to a 0..1 score raster."""

from qgis.core import (QgsProcessingParameterBand, QgsProcessingParameterMatrix,
                       QgsProcessingParameterRasterDestination, QgsProcessingParameterRasterLayer)

from ..core.standardize import DIRECTIONS, FUNCTIONS, TABLE_MODES, Standardization, parse_table
from ..i18n import tr
from .base import RuimteAlgorithm
from .packages import load_rasterio_io
from .parameters import input_for


class StandardizeAlgorithm(RuimteAlgorithm):
    INPUT = "INPUT"
    BAND = "BAND"
    FUNCTION = "FUNCTION"
    DIRECTION = "DIRECTION"
    A, B, C, D = "A", "B", "C", "D"
    MIDPOINT = "MIDPOINT"
    SPREAD = "SPREAD"
    TABLE = "TABLE"
    TABLE_MODE = "TABLE_MODE"
    UNKNOWN_SCORE = "UNKNOWN_SCORE"
    OUTPUT = "OUTPUT"

    def name(self):
        return "standardize"

    def displayName(self):  # noqa: N802
        return tr("Standardize to score (fuzzy)")

    def shortDescription(self):  # noqa: N802
        return tr("Turns a value raster (a distance, a deposition, a height) into a suitability "
                  "score from 0 (unsuitable) to 1 (most suitable).")

    def tags(self):
        return tr("fuzzy,fuzzify,standardise,standardize,rescale,score,membership,sigmoid,"
                  "geschiktheid,standaardiseren").split(",")

    def shortHelpString(self):  # noqa: N802
        return tr(
            "<p>Turns each cell's value x into a score from 0 (unsuitable) to 1 (most suitable)."
            "</p>"
            "<p><b>Control-point functions</b> (IDRISI/TerrSet FUZZY convention, points "
            "A &le; B &le; C &le; D): <i>increasing</i> rises from A (0) to B (1); "
            "<i>decreasing</i> falls from C (1) to D (0); <i>symmetric</i> rises A&rarr;B, is 1 "
            "from B to C and falls C&rarr;D.</p><ul>"
            "<li><b>linear</b>: (x&minus;A)/(B&minus;A) rising, (D&minus;x)/(D&minus;C) "
            "falling.</li>"
            "<li><b>sigmoid</b>: cos&sup2;((1&minus;t)&middot;&pi;/2) with "
            "t=(x&minus;A)/(B&minus;A) "
            "rising, cos&sup2;(t&middot;&pi;/2) with t=(x&minus;C)/(D&minus;C) falling.</li>"
            "<li><b>jshaped</b>: 1/(1+((x&minus;B)/(B&minus;A))&sup2;) below B, "
            "1/(1+((x&minus;C)/(D&minus;C))&sup2;) above C; 0.5 at A (or D), never quite 0.</li>"
            "</ul><p><b>Midpoint/spread functions</b>, the same formulas as QGIS's "
            "<i>Fuzzify raster</i> algorithms (DIRECTION does not apply):</p><ul>"
            "<li><b>large</b>: 1/(1+(x/MIDPOINT)<sup>&minus;SPREAD</sup>), x &le; 0 scores 0</li>"
            "<li><b>small</b>: 1/(1+(x/MIDPOINT)<sup>SPREAD</sup>), x &le; 0 scores 1</li>"
            "<li><b>gaussian</b>: exp(&minus;SPREAD&middot;(x&minus;MIDPOINT)&sup2;)</li>"
            "<li><b>near</b>: 1/(1+SPREAD&middot;(x&minus;MIDPOINT)&sup2;)</li></ul>"
            "<p><b>table</b>: value,score pairs; TABLE_MODE <i>interpolate</i> is piecewise "
            "linear between the pairs and constant beyond them; <i>exact</i> is categorical (a "
            "class value gets its score; other values are unknown).</p>"
            "<p>NoData cells score UNKNOWN_SCORE, or stay NoData when it is empty. The output "
            "is a Float32 GeoTIFF on the input's grid, NoData &minus;9999, with the function "
            "and its parameters recorded in the file's metadata.</p>")

    def initAlgorithm(self, config=None):  # noqa: N802
        self.add(QgsProcessingParameterRasterLayer(self.INPUT, tr("Value raster")),
                 tr("Raster with the values to standardise, e.g. a distance in metres."))
        # optional: QGIS 3.22 rejects a missing band value even though it has a default
        self.add(QgsProcessingParameterBand(self.BAND, tr("Band"), 1, self.INPUT, optional=True),
                 tr("Band of the value raster to use (default 1)."))
        self.add_choice(self.FUNCTION, tr("Function"), FUNCTIONS, "linear",
                        tr("Shape of the value-to-score function; see the algorithm help for "
                           "the formulas."))
        self.add_choice(self.DIRECTION, tr("Direction"), DIRECTIONS, "increasing",
                        tr("For linear, sigmoid and jshaped: increasing (higher value = better, "
                           "uses A and B), decreasing (lower = better, uses C and D) or "
                           "symmetric (best between B and C, uses A-D)."))
        for name, text in ((self.A, tr("A: rising limb starts (score 0)")),
                           (self.B, tr("B: rising limb ends (score 1)")),
                           (self.C, tr("C: falling limb starts (score 1)")),
                           (self.D, tr("D: falling limb ends (score 0)"))):
            self.add_number(name, text, tr("Control point in the units of the value raster; "
                                           "A <= B <= C <= D."), optional=True)
        self.add_number(self.MIDPOINT, tr("Midpoint"),
                        tr("For large/small: the value that scores 0.5. For gaussian/near: the "
                           "value that scores 1."), optional=True)
        self.add_number(self.SPREAD, tr("Spread"),
                        tr("Steepness for large/small (QGIS default 5) and width for "
                           "gaussian/near (QGIS default 0.01; smaller = wider); above 0."),
                        optional=True)
        self.add(QgsProcessingParameterMatrix(self.TABLE, tr("Value-score table"),
                                              hasFixedNumberRows=False,
                                              headers=[tr("Value"), tr("Score")],
                                              optional=True),
                 tr("For FUNCTION=table: pairs of value and score (0-1); a cell may hold a "
                    "decimal comma (0,8). On the command line: TABLE=0,1,500,0.8,1000,0 or, "
                    "with decimal commas, separated by ';': TABLE=0;1;500;0,8;1000;0."))
        self.add_choice(self.TABLE_MODE, tr("Table mode"), TABLE_MODES, "interpolate",
                        tr("interpolate: piecewise linear between the table's values; exact: "
                           "categories, other values are unknown."), advanced=True)
        self.add_number(self.UNKNOWN_SCORE, tr("Score for unknown cells"),
                        tr("Score (0-1) given to NoData cells of the value raster. Leave empty "
                           "to keep them NoData."), optional=True, minimum=0, maximum=1,
                        advanced=True)
        self.add(QgsProcessingParameterRasterDestination(self.OUTPUT, tr("Score")),
                 tr("Float32 GeoTIFF with scores 0-1."))

    def execute(self, parameters, context, feedback):
        io = load_rasterio_io()
        layer = self.parameterAsRasterLayer(parameters, self.INPUT, context)
        path = self.raster_file(layer, self.INPUT)
        table = parameters.get(self.TABLE)
        if not isinstance(table, str):      # a typed string keeps its ';' (decimal commas)
            table = self.parameterAsMatrix(parameters, self.TABLE, context) \
                if table not in (None, "", []) else []
        number = lambda name: self.optional_number(parameters, name, context)  # noqa: E731
        with input_for(self.TABLE):
            table = parse_table(table) if table else ()
        with input_for(function=self.FUNCTION, direction=self.DIRECTION, a=self.A, b=self.B,
                       c=self.C, d=self.D, midpoint=self.MIDPOINT, spread=self.SPREAD,
                       table=self.TABLE, table_mode=self.TABLE_MODE,
                       unknown_score=self.UNKNOWN_SCORE):
            function = Standardization(
                function=self.parameterAsEnumString(parameters, self.FUNCTION, context),
                direction=self.parameterAsEnumString(parameters, self.DIRECTION, context),
                a=number(self.A), b=number(self.B), c=number(self.C), d=number(self.D),
                midpoint=number(self.MIDPOINT), spread=number(self.SPREAD), table=table,
                table_mode=self.parameterAsEnumString(parameters, self.TABLE_MODE, context),
                unknown_score=number(self.UNKNOWN_SCORE)).validate()
        band = self.parameterAsInt(parameters, self.BAND, context) or 1
        out_path = self.output_file(parameters, self.OUTPUT, context)
        feedback.pushInfo(tr("Function: {}").format(function.describe()))
        tags = self.provenance(parameters, context, {"standardization": function.as_dict(),
                                                     "formula": function.describe()}, [path])
        with io.gdal_env(), io.RasterSource(path, band, label=layer.name()) as source:
            return self.write_rasters(
                context, feedback, source.grid, lambda w: (function.apply(source.read(w)),),
                [(self.OUTPUT, out_path, tr("score 0-1"), "score.qml")], tags,
                threads=self.threads())
