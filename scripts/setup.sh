#!/usr/bin/env bash
# Install what Ruimte's tests and demo need on Debian 12 (QGIS 3.22) or 13 (QGIS 3.40), and build
# .venv (Debian's Python + system packages + pytest-qgis). Idempotent: a second run installs
# nothing. Run as root, or as a user with sudo.
set -euo pipefail
cd "$(dirname "$0")/.."

# Debian packages: QGIS and the Python stack come from the OS, never from pip.
PKGS="qgis python3-qgis qgis-providers python3-rasterio python3-shapely python3-numpy
python3-scipy python3-matplotlib python3-hypothesis python3-pytest python3-venv
xvfb xauth qttools5-dev-tools pyqt5-dev-tools zip time"

missing=()
for pkg in $PKGS; do
  dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q "install ok installed" || missing+=("$pkg")
done
if [ ${#missing[@]} -gt 0 ]; then
  sudo=""; [ "$(id -u)" -eq 0 ] || sudo="sudo"
  echo "== installing Debian packages: ${missing[*]}" >&2
  $sudo apt-get update -q
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -q --no-install-recommends "${missing[@]}"
fi

# Test tools only: pytest-qgis in a venv on Debian's /usr/bin/python3 that sees the OS packages.
if ! .venv/bin/python -c 'import pytest_qgis, qgis.core, rasterio' 2>/dev/null; then
  echo "== creating .venv (system site packages + pytest-qgis)" >&2
  rm -rf .venv
  /usr/bin/python3 -m venv --system-site-packages .venv
  .venv/bin/python -m pip install -q --disable-pip-version-check "pytest-qgis==5.0.2"
fi
.venv/bin/python - <<'PY' >&2
from qgis.core import Qgis
import numpy, rasterio, scipy, shapely
print(f"== QGIS {Qgis.QGIS_VERSION} | numpy {numpy.__version__} | rasterio {rasterio.__version__}"
      f" | shapely {shapely.__version__} | scipy {scipy.__version__}")
PY
