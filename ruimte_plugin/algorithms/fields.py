"""Attribute fields of output layers (QgsField across QGIS versions, field names)."""

import re

from qgis.core import Qgis, QgsField


def make_field(name, kind):
    """QgsField of kind 'string', 'double' or 'int' without the QVariant-type constructor that
    QGIS 3.38+ deprecates (QGIS 3.22 only has that one)."""
    if Qgis.QGIS_VERSION_INT >= 33800:
        from qgis.PyQt.QtCore import QMetaType
        types = {"string": QMetaType.QString, "double": QMetaType.Double, "int": QMetaType.Int}
    else:
        from qgis.PyQt.QtCore import QVariant
        types = {"string": QVariant.String, "double": QVariant.Double, "int": QVariant.Int}
    return QgsField(name, types[kind])


def prefixed_field_names(names, prefix):
    """('Gemeente Assen', 'w_') -> 'w_gemeente_assen': field names for user-given names,
    lower case, unique, at most 30 characters."""
    fields = []
    for name in names:
        base = prefix + (re.sub(r"[^0-9a-z]+", "_", name.lower()).strip("_") or "set")
        base = base[:30]
        candidate, k = base, 2
        while candidate in fields:
            candidate, k = f"{base[:27]}_{k}", k + 1
        fields.append(candidate)
    return fields


def extend_fields(fields, extra):
    """The input ``fields`` followed by ``extra`` [(name, kind)]; an input field whose name an
    extra field takes is renamed <name>_in (values stay in place), so no column is shadowed."""
    from qgis.core import QgsFields
    taken = {name.lower() for name, _ in extra}
    out = QgsFields()
    for f in fields:
        copy = QgsField(f)
        if copy.name().lower() in taken:
            copy.setName(copy.name() + "_in")
        out.append(copy)
    for name, kind in extra:
        out.append(make_field(name, kind))
    return out
