#!/usr/bin/python3
"""Build the Drenthe demo GeoPackage (resources/demo/drenthe.gpkg) from real open data.

What
    One GeoPackage with thirteen vector layers in EPSG:28992 (Amersfoort / RD New) for the Ruimte
    demo: province and municipality boundaries, Natura 2000 (all Dutch areas within 25 km, with
    the nitrogen-sensitive flag), NNN still to be realised, ecological connections, Nationaal
    Park Drentsche Aa, Rijkswegen with speed limits, motorway junctions derived from them,
    high-voltage substations and lines, illustrative grid-capacity areas, railways and
    stations.

From where
    The unmodified source files, copied from public repositories into a folder of your own that
    the environment variable RUIMTE_NL_DATA names (origins, commits and licences per layer are
    in resources/demo/SOURCES.md).

How
    Every layer is reprojected to EPSG:28992, invalid geometries are repaired with MakeValid,
    empty ones are dropped, and polygon/line layers are written as MultiPolygon/MultiLineString.
    All layers except `drenthe` and `gemeenten` are clipped to the "demo area": the Drenthe
    province polygon buffered by 15 km, so motorways and substations just outside the province
    are kept for distance calculations. Natura 2000 is clipped to Drenthe + 25 km, the cutoff of
    the nitrogen criterion. Boundaries are kept whole. Only the fields listed in
    LAYERS/the build functions below are kept.

How to rerun (from the repository root, with Debian's Python, which has GDAL):
    /usr/bin/python3 scripts/prepare_demo_data.py
    ogrinfo -so resources/demo/drenthe.gpkg           # optional check

The output is rebuilt from scratch on every run. OGR_CURRENT_DATE is fixed so that the
GeoPackage timestamps do not change between runs. It uses osgeo (GDAL/OGR/OSR), shapely (for
the Voronoi cells of the illustrative capacity layer), scripts/demo_ramps.py (the motorway
junctions) and the Python standard library.
"""

import csv
import os
import sys
from collections import Counter

from osgeo import gdal, ogr, osr

from source_data import source_folder

gdal.UseExceptions()
ogr.UseExceptions()
osr.UseExceptions()

REPO = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
SRC = None                   # the source folder, set by main() from RUIMTE_NL_DATA
OUT = os.path.join(REPO, "resources", "demo", "drenthe.gpkg")

TARGET_EPSG = 28992          # Amersfoort / RD New
BUFFER_M = 15000.0           # demo area = Drenthe + 15 km
#: Natura 2000 is clipped wider, to Drenthe + 25 km: the nitrogen criterion counts deposition on
#: habitat up to its CUTOFF of 25 km (ruimte_plugin/core/criteria/nitrogen.py DEFAULT_CUTOFF, the
#: AERIUS rule since 2021), so an area across the border within 25 km of a Drenthe cell counts
NATURA_BUFFER_M = 25000.0
DRENTHE_CODE = "PV22"        # CBS province code of Drenthe
N_GEMEENTEN = 12             # Drenthe has 12 municipalities (CBS 2019 onwards)
NATPARK_NAME = "Nationaal beek- en esdorpenlandschap Drentsche Aa"

# High-voltage nodes (GridKit "typ" column) kept as substations, see build_hv_substations().
SUBSTATION_TYPES = ("substation", "merge")

# Fixed timestamp for gpkg_contents.last_change, so reruns give the same file.
gdal.SetConfigOption("OGR_CURRENT_DATE", "2000-01-01T00:00:00.000Z")


# --------------------------------------------------------------------------------------------
# Helpers
# --------------------------------------------------------------------------------------------

def srs_from_epsg(epsg):
    """SpatialReference with x=lon/easting, y=lat/northing axis order (as the files store it)."""
    srs = osr.SpatialReference()
    srs.ImportFromEPSG(epsg)
    srs.SetAxisMappingStrategy(osr.OAMS_TRADITIONAL_GIS_ORDER)
    return srs


