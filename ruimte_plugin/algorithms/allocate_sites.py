"""The sites of ruimte:allocate: read from the scored layers (one Site with a Candidate per
profile), kept for HMC and water-bound firms, and checked for overlaps. Errors name the core
fields "id_field" and "region_field", or no parameter (the caller names it with input_for)."""

from qgis.core import QgsFeatureRequest

from ..core.allocate import Candidate, Site, SiteIndex
from ..core.bbox import overlapping_pairs
from ..core.criteria.zoning import category_rank
from ..core.errors import Cancelled, InputError
from ..core.evidence import essential_keys, essential_text
from ..core.park_fit import ParkFacts, assess, water_access
from ..core.sites import site_name_field
from ..i18n import tr
from .layers import iter_features, layer_label, shapely_of
from .parameters import is_unset

SCORED_FIELDS = ("score", "usable_ha", "excluded", "reasons")


def read_sites(scored, by_order, crs, context, feedback, id_field=None, region_field=None,
               fact_fields=()):
    """(sites, geometries in ``crs``, [[value of each of ``fact_fields``] per site]) from the
    ``scored`` layers [(layer, profile id or None = its 'profile' field, essential criteria the
    profile run did not assess)]. The same site in several layers is found by ``by_order``
    (feature order), ``id_field`` or else its location."""
    sites, geoms, facts, index, keys = [], [], [], SiteIndex(), {}
    for layer, fixed, run_missing in scored:
        fields = [f.name() for f in layer.fields()]
        missing = [f for f in SCORED_FIELDS + (() if fixed else ("profile",))
                   if f not in fields]
        if missing:
            raise InputError(tr("layer '{}' is not an output of 'Score and rank candidate "
                                "sites' with a profile: it lacks {}")
                             .format(layer_label(layer), ", ".join(missing)))
        for wanted, core_field in ((id_field, "id_field"), (region_field, "region_field")):
            if wanted and wanted not in fields:
                raise InputError(tr("layer '{}' has no field '{}'").format(
                    layer_label(layer), wanted), core_field)
        request = QgsFeatureRequest().setDestinationCrs(crs, context.transformContext())
        features = [f for f in iter_features(layer, request)
                    if f.hasGeometry() and not f.geometry().isEmpty()]
        name_field = id_field or site_name_field(fields)
        for n, feature in enumerate(features):
            if n % 500 == 0 and feedback.isCanceled():
                raise Cancelled()
            geom = shapely_of(feature.geometry())
            profile_id = fixed or feature["profile"]
            if is_unset(profile_id):
                raise InputError(tr("layer '{}' has sites without a profile: score them "
                                    "with a PROFILE").format(layer_label(layer)))
            if by_order:
                key = n
            elif id_field:
                key = str(feature[id_field])
            else:
                c = geom.centroid
                key = index.find(c.x, c.y, geom.area)
                if key is None:
                    key = len(keys)
                    index.add(c.x, c.y, geom.area, key)
            if key not in keys:
                keys[key] = len(sites)
                name = str(feature[name_field]) if name_field and not is_unset(
                    feature[name_field]) else tr("site {}").format(len(sites) + 1)
                region = feature[region_field] if region_field else None
                sites.append(Site(name, geom.area / 1e4,
                                  None if is_unset(region) else str(region)))
                geoms.append(feature.geometry())
                facts.append([feature[f] if f and f in fields else None for f in fact_fields])
            site = sites[keys[key]]
            missing = essential_keys(None if "essential_missing" not in fields or is_unset(
                feature["essential_missing"]) else str(feature["essential_missing"]), run_missing)
            site.candidates[str(profile_id)] = Candidate(
                float(feature["score"] or 0), float(feature["usable_ha"] or 0),
                bool(feature["excluded"]), str(feature["reasons"] or ""),
                essential_text(";".join(missing)), tuple(missing))
    return sites, geoms, facts


def reserve_sites(sites, facts, profiles, hmc_from, fact_fields, feedback):
    """Mark HMC and water-bound sites as reserved for the profiles that need them; ``facts``:
    per site [maximum category, water access]. An unreadable category raises an InputError
    without a parameter."""
    if all(all(is_unset(v) for v in row) for row in facts):
        feedback.pushWarning(tr("The sites have no values in {}: no site is kept for HMC or "
                                "water-bound firms.").format(
            " / ".join(f for f in fact_fields if f) or "-"))
        return
    for site, (category, water) in zip(sites, facts):
        rank = category_rank(None if is_unset(category) else category)
        park = ParkFacts(site.name, None, rank,
                         water_access(None if is_unset(water) else water))
        for profile in profiles.values():
            reasons = assess(park, profile, hmc_from).reserve
            if reasons:
                site.reserved[profile.id] = "; ".join(reasons)


def warn_overlaps(sites, geoms, feedback):
    """Sites that share land: that land could be allocated twice."""
    pairs = overlapping_pairs([shapely_of(g) for g in geoms])
    if not pairs:
        return
    shown = "; ".join(tr("{} and {} ({:.1f} ha)").format(sites[i].name, sites[j].name, ha)
                      for i, j, ha in sorted(pairs, key=lambda p: -p[2])[:5])
    feedback.pushWarning(tr(
        "Sites overlap: {} pair(s), {:.1f} ha in all (largest: {}); land they share can be "
        "allocated to two claims. Give sites that do not overlap (remove duplicates, or "
        "keep one of two variants of a plan).").format(
            len(pairs), sum(p[2] for p in pairs), shown))
