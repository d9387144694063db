"""The analysis grid from the grid parameters (EXTENT, PIXEL_SIZE, TARGET_CRS, REFERENCE_LAYER;
user guide, section 2.1): declaration, CRS checks and the snapped AnalysisGrid."""

from dataclasses import dataclass

from qgis.core import (QgsCoordinateReferenceSystem, QgsCoordinateTransform, QgsCsException,
                       QgsProcessingParameterCrs, QgsProcessingParameterExtent,
                       QgsProcessingParameterRasterLayer, QgsRectangle)

from ..core.errors import InputError
from ..core.grid import AnalysisGrid
from ..i18n import tr
from .layers import in_degrees
from .packages import load_rasterio_io
from .parameters import input_for, is_unset


#: pixel sizes above this (m) get a warning: a cell of more than 1 km is larger than any business
#: site (1-100 ha), so cell scores no longer describe sites (assumption)
COARSE_PIXEL = 1000.0
#: grids with more cells are refused before any estimate of memory or disk: 10^15 cells would
#: need petabytes (the memory and disk checks give estimates below this)
MAX_CELLS = 1e15


def crs_text(crs):
    """'EPSG:nnnn' when the CRS has an EPSG code, else its WKT (what rasterio accepts)."""
    authid = crs.authid()
    if authid.upper().startswith("EPSG:"):
        return authid
    return crs.toWkt(QgsCoordinateReferenceSystem.WktVariant.WKT_PREFERRED_GDAL)


@dataclass(frozen=True)
class LayerExtent:
    """The extent to analyse when EXTENT is empty: ``extent`` in ``crs``; ``parameter``, when
    given, is the input layer it comes from (its coordinates are checked against its CRS)."""

    extent: QgsRectangle
    crs: QgsCoordinateReferenceSystem
    parameter: str = None

    @classmethod
    def of_source(cls, source, parameter):
        """The extent of feature source ``source``, the value of ``parameter``."""
        return cls(source.sourceExtent(), source.sourceCrs(), parameter)


