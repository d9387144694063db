"""The Ruimte panel: a suitability modeler inside QGIS on the plugin's own engine.

Profile -> inputs -> weights (direct or AHP) -> curves over histograms -> live preview at a
coarse grid (gui.preview_data computes the arrays once with the Processing algorithms,
gui.model recomputes with the core functions on every edit) -> Run (ruimte:profilesuitability
as a QGIS task) / Save (the profile JSON) / the qgis_process command."""

import os
import tempfile
import time

from qgis.core import QgsMapLayerProxyModel, QgsProcessingOutputLayerDefinition, QgsProject
from qgis.gui import QgsDockWidget, QgsMapLayerComboBox
from qgis.PyQt.QtCore import Qt
from qgis.PyQt.QtGui import QPixmap
from qgis.PyQt.QtWidgets import (QApplication, QCheckBox, QComboBox, QDoubleSpinBox,
                                 QFileDialog, QFormLayout, QGroupBox, QHBoxLayout, QLabel,
                                 QPlainTextEdit, QProgressBar, QPushButton, QScrollArea,
                                 QVBoxLayout, QWidget)

from ..algorithms.profile_inputs import criterion_label
from ..core.errors import InputError
from ..core.profiles import PROFILE_DIR, builtin_ids, load_profile
from ..i18n import tr, user_language
from .curve_widget import CurveWidget, curve_title
from .image import score_image
from .inputs_widget import InputsWidget
from .model import PanelState, preview, summary
from .preview_data import compute_arrays, run_parameters
from .runner import RunTask, command_text, output_parameters
from .weights_widget import WeightsWidget

#: default cell sizes (m): preview 500 m keeps a province at ~10^4 cells (assumption); a run at
#: 100 m (assumption; the demo uses 25 m)
PREVIEW_CELL = 500.0
RUN_CELL = 100.0


