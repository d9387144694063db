"""Run inside the QGIS desktop (qgis --code desktop_project_check.py) by test_desktop.py: opens
the project $RUIMTE_PROJECT as a user would, lets the canvas render, and writes as JSON the
messages QGIS logged meanwhile (a missing font is logged there, and shown in the message bar)
and the extent of the map canvas; then quits QGIS."""

import json
import os

from qgis.core import QgsApplication
from qgis.PyQt.QtCore import QTimer
from qgis.utils import iface

MESSAGES = []


def remember(message, tag, level):
    MESSAGES.append({"message": message, "tag": tag, "level": int(level)})


def open_project():
    QgsApplication.messageLog().messageReceived.connect(remember)
    iface.addProject(os.environ["RUIMTE_PROJECT"])
    QTimer.singleShot(4000, finish)


def finish():
    canvas = iface.mapCanvas()
    extent = canvas.extent()
    result = {"messages": MESSAGES, "crs": canvas.mapSettings().destinationCrs().authid(),
              "extent": [extent.xMinimum(), extent.yMinimum(), extent.xMaximum(),
                         extent.yMaximum()]}
    with open(os.environ["RUIMTE_DESKTOP_JSON"], "w", encoding="utf-8") as handle:
        json.dump(result, handle)
    QgsApplication.exit(0)


QTimer.singleShot(3000, open_project)
