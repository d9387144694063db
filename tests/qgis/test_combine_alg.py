"""ruimte:combine in real QGIS: values against hand calculations, constraints, grids, errors."""

import numpy as np
import processing
import pytest
from qgis.core import (QgsFeature, QgsGeometry, QgsProcessingException, QgsRectangle,
                       QgsVectorLayer)

from testdata import read_raster
from ruimte_plugin.core.rasterio_io import read_tags

X0, Y1 = 150000.0, 460000.0          # top-left of the 25 m test grids (EPSG:28992)


@pytest.fixture
def criteria(make_raster):
    a = np.full((4, 6), 0.2, np.float32)
    b = np.full((4, 6), 0.5, np.float32)
    c = np.full((4, 6), 0.6, np.float32)
    b[0, 0] = np.nan
    return [make_raster("a.tif", a), make_raster("b.tif", b), make_raster("c.tif", c)]


def run(params, tmp_path, name="out.tif"):
    params = dict(params, OUTPUT=str(tmp_path / name))
    return read_raster(processing.run("ruimte:combine", params)["OUTPUT"])[0]


@pytest.mark.parametrize("method, extra, expected", [
    ("wlc", {}, 0.405),                                 # 0.4*0.2 + 0.35*0.5 + 0.25*0.6
    ("wpm", {}, 0.2 ** 0.4 * 0.5 ** 0.35 * 0.6 ** 0.25),
    ("and", {}, 0.2), ("or", {}, 0.6), ("product", {}, 0.06), ("sum", {}, 0.84),
    ("gamma", {"GAMMA": 0.5}, (0.84 * 0.06) ** 0.5),
    # order weights 0.5,0.3,0.2 on ranks (0.2, 0.5, 0.6): (0.2*0.2+0.105*0.5+0.05*0.6)/0.355
    ("owa", {"ORDER_WEIGHTS": "0.5,0.3,0.2"}, 0.1225 / 0.355),
])
def test_methods_by_hand(provider, criteria, tmp_path, method, extra, expected):
    out = run(dict(CRITERIA=criteria, WEIGHTS="0.4,0.35,0.25", METHOD=method, **extra), tmp_path)
    assert np.isnan(out[0, 0])                          # criterion b unknown there
    assert np.allclose(out[~np.isnan(out)], expected, atol=1e-6)


def test_ranks_use_rank_order_centroid(provider, criteria, tmp_path):
    out = run(dict(CRITERIA=criteria, WEIGHTS="1,2,3", WEIGHTS_MODE="ranks"), tmp_path)
    w = [(1 + 1 / 2 + 1 / 3) / 3, (1 / 2 + 1 / 3) / 3, 1 / 9]
    assert out[1, 1] == pytest.approx(w[0] * 0.2 + w[1] * 0.5 + w[2] * 0.6, abs=1e-6)


def test_constraints_raster_and_polygon(provider, criteria, make_raster, tmp_path):
    mask = np.ones((4, 6), np.float32)
    mask[3, 5] = 0                     # excluded
    mask[3, 4] = np.nan                # NoData: no opinion, not excluded
    raster = make_raster("mask.tif", mask)
    polygons = QgsVectorLayer("Polygon?crs=EPSG:28992", "natura", "memory")
    feature = QgsFeature()
    # covers the centres of columns 0-1 in rows 2-3 (x 150000-150050, y 459900-459950)
    feature.setGeometry(QgsGeometry.fromRect(QgsRectangle(X0, Y1 - 100, X0 + 50, Y1 - 50)))
    polygons.dataProvider().addFeatures([feature])
    out = run(dict(CRITERIA=criteria, WEIGHTS="0.4,0.35,0.25", CONSTRAINTS=[raster, polygons]),
              tmp_path)
    assert out[3, 5] == 0 and out[3, 4] == pytest.approx(0.405)
    assert np.all(out[2:4, 0:2] == 0) and out[1, 0] == pytest.approx(0.405)
    assert out[0, 0] != 0 and np.isnan(out[0, 0])


