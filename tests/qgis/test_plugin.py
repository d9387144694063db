"""The plugin loads like QGIS loads it: desktop (initGui), qgis_process (initProcessing with
iface None), and every algorithm is documented and usable in the Model Designer."""

import configparser
import importlib.util
import sys

from qgis.core import QgsApplication, QgsProcessingAlgorithm

from testdata import ROOT

EXPECTED = {"standardize", "ahpweights", "combine"}


def load_as_qgis_does():
    """Import the repository root as the package 'ruimte', as QGIS imports a plugin folder."""
    if "ruimte" in sys.modules:
        return sys.modules["ruimte"]
    spec = importlib.util.spec_from_file_location("ruimte", ROOT / "__init__.py",
                                                  submodule_search_locations=[str(ROOT)])
    module = importlib.util.module_from_spec(spec)
    sys.modules["ruimte"] = module
    spec.loader.exec_module(module)
    return module


def test_class_factory_without_iface_registers_provider(qgis_processing):
    registry = QgsApplication.processingRegistry()
    before = registry.providerById("ruimte")
    if before is not None:
        registry.removeProvider(before)
    plugin = load_as_qgis_does().classFactory(None)          # what qgis_process does
    plugin.initProcessing()
    provider = registry.providerById("ruimte")
    assert provider is not None
    assert provider.name() == "Ruimte voor economie"
    assert {a.name() for a in provider.algorithms()} >= EXPECTED
    plugin.unload()
    assert registry.providerById("ruimte") is None


def test_init_gui_and_unload_with_iface(qgis_iface, qgis_processing):
    from ruimte_plugin.plugin import RuimtePlugin
    registry = QgsApplication.processingRegistry()
    if registry.providerById("ruimte") is not None:
        registry.removeProvider(registry.providerById("ruimte"))
    plugin = RuimtePlugin(qgis_iface)
    plugin.initGui()
    assert registry.providerById("ruimte") is not None
    plugin.unload()
    assert registry.providerById("ruimte") is None


def test_every_algorithm_is_documented_and_modeler_visible(provider):
    algorithms = {a.name(): a for a in provider.algorithms()}
    assert EXPECTED <= set(algorithms)
    for name, alg in algorithms.items():
        assert alg.id() == f"ruimte:{name}"
        assert len(alg.shortHelpString()) > 200, name
        assert alg.group() and alg.groupId()
        assert not alg.flags() & QgsProcessingAlgorithm.Flag.FlagHideFromModeler, name
        for param in alg.parameterDefinitions():
            assert param.help(), f"{name}.{param.name()} has no help text"
            assert param.name() == param.name().upper(), f"{name}.{param.name()} not UPPER_SNAKE"


def test_metadata_is_complete():
    parser = configparser.ConfigParser(interpolation=None)
    parser.read(ROOT / "metadata.txt", encoding="utf-8")
    meta = dict(parser["general"])
    for key in ("name", "qgisminimumversion", "description", "about", "version", "author",
                "email", "repository", "tracker", "homepage", "tags", "category", "icon",
                "hasprocessingprovider", "changelog"):
        assert meta.get(key), key
    assert meta["hasprocessingprovider"] == "yes"
    assert meta["qgisminimumversion"] == "3.22"
    assert (ROOT / meta["icon"]).exists()


def test_qgis_process_lists_the_algorithms(qgis_process):
    result = qgis_process("list")
    assert result.returncode == 0, result.stderr
    for name in EXPECTED:
        assert f"ruimte:{name}" in result.stdout
