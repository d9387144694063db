"""Plumbing shared by every Ruimte algorithm: parameters with help, the analysis grid, layer ->
file/geometry conversion, error translation, progress, provenance and styled outputs.

No maths here: that lives in ``ruimte_plugin.core``."""

from array import array
from dataclasses import dataclass
import contextlib
import datetime
import importlib.util
import json
import os
import re
import traceback

import numpy as np

from qgis.core import (Qgis, QgsCoordinateReferenceSystem, QgsCoordinateTransform,
                       QgsCsException, QgsFeatureRequest, QgsField, QgsMessageLog,
                       QgsProcessingFeatureSource, QgsMapLayer, QgsProcessingAlgorithm,
                       QgsProcessingException, QgsProcessingFeatureSourceDefinition,
                       QgsProcessingOutputLayerDefinition, QgsProcessingParameterCrs,
                       QgsProcessingParameterDefinition, QgsProcessingParameterEnum,
                       QgsProcessingParameterExtent, QgsProcessingParameterNumber,
                       QgsProcessingParameterRasterLayer, QgsProperty, QgsRectangle,
                       QgsWkbTypes)
from qgis.PyQt.QtGui import QIcon

from ..core.errors import Cancelled, InputError
from ..core.grid import AnalysisGrid
from ..i18n import tr, user_language
from ..paths import plugin_homepage, plugin_version, resource
from ..postprocess import style_on_load


@dataclass
class VectorData:
    """Geometries read from a vector input (see RuimteAlgorithm.read_vector)."""

    wkbs: list
    points: np.ndarray
    attributes: dict

    def __len__(self):
        return len(self.wkbs) + len(self.points)


def group_label(group_id):
    """Translated toolbox group names (literal tr() calls so that pylupdate5 finds them)."""
    return {
        "mcda": tr("Multi-criteria analysis"),
        "criteria": tr("Dutch criteria"),
        "profiles": tr("Company profiles"),
        "sites": tr("Candidate sites"),
    }.get(group_id, group_id)


#: Python packages the algorithms need besides QGIS and numpy: (module, Debian package)
REQUIRED_PACKAGES = (("rasterio", "python3-rasterio"), ("scipy", "python3-scipy"),
                     ("shapely", "python3-shapely"))


def missing_packages():
    """The required packages that cannot be imported: [(module, Debian package)]."""
    return [(m, deb) for m, deb in REQUIRED_PACKAGES if importlib.util.find_spec(m) is None]


def missing_packages_message(missing):
    return tr("This algorithm needs the Python package(s) {}, which are not installed. "
              "Debian/Ubuntu: sudo apt install {}. Windows (OSGeo4W Shell): python -m pip "
              "install {}. Then restart QGIS.").format(
        ", ".join(m for m, _ in missing), " ".join(d for _, d in missing),
        " ".join(m for m, _ in missing))


def load_rasterio_io():
    """The rasterio-based I/O module, imported only when an algorithm runs."""
    try:
        from ..core import rasterio_io
    except ImportError:
        raise QgsProcessingException(missing_packages_message(
            missing_packages() or REQUIRED_PACKAGES[:1])) from None
    return rasterio_io


@contextlib.contextmanager
def input_for(parameter=None, **fields):
    """Name the Processing parameter in the core's InputErrors raised inside the block: the
    algorithm layer, not the core, knows which input a value came from. An error without a name
    gets ``parameter``; an error that names a core field (``InputError(text, "height")``) gets
    the parameter mapped to that field in ``fields``.

        with input_for(self.WEIGHTS):
            weights = weights_from_text(text, count)
        with input_for(height=self.BUILDING_HEIGHT, valued=self.VALUED):
            rule = LandscapeRule(...).validate()
    """
    try:
        yield
    except InputError as err:
        if err.parameter in fields:
            err.parameter = fields[err.parameter]
        elif err.parameter is None:
            err.parameter = parameter
        raise


