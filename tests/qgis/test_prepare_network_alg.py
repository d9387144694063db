"""The data-preparation readers on fixtures built from published schemas (NWB wegvakken, FIS
fairways, capaciteitskaart; tests/prepare_fixtures.py): outputs feed accessibility and
gridcapacity; a reader in a model; every reader through qgis_process; missing fields."""

import numpy as np
import processing
import pytest
from qgis.core import (QgsProcessingException, QgsProcessingModelAlgorithm,
                       QgsProcessingModelChildParameterSource as Source,
                       QgsProcessingModelParameter, QgsProcessingParameterVectorLayer,
                       QgsVectorLayer)

from prepare_fixtures import (CAPACITY_AFNAME, FAIRWAY_CEMT, NWB_RAMPS, NWB_ROWS, bag_fixture,
                              capacity_fixture, fairway_fixture, memory, nwb_fixture, square,
                              write)
from testdata import DEMO_GPKG, TEST_DATA, model_child, model_output, read_raster

EXTENT = "199000,207000,498000,508000 [EPSG:28992]"


def features(path):
    return list(QgsVectorLayer(path, "x", "ogr").getFeatures())


def test_nwb_motorways_and_ramps_feed_accessibility(provider, tmp_path):
    nwb = nwb_fixture(tmp_path)
    res = processing.run("ruimte:preparenwb", {"INPUT": nwb,
                                               "MOTORWAYS": str(tmp_path / "mw.gpkg"),
                                               "RAMPS": str(tmp_path / "ramps.gpkg")})
    assert sorted(f["WVK_ID"] for f in features(res["MOTORWAYS"])) == [1, 2, 3]
    ramps = {(round(f.geometry().asPoint().x(), 3), round(f.geometry().asPoint().y(), 3),
              f["bst_code"]) for f in features(res["RAMPS"])}
    assert ramps == NWB_RAMPS
    # accessibility on the ramps: 0 m at the ramp cells, straight distance elsewhere
    acc = processing.run("ruimte:accessibility", {
        "RAMPS": res["RAMPS"], "EXTENT": EXTENT, "PIXEL_SIZE": 100,
        "OUTPUT": str(tmp_path / "a.tif"), "DISTANCE": str(tmp_path / "d.tif")})
    dist, profile = read_raster(acc["DISTANCE"])
    t = profile["transform"]
    # (203000, 500300) lies on a cell corner: one of the four cells around it holds the ramp
    row, col = int((t.f - 500300) / 100), int((203000 - t.c) / 100)
    assert dist[row - 1:row + 1, col - 1:col + 1].min() == 0
    assert dist[row + 5, col] == pytest.approx(500, abs=1)     # five cells south: 500 m
    motor = processing.run("ruimte:accessibility", {
        "MOTORWAYS": res["MOTORWAYS"], "EXTENT": EXTENT, "PIXEL_SIZE": 100,
        "OUTPUT": str(tmp_path / "m.tif"), "DISTANCE": str(tmp_path / "md.tif")})
    md, _ = read_raster(motor["DISTANCE"])
    # a cell centre at y = 503050 is 3,000 m (cell centres) from the motorway row at y = 500050
    assert md[int((t.f - 503050) / 100), col] == pytest.approx(3000, abs=1)


def test_nwb_missing_or_empty_bst_code(provider, tmp_path):
    old = nwb_fixture(tmp_path, [(g, a[:3]) for g, a in NWB_ROWS],
                      ("WVK_ID:integer", "WEGBEHSRT:string", "WEGNUMMER:string"))
    with pytest.raises(QgsProcessingException, match=r"INPUT.*'BST_CODE'.*NWB wegvakken"):
        processing.run("ruimte:preparenwb", {"INPUT": old, "MOTORWAYS": str(tmp_path / "a.gpkg"),
                                             "RAMPS": str(tmp_path / "b.gpkg")})
    empty = nwb_fixture(tmp_path, [(g, a[:3] + [None]) for g, a in NWB_ROWS])
    with pytest.raises(QgsProcessingException, match=r"INPUT.*every BST_CODE is empty.*June "
                                                     r"2023"):
        processing.run("ruimte:preparenwb", {"INPUT": empty,
                                             "MOTORWAYS": str(tmp_path / "a.gpkg"),
                                             "RAMPS": str(tmp_path / "b.gpkg")})


