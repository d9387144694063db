"""ruimte:allocate in real QGIS: a programme table (CSV with Dutch column names) over scored
site layers, worked out by hand below; the on-the-fly scoring of SITES on suitability rasters
against QGIS's own zonal statistics; qgis_process with a typed-in programme; bad input; a
provisional programme (ACCEPT_NOT_ASSESSED)."""

import processing
import pytest
from qgis.core import QgsFeature, QgsGeometry, QgsRectangle, QgsVectorLayer

from ruimte_plugin.algorithms.parameters import is_unset
from testdata import warning_feedback, write_raster

VNG = ("distance to houses 120 m < 300 m (VNG 2009, category 4.1, rustige woonwijk): 3.0 ha of "
       "the site lies within it")
FAIRWAY = "no fairway of CEMT Va or more within 5000 m"

#: site id, rectangle (m), max category, water access
SITES = [("A", (0, 0, 500, 400), "3.2", "Nee, er is geen vaarwater aanwezig"),     # 20 ha
         ("B", (1000, 0, 1500, 200), "4.2", "Nee, er is geen vaarwater aanwezig"),  # 10 ha
         ("C", (2000, 0, 2400, 300), "5.1", "Ja, met kade"),                        # 12 ha
         ("D", (3000, 0, 3400, 200), "3.1", None)]                                  # 8 ha
#: profile -> site -> (score, usable ha, excluded, reasons)
SCORES = {"xxl_logistics": {"A": (0.9, 20, 0, ""), "B": (0.6, 10, 0, ""),
                            "C": (0.95, 12, 0, ""), "D": (0.0, 5, 1, VNG)},
          "recycling": {"A": (0.7, 20, 0, ""), "B": (0.8, 10, 0, ""), "C": (0.9, 12, 0, ""),
                        "D": (0.5, 8, 0, "")},
          "hmc_heavy_industry": {"A": (0.0, 20, 1, FAIRWAY), "B": (0.0, 10, 1, FAIRWAY),
                                 "C": (0.8, 12, 0, "")}}


def scored_layer(profile, tmp_path):
    layer = QgsVectorLayer(
        "MultiPolygon?crs=EPSG:28992&field=site_id:string&field=Max_milieucategorie:string"
        "&field=Waterontsluiting:string&field=score:double&field=usable_ha:double"
        "&field=excluded:integer&field=reasons:string&field=profile:string", profile, "memory")
    features = []
    for site, (x0, y0, x1, y1), category, water in SITES:
        if site not in SCORES[profile]:
            continue
        f = QgsFeature(layer.fields())
        f.setGeometry(QgsGeometry.fromRect(QgsRectangle(x0, y0, x1, y1)))
        f.setAttributes([site, category, water, *SCORES[profile][site], profile])
        features.append(f)
    layer.dataProvider().addFeatures(features)
    path = str(tmp_path / f"{profile}.gpkg")
    processing.run("native:savefeatures", {"INPUT": layer, "OUTPUT": path})
    return path


@pytest.fixture()
def scored_layers(tmp_path):
    return [scored_layer(p, tmp_path) for p in SCORES]


@pytest.fixture()
def programme_csv(tmp_path):
    path = tmp_path / "programma.csv"
    path.write_text("profiel,vraag_ha,prioriteit\nxxl_logistics,30,1\nrecycling,25,2\n"
                    "hmc_heavy_industry,20,2\n", encoding="utf-8")
    return str(path)


def rows(layer, key):
    return {f[key]: f for f in layer.getFeatures()}


