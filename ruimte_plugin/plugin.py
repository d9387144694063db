"""The QGIS plugin object: installs the translator and registers the Processing provider."""

import os

from qgis.core import QgsApplication, QgsSettings
from qgis.PyQt.QtCore import QCoreApplication, QLocale, QTranslator

from .paths import PLUGIN_DIR
from .provider import RuimteProvider


def _install_translator():
    """Load i18n/ruimte_<locale>.qm (full locale first, then the language) if it exists."""
    locale = QgsSettings().value("locale/userLocale", QLocale().name()) or ""
    for name in (locale, locale[:2]):
        path = os.path.join(PLUGIN_DIR, "i18n", f"ruimte_{name}.qm")
        if name and os.path.exists(path):
            translator = QTranslator()
            if translator.load(path):
                QCoreApplication.installTranslator(translator)
                return translator
    return None


class RuimtePlugin:
    """initGui() for the desktop, initProcessing() for qgis_process; never touches iface here."""

    def __init__(self, iface):
        self.iface = iface
        self.provider = None
        self.translator = _install_translator()

    def initProcessing(self):  # noqa: N802 (QGIS API name)
        registry = QgsApplication.processingRegistry()
        if registry.providerById(RuimteProvider.ID) is not None:
            return
        provider = RuimteProvider()
        if registry.addProvider(provider):
            self.provider = provider

    def initGui(self):  # noqa: N802 (QGIS API name)
        self.initProcessing()

    def unload(self):
        if self.provider is not None:
            QgsApplication.processingRegistry().removeProvider(self.provider)
            self.provider = None
        if self.translator is not None:
            QCoreApplication.removeTranslator(self.translator)
            self.translator = None