TARGET_SRS = srs_from_epsg(TARGET_EPSG)


def transformer(epsg):
    """Coordinate transformation from EPSG:<epsg> to RD New (None if already RD New)."""
    if epsg == TARGET_EPSG:
        return None
    return osr.CoordinateTransformation(srs_from_epsg(epsg), TARGET_SRS)


def open_layer(path):
    """Open a single-layer vector file; returns (datasource, layer).

    The datasource must stay referenced while the layer is used (OGR crashes otherwise).
    """
    ds = ogr.Open(path)
    return ds, ds.GetLayer(0)


def layer_epsg(lyr):
    """EPSG code declared by a source layer (fails loudly if it has none)."""
    srs = lyr.GetSpatialRef()
    code = srs.GetAuthorityCode(None) if srs is not None else None
    if code is None:
        sys.exit(f"layer {lyr.GetName()} has no EPSG code")
    return int(code)


# Number of source geometries repaired with MakeValid so far (reported per layer).
REPAIRED = Counter()

# Flattened single/multi OGR type -> geometry family, and the multi type written per family.
_FAMILY = {
    ogr.wkbPolygon: "polygon", ogr.wkbMultiPolygon: "polygon",
    ogr.wkbLineString: "line", ogr.wkbMultiLineString: "line",
    ogr.wkbPoint: "point", ogr.wkbMultiPoint: "point",
}
_MULTI = {"polygon": ogr.wkbMultiPolygon, "line": ogr.wkbMultiLineString}


def _collect_parts(geom, family, out):
    """Append the single-part pieces of `geom` that belong to `family` (recursing collections)."""
    gtype = ogr.GT_Flatten(geom.GetGeometryType())
    if gtype in (ogr.wkbPolygon, ogr.wkbLineString, ogr.wkbPoint):
        if _FAMILY[gtype] == family and not geom.IsEmpty():
            out.append(geom.Clone())
    else:  # Multi* or GeometryCollection
        for i in range(geom.GetGeometryCount()):
            _collect_parts(geom.GetGeometryRef(i), family, out)


def normalise(geom, family):
    """Repair, drop slivers of other dimensions and return Multi*/Point geometry, or None if empty.

    MakeValid can turn a polygon into a GeometryCollection (e.g. polygon + dangling line), and
    clipping can produce points where a line touches the boundary: only parts of the layer's
    own dimension are kept.
    """
    if geom is None or geom.IsEmpty():
        return None
    geom.FlattenTo2D()
    gdal.PushErrorHandler("CPLQuietErrorHandler")   # GEOS prints a warning per invalid ring
    valid = geom.IsValid()
    gdal.PopErrorHandler()
    if not valid:
        REPAIRED["total"] += 1
        geom = geom.MakeValid()
    parts = []
    _collect_parts(geom, family, parts)
    if not parts:
        return None
    if family == "point":          # point layers are single points in every source
        if len(parts) != 1:
            sys.exit(f"unexpected multipoint geometry: {geom.ExportToWkt()[:60]}")
        return parts[0]
    multi = ogr.Geometry(_MULTI[family])
    for part in parts:
        multi.AddGeometry(part)
    return multi


def clip(geom, area):
    """Clip geometry to the demo area; None if it lies outside."""
    if geom is None:
        return None
    if not area.Intersects(geom):
        return None
    if area.Contains(geom):
        return geom
    return geom.Intersection(area)


def empty_to_none(value):
    """Source text fields use '' for missing values; store NULL instead."""
    if value is None:
        return None
    value = str(value).strip()
    return value or None


def max_kv(voltage):
    """Highest voltage in kV from a GridKit voltage list such as '220000;110000' (None if none)."""
    values = [int(v) for v in (voltage or "").split(";") if v.strip().isdigit() and int(v) > 0]
    return max(values) // 1000 if values else None


