"""The block pipeline of ruimte:profilesuitability: every criterion as a block function, all
combined in one pass.

Each criterion algorithm (ruimte:nitrogen, ruimte:zoning, ...) runs in-process as before —
its parameter checks, its messages, its preparation (reading the layers, the distance
transforms) — but where it would stream its blocks into GeoTIFFs (``write_rasters``), its block
function is kept instead (``run_criterion``). ``final_pass`` then computes, per block, every
criterion's score and hard rule, the aggregation (core.overlay's rules: ruimte:combine), the study
area, EXCLUDED and EVIDENCE, and writes only the outputs the user asked for. No intermediate
criterion raster is written and read back: at 25 m (12,000 x 14,000 cells) that was about half of
the profile's time (benchmarks/national.py, stage "profile").

The criteria's distance transforms (GDAL's proximity: most of the work) run in a background
thread (``background_distances``, core.distance.DistanceField.start) while the next criteria
read their layers; the final pass waits for them block by block.

The results are the same cells as the chain of child algorithms + ruimte:combine gave: the
criterion blocks are the same float32 arrays that were written (NaN = NoData) and read back."""

import numpy as np

from qgis.core import QgsApplication, QgsProcessingException

from ..core.aggregate import DEFAULT_GAMMA, Aggregation, apply_constraints
from ..core.numbers import parse_number_list
from ..core.weights import weights_from_text

F32 = np.float32


class Criterion:
    """One criterion's block function and its outputs, as its algorithm would have written
    them: ``outputs`` [(parameter, path or None, band description, style)] in the order of
    ``compute``'s arrays, ``tags`` its provenance, ``block`` its block size."""

    def __init__(self, name, grid, compute, outputs, tags, block):
        self.name, self.grid, self.compute = name, grid, compute
        self.outputs, self.tags, self.block = list(outputs), dict(tags), block
        names = [o[0] for o in self.outputs]
        self.score_index = names.index("OUTPUT")
        self.rule_index = names.index("CONSTRAINT") if "CONSTRAINT" in names else None

    def blocks(self, window):
        """(score, hard rule or None) float32 blocks of ``window``, NaN = NoData."""
        arrays = self.compute(window)
        score = np.asarray(arrays[self.score_index], dtype=F32)
        rule = None if self.rule_index is None else np.asarray(arrays[self.rule_index],
                                                               dtype=F32)
        return score, rule


def run_criterion(parent, criterion, alg_id, params, context, feedback):
    """Run criterion algorithm ``alg_id`` in-process on ``params`` up to its writing step;
    returns its Criterion. Its open distance fields and files are handed to ``parent`` (closed
    when the parent's run ends). Errors are the algorithm's own messages, as from
    processing.run."""
    alg = QgsApplication.processingRegistry().createAlgorithmById(alg_id)
    ok, message = alg.checkParameterValues(params, context)
    if not ok:
        raise QgsProcessingException(message)
    kept = []

    def keep(context_, feedback_, grid, compute, outputs, tags, block_size=512, progress=None,
             threads=1):
        kept.append(Criterion(criterion, grid, compute, outputs, tags, block_size))
        parent._to_close.extend(alg._to_close)       # still needed by compute
        del alg._to_close[:]
        return {name: path for name, path, _, _ in outputs if path}

    alg.write_rasters = keep
    alg.background_distances = True    # its distances computed while the next criterion reads
    alg.processAlgorithm(params, context, feedback)
    if len(kept) != 1:
        raise RuntimeError(f"{alg_id} did not reach its writing step once")
    return kept[0]


def aggregation_of(profile, weights):
    """The Aggregation ruimte:combine made of the profile's method and weights (the same
    rounding to six decimals and renormalisation, so that the cells are the same)."""
    count = len(weights)
    text = ",".join(f"{w:.6f}" for w in weights.values())
    values = tuple(float(w) for w in weights_from_text(text, count, "direct").values)
    order = ()
    if profile.method == "owa":
        order = tuple(parse_number_list(",".join(str(v) for v in profile.order_weights)))
    return Aggregation(profile.method, values, DEFAULT_GAMMA, order).validate(count)


class FinalPass:
    """``compute(window)``: the suitability block, then EXCLUDED, EVIDENCE (when asked) and the
    asked criterion scores; thread-safe (the criteria's block functions are)."""

    def __init__(self, grid, criteria, aggregation, area=None, excluded=False, evidence=False,
                 kept=()):
        """``area``: a core.rasterize.FeatureSet of the study area or None; ``kept``: the
        criteria whose score is written."""
        import threading
        self.grid, self.criteria, self.aggregation = grid, list(criteria), aggregation
        self.area, self.excluded, self.evidence = area, excluded, evidence
        self.kept = [self.criteria.index(c) for c in kept]
        self.excluded_cells = self.unknown_cells = 0
        self._lock = threading.Lock()

    def compute(self, window):
        from ..core.evidence import mask_blocks
        shape = (window.height, window.width)
        blocks = [c.blocks(window) for c in self.criteria]
        scores = [s for s, _ in blocks]
        rules = [r for _, r in blocks if r is not None]
        inside = None if self.area is None else self.area.mask(self.grid, window)
        # the hard rules and the criteria assessed, once (core.evidence.mask_blocks: NaN
        # outside the study area, a rule's NaN does not exclude)
        allowed_f, assessed = mask_blocks(shape, rules, scores if self.evidence else None,
                                          inside)
        allowed = allowed_f != 0
        result = apply_constraints(self.aggregation.apply(np.stack(scores)),
                                   allowed if rules else None)
        if inside is None:
            inside = True
        else:
            result[~inside] = np.nan
        excluded = int(np.count_nonzero(~allowed & inside)) if rules else 0
        unknown = int(np.count_nonzero(np.isnan(result) & inside))
        with self._lock:
            self.excluded_cells += excluded
            self.unknown_cells += unknown
        arrays = [result]
        arrays += [a for a, wanted in ((allowed_f, self.excluded), (assessed, self.evidence))
                   if wanted]
        return tuple(arrays) + tuple(scores[i] for i in self.kept)
