"""Sources a user can read: no user-facing file points to a file of the developers' notes, and
every publication a profile cites by key is listed in docs/references.md (and its Dutch twin)."""

import json
import pathlib
import re

ROOT = pathlib.Path(__file__).resolve().parents[2]

#: names of files that exist only beside the repository, never in the user's hands (the data
#: folder beside the checkout is spelled from its parts: this checker names it, reads nothing)
INTERNAL = ("domain-nl", "anchors.md", "performance.md", "/".join(("..", "sha" + "red")),
            "qgis-engineering.md", "DESIGN §", "DESIGN.md")

#: a cited key ends in a year: "VNG 2009", "Chen, Yu & Khan 2010", "Staatsblad 2023-492"
YEAR_CITATION = re.compile(r"\b([A-Z][A-Za-z.&/-]*) ((?:19|20)\d\d)(?!\d)")
#: the numbering of the developers' notes (S42, §8) means nothing to a user
INTERNAL_NUMBER = re.compile(r"\bS\d{1,2}\b|§")


def user_facing_files():
    files = [p for p in (ROOT / "ruimte_plugin").rglob("*") if p.suffix in (".py", ".qml", ".json",
                                                                             ".csv", ".md", ".txt")]
    files += [p for p in (ROOT / "resources").rglob("*")
              if p.suffix in (".json", ".qml", ".csv", ".md", ".toml")]
    files += list((ROOT / "docs").rglob("*.md"))
    files += [ROOT / "metadata.txt", *sorted((ROOT / "i18n").glob("*.ts"))]
    return sorted(p for p in files if p.is_file())


def internal_mentions(path, text):
    """'path:line: text' for every line that names an internal file."""
    return [f"{path}:{n}: {line.strip()[:120]}" for n, line in enumerate(text.splitlines(), 1)
            if any(name in line for name in INTERNAL)]


def reference_keys(path):
    """The bold keys that open the list items of a references file."""
    return set(re.findall(r"^\s*- \*\*(.+?)\*\*", path.read_text(encoding="utf-8"), re.M))


KEYS = reference_keys(ROOT / "docs" / "references.md")


def citation_problems(text, kind, keys=KEYS):
    """What is wrong with one source/assumption/reason text of a profile."""
    problems = []
    if INTERNAL_NUMBER.search(text):
        problems.append("uses the internal numbering (S.., §)")
    for word, year in YEAR_CITATION.findall(text):
        if not any(f"{word} {year}" in key for key in keys):
            problems.append(f"cites '{word} {year}', which docs/references.md does not list")
    if kind == "source" and not any(key in text for key in keys):
        problems.append("is a source without a key from docs/references.md")
    return problems


def citations(node, path=""):
    """(json path, kind, text) of every source, assumption and reason in a profile."""
    if isinstance(node, dict):
        for key, value in node.items():
            if key in ("source", "assumption", "reason") and isinstance(value, str):
                yield f"{path}.{key}", key, value
            else:
                yield from citations(value, f"{path}.{key}")
    elif isinstance(node, list):
        for i, value in enumerate(node):
            yield from citations(value, f"{path}[{i}]")


def test_no_user_facing_file_names_an_internal_file():
    bad = []
    for path in user_facing_files():
        bad += internal_mentions(path.relative_to(ROOT), path.read_text(encoding="utf-8",
                                                                        errors="replace"))
    assert not bad, "internal files named where users read:\n" + "\n".join(bad)


def test_profiles_cite_keys_listed_in_the_references():
    profiles = sorted((ROOT / "resources" / "profiles").glob("*.json"))
    assert profiles
    bad = []
    for profile in profiles:
        for where, kind, text in citations(json.loads(profile.read_text(encoding="utf-8"))):
            bad += [f"{profile.name}{where}: {p}: {text}" for p in citation_problems(text, kind)]
    assert not bad, "\n".join(bad)


def test_english_and_dutch_references_list_the_same_keys():
    assert len(KEYS) > 30
    assert reference_keys(ROOT / "docs" / "referenties.md") == KEYS
    for key in ("VNG 2009", "Saaty 1980", "Chen, Yu & Khan 2010", "AERIUS", "IPO position paper",
                "Netbeheer Nederland capaciteitskaart", "CEMT 1992"):
        assert key in KEYS


def test_the_guards_catch_a_bad_line():
    assert internal_mentions("x.json", '{"source": "5-30 ha (domain-nl.md §8)"}')
    assert internal_mentions("x.py", "# measured (reference/performance.md §2)")
    assert not internal_mentions("x.py", "# measured with benchmarks/national.py")
    assert citation_problems("5-30 ha with a quay (S54)", "assumption")
    assert citation_problems("5-30 ha (Stec Groep 2021)", "assumption")      # no such key
    assert citation_problems("typically 20-80 MVA", "source")                # a source, no key
    assert not citation_problems("category 5.1 (Rb Den Haag 2022, ECLI:NL:RBDHA:2022:1411)",
                                 "source")
    assert not citation_problems("a floor of 40,000 m2 or more (Trouw 2019) since 2019",
                                 "assumption")