def write_layer(out_ds, name, family, fields, rows, description):
    """Create layer `name` and write rows = [(geometry, {field: value})]. Returns feature count."""
    gtype = {"polygon": ogr.wkbMultiPolygon, "line": ogr.wkbMultiLineString,
             "point": ogr.wkbPoint}[family]
    lyr = out_ds.CreateLayer(name, TARGET_SRS, gtype,
                             options=["FID=fid", "GEOMETRY_NAME=geom",
                                      f"DESCRIPTION={description}"])
    for fname, ftype in fields:
        defn = ogr.FieldDefn(fname, ogr.OFTInteger if ftype == B else ftype)
        if ftype == B:
            defn.SetSubType(ogr.OFSTBoolean)
        lyr.CreateField(defn)
    defn = lyr.GetLayerDefn()
    lyr.StartTransaction()
    count = 0
    for geom, attrs in rows:
        feat = ogr.Feature(defn)
        for fname, _ in fields:
            value = attrs.get(fname)
            if value is None:
                feat.SetFieldNull(fname)
            else:
                feat.SetField(fname, value)
        feat.SetGeometry(geom)
        lyr.CreateFeature(feat)
        count += 1
    lyr.CommitTransaction()
    return count


def read_vector(path, family, area=None):
    """Yield (RD-New geometry, source feature) for every non-empty feature of a vector file.

    The CRS declared by the file is used (each was checked, see SOURCES.md). With `area`,
    geometries are clipped to it and features outside it are skipped.
    """
    ds, lyr = open_layer(path)
    ct = transformer(layer_epsg(lyr))
    for feat in lyr:
        geom = feat.GetGeometryRef()
        if geom is None:
            continue
        geom = geom.Clone()
        if ct is not None:
            geom.Transform(ct)
        geom = normalise(geom, family)          # repair before clipping (GEOS needs valid input)
        if area is not None:
            geom = normalise(clip(geom, area), family)
        if geom is not None:
            yield geom, feat
    del ds


def read_gridkit_csv(path):
    """Parse a GridKit CSV ('#'-separated; EWKT geometry in wkt_srid_4326). Yields dicts."""
    with open(path, newline="", encoding="utf-8") as fh:
        for row in csv.DictReader(fh, delimiter="#"):
            ewkt = row["wkt_srid_4326"]
            prefix = "SRID=4326;"
            if not ewkt.startswith(prefix):
                sys.exit(f"{path}: unexpected geometry '{ewkt[:30]}'")
            row["_geom"] = ogr.CreateGeometryFromWkt(ewkt[len(prefix):])
            yield row


def src(name):
    return os.path.join(SRC, name)


# --------------------------------------------------------------------------------------------
# Layers
# --------------------------------------------------------------------------------------------

def build_drenthe():
    """The Drenthe polygon from Prov.geojson (declared EPSG:4289), selected by code and name.

    Names in this file have odd spacing ('Groningen ', 'Noord Holland'), so the name is
    whitespace-normalised and compared case-insensitively, and must agree with the CBS code.
    """
    rows = []
    for geom, feat in read_vector(src("Prov.geojson"), "polygon"):
        name = " ".join((feat["provincie"] or "").split())
        code = (feat["provincieCode"] or "").strip()
        if name.casefold() == "drenthe" or code == DRENTHE_CODE:
            if name.casefold() != "drenthe" or code != DRENTHE_CODE:
                sys.exit(f"Prov.geojson: name/code mismatch for {code!r} {name!r}")
            rows.append((geom, {"provincieCode": code, "provincie": name}))
    if len(rows) != 1:
        sys.exit(f"Prov.geojson: expected one Drenthe feature, found {len(rows)}")
    return rows


def build_gemeenten(drenthe):
    """Municipalities whose point-on-surface lies inside Drenthe (boundaries kept whole)."""
    rows = []
    for geom, feat in read_vector(src("gemeenten.geojson"), "polygon"):
        if drenthe.Contains(geom.PointOnSurface()):
            rows.append((geom, {"gemeenteCode": feat["gemeenteCode"].strip(),
                                "gemeenteNaam": " ".join(feat["gemeenteNaam"].split())}))
    if len(rows) != N_GEMEENTEN:
        sys.exit(f"gemeenten: expected {N_GEMEENTEN} Drenthe municipalities, found {len(rows)}")
    return rows


