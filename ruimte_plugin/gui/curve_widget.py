"""A criterion's transformation curve drawn over the histogram of its raw values (matplotlib),
with a spin box per parameter; ``changed(key, name, value)`` on every edit."""

import numpy as np
from matplotlib.backends.backend_qt5agg import FigureCanvasQTAgg
from matplotlib.figure import Figure
from qgis.PyQt.QtCore import pyqtSignal
from qgis.PyQt.QtWidgets import QDoubleSpinBox, QFormLayout, QLabel, QVBoxLayout, QWidget

from ..algorithms.profile_inputs import criterion_label
from ..i18n import tr
from .model import curve_score


def param_label(name):
    return {"ideal_m": tr("Full score within (m)"), "max_m": tr("Zero score from (m)"),
            "threshold": tr("Threshold (mol N/ha/yr)")}.get(name, name)


def curve_title(curve):
    """'accessibility by road' / 'nitrogen' in the user's language."""
    if curve.mode:
        return {"road": tr("accessibility by road"), "water": tr("accessibility by water"),
                "rail": tr("accessibility by rail")}[curve.mode]
    return criterion_label(curve.criterion)


class CurveWidget(QWidget):
    changed = pyqtSignal(str, str, float)

    def __init__(self, parent=None):
        super().__init__(parent)
        self.curve = None
        self.raw = None
        self.data = None
        self.spins = {}
        self.figure = Figure(figsize=(4, 2.4), dpi=90, tight_layout=True)
        self.canvas = FigureCanvasQTAgg(self.figure)
        self.canvas.setMinimumHeight(200)
        self.form = QFormLayout()
        self.note = QLabel()
        self.note.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.canvas)
        layout.addLayout(self.form)
        layout.addWidget(self.note)

    def set_curve(self, curve, params, raw=None, data=None, cap=None):
        """Show ``curve`` with ``params`` {name: value}; ``raw``: the coarse raw values (None
        before the preview data are computed); ``cap``: the largest value the raw data hold."""
        self.curve, self.raw, self.data = curve, raw, data
        while self.form.rowCount():
            self.form.removeRow(0)
        self.spins = {}
        for name, value in params.items():
            spin = QDoubleSpinBox()
            spin.setDecimals(0 if curve.unit == "m" else 4)
            spin.setRange(0.0, cap or (1e6 if curve.unit == "m" else 100.0))
            spin.setSingleStep(250.0 if curve.unit == "m" else 0.005)
            spin.setValue(value)
            spin.setObjectName(f"curve_{name}")
            spin.valueChanged.connect(lambda v, n=name: self._edited(n, v))
            self.form.addRow(param_label(name), spin)
            self.spins[name] = spin
        self.note.setText(tr("Without preview data the histogram is empty; compute the preview "
                             "first.") if raw is None else "")
        self.redraw()

    def clear(self):
        """No editable curve (the profile weights neither accessibility nor nitrogen)."""
        self.curve = None
        while self.form.rowCount():
            self.form.removeRow(0)
        self.spins = {}
        self.note.setText(tr("This profile has no editable curve."))
        self.redraw()

    def params(self):
        return {name: spin.value() for name, spin in self.spins.items()}

    def set_param(self, name, value):
        self.spins[name].setValue(value)

    def _edited(self, name, value):
        self.redraw()
        self.changed.emit(self.curve.key, name, float(value))

    def redraw(self):
        self.figure.clear()
        if self.curve is None:
            self.canvas.draw_idle()
            return
        axes = self.figure.add_subplot(111)
        params = self.params()
        finite = None if self.raw is None else self.raw[np.isfinite(self.raw)]
        if self.curve.unit == "m":
            high = max(params["max_m"] * 1.5, float(finite.max()) if finite is not None
                       and finite.size else 0.0)
            x = np.linspace(0.0, high, 400)
        else:
            high = params["threshold"] * 400
            x = np.concatenate([[0.0], np.geomspace(params["threshold"] / 10, high, 400)])
            axes.set_xscale("symlog", linthresh=params["threshold"])
        if finite is not None and finite.size:
            hist = axes.twinx()
            bins = np.linspace(0.0, high, 40) if self.curve.unit == "m" else \
                np.concatenate([[0.0], np.geomspace(params["threshold"] / 10, high, 40)])
            hist.hist(np.clip(finite, 0, high), bins=bins, color="#bbbbbb")
            hist.set_ylabel(tr("cells"))
            axes.set_zorder(hist.get_zorder() + 1)
            axes.patch.set_visible(False)
        y = curve_score(self.curve, params, x.astype(np.float32), self.data)
        axes.plot(x, y, color="#c0392b", linewidth=2)
        axes.set_ylim(-0.02, 1.05)
        axes.set_ylabel(tr("score"))
        axes.set_xlabel(f"{curve_title(self.curve)} ({self.curve.unit})")
        self.canvas.draw_idle()
