"""BAG verblijfsobjecten -> sensitive objects for the VNG guide distances (ruimte:zoning
SENSITIVE), and industrial objects.

Source: Kadaster, Basisregistratie Adressen en Gebouwen (BAG 2.0), catalogue at
https://imbag.github.io/catalogus/ (gebruiksdoel: 11 values; verblijfsobject status: 8 values),
distributed by PDOK as a GeoPackage (https://service.pdok.nl/lv/bag/atom/bag.xml).

Which uses count as sensitive is a choice: the VNG guide (VNG 2009, *Bedrijven en
milieuzonering*) measures its guide distances to houses and "other sensitive functions" without
a closed list in BAG terms. Our default is woonfunctie only; the parameter lets a user add
onderwijsfunctie, gezondheidszorgfunctie, logiesfunctie, ... (our reading, not the guide's)."""

from dataclasses import dataclass

from ..errors import InputError
from ..i18n import tr
from .schema import split_values


def dataset():
    """The dataset this reader expects, in words (for messages)."""
    return tr("the verblijfsobject layer of the PDOK BAG GeoPackage (BAG 2.0, "
              "https://service.pdok.nl/lv/bag/atom/bag.xml) with the fields gebruiksdoel and "
              "status")


USE_FIELDS = ("gebruiksdoel", "gebruiksdoelen", "gebruiksdoelverblijfsobject")
STATUS_FIELDS = ("status", "verblijfsobjectstatus", "vbo_status")

#: BAG 2.0 gebruiksdoelen (Bouwbesluit user functions), catalogue section domeinwaarden.
USES = ("woonfunctie", "bijeenkomstfunctie", "celfunctie", "gezondheidszorgfunctie",
        "industriefunctie", "kantoorfunctie", "logiesfunctie", "onderwijsfunctie",
        "sportfunctie", "winkelfunctie", "overige gebruiksfunctie")
#: BAG 2.0 statuses of a verblijfsobject.
STATUSES = ("Verblijfsobject gevormd", "Niet gerealiseerd verblijfsobject",
            "Verblijfsobject in gebruik (niet ingemeten)", "Verblijfsobject in gebruik",
            "Verbouwing verblijfsobject", "Verblijfsobject ingetrokken",
            "Verblijfsobject buiten gebruik", "Verblijfsobject ten onrechte opgevoerd")
DEFAULT_USES = ("woonfunctie",)
#: in use: in gebruik, in gebruik (niet ingemeten), and in use while being rebuilt.
DEFAULT_STATUSES = ("Verblijfsobject in gebruik (niet ingemeten)", "Verblijfsobject in gebruik",
                    "Verbouwing verblijfsobject")
INDUSTRY_USE = "industriefunctie"


@dataclass(frozen=True)
class BagFilter:
    uses: tuple = DEFAULT_USES
    statuses: tuple = DEFAULT_STATUSES

    def validate(self):
        if not self.uses:
            raise InputError(tr("choose at least one gebruiksdoel"), "uses")
        if not self.statuses:
            raise InputError(tr("choose at least one status"), "statuses")
        return self

    def in_use(self, status):
        return status is not None and str(status).strip().lower() in {
            s.lower() for s in self.statuses}

    def classify(self, use_value, status):
        """(sensitive, industrial) for one verblijfsobject. An object with several uses is
        sensitive when one of them is; an unknown use word is an InputError (wrong field)."""
        if not self.in_use(status):
            return False, False
        uses = split_values(use_value)
        unknown = [u for u in uses if u not in USES]
        if unknown:
            raise InputError(tr("unknown gebruiksdoel '{}'; BAG 2.0 knows: {}")
                             .format(unknown[0], ", ".join(USES)), "uses")
        wanted = {u.lower() for u in self.uses}
        return any(u in wanted for u in uses), INDUSTRY_USE in uses


def check_statuses(values):
    """Refuse a status column that holds no verblijfsobject status at all (e.g. the statuses
    of nummeraanduidingen, 'Naamgeving uitgegeven': an address extract, not verblijfsobjecten)."""
    known = {s.lower() for s in STATUSES}
    seen = {str(v).strip() for v in values if v is not None}
    if seen and not any(v.lower() in known for v in seen):
        raise InputError(tr("the status field holds {} but no verblijfsobject status (e.g. "
                            "'Verblijfsobject in gebruik'): this reader expects {}")
                         .format(", ".join(sorted(seen)[:3]), dataset()))
