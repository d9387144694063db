"""Write faults through the qgis_process binary (issue 21): a disk that fills up during the write
of a raster (combine), a vector (scoresites to a GeoPackage) and the report; a run killed with
SIGKILL while it writes a raster; two runs writing to one small disk at once.

What must hold in every case: a run that could not write its output exits with a non-zero code
and a message that names the output parameter; no half-written file is left behind (the
output is absent, or complete and readable); a file that was there before stays byte for byte.

The small disks are tmpfs mounts (root and mount(8) needed; the tests are skipped with the
reason where that is refused)."""

import json
import os
import signal
import subprocess
import time
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import numpy as np
import pytest
from osgeo import ogr, osr

from testdata import ROOT, write_raster

QGIS_PROCESS = ROOT / "scripts" / "qgis_process"
X0, Y1 = 150000.0, 460000.0


def mount_tmpfs(folder, size):
    """Mount a tmpfs of ``size`` (e.g. '2m') on ``folder``, or skip the test with the reason."""
    folder.mkdir(parents=True, exist_ok=True)
    done = subprocess.run(["mount", "-t", "tmpfs", "-o", f"size={size}", "tmpfs", str(folder)],
                          capture_output=True, text=True)
    if done.returncode != 0:
        pytest.skip(f"cannot mount a {size} tmpfs here: {done.stderr.strip() or 'refused'}")
    return folder


@pytest.fixture
def small_disk(tmp_path):
    """A 2 MB tmpfs."""
    folder = mount_tmpfs(tmp_path / "small", "2m")
    yield folder
    subprocess.run(["umount", "-l", str(folder)], capture_output=True)


def fill(folder, leave):
    """Fill ``folder``'s disk with a file until only about ``leave`` bytes stay free."""
    import shutil
    free = shutil.disk_usage(folder).free
    try:
        with open(folder / "filler.bin", "wb") as out:
            out.write(b"\0" * max(free - leave, 0))
    except OSError:              # another writer took some of it first: the disk is full
        pass
    return shutil.disk_usage(folder).free


def random_raster(path, rows, cols, seed=0):
    """Random scores 0-1: they compress badly, so the output is about as large as 4 bytes a
    cell (the disk check's estimate)."""
    values = np.random.default_rng(seed).random((rows, cols), dtype=np.float32)
    return write_raster(path, values, x0=X0, y1=Y1)


