"""A score array (0-1, NaN = no data) as a QImage in the colours of resources/styles/score.qml
(red 0 - yellow 0.5 - green 1; NaN transparent)."""

import numpy as np
from qgis.PyQt.QtGui import QImage

#: the stops of score.qml
STOPS = np.array([0.0, 0.25, 0.5, 0.75, 1.0])
COLOURS = np.array([(215, 25, 28), (253, 174, 97), (255, 255, 191), (166, 217, 106),
                    (26, 150, 65)], dtype=float)


def score_rgba(values):
    """(rows, cols, 4) uint8 RGBA of ``values``."""
    v = np.asarray(values, dtype=float)
    finite = np.isfinite(v)
    clipped = np.clip(np.where(finite, v, 0.0), 0.0, 1.0)
    rgba = np.zeros(v.shape + (4,), dtype=np.uint8)
    for channel in range(3):
        rgba[..., channel] = np.interp(clipped, STOPS, COLOURS[:, channel]).round()
    rgba[..., 3] = np.where(finite, 255, 0)
    return rgba


def score_image(values):
    """A QImage (ARGB32) of ``values``; it owns a copy of the pixels."""
    rgba = np.ascontiguousarray(score_rgba(values))
    rows, cols = rgba.shape[:2]
    image = QImage(rgba.data, cols, rows, 4 * cols, QImage.Format_RGBA8888)
    return image.copy()
