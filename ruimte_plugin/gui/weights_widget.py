"""Criterion weights: direct (a spin box per criterion, the normalised share beside it) or an
AHP pairwise table (upper triangle edited, the reciprocals filled in) with the consistency
ratio shown as you edit (core.weights.ahp). Edits go straight into the PanelState;
``changed()`` follows every edit that gave valid weights."""

from qgis.PyQt.QtCore import Qt, pyqtSignal
from qgis.PyQt.QtWidgets import (QButtonGroup, QDoubleSpinBox, QHBoxLayout, QLabel,
                                 QRadioButton, QStackedWidget, QTableWidget, QTableWidgetItem,
                                 QVBoxLayout, QWidget)

from ..algorithms.profile_inputs import criterion_label
from ..core.errors import InputError
from ..core.numbers import parse_number
from ..core.weights import CR_LIMIT
from ..i18n import tr
from .model import format_cell


class WeightsWidget(QWidget):
    changed = pyqtSignal()

    def __init__(self, parent=None):
        super().__init__(parent)
        self.state = None
        self._busy = False
        self.direct_button = QRadioButton(tr("Direct weights"))
        self.ahp_button = QRadioButton(tr("AHP pairwise comparison"))
        group = QButtonGroup(self)
        group.addButton(self.direct_button)
        group.addButton(self.ahp_button)
        modes = QHBoxLayout()
        modes.addWidget(self.direct_button)
        modes.addWidget(self.ahp_button)
        self.direct = QTableWidget(0, 3)
        self.direct.setObjectName("direct_weights")
        self.direct.setHorizontalHeaderLabels([tr("Criterion"), tr("Weight"), tr("Share")])
        self.direct.verticalHeader().setVisible(False)
        self.pairwise = QTableWidget(0, 0)
        self.pairwise.setObjectName("ahp_matrix")
        self.pairwise.itemChanged.connect(self._pairwise_edited)
        self.stack = QStackedWidget()
        self.stack.addWidget(self.direct)
        self.stack.addWidget(self.pairwise)
        self.stack.setMinimumHeight(150)
        self.consistency = QLabel()
        self.consistency.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(modes)
        layout.addWidget(self.stack)
        layout.addWidget(self.consistency)
        self.direct_button.toggled.connect(self._mode_toggled)

    # ------------------------------------------------------------ filling
    def set_state(self, state):
        self.state = state
        self._busy = True
        try:
            (self.ahp_button if state.uses_ahp() else self.direct_button).setChecked(True)
            self.stack.setCurrentIndex(1 if state.uses_ahp() else 0)
            self._fill_direct()
            self._fill_pairwise()
        finally:
            self._busy = False
        self._show_consistency()

    def _fill_direct(self):
        names = self.state.weighted_criteria()
        weights = self.state.weights()
        raw = self.state.data.get("weights", {})
        self.direct.setRowCount(len(names))
        for row, name in enumerate(names):
            item = QTableWidgetItem(criterion_label(name))
            item.setFlags(item.flags() & ~Qt.ItemIsEditable)
            self.direct.setItem(row, 0, item)
            spin = self.direct.cellWidget(row, 1)
            if not isinstance(spin, QDoubleSpinBox):
                spin = QDoubleSpinBox()
                spin.setDecimals(3)
                spin.setRange(0.0, 1000.0)
                spin.setSingleStep(0.05)
                spin.valueChanged.connect(lambda v, r=row: self._weight_edited(r, v))
                self.direct.setCellWidget(row, 1, spin)
            spin.setObjectName(f"weight_{name}")
            spin.blockSignals(True)
            spin.setValue(float(raw[name]["value"]) if name in raw else weights.get(name, 0.0))
            spin.blockSignals(False)
            share = QTableWidgetItem(f"{weights.get(name, 0.0):.1%}")
            share.setFlags(share.flags() & ~Qt.ItemIsEditable)
            self.direct.setItem(row, 2, share)
        self.direct.resizeColumnsToContents()

    def _fill_pairwise(self):
        names = self.state.weighted_criteria()
        rows = self.state.matrix()
        self.pairwise.blockSignals(True)
        self.pairwise.setRowCount(len(names))
        self.pairwise.setColumnCount(len(names))
        labels = [criterion_label(n) for n in names]
        self.pairwise.setHorizontalHeaderLabels(labels)
        self.pairwise.setVerticalHeaderLabels(labels)
        for i, row in enumerate(rows):
            for j, value in enumerate(row):
                item = QTableWidgetItem(format_cell(value, 3))
                if j <= i:        # the diagonal and the reciprocals follow the upper triangle
                    item.setFlags(item.flags() & ~Qt.ItemIsEditable)
                    item.setForeground(Qt.gray)
                self.pairwise.setItem(i, j, item)
        self.pairwise.resizeColumnsToContents()
        self.pairwise.blockSignals(False)

    # ------------------------------------------------------------ editing
    def _mode_toggled(self, direct):
        if self._busy or self.state is None:
            return
        if direct:
            names = self.state.weighted_criteria()
            weights = self.state.weights()
            for name in names:
                self.state.set_weight(name, round(weights[name], 6))
        else:
            self.state.set_matrix(self.state.matrix())
        self.set_state(self.state)
        self.changed.emit()

    def _weight_edited(self, row, value):
        if self._busy:
            return
        name = self.state.weighted_criteria()[row]
        self.state.set_weight(name, value)
        try:
            weights = self.state.weights()
        except InputError as err:
            self.consistency.setText(str(err))
            return
        for r, n in enumerate(self.state.weighted_criteria()):
            self.direct.item(r, 2).setText(f"{weights.get(n, 0.0):.1%}")
        self.changed.emit()

    def set_weight(self, name, value):
        """Set a direct weight as a user would (switches to direct weights)."""
        if not self.direct_button.isChecked():
            self.direct_button.setChecked(True)
        row = self.state.weighted_criteria().index(name)
        self.direct.cellWidget(row, 1).setValue(value)

    def set_judgement(self, i, j, text):
        """Type ``text`` into the AHP cell (i, j) of the upper triangle."""
        if not self.ahp_button.isChecked():
            self.ahp_button.setChecked(True)
        self.pairwise.item(i, j).setText(text)

    def _pairwise_edited(self, item):
        i, j = item.row(), item.column()
        if self._busy or j <= i:
            return
        try:
            value = parse_number(item.text())
            if not value > 0:
                raise InputError(tr("a judgement must be a number above 0, e.g. 3 or 1/3"))
            rows = self.state.matrix()
            rows[i][j], rows[j][i] = value, 1.0 / value
            self.state.set_matrix(rows)
        except InputError as err:
            self.consistency.setText(str(err))
            return
        self._busy = True
        self.pairwise.blockSignals(True)
        self.pairwise.item(j, i).setText(format_cell(1.0 / value, 3))
        self.pairwise.blockSignals(False)
        self._fill_direct()
        self._busy = False
        self._show_consistency()
        self.changed.emit()

    def _show_consistency(self):
        if not self.state.uses_ahp():
            self.consistency.setText("")
            return
        result = self.state.ahp_result()
        weights = ", ".join(f"{criterion_label(n)} {w:.3f}" for n, w in
                            zip(self.state.weighted_criteria(), result.weights))
        verdict = tr("consistent") if result.cr <= CR_LIMIT else tr(
            "inconsistent: revise the judgements (Saaty: CR above 0.1)")
        self.consistency.setText(tr("Consistency ratio {:.3f} ({}). Weights: {}")
                                 .format(result.cr, verdict, weights))
