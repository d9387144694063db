"""Run a chain of Processing algorithms in one fresh headless QGIS process (a benchmark stage).

    python benchmarks/runner.py SPEC.json RESULT.json

SPEC.json: {"steps": [step, ...]} where a step is
    {"alg": "ruimte:combine", "params": {...}}   processing.run(alg, params), like a model step
    {"rm": ["path", ...]}                        delete intermediate files no longer needed
    {"probe": {"alg": "ruimte:combine", "param": "STANDARDIZE"}}   does the parameter exist?
Layers are given as paths / OGR URIs ("file.gpkg|layername=x"), lists for multi-layer inputs.

RESULT.json: {"ok": bool, "startup_s": ..., "steps": [{"alg", "seconds", "log": [[t, kind,
text], ...], "results"}], "error": ...}; t is seconds since the step started, so the log shows
where the time goes (e.g. reading the inputs until the algorithm's first message).

Start-up is the same for Ruimte and for the QGIS baseline: QgsApplication (offscreen, a throw-away
profile), Processing.initialize() (native, GDAL and QGIS providers) and the Ruimte provider from
this checkout (as scripts/demo.py does), or from the checkout in RUIMTE_BENCH_PLUGIN (the
agreement check against an earlier revision). GDAL settings are left at QGIS's defaults. The
throw-away QGIS profile is made in RUIMTE_BENCH_TMP (default: the system's temporary folder) and
removed at the end.
"""

import json
import os
import shutil
import sys
import tempfile
import time

ROOT = os.environ.get("RUIMTE_BENCH_PLUGIN") or \
    os.path.dirname(os.path.dirname(os.path.abspath(__file__)))


def main(spec_path, result_path):
    t0 = time.perf_counter()
    spec = json.load(open(spec_path))
    os.environ["QT_QPA_PLATFORM"] = "offscreen"
    profile_dir = tempfile.mkdtemp(prefix="ruimte-bench-qgis-",
                                   dir=os.environ.get("RUIMTE_BENCH_TMP") or None)
    try:
        return run(spec, result_path, profile_dir, t0)
    finally:
        shutil.rmtree(profile_dir, ignore_errors=True)


def run(spec, result_path, profile_dir, t0):
    os.environ["QGIS_CUSTOM_CONFIG_PATH"] = profile_dir
    os.environ.setdefault("XDG_RUNTIME_DIR", profile_dir)
    from qgis.core import QgsApplication, QgsProcessingFeedback
    app = QgsApplication([], False)
    app.initQgis()
    sys.path.append("/usr/share/qgis/python/plugins")
    from processing.core.Processing import Processing
    Processing.initialize()
    sys.path.insert(0, ROOT)
    from ruimte_plugin.provider import RuimteProvider
    provider = RuimteProvider()
    QgsApplication.processingRegistry().addProvider(provider)
    import processing

    class Feedback(QgsProcessingFeedback):
        """Keeps every message with its time since the step started."""

        def __init__(self):
            super().__init__()
            self.start = time.perf_counter()
            self.log = []
            self.first_progress = None
            self.progressChanged.connect(self._progress)

        def _add(self, kind, text):
            self.log.append([round(time.perf_counter() - self.start, 3), kind, str(text)])

        def _progress(self, value):
            if self.first_progress is None and value > 0:
                self.first_progress = round(time.perf_counter() - self.start, 3)

        def pushInfo(self, text):  # noqa: N802
            self._add("info", text)

        def pushWarning(self, text):  # noqa: N802
            self._add("warning", text)

        def reportError(self, text, fatal=False):  # noqa: N802
            self._add("error", text)

        def pushCommandInfo(self, text):  # noqa: N802
            self._add("command", text)

    result = {"ok": True, "startup_s": round(time.perf_counter() - t0, 3), "steps": []}
    try:
        for step in spec["steps"]:
            if "rm" in step:
                for path in step["rm"]:
                    if os.path.exists(path):
                        os.remove(path)
                continue
            if "probe" in step:
                alg = QgsApplication.processingRegistry().algorithmById(step["probe"]["alg"])
                result["steps"].append({"probe": step["probe"], "exists": bool(
                    alg is not None and alg.parameterDefinition(step["probe"]["param"])
                    is not None)})
                continue
            feedback = Feedback()
            record = {"alg": step["alg"]}
            result["steps"].append(record)
            started = time.perf_counter()
            try:
                out = processing.run(step["alg"], step["params"], feedback=feedback)
            finally:
                record["seconds"] = round(time.perf_counter() - started, 3)
                record["first_progress_s"] = feedback.first_progress
                record["log"] = feedback.log
            record["results"] = {k: v if isinstance(v, (int, float, str, type(None))) else str(v)
                                 for k, v in out.items()}
    except Exception as err:  # reported in the result file, exit code 1
        result["ok"] = False
        result["error"] = f"{type(err).__name__}: {err}"
    finally:
        QgsApplication.processingRegistry().removeProvider(provider)
        with open(result_path, "w") as fh:
            json.dump(result, fh, indent=1)
    app.exitQgis()
    return 0 if result["ok"] else 1


if __name__ == "__main__":
    sys.exit(main(sys.argv[1], sys.argv[2]))