class GridParameters:
    """RuimteAlgorithm's analysis grid (a mixin: it uses the QgsProcessingAlgorithm methods)."""

    # grid parameter names (stable: scripts and models use them)
    EXTENT = "EXTENT"
    PIXEL_SIZE = "PIXEL_SIZE"
    TARGET_CRS = "TARGET_CRS"
    REFERENCE_LAYER = "REFERENCE_LAYER"

    def add_grid_parameters(self, default_pixel=25.0, default_crs="EPSG:28992",
                            extent_help=None):
        """EXTENT, PIXEL_SIZE, TARGET_CRS and REFERENCE_LAYER (user guide, section 2.1). The extent is
        optional: each algorithm says in ``extent_help`` what an empty extent means."""
        self.add(QgsProcessingParameterExtent(self.EXTENT, tr("Analysis extent"), optional=True),
                 tr("Area to analyse. It snaps outward to whole pixels on a grid anchored at "
                    "multiples of the pixel size, so separate runs align cell for cell.")
                 + " " + (extent_help or tr("Empty: the extent of the main input layer.")))
        self.add_number(self.PIXEL_SIZE, tr("Pixel size (m)"),
                        tr("Cell size of the analysis grid in metres. Provinces typically work at "
                           "25 m or finer.") + ("" if default_pixel is None else " " + tr(
                               "Default 25 m, the provinces' usual working resolution.")),
                        default=default_pixel, optional=default_pixel is None, minimum=0)
        self.add(QgsProcessingParameterCrs(self.TARGET_CRS, tr("Target CRS"), default_crs,
                                           optional=True),
                 tr("Projected CRS of the analysis grid, in metres (default EPSG:28992, "
                    "Amersfoort / RD New). Geographic CRSs (degrees) are refused."))
        self.add(QgsProcessingParameterRasterLayer(self.REFERENCE_LAYER,
                                                   tr("Reference raster (copy its grid)"),
                                                   optional=True),
                 tr("If given, the output uses exactly this raster's grid (CRS, extent, cell "
                    "size) and the extent, pixel size and CRS parameters are ignored."),
                 advanced=True)

    def projected_crs(self, crs, name):
        if crs is None or not crs.isValid():
            raise InputError(tr("there is no valid coordinate reference system; "
                                "assign one (e.g. EPSG:28992) with 'Assign projection'"), name)
        if in_degrees(crs):
            raise InputError(tr("{} is a geographic CRS in degrees; the analysis needs metres. "
                                "Use a projected CRS such as EPSG:28992 (Amersfoort / RD New)")
                             .format(crs.authid() or crs.description()), name)
        return crs

    def analysis_grid(self, parameters, context, default_layer=None, fallback_extent=None,
                      default_name=None):
        """(AnalysisGrid, QgsCoordinateReferenceSystem) from the grid parameters (see
        _analysis_grid), with a warning for a pixel size too coarse for sites (COARSE_PIXEL)."""
        grid, crs = self._analysis_grid(parameters, context, default_layer, fallback_extent,
                                        default_name)
        if max(grid.res_x, grid.res_y) > COARSE_PIXEL and hasattr(self, "warn"):
            self.warn(tr("the pixel size of {:g} m gives a grid of {} x {} cells over {:,.0f} x "
                         "{:,.0f} km: a cell is larger than any business site, so the scores "
                         "say little about sites; use a pixel size of 25-100 m").format(
                grid.res_x, grid.width, grid.height, grid.width * grid.res_x / 1000,
                grid.height * grid.res_y / 1000))
        return grid, crs

    def _analysis_grid(self, parameters, context, default_layer=None, fallback_extent=None,
                       default_name=None):
        """(AnalysisGrid, QgsCoordinateReferenceSystem) from the grid parameters.

        ``default_layer``: a raster whose grid is used unchanged when no grid parameter is set
        (missing pieces are filled in from it). ``fallback_extent``: a LayerExtent used when
        EXTENT is empty, e.g. the extent of the main input layer."""
        io = load_rasterio_io()
        reference = None
        if self.parameterDefinition(self.REFERENCE_LAYER) is not None:
            reference = self.parameterAsRasterLayer(parameters, self.REFERENCE_LAYER, context)
        if reference is not None:
            crs = self.projected_crs(reference.crs(), self.REFERENCE_LAYER)
            return io.grid_of(self.raster_file(reference, self.REFERENCE_LAYER)), crs

        crs_set = not is_unset(parameters.get(self.TARGET_CRS))
        crs = self.parameterAsCrs(parameters, self.TARGET_CRS, context) if crs_set else None
        if crs is None or not crs.isValid():
            crs = default_layer.crs() if default_layer is not None \
                else QgsCoordinateReferenceSystem("EPSG:28992")
        crs = self.projected_crs(crs, self.TARGET_CRS if crs_set else
                                 (default_name if default_layer is not None and default_name
                                  else self.EXTENT))

        pixel = self.optional_number(parameters, self.PIXEL_SIZE, context)
        if pixel is not None and pixel <= 0:
            raise InputError(tr("the pixel size must be above 0 (got {:g})").format(pixel),
                             self.PIXEL_SIZE)
        if not is_unset(parameters.get(self.EXTENT)):
            extent = self.parameterAsExtent(parameters, self.EXTENT, context, crs)
            if pixel is None and default_layer is not None:
                pixel = io.grid_of(self.raster_file(default_layer, default_name or
                                                    self.EXTENT)).res_x
        elif default_layer is not None:
            default_grid = io.grid_of(self.raster_file(default_layer, self.EXTENT))
            if default_layer.crs() == crs and (pixel is None or
                                                pixel == default_grid.res_x == default_grid.res_y):
                return default_grid, crs
            extent = self.transform_extent(default_layer.extent(), default_layer.crs(), crs,
                                           context)
            pixel = default_grid.res_x if pixel is None else pixel
        elif fallback_extent is not None:
            name = fallback_extent.parameter
            if name:
                source = self.parameterAsSource(parameters, name, context)
                label = source.sourceName() if source is not None else name
                self.check_degrees(fallback_extent.crs, fallback_extent.extent, label, name)
            extent = self.transform_extent(fallback_extent.extent, fallback_extent.crs, crs,
                                           context)
        else:
            raise InputError(tr("no extent was given; draw or choose the analysis extent"),
                             self.EXTENT)
        if pixel is None:
            raise InputError(tr("no pixel size was given"), self.PIXEL_SIZE)
        if extent.isNull() or extent.width() <= 0 or extent.height() <= 0:
            raise InputError(tr("the extent is empty (zero width or height); give an extent that "
                                "covers the study area"), self.EXTENT)
        if pixel > max(extent.width(), extent.height()):
            raise InputError(tr("the pixel size ({:g} m) is larger than the extent ({:,.0f} x "
                                "{:,.0f} m): the grid would be one cell far larger than the area; "
                                "use a pixel size well below the extent's width and height")
                             .format(pixel, extent.width(), extent.height()), self.PIXEL_SIZE)
        if (extent.width() / pixel) * (extent.height() / pixel) > MAX_CELLS:
            raise InputError(tr("a pixel size of {:g} m over {:,.0f} x {:,.0f} m gives more "
                                "cells than any computer can hold; use a pixel size of 1 m or "
                                "more").format(pixel, extent.width(), extent.height()),
                             self.PIXEL_SIZE)
        with input_for(pixel_size=self.PIXEL_SIZE, extent=self.EXTENT):
            grid = AnalysisGrid.from_bounds(extent.xMinimum(), extent.yMinimum(),
                                            extent.xMaximum(), extent.yMaximum(), pixel,
                                            crs_text(crs))
        return grid, crs

    def transform_extent(self, extent, source_crs, crs, context):
        if source_crs == crs or not source_crs.isValid():
            return extent
        try:
            return QgsCoordinateTransform(source_crs, crs, context.transformContext()) \
                .transformBoundingBox(extent)
        except QgsCsException:
            raise InputError(tr("the extent of the input cannot be transformed to {}; check the "
                                "input layers' CRS, or give an EXTENT").format(crs.authid()),
                             self.EXTENT) from None
