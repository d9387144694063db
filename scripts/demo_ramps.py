#!/usr/bin/python3
"""Derive motorway junctions (op- en afritten / aansluitingen) from the RWS WEGGEG speed-limit lines.

`max_snelheden.shp` (Rijkswaterstaat WEGGEG "maximum snelheden", January 2013, on NWB wegvakken,
EPSG:28992) has no road number and no ramp attribute (no NWB BST_CODE). It does contain the
ramps as separate lines, and the ramps are in the network *topology*: the local road that a ramp
leads to is not a Rijksweg, so it is not in the file. So a ramp shows up as a short side branch of
the carriageway that ends, or turns back, where the local road would be. Speed does not help:
many ramps carry the 120/130 km/h of the carriageway they belong to (checked at Beilen, Assen-West,
Hoogeveen-Oost), so the method uses geometry and topology only.

Method (deterministic; pure GDAL/ogr, no QGIS, no shapely):

1. Read every line of the file (the whole country, so the result does not depend on a clip) and
   drop duplicate geometries: single-carriageway roads store the H and T direction as two features
   with the same geometry. Endpoints are shared exactly (checked: the node degrees do not change
   between 1 mm and 1 m snapping), so nodes are the exact endpoint coordinates.
2. Candidate "ramp ends" (points where a ramp meets the missing local road) are nodes of three kinds:
   a. *dangle*: a node with one line (degree 1), if the chain of lines from it to the next
      junction node (degree >= 3) is at most MAX_RAMP_CHAIN_M long. Longer dangling chains are
      ends of the Rijksweg network itself (e.g. the A37 at the German border: 1.8 km) and are
      dropped;
   b. *hairpin*: a degree-2 node where the two lines leave in directions less than 90 degrees apart,
      i.e. an exit ramp and an entry ramp that meet at the local road and turn back;
   c. *bypass*: for two different chains that both run between the same two junction nodes D and M
      (at most MAX_RAMP_CHAIN_M long), the chain that deviates more from the straight line D-M is
      a ramp pair (exit ramp + entry ramp joined at the local road, the "Haarlemmermeer" layout at
      e.g. Pesse); its interior node farthest from the other chain is the candidate, if it lies at
      least MIN_BYPASS_OFFSET_M from it.
3. Candidates closer than CLUSTER_M to each other (single linkage) form one junction; its point is
   the mean of its candidates (roughly where the local road crosses the motorway).
4. Each junction is labelled "dual" when the carriageway its ramps join is a dual carriageway
   (motorway-like: H and T are separate geometries) and "single" otherwise (e.g. N33, N48 in 2013).
5. With `area_geometry_rd` (an ogr geometry in EPSG:28992), only junctions inside it are returned.

Known errors (checked against the published junction lists of the A28 and A37 in Drenthe, see
`RUIMTE_NL_DATA=<folder> python3 scripts/demo_ramps.py`, and resources/demo/SOURCES.md):
- Result for Drenthe: A28 15 of 16 numbered junctions, A37 7 of 7; median position error 34 m
  (A28) and 19 m (A37). Misses/outliers: A28 32b is missed and 32a is 790 m off (the 2013 Assen
  junction with the N33 has a different layout from today's 32a/32b); 36 is 331 m off (ramps on
  one side only).
- The data is of January 2013: junctions opened later (A28 31a Assen-Zuid / TT) are missing.
- One false point inside interchange Hoogeveen (A28/A37): two loop ramps of the cloverleaf end
  loose in the data (a gap), which looks like a ramp end.
- Interchanges with roads that are not Rijkswegen look like ordinary junctions: the A37 interchange
  Holsloot with the provincial N34 is returned (a real access point, but not a numbered
  aansluiting). Motorway-motorway interchanges (Hoogeveen A28/A37, Lankhorst A28/A32) are
  correctly not returned, except where a connector runs on to a local road.
- Half junctions give one-sided clusters; a junction whose four ramps are far apart (> CLUSTER_M)
  could be split in two; two junctions closer than CLUSTER_M would be merged.
- Service areas (verzorgingsplaatsen) would look like ramps if their access lanes were in the
  file; in the Drenthe part of this file they are not.
- There is no road number in the data, so `road` is only "dual"/"single" carriageway; the demo
  should use the "dual" ones as motorway ramps.
"""

