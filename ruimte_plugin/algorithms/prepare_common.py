"""Shared by the data-preparation readers (group "Data preparation"): fields of an official
dataset found under their published names (errors name the field and the dataset expected),
feature sinks, and copying features."""

from qgis.core import (QgsFeature, QgsFeatureRequest, QgsFeatureSink,
                       QgsProcessingParameterEnum, QgsProcessingParameterFeatureSink)

from ..core.errors import Cancelled, InputError
from ..core.prepare.schema import require_field
from ..i18n import tr
from .base import RuimteAlgorithm, input_for
from .layers import iter_features


class PrepareAlgorithm(RuimteAlgorithm):
    """A reader: one official product in, the input of one criterion out."""

    group_id = "data"

    def required_source(self, parameters, name, context):
        source = self.parameterAsSource(parameters, name, context)
        if source is None:
            raise InputError(tr("no layer was given"), name)
        return source

    def field_of(self, source, name, candidates, dataset, given=None):
        """The field of ``source`` to read (see core.prepare.schema.require_field); errors name
        parameter ``name``."""
        with input_for(name):
            return require_field(source.fields().names(), candidates, dataset,
                                 source.sourceName(), given)

    def given_field(self, parameters, name, context):
        return self.parameterAsString(parameters, name, context).strip() or None

    def add_multi_choice(self, name, description, options, defaults, help_text):
        param = QgsProcessingParameterEnum(name, description, options=list(options),
                                           allowMultiple=True, defaultValue=list(defaults))
        param.setUsesStaticStrings(True)
        return self.add(param, help_text)

    def add_sink(self, name, description, kind, help_text, optional=False, default=True):
        return self.add(QgsProcessingParameterFeatureSink(
            name, description, kind, optional=optional, createByDefault=default), help_text)

    def sink(self, parameters, name, context, fields, wkb_type, crs):
        """(sink, destination id), or (None, None) for an optional output left out; every write
        checked (RuimteAlgorithm.feature_sink, algorithms/sinks.py)."""
        return self.feature_sink(parameters, name, context, fields, wkb_type, crs)

    @staticmethod
    def features(source, feedback, fields=None):
        """The features of ``source`` (all attributes unless ``fields`` names some), checking
        for cancellation."""
        request = QgsFeatureRequest()
        if fields is not None:
            request.setSubsetOfAttributes(list(fields), source.fields())
        for i, feature in enumerate(iter_features(source, request)):
            if i % 5000 == 0 and feedback.isCanceled():
                raise Cancelled()
            yield feature

    @staticmethod
    def add_copy(sink, feature, fields, extra=()):
        """Add ``feature`` to ``sink`` with attributes ``feature``'s + ``extra`` under ``fields``."""
        out = QgsFeature(fields)
        if feature.hasGeometry():
            out.setGeometry(feature.geometry())
        out.setAttributes(list(feature.attributes()) + list(extra))
        sink.addFeature(out, QgsFeatureSink.FastInsert)
