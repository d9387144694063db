"""ruimte:report: a self-contained HTML file from a combine run, ranked sites and their rank
stability; the embedded images are real PNGs; through qgis_process too."""

import base64
import re
import subprocess

import numpy as np
import processing
import pytest
from qgis.core import QgsFeature, QgsGeometry, QgsRectangle, QgsVectorLayer

from testdata import ROOT

X0, Y1 = 150000.0, 460000.0


def sites_layer():
    layer = QgsVectorLayer("Polygon?crs=EPSG:28992&field=naam:string", "sites", "memory")
    features = []
    for i, (c0, c1) in enumerate(((0, 8), (10, 18), (20, 22))):
        f = QgsFeature(layer.fields())
        f.setGeometry(QgsGeometry.fromRect(QgsRectangle(X0 + c0 * 25, Y1 - 200, X0 + c1 * 25,
                                                        Y1)))
        f.setAttributes([f"kavel {i + 1}"])
        features.append(f)
    layer.dataProvider().addFeatures(features)
    return layer


def pipeline(make_raster, tmp_path):
    a = np.tile(np.linspace(0.2, 0.9, 30, dtype=np.float32), (10, 1))
    b = a[:, ::-1].copy()
    criteria = [make_raster("toegang.tif", a), make_raster("landschap.tif", b)]
    suit = processing.run("ruimte:combine", {"CRITERIA": criteria, "WEIGHTS": "0.7,0.3",
                                             "OUTPUT": str(tmp_path / "suit.tif")})["OUTPUT"]
    return suit, rank_and_sample(criteria, "0.7,0.3", 1.5, tmp_path)[1]


def rank_and_sample(criteria, weights, min_area_ha, tmp_path):
    """scoresites on the three plots, then sensitivity: (ranked, with rank ranges)."""
    ranked = processing.run("ruimte:scoresites", {
        "SITES": sites_layer(), "CRITERIA": criteria, "WEIGHTS": weights,
        "MIN_AREA_HA": min_area_ha, "OUTPUT": str(tmp_path / "ranked.gpkg")})["OUTPUT"]
    sens = processing.run("ruimte:sensitivity", {
        "SITES": ranked, "WEIGHTS": weights, "RUNS": 300, "TOP_K": 1,
        "OUTPUT": str(tmp_path / "sens.gpkg")})["OUTPUT"]
    return ranked, sens


def test_report_is_self_contained(provider, make_raster, tmp_path):
    suit, sens = pipeline(make_raster, tmp_path)
    out = processing.run("ruimte:report", {"SUITABILITY": suit, "SITES": sens,
                                           "TITLE": "Proef", "OUTPUT": str(tmp_path / "r.html")})
    text = open(out["OUTPUT"], encoding="utf-8").read()
    for heading in ("Map", "Method and conventions", "Ranked sites", "How robust is the ranking",
                    "Data sources and parameters"):
        assert f"<h2>{heading}</h2>" in text
    images = re.findall(r'src="data:image/png;base64,([^"]+)"', text)
    assert len(images) == 2
    assert all(base64.b64decode(i)[:8] == b"\x89PNG\r\n\x1a\n" for i in images)
    assert 'class="excluded"' in text and "usable area 1.0 ha &lt; 1.5 ha needed" in text
    assert "kavel 1" in text and "P(top 1)" in text
    assert "Excluded sites are not shown (1)" in text           # kavel 3 is not in the chart
    assert "aggregation" in text and "wlc" in text              # conventions from the metadata
    assert "http" not in re.sub(r"https?://www\.w3\.org[^\"]*", "", text).split("<body>")[1] \
        .split("Data sources")[0]                               # nothing fetched from outside


def test_report_with_qgis_process(qgis_process, provider, make_raster, tmp_path):
    suit, sens = pipeline(make_raster, tmp_path)
    result = qgis_process("--json", "run", "ruimte:report", "--", f"SUITABILITY={suit}",
                          f"SITES={sens}", f"OUTPUT={tmp_path / 'cli.html'}")
    assert result.returncode == 0, result.stderr
    assert "<h2>Ranked sites</h2>" in (tmp_path / "cli.html").read_text(encoding="utf-8")


