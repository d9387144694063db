"""Run: ruimte:profilesuitability at full resolution with the panel's profile file, as a QGIS
task (progress, cancel) that loads the styled results; and the equivalent qgis_process
command."""

import shlex

from qgis.core import (QgsApplication, QgsProcessingAlgRunnerTask, QgsProcessingContext,
                       QgsProcessingFeedback, QgsProject)

from ..algorithms.profile_suitability import CRITERION_OUTPUTS

ALGORITHM = "ruimte:profilesuitability"


def output_parameters(outputs=None):
    """OUTPUT, EXCLUDED, EVIDENCE and the criterion scores: file paths from ``outputs``
    {name: path}, else temporary outputs (loaded into the project when the task ends)."""
    names = ["OUTPUT", "EXCLUDED", "EVIDENCE"] + list(CRITERION_OUTPUTS.values())
    outputs = outputs or {}
    return {name: outputs.get(name, "TEMPORARY_OUTPUT") for name in names}


def command_text(params):
    """The qgis_process command of ``params`` (values as qgis_process reads them: lists
    repeat the parameter, booleans are true/false), one parameter per line."""
    parts = ["qgis_process", "run", ALGORITHM, "--"]
    for name, value in params.items():
        values = value if isinstance(value, (list, tuple)) else [value]
        for item in values:
            if isinstance(item, bool):
                item = "true" if item else "false"
            parts.append(shlex.quote(f"{name}={item}"))
    return " \\\n  ".join(parts)


class RunTask:
    """Starts ruimte:profilesuitability as a QgsProcessingAlgRunnerTask; ``done(ok, results)``
    is called in the main thread after the results are loaded into the project."""

    def __init__(self, params, done=None, description="Ruimte"):
        self.params = dict(params)
        self.done = done
        self.results = None
        self.ok = None
        self.context = QgsProcessingContext()
        self.context.setProject(QgsProject.instance())
        self.feedback = QgsProcessingFeedback()
        alg = QgsApplication.processingRegistry().createAlgorithmById(ALGORITHM)
        self.alg = alg
        self.task = QgsProcessingAlgRunnerTask(alg, self.params, self.context, self.feedback)
        self.task.setDescription(description)
        self.task.executed.connect(self._executed)

    def start(self):
        QgsApplication.taskManager().addTask(self.task)
        return self.task

    def cancel(self):
        self.feedback.cancel()
        self.task.cancel()

    def _executed(self, ok, results):
        self.ok, self.results = ok, results
        if ok:
            load_results(self.alg, self.context, self.feedback)
        if self.done is not None:
            self.done(ok, results)


def load_results(alg, context, feedback):
    """Load the outputs the algorithm registered for loading, with the plugin's styles and
    layer group, as the Processing dialog does."""
    try:
        from processing.gui.Postprocessing import handleAlgorithmResults
    except ImportError:           # Processing plugin not available: nothing to load into
        return
    handleAlgorithmResults(alg, context, feedback)
