"""ruimte:parkpotential — existing business parks: what densification would free, which firms
could leave scarce (HMC, water-bound) parks and where to, and the edges where mixing with housing
is possible (IPO position paper Ruimte voor economie, theme 3). The maths is in
core.park_potential; this class reads the layers and writes the results."""

from qgis.core import (QgsProcessing, QgsProcessingOutputNumber,
                       QgsProcessingParameterFeatureSink, QgsProcessingParameterFeatureSource,
                       QgsProcessingParameterField)

from ..core.criteria.zoning import CATEGORIES, category_rank
from ..core.errors import InputError
from ..core.numbers import parse_number
from ..core.park_fit import water_access
from ..core import park_potential as core
from ..i18n import tr
from .base import RuimteAlgorithm
from .layers import iter_features, plain_geometry
from .parameters import input_for, is_unset
from .park_potential_output import help_text, park_notes, write_outputs

UNITS = ("ha", "m2")
POINTS, POLYGONS = [QgsProcessing.TypeVectorPoint], [QgsProcessing.TypeVectorPolygon]


def shapely_of(wkb):
    from shapely import wkb as shapely_wkb
    return shapely_wkb.loads(bytes(wkb))


class ParkPotentialAlgorithm(RuimteAlgorithm):
    group_id = "sites"
    PARKS, NAME_FIELD, CATEGORY_FIELD, WATER_FIELD = ("PARKS", "NAME_FIELD", "CATEGORY_FIELD",
                                                      "WATER_FIELD")
    NET_AREA_FIELD, AREA_UNIT = "NET_AREA_FIELD", "AREA_UNIT"
    FREE_AREA_FIELD, FREE_AREA_UNIT = "FREE_AREA_FIELD", "FREE_AREA_UNIT"
    HMC_FROM = "HMC_FROM"
    BUILDINGS, FLOOR_AREA, FLOOR_FIELD = "BUILDINGS", "FLOOR_AREA", "FLOOR_FIELD"
    TARGET_INTENSITY = "TARGET_INTENSITY"
    FIRMS, FIRM_NAME_FIELD, FIRM_CATEGORY_FIELD = "FIRMS", "FIRM_NAME_FIELD", "FIRM_CATEGORY_FIELD"
    FIRM_WATER_FIELD, FIRM_AREA_FIELD, FIRM_AREA_UNIT = ("FIRM_WATER_FIELD", "FIRM_AREA_FIELD",
                                                         "FIRM_AREA_UNIT")
    MAX_DISTANCE = "MAX_DISTANCE"
    SENSITIVE, EDGE_DISTANCE = "SENSITIVE", "EDGE_DISTANCE"
    OUTPUT, RELOCATIONS, EDGE = "OUTPUT", "RELOCATIONS", "EDGE"
    FREED_HA, RELOCATABLE_HA, EDGE_HA = "FREED_HA", "RELOCATABLE_HA", "EDGE_HA"

    def name(self):
        return "parkpotential"

    def displayName(self):  # noqa: N802
        return tr("Existing parks: densify, relocate, mixed edge")

    def shortDescription(self):  # noqa: N802
        return tr("What existing business parks would free if built denser, which firms could "
                  "leave HMC and water-bound parks and where to, and the park edges where mixing "
                  "with housing is possible.")

    def tags(self):
        return tr("bestaande bedrijventerreinen,verdichting,herstructurering,uitplaatsing,"
                  "functiemenging,IBIS,HMC,watergebonden,densification,relocation,mixed use"
                  ).split(",")

    def shortHelpString(self):  # noqa: N802
        return help_text()

    def _field_param(self, name, label, default, parent, help_text):
        # optional: a default field name the layer lacks must not block the run
        self.add(QgsProcessingParameterField(name, label, default, parent, optional=True),
                 help_text)

    def initAlgorithm(self, config=None):  # noqa: N802
        self.add(QgsProcessingParameterFeatureSource(self.PARKS, tr("Business parks"), POLYGONS),
                 tr("Business-park polygons, e.g. IBIS Werklocaties, in a projected CRS (the "
                    "other layers are reprojected to it)."))
        for name, label, default, text in (
                (self.NAME_FIELD, tr("Name field"), "BEDRIJVENT", tr("Park name (IBIS: "
                                                                     "BEDRIJVENT).")),
                (self.CATEGORY_FIELD, tr("Maximum category field"), "Max_milieucategorie",
                 tr("Highest VNG category allowed on the park (IBIS: Max_milieucategorie).")),
                (self.WATER_FIELD, tr("Water access field"), "Waterontsluiting",
                 tr("Water access, e.g. 'Ja, met kade' (IBIS: Waterontsluiting).")),
                (self.NET_AREA_FIELD, tr("Net area field"), "OPPNETTO",
                 tr("Net (issued and issuable) area (IBIS: OPPNETTO, in m2). Without it the "
                    "polygon area is used, and the output says so.")),
                (self.FREE_AREA_FIELD, tr("Free area field"), "Grootst_uitgeefbaar_deel_ha",
                 tr("Area still to be issued, for relocated firms (IBIS: "
                    "Grootst_uitgeefbaar_deel_ha, in ha)."))):
            self._field_param(name, label, default, self.PARKS, text)
        self.add_choice(self.AREA_UNIT, tr("Unit of the net area field"), UNITS, "m2",
                        tr("ha or m2 (IBIS OPPNETTO: m2)."))
        self.add_choice(self.FREE_AREA_UNIT, tr("Unit of the free area field"), UNITS, "ha",
                        tr("ha or m2."))
        self.add_choice(self.HMC_FROM, tr("HMC from category"), CATEGORIES, core.DEFAULT_HMC_FROM,
                        tr("Parks from this maximum category are HMC parks (default 4.1, "
                           "an assumption: HMC has no national definition)."))
        self.add(QgsProcessingParameterFeatureSource(self.BUILDINGS, tr("Building footprints"),
                                                     POLYGONS, optional=True),
                 tr("Building polygons, e.g. BAG panden: the footprint inside each park."))
        self.add(QgsProcessingParameterFeatureSource(self.FLOOR_AREA, tr("Floor-area points"),
                                                     POINTS, optional=True),
                 tr("Instead of footprints: points with a floor area, e.g. BAG "
                    "verblijfsobjecten; the intensity is then floor area per net area."))
        self._field_param(self.FLOOR_FIELD, tr("Floor area field (m2)"), "oppervlakte",
                          self.FLOOR_AREA, tr("Floor area in m2 (BAG: oppervlakte)."))
        self.add_number(self.TARGET_INTENSITY, tr("Target intensity"),
                        tr("Footprint share (or floor area per net area) a park could reach. "
                           "Default 0.6 (assumption: a common maximum building coverage, "
                           "bebouwingspercentage, in Dutch zoning plans for business parks is "
                           "60-80 %; no national norm)."), default=core.DEFAULT_TARGET_INTENSITY,
                        minimum=0.01)
        self.add(QgsProcessingParameterFeatureSource(self.FIRMS, tr("Firms"), POINTS + POLYGONS,
                                                     optional=True),
                 tr("Firms (points or plots) with their VNG category."))
        for name, label, default, text in (
                (self.FIRM_NAME_FIELD, tr("Firm name field"), None, tr("Name or id of the "
                                                                        "firm.")),
                (self.FIRM_CATEGORY_FIELD, tr("Firm category field"), "milieucategorie",
                 tr("VNG category of the firm, e.g. 3.1.")),
                (self.FIRM_WATER_FIELD, tr("Firm needs water field"), None,
                 tr("Yes/no: the firm needs a quay. Without it, firms on water-bound parks are "
                    "not assessed.")),
                (self.FIRM_AREA_FIELD, tr("Firm plot area field"), None,
                 tr("Plot area; without it the area of a firm polygon (a point: not "
                    "assessed)."))):
            self._field_param(name, label, default, self.FIRMS, text)
        self.add_choice(self.FIRM_AREA_UNIT, tr("Unit of the firm plot field"), UNITS, "ha",
                        tr("ha or m2."))
        self.add_number(self.MAX_DISTANCE, tr("Maximum relocation distance (m)"),
                        tr("Parks farther away are not named (default 15 km, assumption: a "
                           "relocation within the region)."),
                        default=core.DEFAULT_MAX_DISTANCE_M, minimum=0)
        self.add(QgsProcessingParameterFeatureSource(self.SENSITIVE, tr("Houses"),
                                                     POINTS + POLYGONS, optional=True),
                 tr("Houses, e.g. BAG verblijfsobjecten with woonfunctie."))
        self.add_number(self.EDGE_DISTANCE, tr("Edge distance (m)"),
                        tr("Default 50 m: the guide distance of category 3.1 to a quiet "
                           "residential area (VNG, Bedrijven en milieuzonering, 2009): closer "
                           "to houses only categories 1-2 fit."),
                        default=core.default_edge_distance(), minimum=0)
        self.add(QgsProcessingParameterFeatureSink(self.OUTPUT, tr("Parks and potential"),
                                                   QgsProcessing.TypeVectorPolygon),
                 tr("The parks with net_ha, built_ha, intensity, target, freed_ha, hmc_park, "
                    "water_park, relocate_n, relocate_ha, edge_ha and not_assessed."))
        self.add(QgsProcessingParameterFeatureSink(self.RELOCATIONS, tr("Relocation candidates"),
                                                   QgsProcessing.TypeVectorAnyGeometry,
                                                   optional=True, createByDefault=True),
                 tr("Firms that could leave an HMC or water-bound park, with destinations."))
        self.add(QgsProcessingParameterFeatureSink(self.EDGE, tr("Mixed edge zones"),
                                                   QgsProcessing.TypeVectorPolygon,
                                                   optional=True, createByDefault=True),
                 tr("The parts of the parks within EDGE_DISTANCE of houses."))
        for name, label in ((self.FREED_HA, tr("Hectares freed by densification")),
                            (self.RELOCATABLE_HA, tr("Hectares of relocation candidates")),
                            (self.EDGE_HA, tr("Hectares of mixed edge"))):
            self.addOutput(QgsProcessingOutputNumber(name, label))

    # ------------------------------------------------------------ reading
    def _field(self, parameters, name, context, source, feedback, label):
        value = parameters.get(name)
        field = self.parameterAsString(parameters, name, context) if not is_unset(value) else \
            self.parameterDefinition(name).defaultValue()
        if source is None or not field:
            return None
        if source.fields().indexOf(field) < 0:
            feedback.pushWarning(tr("{} have no field '{}' ({}): NOT ASSESSED.")
                                 .format(label, field, name))
            return None
        return field

    def _number(self, value, factor, name):
        if is_unset(value):
            return None
        with input_for(name):
            try:
                return parse_number(value) * factor
            except InputError:
                raise InputError(tr("'{}' is not a number").format(value), name) from None

    def _unit(self, parameters, name, context):
        return 1e-4 if self.parameterAsEnumString(parameters, name, context) == "m2" else 1.0

    def _vector(self, parameters, name, context, feedback, fields=(), as_coordinates=True):
        """(source, VectorData or None) of an optional input, reprojected to the parks' CRS;
        features without a geometry are skipped with a warning naming the layer."""
        source = self.parameterAsSource(parameters, name, context)
        if source is None:
            return None, None
        data = self.read_vector(source, self.crs, context, name, feedback,
                                fields=tuple(f for f in fields if f),
                                points_as_coordinates=as_coordinates)
        if data.skipped:
            feedback.pushWarning(tr("Layer '{}' ({}): {} features without a geometry skipped.")
                                 .format(source.sourceName(), name, data.skipped))
        return source, data

    def _parks(self, parameters, context, feedback):
        parks = self.parameterAsSource(parameters, self.PARKS, context)
        if parks is None or parks.featureCount() == 0:
            raise InputError(tr("the park layer is empty: give at least one business park"),
                             self.PARKS)
        self.crs = self.projected_crs(parks.sourceCrs(), self.PARKS)
        keys = (self.NAME_FIELD, self.CATEGORY_FIELD, self.WATER_FIELD, self.NET_AREA_FIELD,
                self.FREE_AREA_FIELD)
        label = tr("The parks")
        names = {k: self._field(parameters, k, context, parks, feedback, label) for k in keys}
        net_factor = self._unit(parameters, self.AREA_UNIT, context)
        free_factor = self._unit(parameters, self.FREE_AREA_UNIT, context)
        rows, skipped = [], 0
        for feature in iter_features(parks):
            geom = plain_geometry(feature.geometry())
            if geom is None:
                skipped += 1
                continue

            def value(key, f=feature):
                return None if not names[key] or is_unset(f[names[key]]) else f[names[key]]
            with input_for(self.CATEGORY_FIELD):
                rank = category_rank(value(self.CATEGORY_FIELD))
            shape = shapely_of(geom.asWkb())
            net = self._number(value(self.NET_AREA_FIELD), net_factor, self.NET_AREA_FIELD)
            rows.append(dict(
                feature=feature, geom=geom, net_given=net is not None,
                net=net if net is not None else shape.area / 1e4,
                park=core.Park(str(value(self.NAME_FIELD) or feature.id()), shape, rank,
                               water_access(value(self.WATER_FIELD)),
                               self._number(value(self.FREE_AREA_FIELD), free_factor,
                                            self.FREE_AREA_FIELD))))
        if skipped:
            feedback.pushWarning(tr("Layer '{}' ({}): {} features without a geometry skipped.")
                                 .format(parks.sourceName(), self.PARKS, skipped))
        if not rows:
            raise InputError(tr("no park has a geometry"), self.PARKS)
        return parks, rows, names

    def _built(self, parameters, context, feedback, shapes):
        """(hectares per park or None, basis text, points without floor area per park)."""
        _, buildings = self._vector(parameters, self.BUILDINGS, context, feedback)
        if buildings is not None:
            if self.parameterAsSource(parameters, self.FLOOR_AREA, context) is not None:
                feedback.pushWarning(tr("BUILDINGS given: FLOOR_AREA is not used."))
            return core.covered_ha(shapes, [shapely_of(w) for w in buildings.wkbs]), \
                tr("footprint"), None
        source = self.parameterAsSource(parameters, self.FLOOR_AREA, context)
        field = self._field(parameters, self.FLOOR_FIELD, context, source, feedback,
                            tr("The floor-area points"))
        if source is None or field is None:
            return None, None, None
        _, points = self._vector(parameters, self.FLOOR_AREA, context, feedback, (field,))
        values = [self._number(v, 1.0, self.FLOOR_FIELD) for v in points.attributes[field]]
        sums, missing = core.summed_values(shapes, [shapely_of(w) for w in points.wkbs], values)
        return [s / 1e4 for s in sums], tr("floor area"), missing

    def _firms(self, parameters, context, feedback):
        source = self.parameterAsSource(parameters, self.FIRMS, context)
        if source is None:
            return None
        label = tr("The firms")
        keys = (self.FIRM_NAME_FIELD, self.FIRM_CATEGORY_FIELD, self.FIRM_WATER_FIELD,
                self.FIRM_AREA_FIELD)
        names = {k: self._field(parameters, k, context, source, feedback, label) for k in keys}
        _, data = self._vector(parameters, self.FIRMS, context, feedback,
                               tuple(dict.fromkeys(n for n in names.values() if n)), False)
        factor = self._unit(parameters, self.FIRM_AREA_UNIT, context)
        firms = []
        for n, wkb in enumerate(data.wkbs):
            def value(key, k=n):
                return data.attributes[names[key]][k] if names[key] else None
            shape = shapely_of(wkb)
            with input_for(self.FIRM_CATEGORY_FIELD):
                rank = category_rank(value(self.FIRM_CATEGORY_FIELD))
            plot = self._number(value(self.FIRM_AREA_FIELD), factor, self.FIRM_AREA_FIELD)
            if plot is None and shape.geom_type in ("Polygon", "MultiPolygon"):
                plot = shape.area / 1e4
            firm = core.Firm(str(value(self.FIRM_NAME_FIELD) or tr("firm {}").format(n + 1)),
                             shape, rank, water_access(value(self.FIRM_WATER_FIELD)), plot)
            firm.wkb = wkb
            firms.append(firm)
        return source, firms

    # ------------------------------------------------------------ running
    def execute(self, parameters, context, feedback):
        parks, rows, names = self._parks(parameters, context, feedback)
        shapes = [r["park"].geometry for r in rows]
        target = self.parameterAsDouble(parameters, self.TARGET_INTENSITY, context)
        built, basis, floor_missing = self._built(parameters, context, feedback, shapes)
        with input_for(target=self.TARGET_INTENSITY):
            dens = [core.densify(r["net"], None if built is None else built[i], target)
                    for i, r in enumerate(rows)]
        for row, d in zip(rows, dens):
            row["park"].free_ha = core.free_area(row["park"].free_ha, d.freed_ha)
        firms = self._firms(parameters, context, feedback)
        relocated = None
        if firms is not None:
            with input_for(max_distance_m=self.MAX_DISTANCE):
                relocated = core.relocations(
                    [r["park"] for r in rows], firms[1],
                    self.parameterAsEnumString(parameters, self.HMC_FROM, context),
                    self.parameterAsDouble(parameters, self.MAX_DISTANCE, context))
        _, houses = self._vector(parameters, self.SENSITIVE, context, feedback)
        edges = None
        if houses is not None:
            distance = self.parameterAsDouble(parameters, self.EDGE_DISTANCE, context)
            edges = core.edge_zones(shapes, [shapely_of(w) for w in houses.wkbs], distance,
                                    houses.points)
        notes = park_notes(rows, names, dens, basis, floor_missing, relocated, edges,
                           parameters, self)
        return write_outputs(self, parameters, context, feedback, parks, rows, dens, notes,
                             relocated, firms, edges, basis)
