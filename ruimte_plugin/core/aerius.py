"""Read AERIUS result files (IMAER GML) into plain arrays. No QGIS.

IMAER is the exchange format of AERIUS Calculator / Connect (RIVM for the Ministry of LNV). A
result file is a ``FeatureCollectionCalculator`` whose ``featureMember`` (or GML
``featureMembers``) children are

* emission sources (``EmissionSource`` and its specialisations: farm lodging, roads, ...):
  a geometry (``gml:Point`` / line / polygon), ``emissionHeight`` and one ``Emission`` per
  substance (``substance`` attribute, value in kg/yr);
* receptors (``ReceptorPoint``, or calculation points in newer versions): a ``gml:Point``
  (the hexagon centre, EPSG:28992) and one ``Result`` (IMAER 0.5/2.x) or
  ``CalculationResult`` (IMAER 3.x and later) per substance, with ``resultType``
  (DEPOSITION in mol/ha/yr, CONCENTRATION in ug/m3).

The namespace URI changes with the IMAER version (``http://imaer.aerius.nl/2.2``,
``.../3.1``, ...), so elements are matched by local name only; ``gml`` is matched the same way.
Only the stdlib XML parser is used (iterparse, so large exports stream).
"""

from dataclasses import dataclass, field
import xml.etree.ElementTree as ET

import numpy as np

RECEPTOR_TAGS = ("ReceptorPoint", "CalculationPoint", "CustomCalculationPoint")
RESULT_TAGS = ("Result", "CalculationResult")


def _local(tag):
    return tag.rsplit("}", 1)[-1] if isinstance(tag, str) else ""


def _children(elem, name):
    return [c for c in elem.iter() if _local(c.tag) == name]


def _first_text(elem, name):
    for c in elem.iter():
        if _local(c.tag) == name and c.text and c.text.strip():
            return c.text.strip()
    return None


def _number(text):
    try:
        return float(text)
    except (TypeError, ValueError):
        return float("nan")


def _position(elem):
    """(x, y) of the first gml:pos, else the mean vertex of the first gml:posList."""
    text = _first_text(elem, "pos")
    if text:
        xy = [float(v) for v in text.split()[:2]]
        return xy[0], xy[1]
    text = _first_text(elem, "posList")
    if text:
        v = np.array([float(t) for t in text.split()], dtype=np.float64)
        v = v[: len(v) // 2 * 2].reshape(-1, 2)
        if len(v) > 1 and np.allclose(v[0], v[-1]):
            v = v[:-1]          # closed ring: do not count the first vertex twice
        return float(v[:, 0].mean()), float(v[:, 1].mean())
    return float("nan"), float("nan")


def _srs(elem):
    for c in elem.iter():
        srs = c.get("srsName")
        if srs:
            return srs
    return None


@dataclass
class EmissionSource:
    label: str
    x: float
    y: float
    height: float                     # m (NaN when not given)
    emission: dict                    # substance -> kg/yr
    kind: str = "EmissionSource"      # local element name


@dataclass
class ImaerResult:
    """Receptors as arrays (x, y in the file's CRS, normally EPSG:28992) and results per
    (result type, substance), NaN where a receptor has no value."""

    namespace: str
    version: str                      # e.g. "2.2" from the namespace URI
    aerius_version: str
    srs: str
    receptor_id: np.ndarray
    x: np.ndarray
    y: np.ndarray
    results: dict = field(default_factory=dict)   # (result_type, substance) -> array
    sources: list = field(default_factory=list)

    def __len__(self):
        return len(self.x)

    def values(self, substance, result_type="DEPOSITION"):
        """Result per receptor for one substance (mol/ha/yr for DEPOSITION)."""
        key = (result_type.upper(), substance.upper())
        if key not in self.results:
            raise KeyError(f"no {result_type} results for {substance} in this file; "
                           f"present: {sorted(self.results)}")
        return self.results[key]

    def total_emission(self, substance):
        """Sum of the sources' emissions of one substance (kg/yr)."""
        return sum(s.emission.get(substance.upper(), 0.0) for s in self.sources)

    def distance_to(self, x, y):
        return np.hypot(self.x - x, self.y - y)


def read_imaer(path):
    """Read an IMAER GML file (path or file object) into an ImaerResult."""
    namespace, aerius_version, srs = "", "", None
    ids, xs, ys, per_receptor, sources = [], [], [], [], []
    depth = 0
    for event, elem in ET.iterparse(path, events=("start", "end")):
        if event == "start":
            depth += 1
            if depth == 1 and "}" in elem.tag:
                namespace = elem.tag[1:].split("}")[0]
            continue
        depth -= 1
        name = _local(elem.tag)
        if name == "aeriusVersion" and elem.text:
            aerius_version = elem.text.strip()
        if name not in ("featureMember", "featureMembers"):
            continue
        for member in elem:
            kind = _local(member.tag)
            if kind in RECEPTOR_TAGS or _children(member, "result"):
                x, y = _position(member)
                srs = srs or _srs(member)
                values = {}
                for res in (r for r in member.iter() if _local(r.tag) in RESULT_TAGS):
                    key = ((res.get("resultType") or "DEPOSITION").upper(),
                           (res.get("substance") or "").upper())
                    values[key] = _number(_first_text(res, "value"))
                ids.append(member.get("receptorPointId") or _first_text(member, "localId")
                           or "")
                xs.append(x)
                ys.append(y)
                per_receptor.append(values)
            else:
                emission = {}
                # the source's own totals (direct ``emission`` children), not sub-items
                for em in (e for c in member if _local(c.tag) == "emission" for e in c
                           if _local(e.tag) == "Emission"):
                    substance = (em.get("substance") or "").upper()
                    emission[substance] = (emission.get(substance, 0.0)
                                           + _number(_first_text(em, "value")))
                if not emission:
                    continue
                x, y = _position(member)
                srs = srs or _srs(member)
                sources.append(EmissionSource(
                    label=_first_text(member, "label") or member.get(
                        "{http://www.opengis.net/gml/3.2}id") or "",
                    x=x, y=y, height=_number(_first_text(member, "emissionHeight")),
                    emission=emission, kind=kind))
        elem.clear()
    keys = sorted({k for v in per_receptor for k in v})
    results = {k: np.array([v.get(k, np.nan) for v in per_receptor], dtype=np.float64)
               for k in keys}
    version = namespace.rstrip("/").rsplit("/", 1)[-1] if "imaer" in namespace else ""
    return ImaerResult(namespace, version, aerius_version, srs or "",
                       np.array(ids, dtype=object), np.array(xs, dtype=np.float64),
                       np.array(ys, dtype=np.float64), results, sources)
