"""ruimte:prepareaerius — an AERIUS result (IMAER GML) -> a deposition raster (mol N/ha/yr) on
the receptor hexagons, for ruimte:nitrogen's DEPOSITION_RASTER or to map a calculation."""

import numpy as np

from qgis.core import (QgsCoordinateReferenceSystem, QgsProcessingParameterFile,
                       QgsProcessingParameterRasterDestination, QgsRectangle)

from ..core.errors import InputError
from ..core.prepare.receptors import (HECTARE, SUBSTANCES, deposition, hexagon_radius,
                                      rasterize_receptors)
from ..i18n import tr
from .analysis_grid import LayerExtent
from .base import input_for
from .packages import load_rasterio_io
from .prepare_common import PrepareAlgorithm


def dataset():
    """The dataset this reader expects, in words (for messages)."""
    return tr("an AERIUS Calculator or Connect result file (IMAER GML, e.g. "
              "AERIUS_..._Situatie1.gml, exported from https://calculator.aerius.nl) with "
              "ReceptorPoint results")


class PrepareAeriusAlgorithm(PrepareAlgorithm):
    INPUT = "INPUT"
    SUBSTANCE = "SUBSTANCE"
    HEX_AREA = "HEX_AREA"
    OUTPUT = "OUTPUT"

    def name(self):
        return "prepareaerius"

    def displayName(self):  # noqa: N802
        return tr("AERIUS result (IMAER GML) -> deposition raster (nitrogen)")

    def shortDescription(self):  # noqa: N802
        return tr("Rasterises the receptor deposition of an AERIUS calculation: each cell takes "
                  "the value of the receptor hexagon that contains its centre.")

    def tags(self):
        return tr("AERIUS,IMAER,GML,depositie,receptor,hexagon,stikstof,nitrogen,deposition,"
                  "data preparation").split(",")

    def shortHelpString(self):  # noqa: N802
        return tr(
            "<p>Input: a result file of AERIUS Calculator or AERIUS Connect (IMAER GML, any "
            "IMAER version; made at https://calculator.aerius.nl: export the calculation "
            "as GML). The file's receptors (ReceptorPoint / CalculationPoint: hexagons of 1 ha "
            "over Natura 2000 habitat, EPSG:28992) and their DEPOSITION results are read.</p>"
            "<p>SUBSTANCE: total (NH3 + NOx, or the file's NOXNH3 sum), NH3 or NOX. Values in "
            "mol N/ha/yr. Each cell whose centre lies in a receptor's hexagon (HEX_AREA, "
            "default 10,000 m² = 1 ha as in AERIUS: circumradius 62 m) takes that receptor's "
            "value; other cells are NoData. The pixel size should be well below the hexagon "
            "(default 25 m).</p>"
            "<p><b>What the raster means.</b> It is the deposition of the calculated "
            "situation on the habitat receptors. 'Nitrogen deposition screening' reads its "
            "DEPOSITION_RASTER as the deposition a company at each cell would cause; an AERIUS "
            "file gives that only where it holds such a value per location (e.g. results "
            "assembled per candidate site). Otherwise use the raster to map and check the "
            "calculation, e.g. against the screening's DEPOSITION.</p>")

    def initAlgorithm(self, config=None):  # noqa: N802
        self.add(QgsProcessingParameterFile(self.INPUT, tr("AERIUS result (IMAER GML)"),
                                            extension="gml"),
                 tr("GML exported from AERIUS Calculator or Connect."))
        self.add_choice(self.SUBSTANCE, tr("Substance"), SUBSTANCES, "total",
                        tr("total = NH3 + NOx deposition (mol N/ha/yr)."))
        self.add_number(self.HEX_AREA, tr("Receptor hexagon area (m²)"),
                        tr("Default 10000 m²: AERIUS receptors are hexagons of 1 ha."),
                        default=HECTARE, minimum=1, advanced=True)
        self.add_grid_parameters(extent_help=tr("Empty: the receptors' hexagons."))
        self.add(QgsProcessingParameterRasterDestination(self.OUTPUT,
                                                         tr("Deposition (mol N/ha/yr)")),
                 tr("Receptor deposition on its hexagon's cells; NoData elsewhere."))

    def execute(self, parameters, context, feedback):
        load_rasterio_io()
        from ..core.aerius import read_imaer
        path = self.parameterAsFile(parameters, self.INPUT, context)
        try:
            result = read_imaer(path)
        except Exception as err:     # ParseError, OSError: not a readable GML
            raise InputError(tr("cannot read '{}' as IMAER GML ({}); expected {}").format(
                path, err, dataset()), self.INPUT) from None
        if len(result) == 0:
            raise InputError(tr("the file has no receptors with results (ReceptorPoint); "
                                "expected {}").format(dataset()), self.INPUT)
        substance = self.parameterAsEnumString(parameters, self.SUBSTANCE, context)
        with input_for(self.SUBSTANCE):
            values = deposition(result, substance)
        area = self.parameterAsDouble(parameters, self.HEX_AREA, context)
        srs = result.srs or "EPSG:28992"
        file_crs = QgsCoordinateReferenceSystem("EPSG:" + srs.replace("::", ":").rsplit(":", 1)[-1]
                                                if "EPSG" in srs.upper() else srs)
        r = hexagon_radius(area)
        extent = QgsRectangle(np.nanmin(result.x) - r, np.nanmin(result.y) - r,
                              np.nanmax(result.x) + r, np.nanmax(result.y) + r)
        grid, crs = self.analysis_grid(parameters, context,
                                       fallback_extent=LayerExtent(extent, file_crs))
        if crs != file_crs:
            raise InputError(tr("the receptors are in {}; use that CRS as TARGET_CRS (the "
                                "hexagons are not reprojected)").format(file_crs.authid()),
                             self.TARGET_CRS)
        raster = rasterize_receptors(grid, result.x, result.y, values, area)
        output = self.output_file(parameters, self.OUTPUT, context)
        filled = int(np.isfinite(raster).sum())
        feedback.pushInfo(tr("AERIUS {} (IMAER {}): {} receptors, {} with a {} value ({:.4g} to "
                             "{:.4g} mol N/ha/yr); {} cells of {} m filled on grid {}.").format(
            result.aerius_version or "?", result.version or "?", len(result),
            int(np.isfinite(values).sum()), substance, np.nanmin(values), np.nanmax(values),
            filled, f"{grid.res_x:g}", grid.describe()))
        tags = self.provenance(parameters, context, {
            "deposition": f"AERIUS {result.aerius_version}, {substance}, mol N/ha/yr, per "
                          f"receptor hexagon of {area:g} m2; NoData outside the hexagons"},
            [path])
        return self.write_rasters(context, feedback, grid,
                                  lambda window: (raster[window.slices()],),
                                  [(self.OUTPUT, output, tr("AERIUS deposition {} (mol N/ha/yr)")
                                    .format(substance), "values")], tags)