@pytest.mark.parametrize("method", ["greedy", "optimal"])
def test_programme_over_scored_sites(provider, scored_layers, programme_csv, method):
    result = processing.run("ruimte:allocate", {
        "PROGRAMME": programme_csv, "SCORED": scored_layers, "SITE_ID_FIELD": "site_id",
        "METHOD": method, "OUTPUT": "memory:", "BALANCE": "memory:"})
    # By hand. C (5.1, quay) is water-bound: kept from xxl_logistics, which cannot use water.
    # D is excluded for xxl (VNG) and not scored for HMC; A and B fail HMC's fairway rule.
    # Tier 1: xxl on A (0.9, 20 ha) and B (0.6, 10 ha) = 30 ha, mean (18 + 6) / 30 = 0.8.
    # Tier 2: recycling C (0.9) 12 ha, then D (0.5) 8 ha = 20 of 25 ha, mean 14.8 / 20 = 0.74;
    #   (optimal agrees: giving C to HMC, 10 ha x 0.8 + 2 ha x 0.9 + D 4.0 = 13.8 < 14.8).
    #   HMC qualifies on C only: 12 ha < 20 ha, and recycling took C.
    balance = rows(result["BALANCE"], "profile")
    xxl, rec, hmc = (balance[p] for p in ("xxl_logistics", "recycling", "hmc_heavy_industry"))
    assert (xxl["demand_ha"], xxl["alloc_ha"], xxl["short_ha"], xxl["sites"]) == (30, 30, 0, 2)
    assert xxl["mean_score"] == pytest.approx(0.8)
    assert xxl["name"] == "XXL logistics (distribution centre)"
    assert (rec["alloc_ha"], rec["short_ha"]) == (20, 5)
    assert rec["mean_score"] == pytest.approx(0.74)
    assert rec["binding"] == "competition: qualifying sites went to xxl_logistics (tier 1) 30.0 ha"
    assert (hmc["alloc_ha"], hmc["short_ha"], hmc["sites"]) == (0, 20, 0)
    assert hmc["binding"] == (
        f"supply: the 1 qualifying sites hold 12.0 ha, the demand is 20 ha; of that, recycling "
        f"(tier 2) 12.0 ha went to other claims; the other sites: 2 excluded by hard rules (most "
        f"often: {FAIRWAY}, 2 times); 1 not scored for this profile")
    pieces = sorted((f["site"], f["profile"], f["alloc_ha"]) for f in
                    result["OUTPUT"].getFeatures() if f["profile"])
    assert pieces == [("A", "xxl_logistics", 20), ("B", "xxl_logistics", 10),
                      ("C", "recycling", 12), ("D", "recycling", 8)]
    notes = rows(result["OUTPUT"], "site")
    assert notes["C"]["note"] == ("also qualifies for hmc_heavy_industry; xxl_logistics: "
                                  "water-bound park: keep for firms that need a quay; this "
                                  "profile cannot use water")
    assert notes["D"]["note"] == f"xxl_logistics: {VNG}; hmc_heavy_industry: not scored for " \
                                 "hmc_heavy_industry"
    assert (result["DEMAND_HA"], result["ALLOCATED_HA"], result["SHORTFALL_HA"]) == (75, 50, 25)


def test_sites_matched_by_location_and_reservation_off(provider, scored_layers, programme_csv):
    result = processing.run("ruimte:allocate", {
        "PROGRAMME": programme_csv, "SCORED": scored_layers, "RESERVE": False,
        "METHOD": "greedy", "SHARE_SITES": False, "OUTPUT": "memory:", "BALANCE": "memory:"})
    out = list(result["OUTPUT"].getFeatures())
    assert len({f["site"] for f in out}) == 4              # 4 sites found in 3 layers
    # without the reservation xxl takes C first (0.95): C 12 + A 18 (A's 20 capped by demand)
    xxl = sorted(f["alloc_ha"] for f in out if f["profile"] == "xxl_logistics")
    assert xxl == [12, 18]


