"""The bad-input catalogue: every algorithm against empty layers, broken geometries, wrong or
missing CRSs, non-overlapping data, NoData rasters, other grids, bad pixel sizes, huge extents,
non-numeric fields, bad matrices and weights, unknown values and bad output folders.

Each case either runs (possibly with a warning) or stops with a QgsProcessingException that
names the parameter; never a traceback, never a file left behind. The outcomes are written to
$RUIMTE_CATALOGUE (default /tmp/ruimte-catalogue.md) as the table of the closing note."""

import os
import re
from pathlib import Path

import numpy as np
import processing
import pytest
from osgeo import ogr
from qgis.core import QgsProcessingException, QgsProcessingFeedback

from catalogue_faults import fault_cases, fault_data
from testdata import warning_feedback, write_raster, write_vector as vector

X0, Y1 = 150000.0, 460000.0
EXTENT = f"{X0},{X0 + 1000},{Y1 - 1000},{Y1} [EPSG:28992]"
REPORT = Path(os.environ.get("RUIMTE_CATALOGUE", "/tmp/ruimte-catalogue.md"))
OUTCOMES = []


# ------------------------------------------------------------------ test data
def box(x0, y0, x1, y1):
    return f"POLYGON(({x0} {y0},{x1} {y0},{x1} {y1},{x0} {y1},{x0} {y0}))"


@pytest.fixture(scope="module")
def data(tmp_path_factory):
    d = tmp_path_factory.mktemp("catalogue")
    ramp = np.linspace(0, 1, 1600, dtype=np.float32).reshape(40, 40)
    p = {
        "score_a": write_raster(d / "score_a.tif", ramp),
        "score_b": write_raster(d / "score_b.tif", ramp[::-1].copy()),
        "value": write_raster(d / "value.tif", ramp * 2000),
        "nodata": write_raster(d / "nodata.tif", np.full((40, 40), np.nan, np.float32)),
        "shifted": write_raster(d / "shifted.tif", ramp, x0=X0 + 10),
        "nocrs_raster": write_raster(d / "nocrs.tif", ramp, crs=None),
        "far_raster": write_raster(d / "far.tif", ramp, x0=X0 + 1e5),
    }
    inside = box(X0 + 300, Y1 - 700, X0 + 700, Y1 - 300)
    p["houses"] = vector(d / "houses.gpkg", ogr.wkbPoint,
                         [(f"POINT({X0 + 500} {Y1 - 500})", {})])
    p["polys"] = vector(d / "polys.gpkg", ogr.wkbPolygon,
                        [(inside, {"naam": "a", "kdw": "veel", "afname": "geel",
                                   "opp": "groot"})],
                        [("naam", ogr.OFTString), ("kdw", ogr.OFTString),
                         ("afname", ogr.OFTString), ("opp", ogr.OFTString)])
    p["empty_poly"] = vector(d / "empty_poly.gpkg", ogr.wkbPolygon, [],
                             [("afname", ogr.OFTString)])
    p["empty_point"] = vector(d / "empty_point.gpkg", ogr.wkbPoint, [])
    bowtie = f"POLYGON(({X0 + 100} {Y1 - 100},{X0 + 400} {Y1 - 400},{X0 + 400} {Y1 - 100}," \
             f"{X0 + 100} {Y1 - 400},{X0 + 100} {Y1 - 100}))"
    p["invalid"] = vector(d / "invalid.gpkg", ogr.wkbPolygon,
                          [(bowtie, {"naam": "bowtie", "afname": "1"}),
                           (None, {"naam": "null", "afname": "2"}),
                           (inside, {"naam": "ok", "afname": "0"})],
                          [("naam", ogr.OFTString), ("afname", ogr.OFTString)])
    p["nocrs"] = vector(d / "nocrs.gpkg", ogr.wkbPolygon, [(inside, {})], epsg=None)
    p["far"] = vector(d / "far.gpkg", ogr.wkbPolygon,
                      [(box(X0 + 9e4, Y1 - 1e4, X0 + 9.1e4, Y1 - 9e3), {"afname": "0"})],
                      [("afname", ogr.OFTString)])
    p["badstatus"] = vector(d / "badstatus.gpkg", ogr.wkbPolygon,
                            [(inside, {"afname": "blauw"})], [("afname", ogr.OFTString)])
    p["line"] = vector(d / "line.gpkg", ogr.wkbLineString,
                       [(f"LINESTRING({X0} {Y1 - 500},{X0 + 1000} {Y1 - 500})", {})])
    p["sites"] = vector(d / "sites.gpkg", ogr.wkbPolygon,
                        [(box(X0 + 100 + 300 * i, Y1 - 400, X0 + 300 + 300 * i, Y1 - 200),
                          {"naam": f"site {i}", "a_mean": 0.2 * i + 0.1, "txt": "x"})
                         for i in range(3)],
                        [("naam", ogr.OFTString), ("a_mean", ogr.OFTReal),
                         ("txt", ogr.OFTString)])
    p["matrix_ok"] = "1,3;1/3,1"
    p.update(fault_data(d, X0, Y1))        # issue 21's fault classes (catalogue_faults.py)
    return p


