"""ruimte:parkpotential in real QGIS: densification, relocation and the mixed edge against hand
calculations (and QGIS's own buffer + intersection), missing inputs reported as not assessed,
the real IBIS sample (OPPNETTO in m2), bad input, qgis_process and a model."""

import math

import processing
import pytest
from qgis.core import (QgsFeature, QgsGeometry, QgsPointXY, QgsProcessingException,
                       QgsProcessingModelAlgorithm,
                       QgsProcessingModelChildParameterSource as Source,
                       QgsProcessingModelParameter, QgsProcessingParameterVectorLayer,
                       QgsProject, QgsRectangle, QgsVectorLayer)

from testdata import TEST_DATA, model_child, model_output, warning_feedback

IBIS = f"{TEST_DATA}/IBIS_BEDRIJVENTERREINEN.json"
X0, Y0 = 200000.0, 500000.0
NO_WATER = "Nee, er is geen vaarwater aanwezig"


def layer(kind, fields, rows):
    """A memory layer in EPSG:28992; rows = [(geometry, attributes)], coordinates relative to
    (X0, Y0)."""
    out = QgsVectorLayer(f"{kind}?crs=EPSG:28992" + "".join(f"&field={f}" for f in fields),
                         kind, "memory")
    features = []
    for geom, attributes in rows:
        f = QgsFeature(out.fields())
        f.setGeometry(geom)
        f.setAttributes(list(attributes))
        features.append(f)
    out.dataProvider().addFeatures(features)
    return out


def rect(x0, y0, x1, y1):
    return QgsGeometry.fromRect(QgsRectangle(X0 + x0, Y0 + y0, X0 + x1, Y0 + y1))


def point(x, y):
    return QgsGeometry.fromPointXY(QgsPointXY(X0 + x, Y0 + y))


PARK_FIELDS = ["BEDRIJVENT:string", "Max_milieucategorie:string", "Waterontsluiting:string",
               "OPPNETTO:double", "Grootst_uitgeefbaar_deel_ha:double"]


def parks_layer():
    # Haven: HMC park (5.1), 1000 x 1000 m. Ver: 20 km east of Haven, 50 ha free (too far).
    # Klein: 1 ha free (too small for a 2 ha plot). Passend: 3.2, 5 ha free, 3 km from Haven.
    # Dorpsrand: 400 x 250 m = 10 ha, OPPNETTO 100,000 m2 = 10 ha; 2 km south.
    return layer("Polygon", PARK_FIELDS, [
        (rect(0, 0, 1000, 1000), ("Haven", "5.1", NO_WATER, 1_000_000, 10.0)),
        (rect(21000, 0, 22000, 1000), ("Ver", "3.2", NO_WATER, 1_000_000, 50.0)),
        (rect(2000, 0, 2500, 500), ("Klein", "3.2", NO_WATER, 250_000, 1.0)),
        (rect(4000, 0, 4500, 500), ("Passend", "3.2", NO_WATER, 250_000, 5.0)),
        (rect(0, -2250, 400, -2000), ("Dorpsrand", "3.1", NO_WATER, 100_000, 0.0))])


def run(**extra):
    params = dict(PARKS=parks_layer(), OUTPUT="memory:", RELOCATIONS="memory:", EDGE="memory:")
    params.update(extra)
    result = processing.run("ruimte:parkpotential", params)
    parks = {f["BEDRIJVENT"]: f for f in result["OUTPUT"].getFeatures()}
    return result, parks


def null(value):
    return value is None or (hasattr(value, "isNull") and value.isNull()) or str(value) == "NULL"


def test_densification_hand_calculation(provider):
    # two buildings of 200 x 100 m = 2 ha each in Dorpsrand: footprint 4 ha on 10 ha net;
    # intensity 4 / 10 = 0.4; at 0.6 the buildings need 4 / 0.6 = 6.667 ha, 3.333 ha come free
    buildings = layer("Polygon", ["id:integer"], [(rect(10, -2240, 210, -2140), (1,)),
                                                  (rect(10, -2130, 210, -2030), (2,))])
    result, parks = run(BUILDINGS=buildings, TARGET_INTENSITY=0.6)
    dorp = parks["Dorpsrand"]
    assert dorp["net_ha"] == pytest.approx(10.0)
    assert dorp["built_ha"] == pytest.approx(4.0)
    assert dorp["intensity"] == pytest.approx(0.4)
    assert dorp["target"] == 0.6
    assert dorp["freed_ha"] == pytest.approx(3.3333, abs=1e-3)
    # the other parks lie beyond the extent of the two buildings: the layer does not cover
    # them, so their intensity is NOT ASSESSED (not "wholly free"); only Dorpsrand counts
    assert result["FREED_HA"] == pytest.approx(3.3333, abs=1e-3)
    assert "intensity" not in dorp["not_assessed"]
    others = [p for name, p in parks.items() if name != "Dorpsrand"]
    assert others and all(str(p["freed_ha"]) == "NULL" for p in others)
    assert all("intensity: the park lies beyond the extent of the buildings"
               in p["not_assessed"] for p in others)


