"""Translation helper. pylupdate5 files bare tr() calls under the "@default" context, so the
lookup must use that context too (reference/qgis-engineering.md §4)."""

from qgis.PyQt.QtCore import QCoreApplication


def tr(text):
    """Translate ``text`` (English source) into the user's QGIS locale, if a .qm is loaded."""
    return QCoreApplication.translate("@default", text)