# ------------------------------------------------------------------ running a case
def outcome(alg, params):
    """'error' + message, or 'ok' (+ warnings)."""
    feedback = warning_feedback()
    try:
        processing.run(alg, params, feedback=feedback)
    except QgsProcessingException as err:
        lines = str(err).strip().splitlines()      # a long message: the line naming the input
        return "error", next((line for line in lines if re.search(r"\([A-Z_]+\):", line)),
                             lines[-1])
    return "ok", "; ".join(dict.fromkeys(feedback.warnings))


def out(tmp_path, name="out.tif"):
    return str(tmp_path / name)


# case id, algorithm, params(d, tmp), expected: ("error", PARAM) or ("ok", warning fragment)
CASES = [
    # empty layers
    ("empty layer", "ruimte:zoning", lambda d, t: dict(SENSITIVE=d["empty_point"], EXTENT=EXTENT,
                                                       OUTPUT=out(t)), ("ok", "empty")),
    ("empty layer", "ruimte:gridcapacity", lambda d, t: dict(AREAS=d["empty_poly"],
                                                             EXTENT=EXTENT, OUTPUT=out(t)),
     ("ok", "no cells with data")),
    ("empty layer", "ruimte:nitrogen", lambda d, t: dict(HABITATS=d["empty_poly"],
                                                         EXTENT=EXTENT, EMISSION_NOX=1000,
                                                         OUTPUT=out(t)), ("ok", "")),
    ("empty layer", "ruimte:landscape", lambda d, t: dict(PROTECTED=[d["empty_poly"]],
                                                          EXTENT=EXTENT, OUTPUT=out(t)),
     ("ok", "")),
    ("empty layer", "ruimte:accessibility", lambda d, t: dict(MOTORWAYS=d["empty_point"],
                                                              EXTENT=EXTENT, OUTPUT=out(t)),
     ("error", "MOTORWAYS")),
    ("empty layer", "ruimte:scoresites", lambda d, t: dict(SITES=d["empty_poly"],
                                                           CRITERIA=[d["score_a"]],
                                                           OUTPUT="memory:"), ("error", "SITES")),
    ("empty layer", "ruimte:parkfit", lambda d, t: dict(PARKS=d["empty_poly"], OUTPUT="memory:"),
     ("error", "PARKS")),
    ("empty layer", "ruimte:sensitivity", lambda d, t: dict(SITES=d["empty_poly"],
                                                            OUTPUT="memory:"),
     ("error", "SITES")),
    # an empty layer is no evidence: the essential criteria are missing, the first is named
    ("empty layer", "ruimte:profilesuitability",
     lambda d, t: dict(PROFILE="mkb_park", PROTECTED=[d["empty_poly"]], EXTENT=EXTENT,
                       OUTPUT=out(t)), ("error", "RAMPS")),
    # invalid geometries (self-intersecting, null): repaired, skipped
    ("empty layer", "ruimte:allocate", lambda d, t: dict(
        PROGRAMME_TABLE=["xxl_logistics", "10", "1", ""], SITES=d["empty_poly"],
        SUITABILITY=[d["score_a"]], OUTPUT="memory:", BALANCE="memory:"), ("error", "SITES")),
    ("invalid geometries", "ruimte:combine", lambda d, t: dict(CRITERIA=[d["score_a"]],
                                                               CONSTRAINTS=[d["invalid"]],
                                                               OUTPUT=out(t)), ("ok", "")),
    ("invalid geometries", "ruimte:zoning", lambda d, t: dict(SENSITIVE=d["invalid"],
                                                              EXTENT=EXTENT, OUTPUT=out(t)),
     ("ok", "")),
    ("invalid geometries", "ruimte:gridcapacity", lambda d, t: dict(AREAS=d["invalid"],
                                                                    EXTENT=EXTENT,
                                                                    OUTPUT=out(t)), ("ok", "")),
    ("invalid geometries", "ruimte:scoresites", lambda d, t: dict(SITES=d["invalid"],
                                                                  CRITERIA=[d["score_a"]],
                                                                  OUTPUT="memory:"), ("ok", "")),
    ("invalid geometries", "ruimte:landscape", lambda d, t: dict(VALUED=[d["invalid"]],
                                                                 EXTENT=EXTENT, OUTPUT=out(t)),
     ("ok", "")),
    # CRS
    ("geographic target CRS", "ruimte:zoning",
     lambda d, t: dict(SENSITIVE=d["houses"], TARGET_CRS="EPSG:4326", OUTPUT=out(t)),
     ("error", "TARGET_CRS")),
    ("geographic target CRS", "ruimte:combine",
     lambda d, t: dict(CRITERIA=[d["score_a"]], TARGET_CRS="EPSG:4326", RESAMPLING="nearest",
                       OUTPUT=out(t)), ("error", "TARGET_CRS")),
    ("geographic target CRS", "ruimte:profilesuitability",
     lambda d, t: dict(PROFILE="mkb_park", PROTECTED=[d["polys"]], TARGET_CRS="EPSG:4326",
                       ACCEPT_MISSING=True, OUTPUT=out(t)), ("error", "TARGET_CRS")),
    ("layer without CRS", "ruimte:zoning",
     lambda d, t: dict(SENSITIVE=d["nocrs"], EXTENT=EXTENT, OUTPUT=out(t)),
     ("error", "SENSITIVE")),
    ("layer without CRS", "ruimte:landscape",
     lambda d, t: dict(PROTECTED=[d["nocrs"]], EXTENT=EXTENT, OUTPUT=out(t)),
     ("error", "PROTECTED")),
    ("layer without CRS", "ruimte:locatesites",
     lambda d, t: dict(SUITABILITY=d["score_a"], MIN_AREA_HA=1, EXISTING=[d["nocrs"]],
                       OUTPUT="memory:"), ("error", "EXISTING")),
    ("raster without CRS", "ruimte:combine",
     lambda d, t: dict(CRITERIA=[d["nocrs_raster"]], OUTPUT=out(t)), ("error", "CRITERIA")),
    # not overlapping
    ("raster outside the extent", "ruimte:combine",
     lambda d, t: dict(CRITERIA=[d["far_raster"]], EXTENT=EXTENT, RESAMPLING="nearest",
                       OUTPUT=out(t)), ("error", "CRITERIA")),
    ("layer outside the extent", "ruimte:gridcapacity",
     lambda d, t: dict(AREAS=d["far"], EXTENT=EXTENT, OUTPUT=out(t)),
     ("ok", "no cells with data")),
    ("layer outside the extent", "ruimte:zoning",
     lambda d, t: dict(SENSITIVE=d["far"], EXTENT=EXTENT, OUTPUT=out(t)), ("ok", "")),
    ("sites outside the rasters", "ruimte:scoresites",
     lambda d, t: dict(SITES=d["far"], CRITERIA=[d["score_a"]], OUTPUT="memory:"), ("ok", "")),
    # NoData
    ("raster full of NoData", "ruimte:standardize",
     lambda d, t: dict(INPUT=d["nodata"], FUNCTION="linear", A=0, B=1, OUTPUT=out(t)),
     ("ok", "no cells with data")),
    ("raster full of NoData", "ruimte:combine",
     lambda d, t: dict(CRITERIA=[d["nodata"], d["score_a"]], OUTPUT=out(t)),
     ("ok", "no cells with data")),
    ("raster full of NoData", "ruimte:locatesites",
     lambda d, t: dict(SUITABILITY=d["nodata"], MIN_AREA_HA=1, OUTPUT="memory:"), ("ok", "")),
    ("raster full of NoData", "ruimte:comparescenarios",
     lambda d, t: dict(SUITABILITY_A=d["nodata"], SUITABILITY_B=d["score_a"], OUTPUT=out(t)),
     ("ok", "no cells with data")),
    # other grid
    ("raster on another grid", "ruimte:combine",
     lambda d, t: dict(CRITERIA=[d["score_a"], d["shifted"]], OUTPUT=out(t)),
     ("error", "CRITERIA")),
    ("raster on another grid", "ruimte:comparescenarios",
     lambda d, t: dict(SUITABILITY_A=d["score_a"], SUITABILITY_B=d["shifted"], OUTPUT=out(t)),
     ("error", "SUITABILITY_B")),
    ("raster on another grid", "ruimte:scoresites",
     lambda d, t: dict(SITES=d["sites"], CRITERIA=[d["score_a"], d["shifted"]],
                       OUTPUT="memory:"), ("error", "CRITERIA")),
    ("raster on another grid", "ruimte:sensitivity",
     lambda d, t: dict(SITES=d["sites"], CRITERIA=[d["score_a"], d["shifted"]],
                       OUTPUT="memory:"), ("error", "CRITERIA")),
    # pixel size
    ("pixel size 0", "ruimte:zoning",
     lambda d, t: dict(SENSITIVE=d["houses"], EXTENT=EXTENT, PIXEL_SIZE=0, OUTPUT=out(t)),
     ("error", "PIXEL_SIZE")),
    ("pixel size 0", "ruimte:nitrogen",
     lambda d, t: dict(HABITATS=d["polys"], EXTENT=EXTENT, PIXEL_SIZE=0, OUTPUT=out(t)),
     ("error", "PIXEL_SIZE")),
    ("negative pixel size", "ruimte:accessibility",
     lambda d, t: dict(MOTORWAYS=d["line"], EXTENT=EXTENT, PIXEL_SIZE=-25, OUTPUT=out(t)),
     ("error", "PIXEL_SIZE")),
    # an extent far too large for the machine: refused with an estimate, before any work
    ("extent too large", "ruimte:zoning",            # the distance's temporary disk space
     lambda d, t: dict(SENSITIVE=d["houses"], EXTENT="0,10000000,0,10000000 [EPSG:28992]",
                       PIXEL_SIZE=1, OUTPUT=out(t)), ("error", "PIXEL_SIZE")),
    ("extent too large", "ruimte:accessibility",
     lambda d, t: dict(MOTORWAYS=d["line"], EXTENT="0,10000000,0,10000000 [EPSG:28992]",
                       PIXEL_SIZE=1, MAX_DISTANCE=1e6, IDEAL_DISTANCE=1, OUTPUT=out(t)),
     ("error", "PIXEL_SIZE")),
    # fields
    ("non-numeric field", "ruimte:nitrogen",
     lambda d, t: dict(HABITATS=d["polys"], KDW_FIELD="kdw", EXTENT=EXTENT, OUTPUT=out(t)),
     ("error", "KDW_FIELD")),
    ("non-numeric field", "ruimte:parkfit",
     lambda d, t: dict(PARKS=d["polys"], AREA_FIELD="opp", OUTPUT="memory:"),
     ("error", "AREA_FIELD")),
    ("non-numeric field", "ruimte:sensitivity",
     lambda d, t: dict(SITES=d["sites"], CRITERIA_FIELDS="txt", OUTPUT="memory:"),
     ("error", "CRITERIA_FIELDS")),
    # matrices and weights
    ("non-numeric field", "ruimte:allocate", lambda d, t: dict(
        PROGRAMME_TABLE=["xxl_logistics", "ten", "1", ""], SITES=d["sites"],
        SUITABILITY=[d["score_a"]], OUTPUT="memory:", BALANCE="memory:"),
     ("error", "PROGRAMME_TABLE")),
    ("AHP matrix not reciprocal", "ruimte:ahpweights",
     lambda d, t: dict(MATRIX="1,3;1/2,1"), ("error", "MATRIX")),
    ("AHP matrix with zeros", "ruimte:ahpweights", lambda d, t: dict(MATRIX="1,0;0,1"),
     ("error", "MATRIX")),
    ("AHP matrix of the wrong size", "ruimte:ahpweights",
     lambda d, t: dict(MATRIX="1,3,5;1/3,1"), ("error", "MATRIX")),
    ("stakeholder matrices of different sizes", "ruimte:ahpweights",
     lambda d, t: dict(MATRIX="1,3;1/3,1 | 1,3,5;1/3,1,3;1/5,1/3,1"), ("error", "MATRIX")),
    ("non-numeric field", "ruimte:ahpweights",
     lambda d, t: dict(MATRIX="1,3;1/3,1 | 1,2;1/2,1", STAKEHOLDER_WEIGHTS="twee,1"),
     ("error", "STAKEHOLDER_WEIGHTS")),
    ("weights do not match the criteria", "ruimte:combine",
     lambda d, t: dict(CRITERIA=[d["score_a"], d["score_b"]], WEIGHTS="1,2,3", OUTPUT=out(t)),
     ("error", "WEIGHTS")),
    ("weights do not match the criteria", "ruimte:scoresites",
     lambda d, t: dict(SITES=d["sites"], CRITERIA=[d["score_a"]], WEIGHTS="0.5,0.5",
                       OUTPUT="memory:"), ("error", "WEIGHTS")),
    ("weights do not match the criteria", "ruimte:sensitivity",
     lambda d, t: dict(SITES=d["sites"], WEIGHTS="0.5,0.5", OUTPUT="memory:"),
     ("error", "WEIGHTS")),
    ("weights do not match the criteria", "ruimte:comparescenarios",
     lambda d, t: dict(CRITERIA=[d["score_a"], d["score_b"]], WEIGHTS_A="1",
                       WEIGHTS_B="1,1", OUTPUT=out(t)), ("error", "WEIGHTS_A")),
    ("unknown status values", "ruimte:gridcapacity",
     lambda d, t: dict(AREAS=d["badstatus"], EXTENT=EXTENT, OUTPUT=out(t)),
     ("error", "STATUS_FIELD")),
    # output folders
    ("output folder missing", "ruimte:standardize",
     lambda d, t: dict(INPUT=d["value"], FUNCTION="linear", A=0, B=1,
                       OUTPUT=str(t / "nope" / "x.tif")), ("error", "OUTPUT")),
    ("output folder missing", "ruimte:profilesuitability",
     lambda d, t: dict(PROFILE="mkb_park", PROTECTED=[d["polys"]], EXTENT=EXTENT,
                       ACCEPT_MISSING=True, OUTPUT=str(t / "nope" / "x.tif")),
     ("error", "OUTPUT")),
    ("output folder missing", "ruimte:report",
     lambda d, t: dict(SUITABILITY=d["score_a"], OUTPUT=str(t / "nope" / "r.html")),
     ("error", "OUTPUT")),
] + fault_cases(EXTENT)


