"""Smoke run of the national benchmark (benchmarks/national.py --small): every stage runs in its
own QGIS process, prints its row, and every agreement check with the QGIS/GDAL baseline passes.
No timing is asserted (speed is measured in benchmarks/, DESIGN §5)."""

import os
import subprocess
import sys

from testdata import ROOT

STAGE_ROWS = ("| start-up", "| combine:", "| owa:", "| distance to", "| rasterise",
              "| nitrogen:", "| sites:", "| profile:", "| sensitivity:", "| write")


def test_national_benchmark_small(tmp_path):
    results = tmp_path / "results"
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    env.pop("QGIS_CUSTOM_CONFIG_PATH", None)          # the runner makes its own profile
    done = subprocess.run(
        [sys.executable, str(ROOT / "benchmarks" / "national.py"), "--small",
         "--data", str(tmp_path / "data"), "--results", str(results), "--idle-wait", "0"],
        capture_output=True, text=True, timeout=240, env=env, cwd=str(ROOT))
    out = done.stdout
    assert done.returncode == 0, out[-4000:] + done.stderr[-4000:]
    table = out[out.index("| stage |"):]
    rows = [line for line in table.splitlines() if line.startswith("| ")]
    for prefix in STAGE_ROWS:
        assert any(line.startswith(prefix) for line in rows), f"no row {prefix!r}:\n{table}"
    checks = table[table.index("## Agreement checks"):]
    check_rows = [line for line in checks.splitlines() if line.startswith("| ")
                  and not line.startswith(("| check", "|---"))]
    assert len(check_rows) >= 7, checks
    assert all(line.rstrip().endswith(("| pass |", "| info |")) for line in check_rows), checks
    assert "FAIL" not in checks and "Failed stages" not in out
    written = list(results.glob("*-1200x1400.md"))
    assert len(written) == 1 and "## Agreement checks" in written[0].read_text()
