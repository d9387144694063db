"""Plumbing shared by every Ruimte algorithm: parameters with help, the analysis grid, layer ->
file/geometry conversion, error translation, progress, provenance and styled outputs.

No maths here: that lives in ``ruimte_plugin.core``."""

import datetime
import importlib.util
import json
import traceback

from qgis.core import (Qgis, QgsCoordinateReferenceSystem, QgsCoordinateTransform,
                       QgsFeatureRequest, QgsField, QgsMapLayer, QgsProcessingAlgorithm,
                       QgsProcessingException, QgsProcessingFeatureSourceDefinition,
                       QgsProcessingOutputLayerDefinition, QgsProcessingParameterCrs,
                       QgsProcessingParameterDefinition, QgsProcessingParameterEnum,
                       QgsProcessingParameterExtent, QgsProcessingParameterNumber,
                       QgsProcessingParameterRasterLayer, QgsProperty, QgsRectangle,
                       QgsWkbTypes)
from qgis.PyQt.QtGui import QIcon

from ..core.errors import Cancelled, InputError
from ..core.grid import AnalysisGrid
from ..i18n import tr
from ..paths import plugin_version, resource
from ..postprocess import style_on_load


def group_label(group_id):
    """Translated toolbox group names (literal tr() calls so that pylupdate5 finds them)."""
    return {
        "mcda": tr("Multi-criteria analysis"),
        "criteria": tr("Dutch criteria"),
        "profiles": tr("Company profiles"),
        "sites": tr("Candidate sites"),
    }.get(group_id, group_id)


def missing_rasterio_message():
    return tr("This algorithm needs the Python package rasterio, which is not installed. "
              "Debian/Ubuntu: sudo apt install python3-rasterio. Windows (OSGeo4W Shell): "
              "python -m pip install rasterio. Then restart QGIS.")


def load_rasterio_io():
    """The rasterio-based I/O module, imported only when an algorithm runs."""
    try:
        from ..core import rasterio_io
    except ImportError:
        raise QgsProcessingException(missing_rasterio_message()) from None
    return rasterio_io


def crs_text(crs):
    """'EPSG:nnnn' when the CRS has an EPSG code, else its WKT (what rasterio accepts)."""
    authid = crs.authid()
    if authid.upper().startswith("EPSG:"):
        return authid
    return crs.toWkt(QgsCoordinateReferenceSystem.WktVariant.WKT_PREFERRED_GDAL)


def make_field(name, kind):
    """QgsField of kind 'string', 'double' or 'int' without the QVariant-type constructor that
    QGIS 3.38+ deprecates (QGIS 3.22 only has that one)."""
    if Qgis.QGIS_VERSION_INT >= 33800:
        from qgis.PyQt.QtCore import QMetaType
        types = {"string": QMetaType.QString, "double": QMetaType.Double, "int": QMetaType.Int}
    else:
        from qgis.PyQt.QtCore import QVariant
        types = {"string": QVariant.String, "double": QVariant.Double, "int": QVariant.Int}
    return QgsField(name, types[kind])


def _json_value(value):
    """Processing parameter value -> something json.dumps accepts (layers by their source)."""
    if value is None:
        return None
    if isinstance(value, QgsMapLayer):
        return value.source()
    if isinstance(value, QgsProcessingOutputLayerDefinition):
        return value.sink.staticValue()
    if isinstance(value, QgsProcessingFeatureSourceDefinition):
        return value.source.staticValue()
    if isinstance(value, QgsProperty):
        return value.staticValue() if value.propertyType() == QgsProperty.StaticProperty \
            else value.expressionString()
    if isinstance(value, QgsCoordinateReferenceSystem):
        return value.authid() or value.toWkt()
    if isinstance(value, QgsRectangle):
        return value.toString()
    if isinstance(value, (list, tuple)):
        return [_json_value(v) for v in value]
    if isinstance(value, dict):
        return {str(k): _json_value(v) for k, v in value.items()}
    if isinstance(value, (str, int, float, bool)):
        return value
    if hasattr(value, "isNull") and value.isNull():
        return None
    return str(value)


def is_unset(value):
    """True for a parameter the user left empty (None, '' or a NULL QVariant)."""
    if value is None:
        return True
    if isinstance(value, str):
        return value.strip() == ""
    return bool(hasattr(value, "isNull") and not isinstance(value, QgsMapLayer) and value.isNull())