import math
import os
import sys
from collections import defaultdict, namedtuple

from osgeo import ogr

ogr.UseExceptions()

MAX_RAMP_CHAIN_M = 1500.0     # ramp chains are shorter; longer dangling chains are road ends
HAIRPIN_MAX_DEG = 90.0        # angle between the two lines at a degree-2 node
DIR_SAMPLE_M = 25.0           # distance along a line used for its direction at a node
MIN_BYPASS_OFFSET_M = 40.0    # a bypass chain must reach this far from its parallel chain
CLUSTER_M = 600.0             # candidates closer than this belong to one junction

Ramp = namedtuple("Ramp", "x y road note")


def _length(c):
    return sum(math.hypot(b[0] - a[0], b[1] - a[1]) for a, b in zip(c, c[1:]))


def _direction_away(c, node, d=DIR_SAMPLE_M):
    """Unit vector from `node` (an end of line c) to the point `d` metres along c."""
    pts = c if c[0] == node else c[::-1]
    x0, y0 = pts[0]
    acc = 0.0
    x, y = pts[-1]
    for (xa, ya), (xb, yb) in zip(pts, pts[1:]):
        s = math.hypot(xb - xa, yb - ya)
        if s > 0 and acc + s >= d:
            t = (d - acc) / s
            x, y = xa + t * (xb - xa), ya + t * (yb - ya)
            break
        acc += s
    n = math.hypot(x - x0, y - y0) or 1.0
    return (x - x0) / n, (y - y0) / n


def _point_segment_dist(p, a, b):
    ax, ay = a
    bx, by = b
    dx, dy = bx - ax, by - ay
    L2 = dx * dx + dy * dy
    t = 0.0 if L2 == 0 else max(0.0, min(1.0, ((p[0] - ax) * dx + (p[1] - ay) * dy) / L2))
    return math.hypot(p[0] - (ax + t * dx), p[1] - (ay + t * dy))


def _point_line_dist(p, pts):
    return min(_point_segment_dist(p, a, b) for a, b in zip(pts, pts[1:]))


def _read_lines(path):
    """Unique line geometries as tuples of (x, y); value = number of features sharing it."""
    ds = ogr.Open(path)
    lyr = ds.GetLayer(0)
    lines = {}
    for feat in lyr:
        g = feat.GetGeometryRef()
        if g is None:
            continue
        parts = [g.GetGeometryRef(i) for i in range(g.GetGeometryCount())] if g.GetGeometryCount() else [g]
        for part in parts:
            c = tuple((round(part.GetX(i), 3), round(part.GetY(i), 3)) for i in range(part.GetPointCount()))
            if len(c) < 2 or c[0] == c[-1]:
                continue
            key = min(c, c[::-1])
            lines[key] = lines.get(key, 0) + 1
    del ds
    return lines


def _chains(lines, inc, deg):
    """Maximal chains through degree-2 nodes: list of (node_a, node_b, coords)."""
    seen = set()
    out = []
    for start, d in sorted(deg.items()):
        if d == 2:
            continue
        for e in inc[start]:
            if e in seen:
                continue
            coords = list(e if e[0] == start else e[::-1])
            seen.add(e)
            cur = coords[-1]
            while deg[cur] == 2:
                nxt = [f for f in inc[cur] if f not in seen]
                if not nxt:
                    break
                f = nxt[0]
                seen.add(f)
                coords += list(f if f[0] == cur else f[::-1])[1:]
                cur = coords[-1]
            out.append((start, cur, tuple(coords)))
    return out


