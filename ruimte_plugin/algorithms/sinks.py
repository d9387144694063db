"""Vector outputs whose every write is checked.

QGIS's feature sinks report a failed write (a full disk, a field that does not fit) only in the
return value of ``addFeature`` and in ``lastError()``; an algorithm that ignores them ends "done"
with an empty or missing layer. ``CheckedSink`` raises instead, naming the output parameter; at
the end of the run ``finish`` flushes the sink, releases the writer (which completes the file)
and checks that the file holds every feature written. After an error or a cancellation
``discard`` removes a file that this run created, so nothing half-written is left behind.
RuimteAlgorithm (base.py) calls finish / discard for every sink made with ``feature_sink``.

File outputs are staged: QGIS writes them into a hidden folder beside the target
(``.ruimte-*/<name>``, so a GeoPackage's layer keeps the file's name), and only when every
output of the run is complete and checked are they moved onto their targets (``commit``). A run
that fails, is cancelled or is killed (SIGKILL) leaves the previous output as it was: at most a
hidden staging folder stays behind after a kill."""

import os
import shutil
import tempfile

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

    def __init__(self, sink, destination, name, existed, final=None):
        self.sink = sink
        self.destination = destination
        self.name = name                # the output parameter, for the messages
        self.existed = existed          # the file was there before this run
        self.final = final              # staged: the target file the output is moved onto
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

    def commit(self):
        """Move a staged output onto its target (every file of it: a shapefile has several),
        with the permissions of a new file."""
        if self.final is None:
            return
        from ..core.files import new_file_mode
        staged, _ = output_file(self.destination)
        folder = os.path.dirname(staged)
        target = os.path.dirname(self.final)
        for name in sorted(os.listdir(folder)):
            os.chmod(os.path.join(folder, name), new_file_mode())
            os.replace(os.path.join(folder, name), os.path.join(target, name))
        shutil.rmtree(folder, ignore_errors=True)

    def discard(self):
        """Release the writer and remove what this run wrote: the staging folder, or a file
        this run created."""
        self.sink = None
        path, _ = output_file(self.destination)
        if path and self.final is not None:
            shutil.rmtree(os.path.dirname(path), ignore_errors=True)
        elif path and not self.existed and os.path.isfile(path):
            try:
                os.remove(path)
            except OSError:
                pass


def final_destination(staged_destination, final):
    """The destination string of a staged output with its staged path replaced by ``final``."""
    staged, _, rest = staged_destination.partition("|")
    return final + ("|" + rest if rest else "")


def staged_definition(value, path):
    """(the output value pointing into a new hidden staging folder beside ``path``, that
    folder's file path)."""
    from qgis.core import QgsProcessingOutputLayerDefinition, QgsProperty
    folder = tempfile.mkdtemp(prefix=".ruimte-", dir=os.path.dirname(os.path.abspath(path)))
    staged = os.path.join(folder, os.path.basename(path))
    if isinstance(value, QgsProcessingOutputLayerDefinition):
        copy = QgsProcessingOutputLayerDefinition(value)
        copy.sink = QgsProperty.fromValue(staged)
        return copy, staged
    return staged, staged


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
        path, layer = output_file(target)
        if path:
            self.check_output_folder(path, name)   # no folder, no read-only file, writable
        existed = bool(path) and os.path.exists(path)
        final = staged = None
        if path and layer is None:              # a whole file: write it aside, move it at the end
            staged_value, staged = staged_definition(parameters.get(name), path)
            parameters = dict(parameters, **{name: staged_value})
            final = os.path.abspath(path)
        sink, destination = self.parameterAsSink(parameters, name, context, fields, wkb_type, crs)
        if sink is None:
            if staged:
                shutil.rmtree(os.path.dirname(staged), ignore_errors=True)
            raise InputError(tr("the output cannot be written"), name)
        checked = CheckedSink(sink, destination, name, existed, final)
        self._sinks.append(checked)
        if final is None:
            return checked, destination
        result = final_destination(destination, final)
        layers = context.layersToLoadOnCompletion()    # QGIS loads the target, after the move
        if destination in layers:
            layers[result] = layers.pop(destination)
            context.setLayersToLoadOnCompletion(layers)
        return checked, result

    def finish_sinks(self):
        """Complete and check every sink of this run (after execute), then move the staged
        files onto their targets: none moves unless all are complete."""
        from .parameters import input_for
        for sink in self._sinks:
            with input_for(sink.name):
                sink.finish()
        for sink in self._sinks:
            with input_for(sink.name):
                sink.commit()

    def discard_sinks(self):
        for sink in self._sinks:
            sink.discard()