@pytest.mark.parametrize("case, alg, params, expected", CASES,
                         ids=[f"{c[1].split(':')[1]}-{c[0]}" for c in CASES])
def test_catalogue(provider, data, tmp_path, case, alg, params, expected):
    params = params(data, tmp_path)
    before = {p: p.read_bytes() for p in tmp_path.rglob("*") if p.is_file()}
    kind, message = outcome(alg, params)
    OUTCOMES.append((case, alg, kind, message))
    if expected[0] == "error":
        assert kind == "error", message
        # our messages say "Label (NAME): ..."; QGIS's own range checks "... for NAME"
        assert f"({expected[1]})" in message or f"for {expected[1]}" in message, message
        assert "Traceback" not in message
    else:
        assert kind == "ok", message
        assert expected[1] in message
    leftovers = [p.name for p in tmp_path.rglob("*") if p.name.startswith(".ruimte-")]
    assert leftovers == []
    if kind == "error":
        assert not [p for p in tmp_path.rglob("*") if p.suffix in (".tif", ".html", ".gpkg")
                    and p not in before]
    assert {p: p.read_bytes() if p.exists() else None for p in before} == before  # kept as it was


# ------------------------------------------------------------------ through qgis_process
BATCH = [
    ("ruimte:standardize", lambda d, t: [f"INPUT={d['value']}", "FUNCTION=linear",
                                         f"OUTPUT={t / 'nope' / 'x.tif'}"], "A"),
    ("ruimte:ahpweights", lambda d, t: ["MATRIX=1,0;0,1"], "MATRIX"),
    ("ruimte:combine", lambda d, t: [f"CRITERIA={d['score_a']}", f"CRITERIA={d['shifted']}",
                                     f"OUTPUT={t / 'x.tif'}"], "CRITERIA"),
    ("ruimte:nitrogen", lambda d, t: [f"HABITATS={d['polys']}", "KDW_FIELD=kdw",
                                      f"OUTPUT={t / 'x.tif'}"], "KDW_FIELD"),
    ("ruimte:gridcapacity", lambda d, t: [f"AREAS={d['badstatus']}",
                                          f"OUTPUT={t / 'x.tif'}"], "STATUS_FIELD"),
    ("ruimte:zoning", lambda d, t: [f"SENSITIVE={d['nocrs']}", f"OUTPUT={t / 'x.tif'}"],
     "SENSITIVE"),
    ("ruimte:landscape", lambda d, t: [f"OUTPUT={t / 'x.tif'}"], "VALUED"),
    ("ruimte:accessibility", lambda d, t: [f"MOTORWAYS={d['empty_point']}",
                                           f"OUTPUT={t / 'x.tif'}"], "MOTORWAYS"),
    ("ruimte:profilesuitability", lambda d, t: ["PROFILE=mkb_park", "TARGET_CRS=EPSG:4326",
                                                f"PROTECTED={d['polys']}", "ACCEPT_MISSING=true",
                                                f"OUTPUT={t / 'x.tif'}"], "TARGET_CRS"),
    ("ruimte:scoresites", lambda d, t: [f"SITES={d['empty_poly']}", f"CRITERIA={d['score_a']}",
                                        f"OUTPUT={t / 'x.gpkg'}"], "SITES"),
    ("ruimte:locatesites", lambda d, t: [f"SUITABILITY={d['score_a']}", "MIN_AREA_HA=0",
                                         f"OUTPUT={t / 'x.gpkg'}"], "MIN_AREA_HA"),
    ("ruimte:parkfit", lambda d, t: [f"PARKS={d['polys']}", "AREA_FIELD=opp",
                                     f"OUTPUT={t / 'x.gpkg'}"], "AREA_FIELD"),
    ("ruimte:sensitivity", lambda d, t: [f"SITES={d['sites']}", "WEIGHTS=1,2",
                                         f"OUTPUT={t / 'x.gpkg'}"], "WEIGHTS"),
    ("ruimte:comparescenarios", lambda d, t: [f"SUITABILITY_A={d['score_a']}",
                                              f"SUITABILITY_B={d['shifted']}",
                                              f"OUTPUT={t / 'x.tif'}"], "SUITABILITY_B"),
    ("ruimte:report", lambda d, t: [f"SUITABILITY={d['score_a']}",
                                    f"OUTPUT={t / 'nope' / 'r.html'}"], "OUTPUT"),
    ("ruimte:allocate", lambda d, t: ["PROGRAMME_TABLE=steelworks,10,1,", f"SITES={d['sites']}",
                                      f"SUITABILITY={d['score_a']}", f"OUTPUT={t / 'a.gpkg'}",
                                      f"BALANCE={t / 'b.csv'}"], "PROGRAMME_TABLE"),
]


