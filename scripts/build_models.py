"""Build the Model Designer models shipped in resources/models/ (run after changing an
algorithm's parameters; the .model3 files are committed so that users get them with the plugin).

programme.model3 — "the whole programme in one model": candidate sites scored for three company
profiles (ruimte:scoresites, each with its hard rules and reasons) and a programme table
allocated over them (ruimte:allocate). Open it in the Model Designer, or run it with
qgis_process run resources/models/programme.model3 -- SITES=... PROGRAMME=... PROFILE_1=...

Run: .venv/bin/python scripts/build_models.py (QGIS 3.22 writes a file 3.40 reads too).
"""

import os
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent

#: data inputs of the profile passed on from the model to every scoresites child:
#: (name, description, kind, geometry types)
DATA_INPUTS = [
    ("HABITATS", "Nitrogen-sensitive habitats (Natura 2000)", "source", ["polygon"]),
    ("PROTECTED", "Protected areas (Natura 2000, NNN)", "layers", ["polygon"]),
    ("VALUED", "Valued landscape", "layers", ["polygon"]),
    ("CAPACITY_AREAS", "Grid capacity map", "source", ["polygon"]),
    ("SUBSTATIONS", "High-voltage substations", "source", ["point"]),
    ("SENSITIVE", "Houses", "source", ["point", "polygon"]),
    ("MOTORWAYS", "Motorways", "source", ["line"]),
]
DEFAULT_PROFILES = ("xxl_logistics", "recycling", "h2_electrolyser_100mw")


def fill_defaults(child):
    """Static default values for the child's mandatory parameters the model does not feed (as
    the Model Designer's dialog would)."""
    from qgis.core import QgsApplication, QgsProcessingModelChildParameterSource as Source
    algorithm = QgsApplication.processingRegistry().algorithmById(child.algorithmId())
    for definition in algorithm.parameterDefinitions():
        if definition.isDestination() or definition.name() in child.parameterSources():
            continue
        if definition.defaultValue() is not None:
            child.addParameterSources(definition.name(),
                                      [Source.fromStaticValue(definition.defaultValue())])


