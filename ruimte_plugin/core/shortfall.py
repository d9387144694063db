"""Why a claim of the programme is not met: the reasons the sites that do not qualify were
refused, counted, and the one constraint that binds (no qualifying site, too little supply,
competition with other claims, or plot size)."""

from collections import Counter
import re

from .i18n import tr
from .numbers import parse_number
from .programme import EPS

_NUMBER = re.compile(r"\d+(?:[.,]\d+)?")


def _most_common(sentences):
    """The most frequent kind of reason among ``sentences`` ("a; b" lists): reasons that differ
    only in their numbers are one kind, shown with the range of each number ("site 2.0-5.0 ha <
    6 ha needed"). Returns (text, count)."""
    parts = [s.strip() for text in sentences for s in text.split(";") if s.strip()]
    if not parts:
        return None, 0
    kinds = {}
    for part in parts:
        kinds.setdefault(_NUMBER.sub("#", part), []).append(part)
    shape, members = max(kinds.items(), key=lambda item: len(item[1]))
    columns = list(zip(*(_NUMBER.findall(m) for m in members)))
    pieces = shape.split("#")
    text = pieces[0]
    for column, piece in zip(columns, pieces[1:]):
        values = sorted(set(column), key=parse_number)
        text += values[0] if len(values) == 1 else f"{values[0]}-{values[-1]}"
        text += piece
    return text, len(members)


def why_not(j, sites, refused):
    """The reasons the other sites do not qualify for claim ``j``, counted, in words.
    ``refused``: {(site, claim): (kind, sentence)} (core.allocate.Qualification)."""
    by_kind = {}
    for (i, claim), (kind, text) in refused.items():
        if claim == j:
            by_kind.setdefault(kind, []).append((sites[i].name, text))
    words = []
    for kind, label in (("not_assessed", tr("with essential criteria not assessed (no data)")),
                        ("excluded", tr("excluded by hard rules")),
                        ("small", tr("too small for one plot")),
                        ("reserved", tr("kept for firms that need them (HMC / water-bound)")),
                        ("region", tr("outside the region")),
                        ("zero", tr("with suitability 0")),
                        ("unscored", tr("not scored for this profile"))):
        items = by_kind.get(kind)
        if not items:
            continue
        example, count = _most_common([t for _, t in items])
        text = tr("{} {}").format(len(items), label)
        if kind in ("not_assessed", "excluded", "small", "reserved") and example:
            text += (tr(" (most often: {}, {} times)").format(example, count) if count > 1
                     else tr(" (e.g. {})").format(example))
        words.append(text)
    return "; ".join(words)


def binding_constraint(j, sites, claims, qualification, capacity, pieces):
    """One sentence that names what keeps claim ``j`` from its demand. ``qualification``:
    core.allocate.Qualification; ``capacity``: per site the most all claims can take;
    ``pieces``: the allocation."""
    claim = claims[j]
    qualifying = [o for o in qualification.options if o.claim == j]
    others = why_not(j, sites, qualification.refused)
    total = len(sites)
    if not qualifying:
        return tr("no site qualifies ({} sites): {}").format(total, others or tr("no sites"))
    supply = sum(min(o.cap_ha, capacity[o.site]) for o in qualifying)
    allocated = sum(p.ha for p in pieces if p.claim == j)
    taken = Counter()
    for o in qualifying:
        for p in pieces:
            if p.site == o.site and p.claim != j:
                taken[p.claim] += p.ha
    taken_by = ", ".join(tr("{} {:.1f} ha").format(claims[c].label(), ha)
                         for c, ha in taken.most_common())
    if supply + EPS < claim.demand_ha:
        text = tr("supply: the {} qualifying sites hold {:.1f} ha, the demand is {:g} ha").format(
            len(qualifying), supply, claim.demand_ha)
        if taken:
            text += tr("; of that, {} went to other claims").format(taken_by)
        return text + (tr("; the other sites: {}").format(others) if others else "")
    rest = claim.demand_ha - allocated
    if rest + EPS < claim.min_ha:
        return tr("plot size: the remaining {:.1f} ha is less than one plot ({:g} ha)").format(
            rest, claim.min_ha)
    if taken:
        return tr("competition: qualifying sites went to {}").format(taken_by)
    return tr("plot size: the remaining {:.1f} ha cannot be placed as plots of at least {:g} ha "
              "on the qualifying sites").format(rest, claim.min_ha)
