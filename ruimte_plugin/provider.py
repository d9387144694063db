"""The "Ruimte voor economie" Processing provider (id ``ruimte``)."""

from qgis.core import QgsProcessingProvider
from qgis.PyQt.QtGui import QIcon

from .algorithms import all_algorithms
from .i18n import tr
from .paths import plugin_version, resource


class RuimteProvider(QgsProcessingProvider):
    ID = "ruimte"

    def id(self):
        return self.ID

    def name(self):
        return tr("Ruimte voor economie")

    def longName(self):  # noqa: N802 (QGIS API name)
        return tr("Ruimte voor economie — suitability of business locations") + \
            f" {plugin_version()}"

    def versionInfo(self):  # noqa: N802
        return plugin_version()

    def icon(self):
        return QIcon(self.svgIconPath())

    def svgIconPath(self):  # noqa: N802
        return resource("icons", "ruimte.svg")

    def supportedOutputRasterLayerExtensions(self):  # noqa: N802
        return ["tif"]

    def defaultRasterFileExtension(self):  # noqa: N802
        return "tif"

    def loadAlgorithms(self):  # noqa: N802
        for algorithm in all_algorithms():
            self.addAlgorithm(algorithm)
