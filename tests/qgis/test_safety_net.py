"""The safety net of RuimteAlgorithm.processAlgorithm: an unexpected exception reaches the user
as a message that points to the log, and its traceback is logged as Critical (tab Ruimte)."""

import pytest
from qgis.core import (Qgis, QgsApplication, QgsProcessingContext, QgsProcessingException,
                       QgsProcessingFeedback)

from ruimte_plugin.algorithms.base import RuimteAlgorithm


class Broken(RuimteAlgorithm):
    def name(self):
        return "broken"

    def displayName(self):  # noqa: N802
        return "Broken"

    def initAlgorithm(self, config=None):  # noqa: N802
        pass

    def execute(self, parameters, context, feedback):
        raise ZeroDivisionError("a bug")


def test_unexpected_error_is_logged_as_critical_with_a_pointer(qgis_app):
    logged = []

    def keep(message, tag, level):
        logged.append((message, tag, level))

    log = QgsApplication.messageLog()
    log.messageReceived.connect(keep)
    try:
        with pytest.raises(QgsProcessingException) as err:
            Broken().processAlgorithm({}, QgsProcessingContext(), QgsProcessingFeedback())
    finally:
        log.messageReceived.disconnect(keep)
    message = str(err.value)
    assert "Broken failed: ZeroDivisionError: a bug" in message
    assert "Log Messages" in message and "Ruimte" in message
    assert "Traceback" not in message
    ruimte = [(m, level) for m, tag, level in logged if tag == "Ruimte"]
    assert ruimte and "ZeroDivisionError" in ruimte[-1][0] and ruimte[-1][1] == Qgis.Critical