def test_fairways_cemt_feeds_accessibility(provider, tmp_path):
    fis = fairway_fixture(tmp_path)
    res = processing.run("ruimte:preparefairways", {"INPUT": fis,
                                                    "OUTPUT": str(tmp_path / "w.gpkg")})
    assert [f["cemt"] or None for f in features(res["OUTPUT"])] == FAIRWAY_CEMT
    grid = {"EXTENT": EXTENT, "PIXEL_SIZE": 100, "MIN_CEMT": "IV"}
    ours = processing.run("ruimte:accessibility", dict(
        grid, WATERWAYS=res["OUTPUT"], CEMT_FIELD="cemt", OUTPUT=str(tmp_path / "a.tif"),
        WATER_DISTANCE=str(tmp_path / "ad.tif")))
    # the same, with the class-IV-and-up sections chosen by hand (Va, IV, VIb, IVa - M6)
    chosen = processing.run("native:extractbyexpression", {
        "INPUT": fis, "EXPRESSION": "\"cemt_klasse\" IN ('Va', 'IV', 'VIb', 'IVa - M6')",
        "OUTPUT": str(tmp_path / "c.gpkg")})["OUTPUT"]
    theirs = processing.run("ruimte:accessibility", dict(
        grid, WATERWAYS=chosen, OUTPUT=str(tmp_path / "b.tif"),
        WATER_DISTANCE=str(tmp_path / "bd.tif")))
    assert np.array_equal(read_raster(ours["WATER_DISTANCE"])[0],
                          read_raster(theirs["WATER_DISTANCE"])[0])


def test_fairways_errors(provider, tmp_path):
    from prepare_fixtures import line
    named = fairway_fixture(tmp_path, [(line((0, 0), (10, 0)), ["groot"])],
                            field="naam:string")
    with pytest.raises(QgsProcessingException, match=r"INPUT.*'cemt_klasse'.*Fairway "
                                                     r"Information Services"):
        processing.run("ruimte:preparefairways", {"INPUT": named,
                                                  "OUTPUT": str(tmp_path / "o.gpkg")})
    with pytest.raises(QgsProcessingException, match=r"CLASS_FIELD.*unknown CEMT class 'groot'"):
        processing.run("ruimte:preparefairways", {"INPUT": named, "CLASS_FIELD": "naam",
                                                  "OUTPUT": str(tmp_path / "o.gpkg")})


def test_capacity_join_feeds_gridcapacity(provider, tmp_path):
    areas, table = capacity_fixture(tmp_path)
    res = processing.run("ruimte:preparecapacity", {"AREAS": areas, "CAPACITY": table,
                                                    "OUTPUT": str(tmp_path / "cap.gpkg")})
    assert {f["postcode"]: f["afname"] for f in features(res["OUTPUT"])} == CAPACITY_AFNAME
    feed = processing.run("ruimte:preparecapacity", {
        "AREAS": areas, "CAPACITY": table, "DIRECTION": "invoeding",
        "OUTPUT": str(tmp_path / "feed.gpkg")})
    assert {f["postcode"]: f["opwek"] for f in features(feed["OUTPUT"])} == {
        "9401": 0, "9402": 1, "9403": -1, "9404": 3}
    grid = processing.run("ruimte:gridcapacity", {
        "AREAS": res["OUTPUT"], "STATUS_FIELD": "afname", "REQUIRED_MVA": 2,
        "EXTENT": "200000,204000,500000,501000 [EPSG:28992]", "PIXEL_SIZE": 500,
        "OUTPUT": str(tmp_path / "g.tif")})
    score, _ = read_raster(grid["OUTPUT"])
    # default status scores 1, 0.7, 0.3, 0: 9401 rood -> 0, 9402 oranje -> 0.3,
    # 9403 unknown -> NoData (no UNKNOWN_SCORE), 9404 status 0 -> 1; two 500 m cells each
    assert np.allclose(score[0], [0, 0, 0.3, 0.3, np.nan, np.nan, 1, 1], equal_nan=True)


