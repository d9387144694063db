"""The report's data sources, reproduction and audit (no QGIS): which inputs a run used (as
dataset and file names, temporary files said so), the settings, the outputs that exist, the
``qgis_process`` command that re-runs it and a SHA-256 checksum of every input file.

Everything is read from the RUIMTE_* tags a Ruimte algorithm writes into its GeoTIFF
(RUIMTE_ALGORITHM, RUIMTE_PARAMETERS, RUIMTE_SOURCES); which parameter is an input, an output
or a plain value comes from the algorithm's parameter definitions (``kinds``)."""

import colorsys
import hashlib
import html
import os
import shlex

from .i18n import tr

INPUT, OUTPUT, VALUE = "input", "output", "value"

# One colour per criterion in every chart of every report (ColorBrewer Paired, dark tones)
CRITERION_COLOURS = {"nitrogen": "#6a3d9a", "grid": "#ff7f00", "zoning": "#e31a1c",
                     "landscape": "#33a02c", "accessibility": "#1f78b4",
                     "regional_value": "#b15928"}


def criterion_colour(name):
    """The colour (#rrggbb) of criterion ``name``: fixed for the Ruimte criteria; for any other
    name a muted colour whose hue comes from the name's SHA-1, so the same in every report."""
    if name in CRITERION_COLOURS:
        return CRITERION_COLOURS[name]
    hue = int(hashlib.sha1(str(name).encode("utf-8")).hexdigest()[:8], 16) / 0xFFFFFFFF
    r, g, b = colorsys.hsv_to_rgb(hue, 0.45, 0.75)
    return "#{:02x}{:02x}{:02x}".format(round(r * 255), round(g * 255), round(b * 255))


def named_weights(names, weights):
    """'nitrogen 0.416 (41.6 %), grid 0.234 (23.4 %)': weights with their criterion, the share
    of the total in per cent."""
    total = sum(weights) or 1.0
    return ", ".join(tr("{} {:.3f} ({:.1f} %)").format(n, w, 100.0 * w / total)
                     for n, w in zip(names, weights))


def split_uri(value):
    """(file path, {option: value}) of a QGIS data source 'path|layername=x|subset=...'."""
    path, *options = str(value).split("|")
    parsed = {}
    for option in options:
        key, _, text = option.partition("=")
        parsed[key.strip()] = text
    return path, parsed


def is_temporary(path, temp_prefixes):
    """True for a path under one of ``temp_prefixes`` (QGIS's processing folders) or a QGIS
    memory layer."""
    text = str(path)
    if text.startswith("memory:") or "?crs=" in text or text == "TEMPORARY_OUTPUT":
        return True
    absolute = os.path.abspath(text)
    return any(absolute.startswith(p) for p in temp_prefixes)


def describe(value, temp_prefixes):
    """(dataset, file, filter) of one data source, for people: the layer name inside a
    GeoPackage (else the file name without extension), the file name and a subset filter;
    a temporary file or layer is '(temporary output)'."""
    path, options = split_uri(value)
    if is_temporary(path, temp_prefixes):
        return tr("(temporary output)"), "", options.get("subset", "")
    name = os.path.basename(path)
    dataset = options.get("layername") or os.path.splitext(name)[0]
    return dataset, name, options.get("subset", "")


def _values(value):
    return [v for v in (value if isinstance(value, list) else [value])
            if v not in (None, "", [])]


def _text(value):
    if isinstance(value, bool):
        return "true" if value else "false"
    return str(value)


