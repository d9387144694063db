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
