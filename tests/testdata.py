"""Helpers for tests: paths, and small GeoTIFFs written and read with rasterio."""

import atexit
import shutil
import tempfile
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parent.parent
TEST_DATA = ROOT / "tests" / "data"     # small real extracts; origins in tests/data/SOURCES.md


def _demo_copy():
    """A private copy of the demo GeoPackage: QGIS opens GeoPackages for update, and the tests
    must not change the file in the checkout."""
    folder = tempfile.mkdtemp(prefix="ruimte-demo-")
    atexit.register(shutil.rmtree, folder, True)
    return shutil.copy(ROOT / "resources" / "demo" / "drenthe.gpkg", folder)


def __getattr__(name):
    """DEMO_GPKG, made on first use (PEP 562) and then kept as a module attribute: the pure unit
    tests, which never open it, do not pay for the copy; ``from testdata import DEMO_GPKG``
    works as before."""
    if name == "DEMO_GPKG":
        globals()["DEMO_GPKG"] = _demo_copy()
        return globals()["DEMO_GPKG"]
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


def write_raster(path, array, x0=150000.0, y1=460000.0, pixel=25.0, crs="EPSG:28992",
                 nodata=-9999.0, tags=None):
    """Write a float32 single-band GeoTIFF (north-up, top-left corner x0, y1), with metadata
    ``tags`` ({name: text}) when given."""
    import rasterio
    from rasterio.transform import from_origin

    data = np.asarray(array, dtype=np.float32)
    with rasterio.open(str(path), "w", driver="GTiff", width=data.shape[1], height=data.shape[0],
                       count=1, dtype="float32", crs=crs, nodata=nodata,
                       transform=from_origin(x0, y1, pixel, pixel)) as dst:
        dst.write(np.where(np.isnan(data), np.float32(nodata), data), 1)
        if tags:
            dst.update_tags(**tags)
    return str(path)


def write_vector(path, kind, rows, fields=(), epsg=28992):
    """A GeoPackage with one layer 'data' of OGR geometry type ``kind`` (curves are written as
    they are: QGIS reads them as CurvePolygon / MultiSurface / CompoundCurve); rows = [(wkt or
    None, {field: value or None})]; ``epsg`` None writes no CRS."""
    from osgeo import ogr, osr
    ds = ogr.GetDriverByName("GPKG").CreateDataSource(str(path))
    srs = None
    if epsg:
        srs = osr.SpatialReference()
        srs.ImportFromEPSG(epsg)
        srs.SetAxisMappingStrategy(osr.OAMS_TRADITIONAL_GIS_ORDER)
    layer = ds.CreateLayer("data", srs, kind)
    for name, ftype in fields:
        layer.CreateField(ogr.FieldDefn(name, ftype))
    for wkt, values in rows:
        feature = ogr.Feature(layer.GetLayerDefn())
        if wkt:
            feature.SetGeometry(ogr.CreateGeometryFromWkt(wkt))
        for key, value in values.items():
            if value is not None:
                feature.SetField(key, value)
        layer.CreateFeature(feature)
    ds = None
    return str(path)


def read_raster(path):
    """(float32 array with NaN for NoData, rasterio profile)."""
    import rasterio

    with rasterio.open(str(path)) as src:
        data = src.read(1, masked=True).astype(np.float32).filled(np.nan)
        return data, src.profile


def model_child(alg_id, child_id, sources):
    """A Model Designer child: ``sources`` = {parameter: source or [sources]}."""
    from qgis.core import QgsProcessingModelChildAlgorithm
    child = QgsProcessingModelChildAlgorithm(alg_id)
    child.setChildId(child_id)
    for key, value in sources.items():
        child.addParameterSources(key, value if isinstance(value, list) else [value])
    return child


def model_output(child, output_name, name):
    """Expose ``output_name`` of ``child`` as the model output ``name``."""
    from qgis.core import QgsProcessingModelOutput
    output = QgsProcessingModelOutput(name)
    output.setChildId(child.childId())
    output.setChildOutputName(output_name)
    child.setModelOutputs({**child.modelOutputs(), name: output})


def warning_feedback():
    """A QgsProcessingFeedback that keeps the warnings a run pushes (in ``.warnings``)."""
    from qgis.core import QgsProcessingFeedback

    class Warnings(QgsProcessingFeedback):
        def __init__(self):
            super().__init__()
            self.warnings = []

        def pushWarning(self, text):  # noqa: N802 (QGIS API name)
            self.warnings.append(text)

    return Warnings()
