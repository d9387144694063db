"""`make zip` builds a plugin zip that installs: unpacked into a fresh plugin folder, the
installed copy (not this checkout) runs an algorithm under qgis_process."""

import subprocess
import zipfile

from testdata import ROOT


def test_zip_installs_and_runs(qgis_process, tmp_path):
    built = subprocess.run(["bash", str(ROOT / "scripts" / "build_zip.sh"), str(tmp_path)],
                           capture_output=True, text=True, check=True).stdout.strip()
    with zipfile.ZipFile(built) as archive:
        names = archive.namelist()
        assert "ruimte/metadata.txt" in names and "ruimte/__init__.py" in names
        assert all(n.startswith("ruimte/") for n in names)
        assert not any("/tests/" in n or "__pycache__" in n for n in names)
        assert "ruimte/resources/styles/score.qml" in names
        assert "ruimte/i18n/ruimte_nl.qm" in names, "the Dutch translation is missing"
        assert not any(n.endswith(".ts") for n in names)
        archive.extractall(tmp_path / "plugins")
    installed = tmp_path / "plugins" / "ruimte"
    # mark the installed copy, so that the run below proves it is the one QGIS loaded
    metadata = installed / "metadata.txt"
    metadata.write_text(metadata.read_text().replace("version=", "version=9.9.9-from-zip+", 1))
    result = qgis_process("--json", "run", "ruimte:ahpweights", "--", "MATRIX=1,4;1/4,1",
                          env={"RUIMTE_PLUGIN_DIR": str(installed)})
    assert result.returncode == 0, result.stderr
    assert result.json["results"]["WEIGHTS"] == "0.8,0.2"
    assert result.json["provider_details"]["version"].startswith("9.9.9-from-zip")
