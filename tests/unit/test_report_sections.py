"""Report sections beside suitability: regional added value per site and the programme under
demand scenarios, on hand-made rows whose numbers are added up here by hand."""

from ruimte_plugin.core.report_sections import (regional_section, scenario_names,
                                                scenario_section)


def test_regional_value_beside_the_score_and_what_was_not_assessed():
    rows = [{"name": "site 10", "rank": 2, "score": 0.61, "regional_value": 0.25,
             "rv_not_assessed": "labour pool, cluster synergy"},
            {"name": "site 2", "rank": 1, "score": 0.8, "regional_value": "0.7142857",
             "rv_not_assessed": "labour pool, cluster synergy, knowledge"},
            {"name": "site 3", "rank": 3, "score": None, "regional_value": None}]
    text = regional_section(rows)
    # ordered by rank; scores and values with three decimals; no value -> '-'
    assert text.index("site 2") < text.index("site 10") < text.index("site 3")
    assert "<td class=\"num\">0.714</td>" in text and "<td class=\"num\">0.250</td>" in text
    assert "<td class=\"num\">-</td>" in text
    # the union of what the runs did not assess, sorted
    assert "NOT ASSESSED for lack of data: cluster synergy, knowledge, labour pool." in text
    assert regional_section([{"name": "a", "rank": 1, "score": 0.5}]) == ""


def test_scenarios_totals_classes_and_provisional():
    names = scenario_names(["site", "class", "class_code", "alloc_low", "prof_low",
                            "alloc_high", "prof_high", "provisional"])
    assert names == ["low", "high"]
    balance = [  # two claims per scenario
        {"scenario": "low", "factor": 0.5, "demand_ha": 10, "alloc_ha": 10, "short_ha": 0,
         "provisional_ha": 4},
        {"scenario": "low", "factor": 0.5, "demand_ha": 5, "alloc_ha": 5, "short_ha": 0,
         "provisional_ha": 0},
        {"scenario": "high", "factor": 1.5, "demand_ha": 30, "alloc_ha": 22.5, "short_ha": 7.5,
         "provisional_ha": "NULL"}]
    sites = [
        {"site": "B", "class": "option", "class_code": "option", "alloc_low": 0,
         "prof_low": None, "alloc_high": 12.5, "prof_high": "recycling", "provisional": ""},
        {"site": "A", "class": "no-regret", "class_code": "no_regret", "alloc_low": 15,
         "prof_low": "xxl_logistics", "alloc_high": 10, "prof_high": "xxl_logistics",
         "provisional": "provisional: zoning not assessed"},
        {"site": "C", "class": "unused", "class_code": "unused", "alloc_low": 0,
         "alloc_high": 0}]
    text = scenario_section(balance, sites, names)
    # totals: low 10 + 5 = 15 ha demand and allocated, 4 provisional; high 30 / 22.5 / 7.5
    assert "<td>low</td><td class=\"num\">0.5</td><td class=\"num\">15.0</td>" \
           "<td class=\"num\">15.0</td><td class=\"num\">0.0</td><td class=\"num\">4.0</td>" \
           in text
    assert "<td>high</td><td class=\"num\">1.5</td><td class=\"num\">30.0</td>" \
           "<td class=\"num\">22.5</td><td class=\"num\">7.5</td><td class=\"num\">0.0</td>" \
           in text
    # no-regret before option; per scenario the hectares and the profile; unused counted
    assert text.index("<td>A</td><td>no-regret</td><td>15.0 (xxl_logistics)</td>"
                      "<td>10.0 (xxl_logistics)</td>") < \
        text.index("<td>B</td><td>option</td><td>-</td><td>12.5 (recycling)</td>")
    assert "1 other sites are used in no scenario." in text
    assert "PROVISIONAL" in text and "provisional: zoning not assessed" in text
    quiet = scenario_section(balance[2:], sites[2:], names)
    assert "PROVISIONAL" not in quiet and "No site is used in any scenario." in quiet
