"""The catalogue's fault classes of issue 21 (imported by test_catalogue.py): curved geometries,
layers whose every geometry is NULL, scores outside 0-1 or infinite, multi-band rasters,
absurd pixel sizes, NULL criterion means, errors that must blame the right parameter, Python
exception names that must become planner words, and outputs that cannot be replaced.

``fault_data(folder, X0, Y1)`` writes the inputs; FAULT_CASES has the catalogue's layout:
(case, algorithm, params(d, tmp), ("error", PARAMETER) or ("ok", warning fragment))."""

import os

import numpy as np
from osgeo import ogr

from testdata import write_raster, write_vector as layer_file

PARK_FIELDS = [("BEDRIJVENT", ogr.OFTString), ("Max_milieucategorie", ogr.OFTString),
               ("Waterontsluiting", ogr.OFTString), ("Grootst_uitgeefbaar_deel_ha", ogr.OFTReal)]
SITE_FIELDS = [("naam", ogr.OFTString), ("a_mean", ogr.OFTReal), ("b_mean", ogr.OFTReal),
               ("afname", ogr.OFTString), ("kdw", ogr.OFTReal)]


def circle(x, y, r):
    """A CurvePolygon: a circle of radius r around (x, y) as one CIRCULARSTRING."""
    return f"CURVEPOLYGON(CIRCULARSTRING({x - r} {y},{x} {y + r},{x + r} {y},{x} {y - r}," \
           f"{x - r} {y}))"


