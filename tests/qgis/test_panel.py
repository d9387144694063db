"""The Ruimte panel with real widgets (offscreen) on the Drenthe demo data and the XXL logistics
profile: the preview equals profilesuitability at the coarse grid, edits of a curve and a weight
give the numbers of the core functions on the same arrays, save and reopen restore the state,
and Run gives the rasters of a qgis_process run of the saved profile.

Screenshots of the panel go to $RUIMTE_PANEL_SHOTS (e.g. docs/img), else to tmp_path."""

import os
import shlex
import shutil
import time
from pathlib import Path

import numpy as np
import pytest
from qgis.core import QgsApplication, QgsProject, QgsVectorLayer
from qgis.PyQt.QtCore import QCoreApplication

from ruimte_plugin.core.aggregate import Aggregation
from ruimte_plugin.core.criteria.accessibility import distance_score
from ruimte_plugin.core.criteria.nitrogen import NitrogenModel
from ruimte_plugin.core.profiles import check_profile
from testdata import ROOT

DEMO = ROOT / "resources" / "demo" / "drenthe.gpkg"
#: the demo's inputs (scripts/demo_common.py INPUTS): (input, layer, subset)
LAYERS = [("HABITATS", "natura2000", '"stikstofgevoelig" = 1'), ("PROTECTED", "natura2000", None),
          ("PROTECTED", "nnn", None), ("VALUED", "nationaal_park", None),
          ("RAMPS", "ramps", "\"road\" = 'dual'"), ("CAPACITY_AREAS", "capaciteit_illustratief", None),
          ("SUBSTATIONS", "hv_substations", None)]


@pytest.fixture
def panel(provider, qgis_app, qgis_processing, tmp_path):
    """The panel with the demo layers chosen (a copy of the GeoPackage: QGIS opens it for
    update), ACCEPT_MISSING ticked (no houses in the demo data: zoning is not assessed)."""
    from ruimte_plugin.gui.panel import RuimtePanel
    gpkg = tmp_path / "drenthe.gpkg"
    shutil.copy(DEMO, gpkg)
    project = QgsProject.instance()
    chosen = {}
    for name, layer_name, subset in LAYERS:
        uri = f"{gpkg}|layername={layer_name}" + (f"|subset={subset}" if subset else "")
        layer = QgsVectorLayer(uri, f"{layer_name}{' (subset)' if subset else ''}", "ogr")
        assert layer.isValid(), uri
        project.addMapLayer(layer)
        chosen.setdefault(name, []).append(layer)
    widget = RuimtePanel(None)
    assert widget.profile_choice.currentData() == "xxl_logistics"
    widget.set_state(widget.state)                       # rows list the project's layers
    for name, layers in chosen.items():
        widget.inputs.set_layers(name, layers)
    widget.accept_missing.setChecked(True)
    widget.preview_cell.setValue(1000)
    yield widget
    widget.deleteLater()
    project.removeAllMapLayers()


def shots_dir(tmp_path):
    folder = Path(os.environ.get("RUIMTE_PANEL_SHOTS", tmp_path))
    folder.mkdir(parents=True, exist_ok=True)
    return folder


def save_shot(widget, path, limit=200_000):
    """A screenshot as PNG, in 256 colours when the full colours exceed ``limit`` bytes."""
    from qgis.PyQt.QtCore import Qt
    from qgis.PyQt.QtGui import QImage
    image = widget.grab().toImage()
    image.save(str(path))
    if path.stat().st_size > limit:
        image.convertToFormat(QImage.Format_Indexed8, Qt.ThresholdDither).save(str(path))
    assert path.stat().st_size < limit


def expected_preview(panel, ahp_weights, grid_weight, road_max):
    """The suitability by the core functions directly on the panel's coarse arrays: road
    distance score with the new maximum, nitrogen score at the profile's threshold, the AHP
    weights (6 decimals) with grid set to ``grid_weight``, renormalised over the criteria with
    data (zoning has none), written with 6 decimals as profilesuitability passes them to combine,
    WLC, 0 where a hard rule excludes, NoData outside."""
    arrays = panel.arrays
    scores = dict(arrays["scores"])
    scores["accessibility"] = distance_score(arrays["raw"]["accessibility.road"], 3000, road_max)
    scores["nitrogen"] = NitrogenModel(5000, 0, threshold=0.005).score(arrays["raw"]["nitrogen"])
    raw = {c: round(w, 6) for c, w in ahp_weights.items() if c in scores}
    raw["grid"] = grid_weight
    total = sum(raw.values())
    rounded = {c: float(f"{w / total:.6f}") for c, w in raw.items()}
    names = list(rounded)
    out = Aggregation("wlc", tuple(rounded[c] / sum(rounded.values()) for c in names)).apply(
        np.stack([scores[c] for c in names]))
    out[arrays["excluded"] == 0] = 0
    out[np.isnan(arrays["excluded"])] = np.nan
    return out


