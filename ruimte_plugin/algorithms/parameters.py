"""Processing parameter values: empty or not, and which parameter a core InputError names."""

import contextlib

from qgis.core import QgsMapLayer

from ..core.errors import InputError


def is_unset(value):
    """True for a parameter the user left empty (None, '' or a NULL QVariant)."""
    if value is None:
        return True
    if isinstance(value, str):
        return value.strip() == ""
    return bool(hasattr(value, "isNull") and not isinstance(value, QgsMapLayer) and value.isNull())


@contextlib.contextmanager
def input_for(parameter=None, **fields):
    """Name the Processing parameter in the core's InputErrors raised inside the block: the
    algorithm layer, not the core, knows which input a value came from. An error without a name
    gets ``parameter``; an error that names a core field (``InputError(text, "height")``) gets
    the parameter mapped to that field in ``fields``.

        with input_for(self.WEIGHTS):
            weights = weights_from_text(text, count)
        with input_for(height=self.BUILDING_HEIGHT, valued=self.VALUED):
            rule = LandscapeRule(...).validate()
    """
    try:
        yield
    except InputError as err:
        if err.parameter in fields:
            err.parameter = fields[err.parameter]
        elif err.parameter is None:
            err.parameter = parameter
        raise
