"""ruimte:allocatescenarios in real QGIS: a hand-made programme over hand-made scored sites
whose no-regret and option sites are worked out below; the balance per scenario; scenarios as
programme columns; qgis_process; a model; bad SCENARIOS; the loaded style; and provisional
allocation (ACCEPT_NOT_ASSESSED) in ruimte:allocatescenarios."""

import processing
import pytest
from qgis.core import (QgsFeature, QgsGeometry, QgsProcessingException,
                       QgsProcessingModelAlgorithm,
                       QgsProcessingModelChildParameterSource as Source,
                       QgsProcessingModelParameter, QgsProcessingParameterFile,
                       QgsProcessingParameterMultipleLayers, QgsProject, QgsRectangle,
                       QgsVectorLayer)

from ruimte_plugin.algorithms.parameters import is_unset
from testdata import model_child, model_output, warning_feedback

#: site id -> rectangle (m): A, B, C, E 500 x 200 m = 10 ha; D 500 x 400 m = 20 ha
RECTS = {"A": (0, 0, 500, 200), "B": (1000, 0, 1500, 200), "C": (2000, 0, 2500, 200),
         "D": (3000, 0, 3500, 400), "E": (4000, 0, 4500, 200)}
#: profile -> site -> (score, usable ha, excluded, reasons, essential_missing)
SCORES = {"recycling": {"A": (0.9, 10, 0, "", None), "B": (0.8, 10, 0, "", None),
                        "C": (0.7, 10, 0, "", None), "E": (0.0, 10, 1, "protected", None)},
          "xxl_logistics": {"D": (0.9, 20, 0, "", None)}}
PROGRAMME = "profiel,vraag_ha,prioriteit\nxxl_logistics,12,1\nrecycling,20,2\n"


def scored_layer(profile, path, scores, rects=None):
    layer = QgsVectorLayer(
        "MultiPolygon?crs=EPSG:28992&field=site_id:string&field=score:double"
        "&field=usable_ha:double&field=excluded:integer&field=reasons:string"
        "&field=essential_missing:string&field=profile:string", profile, "memory")
    features = []
    for site, values in scores.items():
        f = QgsFeature(layer.fields())
        f.setGeometry(QgsGeometry.fromRect(QgsRectangle(*(rects or RECTS)[site])))
        f.setAttributes([site, *values, profile])
        features.append(f)
    layer.dataProvider().addFeatures(features)
    processing.run("native:savefeatures", {"INPUT": layer, "OUTPUT": str(path)})
    return str(path)


@pytest.fixture()
def scored(tmp_path):
    return [scored_layer(p, tmp_path / f"{p}.gpkg", s) for p, s in SCORES.items()]


@pytest.fixture()
def programme(tmp_path):
    path = tmp_path / "programma.csv"
    path.write_text(PROGRAMME, encoding="utf-8")
    return str(path)


def by_site(layer):
    return {f["site"]: f for f in layer.getFeatures()}


