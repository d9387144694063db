# Ruimte — common tasks. `make test` and `make demo` work on a fresh Debian 12 or 13 machine.
PY := .venv/bin/python

.PHONY: setup test unit zip translations clean demo benchmark

setup:                ## install Debian packages and the test venv (idempotent)
	bash scripts/setup.sh

test: setup translations ## the whole suite in real QGIS (Dutch .qm built first)
	$(PY) -m pytest

unit:                 ## the pure-maths unit tests only (no QGIS)
	$(PY) -m pytest -p no:qgis tests/unit

translations:         ## compile i18n/*.ts to .qm
	for ts in i18n/*.ts; do [ -e "$$ts" ] && lrelease -silent "$$ts"; done; true

zip: translations     ## build dist/ruimte-<version>.zip, installable in QGIS
	bash scripts/build_zip.sh

clean:
	rm -rf dist .qgis-settings .pytest_cache
	find . -name __pycache__ -prune -exec rm -rf {} +

.PHONY: demo
demo: setup translations ## the Drenthe demo -> demo-output/ (rasters, maps, reports, programme, summary.md)
	$(PY) scripts/demo.py

benchmark: setup translations ## national benchmark, 12,000 x 14,000 cells at 25 m, Ruimte vs the QGIS chain (ARGS="--pixel 10" for 10 m)
	$(PY) benchmarks/national.py $(ARGS)