def build_natura2000(area):
    """All Natura 2000 areas of the Netherlands (natura2000_nl.gpkg, 160 areas) that reach into
    `area` (Drenthe + 25 km), clipped to it. `stikstofgevoelig` ('True'/'False' in the source)
    becomes a boolean; the demo takes the nitrogen-sensitive ones as nitrogen HABITATS and all of
    them as PROTECTED land."""
    rows = []
    for g, f in read_vector(src("natura2000_nl.gpkg"), "polygon", area):
        flag = {"True": 1, "False": 0}.get(f["stikstofgevoelig"])
        if flag is None:
            sys.exit(f"natura2000_nl.gpkg: stikstofgevoelig {f['stikstofgevoelig']!r} "
                     f"for {f['naam']!r}")
        rows.append((g, {"naam": f["naam"], "gebiedsnummer": int(f["gebiedsnummer"]),
                         "richtlijn": f["richtlijn"], "sitecode": empty_to_none(f["sitecode"]),
                         "stikstofgevoelig": flag,
                         "provincies": empty_to_none(f["provincies"])}))
    return rows


def build_nnn(area):
    path = "/vsizip/" + src("Realisatie_verbeteren_NNN.zip") + "/Realisatie_verbeteren_NNN.gml"
    return [(g, {"PRIORITEIT": f["PRIORITEIT"]}) for g, f in read_vector(path, "polygon", area)]


def build_ecologische_verbindingen(area):
    path = "/vsizip/" + src("Ecologische_verbindingen.zip") + "/Ecologische_verbindingen.gml"
    return [(g, {"URGENTIE": empty_to_none(f["URGENTIE"])})
            for g, f in read_vector(path, "line", area)]


def build_nationaal_park(area):
    # The GML exposes only gml_id; the site name (gn:text) is not read by OGR, so set it here.
    rows = [(g, {"naam": NATPARK_NAME})
            for g, _ in read_vector(src("output_natpark.gml"), "polygon", area)]
    if len(rows) != 1:
        sys.exit(f"output_natpark.gml: expected 1 feature, found {len(rows)}")
    return rows


def build_motorways(area):
    """Rijkswegen (WEGGEG max_snelheden) in the demo area; OMSCHR (km/h) -> max_speed."""
    return [(g, {"max_speed": int(f["OMSCHR"])})
            for g, f in read_vector(src("max_snelheden.shp"), "line", area)]


def build_hv_substations(area):
    """GridKit nodes of type 'substation' or 'merge' in the demo area.

    GridKit node types: 'substation' = an OSM substation; 'merge' = several OSM stations
    (substations and/or plants) that GridKit merged into one node -- a grid connection point;
    'joint' = a point where lines join or branch outside any station (tower/tee), and
    'plant' = a power station. Joints and plants are not substations and are dropped.
    """
    ct = transformer(4326)
    rows = []
    for r in read_gridkit_csv(src("highvoltage_vertices.csv")):
        if r["typ"] not in SUBSTATION_TYPES:
            continue
        geom = r["_geom"]
        geom.Transform(ct)
        if not area.Contains(geom):
            continue
        rows.append((geom, {"v_id": int(r["v_id"]), "typ": r["typ"],
                            "voltage": empty_to_none(r["voltage"]),
                            "max_kv": max_kv(r["voltage"]),
                            "name": empty_to_none(r["name"]),
                            "operator": empty_to_none(r["operator"]),
                            "ref": empty_to_none(r["ref"])}))
    return rows


