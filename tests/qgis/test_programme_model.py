"""The shipped model resources/models/programme.model3 (three scoresites runs feeding allocate)
run through the qgis_process binary on real Drenthe data, against the same chain run step by
step with processing.run."""

import atexit
import shutil
import tempfile

import processing
import pytest
from qgis.core import QgsFeature, QgsGeometry, QgsRectangle, QgsVectorLayer

from testdata import DEMO_GPKG, ROOT

#: a private copy: QGIS 3.22's OGR connection pool can be left unable to open a GeoPackage that
#: earlier tests used with failing runs ("unable to open database file"); a fresh path avoids it
_FOLDER = tempfile.mkdtemp(prefix="ruimte-programme-")
atexit.register(shutil.rmtree, _FOLDER, True)
GPKG = shutil.copy(DEMO_GPKG, _FOLDER)
MODEL = ROOT / "resources" / "models" / "programme.model3"


def uri(layer):
    return f"{GPKG}|layername={layer}"


@pytest.fixture()
def sites_layer_path(tmp_path):
    """Five 16 ha squares near the A28 (Assen, Hoogeveen) and one inside a Natura 2000 area."""
    natura = QgsVectorLayer(uri("natura2000"), "natura2000", "ogr")
    inside = next(natura.getFeatures()).geometry().pointOnSurface().asPoint()
    corners = [(232500, 553000), (234000, 551000), (230000, 527000), (233000, 528500),
               (236000, 545000), (inside.x() - 200, inside.y() - 200)]
    layer = QgsVectorLayer("Polygon?crs=EPSG:28992&field=site_id:string", "sites", "memory")
    features = []
    for n, (x, y) in enumerate(corners, 1):
        f = QgsFeature(layer.fields())
        f.setGeometry(QgsGeometry.fromRect(QgsRectangle(x, y, x + 400, y + 400)))
        f.setAttributes([f"S{n}"])
        features.append(f)
    layer.dataProvider().addFeatures(features)
    path = str(tmp_path / "sites.gpkg")
    processing.run("native:savefeatures", {"INPUT": layer, "OUTPUT": path})
    return path


def test_programme_model_through_qgis_process(provider, qgis_process, sites_layer_path,
                                              tmp_path):
    programme = tmp_path / "programme.csv"
    programme.write_text("profile,demand_ha,tier\nxxl_logistics,40,1\nrecycling,20,2\n"
                         "h2_electrolyser_100mw,5,2\n", encoding="utf-8")
    data = {"HABITATS": uri("natura2000"), "PROTECTED": [uri("natura2000"), uri("nnn")],
            "MOTORWAYS": uri("motorways"), "CAPACITY_AREAS": uri("capaciteit_illustratief"),
            "SUBSTATIONS": uri("hv_substations"),
            # no houses in the demo data: railway stations stand in as sensitive objects, so
            # that zoning (essential for every profile here) is assessed
            "SENSITIVE": uri("stations")}
    args = ["--json", "run", str(MODEL), "--", f"SITES={sites_layer_path}",
            f"PROGRAMME={programme}", "PIXEL_SIZE=250", "METHOD=optimal",
            # qgis_process hands a model no defaults: name the three profiles
            "PROFILE_1=xxl_logistics", "PROFILE_2=recycling", "PROFILE_3=h2_electrolyser_100mw",
            f"allocate:Allocation={tmp_path / 'allocation.gpkg'}",
            f"allocate:Balance={tmp_path / 'balance.gpkg'}"]
    for name, value in data.items():
        args += [f"{name}={v}" for v in (value if isinstance(value, list) else [value])]
    done = qgis_process(*args, timeout=600)
    assert done.returncode == 0, done.stderr[-3000:]

    # the same chain, step by step
    scored = []
    for profile in ("xxl_logistics", "recycling", "h2_electrolyser_100mw"):
        scored.append(processing.run("ruimte:scoresites", dict(
            SITES=sites_layer_path, PROFILE=profile, PIXEL_SIZE=250, OUTPUT="memory:",
            **data))["OUTPUT"])
    chain = processing.run("ruimte:allocate", {
        "SCORED": scored, "PROGRAMME": str(programme), "METHOD": "optimal",
        "OUTPUT": "memory:", "BALANCE": "memory:"})

    model_balance = QgsVectorLayer(str(tmp_path / "balance.gpkg"), "balance", "ogr")
    by_profile = {f["profile"]: f for f in model_balance.getFeatures()}
    assert set(by_profile) == {"xxl_logistics", "recycling", "h2_electrolyser_100mw"}
    for f in chain["BALANCE"].getFeatures():
        m = by_profile[f["profile"]]
        assert (m["demand_ha"], m["alloc_ha"], m["short_ha"]) == pytest.approx(
            (f["demand_ha"], f["alloc_ha"], f["short_ha"]))
        assert m["binding"] == f["binding"]
    allocation = QgsVectorLayer(str(tmp_path / "allocation.gpkg"), "allocation", "ogr")
    pieces = sorted((f["site"], f["profile"], round(f["alloc_ha"], 2))
                    for f in allocation.getFeatures() if f["profile"])
    expected = sorted((f["site"], f["profile"], round(f["alloc_ha"], 2))
                      for f in chain["OUTPUT"].getFeatures() if f["profile"])
    assert pieces == expected and pieces, pieces
    # the site inside Natura 2000 gets nothing, and says why
    s6 = next(f for f in allocation.getFeatures() if f["site"] == "S6")
    assert not s6["profile"] and "overlaps natura2000" in s6["note"]
    total = sum(f["alloc_ha"] for f in chain["BALANCE"].getFeatures())
    assert 0 < total <= 65