def test_sites_scored_on_suitability_rasters(provider, tmp_path, qgis_process):
    """SITES + SUITABILITY: the site scores are the zonal means (QGIS's zonal statistics on the
    same raster are the truth), cells at 0 count as excluded."""
    import numpy as np
    values = np.full((40, 40), 0.5, dtype=np.float32)
    values[:, 20:] = 0.9
    values[36:, :10] = 0.0                        # excluded corner: 4 x 10 cells
    path = str(tmp_path / "xxl.tif")
    write_raster(path, values, 200000, 500000 + 40 * 25, 25,
                 tags={"RUIMTE_PROFILE": '{"id": "xxl_logistics"}'})
    sites = QgsVectorLayer("Polygon?crs=EPSG:28992&field=naam:string", "sites", "memory")
    features = []
    for name, rect in (("west", (200000, 500000, 200250, 500400)),       # 10 ha, half excluded
                       ("oost", (200600, 500400, 200950, 500700))):      # 10.5 ha at 0.9
        f = QgsFeature(sites.fields())
        f.setGeometry(QgsGeometry.fromRect(QgsRectangle(*rect)))
        f.setAttributes([name])
        features.append(f)
    sites.dataProvider().addFeatures(features)
    sites_path = str(tmp_path / "sites.gpkg")
    processing.run("native:savefeatures", {"INPUT": sites, "OUTPUT": sites_path})
    result = processing.run("ruimte:allocate", {
        "PROGRAMME_TABLE": ["xxl_logistics", "12", "1", ""], "SITES": sites_path,
        "SUITABILITY": [path], "OUTPUT": "memory:", "BALANCE": "memory:"})
    zonal = processing.run("native:zonalstatisticsfb", {
        "INPUT": sites_path, "INPUT_RASTER": path, "RASTER_BAND": 1, "COLUMN_PREFIX": "z_",
        "STATISTICS": [2], "OUTPUT": "memory:"})["OUTPUT"]
    truth = {f["naam"]: f["z_mean"] for f in zonal.getFeatures()}
    out = list(result["OUTPUT"].getFeatures())
    oost = [f for f in out if f["profile"] == "xxl_logistics"]
    assert [f["alloc_ha"] for f in oost] == [pytest.approx(10.5)]
    assert oost[0]["score"] == pytest.approx(truth["oost"], abs=1e-5)
    west = next(f for f in out if f["site"] == "west")      # named by its naam field
    assert west["note"] == "qualifies for xxl_logistics but was not needed"
    balance = next(result["BALANCE"].getFeatures())
    # 'west' covers 16 x 10 cells, 4 x 10 of them at 0: usable 10 ha x 120 / 160 = 7.5 ha, at
    # least one xxl plot (6 ha), so it qualifies; but after 'oost' (10.5 ha at 0.9) the 1.5 ha
    # left of the 12 ha are less than one plot: the claim stays 1.5 ha short.
    assert balance["alloc_ha"] == pytest.approx(10.5)
    assert balance["short_ha"] == pytest.approx(1.5)
    assert balance["binding"].startswith("plot size: the remaining 1.5 ha")
    # the same through qgis_process, the programme typed in
    done = qgis_process("--json", "run", "ruimte:allocate", "--",
                        "PROGRAMME_TABLE=xxl_logistics,12,1,", f"SITES={sites_path}",
                        f"SUITABILITY={path}", "METHOD=greedy",
                        f"OUTPUT={tmp_path / 'allocation.gpkg'}",
                        f"BALANCE={tmp_path / 'balance.csv'}")
    assert done.returncode == 0, done.stderr
    assert done.json["results"]["ALLOCATED_HA"] == pytest.approx(10.5)
    assert "1.5 ha short of 12 ha" in done.stderr + done.stdout
    assert "balance.csv" in done.json["results"]["BALANCE"]


def bulk_sites(rows):
    """A scored layer of water_bound_bulk: rows (site, (x0, y0, x1, y1), score, essential
    criteria not assessed or None); usable area = the rectangle's area."""
    layer = QgsVectorLayer(
        "MultiPolygon?crs=EPSG:28992&field=site_id:string&field=score:double"
        "&field=usable_ha:double&field=excluded:integer&field=reasons:string"
        "&field=essential_missing:string&field=profile:string", "bulk", "memory")
    features = []
    for site, rect, score, missing in rows:
        f = QgsFeature(layer.fields())
        f.setGeometry(QgsGeometry.fromRect(QgsRectangle(*rect)))
        usable = (rect[2] - rect[0]) * (rect[3] - rect[1]) / 1e4
        f.setAttributes([site, score, usable, 0, "", missing, "water_bound_bulk"])
        features.append(f)
    layer.dataProvider().addFeatures(features)
    return layer


