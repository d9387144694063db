"""ruimte:parkpotential's help text, the per-park 'not assessed' notes, and the writing of its
three layers, totals and log (see park_potential.py; the maths is in core.park_potential)."""

from qgis.core import QgsFeature, QgsFeatureSink, QgsFields, QgsGeometry, QgsWkbTypes

from ..core.criteria.zoning import CATEGORIES
from ..core.errors import InputError
from ..i18n import tr
from .fields import extend_fields, make_field

PARK_FIELDS = [("net_ha", "double"), ("built_ha", "double"), ("intensity", "double"),
               ("target", "double"), ("freed_ha", "double"), ("hmc_park", "int"),
               ("water_park", "int"), ("relocate_n", "int"), ("relocate_ha", "double"),
               ("edge_ha", "double"), ("not_assessed", "string")]
FIRM_FIELDS = [("firm", "string"), ("park", "string"), ("category", "string"),
               ("reason", "string"), ("plot_ha", "double"), ("destinations", "string"),
               ("nearest_km", "double"), ("not_assessed", "string")]


def help_text():
    return tr(
        "<p>For existing business parks (e.g. IBIS Werklocaties), three ways to use the "
        "existing stock better first (IPO position paper Ruimte voor economie: densify and "
        "redevelop existing parks; keep HMC and water-bound plots for the firms that need them "
        "and move out firms that could be elsewhere; mixing with housing at park edges that "
        "border residential areas):</p><ul>"
        "<li><b>Densify</b> (BUILDINGS or FLOOR_AREA): intensity = building footprint (or floor "
        "area) / net area (NET_AREA_FIELD, IBIS OPPNETTO in m2; without it the polygon area). "
        "freed_ha = max(0, net_ha - built_ha / TARGET_INTENSITY): what the park would free if "
        "built at the target intensity (default 0.6, assumption: a common maximum building "
        "coverage in Dutch zoning plans for business parks is 60-80 %; no national norm). "
        "With FLOOR_AREA the intensity is floor area per net area: set a target of that kind."
        "</li>"
        "<li><b>Relocate</b> (FIRMS with a VNG category): a firm below HMC_FROM (default 4.1, "
        "assumption) on an HMC park, or a firm that does not need water on a water-bound park, "
        "is a candidate. Destinations: up to 3 parks, nearest first, within MAX_DISTANCE "
        "(default 15 km, assumption), known not HMC and not water-bound, whose maximum "
        "category admits the firm and whose free area holds its plot: the larger of "
        "FREE_AREA_FIELD and freed_ha (not their sum: the net area includes the issuable land, "
        "so freed_ha already counts it). Each firm is checked alone: several firms may name "
        "the same park.</li>"
        "<li><b>Mixed edge</b> (SENSITIVE houses): the part of each park within EDGE_DISTANCE "
        "of houses (default 50 m, the VNG 2009 guide distance of category 3.1 to a quiet "
        "residential area: there only categories 1-2 fit).</li></ul>"
        "<p>What cannot be assessed for lack of data is left empty (NULL) and named in "
        "not_assessed and in the log, never counted as 0.</p>")


def park_notes(rows, names, dens, basis, floor_missing, relocated, edges, parameters, alg):
    """Per park, the list of what was not assessed (or approximated) and why."""
    notes = []
    for i, row in enumerate(rows):
        park, note = row["park"], []
        if not row["net_given"]:
            note.append(tr("net area: polygon area used (no value in '{}')")
                        .format(names[alg.NET_AREA_FIELD] or alg.NET_AREA_FIELD))
        if basis is None:
            note.append(tr("intensity: no buildings"))
        elif dens[i].built_ha is None:
            note.append(tr("intensity: the park lies beyond the extent of the buildings"))
        elif floor_missing and floor_missing[i]:
            note.append(tr("intensity: {} points without floor area").format(floor_missing[i]))
        if park.category_rank is None:
            note.append(tr("HMC: no maximum category"))
        if park.water is None:
            note.append(tr("water-bound: no water access"))
        if relocated is None:
            note.append(tr("relocation: no firms"))
        else:
            stats = relocated[1][i]
            for reason, count in sorted(stats.not_assessed.items()):
                note.append(tr("relocation: {} firms not assessed ({})").format(count, reason))
            if stats.plots_unknown:
                note.append(tr("relocation: plot of {} firms unknown").format(
                    stats.plots_unknown))
        if edges is None:
            note.append(tr("edge: no houses"))
        notes.append(note)
    return notes


def _r(value, digits=4):
    return None if value is None else round(value, digits)


def _sink(alg, parameters, name, context, fields, wkb_type):
    sink, dest = alg.feature_sink(parameters, name, context, fields, wkb_type, alg.crs)
    if sink is None and name == alg.OUTPUT:
        raise InputError(tr("the output cannot be written"), name)
    return sink, dest


