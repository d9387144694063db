"""The 'Data sources and parameters' section of ruimte:report: the inputs by dataset and file
name, the settings, the outputs that exist, the qgis_process command that re-runs the
algorithm and the SHA-256 of each input file. The text and tables come from
core.report_sources; here the algorithm's parameter definitions tell inputs, outputs and
values apart and give their labels in the report's language."""

import html
import os
import tempfile

from qgis.core import QgsApplication, QgsProcessingUtils

from ..core.report import table
from ..core.report_sources import (INPUT, OUTPUT, VALUE, checksum_rows, input_files,
                                   qgis_process_command, reproduce_html, source_tables)
from ..i18n import tr

INPUT_TYPES = ("raster", "vector", "source", "multilayer", "file", "mesh", "layer",
               "pointcloud")


def _heading(text):
    return f"<h3>{html.escape(text)}</h3>"


def temp_prefixes():
    """Path prefixes of QGIS's temporary processing files: this session's folder and any
    processing_* folder in the system's temporary folder (other sessions, qgis_process)."""
    return (os.path.abspath(QgsProcessingUtils.tempFolder()),
            os.path.join(os.path.abspath(tempfile.gettempdir()), "processing_"))


def parameter_kinds(algorithm_id, names):
    """({name: INPUT/OUTPUT/VALUE}, {name: 'label (NAME)'}) from the definitions of a fresh
    instance of the algorithm (labels in the current tr() language); names it does not know
    count as values."""
    algorithm = QgsApplication.processingRegistry().createAlgorithmById(algorithm_id) \
        if algorithm_id else None
    kinds, labels = {}, {}
    for name in names:
        definition = algorithm.parameterDefinition(name) if algorithm is not None else None
        if definition is None:
            kinds[name], labels[name] = VALUE, name
            continue
        kinds[name] = OUTPUT if definition.isDestination() else (
            INPUT if definition.type() in INPUT_TYPES else VALUE)
        labels[name] = f"{definition.description()} ({name})"
    return kinds, labels


def sources_section(tags, profile):
    """Inner HTML of the section from the RUIMTE_* tags of the suitability raster."""
    parameters = tags.get("RUIMTE_PARAMETERS") or {}
    sources = tags.get("RUIMTE_SOURCES") or []
    algorithm = tags.get("RUIMTE_ALGORITHM", "")
    kinds, labels = parameter_kinds(algorithm, list(parameters))
    prefixes = temp_prefixes()
    inputs, settings, outputs = source_tables(parameters, kinds, labels, prefixes, sources)
    parts = []
    if inputs:
        parts.append(_heading(tr("Input data")))
        parts.append(table([tr("input"), tr("dataset"), tr("file"), tr("filter")], inputs))
    if settings:
        parts.append(_heading(tr("Settings")))
        parts.append(table([tr("parameter"), tr("value")], settings))
    if outputs:
        parts.append(_heading(tr("Outputs")))
        parts.append(table([tr("output"), tr("file")], outputs))
    if algorithm and parameters:
        parts.append(_heading(tr("Reproduce this result")))
        temporary = sorted({row[0] for row in inputs if row[1] == tr("(temporary output)")})
        parts.append(reproduce_html(qgis_process_command(algorithm, parameters, kinds,
                                                         prefixes),
                                    temporary))
    files = input_files(parameters, kinds, sources, [profile.get("file")] if profile else [])
    if files:
        parts.append(_heading(tr("Checksums of the input files")))
        parts.append(table([tr("file"), tr("SHA-256")], checksum_rows(files, prefixes)))
    return "\n".join(parts) or '<p class="muted">' + html.escape(
        tr("The raster records no parameters (not written by a Ruimte algorithm).")) + "</p>"