def test_sites_without_essential_evidence_are_never_allocated(provider, tmp_path):
    """A scored layer whose best site lacks the fairway data water-bound bulk needs
    (essential_missing), and a suitability raster whose run did not assess zoning: neither is
    allocated, and the balance and the notes say why."""
    layer = bulk_sites([("K", (0, 0, 500, 400), 0.95, "accessibility.water"),
                        ("W", (1000, 0, 1500, 200), 0.6, None)])
    result = processing.run("ruimte:allocate", {
        "PROGRAMME_TABLE": ["water_bound_bulk", "25", "1", ""], "SCORED": [layer],
        "SITE_ID_FIELD": "site_id", "RESERVE": False, "OUTPUT": "memory:",
        "BALANCE": "memory:"})
    # K (20 ha at 0.95) is refused; W holds 10 ha (500 x 200 m), one plot of 5 ha or more
    pieces = [(f["site"], f["alloc_ha"]) for f in result["OUTPUT"].getFeatures()
              if f["profile"]]
    assert pieces == [("W", 10)]
    balance = next(result["BALANCE"].getFeatures())
    assert balance["binding"] == (
        "supply: the 1 qualifying sites hold 10.0 ha, the demand is 25 ha; the other sites: 1 "
        "with essential criteria not assessed (no data) (e.g. essential criteria not assessed: "
        "accessibility by water)")
    note = next(f["note"] for f in result["OUTPUT"].getFeatures() if f["site"] == "K")
    assert note == "water_bound_bulk: essential criteria not assessed: accessibility by water"

    import numpy as np
    path = str(tmp_path / "xxl.tif")
    write_raster(path, np.full((40, 40), 0.9, dtype=np.float32), 200000, 501000, 25,
                 tags={"RUIMTE_PROFILE": '{"id": "xxl_logistics", "evidence": '
                                         '{"essential_not_assessed": ["zoning"]}}'})
    sites = QgsVectorLayer("Polygon?crs=EPSG:28992&field=naam:string", "sites", "memory")
    f = QgsFeature(sites.fields())
    f.setGeometry(QgsGeometry.fromRect(QgsRectangle(200000, 500000, 200500, 500400)))
    f.setAttributes(["veld"])
    sites.dataProvider().addFeatures([f])
    result = processing.run("ruimte:allocate", {
        "PROGRAMME_TABLE": ["xxl_logistics", "12", "1", ""], "SITES": sites,
        "SUITABILITY": [path], "OUTPUT": "memory:", "BALANCE": "memory:"})
    balance = next(result["BALANCE"].getFeatures())
    assert balance["alloc_ha"] == 0 and balance["binding"] == (
        "no site qualifies (1 sites): 1 with essential criteria not assessed (no data) (e.g. "
        "essential criteria not assessed: environmental zoning)")


@pytest.mark.parametrize("params, message", [
    ({"PROGRAMME_TABLE": ["xxl_logistics", "ten", "1", ""]},
     "Programme (typed in) (PROGRAMME_TABLE): programme row 1 (xxl_logistics): the demand "
     "'ten' is not a number of hectares"),
    ({"PROGRAMME_TABLE": ["steelworks", "10", "1", ""]},
     "Programme (typed in) (PROGRAMME_TABLE): unknown profile 'steelworks'"),
    ({"PROGRAMME_TABLE": ["xxl_logistics", "10", "first", ""]},
     "the tier 'first' must be a whole number"),
    ({"PROGRAMME_TABLE": ["xxl_logistics", "10", "1"]},
     "3 values do not make rows of 4"),
    ({}, "Programme (PROGRAMME): give the programme as a table"),
])
def test_bad_programme(provider, scored_layers, params, message):
    from qgis.core import QgsProcessingException
    with pytest.raises(QgsProcessingException, match=None) as err:
        processing.run("ruimte:allocate", dict(SCORED=scored_layers, OUTPUT="memory:",
                                               BALANCE="memory:", **params))
    assert message in str(err.value)


def test_bad_sites(provider, tmp_path, programme_csv):
    from qgis.core import QgsProcessingException
    plain = QgsVectorLayer("Polygon?crs=EPSG:28992&field=score:double", "plain", "memory")
    f = QgsFeature(plain.fields())
    f.setGeometry(QgsGeometry.fromRect(QgsRectangle(0, 0, 10, 10)))
    f.setAttributes([1.0])
    plain.dataProvider().addFeatures([f])
    path = str(tmp_path / "plain.gpkg")
    processing.run("native:savefeatures", {"INPUT": plain, "OUTPUT": path})
    with pytest.raises(QgsProcessingException) as err:
        processing.run("ruimte:allocate", {"PROGRAMME": programme_csv, "SCORED": [path],
                                           "OUTPUT": "memory:", "BALANCE": "memory:"})
    assert ("Scored sites (SCORED): layer 'plain' is not an output of 'Score and rank candidate "
            "sites' with a profile: it lacks usable_ha, excluded, reasons, profile") in \
        str(err.value)
    with pytest.raises(QgsProcessingException) as err:
        processing.run("ruimte:allocate", {"PROGRAMME": programme_csv, "OUTPUT": "memory:",
                                           "BALANCE": "memory:"})
    assert "Scored sites (SCORED): give SCORED" in str(err.value)


