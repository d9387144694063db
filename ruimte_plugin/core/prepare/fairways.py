"""Fairway sections with a CEMT class (Rijkswaterstaat FIS/VNDS, layer scheepvaartklasse) ->
waterways with the class in a field that ruimte:accessibility's CEMT_FIELD reads.

The class is written as the CEMT 1992 name (0, I, II, III, IV, Va, Vb, VIa, VIb, VIc, VII;
core.criteria.accessibility.CEMT_CLASSES). Source spellings accepted: 'Va', 'V_A', '5a', 'Vb',
'IV', 4, and the RWS/IMBOR style 'IVa - M6' (class before the ' - ' and the ship type code;
'IVa' and 'IVb' are sub-classes of IV). Recreational classes (RA-RD) and empty values count as
no class."""

import re

from ..criteria.accessibility import CEMT_CLASSES, cemt_rank
from ..errors import InputError
from ..i18n import tr


def dataset():
    """The dataset this reader expects, in words (for messages)."""
    return tr("fairway sections of Rijkswaterstaat's Fairway Information Services (FIS/VNDS, "
              "layer scheepvaartklasse / CEMT class per fairway section, "
              "https://geo.rijkswaterstaat.nl/arcgis/rest/services/GDR/fis_vnds/MapServer) with a "
              "CEMT class field")


CLASS_FIELDS = ("cemt_klasse", "cemtklasse", "cemt", "cemt_class", "scheepvaartklasse",
                "klasse", "class")
OUT_FIELD = "cemt"


def normalise(value):
    """A source class value -> the CEMT_CLASSES name, or None (no class / recreational)."""
    if value is None:
        return None
    text = str(value).strip()
    if not text:
        return None
    text = re.split(r"\s+-\s+", text)[0].strip()
    if re.fullmatch(r"R[A-D]", text.upper()):
        return None
    upper = text.upper()
    if upper in ("IVA", "IVB"):
        text = "IV"
    try:
        rank = cemt_rank(text)
    except InputError:
        raise InputError(tr("unknown CEMT class '{}'; expected one of {} (or 5a, V_A, "
                            "'IVa - M6')").format(value, ", ".join(CEMT_CLASSES))) from None
    return None if rank is None else CEMT_CLASSES[rank]
