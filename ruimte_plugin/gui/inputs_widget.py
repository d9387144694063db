"""The data inputs of a profile: a combo box of project layers per input its weighted criteria
use (the names of ruimte:profilesuitability), the ones the profile marks essential in bold with
"(needed)"; PROTECTED and VALUED take several layers (a checkable combo box)."""

from qgis.core import QgsMapLayerProxyModel, QgsProject, QgsVectorLayer
from qgis.gui import QgsCheckableComboBox, QgsMapLayerComboBox
from qgis.PyQt.QtCore import Qt, pyqtSignal
from qgis.PyQt.QtWidgets import QFormLayout, QLabel, QWidget

from ..algorithms.profile_inputs import (CAPACITY_AREAS, HABITATS, KNOWLEDGE, LAYER_INPUTS,
                                         MOTORWAYS, NETWORK, PROTECTED, RAIL_TERMINALS, RAMPS,
                                         SENSITIVE, STATIONS, SUBSTATIONS, VALUED, WATERWAYS)
from ..core.evidence import INPUTS as NEED_INPUTS
from ..i18n import tr

POLYGON, POINT, LINE = (QgsMapLayerProxyModel.PolygonLayer, QgsMapLayerProxyModel.PointLayer,
                        QgsMapLayerProxyModel.LineLayer)
#: criterion (or accessibility mode) -> its inputs, as ruimte:profilesuitability reads them
CRITERION_INPUTS = {"nitrogen": (HABITATS,), "grid": (CAPACITY_AREAS, SUBSTATIONS),
                    "zoning": (SENSITIVE,), "landscape": (PROTECTED, VALUED),
                    "accessibility.road": (RAMPS, MOTORWAYS, NETWORK),
                    "accessibility.water": (WATERWAYS,),
                    "accessibility.rail": (RAIL_TERMINALS,),
                    "regional_value": (STATIONS, KNOWLEDGE)}
FILTERS = {HABITATS: POLYGON, CAPACITY_AREAS: POLYGON, SUBSTATIONS: POINT,
           SENSITIVE: POINT | POLYGON, RAMPS: POINT, MOTORWAYS: LINE, NETWORK: LINE,
           WATERWAYS: LINE, RAIL_TERMINALS: POINT, STATIONS: POINT, KNOWLEDGE: POINT,
           PROTECTED: POLYGON, VALUED: POLYGON}


def input_label(name):
    return {HABITATS: tr("Nitrogen-sensitive habitats"), CAPACITY_AREAS: tr("Grid capacity map"),
            SUBSTATIONS: tr("High-voltage substations"), SENSITIVE: tr("Houses"),
            RAMPS: tr("Motorway ramps"), MOTORWAYS: tr("Motorways"), NETWORK: tr("Road network"),
            WATERWAYS: tr("Waterways"), RAIL_TERMINALS: tr("Rail terminals"),
            STATIONS: tr("Railway stations"), KNOWLEDGE: tr("Knowledge institutions"),
            PROTECTED: tr("Protected areas"), VALUED: tr("Valued landscape")}[name]


def profile_inputs(profile):
    """[(input name, needed)] for a Profile: the inputs of its weighted criteria and transport
    modes; needed = the profile marks the criterion or mode essential and this is the input
    that assesses it (core.evidence.INPUTS)."""
    keys = [c for c, w in profile.weights.items() if w > 0 and c != "accessibility"]
    if profile.weights.get("accessibility", 0) > 0:
        keys += [f"accessibility.{m}" for m in ("road", "water", "rail") if getattr(profile, m)]
    out = []
    for key in keys:
        need = profile.needs.get(key)
        if key.startswith("accessibility.") and need is None:
            need = profile.needs.get("accessibility")
        for name in CRITERION_INPUTS.get(key, ()):
            needed = bool(need and need.essential and NEED_INPUTS.get(key) == name)
            out.append((name, needed))
    return out


class InputsWidget(QWidget):
    changed = pyqtSignal()

    def __init__(self, parent=None):
        super().__init__(parent)
        self.form = QFormLayout(self)
        self.form.setContentsMargins(0, 0, 0, 0)
        self.boxes = {}

    def set_profile(self, profile):
        """Rebuild the rows for ``profile``, keeping the layers already chosen."""
        chosen = {name: self.layers(name) for name in self.boxes}
        while self.form.rowCount():
            self.form.removeRow(0)
        self.boxes = {}
        for name, needed in profile_inputs(profile):
            label = QLabel(input_label(name) + (" " + tr("(needed)") if needed else ""))
            if needed:
                font = label.font()
                font.setBold(True)
                label.setFont(font)
            box = self._box(name)
            self.form.addRow(label, box)
            self.boxes[name] = box
            if chosen.get(name):
                self.set_layers(name, chosen[name])

    def _box(self, name):
        if name in LAYER_INPUTS:
            box = QgsCheckableComboBox()
            for layer in QgsProject.instance().mapLayers().values():
                if isinstance(layer, QgsVectorLayer) and layer.geometryType() == 2:
                    box.addItemWithCheckState(layer.name(), Qt.Unchecked, layer.id())
            box.checkedItemsChanged.connect(lambda _items: self.changed.emit())
        else:
            box = QgsMapLayerComboBox()
            box.setFilters(FILTERS[name])
            box.setAllowEmptyLayer(True)
            box.setLayer(None)
            box.layerChanged.connect(lambda _layer: self.changed.emit())
        box.setObjectName(f"input_{name}")
        return box

    def layers(self, name):
        box = self.boxes[name]
        if isinstance(box, QgsCheckableComboBox):
            project = QgsProject.instance()
            return [project.mapLayer(i) for i in box.checkedItemsData() if project.mapLayer(i)]
        return [box.currentLayer()] if box.currentLayer() is not None else []

    def set_layers(self, name, layers):
        box = self.boxes[name]
        if isinstance(box, QgsCheckableComboBox):
            box.setCheckedItems([layer.name() for layer in layers])
        else:
            box.setLayer(layers[0] if layers else None)

    def sources(self):
        """{input name: layer source, or a list of sources for PROTECTED / VALUED}."""
        out = {}
        for name in self.boxes:
            layers = self.layers(name)
            if layers:
                sources = [layer.source() for layer in layers]
                out[name] = sources if name in LAYER_INPUTS else sources[0]
        return out
