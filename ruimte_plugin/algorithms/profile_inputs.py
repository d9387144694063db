"""The data inputs of a company-profile run, shared by ruimte:profilesuitability and
ruimte:scoresites: the same names, help and reading everywhere."""

import html

from qgis.core import (QgsProcessing, QgsProcessingParameterBoolean,
                       QgsProcessingParameterFeatureSource,
                       QgsProcessingParameterFile, QgsProcessingParameterMultipleLayers,
                       QgsProcessingParameterString)

from ..core.errors import InputError
from ..core.profiles import builtin_ids, builtin_profile, load_profile
from ..i18n import tr, user_language
from .parameters import input_for

PROFILE = "PROFILE"
PROFILE_FILE = "PROFILE_FILE"
HABITATS = "HABITATS"
CAPACITY_AREAS = "CAPACITY_AREAS"
SUBSTATIONS = "SUBSTATIONS"
SENSITIVE = "SENSITIVE"
RAMPS = "RAMPS"
MOTORWAYS = "MOTORWAYS"
NETWORK = "NETWORK"
WATERWAYS = "WATERWAYS"
CEMT_FIELD = "CEMT_FIELD"
RAIL_TERMINALS = "RAIL_TERMINALS"
STATIONS = "STATIONS"
KNOWLEDGE = "KNOWLEDGE"
PROTECTED = "PROTECTED"
VALUED = "VALUED"
VALUE_FIELD = "VALUE_FIELD"
ACCEPT_MISSING = "ACCEPT_MISSING"
SOURCE_INPUTS = (HABITATS, CAPACITY_AREAS, SUBSTATIONS, SENSITIVE, RAMPS, MOTORWAYS, NETWORK,
                 WATERWAYS, RAIL_TERMINALS, STATIONS, KNOWLEDGE)
LAYER_INPUTS = (PROTECTED, VALUED)
PASSED_ON = SOURCE_INPUTS + LAYER_INPUTS + (CEMT_FIELD, VALUE_FIELD, ACCEPT_MISSING)


def criterion_label(criterion):
    """A criterion key (nitrogen, grid, ...) in the user's language, for labels and messages."""
    return {"nitrogen": tr("nitrogen"), "grid": tr("grid congestion"),
            "zoning": tr("environmental zoning"), "landscape": tr("landscape"),
            "accessibility": tr("accessibility"),
            "regional_value": tr("regional added value")}.get(criterion, criterion)


def profile_needs(profile):
    """One line of help: the profile's name (id), then its essential and optional criteria with
    the input parameter that assesses each (from its evidence block and weights)."""
    from ..core.evidence import INPUTS
    needs = {key: need for key, need in profile.needs.items() if "." not in key}
    for key, weight in profile.weights.items():
        if weight > 0 and key not in needs:
            needs[key] = None                      # weighted, no evidence entry: optional

    def listed(essential):
        return ", ".join(f"{criterion_label(k)} ({INPUTS.get(k, '?')})"
                         for k, n in sorted(needs.items())
                         if (n is not None and n.essential) == essential) or "-"
    return tr("{} ({}): essential: {}; optional: {}").format(
        profile.name(user_language()), profile.id, listed(True), listed(False))


def profiles_help():
    """Help text of PROFILE: what each built-in profile needs (HTML list)."""
    lines = []
    for profile_id in builtin_ids():
        try:
            lines.append(profile_needs(builtin_profile(profile_id)))
        except InputError:
            lines.append(profile_id)
    return tr("Built-in profile (resources/profiles); the dialog shows its name, scripts and "
              "models give its id (e.g. PROFILE=xxl_logistics). Per profile the inputs it "
              "needs (without an essential one the run stops unless ACCEPT_MISSING):") + \
        "<ul>" + "".join(f"<li>{html.escape(line)}</li>" for line in lines) + "</ul>"


def add_profile_parameters(alg, optional=False):
    """PROFILE (built in; the value is the id, the dialog shows names) and PROFILE_FILE (a
    user's JSON)."""
    ids = builtin_ids()
    default = None if optional else ("xxl_logistics" if "xxl_logistics" in ids else ids[0])
    param = alg.add_choice(PROFILE, tr("Company profile"), ids, default, profiles_help(),
                           optional=optional)
    param.setMetadata({"widget_wrapper": {
        "class": f"{__package__}.profile_widget.ProfileWidgetWrapper"}})
    alg.add(QgsProcessingParameterFile(PROFILE_FILE, tr("Own profile file (JSON)"),
                                       extension="json", optional=True),
            tr("A profile of your own; replaces PROFILE. Its errors are listed in full."))