def test_report_explains_ranks_by_weighted_criteria(provider, make_raster, tmp_path):
    """With a profile's weights in the raster's metadata and <criterion>_mean fields on the
    sites, the report splits each ranked site's score by criterion; without weights it
    does not."""
    import json
    a = np.tile(np.linspace(0.2, 0.9, 30, dtype=np.float32), (10, 1))
    profile = {"id": "test", "name": {"nl": "Proefprofiel", "en": "Test profile"},
               "weights_used": {"toegang": 0.7, "landschap": 0.3}}
    suit = make_raster("suit.tif", a, tags={"RUIMTE_PROFILE": json.dumps(profile),
                                            "RUIMTE_CONVENTIONS": json.dumps(
                                                {"aggregation": "wlc"})})
    criteria = [make_raster("toegang.tif", a), make_raster("landschap.tif", a[:, ::-1].copy())]
    ranked, _ = rank_and_sample(criteria, "0.7,0.3", 1.5, tmp_path)
    out = processing.run("ruimte:report", {"SUITABILITY": suit, "SITES": ranked,
                                           "OUTPUT": str(tmp_path / "r.html")})["OUTPUT"]
    text = open(out, encoding="utf-8").read()
    assert "<h1>Suitability: Test profile</h1>" in text
    assert "<h2>Why the sites rank as they do</h2>" in text
    assert 'alt="contributions"' in text and "do not add up" not in text   # wlc: they do
    # kavel 2 covers columns 10-17 (cell centres inside): toegang mean = 0.2 + 13.5 x 0.7/29
    # = 0.525862, landschap (reversed) 0.2 + 15.5 x 0.7/29 = 0.574138; parts 0.7 x 0.525862 =
    # 0.368 of 0.700 and 0.3 x 0.574138 = 0.172 of 0.300; losses 0.332 and 0.128
    assert ("Best site, kavel 2: toegang 0.368 of 0.700, landschap 0.172 of 0.300; it loses "
            "most on toegang (0.332).") in text
    plain = processing.run("ruimte:report", {"SUITABILITY": criteria[0], "SITES": ranked,
                                             "OUTPUT": str(tmp_path / "p.html")})["OUTPUT"]
    assert "Why the sites rank" not in open(plain, encoding="utf-8").read()


def test_report_when_every_site_is_excluded(provider, make_raster, tmp_path):
    a = np.tile(np.linspace(0.2, 0.9, 30, dtype=np.float32), (10, 1))
    criteria = [make_raster("toegang.tif", a)]
    _, sens = rank_and_sample(criteria, "1", 50, tmp_path)
    out = processing.run("ruimte:report", {"SUITABILITY": criteria[0], "SITES": sens,
                                           "OUTPUT": str(tmp_path / "r.html")})["OUTPUT"]
    text = open(out, encoding="utf-8").read()
    assert "Every site is excluded for this profile" in text
    assert 'alt="rank ranges"' not in text


def test_report_says_what_was_not_assessed(provider, make_raster, tmp_path):
    """Water-bound bulk run without waterways (accepted): the report names the essential
    criterion that was not assessed and why; a site table with a criterion that has no data in
    one site gets a 'not assessed' column."""
    from testdata import DEMO_GPKG
    natura = f"{DEMO_GPKG}|layername=natura2000"
    suit = processing.run("ruimte:profilesuitability", {
        "PROFILE": "water_bound_bulk", "HABITATS": natura, "PROTECTED": [natura],
        "MOTORWAYS": f"{DEMO_GPKG}|layername=motorways", "ACCEPT_MISSING": True,
        "EXTENT": "205000,235000,515000,540000 [EPSG:28992]", "PIXEL_SIZE": 500,
        "OUTPUT": str(tmp_path / "bulk.tif")})["OUTPUT"]
    a = np.full((10, 30), 0.8, dtype=np.float32)
    b = np.full((10, 30), 0.6, dtype=np.float32)
    b[:, 20:] = np.nan                                      # kavel 3 lies where b has no data
    ranked = processing.run("ruimte:scoresites", {
        "SITES": sites_layer(), "CRITERIA": [make_raster("a.tif", a), make_raster("b.tif", b)],
        "OUTPUT": str(tmp_path / "ranked.gpkg")})["OUTPUT"]
    out = processing.run("ruimte:report", {"SUITABILITY": suit, "SITES": ranked,
                                           "OUTPUT": str(tmp_path / "r.html")})["OUTPUT"]
    text = open(out, encoding="utf-8").read()
    assert ("Essential criteria were NOT ASSESSED for lack of data: environmental zoning, "
            "accessibility by water") in text
    assert "gives no site to this profile" in text
    assert "the plot must touch a fairway" in text             # the profile's reason
    assert "WATERWAYS" in text and "SENSITIVE" in text         # the inputs that would assess
    assert "<th>not assessed</th>" in text and "<td>b</td>" in text