@pytest.mark.parametrize("method", ["greedy", "optimal"])
def test_no_regret_and_option_sites(provider, scored, programme, method):
    feedback = warning_feedback()
    result = processing.run("ruimte:allocatescenarios", {
        "PROGRAMME": programme, "SCORED": scored, "SITE_ID_FIELD": "site_id", "METHOD": method,
        "RESERVE": False, "OUTPUT": "memory:", "BALANCE": "memory:"}, feedback=feedback)
    # By hand, default scenarios low / central / high = x 0.5 / 1 / 1.5 on tier 2 and up:
    # xxl_logistics (tier 1, 12 ha, not scaled) fits only D (20 ha): 12 ha on D every time.
    # recycling (tier 2) asks 10 / 20 / 30 ha; A (0.9), B (0.8), C (0.7) hold 10 ha each:
    #   low A; central A + B; high A + B + C. E is excluded (protected).
    # -> A and D no-regret, B option (central, high), C option (high), E unused.
    # In 'high' (the highest demand, 12 + 30 = 42 ha): no-regret A 10 + D 12 = 22 ha, options
    # B 10 + C 10 = 20 ha.
    sites = by_site(result["OUTPUT"])
    assert {s: f["class_code"] for s, f in sites.items()} == {
        "A": "no_regret", "B": "option", "C": "option", "D": "no_regret", "E": "unused"}
    assert sites["A"]["class"] == "no-regret" and sites["E"]["class"] == "unused"
    assert (sites["B"]["n_used"], sites["B"]["used_in"]) == (2, "central, high")
    assert (sites["C"]["n_used"], sites["C"]["used_in"]) == (1, "high")
    assert [sites["B"][f"alloc_{s}"] for s in ("low", "central", "high")] == [0, 10, 10]
    assert (sites["D"]["alloc_low"], sites["D"]["prof_low"]) == (12, "xxl_logistics")
    assert is_unset(sites["C"]["prof_central"])
    assert sites["C"]["prof_high"] == "recycling"
    assert sites["A"]["site_ha"] == pytest.approx(10)
    assert (result["NO_REGRET_HA"], result["OPTION_HA"]) == (22, 20)
    balance = [(f["scenario"], f["factor"], f["profile"], f["tier"], f["demand_ha"],
                f["alloc_ha"], f["short_ha"]) for f in result["BALANCE"].getFeatures()]
    assert balance == [("low", 0.5, "xxl_logistics", 1, 12, 12, 0),
                       ("low", 0.5, "recycling", 2, 10, 10, 0),
                       ("central", 1, "xxl_logistics", 1, 12, 12, 0),
                       ("central", 1, "recycling", 2, 20, 20, 0),
                       ("high", 1.5, "xxl_logistics", 1, 12, 12, 0),
                       ("high", 1.5, "recycling", 2, 30, 30, 0)]
    assert not feedback.warnings or all("PROVISIONAL" not in w for w in feedback.warnings)


def test_scale_every_tier_and_a_shortfall(provider, scored, programme):
    # SCALE_FROM_TIER 1 and 'low=0,5; extreme=2': xxl asks 6 / 24 ha: D holds 20 -> 4 ha
    # short in extreme (no other site is scored for xxl). recycling asks 10 / 40 ha: A + B + C
    # hold 30 -> 10 ha short, binding: supply. A, D no-regret; B, C option (extreme only).
    result = processing.run("ruimte:allocatescenarios", {
        "PROGRAMME": programme, "SCORED": scored, "SITE_ID_FIELD": "site_id",
        "SCENARIOS": "low=0,5; extreme=2", "SCALE_FROM_TIER": 1, "METHOD": "greedy",
        "RESERVE": False, "OUTPUT": "memory:", "BALANCE": "memory:"})
    rows = {(f["scenario"], f["profile"]): f for f in result["BALANCE"].getFeatures()}
    xxl, rec = rows[("extreme", "xxl_logistics")], rows[("extreme", "recycling")]
    assert (xxl["demand_ha"], xxl["alloc_ha"], xxl["short_ha"]) == (24, 20, 4)
    assert (rec["demand_ha"], rec["alloc_ha"], rec["short_ha"]) == (40, 30, 10)
    assert rec["binding"].startswith("supply: the 3 qualifying sites hold 30.0 ha, the demand "
                                     "is 40 ha")
    assert rows[("low", "xxl_logistics")]["demand_ha"] == 6
    classes = {s: f["class_code"] for s, f in by_site(result["OUTPUT"]).items()}
    assert classes == {"A": "no_regret", "B": "option", "C": "option", "D": "no_regret",
                       "E": "unused"}
    # in 'extreme': no-regret A 10 + D 20, options B 10 + C 10
    assert (result["NO_REGRET_HA"], result["OPTION_HA"]) == (30, 20)


def test_scenarios_as_programme_columns(provider, scored, tmp_path):
    # vraag_laag / vraag_hoog are used instead of SCENARIOS (whose text would be an error):
    # laag: xxl 12 on D, recycling 5 on A; hoog: xxl 20 on D, recycling 15 on A (10) + B (5).
    path = tmp_path / "programma.csv"
    path.write_text("profiel,prioriteit,vraag_laag,vraag_hoog\nxxl_logistics,1,12,20\n"
                    "recycling,2,5,15\n", encoding="utf-8")
    feedback = warning_feedback()
    result = processing.run("ruimte:allocatescenarios", {
        "PROGRAMME": str(path), "SCORED": scored, "SITE_ID_FIELD": "site_id",
        "SCENARIOS": "not a scenario", "RESERVE": False, "OUTPUT": "memory:",
        "BALANCE": "memory:"}, feedback=feedback)
    sites = by_site(result["OUTPUT"])
    assert {s: f["class_code"] for s, f in sites.items()} == {
        "A": "no_regret", "B": "option", "C": "unused", "D": "no_regret", "E": "unused"}
    assert (sites["A"]["alloc_laag"], sites["A"]["alloc_hoog"]) == (5, 10)
    assert sites["B"]["alloc_hoog"] == 5 and sites["B"]["used_in"] == "hoog"
    balance = [(f["scenario"], f["factor"], f["profile"], f["demand_ha"], f["alloc_ha"])
               for f in result["BALANCE"].getFeatures()]
    assert [(s, p, d, a) for s, _, p, d, a in balance] == [
        ("laag", "xxl_logistics", 12, 12), ("laag", "recycling", 5, 5),
        ("hoog", "xxl_logistics", 20, 20), ("hoog", "recycling", 15, 15)]
    assert all(is_unset(factor) for _, factor, *_ in balance)
    # hoog: no-regret A 10 + D 20 = 30; option B 5
    assert (result["NO_REGRET_HA"], result["OPTION_HA"]) == (30, 5)