@pytest.mark.parametrize("alg, args, param", BATCH, ids=[b[0] for b in BATCH])
def test_qgis_process_gives_a_message_not_a_traceback(qgis_process, data, tmp_path, alg,
                                                      args, param):
    result = qgis_process("run", alg, "--", *args(data, tmp_path))
    said = [line for line in result.stderr.splitlines() if f"({param})" in line]
    OUTCOMES.append((f"qgis_process, bad {param}", alg,
                     f"exit {result.returncode}, no traceback", said[0] if said else ""))
    assert result.returncode != 0
    assert "Traceback" not in result.stderr and "Traceback" not in result.stdout
    assert f"({param})" in result.stderr, result.stderr
    assert not [p for p in tmp_path.rglob("*") if p.is_file()]


# ------------------------------------------------------------------ cancellation
class CancelAt(QgsProcessingFeedback):
    """Cancels the run once the progress reaches ``percent``."""

    def __init__(self, percent):
        super().__init__()
        self.progressChanged.connect(lambda value: value >= percent and self.cancel())


CANCELLABLE = [
    ("ruimte:standardize", lambda d, t: dict(INPUT=d["big_value"], FUNCTION="large",
                                             MIDPOINT=1000, SPREAD=5, OUTPUT=out(t))),
    ("ruimte:combine", lambda d, t: dict(CRITERIA=[d["big_value"], d["big_value"]],
                                         OUTPUT=out(t))),
    ("ruimte:zoning", lambda d, t: dict(SENSITIVE=d["houses"], PIXEL_SIZE=5,
                                        EXTENT=f"{X0},{X0 + 12000},{Y1 - 12000},{Y1} "
                                               "[EPSG:28992]", OUTPUT=out(t),
                                        DISTANCE=out(t, "d.tif"))),
    ("ruimte:profilesuitability", lambda d, t: dict(
        PROFILE="mkb_park", PROTECTED=[d["polys"]], MOTORWAYS=d["line"], PIXEL_SIZE=10,
        ACCEPT_MISSING=True,
        EXTENT=f"{X0},{X0 + 8000},{Y1 - 8000},{Y1} [EPSG:28992]", OUTPUT=out(t))),
]


