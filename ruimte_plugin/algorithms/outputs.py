"""Outputs: checked output paths, GeoTIFFs streamed block by block and written atomically,
provenance tags and styles for loaded layers."""

import datetime
import json
import os

from qgis.core import (Qgis, QgsCoordinateReferenceSystem, QgsMapLayer,
                       QgsProcessingFeatureSourceDefinition, QgsProcessingOutputLayerDefinition,
                       QgsProperty, QgsRectangle)

from ..core.errors import InputError
from ..i18n import tr
from ..paths import plugin_version
from ..postprocess import style_on_load
from .packages import load_rasterio_io
from .parameters import input_for, is_unset


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


class Outputs:
    """RuimteAlgorithm's outputs (a mixin: it uses the QgsProcessingAlgorithm methods)."""

    @staticmethod
    def is_intermediate(path):
        """A file in QGIS's temporary processing folder: a child algorithm's intermediate
        result or a temporary layer, written uncompressed (faster to write and to read)."""
        from qgis.core import QgsProcessingUtils
        folder = os.path.abspath(QgsProcessingUtils.tempFolder())
        return os.path.abspath(path).startswith(folder + os.sep)

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
        """``path``, after checking that it is no folder, that an existing file there is not
        read-only (it is not silently replaced: QGIS would delete it, even one whose owner made
        it read-only) and that its folder exists and can be written to."""
        if os.path.isdir(path):
            raise InputError(tr("{} is a folder; give a file name for the output").format(path),
                             name)
        if os.path.exists(path) and not os.stat(path).st_mode & 0o222:
            raise InputError(tr("{} exists and is read-only, so it is not replaced; choose "
                                "another file name, or make the file writable first")
                             .format(path), name)
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
        writers = []
        try:
            with io.gdal_env():
                for name, path, description, _ in outputs:
                    with input_for(name):            # its folder and the free disk space
                        writers.append(io.AtomicRasterWriter(
                            path, grid, description, tags,
                            compress=not self.is_intermediate(path)) if path else None)
                io.stream_blocks(grid, compute, writers, progress or self.progress(feedback),
                                 block_size, threads)
                for (name, _, _, _), writer in zip(outputs, writers):
                    if writer is not None:
                        with input_for(name):        # closed and verified, not yet in place
                            writer.finish()
        except BaseException:
            for writer in writers:
                if writer is not None:
                    writer.abort()
            raise
        for writer in writers:                       # every output verified: rename them all
            if writer is not None:
                writer.commit()
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