class RuimteAlgorithm(QgsProcessingAlgorithm):
    """Base class: subclasses define ``name``, texts, ``initAlgorithm`` and ``execute``."""

    group_id = "mcda"

    # grid parameter names (DESIGN §3)
    EXTENT = "EXTENT"
    PIXEL_SIZE = "PIXEL_SIZE"
    TARGET_CRS = "TARGET_CRS"
    REFERENCE_LAYER = "REFERENCE_LAYER"

    def createInstance(self):  # noqa: N802 (QGIS API name)
        return type(self)()

    def group(self):
        return group_label(self.group_id)

    def groupId(self):  # noqa: N802
        return self.group_id

    def icon(self):
        return QIcon(resource("icons", "ruimte.svg"))

    def helpUrl(self):  # noqa: N802
        return "https://github.com/ruimte-plugin/ruimte#" + self.name()

    def canExecute(self):  # noqa: N802
        if importlib.util.find_spec("rasterio") is None:
            return False, missing_rasterio_message()
        return True, ""

    # ------------------------------------------------------------ parameters
    def add(self, param, help_text, advanced=False):
        """addParameter with its help text (shown in the dialog and by qgis_process help)."""
        param.setHelp(help_text)
        if advanced:
            param.setFlags(param.flags() | QgsProcessingParameterDefinition.Flag.FlagAdvanced)
        self.addParameter(param)
        return param

    def add_choice(self, name, description, options, default, help_text, optional=False,
                   advanced=False):
        """An enum whose values are the option strings themselves, so that scripts and models
        write FUNCTION=sigmoid rather than an index."""
        param = QgsProcessingParameterEnum(name, description, options=list(options),
                                           defaultValue=default, optional=optional)
        param.setUsesStaticStrings(True)
        return self.add(param, help_text, advanced)

    def add_number(self, name, description, help_text, default=None, optional=False,
                   minimum=None, maximum=None, advanced=False, integer=False):
        kind = QgsProcessingParameterNumber.Type.Integer if integer \
            else QgsProcessingParameterNumber.Type.Double
        param = QgsProcessingParameterNumber(name, description, kind, default, optional)
        if minimum is not None:
            param.setMinimum(minimum)
        if maximum is not None:
            param.setMaximum(maximum)
        return self.add(param, help_text, advanced)

    def add_grid_parameters(self, default_pixel=25.0, optional=False):
        """EXTENT, PIXEL_SIZE, TARGET_CRS and REFERENCE_LAYER (DESIGN §3)."""
        self.add(QgsProcessingParameterExtent(self.EXTENT, tr("Analysis extent"),
                                              optional=optional),
                 tr("Area to analyse. It snaps outward to whole pixels on a grid anchored at "
                    "multiples of the pixel size, so separate runs align cell for cell."))
        self.add_number(self.PIXEL_SIZE, tr("Pixel size (m)"),
                        tr("Cell size of the analysis grid in metres. Provinces typically work at "
                           "25 m or finer."), default=default_pixel, optional=optional,
                        minimum=0)
        self.add(QgsProcessingParameterCrs(self.TARGET_CRS, tr("Target CRS"),
                                           None if optional else "EPSG:28992",
                                           optional=True),
                 tr("Projected CRS of the analysis grid, in metres (default EPSG:28992, "
                    "Amersfoort / RD New). Geographic CRSs (degrees) are refused."))
        self.add(QgsProcessingParameterRasterLayer(self.REFERENCE_LAYER,
                                                   tr("Reference raster (copy its grid)"),
                                                   optional=True),
                 tr("If given, the output uses exactly this raster's grid (CRS, extent, cell "
                    "size) and the extent, pixel size and CRS parameters are ignored."),
                 advanced=True)

    def optional_number(self, parameters, name, context):
        if is_unset(parameters.get(name)):
            return None
        return self.parameterAsDouble(parameters, name, context)

    def optional_string(self, parameters, name, context):
        value = self.parameterAsString(parameters, name, context) \
            if not is_unset(parameters.get(name)) else ""
        return value.strip()

    # ------------------------------------------------------------ layers
    def raster_file(self, layer, name):
        """File path of a raster layer that GDAL/rasterio can open, or an InputError."""
        if layer is None:
            raise InputError(tr("no raster layer was given or it could not be opened"), name)
        if layer.providerType() != "gdal":
            raise InputError(tr("layer '{}' is not a file raster (provider '{}'); save it as a "
                                "GeoTIFF first").format(layer.name(), layer.providerType()), name)
        return layer.source()

    def projected_crs(self, crs, name):
        if crs is None or not crs.isValid():
            raise InputError(tr("the layer or CRS has no valid coordinate reference system; "
                                "assign one (e.g. EPSG:28992) with 'Assign projection'"), name)
        if crs.isGeographic():
            raise InputError(tr("{} is a geographic CRS in degrees; the analysis needs metres. "
                                "Use a projected CRS such as EPSG:28992 (Amersfoort / RD New)")
                             .format(crs.authid() or crs.description()), name)
        return crs

    def analysis_grid(self, parameters, context, default_layer=None):
        """(AnalysisGrid, QgsCoordinateReferenceSystem) from the grid parameters.

        Without EXTENT/PIXEL_SIZE/TARGET_CRS/REFERENCE_LAYER the grid of ``default_layer`` (a
        raster) is used unchanged; missing pieces are filled in from it."""
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
            if default_layer is None:
                crs = QgsCoordinateReferenceSystem("EPSG:28992")
            else:
                crs = default_layer.crs()
        crs = self.projected_crs(crs, self.TARGET_CRS if crs_set else self.EXTENT)

        extent_set = not is_unset(parameters.get(self.EXTENT))
        pixel = self.optional_number(parameters, self.PIXEL_SIZE, context)
        if pixel is not None and pixel <= 0:
            raise InputError(tr("the pixel size must be above 0 (got {:g})").format(pixel),
                             self.PIXEL_SIZE)
        if not extent_set and default_layer is not None:
            default_grid = io.grid_of(self.raster_file(default_layer, self.EXTENT))
            same_crs = default_layer.crs() == crs
            if same_crs and (pixel is None or pixel == default_grid.res_x == default_grid.res_y):
                return default_grid, crs
            extent = default_layer.extent()
            if not same_crs:
                transform = QgsCoordinateTransform(default_layer.crs(), crs,
                                                   context.transformContext())
                extent = transform.transformBoundingBox(extent)
            pixel = default_grid.res_x if pixel is None else pixel
        else:
            if not extent_set:
                raise InputError(tr("no extent was given; draw or choose the analysis extent"),
                                 self.EXTENT)
            extent = self.parameterAsExtent(parameters, self.EXTENT, context, crs)
        if pixel is None:
            raise InputError(tr("no pixel size was given"), self.PIXEL_SIZE)
        if extent.isNull() or extent.width() <= 0 or extent.height() <= 0:
            raise InputError(tr("the extent is empty (zero width or height); give an extent that "
                                "covers the study area"), self.EXTENT)
        grid = AnalysisGrid.from_bounds(extent.xMinimum(), extent.yMinimum(), extent.xMaximum(),
                                        extent.yMaximum(), pixel, crs_text(crs))
        return grid, crs

    def polygon_wkbs(self, layer, crs, context, name):
        """WKB of every polygon in ``layer``, reprojected to ``crs``; invalid ones are repaired,
        empty ones skipped. Non-polygon layers are refused."""
        if layer is None:
            return []
        if layer.type() != QgsMapLayer.VectorLayer or \
                layer.geometryType() != QgsWkbTypes.PolygonGeometry:
            raise InputError(tr("layer '{}' is not a polygon layer").format(layer.name()), name)
        if not layer.crs().isValid():
            raise InputError(tr("layer '{}' has no CRS; assign one with 'Assign projection'")
                             .format(layer.name()), name)
        request = QgsFeatureRequest().setDestinationCrs(crs, context.transformContext())
        out = []
        for feature in layer.getFeatures(request):
            geometry = feature.geometry()
            if geometry.isNull() or geometry.isEmpty():
                continue
            if not geometry.isGeosValid():
                geometry = geometry.makeValid()
            out.append(bytes(geometry.asWkb()))
        return out

    # ------------------------------------------------------------ running
    def processAlgorithm(self, parameters, context, feedback):  # noqa: N802
        try:
            return self.execute(parameters, context, feedback)
        except InputError as err:
            raise QgsProcessingException(self.error_message(err)) from None
        except Cancelled:
            raise QgsProcessingException(tr("Cancelled; no output was written.")) from None
        except QgsProcessingException:
            raise
        except MemoryError:
            raise QgsProcessingException(tr("Not enough memory for this extent and pixel size; "
                                            "use a larger pixel size or a smaller extent.")) \
                from None
        except Exception as err:  # a safety net: a message, never a traceback, for the user
            feedback.pushDebugInfo(traceback.format_exc())
            raise QgsProcessingException(
                tr("{} failed: {}: {}").format(self.displayName(), type(err).__name__, err)) \
                from None

    def execute(self, parameters, context, feedback):
        raise NotImplementedError

    def error_message(self, err):
        if err.parameter and self.parameterDefinition(err.parameter) is not None:
            label = self.parameterDefinition(err.parameter).description()
            return f"{label} ({err.parameter}): {err}"
        return str(err)

    @staticmethod
    def progress(feedback, start=0.0, end=100.0):
        """A core progress callback: fraction (0..1) -> False when the user cancelled."""
        def callback(fraction):
            feedback.setProgress(start + (end - start) * fraction)
            return not feedback.isCanceled()
        return callback

    def output_file(self, parameters, name, context):
        path = self.parameterAsOutputLayer(parameters, name, context)
        if not path.lower().endswith((".tif", ".tiff")):
            raise InputError(tr("outputs are written as GeoTIFF; give a file name ending in .tif"),
                             name)
        return path

    def provenance(self, parameters, context, conventions=None, sources=None):
        """RUIMTE_* GeoTIFF tags: algorithm, versions, parameters, conventions, input sources."""
        values = {d.name(): _json_value(parameters.get(d.name()))
                  for d in self.parameterDefinitions() if d.name() in parameters}
        return {
            "RUIMTE_ALGORITHM": self.id() or f"ruimte:{self.name()}",
            "RUIMTE_VERSION": plugin_version(),
            "RUIMTE_QGIS": Qgis.QGIS_VERSION,
            "RUIMTE_CREATED": datetime.datetime.now(datetime.timezone.utc)
            .strftime("%Y-%m-%dT%H:%M:%SZ"),
            "RUIMTE_PARAMETERS": json.dumps(values, default=str),
            "RUIMTE_CONVENTIONS": json.dumps(conventions or {}, default=str),
            "RUIMTE_SOURCES": json.dumps(sources or [], default=str),
        }

    @staticmethod
    def style_output(context, path, style="score.qml", group="Ruimte"):
        style_on_load(context, path, style, group)