def test_the_model_passes_accept_not_assessed_to_allocate(provider):
    """A province without a houses layer can still see a provisional programme through the
    model: ACCEPT_NOT_ASSESSED is a model parameter wired to the allocate step."""
    from qgis.core import QgsProcessingModelAlgorithm, QgsProcessingModelChildParameterSource
    model = QgsProcessingModelAlgorithm()
    assert model.fromFile(str(MODEL))
    assert model.parameterDefinition("ACCEPT_NOT_ASSESSED") is not None
    sources = model.childAlgorithm("allocate").parameterSources()["ACCEPT_NOT_ASSESSED"]
    wired = QgsProcessingModelChildParameterSource.fromModelParameter("ACCEPT_NOT_ASSESSED")
    assert [(s.source(), s.parameterName()) for s in sources] == [
        (wired.source(), "ACCEPT_NOT_ASSESSED")]       # the enum moved between 3.22 and 3.40


def test_a_provisional_programme_through_the_model(provider, qgis_process, sites_layer_path,
                                                   tmp_path):
    """Without houses zoning is not assessed: the model allocates nothing, unless
    ACCEPT_NOT_ASSESSED=zoning, when it allocates provisionally and every hectare says so."""
    programme = tmp_path / "programme.csv"
    programme.write_text("profile,demand_ha,tier\nxxl_logistics,40,1\n", encoding="utf-8")
    args = ["--json", "run", str(MODEL), "--", f"SITES={sites_layer_path}",
            f"PROGRAMME={programme}", "PIXEL_SIZE=250", "METHOD=greedy", "ACCEPT_MISSING=true",
            "PROFILE_1=xxl_logistics", "PROFILE_2=xxl_logistics", "PROFILE_3=xxl_logistics",
            f"HABITATS={uri('natura2000')}", f"PROTECTED={uri('natura2000')}",
            f"MOTORWAYS={uri('motorways')}", f"CAPACITY_AREAS={uri('capaciteit_illustratief')}",
            f"SUBSTATIONS={uri('hv_substations')}"]
    totals = {}
    for accept in ("", "zoning"):
        out = tmp_path / f"balance{accept}.gpkg"
        done = qgis_process(*args, f"ACCEPT_NOT_ASSESSED={accept}",
                            f"allocate:Allocation={tmp_path / f'alloc{accept}.gpkg'}",
                            f"allocate:Balance={out}", timeout=600)
        assert done.returncode == 0, done.stderr[-3000:]
        row = next(QgsVectorLayer(str(out), "b", "ogr").getFeatures())
        totals[accept] = (row["alloc_ha"], row["provisional_ha"])
    assert totals[""] == (0, 0)
    alloc, provisional = totals["zoning"]
    assert alloc > 0 and provisional == pytest.approx(alloc)
