"""AERIUS receptor results -> a raster: each cell takes the value of the receptor whose hexagon
contains the cell centre; NoData (NaN) elsewhere.

AERIUS calculates deposition on a hexagonal grid of receptors of 1 ha each over Natura 2000
habitat (AERIUS, RIVM for the Ministry of LNV; the IMAER ``representation`` of each
ReceptorPoint is that hexagon, flat-topped: vertices at +-R on the x axis). A regular hexagon of
area A has circumradius R = sqrt(2 A / (3 sqrt 3)) = 62.04 m for 1 ha and inradius
R sqrt(3) / 2 = 53.73 m."""

import math

import numpy as np

from ..errors import InputError
from ..i18n import tr

HECTARE = 10000.0
SUBSTANCES = ("total", "NH3", "NOX")


def hexagon_radius(area):
    """Circumradius (m) of a regular hexagon of ``area`` m²."""
    return math.sqrt(2.0 * area / (3.0 * math.sqrt(3.0)))


def inside_hexagon(dx, dy, radius):
    """Whether offsets (dx, dy) from a flat-topped hexagon's centre lie inside it (edges
    included)."""
    ax, ay = np.abs(dx), np.abs(dy)
    s3 = math.sqrt(3.0)
    return (ay <= s3 / 2 * radius + 1e-9) & (s3 * ax + ay <= s3 * radius + 1e-9)


def deposition(result, substance="total", result_type="DEPOSITION"):
    """Values per receptor of an core.aerius.ImaerResult: 'NH3', 'NOX' or 'total' (the file's
    NOXNH3 sum when present, else NH3 + NOX; NaN where a receptor has neither)."""
    kind = result_type.upper()
    present = sorted(s for t, s in result.results if t == kind)
    if substance.upper() == "TOTAL":
        if (kind, "NOXNH3") in result.results:
            return result.results[(kind, "NOXNH3")]
        parts = [result.results[(kind, s)] for s in ("NH3", "NOX") if (kind, s) in result.results]
        if not parts:
            raise InputError(tr("the file has no {} results for NH3 or NOX (it has: {})")
                             .format(kind, ", ".join(present) or tr("none")))
        stack = np.vstack(parts)
        total = np.nansum(stack, axis=0)
        total[np.all(np.isnan(stack), axis=0)] = np.nan
        return total
    key = (kind, substance.upper())
    if key not in result.results:
        raise InputError(tr("the file has no {} results for {} (it has: {})")
                         .format(kind, substance, ", ".join(present) or tr("none")))
    return result.results[key]


def rasterize_receptors(grid, x, y, values, area=HECTARE, chunk=20000):
    """float32 (grid.height, grid.width): the value of the receptor whose hexagon of ``area``
    m² contains each cell centre (the nearest one where hexagons overlap), NaN elsewhere.
    ``grid`` is a core.grid.AnalysisGrid in the receptors' CRS. Receptors with a NaN value
    are skipped."""
    out = np.full((grid.height, grid.width), np.nan, dtype=np.float32)
    best = np.full((grid.height, grid.width), np.inf)
    x, y, values = (np.asarray(a, dtype=np.float64) for a in (x, y, values))
    keep = np.isfinite(x) & np.isfinite(y) & np.isfinite(values)
    x, y, values = x[keep], y[keep], values[keep]
    radius = hexagon_radius(area)
    kx = int(math.ceil(radius / grid.res_x)) + 1
    ky = int(math.ceil(radius / grid.res_y)) + 1
    ox, oy = np.meshgrid(np.arange(-kx, kx + 1), np.arange(-ky, ky + 1))
    ox, oy = ox.ravel(), oy.ravel()
    for start in range(0, len(x), chunk):
        cx, cy, v = x[start:start + chunk], y[start:start + chunk], values[start:start + chunk]
        col0 = np.floor((cx - grid.x_min) / grid.res_x).astype(np.int64)
        row0 = np.floor((grid.y_max - cy) / grid.res_y).astype(np.int64)
        cols = col0[:, None] + ox[None, :]
        rows = row0[:, None] + oy[None, :]
        dx = grid.x_min + (cols + 0.5) * grid.res_x - cx[:, None]
        dy = grid.y_max - (rows + 0.5) * grid.res_y - cy[:, None]
        ok = ((cols >= 0) & (cols < grid.width) & (rows >= 0) & (rows < grid.height)
              & inside_hexagon(dx, dy, radius))
        r, c = rows[ok], cols[ok]
        d = np.hypot(dx, dy)[ok]
        vals = np.broadcast_to(v[:, None], ok.shape)[ok]
        order = np.argsort(-d, kind="stable")     # nearest last: it wins the assignment
        r, c, d, vals = r[order], c[order], d[order], vals[order]
        closer = d < best[r, c]
        r, c, d, vals = r[closer], c[closer], d[closer], vals[closer]
        best[r, c] = d
        out[r, c] = vals
    return out
