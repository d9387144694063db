"""Vector outputs whose every write is checked.

QGIS's feature sinks report a failed write (a full disk, a field that does not fit) only in the
return value of ``addFeature`` and in ``lastError()``; an algorithm that ignores them ends "done"
with an empty or missing layer. ``CheckedSink`` raises instead, naming the output parameter; at
the end of the run ``finish`` flushes the sink, releases the writer (which completes the file)
and checks that the file holds every feature written. After an error or a cancellation
``discard`` removes a file that this run created, so nothing half-written is left behind.
RuimteAlgorithm (base.py) calls finish / discard for every sink made with ``feature_sink``."""

import os

from qgis.core import QgsFeatureSink

from ..core.errors import InputError
from ..i18n import tr


def output_file(destination):
    """(file path, layer name or None) of a sink destination that is a file, else (None, None)
    (memory layers, layer ids, database URIs)."""
    if not destination or not isinstance(destination, str):
        return None, None
    if destination.startswith(("memory:", "ogr:", "postgres:", "spatialite:")):
        return None, None
    path, _, rest = destination.partition("|")
    layer = None
    for part in rest.split("|"):
        if part.startswith("layername="):
            layer = part[len("layername="):]
    if not os.path.splitext(path)[1]:
        return None, None
    return path, layer


def count_features(path, layer=None):
    """Features in ``layer`` (or the only/first layer) of the vector file at ``path``, read with
    OGR; None when the file cannot be opened."""
    from osgeo import ogr
    dataset = ogr.Open(path)
    if dataset is None:
        return None
    found = dataset.GetLayerByName(layer) if layer else dataset.GetLayer(0)
    return None if found is None else found.GetFeatureCount()


class CheckedSink:
    """A QgsFeatureSink whose every ``addFeature`` is checked (see the module docstring)."""

    def __init__(self, sink, destination, name, existed):
        self.sink = sink
        self.destination = destination
        self.name = name                # the output parameter, for the messages
        self.existed = existed          # the file was there before this run
        self.count = 0

    def _failed(self, error):
        return InputError(tr("{} could not be written ({}); check the free disk space and the "
                             "folder's permissions").format(self.destination,
                                                            error or tr("no reason given")),
                          self.name)

    def addFeature(self, feature, flags=QgsFeatureSink.FastInsert):  # noqa: N802 (QGIS name)
        if not self.sink.addFeature(feature, flags):
            raise self._failed(self.sink.lastError())
        self.count += 1
        return True

    def finish(self):
        """Flush, release the writer and check the file's feature count."""
        if self.sink is None:
            return
        if not self.sink.flushBuffer() or self.sink.lastError():
            raise self._failed(self.sink.lastError())
        self.sink = None                    # the writer closes: the file is complete now
        path, layer = output_file(self.destination)
        if path is None:
            return
        found = count_features(path, layer)
        if found != self.count:
            raise self._failed(tr("{} of {} features in the file").format(
                "-" if found is None else found, self.count))

    def discard(self):
        """Release the writer and remove the file when this run created it."""
        self.sink = None
        path, _ = output_file(self.destination)
        if path and not self.existed and os.path.isfile(path):
            try:
                os.remove(path)
            except OSError:
                pass


class SinkOutputs:
    """RuimteAlgorithm's vector outputs (a mixin: it uses the QgsProcessingAlgorithm methods and
    the ``_sinks`` list that processAlgorithm keeps)."""

    def feature_sink(self, parameters, name, context, fields, wkb_type, crs):
        """(CheckedSink, destination) for the output parameter ``name``; (None, None) for an
        optional output the user skipped; an InputError naming it when QGIS cannot create the
        sink."""
        from qgis.core import QgsProcessingParameterDefinition
        from .parameters import is_unset
        definition = self.parameterDefinition(name)
        if definition.flags() & QgsProcessingParameterDefinition.FlagOptional and \
                is_unset(parameters.get(name)):
            return None, None
        target = self.parameterAsOutputLayer(parameters, name, context)
        path, _ = output_file(target)
        if path:
            self.check_output_folder(path, name)   # no folder, no read-only file, writable
        existed = bool(path) and os.path.exists(path)
        sink, destination = self.parameterAsSink(parameters, name, context, fields, wkb_type, crs)
        if sink is None:
            raise InputError(tr("the output cannot be written"), name)
        checked = CheckedSink(sink, destination, name, existed)
        self._sinks.append(checked)
        return checked, destination

    def finish_sinks(self):
        """Complete and check every sink of this run (after execute)."""
        from .parameters import input_for
        for sink in self._sinks:
            with input_for(sink.name):
                sink.finish()

    def discard_sinks(self):
        for sink in self._sinks:
            sink.discard()
