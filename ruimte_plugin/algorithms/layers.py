"""Vector and raster inputs -> what the core takes: geometries reprojected to the analysis CRS,
raster file paths, with errors that name the parameter."""

from array import array
from dataclasses import dataclass, field

import numpy as np

from qgis.core import (QgsFeatureRequest, QgsGeometry, QgsMapLayer, QgsProcessingFeatureSource,
                       QgsWkbTypes)

from ..core.errors import Cancelled, InputError
from ..i18n import tr
from .parameters import input_for, is_unset
from .point_reader import layer_points


@dataclass
class VectorData:
    """Geometries read from a vector input (see RuimteAlgorithm.read_vector)."""

    wkbs: list
    points: np.ndarray
    attributes: dict
    skipped: int = 0        # features without a geometry (NULL or empty)
    features: list = field(default_factory=list)    # aligned with wkbs, when asked for

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


def read_features(source, request, fields, as_points, feedback=None, keep_features=False):
    """(VectorData, features read) of ``source`` feature by feature with ``request`` (see
    read_vector): ``as_points`` puts point coordinates in ``points`` instead of ``wkbs``;
    ``keep_features`` keeps the QgsFeatures (as read, in ``crs``) beside their WKB."""
    # point coordinates as flat doubles (x, y, x, y, ...): 16 bytes a point, not a tuple
    wkbs, points, attributes, skipped, total = [], array("d"), {f: [] for f in fields}, 0, 0
    kept = []
    for i, feature in enumerate(iter_features(source, request)):
        if feedback is not None and i % 5000 == 0 and feedback.isCanceled():
            raise Cancelled()
        total += 1
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
        if keep_features:
            kept.append(feature)
        for key in fields:
            value = feature[key]
            attributes[key].append(None if is_unset(value) else value)
    return VectorData(wkbs, np.frombuffer(points, dtype=np.float64).reshape(-1, 2), attributes,
                      skipped, kept), total


def shapely_of(geom):
    """A QgsGeometry as a shapely geometry (curves segmentised and invalid ones repaired by
    plain_geometry; shapely cannot read curved WKB), or None when NULL or empty."""
    from shapely import wkb
    plain = plain_geometry(geom)
    return None if plain is None else wkb.loads(bytes(plain.asWkb()))


