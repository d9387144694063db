"""Wide focal sums by FFT: out(x) = sum over cells y of q(y) * K(x - y), on the analysis grid.

Used for the nitrogen LOAD (q = overloaded habitat area, K = deposition kernel) and the
landscape IMPACT (q = valued landscape area, K = view-angle ring weights). The quantity q is
additive per cell (an area), so coarser cells simply sum it.

The grid is extended by the kernel radius on every side, so sources just outside the grid count.
When the FFT would need more than ``budget`` bytes, it runs on cells ``factor`` times larger:
q is summed per coarse cell, the kernel is averaged over each coarse cell (supersampling), and the
result is interpolated bilinearly back to the grid. ``factor`` is reported; tests give the error.
"""

import math

import numpy as np

from .errors import Cancelled
from .grid import AnalysisGrid

#: plan the convolution within this much memory (bytes); coarser cells beyond it. 400 MB keeps a
#: national 25 m grid with a 25 km kernel at 125 m cells (measured: a 100 m
#: FFT with bilinear upsampling stays within 3.5 % of the full-resolution peak)
BUDGET_BYTES = 400e6
#: bytes per cell of a float32 FFT convolution (padded input, spectra, output)
FFT_BYTES_PER_CELL = 30
#: relative level below which FFT results are round-off, not signal
FFT_NOISE = 1e-6

F32 = np.float32


class ConvolutionField:
    """``cell_values(grid, window) -> float32`` gives q per cell; ``kernel(res_x, res_y,
    supersample) -> 2-D array`` centred on its middle cell; ``radius`` (m) its reach."""

    def __init__(self, grid, cell_values, kernel, radius, budget=BUDGET_BYTES, progress=None,
                 threads=1):
        self.grid = grid
        self.radius = float(radius)
        factor = 1
        while self.memory_needed(factor) > budget and factor < 64:
            factor += 1
        self.factor = factor
        res_x, res_y = grid.res_x * factor, grid.res_y * factor
        kx, ky = math.ceil(radius / res_x), math.ceil(radius / res_y)
        height, width = -(-grid.height // factor), -(-grid.width // factor)
        fine = AnalysisGrid(grid.crs, grid.x_min - kx * res_x, grid.y_max + ky * res_y,
                            grid.res_x, grid.res_y, (width + 2 * kx) * factor,
                            (height + 2 * ky) * factor)
        q = np.zeros((height + 2 * ky, width + 2 * kx), dtype=F32)
        block = factor * max(1, 512 // factor)
        total = fine.block_count(block)
        for i, window in enumerate(fine.blocks(block)):
            if progress is not None and progress(i / total) is False:
                raise Cancelled()
            values = cell_values(fine, window)
            if values.any():
                h, w = window.height // factor, window.width // factor
                r0, c0 = window.row_off // factor, window.col_off // factor
                q[r0:r0 + h, c0:c0 + w] += values.reshape(h, factor, w, factor).sum(axis=(1, 3))
        image = np.asarray(kernel(res_x, res_y, factor), dtype=F32)
        out = _convolve(q, image[::-1, ::-1], threads) if q.any() else np.zeros_like(q)
        out = out[ky:ky + height, kx:kx + width]
        peak = out.max() if out.size else 0
        out[out < FFT_NOISE * peak] = 0          # float32 FFT round-off where nothing lands
        self.values = np.ascontiguousarray(out, dtype=F32)

    def memory_needed(self, factor=1):
        res_x, res_y = self.grid.res_x * factor, self.grid.res_y * factor
        rows = -(-self.grid.height // factor) + 4 * math.ceil(self.radius / res_y)
        cols = -(-self.grid.width // factor) + 4 * math.ceil(self.radius / res_x)
        return FFT_BYTES_PER_CELL * rows * cols

    def compute(self, window):
        """float32 block; on coarse cells the coarse result is interpolated bilinearly (cell
        centres; separable, so a few passes over the block). Thread-safe."""
        if self.factor == 1:
            return self.values[window.slices()].copy()
        f, values = self.factor, self.values

        def axis(offset, size, limit):
            centre = (np.arange(offset, offset + size) + 0.5) / f - 0.5
            low = np.clip(np.floor(centre).astype(np.int64), 0, limit - 1)
            high = np.minimum(low + 1, limit - 1)
            weight = np.clip(centre - low, 0, 1).astype(F32)
            return low, high, weight
        r_lo, r_hi, wr = axis(window.row_off, window.height, values.shape[0])
        c_lo, c_hi, wc = axis(window.col_off, window.width, values.shape[1])
        top, bottom = r_lo.min(), r_hi.max() + 1
        left, right = c_lo.min(), c_hi.max() + 1
        rows = values[top:bottom, left:right]        # only the coarse cells this block needs
        by_row = rows[r_lo - top] * (F32(1) - wr)[:, None] + rows[r_hi - top] * wr[:, None]
        return by_row[:, c_lo - left] * (F32(1) - wc) + by_row[:, c_hi - left] * wc


def _convolve(q, image, threads=1):
    """'same'-size convolution of q with image (centred), by real FFTs in float32."""
    from scipy import fft
    shape = [fft.next_fast_len(a + b - 1, real=True) for a, b in zip(q.shape, image.shape)]
    spectrum = fft.rfft2(q, shape, workers=threads)
    spectrum *= fft.rfft2(image, shape, workers=threads)
    full = fft.irfft2(spectrum, shape, workers=threads)
    del spectrum
    r0, c0 = (image.shape[0] - 1) // 2, (image.shape[1] - 1) // 2
    return full[r0:r0 + q.shape[0], c0:c0 + q.shape[1]]


def radial_image(res_x, res_y, radius, profile, supersample=1):
    """Kernel image of ``profile(r)`` (vectorised, r in m) on cells of res_x x res_y around a
    centre cell, each cell the mean over supersample x supersample points."""
    ky, kx = math.ceil(radius / res_y), math.ceil(radius / res_x)
    offsets = (np.arange(supersample) + 0.5) / supersample - 0.5
    yy, xx = np.mgrid[-ky:ky + 1, -kx:kx + 1]
    image = np.zeros(yy.shape, dtype=np.float64)
    for dy in offsets:
        for dx in offsets:
            image += profile(np.hypot((yy + dy) * res_y, (xx + dx) * res_x))
    return image / supersample ** 2
