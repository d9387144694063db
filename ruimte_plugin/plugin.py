"""The QGIS plugin object: installs the translator, registers the Processing provider and, on
the desktop, adds the Ruimte panel (Plugins > Ruimte menu and a toolbar button)."""

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
        self.panel = None
        self.action = None

    def initProcessing(self):  # noqa: N802 (QGIS API name)
        registry = QgsApplication.processingRegistry()
        if registry.providerById(RuimteProvider.ID) is not None:
            return
        provider = RuimteProvider()
        if registry.addProvider(provider):
            self.provider = provider

    def initGui(self):  # noqa: N802 (QGIS API name)
        self.initProcessing()
        if self.iface is None:
            return
        from qgis.PyQt.QtGui import QIcon
        from qgis.PyQt.QtWidgets import QAction
        from .i18n import tr
        self.action = QAction(QIcon(os.path.join(PLUGIN_DIR, "resources", "icons", "ruimte.svg")),
                              tr("Ruimte panel (suitability modeler)"),
                              self.iface.mainWindow())
        self.action.setObjectName("RuimtePanelAction")
        self.action.setCheckable(True)
        self.action.toggled.connect(self.show_panel)
        self.iface.addPluginToMenu(tr("&Ruimte"), self.action)
        self.iface.addToolBarIcon(self.action)

    def show_panel(self, visible=True):
        """Create the dock on first use (it imports matplotlib), then show or hide it."""
        if self.panel is None:
            if not visible:
                return
            from qgis.PyQt.QtCore import Qt
            from .gui.panel import RuimtePanel
            self.panel = RuimtePanel(self.iface, self.iface.mainWindow())
            self.iface.addDockWidget(Qt.RightDockWidgetArea, self.panel)
            self.panel.visibilityChanged.connect(self._panel_visibility)
        self.panel.setVisible(visible)

    def _panel_visibility(self, visible):
        if self.action is not None and self.action.isChecked() != visible:
            self.action.blockSignals(True)
            self.action.setChecked(visible)
            self.action.blockSignals(False)

    def unload(self):
        if self.action is not None:
            from .i18n import tr
            self.iface.removePluginMenu(tr("&Ruimte"), self.action)
            self.iface.removeToolBarIcon(self.action)
            self.action.deleteLater()
            self.action = None
        if self.panel is not None:
            self.iface.removeDockWidget(self.panel)
            self.panel.deleteLater()
            self.panel = None
        if self.provider is not None:
            QgsApplication.processingRegistry().removeProvider(self.provider)
            self.provider = None
        if self.translator is not None:
            QCoreApplication.removeTranslator(self.translator)
            self.translator = None