def test_capacity_errors(provider, tmp_path):
    areas, _ = capacity_fixture(tmp_path)
    with pytest.raises(QgsProcessingException, match=r"AREAS.*'afname'.*capaciteitskaart of "
                                                     r"Netbeheer Nederland"):
        processing.run("ruimte:preparecapacity", {"AREAS": areas,
                                                  "OUTPUT": str(tmp_path / "o.gpkg")})
    odd = write(memory("None", "cap", ["PC4:string", "afname:string"], [(None, ["9401",
                                                                                 "paars"])]),
                tmp_path / "odd.gpkg")
    with pytest.raises(QgsProcessingException, match=r"CAPACITY.*'afname'.*paars"):
        processing.run("ruimte:preparecapacity", {"AREAS": areas, "CAPACITY": odd,
                                                  "OUTPUT": str(tmp_path / "o.gpkg")})


def test_bag_reader_in_a_model_feeds_zoning(provider, qgis_process, tmp_path):
    vbo = bag_fixture(tmp_path)
    model = QgsProcessingModelAlgorithm("bag_zoning", "ruimte tests")
    model.addModelParameter(QgsProcessingParameterVectorLayer("bag", "bag"),
                            QgsProcessingModelParameter("bag"))
    model.addChildAlgorithm(model_child("ruimte:preparebag", "prepare", {
        "INPUT": Source.fromModelParameter("bag")}))
    zoning = model_child("ruimte:zoning", "zoning", {
        "SENSITIVE": Source.fromChildOutput("prepare", "OUTPUT"),
        "CATEGORY": Source.fromStaticValue("4.2"),
        "EXTENT": Source.fromStaticValue("120000,122500,487500,490500 [EPSG:28992]"),
        "PIXEL_SIZE": Source.fromStaticValue(50)})
    model_output(zoning, "OUTPUT", "score")
    model.addChildAlgorithm(zoning)
    model.updateDestinationParameters()
    assert model.toFile(str(tmp_path / "bag_zoning.model3"))
    result = qgis_process("--json", "run", str(tmp_path / "bag_zoning.model3"), "--",
                          f"bag={vbo}", f"zoning:score={tmp_path / 'score.tif'}")
    assert result.returncode == 0, result.stderr
    direct = processing.run("ruimte:zoning", {
        "SENSITIVE": processing.run("ruimte:preparebag", {
            "INPUT": vbo, "OUTPUT": str(tmp_path / "h.gpkg")})["OUTPUT"],
        "CATEGORY": "4.2", "EXTENT": "120000,122500,487500,490500 [EPSG:28992]",
        "PIXEL_SIZE": 50, "OUTPUT": str(tmp_path / "direct.tif")})
    assert np.array_equal(read_raster(tmp_path / "score.tif")[0],
                          read_raster(direct["OUTPUT"])[0])


GML = TEST_DATA / "aerius" / "AERIUS_20200623162435_0_Situatie1.gml"


@pytest.mark.parametrize("reader", ["preparebag", "preparenwb", "preparefairways",
                                    "preparecapacity", "prepareaerius", "preparenatura2000"])