def layer_label(layer):
    """A layer's name for messages; for 'file.gpkg|layername=x' sources the sub-layer name."""
    source = layer.source()
    if "layername=" in source:
        return source.split("layername=", 1)[1].split("|", 1)[0]
    return layer.name()


def in_degrees(crs):
    """Geographic (degrees), including GeoPackage's 'Undefined geographic SRS' that QGIS does
    not flag as geographic."""
    return crs.isGeographic() or "+proj=longlat" in crs.toProj()


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


def prefixed_field_names(names, prefix):
    """('Gemeente Assen', 'w_') -> 'w_gemeente_assen': field names for user-given names,
    lower case, unique, at most 30 characters."""
    fields = []
    for name in names:
        base = prefix + (re.sub(r"[^0-9a-z]+", "_", name.lower()).strip("_") or "set")
        base = base[:30]
        candidate, k = base, 2
        while candidate in fields:
            candidate, k = f"{base[:27]}_{k}", k + 1
        fields.append(candidate)
    return fields


def iter_features(source, request=None):
    """Features of a layer or processing feature source, without the context's geometry
    validity check: invalid geometries are repaired (read_vector) or passed on as they are,
    never refused halfway - QGIS's check raises inside the iterator, which can crash Python."""
    request = request or QgsFeatureRequest()
    if isinstance(source, QgsProcessingFeatureSource):
        return source.getFeatures(request,
                                  QgsProcessingFeatureSource.FlagSkipGeometryValidityChecks)
    return source.getFeatures(request)


def usable_features(source, request=None):
    """Features that have a non-empty geometry, in the source's order."""
    return [f for f in iter_features(source, request)
            if f.hasGeometry() and not f.geometry().isEmpty()]


