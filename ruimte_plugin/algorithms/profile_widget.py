"""The PROFILE choice in the Processing dialog: the profiles by their name in the user's language,
while the value stays the profile id (PROFILE=xxl_logistics in scripts, qgis_process and
models). Imported by the Processing GUI only (through the parameter's "widget_wrapper"
metadata), never by qgis_process."""

from processing.gui.wrappers import WidgetWrapper
from qgis.core import QgsProcessingParameterDefinition
from qgis.gui import QgsGui
from qgis.PyQt.QtWidgets import QComboBox

from ..core.profiles import builtin_ids, builtin_profile
from ..i18n import tr, user_language


def profile_options():
    """[(label, id)]: each built-in profile's name in the user's language and its id."""
    options = []
    for profile_id in builtin_ids():
        try:
            name = builtin_profile(profile_id).name(user_language())
        except Exception:  # a broken profile file still shows, by its id
            name = profile_id
        options.append((f"{name} ({profile_id})", profile_id))
    return options


class ProfileWidgetWrapper(WidgetWrapper):
    """A combo box of profile names whose item data are the ids. In the Model Designer the
    standard QGIS widget is used (it can bind PROFILE to a model input)."""

    def __new__(cls, param, dialog, row=0, col=0, **kwargs):
        if dialog.__class__.__name__ == "ModelerParametersDialog":
            widget = QgsGui.processingGuiRegistry().createModelerParameterWidget(
                dialog.model, dialog.childId, param, dialog.context)
            if widget is not None:
                return widget
        return super().__new__(cls)

    def createWidget(self, **kwargs):  # noqa: N802 (QGIS API name)
        combo = QComboBox()
        optional = bool(self.parameterDefinition().flags() &
                        QgsProcessingParameterDefinition.Flag.FlagOptional)
        if optional:
            combo.addItem(tr("[not set]"), None)
        for label, profile_id in profile_options():
            combo.addItem(label, profile_id)
        return combo

    def setValue(self, value):  # noqa: N802
        if isinstance(value, (list, tuple)):
            value = value[0] if value else None
        index = self.widget.findData(value)
        self.widget.setCurrentIndex(max(index, 0))

    def value(self):
        return self.widget.currentData()
