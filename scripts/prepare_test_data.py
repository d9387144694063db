#!/usr/bin/python3
"""Build tests/data/: small real extracts of the open data the QGIS tests read.

What
    The files tests/qgis/ needs, so that the suite runs from a fresh clone. Small files are
    copied byte for byte; the two large ones are cut down to the features the tests use:

    * drenthe_natura2000_gebieden.geojson: only the Natura 2000 features within reach of a test
      window: the nitrogen window + 25 km (the kernel's cutoff, so the deposition in the window
      is the same as with the whole file) or the landscape window + 5 km (the outer view ring
      of a 30 m building is 4.3 km); geometry and attributes untouched, EPSG:4326 kept (the
      nitrogen test checks the on-the-fly reprojection), written as compact JSON instead of
      pretty-printed.
    * Realisatie_verbeteren_NNN.zip: only the NNN features that intersect the landscape test
      window, whole (not cut at the window), written by GDAL as GML 3.2 and zipped again, so
      the test still reads a zipped GML through /vsizip/.
    * bag.gpkg: only the layer the zoning test reads (verblijfsobjecten, all 1,836 points and
      fields); the ligplaatsen/standplaatsen layers and the spatial index are left out.

From where
    The unmodified source files (origins in tests/data/SOURCES.md), in the folder the
    environment variable RUIMTE_NL_DATA names. This is a build tool; the tests themselves read
    only tests/data/.

How to rerun (from the repository root, with Debian's Python, which has GDAL):
    /usr/bin/python3 scripts/prepare_test_data.py

tests/data/aerius/ is made by someone else and is not touched. The output is the same on every
run (OGR_CURRENT_DATE fixed for the GeoPackage, fixed timestamps in the zip).
"""

import json
import os
import shutil
import tempfile
import zipfile

from osgeo import gdal, ogr, osr

from source_data import source_folder

gdal.UseExceptions()
ogr.UseExceptions()
osr.UseExceptions()
gdal.SetConfigOption("OGR_CURRENT_DATE", "2000-01-01T00:00:00.000Z")

REPO = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
SRC = None                   # the source folder, set by main() from RUIMTE_NL_DATA
OUT = os.path.join(REPO, "tests", "data")

# The test windows (EPSG:28992), as in the tests.
NITROGEN_WINDOW = (215000, 530000, 235000, 546000)     # tests/qgis/test_nitrogen_alg.py
LANDSCAPE_WINDOW = (232000, 550000, 252000, 566000)    # tests/qgis/test_landscape_alg.py
NITROGEN_REACH = 25000   # the kernel cutoff (core/criteria/nitrogen.py DEFAULT_CUTOFF)
VIEW_REACH = 5000   # outer view ring of a 30 m building: 30 / tan(0.4 deg) = 4.3 km

COPIES = ("IBIS_BEDRIJVENTERREINEN.json", "output_natpark.gml", "ahn.tif",
          "highvoltage_vertices.csv")


def box(xmin, ymin, xmax, ymax, grow=0.0):
    ring = ogr.Geometry(ogr.wkbLinearRing)
    for x, y in ((xmin - grow, ymin - grow), (xmax + grow, ymin - grow),
                 (xmax + grow, ymax + grow), (xmin - grow, ymax + grow),
                 (xmin - grow, ymin - grow)):
        ring.AddPoint_2D(x, y)
    polygon = ogr.Geometry(ogr.wkbPolygon)
    polygon.AddGeometry(ring)
    return polygon


def rd_new():
    srs = osr.SpatialReference()
    srs.ImportFromEPSG(28992)
    srs.SetAxisMappingStrategy(osr.OAMS_TRADITIONAL_GIS_ORDER)
    return srs


def natura2000():
    """Features of the Drenthe Natura 2000 file within reach of a test window, unchanged."""
    name = "drenthe_natura2000_gebieden.geojson"
    with open(os.path.join(SRC, name), encoding="utf-8") as f:
        collection = json.load(f)
    wgs84 = osr.SpatialReference()
    wgs84.ImportFromEPSG(4326)
    wgs84.SetAxisMappingStrategy(osr.OAMS_TRADITIONAL_GIS_ORDER)
    to_rd = osr.CoordinateTransformation(wgs84, rd_new())
    windows = [box(*NITROGEN_WINDOW, grow=NITROGEN_REACH),
               box(*LANDSCAPE_WINDOW, grow=VIEW_REACH)]
    kept = []
    for feature in collection["features"]:
        geometry = ogr.CreateGeometryFromJson(json.dumps(feature["geometry"]))
        geometry.Transform(to_rd)
        if any(geometry.Intersects(w) for w in windows):
            kept.append(feature)
    collection["features"] = kept
    with open(os.path.join(OUT, name), "w", encoding="utf-8") as f:
        json.dump(collection, f, ensure_ascii=False, separators=(",", ":"))
        f.write("\n")
    return [f["properties"]["naamN2K"] for f in kept]


def nnn():
    """The NNN features that intersect the landscape window, as a zipped GML 3.2."""
    name = "Realisatie_verbeteren_NNN"
    work = tempfile.mkdtemp(prefix="ruimte-nnn-")
    try:
        gml = os.path.join(work, name + ".gml")
        xmin, ymin, xmax, ymax = LANDSCAPE_WINDOW
        gdal.VectorTranslate(gml, f"/vsizip/{SRC}/{name}.zip/{name}.gml", format="GML",
                             spatFilter=[xmin, ymin, xmax, ymax], datasetCreationOptions=[
                                 "FORMAT=GML3.2", "SRSNAME_FORMAT=SHORT"])
        ds = ogr.Open(gml)
        count = ds.GetLayer(0).GetFeatureCount()
        ds = None
        with zipfile.ZipFile(os.path.join(OUT, name + ".zip"), "w") as z:
            for ext in (".gml", ".xsd"):
                info = zipfile.ZipInfo(name + ext, date_time=(2000, 1, 1, 0, 0, 0))
                info.compress_type = zipfile.ZIP_DEFLATED
                with open(os.path.join(work, name + ext), "rb") as f:
                    z.writestr(info, f.read(), compresslevel=9)
        return count
    finally:
        shutil.rmtree(work)


def bag():
    """The verblijfsobjecten layer of the BAG sample, all features and fields (no spatial
    index: 1,836 points do not need one, and it costs 120 KB)."""
    out = os.path.join(OUT, "bag.gpkg")
    if os.path.exists(out):
        os.remove(out)
    gdal.VectorTranslate(out, os.path.join(SRC, "bag.gpkg"), format="GPKG",
                         layers=["verblijfsobjecten"], layerCreationOptions=["SPATIAL_INDEX=NO"])
    ds = ogr.Open(out)
    count = ds.GetLayerByName("verblijfsobjecten").GetFeatureCount()
    ds = None
    return count


def main():
    global SRC
    SRC = source_folder()
    os.makedirs(OUT, exist_ok=True)
    for name in COPIES:
        shutil.copyfile(os.path.join(SRC, name), os.path.join(OUT, name))
        print(f"{name}: copied")
    print("drenthe_natura2000_gebieden.geojson:", ", ".join(natura2000()))
    print(f"Realisatie_verbeteren_NNN.zip: {nnn()} features")
    print(f"bag.gpkg: {bag()} verblijfsobjecten")
    for name in sorted(os.listdir(OUT)):
        path = os.path.join(OUT, name)
        if os.path.isfile(path):
            print(f"  {name:40s} {os.path.getsize(path):>9,d} bytes")


if __name__ == "__main__":
    main()