def test_polygon_in_another_crs_is_reprojected(provider, criteria, tmp_path):
    polygons = QgsVectorLayer("Polygon?crs=EPSG:4326", "wgs84", "memory")
    feature = QgsFeature()
    # a big WGS84 box around the test grid (RD 150000,460000 is near 5.387E, 52.156N)
    feature.setGeometry(QgsGeometry.fromRect(QgsRectangle(5.3, 52.1, 5.5, 52.2)))
    polygons.dataProvider().addFeatures([feature])
    out = run(dict(CRITERIA=criteria, CONSTRAINTS=[polygons]), tmp_path)
    assert np.all(out == 0)


def test_provenance_records_conventions(provider, criteria, tmp_path):
    processing.run("ruimte:combine", dict(CRITERIA=criteria, WEIGHTS="2,1,1", METHOD="owa",
                                          ORDER_WEIGHTS="1,0,0", OUTPUT=str(tmp_path / "o.tif")))
    tags = read_tags(str(tmp_path / "o.tif"))
    conv = tags["RUIMTE_CONVENTIONS"]
    assert conv["aggregation"] == "owa" and conv["weights"] == [0.5, 0.25, 0.25]
    assert conv["andness"] == 1.0 and "lowest score" in conv["owa_convention"]
    assert len(tags["RUIMTE_SOURCES"]) == 3


def test_other_grid_is_refused_or_resampled(provider, criteria, make_raster, tmp_path):
    shifted = make_raster("shifted.tif", np.full((4, 6), 0.6, np.float32), x0=X0 + 10)
    with pytest.raises(QgsProcessingException) as err:
        run(dict(CRITERIA=criteria[:2] + [shifted]), tmp_path)
    assert "(CRITERIA)" in str(err.value) and "another grid" in str(err.value)
    out = run(dict(CRITERIA=criteria[:2] + [shifted], RESAMPLING="nearest"), tmp_path)
    assert out.shape == (4, 6)


def test_explicit_grid_parameters(provider, criteria, tmp_path):
    out = run(dict(CRITERIA=criteria, EXTENT=f"{X0},{X0 + 150},{Y1 - 100},{Y1} [EPSG:28992]",
                   PIXEL_SIZE=50, RESAMPLING="average"), tmp_path)
    assert out.shape == (2, 3)


@pytest.mark.parametrize("params, fragment", [
    (dict(WEIGHTS="0.5,0.5"), "(WEIGHTS)"),
    (dict(WEIGHTS="0.5,abc,0.2"), "(WEIGHTS)"),
    (dict(METHOD="owa"), "(ORDER_WEIGHTS)"),
    (dict(METHOD="owa", ORDER_WEIGHTS="1,0"), "(ORDER_WEIGHTS)"),
    (dict(TARGET_CRS="EPSG:4326", RESAMPLING="nearest"), "geographic"),
    (dict(EXTENT=f"{X0},{X0},{Y1 - 100},{Y1} [EPSG:28992]", PIXEL_SIZE=25), "(EXTENT)"),
    (dict(PIXEL_SIZE=0, RESAMPLING="nearest"), "(PIXEL_SIZE)"),
])
def test_bad_input_names_the_parameter(provider, criteria, tmp_path, params, fragment):
    out = tmp_path / "bad.tif"
    with pytest.raises(QgsProcessingException) as err:
        processing.run("ruimte:combine", dict(params, CRITERIA=criteria, OUTPUT=str(out)))
    assert fragment in str(err.value)
    assert not out.exists() and list(tmp_path.glob(".ruimte-*")) == []


def test_cancelled_run_leaves_no_file(provider, criteria, tmp_path):
    from qgis.core import QgsProcessingFeedback
    feedback = QgsProcessingFeedback()
    feedback.cancel()
    out = tmp_path / "cancel.tif"
    with pytest.raises(QgsProcessingException, match="Cancelled"):
        processing.run("ruimte:combine", dict(CRITERIA=criteria, OUTPUT=str(out)),
                       feedback=feedback)
    assert list(tmp_path.glob("*cancel*")) == [] and list(tmp_path.glob(".ruimte-*")) == []


