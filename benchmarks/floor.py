"""The read + write floor of a benchmark stage: the time to read a stage's inputs and write its
outputs alone, in one plain Python process (no QGIS), with the same formats.

    python benchmarks/floor.py SPEC.json RESULT.json

SPEC.json: {"rasters": [path, ...], "vectors": ["file.gpkg|layername=x", ...],
            "outputs": [path, ...]}
* rasters: read completely, block by block (512 x 512 windows, GDAL cache 64 MB);
* vectors: every feature with its geometry as WKB and its attributes (OGR's Arrow stream where
  GDAL has it, GDAL >= 3.6, else feature by feature);
* outputs: each GeoTIFF written is copied with its own creation options (compression,
  predictor, tiling; GDAL's CreateCopy with NUM_THREADS=ALL_CPUS as Ruimte writes them); a
  GeoPackage is copied with gdal.VectorTranslate. Before the clock starts, each raster output
  is decompressed into an uncompressed file in the page cache, so the timed copy mostly
  measures the compression and the write.
RESULT.json: {"read_s", "write_s", "total_s"}. Temporary copies are removed.
"""

import json
import os
import sys
import tempfile
import time

from osgeo import gdal, ogr

gdal.UseExceptions()


def read_raster(path):
    ds = gdal.Open(path)
    band = ds.GetRasterBand(1)
    for r in range(0, ds.RasterYSize, 512):
        for c in range(0, ds.RasterXSize, 512):
            band.ReadAsArray(c, r, min(512, ds.RasterXSize - c), min(512, ds.RasterYSize - r))


def read_vector(uri):
    path, _, rest = uri.partition("|layername=")
    ds = ogr.Open(path)
    layer = ds.GetLayerByName(rest) if rest else ds.GetLayer(0)
    if hasattr(layer, "GetArrowStreamAsNumPy"):
        stream = layer.GetArrowStreamAsNumPy(options=["USE_MASKED_ARRAYS=NO"])
        for _ in stream:
            pass
        return
    for feature in layer:
        feature.GetGeometryRef().ExportToWkb()
        feature.items()


def creation_options(path):
    ds = gdal.Open(path)
    meta = ds.GetMetadata("IMAGE_STRUCTURE")
    band = ds.GetRasterBand(1)
    bx, by = band.GetBlockSize()
    opts = ["TILED=YES", f"BLOCKXSIZE={bx}", f"BLOCKYSIZE={by}", "BIGTIFF=IF_SAFER"]
    method = meta.get("COMPRESSION")
    if method:
        opts += [f"COMPRESS={method}", "NUM_THREADS=ALL_CPUS"]
        if meta.get("PREDICTOR"):
            opts.append(f"PREDICTOR={meta['PREDICTOR']}")
        if method == "ZSTD":
            opts.append("ZSTD_LEVEL=1")       # Ruimte's level (GDAL does not record it)
        if method == "DEFLATE":
            opts.append("ZLEVEL=1")
    return opts


def main(spec_path, result_path):
    spec = json.load(open(spec_path))
    gdal.SetCacheMax(64 * 2 ** 20)
    folder = tempfile.mkdtemp(prefix="ruimte-floor-", dir=os.path.dirname(result_path))
    staged = []
    try:
        for k, path in enumerate(spec.get("outputs", [])):
            if path.lower().endswith((".tif", ".tiff")):
                plain = os.path.join(folder, f"plain_{k}.tif")
                gdal.Translate(plain, path, creationOptions=[
                    "TILED=YES", "BLOCKXSIZE=512", "BLOCKYSIZE=512", "BIGTIFF=IF_SAFER"])
                staged.append(("tif", plain, creation_options(path), k))
            else:
                staged.append(("gpkg", path, None, k))
        t0 = time.perf_counter()
        for path in spec.get("rasters", []):
            read_raster(path)
        for uri in spec.get("vectors", []):
            read_vector(uri)
        t1 = time.perf_counter()
        driver = gdal.GetDriverByName("GTiff")
        for kind, path, options, k in staged:
            if kind == "tif":
                src = gdal.Open(path)
                driver.CreateCopy(os.path.join(folder, f"copy_{k}.tif"), src, options=options)
                src = None
            else:
                gdal.VectorTranslate(os.path.join(folder, f"copy_{k}.gpkg"), path,
                                     format="GPKG")
        t2 = time.perf_counter()
    finally:
        for name in os.listdir(folder):
            os.remove(os.path.join(folder, name))
        os.rmdir(folder)
    with open(result_path, "w") as fh:
        json.dump({"read_s": t1 - t0, "write_s": t2 - t1, "total_s": t2 - t0}, fh)


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2])