@pytest.fixture(scope="module")
def big(data, tmp_path_factory):
    d = tmp_path_factory.mktemp("big")
    values = np.random.default_rng(0).random((3000, 3000), dtype=np.float32) * 2000
    return dict(data, big_value=write_raster(d / "big.tif", values))


@pytest.mark.parametrize("percent", [10, 50, 90])
@pytest.mark.parametrize("alg, params", CANCELLABLE, ids=[c[0] for c in CANCELLABLE])
def test_cancelled_runs_leave_nothing(provider, big, tmp_path, alg, params, percent):
    with pytest.raises(QgsProcessingException, match="Cancelled"):
        processing.run(alg, params(big, tmp_path), feedback=CancelAt(percent))
    left = [p.name for p in tmp_path.rglob("*")]
    OUTCOMES.append((f"cancelled at {percent} %", alg, "cancelled",
                     f"files left: {len(left)}"))
    assert left == []


def test_cancelled_run_adds_no_layer(provider, big, qgis_new_project, tmp_path):
    from qgis.core import QgsProject
    with pytest.raises(QgsProcessingException):
        processing.runAndLoadResults("ruimte:standardize", dict(
            INPUT=big["big_value"], FUNCTION="linear", A=0, B=1000, OUTPUT=out(tmp_path)),
            feedback=CancelAt(50))
    assert QgsProject.instance().mapLayers() == {}


