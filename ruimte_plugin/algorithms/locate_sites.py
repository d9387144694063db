"""ruimte:locatesites — find new contiguous sites of a required size and shape."""

from qgis.core import (QgsFeature, QgsFeatureSink, QgsFields, QgsGeometry,
                       QgsProcessingOutputString, QgsProcessingParameterFeatureSink,
                       QgsProcessingParameterMultipleLayers, QgsProcessingParameterRasterLayer,
                       QgsProcessing, QgsWkbTypes)

from ..core.errors import InputError
from ..i18n import tr
from .base import RuimteAlgorithm
from .fields import make_field
from .packages import load_rasterio_io
from .parameters import input_for


class LocateSitesAlgorithm(RuimteAlgorithm):
    group_id = "sites"
    SUITABILITY = "SUITABILITY"
    MIN_AREA_HA = "MIN_AREA_HA"
    MAX_SITES = "MAX_SITES"
    MIN_SCORE = "MIN_SCORE"
    MIN_SPACING = "MIN_SPACING"
    MIN_WIDTH = "MIN_WIDTH"
    EXISTING = "EXISTING"
    OUTPUT = "OUTPUT"
    ADVICE = "ADVICE"

    def name(self):
        return "locatesites"

    def displayName(self):  # noqa: N802
        return tr("Locate new sites")

    def shortDescription(self):  # noqa: N802
        return tr("Finds contiguous, compact sites of at least a given area with a high mean "
                  "suitability, a minimum distance apart.")

    def tags(self):
        return tr("locaties zoeken,kavels,regio,locate regions,site search,contiguous,"
                  "compact,suitability").split(",")

    def shortHelpString(self):  # noqa: N802
        return tr(
            "<p>Finds up to MAX_SITES new sites (no fixed limit on the number) in a SUITABILITY "
            "raster, each a contiguous region of at least MIN_AREA_HA with a mean score of at "
            "least MIN_SCORE, "
            "compact enough for a building and at least MIN_SPACING apart.</p><ol>"
            "<li><b>Buildable land</b>: cells with a score above 0 (not excluded), after a "
            "morphological opening with a disk of diameter MIN_WIDTH: only land where a whole "
            "disk of that width fits stays, so ribbons narrower than MIN_WIDTH drop out. "
            "MIN_WIDTH 0 means half the side of a square of MIN_AREA_HA (158 m for 10 ha).</li>"
            "<li><b>Seeds</b>: each buildable cell's mean score over a disk of MIN_AREA_HA "
            "around it (90 % of the disk must be buildable); the best seeds are tried "
            "first.</li>"
            "<li><b>Growth</b>: from the seed, the best-scoring free neighbouring cell is added "
            "until the region reaches MIN_AREA_HA, never farther from the seed than 1.5 times "
            "the radius of a disk of that area (compactness).</li>"
            "<li><b>Spacing</b>: land within MIN_SPACING of a chosen site is no longer free."
            "</li></ol>"
            "<p>Output polygons: rank (by mean score, 1 = best), area_ha, mean_score, "
            "min_score and compactness (4&pi;A/P&sup2;: 1 for a disk, 0.79 for a square). The "
            "whole raster is held in memory (about 60 bytes per cell); very large rasters are "
            "refused with an estimate.</p>") + tr(
            "<p>EXISTING (optional polygon layers: business parks, issued plots, sites chosen "
            "earlier or for another profile): their land is not buildable (cells whose centre "
            "lies inside), and new sites keep MIN_SPACING from them, so a second run does not "
            "offer the same land again.</p>") + tr(
            "<p>New business parks are in principle for category 3.1 and up (IPO position "
            "paper Ruimte voor economie): when SUITABILITY was made for a profile of category 1 "
            "or 2 (its metadata say which), no sites are located; the run warns and ADVICE "
            "says that such firms belong in a mixed urban area.</p>")

    def initAlgorithm(self, config=None):  # noqa: N802
        self.add(QgsProcessingParameterRasterLayer(self.SUITABILITY, tr("Suitability")),
                 tr("Suitability raster 0-1 (0 = excluded), e.g. from 'Suitability for a "
                    "company profile'."))
        self.add_number(self.MIN_AREA_HA, tr("Site area (ha)"),
                        tr("Area each site needs. Default 10 ha (assumption: an XXL "
                           "distribution centre with 40,000 m2 of floor or more (Trouw 2019) "
                           "needs about 6-15 ha)."),
                        default=10.0, minimum=0)
        self.add_number(self.MAX_SITES, tr("Maximum number of sites"),
                        tr("Stop after this many sites (no built-in cap)."), default=50,
                        minimum=1, integer=True)
        self.add_number(self.MIN_SCORE, tr("Minimum mean score"),
                        tr("Mean suitability a site must reach (default 0.6, assumption)."),
                        default=0.6, minimum=0, maximum=1)
        self.add_number(self.MIN_SPACING, tr("Minimum spacing (m)"),
                        tr("Distance between sites (default 500 m, assumption: separate "
                           "locations, not one park cut in pieces)."), default=500.0, minimum=0)
        self.add_number(self.MIN_WIDTH, tr("Minimum width (m)"),
                        tr("Narrowest part a site may have. 0 = half the side of a square of the "
                           "site area."), default=0.0, minimum=0)
        self.add(QgsProcessingParameterMultipleLayers(self.EXISTING, tr("Existing sites"),
                                                      QgsProcessing.TypeVectorPolygon,
                                                      optional=True),
                 tr("Polygons whose land is already taken (parks, issued plots, sites chosen "
                    "earlier): not buildable, and new sites keep MIN_SPACING from them."))
        self.add(QgsProcessingParameterFeatureSink(self.OUTPUT, tr("Located sites"),
                                                   QgsProcessing.TypeVectorPolygon),
                 tr("Polygons of the sites found."))
        self.addOutput(QgsProcessingOutputString(self.ADVICE, tr("Advice")))

    def execute(self, parameters, context, feedback):
        io = load_rasterio_io()
        from ..core.grid import Window
        from ..core.locate import LocateSettings, locate, memory_needed
        from ..core.memory import check_memory

        with input_for(min_area_ha=self.MIN_AREA_HA, min_score=self.MIN_SCORE,
                       max_sites=self.MAX_SITES, min_spacing_m=self.MIN_SPACING,
                       min_width_m=self.MIN_WIDTH):
            settings = LocateSettings(
                min_area_ha=self.parameterAsDouble(parameters, self.MIN_AREA_HA, context),
                min_score=self.parameterAsDouble(parameters, self.MIN_SCORE, context),
                max_sites=self.parameterAsInt(parameters, self.MAX_SITES, context),
                min_spacing_m=self.parameterAsDouble(parameters, self.MIN_SPACING, context),
                min_width_m=self.parameterAsDouble(parameters, self.MIN_WIDTH,
                                                   context)).validate()
        layer = self.parameterAsRasterLayer(parameters, self.SUITABILITY, context)
        path = self.raster_file(layer, self.SUITABILITY)
        crs = self.projected_crs(layer.crs(), self.SUITABILITY)
        advice = self._new_park_advice(io, path, feedback)
        if advice:
            return {self.OUTPUT: self._write(parameters, context, None, crs, []),
                    self.ADVICE: advice}
        existing_layers = self.parameterAsLayerList(parameters, self.EXISTING, context)
        with io.gdal_env(), self.open_raster(io, path, self.SUITABILITY, label=layer.name(),
                                             score=True) as source:
            grid = source.grid
            if abs(grid.res_x - grid.res_y) > 1e-6 * grid.res_x:
                raise InputError(tr("the raster's cells are not square; warp it to square "
                                    "cells first"), self.SUITABILITY)
            with input_for(self.SUITABILITY):
                check_memory(memory_needed(grid.shape, bool(existing_layers)),
                             tr("locating sites on this raster"),
                             tr("use a coarser raster or a smaller extent"))
            whole = Window(0, 0, grid.height, grid.width)
            scores = source.read(whole)
        existing = self._existing(existing_layers, crs, context, grid, whole, feedback)
        feedback.pushInfo(tr("Looking for sites of {:g} ha (minimum width {:.0f} m, mean score "
                             ">= {:g}, {:g} m apart) on {}.").format(
            settings.min_area_ha, settings.width_m, settings.min_score, settings.min_spacing_m,
            grid.describe()))
        notes = []
        with input_for(min_area_ha=self.MIN_AREA_HA):
            regions = locate(scores, grid.res_x, settings, self.progress(feedback, 0, 90),
                             existing, notes)
        for note in notes:
            feedback.pushWarning(tr("No sites located: {}.").format(note))
        feedback.pushInfo(tr("{} sites found.").format(len(regions)))
        return {self.OUTPUT: self._write(parameters, context, grid, crs, regions),
                self.ADVICE: ""}

    def _new_park_advice(self, io, path, feedback):
        """The advice of core.park_potential.new_park_advice for the profile named in the
        raster's RUIMTE_PROFILE tag (its file when it still exists, else the built-in of that
        id), pushed as a warning; '' when there is none or no profile is named."""
        import os
        from ..core.park_potential import new_park_advice
        from ..core.profiles import builtin_ids, builtin_profile, load_profile
        tag = io.read_tags(path).get("RUIMTE_PROFILE")
        if not isinstance(tag, dict):
            return ""
        source = tag.get("file")
        with input_for(self.SUITABILITY):
            if source and os.path.isfile(source):
                profile = load_profile(source)
            elif tag.get("id") in builtin_ids():
                profile = builtin_profile(tag["id"])
            else:
                return ""
            advice = new_park_advice(profile.category)
        if advice:
            feedback.pushWarning(tr("No sites located for {}: {}.").format(profile.id, advice))
        return advice

    def _existing(self, layers, crs, context, grid, window, feedback):
        """Bool mask of the cells taken by EXISTING (cell centre inside), or None."""
        if not layers:
            return None
        from ..core.rasterize import FeatureSet
        wkbs = [w for layer in layers
                for w in self.polygon_wkbs(layer, crs, context, self.EXISTING)]
        mask = FeatureSet(wkbs).mask(grid, window)
        feedback.pushInfo(tr("Existing sites: {} polygons take {:.1f} ha of the raster.").format(
            len(wkbs), mask.sum() * grid.res_x * grid.res_y / 1e4))
        return mask

    def _write(self, parameters, context, grid, crs, regions):
        from ..core.locate import compactness
        fields = QgsFields()
        for name, kind in (("rank", "int"), ("area_ha", "double"), ("mean_score", "double"),
                           ("min_score", "double"), ("compactness", "double")):
            fields.append(make_field(name, kind))
        sink, dest = self.feature_sink(parameters, self.OUTPUT, context, fields,
                                          QgsWkbTypes.MultiPolygon, crs)
        if sink is None:
            raise InputError(tr("the output cannot be written"), self.OUTPUT)
        for number, region in enumerate(regions, 1):
            geom = QgsGeometry()
            geom.fromWkb(region_polygon(grid, region))
            feature = QgsFeature(fields)
            geom.convertToMultiType()
            feature.setGeometry(geom)
            feature.setAttributes([number, round(geom.area() / 1e4, 3), round(region.mean, 5),
                                   round(region.minimum, 5),
                                   round(compactness(geom.area(), geom.length()), 4)])
            sink.addFeature(feature, QgsFeatureSink.FastInsert)
        self.style_output(context, dest, "sites")
        return dest


def region_polygon(grid, region):
    """WKB of the cells of a region, dissolved into one (multi)polygon."""
    import numpy as np
    from rasterio import Affine
    from rasterio.features import shapes
    from shapely.geometry import shape
    from shapely.ops import unary_union

    r0, c0 = region.rows.min(), region.cols.min()
    mask = np.zeros((region.rows.max() - r0 + 1, region.cols.max() - c0 + 1), dtype=np.uint8)
    mask[region.rows - r0, region.cols - c0] = 1
    a, b, c, d, e, f = grid.transform
    transform = Affine(a, b, c + c0 * a, d, e, f + r0 * e)
    parts = [shape(g) for g, v in shapes(mask, mask=mask.astype(bool), transform=transform)
             if v == 1]
    return unary_union(parts).wkb