def test_readers_through_qgis_process(provider, qgis_process, tmp_path, reader):
    if reader == "preparebag":
        args, key = [f"INPUT={bag_fixture(tmp_path)}", f"OUTPUT={tmp_path / 'o.gpkg'}"], "OUTPUT"
    elif reader == "preparenwb":
        args = [f"INPUT={nwb_fixture(tmp_path)}", f"MOTORWAYS={tmp_path / 'm.gpkg'}",
                f"RAMPS={tmp_path / 'r.gpkg'}"]
        key = "RAMPS"
    elif reader == "preparefairways":
        args, key = [f"INPUT={fairway_fixture(tmp_path)}", f"OUTPUT={tmp_path / 'o.gpkg'}"], \
            "OUTPUT"
    elif reader == "preparecapacity":
        areas, table = capacity_fixture(tmp_path)
        args, key = [f"AREAS={areas}", f"CAPACITY={table}", f"OUTPUT={tmp_path / 'o.gpkg'}"], \
            "OUTPUT"
    elif reader == "prepareaerius":
        args, key = [f"INPUT={GML}", "SUBSTANCE=NOX", f"OUTPUT={tmp_path / 'o.tif'}"], "OUTPUT"
    else:
        args, key = [f"INPUT={DEMO_GPKG}|layername=natura2000",
                     f"OUTPUT={tmp_path / 'o.gpkg'}"], "OUTPUT"
    result = qgis_process("--json", "run", f"ruimte:{reader}", "--", *args)
    assert result.returncode == 0, result.stderr
    out = result.json["results"][key]
    if reader == "prepareaerius":
        assert np.isfinite(read_raster(out)[0]).sum() > 1000
    else:
        expected = {"preparebag": None, "preparenwb": 3, "preparefairways": 7,
                    "preparecapacity": 4, "preparenatura2000": None}[reader]
        n = QgsVectorLayer(out, "o", "ogr").featureCount()
        assert n == expected if expected else n > 10


@pytest.mark.parametrize("reader", ["preparebag", "preparenwb", "preparefairways",
                                    "preparecapacity", "prepareaerius", "preparenatura2000"])
def test_every_reader_in_a_model(provider, tmp_path, reader):
    """Each reader as a Model Designer child (its inputs from model parameters, its main output
    a model output) gives what the reader gives when run on its own."""
    from qgis.core import QgsProcessingParameterFile
    if reader == "preparebag":
        inputs, key = {"INPUT": bag_fixture(tmp_path)}, "OUTPUT"
    elif reader == "preparenwb":
        inputs, key = {"INPUT": nwb_fixture(tmp_path)}, "RAMPS"
    elif reader == "preparefairways":
        inputs, key = {"INPUT": fairway_fixture(tmp_path)}, "OUTPUT"
    elif reader == "preparecapacity":
        areas, table = capacity_fixture(tmp_path)
        inputs, key = {"AREAS": areas, "CAPACITY": table}, "OUTPUT"
    elif reader == "prepareaerius":
        inputs, key = {"INPUT": str(GML)}, "OUTPUT"
    else:
        inputs, key = {"INPUT": f"{DEMO_GPKG}|layername=natura2000"}, "OUTPUT"
    model = QgsProcessingModelAlgorithm(f"{reader}_model", "ruimte tests")
    for name in inputs:
        definition = (QgsProcessingParameterFile(name.lower(), name) if reader == "prepareaerius"
                      else QgsProcessingParameterVectorLayer(name.lower(), name))
        model.addModelParameter(definition, QgsProcessingModelParameter(name.lower()))
    child = model_child(f"ruimte:{reader}", "read",
                        {name: Source.fromModelParameter(name.lower()) for name in inputs})
    model_output(child, key, "result")
    extra = {}
    if reader == "preparenwb":                       # both outputs are the reader's products
        model_output(child, "MOTORWAYS", "motorways")
        extra = {"read:motorways": str(tmp_path / "model_motorways.gpkg")}
    model.addChildAlgorithm(child)
    model.updateDestinationParameters()
    suffix = "tif" if reader == "prepareaerius" else "gpkg"
    in_model = processing.run(model, {**{n.lower(): v for n, v in inputs.items()},
                                      "read:result": str(tmp_path / f"model.{suffix}"),
                                      **extra})
    direct = processing.run(f"ruimte:{reader}", {
        **inputs, key: str(tmp_path / f"direct.{suffix}"),
        **({"MOTORWAYS": str(tmp_path / "direct_motorways.gpkg")} if extra else {})})
    if reader == "prepareaerius":
        assert np.array_equal(read_raster(in_model["read:result"])[0],
                              read_raster(direct[key])[0], equal_nan=True)
    else:
        modelled = QgsVectorLayer(in_model["read:result"], "m", "ogr").featureCount()
        assert modelled > 0 and modelled == QgsVectorLayer(direct[key], "d", "ogr").featureCount()
