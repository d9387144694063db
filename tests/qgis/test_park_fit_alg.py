"""ruimte:parkfit on IBIS-like parks and on the real IBIS sample (with field mapping), with the
styled output, in processing.run and qgis_process."""

import processing
from qgis.core import QgsFeature, QgsGeometry, QgsProject, QgsRectangle, QgsVectorLayer

from testdata import TEST_DATA

IBIS = f"{TEST_DATA}/IBIS_BEDRIJVENTERREINEN.json"


def parks_layer():
    layer = QgsVectorLayer(
        "Polygon?crs=EPSG:28992&field=BEDRIJVENT:string&field=Max_milieucategorie:string"
        "&field=Waterontsluiting:string&field=Grootst_uitgeefbaar_deel_ha:double",
        "ibis", "memory")
    rows = [("Haven-Oost", "5.1", "Ja, met laad- en loskade", 12.0),
            ("Bedrijvenpark A28", "4.2", "Nee, er is geen vaarwater aanwezig", 9.0),
            ("Dorpsrand", "3.1", "Nee, er is geen vaarwater aanwezig", 2.5),
            ("Onbekend", None, None, 7.0)]
    features = []
    for i, row in enumerate(rows):
        f = QgsFeature(layer.fields())
        f.setGeometry(QgsGeometry.fromRect(QgsRectangle(i * 1000, 0, i * 1000 + 500, 500)))
        f.setAttributes(list(row))
        features.append(f)
    layer.dataProvider().addFeatures(features)
    return layer


def run(profile, layer=None, **extra):
    out = processing.run("ruimte:parkfit", dict(PARKS=layer or parks_layer(), PROFILE=profile,
                                                OUTPUT="memory:", **extra))["OUTPUT"]
    return {f["BEDRIJVENT"]: f for f in out.getFeatures()}


def test_xxl_logistics(provider):
    out = run("xxl_logistics")                   # 4.1, at least 6 ha
    assert out["Bedrijvenpark A28"]["fits"] == 1
    assert out["Dorpsrand"]["fits"] == 0
    assert out["Dorpsrand"]["fit_reasons"] == ("largest plot 2.5 ha < 6 ha needed; maximum "
                                               "category 3.1 < 4.1 needed (VNG 2009)")
    assert out["Onbekend"]["fits"] is None or str(out["Onbekend"]["fits"]) == "NULL"
    assert out["Onbekend"]["fit_reasons"] == "unknown: maximum category"
    assert out["Haven-Oost"]["fits"] == 1
    assert out["Haven-Oost"]["reserve"] == ("water-bound park: keep for firms that need a quay; "
                                            "this profile cannot use water")


def test_water_bound_bulk_and_hmc_threshold(provider):
    out = run("water_bound_bulk")                # 4.2, 5 ha, needs water
    assert out["Haven-Oost"]["fits"] == 1 and out["Haven-Oost"]["reserve"] == ""
    assert "no water access" in out["Bedrijvenpark A28"]["fit_reasons"]
    sme = run("mkb_park", HMC_FROM="4.2")        # 3.1
    assert sme["Bedrijvenpark A28"]["hmc_park"] == 1
    assert sme["Bedrijvenpark A28"]["reserve"].startswith("HMC park (maximum category 4.2)")
    assert run("mkb_park", HMC_FROM="5.1")["Bedrijvenpark A28"]["hmc_park"] == 0


def test_real_ibis_sample_with_field_mapping(provider, qgis_process, tmp_path):
    ibis_layer = QgsVectorLayer(IBIS, "ibis", "ogr")
    assert ibis_layer.isValid() and ibis_layer.featureCount() == 22
    out = run("mkb_park", ibis_layer, AREA_FIELD="OPPNETTO", AREA_UNIT="m2")
    # Vletgaarsmaten 2B: OPPNETTO 154,400 m2 = 15.4 ha >= 5 ha; Veeneslagen 7,923 m2 < 5 ha
    assert "largest plot" not in out["Vletgaarsmaten 2B"]["fit_reasons"]
    assert out["Veeneslagen"]["fit_reasons"].startswith("largest plot 0.8 ha < 5 ha needed")
    assert out["Veeneslagen"]["fits"] == 0
    assert all("maximum category" in f["fit_reasons"] for f in out.values()
               if f["fits"] != 0)              # the sample has no category field: unknown
    result = qgis_process("--json", "run", "ruimte:parkfit", "--", f"PARKS={IBIS}",
                          "PROFILE=xxl_logistics", "AREA_FIELD=OPPNETTO", "AREA_UNIT=m2",
                          f"OUTPUT={tmp_path / 'fit.gpkg'}")
    assert result.returncode == 0, result.stderr
    assert QgsVectorLayer(str(tmp_path / "fit.gpkg"), "f", "ogr").featureCount() == 22


def test_styled_when_loaded(provider, qgis_new_project):
    processing.runAndLoadResults("ruimte:parkfit", {"PARKS": parks_layer(),
                                                    "PROFILE": "mkb_park", "OUTPUT": "memory:"})
    layers = QgsProject.instance().layerTreeRoot().findGroup("Ruimte").findLayers()
    renderer = layers[0].layer().renderer()
    assert renderer.type() == "RuleRenderer"
    assert [r.label() for r in renderer.rootRule().children()] == [
        "fits", "does not fit", "unknown", "keep for firms that need it"]
