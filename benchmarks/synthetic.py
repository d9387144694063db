"""Seeded synthetic "Netherlands" for the national benchmark (benchmarks/national.py).

Everything is drawn from ``numpy.random.default_rng(seed)`` in a fixed order, so the same seed
gives the same files. The area is the RD New box x 0-300 km, y 300-650 km (EPSG:28992; the real
Netherlands lies inside it): 12,000 x 14,000 cells at 25 m, 30,000 x 35,000 at 10 m. ``small``
is a 30 x 35 km corner of it (1,200 x 1,400 cells at 25 m) with proportionally fewer features.

Rasters (GeoTIFF, float32, tiled 512 x 512, uncompressed, no NoData): c1..c6 criterion values and
c7 (a DEM-like 7th layer for the zonal statistics). Each is a smooth random field: bilinear
interpolation of random lattices whose spacing is fixed in metres (20 km, 5 km, 1 km, 250 m),
so the 10 m variant samples the very same field more finely. Written strip by strip: memory stays
small even at 10 m.

Vectors, one GeoPackage ``vectors.gpkg`` (written with OGR, one transaction per layer):
  ramps        motorway ramps (points) along 25 random motorway polylines
  houses       houses (points) in towns (Gaussian clusters, Pareto sizes) + 10 % scattered
  natura       Natura 2000-like star-shaped polygons, non-overlapping, ~15 % of the area;
               KDW (mol N/ha/yr, ~80 % below 2400) and background (mol N/ha/yr, about half of
               the habitat overloaded: background > KDW)
  capacity     grid-capacity areas covering the whole box (Voronoi cells) with afname and opwek
               = groen/geel/oranje/rood
  substations  HV substations (points)
  sites        non-overlapping candidate sites (rotated rectangles, 1-50 ha), field id
  sens_sites   sites with five criterion fields k1_mean..k5_mean (0-1) and excluded (0/1), for
               ruimte:sensitivity
A ``manifest.json`` written last marks a complete data folder; it is reused when the manifest
matches the request.
"""

import json
import math
import os
import time
from pathlib import Path

import numpy as np

X0, Y_TOP = 0.0, 650000.0
FULL_W_M, FULL_H_M = 300000.0, 350000.0          # 12,000 x 14,000 cells at 25 m
SMALL_W_M, SMALL_H_M = 30000.0, 35000.0          # 1,200 x 1,400 cells at 25 m
EPSG = 28992

#: per criterion raster: (offset, scale, lower clip) applied to a ~N(0, 1) smooth field
VALUES = {
    "c1": (6000.0, 3000.0, 0.0),      # a distance in m (e.g. to a rail terminal)
    "c2": (500.0, 300.0, None),       # an arbitrary value, better when higher
    "c3": (4000.0, 2500.0, 0.0),      # a distance in m
    "c4": (50.0, 20.0, None),         # a percentage-like value
    "c5": (0.5, 0.25, None),          # already score-like, still standardised
    "c6": (9000.0, 5000.0, 0.0),      # a distance in m
    "c7": (10.0, 12.0, None),         # DEM-like elevation in m (7th zonal layer only)
}
#: octaves (lattice spacing in m, amplitude)
OCTAVES = ((20000.0, 1.0), (5000.0, 0.6), (1000.0, 0.25), (250.0, 0.08))

FULL_COUNTS = dict(ramps=2000, motorways=25, houses=1_000_000, towns=600, natura=400,
                   capacity=400, substations=60, sites=5000, sens_sites=1000)
SMALL_COUNTS = dict(ramps=200, motorways=4, houses=10_000, towns=25, natura=30,
                    capacity=30, substations=6, sites=500, sens_sites=200)
NATURA_SHARE = 0.15
RASTERS = tuple(VALUES)
LAYERS = ("ramps", "houses", "natura", "capacity", "substations", "sites", "sens_sites")
VERSION = 1


