"""The QGIS desktop, started under Xvfb with the plugin enabled and the locale set to Dutch:
the plugin loads, the Processing dialog of ruimte:profilesuitability opens (screenshot kept
in $RUIMTE_DESKTOP_SHOT, default /tmp/ruimte-desktop-dialog.png) and the Model Designer lists
every Ruimte algorithm."""

import json
import os
import shutil
import subprocess
from pathlib import Path

import pytest
from qgis.core import QgsApplication

from testdata import ROOT

HERE = Path(__file__).resolve().parent


@pytest.fixture(scope="module")
def compiled_translation():
    qm = ROOT / "i18n" / "ruimte_nl.qm"
    ts = ROOT / "i18n" / "ruimte_nl.ts"
    if not qm.exists() or qm.stat().st_mtime < ts.stat().st_mtime:
        subprocess.run(["lrelease", "-silent", str(ts), "-qm", str(qm)], check=True)
    return qm


def test_desktop_dialog_and_model_designer(provider, compiled_translation, tmp_path):
    if not shutil.which("xvfb-run") or not shutil.which("qgis"):
        pytest.skip("the QGIS desktop or xvfb-run is not installed")
    (tmp_path / "plugins").mkdir()
    (tmp_path / "plugins" / "ruimte").symlink_to(ROOT)
    ini = tmp_path / "config" / "profiles" / "default" / "QGIS" / "QGIS3.ini"
    ini.parent.mkdir(parents=True)
    ini.write_text("[PythonPlugins]\nruimte=true\n\n[locale]\nuserLocale=nl_NL\n"
                   "overrideFlag=true\n", encoding="utf-8")
    shot = Path(os.environ.get("RUIMTE_DESKTOP_SHOT", "/tmp/ruimte-desktop-dialog.png"))
    report = tmp_path / "desktop.json"
    env = dict(os.environ, QGIS_CUSTOM_CONFIG_PATH=str(tmp_path / "config"),
               QGIS_PLUGINPATH=str(tmp_path / "plugins"), RUIMTE_DESKTOP_JSON=str(report),
               RUIMTE_SCREENSHOT=str(shot))
    env.pop("QT_QPA_PLATFORM", None)                  # a real (virtual) screen this time
    done = subprocess.run(["xvfb-run", "-a", "-s", "-screen 0 1280x1024x24", "qgis",
                           "--nologo", "--noversioncheck", "--code",
                           str(HERE / "desktop_check.py")],
                          env=env, capture_output=True, text=True, timeout=300)
    assert report.exists(), done.stdout[-2000:] + done.stderr[-2000:]
    result = json.loads(report.read_text(encoding="utf-8"))
    assert "ruimte" in result["active_plugins"]
    ours = {a.id() for a in QgsApplication.processingRegistry().providerById("ruimte")
            .algorithms()}
    assert set(result["modeler"]) == ours                 # every algorithm, in the modeler
    # Dutch; QGIS 3.40 puts the group in front of the name ("Bedrijfsprofielen - ..."), 3.22 not
    assert result["dialog_title"] in ("Geschiktheid voor een bedrijfsprofiel",
                                      "Bedrijfsprofielen - Geschiktheid voor een bedrijfsprofiel")
    labels = result["labels"]                     # the parameter labels in the dialog, Dutch
    assert any(label.startswith("Studiegebied") for label in labels), labels
    assert not any(label.startswith("Study area") for label in labels), labels
    assert shot.stat().st_size > 20_000
    # PROFILE lists the profiles by their Dutch name; the value stays the id
    assert result["profiles"] == [["XXL-logistiek (distributiecentrum) (xxl_logistics)",
                                   "xxl_logistics"]]
    assert result["profile_value"] == "xxl_logistics"