def build_capacity_illustrative(area):
    """ILLUSTRATIVE grid-capacity areas: NOT the grid operators' capacity map.

    No open capaciteitskaart polygons are among the source files, so the demo derives stand-ins
    openly: the Voronoi cells of the real HV substations, clipped to the demo area, each taking
    an illustrative offtake status by a fixed rule: a station with 220 or 380 kV -> 1 ("geel",
    limited), otherwise -> 2 ("oranje", queue). The layer name, its description and the field
    `let_op` say so.
    """
    from shapely import wkb
    from shapely.geometry import MultiPoint
    from shapely.ops import voronoi_diagram

    stations = build_hv_substations(area)
    points = MultiPoint([(g.GetX(), g.GetY()) for g, _ in stations])
    envelope = wkb.loads(bytes(area.ExportToWkb()))
    rows = []
    for poly in voronoi_diagram(points, envelope=envelope).geoms:
        cell = ogr.CreateGeometryFromWkb(poly.wkb)
        cell.AssignSpatialReference(area.GetSpatialReference())
        part = clip(cell, area)
        if part is None:
            continue
        station = next(a for g, a in stations if cell.Contains(g))
        status = 1 if (station["max_kv"] or 0) >= 220 else 2
        rows.append((normalise(part, "polygon"), {
            "afname": status, "station": station["name"] or f"v_id {station['v_id']}",
            "let_op": "illustratief: Voronoi van HV-stations, geen echte capaciteitskaart"}))
    return rows


def build_hv_lines(area):
    """GridKit links (all of type 'line') clipped to the demo area."""
    ct = transformer(4326)
    rows = []
    for r in read_gridkit_csv(src("highvoltage_links.csv")):
        geom = r["_geom"]
        geom.Transform(ct)
        geom = normalise(clip(normalise(geom, "line"), area), "line")
        if geom is None:
            continue
        rows.append((geom, {"l_id": int(r["l_id"]), "v_id_1": int(r["v_id_1"]),
                            "v_id_2": int(r["v_id_2"]),
                            "voltage": empty_to_none(r["voltage"]),
                            "max_kv": max_kv(r["voltage"]),
                            "cables": empty_to_none(r["cables"]),
                            "name": empty_to_none(r["name"]),
                            "operator": empty_to_none(r["operator"]),
                            "length_m": float(r["length_m"]) if r["length_m"] else None}))
    return rows


def build_ramps(area):
    """Motorway junctions derived from the WEGGEG lines by scripts/demo_ramps.py (derive_ramps:
    ramp ends found from the network topology, clustered per junction; checked against the
    published junction lists of the A28 and A37). Derived points, not published data."""
    from demo_ramps import derive_ramps      # scripts/ is on sys.path when run as a script
    rows = []
    for r in derive_ramps(src("max_snelheden.shp"), area):
        point = ogr.Geometry(ogr.wkbPoint)
        point.AddPoint_2D(r.x, r.y)
        rows.append((point, {"road": r.road, "note": r.note}))
    return rows


def build_railways(area):
    return [(g, {"gml_id": f["gml_id"]})
            for g, f in read_vector(src("railways-simplified1.json"), "line", area)]


def build_stations(area):
    return [(g, {"naam": empty_to_none(f["naam"]), "typeinrich": empty_to_none(f["typeinrich"])})
            for g, f in read_vector(src("stations.json"), "point", area)]


# --------------------------------------------------------------------------------------------
# Main
# --------------------------------------------------------------------------------------------

S, I, R = ogr.OFTString, ogr.OFTInteger, ogr.OFTReal
B = "boolean"                # an OFTInteger field with subtype OFSTBoolean (see write_layer)