def spec(small=False, pixel=25.0, seed=42):
    """The description of a data set (also its manifest)."""
    w_m, h_m = (SMALL_W_M, SMALL_H_M) if small else (FULL_W_M, FULL_H_M)
    width, height = int(round(w_m / pixel)), int(round(h_m / pixel))
    return dict(version=VERSION, seed=seed, pixel=float(pixel), small=bool(small),
                width=width, height=height, epsg=EPSG,
                bounds=[X0, Y_TOP - h_m, X0 + w_m, Y_TOP],
                counts=dict(SMALL_COUNTS if small else FULL_COUNTS))


def cells_label(s):
    return f"{s['width']}x{s['height']}"


def is_complete(folder, s):
    manifest = Path(folder) / "manifest.json"
    if not manifest.exists():
        return False
    try:
        old = json.loads(manifest.read_text())
    except ValueError:
        return False
    wanted = {k: s[k] for k in ("version", "seed", "pixel", "small", "width", "height",
                                "bounds", "counts")}
    return all(old.get(k) == v for k, v in wanted.items()) and all(
        (Path(folder) / f"{name}.tif").exists() for name in RASTERS) and \
        (Path(folder) / "vectors.gpkg").exists()


def ensure(folder, small=False, pixel=25.0, seed=42, log=print):
    """Generate the data set into ``folder`` unless a complete one is there; returns its
    manifest (dict with paths)."""
    s = spec(small, pixel, seed)
    folder = Path(folder)
    if is_complete(folder, s):
        log(f"data: reusing {folder} ({cells_label(s)} cells, seed {seed})")
    else:
        folder.mkdir(parents=True, exist_ok=True)
        (folder / "manifest.json").unlink(missing_ok=True)
        started = time.perf_counter()
        log(f"data: generating {cells_label(s)} cells at {pixel:g} m, seed {seed} in {folder}")
        generate(folder, s, log)
        (folder / "manifest.json").write_text(json.dumps(s, indent=1))
        log(f"data: done in {time.perf_counter() - started:.1f} s")
    s = json.loads((folder / "manifest.json").read_text())
    s["folder"] = str(folder)
    s["gpkg"] = str(folder / "vectors.gpkg")
    s["rasters"] = {name: str(folder / f"{name}.tif") for name in RASTERS}
    return s


# ------------------------------------------------------------------ rasters
def _lattices(rng, w_m, h_m):
    out = []
    for step, amp in OCTAVES:
        ny, nx = int(math.ceil(h_m / step)) + 2, int(math.ceil(w_m / step)) + 2
        out.append((step, np.float32(amp), rng.standard_normal((ny, nx)).astype(np.float32)))
    return out


def _axis(n, pixel, step):
    """Lattice index and weight (float32) of n cell centres along one axis."""
    pos = (np.arange(n, dtype=np.float64) + 0.5) * pixel / step
    i0 = np.floor(pos).astype(np.int64)
    return i0, (pos - i0).astype(np.float32)


def _field_strip(lattices, r0, r1, width, pixel, norm):
    out = np.zeros((r1 - r0, width), np.float32)
    for step, amp, lat in lattices:
        iy, fy = _axis(r1, pixel, step)
        iy, fy = iy[r0:], fy[r0:, None]
        ix, fx = _axis(width, pixel, step)
        top = lat[iy][:, ix]
        top += (lat[iy][:, ix + 1] - top) * fx
        bot = lat[iy + 1][:, ix]
        bot += (lat[iy + 1][:, ix + 1] - bot) * fx
        top += (bot - top) * fy
        top *= amp
        out += top
    out *= norm
    return out