class RuimtePanel(QgsDockWidget):
    def __init__(self, iface=None, parent=None):
        super().__init__(tr("Ruimte — suitability modeler"), parent)
        self.setObjectName("RuimtePanel")
        self.iface = iface
        self.state = None
        self.arrays = None
        self.values = None
        self.saved_path = None
        self.run_task = None
        self.folder = tempfile.mkdtemp(prefix="ruimte-panel-")
        body = QWidget()
        layout = QVBoxLayout(body)
        layout.addLayout(self._profile_row())
        self.inputs = InputsWidget()
        self.study_area = QgsMapLayerComboBox()
        self.study_area.setFilters(QgsMapLayerProxyModel.PolygonLayer)
        self.study_area.setAllowEmptyLayer(True)
        self.study_area.setLayer(None)
        self.accept_missing = QCheckBox(tr("Run without essential criteria"))
        self.accept_missing.setToolTip(tr("A criterion without data is then NOT ASSESSED and "
                                          "every output says so."))
        box = QGroupBox(tr("Input layers"))
        form = QVBoxLayout(box)
        form.addWidget(self.inputs)
        extra = QFormLayout()
        extra.addRow(tr("Study area"), self.study_area)
        form.addLayout(extra)
        form.addWidget(self.accept_missing)
        layout.addWidget(box)
        self.weights = WeightsWidget()
        self.weights.changed.connect(self.update_preview)
        layout.addWidget(self._group(tr("Weights"), self.weights))
        self.curve_choice = QComboBox()
        self.curve_choice.currentIndexChanged.connect(self._show_curve)
        self.curve = CurveWidget()
        self.curve.changed.connect(self._curve_edited)
        curves = QWidget()
        curves_layout = QVBoxLayout(curves)
        curves_layout.setContentsMargins(0, 0, 0, 0)
        curves_layout.addWidget(self.curve_choice)
        curves_layout.addWidget(self.curve)
        layout.addWidget(self._group(tr("Transformation curves"), curves))
        layout.addWidget(self._preview_box())
        layout.addWidget(self._run_box())
        self.status = QLabel()
        self.status.setWordWrap(True)
        layout.addWidget(self.status)
        layout.addStretch(1)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(body)
        self.setWidget(scroll)
        self.profile_choice.setCurrentIndex(max(0, self.profile_choice.findData("xxl_logistics")))
        self._builtin_chosen()

    # ------------------------------------------------------------ layout pieces
    @staticmethod
    def _group(title, widget):
        box = QGroupBox(title)
        QVBoxLayout(box).addWidget(widget)
        return box

    def _profile_row(self):
        self.profile_choice = QComboBox()
        self.profile_choice.setObjectName("profile_choice")
        language = user_language()
        for pid in builtin_ids():
            self.profile_choice.addItem(load_profile(PROFILE_DIR / f"{pid}.json").name(language),
                                        pid)
        self.profile_choice.activated.connect(lambda _i: self._builtin_chosen())
        open_button = QPushButton(tr("Open…"))
        open_button.setToolTip(tr("Open a profile file (JSON, ruimte-profile/1)"))
        open_button.clicked.connect(self._open_clicked)
        save_button = QPushButton(tr("Save…"))
        save_button.setToolTip(tr("Save the profile with the edited weights and curves"))
        save_button.clicked.connect(self._save_clicked)
        row = QHBoxLayout()
        row.addWidget(QLabel(tr("Profile")))
        row.addWidget(self.profile_choice, 1)
        row.addWidget(open_button)
        row.addWidget(save_button)
        return row

    def _preview_box(self):
        self.preview_cell = QDoubleSpinBox()
        self.preview_cell.setRange(10.0, 10000.0)
        self.preview_cell.setValue(PREVIEW_CELL)
        self.preview_cell.setSuffix(" m")
        self.map_extent = QCheckBox(tr("Current map extent (else all inputs)"))
        self.map_extent.setEnabled(self.iface is not None)
        compute = QPushButton(tr("Compute preview data"))
        compute.setToolTip(tr("Runs the criterion algorithms once at the preview cell size; "
                              "afterwards every edit recomputes the preview at once."))
        compute.clicked.connect(self.compute_preview_data)
        self.image = QLabel()
        self.image.setAlignment(Qt.AlignCenter)
        self.image.setMinimumHeight(220)
        self.preview_text = QLabel()
        self.preview_text.setWordWrap(True)
        box = QGroupBox(tr("Live preview"))
        layout = QVBoxLayout(box)
        form = QFormLayout()
        form.addRow(tr("Preview cell size"), self.preview_cell)
        layout.addLayout(form)
        layout.addWidget(self.map_extent)
        layout.addWidget(compute)
        layout.addWidget(self.image)
        layout.addWidget(self.preview_text)
        return box

    def _run_box(self):
        self.run_cell = QDoubleSpinBox()
        self.run_cell.setRange(1.0, 10000.0)
        self.run_cell.setValue(RUN_CELL)
        self.run_cell.setSuffix(" m")
        self.run_cell.valueChanged.connect(lambda _v: self._show_command())
        self.run_button = QPushButton(tr("Run"))
        self.run_button.clicked.connect(self.start_run)
        self.cancel_button = QPushButton(tr("Cancel"))
        self.cancel_button.setEnabled(False)
        self.cancel_button.clicked.connect(self.cancel_run)
        self.progress = QProgressBar()
        self.command = QPlainTextEdit()
        self.command.setReadOnly(True)
        self.command.setMaximumHeight(120)
        box = QGroupBox(tr("Run at full resolution"))
        layout = QVBoxLayout(box)
        form = QFormLayout()
        form.addRow(tr("Cell size"), self.run_cell)
        layout.addLayout(form)
        buttons = QHBoxLayout()
        buttons.addWidget(self.run_button)
        buttons.addWidget(self.cancel_button)
        layout.addLayout(buttons)
        layout.addWidget(self.progress)
        layout.addWidget(QLabel(tr("The same run from a terminal (qgis_process):")))
        layout.addWidget(self.command)
        return box

    # ------------------------------------------------------------ the profile
    def _builtin_chosen(self):
        pid = self.profile_choice.currentData()
        self.set_state(PanelState.from_file(PROFILE_DIR / f"{pid}.json"))
        self.saved_path = None

    def _open_clicked(self):
        path, _ = QFileDialog.getOpenFileName(self, tr("Open a profile"), "",
                                              tr("Profiles (*.json)"))
        if path:
            self.open_profile(path)

    def open_profile(self, path):
        """Restore the panel from a profile file; a bad file is reported, the panel kept."""
        try:
            state = PanelState.from_file(path)
        except (InputError, OSError, ValueError) as err:
            self.status.setText(tr("Cannot open {}: {}").format(path, err))
            return False
        self.set_state(state)
        self.saved_path = path
        self.status.setText(tr("Opened {}").format(path))
        return True

    def set_state(self, state):
        self.state = state
        self.arrays = None
        profile = state.profile()
        self.inputs.set_profile(profile)
        self.weights.set_state(state)
        self.curve_choice.blockSignals(True)
        self.curve_choice.clear()
        for curve in state.curves():
            self.curve_choice.addItem(curve_title(curve), curve.key)
        self.curve_choice.blockSignals(False)
        self._show_curve()
        self.image.clear()
        self.preview_text.setText(tr("Choose the input layers, then compute the preview data."))
        self._show_command()

    def _save_clicked(self):
        path, _ = QFileDialog.getSaveFileName(self, tr("Save the profile"),
                                              f"{self.state.data['id']}.json",
                                              tr("Profiles (*.json)"))
        if path:
            self.save_profile(path)

    def save_profile(self, path):
        """Save the profile JSON and, beside it, the run as a Processing model (.model3)."""
        from .model_file import write_model
        self.state.save(path)
        self.saved_path = path
        model = os.path.splitext(path)[0] + ".model3"
        try:
            write_model(model, self.run_parameters(), self.state.profile().name(user_language()))
        except OSError as err:
            model = tr("not written ({})").format(err)
        self.status.setText(tr("Saved {}. Weights and the accessibility and nitrogen curves "
                               "are in the file.").format(path) + " " +
                            tr("Model: {}").format(model))
        self._show_command()

    def profile_file(self):
        """The saved file when it holds the current state, else a temporary copy."""
        text = self.state.to_json()
        if self.saved_path and os.path.exists(self.saved_path):
            with open(self.saved_path, encoding="utf-8") as handle:
                if handle.read() == text:
                    return self.saved_path
        path = os.path.join(self.folder, f"{self.state.data['id']}.json")
        with open(path, "w", encoding="utf-8") as handle:
            handle.write(text)
        return path

    # ------------------------------------------------------------ curves
    def _show_curve(self):
        key = self.curve_choice.currentData()
        if key is None:
            self.curve.clear()
            return
        curve = next(c for c in self.state.curves() if c.key == key)
        raw = self.arrays["raw"].get(key) if self.arrays else None
        cap = self.arrays["caps"].get(key) if self.arrays else None
        self.curve.set_curve(curve, self.state.curve_params(key), raw, self.state.data, cap)

    def _curve_edited(self, key, name, value):
        self.state.set_curve_param(key, name, value)
        self.update_preview()

    # ------------------------------------------------------------ preview
    def _extent(self):
        if self.iface is None or not self.map_extent.isChecked():
            return None
        canvas = self.iface.mapCanvas()
        e = canvas.extent()
        crs = canvas.mapSettings().destinationCrs().authid()
        return f"{e.xMinimum()},{e.xMaximum()},{e.yMinimum()},{e.yMaximum()} [{crs}]"

    def _study_area(self):
        layer = self.study_area.currentLayer()
        return layer.source() if layer is not None else None

    def compute_preview_data(self):
        """Run the algorithms once at the preview cell size (blocking: seconds at coarse
        cells), then show the preview."""
        QApplication.setOverrideCursor(Qt.WaitCursor)
        started = time.perf_counter()
        try:
            self.arrays = compute_arrays(
                self.state, self.inputs.sources(), self.preview_cell.value(), self._extent(),
                self._study_area(), self.accept_missing.isChecked(), folder=os.path.join(
                    self.folder, "preview"))
        except Exception as err:  # noqa: BLE001 (the algorithm's message is the report)
            self.arrays = None
            self.status.setText(tr("The preview data could not be computed: {}").format(err))
            return False
        finally:
            QApplication.restoreOverrideCursor()
        self.status.setText(tr("Preview data computed in {:.1f} s.").format(
            time.perf_counter() - started))
        self._show_curve()
        self.update_preview()
        return True

    def update_preview(self):
        self._show_command()
        if self.arrays is None:
            return
        started = time.perf_counter()
        try:
            self.values = preview(self.state, self.arrays)
        except InputError as err:
            self.preview_text.setText(str(err))
            return
        elapsed = time.perf_counter() - started
        pixmap = QPixmap.fromImage(score_image(self.values))
        self.image.setPixmap(pixmap.scaled(360, 360, Qt.KeepAspectRatio, Qt.FastTransformation))
        text = tr("Suitability at {:g} m cells: {} ({:.0f} ms)").format(
            self.arrays["pixel"], summary(self.values), elapsed * 1000)
        _, dropped = self.state.profile().weights_for(set(self.arrays["scores"]))
        if dropped:
            text += " " + tr("NOT ASSESSED (no data): {}; the other weights are "
                             "renormalised.").format(", ".join(criterion_label(c)
                                                               for c in dropped))
        self.preview_text.setText(text)

    # ------------------------------------------------------------ run
    def run_parameters(self, outputs=None):
        """The parameters of the full run (layers as sources; outputs as in ``outputs``)."""
        params = run_parameters(self.profile_file(), self.inputs.sources(),
                                self.run_cell.value(), self._extent(), self._study_area(),
                                self.accept_missing.isChecked())
        params.update(output_parameters(outputs))
        return params

    def _show_command(self):
        if self.state is not None:
            self.command.setPlainText(command_text(self.run_parameters()))

    def start_run(self, outputs=None):
        """Start the task; returns the RunTask (tests wait for it)."""
        params = self.run_parameters(outputs)
        for name, value in list(params.items()):
            if value == "TEMPORARY_OUTPUT" or (outputs and name in outputs):
                params[name] = QgsProcessingOutputLayerDefinition(value, QgsProject.instance())
        self.run_task = RunTask(params, self._run_done, tr("Ruimte: {}").format(
            self.state.profile().name(user_language())))
        self.run_task.feedback.progressChanged.connect(
            lambda p: self.progress.setValue(int(p)))
        self.run_button.setEnabled(False)
        self.cancel_button.setEnabled(True)
        self.status.setText(tr("Running…"))
        self.run_task.start()
        return self.run_task

    def cancel_run(self):
        if self.run_task is not None:
            self.run_task.cancel()

    def _run_done(self, ok, results):
        self.run_button.setEnabled(True)
        self.cancel_button.setEnabled(False)
        self.status.setText(tr("Run finished; the results are loaded.") if ok else
                            tr("The run failed or was cancelled; see the Processing log."))