# name, geometry family, fields, description (stored as the GeoPackage layer description)
LAYERS = [
    ("drenthe", "polygon", [("provincieCode", S), ("provincie", S)],
     "Province of Drenthe (CBS via rubensan19/kaarten Prov.geojson), whole"),
    ("gemeenten", "polygon", [("gemeenteCode", S), ("gemeenteNaam", S)],
     "The 12 Drenthe municipalities (CBS via rubensan19/kaarten gemeenten.geojson), whole"),
    ("natura2000", "polygon",
     [("naam", S), ("gebiedsnummer", I), ("richtlijn", S), ("sitecode", S),
      ("stikstofgevoelig", B), ("provincies", S)],
     "Natura 2000 areas of the Netherlands (RVO via PDOK; nitrogen-sensitive flag from RCE; "
     "via jolietjakeblues/BoerderijenNatura2000NL), clipped to Drenthe + 25 km"),
    ("nnn", "polygon", [("PRIORITEIT", I)],
     "NNN still to be realised/improved (Provincie Drenthe, inferred), clipped"),
    ("ecologische_verbindingen", "line", [("URGENTIE", S)],
     "Ecological connections (Provincie Drenthe, inferred), clipped"),
    ("nationaal_park", "polygon", [("naam", S)],
     "Nationaal Park Drentsche Aa (INSPIRE ProtectedSites, MinELenI/datalab)"),
    ("motorways", "line", [("max_speed", I)],
     "Rijkswegen with speed limit (RWS WEGGEG 2013, all classes), clipped"),
    ("ramps", "point", [("road", S), ("note", S)],
     "Motorway junctions DERIVED from the RWS WEGGEG 2013 lines (scripts/demo_ramps.py), not "
     "published data; road = dual (motorway) or single (single-carriageway Rijksweg)"),
    ("hv_substations", "point",
     [("v_id", I), ("typ", S), ("voltage", S), ("max_kv", I), ("name", S),
      ("operator", S), ("ref", S)],
     "HV substations (OSM via GridKit, typ substation/merge), Drenthe + 15 km"),
    ("capaciteit_illustratief", "polygon", [("afname", I), ("station", S), ("let_op", S)],
     "ILLUSTRATIVE grid capacity areas: Voronoi cells of the HV substations with a made-up "
     "status rule (220/380 kV -> 1, else 2); NOT the real capaciteitskaart"),
    ("hv_lines", "line",
     [("l_id", I), ("v_id_1", I), ("v_id_2", I), ("voltage", S), ("max_kv", I),
      ("cables", S), ("name", S), ("operator", S), ("length_m", R)],
     "HV lines (OSM via GridKit, straight node-to-node links), clipped"),
    ("railways", "line", [("gml_id", S)],
     "Railway sections (TOP10NL, simplified), clipped"),
    ("stations", "point", [("naam", S), ("typeinrich", S)],
     "Train stations (TOP10NL), Drenthe + 15 km"),
]


