"""NWB wegvakken (Nationaal Wegenbestand, Rijkswaterstaat) -> motorways and ramp points for
ruimte:accessibility.

Fields (NWB-wegen product description, docs.ndw.nu/handleidingen/nwb/nwb-producten/nwb-wegen/):
WVK_ID, WEGBEHSRT (road authority: R Rijk, P province, G municipality, W water board,
T other), WEGNUMMER, BST_CODE (baansubsoort: HR hoofdrijbaan, OPR toerit/oprit, AFR afrit,
PST puntstuk, VBD/VBI/VBS/VBR/VBK/VBW verbindingsweg, ...; docs.ndw.nu/handleidingen/nwb/
nwb-basisstructuur/baansubsoort).

A ramp in the NWB is one or more OPR/AFR wegvakken in a chain: one end on the motorway, the other
on the secondary road. Its access point is the chain end farthest from the motorway carriageways
(the end on the secondary road)."""

import numpy as np

from ..i18n import tr


def dataset():
    """The dataset this reader expects, in words (for messages)."""
    return tr("NWB wegvakken of Rijkswaterstaat (Nationaal Wegenbestand, monthly, "
              "https://downloads.rijkswaterstaat.nl/wsrl/nwbwegen/ or PDOK "
              "https://api.pdok.nl/rws/nationaal-wegenbestand-wegen/ogc/v1) with the fields "
              "WEGBEHSRT and BST_CODE (BST_CODE filled on every wegvak since June 2023)")


AUTHORITY_FIELDS = ("WEGBEHSRT",)
BST_FIELDS = ("BST_CODE",)
ID_FIELDS = ("WVK_ID",)
NUMBER_FIELDS = ("WEGNUMMER",)
DEFAULT_AUTHORITIES = ("R",)
DEFAULT_CARRIAGEWAY = ("HR",)
DEFAULT_RAMPS = ("OPR", "AFR")


def code(value):
    return "" if value is None else str(value).strip().upper()


def ramp_points(ramps, motorways, codes=None, snap=1.0):
    """Access points of ramps. ``ramps``: list of (n, 2) arrays (wegvak vertex coordinates);
    ``motorways``: list of (n, 2) arrays of the carriageways; ``codes``: the BST_CODE of each
    ramp wegvak. Chains of wegvakken with the same code joined at shared ends (within ``snap``
    m) form one ramp (an off ramp ending where an on ramp starts stays two ramps); of each
    chain's free ends the one farthest from the motorway lines is returned.
    Returns (points (k, 2), index of a wegvak of each chain)."""
    if not ramps:
        return np.empty((0, 2)), []
    codes = list(codes) if codes is not None else [""] * len(ramps)
    kinds = {c: i for i, c in enumerate(sorted(set(codes)))}
    ends = np.array([[line[0], line[-1]] for line in ramps], dtype=np.float64)  # (n, 2, 2)
    kind = np.repeat([kinds[c] for c in codes], 2)[:, None]
    keys = np.hstack([np.round(ends.reshape(-1, 2) / snap).astype(np.int64), kind])
    _, node = np.unique(keys, axis=0, return_inverse=True)
    node = node.reshape(-1)
    parent = np.arange(len(ramps))

    def find(i):
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    first_at = {}
    for end, n in enumerate(node):
        seg = end // 2
        if n in first_at:
            a, b = find(seg), find(first_at[n])
            if a != b:
                parent[a] = b
        else:
            first_at[n] = seg
    degree = np.bincount(node)
    chains = {}
    for end, n in enumerate(node):
        if degree[n] == 1:
            chains.setdefault(find(end // 2), []).append(end)
    segments = _segments(motorways)
    points, owners = [], []
    for root in sorted(chains):
        candidates = ends.reshape(-1, 2)[chains[root]]
        far = int(np.argmax(point_segment_distance(candidates, segments)))
        points.append(candidates[far])
        owners.append(chains[root][far] // 2)
    return np.array(points).reshape(-1, 2), owners


def _segments(lines):
    parts = [np.hstack([line[:-1], line[1:]]) for line in lines if len(line) > 1]
    return np.vstack(parts) if parts else np.empty((0, 4))


def point_segment_distance(points, segments):
    """Distance from each point to the nearest segment (x0, y0, x1, y1); inf without segments."""
    if len(segments) == 0:
        return np.full(len(points), np.inf)
    out = np.full(len(points), np.inf)
    a, b = segments[:, :2], segments[:, 2:]
    ab = b - a
    length2 = np.maximum((ab ** 2).sum(axis=1), 1e-12)
    for i, p in enumerate(points):
        t = np.clip(((p - a) * ab).sum(axis=1) / length2, 0, 1)
        nearest = a + t[:, None] * ab
        out[i] = np.sqrt(((nearest - p) ** 2).sum(axis=1)).min()
    return out
