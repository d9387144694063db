"""Bounding boxes that overlap, and the shapes that do: the one sweep behind every bounding-box
prefilter of the core (sites that share land, sites measured alone, the blocks a site lies in,
protected land and houses near a site)."""

import numpy as np


def overlapping_boxes(boxes, others=None, pad=0.0):
    """Sorted pairs (i, j) of boxes (x0, y0, x1, y1) that overlap or touch: box i of ``boxes``,
    grown by ``pad`` on every side, and box j of ``others``; without ``others``, the pairs of
    ``boxes`` among themselves (i < j; ``pad`` is then not used).

    A sweep over x: the boxes are sorted by their left edge, so the candidates for a box are a
    slice (left edge up to the box's right edge), which numpy then filters on the right edge and
    on y. A box with NaN coordinates overlaps nothing."""
    boxes = np.asarray(boxes, dtype=np.float64).reshape(-1, 4)
    if others is None:
        return _pairs_within(boxes)
    grown = boxes + np.array([-pad, -pad, pad, pad]) if pad else boxes
    others = np.asarray(others, dtype=np.float64).reshape(-1, 4)
    order = np.argsort(others[:, 0], kind="stable")
    ranked = others[order]
    pairs = []
    for i, (x0, y0, x1, y1) in enumerate(grown):
        end = np.searchsorted(ranked[:, 0], x1, side="right")
        near = ranked[:end]
        hit = (near[:, 2] >= x0) & (near[:, 1] <= y1) & (near[:, 3] >= y0)
        pairs.extend((i, int(j)) for j in np.sort(order[:end][hit]))
    return pairs


def _pairs_within(boxes):
    order = np.argsort(boxes[:, 0], kind="stable")
    ranked = boxes[order]
    pairs = []
    for pos in range(len(ranked)):
        end = np.searchsorted(ranked[:, 0], ranked[pos, 2], side="right")
        later = ranked[pos + 1:end]
        hit = (later[:, 1] <= ranked[pos, 3]) & (later[:, 3] >= ranked[pos, 1])
        i = int(order[pos])
        pairs.extend((min(i, int(j)), max(i, int(j))) for j in order[pos + 1:end][hit])
    return sorted(pairs)


def overlapping_pairs(shapes, min_ha=0.01):
    """[(i, j, hectares)] for every pair of shapely polygons (metres) that share at least
    ``min_ha``: overlapping bounding boxes, then the exact intersection area."""
    pairs = []
    for i, j in overlapping_boxes([shape.bounds for shape in shapes]):
        shared = shapes[i].intersection(shapes[j]).area / 1e4
        if shared >= min_ha:
            pairs.append((i, j, shared))
    return pairs


def without_overlaps(shapes, priority, min_ha=1e-4):
    """Sorted indices of the shapes to keep so that no two kept ones share ``min_ha`` or more:
    in the order of ``priority`` (a sort key per index; lowest first) a shape is kept unless it
    overlaps one kept before it. A shape dropped for overlapping does not block others."""
    touching = {}
    for i, j, _ in overlapping_pairs(shapes, min_ha):
        touching.setdefault(i, set()).add(j)
        touching.setdefault(j, set()).add(i)
    kept = set()
    for i in sorted(range(len(shapes)), key=priority):
        if not touching.get(i, set()) & kept:
            kept.add(i)
    return sorted(kept)
