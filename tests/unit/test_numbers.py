"""core/numbers.py: one parser for typed numbers and lists, with decimal commas.

Expected values are the numbers the texts denote, written out by hand."""

import pytest

from ruimte_plugin.core.errors import InputError
from ruimte_plugin.core.numbers import (parse_number, parse_number_list, split_cells,
                                        split_pairs)
from ruimte_plugin.core.weights import parse_matrix, weights_from_text


@pytest.mark.parametrize("text, expected", [
    ("3", 3.0), ("-2", -2.0), ("0.5", 0.5),
    ("0,5", 0.5),                       # a Dutch half
    ("12,75", 12.75), ("1e3", 1000.0),
    ("1/3", 1 / 3), ("1 / 3", 1 / 3), ("-1/4", -0.25),
    ("0,5/2", 0.25),                    # a decimal comma inside a fraction
    ("  7  ", 7.0),
    ("1,000", 1.0),                     # ',' is always a decimal separator: one, not a thousand
])
def test_one_number_in_each_form(text, expected):
    assert parse_number(text) == expected


@pytest.mark.parametrize("text, message", [
    ("", "an empty value where a number was expected"),
    ("   ", "an empty value where a number was expected"),
    ("abc", "'abc' is not a number; write e.g. 3, 0.5, 0,5 (decimal comma) or a fraction such "
            "as 1/3"),
    ("1.000,5", "'1.000,5' is not a number: use one decimal separator (a point or a comma) and "
                "no thousands separator"),
    ("1,2,3", "'1,2,3' is not a number: use one decimal separator (a point or a comma) and no "
              "thousands separator"),
    ("1/0", "'1/0' divides by zero"),
    ("1/2/3", "'1/2/3' is not a number; write e.g. 3, 0.5, 0,5 (decimal comma) or a fraction "
              "such as 1/3"),
    ("inf", "'inf' is not a finite number"),
    ("nan", "'nan' is not a finite number"),
])
def test_what_it_cannot_read_is_said(text, message):
    with pytest.raises(InputError) as err:
        parse_number(text)
    assert str(err.value) == message
    assert err.value.parameter is None          # the algorithm layer names the parameter


@pytest.mark.parametrize("text, expected", [
    ("0.7,0.3", [0.7, 0.3]),            # no ';': ',' separates, '.' is the decimal point
    ("0.7, 0.3", [0.7, 0.3]),
    ("0.7 0.3", [0.7, 0.3]),            # whitespace separates too
    ("0.7\n0.3", [0.7, 0.3]),
    ("0.7,,0.3", [0.7, 0.3]),           # empty items are skipped
    ("0,7;0,3", [0.7, 0.3]),            # ';': ',' is a decimal comma
    ("0,7; 0,3;", [0.7, 0.3]),
    ("0,5;0,25\n0,25", [0.5, 0.25, 0.25]),
    ("0,5;0.5", [0.5, 0.5]),            # a point still works beside ';'
    ("1/3;2/3", [1 / 3, 2 / 3]),
    ("1 / 3, 2 / 3", [1 / 3, 2 / 3]),   # spaces around '/' do not separate
    ("", []),
])
def test_list_forms(text, expected):
    assert parse_number_list(text) == pytest.approx(expected, abs=0)


def test_the_ambiguous_cases_follow_the_documented_rule():
    # one number expected: the decimal comma
    assert parse_number("0,5") == 0.5
    # a list expected: without ';' the comma separates, so '0,5' is two items ...
    assert parse_number_list("0,5") == [0.0, 5.0]
    # ... and one decimal-comma item needs a ';'
    assert parse_number_list("0,5;") == [0.5]
    # '1,3;2' is 1.3 and 2, not 1, 3 and 2
    assert parse_number_list("1,3;2") == [1.3, 2.0]
    # lists written with ',' before ';' came into the rule still read as before: an item that
    # is not one number but several is split at ','
    assert parse_number_list("0.5, 1/4;0.25") == [0.5, 0.25, 0.25]
    assert parse_number_list("1,2,3;4") == [1.0, 2.0, 3.0, 4.0]
    with pytest.raises(InputError, match="'0,7x' is not a number"):
        parse_number_list("0,7x;0,3")           # the error names the whole item


