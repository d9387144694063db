"""The Drenthe demo's common ground: where its inputs and outputs are, the demo data as QGIS
layers, the headless QGIS and the qgis_process runner (used by scripts/demo.py and its parts
demo_summary.py and demo_maps.py)."""

import atexit
import os
import re
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PROGRAMME = ROOT / "resources" / "demo" / "programma_illustratief.csv"
OUT = Path(os.environ.get("RUIMTE_DEMO_OUTPUT", ROOT / "demo-output")).resolve()
#: the demo reads (and its project refers to) a copy of the data in the output folder: QGIS opens
#: GeoPackages for update, which touches the file even when nothing is edited
SOURCE_GPKG = ROOT / "resources" / "demo" / "drenthe.gpkg"
GPKG = OUT / "data" / "drenthe.gpkg"
PIXEL = float(os.environ.get("RUIMTE_DEMO_PIXEL", 25))
GOOD = 0.7
MAX_SITES = 10
#: located sites at least this far apart (m): a province-wide shortlist should offer options in
#: several places, not ten near-copies of the best spot (demo choice, not a rule)
MIN_SPACING = 5000
#: candidates near the provincial border (see border_statistic), measured before issue 15 part 3
#: on `make demo` (25 m, 7 profiles, commit f759361): the demo data then held only the Natura 2000
#: areas of Drenthe, so areas across the border did not count for nitrogen, and road access was
#: the distance to motorway lines
BORDER_BEFORE = {"candidates": 34, "within_1000": 12, "within_200": 11}
BORDER_DISTANCES = (1000, 200)
#: demand scenarios of the illustrative programme (ruimte:allocatescenarios): factors on the tier-2
#: demand (the additional demand of the transitions), the algorithm's illustrative default
SCENARIOS = "low=0,5; central=1; high=1,5"
#: train stations only (the TOP10NL layer also holds metro and tram stops)
TRAIN_STATIONS = '"typeinrich" = \'treinstation\''
PROGRESS = re.compile(r"(?:^|\.|\s)(\d{1,3})\.\.\.", re.M)
CRITERIA = ("nitrogen", "grid", "zoning", "landscape", "accessibility")
RASTER_NAMES = {"suitability": "geschiktheid / suitability", "excluded": "uitgesloten / excluded",
                "nitrogen": "stikstof (screening, geen AERIUS) / nitrogen (screening, not AERIUS)",
                "grid": "netcapaciteit ILLUSTRATIEF / grid capacity ILLUSTRATIVE",
                "zoning": "milieuzonering / zoning", "landscape": "landschap / landscape",
                "accessibility": "bereikbaarheid / accessibility",
                "evidence": "criteria beoordeeld / criteria assessed"}


def source(layer, subset=None):
    uri = f"{GPKG}|layername={layer}"
    return f"{uri}|subset={subset}" if subset else uri


#: the data inputs of ruimte:profilesuitability for the demo. HABITATS: only the Natura 2000
#: areas flagged nitrogen-sensitive (stikstofgevoelig): ruimte:nitrogen counts deposition on
#: nitrogen-sensitive habitat only (KDW < 2400 mol N/ha/yr, AERIUS), and without a KDW field it
#: takes every polygon it is given as sensitive; so the areas without sensitive habitat (e.g.
#: Leekstermeergebied, a bird area) are left out there. PROTECTED: every Natura 2000 area is
#: protected land, sensitive or not. RAMPS: motorway junctions derived from the RWS lines (dual
#: carriageway only; resources/demo/SOURCES.md), instead of the distance to the motorway lines.
INPUTS = [
    ("HABITATS", source("natura2000", '"stikstofgevoelig" = 1')),
    ("PROTECTED", source("natura2000")),
    ("PROTECTED", source("nnn")),
    ("VALUED", source("nationaal_park")),
    ("RAMPS", source("ramps", '"road" = \'dual\'')),
    ("CAPACITY_AREAS", source("capaciteit_illustratief")),
    ("SUBSTATIONS", source("hv_substations")),
    # no Drenthe houses, waterways or rail terminals in the demo data: the criteria that need
    # them run as NOT ASSESSED (said in every output), instead of stopping the profile
    ("ACCEPT_MISSING", "true"),
]


# ------------------------------------------------------------------ headless QGIS
def start_qgis():
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    if "QGIS_CUSTOM_CONFIG_PATH" not in os.environ:        # a throw-away QGIS profile
        profile = tempfile.mkdtemp(prefix="ruimte-demo-")
        atexit.register(shutil.rmtree, profile, True)
        os.environ["QGIS_CUSTOM_CONFIG_PATH"] = profile
    from qgis.core import QgsApplication
    app = QgsApplication([], False)
    app.initQgis()
    sys.path.append("/usr/share/qgis/python/plugins")
    from processing.core.Processing import Processing
    Processing.initialize()
    sys.path.insert(0, str(ROOT))
    from ruimte_plugin.provider import RuimteProvider
    provider = RuimteProvider()
    QgsApplication.processingRegistry().addProvider(provider)
    return app, provider


def stop_qgis(app, provider):
    from qgis.core import QgsApplication
    QgsApplication.processingRegistry().removeProvider(provider)
    app.exitQgis()


def vector(name, subset=None):
    from qgis.core import QgsVectorLayer
    layer = QgsVectorLayer(source(name, subset), name, "ogr")
    if not layer.isValid():
        sys.exit(f"demo data missing: layer {name} in {GPKG}")
    return layer


def vector_file(path):
    from qgis.core import QgsVectorLayer
    return QgsVectorLayer(str(path), Path(path).stem, "ogr")


def qgis_process(algorithm, params):
    """Run ``algorithm`` with [(name, value)] through the qgis_process binary, echoing its
    progress; returns (seconds, warnings)."""
    args = [str(ROOT / "scripts" / "qgis_process"), "run", algorithm, "--"]
    args += [f"{name}={value}" for name, value in params]
    started = time.perf_counter()
    process = subprocess.Popen(args, stdout=subprocess.PIPE, stderr=subprocess.STDOUT,
                               env=dict(os.environ, QT_QPA_PLATFORM="offscreen"))
    output, shown = bytearray(), -1
    sys.stdout.write(f"    {algorithm}:")
    while True:                        # echo qgis_process's progress marks (0...10...) live
        chunk = os.read(process.stdout.fileno(), 256)
        if not chunk:
            break
        output += chunk
        marks = [int(m) for m in PROGRESS.findall(output.decode(errors="replace"))]
        done = max([m for m in marks if m <= 100], default=-1)
        if done > shown:
            sys.stdout.write(f" {done}%")
            sys.stdout.flush()
            shown = done
    process.wait()
    process.stdout.close()
    print()
    text = output.decode(errors="replace")
    if process.returncode != 0:
        print(text)
        sys.exit(f"{algorithm} failed")
    warnings = [line.split("\t", 1)[-1].strip() for line in text.splitlines()
                if line.startswith("WARNING")]
    return time.perf_counter() - started, warnings
