"""Regional added value and clusters: four components, each a 0-1 score per cell.

Policy: IPO position paper "Ruimte voor economie", themes 4 (clusters, with an integral approach
of labour market, knowledge and innovation) and 5 (regional added value: work locations that are
green, healthy and well reachable).

Components (keys in COMPONENTS; every input is optional, a component without input is NOT
ASSESSED: it is left out of the score, never counted as 0 or 1):

* ``transit`` - workers' access by public transport and bicycle: straight distance to the
  nearest railway station, 1 up to the ideal distance, linear to 0 at the maximum. Defaults:
  ideal 1200 m (assumption: within walking distance of a station), maximum 7500 m (KiM,
  Mobiliteitsbeeld 2016: 90 % of trips by an ordinary bicycle are shorter than 7.5 km). Bus stops
  likewise, 400 m / 1000 m (assumptions); with both the better score counts (max).
* ``labour`` - labour pool within commuting reach: people (or jobs) per cell summed over a disk
  of the commuting radius (cells whose centre lies within the radius of the cell's centre),
  scored linearly from 0 at 0 to 1 at ``full`` (default: the largest pool in the analysis extent,
  a relative score). Default radius 15 km: CBS, StatLine table 85481NED "Werknemersbanen en
  reisafstand; woon- en werkregio": mean home-work distance over the road 19.8 km (2022), divided
  by a detour factor of 1.3 for the straight line (assumption).
* ``cluster`` - cluster synergy: the weighted number of related firms within the cluster radius
  (same disk rule), linear from 0 at 0 to 1 at ``full`` (default 10, assumption; radius 5 km,
  assumption). A firm is related to a company profile when its SBI code (CBS Standaard
  Bedrijfsindeling 2008) starts with a sector code of the profile's rows in the relations table;
  its weight is that row's weight (the largest when several rows match).
* ``knowledge`` - knowledge institutions nearby: distance score, 5 km ideal, 25 km maximum
  (assumptions).

Score = weighted mean of the assessed components (default weights equal, assumption).
"""

import math
import re

import numpy as np

from ..errors import InputError
from ..i18n import tr

COMPONENTS = ("transit", "labour", "cluster", "knowledge")
DEFAULT_STATION = (1200.0, 7500.0)
DEFAULT_BUS = (400.0, 1000.0)
DEFAULT_COMMUTE_M = 15000.0
DEFAULT_CLUSTER_M = 5000.0
DEFAULT_CLUSTER_FULL = 10.0
DEFAULT_KNOWLEDGE = (5000.0, 25000.0)
#: built-in profile -> related SBI divisions (assumption; the user edits the table)
DEFAULT_RELATIONS = (
    ("xxl_logistics", "49", 1.0), ("xxl_logistics", "52", 1.0),
    ("recycling", "38", 1.0), ("recycling", "46", 1.0),
    ("h2_electrolyser_100mw", "35", 1.0), ("h2_electrolyser_100mw", "20", 1.0),
    ("data_centre", "63", 1.0), ("data_centre", "61", 1.0), ("data_centre", "35", 1.0),
    ("hmc_heavy_industry", "20", 1.0), ("hmc_heavy_industry", "24", 1.0),
    ("hmc_heavy_industry", "25", 1.0), ("hmc_heavy_industry", "38", 1.0),
    ("water_bound_bulk", "50", 1.0), ("water_bound_bulk", "52", 1.0),
    ("water_bound_bulk", "08", 1.0),
    ("mkb_park", "25", 1.0), ("mkb_park", "33", 1.0), ("mkb_park", "43", 1.0),
    ("mkb_park", "45", 1.0),
)
RELATION_COLUMNS = ("profile", "sector", "weight")

F32 = np.float32


def component_label(key):
    """A component key in words, in the user's language."""
    return {"transit": tr("public transport and bicycle access"),
            "labour": tr("labour pool within commuting reach"),
            "cluster": tr("cluster synergy"),
            "knowledge": tr("knowledge institutions nearby")}.get(key, key)


def linear_up(values, full):
    """0 at 0, rising linearly to 1 at ``full`` (and beyond); float32. ``full`` <= 0 gives 0."""
    v = np.asarray(values, dtype=F32)
    if not full > 0:
        return np.zeros_like(v)
    return np.clip(v / F32(full), F32(0), F32(1)).astype(F32)


def transit_score(scores):
    """The better of the station and bus-stop scores given (elementwise max)."""
    scores = [s for s in scores if s is not None]
    out = scores[0].copy()
    for s in scores[1:]:
        np.maximum(out, s, out=out)
    return out


def disk_kernel(radius):
    """``kernel(res_x, res_y, supersample)`` for core.convolution: 1 for cells whose centre lies
    within ``radius`` m of the centre cell's centre, else 0."""
    from ..convolution import radial_image
    limit = float(radius) * (1 + 1e-9)

    def kernel(res_x, res_y, supersample):
        return radial_image(res_x, res_y, radius, lambda r: (r <= limit).astype(np.float64),
                            supersample)
    return kernel


def binned_sums(x, y, weights, grid, window):
    """float32 block: per cell of ``window`` the sum of the ``weights`` of the points (x, y) that
    lie in it (a point on a cell edge belongs to the cell right of / below it, as in
    rasterize.FeatureSet)."""
    out = np.zeros((window.height, window.width), dtype=F32)
    if len(x) == 0:
        return out
    row = np.floor((grid.y_max - y) / grid.res_y).astype(np.int64) - window.row_off
    col = np.floor((x - grid.x_min) / grid.res_x).astype(np.int64) - window.col_off
    inside = (row >= 0) & (row < window.height) & (col >= 0) & (col < window.width)
    np.add.at(out, (row[inside], col[inside]), np.asarray(weights, dtype=F32)[inside])
    return out


