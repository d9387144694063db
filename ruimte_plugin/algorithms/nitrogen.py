"""ruimte:nitrogen — nitrogen deposition screening on sensitive habitat."""

from qgis.core import (QgsProcessing, QgsProcessingParameterFeatureSource,
                       QgsProcessingParameterField, QgsProcessingParameterRasterDestination,
                       QgsProcessingParameterRasterLayer)

from ..core.criteria.nitrogen import (CALIBRATION_BANDS_KM, CALIBRATION_RATIOS,
                                      DEFAULT_CUTOFF, DEFAULT_KERNELS, DEFAULT_THRESHOLD,
                                      MOL_N_PER_KG_NH3, MOL_N_PER_KG_NOX, SENSITIVE_KDW, Kernel,
                                      NitrogenModel, overloaded, screening_note, sensitive)
from ..core.errors import InputError
from ..i18n import tr
from .analysis_grid import LayerExtent
from .base import RuimteAlgorithm, input_for
from .packages import load_rasterio_io


class NitrogenAlgorithm(RuimteAlgorithm):
    group_id = "criteria"
    HABITATS = "HABITATS"
    KDW_FIELD = "KDW_FIELD"
    BACKGROUND_FIELD = "BACKGROUND_FIELD"
    EMISSION_NOX = "EMISSION_NOX"
    EMISSION_NH3 = "EMISSION_NH3"
    THRESHOLD = "THRESHOLD"
    UPPER = "UPPER"
    CUTOFF = "CUTOFF"
    DEPOSITION_RASTER = "DEPOSITION_RASTER"
    OUTPUT = "OUTPUT"
    DEPOSITION = "DEPOSITION"
    LOAD = "LOAD"

    def name(self):
        return "nitrogen"

    def displayName(self):  # noqa: N802
        return tr("Nitrogen deposition screening")

    def shortDescription(self):  # noqa: N802
        return tr("Screening estimate of the nitrogen deposition a company at each location "
                  "would cause on nitrogen-sensitive Natura 2000 habitat. Not an AERIUS "
                  "calculation.")

    def tags(self):
        return tr("stikstof,depositie,Natura 2000,KDW,AERIUS,nitrogen,deposition,NOx,NH3,"
                  "habitat,screening").split(",")

    def shortHelpString(self):  # noqa: N802
        nox, nh3 = DEFAULT_KERNELS["NOX"], DEFAULT_KERNELS["NH3"]
        return tr(
            "<p><b>A screening estimate, not an AERIUS calculation</b>: it shows where a company "
            "would most likely stay below a deposition threshold, before anyone runs AERIUS. "
            "The outputs record this in their metadata.</p>"
            "<p>Emissions (kg/yr) become mol N/yr: 1 kg NH3 = 58.7 mol N, 1 kg NOx (as NO2) = "
            "21.7 mol N. The deposition at distance r is D(r) = E &middot; k(r) per hectare, "
            "with a kernel per substance k(r) = A &middot; max(r, r0)<sup>&minus;b</sup> up to "
            "CUTOFF (default 25 km: AERIUS counts deposition up to 25 km since 2021, LNV 2021) "
            "and 0 beyond. A follows from mass balance: a share f of the emission lands within "
            "the cutoff.</p>"
            "<p><b>Calibration.</b> No published simplified curve exists. The defaults are fitted "
            "to one AERIUS Calculator 2019A result: one source of 10 kg NH3 and 10 kg NOx per "
            "year at 8 m height, deposition on 473 Natura 2000 hexagons 65 m to 4.3 km away, "
            "published as demo data of the IMAER plugin for QGIS (OpenGeoGroep 2020, "
            "https://github.com/opengeogroep/AERIUS-QGIS-plugins, file "
            "demodata/AERIUS_20200623162435_0_Situatie1.gml). Least squares on the medians per "
            "distance band: NH3 b = {:g}, r0 = {:g} m, f = {:.1%}; NOx b = {:g}, r0 = {:g} m, "
            "f = {:.1%} (f within 25 km). Kernel median / AERIUS median per band ({} km): NH3 "
            "{}; NOx {}. Single receptors scatter more: 80 % lie within 0.6-2.1 &times; "
            "(NH3) and 0.6-1.7 &times; (NOx) the AERIUS value. r0 = 100 m is an assumption "
            "(the data fit any r0 up to about 180 m). Limits: one source, one height, one "
            "place; no emission-height term (one height cannot fit it: taller stacks deposit "
            "less nearby); f is fitted for a 25 km cutoff and extrapolates beyond 4.3 km.</p>"
            "<p>Habitat is nitrogen-sensitive when its KDW (critical deposition) is below "
            "{:g} mol N/ha/yr or unknown; every cell a sensitive polygon touches counts. "
            "<b>DEPOSITION</b> = the largest deposition on any sensitive habitat cell if the "
            "company stood at the cell (mol N/ha/yr): the kernel at the distance to the nearest "
            "sensitive cell. <b>LOAD</b> (needs KDW and background fields) = the deposition "
            "summed over all overloaded habitat (background &gt; KDW), in mol N/yr, by FFT "
            "convolution; very large grids use coarser cells for it (stated in the log).</p>"
            "<p><b>Score</b> = 1 at or below THRESHOLD (default 0.005 mol N/ha/yr, current "
            "practice; 1.0 is the proposed 'rekenkundige ondergrens'), 0 at or above UPPER "
            "(default 200 &times; THRESHOLD, an assumption), and 1 &minus; ln(D/THRESHOLD) / "
            "ln(UPPER/THRESHOLD) in between. A DEPOSITION_RASTER computed elsewhere (e.g. from "
            "AERIUS) replaces the kernel.</p><p>Sources (docs/references.md): AERIUS; "
            "OpenGeoGroep 2020; LNV 2021; AERIUS factsheets (KDW below 2400); RIVM NH3 (mol N "
            "per kg); Ons Levend Landschap (0.005); RvS 2025 and LNV 2025 (1.0).</p>"
        ).format(nh3.exponent, nh3.core_radius, nh3.fraction, nox.exponent, nox.core_radius,
                 nox.fraction, ", ".join(CALIBRATION_BANDS_KM),
                 ", ".join(f"{r:.2f}" for r in CALIBRATION_RATIOS["NH3"]),
                 ", ".join(f"{r:.2f}" for r in CALIBRATION_RATIOS["NOX"]), SENSITIVE_KDW)

    def initAlgorithm(self, config=None):  # noqa: N802
        self.add(QgsProcessingParameterFeatureSource(self.HABITATS, tr("Habitats"),
                                                     [QgsProcessing.TypeVectorPolygon]),
                 tr("Natura 2000 areas or a habitat map (polygons). Habitats beyond the extent "
                    "but within the cutoff count."))
        # optional fields: 3.22 rejects missing field values even for optional parents
        self.add(QgsProcessingParameterField(self.KDW_FIELD, tr("KDW field (mol N/ha/yr)"),
                                             None, self.HABITATS,
                                             QgsProcessingParameterField.Numeric, optional=True),
                 tr("Critical deposition value per habitat. Empty: every habitat counts as "
                    "sensitive."))
        self.add(QgsProcessingParameterField(self.BACKGROUND_FIELD,
                                             tr("Background deposition field (mol N/ha/yr)"),
                                             None, self.HABITATS,
                                             QgsProcessingParameterField.Numeric, optional=True),
                 tr("Current total deposition per habitat; with KDW it marks overloaded "
                    "habitat for LOAD."))
        self.add_number(self.EMISSION_NOX, tr("NOx emission (kg/yr)"),
                        tr("Yearly NOx emission of the company, as NO2 (kg/yr)."), default=0,
                        minimum=0)
        self.add_number(self.EMISSION_NH3, tr("NH3 emission (kg/yr)"),
                        tr("Yearly ammonia emission of the company (kg/yr)."), default=0,
                        minimum=0)
        self.add_number(self.THRESHOLD, tr("Threshold (mol N/ha/yr)"),
                        tr("Deposition that still scores 1. 0.005 = current practice (Ons "
                           "Levend Landschap); 1.0 = the proposed rekenkundige ondergrens "
                           "(RvS 2025; LNV 2025)."),
                        default=DEFAULT_THRESHOLD, minimum=0)
        self.add_number(self.UPPER, tr("Zero score from (mol N/ha/yr)"),
                        tr("Deposition that scores 0. Empty: 200 x THRESHOLD (assumption)."),
                        optional=True, minimum=0, advanced=True)
        self.add_number(self.CUTOFF, tr("Cutoff distance (m)"),
                        tr("No deposition counts beyond this distance. Default 25000 m, the "
                           "AERIUS rule since 2021."), default=DEFAULT_CUTOFF, minimum=0)
        for prefix, kernel in (("NOX", DEFAULT_KERNELS["NOX"]), ("NH3", DEFAULT_KERNELS["NH3"])):
            label = "NOx" if prefix == "NOX" else "NH3"
            self.add_number(f"{prefix}_EXPONENT", tr("{} kernel exponent b").format(label),
                            tr("Power-law decay k ~ r^-b. Default fitted to an AERIUS "
                               "Calculator 2019A result (OpenGeoGroep 2020)."),
                            default=kernel.exponent, minimum=0, advanced=True)
            self.add_number(f"{prefix}_CORE_RADIUS", tr("{} kernel core radius (m)").format(label),
                            tr("The kernel is flat within this radius. Default 100 m: an "
                               "assumption (the AERIUS result fits any value up to ~180 m)."),
                            default=kernel.core_radius, minimum=0, advanced=True)
            self.add_number(f"{prefix}_FRACTION",
                            tr("{} share deposited within the cutoff").format(label),
                            tr("Mass balance: share of the emission that lands within the "
                               "cutoff, 0-1. Default fitted to an AERIUS Calculator 2019A "
                               "result (OpenGeoGroep 2020) for a 25 km cutoff."),
                            default=kernel.fraction,
                            minimum=0, maximum=1, advanced=True)
        self.add(QgsProcessingParameterRasterLayer(self.DEPOSITION_RASTER,
                                                   tr("Deposition raster (instead of the "
                                                      "kernel)"), optional=True),
                 tr("Deposition in mol N/ha/yr per candidate location, computed elsewhere "
                    "(e.g. AERIUS). Resampled bilinearly onto the grid."), advanced=True)
        self.add_grid_parameters(extent_help=tr("Empty: the extent of the habitat layer."))
        self.add(QgsProcessingParameterRasterDestination(self.OUTPUT, tr("Nitrogen score")),
                 tr("Score 0-1 (1 = at or below the threshold)."))
        self.add(QgsProcessingParameterRasterDestination(
            self.DEPOSITION, tr("Deposition on sensitive habitat (mol N/ha/yr)"),
            optional=True, createByDefault=True),
            tr("Largest deposition on a sensitive habitat cell for a company at each cell."))
        self.add(QgsProcessingParameterRasterDestination(
            self.LOAD, tr("Load on overloaded habitat (mol N/yr)"), optional=True,
            createByDefault=False),
            tr("Deposition summed over overloaded habitat (needs KDW and background fields)."))

    def _model(self, parameters, context):
        number = {name: self.parameterAsDouble(parameters, name, context) for name in (
            self.EMISSION_NOX, self.EMISSION_NH3, self.THRESHOLD, self.CUTOFF, "NOX_EXPONENT",
            "NOX_CORE_RADIUS", "NOX_FRACTION", "NH3_EXPONENT", "NH3_CORE_RADIUS", "NH3_FRACTION")}
        kernels = tuple(Kernel(number[f"{p}_EXPONENT"], number[f"{p}_CORE_RADIUS"],
                               number[f"{p}_FRACTION"], number[self.CUTOFF])
                        for p in ("NOX", "NH3"))
        kernel_fields = {f"{p.lower()}_{field}": f"{p}_{field.upper()}" for p in ("NOX", "NH3")
                         for field in ("exponent", "core_radius", "fraction")}
        with input_for(emissions=self.EMISSION_NOX, threshold=self.THRESHOLD, upper=self.UPPER,
                       cutoff=self.CUTOFF, **kernel_fields):
            return NitrogenModel(number[self.EMISSION_NOX], number[self.EMISSION_NH3], kernels,
                                 number[self.THRESHOLD],
                                 self.optional_number(parameters, self.UPPER, context)).validate()

    def execute(self, parameters, context, feedback):
        io = load_rasterio_io()
        from ..core.criteria.nitrogen import load_field
        from ..core.distance_table import DistanceTable
        from ..core.rasterize import FeatureSet

        model = self._model(parameters, context)
        habitats = self.parameterAsSource(parameters, self.HABITATS, context)
        if habitats is None:
            raise InputError(tr("no layer was given"), self.HABITATS)
        fields = [self.numeric_field(habitats, self.parameterAsString(parameters, name, context),
                                     name) for name in (self.KDW_FIELD, self.BACKGROUND_FIELD)]
        grid, crs = self.analysis_grid(parameters, context, fallback_extent=LayerExtent.of_source(
            habitats, self.HABITATS))
        load_path = self.optional_output(parameters, self.LOAD, context)
        if load_path and not all(fields):
            raise InputError(tr("LOAD needs both KDW_FIELD and BACKGROUND_FIELD"),
                             self.BACKGROUND_FIELD)
        outputs = [(self.OUTPUT, self.output_file(parameters, self.OUTPUT, context),
                    tr("nitrogen score 0-1 (screening)"), "score.qml"),
                   (self.DEPOSITION, self.optional_output(parameters, self.DEPOSITION, context),
                    tr("deposition on sensitive habitat (mol N/ha/yr), screening"), "values"),
                   (self.LOAD, load_path,
                    tr("deposition on overloaded habitat (mol N/yr), screening"), "values")]
        data = self.read_vector(habitats, crs, context, self.HABITATS, feedback,
                                fields=tuple(f for f in fields if f), geometry="polygon")
        kdw = data.attributes.get(fields[0]) or [None] * len(data.wkbs)
        background = data.attributes.get(fields[1]) or [None] * len(data.wkbs)
        is_sensitive = sensitive(kdw) if data.wkbs else []
        sensitive_set = FeatureSet([w for w, s in zip(data.wkbs, is_sensitive) if s],
                                   all_touched=True)
        feedback.pushInfo(tr("{} habitat polygons, {} nitrogen-sensitive. Emission {:,.0f} mol "
                             "N/yr (NOx {:g} kg x {}, NH3 {:g} kg x {}).").format(
            len(data.wkbs), len(sensitive_set), model.nox_kg * MOL_N_PER_KG_NOX +
            model.nh3_kg * MOL_N_PER_KG_NH3, model.nox_kg, MOL_N_PER_KG_NOX, model.nh3_kg,
            MOL_N_PER_KG_NH3))
        feedback.pushWarning(tr("Nitrogen: {}.").format(screening_note()))

        deposition_raster = self.parameterAsRasterLayer(parameters, self.DEPOSITION_RASTER,
                                                        context)
        source, distances = None, None
        if deposition_raster is not None:
            source = io.RasterSource(self.raster_file(deposition_raster, self.DEPOSITION_RASTER),
                                     1, grid, "bilinear", deposition_raster.name())
        else:
            # one pixel beyond the cutoff, so that "farther than the cutoff" is exact
            distances = self.distance_field(grid, sensitive_set, model.cutoff + grid.res_x,
                                            feedback, 0, 30)
        loads = None
        if load_path:
            over = overloaded(kdw, background)
            loads = load_field(grid, FeatureSet([w for w, o in zip(data.wkbs, over) if o]), model,
                               progress=self.progress(feedback, 30, 60),
                               threads=self.threads())
            feedback.pushInfo(tr("LOAD: {} overloaded habitat polygons; convolution on {:g} m "
                                 "cells.").format(int(sum(over)), grid.res_x * loads.factor))

        wanted = 2 if outputs[1][1] else 1           # the deposition only when it is written

        def from_distance(distance):
            deposition = model.deposition(distance)
            deposition[distance > model.cutoff] = 0
            return (model.score(deposition), deposition)[:wanted]
        if distances is not None and not distances.exact:     # GDAL's few distinct distances
            from_distance = DistanceTable(from_distance, grid.res_x, distances.max_distance)

        def compute(window):
            if source is not None:
                deposition = source.read(window)
                score = model.score(deposition)
            else:
                score, deposition = (from_distance(distances.compute(window)) + (None,))[:2]
            return score, deposition, loads.compute(window) if loads is not None else None

        conventions = model.conventions()
        if source is not None:
            conventions["deposition"] = f"from raster {deposition_raster.source()}"
        if loads is not None:
            conventions["load_cell_factor"] = loads.factor
        tags = self.provenance(parameters, context, conventions, [habitats.sourceName()])
        try:
            return self.write_rasters(context, feedback, grid, compute, outputs, tags,
                                      distances.tile if distances is not None else 512,
                                      self.progress(feedback, 60, 100), self.threads())
        finally:
            if source is not None:
                source.close()