class LayerInputs:
    """RuimteAlgorithm's layer reading (a mixin: it uses the QgsProcessingAlgorithm methods)."""

    def site_source(self, parameters, name, context):
        """The candidate-site layer, or an InputError when it is missing or empty."""
        sites = self.parameterAsSource(parameters, name, context)
        if sites is None or sites.featureCount() == 0:
            raise InputError(tr("the site layer is empty: give at least one site"), name)
        self.check_geometries(sites, name)
        return sites

    @staticmethod
    def check_geometries(source, name):
        """Refuse a layer none of whose features has a geometry (all NULL or empty), naming it:
        such a layer would otherwise give an empty result, or an error about the extent."""
        request = QgsFeatureRequest().setNoAttributes()
        if not any(f.hasGeometry() and not f.geometry().isEmpty()
                   for f in iter_features(source, request)):
            label = source.sourceName() if hasattr(source, "sourceName") else source.name()
            raise InputError(tr("layer '{}' has {} features but none has a geometry (all NULL "
                                "or empty); give a layer with geometries").format(
                label, source.featureCount()), name)
        return source

    def raster_file(self, layer, name):
        """File path of a raster layer that GDAL/rasterio can open, or an InputError."""
        if layer is None:
            raise InputError(tr("no raster layer was given or it could not be opened"), name)
        if layer.providerType() != "gdal":
            raise InputError(tr("layer '{}' is not a file raster (provider '{}'); save it as a "
                                "GeoTIFF first").format(layer.name(), layer.providerType()), name)
        return layer.source()

    def open_raster(self, io, path, name, grid=None, resampling=None, label=None, raw=False,
                    score=False):
        """io.RasterSource of band 1 whose errors name the parameter ``name``. A raster with
        more bands gets a warning that band 1 is used; ``score``: values outside 0-1 are warned
        about when the run ends, as are infinite values (read as NoData) in any raster."""
        with input_for(name):
            source = io.RasterSource(path, 1, grid, resampling, label, raw)
        source.parameter = name
        source.check_scores = score
        if source.band_count > 1:
            self.warn(tr("{} ({}) has {} bands; only band 1 is used").format(
                source.label, name, source.band_count))
        if not hasattr(self, "_read_sources"):
            self._read_sources = []
        self._read_sources.append(source)
        return source

    def warn_about_values(self):
        """After the run: warnings for the rasters opened with open_raster that held infinite
        values, or scores outside 0-1."""
        for source in getattr(self, "_read_sources", ()):
            if source.infinite_cells:
                self.warn(tr("{} ({}) holds {} cells with infinite values; they were read as "
                             "NoData").format(source.label, source.parameter,
                                              source.infinite_cells))
            extremes = source.out_of_range() if source.check_scores else None
            if extremes:
                self.warn(tr("{} ({}) holds values from {:.3g} to {:.3g}, outside the score "
                             "range 0-1: the result is no suitability 0-1; standardize it "
                             "first ('Standardize to score')").format(
                    source.label, source.parameter, *extremes))
        self._read_sources = []

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
                    geometry=None, points_as_coordinates=True, parameters=None,
                    keep_features=False):
        """Geometries of a feature source or vector layer, reprojected to ``crs``.

        Returns VectorData: ``wkbs`` (repaired when invalid, empty ones skipped), ``points``
        (an (n, 2) array: point features go here when no fields are asked for), and
        ``attributes`` (field -> list of values aligned with ``wkbs``; NULL -> None).
        ``geometry`` ('point', 'line', 'polygon' or a tuple of them) refuses other layers.
        ``parameters``: the algorithm's parameters, given when ``source`` is
        ``parameterAsSource(parameters, name, context)``; points are then read through GDAL
        when that gives the same points (point_reader.py: 1 M points in 0.15 s, not 3.4 s).
        ``keep_features``: VectorData.features holds the features of ``wkbs`` (as read, not
        repaired), for an output that copies them."""
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
        for key in fields:
            if source.fields().indexOf(key) < 0:
                raise InputError(tr("layer '{}' has no field '{}'").format(label, key), name)
        as_points = points_as_coordinates and not fields and kind == QgsWkbTypes.PointGeometry
        xy = layer_points(self, parameters, name, context, crs, feedback) \
            if as_points and parameters is not None else None
        if xy is None:
            request = QgsFeatureRequest().setDestinationCrs(crs, context.transformContext())
            if fields:
                request.setSubsetOfAttributes(list(fields), source.fields())
            data, total = read_features(source, request, fields, as_points, feedback,
                                        keep_features)
        else:                               # NaN: a NULL or empty point, as QGIS skips them
            empty = np.isnan(xy).any(axis=1)
            data = VectorData([], xy[~empty], {}, int(empty.sum()))
            total = len(xy)
        if data.skipped:
            self.warn_skipped(label, name, data.skipped, total)
        return data

    def warn_skipped(self, label, name, skipped, total):
        """A warning for features left out because they have no geometry."""
        if skipped == total:
            self.warn(tr("layer '{}' ({}): all {} features have no geometry (NULL or empty), "
                         "so it adds nothing; check the layer").format(label, name, total))
        else:
            self.warn(tr("layer '{}' ({}): {} of {} features have no geometry (NULL or empty) "
                         "and are left out").format(label, name, skipped, total))

    def warn(self, text):
        """A warning in the log of the current run (processAlgorithm keeps its feedback)."""
        feedback = getattr(self, "_feedback", None)
        if feedback is not None:
            feedback.pushWarning(text)

    def numeric_field(self, source, key, name):
        """Refuse a field (``key``) that is not numeric, naming the parameter."""
        if key and not source.fields().field(key).isNumeric():
            raise InputError(tr("field '{}' is not numeric; choose a field with numbers")
                             .format(key), name)
        return key

    def polygon_wkbs(self, layer, crs, context, name):
        """WKB of every polygon in ``layer`` reprojected to ``crs`` (constraint layers)."""
        if layer is None:
            return []
        if layer.type() != QgsMapLayer.VectorLayer:
            raise InputError(tr("layer '{}' is not a vector layer").format(layer.name()), name)
        return self.read_vector(layer, crs, context, name, geometry="polygon").wkbs