def test_qgis_process(provider, qgis_process, scored, tmp_path):
    done = qgis_process("--json", "run", "ruimte:allocatescenarios", "--",
                        "PROGRAMME_TABLE=xxl_logistics,12,1,,recycling,20,2,",
                        *[f"SCORED={p}" for p in scored], "SITE_ID_FIELD=site_id",
                        "SCENARIOS=low=0,5; high=1,5", "METHOD=greedy", "RESERVE=false",
                        f"OUTPUT={tmp_path / 'sites.gpkg'}", f"BALANCE={tmp_path / 'b.csv'}")
    assert done.returncode == 0, done.stderr
    # as in test_no_regret_and_option_sites without 'central': B and C are options in 'high'
    assert done.json["results"]["NO_REGRET_HA"] == pytest.approx(22)
    assert done.json["results"]["OPTION_HA"] == pytest.approx(20)
    log = done.stdout + done.stderr
    assert "Scenario low (x 0.5): demand 22.0 ha, allocated 22.0 ha, short 0.0 ha, on 2 " \
           "sites" in log
    assert "No-regret: 2 sites, 22.0 ha; option: 2 sites, 20.0 ha (in scenario high); " \
           "unused: 1 sites." in log
    layer = QgsVectorLayer(str(tmp_path / "sites.gpkg"), "sites", "ogr")
    assert {f["site"]: f["class_code"] for f in layer.getFeatures()}["C"] == "option"


def build_model(path):
    model = QgsProcessingModelAlgorithm("scenarios_chain", "ruimte tests")
    model.addModelParameter(QgsProcessingParameterFile("programme", "programme"),
                            QgsProcessingModelParameter("programme"))
    model.addModelParameter(QgsProcessingParameterMultipleLayers("scored", "scored"),
                            QgsProcessingModelParameter("scored"))
    static = Source.fromStaticValue
    child = model_child("ruimte:allocatescenarios", "scenarios", {
        "PROGRAMME": Source.fromModelParameter("programme"),
        "SCORED": Source.fromModelParameter("scored"), "SITE_ID_FIELD": static("site_id"),
        "SCENARIOS": static("low=0,5; central=1; high=1,5"), "SCALE_FROM_TIER": static(2),
        "METHOD": static("greedy"), "RESERVE": static(False)})
    model_output(child, "OUTPUT", "classes")
    model.addChildAlgorithm(child)
    model.updateDestinationParameters()
    assert model.toFile(str(path))


def test_in_a_model(provider, qgis_process, scored, programme, tmp_path):
    build_model(tmp_path / "scenarios.model3")
    out = tmp_path / "classes.gpkg"
    done = qgis_process("--json", "run", str(tmp_path / "scenarios.model3"), "--",
                        f"programme={programme}", *[f"scored={p}" for p in scored],
                        f"scenarios:classes={out}")
    assert done.returncode == 0, done.stderr[-3000:]
    layer = QgsVectorLayer(str(out), "classes", "ogr")
    # the same classes as test_no_regret_and_option_sites
    assert {f["site"]: f["class_code"] for f in layer.getFeatures()} == {
        "A": "no_regret", "B": "option", "C": "option", "D": "no_regret", "E": "unused"}