def test_overlapping_sites_are_reported(provider, tmp_path, programme_csv):
    """Two variants of one plan share land: A (0-500 x 0-400 m) and A2 (300-700 x 0-400 m)
    share 200 x 400 m = 8 ha, which could be allocated twice; the log says so."""
    layer = QgsVectorLayer(
        "MultiPolygon?crs=EPSG:28992&field=site_id:string&field=score:double"
        "&field=usable_ha:double&field=excluded:integer&field=reasons:string"
        "&field=profile:string", "variants", "memory")
    features = []
    for site, rect, area in (("A", (0, 0, 500, 400), 20), ("A2", (300, 0, 700, 400), 16),
                             ("B", (1000, 0, 1500, 200), 10)):
        f = QgsFeature(layer.fields())
        f.setGeometry(QgsGeometry.fromRect(QgsRectangle(*rect)))
        f.setAttributes([site, 0.8, area, 0, "", "recycling"])
        features.append(f)
    layer.dataProvider().addFeatures(features)
    path = str(tmp_path / "variants.gpkg")
    processing.run("native:savefeatures", {"INPUT": layer, "OUTPUT": path})
    feedback = warning_feedback()
    processing.run("ruimte:allocate", {"PROGRAMME_TABLE": ["recycling", "30", "1", ""],
                                       "SCORED": [path], "OUTPUT": "memory:",
                                       "BALANCE": "memory:"}, feedback=feedback)
    said = [w for w in feedback.warnings if "overlap" in w]
    assert len(said) == 1 and said[0].startswith("Sites overlap: 1 pair(s), 8.0 ha in all "
                                                 "(largest: A and A2 (8.0 ha))")


def test_provisional_programme_accepts_named_criteria_only(provider, tmp_path):
    """ACCEPT_NOT_ASSESSED: K (20 ha at 0.95) lacks houses data (zoning), W (10 ha at 0.9)
    lacks zoning and fairway data, V (10 ha at 0.5) is assessed; water_bound_bulk asks 25 ha
    in plots of 5 ha. With zoning accepted K qualifies provisionally and takes 20 ha, W still
    refuses (accessibility.water not accepted), V gives the last 5 ha: 20 of 25 ha provisional.
    """
    layer = bulk_sites([("K", (0, 0, 500, 400), 0.95, "zoning"),
                        ("W", (1000, 0, 1500, 200), 0.9, "zoning;accessibility.water"),
                        ("V", (2000, 0, 2500, 200), 0.5, None)])
    path = str(tmp_path / "bulk.gpkg")
    processing.run("native:savefeatures", {"INPUT": layer, "OUTPUT": path})
    feedback = warning_feedback()
    result = processing.run("ruimte:allocate", {
        "PROGRAMME_TABLE": ["water_bound_bulk", "25", "1", ""], "SCORED": [path],
        "SITE_ID_FIELD": "site_id", "RESERVE": False, "METHOD": "greedy",
        "ACCEPT_NOT_ASSESSED": "zoning", "OUTPUT": "memory:", "BALANCE": "memory:"},
        feedback=feedback)
    pieces = {f["site"]: (f["alloc_ha"], None if is_unset(f["provisional"]) else f["provisional"])
              for f in result["OUTPUT"].getFeatures() if f["profile"]}
    assert pieces == {"K": (20, "provisional: zoning not assessed"), "V": (5, None)}
    balance = next(result["BALANCE"].getFeatures())
    assert (balance["alloc_ha"], balance["provisional_ha"]) == (25, 20)
    note = next(f["note"] for f in result["OUTPUT"].getFeatures() if f["site"] == "W")
    assert note == ("water_bound_bulk: essential criteria not assessed: environmental zoning, "
                    "accessibility by water")
    assert feedback.warnings[0].startswith("PROVISIONAL PROGRAMME: environmental zoning "
                                           "accepted as not assessed.")
    assert "PROVISIONAL: 20.0 of the 25.0 ha allocated lie on sites where environmental " \
           "zoning was not assessed." in feedback.warnings
    # without the parameter nothing is provisional: only V (10 ha) qualifies
    strict = processing.run("ruimte:allocate", {
        "PROGRAMME_TABLE": ["water_bound_bulk", "25", "1", ""], "SCORED": [path],
        "SITE_ID_FIELD": "site_id", "RESERVE": False, "OUTPUT": "memory:",
        "BALANCE": "memory:"})
    balance = next(strict["BALANCE"].getFeatures())
    assert (balance["alloc_ha"], balance["provisional_ha"]) == (10, 0)
    # an unknown key is an error that names the parameter
    from qgis.core import QgsProcessingException
    with pytest.raises(QgsProcessingException) as err:
        processing.run("ruimte:allocate", {
            "PROGRAMME_TABLE": ["water_bound_bulk", "25", "1", ""], "SCORED": [path],
            "ACCEPT_NOT_ASSESSED": "houses", "OUTPUT": "memory:", "BALANCE": "memory:"})
    assert "Accept as not assessed (provisional) (ACCEPT_NOT_ASSESSED): unknown criterion " \
           "key(s): houses" in str(err.value)