def build_programme_model():
    from qgis.core import (QgsProcessing, QgsProcessingModelAlgorithm,
                           QgsProcessingModelChildAlgorithm,
                           QgsProcessingModelChildParameterSource as Source,
                           QgsProcessingModelOutput, QgsProcessingModelParameter,
                           QgsProcessingParameterBoolean, QgsProcessingParameterEnum,
                           QgsProcessingParameterFeatureSource,
                           QgsProcessingParameterMultipleLayers, QgsProcessingParameterNumber,
                           QgsProcessingParameterString)
    from qgis.PyQt.QtCore import QPointF
    from ruimte_plugin.core.profiles import builtin_ids

    types = {"polygon": QgsProcessing.TypeVectorPolygon, "point": QgsProcessing.TypeVectorPoint,
             "line": QgsProcessing.TypeVectorLine}
    model = QgsProcessingModelAlgorithm("Programme for three company profiles", "Ruimte")
    model.setHelpContent({
        "ALG_DESC": "Scores the candidate SITES for three company profiles (hard rules with "
                    "reasons, criteria from the data inputs) and allocates the PROGRAMME "
                    "(profile, demand_ha, tier, region) over them. Every profile in the "
                    "programme must be one of PROFILE_1..3.",
        "ALG_CREATOR": "Ruimte", "ALG_VERSION": "1"})

    def parameter(definition, x, y):
        model.addModelParameter(definition, QgsProcessingModelParameter(definition.name()))
        model.parameterComponent(definition.name()).setPosition(QPointF(x, y))

    parameter(QgsProcessingParameterFeatureSource("SITES", "Candidate sites",
                                                  [QgsProcessing.TypeVectorPolygon]), 100, 60)
    parameter(QgsProcessingParameterFeatureSource("PROGRAMME", "Programme (table)",
                                                  [QgsProcessing.TypeVector]), 700, 60)
    ids = builtin_ids()
    for n, default in enumerate(DEFAULT_PROFILES, 1):
        enum = QgsProcessingParameterEnum(f"PROFILE_{n}", f"Company profile {n}", ids,
                                          defaultValue=default)
        enum.setUsesStaticStrings(True)
        parameter(enum, 100 + 200 * (n - 1), 140)
    for n, (name, description, kind, geometry) in enumerate(DATA_INPUTS):
        kinds = [types[g] for g in geometry]
        definition = (QgsProcessingParameterFeatureSource(name, description, kinds,
                                                          optional=True) if kind == "source"
                      else QgsProcessingParameterMultipleLayers(name, description, kinds[0],
                                                                optional=True))
        parameter(definition, 100 + 150 * n, 220)
    parameter(QgsProcessingParameterNumber("PIXEL_SIZE", "Pixel size (m)",
                                           QgsProcessingParameterNumber.Double, 25.0,
                                           minValue=1), 700, 140)
    parameter(QgsProcessingParameterBoolean(
        "ACCEPT_MISSING", "Run without essential criteria (they are reported as not assessed, "
        "and such sites are not allocated unless ACCEPT_NOT_ASSESSED names them)",
        defaultValue=False), 1100, 140)
    parameter(QgsProcessingParameterString(
        "ACCEPT_NOT_ASSESSED", "Allocate provisionally where these essential criteria were "
        "not assessed (e.g. zoning; empty: never)", optional=True), 1300, 140)
    method = QgsProcessingParameterEnum("METHOD", "Allocation method", ["greedy", "optimal"],
                                        defaultValue="optimal")
    method.setUsesStaticStrings(True)
    parameter(method, 900, 140)

    scored = []
    for n in range(1, 4):
        child = QgsProcessingModelChildAlgorithm("ruimte:scoresites")
        child.setChildId(f"score_{n}")
        child.setDescription(f"Score the sites for profile {n}")
        child.setPosition(QPointF(150 + 250 * (n - 1), 360))
        child.addParameterSources("SITES", [Source.fromModelParameter("SITES")])
        child.addParameterSources("PROFILE", [Source.fromModelParameter(f"PROFILE_{n}")])
        child.addParameterSources("PIXEL_SIZE", [Source.fromModelParameter("PIXEL_SIZE")])
        child.addParameterSources("ACCEPT_MISSING", [Source.fromModelParameter("ACCEPT_MISSING")])
        for name, *_ in DATA_INPUTS:
            child.addParameterSources(name, [Source.fromModelParameter(name)])
        fill_defaults(child)
        model.addChildAlgorithm(child)
        scored.append(Source.fromChildOutput(f"score_{n}", "OUTPUT"))

    allocate = QgsProcessingModelChildAlgorithm("ruimte:allocate")
    allocate.setChildId("allocate")
    allocate.setDescription("Allocate the programme")
    allocate.setPosition(QPointF(400, 500))
    allocate.addParameterSources("SCORED", scored)
    allocate.addParameterSources("PROGRAMME", [Source.fromModelParameter("PROGRAMME")])
    allocate.addParameterSources("METHOD", [Source.fromModelParameter("METHOD")])
    allocate.addParameterSources("ACCEPT_NOT_ASSESSED",
                                 [Source.fromModelParameter("ACCEPT_NOT_ASSESSED")])
    outputs = {}
    for name, label, y in (("OUTPUT", "Allocation", 600), ("BALANCE", "Balance", 640)):
        out = QgsProcessingModelOutput(label)
        out.setChildId("allocate")
        out.setChildOutputName(name)
        out.setPosition(QPointF(650, y))
        outputs[label] = out
    allocate.setModelOutputs(outputs)
    fill_defaults(allocate)
    model.addChildAlgorithm(allocate)
    return model


def main():
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    sys.path.insert(0, str(ROOT))
    from qgis.core import QgsApplication
    app = QgsApplication([], False)
    app.initQgis()
    sys.path.append("/usr/share/qgis/python/plugins")
    from processing.core.Processing import Processing
    Processing.initialize()
    from ruimte_plugin.provider import RuimteProvider
    provider = RuimteProvider()
    QgsApplication.processingRegistry().addProvider(provider)
    model = build_programme_model()
    model.setSourceFilePath("")
    target = ROOT / "resources" / "models" / "programme.model3"
    target.parent.mkdir(parents=True, exist_ok=True)
    ok, problems = model.validate() if hasattr(model, "validate") else (True, [])
    if not ok:
        sys.exit("the model does not validate: " + "; ".join(problems))
    if not model.toFile(str(target)):
        sys.exit(f"cannot write {target}")
    print(target)
    QgsApplication.processingRegistry().removeProvider(provider)


if __name__ == "__main__":
    main()