def source_tables(parameters, kinds, labels, temp_prefixes, sources=()):
    """(input rows, setting rows, output rows) for the report.

    ``parameters``: RUIMTE_PARAMETERS; ``kinds``: {name: INPUT, OUTPUT or VALUE};
    ``labels``: {name: label}. Inputs: (label, dataset, file, filter) for every value given;
    settings: (label, value); outputs: (label, file) for files that exist only (an optional
    output that was not written is not listed). ``sources``: RUIMTE_SOURCES, listed as inputs
    when no parameter names them already."""
    inputs, settings, outputs = [], [], []
    named = set()
    for name, value in parameters.items():
        kind, label = kinds.get(name, VALUE), labels.get(name, name)
        values = _values(value)
        if not values:
            continue
        if kind == INPUT:
            for v in values:
                named.add(split_uri(v)[0])
                inputs.append((label, *describe(v, temp_prefixes)))
        elif kind == OUTPUT:
            for v in values:
                path = split_uri(v)[0]
                if os.path.exists(path):
                    outputs.append((label, tr("(temporary output)")
                                    if is_temporary(path, temp_prefixes)
                                    else os.path.basename(path)))
        else:
            settings.append((label, ", ".join(_text(v) for v in values)))
    for source in sources:
        if split_uri(source)[0] not in named:
            inputs.append((tr("input"), *describe(source, temp_prefixes)))
    return inputs, settings, outputs


def qgis_process_command(algorithm, parameters, kinds, temp_prefixes=()):
    """The shell command that re-runs the algorithm: ``qgis_process run <alg> -- NAME=value``
    (each argument quoted for a POSIX shell; a list gives the name once per value; an output
    only when its file exists, so optional outputs that were skipped stay skipped; a temporary
    output as TEMPORARY_OUTPUT; a temporary input as '(temporary output)', to be replaced by
    a saved file)."""
    words = ["qgis_process", "run", algorithm, "--"]
    for name, value in parameters.items():
        values = _values(value)
        kind = kinds.get(name)
        if kind == OUTPUT:
            values = ["TEMPORARY_OUTPUT" if is_temporary(split_uri(v)[0], temp_prefixes) else v
                      for v in values if os.path.exists(split_uri(v)[0])]
        elif kind == INPUT:
            values = [tr("(temporary output)") if is_temporary(split_uri(v)[0], temp_prefixes)
                      else v for v in values]
        words += [shlex.quote(f"{name}={_text(v)}") for v in values]
    return " ".join(words)


def sha256(path, chunk=1 << 20):
    """SHA-256 (hex) of a file, read in chunks of ``chunk`` bytes."""
    digest = hashlib.sha256()
    with open(path, "rb") as handle:
        for block in iter(lambda: handle.read(chunk), b""):
            digest.update(block)
    return digest.hexdigest()


def input_files(parameters, kinds, sources=(), extra=()):
    """The distinct files of the inputs that exist on this computer, in order (GeoPackage
    layers of one file once), plus ``extra`` files (e.g. the profile)."""
    found = []
    for name, value in parameters.items():
        if kinds.get(name) == INPUT:
            found += [split_uri(v)[0] for v in _values(value)]
    found += [split_uri(s)[0] for s in sources] + [str(e) for e in extra if e]
    unique = []
    for path in found:
        if os.path.isfile(path) and os.path.abspath(path) not in unique:
            unique.append(os.path.abspath(path))
    return unique


def checksum_rows(files, temp_prefixes):
    """(file, SHA-256) per file; temporary files by their name only."""
    return [(tr("(temporary output)") + " " + os.path.basename(f)
             if is_temporary(f, temp_prefixes) else f, sha256(f)) for f in files]


def reproduce_html(command, temporary_inputs):
    """The command in a <pre> block, with a note when inputs were temporary files (they are
    gone after QGIS closes: the command then needs the files saved first)."""
    parts = ["<p>" + html.escape(tr(
        "Run this command (QGIS's qgis_process, with the Ruimte plugin installed) to make the "
        "result again; change the output paths to keep the original. The checksums below show "
        "whether the input files are still the same.")) + "</p>",
        f"<pre>{html.escape(command)}</pre>"]
    if temporary_inputs:
        parts.append('<p class="note">' + html.escape(tr(
            "Some inputs were temporary files ({}): save them as files and run the steps "
            "before this one again to reproduce the result.").format(
            ", ".join(temporary_inputs))) + "</p>")
    return "\n".join(parts)