def test_regional_value_and_scenario_sections(provider, make_raster, tmp_path):
    """Sites with regional_value get a regional section; the outputs of allocatescenarios (here
    hand-made layers with its fields) a section per demand scenario."""
    suit, sens = pipeline(make_raster, tmp_path)
    valued = processing.run("native:fieldcalculator", {
        "INPUT": sens, "FIELD_NAME": "regional_value", "FIELD_TYPE": 0,
        "FORMULA": "0.25 * \"rank\"", "OUTPUT": "memory:"})["OUTPUT"]
    valued = processing.run("native:fieldcalculator", {
        "INPUT": valued, "FIELD_NAME": "rv_not_assessed", "FIELD_TYPE": 2,
        "FORMULA": "'labour pool within commuting reach'", "OUTPUT": "memory:"})["OUTPUT"]
    sites = QgsVectorLayer("Polygon?crs=EPSG:28992&field=site:string&field=class:string"
                           "&field=class_code:string&field=alloc_low:double"
                           "&field=prof_low:string&field=alloc_high:double"
                           "&field=prof_high:string&field=provisional:string", "s", "memory")
    balance = QgsVectorLayer("None?field=scenario:string&field=factor:double"
                             "&field=demand_ha:double&field=alloc_ha:double"
                             "&field=short_ha:double&field=provisional_ha:double", "b", "memory")
    for layer, rows in ((sites, [["kavel 1", "no-regret", "no_regret", 5.0, "mkb_park", 8.0,
                                  "mkb_park", ""],
                                 ["kavel 2", "option", "option", 0.0, None, 6.0, "recycling",
                                  ""]]),
                        (balance, [["low", 0.5, 5.0, 5.0, 0.0, 0.0],
                                   ["high", 1.5, 15.0, 14.0, 1.0, 0.0]])):
        for row in rows:
            f = QgsFeature(layer.fields())
            if layer is sites:
                f.setGeometry(QgsGeometry.fromRect(QgsRectangle(X0, Y1 - 100, X0 + 100, Y1)))
            f.setAttributes(row)
            layer.dataProvider().addFeature(f)
    out = processing.run("ruimte:report", {
        "SUITABILITY": suit, "SITES": valued, "SCENARIO_SITES": sites,
        "SCENARIO_BALANCE": balance, "OUTPUT": str(tmp_path / "r.html")})["OUTPUT"]
    text = open(out, encoding="utf-8").read()
    assert "<h2>Regional added value</h2>" in text
    assert "NOT ASSESSED for lack of data: labour pool within commuting reach." in text
    assert '<td class="num">0.250</td>' in text               # rank 1: 0.25 x 1
    assert "<h2>Programme under uncertain demand</h2>" in text
    assert "<td>kavel 1</td><td>no-regret</td><td>5.0 (mkb_park)</td><td>8.0 (mkb_park)</td>" \
        in text
    assert "<td>kavel 2</td><td>option</td><td>-</td><td>6.0 (recycling)</td>" in text
    assert '<td>high</td><td class="num">1.5</td><td class="num">15.0</td>' \
           '<td class="num">14.0</td><td class="num">1.0</td>' in text
    assert "PROVISIONAL" not in text


@pytest.fixture(scope="module")
def dutch_translation():
    """i18n/ruimte_nl.qm, compiled from the .ts when it is missing or older."""
    qm = ROOT / "i18n" / "ruimte_nl.qm"
    ts = ROOT / "i18n" / "ruimte_nl.ts"
    if not qm.exists() or qm.stat().st_mtime < ts.stat().st_mtime:
        subprocess.run(["lrelease", "-silent", str(ts), "-qm", str(qm)], check=True)
    return qm