def test_zero_as_nodata_in_a_constraint_still_excludes(provider, criteria, make_raster, tmp_path):
    # what gdal:rasterize writes by default on QGIS 3.40: a 0/1 mask with NoData = 0
    mask = np.ones((4, 6), np.float32)
    mask[1, 1] = 0
    raster = make_raster("mask0.tif", mask, nodata=0)
    out = run(dict(CRITERIA=criteria, CONSTRAINTS=[raster]), tmp_path)
    assert out[1, 1] == 0 and out[1, 2] > 0
    with pytest.raises(QgsProcessingException, match="declares 0 as NoData"):
        run(dict(CRITERIA=criteria, CONSTRAINTS=[raster], PIXEL_SIZE=50, RESAMPLING="nearest"),
            tmp_path, "o2.tif")


def test_standardize_on_the_fly_equals_qgis_fuzzify(provider, make_raster, tmp_path):
    """STANDARDIZE: distances fuzzified inside combine equal QGIS's own linear fuzzify followed
    by the weighted sum; by hand at one cell as well."""
    rng = np.random.default_rng(3)
    near = make_raster("near.tif", rng.uniform(0, 6000, (20, 30)).astype(np.float32))
    far = make_raster("far.tif", rng.uniform(0, 3000, (20, 30)).astype(np.float32))
    score = make_raster("score.tif", rng.uniform(0, 1, (20, 30)).astype(np.float32))
    fused = run(dict(CRITERIA=[near, far, score], WEIGHTS="0.5,0.3,0.2",
                     STANDARDIZE="linear,decreasing,,,500,5000; linear,increasing,0,2000"),
                tmp_path)
    fuzzy = []
    # QGIS's linear membership falls when the low bound is the larger one
    for path, low, high in ((near, 5000, 500), (far, 0, 2000)):
        fuzzy.append(processing.run("native:fuzzifyrasterlinearmembership", {
            "INPUT": path, "BAND": 1, "FUZZYLOWBOUND": low, "FUZZYHIGHBOUND": high,
            "OUTPUT": str(tmp_path / f"fuzzy{len(fuzzy)}.tif")})["OUTPUT"])
    chained = run(dict(CRITERIA=fuzzy + [score], WEIGHTS="0.5,0.3,0.2"), tmp_path, "chain.tif")
    assert np.allclose(fused, chained, atol=1e-6)
    a, b, c = (read_raster(p)[0][4, 7] for p in (near, far, score))
    hand = 0.5 * min(1, max(0, (5000 - a) / 4500)) + 0.3 * min(1, max(0, b / 2000)) + 0.2 * c
    assert fused[4, 7] == pytest.approx(hand, abs=1e-6)
    assert "standardize" in read_tags(str(tmp_path / "out.tif"))["RUIMTE_CONVENTIONS"]


@pytest.mark.parametrize("spec, fragment", [
    ("linear,increasing,5,1", "criterion 1 ('linear,increasing,5,1'): control points must be"),
    ("wobbly,1,2", "unknown function 'wobbly'"),
    (";;;", None), ("large,10,2;;;x", "4 standardisations for 3 criteria"),
])
def test_standardize_spec_errors(provider, criteria, tmp_path, spec, fragment):
    if fragment is None:                         # only separators: nothing to standardise
        assert run(dict(CRITERIA=criteria, STANDARDIZE=spec), tmp_path).shape == (4, 6)
        return
    with pytest.raises(QgsProcessingException) as err:
        run(dict(CRITERIA=criteria, STANDARDIZE=spec), tmp_path)
    assert "Standardize on the fly (STANDARDIZE)" in str(err.value) and fragment in str(err.value)


def test_gdal_block_cache_of_qgis_is_left_as_it_was(provider, make_raster, tmp_path):
    """Runs cap GDAL's block cache (64 MB) and give QGIS its own size back afterwards, also
    after work in several threads (rasterio.Env(GDAL_CACHEMAX=64) would have set 64 *bytes*,
    for good, from a worker thread)."""
    from osgeo import gdal
    rng = np.random.default_rng(5)
    a = make_raster("big_a.tif", rng.random((700, 1100), dtype=np.float32))
    b = make_raster("big_b.tif", rng.random((700, 1100), dtype=np.float32))
    before = gdal.GetCacheMax()
    out = run(dict(CRITERIA=[a, b], WEIGHTS="0.5,0.5", METHOD="owa",
                   ORDER_WEIGHTS="0.7,0.3"), tmp_path)       # 6 blocks, worker threads
    assert out.shape == (700, 1100) and np.isfinite(out).all()
    assert gdal.GetCacheMax() == before
