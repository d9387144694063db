"""Vector and raster inputs -> what the core takes: geometries reprojected to the analysis CRS,
raster file paths, with errors that name the parameter."""

from array import array
from dataclasses import dataclass

import numpy as np

from qgis.core import (QgsFeatureRequest, QgsGeometry, QgsMapLayer, QgsProcessingFeatureSource,
                       QgsWkbTypes)

from ..core.errors import Cancelled, InputError
from ..i18n import tr
from .parameters import input_for, is_unset


@dataclass
class VectorData:
    """Geometries read from a vector input (see RuimteAlgorithm.read_vector)."""

    wkbs: list
    points: np.ndarray
    attributes: dict
    skipped: int = 0        # features without a geometry (NULL or empty)

    def __len__(self):
        return len(self.wkbs) + len(self.points)


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


def iter_features(source, request=None):
    """Features of a layer or processing feature source, without the context's geometry
    validity check: invalid geometries are repaired (read_vector) or passed on as they are,
    never refused halfway - QGIS's check raises inside the iterator, which can crash Python."""
    request = request or QgsFeatureRequest()
    if isinstance(source, QgsProcessingFeatureSource):
        return source.getFeatures(request,
                                  QgsProcessingFeatureSource.FlagSkipGeometryValidityChecks)
    return source.getFeatures(request)


def plain_geometry(geom):
    """``geom`` as GEOS and shapely can use it: None when NULL or empty, curves segmentised
    (QGIS's default tolerance), invalid lines and polygons repaired (points as they are)."""
    if geom is None or geom.isNull() or geom.isEmpty():
        return None
    if geom.type() == QgsWkbTypes.PointGeometry:
        return geom
    if QgsWkbTypes.isCurvedType(geom.wkbType()):
        geom = QgsGeometry(geom.constGet().segmentize())
    if not geom.isGeosValid():
        geom = geom.makeValid()
    return geom


def usable_features(source, request=None):
    """Features that have a non-empty geometry, in the source's order."""
    return [f for f in iter_features(source, request)
            if f.hasGeometry() and not f.geometry().isEmpty()]


class LayerInputs:
    """RuimteAlgorithm's layer reading (a mixin: it uses the QgsProcessingAlgorithm methods)."""

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
        with input_for(name):
            return io.RasterSource(path, 1, grid, resampling, label, raw)

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
        wkbs, points, attributes, skipped = [], array("d"), {f: [] for f in fields}, 0
        as_points = points_as_coordinates and not fields and kind == QgsWkbTypes.PointGeometry
        for i, feature in enumerate(iter_features(source, request)):
            if feedback is not None and i % 5000 == 0 and feedback.isCanceled():
                raise Cancelled()
            geom = plain_geometry(feature.geometry())
            if geom is None:
                skipped += 1
                continue
            if as_points:
                parts = geom.asMultiPoint() if geom.isMultipart() else [geom.asPoint()]
                for p in parts:
                    points.extend((p.x(), p.y()))
                continue
            wkbs.append(bytes(geom.asWkb()))
            for field in fields:
                value = feature[field]
                attributes[field].append(None if is_unset(value) else value)
        return VectorData(wkbs, np.frombuffer(points, dtype=np.float64).reshape(-1, 2),
                          attributes, skipped)

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
