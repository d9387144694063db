"""The Dutch criteria in a Model Designer model: zoning, gridcapacity, nitrogen, landscape and
accessibility feed combine, with zoning's CONSTRAINT as a constraint, and profilesuitability
runs on the same inputs; run with the qgis_process binary."""

import numpy as np
import processing
from qgis.core import (QgsFeature, QgsGeometry, QgsPointXY, QgsProcessingModelAlgorithm,
                       QgsProcessingModelChildParameterSource as Source,
                       QgsProcessingModelParameter,
                       QgsProcessingParameterVectorLayer, QgsRectangle, QgsVectorLayer)

from testdata import model_child, model_output, read_raster

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


def build_model(path):
    model = QgsProcessingModelAlgorithm("criteria_chain", "ruimte tests")
    for name in ("houses", "areas", "natura", "roads"):
        model.addModelParameter(QgsProcessingParameterVectorLayer(name, name),
                                QgsProcessingModelParameter(name))
    grid = {"EXTENT": Source.fromStaticValue(EXTENT), "PIXEL_SIZE": Source.fromStaticValue(50)}
    model.addChildAlgorithm(model_child("ruimte:zoning", "zoning", dict(
        grid, SENSITIVE=Source.fromModelParameter("houses"),
        CATEGORY=Source.fromStaticValue("4.2"))))
    model.addChildAlgorithm(model_child("ruimte:gridcapacity", "grid", dict(
        grid, AREAS=Source.fromModelParameter("areas"), REQUIRED_MVA=Source.fromStaticValue(5))))
    model.addChildAlgorithm(model_child("ruimte:nitrogen", "nitrogen", dict(
        grid, HABITATS=Source.fromModelParameter("natura"),
        EMISSION_NOX=Source.fromStaticValue(5000))))
    model.addChildAlgorithm(model_child("ruimte:landscape", "landscape", dict(
        grid, PROTECTED=[Source.fromModelParameter("natura")],
        BUILDING_HEIGHT=Source.fromStaticValue(20))))
    model.addChildAlgorithm(model_child("ruimte:accessibility", "access", dict(
        grid, MOTORWAYS=Source.fromModelParameter("roads"))))
    combine = model_child("ruimte:combine", "combine", {
        "CRITERIA": [Source.fromChildOutput("zoning", "OUTPUT"),
                     Source.fromChildOutput("grid", "OUTPUT"),
                     Source.fromChildOutput("nitrogen", "OUTPUT"),
                     Source.fromChildOutput("landscape", "OUTPUT"),
                     Source.fromChildOutput("access", "OUTPUT")],
        "WEIGHTS": Source.fromStaticValue("0.3,0.3,0.4,0,0"),
        "CONSTRAINTS": [Source.fromChildOutput("zoning", "CONSTRAINT")]})
    model_output(combine, "OUTPUT", "suitability")
    model.addChildAlgorithm(combine)
    profile = model_child("ruimte:profilesuitability", "profile", dict(
        grid, PROFILE=Source.fromStaticValue("mkb_park"),
        SENSITIVE=Source.fromModelParameter("houses"),
        CAPACITY_AREAS=Source.fromModelParameter("areas"),
        HABITATS=Source.fromModelParameter("natura"),
        PROTECTED=[Source.fromModelParameter("natura")],
        MOTORWAYS=Source.fromModelParameter("roads")))
    model_output(profile, "OUTPUT", "profile")
    model.addChildAlgorithm(profile)
    model.updateDestinationParameters()
    assert model.toFile(str(path))


def test_criteria_model_with_qgis_process(provider, qgis_process, tmp_path):
    houses, areas, natura, roads = inputs(tmp_path)
    build_model(tmp_path / "criteria.model3")
    out = tmp_path / "suitability.tif"
    result = qgis_process("--json", "run", str(tmp_path / "criteria.model3"), "--",
                          f"houses={houses}", f"areas={areas}", f"natura={natura}",
                          f"roads={roads}",
                          f"combine:suitability={out}",
                          f"profile:profile={tmp_path / 'profile.tif'}")
    assert result.returncode == 0, result.stderr
    suit, profile = read_raster(out)
    assert suit.shape == (60, 80) and profile["transform"].a == 50
    # the house's cell (row 10, col 10) lies inside the 300 m guide distance: excluded
    assert suit[10, 10] == 0
    # far from the house (3 km): zoning 1, grid (geel) 0.7, nitrogen score in (0, 1)
    far = suit[55, 75]
    assert 0.3 * 1 + 0.3 * 0.7 < far < 0.3 * 1 + 0.3 * 0.7 + 0.4
    # the SME-park profile on the same inputs and grid: the centre of the house's cell is 35 m
    # from the house, within the guide distance of category 3.1 (50 m, rustige woonwijk)
    mkb, profile = read_raster(tmp_path / "profile.tif")
    assert mkb.shape == (60, 80) and profile["transform"].a == 50
    assert mkb[10, 10] == 0 and 0 < np.nanmax(mkb) <= 1