def derive_ramps(path_to_max_snelheden_shp, area_geometry_rd=None):
    """Return a list of Ramp(x, y, road, note) in EPSG:28992, sorted by (x, y).

    road: "dual" (ramps join a dual carriageway: motorway-like) or "single" (single carriageway
    Rijksweg such as the N33 in 2013). note: how it was found, e.g. "dangle=4 hairpin=0 bypass=0".
    See the module docstring for the method and its known errors.
    """
    lines = _read_lines(path_to_max_snelheden_shp)
    inc = defaultdict(list)
    for c in lines:
        inc[c[0]].append(c)
        inc[c[-1]].append(c)
    deg = {p: len(v) for p, v in inc.items()}
    chains = _chains(lines, inc, deg)

    cands = []      # (x, y, kind, attach_nodes)
    # a. dangles, with the chain to the next junction node
    for a, b, coords in chains:
        for end, other in ((a, b), (b, a)):
            if deg[end] == 1 and deg[other] >= 3 and _length(coords) <= MAX_RAMP_CHAIN_M:
                cands.append((end[0], end[1], "dangle", (other,)))
    # b. hairpins (degree-2 nodes where the path turns back)
    chain_of = {}
    for a, b, coords in chains:
        for p in coords[1:-1]:
            chain_of[p] = (a, b)
    for p, d in sorted(deg.items()):
        if d != 2:
            continue
        e1, e2 = inc[p]
        u, v = _direction_away(e1, p), _direction_away(e2, p)
        ang = math.degrees(math.acos(max(-1.0, min(1.0, u[0] * v[0] + u[1] * v[1]))))
        if ang < HAIRPIN_MAX_DEG:
            cands.append((p[0], p[1], "hairpin", chain_of.get(p, ())))
    # c. bypass chains: two chains between the same pair of junction nodes
    by_pair = defaultdict(list)
    for a, b, coords in chains:
        if a != b and deg[a] >= 3 and deg[b] >= 3 and _length(coords) <= MAX_RAMP_CHAIN_M:
            by_pair[tuple(sorted((a, b)))].append(coords)
    for (a, b), cs in sorted(by_pair.items()):
        if len(cs) != 2:
            continue

        def chord_dev(c):
            return max((_point_segment_dist(p, a, b) for p in c), default=0.0)

        side, main = sorted(cs, key=chord_dev, reverse=True)
        if len(side) < 3:
            continue
        best = max(side[1:-1], key=lambda p: _point_line_dist(p, main))
        if _point_line_dist(best, main) >= MIN_BYPASS_OFFSET_M:
            cands.append((best[0], best[1], "bypass", (a, b)))

    # 3. single-linkage clustering
    cands.sort()
    parent = list(range(len(cands)))

    def find(i):
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    for i in range(len(cands)):
        for j in range(i + 1, len(cands)):
            if cands[j][0] - cands[i][0] > CLUSTER_M:
                break
            if math.hypot(cands[j][0] - cands[i][0], cands[j][1] - cands[i][1]) < CLUSTER_M:
                parent[find(i)] = find(j)
    groups = defaultdict(list)
    for i, c in enumerate(cands):
        groups[find(i)].append(c)

    single = {c for c, n in lines.items() if n >= 2}       # H and T share one geometry
    out = []
    for g in groups.values():
        x = sum(c[0] for c in g) / len(g)
        y = sum(c[1] for c in g) / len(g)
        attach = {n for c in g for n in c[3]}
        is_single = any(e in single for n in attach for e in inc[n])
        kinds = {k: sum(1 for c in g if c[2] == k) for k in ("dangle", "hairpin", "bypass")}
        note = " ".join(f"{k}={v}" for k, v in kinds.items())
        out.append(Ramp(round(x, 1), round(y, 1), "single" if is_single else "dual", note))
    if area_geometry_rd is not None:
        keep = []
        for r in out:
            pt = ogr.Geometry(ogr.wkbPoint)
            pt.AddPoint_2D(r.x, r.y)
            if area_geometry_rd.Contains(pt):
                keep.append(r)
        out = keep
    return sorted(out)