@pytest.mark.parametrize("scenarios, message", [
    ("low=half; high=1,5", "Demand scenarios (SCENARIOS): scenario low: 'half' is not a number"),
    ("low=0,5", "Demand scenarios (SCENARIOS): give at least two scenarios"),
    ("low 0.5 high 1.5", "Demand scenarios (SCENARIOS): 'low 0.5 high 1.5' is not a scenario"),
])
def test_bad_scenarios(provider, scored, programme, scenarios, message):
    with pytest.raises(QgsProcessingException) as err:
        processing.run("ruimte:allocatescenarios", {
            "PROGRAMME": programme, "SCORED": scored, "SCENARIOS": scenarios,
            "OUTPUT": "memory:", "BALANCE": "memory:"})
    assert message in str(err.value)


def test_bad_scenario_column(provider, scored, tmp_path):
    path = tmp_path / "programma.csv"
    path.write_text("profiel,vraag_laag,vraag_hoog\nrecycling,5,veel\n", encoding="utf-8")
    with pytest.raises(QgsProcessingException) as err:
        processing.run("ruimte:allocatescenarios", {
            "PROGRAMME": str(path), "SCORED": scored, "OUTPUT": "memory:",
            "BALANCE": "memory:"})
    assert "Programme (PROGRAMME): programme row 1 (recycling): the demand of scenario hoog " \
           "('veel' in column vraag_hoog)" in str(err.value)


def test_loaded_output_is_styled_by_class(provider, qgis_new_project, scored, programme,
                                          tmp_path):
    processing.runAndLoadResults("ruimte:allocatescenarios", {
        "PROGRAMME": programme, "SCORED": scored, "SITE_ID_FIELD": "site_id", "RESERVE": False,
        "METHOD": "greedy", "OUTPUT": str(tmp_path / "classes.gpkg"),
        "BALANCE": str(tmp_path / "balance.csv")})
    group = QgsProject.instance().layerTreeRoot().findGroup("Ruimte")
    layer = next(node.layer() for node in group.findLayers()
                 if node.layer().source().split("|")[0].endswith("classes.gpkg"))
    renderer = layer.renderer()
    assert renderer.type() == "categorizedSymbol" and renderer.classAttribute() == "class_code"
    colours = {c.value(): c.symbol().color().name() for c in renderer.categories()}
    assert colours == {"no_regret": "#006837", "option": "#feb24c", "unused": "#bdbdbd"}


def test_provisional_scenarios(provider, tmp_path):
    # K (20 ha at 0.95) lacks houses data (essential zoning); V (10 ha at 0.5) is assessed.
    # recycling 20 ha tier 2 -> 10 / 30 ha. Without ACCEPT_NOT_ASSESSED only V qualifies
    # (10 ha each, 20 ha short in high). With zoning accepted: low K 10; high K 20 + V 10;
    # K's hectares are provisional.
    path = scored_layer("recycling", tmp_path / "k.gpkg",
                        {"K": (0.95, 20, 0, "", "zoning"), "V": (0.5, 10, 0, "", None)},
                        {"K": (0, 0, 500, 400), "V": (1000, 0, 1500, 200)})
    feedback = warning_feedback()
    params = {"PROGRAMME_TABLE": ["recycling", "20", "2", ""], "SCORED": [path],
              "SITE_ID_FIELD": "site_id", "SCENARIOS": "low=0,5; high=1,5",
              "METHOD": "greedy", "RESERVE": False, "OUTPUT": "memory:",
              "BALANCE": "memory:"}
    strict = processing.run("ruimte:allocatescenarios", params)
    assert {s: f["class_code"] for s, f in by_site(strict["OUTPUT"]).items()} == {
        "K": "unused", "V": "no_regret"}
    result = processing.run("ruimte:allocatescenarios",
                            dict(params, ACCEPT_NOT_ASSESSED="zoning"), feedback=feedback)
    sites = by_site(result["OUTPUT"])
    assert (sites["K"]["class_code"], sites["V"]["class_code"]) == ("no_regret", "option")
    assert sites["K"]["provisional"] == "provisional: zoning not assessed"
    assert is_unset(sites["V"]["provisional"])
    assert [(f["scenario"], f["alloc_ha"], f["provisional_ha"])
            for f in result["BALANCE"].getFeatures()] == [("low", 10, 10), ("high", 30, 20)]
    assert any(w.startswith("PROVISIONAL PROGRAMME: environmental zoning accepted as not "
                            "assessed") for w in feedback.warnings)
    assert "PROVISIONAL: in scenario high, 20.0 ha lie on sites where environmental zoning " \
           "was not assessed." in feedback.warnings
