"""The Dutch criteria in a Model Designer model: zoning, gridcapacity, nitrogen, landscape and
accessibility feed combine, with zoning's CONSTRAINT as a constraint; run with the qgis_process
binary."""

import processing
from qgis.core import (QgsFeature, QgsGeometry, QgsPointXY, QgsProcessingModelAlgorithm,
                       QgsProcessingModelChildAlgorithm,
                       QgsProcessingModelChildParameterSource as Source,
                       QgsProcessingModelOutput, QgsProcessingModelParameter,
                       QgsProcessingParameterVectorLayer, QgsRectangle, QgsVectorLayer)

from testdata import read_raster

EXTENT = "200000,204000,500000,503000 [EPSG:28992]"


def save(layer, path):
    processing.run("native:reprojectlayer", {"INPUT": layer, "TARGET_CRS": "EPSG:28992",
                                             "OUTPUT": str(path)})
    return str(path)


def inputs(tmp_path):
    houses = QgsVectorLayer("Point?crs=EPSG:28992", "houses", "memory")
    f = QgsFeature()
    f.setGeometry(QgsGeometry.fromPointXY(QgsPointXY(200500, 502500)))
    houses.dataProvider().addFeatures([f])
    areas = QgsVectorLayer("Polygon?crs=EPSG:28992&field=afname:string", "areas", "memory")
    a = QgsFeature(areas.fields())
    a.setGeometry(QgsGeometry.fromRect(QgsRectangle(199000, 499000, 205000, 504000)))
    a.setAttributes(["geel"])
    areas.dataProvider().addFeatures([a])
    natura = QgsVectorLayer("Polygon?crs=EPSG:28992", "natura", "memory")
    n = QgsFeature()
    n.setGeometry(QgsGeometry.fromRect(QgsRectangle(210000, 500000, 211000, 501000)))
    natura.dataProvider().addFeatures([n])
    roads = QgsVectorLayer("LineString?crs=EPSG:28992", "roads", "memory")
    r = QgsFeature()
    r.setGeometry(QgsGeometry.fromPolylineXY([QgsPointXY(199000, 500100),
                                               QgsPointXY(206000, 500100)]))
    roads.dataProvider().addFeatures([r])
    return (save(houses, tmp_path / "houses.gpkg"), save(areas, tmp_path / "areas.gpkg"),
            save(natura, tmp_path / "natura.gpkg"), save(roads, tmp_path / "roads.gpkg"))


def child(alg_id, child_id, sources):
    c = QgsProcessingModelChildAlgorithm(alg_id)
    c.setChildId(child_id)
    for key, value in sources.items():
        c.addParameterSources(key, value if isinstance(value, list) else [value])
    return c


def build_model(path):
    model = QgsProcessingModelAlgorithm("criteria_chain", "ruimte tests")
    for name in ("houses", "areas", "natura", "roads"):
        model.addModelParameter(QgsProcessingParameterVectorLayer(name, name),
                                QgsProcessingModelParameter(name))
    grid = {"EXTENT": Source.fromStaticValue(EXTENT), "PIXEL_SIZE": Source.fromStaticValue(50)}
    model.addChildAlgorithm(child("ruimte:zoning", "zoning", dict(
        grid, SENSITIVE=Source.fromModelParameter("houses"),
        CATEGORY=Source.fromStaticValue("4.2"))))
    model.addChildAlgorithm(child("ruimte:gridcapacity", "grid", dict(
        grid, AREAS=Source.fromModelParameter("areas"), REQUIRED_MVA=Source.fromStaticValue(5))))
    model.addChildAlgorithm(child("ruimte:nitrogen", "nitrogen", dict(
        grid, HABITATS=Source.fromModelParameter("natura"),
        EMISSION_NOX=Source.fromStaticValue(5000))))
    model.addChildAlgorithm(child("ruimte:landscape", "landscape", dict(
        grid, PROTECTED=[Source.fromModelParameter("natura")],
        BUILDING_HEIGHT=Source.fromStaticValue(20))))
    model.addChildAlgorithm(child("ruimte:accessibility", "access", dict(
        grid, MOTORWAYS=Source.fromModelParameter("roads"))))
    combine = child("ruimte:combine", "combine", {
        "CRITERIA": [Source.fromChildOutput("zoning", "OUTPUT"),
                     Source.fromChildOutput("grid", "OUTPUT"),
                     Source.fromChildOutput("nitrogen", "OUTPUT"),
                     Source.fromChildOutput("landscape", "OUTPUT"),
                     Source.fromChildOutput("access", "OUTPUT")],
        "WEIGHTS": Source.fromStaticValue("0.3,0.3,0.4,0,0"),
        "CONSTRAINTS": [Source.fromChildOutput("zoning", "CONSTRAINT")]})
    output = QgsProcessingModelOutput("suitability")
    output.setChildId("combine")
    output.setChildOutputName("OUTPUT")
    combine.setModelOutputs({"suitability": output})
    model.addChildAlgorithm(combine)
    model.updateDestinationParameters()
    assert model.toFile(str(path))


def test_criteria_model_with_qgis_process(provider, qgis_process, tmp_path):
    houses, areas, natura, roads = inputs(tmp_path)
    build_model(tmp_path / "criteria.model3")
    out = tmp_path / "suitability.tif"
    result = qgis_process("--json", "run", str(tmp_path / "criteria.model3"), "--",
                          f"houses={houses}", f"areas={areas}", f"natura={natura}",
                          f"roads={roads}",
                          f"combine:suitability={out}")
    assert result.returncode == 0, result.stderr
    suit, profile = read_raster(out)
    assert suit.shape == (60, 80) and profile["transform"].a == 50
    # the house's cell (row 10, col 10) lies inside the 300 m guide distance: excluded
    assert suit[10, 10] == 0
    # far from the house (3 km): zoning 1, grid (geel) 0.7, nitrogen score in (0, 1)
    far = suit[55, 75]
    assert 0.3 * 1 + 0.3 * 0.7 < far < 0.3 * 1 + 0.3 * 0.7 + 0.4
