"""The coarse arrays behind the panel's live preview, computed ONCE by the Processing
algorithms themselves.

1. ``ruimte:profilesuitability`` with the panel's profile at a coarse PIXEL_SIZE writes every
   criterion score, EXCLUDED (hard rules; NoData outside the study area) and OUTPUT.
2. For each editable curve (gui.model.CURVES) the criterion's own algorithm runs once more on
   exactly that grid, with the child parameters profilesuitability gives it (its ``_plan``),
   for the raw values: accessibility's distances (capped at ``CAP_FACTOR`` x the profile's
   maximum distance, so the maximum can be raised in the panel) and nitrogen's DEPOSITION.

After that every edit is numpy on these arrays (gui.model.preview): milliseconds.
"""

import os
import tempfile

import numpy as np
from osgeo import gdal
from qgis.core import (QgsApplication, QgsProcessingContext, QgsProcessingFeedback,
                       QgsProject)

from ..algorithms.profile_inputs import ACCEPT_MISSING, PROFILE_FILE, read_profile_inputs
from ..algorithms.profile_suitability import CRITERION_OUTPUTS
from .model import CURVES

#: raw distances are exact up to this multiple of the profile's maximum distance (assumption:
#: room to triple the maximum in the panel; beyond the cap the score is 0 anyway)
CAP_FACTOR = 3.0
ACCESS_LIMITS = {"road": ("IDEAL_DISTANCE", "MAX_DISTANCE"),
                 "water": ("WATER_IDEAL_DISTANCE", "WATER_MAX_DISTANCE"),
                 "rail": ("RAIL_IDEAL_DISTANCE", "RAIL_MAX_DISTANCE")}


def read_array(path):
    """Band 1 as float32 with NoData as NaN."""
    dataset = gdal.Open(str(path))
    band = dataset.GetRasterBand(1)
    values = band.ReadAsArray().astype(np.float32)
    nodata = band.GetNoDataValue()
    if nodata is not None:
        values[values == np.float32(nodata)] = np.nan
    return values


def grid_of(path):
    """(EXTENT string, pixel size) of a raster, for running on exactly its grid."""
    dataset = gdal.Open(str(path))
    x0, dx, _, y0, _, dy = dataset.GetGeoTransform()
    x1, y1 = x0 + dx * dataset.RasterXSize, y0 + dy * dataset.RasterYSize
    srs = dataset.GetSpatialRef()
    authority = f"{srs.GetAuthorityName(None)}:{srs.GetAuthorityCode(None)}" if srs else ""
    return f"{x0},{x1},{min(y0, y1)},{max(y0, y1)} [{authority}]", abs(dx)


def run_parameters(profile_path, inputs, pixel_size, extent=None, study_area=None,
                   accept_missing=False):
    """The parameters of ruimte:profilesuitability for the panel: layers as their sources."""
    params = {PROFILE_FILE: str(profile_path), ACCEPT_MISSING: bool(accept_missing),
              "PIXEL_SIZE": float(pixel_size)}
    params.update({k: v for k, v in inputs.items() if v})
    if extent:
        params["EXTENT"] = extent
    if study_area:
        params["STUDY_AREA"] = study_area
    return params


def compute_arrays(state, inputs, pixel_size, extent=None, study_area=None,
                   accept_missing=False, feedback=None, folder=None):
    """The coarse arrays for gui.model.preview: {"scores", "raw", "excluded", "output",
    "caps", "extent", "pixel"}. Runs in the calling thread (seconds at coarse cells)."""
    import processing
    folder = folder or tempfile.mkdtemp(prefix="ruimte-panel-")
    os.makedirs(folder, exist_ok=True)
    profile_path = os.path.join(folder, "profile.json")
    state.save(profile_path)
    context = QgsProcessingContext()
    context.setProject(QgsProject.instance())
    feedback = feedback or QgsProcessingFeedback()
    params = run_parameters(profile_path, inputs, pixel_size, extent, study_area, accept_missing)
    out = lambda name: os.path.join(folder, f"{name.lower()}.tif")  # noqa: E731
    params.update({"OUTPUT": out("OUTPUT"), "EXCLUDED": out("EXCLUDED"),
                   "EVIDENCE": "TEMPORARY_OUTPUT"})
    params.update({name: out(name) for name in CRITERION_OUTPUTS.values()})
    result = processing.run("ruimte:profilesuitability", params, context=context,
                            feedback=feedback)
    arrays = {"scores": {c: read_array(result[n]) for c, n in CRITERION_OUTPUTS.items()
                         if result.get(n) and os.path.exists(result[n])},
              "excluded": read_array(result["EXCLUDED"]), "output": read_array(result["OUTPUT"]),
              "raw": {}, "caps": {}}
    arrays["extent"], arrays["pixel"] = grid_of(result["OUTPUT"])
    grid = {"EXTENT": arrays["extent"], "PIXEL_SIZE": arrays["pixel"]}
    plan = _plan(state, params, context, feedback)
    profile = state.profile()
    for curve in state.curves():
        if curve.criterion not in plan or curve.criterion not in arrays["scores"]:
            continue
        alg_id, child = plan[curve.criterion]
        child = dict(grid, **{k: v for k, v in child.items() if v is not None})
        child[curve.raw_output] = out(curve.key.replace(".", "_") + "_raw")
        child["OUTPUT"] = "TEMPORARY_OUTPUT"
        if curve.mode:
            ideal, maximum = ACCESS_LIMITS[curve.mode]
            if maximum not in child:                      # this mode had no data
                continue
            cap = CAP_FACTOR * getattr(profile, curve.mode).max_m
            child[maximum] = cap
            arrays["caps"][curve.key] = cap
        res = processing.run(alg_id, child, context=context, feedback=feedback)
        arrays["raw"][curve.key] = read_array(res[curve.raw_output])
    return arrays


def _plan(state, params, context, feedback):
    """{criterion: (algorithm id, child parameters)} exactly as profilesuitability plans it."""
    alg = QgsApplication.processingRegistry().createAlgorithmById("ruimte:profilesuitability")
    sources, layers = read_profile_inputs(alg, params, context)
    plan, _ = alg._plan(state.profile(), params, sources, layers, feedback)  # noqa: SLF001
    return plan


def raw_label(key):
    """The unit of a curve's raw values."""
    return CURVES[key].unit