# ------------------------------------------------------------------ SBI codes and relations
def sbi_code(value):
    """An SBI code (CBS Standaard Bedrijfsindeling 2008) as its digits: '52.10' -> '5210',
    '52' -> '52', 'H 52.1' -> '521', '8.12' -> '0812', 812 (a number that lost its leading zero)
    -> '0812', 5210 -> '5210'; None when empty or without digits."""
    if value is None or isinstance(value, bool):
        return None
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    if isinstance(value, int):
        digits = str(abs(value))
        return digits.zfill(len(digits) + len(digits) % 2)       # '812' -> '0812', '8' -> '08'
    text = re.sub(r"^[A-Za-z]\s*", "", str(value).strip())     # a section letter ('H 52.10')
    if not text:
        return None
    head, _, tail = text.partition(".")
    head, tail = re.sub(r"\D", "", head), re.sub(r"\D", "", tail)
    if not head:
        return None
    if tail and len(head) < 2:
        head = head.zfill(2)
    return head + tail


def parse_relations(values):
    """Rows (profile, sector, weight) from a flat list as QgsProcessingParameterMatrix gives it
    (three values a row) or from rows. Errors say which row is wrong."""
    values = list(values or [])
    if values and not isinstance(values[0], (list, tuple)):
        if len(values) % 3:
            raise InputError(tr("the relations table needs three columns (profile, sector, "
                                "weight); it has {} values").format(len(values)))
        values = [values[i:i + 3] for i in range(0, len(values), 3)]
    rows = []
    for n, row in enumerate(values, 1):
        if len(row) != 3:
            raise InputError(tr("relations row {}: give profile, sector and weight").format(n))
        profile, sector, weight = (str(row[0]).strip() if row[0] is not None else "",
                                   sbi_code(row[1]), row[2])
        if not profile:
            raise InputError(tr("relations row {}: the profile is empty").format(n))
        if sector is None or len(sector) < 2:
            raise InputError(tr("relations row {}: '{}' is not an SBI code of at least two "
                                "digits (e.g. 52 or 52.10)").format(n, row[1]))
        try:
            weight = float(str(weight).replace(",", "."))
        except ValueError:
            raise InputError(tr("relations row {}: the weight '{}' is not a number")
                             .format(n, row[2])) from None
        if not (math.isfinite(weight) and weight >= 0):
            raise InputError(tr("relations row {}: the weight must be 0 or more").format(n))
        rows.append((profile, sector, weight))
    return rows


def profile_relations(rows, profile):
    """{sector code: weight} of ``profile``'s rows; an InputError naming "profile" when it has
    none."""
    related = {}
    for name, sector, weight in rows:
        if name == profile:
            related[sector] = max(weight, related.get(sector, 0.0))
    if not related:
        known = sorted({name for name, _, _ in rows})
        raise InputError(tr("the relations table has no rows for profile '{}'; add rows for it "
                            "or use one of: {}").format(profile, ", ".join(known) or "-"),
                         "profile")
    return related


def firm_weights(codes, related):
    """Per firm the weight of its relation to the profile: the largest weight of the related
    sector codes its SBI code starts with; 0 when none (or no code)."""
    out = np.zeros(len(codes), dtype=np.float64)
    for i, value in enumerate(codes):
        code = sbi_code(value)
        if code is None:
            continue
        out[i] = max([w for sector, w in related.items() if code.startswith(sector)],
                     default=0.0)
    return out


def point_coordinates(wkbs, weights):
    """(x, y, weight) arrays of every point (multipoints: every part, with the feature's
    weight) in the WKB geometries."""
    from shapely import wkb
    xs, ys, ws = [], [], []
    for data, weight in zip(wkbs, weights):
        geom = wkb.loads(bytes(data))
        for part in getattr(geom, "geoms", [geom]):
            if part.is_empty:
                continue
            point = part.representative_point() if part.geom_type != "Point" else part
            xs.append(point.x)
            ys.append(point.y)
            ws.append(weight)
    return np.asarray(xs, float), np.asarray(ys, float), np.asarray(ws, float)


# ------------------------------------------------------------------ combination
def component_weights(values, assessed):
    """{component: weight} of the ``assessed`` components, renormalised to sum 1; ``values`` has
    one weight per component of COMPONENTS (None: equal). InputError when none is left."""
    if values is None:
        values = (1.0,) * len(COMPONENTS)
    values = tuple(float(v) for v in values)
    if len(values) != len(COMPONENTS):
        raise InputError(tr("give {} weights, one per component ({}); got {}").format(
            len(COMPONENTS), ", ".join(COMPONENTS), len(values)), "weights")
    if any(not math.isfinite(v) or v < 0 for v in values):
        raise InputError(tr("the weights must be 0 or more"), "weights")
    kept = {c: w for c, w in zip(COMPONENTS, values) if c in assessed and w > 0}
    total = sum(kept.values())
    if total <= 0:
        raise InputError(tr("every component with data has weight 0; give a weight above 0 to "
                            "at least one of: {}").format(", ".join(assessed)), "weights")
    return {c: w / total for c, w in kept.items()}


def weighted_mean(scores, weights):
    """sum(w_c * score_c) over the components in ``weights`` (they sum to 1); float32."""
    out = None
    for key, w in weights.items():
        part = scores[key].astype(F32) * F32(w)
        out = part if out is None else out + part
    return out.astype(F32)


def summary(not_assessed):
    """'not assessed: labour pool ..., cluster synergy' or '' when complete."""
    if not not_assessed:
        return ""
    return tr("not assessed: {}").format(", ".join(component_label(k) for k in not_assessed))