def add_profile_inputs(alg):
    """The optional data inputs of the criteria."""
    poly, point, line = ([QgsProcessing.TypeVectorPolygon], [QgsProcessing.TypeVectorPoint],
                         [QgsProcessing.TypeVectorLine])
    for name, label, types, help_text in (
            (HABITATS, tr("Nitrogen-sensitive habitats"), poly,
             tr("Natura 2000 areas or a habitat map (nitrogen criterion).")),
            (CAPACITY_AREAS, tr("Grid capacity map"), poly,
             tr("Capaciteitskaart polygons with afname/opwek status (grid criterion).")),
            (SUBSTATIONS, tr("High-voltage substations"), point,
             tr("HV substations (grid criterion, large needs).")),
            (SENSITIVE, tr("Houses"), point + poly,
             tr("Sensitive objects for the VNG guide distances (zoning criterion).")),
            (RAMPS, tr("Motorway ramps"), point, tr("Accessibility criterion.")),
            (MOTORWAYS, tr("Motorways"), line,
             tr("Motorway lines where no ramps are known (accessibility).")),
            (NETWORK, tr("Road network"), line,
             tr("Roads for distances along the network (accessibility).")),
            (WATERWAYS, tr("Waterways"), line, tr("Fairways with a CEMT class.")),
            (RAIL_TERMINALS, tr("Rail terminals"), point, tr("Rail freight terminals.")),
            (STATIONS, tr("Railway stations"), point,
             tr("Regional added value (only for a profile that weights regional_value).")),
            (KNOWLEDGE, tr("Knowledge institutions"), point,
             tr("Universities, universities of applied sciences, MBO schools, research "
                "institutes: regional added value (only for a profile that weights "
                "regional_value)."))):
        alg.add(QgsProcessingParameterFeatureSource(name, label, types, optional=True),
                help_text)
    alg.add(QgsProcessingParameterString(CEMT_FIELD, tr("CEMT class field"), optional=True),
            tr("Field of WATERWAYS with the CEMT class."))
    alg.add(QgsProcessingParameterMultipleLayers(PROTECTED, tr("Protected areas"),
                                                 QgsProcessing.TypeVectorPolygon, optional=True),
            tr("Natura 2000, NNN, UNESCO core zones (landscape criterion; excluded)."))
    alg.add(QgsProcessingParameterMultipleLayers(VALUED, tr("Valued landscape"),
                                                 QgsProcessing.TypeVectorPolygon, optional=True),
            tr("Nationale Landschappen, national parks, core qualities (landscape)."))
    alg.add(QgsProcessingParameterString(VALUE_FIELD, tr("Landscape value field"),
                                         optional=True),
            tr("Field of the valued layers with values 0-1."))
    alg.add(QgsProcessingParameterBoolean(ACCEPT_MISSING, tr("Run without essential criteria"),
                                          defaultValue=False),
            tr("A criterion the profile marks essential (its 'evidence' block, with the reason) "
               "stops the run when its data are missing. Tick this to run anyway: the criterion "
               "is then NOT ASSESSED, and the layer names, metadata (RUIMTE_EVIDENCE), reports "
               "and site tables say so; 'Allocate a programme to sites' never gives such a "
               "site to that profile. Optional criteria without data are always reported as "
               "not assessed."))


def read_profile(alg, parameters, context):
    """The Profile from PROFILE_FILE, else PROFILE; None when neither is set."""
    path = alg.optional_string(parameters, PROFILE_FILE, context)
    if path:
        with input_for(PROFILE_FILE):
            return load_profile(path)
    name = alg.parameterAsEnumString(parameters, PROFILE, context)
    if not name:
        return None
    with input_for(PROFILE):
        return builtin_profile(name)


def _is_empty(source):
    """True when a feature source has no feature: one feature fetched, without attributes or
    geometry (a count can be unknown (-1) or slow for some providers)."""
    from qgis.core import QgsFeatureRequest
    request = QgsFeatureRequest().setLimit(1).setNoAttributes().setFlags(
        QgsFeatureRequest.NoGeometry)
    return next(iter(source.getFeatures(request)), None) is None


def read_profile_inputs(alg, parameters, context, feedback=None):
    """({name: feature source or None}, {name: [layers]}) of the data inputs. A layer without
    features is no evidence: it counts as not given (with a warning)."""
    sources, layers = {}, {}
    for name in SOURCE_INPUTS:
        source = alg.parameterAsSource(parameters, name, context)
        if source is not None and _is_empty(source):
            if feedback is not None:
                feedback.pushWarning(tr("{}: the layer has no features; it counts as no data.")
                                     .format(name))
            source = None
        sources[name] = source
    for name in LAYER_INPUTS:
        given = alg.parameterAsLayerList(parameters, name, context)
        kept = [lyr for lyr in given if not hasattr(lyr, "getFeatures") or not _is_empty(lyr)]
        if feedback is not None and len(kept) < len(given):
            feedback.pushWarning(tr("{}: {} layer(s) without features count as no data.")
                                 .format(name, len(given) - len(kept)))
        layers[name] = kept
    return sources, layers