def write_outputs(alg, parameters, context, feedback, parks, rows, dens, notes, relocated,
                  firms, edges, basis):
    results = {}
    fields = extend_fields(parks.fields(), PARK_FIELDS)
    linear = QgsWkbTypes.multiType(QgsWkbTypes.linearType(parks.wkbType()))
    sink, dest = _sink(alg, parameters, alg.OUTPUT, context, fields, linear)
    edge_ha = [None if edges is None else e.area / 1e4 for e in (edges or [None] * len(rows))]
    hmc_rank = CATEGORIES.index(alg.parameterAsEnumString(parameters, alg.HMC_FROM, context))
    for i, (row, d) in enumerate(zip(rows, dens)):
        park = row["park"]
        stats = None if relocated is None else relocated[1][i]
        hmc = park.hmc(hmc_rank)
        out = QgsFeature(fields)
        geom = QgsGeometry(row["geom"])
        geom.convertToMultiType()
        out.setGeometry(geom)
        out.setAttributes(row["feature"].attributes() + [
            _r(d.net_ha), _r(d.built_ha), _r(d.intensity), d.target, _r(d.freed_ha),
            None if hmc is None else int(hmc), None if park.water is None else int(park.water),
            None if stats is None else stats.count, None if stats is None else _r(stats.hectares),
            _r(edge_ha[i]), "; ".join(notes[i])])
        sink.addFeature(out, QgsFeatureSink.FastInsert)
    results[alg.OUTPUT] = dest
    alg.style_output(context, dest, "parkpotential.qml")
    _write_relocations(alg, parameters, context, rows, relocated, firms, results)
    _write_edges(alg, parameters, context, rows, edges, results)
    totals = {alg.FREED_HA: None if basis is None else _r(sum(d.freed_ha for d in dens
                                                               if d.freed_ha is not None)),
              alg.RELOCATABLE_HA: None if relocated is None else
              _r(sum(s.hectares for s in relocated[1])),
              alg.EDGE_HA: None if edges is None else _r(sum(edge_ha))}
    results.update(totals)
    _log(alg, parameters, context, feedback, rows, dens, relocated, edges, totals, basis)
    return results


def _write_relocations(alg, parameters, context, rows, relocated, firms, results):
    if relocated is None:
        return
    fields = QgsFields()
    for name, kind in FIRM_FIELDS:
        fields.append(make_field(name, kind))
    kind = QgsWkbTypes.multiType(QgsWkbTypes.linearType(firms[0].wkbType()))
    sink, dest = _sink(alg, parameters, alg.RELOCATIONS, context, fields, kind)
    if sink is None:
        return
    for c in relocated[0]:
        out = QgsFeature(fields)
        geom = QgsGeometry()
        geom.fromWkb(c.firm.wkb)
        geom.convertToMultiType()
        out.setGeometry(geom)
        rank = c.firm.category_rank
        out.setAttributes([
            c.firm.ident, rows[c.park]["park"].name, None if rank is None else CATEGORIES[rank],
            "; ".join(c.reasons), _r(c.firm.plot_ha),
            "; ".join(tr("{} ({:.1f} km)").format(n, km) for n, km in c.destinations),
            _r(c.nearest_km, 3), "; ".join(c.not_assessed)])
        sink.addFeature(out, QgsFeatureSink.FastInsert)
    results[alg.RELOCATIONS] = dest
    points = QgsWkbTypes.geometryType(kind) == QgsWkbTypes.PointGeometry
    alg.style_output(context, dest, "parkpotential_relocation_points.qml" if points
                     else "parkpotential_relocations.qml")


def _write_edges(alg, parameters, context, rows, edges, results):
    if edges is None:
        return
    fields = QgsFields()
    for name, kind in (("name", "string"), ("edge_ha", "double")):
        fields.append(make_field(name, kind))
    sink, dest = _sink(alg, parameters, alg.EDGE, context, fields, QgsWkbTypes.MultiPolygon)
    if sink is None:
        return
    for row, zone in zip(rows, edges):
        if zone.is_empty:
            continue
        out = QgsFeature(fields)
        geom = QgsGeometry()
        geom.fromWkb(zone.wkb)
        geom.convertToMultiType()
        out.setGeometry(geom)
        out.setAttributes([row["park"].name, _r(zone.area / 1e4)])
        sink.addFeature(out, QgsFeatureSink.FastInsert)
    results[alg.EDGE] = dest
    alg.style_output(context, dest, "parkpotential_edge.qml")


def _log(alg, parameters, context, feedback, rows, dens, relocated, edges, totals, basis):
    net = sum(d.net_ha for d in dens)
    feedback.pushInfo(tr("{} parks, {:.1f} ha net ({} with the polygon area).").format(
        len(rows), net, sum(not r["net_given"] for r in rows)))
    if basis is None:
        feedback.pushWarning(tr("Densification NOT ASSESSED: no BUILDINGS or FLOOR_AREA."))
    else:
        assessed = [d for d in dens if d.built_ha is not None]
        built = sum(d.built_ha for d in assessed)
        net_assessed = sum(d.net_ha for d in assessed)
        feedback.pushInfo(tr("Densification ({}): {:.1f} ha built, intensity {:.2f}; at "
                             "{:g} the parks would free {:.1f} ha.").format(
            basis, built, built / net_assessed if net_assessed else 0.0, dens[0].target,
            totals[alg.FREED_HA]))
        if len(assessed) < len(dens):
            feedback.pushWarning(tr("Densification NOT ASSESSED on {} parks: they lie beyond "
                                    "the extent of the buildings.").format(
                len(dens) - len(assessed)))
    if relocated is None:
        feedback.pushWarning(tr("Relocation NOT ASSESSED: no FIRMS."))
    else:
        candidates, per_park, off_park = relocated
        unknown = sum(sum(s.not_assessed.values()) for s in per_park)
        feedback.pushInfo(tr("Relocation: {} candidates ({:.1f} ha, {} with an unknown plot), "
                             "{} with a destination; {} firms on no park; {} firms NOT "
                             "ASSESSED for missing data.").format(
            len(candidates), totals[alg.RELOCATABLE_HA], sum(s.plots_unknown for s in per_park),
            sum(bool(c.destinations) for c in candidates), off_park, unknown))
    if edges is None:
        feedback.pushWarning(tr("Mixed edge NOT ASSESSED: no SENSITIVE houses."))
    else:
        feedback.pushInfo(tr("Mixed edge: {:.1f} ha on {} parks within {:g} m of houses.")
                          .format(totals[alg.EDGE_HA], sum(not e.is_empty for e in edges),
                                  alg.parameterAsDouble(parameters, alg.EDGE_DISTANCE,
                                                        context)))
