"""Run inside the QGIS desktop (qgis --code desktop_check.py) by test_desktop.py: opens the
Processing dialog of ruimte:profilesuitability, saves a screenshot, lists the Ruimte algorithms
the Model Designer offers, writes the findings as JSON and quits QGIS."""

import json
import os

from qgis.core import QgsApplication
from qgis.PyQt.QtCore import QModelIndex, QTimer
import qgis.utils

STATE = {}


def modeler_algorithms():
    """Algorithm ids in the Model Designer's algorithm tree (the toolbox model it uses, with
    the modeler filter)."""
    from qgis.gui import QgsProcessingToolboxModel, QgsProcessingToolboxProxyModel
    model = QgsProcessingToolboxProxyModel(None, QgsApplication.processingRegistry())
    model.setFilters(QgsProcessingToolboxProxyModel.FilterModeler)
    found = []

    def walk(parent):
        for row in range(model.rowCount(parent)):
            index = model.index(row, 0, parent)
            algorithm = model.data(index, QgsProcessingToolboxModel.RoleAlgorithmId)
            if algorithm:
                found.append(algorithm)
            walk(index)
    walk(QModelIndex())
    return sorted(a for a in found if a.startswith("ruimte:"))


def open_dialog():
    import processing
    dialog = processing.createAlgorithmDialog("ruimte:profilesuitability")
    dialog.resize(1000, 800)
    dialog.show()
    STATE["dialog"] = dialog
    QTimer.singleShot(2000, finish)


def finish():
    dialog = STATE["dialog"]
    dialog.grab().save(os.environ["RUIMTE_SCREENSHOT"])
    from qgis.PyQt.QtWidgets import QLabel
    labels = sorted({label.text() for label in dialog.findChildren(QLabel) if label.text()})
    from qgis.PyQt.QtWidgets import QComboBox
    profiles = [[combo.itemText(i), combo.itemData(i)] for combo in dialog.findChildren(QComboBox)
                for i in range(combo.count()) if combo.itemData(i) == "xxl_logistics"]
    try:
        profile_value = dialog.createProcessingParameters().get("PROFILE")
    except Exception as err:  # noqa: BLE001 (reported, not raised: the dialog must close)
        profile_value = f"error: {err}"
    result = {"active_plugins": list(qgis.utils.active_plugins), "labels": labels,
              "profiles": profiles, "profile_value": str(profile_value),
              "modeler": modeler_algorithms(), "dialog_title": dialog.windowTitle(),
              "qgis": qgis.utils.Qgis.QGIS_VERSION}
    with open(os.environ["RUIMTE_DESKTOP_JSON"], "w", encoding="utf-8") as handle:
        json.dump(result, handle)
    dialog.close()
    QgsApplication.exit(0)


QTimer.singleShot(3000, open_dialog)
