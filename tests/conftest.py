"""Fixtures shared by unit and QGIS tests."""

import pytest

from testdata import write_raster


@pytest.fixture
def make_raster(tmp_path):
    """make_raster(name, array, **kw) -> path of a float32 GeoTIFF in tmp_path."""
    def _make(name, array, **kw):
        return write_raster(tmp_path / name, array, **kw)
    return _make
