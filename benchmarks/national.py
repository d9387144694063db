"""National-scale benchmark: Ruimte against the QGIS/GDAL chain a user would otherwise build.

One command (from the repository root):

    .venv/bin/python benchmarks/national.py              # 12,000 x 14,000 cells at 25 m
    .venv/bin/python benchmarks/national.py --small      # 1,200 x 1,400 cells: a smoke run
    .venv/bin/python benchmarks/national.py --pixel 10   # the same area at 10 m (30k x 35k)

Options: --stages combine,owa,... (default all), --repeat N (default 1; the median wall time is
reported), --seed S (default 42), --data DIR (default /tmp/ruimte-national-<cells>; generated
once, reused when complete), --results DIR (default benchmarks/results), --keep (keep outputs),
--profile DIR (run the Ruimte side under cProfile; DIR/<run>.prof and a .txt summary),
--idle-wait S (before each run wait up to S s, default 60, for other processes to go quiet:
the machine may be shared; runs disturbed anyway are flagged in the details).

Data (benchmarks/synthetic.py): a seeded synthetic Netherlands in EPSG:28992, the RD box
x 0-300 km, y 300-650 km: six smooth value rasters c1..c6 plus c7 (float32, tiled 512,
uncompressed), and in one GeoPackage 2,000 motorway ramps, 1,000,000 clustered houses, Natura
2000-like polygons over ~15 % of the area (KDW, background), capacity-map areas (afname/opwek
groen..rood) over the whole box, 60 HV substations, 5,000 candidate sites (1-50 ha) and 1,000
sites with five criterion fields.

Every measurement is one fresh process (benchmarks/runner.py: headless QGIS, Processing, the
Ruimte provider; the same start-up for both sides) under /usr/bin/time: wall time and peak RSS
(%M: the largest single process; GDAL algorithms run as child processes, so the tree peak is
also sampled and given in the details). The page cache is warmed with the stage's inputs first.

Stages (Ruimte | baseline):
  combine      ruimte:combine with the six raw rasters, STANDARDIZE (linear, per criterion),
               WEIGHTS, METHOD=wlc, Natura polygons as constraint (six ruimte:standardize first
               if combine has no STANDARDIZE yet)  |  six native:fuzzifyrasterlinearmembership
               + gdal:rasterize of the Natura polygons + one qgis:rastercalculator
               (weighted sum x mask); the outputs are compared cell by cell.
  owa          the same with METHOD=owa  |  QGIS has no OWA: the OWA/WLC time ratio is reported.
  distance     ruimte:accessibility (RAMPS, straight, its DISTANCE output) and ruimte:zoning
               (1 M houses, its DISTANCE output)  |  gdal:rasterize + gdal:proximity
               (georeferenced, Float32) for each; distances compared, both capped at Ruimte's
               maximum distance (10 km, 5 km).
  nitrogen     ruimte:nitrogen with KDW/background, once with and once without its LOAD
               output (LOAD's cost = the difference)  |  none (no QGIS equivalent);
               absolute figures against the target.
  sites        ruimte:scoresites, CRITERIA = c1..c7, 5,000 sites  |  seven
               native:zonalstatisticsfb (mean) in one process; means compared per site.
  profile      ruimte:profilesuitability xxl_logistics, whole grid  |  the QGIS chain for the
               same criteria (see PROFILE_BASELINE below); compared loosely (approximate).
  sensitivity  ruimte:sensitivity, Monte Carlo RUNS=10000 over 1,000 sites with 5 fields  |  none.
  write        gdal_translate of one float32 layer with Ruimte's creation options for kept
               outputs (read from core/rasterio_io.py) against the others of DEFLATE level 1,
               ZSTD level 1 (both PREDICTOR=3, NUM_THREADS=ALL_CPUS) and uncompressed; times
               and sizes.
A start-up row (QGIS + Processing + provider, no algorithm) is measured as the reference.

Cost (2 cores): data generation 70 s at 25 m (4.8 GB), 7 min at 10 m (28 GB); the stages about
5 min at 25 m with --repeat 1 (10 min with --repeat 3) and 25 min at 10 m. At 10 m the QGIS
chains write uncompressed intermediates: keep ~65 GB free. The machine may be shared: each run
waits up to --idle-wait seconds for other processes to go quiet first.

Results: a markdown table (stage | Ruimte wall | Ruimte RSS | baseline wall | baseline RSS |
ratio baseline/Ruimte | target | met?) with the agreement checks and per-step details, printed and
written to benchmarks/results/<timestamp>-<cells>.md. Exit code 0 when every stage ran and every
agreement check passed (targets do not affect the exit code).
"""

import argparse
import datetime
import json
import math
import os
import platform
import shutil
import statistics
import subprocess
import sys
import threading
import time
from pathlib import Path

import numpy as np

BENCH = Path(__file__).resolve().parent
ROOT = BENCH.parent
sys.path.insert(0, str(BENCH))
sys.path.insert(0, str(ROOT))

import synthetic  # noqa: E402

RUNNER = BENCH / "runner.py"
FLOOR = BENCH / "floor.py"
STAGES = ("combine", "owa", "distance", "nitrogen", "sites", "profile", "sensitivity", "write")
PAGE = os.sysconf("SC_PAGE_SIZE")

#: criterion -> (direction, A, B, C, D): linear standardisation of c1..c6
CRITERIA = {
    "c1": ("decreasing", None, None, 2000.0, 12000.0),
    "c2": ("increasing", 200.0, 900.0, None, None),
    "c3": ("decreasing", None, None, 500.0, 6000.0),
    "c4": ("increasing", 30.0, 80.0, None, None),
    "c5": ("increasing", 0.0, 1.0, None, None),
    "c6": ("decreasing", None, None, 3000.0, 15000.0),
}
WEIGHTS = (0.25, 0.2, 0.2, 0.15, 0.1, 0.1)
ORDER_WEIGHTS = (0.3, 0.25, 0.2, 0.1, 0.1, 0.05)
SENS_WEIGHTS = (0.3, 0.25, 0.2, 0.15, 0.1)
PROFILE = "xxl_logistics"
#: the last revision whose profilesuitability ran its criteria as child algorithms writing rasters
#: that ruimte:combine read back: the agreement check's reference ("today's outputs", issue 19)
REFERENCE = "5cba626"
PROFILE_BASELINE = (
    "gdal:rasterize + gdal:proximity for ramps, houses and the Natura polygons; "
    "native:fuzzifyrasterlinearmembership of the ramp distance (1 within 3 km, 0 at 10 km = "
    "Ruimte's road score), of the house distance (0 at 200 m, 1 at 400 m = VNG 4.1 rustige "
    "woonwijk, score multiple 2) and of the Natura distance (a linear stand-in for Ruimte's "
    "log-scaled deposition score: 0 where the profile's kernel gives >= 200 x threshold, 1 at the "
    "25 km cutoff); native:fieldcalculator afname -> 1/0.7/0.3/0 (Ruimte's default status "
    "scores) + gdal:rasterize of that field; gdal:rasterize of the Natura polygons as the "
    "protected mask (landscape score = 1 outside, 0 inside; no valued landscape given); one "
    "qgis:rastercalculator: the profile's AHP weights x the five scores, x 0 on Natura, inside "
    "200 m of a house and on grid status rood. Substations are left out on both sides: the "
    "profile needs 5 MVA, below the 10 MVA from which Ruimte uses them.")


# ------------------------------------------------------------------ measuring
class TreeSampler(threading.Thread):
    """Peak of the summed RSS of a process and all its descendants, sampled every 0.1 s."""

    def __init__(self, pid):
        super().__init__(daemon=True)
        self.pid, self.peak, self.stop = pid, 0, threading.Event()

    def _tree(self, pid):
        pids, stack = [], [pid]
        while stack:
            p = stack.pop()
            pids.append(p)
            try:
                for task in os.listdir(f"/proc/{p}/task"):
                    with open(f"/proc/{p}/task/{task}/children") as fh:
                        stack.extend(int(c) for c in fh.read().split())
            except OSError:
                pass
        return pids

    def run(self):
        while not self.stop.is_set():
            total = 0
            for p in self._tree(self.pid)[1:]:         # not /usr/bin/time itself
                try:
                    with open(f"/proc/{p}/statm") as fh:
                        total += int(fh.read().split()[1]) * PAGE
                except OSError:
                    pass
            self.peak = max(self.peak, total)
            self.stop.wait(0.1)


