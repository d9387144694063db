"""The capaciteitskaart (Netbeheer Nederland) joined to areas the user gives -> polygons with
the status field ruimte:gridcapacity reads (0-3, -1).

The map is published per supply area (voedingsgebied) and, in CSV exports, per postcode (PC4 or
PC6) with a status for offtake (afname) and feed-in (invoeding / opwek / teruglevering): codes
0-3, -1 or the colour words groen, geel, oranje, rood (core.criteria.grid_capacity.parse_status).
Where several records match one area the worst status counts, as in ruimte:gridcapacity where
polygons overlap."""

from ..criteria.grid_capacity import parse_status
from ..i18n import tr


def dataset():
    """The dataset this reader expects, in words (for messages)."""
    return tr("the capaciteitskaart of Netbeheer Nederland (https://capaciteitskaart."
              "netbeheernederland.nl, information model https://github.com/Netbeheer-Nederland/"
              "im-capaciteitskaart) per area or postcode, with a key field and a status per "
              "direction (afname, invoeding)")


KEY_FIELDS = ("postcode", "pc4", "pc6", "postcode4", "postcode6", "code", "id")
STATUS_FIELDS = {"afname": ("afname", "status_afname", "afname_status", "consumption"),
                 "invoeding": ("invoeding", "opwek", "teruglevering", "status_invoeding",
                               "status_opwek", "production", "feed_in")}
OUT_FIELD = {"afname": "afname", "invoeding": "opwek"}


def key(value):
    """Join key: text without spaces, upper case ('1234 AB' = '1234ab'); None stays None."""
    if value is None:
        return None
    text = str(value).strip().replace(" ", "").upper()
    if text.endswith(".0"):
        text = text[:-2]
    return text or None


def worst_status(values):
    """The worst (highest) status of the values, -1 when none is known."""
    codes = [parse_status(v) for v in values]
    known = [c for c in codes if c >= 0]
    return max(known) if known else -1