def _desktop(tmp_path, script, **env_extra):
    """Run ``script`` in the QGIS desktop under Xvfb (plugin enabled, Dutch, a fresh profile);
    returns the JSON it writes to $RUIMTE_DESKTOP_JSON."""
    if not shutil.which("xvfb-run") or not shutil.which("qgis"):
        pytest.skip("the QGIS desktop or xvfb-run is not installed")
    (tmp_path / "plugins").mkdir(exist_ok=True)
    if not (tmp_path / "plugins" / "ruimte").exists():
        (tmp_path / "plugins" / "ruimte").symlink_to(ROOT)
    ini = tmp_path / "config" / "profiles" / "default" / "QGIS" / "QGIS3.ini"
    ini.parent.mkdir(parents=True, exist_ok=True)
    ini.write_text("[PythonPlugins]\nruimte=true\n\n[locale]\nuserLocale=nl_NL\n"
                   "overrideFlag=true\n", encoding="utf-8")
    report = tmp_path / "desktop.json"
    env = dict(os.environ, QGIS_CUSTOM_CONFIG_PATH=str(tmp_path / "config"),
               QGIS_PLUGINPATH=str(tmp_path / "plugins"), RUIMTE_DESKTOP_JSON=str(report),
               **env_extra)
    env.pop("QT_QPA_PLATFORM", None)
    done = subprocess.run(["xvfb-run", "-a", "-s", "-screen 0 1280x1024x24", "qgis",
                           "--nologo", "--noversioncheck", "--code", str(HERE / script)],
                          env=env, capture_output=True, text=True, timeout=300)
    assert report.exists(), done.stdout[-2000:] + done.stderr[-2000:]
    return json.loads(report.read_text(encoding="utf-8"))


def test_demo_project_opens_on_the_province_without_font_warnings(compiled_translation,
                                                                  tmp_path):
    """The demo's project (one profile at 500 m, built here by scripts/demo.py), opened in the
    desktop: no missing-font message (labels use an installed font), and the canvas shows the
    whole province (its extent contains Drenthe's)."""
    import sys
    from qgis.core import QgsVectorLayer
    from testdata import DEMO_GPKG
    out = tmp_path / "demo"
    env = dict(os.environ, RUIMTE_DEMO_OUTPUT=str(out), RUIMTE_DEMO_PIXEL="500",
               RUIMTE_DEMO_PROFILES="xxl_logistics")
    env.pop("QGIS_CUSTOM_CONFIG_PATH", None)
    done = subprocess.run([sys.executable, str(ROOT / "scripts" / "demo.py")], env=env,
                          capture_output=True, text=True, timeout=900)
    assert done.returncode == 0, done.stdout[-3000:] + done.stderr[-3000:]
    result = _desktop(tmp_path, "desktop_project_check.py",
                      RUIMTE_PROJECT=str(out / "ruimte-drenthe.qgz"))
    fonts = [m["message"] for m in result["messages"]
             if "font" in m["message"].lower() or "lettertype" in m["message"].lower()]
    assert not fonts, fonts
    province = QgsVectorLayer(f"{DEMO_GPKG}|layername=drenthe", "drenthe", "ogr").extent()
    x0, y0, x1, y1 = result["extent"]
    assert result["crs"] == "EPSG:28992"
    assert x0 <= province.xMinimum() and y0 <= province.yMinimum()
    assert x1 >= province.xMaximum() and y1 >= province.yMaximum()
    # and not zoomed out to the world: fitted to the province in at least one direction (the
    # canvas's shape decides the other: QGIS 3.40's canvas under Xvfb is wide and low)
    assert x1 - x0 < 3 * province.width() or y1 - y0 < 3 * province.height()
    assert (x1 - x0) * (y1 - y0) < 20 * province.width() * province.height()


def test_panel_in_the_desktop(compiled_translation, tmp_path):
    """The Ruimte panel in the real desktop under Xvfb, driven as a user would: the toolbar
    action opens the dock, the profile list is in Dutch, the preview is computed on the demo
    layers and follows an edit of the road curve and of the grid weight, and the saved profile
    holds the edited curve. (The numbers themselves are checked against the core functions in
    test_panel.py; here: that it all works inside QGIS's own main window.)"""
    from testdata import DEMO_GPKG
    copy = tmp_path / "drenthe.gpkg"
    shutil.copy(DEMO_GPKG, copy)
    shot = Path(os.environ.get("RUIMTE_PANEL_DESKTOP_SHOT", tmp_path / "panel-desktop.png"))
    result = _desktop(tmp_path, "desktop_panel_check.py", RUIMTE_DEMO_COPY=str(copy),
                      RUIMTE_SCREENSHOT=str(shot))
    assert "error" not in result, result.get("error")
    assert result["action"] and result["dock_visible"] and result["computed"]
    assert "XXL-logistiek (distributiecentrum)" in result["profiles"]
    before, curve, weight = (result["mean_before"], result["mean_after_curve"],
                             result["mean_after_weight"])
    assert 0 < before < 1 and curve > before          # a longer road reach scores higher
    assert weight != curve
    assert result["saved_road_max"]["value"] == 15000
    assert shot.stat().st_size > 50_000
