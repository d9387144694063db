"""The suite and the demo read only what is in the checkout: no test, no test helper, no demo
and no benchmark may reach for a folder beside or above the repository (such as the
development machine's data folder beside the checkout), because a fresh clone does not have
it.

Scanned: every .py file under tests/ (except this one, which has to name the patterns),
scripts/demo.py and benchmarks/*.py. Exempt: scripts/prepare_demo_data.py and
scripts/prepare_test_data.py are build tools that read the original source files (only where
RUIMTE_NL_DATA points; they guess no folder) to write resources/demo/ and tests/data/; they do
not run in the suite.
Pure Python, no QGIS."""

import re
import tempfile
from pathlib import Path

import pytest

import testdata

ROOT = Path(__file__).resolve().parents[2]
THIS = Path(__file__).resolve()
EXEMPT = {"scripts/prepare_demo_data.py", "scripts/prepare_test_data.py"}
#: the data folder beside the checkout, spelled from its parts (named, never read)
NAME = "sha" + "red"
BESIDE = "/".join(("..", NAME))

# (pattern, why it leaves the checkout)
FORBIDDEN = [
    (re.compile(r"\.\.[/\\]+" + NAME), f"{BESIDE}: a folder beside the checkout"),
    (re.compile(NAME + r"[/\\]+data"), f"{NAME}/data: the development machine's data folder"),
    (re.compile(r"/\s*[\"']" + NAME + r"[\"']"), f"a '{NAME}' path component"),
    (re.compile(r"(?<![\w.])/work/"), "an absolute /work/ path"),
    (re.compile(r"(?<![\w.])/home/\w"), "an absolute /home/ path"),
    (re.compile(r"\b[A-Z_]*(?:ROOT|REPO)\s*\.\s*parent\b"), "the parent of the repository root"),
    (re.compile(r"\b[A-Z_]*(?:ROOT|REPO)\s*/\s*[\"']\.\.[\"'/\\]"), "'..' above the root"),
    (re.compile(r"[\"']\.\./\.\./\.\."), "three levels up"),
]
PARENTS = re.compile(r"__file__\s*\)(?:\s*\.\s*(?:resolve|absolute)\(\s*\))?"
                     r"((?:\s*\.\s*parent\b)+|\s*\.\s*parents\s*\[\s*(\d+)\s*\])")
DIRNAMES = re.compile(r"((?:os\.path\.dirname\(\s*)+)(?:os\.path\.(?:abs|real)path\(\s*)?__file__")


def scanned_files():
    files = [p for p in (ROOT / "tests").rglob("*.py") if p.resolve() != THIS]
    files += [*sorted((ROOT / "scripts").glob("demo*.py")),
              *sorted((ROOT / "benchmarks").glob("*.py"))]
    return [p for p in files if p.relative_to(ROOT).as_posix() not in EXEMPT]


def problems(text, relpath):
    """Lines of ``text`` (the file at ``relpath`` inside the checkout) that point outside it."""
    depth = len(Path(relpath).parts)      # parents needed to reach the root from __file__
    found = []
    for number, line in enumerate(text.splitlines(), 1):
        for pattern, why in FORBIDDEN:
            if pattern.search(line):
                found.append(f"{relpath}:{number}: {why}: {line.strip()}")
        for match in PARENTS.finditer(line):
            up = int(match.group(2)) + 1 if match.group(2) else match.group(1).count("parent")
            if up > depth:
                found.append(f"{relpath}:{number}: __file__ {up} levels up leaves the checkout "
                             f"({depth} reach the root): {line.strip()}")
        for match in DIRNAMES.finditer(line):
            up = match.group(1).count("dirname")
            if up > depth:
                found.append(f"{relpath}:{number}: dirname x{up} of __file__ leaves the "
                             f"checkout: {line.strip()}")
    return found


def test_no_file_reads_outside_the_checkout():
    files = scanned_files()
    assert ROOT / "tests" / "testdata.py" in files and ROOT / "scripts" / "demo.py" in files
    assert any(p.parent.name == "qgis" for p in files) and any(p.parent.name == "benchmarks"
                                                                for p in files)
    found = [problem for path in files
             for problem in problems(path.read_text(encoding="utf-8"),
                                     path.relative_to(ROOT).as_posix())]
    assert found == [], "\n".join(found)


@pytest.mark.parametrize("line", [
    f'SHARED_DATA = ROOT.parent / "{NAME}" / "data" / "nl"',
    f'NATURA = f"{BESIDE}/data/nl/natura.geojson"',
    'path = "/home/planner/data/nl/bag.gpkg"',
    'DATA = Path("/work/main/tests/data")',
    'DATA = Path(__file__).resolve().parent.parent.parent / "data"',
    f'DATA = Path(__file__).parents[2] / "{NAME}"',
    'DATA = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))',
    'DATA = REPO / ".." / "elsewhere"',
])
def test_a_line_leaving_the_checkout_is_caught(line):
    # as if it were in benchmarks/x.py: two parents of __file__ reach the root, three leave it
    assert problems(line, "benchmarks/x.py")


@pytest.mark.parametrize("line", [
    'ROOT = Path(__file__).resolve().parent.parent',
    'HERE = Path(__file__).resolve().parent',
    'BAG = f"{TEST_DATA}/bag.gpkg|layername=verblijfsobjecten"',
    'ROOT = Path(__file__).resolve().parents[2]',
])
def test_lines_inside_the_checkout_pass(line):
    assert problems(line, "tests/qgis/test_x.py") == []


def test_testdata_paths_are_inside_the_checkout_and_exist():
    assert testdata.ROOT.resolve() == ROOT and (ROOT / "metadata.txt").is_file()
    paths = {name: value for name, value in vars(testdata).items()
             if not name.startswith("_") and isinstance(value, Path)}
    assert {"ROOT", "TEST_DATA"} <= set(paths)
    for name, path in paths.items():
        assert path.resolve().is_relative_to(ROOT), f"testdata.{name} = {path} leaves ROOT"
        assert path.exists(), f"testdata.{name} = {path} does not exist"
    # string paths: inside ROOT, or a private copy made at import in the temp folder
    # (DEMO_GPKG: QGIS opens GeoPackages for update, the checkout must not change)
    temp = Path(tempfile.gettempdir()).resolve()
    for name, value in vars(testdata).items():
        if name.startswith("_") or not isinstance(value, str) or "/" not in value:
            continue
        path = Path(value).resolve()
        assert path.exists(), f"testdata.{name} = {value} does not exist"
        copied_from = [p for folder in ("resources", "tests")
                       for p in (ROOT / folder).rglob(path.name)]
        assert path.is_relative_to(ROOT) or (path.is_relative_to(temp) and copied_from), (
            f"testdata.{name} = {value} is neither in the checkout nor a temp copy of a file "
            "in it")


def test_every_test_data_file_exists_and_has_its_source():
    data = testdata.TEST_DATA
    used = set()
    for path in (ROOT / "tests").rglob("*.py"):
        used |= set(re.findall(r"TEST_DATA\}?\s*/\s*\"?([\w.\-]+)", path.read_text("utf-8")))
    assert used, "no test reads tests/data"
    assert sorted(name for name in used if not (data / name).exists()) == []
    sources = (data / "SOURCES.md").read_text(encoding="utf-8")
    generated = (".gfs", ".aux.xml")   # written by GDAL/QGIS when reading; in .gitignore
    for path in data.iterdir():
        if path.name != "SOURCES.md" and not path.name.endswith(generated):
            assert path.name in sources, f"tests/data/{path.name} is not in SOURCES.md"
