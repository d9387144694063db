"""Evidence: which of a profile's criteria a run could assess, and which it could not.

Missing evidence is never suitability. A profile marks each weighted criterion (and each transport
mode it names) *essential* or *optional*, with the reason. A run that lacks the data of an
essential item stops, unless the user accepts it explicitly; then, like an optional item without
data, it is *not assessed* and every output says so.

Keys: the criteria (``nitrogen``, ``grid``, ``zoning``, ``landscape``, ``accessibility``,
``regional_value``) and the transport modes as ``accessibility.road``, ``accessibility.water``,
``accessibility.rail``. ``regional_value`` is optional unless the profile marks it essential.
"""

from dataclasses import dataclass, field

from .errors import InputError
from .i18n import tr

#: the input parameter whose data assess a criterion or mode
INPUTS = {"nitrogen": "HABITATS", "grid": "CAPACITY_AREAS", "zoning": "SENSITIVE",
          "landscape": "PROTECTED", "accessibility": "RAMPS", "accessibility.road": "RAMPS",
          "accessibility.water": "WATERWAYS", "accessibility.rail": "RAIL_TERMINALS",
          "regional_value": "STATIONS"}
MODES = ("road", "water", "rail")
#: criteria that are optional when the profile does not say
OPTIONAL_BY_DEFAULT = ("regional_value",)


def data_needed(key):
    """What data assess a criterion or mode, in words."""
    return {"nitrogen": tr("Natura 2000 areas or a nitrogen-sensitive habitat map"),
            "grid": tr("the grid operators' capacity map (capaciteitskaart)"),
            "zoning": tr("houses and other sensitive objects, e.g. BAG verblijfsobjecten"),
            "landscape": tr("protected areas (Natura 2000, NNN) and/or valued landscape"),
            "accessibility": tr("motorway ramps or motorways, waterways, rail terminals"),
            "accessibility.road": tr("motorway ramps (or MOTORWAYS)"),
            "accessibility.water": tr("fairways with a CEMT class"),
            "accessibility.rail": tr("rail freight terminals"),
            "regional_value": tr("railway stations and/or knowledge institutions")}.get(key, "")


def key_label(key):
    """A criterion or mode key in words, in the user's language (one translation looked up,
    not all nine: ruimte:scoresites asks once per site)."""
    label = _KEY_LABELS.get(key)
    return key if label is None else label()


_KEY_LABELS = {"nitrogen": lambda: tr("nitrogen"), "grid": lambda: tr("grid congestion"),
               "zoning": lambda: tr("environmental zoning"), "landscape": lambda: tr("landscape"),
               "accessibility": lambda: tr("accessibility"),
               "accessibility.road": lambda: tr("accessibility by road"),
               "accessibility.water": lambda: tr("accessibility by water"),
               "accessibility.rail": lambda: tr("accessibility by rail"),
               "regional_value": lambda: tr("regional added value")}


@dataclass(frozen=True)
class Need:
    """Whether a profile needs a criterion's evidence, and why."""
    essential: bool
    reason: str


@dataclass
class Missing:
    key: str
    essential: bool
    reason: str

    @property
    def parameter(self):
        return INPUTS.get(self.key, "")

    @property
    def data(self):
        return data_needed(self.key)

    def text(self):
        """'accessibility by water (essential; WATERWAYS)'."""
        kind = tr("essential") if self.essential else tr("optional")
        return tr("{} ({}; {})").format(key_label(self.key), kind, self.parameter)

    def as_dict(self):
        return {"key": self.key, "label": key_label(self.key), "essential": self.essential,
                "reason": self.reason, "input": self.parameter}


@dataclass
class Assessment:
    """What one run of a profile assessed."""
    assessed: list
    missing: list = field(default_factory=list)
    accepted: bool = False

    @property
    def essential_missing(self):
        return [m for m in self.missing if m.essential]

    @property
    def complete(self):
        return not self.missing

    def summary(self):
        """One line for layer names, subtitles and logs: '' when complete."""
        if not self.missing:
            return ""
        return tr("not assessed: {}").format(", ".join(key_label(m.key) for m in self.missing))

    def as_dict(self):
        return {"assessed": list(self.assessed), "not_assessed": [m.as_dict() for m in self.missing],
                "essential_not_assessed": [m.key for m in self.essential_missing],
                "accepted": self.accepted}


def assess(needs, assessed, missing_modes=()):
    """The Assessment of a run: ``needs`` {key: Need} from the profile, ``assessed`` the weighted
    criteria that have data, ``missing_modes`` the profile's transport modes without data.
    A criterion missing from ``needs`` counts as essential (the safe side)."""
    missing = []
    for key, need in needs.items():
        if "." in key:
            continue
        if key not in assessed:
            missing.append(Missing(key, need.essential, need.reason))
    for mode in missing_modes:
        key = f"accessibility.{mode}"
        if "accessibility" not in assessed:
            continue                        # the whole criterion is reported already
        need = needs.get(key, Need(True, ""))
        missing.append(Missing(key, need.essential, need.reason))
    return Assessment([c for c in needs if "." not in c and c in assessed], missing)


