"""Landscape: protected areas, valued landscape and the visual impact of a tall building.

Visibility rings (own geometry): a building of height h subtends
the view angle theta = atan(h / d) at distance d, so it dominates the view up to
d = h / tan(theta). The view-angle classes 10°, 2°, 0.8° and 0.4° are those WUR uses for wind
turbines (WUR view angles, docs/references.md); a 30 m hall reaches 2° at 0.86 km, 0.8° at
2.1 km, 0.4° at 4.3 km.
Ring k holds the distances between radius k-1 and radius k (ring 1 starts at the building).

IMPACT at a cell = the ring-weighted share of valued landscape around it:
    IMPACT(x) = sum_k w_k * (valued area in ring k around x) / sum_k w_k * (area of ring k),
where valued area counts each cell's value V (0..1) times its area. 1 = everything around is
fully valued landscape. Ring weights default to 1, 0.5, 0.2, 0.1 (assumption: the nearer, the
more dominant). It is one FFT focal sum over the grid (core.convolution), never a per-cell loop.

With a DEM, a per-site viewshed (GDAL's viewshed, observer on the roof at height h above the
ground, target at eye height) keeps only the valued cells that actually see the building.

Score = 0 on protected land (Natura 2000, NNN, UNESCO core zones: hard exclusions
of this screening), elsewhere (1 - VALUE_WEIGHT * V_here) * (1 - IMPACT_WEIGHT * IMPACT): building
in valued landscape and being seen from it both cost.
"""

from dataclasses import dataclass
import math

import numpy as np

from ..errors import InputError
from ..i18n import tr
from ..unit_interval import clip01

VIEW_ANGLES_DEG = (10.0, 2.0, 0.8, 0.4)
DEFAULT_RING_WEIGHTS = (1.0, 0.5, 0.2, 0.1)
#: 30 m: the worked example of the help text; XXL distribution centres are ~15 m typical and
#: 25-40 m when automated (no publication) - an assumption, set the profile's height.
DEFAULT_BUILDING_HEIGHT = 30.0
#: eye height of a viewer in the landscape (assumption)
DEFAULT_EYE_HEIGHT = 1.6
#: refraction coefficient for visible light used by GDAL's viewshed (1 - 1/7)
CURVATURE_COEFFICIENT = 0.85714

F32 = np.float32


def ring_radii(height, angles=VIEW_ANGLES_DEG):
    """Outer radius (m) of each view-angle ring for a building of ``height`` m."""
    return tuple(height / math.tan(math.radians(a)) for a in angles)


@dataclass(frozen=True)
class LandscapeRule:
    height: float = DEFAULT_BUILDING_HEIGHT
    ring_weights: tuple = DEFAULT_RING_WEIGHTS
    value_weight: float = 1.0
    impact_weight: float = 1.0
    angles: tuple = VIEW_ANGLES_DEG

    def validate(self):
        if not self.height > 0:
            raise InputError(tr("the building height must be above 0 m"), "height")
        if len(self.ring_weights) != len(self.angles) or min(self.ring_weights) < 0 \
                or not any(self.ring_weights):
            raise InputError(tr("give {} ring weights (for {}), zero or positive, not all zero")
                             .format(len(self.angles),
                                     ", ".join(f"{a:g}°" for a in self.angles)), "ring_weights")
        for name, value in (("value_weight", self.value_weight),
                            ("impact_weight", self.impact_weight)):
            if not 0 <= value <= 1:
                raise InputError(tr("the weight must lie between 0 and 1"), name)
        return self

    @property
    def radii(self):
        return ring_radii(self.height, self.angles)

    @property
    def reach(self):
        return self.radii[-1]

    def ring_weight(self, r):
        """Weight of the ring that distance ``r`` (m) falls in; 0 beyond the last ring."""
        r = np.asarray(r, dtype=np.float64)
        out = np.zeros(r.shape)
        inner = 0.0
        for radius, weight in zip(self.radii, self.ring_weights):
            out[(r >= inner) & (r <= radius) & (out == 0)] = weight
            inner = radius
        return out

    def ring_index(self, r):
        """0-based ring of distance ``r``, or -1 beyond the last ring."""
        r = np.asarray(r, dtype=np.float64)
        idx = np.searchsorted(np.asarray(self.radii), r, side="left")
        return np.where(idx < len(self.radii), idx, -1)

    def weighted_ring_area_ha(self):
        """sum_k w_k * area of ring k, in ha (the analytic denominator of IMPACT)."""
        total, inner = 0.0, 0.0
        for radius, weight in zip(self.radii, self.ring_weights):
            total += weight * math.pi * (radius ** 2 - inner ** 2) / 1e4
            inner = radius
        return total

    def kernel_image(self, res_x, res_y, supersample=1):
        """Ring weights per cell (1/ha), normalised on this grid so that a landscape valued 1
        everywhere has IMPACT exactly 1."""
        from ..convolution import radial_image
        image = radial_image(res_x, res_y, self.reach, self.ring_weight, supersample)
        return image / (image.sum() * res_x * res_y / 1e4)

    def score(self, value_here, impact, protected=None):
        # (1 - wv V) (1 - wi IMPACT), in place: the same float32 roundings, fewer temporaries
        # (NaN values count as 0: np.nan_to_num)
        term = np.multiply(np.asarray(impact, dtype=F32), -F32(self.impact_weight))
        term += F32(1)
        value = np.asarray(value_here, dtype=F32)
        if value.any():
            out = np.array(value, dtype=F32)
            if not np.isfinite(out).all():
                np.nan_to_num(out, copy=False)
            out *= -F32(self.value_weight)
            out += F32(1)
            out *= term
        else:                       # no valued landscape here: 1 - wv 0 = 1, so the term
            out = term
        clip01(out, out=out)
        if protected is not None:
            out[protected] = F32(0)
        return out

    def conventions(self):
        return {
            "rings_m": [round(r, 1) for r in self.radii],
            "view_angles_deg": list(self.angles),
            "ring_weights": list(self.ring_weights),
            "impact": "sum_k w_k valued area in ring k / sum_k w_k ring area (FFT focal sum)",
            "score": (f"0 on protected land, else (1 - {self.value_weight:g} V) * "
                      f"(1 - {self.impact_weight:g} IMPACT)"),
        }