def test_report_in_the_chosen_language(provider, dutch_translation, make_raster, tmp_path):
    """LANGUAGE=nl: Dutch headings and criterion names whatever the QGIS locale; en: English;
    the page says its language; tr() is back to the user's language afterwards."""
    from ruimte_plugin.i18n import tr, user_language
    suit, sens = pipeline(make_raster, tmp_path)
    before = (tr("Ranked sites"), user_language())
    texts = {}
    for code in ("nl", "en"):
        out = processing.run("ruimte:report", {"SUITABILITY": suit, "SITES": sens,
                                               "LANGUAGE": code,
                                               "OUTPUT": str(tmp_path / f"{code}.html")})
        texts[code] = open(out["OUTPUT"], encoding="utf-8").read()
    assert "<h2>Gerangschikte locaties</h2>" in texts["nl"] and "<h2>Kaart</h2>" in texts["nl"]
    assert '<html lang="nl">' in texts["nl"] and "Ranked sites" not in texts["nl"]
    assert "<h2>Ranked sites</h2>" in texts["en"] and '<html lang="en">' in texts["en"]
    assert "Gerangschikte" not in texts["en"]
    assert (tr("Ranked sites"), user_language()) == before


def _section(text, heading):
    return text.split(f"<h2>{heading}</h2>")[1].split("<h2>")[0]


def test_sources_are_named_used_and_reproducible(provider, qgis_process, make_raster,
                                                 tmp_path):
    """The data sources list the criteria by dataset and file name, a criterion made in QGIS's
    temporary folder as '(temporary output)', the outputs that exist only; the weights carry
    the criterion names; the printed qgis_process command, run again, gives the same raster;
    the checksums are the files' SHA-256."""
    import hashlib
    import html as html_lib
    import shlex
    from testdata import read_raster
    a = np.tile(np.linspace(0.2, 0.9, 30, dtype=np.float32), (10, 1))
    criteria = [make_raster("toegang.tif", a), make_raster("landschap.tif", a[:, ::-1].copy())]
    suit = processing.run("ruimte:combine", {"CRITERIA": criteria, "WEIGHTS": "0.7,0.3",
                                             "OUTPUT": str(tmp_path / "suit.tif")})["OUTPUT"]
    out = processing.run("ruimte:report", {"SUITABILITY": suit, "LANGUAGE": "en",
                                           "OUTPUT": str(tmp_path / "r.html")})["OUTPUT"]
    text = open(out, encoding="utf-8").read()
    sources = _section(text, "Data sources and parameters")
    assert "<td>toegang</td><td>toegang.tif</td>" in sources          # dataset, file
    assert "<td>landschap</td><td>landschap.tif</td>" in sources
    # weights with their criterion: 0.7 of 1.0 = 70.0 %
    assert "toegang 0.700 (70.0 %), landschap 0.300 (30.0 %)" in text
    for path in criteria:                                             # audit: SHA-256
        digest = hashlib.sha256(open(path, "rb").read()).hexdigest()
        assert f"<td>{path}</td><td>{digest}</td>" in sources
    command = html_lib.unescape(sources.split("<pre>")[1].split("</pre>")[0])
    words = shlex.split(command)
    assert words[:4] == ["qgis_process", "run", "ruimte:combine", "--"]
    again = tmp_path / "again.tif"
    words = [f"OUTPUT={again}" if w.startswith("OUTPUT=") else w for w in words]
    result = qgis_process(*words[1:])
    assert result.returncode == 0, result.stderr
    np.testing.assert_array_equal(read_raster(again)[0], read_raster(suit)[0])

    # a criterion in QGIS's temporary processing folder, an optional output never written
    temporary = processing.run("ruimte:standardize", {
        "INPUT": criteria[0], "FUNCTION": "linear", "A": 0, "B": 1,
        "OUTPUT": "TEMPORARY_OUTPUT"})["OUTPUT"]
    suit2 = processing.run("ruimte:combine", {"CRITERIA": [temporary, criteria[1]],
                                              "WEIGHTS": "0.5,0.5",
                                              "OUTPUT": str(tmp_path / "suit2.tif")})["OUTPUT"]
    text = open(processing.run("ruimte:report", {
        "SUITABILITY": suit2, "OUTPUT": str(tmp_path / "r2.html")})["OUTPUT"],
        encoding="utf-8").read()
    sources = _section(text, "Data sources and parameters")
    assert "<td>(temporary output)</td>" in sources and temporary not in sources
    assert "Some inputs were temporary files" in sources
