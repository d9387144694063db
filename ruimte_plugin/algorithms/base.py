"""RuimteAlgorithm, the base of every Ruimte algorithm: identity (group, icon, help), parameter
declaration with help, the run (errors -> messages, cancellation, clean-up) and progress.
Layers, the analysis grid and outputs come from the mixins in layers.py, analysis_grid.py and
outputs.py; ``input_for`` names the parameter in the core's InputErrors.

No maths here: that lives in ``ruimte_plugin.core``."""

import traceback

from qgis.core import (Qgis, QgsMessageLog, QgsProcessingAlgorithm, QgsProcessingException,
                       QgsProcessingParameterDefinition, QgsProcessingParameterEnum,
                       QgsProcessingParameterNumber)
from qgis.PyQt.QtGui import QIcon

from ..core.errors import Cancelled, InputError
from ..i18n import tr, user_language
from ..paths import plugin_homepage, resource
from .analysis_grid import GridParameters
from .layers import LayerInputs
from .outputs import Outputs
from .sinks import SinkOutputs
from .packages import load_rasterio_io, missing_packages, missing_packages_message
from .parameters import input_for, is_unset

__all__ = ["RuimteAlgorithm", "input_for"]


def group_label(group_id):
    """Translated toolbox group names (literal tr() calls so that pylupdate5 finds them)."""
    return {
        "mcda": tr("Multi-criteria analysis"),
        "criteria": tr("Dutch criteria"),
        "profiles": tr("Company profiles"),
        "sites": tr("Candidate sites"),
        "data": tr("Data preparation"),
    }.get(group_id, group_id)


class RuimteAlgorithm(GridParameters, LayerInputs, Outputs, SinkOutputs, QgsProcessingAlgorithm):
    """Base class: subclasses define ``name``, texts, ``initAlgorithm`` and ``execute``."""

    group_id = "mcda"
    #: distance fields computed in the background (DistanceField.start), set by the profile run
    background_distances = False

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

    def optional_number(self, parameters, name, context):
        """The number given, else the parameter's default, else None."""
        if is_unset(parameters.get(name)):
            default = self.parameterDefinition(name).defaultValue()
            return None if is_unset(default) else float(default)
        return self.parameterAsDouble(parameters, name, context)

    def number_list(self, parameters, name, context):
        """The numbers typed in text parameter ``name`` (a decimal comma allowed, see
        core.numbers), as a tuple; errors name the parameter."""
        from ..core.numbers import parse_number_list
        with input_for(name):
            return tuple(parse_number_list(self.parameterAsString(parameters, name, context)))

    def validated_rule(self, rule_class, parameters, context, fields, **given):
        """``rule_class(...).validate()``: the core fields in ``fields`` {field: parameter} are
        read as numbers unless ``given``; an error that names a field names its parameter."""
        numbers = {field: self.optional_number(parameters, name, context)
                   for field, name in fields.items() if field not in given}
        with input_for(**fields):
            return rule_class(**numbers, **given).validate()

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

    # ------------------------------------------------------------ running
    def processAlgorithm(self, parameters, context, feedback):  # noqa: N802
        self._to_close, self._sinks, done = [], [], False
        self._feedback = feedback                # for warnings from the mixins (self.warn)
        try:
            missing = missing_packages()         # qgis_process does not ask canExecute()
            if missing:
                raise QgsProcessingException(missing_packages_message(missing))
            result = self.execute(parameters, context, feedback)
            self.finish_sinks()                  # every vector output complete and checked
            self.warn_about_values()             # infinite values, scores outside 0-1
            done = True
            return result
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
            QgsMessageLog.logMessage(traceback.format_exc(), "Ruimte", Qgis.Critical)
            message = tr("{} failed: {}: {} (the details are in the Log Messages panel, tab "
                         "Ruimte)").format(self.displayName(), type(err).__name__, err)
        finally:
            for item in self._to_close:
                item.close()
            if not done:                         # no half-written vector output stays
                self.discard_sinks()
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
        with input_for(self.PIXEL_SIZE):          # memory and disk space grow with the grid
            field.check_memory(threads=self.threads())
            if self.background_distances:         # in a profile run: see profile_pipeline
                return field.start(lambda _: not feedback.isCanceled(), self.threads())
            return field.prepare(self.progress(feedback, start, end), self.threads())

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