def fault_data(d, x0, y1):
    """The inputs of FAULT_CASES in folder ``d`` (grid of the catalogue: 40 x 40 cells of 25 m
    from (x0, y1))."""
    p = {}
    sites = [(x0 + 200 + 300 * i, y1 - 300) for i in range(3)]
    site_rows = [{"naam": f"site {i}", "a_mean": 0.2 * i + 0.1, "b_mean": 0.5, "afname": "0",
                  "kdw": 1000.0} for i in range(3)]
    p["curved"] = layer_file(d / "curved.gpkg", ogr.wkbCurvePolygon,
                             [(circle(x, y, 90), row) for (x, y), row in zip(sites, site_rows)],
                             SITE_FIELDS)
    multi = "MULTISURFACE({}, (({} {},{} {},{} {},{} {})))"
    p["multisurface"] = layer_file(
        d / "multisurface.gpkg", ogr.wkbMultiSurface,
        [(multi.format(circle(x, y, 60), x + 70, y, x + 120, y, x + 120, y + 50, x + 70, y),
          row) for (x, y), row in zip(sites, site_rows)], SITE_FIELDS)
    p["curved_parks"] = layer_file(
        d / "curved_parks.gpkg", ogr.wkbCurvePolygon,
        [(circle(x, y, 90), {"BEDRIJVENT": f"park {i}", "Max_milieucategorie": "3.2",
                             "Waterontsluiting": "Nee, er is geen vaarwater aanwezig",
                             "Grootst_uitgeefbaar_deel_ha": 2.0})
         for i, (x, y) in enumerate(sites)], PARK_FIELDS)
    p["compound"] = layer_file(
        d / "compound.gpkg", ogr.wkbCompoundCurve,
        [(f"COMPOUNDCURVE(({x0} {y1 - 500},{x0 + 400} {y1 - 500}),CIRCULARSTRING("
          f"{x0 + 400} {y1 - 500},{x0 + 500} {y1 - 400},{x0 + 600} {y1 - 500}))", {})])
    p["null_polys"] = layer_file(d / "null_polys.gpkg", ogr.wkbPolygon,
                                 [(None, row) for row in site_rows], SITE_FIELDS)
    p["null_points"] = layer_file(d / "null_points.gpkg", ogr.wkbPoint, [(None, {}), (None, {})])
    p["null_parks"] = layer_file(d / "null_parks.gpkg", ogr.wkbPolygon,
                                 [(None, {"BEDRIJVENT": "park", "Max_milieucategorie": "3.2",
                                          "Grootst_uitgeefbaar_deel_ha": 2.0})], PARK_FIELDS)
    null_mean = [dict(row) for row in site_rows]
    null_mean[1]["a_mean"] = None
    p["null_mean"] = layer_file(d / "null_mean.gpkg", ogr.wkbPolygon,
                                [(f"POLYGON(({x - 90} {y - 90},{x + 90} {y - 90},{x + 90} "
                                  f"{y + 90},{x - 90} {y + 90},{x - 90} {y - 90}))", row)
                                 for (x, y), row in zip(sites, null_mean)], SITE_FIELDS)
    ramp = np.linspace(0, 1, 1600, dtype=np.float32).reshape(40, 40)
    p["above_one"] = write_raster(d / "above_one.tif", (1 - ramp) * 1.5, x0=x0, y1=y1)
    p["below_zero"] = write_raster(d / "below_zero.tif", ramp - 0.2, x0=x0, y1=y1)
    infinite = ramp.copy()
    infinite[5, 5] = np.inf
    p["infinite"] = write_raster(d / "infinite.tif", infinite, x0=x0, y1=y1)
    p["multiband"] = multiband(d / "multiband.tif", ramp, x0, y1)
    p["one_cell"] = write_raster(d / "one_cell.tif", np.full((1, 1), 0.5, np.float32),
                                 x0=x0, y1=y1, pixel=1e6)
    for name in ("folder.tif", "folder.gpkg"):      # a folder where a file should go
        (d / name).mkdir()
        p[name] = str(d / name)
    truncated = d / "truncated.tif"
    data = open(write_raster(d / "whole.tif", np.random.default_rng(1).random(
        (300, 300), dtype=np.float32), x0=x0, y1=y1), "rb").read()
    truncated.write_bytes(data[:len(data) // 50])       # the header and the first rows
    p["profile_score"] = write_raster(d / "profile_score.tif", ramp, x0=x0, y1=y1,
                                      tags={"RUIMTE_PROFILE": '{"id": "xxl_logistics"}'})
    p["truncated"] = str(truncated)
    return p


def multiband(path, ramp, x0, y1):
    import rasterio
    from rasterio.transform import from_origin
    with rasterio.open(str(path), "w", driver="GTiff", width=40, height=40, count=3,
                       dtype="float32", crs="EPSG:28992", nodata=-9999.0,
                       transform=from_origin(x0, y1, 25, 25)) as dst:
        for band in (1, 2, 3):
            dst.write(ramp * band / 3, band)
    return str(path)


def read_only(path):
    """An existing output file with mode 444 (what a colleague's finished result may have)."""
    with open(path, "w") as handle:
        handle.write("an earlier result\n")
    os.chmod(path, 0o444)
    return str(path)


def _out(t, name="out.tif"):
    return str(t / name)


def _sites_extent(x0, y1):
    return f"{x0},{x0 + 1000},{y1 - 1000},{y1} [EPSG:28992]"


PROGRAMME = ["xxl_logistics", "1", "1", ""]


def fault_cases(extent):
    """FAULT_CASES for the catalogue's EXTENT."""
    far = "0,1000000,0,1000000 [EPSG:28992]"
    return [
        # ------------------------------------------------ curved geometries (segmentised)
        ("curved geometries", "ruimte:combine", lambda d, t: dict(
            CRITERIA=[d["score_a"]], CONSTRAINTS=[d["curved"]], OUTPUT=_out(t)), ("ok", "")),
        ("curved geometries", "ruimte:combine", lambda d, t: dict(
            CRITERIA=[d["score_a"]], CONSTRAINTS=[d["multisurface"]], OUTPUT=_out(t)),
         ("ok", "")),
        ("curved geometries", "ruimte:scoresites", lambda d, t: dict(
            SITES=d["curved"], CRITERIA=[d["score_a"]], OUTPUT="memory:"), ("ok", "")),
        ("curved geometries", "ruimte:scoresites", lambda d, t: dict(
            SITES=d["multisurface"], CRITERIA=[d["score_a"]], OUTPUT=_out(t, "s.gpkg")),
         ("ok", "")),
        ("curved geometries", "ruimte:nitrogen", lambda d, t: dict(
            HABITATS=d["curved"], KDW_FIELD="kdw", EXTENT=extent, EMISSION_NOX=1000,
            OUTPUT=_out(t)), ("ok", "")),
        ("curved geometries", "ruimte:gridcapacity", lambda d, t: dict(
            AREAS=d["multisurface"], STATUS_FIELD="afname", EXTENT=extent, OUTPUT=_out(t)),
         ("ok", "")),
        ("curved geometries", "ruimte:landscape", lambda d, t: dict(
            PROTECTED=[d["curved"]], VALUED=[d["multisurface"]], EXTENT=extent,
            OUTPUT=_out(t)), ("ok", "")),
        ("curved geometries", "ruimte:locatesites", lambda d, t: dict(
            SUITABILITY=d["score_a"], MIN_AREA_HA=1, MIN_SCORE=0, EXISTING=[d["curved"]],
            OUTPUT="memory:"), ("ok", "")),
        ("curved geometries", "ruimte:sensitivity", lambda d, t: dict(
            SITES=d["curved"], CRITERIA=[d["score_a"], d["score_b"]], RUNS=50,
            OUTPUT="memory:"), ("ok", "")),
        ("curved geometries", "ruimte:sensitivity", lambda d, t: dict(
            SITES=d["multisurface"], RUNS=50, OUTPUT="memory:"), ("ok", "")),
        ("curved geometries", "ruimte:allocate", lambda d, t: dict(
            PROGRAMME_TABLE=PROGRAMME, SITES=d["curved"], SUITABILITY=[d["profile_score"]],
            OUTPUT="memory:", BALANCE="memory:"), ("ok", "")),
        ("curved geometries", "ruimte:allocatescenarios", lambda d, t: dict(
            PROGRAMME_TABLE=PROGRAMME, SITES=d["multisurface"], SUITABILITY=[d["profile_score"]],
            SCENARIOS="low=0.5; high=1.5", OUTPUT="memory:", BALANCE="memory:"), ("ok", "")),
        ("curved geometries", "ruimte:comparescenarios", lambda d, t: dict(
            SUITABILITY_A=d["score_a"], SUITABILITY_B=d["score_b"], SITES=d["curved"],
            OUTPUT=_out(t), RANK_CHANGES="memory:"), ("ok", "")),
        ("curved geometries", "ruimte:parkfit", lambda d, t: dict(
            PARKS=d["curved_parks"], OUTPUT="memory:"), ("ok", "")),
        ("curved geometries", "ruimte:parkpotential", lambda d, t: dict(
            PARKS=d["curved_parks"], OUTPUT="memory:"), ("ok", "")),
        ("curved geometries", "ruimte:accessibility", lambda d, t: dict(
            MOTORWAYS=d["compound"], EXTENT=extent, OUTPUT=_out(t)), ("ok", "")),
        # ------------------------------------------------ every geometry NULL
        ("all geometries NULL", "ruimte:combine", lambda d, t: dict(
            CRITERIA=[d["score_a"]], CONSTRAINTS=[d["null_polys"]], OUTPUT=_out(t)),
         ("ok", "no geometry")),
        ("all geometries NULL", "ruimte:zoning", lambda d, t: dict(
            SENSITIVE=d["null_points"], EXTENT=extent, OUTPUT=_out(t)), ("ok", "no geometry")),
        ("all geometries NULL", "ruimte:landscape", lambda d, t: dict(
            PROTECTED=[d["null_polys"]], EXTENT=extent, OUTPUT=_out(t)), ("ok", "no geometry")),
        ("all geometries NULL", "ruimte:gridcapacity", lambda d, t: dict(
            AREAS=d["null_polys"], STATUS_FIELD="afname", EXTENT=extent, OUTPUT=_out(t)),
         ("ok", "no geometry")),
        ("all geometries NULL", "ruimte:nitrogen", lambda d, t: dict(
            HABITATS=d["null_polys"], EXTENT=extent, EMISSION_NOX=1000, OUTPUT=_out(t)),
         ("ok", "no geometry")),
        ("all geometries NULL", "ruimte:locatesites", lambda d, t: dict(
            SUITABILITY=d["score_a"], MIN_AREA_HA=1, EXISTING=[d["null_polys"]],
            OUTPUT="memory:"), ("ok", "no geometry")),
        ("all geometries NULL", "ruimte:scoresites", lambda d, t: dict(
            SITES=d["null_polys"], CRITERIA=[d["score_a"]], OUTPUT="memory:"),
         ("error", "SITES")),
        ("all geometries NULL", "ruimte:sensitivity", lambda d, t: dict(
            SITES=d["null_polys"], OUTPUT="memory:"), ("error", "SITES")),
        ("all geometries NULL", "ruimte:comparescenarios", lambda d, t: dict(
            SUITABILITY_A=d["score_a"], SUITABILITY_B=d["score_b"], SITES=d["null_polys"],
            OUTPUT=_out(t), RANK_CHANGES="memory:"), ("error", "SITES")),
        ("all geometries NULL", "ruimte:allocate", lambda d, t: dict(
            PROGRAMME_TABLE=PROGRAMME, SITES=d["null_polys"], SUITABILITY=[d["profile_score"]],
            OUTPUT="memory:", BALANCE="memory:"), ("error", "SITES")),
        ("all geometries NULL", "ruimte:parkfit", lambda d, t: dict(   # fit is by fields
            PARKS=d["null_parks"], OUTPUT="memory:"), ("ok", "no geometry")),
        ("all geometries NULL", "ruimte:parkpotential", lambda d, t: dict(
            PARKS=d["null_parks"], OUTPUT="memory:"), ("error", "PARKS")),
        # ------------------------------------------------ scores outside 0-1, infinite, bands
        ("score above 1", "ruimte:combine", lambda d, t: dict(
            CRITERIA=[d["above_one"], d["score_a"]], OUTPUT=_out(t)), ("ok", "above_one")),
        ("score below 0", "ruimte:combine", lambda d, t: dict(
            CRITERIA=[d["score_a"], d["below_zero"]], OUTPUT=_out(t)), ("ok", "below_zero")),
        ("infinite score", "ruimte:combine", lambda d, t: dict(
            CRITERIA=[d["infinite"]], OUTPUT=_out(t)), ("ok", "infinite")),
        ("score above 1", "ruimte:scoresites", lambda d, t: dict(
            SITES=d["sites"], CRITERIA=[d["above_one"]], OUTPUT="memory:"),
         ("ok", "above_one")),
        ("score above 1", "ruimte:locatesites", lambda d, t: dict(
            SUITABILITY=d["above_one"], MIN_AREA_HA=1, OUTPUT="memory:"), ("ok", "above_one")),
        ("multi-band raster", "ruimte:combine", lambda d, t: dict(
            CRITERIA=[d["multiband"]], OUTPUT=_out(t)), ("ok", "band 1")),
        ("multi-band raster", "ruimte:scoresites", lambda d, t: dict(
            SITES=d["sites"], CRITERIA=[d["multiband"]], OUTPUT="memory:"), ("ok", "band 1")),
        ("multi-band raster", "ruimte:locatesites", lambda d, t: dict(
            SUITABILITY=d["multiband"], MIN_AREA_HA=1, OUTPUT="memory:"), ("ok", "band 1")),
        # ------------------------------------------------ absurd pixel sizes
        ("1 x 1 grid over 1,000 km", "ruimte:zoning", lambda d, t: dict(
            SENSITIVE=d["houses"], EXTENT=far, PIXEL_SIZE=1e6, OUTPUT=_out(t)),
         ("ok", "1 x 1")),
        ("1 x 1 grid over 1,000 km", "ruimte:combine", lambda d, t: dict(
            CRITERIA=[d["one_cell"]], OUTPUT=_out(t)), ("ok", "1 x 1")),
        ("pixel larger than the extent", "ruimte:zoning", lambda d, t: dict(
            SENSITIVE=d["houses"], EXTENT=extent, PIXEL_SIZE=5000, OUTPUT=_out(t)),
         ("error", "PIXEL_SIZE")),
        ("pixel larger than the extent", "ruimte:nitrogen", lambda d, t: dict(
            HABITATS=d["polys"], EXTENT=extent, PIXEL_SIZE=2000, OUTPUT=_out(t)),
         ("error", "PIXEL_SIZE")),
        # ------------------------------------------------ NULL criterion means
        ("NULL criterion mean", "ruimte:sensitivity", lambda d, t: dict(
            SITES=d["null_mean"], CRITERIA_FIELDS="a_mean,b_mean", RUNS=50, OUTPUT="memory:"),
         ("ok", "a_mean")),
        # ------------------------------------------------ the right parameter blamed
        # (EXTENT instead of SITES: scoresites with every geometry NULL, above)
        ("runs beyond the memory", "ruimte:sensitivity", lambda d, t: dict(
            SITES=d["sites"], RUNS=2_000_000_000, OUTPUT="memory:"), ("error", "RUNS")),
        ("site area beyond the memory", "ruimte:locatesites", lambda d, t: dict(
            SUITABILITY=d["score_a"], MIN_AREA_HA=1e12, OUTPUT="memory:"),
         ("error", "MIN_AREA_HA")),
        # ------------------------------------------------ a search that cannot succeed
        ("site larger than the raster", "ruimte:locatesites", lambda d, t: dict(   # 100 ha
            SUITABILITY=d["score_a"], MIN_AREA_HA=150, OUTPUT="memory:"),
         ("error", "MIN_AREA_HA")),
        ("site larger than the buildable land", "ruimte:locatesites", lambda d, t: dict(
            SUITABILITY=d["score_a"], MIN_AREA_HA=90, MIN_SCORE=0, EXISTING=[d["polys"]],
            OUTPUT="memory:"), ("ok", "No sites located")),
        ("no site reaches the minimum score", "ruimte:locatesites", lambda d, t: dict(
            SUITABILITY=d["score_a"], MIN_AREA_HA=10, MIN_SCORE=0.99, OUTPUT="memory:"),
         ("ok", "below the minimum mean score")),
        # ------------------------------------------------ no Python exception names
        ("huge number", "ruimte:zoning", lambda d, t: dict(
            SENSITIVE=d["houses"], EXTENT=extent, PIXEL_SIZE=1e-300, OUTPUT=_out(t)),
         ("error", "PIXEL_SIZE")),
        ("huge number", "ruimte:locatesites", lambda d, t: dict(
            SUITABILITY=d["score_a"], MIN_AREA_HA=1, MIN_SPACING=1e308, OUTPUT="memory:"),
         ("ok", "")),
        ("output is a folder", "ruimte:combine", lambda d, t: dict(
            CRITERIA=[d["score_a"]], OUTPUT=d["folder.tif"]), ("error", "OUTPUT")),
        ("output is a folder", "ruimte:scoresites", lambda d, t: dict(
            SITES=d["sites"], CRITERIA=[d["score_a"]], OUTPUT=d["folder.gpkg"]),
         ("error", "OUTPUT")),
        ("damaged raster", "ruimte:combine", lambda d, t: dict(
            CRITERIA=[d["truncated"]], OUTPUT=_out(t)), ("error", "CRITERIA")),
        ("damaged raster", "ruimte:scoresites", lambda d, t: dict(
            SITES=d["sites"], CRITERIA=[d["truncated"]], OUTPUT="memory:"),
         ("error", "CRITERIA")),
        # ------------------------------------------------ outputs that cannot be replaced
        ("read-only existing output", "ruimte:combine", lambda d, t: dict(
            CRITERIA=[d["score_a"]], OUTPUT=read_only(t / "kept.tif")), ("error", "OUTPUT")),
        ("read-only existing output", "ruimte:scoresites", lambda d, t: dict(
            SITES=d["sites"], CRITERIA=[d["score_a"]], OUTPUT=read_only(t / "kept.gpkg")),
         ("error", "OUTPUT")),
        ("read-only existing output", "ruimte:locatesites", lambda d, t: dict(
            SUITABILITY=d["score_a"], MIN_AREA_HA=1, OUTPUT=read_only(t / "kept.gpkg")),
         ("error", "OUTPUT")),
    ]