def write_rasters(folder, s, rng, log=print):
    import rasterio
    from rasterio.transform import from_origin
    from rasterio.windows import Window
    x0, _, x1, y1 = s["bounds"]
    pixel, width, height = s["pixel"], s["width"], s["height"]
    w_m, h_m = x1 - x0, s["bounds"][3] - s["bounds"][1]
    profile = dict(driver="GTiff", width=width, height=height, count=1, dtype="float32",
                   crs=f"EPSG:{EPSG}", transform=from_origin(x0, y1, pixel, pixel), tiled=True,
                   blockxsize=512, blockysize=512, BIGTIFF="IF_SAFER")
    norm = np.float32(1 / math.sqrt(sum(a * a for _, a in OCTAVES)))
    for name, (offset, scale, floor) in VALUES.items():
        lattices = _lattices(rng, w_m, h_m)      # drawn in a fixed order: same seed, same field
        started = time.perf_counter()
        path = Path(folder) / f"{name}.tif"
        with rasterio.Env(GDAL_CACHEMAX=64 * 2 ** 20), rasterio.open(path, "w", **profile) as dst:
            dst.set_band_description(1, f"synthetic {name}")
            for r0 in range(0, height, 512):
                r1 = min(r0 + 512, height)
                a = _field_strip(lattices, r0, r1, width, pixel, norm)
                a *= np.float32(scale)
                a += np.float32(offset)
                if floor is not None:
                    np.maximum(a, np.float32(floor), out=a)
                dst.write(a, 1, window=Window(0, r0, width, r1 - r0))
        log(f"data:   {name}.tif {time.perf_counter() - started:.1f} s")


# ------------------------------------------------------------------ vectors
class _Writer:
    """One OGR GeoPackage; layers written in one transaction each."""

    def __init__(self, path):
        from osgeo import ogr, osr
        ogr.UseExceptions()
        self.ogr = ogr
        if os.path.exists(path):
            os.remove(path)
        self.ds = ogr.GetDriverByName("GPKG").CreateDataSource(str(path))
        self.srs = osr.SpatialReference()
        self.srs.ImportFromEPSG(EPSG)

    def layer(self, name, gtype, wkbs, fields=()):
        """``fields``: [(name, 'int'|'real'|'str', values)]."""
        ogr = self.ogr
        lyr = self.ds.CreateLayer(name, self.srs, gtype, ["SPATIAL_INDEX=YES"])
        kinds = {"int": ogr.OFTInteger, "real": ogr.OFTReal, "str": ogr.OFTString}
        for fname, kind, _ in fields:
            lyr.CreateField(ogr.FieldDefn(fname, kinds[kind]))
        defn = lyr.GetLayerDefn()
        columns = [(defn.GetFieldIndex(fname), kind, list(values))
                   for fname, kind, values in fields]
        lyr.StartTransaction()
        for i, wkb in enumerate(wkbs):
            feature = ogr.Feature(defn)
            feature.SetGeometryDirectly(ogr.CreateGeometryFromWkb(wkb))
            for idx, kind, values in columns:
                value = values[i]
                feature.SetField(idx, int(value) if kind == "int" else
                                 float(value) if kind == "real" else str(value))
            lyr.CreateFeature(feature)
        lyr.CommitTransaction()

    def close(self):
        self.ds = None


def _point_wkbs(xy):
    """WKB (little-endian Point) for each row of an (n, 2) array, built with numpy."""
    rec = np.zeros(len(xy), dtype=[("bo", "u1"), ("t", "<u4"), ("x", "<f8"), ("y", "<f8")])
    rec["bo"], rec["t"], rec["x"], rec["y"] = 1, 1, xy[:, 0], xy[:, 1]
    raw = rec.tobytes()
    return [raw[i * 21:(i + 1) * 21] for i in range(len(xy))]


def _polygon_wkb(ring):
    """WKB of a polygon from an (n, 2) ring (closed here)."""
    ring = np.vstack([ring, ring[:1]]).astype("<f8")
    return (np.array([1], "u1").tobytes() + np.array([3, 1, len(ring)], "<u4").tobytes()
            + ring.tobytes())


