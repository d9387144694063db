"""Natura 2000 areas or a habitat map -> nitrogen-sensitive habitat (ruimte:nitrogen HABITATS).

Three ways to know what is sensitive, in this order:

1. a flag field ``stikstofgevoelig`` (True/False, 1/0, ja/nee), as in the Natura 2000 dataset
   of RVO/LNV on PDOK;
2. a KDW field (critical deposition value, mol N/ha/yr) of a habitat map: sensitive below
   2400 mol N/ha/yr (core.criteria.nitrogen.SENSITIVE_KDW, AERIUS factsheets); the KDW is passed
   on for the nitrogen criterion's KDW_FIELD;
3. the protection regime (``beschermin`` / ``richtlijn``: VR, HR, VR+HR): areas under the Habitats
   Directive (HR) count as sensitive, bird-only areas (VR) not. That is our reading (the habitat
   types with a KDW are designated under the Habitats Directive); a flag or a habitat map is
   better."""

from ..criteria.nitrogen import SENSITIVE_KDW
from ..errors import InputError
from ..i18n import tr


def dataset():
    """The dataset this reader expects, in words (for messages)."""
    return tr("the Natura 2000 areas of RVO/LNV on PDOK (https://service.pdok.nl/rvo/natura2000/"
              "atom/v1_0/natura2000.xml; field stikstofgevoelig), or a habitat map with a KDW "
              "field (mol N/ha/yr)")


FLAG_FIELDS = ("stikstofgevoelig", "stikstofgevoelige_habitat", "n_gevoelig")
KDW_FIELDS = ("kdw", "kdw_mol", "kritische_depositiewaarde")
REGIME_FIELDS = ("beschermin", "bescherming", "richtlijn", "beschermingsregime")
_TRUE = {"1", "true", "t", "ja", "j", "yes", "y", "waar"}
_FALSE = {"0", "false", "f", "nee", "n", "no", "onwaar"}


def flag(value):
    """A yes/no value -> True/False; None stays None (unknown)."""
    if value is None:
        return None
    if isinstance(value, bool):
        return value
    text = str(value).strip().lower()
    if text in _TRUE:
        return True
    if text in _FALSE:
        return False
    if text == "":
        return None
    raise InputError(tr("'{}' is not a yes/no value (expected True/False, 1/0 or ja/nee)")
                     .format(value))


def by_regime(value):
    """'VR+HR' / 'HR' -> True, 'VR' -> False, unknown -> None."""
    if value is None or not str(value).strip():
        return None
    parts = {p.strip().upper() for p in str(value).replace("/", "+").replace(",", "+")
             .split("+")}
    if not parts <= {"VR", "HR", "BN"}:
        raise InputError(tr("unknown protection regime '{}'; expected VR, HR or VR+HR")
                         .format(value))
    return "HR" in parts


def by_kdw(value, limit=SENSITIVE_KDW):
    """KDW below ``limit`` -> True; unknown KDW -> True (as ruimte:nitrogen counts it)."""
    if value is None:
        return True
    try:
        return float(value) < limit
    except (TypeError, ValueError):
        raise InputError(tr("KDW '{}' is not a number (mol N/ha/yr)").format(value)) from None