def test_panel_preview_save_reopen_and_run(panel, tmp_path, qgis_process):
    from ruimte_plugin.gui.panel import RuimtePanel
    from ruimte_plugin.gui.preview_data import read_array
    labels = [panel.inputs.form.itemAt(i, 0).widget().text()
              for i in range(panel.inputs.form.rowCount())]
    assert any(text.endswith("(needed)") for text in labels)    # HABITATS: nitrogen essential
    ahp_weights = panel.state.weights()
    assert panel.compute_preview_data(), panel.status.text()
    # before any edit the preview IS ruimte:profilesuitability's output at the coarse grid
    np.testing.assert_allclose(panel.values, panel.arrays["output"], atol=1e-6)
    assert set(panel.arrays["raw"]) == {"accessibility.road", "nitrogen"}

    # one curve breakpoint and one weight, as a user edits them
    assert panel.curve_choice.currentData() == "accessibility.road"
    panel.curve.set_param("max_m", 15000)
    panel.weights.set_weight("grid", 0.5)
    expected = expected_preview(panel, ahp_weights, 0.5, 15000)
    np.testing.assert_allclose(panel.values, expected, atol=1e-6)
    assert not np.allclose(np.nan_to_num(panel.values), np.nan_to_num(panel.arrays["output"]))
    # a preview edit is milliseconds: 100 edits well under a second each
    started = time.perf_counter()
    panel.update_preview()
    assert time.perf_counter() - started < 1.0
    shots = shots_dir(tmp_path)
    panel.resize(480, 900)
    body = panel.widget().widget()
    body.resize(480, body.sizeHint().height())
    save_shot(body, shots / "panel_overview.png")
    save_shot(panel.curve.parentWidget().parentWidget(), shots / "panel_curve.png")
    save_shot(panel.image.parentWidget(), shots / "panel_preview.png")

    # save -> a valid profile; reopen in a new panel -> the same state
    saved = tmp_path / "xxl_panel.json"
    panel.save_profile(str(saved))
    profile = check_profile(__import__("json").loads(saved.read_text(encoding="utf-8")))
    assert profile.road.max_m == 15000 and profile.weights_method.startswith("direct")
    other = RuimtePanel(None)
    assert other.open_profile(str(saved))
    assert other.state.data == panel.state.data
    assert other.weights.direct.cellWidget(
        other.state.weighted_criteria().index("grid"), 1).value() == 0.5
    assert other.curve.params() == {"ideal_m": 3000.0, "max_m": 15000.0}
    other.weights.ahp_button.setChecked(True)             # AHP table from the direct weights
    other.weights.set_judgement(0, 1, "3")
    assert "Consistency ratio" in other.weights.consistency.text() or \
        "Consistentieratio" in other.weights.consistency.text()
    save_shot(other.weights, shots / "panel_weights_ahp.png")
    other.deleteLater()

    # Run (the QGIS task) against the qgis_process command shown in the panel
    panel.run_cell.setValue(500)
    command = panel.command.toPlainText()
    assert str(saved) in command and "ruimte:profilesuitability" in command
    run_out = {"OUTPUT": str(tmp_path / "run.tif"), "EXCLUDED": str(tmp_path / "run_ex.tif")}
    task = panel.start_run(run_out)
    deadline = time.time() + 300
    while task.ok is None and time.time() < deadline:
        QCoreApplication.processEvents()
        time.sleep(0.05)
    assert task.ok, task.feedback.textLog() if hasattr(task.feedback, "textLog") else ""
    args = shlex.split(command.replace("\\\n", " "))[1:]
    cli_out = {"OUTPUT": tmp_path / "cli.tif", "EXCLUDED": tmp_path / "cli_ex.tif"}
    args = [f"{a.split('=')[0]}={cli_out[a.split('=')[0]]}" if a.split("=")[0] in cli_out
            else a for a in args]
    done = qgis_process(*args)
    assert done.returncode == 0, done.stderr[-2000:]
    for name, path in cli_out.items():
        np.testing.assert_array_equal(read_array(run_out[name]), read_array(path))
    assert QgsApplication.taskManager().count() >= 0

    # Save also wrote the run as a model: its inputs default to the panel's layers (the
    # Model Designer's dialog fills them in; a script gives them, as here) and, run at the same
    # cell size, it gives the same map
    import processing
    from qgis.core import QgsProcessingModelAlgorithm
    model = QgsProcessingModelAlgorithm()
    assert model.fromFile(str(saved.with_suffix(".model3")))
    defaults = {d.name(): d.defaultValue() for d in model.parameterDefinitions()
                if d.defaultValue() is not None and not d.isDestination()}
    assert defaults["RAMPS"] and defaults["PROTECTED"]                # the panel's layers
    result = processing.run(model, {**defaults, "PIXEL_SIZE": 500,
                                    "profile:suitability": str(tmp_path / "model.tif")})
    np.testing.assert_array_equal(read_array(run_out["OUTPUT"]),
                                  read_array(result["profile:suitability"]))


def test_plugin_menu_toolbar_and_panel(qgis_iface, qgis_processing):
    """initGui adds the menu entry and toolbar button; the button opens the dock; unload
    removes both."""
    from ruimte_plugin.plugin import RuimtePlugin
    from ruimte_plugin.gui.panel import RuimtePanel
    registry = QgsApplication.processingRegistry()
    if registry.providerById("ruimte") is not None:
        registry.removeProvider(registry.providerById("ruimte"))
    plugin = RuimtePlugin(qgis_iface)
    plugin.initGui()
    assert plugin.action is not None and plugin.panel is None     # the dock is made on use
    plugin.action.setChecked(True)
    assert isinstance(plugin.panel, RuimtePanel) and not plugin.panel.isHidden()
    plugin.action.setChecked(False)                      # the button hides the dock again
    assert plugin.panel.isHidden()
    plugin.panel.visibilityChanged.emit(True)            # the dock shown otherwise: ticked
    assert plugin.action.isChecked()
    plugin.unload()
    assert plugin.action is None and plugin.panel is None
    assert registry.providerById("ruimte") is None
