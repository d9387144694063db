"""DESIGN §1: the core holds no QGIS. Importing every module of ``ruimte_plugin.core`` must
leave no ``qgis`` module in sys.modules; checked in a fresh interpreter, so that what other
tests import does not count. Pure Python, no QGIS."""

import subprocess
import sys

from testdata import ROOT

SCRIPT = """
import importlib, pkgutil, sys
import ruimte_plugin.core as core
names = [m.name for m in pkgutil.walk_packages(core.__path__, core.__name__ + ".")]
for name in names:
    importlib.import_module(name)
leaked = sorted(m for m in sys.modules if m == "qgis" or m.startswith("qgis."))
print(len(names))
print(" ".join(leaked))
"""


def core_import(script=SCRIPT):
    """(modules imported, qgis modules loaded) of a fresh interpreter running ``script``."""
    result = subprocess.run([sys.executable, "-c", script], cwd=ROOT, capture_output=True,
                            text=True, timeout=300)
    assert result.returncode == 0, result.stderr
    count, leaked = (result.stdout.splitlines() + ["", ""])[:2]
    return int(count), leaked.split()


def test_importing_the_core_loads_no_qgis():
    count, leaked = core_import()
    assert count >= 20                      # the walk found the modules (criteria/ included)
    assert leaked == [], f"core modules import QGIS: {leaked}"


def test_the_check_sees_qgis_when_it_is_imported():
    """The interpreter can import qgis, so a core module that did would be caught."""
    _, leaked = core_import(SCRIPT.replace("leaked =", "import qgis.core\nleaked =", 1))
    assert "qgis.core" in leaked