# ------------------------------------------------------------------ full and read-only disks
@pytest.fixture
def small_disk(tmp_path):
    """A 256 kB tmpfs (needs root and mount; skipped where that is not allowed)."""
    import subprocess
    mount = tmp_path / "small"
    mount.mkdir()
    if subprocess.run(["mount", "-t", "tmpfs", "-o", "size=256k", "tmpfs", str(mount)],
                      capture_output=True).returncode != 0:
        pytest.skip("cannot mount a tmpfs here")
    yield mount
    subprocess.run(["umount", str(mount)], capture_output=True)


def test_full_disk_is_refused_before_writing(provider, data, big, small_disk):
    kind, message = outcome("ruimte:standardize", dict(
        INPUT=big["big_value"], FUNCTION="linear", A=0, B=1, OUTPUT=str(small_disk / "x.tif")))
    OUTCOMES.append(("full disk (256 kB tmpfs)", "ruimte:standardize", kind, message))
    assert kind == "error" and "(OUTPUT)" in message and "on disk" in message
    assert list(small_disk.iterdir()) == []


def test_disk_that_fills_up_during_the_write(provider, data, small_disk):
    # 3000 x 3000 random values compress badly: the estimate (4 bytes a cell) is 36 MB, so the
    # check refuses; a raster just under 256 kB uncompressed passes the check and fits
    kind, message = outcome("ruimte:standardize", dict(
        INPUT=data["value"], FUNCTION="linear", A=0, B=1, OUTPUT=str(small_disk / "ok.tif")))
    assert kind == "ok", message
    assert [p.name for p in small_disk.iterdir()] == ["ok.tif"]


def test_read_only_folder(provider, data, small_disk):
    import subprocess
    if subprocess.run(["mount", "-o", "remount,ro", str(small_disk)],
                      capture_output=True).returncode != 0:
        pytest.skip("cannot remount read-only here")
    kind, message = outcome("ruimte:standardize", dict(
        INPUT=data["value"], FUNCTION="linear", A=0, B=1, OUTPUT=str(small_disk / "x.tif")))
    OUTCOMES.append(("read-only output folder", "ruimte:standardize", kind, message))
    assert kind == "error" and "(OUTPUT)" in message and "not writable" in message


def test_write_the_table():
    """Runs last in this module: the input x algorithm -> outcome table for the note."""
    lines = ["| input tried | algorithm | outcome |", "|---|---|---|"]
    for case, alg, kind, message in OUTCOMES:
        text = re.sub(r"/\S*pytest-\d+/\S*", "<tmp>", message).replace("|", "/")
        lines.append(f"| {case} | {alg} | {kind}{': ' + text if text else ''} |")
    REPORT.write_text("\n".join(lines) + "\n", encoding="utf-8")
    assert OUTCOMES