def sites_layer(path, count):
    """``count`` square sites of 20 x 20 m with a long name each (a GeoPackage of a few hundred
    kB), inside the catalogue's raster."""
    ds = ogr.GetDriverByName("GPKG").CreateDataSource(str(path))
    srs = osr.SpatialReference()
    srs.ImportFromEPSG(28992)
    layer = ds.CreateLayer("sites", srs, ogr.wkbPolygon)
    layer.CreateField(ogr.FieldDefn("naam", ogr.OFTString))
    ds.StartTransaction()
    for i in range(count):
        x, y = X0 + 25 * (i % 40), Y1 - 25 - 25 * (i // 40 % 40)
        feature = ogr.Feature(layer.GetLayerDefn())
        feature.SetGeometry(ogr.CreateGeometryFromWkt(
            f"POLYGON(({x} {y},{x + 20} {y},{x + 20} {y + 20},{x} {y + 20},{x} {y}))"))
        feature.SetField("naam", f"site {i} " + "x" * 200)
        layer.CreateFeature(feature)
    ds.CommitTransaction()
    ds = None
    return str(path)


def readable_raster(path):
    """True when GDAL opens the GeoTIFF and reads every cell (gdalinfo -checksum does the same)."""
    import rasterio
    try:
        with rasterio.open(path) as src:
            src.read(1)
        return True
    except Exception:
        return False


def run(*args, env=None):
    full_env = dict(os.environ, **(env or {}))
    full_env.pop("QGIS_CUSTOM_CONFIG_PATH", None)
    return subprocess.run([str(QGIS_PROCESS), "run", *args], capture_output=True, text=True,
                          env=full_env, timeout=600)


def leftovers(folder):
    return [p.name for p in Path(folder).iterdir() if p.name.startswith(".ruimte-")]


# ------------------------------------------------------------------ a disk that fills up
def start(args):
    """qgis_process ``args`` started in its own process group (so that it can be killed)."""
    env = dict(os.environ)
    env.pop("QGIS_CUSTOM_CONFIG_PATH", None)
    return subprocess.Popen([str(QGIS_PROCESS), "run", *args], stdout=subprocess.PIPE,
                            stderr=subprocess.PIPE, text=True, env=env, start_new_session=True)


def temporary_output(folder):
    return [p for p in folder.iterdir() if p.name.startswith(".ruimte-")]


def fill_during_write(args, folder, timeout=120):
    """Run qgis_process ``args``; as soon as its hidden temporary output appears in ``folder``
    (the disk check has passed, the write begins), another writer takes all the free space.
    Returns (exit code, stderr, whether the disk was filled during the write)."""
    proc = start(args)
    filled, end = False, time.time() + timeout
    while time.time() < end and proc.poll() is None:
        if temporary_output(folder):
            fill(folder, 0)
            filled = True
            break
        time.sleep(0.002)
    _, stderr = proc.communicate(timeout=timeout)
    return proc.returncode, stderr, filled


@pytest.fixture
def disk_8m(tmp_path):
    folder = mount_tmpfs(tmp_path / "disk8", "8m")
    yield folder
    subprocess.run(["umount", "-l", str(folder)], capture_output=True)


def test_raster_on_a_disk_that_fills_up(tmp_path, disk_8m):
    # 1400 x 1400 cells: the check estimates 7.8 MB (4 bytes a cell) on the 8 MB disk and lets
    # the run start; then the disk fills up under it
    source = random_raster(tmp_path / "random.tif", 1400, 1400)
    out = disk_8m / "suitability.tif"
    code, stderr, filled = fill_during_write(["ruimte:combine", "--", f"CRITERIA={source}",
                                              f"OUTPUT={out}"], disk_8m)
    if not filled:
        pytest.skip("the run ended before the disk could be filled")
    if code == 0:                # everything was already written when the disk filled up
        assert readable_raster(out), stderr
    else:
        assert "(OUTPUT)" in stderr, stderr
        assert "Traceback" not in stderr
        assert not out.exists()
    assert leftovers(disk_8m) == []


def test_raster_refused_before_writing(tmp_path, small_disk):
    source = random_raster(tmp_path / "random.tif", 1000, 1000)      # 4 MB on a 2 MB disk
    out = small_disk / "suitability.tif"
    done = run("ruimte:combine", "--", f"CRITERIA={source}", f"OUTPUT={out}")
    assert done.returncode != 0
    assert "(OUTPUT)" in done.stderr and "on disk" in done.stderr, done.stderr
    assert list(small_disk.iterdir()) == []


def test_vector_on_a_full_disk(tmp_path, small_disk):
    raster = random_raster(tmp_path / "score.tif", 40, 40)
    sites = sites_layer(tmp_path / "sites.gpkg", 1500)
    fill(small_disk, 64 * 1024)                     # the scored sites need about 1 MB
    out = small_disk / "scored.gpkg"
    done = run("ruimte:scoresites", "--", f"SITES={sites}", f"CRITERIA={raster}",
               f"OUTPUT={out}")
    assert done.returncode != 0, done.stdout
    assert "(OUTPUT)" in done.stderr, done.stderr
    assert "Traceback" not in done.stderr
    assert not out.exists()
    assert [p.name for p in small_disk.iterdir()] == ["filler.bin"]


def test_report_on_a_full_disk(tmp_path, small_disk):
    raster = random_raster(tmp_path / "score.tif", 40, 40)
    fill(small_disk, 4096)
    out = small_disk / "report.html"
    done = run("ruimte:report", "--", f"SUITABILITY={raster}", f"OUTPUT={out}")
    assert done.returncode != 0, done.stdout
    assert "(OUTPUT)" in done.stderr, done.stderr
    assert "Traceback" not in done.stderr
    assert not out.exists()
    assert leftovers(small_disk) == []


def test_a_full_disk_keeps_the_previous_output(tmp_path, disk_8m):
    """An earlier good output stays byte for byte when the new run cannot be written."""
    first = random_raster(tmp_path / "a.tif", 200, 200)
    out = disk_8m / "suitability.tif"
    assert run("ruimte:combine", "--", f"CRITERIA={first}", f"OUTPUT={out}").returncode == 0
    before = out.read_bytes()
    second = random_raster(tmp_path / "b.tif", 1350, 1350, seed=1)
    code, stderr, filled = fill_during_write(["ruimte:combine", "--", f"CRITERIA={second}",
                                              f"OUTPUT={out}"], disk_8m)
    if not filled:
        pytest.skip("the run ended before the disk could be filled")
    if code != 0:
        assert "(OUTPUT)" in stderr, stderr
        assert out.read_bytes() == before
    assert readable_raster(out)
    assert leftovers(disk_8m) == []


# ------------------------------------------------------------------ two writers on one disk
def test_two_writers_on_one_small_disk(tmp_path, small_disk):
    # each output alone fits (the check sees 2 MB free and estimates 1.6 MB), both together do
    # not: at least one run fails, and every output left is complete
    sources = [random_raster(tmp_path / f"r{i}.tif", 640, 640, seed=i) for i in range(2)]
    outs = [small_disk / f"out{i}.tif" for i in range(2)]
    with ThreadPoolExecutor(2) as pool:
        results = list(pool.map(lambda i: run("ruimte:combine", "--", f"CRITERIA={sources[i]}",
                                              f"OUTPUT={outs[i]}"), range(2)))
    codes = [r.returncode for r in results]
    assert codes.count(0) <= 1, codes
    for result, out in zip(results, outs):
        if result.returncode == 0:
            assert readable_raster(out)
        else:
            assert "(OUTPUT)" in result.stderr, result.stderr
            assert "Traceback" not in result.stderr
            assert not out.exists()
    assert leftovers(small_disk) == []


# ------------------------------------------------------------------ SIGKILL during the write
def kill_during_write(args, folder, timeout=120):
    """Start qgis_process with ``args``, wait until its hidden temporary output appears in
    ``folder`` and grows, then kill it (and the wrapper) with SIGKILL. Returns True when it
    was killed during the write, False when the run ended first."""
    proc = start(args)
    end = time.time() + timeout
    try:
        while time.time() < end and proc.poll() is None:
            temporary = [p for p in folder.iterdir() if p.name.startswith(".ruimte-")]
            if temporary and temporary[0].stat().st_size > 1_000_000:   # blocks are being written
                os.killpg(proc.pid, signal.SIGKILL)
                proc.wait()
                return True
            time.sleep(0.05)
        return False
    finally:
        if proc.poll() is None:
            os.killpg(proc.pid, signal.SIGKILL)
            proc.wait()


@pytest.fixture(scope="module")
def large_raster(tmp_path_factory):
    """4000 x 4000 random cells (64 MB): combine takes some seconds to write it."""
    folder = tmp_path_factory.mktemp("large")
    return random_raster(folder / "large.tif", 4000, 4000)


def test_sigkill_keeps_the_previous_output(tmp_path, large_raster):
    out_dir = tmp_path / "out"
    out_dir.mkdir()
    out = out_dir / "suitability.tif"
    small = random_raster(tmp_path / "small.tif", 100, 100)
    assert run("ruimte:combine", "--", f"CRITERIA={small}", f"OUTPUT={out}").returncode == 0
    before = out.read_bytes()
    killed = kill_during_write(["ruimte:combine", "--", f"CRITERIA={large_raster}",
                                f"OUTPUT={out}"], out_dir)
    if not killed:
        pytest.skip("the run ended before it could be killed during the write")
    assert out.read_bytes() == before           # byte for byte the earlier output
    assert readable_raster(out)
    info = subprocess.run(["gdalinfo", "-checksum", str(out)], capture_output=True, text=True)
    assert info.returncode == 0 and "Checksum=" in info.stdout, info.stderr


def test_sigkill_leaves_no_output(tmp_path, large_raster):
    out_dir = tmp_path / "out"
    out_dir.mkdir()
    out = out_dir / "suitability.tif"
    killed = kill_during_write(["ruimte:combine", "--", f"CRITERIA={large_raster}",
                                f"OUTPUT={out}"], out_dir)
    if not killed:
        pytest.skip("the run ended before it could be killed during the write")
    assert not out.exists()        # only the hidden temporary file may stay (not an output)
    assert [p for p in out_dir.iterdir() if not p.name.startswith(".ruimte-")] == []


def test_results_name_only_written_outputs(tmp_path):
    """A successful run through qgis_process lists an OUTPUT that exists and reads."""
    source = random_raster(tmp_path / "r.tif", 50, 50)
    out = tmp_path / "ok.tif"
    env = dict(os.environ)
    env.pop("QGIS_CUSTOM_CONFIG_PATH", None)
    done = subprocess.run([str(QGIS_PROCESS), "--json", "run", "ruimte:combine", "--",
                           f"CRITERIA={source}", f"OUTPUT={out}"], capture_output=True,
                          text=True, env=env, timeout=300)
    assert done.returncode == 0, done.stderr
    assert json.loads(done.stdout)["results"]["OUTPUT"] == str(out)
    assert readable_raster(out)
    assert oct(out.stat().st_mode & 0o777) != oct(0o600)     # the umask's mode, not 600


def test_sigkill_while_rewriting_a_geopackage_keeps_the_previous_one(tmp_path):
    """Vector outputs are staged in a hidden folder beside the target and moved onto it only
    when complete: a run killed while it writes leaves the earlier GeoPackage byte for byte."""
    raster = random_raster(tmp_path / "score.tif", 40, 40)
    few = sites_layer(tmp_path / "few.gpkg", 10)
    many = sites_layer(tmp_path / "many.gpkg", 60000)
    out_dir = tmp_path / "out"
    out_dir.mkdir()
    out = out_dir / "ranked.gpkg"
    done = run("ruimte:scoresites", "--", f"SITES={few}", f"CRITERIA={raster}", f"OUTPUT={out}")
    assert done.returncode == 0, done.stderr[-2000:]
    before = out.read_bytes()
    proc = start(["ruimte:scoresites", "--", f"SITES={many}", f"CRITERIA={raster}",
                  f"OUTPUT={out}"])
    killed, end = False, time.time() + 300
    try:
        while time.time() < end and proc.poll() is None:
            staged = [p for p in out_dir.iterdir() if p.name.startswith(".ruimte-")]
            if staged and any(f.stat().st_size > 0 for d in staged for f in d.iterdir()):
                os.killpg(proc.pid, signal.SIGKILL)      # the new GeoPackage is being written
                proc.wait()
                killed = True
                break
            time.sleep(0.02)
    finally:
        if proc.poll() is None:
            os.killpg(proc.pid, signal.SIGKILL)
            proc.wait()
    if not killed:
        pytest.skip("the run ended before it could be killed during the write")
    assert out.read_bytes() == before                     # the earlier output, untouched
    dataset = ogr.Open(str(out))                          # kept: its layer needs it alive
    assert dataset.GetLayer(0).GetFeatureCount() == 10