@pytest.mark.parametrize("text, expected", [
    ("0:1, 500:0.8", ["0:1", "500:0.8"]),
    ("0:1; 500:0,8", ["0:1", "500:0,8"]),
    ("hoog:1, midden:0.6; laag:0.3", ["hoog:1", "midden:0.6", "laag:0.3"]),
    ("a=1\nb=0.5", ["a=1", "b=0.5"]),
])
def test_pairs(text, expected):
    assert split_pairs(text) == expected


@pytest.mark.parametrize("row, expected", [
    ("1,3,5", ["1", "3", "5"]),
    ("1, 3, 5", ["1", "3", "5"]),
    ("1 ,3", ["1", "3"]),
    ("1 0,5 2", ["1", "0,5", "2"]),     # spaces separate where no ',' stands next to them
    ("1\t0,5\t2", ["1", "0,5", "2"]),   # as a spreadsheet pastes a row
    ("1 / 3, 1", ["1/3", "1"]),
    ("1,,3", ["1", "", "3"]),           # an empty cell stays, and is refused by parse_number
])
def test_matrix_cells(row, expected):
    assert split_cells(row) == expected


def test_matrix_with_decimal_commas_equals_the_one_with_fractions():
    assert parse_matrix("1 2 4;0,5 1 2;0,25 0,5 1").tolist() == \
        parse_matrix("1,2,4;1/2,1,2;1/4,1/2,1").tolist() == \
        [[1, 2, 4], [0.5, 1, 2], [0.25, 0.5, 1]]


def test_matrix_with_decimal_commas_and_comma_cells_says_what_to_do():
    with pytest.raises(InputError) as err:
        parse_matrix("1,0,5;2,1")                  # row 1 reads as 1, 0, 5
    assert str(err.value) == (
        "the matrix has 2 rows but row(s) 1 do not have 2 values; a pairwise comparison matrix "
        "must be square (cells are separated by ','; with decimal commas separate them by "
        "spaces, 1 0,5;2 1, or write fractions, 1,1/2;2,1)")


def test_weights_from_text_direct_ranks_and_empty():
    assert weights_from_text("0,7;0,3", 2).values.tolist() == pytest.approx([0.7, 0.3])
    assert weights_from_text("0.7,0.3", 2).values.tolist() == pytest.approx([0.7, 0.3])
    assert weights_from_text("", 4).values.tolist() == [0.25] * 4
    assert weights_from_text("", 4).warnings == []                 # equal weights: no warning
    # ranks 1, 2 with n = 2: (1 + 1/2) / 2 = 0.75 and (1/2) / 2 = 0.25
    assert weights_from_text("1;2", 2, "ranks").values.tolist() == pytest.approx([0.75, 0.25])


def test_weights_from_text_messages():
    with pytest.raises(InputError) as err:
        weights_from_text("0,7,0,3", 2)
    assert str(err.value) == (
        "4 weights for 2 criteria; give one weight per criterion, in the order of the criteria "
        "(separate the numbers with ',' (0.7,0.3) or, with decimal commas, with ';' (0,7;0,3))")
    # two criteria, '0,7' read as the list 0 and 7: normalised, with a warning that says why
    result = weights_from_text("0,7", 2)
    assert result.values.tolist() == [0.0, 1.0]
    assert result.warnings == [
        "the weights sum to 7, not 1; they were divided by their sum",
        "',' separates the weights here; for decimal commas separate them with ';' (0,7;0,3)"]
    with pytest.raises(InputError, match="unknown weights mode 'x'"):
        weights_from_text("1", 1, "x")