def _inside(xy, b, margin=0.0):
    return ((xy[:, 0] > b[0] + margin) & (xy[:, 0] < b[2] - margin) &
            (xy[:, 1] > b[1] + margin) & (xy[:, 1] < b[3] - margin))


def _ramps(rng, b, n, n_roads):
    """Ramps at random places along random smooth motorway polylines."""
    w, h = b[2] - b[0], b[3] - b[1]
    roads = []
    for _ in range(n_roads):
        start = np.array([rng.uniform(b[0], b[2]), rng.uniform(b[1], b[3])])
        heading = rng.uniform(0, 2 * np.pi)
        step = max(w, h) / 200
        turns = np.cumsum(rng.normal(0, 0.08, 400))
        legs = []
        for a0, part in ((heading, turns[:200]), (heading + np.pi, turns[200:])):
            p, leg = start.copy(), []
            for t in part:                                   # both ways from the start
                p = p + step * np.array([np.cos(a0 + t), np.sin(a0 + t)])
                if not _inside(p[None], b)[0]:
                    break
                leg.append(p)
            legs.append(leg)
        pts = legs[1][::-1] + [start] + legs[0]
        roads.append(np.array(pts))
    lengths = np.array([np.hypot(*np.diff(r, axis=0).T).sum() for r in roads])
    per_road = rng.multinomial(n, lengths / lengths.sum())
    out = []
    for road, k in zip(roads, per_road):
        seg = np.hypot(*np.diff(road, axis=0).T)
        cum = np.r_[0, np.cumsum(seg)]
        at = np.sort(rng.uniform(0, cum[-1], k))
        i = np.clip(np.searchsorted(cum, at, side="right") - 1, 0, len(seg) - 1)
        f = ((at - cum[i]) / np.where(seg[i] > 0, seg[i], 1))[:, None]
        out.append(road[i] + f * (road[i + 1] - road[i]))
    return np.vstack(out)


def _houses(rng, b, n, n_towns):
    """90 % in towns (Gaussian clusters, Pareto-distributed sizes), 10 % scattered."""
    w, h = b[2] - b[0], b[3] - b[1]
    town_n = int(n * 0.9)
    sizes = rng.pareto(1.1, n_towns) + 1
    counts = rng.multinomial(town_n, sizes / sizes.sum())
    centres = np.c_[rng.uniform(b[0], b[2], n_towns), rng.uniform(b[1], b[3], n_towns)]
    scale = math.sqrt(w * h / 105e9)                 # town radius shrinks with the area
    sigma = 2500 * scale * np.sqrt(counts / max(counts.mean(), 1)) + 150
    xy = np.repeat(centres, counts, axis=0) + rng.standard_normal((town_n, 2)) * \
        np.repeat(sigma, counts)[:, None]
    xy = xy[_inside(xy, b)]
    rest = n - len(xy)
    xy = np.vstack([xy, np.c_[rng.uniform(b[0], b[2], rest), rng.uniform(b[1], b[3], rest)]])
    return xy[rng.permutation(len(xy))]


def _star(rng, cx, cy, radius, vertices=48):
    theta = np.linspace(0, 2 * np.pi, vertices, endpoint=False)
    k = rng.integers(2, 6)
    r = radius * (1 + 0.18 * np.sin(k * theta + rng.uniform(0, 6.3)) +
                  0.06 * np.sin((k + 3) * theta + rng.uniform(0, 6.3)))
    return np.c_[cx + r * np.cos(theta), cy + r * np.sin(theta)]


