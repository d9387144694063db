"""Translation helper. pylupdate5 files bare tr() calls under the "@default" context, so the
lookup must use that context too.

Importing this module also installs ``tr`` as the translator of the QGIS-free core
(core/i18n.py), so that core messages are translated whenever the plugin runs inside QGIS."""

from qgis.PyQt.QtCore import QCoreApplication

from .core import i18n as core_i18n


def tr(text):
    """Translate ``text`` (English source) into the user's QGIS locale, if a .qm is loaded."""
    return QCoreApplication.translate("@default", text)


core_i18n.set_translator(tr)


def user_language():
    """'nl' when QGIS runs in Dutch, else 'en' (for texts that come in both, e.g. profile
    names)."""
    from qgis.core import QgsApplication
    return "nl" if QgsApplication.locale().lower().startswith("nl") else "en"
