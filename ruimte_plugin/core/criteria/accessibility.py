"""Accessibility: distance to motorway ramps (or motorways), waterways of a minimum CEMT class and
rail terminals, as the crow flies or along the road network.

Score per mode: 1 up to IDEAL distance, falling linearly to 0 at MAX distance. Defaults:
road 3 km ideal (new distribution centres are built 1-3 km from a motorway, Nieuwsblad
Transport 2015), 10 km max (assumption); water 500 m / 5 km and rail 2 km / 10 km (assumptions).
Several modes combine by ``all`` (minimum: the company needs every mode given) or ``any``
(maximum: one mode suffices).

Network distance (NETWORK): a graph over the road lines - vertices (lines densified every
STEP m, coinciding ends merged within 1 cm) joined by their straight segments. Dijkstra from the
targets (each joined to its nearest network node by a straight link) gives the distance of every
node; a cell's distance is the straight distance from its centre to its nearest network node
(the site's access to the road) plus that node's network distance.

CEMT classes (inland waterways): 0 < I < II < III < IV < Va < Vb < VIa < VIb < VIc < VII.
"""

from dataclasses import dataclass
import math

import numpy as np

from ..errors import InputError
from ..i18n import tr
from ..unit_interval import clip01

CEMT_CLASSES = ("0", "I", "II", "III", "IV", "Va", "Vb", "VIa", "VIb", "VIc", "VII")
_CEMT_KEYS = {c.upper(): i for i, c in enumerate(CEMT_CLASSES)}
_CEMT_KEYS.update({"5A": 5, "5B": 6, "6A": 7, "6B": 8, "6C": 9, "1": 1, "2": 2, "3": 3,
                   "4": 4, "7": 10})
MODE_COMBINATIONS = ("all", "any")
DEFAULT_ROAD = (3000.0, 10000.0)
DEFAULT_WATER = (500.0, 5000.0)
DEFAULT_RAIL = (2000.0, 10000.0)
DEFAULT_MIN_CEMT = "IV"

F32 = np.float32


def cemt_rank(value):
    """Order of a CEMT class ('IV', 'Va', 'V_A', 'VIb', '5a', 4) -> 0..10; None when empty."""
    if value is None:
        return None
    text = str(value).strip().upper().replace("_", "").replace(" ", "").replace("-", "")
    if text.endswith(".0"):
        text = text[:-2]
    if not text:
        return None
    if text not in _CEMT_KEYS:
        raise InputError(tr("unknown CEMT class '{}'; use one of {}")
                         .format(value, ", ".join(CEMT_CLASSES)))
    return _CEMT_KEYS[text]


def distance_score(distance, ideal, maximum):
    """1 up to ``ideal`` m, linear to 0 at ``maximum`` m (NaN stays NaN)."""
    d = np.asarray(distance, dtype=F32)
    out = clip01((F32(maximum) - d) / F32(maximum - ideal))
    out[d <= F32(ideal)] = F32(1)
    return out.astype(F32)


@dataclass(frozen=True)
class ModeRule:
    ideal: float
    maximum: float

    def validate(self):
        if not 0 <= self.ideal < self.maximum:
            raise InputError(tr("the ideal distance must be 0 or more and below the maximum"))
        return self

    def score(self, distance):
        return distance_score(distance, self.ideal, self.maximum)


def combine_modes(scores, how="all"):
    if how not in MODE_COMBINATIONS:
        raise InputError(tr("unknown mode combination '{}'").format(how), "how")
    stack = np.stack(scores)
    return (stack.min(axis=0) if how == "all" else stack.max(axis=0)).astype(F32)


def line_coordinates(wkbs):
    """Coordinate arrays (n, 2) of every line part in the WKB geometries."""
    from shapely import wkb
    parts = []
    for data in wkbs:
        geom = wkb.loads(bytes(data))
        for part in getattr(geom, "geoms", [geom]):
            coords = np.asarray(part.coords, dtype=np.float64)[:, :2]
            if len(coords) >= 2:
                parts.append(coords)
    return parts


def densify(coords, step):
    """Points every ``step`` m or closer along a polyline, keeping its vertices."""
    out = [coords[:1]]
    for a, b in zip(coords[:-1], coords[1:]):
        n = max(1, int(math.ceil(np.hypot(*(b - a)) / step)))
        t = (np.arange(1, n + 1) / n)[:, None]
        out.append(a + (b - a) * t)
    return np.vstack(out)


class RoadNetwork:
    """A graph over road lines (module docstring) for network distances to targets."""

    SNAP = 0.01       # m: line ends closer than this are the same node

    def __init__(self, lines, step=100.0):
        from scipy.spatial import cKDTree

        parts = [densify(c, step) for c in lines]
        if not parts:
            raise InputError(tr("the road network has no lines"))
        points = np.vstack(parts)
        keys = np.round(points / self.SNAP).astype(np.int64)
        _, first, inverse = np.unique(keys, axis=0, return_index=True, return_inverse=True)
        inverse = inverse.ravel()
        self.nodes = points[first]
        starts, ends, offset = [], [], 0
        for p in parts:
            idx = inverse[offset:offset + len(p)]
            starts.append(idx[:-1])
            ends.append(idx[1:])
            offset += len(p)
        self.edges = (np.concatenate(starts), np.concatenate(ends))
        self.tree = cKDTree(self.nodes)
        self.node_distance = None

    def solve(self, targets):
        """Network distance (m) from every node to the nearest target point (n, 2)."""
        from scipy.sparse import coo_matrix
        from scipy.sparse.csgraph import dijkstra

        targets = np.asarray(targets, dtype=np.float64).reshape(-1, 2)
        if not len(targets):
            raise InputError(tr("no targets to measure the network distance to"))
        n = len(self.nodes)
        a, b = self.edges
        keep = a != b
        a, b = a[keep], b[keep]
        length = np.hypot(*(self.nodes[a] - self.nodes[b]).T)
        access, nearest = self.tree.query(targets)
        source = np.full(len(targets), n)                 # one virtual source node
        rows = np.concatenate([a, b, source])
        cols = np.concatenate([b, a, nearest])
        data = np.concatenate([length, length, access + 1e-9])
        graph = coo_matrix((data, (rows, cols)), shape=(n + 1, n + 1)).tocsr()
        self.node_distance = dijkstra(graph, directed=True, indices=n)[:n]
        return self.node_distance

    def cell_distance(self, grid, window, cap):
        """Network distance of every cell centre in ``window``, capped at ``cap``."""
        rows, cols = np.mgrid[window.row_off:window.row_off + window.height,
                              window.col_off:window.col_off + window.width]
        cells = np.column_stack([(grid.x_min + (cols + 0.5) * grid.res_x).ravel(),
                                 (grid.y_max - (rows + 0.5) * grid.res_y).ravel()])
        access, nearest = self.tree.query(cells)
        total = access + self.node_distance[nearest]
        return np.minimum(total, cap).reshape(window.height, window.width).astype(F32)
