"""DistanceTable against the function it tabulates, computed directly on every cell: on
distances from GDAL's own proximity (gdal.ComputeProximity), on the cap, and on values that are
not cell-centre distances (computed directly), bit for bit."""

import numpy as np
import pytest
from osgeo import gdal

from ruimte_plugin.core import distance_table
from ruimte_plugin.core.distance_table import DistanceTable


def function(distance):
    """A float64 chain like the nitrogen score: a kernel, a cut-off and a logarithm."""
    d = distance.astype(np.float64)
    with np.errstate(invalid="ignore"):
        deposition = (50.0 * np.exp(-d / 900.0) + 3.0 / (1.0 + (d / 400.0) ** 1.7)).astype(
            np.float32)
    deposition[distance > 700] = 0
    with np.errstate(divide="ignore"):
        score = np.clip(1 - np.log(np.maximum(deposition, 0.05) / 0.05) / np.log(1e3), 0, 1)
    return score.astype(np.float32), deposition


def gdal_distances(cell, cap):
    mask = np.zeros((300, 400), np.uint8)
    mask[[20, 150, 290, 40], [10, 200, 390, 350]] = 1        # a few feature cells
    mem = gdal.GetDriverByName("MEM")
    src = mem.Create("", 400, 300, 1, gdal.GDT_Byte)
    dst = mem.Create("", 400, 300, 1, gdal.GDT_Float32)
    for ds in (src, dst):
        ds.SetGeoTransform((0, cell, 0, 300 * cell, 0, -cell))
    src.GetRasterBand(1).WriteArray(mask)
    gdal.ComputeProximity(src.GetRasterBand(1), dst.GetRasterBand(1),
                          ["VALUES=1", "DISTUNITS=GEO", f"MAXDIST={cap!r}", f"NODATA={cap!r}"])
    return np.minimum(dst.GetRasterBand(1).ReadAsArray(), np.float32(cap))


@pytest.mark.parametrize("chunk", [1 << 20, 999])          # built in one piece or in many
def test_table_equals_the_function_on_gdal_distances_and_elsewhere(chunk, monkeypatch):
    monkeypatch.setattr(distance_table, "CHUNK", chunk)
    for cell, cap in ((25.0, 2525.0), (10.0, 1010.0), (7.5, 757.5)):
        distance = gdal_distances(cell, cap)
        table = DistanceTable(function, cell, cap)
        assert table.usable
        got, expected = table(distance), function(distance)
        assert (distance == np.float32(cap)).any() and (distance == 0).any()
        assert np.unique(distance).size > 1000
        assert np.isin(distance, table.keys).all()           # every GDAL value is looked up
        for a, b in zip(got, expected):
            assert a.dtype == b.dtype and np.array_equal(a, b)
        # not on the table: direct, also NaN
        odd = np.array([[0.3, 12.34, np.nan], [cap * 0.999, 1e9, -1.0]], dtype=np.float32)
        for a, b in zip(table(odd), function(odd)):
            assert np.array_equal(a, b, equal_nan=True)


def test_no_table_when_the_cap_is_too_many_cells_away():
    table = DistanceTable(function, 1.0, 5000.0)
    assert not table.usable
    d = np.array([[0.0, 1.0, 4999.0]], dtype=np.float32)
    for a, b in zip(table(d), function(d)):
        assert np.array_equal(a, b)


def test_every_cell_centre_distance_is_found_up_to_the_largest_table():
    """Every possible GDAL value float32(float32(sqrt(n)) * cell) is found in the table, at the
    top of a float32 lookup (n < 2**21) and of a float64 one (up to MAX_ENTRIES), where the
    float32 distance no longer tells n to within half a step."""
    for cell, cap in ((25.0, 25.0 * 1440), (1.0, 2820.0)):
        table = DistanceTable(lambda d: (d,), cell, cap)
        assert table.usable
        n = np.concatenate([np.arange(0, 5000), np.arange(table.last - 200000, table.last + 1)])
        distance = (np.sqrt(n).astype(np.float32).astype(np.float64) * cell).astype(np.float32)
        index, found = table.lookup(distance)
        # several n can share one float32 distance: any of them is the right entry
        assert found.all() and np.array_equal(table.keys[index], distance)
