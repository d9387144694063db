"""ruimte:preparenwb — NWB wegvakken -> motorways (MOTORWAYS) and ramp access points (RAMPS) for
ruimte:accessibility."""

import numpy as np

from qgis.core import (QgsFeature, QgsFeatureSink, QgsFields, QgsGeometry, QgsPointXY,
                       QgsProcessing, QgsProcessingParameterFeatureSource,
                       QgsProcessingParameterString, QgsWkbTypes)

from ..core.errors import InputError
from ..core.prepare import nwb
from ..core.prepare.schema import parse_list
from ..i18n import tr
from .fields import make_field
from .layers import in_degrees
from .prepare_common import PrepareAlgorithm


def _vertices(geometry):
    """(n, 2) array of a line's vertices (the parts of a multi-line joined in order)."""
    parts = geometry.asMultiPolyline() if geometry.isMultipart() else [geometry.asPolyline()]
    return np.array([(p.x(), p.y()) for part in parts for p in part], dtype=np.float64)


class PrepareNwbAlgorithm(PrepareAlgorithm):
    INPUT = "INPUT"
    AUTHORITIES = "AUTHORITIES"
    CARRIAGEWAY_CODES = "CARRIAGEWAY_CODES"
    RAMP_CODES = "RAMP_CODES"
    MOTORWAYS = "MOTORWAYS"
    RAMPS = "RAMPS"

    def name(self):
        return "preparenwb"

    def displayName(self):  # noqa: N802
        return tr("NWB wegvakken -> motorways and ramps (accessibility)")

    def shortDescription(self):  # noqa: N802
        return tr("Selects the national motorway carriageways and the access points of their "
                  "on and off ramps from the Nationaal Wegenbestand.")

    def tags(self):
        return tr("NWB,Nationaal Wegenbestand,wegvakken,BST_CODE,oprit,afrit,snelweg,"
                  "Rijkswaterstaat,motorway,ramp,data preparation").split(",")

    def shortHelpString(self):  # noqa: N802
        return tr(
            "<p>Input: NWB wegvakken (Nationaal Wegenbestand, Rijkswaterstaat, monthly; "
            "download: https://downloads.rijkswaterstaat.nl/wsrl/nwbwegen/ or the PDOK OGC "
            "API https://api.pdok.nl/rws/nationaal-wegenbestand-wegen/ogc/v1) with the fields "
            "WEGBEHSRT (road authority: R = Rijk) and BST_CODE (baansubsoort), as in the NWB "
            "product description (NDW, docs.ndw.nu, NWB-wegen). BST_CODE is filled on every "
            "wegvak since June 2023; an older NWB has empty codes.</p>"
            "<p>MOTORWAYS: wegvakken of AUTHORITIES (default R) with a BST_CODE in "
            "CARRIAGEWAY_CODES (default HR, hoofdrijbaan). Rijkswegen include some N-roads "
            "managed by Rijkswaterstaat; filter WEGNUMMER afterwards if you need A-roads only.</p>"
            "<p>RAMPS: wegvakken of AUTHORITIES with a BST_CODE in RAMP_CODES (default OPR "
            "toerit/oprit and AFR afrit). Wegvakken that share an end form one ramp; its access "
            "point is the free end farthest from the motorway carriageways, i.e. where the "
            "ramp meets the secondary road. One point per ramp: a junction gives up to four "
            "points close together.</p>")

    def initAlgorithm(self, config=None):  # noqa: N802
        self.add(QgsProcessingParameterFeatureSource(self.INPUT, tr("NWB wegvakken"),
                                                     [QgsProcessing.TypeVectorLine]),
                 tr("Wegvakken of the NWB (shapefile or GeoPackage, EPSG:28992)."))
        for name, label, default, help_text in (
                (self.AUTHORITIES, tr("Road authorities (WEGBEHSRT)"), "R",
                 tr("Comma-separated; default R (Rijk).")),
                (self.CARRIAGEWAY_CODES, tr("Carriageway codes (BST_CODE)"), "HR",
                 tr("Default HR (hoofdrijbaan).")),
                (self.RAMP_CODES, tr("Ramp codes (BST_CODE)"), "OPR,AFR",
                 tr("Default OPR (toerit) and AFR (afrit)."))):
            self.add(QgsProcessingParameterString(name, label, default), help_text,
                     advanced=True)
        self.add_sink(self.MOTORWAYS, tr("Motorways"), QgsProcessing.TypeVectorLine,
                      tr("For MOTORWAYS of 'Accessibility'."))
        self.add_sink(self.RAMPS, tr("Motorway ramps"), QgsProcessing.TypeVectorPoint,
                      tr("For RAMPS of 'Accessibility'."))

    def _codes(self, parameters, name, context):
        codes = {nwb.code(c) for c in parse_list(self.parameterAsString(parameters, name,
                                                                        context))}
        if not codes:
            raise InputError(tr("give at least one code"), name)
        return codes

    def execute(self, parameters, context, feedback):
        source = self.required_source(parameters, self.INPUT, context)
        if in_degrees(source.sourceCrs()):
            raise InputError(tr("the layer is in degrees ({}); the NWB comes in EPSG:28992: "
                                "reproject it first").format(source.sourceCrs().authid()),
                             self.INPUT)
        authority = self.field_of(source, self.INPUT, nwb.AUTHORITY_FIELDS, nwb.dataset())
        bst = self.field_of(source, self.INPUT, nwb.BST_FIELDS, nwb.dataset())
        names = source.fields().names()
        ident = next((f for f in names if f.upper() in nwb.ID_FIELDS), None)
        number = next((f for f in names if f.upper() in nwb.NUMBER_FIELDS), None)
        authorities = self._codes(parameters, self.AUTHORITIES, context)
        carriageway = self._codes(parameters, self.CARRIAGEWAY_CODES, context)
        ramp_codes = self._codes(parameters, self.RAMP_CODES, context)
        motorways, dest = self.sink(parameters, self.MOTORWAYS, context, source.fields(),
                                    source.wkbType(), source.sourceCrs())
        motor_lines, ramp_lines, ramp_attrs = [], [], []
        total = empty_bst = 0
        for feature in self.features(source, feedback):
            total += 1
            code = nwb.code(feature[bst]) if not _null(feature[bst]) else ""
            empty_bst += not code
            if not feature.hasGeometry() or \
                    nwb.code(feature[authority]) not in authorities:
                continue
            if code in carriageway:
                self.add_copy(motorways, feature, source.fields())
                motor_lines.append(_vertices(feature.geometry()))
            elif code in ramp_codes:
                line = _vertices(feature.geometry())
                if len(line) >= 2:
                    ramp_lines.append(line)
                    ramp_attrs.append([_text(feature[ident]) if ident else None, code,
                                       _text(feature[number]) if number else None])
        if total and empty_bst == total:
            raise InputError(tr("every BST_CODE is empty: an NWB from before June 2023? "
                                "This reader expects {}").format(nwb.dataset()), self.INPUT)
        points, owners = nwb.ramp_points(ramp_lines, motor_lines,
                                         [a[1] for a in ramp_attrs])
        fields = QgsFields()
        for name, kind in (("wvk_id", "string"), ("bst_code", "string"),
                           ("wegnummer", "string")):
            fields.append(make_field(name, kind))
        ramps, ramps_dest = self.sink(parameters, self.RAMPS, context, fields,
                                      QgsWkbTypes.Point, source.sourceCrs())
        for (x, y), owner in zip(points, owners):
            f = QgsFeature(fields)
            f.setGeometry(QgsGeometry.fromPointXY(QgsPointXY(float(x), float(y))))
            f.setAttributes(ramp_attrs[owner])
            ramps.addFeature(f, QgsFeatureSink.FastInsert)
        feedback.pushInfo(tr("NWB: {} wegvakken; {} motorway carriageway wegvakken ({} of {}); "
                             "{} ramp wegvakken ({}) -> {} ramp access points.").format(
            total, len(motor_lines), "/".join(sorted(carriageway)), "/".join(sorted(authorities)),
            len(ramp_lines), "/".join(sorted(ramp_codes)), len(points)))
        if not motor_lines:
            feedback.pushWarning(tr("No motorway wegvak was selected: check AUTHORITIES and "
                                    "CARRIAGEWAY_CODES."))
        return {self.MOTORWAYS: dest, self.RAMPS: ramps_dest}


def _null(value):
    return value is None or (hasattr(value, "isNull") and value.isNull())


def _text(value):
    if _null(value):
        return None
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value)
