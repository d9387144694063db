"""The programme table: columns by English or Dutch name, numbers with a decimal comma or as a
fraction, and messages that name the row."""

import pytest

from ruimte_plugin.core.errors import InputError
from ruimte_plugin.core.programme import parse_programme, programme_columns


def test_dutch_columns_and_decimal_comma():
    columns = programme_columns(["Profiel", "vraag_ha", "Prioriteit", "regio"])
    assert columns == {"profile": "Profiel", "demand_ha": "vraag_ha", "tier": "Prioriteit",
                       "region": "regio"}
    rows = [{"profile": "xxl_logistics", "demand_ha": "12,5", "tier": "2", "region": " Noord "},
            {"profile": None, "demand_ha": ""},                         # blank: skipped
            {"profile": "sme", "demand_ha": "1/4"},
            {"profile": "sme", "demand_ha": 3.0, "tier": 1.0}]
    claims = parse_programme(rows)
    assert [(c.profile, c.demand_ha, c.tier, c.region) for c in claims] == [
        ("xxl_logistics", 12.5, 2, "Noord"), ("sme", 0.25, 1, None), ("sme", 3.0, 1, None)]


@pytest.mark.parametrize("row, message", [
    ({"profile": "sme", "demand_ha": "ten"}, "programme row 1 (sme): the demand 'ten' is not a "
                                             "number of hectares"),
    ({"profile": "sme", "demand_ha": "1.000,5"}, "the demand '1.000,5' is not a number"),
    ({"profile": "sme", "demand_ha": "4", "tier": "1,5"}, "the tier '1,5' must be a whole number"),
    ({"demand_ha": "4"}, "programme row 1: no profile")])
def test_bad_rows(row, message):
    with pytest.raises(InputError, match=None) as err:
        parse_programme([row])
    assert message in str(err.value) and err.value.parameter is None


def test_missing_column_lists_the_columns():
    with pytest.raises(InputError) as err:
        programme_columns(["profile", "ha"])
    assert str(err.value) == ("the programme has no column 'demand_ha' (also accepted: vraag_ha, "
                              "demand, vraag); its columns are: profile, ha")