def parse_value_table(text):
    """'hoog:1, midden:0.6, laag:0.3' -> {'hoog': 1.0, ...} (keys compared case-insensitively)."""
    from ..numbers import parse_number, split_pairs
    table = {}
    for item in split_pairs(text):
        if ":" not in item:
            raise InputError(tr("'{}' is not a class:value pair").format(item.strip()))
        key, value = item.rsplit(":", 1)
        number = parse_number(value)
        if not 0 <= number <= 1:
            raise InputError(tr("the value of class '{}' must lie between 0 and 1")
                             .format(key.strip()))
        table[key.strip().lower()] = number
    return table


def landscape_values(raw_values, table=None):
    """Attribute values -> 0..1: a class table when given, else numbers that must lie in 0..1;
    None (no field, or NULL) counts as 1 (fully valued)."""
    out = []
    for value in raw_values:
        if value is None:
            out.append(1.0)
            continue
        if table:
            key = str(value).strip().lower()
            if key.endswith(".0"):
                key = key[:-2]
            if key not in table:
                raise InputError(tr("landscape class '{}' is not in the value table; add it "
                                    "(known: {})").format(value, ", ".join(sorted(table))),
                                 "table")
            out.append(table[key])
            continue
        try:
            number = float(value)
        except (TypeError, ValueError):
            raise InputError(tr("landscape value '{}' is not a number; give a VALUE_TABLE "
                                "such as hoog:1,midden:0.6,laag:0.3").format(value),
                             "values") from None
        if not 0 <= number <= 1:
            raise InputError(tr("landscape value {:g} is outside 0-1; give a VALUE_TABLE "
                                "that maps the classes to 0-1").format(number), "values")
        out.append(number)
    return out


def site_viewshed_impact(dem_path, x, y, rule, value_raster, eye_height=DEFAULT_EYE_HEIGHT):
    """Impact of a building at (x, y) counting only valued cells that see it, with the flat
    impact on the same cells for comparison.

    ``value_raster(grid) -> float32`` gives the landscape value V on a grid (the DEM's grid
    around the site). Returns dict(impact_visible, impact_flat, visible_share, dem_coverage):
    impact_* as IMPACT above (the denominator is the full analytic ring area, so cells outside
    the DEM count as not visible and not valued), visible_share = share of the ring area that
    sees the building, dem_coverage = share of the ring area the DEM covers."""
    from osgeo import gdal
    from ..grid import AnalysisGrid

    gdal.UseExceptions()
    src = gdal.Open(dem_path)
    band = src.GetRasterBand(1)
    ds = gdal.ViewshedGenerate(band, "MEM", "", [], float(x), float(y), float(rule.height),
                               float(eye_height), 1, 0, 0, -1, CURVATURE_COEFFICIENT,
                               gdal.GVM_Edge, float(rule.reach))
    gt = ds.GetGeoTransform()
    grid = AnalysisGrid.from_transform((gt[1], gt[2], gt[0], gt[4], gt[5], gt[3]),
                                       ds.RasterXSize, ds.RasterYSize, None)
    visible = ds.GetRasterBand(1).ReadAsArray() == 1
    nodata = band.GetNoDataValue()
    dem = band.ReadAsArray(*_offsets(src, grid))
    covered = np.isfinite(dem) if nodata is None else (dem != nodata) & np.isfinite(dem)
    rows, cols = np.mgrid[0:grid.height, 0:grid.width]
    cx = grid.x_min + (cols + 0.5) * grid.res_x
    cy = grid.y_max - (rows + 0.5) * grid.res_y
    weight = rule.ring_weight(np.hypot(cx - x, cy - y))
    value = np.nan_to_num(value_raster(grid)) * covered
    cell_ha = grid.cell_area / 1e4
    denominator = rule.weighted_ring_area_ha()
    return {
        "impact_visible": float(np.sum(weight * value * visible) * cell_ha / denominator),
        "impact_flat": float(np.sum(weight * value) * cell_ha / denominator),
        "visible_share": float(np.sum((weight > 0) * visible * covered) * cell_ha /
                               _ring_area_ha(rule)),
        "dem_coverage": float(np.sum((weight > 0) * covered) * cell_ha / _ring_area_ha(rule)),
    }


def _ring_area_ha(rule):
    return math.pi * rule.reach ** 2 / 1e4


def _offsets(src, grid):
    """(xoff, yoff, xsize, ysize) of ``grid`` inside the DEM dataset ``src``."""
    gt = src.GetGeoTransform()
    xoff = int(round((grid.x_min - gt[0]) / gt[1]))
    yoff = int(round((grid.y_max - gt[3]) / gt[5]))
    return xoff, yoff, grid.width, grid.height
