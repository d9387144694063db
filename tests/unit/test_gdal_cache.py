"""GDAL's cache while a distance transform and block streaming overlap, in the order a profile
run has them: the transform starts, streaming starts, the transform ends (the cap of streaming
must hold, not QGIS's size come back), streaming ends (QGIS's size back)."""

from osgeo import gdal

from ruimte_plugin.core.gdal_cache import block_cache
from ruimte_plugin.core.rasterio_io import GDAL_CACHE_MB, gdal_env


def test_overlapping_sizes_give_the_largest_running_and_restore_at_the_end():
    before = gdal.GetCacheMax()
    qgis, transform, cap = 2 ** 31, 300 * 2 ** 20, GDAL_CACHE_MB * 2 ** 20
    gdal.SetCacheMax(qgis)
    try:
        distance = block_cache(transform)
        distance.__enter__()
        assert gdal.GetCacheMax() == transform
        with gdal_env():
            assert gdal.GetCacheMax() == transform          # the transform still needs its rows
            distance.__exit__(None, None, None)
            assert gdal.GetCacheMax() == cap                # not QGIS's 2 GB
        assert gdal.GetCacheMax() == qgis
        with gdal_env(), block_cache(lambda saved: saved // 4):
            assert gdal.GetCacheMax() == qgis // 4          # a size worked out from QGIS's
        assert gdal.GetCacheMax() == qgis
    finally:
        gdal.SetCacheMax(before)