def warm(paths):
    """Read files once so that they sit in the page cache (warm-cache measurements)."""
    for path in paths:
        path = str(path).split("|", 1)[0]
        if os.path.isfile(path):
            with open(path, "rb", buffering=0) as fh:
                while fh.read(16 << 20):
                    pass


class StageError(RuntimeError):
    pass


def busy_seconds():
    """CPU seconds the whole machine has been busy (all cores), from /proc/stat; 0 where there
    is no /proc (a chroot): the load is then not measured."""
    try:
        with open("/proc/stat") as fh:
            v = [int(x) for x in fh.readline().split()[1:9]]
    except OSError:
        return 0.0
    return (v[0] + v[1] + v[2] + v[5] + v[6] + v[7]) / os.sysconf("SC_CLK_TCK")


TIMED_CPU = [0.0]            # user + system CPU s of the last timed command
IDLE_WAIT = [60.0]          # seconds to wait for a quiet machine before each run (--idle-wait)


def wait_idle(limit=None, threshold=0.15):
    """Wait (up to ``limit`` s) until other processes use less than ``threshold`` of a core
    over one second: other jobs on a shared 2-core machine distort the timings. Returns the
    seconds waited (None when the machine never became quiet)."""
    limit = IDLE_WAIT[0] if limit is None else limit
    if limit <= 0:
        return 0.0
    started = time.perf_counter()
    while True:
        b0 = busy_seconds()
        time.sleep(1.0)
        if busy_seconds() - b0 < threshold:
            return time.perf_counter() - started
        if time.perf_counter() - started > limit:
            return None


def timed(cmd, log_path, env=None):
    """Run ``cmd`` under /usr/bin/time; (wall s, peak RSS MB of the largest process, tree peak
    MB, return code, CPU s of other processes meanwhile)."""
    tfile = str(log_path) + ".time"
    busy0 = busy_seconds()
    with open(log_path, "w") as log:
        proc = subprocess.Popen(["/usr/bin/time", "-f", "%e %M %U %S", "-o", tfile] + list(cmd),
                                stdout=log, stderr=subprocess.STDOUT, env=env,
                                start_new_session=True)
        sampler = TreeSampler(proc.pid)
        sampler.start()
        try:
            proc.wait()
        except BaseException:                      # interrupted: stop the whole run
            os.killpg(proc.pid, 9)
            raise
        sampler.stop.set()
        sampler.join()
    foreign = busy_seconds() - busy0
    last = open(tfile).read().split("\n")
    wall, rss_kb, user, system = [x for x in last if x.strip() and x[0].isdigit()][-1].split()
    cpu = float(user) + float(system)
    TIMED_CPU[0] = cpu
    return float(wall), int(rss_kb) / 1024, sampler.peak / 2 ** 20, proc.returncode, \
        max(foreign - cpu, 0.0)


def measure(name, steps, work, inputs, repeat, outputs=(), profile=None):
    """Run a chain of algorithms ``repeat`` times, each in a fresh runner process (under
    cProfile, writing ``profile``, when given)."""
    spec = work / f"{name}.spec.json"
    spec.write_text(json.dumps({"steps": steps}, indent=1))
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", RUIMTE_BENCH_TMP=str(work))
    walls, rss, tree, other, states, cpus, result = [], [], [], [], [], [], None
    for _ in range(repeat):
        wait_idle()
        states.append(checkout_state(short=True))
        for out in outputs:
            for leftover in (out, out + ".aux.xml"):
                if os.path.exists(leftover):
                    os.remove(leftover)
        warm(inputs)
        res_path = work / f"{name}.result.json"
        res_path.unlink(missing_ok=True)
        wrap = ["-m", "cProfile", "-o", str(profile)] if profile else []
        wall, peak, tree_peak, code, foreign = timed(
            [sys.executable] + wrap + [str(RUNNER), str(spec), str(res_path)],
            work / f"{name}.log", env)
        result = json.loads(res_path.read_text()) if res_path.exists() else {"ok": False}
        if code != 0 or not result.get("ok"):
            tail = (work / f"{name}.log").read_text()[-3000:]
            raise StageError(f"{name} failed (exit {code}): {result.get('error')}\n{tail}")
        walls.append(wall)
        rss.append(peak)
        tree.append(tree_peak)
        other.append(foreign)
        cpus.append(TIMED_CPU[0])
    return {"wall": statistics.median(walls), "walls": walls, "rss": max(rss),
            "tree": max(tree), "other_cpu": other, "states": states, "cpu": cpus,
            "result": result}


def measure_cmd(name, cmd, work, inputs, repeat, env=None):
    walls, rss = [], []
    for _ in range(repeat):
        wait_idle()
        warm(inputs)
        wall, peak, _, code, _ = timed(cmd, work / f"{name}.log", env)
        if code != 0:
            raise StageError(f"{name} failed: {(work / f'{name}.log').read_text()[-2000:]}")
        walls.append(wall)
        rss.append(peak)
    return {"wall": statistics.median(walls), "walls": walls, "rss": max(rss)}


# ------------------------------------------------------------------ reading outputs
def blocks(*paths, rows=1024):
    """Yield aligned row strips (float64 arrays with NaN for NoData) of the rasters."""
    import rasterio
    from rasterio.windows import Window
    with rasterio.Env(GDAL_CACHEMAX=64 * 2 ** 20):     # bytes, for rasterio
        srcs = [rasterio.open(p) for p in paths]
        try:
            first = srcs[0]
            for s in srcs[1:]:
                if (s.width, s.height) != (first.width, first.height) or \
                        not np.allclose(tuple(s.transform)[:6], tuple(first.transform)[:6]):
                    raise StageError(f"{s.name} is not on the grid of {first.name}")
            for r in range(0, first.height, rows):
                win = Window(0, r, first.width, min(rows, first.height - r))
                out = []
                for s in srcs:
                    a = s.read(1, window=win).astype(np.float64)
                    if s.nodata is not None:
                        a[a == s.nodata] = np.nan
                    out.append(a)
                yield out
        finally:
            for s in srcs:
                s.close()


def compare_rasters(a_path, b_path, transform=None):
    """max |a - b| over cells valid in both, cells valid in only one, cells compared;
    ``transform`` is applied to both first (e.g. a distance cap)."""
    worst, only, n = 0.0, 0, 0
    for a, b in blocks(a_path, b_path):
        if transform is not None:
            a, b = transform(a), transform(b)
        va, vb = ~np.isnan(a), ~np.isnan(b)
        both = va & vb
        only += int((va ^ vb).sum())
        n += int(both.sum())
        if both.any():
            worst = max(worst, float(np.abs(a[both] - b[both]).max()))
    return worst, only, n


def read_fields(gpkg, fields, layer=None):
    from osgeo import ogr
    ds = ogr.Open(str(gpkg))
    lyr = ds.GetLayer(layer) if layer else ds.GetLayer(0)
    out = {}
    for f in lyr:
        out[f["id"]] = [f[name] for name in fields]
    return out


