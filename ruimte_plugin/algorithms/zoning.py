"""ruimte:zoning — VNG guide distances between a company's category and houses."""

from qgis.core import (QgsProcessing, QgsProcessingParameterFeatureSource,
                       QgsProcessingParameterRasterDestination)

from ..core.criteria.zoning import (AREA_TYPES, CATEGORIES, DEFAULT_SCORE_MULTIPLE,
                                    GUIDE_DISTANCES, SOURCE, ZoningRule)
from ..core.errors import InputError
from ..i18n import tr
from .analysis_grid import LayerExtent
from .base import RuimteAlgorithm
from .packages import load_rasterio_io

#: DISTANCE is exact up to this distance and capped beyond it (assumption: more than three times
#: the largest guide distance, 1,500 m for category 6).
DEFAULT_MAX_DISTANCE = 5000.0


class ZoningAlgorithm(RuimteAlgorithm):
    group_id = "criteria"
    SENSITIVE = "SENSITIVE"
    CATEGORY = "CATEGORY"
    AREA_TYPE = "AREA_TYPE"
    SCORE_MULTIPLE = "SCORE_MULTIPLE"
    MAX_DISTANCE = "MAX_DISTANCE"
    OUTPUT = "OUTPUT"
    DISTANCE = "DISTANCE"
    CONSTRAINT = "CONSTRAINT"

    def name(self):
        return "zoning"

    def displayName(self):  # noqa: N802
        return tr("Environmental zoning (VNG guide distances)")

    def shortDescription(self):  # noqa: N802
        return tr("Where a company of a given environmental category keeps the VNG guide "
                  "distance to houses.")

    def tags(self):
        return tr("milieuzonering,richtafstand,VNG,milieucategorie,bedrijven en milieuzonering,"
                  "houses,BAG,zoning,guide distance").split(",")

    def shortHelpString(self):  # noqa: N802
        rows = "".join(
            f"<tr><td>{cat}</td><td>{GUIDE_DISTANCES['rustige_woonwijk'][i]}</td>"
            f"<td>{GUIDE_DISTANCES['gemengd_gebied'][i]}</td></tr>"
            for i, cat in enumerate(CATEGORIES))
        return tr(
            "<p>VNG <i>Bedrijven en milieuzonering</i> (2009): a company of environmental "
            "category CATEGORY must keep the guide distance (richtafstand) from its site to the "
            "façade of houses and other sensitive objects. In a <i>gemengd gebied</i> (mixed "
            "area) the distance of one step lower applies.</p>"
            "<p>Outputs: DISTANCE = metres from each cell to the nearest sensitive object "
            "(cell centre to cell centre, as gdal:proximity; exact up to MAX_DISTANCE, which "
            "is written where everything is farther); CONSTRAINT = 0 inside the guide "
            "distance, 1 outside; OUTPUT score = 0 inside the guide distance, rising linearly "
            "to 1 at SCORE_MULTIPLE times the guide distance (default 2, an assumption).</p>"
            "<p>Sensitive objects are points (e.g. BAG verblijfsobjecten with a "
            "woonfunctie: the cell containing the point) or polygons (e.g. building outlines: "
            "every cell whose centre lies inside). On the grid the rule holds to about half a "
            "cell; use a pixel size well below the guide distance.</p>"
            "<p>Guide distances (m):</p><table><tr><th>category</th><th>rustige woonwijk</th>"
            "<th>gemengd gebied</th></tr>") + rows + tr(
            "</table><p>Source: VNG (2009), <i>Bedrijven en milieuzonering</i>, Tabel 1. Since "
            "2024 the Omgevingswet replaces this brochure with the handreiking <i>Activiteiten "
            "en milieuzonering</i>; the 2009 categories remain the common screening "
            "yardstick.</p>")

    def initAlgorithm(self, config=None):  # noqa: N802
        self.add(QgsProcessingParameterFeatureSource(
            self.SENSITIVE, tr("Houses and other sensitive objects"),
            [QgsProcessing.TypeVectorPoint, QgsProcessing.TypeVectorPolygon]),
            tr("Points or polygons of sensitive objects, e.g. BAG verblijfsobjecten with a "
               "woonfunctie. Reprojected to the target CRS."))
        self.add_choice(self.CATEGORY, tr("Environmental category (VNG)"), CATEGORIES, "3.1",
                        tr("VNG 2009 category of the company. Default 3.1: the provinces want "
                           "business parks for category 3.1 and up (IPO position paper)."))
        self.add_choice(self.AREA_TYPE, tr("Area type"), AREA_TYPES, "rustige_woonwijk",
                        tr("rustige_woonwijk (quiet residential area, the VNG reference type) or "
                           "gemengd_gebied (mixed area: one distance step lower)."))
        self.add_number(self.SCORE_MULTIPLE, tr("Full score at this multiple of the guide "
                                                "distance"),
                        tr("The score rises from 0 at the guide distance to 1 at this multiple "
                           "of it. Default 2 (assumption). 1 makes the score a step."),
                        default=DEFAULT_SCORE_MULTIPLE, minimum=1, advanced=True)
        self.add_number(self.MAX_DISTANCE, tr("Maximum distance (m)"),
                        tr("DISTANCE is exact up to this value and capped beyond it; larger "
                           "values cost time and memory. Default 5000 m (assumption: over three "
                           "times the largest guide distance)."),
                        default=DEFAULT_MAX_DISTANCE, minimum=0, advanced=True)
        self.add_grid_parameters()
        self.add(QgsProcessingParameterRasterDestination(self.OUTPUT, tr("Zoning score")),
                 tr("Score 0-1: 0 inside the guide distance, 1 from SCORE_MULTIPLE x guide "
                    "distance."))
        self.add(QgsProcessingParameterRasterDestination(
            self.DISTANCE, tr("Distance to sensitive objects (m)"), optional=True,
            createByDefault=True), tr("Metres to the nearest sensitive object."))
        self.add(QgsProcessingParameterRasterDestination(
            self.CONSTRAINT, tr("Zoning constraint (0 = excluded)"), optional=True,
            createByDefault=True), tr("0 inside the guide distance, 1 outside; usable as a "
                                      "constraint in 'Combine criteria'."))

    def execute(self, parameters, context, feedback):
        load_rasterio_io()
        from ..core.rasterize import FeatureSet

        rule = self.validated_rule(
            ZoningRule, parameters, context,
            dict(category=self.CATEGORY, area_type=self.AREA_TYPE,
                 score_multiple=self.SCORE_MULTIPLE),
            category=self.parameterAsEnumString(parameters, self.CATEGORY, context),
            area_type=self.parameterAsEnumString(parameters, self.AREA_TYPE, context))
        max_distance = self.parameterAsDouble(parameters, self.MAX_DISTANCE, context)
        if max_distance < rule.full_score_distance:
            raise InputError(tr("MAX_DISTANCE ({:g} m) must be at least the full-score distance "
                                "({:g} m)").format(max_distance, rule.full_score_distance),
                             self.MAX_DISTANCE)
        source = self.parameterAsSource(parameters, self.SENSITIVE, context)
        if source is None:
            raise InputError(tr("no layer was given"), self.SENSITIVE)
        grid, crs = self.analysis_grid(parameters, context,
                                       fallback_extent=LayerExtent.of_source(
                                           source, self.SENSITIVE))
        distance_path = self.optional_output(parameters, self.DISTANCE, context)
        outputs = [(self.OUTPUT, self.output_file(parameters, self.OUTPUT, context),
                    tr("zoning score 0-1"), "score.qml"),
                   (self.DISTANCE, distance_path,
                    tr("distance to sensitive objects (m), capped at {:g}").format(max_distance),
                    "values"),
                   (self.CONSTRAINT, self.optional_output(parameters, self.CONSTRAINT, context),
                    tr("zoning constraint: 0 = inside the guide distance"), "constraint.qml")]
        houses = self.read_vector(source, crs, context, self.SENSITIVE, feedback,
                                  geometry=("point", "polygon"), parameters=parameters)
        if not len(houses):
            feedback.pushWarning(tr("The layer of sensitive objects is empty: no distance "
                                    "applies, every cell scores 1."))
        feedback.pushInfo(tr("Category {}, area type {}: guide distance {:g} m ({}); {} sensitive "
                             "objects; grid {}.").format(rule.category, rule.area_type,
                                                         rule.guide, SOURCE, len(houses),
                                                         grid.describe()))
        # without DISTANCE the score and the constraint need distances only up to the full
        # score (1 beyond it): the transform's halo shrinks with its reach (the profile run)
        reach = max_distance if distance_path else rule.full_score_distance
        field = self.distance_field(grid, FeatureSet(houses.wkbs, houses.points), reach,
                                    feedback, 0, 60)

        def compute(window):
            distance = field.compute(window)
            return rule.score(distance), distance, rule.constraint(distance)

        tags = self.provenance(parameters, context, {
            "rule": f"{SOURCE}: category {rule.category}, {rule.area_type}, guide distance "
                    f"{rule.guide:g} m",
            "score": f"0 below {rule.guide:g} m, linear to 1 at {rule.full_score_distance:g} m",
            "distance": "cell centre to cell centre (as gdal:proximity), capped at "
                        f"{max_distance:g} m"}, [source.sourceName()])
        return self.write_rasters(context, feedback, grid, compute, outputs, tags,
                                  block_size=field.tile, progress=self.progress(feedback, 60, 100),
                                  threads=self.threads())
