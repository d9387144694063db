"""core.wkb_points against the WKB that shapely (GEOS) and OGR write: 2D, Z, M and ZM points,
either byte order, ISO codes and the 0x80000000 Z flag; anything but single points refused."""

import numpy as np
import pytest
from osgeo import ogr
from shapely import wkb
from shapely.geometry import MultiPoint, Point

from ruimte_plugin.core.wkb_points import NotSinglePoints, point_coordinates

OGR_POINTS = ["POINT (1 2)", "POINT Z (3 4 5)", "POINT M (6 7 8)", "POINT ZM (9 10 11 12)"]


def ogr_blobs(wkt, order):
    """The ISO WKB and OGR's 'old OGC' WKB (Z as the 0x80000000 flag) of ``wkt``."""
    geom = ogr.CreateGeometryFromWkt(wkt)
    return [bytes(geom.ExportToIsoWkb(order)), bytes(geom.ExportToWkb(order))]


def test_points_of_every_dimension_and_byte_order():
    blobs, expected = [], []
    for order in (ogr.wkbNDR, ogr.wkbXDR):
        for wkt in OGR_POINTS:
            point = ogr.CreateGeometryFromWkt(wkt)
            for blob in ogr_blobs(wkt, order):
                blobs.append(blob)
                expected.append((point.GetX(), point.GetY()))
    for big_endian in (False, True):
        for point in (Point(-150000.5, 463000.25), Point(1e6, -2e-6, 7.0)):
            blobs.append(wkb.dumps(point, big_endian=big_endian))
            expected.append((point.x, point.y))
    # the 0x80000001 (Z), ISO 1001/2001/3001 and both byte orders are all there
    assert {b[1:5] for b in blobs} >= {bytes.fromhex(h) for h in (
        "01000080", "e9030000", "d1070000", "b90b0000", "80000001", "000003e9")}
    assert np.array_equal(point_coordinates(blobs), np.array(expected))


def test_nulls_and_empty_points_are_nan_rows_in_place():
    empty = bytes(ogr.CreateGeometryFromWkt("POINT EMPTY").ExportToIsoWkb())
    blobs = [wkb.dumps(Point(1, 2)), None, empty, b"", wkb.dumps(Point(3, 4, 5))]
    xy = point_coordinates(blobs)
    assert xy.shape == (5, 2)
    assert np.array_equal(xy[[0, 4]], [[1, 2], [3, 4]])
    assert np.isnan(xy[1:4]).all()


def test_fixed_width_array_as_gdal_gives_it():
    """GetArrowStreamAsNumPy returns a 'V21' array when every blob has 21 bytes."""
    points = np.random.default_rng(3).uniform(0, 300000, size=(1000, 2))
    blobs = [wkb.dumps(Point(x, y), big_endian=bool(i % 3 == 0))
             for i, (x, y) in enumerate(points)]
    fixed = np.array(blobs, dtype="V21")
    assert np.array_equal(point_coordinates(fixed), points)
    assert np.array_equal(point_coordinates(np.array(blobs, dtype=object)), points)
    assert point_coordinates([]).shape == (0, 2)


@pytest.mark.parametrize("blob", [
    wkb.dumps(MultiPoint([(1, 2)])),                                   # a one-point MultiPoint
    wkb.dumps(MultiPoint([(1, 2), (3, 4)]), big_endian=True),
    bytes(ogr.CreateGeometryFromWkt("MULTIPOINT EMPTY").ExportToIsoWkb()),
    wkb.dumps(Point(1, 2), srid=28992),                                # EWKB with an SRID
    wkb.dumps(Point(1, 2, 3))[:21],                                    # type Z, 2 doubles
    bytes([2]) + wkb.dumps(Point(1, 2))[1:],                           # no byte order
    bytes(ogr.CreateGeometryFromWkt("LINESTRING (1 2, 3 4)").ExportToIsoWkb()),
])
def test_anything_but_single_points_is_refused(blob):
    with pytest.raises(NotSinglePoints):
        point_coordinates([wkb.dumps(Point(5, 6)), blob, None])
    with pytest.raises(NotSinglePoints):
        point_coordinates(np.array([blob], dtype=f"V{len(blob)}"))