# ------------------------------------------------------------------ the stages
class Bench:
    def __init__(self, args, data):
        self.args, self.d = args, data
        self.pixel = data["pixel"]
        x0, y0, x1, y1 = data["bounds"]
        self.extent = f"{x0},{x1},{y0},{y1} [EPSG:{data['epsg']}]"
        self.work = Path(data["folder"]) / "work"
        if self.work.exists():
            shutil.rmtree(self.work)
        self.work.mkdir(parents=True)
        self.rows, self.checks, self.details, self.notes = [], [], [], []
        self.m = {}                                    # measurements by name
        self.repeat = args.repeat

    # helpers
    def uri(self, layer):
        return f"{self.d['gpkg']}|layername={layer}"

    def out(self, stage, name):
        folder = self.work / stage
        folder.mkdir(exist_ok=True)
        return str(folder / name)

    def run(self, name, steps, inputs, outputs=()):
        started = time.perf_counter()
        print(f"  {name} ...", end="", flush=True)
        prof = None
        if self.args.profile and name.endswith("ruimte"):
            Path(self.args.profile).mkdir(parents=True, exist_ok=True)
            prof = Path(self.args.profile) / (name.replace(" ", "_") + ".prof")
        m = measure(name, steps, self.work, inputs, self.repeat, outputs, prof)
        if prof:
            import io
            import pstats
            text = io.StringIO()
            stats = pstats.Stats(str(prof), stream=text)
            stats.sort_stats("tottime").print_stats(25)
            stats.sort_stats("cumulative").print_stats(40)
            prof.with_suffix(".txt").write_text(text.getvalue())
        print(f" {m['wall']:.2f} s, {m['rss']:.0f} MB"
              f" (total {time.perf_counter() - started:.0f} s)", flush=True)
        self.m[name] = m
        self.details.append((name, m))
        return m

    def grid_params(self):
        return {"EXTENT": self.extent, "PIXEL_SIZE": self.pixel}

    def rasterize(self, layer, out, burn=1, field=None, dtype=0, nodata=255):
        params = {"INPUT": self.uri(layer), "UNITS": 1, "WIDTH": self.pixel,
                  "HEIGHT": self.pixel, "EXTENT": self.extent, "NODATA": nodata, "INIT": 0,
                  "DATA_TYPE": dtype, "OUTPUT": out}
        if field:
            params["FIELD"] = field
        else:
            params["BURN"] = burn
        return {"alg": "gdal:rasterize", "params": params}

    def proximity(self, src, out):
        return {"alg": "gdal:proximity", "params": {
            "INPUT": src, "BAND": 1, "UNITS": 0, "NODATA": -9999, "DATA_TYPE": 5,
            "OUTPUT": out}}

    @staticmethod
    def fuzzify(src, low, high, out):
        return {"alg": "native:fuzzifyrasterlinearmembership", "params": {
            "INPUT": src, "BAND": 1, "FUZZYLOWBOUND": low, "FUZZYHIGHBOUND": high,
            "OUTPUT": out}}

    def calc(self, expression, layers, out):
        return {"alg": "qgis:rastercalculator", "params": {
            "EXPRESSION": expression, "LAYERS": layers, "CELLSIZE": self.pixel,
            "EXTENT": self.extent, "CRS": f"EPSG:{self.d['epsg']}", "OUTPUT": out}}

    def row(self, stage, r=None, b=None, target="", met=None, ratio=None, floor=None):
        if ratio is None and r and b:
            ratio = b["wall"] / r["wall"]
        self.rows.append(dict(stage=stage, r=r, b=b, ratio=ratio, target=target, met=met,
                              floor=floor))

    def floor(self, name, rasters=(), vectors=(), outputs=()):
        """The stage's read + write floor (benchmarks/floor.py, median of --repeat runs, no
        QGIS): seconds to read ``rasters`` and ``vectors`` and to write copies of ``outputs``
        with their own creation options."""
        spec = self.work / f"{name}.floor.json"
        spec.write_text(json.dumps({"rasters": [str(p) for p in rasters],
                                    "vectors": list(vectors),
                                    "outputs": [str(p) for p in outputs]}))
        res = self.work / f"{name}.floor.result.json"
        m = measure_cmd(f"{name} floor", [sys.executable, str(FLOOR), str(spec), str(res)],
                        self.work, list(rasters) + [self.d["gpkg"]], self.repeat)
        inner = json.loads(res.read_text())
        m.update(inner)
        print(f"  floor {name}: {inner['total_s']:.2f} s (read {inner['read_s']:.2f} s, write "
              f"{inner['write_s']:.2f} s; process {m['wall']:.2f} s)", flush=True)
        self.details.append((f"{name} floor", dict(m, walls=m["walls"], states=[], cpu=[],
                                                   other_cpu=[0.0] * len(m["walls"]),
                                                   tree=m["rss"], result={})))
        return inner["total_s"]

    def reference(self, name, steps, outputs):
        """Run ``steps`` once with the plugin of revision --reference (git archive into the
        work folder), the outputs renamed to ref_<name>; returns {output: reference path}, or
        None when there is no such revision here."""
        rev = self.args.reference
        if not rev:
            return None
        plugin = self.work / f"reference-{rev}"
        if not plugin.exists():
            plugin.mkdir()
            try:
                archive = subprocess.run(["git", "-C", str(ROOT), "archive", rev, "__init__.py",
                                          "metadata.txt", "ruimte_plugin", "resources", "i18n"],
                                         capture_output=True)
            except OSError:                              # no git here (e.g. a chroot)
                archive = None
            if archive is None or archive.returncode:
                plugin.rmdir()
                self.notes.append(f"reference {rev}: not in this checkout, no agreement check")
                return None
            subprocess.run(["tar", "-x", "-C", str(plugin)], input=archive.stdout, check=True)
        refs = {o: str(Path(o).with_name("ref_" + Path(o).name)) for o in outputs}
        text = json.dumps({"steps": steps})
        for o, r in refs.items():
            text = text.replace(json.dumps(o)[1:-1], json.dumps(r)[1:-1])
        spec = self.work / f"{name}.reference.json"
        spec.write_text(text)
        res = self.work / f"{name}.reference.result.json"
        print(f"  {name} with the plugin of {rev} (agreement check, not timed) ...", end="",
              flush=True)
        started = time.perf_counter()
        run = subprocess.run([sys.executable, str(RUNNER), str(spec), str(res)],
                             capture_output=True, text=True, env=dict(os.environ, QT_QPA_PLATFORM="offscreen",
                                RUIMTE_BENCH_TMP=str(self.work), RUIMTE_BENCH_PLUGIN=str(plugin)))
        result = json.loads(res.read_text()) if res.exists() else {"ok": False}
        print(f" {time.perf_counter() - started:.1f} s", flush=True)
        if not result.get("ok"):
            raise StageError(f"{name} with the plugin of {rev} failed: {result.get('error')}\n"
                             f"{run.stdout[-1500:]}{run.stderr[-1500:]}")
        return refs

    def check(self, name, value, tolerance, passed, note=""):
        self.checks.append(dict(name=name, value=value, tolerance=tolerance, passed=passed,
                                note=note))
        verdict = "info" if passed is None else ("pass" if passed else "FAIL")
        print(f"  check {name}: {value} ({verdict})")

    @property
    def ten_m(self):
        return self.pixel <= 10

    # -------------------------------------------------------------- start-up
    def stage_startup(self):
        m = self.run("startup", [], [])
        self.row("start-up (QGIS + Processing + provider, no algorithm)", m, None,
                 "reference", None)

    # -------------------------------------------------------------- combine / owa
    def has_standardize(self):
        if not hasattr(self, "_has_std"):
            spec = self.work / "probe.spec.json"
            spec.write_text(json.dumps({"steps": [
                {"probe": {"alg": "ruimte:combine", "param": "STANDARDIZE"}}]}))
            res = self.work / "probe.result.json"
            subprocess.run([sys.executable, str(RUNNER), str(spec), str(res)],
                           capture_output=True, env=dict(os.environ, QT_QPA_PLATFORM="offscreen",
                                                         RUIMTE_BENCH_TMP=str(self.work)))
            self._has_std = bool(json.loads(res.read_text())["steps"][0]["exists"])
        return self._has_std

    @staticmethod
    def spec_entry(direction, a, b, c, d):
        text = lambda v: "" if v is None else f"{v:g}"  # noqa: E731
        if direction == "increasing":
            return f"linear,increasing,{text(a)},{text(b)}"
        return f"linear,decreasing,,,{text(c)},{text(d)}"

    def ruimte_combine_steps(self, method, out):
        rasters = [self.d["rasters"][c] for c in CRITERIA]
        common = {"WEIGHTS": ",".join(f"{w:g}" for w in WEIGHTS), "METHOD": method,
                  "CONSTRAINTS": [self.uri("natura")], "OUTPUT": out}
        if method == "owa":
            common["ORDER_WEIGHTS"] = ",".join(f"{w:g}" for w in ORDER_WEIGHTS)
        if self.has_standardize():
            return [{"alg": "ruimte:combine", "params": dict(
                common, CRITERIA=rasters,
                STANDARDIZE=";".join(self.spec_entry(*CRITERIA[c]) for c in CRITERIA))}], []
        steps, scores = [], []
        for c, path in zip(CRITERIA, rasters):
            direction, a, b, cc, d = CRITERIA[c]
            score = self.out("combine", f"{method}_s_{c}.tif")
            params = {"INPUT": path, "FUNCTION": "linear", "DIRECTION": direction,
                      "OUTPUT": score}
            params.update({k: v for k, v in zip("ABCD", (a, b, cc, d)) if v is not None})
            steps.append({"alg": "ruimte:standardize", "params": params})
            scores.append(score)
        steps.append({"alg": "ruimte:combine", "params": dict(common, CRITERIA=scores)})
        steps.append({"rm": scores})
        return steps, scores

    def combine_label(self):
        return "ruimte:combine STANDARDIZE" if self.has_standardize() else \
            "6 x ruimte:standardize + ruimte:combine (no STANDARDIZE parameter yet)"

    def ruimte_wlc(self):
        if "combine ruimte" not in self.m:
            out = self.out("combine", "ruimte_wlc.tif")
            steps, _ = self.ruimte_combine_steps("wlc", out)
            self.run("combine ruimte", steps, list(self.d["rasters"].values())[:6] +
                     [self.d["gpkg"]], [out])
            self.wlc_out = out
        return self.m["combine ruimte"]

    def stage_combine(self):
        r = self.ruimte_wlc()
        if not self.has_standardize():
            self.notes.append("combine: ruimte:combine has no STANDARDIZE parameter in this "
                              "checkout; the Ruimte chain is six ruimte:standardize + "
                              "ruimte:combine in one process.")
        steps, layers = [], []
        for c, (direction, a, b, cc, d) in CRITERIA.items():
            low, high = (a, b) if direction == "increasing" else (d, cc)
            f = self.out("combine", f"q_{c}.tif")
            steps.append(self.fuzzify(self.d["rasters"][c], low, high, f))
            layers.append(f)
        mask = self.out("combine", "q_natura.tif")
        steps.append(self.rasterize("natura", mask))
        qout = self.out("combine", "qgis_wlc.tif")
        expr = "(" + " + ".join(f'"q_{c}@1" * {w:g}' for c, w in zip(CRITERIA, WEIGHTS)) + \
            ') * ("q_natura@1" = 0)'
        steps.append(self.calc(expr, layers + [mask], qout))
        steps.append({"rm": layers + [mask]})
        b = self.run("combine qgis", steps, list(self.d["rasters"].values())[:6] +
                     [self.d["gpkg"]], [qout])
        ratio = b["wall"] / r["wall"]
        floor = self.floor("combine", rasters=list(self.d["rasters"].values())[:6],
                           vectors=[self.uri("natura")], outputs=[self.wlc_out])
        self.row(f"combine: {self.combine_label()} vs 6 fuzzify + rasterize + raster calculator",
                 r, b, "≥ 15× faster, ≤ 300 MB", ratio >= 15 and r["rss"] <= 300, floor=floor)
        worst, only, n = compare_rasters(self.wlc_out, qout)
        self.check("combine: Ruimte WLC vs QGIS chain, max abs diff", f"{worst:.2e} over {n:,} "
                   f"cells; {only} cells NoData on one side only", "≤ 1e-5, 0 cells",
                   worst <= 1e-5 and only == 0)
        self.cleanup("combine", keep=[self.wlc_out])

    def stage_owa(self):
        wlc = self.ruimte_wlc()
        out = self.out("combine", "ruimte_owa.tif")
        steps, _ = self.ruimte_combine_steps("owa", out)
        r = self.run("owa ruimte", steps, list(self.d["rasters"].values())[:6] +
                     [self.d["gpkg"]], [out])
        ratio = r["wall"] / wlc["wall"]
        floor = self.floor("owa", rasters=list(self.d["rasters"].values())[:6],
                           vectors=[self.uri("natura")], outputs=[out])
        self.row("owa: ruimte:combine METHOD=owa (no QGIS equivalent)", r, None,
                 f"≤ 2× WLC (OWA/WLC = {ratio:.2f}×)", ratio <= 2, ratio=None, floor=floor)
        lo, hi = math.inf, -math.inf
        for (a,) in blocks(out):
            if np.isfinite(a).any():
                lo, hi = min(lo, np.nanmin(a)), max(hi, np.nanmax(a))
        self.check("owa: output within [0, 1]", f"{lo:.4f} .. {hi:.4f}", "0 ≤ v ≤ 1",
                   lo >= 0 and hi <= 1)
        self.cleanup("combine")

    # -------------------------------------------------------------- distance
    def stage_distance(self):
        cap_target = "no slower than gdal:proximity chain, ≤ 300 MB" + \
            (", ≤ 60 s" if self.ten_m else "")

        def met(r, b):
            return r["wall"] <= b["wall"] and r["rss"] <= 300 and \
                (not self.ten_m or r["wall"] <= 60)

        # ramps
        score, dist = self.out("distance", "acc.tif"), self.out("distance", "acc_dist.tif")
        r = self.run("distance ramps ruimte", [{"alg": "ruimte:accessibility", "params": dict(
            self.grid_params(), RAMPS=self.uri("ramps"), OUTPUT=score, DISTANCE=dist)}],
            [self.d["gpkg"]], [score, dist])
        floor = self.floor("distance ramps", vectors=[self.uri("ramps")], outputs=[score, dist])
        burned, prox = self.out("distance", "q_ramps.tif"), self.out("distance", "q_ramps_d.tif")
        fuzzy = self.out("distance", "q_ramps_s.tif")
        # the score: 1 within 3 km, 0 from 10 km (accessibility's default road distances)
        b = self.run("distance ramps qgis", [self.rasterize("ramps", burned),
                                             self.proximity(burned, prox),
                                             self.fuzzify(prox, 10000, 3000, fuzzy)],
                     [self.d["gpkg"]], [burned, prox, fuzzy])
        self.row(f"distance to {self.d['counts']['ramps']:,} ramps: ruimte:accessibility "
                 "(score + DISTANCE) vs "
                 "gdal:rasterize + gdal:proximity + fuzzify (the score)", r, b, cap_target,
                 met(r, b), floor=floor)
        cap = 10000.0                  # Ruimte writes max + 1 cell where all is farther
        worst, only, n = compare_rasters(dist, prox, lambda a: np.minimum(a, cap))
        tol = 0.5 * self.pixel
        self.check("distance ramps: min(Ruimte DISTANCE, 10 km) vs min(gdal:proximity, 10 km), "
                   "max abs diff",
                   f"{worst:.2f} m over {n:,} cells; {only} NoData on one side only",
                   f"≤ {tol:g} m (half a cell: gdal_proximity is approximate)",
                   worst <= tol and only == 0)
        self.cleanup("distance")

        # houses
        score, dist = self.out("distance", "zon.tif"), self.out("distance", "zon_dist.tif")
        r = self.run("distance houses ruimte", [{"alg": "ruimte:zoning", "params": dict(
            self.grid_params(), SENSITIVE=self.uri("houses"), OUTPUT=score, DISTANCE=dist)}],
            [self.d["gpkg"]], [score, dist])
        floor = self.floor("distance houses", vectors=[self.uri("houses")],
                           outputs=[score, dist])
        burned, prox = self.out("distance", "q_houses.tif"), \
            self.out("distance", "q_houses_d.tif")
        fuzzy = self.out("distance", "q_houses_s.tif")
        # the score: 0 within 50 m, 1 from 100 m (zoning's default category 3.1, rustige
        # woonwijk, score multiple 2)
        b = self.run("distance houses qgis", [self.rasterize("houses", burned),
                                              self.proximity(burned, prox),
                                              self.fuzzify(prox, 50, 100, fuzzy)],
                     [self.d["gpkg"]], [burned, prox, fuzzy])
        n_houses = self.d["counts"]["houses"]
        self.row(f"distance to {n_houses:,} houses: ruimte:zoning (score + DISTANCE) vs "
                 "gdal:rasterize + gdal:proximity + fuzzify (the score)", r, b, cap_target,
                 met(r, b), floor=floor)
        cap = 5000.0
        worst, only, n = compare_rasters(dist, prox, lambda a: np.minimum(a, cap))
        self.check("distance houses: min(Ruimte DISTANCE, 5 km) vs min(gdal:proximity, 5 km), "
                   "max abs diff",
                   f"{worst:.2f} m over {n:,} cells; {only} NoData on one side only",
                   f"≤ {tol:g} m", worst <= tol and only == 0)
        # rasterising the houses: Ruimte reads them and bins them per tile (no separate
        # rasterised file); its reading phase ends with zoning's first log line
        step = r["result"]["steps"][0]
        read_s = next((t for t, kind, text in step["log"] if kind == "info"), step["seconds"])
        qgis_rast = b["result"]["steps"][0]["seconds"]
        rr = {"wall": read_s, "rss": None}
        bb = {"wall": qgis_rast, "rss": None}
        self.row(f"rasterise {n_houses:,} houses: Ruimte reading them (in-process, until "
                 "zoning's first message; binning to cells happens later, per block, inside the "
                 "distance step) vs gdal:rasterize step (in-process)", rr, bb,
                 "in seconds (≤ 5 s)", read_s <= 5)
        self.cleanup("distance")

    # -------------------------------------------------------------- nitrogen
    def stage_nitrogen(self):
        out, load = self.out("nitrogen", "n.tif"), self.out("nitrogen", "load.tif")
        params = dict(self.grid_params(), HABITATS=self.uri("natura"), KDW_FIELD="KDW",
                      BACKGROUND_FIELD="background", EMISSION_NOX=10000, EMISSION_NH3=5000,
                      OUTPUT=out)
        r = self.run("nitrogen ruimte", [{"alg": "ruimte:nitrogen", "params": dict(
            params, LOAD=load)}], [self.d["gpkg"]], [out, load])
        only = self.run("nitrogen ruimte output only", [{"alg": "ruimte:nitrogen",
                                                         "params": params}],
                        [self.d["gpkg"]], [out])
        self.row("nitrogen: ruimte:nitrogen OUTPUT (deposition screening, 25 km cutoff; no QGIS "
                 "equivalent)", only, None, "information", None,
                 floor=self.floor("nitrogen", vectors=[self.uri("natura")], outputs=[out]))
        target = "LOAD ≤ 5 s, ≤ 600 MB" + (" (set for 25 m)" if self.ten_m else "")
        extra = r["wall"] - only["wall"]
        self.row(f"nitrogen: ruimte:nitrogen OUTPUT + LOAD (25 km kernel); LOAD adds "
                 f"{extra:.2f} s (the difference of the two runs)", r, None, target,
                 None if self.ten_m else extra <= 5 and r["rss"] <= 600,
                 floor=self.floor("nitrogen load", vectors=[self.uri("natura")],
                                  outputs=[out, load]))
        produced = r["result"]["steps"][0]["results"]
        lo, hi, pos = math.inf, -math.inf, 0
        for (a,) in blocks(load):
            if np.isfinite(a).any():
                lo, hi = min(lo, np.nanmin(a)), max(hi, np.nanmax(a))
                pos += int((a > 0).sum())
        self.check("nitrogen: LOAD written, finite, ≥ 0, > 0 somewhere",
                   f"{lo:.3g} .. {hi:.3g} mol N/yr, {pos:,} cells > 0; outputs "
                   f"{sorted(k for k, v in produced.items() if v)}", "≥ 0, some > 0",
                   lo >= 0 and hi > 0)
        self.load_error(load)
        self.cleanup("nitrogen")

    def load_error(self, load_path, side=20000.0):
        """The LOAD the algorithm wrote (FFT on coarse cells, bilinear back to the grid)
        against a full-resolution FFT, computed here with the plugin's core and no memory budget,
        on a square of ``side`` m around the national peak (sources outside the square count:
        the convolution extends the grid by the kernel's reach)."""
        import rasterio
        from osgeo import ogr
        from ruimte_plugin.core.criteria.nitrogen import NitrogenModel, load_field, overloaded
        from ruimte_plugin.core.grid import AnalysisGrid
        from ruimte_plugin.core.rasterize import FeatureSet
        peak, at = -1.0, (0, 0)
        with rasterio.open(load_path) as src:
            transform = src.transform
            for _, w in src.block_windows(1):
                a = np.nan_to_num(src.read(1, window=w), nan=-1.0)
                i = int(np.argmax(a))
                if a.flat[i] > peak:
                    peak, at = float(a.flat[i]), (w.row_off + i // w.width, w.col_off + i % w.width)
            x = transform.c + (at[1] + 0.5) * self.pixel
            y = transform.f - (at[0] + 0.5) * self.pixel
            half = side / 2
            x0 = max(transform.c, math.floor((x - half - transform.c) / self.pixel) * self.pixel
                     + transform.c)
            y1 = min(transform.f, transform.f - math.floor((transform.f - y - half) / self.pixel)
                     * self.pixel)
            cols = min(int(side / self.pixel), src.width - int(round((x0 - transform.c) /
                                                                      self.pixel)))
            rows = min(int(side / self.pixel), src.height - int(round((transform.f - y1) /
                                                                       self.pixel)))
            r0, c0 = int(round((transform.f - y1) / self.pixel)), int(round((x0 - transform.c) /
                                                                             self.pixel))
            coarse = src.read(1, window=rasterio.windows.Window(c0, r0, cols, rows))
        ds = ogr.Open(self.d["gpkg"])
        layer = ds.GetLayerByName("natura")
        wkbs, kdw, background = [], [], []
        for f in layer:
            wkbs.append(bytes(f.GetGeometryRef().ExportToWkb()))
            kdw.append(f.GetField("KDW"))
            background.append(f.GetField("background"))
        ds = None
        over = overloaded(kdw, background)
        grid = AnalysisGrid("EPSG:28992", x0, y1, self.pixel, self.pixel, cols, rows)
        model = NitrogenModel(10000, 5000).validate()
        fine = load_field(grid, FeatureSet([w for w, o in zip(wkbs, over) if o]), model,
                          budget=1e12, threads=os.cpu_count() or 1)
        truth = np.vstack([np.hstack([fine.compute(w) for w in row]) for row in
                           [list(grid.blocks(max(rows, cols)))]])
        top = float(truth.max())
        diff = np.abs(coarse.astype(np.float64) - truth)
        big = truth > 0.1 * top
        rel = diff[big] / truth[big]
        self.check(f"nitrogen: LOAD against a full-resolution FFT ({self.pixel:g} m cells, "
                   f"{side / 1000:g} km square around the peak)",
                   f"max abs diff {diff.max() / top:.2%} of the peak; where LOAD > 10 % of the "
                   f"peak: median {np.median(rel):.2%}, max {rel.max():.2%} relative",
                   "max ≤ 3.5 % of the peak", diff.max() <= 0.035 * top)

    # -------------------------------------------------------------- sites
    def stage_sites(self):
        rasters = list(self.d["rasters"].values())
        names = list(self.d["rasters"])
        out = self.out("sites", "ruimte_sites.gpkg")
        r = self.run("sites ruimte", [{"alg": "ruimte:scoresites", "params": {
            "SITES": self.uri("sites"), "CRITERIA": rasters, "METHOD": "wlc",
            "OUTPUT": out}}], rasters + [self.d["gpkg"]], [out])
        steps, outs = [], []
        for name, path in zip(names, rasters):
            zs = self.out("sites", f"zs_{name}.gpkg")
            outs.append(zs)
            steps.append({"alg": "native:zonalstatisticsfb", "params": {
                "INPUT": self.uri("sites"), "INPUT_RASTER": path, "RASTER_BAND": 1,
                "COLUMN_PREFIX": f"{name}_", "STATISTICS": [2], "OUTPUT": zs}})
        b = self.run("sites qgis", steps, rasters + [self.d["gpkg"]], outs)
        ratio = b["wall"] / r["wall"]
        floor = self.floor("sites", rasters=rasters, vectors=[self.uri("sites")], outputs=[out])
        self.row(f"sites: ruimte:scoresites, {len(rasters)} rasters x "
                 f"{self.d['counts']['sites']:,} sites vs {len(rasters)} x "
                 "native:zonalstatisticsfb (mean)", r, b, "≥ 2× faster (issue 19)", ratio >= 2,
                 floor=floor)
        ours = read_fields(out, [f"{n}_mean" for n in names])
        worst_abs, worst_rel, compared, missing = 0.0, 0.0, 0, 0
        for name, zs in zip(names, outs):
            theirs = read_fields(zs, [f"{name}_mean"])
            k = names.index(name)
            for sid, (q,) in theirs.items():
                o = ours.get(sid, [None] * len(names))[k]
                if o is None or q is None:
                    missing += (o is None) != (q is None)
                    continue
                compared += 1
                diff = abs(o - q)
                worst_abs = max(worst_abs, diff)
                worst_rel = max(worst_rel, diff / max(abs(q), 1.0))
        self.check("sites: Ruimte <c>_mean vs zonalstatisticsfb mean, max abs diff",
                   f"{worst_abs:.2e} (relative {worst_rel:.1e}) over {compared:,} site x raster "
                   f"pairs; {missing} missing on one side", "relative ≤ 1e-5, 0 missing",
                   worst_rel <= 1e-5 and missing == 0)
        self.cleanup("sites")

    # -------------------------------------------------------------- profile
    def profile_bounds(self):
        """Distances (m) at which the profile's nitrogen score is 0 and reaches 1."""
        from ruimte_plugin.core.criteria.nitrogen import NitrogenModel
        from ruimte_plugin.core.profiles import builtin_profile
        p = builtin_profile(PROFILE)
        model = NitrogenModel(p.nox_kg, p.nh3_kg, threshold=p.threshold).validate()
        r = np.arange(25.0, model.cutoff + 1, 5.0)
        score = model.score(model.deposition(r))
        zero = float(r[np.flatnonzero(score <= 0)[-1]]) if (score <= 0).any() else 0.0
        return zero, model.cutoff

    def stage_profile(self):
        from ruimte_plugin.core.profiles import builtin_profile
        p = builtin_profile(PROFILE)
        weights, _ = p.weights_for({"nitrogen", "grid", "zoning", "landscape", "accessibility"})
        outs = {name: self.out("profile", f"r_{name.lower()}.tif") for name in (
            "OUTPUT", "EXCLUDED", "NITROGEN_SCORE", "GRID_SCORE", "ZONING_SCORE",
            "LANDSCAPE_SCORE", "ACCESSIBILITY_SCORE")}
        ruimte = [{"alg": "ruimte:profilesuitability", "params": dict(
            self.grid_params(), PROFILE=PROFILE, HABITATS=self.uri("natura"),
            PROTECTED=[self.uri("natura")], CAPACITY_AREAS=self.uri("capacity"),
            SUBSTATIONS=self.uri("substations"), SENSITIVE=self.uri("houses"),
            RAMPS=self.uri("ramps"), **outs)}]
        vectors = [self.uri(n) for n in ("natura", "capacity", "substations", "houses", "ramps")]
        # every output: the agreement check covers them all; their read + write floor
        everything = self.run("profile ruimte all outputs", ruimte, [self.d["gpkg"]],
                              list(outs.values()))
        self.row(f"profile: ruimte:profilesuitability {PROFILE}, whole grid, all {len(outs)} "
                 "outputs (suitability, EXCLUDED, five criterion scores)", everything, None,
                 "information (the chain makes one map)", None,
                 floor=self.floor("profile all outputs", vectors=vectors,
                                  outputs=outs.values()))
        refs = self.reference("profile", ruimte, list(outs.values()))
        if refs:
            worst, only, n = 0.0, 0, 0
            for name, path in outs.items():
                w, o, k = compare_rasters(path, refs[path])
                worst, only, n = max(worst, w), only + o, n + k
            self.check(f"profile: all {len(outs)} outputs vs the same run with the plugin of "
                       f"{self.args.reference}, cell by cell", f"max abs diff {worst:.2e} over "
                       f"{n:,} cells; {only} cells NoData on one side only",
                       "0 (identical), 0 cells", worst == 0 and only == 0)
        self.cleanup("profile")           # 14 outputs at 10 m: ~25 GB the chain needs next

        only = {"OUTPUT": outs["OUTPUT"]}
        r = self.run("profile ruimte", [{"alg": "ruimte:profilesuitability", "params": dict(
            ruimte[0]["params"], **{k: None for k in outs if k != "OUTPUT"})}],
            [self.d["gpkg"]], list(only.values()))
        floor = self.floor("profile", vectors=vectors, outputs=only.values())
        o = lambda name: self.out("profile", name)  # noqa: E731
        zero, one = self.profile_bounds()
        guide = 200.0                       # VNG 4.1, rustige woonwijk (the profile's category)
        steps = [
            self.rasterize("ramps", o("p_ramps.tif")), self.proximity(o("p_ramps.tif"),
                                                                    o("p_ramps_d.tif")),
            self.fuzzify(o("p_ramps_d.tif"), 10000, 3000, o("p_access.tif")),
            {"rm": [o("p_ramps.tif"), o("p_ramps_d.tif")]},
            self.rasterize("houses", o("p_houses.tif")), self.proximity(o("p_houses.tif"),
                                                                      o("p_houses_d.tif")),
            self.fuzzify(o("p_houses_d.tif"), guide, 2 * guide, o("p_zoning.tif")),
            {"rm": [o("p_houses.tif"), o("p_houses_d.tif")]},
            self.rasterize("natura", o("p_natura.tif")), self.proximity(o("p_natura.tif"),
                                                                      o("p_natura_d.tif")),
            self.fuzzify(o("p_natura_d.tif"), zero, one, o("p_nitrogen.tif")),
            {"rm": [o("p_natura_d.tif")]},
            {"alg": "native:fieldcalculator", "params": {
                "INPUT": self.uri("capacity"), "FIELD_NAME": "gscore", "FIELD_TYPE": 0,
                "FIELD_LENGTH": 10, "FIELD_PRECISION": 3,
                "FORMULA": "CASE WHEN \"afname\" = 'groen' THEN 1 WHEN \"afname\" = 'geel' "
                           "THEN 0.7 WHEN \"afname\" = 'oranje' THEN 0.3 ELSE 0 END",
                "OUTPUT": o("p_capacity.gpkg")}},
        ]
        cap = {"alg": "gdal:rasterize", "params": {
            "INPUT": o("p_capacity.gpkg"), "FIELD": "gscore", "UNITS": 1, "WIDTH": self.pixel,
            "HEIGHT": self.pixel, "EXTENT": self.extent, "NODATA": -9999, "INIT": 0,
            "DATA_TYPE": 5, "OUTPUT": o("p_grid.tif")}}
        steps.append(cap)
        w = weights
        expr = (f'({w["accessibility"]:.6f} * "p_access@1" + {w["grid"]:.6f} * "p_grid@1" + '
                f'{w["landscape"]:.6f} * ("p_natura@1" = 0) + {w["nitrogen"]:.6f} * '
                f'"p_nitrogen@1" + {w["zoning"]:.6f} * "p_zoning@1") * ("p_natura@1" = 0) * '
                '("p_zoning@1" > 0) * ("p_grid@1" > 0)')
        layers = [o(n) for n in ("p_access.tif", "p_grid.tif", "p_natura.tif", "p_nitrogen.tif",
                                 "p_zoning.tif")]
        qout = o("q_suitability.tif")
        steps.append(self.calc(expr, layers, qout))
        steps.append({"rm": layers + [o("p_capacity.gpkg")]})
        b = self.run("profile qgis", steps, [self.d["gpkg"]], [qout] + layers)
        lim_mb = 1536 if self.ten_m else 700            # issue 19
        target = f"≥ 2.5× faster, ≤ {lim_mb:,} MB"
        self.row(f"profile: ruimte:profilesuitability {PROFILE}, whole grid, the suitability "
                 "map vs QGIS chain (rasterize, proximity, fuzzify, field calculator, raster "
                 "calculator)", r, b, target, b["wall"] >= 2.5 * r["wall"] and r["rss"] <= lim_mb,
                 floor=floor)
        # loose comparison: the baseline is an approximation (linear nitrogen stand-in)
        n, diff, same_zero = 0, 0.0, 0
        for a, q in blocks(outs["OUTPUT"], qout):
            ok = ~np.isnan(a) & ~np.isnan(q)
            n += int(ok.sum())
            diff += float(np.abs(a[ok] - q[ok]).sum())
            same_zero += int(((a[ok] == 0) == (q[ok] == 0)).sum())
        self.check("profile: Ruimte vs approximate QGIS chain (information)",
                   f"mean abs diff {diff / max(n, 1):.3f}; excluded (score 0) agrees on "
                   f"{same_zero / max(n, 1):.1%} of {n:,} cells", "approximate baseline", None)
        self.notes.append("profile baseline: " + PROFILE_BASELINE + f" Nitrogen stand-in: 0 "
                          f"at ≤ {zero:g} m, 1 at {one:g} m.")
        self.cleanup("profile")

    # -------------------------------------------------------------- sensitivity
    def stage_sensitivity(self):
        out = self.out("sensitivity", "sens.gpkg")
        runs = 10000
        r = self.run("sensitivity ruimte", [{"alg": "ruimte:sensitivity", "params": {
            "SITES": self.uri("sens_sites"),
            "CRITERIA_FIELDS": ",".join(f"k{j}_mean" for j in range(1, 6)),
            "WEIGHTS": ",".join(f"{w:g}" for w in SENS_WEIGHTS), "EXCLUDED_FIELD": "excluded",
            "RUNS": runs, "SEED": 1, "OUTPUT": out}}], [self.d["gpkg"]], [out])
        n = self.d["counts"]["sens_sites"]
        self.row(f"sensitivity: ruimte:sensitivity Monte Carlo {runs:,} runs x {n:,} sites "
                 "(no QGIS equivalent)", r, None, "≤ 5 s", r["wall"] <= 5,
                 floor=self.floor("sensitivity", vectors=[self.uri("sens_sites")],
                                  outputs=[out]))
        rows = read_fields(out, ["mean_rank", "rank_p05", "rank_p95"])
        ok = len(rows) == n and all(v is not None and 1 <= v <= n and 1 <= lo <= hi <= n
                                    for v, lo, hi in rows.values())
        self.check("sensitivity: every site has 1 ≤ mean rank ≤ n and 1 ≤ p05 ≤ p95 ≤ n",
                   f"{len(rows):,} sites", f"{n:,} sites", ok)
        self.cleanup("sensitivity")

    # -------------------------------------------------------------- write
    @staticmethod
    def ruimte_compression():
        """Ruimte's creation options for kept outputs, as gdal_translate -co arguments and a
        label (read from the plugin: they change)."""
        from ruimte_plugin.core import rasterio_io as rio
        options = dict(getattr(rio, "COMPRESSION", {}))
        options.update({k: v for k, v in rio.CREATION_OPTIONS.items() if k in (
            "compress", "zlevel", "zstd_level", "predictor", "num_threads")})
        co = []
        for key, value in options.items():
            co += ["-co", f"{key.upper()}={value}"]
        method = str(options.get("compress", "none")).upper()
        level = options.get("zlevel", options.get("zstd_level"))
        label = "uncompressed" if method == "NONE" else \
            f"{method}-{level}" if level is not None else method
        return label, co

    def stage_write(self):
        src = self.d["rasters"]["c1"]
        base = ["-co", "TILED=YES", "-co", "BLOCKXSIZE=512", "-co", "BLOCKYSIZE=512",
                "-co", "BIGTIFF=IF_SAFER"]
        ruimte_label, ruimte_co = self.ruimte_compression()
        variants = {
            "DEFLATE-1": ["-co", "COMPRESS=DEFLATE", "-co", "ZLEVEL=1", "-co", "PREDICTOR=3",
                          "-co", "NUM_THREADS=ALL_CPUS"],
            "ZSTD-1": ["-co", "COMPRESS=ZSTD", "-co", "ZSTD_LEVEL=1", "-co", "PREDICTOR=3",
                       "-co", "NUM_THREADS=ALL_CPUS"],
            "uncompressed": [],
        }
        variants = {name: co for name, co in variants.items() if name != ruimte_label}
        variants = {f"Ruimte's {ruimte_label}": ruimte_co, **variants}
        env = dict(os.environ, GDAL_CACHEMAX="64")
        res = {}
        for name, co in variants.items():
            dst = self.out("write", f"w_{name.replace(' ', '_')}.tif")
            print(f"  write {name} ...", end="", flush=True)
            m = measure_cmd(f"write {name}", ["gdal_translate", "-q"] + base + co + [src, dst],
                            self.work, [src], self.repeat, env)
            m["size_mb"] = os.path.getsize(dst) / 2 ** 20
            print(f" {m['wall']:.2f} s, {m['rss']:.0f} MB; file {m['size_mb']:.0f} MB",
                  flush=True)
            res[name] = m
            os.remove(dst)
        names = list(res)
        r = res[names[0]]
        for other in names[1:]:
            b = res[other]
            self.row(f"write {self.d['width']}×{self.d['height']} float32: {ruimte_label} "
                     f"({r['size_mb']:.0f} MB, Ruimte's options now) vs {other} "
                     f"({b['size_mb']:.0f} MB)", r, b, "information", None)
        self.notes.append(
            f"write: gdal_translate of c1.tif (a smooth random field; score maps with many 0 "
            f"cells compress better) with tiled 512 x 512 output, GDAL_CACHEMAX=64 MB; no QGIS "
            f"in these processes. Ruimte's options (ruimte_plugin/core/rasterio_io.py): "
            f"{' '.join(ruimte_co[1::2]) or 'none'}.")

    def cleanup(self, stage, keep=()):
        if self.args.keep:
            return
        folder = self.work / stage
        if folder.exists():
            for f in folder.iterdir():
                if str(f) not in keep:
                    f.unlink()


# ------------------------------------------------------------------ report
def checkout_state(short=False):
    """Commit, and a hash of the plugin's Python files (others edit them while we measure);
    ``short``: the hash only."""
    import hashlib
    def git(*a):
        try:
            return subprocess.run(["git", "-C", str(ROOT)] + list(a), capture_output=True,
                                  text=True).stdout.strip()
        except OSError:                                  # no git (e.g. an unpacked archive)
            return ""
    digest = hashlib.sha1()
    for path in sorted((ROOT / "ruimte_plugin").rglob("*.py")):
        digest.update(path.read_bytes())
    if short:
        return digest.hexdigest()[:12]
    dirty = git("status", "--porcelain", "--", "ruimte_plugin")
    return (f"{git('rev-parse', '--short', 'HEAD') or '?'}"
            f"{' + uncommitted changes in ruimte_plugin/' if dirty else ''}; "
            f"ruimte_plugin/*.py sha1 {digest.hexdigest()[:12]}")


def fmt(v, digits=2):
    return "—" if v is None else f"{v:.{digits}f}"


def report(bench, args, data, started, failures):
    d = data
    states = list(dict.fromkeys(s for _, m in bench.details for s in m["states"]))
    lines = [f"# Ruimte national benchmark — {d['width']:,} × {d['height']:,} cells at "
             f"{d['pixel']:g} m", ""]
    try:
        from osgeo import gdal
        gdal_version = gdal.__version__
    except ImportError:
        gdal_version = "?"
    qgis = subprocess.run(["dpkg-query", "-W", "-f", "${Version}", "qgis"], capture_output=True,
                          text=True).stdout.strip() or "?"
    mem = os.sysconf("SC_PAGE_SIZE") * os.sysconf("SC_PHYS_PAGES") / 2 ** 30
    lines += [f"- date: {started:%Y-%m-%d %H:%M}; command: `{' '.join(sys.argv)}`",
              f"- machine: {os.cpu_count()} cores, {mem:.0f} GiB RAM, {platform.platform()}; "
              f"QGIS {qgis}, GDAL {gdal_version}, numpy {np.__version__}",
              f"- checkout at the end: {checkout_state()}"
              + ("" if len(states) < 2 else f"; **the plugin changed during the benchmark**: "
                 f"{len(states)} states ({', '.join(states)}), see 'plugin' per run below"),
              f"- data: {d['folder']} (seed {d['seed']}; EPSG:{d['epsg']} box {d['bounds']}); "
              f"{', '.join(f'{k} {v:,}' for k, v in d['counts'].items())}",
              f"- each figure: median wall of {args.repeat} run(s), fresh process, warm page "
              "cache; RSS = peak of the largest process (/usr/bin/time %M), max over runs", ""]
    lines += ["| stage | Ruimte wall (s) | Ruimte RSS (MB) | baseline wall (s) | "
              "baseline RSS (MB) | ratio (baseline / Ruimte) | floor (s) | Ruimte / floor | "
              "target | met? |",
              "|---|---|---|---|---|---|---|---|---|---|"]
    for row in bench.rows:
        r, b = row["r"] or {}, row["b"] or {}
        met = "—" if row["met"] is None else ("yes" if row["met"] else "**no**")
        ratio = "—" if row["ratio"] is None else f"{row['ratio']:.2f}×"
        floor = row.get("floor")
        over = "—" if floor is None or not r.get("wall") else f"{r['wall'] / floor:.1f}×"
        lines.append(f"| {row['stage']} | {fmt(r.get('wall'))} | {fmt(r.get('rss'), 0)} | "
                     f"{fmt(b.get('wall'))} | {fmt(b.get('rss'), 0)} | {ratio} | "
                     f"{fmt(floor)} | {over} | {row['target']} | {met} |")
    lines += ["", "## Agreement checks", "", "| check | value | tolerance | pass |",
              "|---|---|---|---|"]
    for c in bench.checks:
        ok = "info" if c["passed"] is None else ("pass" if c["passed"] else "**FAIL**")
        lines.append(f"| {c['name']} | {c['value']} | {c['tolerance']} | {ok} |")
    if failures:
        lines += ["", "## Failed stages", ""] + [f"- {name}: {err.splitlines()[0]}"
                                                 for name, err in failures]
    lines += ["", "## Details per run", "",
              "Per step: seconds inside the process (processing.run), and the time of the "
              "step's first log message / first progress; Ruimte's own messages with their "
              "time. Tree RSS = summed RSS of the runner and its child processes (GDAL "
              "command-line tools), sampled every 0.1 s. 'Other processes' = CPU seconds the "
              "rest of the machine used during the run (/proc/stat minus the run's own user + "
              "system time; includes this script's sampling). Forked children share pages "
              "with their parent, so the tree sum is an upper bound.", ""]
    for name, m in bench.details:
        res = m["result"]
        busy = max(o / w for o, w in zip(m["other_cpu"], m["walls"]))
        code = ", ".join(dict.fromkeys(m["states"]))
        lines.append(f"- **{name}**: wall {', '.join(f'{w:.2f}' for w in m['walls'])} s; CPU "
                     f"{', '.join(f'{c:.1f}' for c in m['cpu'])} s; RSS "
                     f"{m['rss']:.0f} MB; tree RSS {m['tree']:.0f} MB; start-up "
                     f"{res.get('startup_s', 0):.2f} s; other processes used "
                     f"{', '.join(f'{o:.1f}' for o in m['other_cpu'])} CPU s; plugin {code}"
                     + (" (**busy machine**: timings disturbed)" if busy > 0.15 else ""))
        for step in res.get("steps", []):
            if "alg" not in step:
                continue
            first = next((t for t, kind, _ in step.get("log", []) if kind == "info"), None)
            extra = f", first message {first:.2f} s" if first is not None else ""
            if step.get("first_progress_s") is not None:
                extra += f", first progress {step['first_progress_s']:.2f} s"
            lines.append(f"  - {step['alg']}: {step['seconds']:.2f} s{extra}")
            if step["alg"].startswith("ruimte:"):
                messages = [(t, text) for t, kind, text in step.get("log", [])
                            if kind in ("info", "warning")]
                for t, text in messages[:40]:
                    text = " ".join(text.split()).replace("|", "/")
                    lines.append(f"    - {t:7.2f} s: {text[:140]}")
    if bench.notes:
        lines += ["", "## Notes", ""] + [f"- {n}" for n in bench.notes]
    return "\n".join(lines) + "\n"


def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0],
                                 formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--small", action="store_true", help="1,200 x 1,400 cells (smoke run)")
    ap.add_argument("--pixel", type=float, default=25.0, help="cell size in m (25 or 10)")
    ap.add_argument("--seed", type=int, default=42)
    ap.add_argument("--data", help="data folder (default /tmp/ruimte-national-<cells>)")
    ap.add_argument("--stages", default=",".join(STAGES),
                    help=f"comma-separated subset of {','.join(STAGES)}")
    ap.add_argument("--repeat", type=int, default=1)
    ap.add_argument("--results", default=str(BENCH / "results"))
    ap.add_argument("--keep", action="store_true", help="keep the outputs in <data>/work")
    ap.add_argument("--idle-wait", type=float, default=60.0, metavar="S",
                    help="before each run, wait up to S s for other processes to go quiet "
                         "(default 60; 0 = do not wait)")
    ap.add_argument("--reference", default=REFERENCE, metavar="REV",
                    help="git revision whose plugin makes the reference outputs of the profile "
                         f"stage, compared cell by cell (default {REFERENCE}, the last revision "
                         "with criterion child algorithms and ruimte:combine; '' = no check)")
    ap.add_argument("--profile", metavar="DIR",
                    help="run the Ruimte side under cProfile: DIR/<run>.prof and .txt (slower)")
    args = ap.parse_args(argv)
    stages = [s.strip() for s in args.stages.split(",") if s.strip()]
    unknown = set(stages) - set(STAGES)
    if unknown:
        ap.error(f"unknown stage(s) {', '.join(sorted(unknown))}; choose from {', '.join(STAGES)}")
    if not os.path.exists("/usr/bin/time"):
        ap.error("/usr/bin/time is needed (Debian package 'time')")

    IDLE_WAIT[0] = args.idle_wait
    import signal

    def stop(signum, frame):
        raise KeyboardInterrupt
    signal.signal(signal.SIGTERM, stop)
    started = datetime.datetime.now()
    spec = synthetic.spec(args.small, args.pixel, args.seed)
    folder = args.data or f"/tmp/ruimte-national-{synthetic.cells_label(spec)}"
    data = synthetic.ensure(folder, args.small, args.pixel, args.seed)
    bench = Bench(args, data)
    failures = []
    print(f"stages: {', '.join(stages)}; repeat {args.repeat}")
    for stage in ["startup"] + [s for s in STAGES if s in stages]:
        print(f"[{stage}]", flush=True)
        try:
            getattr(bench, f"stage_{stage}")()
        except StageError as err:
            print(f"\n  FAILED: {err}", flush=True)
            failures.append((stage, str(err)))
    text = report(bench, args, data, started, failures)
    out_dir = Path(args.results)
    out_dir.mkdir(parents=True, exist_ok=True)
    out = out_dir / f"{started:%Y%m%d-%H%M%S}-{synthetic.cells_label(data)}.md"
    out.write_text(text)
    print()
    print(text)
    print(f"written: {out}")
    if not args.keep:
        shutil.rmtree(bench.work, ignore_errors=True)
    bad = [c for c in bench.checks if c["passed"] is False]
    return 1 if failures or bad else 0


if __name__ == "__main__":
    sys.exit(main())
