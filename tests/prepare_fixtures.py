"""Small fixtures for the data-preparation readers, BUILT FROM THE PUBLISHED SCHEMAS (field names
and code values), not extracts of real data (see tests/data/SOURCES.md, section "Fixtures built
from published schemas"). Written into a test's tmp_path with QGIS."""

from qgis.core import (QgsFeature, QgsGeometry, QgsPointXY, QgsRectangle, QgsVectorFileWriter,
                       QgsVectorLayer, QgsCoordinateTransformContext)

from testdata import TEST_DATA

BAG_SAMPLE = f"{TEST_DATA}/bag.gpkg|layername=verblijfsobjecten"

#: BAG attributes for the real sample's points, assigned by rule from huisnummer (the sample is
#: an address extract without gebruiksdoel): the same rule, written in SQL, counts them.
BAG_USE = ("CASE WHEN \"huisnummer\" % 5 = 0 THEN 'winkelfunctie' "
           "WHEN \"huisnummer\" % 5 = 1 THEN 'woonfunctie,winkelfunctie' "
           "WHEN \"huisnummer\" % 5 = 2 THEN 'industriefunctie' ELSE 'woonfunctie' END")
BAG_STATUS = ("CASE WHEN \"huisnummer\" % 7 = 0 THEN 'Verblijfsobject buiten gebruik' "
              "WHEN \"huisnummer\" % 7 = 1 THEN 'Verblijfsobject in gebruik (niet ingemeten)' "
              "ELSE 'Verblijfsobject in gebruik' END")


def write(layer, path):
    options = QgsVectorFileWriter.SaveVectorOptions()
    options.driverName = "GPKG"
    options.layerName = layer.name()
    result = QgsVectorFileWriter.writeAsVectorFormatV3(layer, str(path),
                                                       QgsCoordinateTransformContext(), options)
    assert result[0] == QgsVectorFileWriter.NoError, result
    return f"{path}|layername={layer.name()}"


def memory(kind, name, fields, rows):
    """A memory layer: ``fields`` 'name:type' strings; ``rows`` [(geometry or None, attrs)]."""
    uri = f"{kind}?crs=EPSG:28992" + "".join(f"&field={f}" for f in fields)
    layer = QgsVectorLayer(uri, name, "memory")
    features = []
    for geometry, attrs in rows:
        f = QgsFeature(layer.fields())
        if geometry is not None:
            f.setGeometry(geometry)
        f.setAttributes(list(attrs))
        features.append(f)
    layer.dataProvider().addFeatures(features)
    return layer


def bag_fixture(tmp_path):
    """The real BAG sample's points with gebruiksdoel and status added by rule (BAG_USE,
    BAG_STATUS), as in the PDOK BAG GeoPackage's verblijfsobject layer."""
    import processing
    step = processing.run("native:fieldcalculator", {
        "INPUT": BAG_SAMPLE, "FIELD_NAME": "gebruiksdoel", "FIELD_TYPE": 2, "FIELD_LENGTH": 80,
        "FORMULA": BAG_USE, "OUTPUT": "TEMPORARY_OUTPUT"})["OUTPUT"]
    step = processing.run("native:deletecolumn", {"INPUT": step, "COLUMN": ["status"],
                                                  "OUTPUT": "TEMPORARY_OUTPUT"})["OUTPUT"]
    path = tmp_path / "bag_vbo.gpkg"
    processing.run("native:fieldcalculator", {
        "INPUT": step, "FIELD_NAME": "status", "FIELD_TYPE": 2, "FIELD_LENGTH": 80,
        "FORMULA": BAG_STATUS, "OUTPUT": str(path)})
    return str(path)


def line(*points):
    return QgsGeometry.fromPolylineXY([QgsPointXY(x, y) for x, y in points])


#: NWB wegvakken (fields of the NWB-wegen product description): a motorway (two carriageways,
#: HR, Rijk) along y = 500000, one junction at x = 203000 with an off ramp (two AFR wegvakken)
#: and an on ramp (one OPR) meeting the provincial road at (203000, 500300), a half junction
#: at x = 205000 with one OPR from (205000, 499700), a provincial HR road and a municipal road.
NWB_ROWS = [
    (line((200000, 500000), (203000, 500000)), [1, "R", "028", "HR"]),
    (line((203000, 500000), (206000, 500000)), [2, "R", "028", "HR"]),
    (line((206000, 500020), (200000, 500020)), [3, "R", "028", "HR"]),
    (line((202500, 500020), (202800, 500150)), [4, "R", "028", "AFR"]),
    (line((202800, 500150), (203000, 500300)), [5, "R", "028", "AFR"]),
    (line((203000, 500300), (203500, 500020)), [6, "R", "028", "OPR"]),
    (line((205000, 499700), (205400, 500000)), [7, "R", "028", "OPR"]),
    (line((203000, 500300), (203000, 503000)), [8, "P", "371", "HR"]),
    (line((200000, 499000), (206000, 499000)), [9, "G", None, "RB"]),
]
NWB_RAMPS = {(203000.0, 500300.0, "AFR"), (203000.0, 500300.0, "OPR"),
             (205000.0, 499700.0, "OPR")}


def nwb_fixture(tmp_path, rows=NWB_ROWS, fields=("WVK_ID:integer", "WEGBEHSRT:string",
                                                 "WEGNUMMER:string", "BST_CODE:string")):
    return write(memory("LineString", "wegvakken", fields, rows), tmp_path / "nwb.gpkg")


#: Fairway sections with a CEMT class (as FIS 'scheepvaartklasse'; IMBOR style for one).
FAIRWAY_ROWS = [
    (line((200000, 501000), (206000, 501000)), ["Va"]),
    (line((200000, 502000), (206000, 502000)), ["IV"]),
    (line((200000, 503000), (206000, 503000)), ["VIb"]),
    (line((200000, 504000), (206000, 504000)), ["II"]),
    (line((200000, 505000), (206000, 505000)), ["RA"]),
    (line((200000, 506000), (206000, 506000)), [None]),
    (line((200000, 507000), (206000, 507000)), ["IVa - M6"]),
]
FAIRWAY_CEMT = ["Va", "IV", "VIb", "II", None, None, "IV"]


def fairway_fixture(tmp_path, rows=FAIRWAY_ROWS, field="cemt_klasse:string"):
    return write(memory("LineString", "vaarwegvakken", [field], rows), tmp_path / "fis.gpkg")


def square(x, y, size=1000):
    return QgsGeometry.fromRect(QgsRectangle(x, y, x + size, y + size))


#: Postcode areas (PC4) and a capacity table per postcode (colour words, as the map's CSV).
POSTCODES = [(square(200000, 500000), ["9401"]), (square(201000, 500000), ["9402"]),
             (square(202000, 500000), ["9403"]), (square(203000, 500000), ["9404"])]
CAPACITY_ROWS = [(None, ["9401", "rood", "groen"]), (None, ["9402 ", "geel", "groen"]),
                 (None, ["9402", "oranje", "geel"]), (None, ["9404", "0", "rood"]),
                 (None, ["9999", "groen", "groen"])]
CAPACITY_AFNAME = {"9401": 3, "9402": 2, "9403": -1, "9404": 0}


def capacity_fixture(tmp_path):
    areas = write(memory("Polygon", "pc4", ["postcode:string"], POSTCODES),
                  tmp_path / "pc4.gpkg")
    table = write(memory("None", "capaciteit", ["PC4:string", "afname:string",
                                                "invoeding:string"], CAPACITY_ROWS),
                  tmp_path / "capaciteit.gpkg")
    return areas, table
