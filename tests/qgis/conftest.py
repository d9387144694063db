"""Real-QGIS fixtures: the Ruimte provider registered in the processing registry, and a runner
for the qgis_process binary with the plugin from this checkout."""

import gc
import json
import os
import subprocess


import pytest
from qgis.core import QgsApplication

from ruimte_plugin.provider import RuimteProvider

from testdata import ROOT
QGIS_PROCESS = ROOT / "scripts" / "qgis_process"


@pytest.fixture(autouse=True)
def collect_cycles():
    """Free layers held in reference cycles after each test: a GeoPackage layer object still
    alive when QGIS shuts down crashes QGIS 3.40 at exit. (A layer *object* handed to a Python
    algorithm that fails stays referenced from QGIS's processing frames even so: tests of
    failures pass layers as URIs.)"""
    yield
    gc.collect()


@pytest.fixture()
def provider(qgis_processing):
    """Function-scoped: the registry deletes a provider whose id is registered twice."""
    registry = QgsApplication.processingRegistry()
    existing = registry.providerById(RuimteProvider.ID)
    if existing is not None:
        yield existing
        return
    prov = RuimteProvider()
    assert registry.addProvider(prov)
    yield prov
    registry.removeProvider(prov)


class QgisProcessResult:
    def __init__(self, completed):
        self.returncode = completed.returncode
        self.stdout = completed.stdout
        self.stderr = completed.stderr

    @property
    def json(self):
        return json.loads(self.stdout)


def run_qgis_process(*args, env=None, timeout=300):
    """Run scripts/qgis_process with ``args``; returns stdout, stderr and the exit code."""
    full_env = dict(os.environ, **(env or {}))
    full_env.pop("QGIS_CUSTOM_CONFIG_PATH", None)     # the wrapper makes its own profile
    completed = subprocess.run([str(QGIS_PROCESS), *args], capture_output=True, text=True,
                               env=full_env, timeout=timeout)
    return QgisProcessResult(completed)


@pytest.fixture
def qgis_process():
    return run_qgis_process
