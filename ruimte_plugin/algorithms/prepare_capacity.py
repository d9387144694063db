"""ruimte:preparecapacity — the capaciteitskaart (per area or postcode) joined to the areas the
user gives -> polygons with the status field ruimte:gridcapacity reads."""

from collections import defaultdict

from qgis.core import (QgsProcessing, QgsProcessingParameterFeatureSource,
                       QgsProcessingParameterField)

from ..core.errors import InputError
from ..core.prepare import capacity
from ..i18n import tr
from .base import input_for
from .fields import extend_fields
from .prepare_common import PrepareAlgorithm


class PrepareCapacityAlgorithm(PrepareAlgorithm):
    AREAS = "AREAS"
    AREA_KEY = "AREA_KEY"
    CAPACITY = "CAPACITY"
    CAPACITY_KEY = "CAPACITY_KEY"
    STATUS_FIELD = "STATUS_FIELD"
    DIRECTION = "DIRECTION"
    OUTPUT = "OUTPUT"

    def name(self):
        return "preparecapacity"

    def displayName(self):  # noqa: N802
        return tr("Capacity map -> grid capacity areas (grid congestion)")

    def shortDescription(self):  # noqa: N802
        return tr("Joins the capaciteitskaart status per area or postcode to polygons, as the "
                  "grid-congestion criterion reads it.")

    def tags(self):
        return tr("capaciteitskaart,netcongestie,Netbeheer Nederland,postcode,afname,"
                  "invoeding,grid,congestion,data preparation").split(",")

    def shortHelpString(self):  # noqa: N802
        return tr(
            "<p>Input: the capaciteitskaart of the grid operators (Netbeheer Nederland, "
            "https://capaciteitskaart.netbeheernederland.nl; information model "
            "https://github.com/Netbeheer-Nederland/im-capaciteitskaart), as a table per "
            "postcode or area (CAPACITY, e.g. a CSV export) joined to polygons you give "
            "(AREAS, e.g. the CBS/PDOK postcode areas: https://service.pdok.nl/cbs/"
            "postcode4/), or as polygons itself (AREAS only).</p>"
            "<p>DIRECTION afname (offtake) or invoeding (feed-in). The status (STATUS_FIELD; "
            "empty: afname / invoeding, opwek, teruglevering) may be 0-3, -1 or groen, geel, "
            "oranje, rood. Keys are compared without spaces and case ('1234 AB' = '1234ab'); "
            "where several records share a key the worst status counts.</p>"
            "<p>OUTPUT: AREAS with all fields plus <code>afname</code> (or <code>opwek</code> "
            "for feed-in) as a number 0-3, -1 where no record matches: give it as AREAS to "
            "'Grid congestion' with STATUS_FIELD afname (or opwek).</p>")

    def initAlgorithm(self, config=None):  # noqa: N802
        self.add(QgsProcessingParameterFeatureSource(self.AREAS, tr("Areas"),
                                                     [QgsProcessing.TypeVectorPolygon]),
                 tr("Postcode or supply-area polygons (or the capacity map's own polygons)."))
        self.add(QgsProcessingParameterField(self.AREA_KEY, tr("Area key field"), None,
                                             self.AREAS, optional=True),
                 tr("Empty: postcode, pc4, pc6, ... by name."))
        self.add(QgsProcessingParameterFeatureSource(self.CAPACITY, tr("Capacity map table"),
                                                     [QgsProcessing.TypeVector], optional=True),
                 tr("Status per postcode or area. Empty: AREAS hold the status."))
        self.add(QgsProcessingParameterField(self.CAPACITY_KEY, tr("Capacity key field"), None,
                                             self.CAPACITY, optional=True),
                 tr("Empty: postcode, pc4, pc6, ... by name."))
        self.add(QgsProcessingParameterField(self.STATUS_FIELD, tr("Status field"), None,
                                             self.CAPACITY, optional=True),
                 tr("Empty: by DIRECTION (afname; invoeding, opwek, teruglevering)."))
        self.add_choice(self.DIRECTION, tr("Direction"), tuple(capacity.STATUS_FIELDS),
                        "afname", tr("afname (offtake) or invoeding (feed-in)."))
        self.add_sink(self.OUTPUT, tr("Grid capacity areas"), QgsProcessing.TypeVectorPolygon,
                      tr("For AREAS of 'Grid congestion'."))

    def execute(self, parameters, context, feedback):
        areas = self.required_source(parameters, self.AREAS, context)
        table = self.parameterAsSource(parameters, self.CAPACITY, context)
        direction = self.parameterAsEnumString(parameters, self.DIRECTION, context)
        status_source = table if table is not None else areas
        status_param = self.CAPACITY if table is not None else self.AREAS
        given_status = self.given_field(parameters, self.STATUS_FIELD, context)
        status = self.field_of(status_source, self.STATUS_FIELD if given_status else status_param,
                               capacity.STATUS_FIELDS[direction], capacity.dataset(), given_status)
        statuses = {}
        if table is not None:
            area_key = self.field_of(areas, self.AREA_KEY, capacity.KEY_FIELDS,
                                     tr("areas with a postcode or area code field"),
                                     self.given_field(parameters, self.AREA_KEY, context))
            table_key = self.field_of(table, self.CAPACITY_KEY, capacity.KEY_FIELDS,
                                      capacity.dataset(),
                                      self.given_field(parameters, self.CAPACITY_KEY, context))
            grouped = defaultdict(list)
            for record in self.features(table, feedback, [table_key, status]):
                grouped[capacity.key(_value(record[table_key]))].append(_value(record[status]))
            with input_for(self.STATUS_FIELD if given_status else self.CAPACITY):
                try:
                    statuses = {k: capacity.worst_status(v) for k, v in grouped.items()}
                except InputError as err:
                    raise InputError(tr("field '{}': {}").format(status, err)) from None
        out_field = capacity.OUT_FIELD[direction]
        fields = extend_fields(areas.fields(), [(out_field, "int")])
        out, dest = self.sink(parameters, self.OUTPUT, context, fields, areas.wkbType(),
                              areas.sourceCrs())
        matched, keys_used, per_status = 0, set(), defaultdict(int)
        total = 0
        for feature in self.features(areas, feedback):
            total += 1
            if table is not None:
                k = capacity.key(_value(feature[area_key]))
                code = statuses.get(k, -1)
                if k in statuses:
                    matched += 1
                    keys_used.add(k)
            else:
                with input_for(self.STATUS_FIELD if given_status else self.AREAS):
                    try:
                        code = capacity.worst_status([_value(feature[status])])
                    except InputError as err:
                        raise InputError(tr("field '{}': {}").format(status, err)) from None
                matched += code >= 0
            per_status[code] += 1
            self.add_copy(out, feature, fields, [code])
        feedback.pushInfo(tr("Capacity map ({}, field '{}'): {} of {} areas with a status; per "
                             "status: {}.").format(direction, status, matched, total, ", ".join(
            f"{k} {v}" for k, v in sorted(per_status.items()))))
        if table is not None:
            feedback.pushInfo(tr("{} of {} capacity records' keys matched an area.").format(
                len(keys_used), len(statuses)))
        if matched == 0:
            feedback.pushWarning(tr("No area got a status: check the key fields."))
        return {self.OUTPUT: dest}


def _value(value):
    return None if value is None or (hasattr(value, "isNull") and value.isNull()) else value