def extend_fields(fields, extra):
    """The input ``fields`` followed by ``extra`` [(name, kind)]; an input field whose name an
    extra field takes is renamed <name>_in (values stay in place), so no column is shadowed."""
    from qgis.core import QgsFields
    taken = {name.lower() for name, _ in extra}
    out = QgsFields()
    for f in fields:
        copy = QgsField(f)
        if copy.name().lower() in taken:
            copy.setName(copy.name() + "_in")
        out.append(copy)
    for name, kind in extra:
        out.append(make_field(name, kind))
    return out


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
        """This algorithm's section of the user guide (Dutch when QGIS speaks Dutch)."""
        guide = "handleiding" if user_language() == "nl" else "guide"
        return f"{plugin_homepage()}/blob/main/docs/{guide}.md#{self.name()}"

    def canExecute(self):  # noqa: N802
        missing = missing_packages()
        if missing:
            return False, missing_packages_message(missing)
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

    def add_grid_parameters(self, default_pixel=25.0, default_crs="EPSG:28992",
                            extent_help=None):
        """EXTENT, PIXEL_SIZE, TARGET_CRS and REFERENCE_LAYER (DESIGN §3). The extent is
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

    def optional_number(self, parameters, name, context):
        """The number given, else the parameter's default, else None."""
        if is_unset(parameters.get(name)):
            default = self.parameterDefinition(name).defaultValue()
            return None if is_unset(default) else float(default)
        return self.parameterAsDouble(parameters, name, context)

    def name_list(self, parameters, name, context, count, default, mismatch):
        """Comma-separated names from parameter ``name`` (one per item, ``count`` items), or
        ``default`` numbered 1..count when empty; ``mismatch`` is formatted with (given,
        count, count) when the numbers differ."""
        names = [n.strip() for n in self.optional_string(parameters, name, context).split(",")
                 if n.strip()]
        if names and len(names) != count:
            raise InputError(mismatch.format(len(names), count, count), name)
        return names or [default.format(i + 1) for i in range(count)]

    def optional_string(self, parameters, name, context):
        """The text given, else the parameter's default, else ''."""
        if is_unset(parameters.get(name)):
            default = self.parameterDefinition(name).defaultValue()
            return default.strip() if isinstance(default, str) else ""
        return self.parameterAsString(parameters, name, context).strip()

    # ------------------------------------------------------------ layers
    def site_source(self, parameters, name, context):
        """The candidate-site layer, or an InputError when it is missing or empty."""
        sites = self.parameterAsSource(parameters, name, context)
        if sites is None or sites.featureCount() == 0:
            raise InputError(tr("the site layer is empty: give at least one site"), name)
        return sites

    def raster_file(self, layer, name):
        """File path of a raster layer that GDAL/rasterio can open, or an InputError."""
        if layer is None:
            raise InputError(tr("no raster layer was given or it could not be opened"), name)
        if layer.providerType() != "gdal":
            raise InputError(tr("layer '{}' is not a file raster (provider '{}'); save it as a "
                                "GeoTIFF first").format(layer.name(), layer.providerType()), name)
        return layer.source()

    @staticmethod
    def open_raster(io, path, name, grid=None, resampling=None, label=None, raw=False):
        """io.RasterSource whose errors name the parameter ``name``."""
        try:
            return io.RasterSource(path, 1, grid, resampling, label, raw)
        except InputError as err:
            raise InputError(str(err), err.parameter or name) from None

    @staticmethod
    def check_degrees(crs, extent, label, name):
        """A layer that claims degrees but holds coordinates far beyond +-180/90 has a wrong or
        missing CRS (e.g. RD coordinates in a GeoPackage without a CRS)."""
        if in_degrees(crs) and not extent.isNull() and (
                max(abs(extent.xMinimum()), abs(extent.xMaximum())) > 360 or
                max(abs(extent.yMinimum()), abs(extent.yMaximum())) > 180):
            raise InputError(tr("layer '{}' has coordinates up to {:,.0f} but a CRS in degrees "
                                "({}): its CRS is missing or wrong; assign the right one (e.g. "
                                "EPSG:28992) with 'Assign projection'").format(
                label, max(abs(extent.xMaximum()), abs(extent.yMaximum())),
                crs.authid() or crs.description()), name)

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
        """(AnalysisGrid, QgsCoordinateReferenceSystem) from the grid parameters.

        ``default_layer``: a raster whose grid is used unchanged when no grid parameter is set
        (missing pieces are filled in from it). ``fallback_extent``: (QgsRectangle, CRS) used
        when EXTENT is empty, e.g. the extent of the main input layer."""
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
            rect, rect_crs, *name = fallback_extent
            if name:
                source = self.parameterAsSource(parameters, name[0], context)
                label = source.sourceName() if source is not None else name[0]
                self.check_degrees(rect_crs, rect, label, name[0])
            extent = self.transform_extent(rect, rect_crs, crs, context)
        else:
            raise InputError(tr("no extent was given; draw or choose the analysis extent"),
                             self.EXTENT)
        if pixel is None:
            raise InputError(tr("no pixel size was given"), self.PIXEL_SIZE)
        if extent.isNull() or extent.width() <= 0 or extent.height() <= 0:
            raise InputError(tr("the extent is empty (zero width or height); give an extent that "
                                "covers the study area"), self.EXTENT)
        grid = AnalysisGrid.from_bounds(extent.xMinimum(), extent.yMinimum(), extent.xMaximum(),
                                        extent.yMaximum(), pixel, crs_text(crs))
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

    def read_vector(self, source, crs, context, name, feedback=None, fields=(),
                    geometry=None, points_as_coordinates=True):
        """Geometries of a feature source or vector layer, reprojected to ``crs``.

        Returns VectorData: ``wkbs`` (repaired when invalid, empty ones skipped), ``points``
        (an (n, 2) array: point features go here when no fields are asked for), and
        ``attributes`` (field -> list of values aligned with ``wkbs``; NULL -> None).
        ``geometry`` ('point', 'line', 'polygon' or a tuple of them) refuses other layers."""
        if source is None:
            return VectorData([], np.empty((0, 2)), {f: [] for f in fields})
        kind = QgsWkbTypes.geometryType(source.wkbType())
        names = {QgsWkbTypes.PointGeometry: "point", QgsWkbTypes.LineGeometry: "line",
                 QgsWkbTypes.PolygonGeometry: "polygon"}
        needs = {"point": tr("points"), "line": tr("lines"), "polygon": tr("polygons")}
        allowed = (geometry,) if isinstance(geometry, str) else geometry
        label = source.name() if hasattr(source, "name") else source.sourceName()
        if allowed and names.get(kind) not in allowed:
            raise InputError(tr("layer '{}' has the wrong geometry type; this input needs {}")
                             .format(label, " / ".join(needs[a] for a in allowed)), name)
        source_crs = source.crs() if hasattr(source, "crs") else source.sourceCrs()
        if not source_crs.isValid():
            raise InputError(tr("layer '{}' has no CRS; assign one with 'Assign projection'")
                             .format(label), name)
        self.check_degrees(source_crs, source.extent() if hasattr(source, "extent")
                           else source.sourceExtent(), label, name)
        for field in fields:
            if source.fields().indexOf(field) < 0:
                raise InputError(tr("layer '{}' has no field '{}'").format(label, field), name)
        request = QgsFeatureRequest().setDestinationCrs(crs, context.transformContext())
        if fields:
            request.setSubsetOfAttributes(list(fields), source.fields())
        # point coordinates as flat doubles (x, y, x, y, ...): 16 bytes a point, not a tuple
        wkbs, points, attributes = [], array("d"), {f: [] for f in fields}
        as_points = points_as_coordinates and not fields and kind == QgsWkbTypes.PointGeometry
        for i, feature in enumerate(iter_features(source, request)):
            if feedback is not None and i % 5000 == 0 and feedback.isCanceled():
                raise Cancelled()
            geom = feature.geometry()
            if geom.isNull() or geom.isEmpty():
                continue
            if as_points:
                parts = geom.asMultiPoint() if geom.isMultipart() else [geom.asPoint()]
                for p in parts:
                    points.extend((p.x(), p.y()))
                continue
            if not geom.isGeosValid():
                geom = geom.makeValid()
            wkbs.append(bytes(geom.asWkb()))
            for field in fields:
                value = feature[field]
                attributes[field].append(None if is_unset(value) else value)
        return VectorData(wkbs, np.frombuffer(points, dtype=np.float64).reshape(-1, 2),
                          attributes)

    def numeric_field(self, source, field, name):
        """Refuse a field that is not numeric, naming the parameter."""
        if field and not source.fields().field(field).isNumeric():
            raise InputError(tr("field '{}' is not numeric; choose a field with numbers")
                             .format(field), name)
        return field

    def polygon_wkbs(self, layer, crs, context, name):
        """WKB of every polygon in ``layer`` reprojected to ``crs`` (constraint layers)."""
        if layer is None:
            return []
        if layer.type() != QgsMapLayer.VectorLayer:
            raise InputError(tr("layer '{}' is not a vector layer").format(layer.name()), name)
        return self.read_vector(layer, crs, context, name, geometry="polygon").wkbs

    # ------------------------------------------------------------ running
    def processAlgorithm(self, parameters, context, feedback):  # noqa: N802
        self._to_close = []
        try:
            missing = missing_packages()         # qgis_process does not ask canExecute()
            if missing:
                raise QgsProcessingException(missing_packages_message(missing))
            return self.execute(parameters, context, feedback)
        except InputError as err:
            message = self.error_message(err)
        except Cancelled:
            message = tr("Cancelled; no output was written.")
        except QgsProcessingException as err:
            message = str(err)
        except MemoryError:
            message = tr("Not enough memory for this extent and pixel size; use a larger pixel "
                         "size or a smaller extent.")
        except Exception as err:  # a safety net: a message, never a traceback, for the user
            QgsMessageLog.logMessage(traceback.format_exc(), "Ruimte", Qgis.Info)
            message = tr("{} failed: {}: {}").format(self.displayName(), type(err).__name__, err)
        finally:
            for item in self._to_close:
                item.close()
        # Raised outside the handlers and with the inputs dropped, so that no traceback keeps
        # the input layers alive: QGIS 3.40 crashes at exit on a GeoPackage layer kept that way.
        parameters = None  # noqa: F841
        raise QgsProcessingException(message)

    def distance_field(self, grid, features, max_distance, feedback, start=0.0, end=50.0):
        """A core.distance.DistanceField, prepared (its share of the progress bar: start..end)
        in worker threads, with its temporary files in QGIS's temporary folder; they are removed
        when the algorithm ends."""
        from qgis.core import QgsProcessingUtils
        from ..core.distance import DistanceField
        field = DistanceField(grid, features, max_distance, QgsProcessingUtils.tempFolder())
        self._to_close.append(field)
        field.check_memory(threads=self.threads())
        return field.prepare(self.progress(feedback, start, end), self.threads())

    @staticmethod
    def is_intermediate(path):
        """A file in QGIS's temporary processing folder: a child algorithm's intermediate
        result or a temporary layer, written uncompressed (faster to write and to read)."""
        from qgis.core import QgsProcessingUtils
        folder = os.path.abspath(QgsProcessingUtils.tempFolder())
        return os.path.abspath(path).startswith(folder + os.sep)

    @staticmethod
    def threads():
        """Worker threads for block work (core.rasterio_io.default_threads)."""
        return load_rasterio_io().default_threads()

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

    def optional_output(self, parameters, name, context):
        """Path of an optional raster output, or None when the user skipped it."""
        if is_unset(parameters.get(name)):
            return None
        value = parameters.get(name)
        if isinstance(value, QgsProcessingOutputLayerDefinition) and \
                is_unset(value.sink.staticValue()):
            return None
        return self.output_file(parameters, name, context)

    def output_file(self, parameters, name, context):
        """The output path, checked before any work starts: .tif, in a writable folder."""
        path = self.parameterAsOutputLayer(parameters, name, context)
        if not path.lower().endswith((".tif", ".tiff")):
            raise InputError(tr("outputs are written as GeoTIFF; give a file name ending in .tif"),
                             name)
        return self.check_output_folder(path, name)

    @staticmethod
    def check_output_folder(path, name):
        """``path``, after checking that its folder exists and can be written to."""
        folder = os.path.dirname(os.path.abspath(path))
        if not os.path.isdir(folder):
            raise InputError(tr("the output folder {} does not exist; choose an existing folder")
                             .format(folder), name)
        if not os.access(folder, os.W_OK):
            raise InputError(tr("the output folder {} is not writable; choose another folder")
                             .format(folder), name)
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
    def style_output(context, path, style="score.qml", group="Ruimte", name=None):
        style_on_load(context, path, style, group, name)

    def write_rasters(self, context, feedback, grid, compute, outputs, tags, block_size=512,
                      progress=None, threads=1):
        """Stream ``compute(window) -> arrays`` into the GeoTIFF outputs and style them.

        ``outputs``: [(parameter name, path or None to skip, band description, style)], in the
        order of compute's arrays. ``threads``: worker threads (compute must then be
        thread-safe). All files are written atomically: on an error or a cancellation none of
        them is left behind. Returns {parameter name: path}."""
        io = load_rasterio_io()
        with io.gdal_env(), contextlib.ExitStack() as stack:
            writers = [stack.enter_context(io.AtomicRasterWriter(
                path, grid, description, tags, compress=not self.is_intermediate(path)))
                if path else None for _, path, description, _ in outputs]
            io.stream_blocks(grid, compute, writers, progress or self.progress(feedback),
                             block_size, threads)
        for (name, path, _, _), writer in zip(outputs, writers):
            if writer is not None and writer.valid_cells == 0:
                label = self.parameterDefinition(name).description() \
                    if self.parameterDefinition(name) else name
                feedback.pushWarning(tr("{} ({}) has no cells with data: check that the inputs "
                                        "overlap the extent and hold data.").format(label, name))
        results = {}
        for name, path, _, style in outputs:
            if path:
                if style:
                    self.style_output(context, path, style)
                results[name] = path
        return results