# ------------------------------------------------------------------------------------------------
# Check against the published junctions (run: RUIMTE_NL_DATA=<folder> python3 scripts/demo_ramps.py)
# ------------------------------------------------------------------------------------------------
# Junction numbers and positions of the A28 and A37: TravelMapping/HighwayData,
# hwy_data/NLD/nlda/nld.a028.wpt (commit 4fec0f236ffdf4825ec114c9c55859caf370f591) and
# nld.a037.wpt (commit 7d737d20ddf8795571987e580e916d660e55350d); labels are the signed junction
# numbers, positions are OSM positions (WGS 84), converted here to RD New with GDAL/PROJ.
# The A37 numbers and names agree with Wikipedia "A37 motorway (Netherlands)" (exit list) and
# Wegenwiki "A37 (Nederland)". A28 place names in parentheses are given by location for
# readability (TravelMapping has numbers only); news reports confirm 30 Beilen, 31 Westerbork,
# 33 Assen-West, 34 Assen-Noord, 37 Eelde. Entries starting with "KP" are interchanges (knooppunten), which have
# no number; they are listed for reference and not counted as aansluitingen.
PUBLISHED = {
    "A28": [("KP Lankhorst (A32)", 52.666571, 6.198092), ("24 (De Wijk)", 52.684643, 6.268709),
            ("25 (Zuidwolde/Hoogeveen-W)", 52.686438, 6.389365), ("25a (Hoogeveen)", 52.702096, 6.418698),
            ("KP Hoogeveen (A37)", 52.707803, 6.458158), ("26 (Hoogeveen-N/Fluitenberg)", 52.719164, 6.464639),
            ("27 (Pesse)", 52.738903, 6.464939), ("28 (Ruinen)", 52.774667, 6.447279),
            ("29 (Dwingeloo)", 52.815239, 6.461763), ("30 (Beilen)", 52.858222, 6.496332),
            ("31 (Westerbork)", 52.877639, 6.512961), ("32a (Assen, N33)", 52.965907, 6.546907),
            ("32b (Assen)", 52.974992, 6.536694), ("33 (Assen-West)", 52.993452, 6.525536),
            ("34 (Assen-Noord)", 53.028916, 6.571584), ("35 (Vries)", 53.080222, 6.603599),
            ("36 (Zuidlaren/Tynaarlo)", 53.112794, 6.611195), ("37 (Eelde)", 53.126625, 6.610165),
            ("38 (Haren)", 53.166238, 6.592097)],
    "A37": [("KP Hoogeveen (A28)", 52.707803, 6.458158), ("1 Hoogeveen-Oost", 52.716097, 6.517553),
            ("2 Nieuwlande", 52.712275, 6.610250), ("3 Oosterhesselen", 52.724467, 6.731229),
            ("KP Holsloot (N34)", 52.727924, 6.789207), ("4 Veenoord", 52.725793, 6.841822),
            ("5 Schoonebeek / Emmen-Zuid", 52.722986, 6.877270), ("6 Klazienaveen / Emmen-Oost", 52.735330, 6.975718),
            ("7 Zwartemeer", 52.729717, 7.040219)],
}
MATCH_M = 1000.0      # a found junction within this distance of a published one matches it
ROUTE_M = 1500.0      # a found junction within this distance of a route polyline belongs to it


def _rd(lat, lon):
    from osgeo import osr
    s = osr.SpatialReference()
    s.ImportFromEPSG(4326)
    s.SetAxisMappingStrategy(osr.OAMS_TRADITIONAL_GIS_ORDER)
    t = osr.SpatialReference()
    t.ImportFromEPSG(28992)
    t.SetAxisMappingStrategy(osr.OAMS_TRADITIONAL_GIS_ORDER)
    x, y, _ = osr.CoordinateTransformation(s, t).TransformPoint(lon, lat)
    return x, y


