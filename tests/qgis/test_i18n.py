"""Dutch everywhere: every translatable string in the code has a finished Dutch translation,
and with the locale set to Dutch qgis_process shows Dutch."""

import shutil
import subprocess
import xml.etree.ElementTree as ET

import pytest

from testdata import ROOT


def sources():
    return ["__init__.py"] + sorted(str(p.relative_to(ROOT)) for p in
                                    (ROOT / "ruimte_plugin").rglob("*.py"))


def test_every_string_has_a_dutch_translation(tmp_path):
    if not shutil.which("pylupdate5"):
        pytest.skip("pylupdate5 (pyqt5-dev-tools) is not installed")
    ts = tmp_path / "ruimte_nl.ts"
    shutil.copy(ROOT / "i18n" / "ruimte_nl.ts", ts)
    subprocess.run(["pylupdate5", "-noobsolete", *sources(), "-ts", str(ts)], cwd=ROOT,
                   check=True, capture_output=True)
    missing = []
    for message in ET.parse(ts).iter("message"):
        translation = message.find("translation")
        if translation.get("type") == "unfinished" or not (translation.text or "").strip():
            missing.append(message.find("source").text)
    assert not missing, f"{len(missing)} strings lack a Dutch translation, e.g. {missing[:5]}"


def test_qgis_process_speaks_dutch(qgis_process, tmp_path):
    qm = ROOT / "i18n" / "ruimte_nl.qm"
    subprocess.run(["lrelease", "-silent", str(ROOT / "i18n" / "ruimte_nl.ts"), "-qm",
                    str(qm)], check=True)
    result = qgis_process("help", "ruimte:combine", env={"RUIMTE_LOCALE": "nl_NL"})
    assert result.returncode == 0, result.stderr
    assert "Criteria combineren tot geschiktheid (ruimte:combine)" in result.stdout
    assert "Gewichten" in result.stdout
    english = qgis_process("help", "ruimte:combine")
    assert "Combine criteria into suitability (ruimte:combine)" in english.stdout
    error = qgis_process("run", "ruimte:ahpweights", "--", "MATRIX=1,3;1/2,1",
                         env={"RUIMTE_LOCALE": "nl_NL"})
    assert "Paarsgewijze vergelijkingsmatrix (MATRIX)" in error.stderr, error.stderr
