"""Fields of an official dataset: found case-insensitively under their published names, with an
InputError that names the missing field and the dataset (and version) expected."""

import re

from ..errors import InputError
from ..i18n import tr


def find_field(available, candidates):
    """The name in ``available`` that matches one of ``candidates`` (case-insensitive, in the
    candidates' order), or None. Shapefiles spell NWB fields in capitals, GeoPackages often in
    lower case."""
    lower = {name.lower(): name for name in available}
    for candidate in candidates:
        if candidate and candidate.lower() in lower:
            return lower[candidate.lower()]
    return None


def require_field(available, candidates, dataset, layer, given=None):
    """The field to read: ``given`` (a user's choice, which must exist) or the first of
    ``candidates`` present. InputError naming the field(s) and ``dataset`` otherwise."""
    if given:
        found = find_field(available, [given])
        if found is None:
            raise InputError(tr("layer '{}' has no field '{}'; its fields are: {}")
                             .format(layer, given, ", ".join(available) or "-"))
        return found
    found = find_field(available, candidates)
    if found is None:
        raise InputError(tr("layer '{}' has no field '{}' (nor {}): this reader expects {}. "
                            "Its fields are: {}").format(
            layer, candidates[0], ", ".join(f"'{c}'" for c in candidates[1:]) or "-", dataset,
            ", ".join(available) or "-"))
    return found


def split_values(value):
    """A multi-valued text field -> lower-case items: 'woonfunctie,winkelfunctie',
    '{woonfunctie;kantoorfunctie}', '["woonfunctie"]' or a list. None -> []."""
    if value is None:
        return []
    if isinstance(value, (list, tuple)):
        items = value
    else:
        items = re.split(r"[,;|/]", str(value))
    out = []
    for item in items:
        text = str(item).strip().strip("{}[]()\"' ").lower()
        if text:
            out.append(text)
    return out


def parse_list(text):
    """A parameter's comma- or semicolon-separated list -> stripped items (case kept)."""
    return [t.strip() for t in re.split(r"[,;]", text or "") if t.strip()]
