"""core/report.py helpers that need no QGIS."""

from ruimte_plugin.core.report import natural_key, table


def test_natural_key_orders_numbers_by_value():
    names = ["site 10", "site 2", "Site 1", "kavel 3b", "kavel 3a", "site 100"]
    assert sorted(names, key=natural_key) == ["kavel 3a", "kavel 3b", "Site 1", "site 2",
                                              "site 10", "site 100"]


def test_table_escapes_and_marks_rows():
    html = table(["a", "b"], [["<x>", 1.5], ["y", 2]], row_classes=["excluded", ""],
                 numeric=(1,))
    assert "&lt;x&gt;" in html and '<tr class="excluded">' in html
    assert '<td class="num">1.5</td>' in html and html.count("<tr") == 3


def test_contribution_chart_is_a_png_for_any_number_of_sites():
    from ruimte_plugin.core.report import contribution_chart
    for n in (1, 15):
        png = contribution_chart([f"site {i}" for i in range(n)], ["a", "b", "c"],
                                 [0.5, 0.3, 0.2], [[1.0, 0.5, 0.0]] * n)
        assert png[:8] == b"\x89PNG\r\n\x1a\n"


def _has_colour(png, hex_colour):
    """True when some pixel of ``png`` has exactly the colour #rrggbb."""
    import io
    import numpy as np
    from matplotlib.image import imread
    rgb = (imread(io.BytesIO(png), format="png")[:, :, :3] * 255).round().astype(int)
    want = [int(hex_colour[i:i + 2], 16) for i in (1, 3, 5)]
    return bool(np.all(rgb == want, axis=2).any())


def test_one_colour_per_criterion_in_every_chart():
    """Two charts with different criteria (and a different order): nitrogen has the same
    colour in both; a criterion not in a chart does not colour it; other names get a colour
    from their name, the same every time, and different names differ."""
    from ruimte_plugin.core.report import contribution_chart
    from ruimte_plugin.core.report_sources import CRITERION_COLOURS, criterion_colour
    first = contribution_chart(["a", "b"], ["nitrogen", "grid"], [0.6, 0.4],
                               [[1.0, 1.0], [0.5, 0.5]])
    second = contribution_chart(["a"], ["landscape", "toegang", "nitrogen"], [0.2, 0.3, 0.5],
                                [[1.0, 1.0, 1.0]])
    nitrogen = criterion_colour("nitrogen")
    assert nitrogen == CRITERION_COLOURS["nitrogen"]
    assert _has_colour(first, nitrogen) and _has_colour(second, nitrogen)
    assert _has_colour(first, criterion_colour("grid"))
    assert not _has_colour(second, criterion_colour("grid"))
    assert _has_colour(second, criterion_colour("toegang"))
    assert criterion_colour("toegang") == criterion_colour("toegang") != \
        criterion_colour("landschap")
    assert len(set(CRITERION_COLOURS.values())) == len(CRITERION_COLOURS)


def test_named_weights_give_name_weight_and_share():
    from ruimte_plugin.core.report_sources import named_weights
    # 0.41556 / (0.41556 + 0.2343 + 0.35014 = 1.0) = 41.6 %; shares of a total of 2: 1.5/2 = 75 %
    assert named_weights(["nitrogen", "grid", "other"], [0.41556, 0.2343, 0.35014]) == \
        "nitrogen 0.416 (41.6 %), grid 0.234 (23.4 %), other 0.350 (35.0 %)"
    assert named_weights(["a", "b"], [1.5, 0.5]) == "a 1.500 (75.0 %), b 0.500 (25.0 %)"


def test_sources_outputs_and_command(tmp_path):
    """Inputs by dataset and file; temporary ones said so; only outputs that exist; the
    command quotes what the shell would split and repeats a list's name."""
    import shlex
    from ruimte_plugin.core.report_sources import (INPUT, OUTPUT, VALUE, describe,
                                                   qgis_process_command, source_tables)
    gpkg = tmp_path / "drenthe.gpkg"
    gpkg.write_bytes(b"x")
    written = tmp_path / "suit.tif"
    written.write_bytes(b"x")
    temp = "/tmp/processing_abc/123/out.tif"
    params = {"HABITATS": f'{gpkg}|layername=natura2000|subset="n" = 1',
              "PROTECTED": [f"{gpkg}|layername=nnn", temp], "PIXEL_SIZE": 25,
              "ACCEPT_MISSING": True, "OUTPUT": str(written),
              "ZONING_SCORE": str(tmp_path / "zoning.tif"), "EMPTY": None}
    kinds = {"HABITATS": INPUT, "PROTECTED": INPUT, "PIXEL_SIZE": VALUE,
             "ACCEPT_MISSING": VALUE, "OUTPUT": OUTPUT, "ZONING_SCORE": OUTPUT}
    prefixes = ("/tmp/processing_",)
    assert describe(temp, prefixes) == ("(temporary output)", "", "")
    inputs, settings, outputs = source_tables(params, kinds, {}, prefixes)
    assert inputs == [("HABITATS", "natura2000", "drenthe.gpkg", '"n" = 1'),
                      ("PROTECTED", "nnn", "drenthe.gpkg", ""),
                      ("PROTECTED", "(temporary output)", "", "")]
    assert settings == [("PIXEL_SIZE", "25"), ("ACCEPT_MISSING", "true")]
    assert outputs == [("OUTPUT", "suit.tif")]                # zoning.tif was never written
    words = shlex.split(qgis_process_command("ruimte:x", params, kinds, prefixes))
    assert words == ["qgis_process", "run", "ruimte:x", "--",
                     f'HABITATS={gpkg}|layername=natura2000|subset="n" = 1',
                     f"PROTECTED={gpkg}|layername=nnn", "PROTECTED=(temporary output)",
                     "PIXEL_SIZE=25",
                     "ACCEPT_MISSING=true", f"OUTPUT={written}"]


def test_sha256_of_a_file(tmp_path):
    from ruimte_plugin.core.report_sources import sha256
    path = tmp_path / "abc.txt"
    path.write_bytes(b"abc")
    # the FIPS 180-2 test vector for "abc"; read in 1-byte chunks gives the same
    expected = "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"
    assert sha256(path) == sha256(path, chunk=1) == expected
