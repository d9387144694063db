"""Ruimte — QGIS plugin entry point. QGIS calls classFactory(iface); iface is None under
qgis_process. Nothing else happens at import time."""


def classFactory(iface):  # noqa: N802 (QGIS API name)
    from .ruimte_plugin.plugin import RuimtePlugin
    return RuimtePlugin(iface)
