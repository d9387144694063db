"""The analysis grid: one explicit raster geometry that every criterion is computed on.

Snapping (user guide, section 2.1): an extent given as bounds snaps *outward* to whole pixels on a grid anchored
at multiples of the pixel size (x = k * pixel, y = k * pixel), so separate runs with the same pixel
size align cell for cell. Coordinates are in the grid's CRS, which must be projected (metres).
"""

from dataclasses import dataclass
import math

from .errors import InputError
from .i18n import tr

#: Block edge in cells for streamed raster work (512 x 512 windows, measured with benchmarks/).
BLOCK_SIZE = 512
#: Relative tolerance when snapping bounds that are already (almost) on the grid.
_SNAP_EPS = 1e-9


@dataclass(frozen=True)
class Window:
    """A block of the grid: row/col offset and size in cells."""

    row_off: int
    col_off: int
    height: int
    width: int

    def slices(self):
        return (slice(self.row_off, self.row_off + self.height),
                slice(self.col_off, self.col_off + self.width))


@dataclass(frozen=True)
class AnalysisGrid:
    """A north-up grid: top-left corner (x_min, y_max), cell size (res_x, res_y) in CRS units."""

    crs: str          # anything rasterio/QGIS understand: "EPSG:28992" or WKT
    x_min: float
    y_max: float
    res_x: float
    res_y: float
    width: int
    height: int

    # ------------------------------------------------------------ construction
    @classmethod
    def from_bounds(cls, x_min, y_min, x_max, y_max, pixel_size, crs="EPSG:28992"):
        """Grid covering the bounds, snapped outward to multiples of ``pixel_size``."""
        for name, value in (("x_min", x_min), ("y_min", y_min), ("x_max", x_max),
                            ("y_max", y_max), (None, pixel_size)):
            if value is None or not math.isfinite(value):
                raise InputError(tr("the {} of the grid is not a finite number")
                                 .format(name or tr("pixel size")))
        if pixel_size <= 0:
            raise InputError(tr("the pixel size must be above 0 (got {:g})").format(pixel_size),
                             "pixel_size")
        if x_max <= x_min or y_max <= y_min:
            raise InputError(tr("the extent is empty (zero width or height); give an extent that "
                                "covers the study area"), "extent")
        p = float(pixel_size)
        x0, y0 = _snap(x_min, p, math.floor), _snap(y_min, p, math.floor)
        x1, y1 = _snap(x_max, p, math.ceil), _snap(y_max, p, math.ceil)
        width = int(round((x1 - x0) / p))
        height = int(round((y1 - y0) / p))
        return cls(crs=crs, x_min=x0, y_max=y1, res_x=p, res_y=p, width=width, height=height)

    @classmethod
    def from_transform(cls, transform, width, height, crs):
        """From a GDAL/rasterio affine (a, b, c, d, e, f): x = a*col + c, y = e*row + f."""
        a, b, c, d, e, f = (float(v) for v in tuple(transform)[:6])
        if b != 0 or d != 0:
            raise InputError(tr("rotated rasters are not supported; warp the raster to a "
                                "north-up grid first (Raster > Projections > Warp)"))
        if a <= 0 or e >= 0:
            raise InputError(tr("the raster has an unusable pixel size ({:g}, {:g}); cells must "
                                "have a positive width and a north-up orientation").format(a, e))
        if width < 1 or height < 1:
            raise InputError(tr("the raster has no cells"))
        return cls(crs=crs, x_min=c, y_max=f, res_x=a, res_y=-e, width=int(width),
                   height=int(height))

    # ------------------------------------------------------------ geometry
    @property
    def transform(self):
        """GDAL/rasterio order (a, b, c, d, e, f)."""
        return (self.res_x, 0.0, self.x_min, 0.0, -self.res_y, self.y_max)

    @property
    def x_max(self):
        return self.x_min + self.width * self.res_x

    @property
    def y_min(self):
        return self.y_max - self.height * self.res_y

    @property
    def bounds(self):
        return (self.x_min, self.y_min, self.x_max, self.y_max)

    @property
    def shape(self):
        return (self.height, self.width)

    @property
    def cells(self):
        return self.width * self.height

    @property
    def cell_area(self):
        """Area of one cell in square CRS units (m2 for a metric CRS)."""
        return self.res_x * self.res_y

    def window_transform(self, window):
        a, b, c, d, e, f = self.transform
        return (a, b, c + window.col_off * a, d, e, f + window.row_off * e)

    def window_bounds(self, window):
        x0 = self.x_min + window.col_off * self.res_x
        y1 = self.y_max - window.row_off * self.res_y
        return (x0, y1 - window.height * self.res_y, x0 + window.width * self.res_x, y1)

    def blocks(self, size=BLOCK_SIZE):
        """Windows of at most size x size cells, row-major, covering the grid exactly once."""
        for row in range(0, self.height, size):
            for col in range(0, self.width, size):
                yield Window(row, col, min(size, self.height - row), min(size, self.width - col))

    def block_count(self, size=BLOCK_SIZE):
        return math.ceil(self.height / size) * math.ceil(self.width / size)

    def aligned_with(self, other, tolerance=1e-6):
        """Same CRS text is not required here (compare CRSs outside); same cells are."""
        tol = tolerance * max(self.res_x, self.res_y)
        return (self.width == other.width and self.height == other.height
                and abs(self.x_min - other.x_min) <= tol and abs(self.y_max - other.y_max) <= tol
                and abs(self.res_x - other.res_x) <= tol and abs(self.res_y - other.res_y) <= tol)

    def describe(self):
        return tr("{} x {} cells of {:g} x {:g}, extent {:g},{:g} : {:g},{:g}").format(
            self.width, self.height, self.res_x, self.res_y, self.x_min, self.y_min, self.x_max,
            self.y_max)

    def as_dict(self):
        return {"crs": self.crs, "x_min": self.x_min, "y_max": self.y_max, "res_x": self.res_x,
                "res_y": self.res_y, "width": self.width, "height": self.height}


def _snap(value, step, outward):
    """Snap to a multiple of step; values within rounding noise of one stay on it."""
    k = value / step
    nearest = round(k)
    if abs(k - nearest) <= _SNAP_EPS * max(1.0, abs(k)):
        return nearest * step
    return outward(k) * step