def _natura(rng, b, n):
    """Non-overlapping star-shaped polygons covering about NATURA_SHARE of the box."""
    area = (b[2] - b[0]) * (b[3] - b[1]) * NATURA_SHARE
    sizes = rng.lognormal(0, 0.8, n)
    radii = np.sqrt(sizes / sizes.sum() * area / np.pi)
    radii = np.sort(radii)[::-1]                     # place the largest first
    placed, rings = [], []
    for radius in radii:
        for _ in range(2000):
            m = 1.3 * radius                             # keep the polygon inside the box
            cx, cy = rng.uniform(b[0] + m, b[2] - m), rng.uniform(b[1] + m, b[3] - m)
            if all(math.hypot(cx - px, cy - py) > 1.3 * (radius + pr) for px, py, pr in placed):
                placed.append((cx, cy, radius))
                rings.append(_star(rng, cx, cy, radius))
                break
    kdw = rng.choice([500, 700, 1000, 1300, 1600, 1900, 2100, 2300, 2400, 2600, 3000],
                     len(rings), p=[.06, .1, .12, .12, .12, .1, .1, .08, .06, .07, .07])
    background = np.round(kdw * rng.lognormal(0.0, 0.35, len(rings)))
    return rings, kdw.astype(float), background


def _clip(poly, normal, offset):
    """Sutherland-Hodgman: the part of convex ``poly`` where normal . p <= offset."""
    side = poly @ normal - offset
    out = []
    for k in range(len(poly)):
        p, q, sp, sq = poly[k], poly[(k + 1) % len(poly)], side[k], side[(k + 1) % len(poly)]
        if sp <= 0:
            out.append(p)
        if (sp < 0 < sq) or (sq < 0 < sp):
            out.append(p + (q - p) * (sp / (sp - sq)))
    return np.array(out).reshape(-1, 2)


def _capacity(rng, b, n):
    """Voronoi cells of random seeds, clipped to the box (half-planes of the Delaunay
    neighbours), so that the areas tile the whole box."""
    from scipy.spatial import Delaunay
    seeds = np.c_[rng.uniform(b[0], b[2], n), rng.uniform(b[1], b[3], n)]
    tri = Delaunay(seeds)
    indptr, indices = tri.vertex_neighbor_vertices
    frame = np.array([[b[0], b[1]], [b[2], b[1]], [b[2], b[3]], [b[0], b[3]]], float)
    rings = []
    for i in range(n):
        poly = frame
        for j in indices[indptr[i]:indptr[i + 1]]:
            normal = seeds[j] - seeds[i]                 # keep the side nearer to seed i
            poly = _clip(poly, normal, normal @ (seeds[i] + seeds[j]) / 2)
        rings.append(poly)
    colours = np.array(["groen", "geel", "oranje", "rood"])
    afname = colours[rng.choice(4, n, p=[.3, .3, .2, .2])]
    opwek = colours[rng.choice(4, n, p=[.15, .25, .25, .35])]
    return [_polygon_wkb(r) for r in rings], afname, opwek


def _sites(rng, b, n):
    """Non-overlapping rotated rectangles of 1-50 ha, one per cell of a jittered lattice."""
    w, h = b[2] - b[0], b[3] - b[1]
    nx = int(math.ceil(math.sqrt(n * w / h)))
    ny = int(math.ceil(n / nx))
    dx, dy = w / nx, h / ny
    chosen = np.sort(rng.choice(nx * ny, n, replace=False))
    area = np.exp(rng.uniform(np.log(1e4), np.log(50e4), n))
    aspect = rng.uniform(1, 2.5, n)
    angle = rng.uniform(0, np.pi, n)
    rings = []
    for k, cell in enumerate(chosen):
        j, i = divmod(cell, nx)
        a, c = math.sqrt(area[k] * aspect[k]) / 2, math.sqrt(area[k] / aspect[k]) / 2
        half = math.hypot(a, c)                  # the rectangle fits in a circle of this radius
        mx, my = max(dx / 2 - half, 0), max(dy / 2 - half, 0)
        cx = b[0] + (i + 0.5) * dx + rng.uniform(-mx, mx)
        cy = b[1] + (j + 0.5) * dy + rng.uniform(-my, my)
        corners = np.array([[-a, -c], [a, -c], [a, c], [-a, c]])
        rot = np.array([[math.cos(angle[k]), -math.sin(angle[k])],
                        [math.sin(angle[k]), math.cos(angle[k])]])
        rings.append(corners @ rot.T + [cx, cy])
    return rings