def test_relocation_known_answer(provider):
    # a 200 x 100 m = 2 ha printing firm of category 3.1 on the HMC park Haven (5.1 >= 4.1);
    # Ver is 20 km away (> 15 km), Klein has 1 ha < 2 ha free, Passend has 5 ha at
    # 4000 - 1000 = 3 km; Dorpsrand (3.1, 0 ha free) is too small; a 4.2 firm on Haven stays.
    firms = layer("Polygon", ["naam:string", "milieucategorie:string"], [
        (rect(800, 400, 1000, 500), ("Drukkerij", "3.1")),
        (rect(100, 100, 300, 300), ("Staal", "4.2"))])
    result, parks = run(FIRMS=firms, FIRM_NAME_FIELD="naam")
    rows = list(result["RELOCATIONS"].getFeatures())
    assert len(rows) == 1
    firm = rows[0]
    assert (firm["firm"], firm["park"], firm["category"]) == ("Drukkerij", "Haven", "3.1")
    assert firm["reason"] == "category 3.1 on an HMC park (maximum category 5.1; HMC from 4.1)"
    assert firm["plot_ha"] == pytest.approx(2.0)
    assert firm["destinations"] == "Passend (3.0 km)"
    assert firm["nearest_km"] == pytest.approx(3.0)
    assert parks["Haven"]["relocate_n"] == 1 and parks["Haven"]["relocate_ha"] == 2.0
    assert parks["Haven"]["hmc_park"] == 1 and parks["Passend"]["hmc_park"] == 0
    assert parks["Passend"]["relocate_n"] == 0          # assessed: no candidates
    assert result["RELOCATABLE_HA"] == pytest.approx(2.0)
    # a longer reach names Ver too, nearest first
    result, _ = run(FIRMS=firms, FIRM_NAME_FIELD="naam", MAX_DISTANCE=25000)
    assert next(result["RELOCATIONS"].getFeatures())["destinations"] == \
        "Passend (3.0 km); Ver (20.0 km)"


def test_edge_zone_against_hand_and_qgis(provider):
    # Dorpsrand is 400 x 250 m; one house 30 m west of its west edge, halfway up. Its 50 m
    # circle reaches 20 m into the park: a circular segment of r = 50, d = 30:
    # r^2 acos(d/r) - d sqrt(r^2 - d^2) = 2500 acos(0.6) - 30 * 40 = 1118.2 m2 = 0.1118 ha
    houses = layer("Point", ["id:integer"], [(point(-30, -2125), (1,))])
    result, parks = run(SENSITIVE=houses)
    exact = (2500 * math.acos(0.6) - 30 * 40) / 1e4
    assert parks["Dorpsrand"]["edge_ha"] == pytest.approx(exact, rel=0.01)
    assert parks["Haven"]["edge_ha"] == 0.0
    assert result["EDGE_HA"] == pytest.approx(exact, rel=0.01)
    edges = list(result["EDGE"].getFeatures())
    assert [f["name"] for f in edges] == ["Dorpsrand"]
    # QGIS's own buffer (16 segments a quarter, as shapely) and intersection
    buffered = processing.run("native:buffer", {"INPUT": houses, "DISTANCE": 50,
                                                "SEGMENTS": 16, "OUTPUT": "memory:"})["OUTPUT"]
    cut = processing.run("native:intersection", {"INPUT": parks_layer(), "OVERLAY": buffered,
                                                 "OUTPUT": "memory:"})["OUTPUT"]
    qgis_ha = sum(f.geometry().area() for f in cut.getFeatures()) / 1e4
    assert edges[0]["edge_ha"] == pytest.approx(qgis_ha, rel=1e-3)