def _main():
    repo = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
    data = os.environ.get("RUIMTE_NL_DATA")
    if len(sys.argv) < 2 and not data:
        sys.exit("Give the path of max_snelheden.shp, or set RUIMTE_NL_DATA to its folder.")
    shp = sys.argv[1] if len(sys.argv) > 1 else os.path.join(data, "max_snelheden.shp")
    gpkg = ogr.Open(os.path.join(repo, "resources", "demo", "drenthe.gpkg"))
    feat = gpkg.GetLayerByName("drenthe").GetNextFeature()
    drenthe = feat.GetGeometryRef().Clone()
    del feat, gpkg
    area = drenthe.Buffer(15000.0, 30)
    ramps = derive_ramps(shp, area)

    def inside(x, y):
        pt = ogr.Geometry(ogr.wkbPoint)
        pt.AddPoint_2D(x, y)
        return drenthe.Contains(pt)

    in_dr = [r for r in ramps if inside(r.x, r.y)]
    print(f"derive_ramps: {len(ramps)} junctions in the demo area (Drenthe + 15 km), "
          f"{len(in_dr)} in Drenthe ({sum(r.road == 'dual' for r in in_dr)} dual, "
          f"{sum(r.road == 'single' for r in in_dr)} single carriageway)\n")
    routes = {k: [(n, *_rd(la, lo)) for n, la, lo in v] for k, v in PUBLISHED.items()}
    polys = {k: [(x, y) for _, x, y in v] for k, v in routes.items()}
    owner = {}                 # each found junction belongs to the nearest route polyline
    for r in in_dr:
        k, dk = min(((k, _point_line_dist((r.x, r.y), p)) for k, p in polys.items()), key=lambda t: t[1])
        if dk <= ROUTE_M:
            owner[r] = k
    used = set()
    summary = []
    for road, pts in routes.items():
        mine = [r for r in in_dr if owner.get(r) == road]
        pub = [(n, x, y) for n, x, y in pts if inside(x, y)]
        # KP Hoogeveen is on both routes: let either route's found points match it
        cand = mine + [r for r in in_dr if r not in mine and r in owner]
        pairs = sorted(((math.hypot(r.x - x, r.y - y), n, r) for n, x, y in pub for r in cand
                        if r in mine or n.startswith("KP")))
        m_pub, m_found = {}, {}
        for d, n, r in pairs:
            if d <= MATCH_M and n not in m_pub and r not in m_found:
                m_pub[n] = (r, d)
                m_found[r] = n
        print(f"== {road}: published in Drenthe (TravelMapping, numbered + KP) vs found")
        print(f"   {'published':32s} {'found (RD x, y)':>20s} {'dist m':>7s}  note")
        for n, x, y in pub:
            if n in m_pub:
                r, d = m_pub[n]
                print(f"   {n:32s} {r.x:9.0f},{r.y:9.0f} {d:7.0f}  {r.road} {r.note}")
            else:
                print(f"   {n:32s} {'-- not found --':>20s} {'':7s}  (published at {x:.0f},{y:.0f})")
        extra = [r for r in mine if r not in m_found]
        for r in extra:
            near = min(pub, key=lambda p: math.hypot(p[1] - r.x, p[2] - r.y))
            dn = math.hypot(near[1] - r.x, near[2] - r.y)
            print(f"   {'FALSE? (no published match)':32s} {r.x:9.0f},{r.y:9.0f} {dn:7.0f}  "
                  f"{r.road} {r.note}; nearest published: {near[0]}")
        used.update(mine)
        used.update(m_found)
        numbered = [n for n, _, _ in pub if not n.startswith("KP")]
        hit = [n for n in numbered if n in m_pub]
        kp_hit = [n for n, _, _ in pub if n.startswith("KP") and n in m_pub]
        dists = sorted(m_pub[n][1] for n in hit)
        summary.append((road, len(numbered), len(mine), len(hit), len(numbered) - len(hit),
                        len(extra), len(kp_hit), dists))
        print()
    print("Summary (numbered aansluitingen in Drenthe only; KP = interchange hits, counted apart)")
    print(f"{'road':5s} {'published':>9s} {'found':>6s} {'matched':>8s} {'missed':>7s} {'unmatched':>9s} "
          f"{'KP hits':>8s} {'median dist':>11s} {'max dist':>9s}")
    for road, npub, nfound, nhit, nmiss, nextra, nkp, d in summary:
        med = d[len(d) // 2] if d else float("nan")
        mx = d[-1] if d else float("nan")
        print(f"{road:5s} {npub:9d} {nfound:6d} {nhit:8d} {nmiss:7d} {nextra:9d} {nkp:8d} {med:11.0f} {mx:9.0f}")
    rest = [r for r in in_dr if r not in used]
    print(f"\nOther junctions found in Drenthe (not on the A28/A37): {len(rest)}")
    for r in rest:
        print(f"   {r.x:9.0f},{r.y:9.0f}  {r.road} {r.note}")


if __name__ == "__main__":
    _main()