def write_vectors(folder, s, rng, log=print):
    from osgeo import ogr
    b, n = s["bounds"], s["counts"]
    started = time.perf_counter()
    out = _Writer(Path(folder) / "vectors.gpkg")
    ramps = _ramps(rng, b, n["ramps"], n["motorways"])
    out.layer("ramps", ogr.wkbPoint, _point_wkbs(ramps),
              [("id", "int", range(1, len(ramps) + 1))])
    houses = _houses(rng, b, n["houses"], n["towns"])
    out.layer("houses", ogr.wkbPoint, _point_wkbs(houses))
    rings, kdw, background = _natura(rng, b, n["natura"])
    out.layer("natura", ogr.wkbPolygon, [_polygon_wkb(r) for r in rings],
              [("id", "int", range(1, len(rings) + 1)), ("KDW", "real", kdw),
               ("background", "real", background)])
    wkbs, afname, opwek = _capacity(rng, b, n["capacity"])
    out.layer("capacity", ogr.wkbPolygon, wkbs,
              [("id", "int", range(1, len(wkbs) + 1)), ("afname", "str", afname),
               ("opwek", "str", opwek)])
    subs = np.c_[rng.uniform(b[0], b[2], n["substations"]),
                 rng.uniform(b[1], b[3], n["substations"])]
    out.layer("substations", ogr.wkbPoint, _point_wkbs(subs),
              [("id", "int", range(1, len(subs) + 1))])
    sites = _sites(rng, b, n["sites"])
    out.layer("sites", ogr.wkbPolygon, [_polygon_wkb(r) for r in sites],
              [("id", "int", range(1, len(sites) + 1))])
    m = n["sens_sites"]
    side = np.sqrt(rng.uniform(4e4, 20e4, m))
    centres = np.c_[rng.uniform(b[0] + 500, b[2] - 500, m), rng.uniform(b[1] + 500, b[3] - 500, m)]
    squares = [c + np.array([[-1, -1], [1, -1], [1, 1], [-1, 1]]) * sd / 2
               for c, sd in zip(centres, side)]
    crit = rng.beta(2, 2, (5, m))
    fields = [("id", "int", range(1, m + 1))]
    fields += [(f"k{j + 1}_mean", "real", np.round(crit[j], 5)) for j in range(5)]
    fields += [("excluded", "int", (rng.random(m) < 0.05).astype(int))]
    out.layer("sens_sites", ogr.wkbPolygon, [_polygon_wkb(r) for r in squares], fields)
    out.close()
    covered = sum(_ring_area(r) for r in rings) / ((b[2] - b[0]) * (b[3] - b[1]))
    log(f"data:   vectors.gpkg {time.perf_counter() - started:.1f} s: {len(ramps)} ramps, "
        f"{len(houses):,} houses, {len(rings)} Natura polygons ({covered:.1%} of the area, "
        f"{int((kdw < 2400).sum())} with KDW < 2400, {int((background > kdw).sum())} overloaded), "
        f"{len(wkbs)} capacity areas, {len(subs)} substations, {len(sites)} sites, "
        f"{m} sensitivity sites")


def _ring_area(r):
    x, y = r[:, 0], r[:, 1]
    return 0.5 * abs(np.dot(x, np.roll(y, 1)) - np.dot(y, np.roll(x, 1)))


def generate(folder, s, log=print):
    # one generator; vectors first, then the raster lattices: neither depends on the pixel
    # size, so the 10 m data set is the 25 m one sampled more finely
    rng = np.random.default_rng(s["seed"])
    write_vectors(folder, s, rng, log)
    write_rasters(folder, s, rng, log)
