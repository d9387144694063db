"""Numbers typed by a user: one parser for every number and list of numbers in a text parameter.

A number: ``3``, ``-2``, ``0.5``, ``0,5`` (decimal comma, as a Dutch user writes a half), ``1e3``
or a fraction ``1/3`` (also ``1 / 3`` and ``0,5/2``); spaces around it are ignored. A number has
one decimal separator and no thousands separator: ``1,000`` is one (a decimal comma), and
``1.000,5`` is refused.

A list (``split_items`` / ``parse_number_list``), chosen by whether the text holds a ';':

* with ';': the items are separated by ';' (and new lines) and ',' inside an item is a decimal
  comma: ``0,7;0,3`` -> [0.7, 0.3]. An item that does not read as one number but as several
  (``0.5, 1/4;0.25``, ``1,2,3;4``) is split at ',' and whitespace, as before this rule;
* without ';': the items are separated by ',' or whitespace (spaces, tabs, new lines) and '.' is
  the decimal point: ``0.7,0.3`` and ``0.7 0.3`` -> [0.7, 0.3].

So ``0,5`` is the number 0.5 where one number is expected (``parse_number``) but the list
[0, 5] where a list is expected; a list with decimal commas needs ';', also for one item
(``0,5;``). Empty items are skipped (``0.7,,0.3`` -> [0.7, 0.3]).

A list of pairs (``split_pairs``: ``0:1, 500:0.8`` or ``0:1; 500:0,8``) follows the same
rule, with ':' (or '=') between the two parts of a pair.

A row of a table whose rows are already separated by ';' (an AHP matrix, ``split_cells``):
cells by ',' (``1,3,5``), or by spaces or tabs where no ',' stands next to them (``1 0,5 2``,
as a spreadsheet pastes a row), and then ',' is a decimal comma.
"""

from fractions import Fraction
import math
import re

from .errors import InputError
from .i18n import tr

_SLASH = re.compile(r"\s*/\s*")


def list_rule():
    """The list rule in one translated clause, for messages."""
    return tr("separate the numbers with ',' (0.7,0.3) or, with decimal commas, with ';' "
              "(0,7;0,3)")


def _decimal(token, original):
    """One decimal number (no fraction) -> float; a decimal comma is accepted."""
    if "," in token:
        if "." in token or token.count(",") > 1:
            raise InputError(tr("'{}' is not a number: use one decimal separator (a point or a "
                                "comma) and no thousands separator").format(original))
        token = token.replace(",", ".")
    try:
        value = float(token)
    except ValueError:
        raise InputError(tr("'{}' is not a number; write e.g. 3, 0.5, 0,5 (decimal comma) or a "
                            "fraction such as 1/3").format(original)) from None
    if not math.isfinite(value):
        raise InputError(tr("'{}' is not a finite number").format(original))
    return value


def _exact(token, value):
    """The decimal text as an exact fraction (so that 1/3 is as close as float allows)."""
    try:
        return Fraction(token.replace(",", "."))
    except ValueError:
        return Fraction(value)


def parse_number(text):
    """'3', '0.5', '0,5' or a fraction such as '1/3' -> float. Raises InputError that says what
    was given and what is expected."""
    original = str(text).strip()
    if not original:
        raise InputError(tr("an empty value where a number was expected"))
    token = _SLASH.sub("/", original)
    if "/" in token:
        parts = token.split("/")
        if len(parts) != 2 or not parts[0] or not parts[1]:
            raise InputError(tr("'{}' is not a number; write e.g. 3, 0.5, 0,5 (decimal comma) "
                                "or a fraction such as 1/3").format(original))
        numerator, denominator = (_exact(p, _decimal(p, original)) for p in parts)
        if denominator == 0:
            raise InputError(tr("'{}' divides by zero").format(original))
        return float(numerator / denominator)
    return _decimal(token, original)


def split_items(text):
    """The items of a typed list (see the module docstring): by ';' and new lines when the text
    holds a ';' (',' is then a decimal comma), otherwise by ',' and whitespace. Items are
    stripped; empty ones are skipped."""
    text = _SLASH.sub("/", str(text or ""))
    if ";" not in text:
        return [item for item in re.split(r"[,\s]+", text) if item]
    items = []
    for item in re.split(r"[;\n]", text):
        items += _decimal_comma_item(item.strip()) if item.strip() else []
    return items


def _decimal_comma_item(item):
    """[item] when it reads as one number ('0,7'); its parts when it only reads as several
    ('0.5, 0.3', '1,2,3': a list written with ',' before ';' came into the rule); else the
    error about the whole item."""
    try:
        parse_number(item)
        return [item]
    except InputError as err:
        parts = [p for p in re.split(r"[,\s]+", item) if p]
        try:
            for part in parts:
                parse_number(part)
        except InputError:
            raise err from None
        return parts


def split_pairs(text):
    """The items of a typed list of pairs 'key:value' ('0:1, 500:0.8', 'hoog:1; midden:0,6'):
    by ';' and new lines when the text holds a ';' (',' is then a decimal comma; an item with
    several ':' is split at ',' too, as before this rule), otherwise by ',' and new lines.
    Items are stripped; empty ones are skipped. '=' counts as ':'."""
    text = str(text or "")
    if ";" not in text:
        return [item.strip() for item in re.split(r"[,\n]", text) if item.strip()]
    items = []
    for item in re.split(r"[;\n]", text):
        items += item.split(",") if item.replace("=", ":").count(":") > 1 else [item]
    return [item.strip() for item in items if item.strip()]


def split_cells(row):
    """The cells of one table row (a row of an AHP matrix): separated by ',' ('1,3,5', also
    '1, 3, 5'), or by spaces or tabs when no ',' stands next to them ('1 0,5 2', as a
    spreadsheet pastes a row); then ',' is a decimal comma. Cells are stripped, not dropped:
    an empty cell stays an (invalid) empty value."""
    row = _SLASH.sub("/", str(row)).strip()
    words = row.split()
    if len(words) > 1 and not any(w.startswith(",") or w.endswith(",") for w in words):
        return words
    return [cell.strip() for cell in row.split(",")]


def parse_number_list(text):
    """'0.5,0.3,0.2', '0.5 0.3 0.2' or '0,5;0,3;0,2' -> [0.5, 0.3, 0.2] (see split_items)."""
    return [parse_number(item) for item in split_items(text)]