def main():
    global SRC
    SRC = source_folder()
    os.makedirs(os.path.dirname(OUT), exist_ok=True)
    part = OUT[:-len(".gpkg")] + ".part.gpkg"   # written aside, then renamed over OUT, so
    if os.path.exists(part):                    # readers never see a half-written file
        os.remove(part)

    drenthe_rows = build_drenthe()
    drenthe = drenthe_rows[0][0]
    area = drenthe.Buffer(BUFFER_M, 30)          # the demo area
    natura_area = drenthe.Buffer(NATURA_BUFFER_M, 30)   # the nitrogen cutoff around Drenthe
    print(f"Drenthe {drenthe.GetArea() / 1e6:.0f} km², demo area (+{BUFFER_M / 1000:.0f} km) "
          f"{area.GetArea() / 1e6:.0f} km², Natura 2000 area (+{NATURA_BUFFER_M / 1000:.0f} km) "
          f"{natura_area.GetArea() / 1e6:.0f} km²")

    builders = {
        "drenthe": lambda: drenthe_rows,
        "gemeenten": lambda: build_gemeenten(drenthe),
        "natura2000": lambda: build_natura2000(natura_area),
        "nnn": lambda: build_nnn(area),
        "ecologische_verbindingen": lambda: build_ecologische_verbindingen(area),
        "nationaal_park": lambda: build_nationaal_park(area),
        "motorways": lambda: build_motorways(area),
        "ramps": lambda: build_ramps(area),
        "hv_substations": lambda: build_hv_substations(area),
        "capaciteit_illustratief": lambda: build_capacity_illustrative(area),
        "hv_lines": lambda: build_hv_lines(area),
        "railways": lambda: build_railways(area),
        "stations": lambda: build_stations(area),
    }

    out_ds = ogr.GetDriverByName("GPKG").CreateDataSource(part)
    counts, repaired, extra = {}, {}, {}
    for name, family, fields, description in LAYERS:
        before = REPAIRED["total"]
        rows = builders[name]()
        repaired[name] = REPAIRED["total"] - before
        if not rows:
            sys.exit(f"layer {name} is empty")
        counts[name] = write_layer(out_ds, name, family, fields, rows, description)
        if name == "motorways":
            extra["speed"] = Counter(a["max_speed"] for _, a in rows)
            extra["speed_km"] = Counter()
            for g, a in rows:
                extra["speed_km"][a["max_speed"]] += g.Length() / 1000
        if name == "hv_substations":
            extra["subs"] = [a for _, a in rows]
        if name == "natura2000":
            extra["n2k"] = rows
        if name == "ramps":
            extra["ramps"] = rows
    out_ds = None  # close and flush

    # ---- verification: reopen, check CRS and counts --------------------------------------
    check = ogr.Open(part)
    for name, *_ in LAYERS:
        lyr = check.GetLayerByName(name)
        epsg = lyr.GetSpatialRef().GetAuthorityCode(None)
        if epsg != str(TARGET_EPSG) or lyr.GetFeatureCount() != counts[name] or not counts[name]:
            sys.exit(f"verification failed for {name}: EPSG {epsg}, {lyr.GetFeatureCount()}")
    check = None
    os.replace(part, OUT)

    # ---- summary --------------------------------------------------------------------------
    print(f"\n{'layer':<26}{'features':>9}  repaired (of all source features read)")
    for name, *_ in LAYERS:
        print(f"{name:<26}{counts[name]:>9}  {repaired[name]}")
    print(f"\n{os.path.relpath(OUT, REPO)}: {os.path.getsize(OUT) / 1e6:.2f} MB, "
          f"all layers EPSG:{TARGET_EPSG}")
    print("\nmotorways by max_speed (km/h): features, km of line (both carriageways counted)")
    for speed in sorted(extra["speed"]):
        print(f"  {speed:>4}: {extra['speed'][speed]:>5}  {extra['speed_km'][speed]:8.1f} km")
    print(f"\nnatura2000 (clipped to Drenthe + {NATURA_BUFFER_M / 1000:.0f} km): "
          f"{sum(a['stikstofgevoelig'] for _, a in extra['n2k'])} of {len(extra['n2k'])} "
          "nitrogen-sensitive; in Drenthe or across its border:")
    for g, a in sorted(extra["n2k"], key=lambda r: r[1]["naam"]):
        inside = g.Intersection(drenthe).GetArea() / g.GetArea()
        print(f"  {a['gebiedsnummer']:>4} {a['naam'][:40]:<40} {a['richtlijn']:<8} "
              f"{'N-sensitive' if a['stikstofgevoelig'] else 'not N-sens.':<12} "
              f"{g.GetArea() / 1e6:8.1f} km², {100 * inside:5.1f} % in Drenthe, "
              f"{g.Distance(drenthe) / 1000:5.1f} km from it")
    for where, rows in (("the demo area", extra["ramps"]),
                        ("Drenthe", [r for r in extra["ramps"] if drenthe.Contains(r[0])])):
        roads = Counter(a["road"] for _, a in rows)
        print(f"ramps (derived junctions) in {where}: {len(rows)} "
              f"({roads['dual']} dual, {roads['single']} single carriageway)")
    print("\nhv_substations:")
    for a in extra["subs"]:
        print(f"  {a['v_id']:>5} {a['typ']:<10} {a['max_kv'] or '-':>4} kV  {a['name'] or ''}")


if __name__ == "__main__":
    main()