def test_missing_inputs_are_not_assessed(provider):
    feedback = warning_feedback()
    result = processing.run("ruimte:parkpotential", {
        "PARKS": parks_layer(), "OUTPUT": "memory:"}, feedback=feedback)
    parks = {f["BEDRIJVENT"]: f for f in result["OUTPUT"].getFeatures()}
    dorp = parks["Dorpsrand"]
    assert dorp["not_assessed"] == ("intensity: no buildings; relocation: no firms; edge: no "
                                    "houses")
    for name in ("built_ha", "intensity", "freed_ha", "relocate_n", "relocate_ha", "edge_ha"):
        assert null(dorp[name]), name
    assert all(result[k] is None for k in ("FREED_HA", "RELOCATABLE_HA", "EDGE_HA"))
    assert "Densification NOT ASSESSED: no BUILDINGS or FLOOR_AREA." in feedback.warnings
    assert "Relocation NOT ASSESSED: no FIRMS." in feedback.warnings
    assert "Mixed edge NOT ASSESSED: no SENSITIVE houses." in feedback.warnings


def test_firm_data_missing(provider):
    # a point firm without a category field on the HMC park Haven: its category is unknown,
    # so it is not assessed (never passed as fine)
    firms = layer("Point", ["naam:string"], [(point(500, 500), ("Onbekend",))])
    feedback = warning_feedback()
    result = processing.run("ruimte:parkpotential", {
        "PARKS": parks_layer(), "FIRMS": firms, "OUTPUT": "memory:",
        "RELOCATIONS": "memory:"}, feedback=feedback)
    haven = next(f for f in result["OUTPUT"].getFeatures() if f["BEDRIJVENT"] == "Haven")
    assert haven["relocate_n"] == 0
    assert "relocation: 1 firms not assessed (firm category unknown)" in haven["not_assessed"]
    assert any("no field 'milieucategorie' (FIRM_CATEGORY_FIELD)" in w
               for w in feedback.warnings)


def test_floor_area_points(provider):
    # BAG-like points in Dorpsrand: 30,000 + 10,000 m2 of floor = 4 ha on 10 ha net: 0.4
    points = layer("Point", ["oppervlakte:integer"], [(point(100, -2100), (30000,)),
                                                      (point(300, -2100), (10000,)),
                                                      (point(300, -100), (99999,))])
    _, parks = run(FLOOR_AREA=points, TARGET_INTENSITY=0.8)
    assert parks["Dorpsrand"]["intensity"] == pytest.approx(0.4)
    # 4 ha of floor at 0.8 need 5 ha: 10 - 5 = 5 ha freed
    assert parks["Dorpsrand"]["freed_ha"] == pytest.approx(5.0)


def reprojected_ibis(path):
    processing.run("native:reprojectlayer", {"INPUT": IBIS, "TARGET_CRS": "EPSG:28992",
                                             "OUTPUT": str(path)})
    return str(path)


def test_real_ibis_sample(provider, qgis_process, tmp_path):
    ibis = reprojected_ibis(tmp_path / "ibis.gpkg")
    feedback = warning_feedback()
    result = processing.run("ruimte:parkpotential", {"PARKS": ibis, "OUTPUT": "memory:"},
                            feedback=feedback)
    parks = list(result["OUTPUT"].getFeatures())
    assert len(parks) == 22
    # Vletgaarsmaten 2B: OPPNETTO 154,400 m2 = 15.44 ha (the default unit of OPPNETTO is m2)
    vlet = next(f for f in parks if f["BEDRIJVENT"] == "Vletgaarsmaten 2B")
    assert vlet["net_ha"] == pytest.approx(15.44)
    assert "HMC: no maximum category" in vlet["not_assessed"]     # no category in the sample
    assert any("no field 'Max_milieucategorie'" in w for w in feedback.warnings)
    out = tmp_path / "potential.gpkg"
    done = qgis_process("--json", "run", "ruimte:parkpotential", "--", f"PARKS={ibis}",
                        f"SENSITIVE={ibis}", "EDGE_DISTANCE=10", f"OUTPUT={out}",
                        f"EDGE={tmp_path / 'edge.gpkg'}")
    assert done.returncode == 0, done.stderr
    assert QgsVectorLayer(str(out), "p", "ogr").featureCount() == 22
    assert done.json["results"]["EDGE_HA"] > 0


def test_bad_input_names_the_parameter(provider, tmp_path):
    # the IBIS sample is in EPSG:4326 (degrees): the parks must be in a projected CRS
    with pytest.raises(QgsProcessingException, match=r"\(PARKS\)"):
        processing.run("ruimte:parkpotential", {"PARKS": IBIS, "OUTPUT": "memory:"})
    bad = layer("Polygon", PARK_FIELDS, [(rect(0, 0, 100, 100), ("X", "hoog", NO_WATER, 1, 1))])
    path = str(tmp_path / "bad.gpkg")
    processing.run("native:savefeatures", {"INPUT": bad, "OUTPUT": path})
    with pytest.raises(QgsProcessingException, match=r"\(CATEGORY_FIELD\)"):
        processing.run("ruimte:parkpotential", {"PARKS": path, "OUTPUT": "memory:"})