def refuse_missing(assessment, accept_parameter):
    """Raise InputError for missing essential evidence unless the user accepted it; the message
    names the missing inputs and what data they need, the error the key of the first one (the
    algorithm maps it to its parameter, e.g. with INPUTS)."""
    essential = assessment.essential_missing
    if not essential or assessment.accepted:
        return
    first = essential[0]
    lines = [tr("{} is essential for this profile and has no data: give {} ({}). Why: {}")
             .format(key_label(m.key), m.parameter, m.data, m.reason or tr("not stated"))
             for m in essential]
    raise InputError("\n".join(lines) + "\n" + tr(
        "Or set {} to run without it: the result then says everywhere that it was not "
        "assessed, and 'Allocate a programme to sites' gives such sites to no claim (unless "
        "its ACCEPT_NOT_ASSESSED names the criterion: then only provisionally).").format(
            accept_parameter),
        first.key)


def parse_needs(spec, weighted, modes, problems):
    """{key: Need} from a profile's "evidence" object; ``weighted`` the weighted criteria,
    ``modes`` the transport modes the profile names. Problems are appended as text. Without an
    "evidence" object every criterion and mode is essential, except those of
    OPTIONAL_BY_DEFAULT, which are optional unless listed."""
    keys = list(weighted) + [f"accessibility.{m}" for m in modes if "accessibility" in weighted]
    optional = Need(False, tr("the profile does not say; optional by default"))
    if spec is None:
        return {k: optional if k in OPTIONAL_BY_DEFAULT else
                Need(True, tr("the profile does not say; essential by default")) for k in keys}
    if not isinstance(spec, dict):
        problems.append(tr("evidence: must be an object {criterion: {essential, reason}}"))
        return {}
    needs = {}
    for key in spec:
        if key not in keys:
            problems.append(tr("evidence.{}: not a weighted criterion or a transport mode of "
                               "this profile; use {}").format(key, ", ".join(keys)))
    for key in keys:
        item = spec.get(key)
        if item is None:
            if "." in key:                  # a mode not listed follows its criterion
                parent = spec.get("accessibility")
                essential = isinstance(parent, dict) and parent.get("essential") is True
                needs[key] = Need(essential, tr("as accessibility"))
                continue
            if key in OPTIONAL_BY_DEFAULT:
                needs[key] = optional
                continue
            problems.append(tr("evidence.{}: missing; say whether it is essential").format(key))
            continue
        if not isinstance(item, dict) or not isinstance(item.get("essential"), bool):
            problems.append(tr("evidence.{}: needs \"essential\": true or false").format(key))
            continue
        reason = item.get("reason")
        if not (isinstance(reason, str) and reason.strip()):
            problems.append(tr("evidence.{}: needs a \"reason\"").format(key))
            continue
        needs[key] = Need(item["essential"], reason.strip())
    return needs


def missing_from_tags(evidence):
    """The Missing items of a run from its RUIMTE_PROFILE "evidence" tag (a dict)."""
    return [Missing(m["key"], bool(m["essential"]), m.get("reason", ""))
            for m in (evidence or {}).get("not_assessed", [])]


def site_evidence(run_missing, needs, empty):
    """What was not assessed at one site: the run's missing items, then the criteria that have
    no data inside the site (``empty``). Returns (labels, essential keys); without a profile
    (``needs`` empty) nothing is essential."""
    items = [(m.key, m.essential) for m in run_missing]
    seen = {key for key, _ in items}
    for criterion in empty:
        if criterion not in seen:
            need = needs.get(criterion)
            items.append((criterion, bool(needs) and (need is None or need.essential)))
    return [key_label(k) for k, _ in items], [k for k, essential in items if essential]


def essential_keys(keys_text, run_keys=()):
    """The keys of the essential criteria not assessed: from a site's ``essential_missing``
    field ("zoning;accessibility.water"), else the run's keys."""
    return [k.strip() for k in (keys_text or "").split(";") if k.strip()] or list(run_keys)


def essential_text(keys_text, run_keys=()):
    """The essential criteria not assessed, in words (see essential_keys); '' when there are
    none."""
    return ", ".join(key_label(k) for k in essential_keys(keys_text, run_keys))


def mask_blocks(shape, rules=(), criteria=None, inside=None):
    """One block of the profile's masks (float32, NaN = NoData):
    * allowed: 1, or 0 where any hard-rule block in ``rules`` is 0 (constraint rasters read raw);
    * assessed: per cell the number of ``criteria`` score blocks with a value (None: skipped);
    both NaN where the study-area block ``inside`` is not above 0 (outside: not analysed)."""
    import numpy as np
    allowed = np.ones(shape, dtype=np.float32)
    for block in rules:
        allowed[block == 0] = 0
    assessed = None
    if criteria is not None:
        assessed = np.zeros(shape, dtype=np.float32)
        for block in criteria:
            assessed += np.isfinite(block)
    if inside is not None:
        outside = ~(inside > 0)
        for array in (allowed, assessed):
            if array is not None:
                array[outside] = np.nan
    return allowed, assessed
