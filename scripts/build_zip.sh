#!/usr/bin/env bash
# Build <outdir>/ruimte-<version>.zip (default outdir: dist): the folder ruimte/ with metadata.txt at its top, the plugin code,
# resources and compiled translations; no tests, no demo output, no caches.
set -euo pipefail
cd "$(dirname "$0")/.."
version=$(awk -F= '$1=="version"{print $2}' metadata.txt)
stage=$(mktemp -d)
trap 'rm -rf "$stage"' EXIT
outdir=$(mkdir -p "${1:-dist}" && cd "${1:-dist}" && pwd)
mkdir -p "$stage/ruimte/i18n"
cp -r __init__.py metadata.txt LICENSE ruimte_plugin resources "$stage/ruimte/"
command -v lrelease >/dev/null || { echo "lrelease not found: install qttools5-dev-tools" >&2; exit 1; }
for ts in i18n/*.ts; do
  lrelease -silent "$ts" -qm "$stage/ruimte/i18n/$(basename "${ts%.ts}").qm"
done
find "$stage" -name __pycache__ -prune -exec rm -rf {} +
find "$stage" -name '*.pyc' -delete
out="$outdir/ruimte-$version.zip"
rm -f "$out"
(cd "$stage" && zip -qr9 "$out" ruimte)
echo "$out"