def test_in_a_model(provider, qgis_process, tmp_path):
    """native:reprojectlayer -> ruimte:parkpotential on the IBIS sample, run by qgis_process."""
    model = QgsProcessingModelAlgorithm("park_potential", "ruimte tests")
    model.addModelParameter(QgsProcessingParameterVectorLayer("parks", "parks"),
                            QgsProcessingModelParameter("parks"))
    reproject = model_child("native:reprojectlayer", "rd", {
        "INPUT": Source.fromModelParameter("parks"),
        "TARGET_CRS": Source.fromStaticValue("EPSG:28992")})
    potential = model_child("ruimte:parkpotential", "potential", {
        "PARKS": Source.fromChildOutput("rd", "OUTPUT"),
        "TARGET_INTENSITY": Source.fromStaticValue(0.6)})
    model_output(potential, "OUTPUT", "parks_out")
    for child in (reproject, potential):
        model.addChildAlgorithm(child)
    model.updateDestinationParameters()
    assert model.toFile(str(tmp_path / "potential.model3"))
    out = tmp_path / "out.gpkg"
    done = qgis_process("--json", "run", str(tmp_path / "potential.model3"), "--",
                        f"parks={IBIS}", f"potential:parks_out={out}")
    assert done.returncode == 0, done.stderr
    rows = {f["BEDRIJVENT"]: f for f in QgsVectorLayer(str(out), "o", "ogr").getFeatures()}
    assert rows["Vletgaarsmaten 2B"]["net_ha"] == pytest.approx(15.44)


def test_styled_when_loaded(provider, qgis_new_project):
    houses = layer("Point", ["id:integer"], [(point(-30, -2125), (1,))])
    firms = layer("Polygon", ["milieucategorie:string"], [(rect(800, 400, 1000, 500), ("3.1",))])
    processing.runAndLoadResults("ruimte:parkpotential", {
        "PARKS": parks_layer(), "SENSITIVE": houses, "FIRMS": firms, "OUTPUT": "memory:",
        "RELOCATIONS": "memory:", "EDGE": "memory:"})
    layers = {n.layer().name(): n.layer() for n in
              QgsProject.instance().layerTreeRoot().findGroup("Ruimte").findLayers()}
    rules = {name: [r.label() for r in lyr.renderer().rootRule().children()]
             for name, lyr in layers.items()}
    assert rules == {
        "Parks and potential": [
            "densification not assessed", "nothing freed (at or above the target)",
            "up to 1 ha freed", "1-5 ha freed", "5-20 ha freed", "more than 20 ha freed",
            "has relocation candidates"],
        "Relocation candidates": ["candidate with a destination",
                                  "candidate without a destination"],
        "Mixed edge zones": ["mixed edge (houses within the edge distance)"]}


def test_curved_and_empty_geometries(provider):
    # a circular park of radius 100 m as a CurvePolygon: segmentised, its area is
    # pi * 100^2 = 31,416 m2 = 3.1416 ha (the layer has no OPPNETTO: the polygon area is used);
    # a park without a geometry is skipped with a warning naming the layer
    parks = QgsVectorLayer("CurvePolygon?crs=EPSG:28992&field=BEDRIJVENT:string", "rondom",
                           "memory")
    circle, empty = QgsFeature(parks.fields()), QgsFeature(parks.fields())
    circle.setGeometry(QgsGeometry.fromWkt(
        f"CURVEPOLYGON(CIRCULARSTRING({X0 - 100} {Y0}, {X0 + 100} {Y0}, {X0 - 100} {Y0}))"))
    circle.setAttributes(["Rond"])
    empty.setAttributes(["Leeg"])
    parks.dataProvider().addFeatures([circle, empty])
    houses = layer("Point", ["id:integer"], [(point(0, 0), (1,))])
    feedback = warning_feedback()
    result = processing.run("ruimte:parkpotential", {
        "PARKS": parks, "SENSITIVE": houses, "OUTPUT": "memory:"}, feedback=feedback)
    rows = list(result["OUTPUT"].getFeatures())
    assert [f["BEDRIJVENT"] for f in rows] == ["Rond"]
    assert rows[0]["net_ha"] == pytest.approx(math.pi, rel=1e-3)
    assert rows[0]["not_assessed"].startswith("net area: polygon area used")
    # the house in the middle: the 50 m disc lies wholly inside, pi * 50^2 = 0.785 ha
    assert rows[0]["edge_ha"] == pytest.approx(math.pi * 0.25, rel=1e-2)
    assert "Layer 'rondom' (PARKS): 1 features without a geometry skipped." in feedback.warnings
