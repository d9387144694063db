"""Run inside the QGIS desktop (qgis --code desktop_panel_check.py) by test_desktop.py: opens the
Ruimte panel from the plugin's menu action as a user would, loads the demo layers
($RUIMTE_DEMO_COPY, a copy of the demo GeoPackage) into the project, gives them to the panel,
computes the preview at coarse cells, changes the road curve and the grid weight, and writes as
JSON what the panel shows (profile names, dock visibility, preview means before and after the
edits, the saved profile); a screenshot of the main window goes to $RUIMTE_SCREENSHOT."""

import json
import os

import numpy as np
from qgis.core import QgsApplication, QgsProject, QgsVectorLayer
from qgis.PyQt.QtCore import QTimer
from qgis.PyQt.QtWidgets import QAction
from qgis.utils import iface

#: the demo's inputs (scripts/demo_common.py INPUTS): (input, layer, subset)
LAYERS = [("HABITATS", "natura2000", '"stikstofgevoelig" = 1'), ("PROTECTED", "natura2000", None),
          ("PROTECTED", "nnn", None), ("VALUED", "nationaal_park", None),
          ("RAMPS", "ramps", "\"road\" = 'dual'"),
          ("CAPACITY_AREAS", "capaciteit_illustratief", None),
          ("SUBSTATIONS", "hv_substations", None)]
RESULT = {}


def mean(values):
    return None if values is None else float(np.nanmean(values))


def drive():
    try:
        action = iface.mainWindow().findChild(QAction, "RuimtePanelAction")
        RESULT["action"] = action is not None
        action.trigger()                                  # as a click on the toolbar button
        import qgis.utils
        panel = qgis.utils.plugins["ruimte"].panel
        RESULT["dock_visible"] = panel.isVisible()
        RESULT["profiles"] = [panel.profile_choice.itemText(i)
                              for i in range(panel.profile_choice.count())]
        gpkg = os.environ["RUIMTE_DEMO_COPY"]
        chosen = {}
        for name, layer_name, subset in LAYERS:
            uri = f"{gpkg}|layername={layer_name}" + (f"|subset={subset}" if subset else "")
            layer = QgsVectorLayer(uri, layer_name, "ogr")
            QgsProject.instance().addMapLayer(layer)
            chosen.setdefault(name, []).append(layer)
        panel.set_state(panel.state)
        for name, layers in chosen.items():
            panel.inputs.set_layers(name, layers)
        panel.accept_missing.setChecked(True)
        panel.preview_cell.setValue(2000)
        RESULT["computed"] = bool(panel.compute_preview_data())
        RESULT["mean_before"] = mean(panel.values)
        panel.curve.set_param("max_m", 15000)
        RESULT["mean_after_curve"] = mean(panel.values)
        panel.weights.set_weight("grid", 0.5)
        RESULT["mean_after_weight"] = mean(panel.values)
        RESULT["status"] = panel.status.text()
        path = os.path.join(os.path.dirname(os.environ["RUIMTE_DESKTOP_JSON"]), "panel.json")
        panel.save_profile(path)
        with open(path, encoding="utf-8") as handle:
            saved = json.load(handle)
        RESULT["saved_road_max"] = saved["transport"]["road"]["max_m"]
        QTimer.singleShot(1500, finish)
    except Exception as err:  # reported to the test, which fails with it
        import traceback
        RESULT["error"] = traceback.format_exc() or str(err)
        finish()


def finish():
    shot = os.environ.get("RUIMTE_SCREENSHOT")
    if shot:
        iface.mainWindow().grab().save(shot)
    with open(os.environ["RUIMTE_DESKTOP_JSON"], "w", encoding="utf-8") as handle:
        json.dump(RESULT, handle, default=str)
    QgsApplication.exit(0)


QTimer.singleShot(3000, drive)
