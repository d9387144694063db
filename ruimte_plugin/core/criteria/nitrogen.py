"""Nitrogen deposition screening: what would a company at this cell deposit on
nitrogen-sensitive habitat? A SCREENING ESTIMATE, never an AERIUS calculation.

Units: emissions in kg/yr, deposition in mol N/ha/yr, load in mol N/yr.

Conversion (stoichiometry; RIVM NH3 in docs/references.md): 1 kg NH3 = 58.7 mol N
(1000/17.03); 1 kg NOx counted as NO2 = 21.7 mol N (1000/46.01).

Kernel (per substance): the deposition per hectare at distance r from a source emitting E mol N/yr
is D(r) = E * k(r) * 10^4 (k in 1/m2), with
    k(r) = A * max(r, r0)^-b   for r <= R (CUTOFF),   k(r) = 0 beyond R,
a power law with a flat core of radius r0. A follows from mass balance: the share f of the
emission that lands within R is the integral of k over the disc,
    f = A * (pi r0^(2-b) + 2 pi (R^(2-b) - r0^(2-b)) / (2 - b))   (b != 2)
    f = A * (pi + 2 pi ln(R / r0))                                 (b == 2).
No published simplified distance-decay curve exists, so the defaults are fitted to one AERIUS
result (scripts/fit_nitrogen_kernel.py): AERIUS Calculator 2019A, one source of 10 kg NH3/yr and
10 kg NOx/yr at 8 m height (heat content 0.4 MW) in Noord-Brabant, deposition on 473 Natura 2000
receptor hexagons 65 m - 4.3 km away; published as demo data of the IMAER plugin for QGIS
(OpenGeoGroep 2020: https://github.com/opengeogroep/AERIUS-QGIS-plugins, file
demodata/AERIUS_20200623162435_0_Situatie1.gml, commit 9bed103). Least squares on the log ratio
of the medians per distance band (0-0.5, 0.5-0.75, 0.75-1.13, 1.13-1.69, 1.69-2.53, 2.53-4.3
km: factor 1.5 from 0.5 km; 11-137 receptors each), rounded:
  NH3: b = 1.55, r0 = 100 m, f = 18 % within 25 km (8.1 % within 5 km);
  NOx: b = 1.55, r0 = 100 m, f = 3.5 % within 25 km (1.6 % within 5 km).
Remaining error, kernel median / AERIUS median per band: NH3 0.98, 0.77, 1.08, 1.30, 1.10, 0.77;
NOx 1.07, 0.72, 0.99, 1.24, 1.13, 0.86 (on finer bands, factor sqrt 2, up to 1.72 for NH3 at
1.0-1.4 km; at single receptors 80 % lie within 0.6-2.1 for NH3, 0.6-1.7 for NOx). The
guessed defaults before the fit (NH3 b = 2, f = 30 %; NOx b = 1.5, f = 5 %)
gave 1.2-5.2 x (NH3) and 0.9-1.7 x (NOx) the AERIUS medians.
Limits: one source, one height (8 m), one location, one AERIUS version. r0 is not determined by
these data (any r0 up to ~180 m fits equally well, larger fits worse): 100 m is an assumption.
No emission-height term: with a single source height it cannot be fitted; taller stacks deposit
less nearby. f within 25 km extrapolates the power law beyond the farthest receptor (4.3 km).
The fitted f holds for R = 25 km; another CUTOFF with the same f rescales the whole kernel.
R = 25 km: AERIUS counts deposition only up to 25 km since 2021 (LNV 2021).

Sensitive habitat: KDW < 2400 mol N/ha/yr, or no KDW given (AERIUS factsheets).
Overloaded habitat: background deposition > KDW.

Outputs:
* DEPOSITION at a cell = the largest deposition on any sensitive habitat cell if the company
  stood there. The kernel falls with distance, so that is D at the distance to the nearest
  sensitive habitat cell (the distance helper; cells touched by a habitat count as habitat).
* LOAD at a cell = the deposition summed over all overloaded habitat area (mol N/yr): a
  convolution of the overloaded area (ha per cell, cell-centre rule) with the kernel, by FFT.
* score = 1 at or below THRESHOLD (0.005 mol N/ha/yr: the current practice, Ons Levend
  Landschap; 1.0 is the proposed "rekenkundige ondergrens", RvS 2025, LNV 2025), 0 at or above
  UPPER, and in between 1 - ln(D / THRESHOLD) / ln(UPPER / THRESHOLD) (log scale: each
  factor 10 costs the same).
  UPPER defaults to 200 x THRESHOLD (1.0 mol N/ha/yr at the default threshold; assumption).
"""

from dataclasses import dataclass
import math

import numpy as np

from ..errors import InputError
from ..i18n import tr

MOL_N_PER_KG_NH3 = 58.7
MOL_N_PER_KG_NOX = 21.7
SENSITIVE_KDW = 2400.0
DEFAULT_THRESHOLD = 0.005
DEFAULT_UPPER_FACTOR = 200.0
DEFAULT_CUTOFF = 25000.0
M2_PER_HA = 1e4
#: English, for the provenance metadata (RUIMTE_CONVENTIONS, in English like every tag);
#: messages use screening_note().
SCREENING_NOTE = ("screening estimate with a distance-decay kernel; not an AERIUS/OPS "
                  "calculation and not valid for a permit")

F32 = np.float32


def screening_note():
    """SCREENING_NOTE in the user's language, for messages (translated when called)."""
    return tr("screening estimate with a distance-decay kernel; not an AERIUS/OPS "
              "calculation and not valid for a permit")


@dataclass(frozen=True)
class Kernel:
    """k(r) = A max(r, r0)^-b for r <= cutoff, normalised so that a share ``fraction`` of the
    emission lands within the cutoff."""

    exponent: float
    core_radius: float
    fraction: float
    cutoff: float = DEFAULT_CUTOFF

    def validate(self):
        if not 0 < self.exponent < 3:
            raise InputError(tr("the kernel exponent must lie between 0 and 3"), "exponent")
        if not 0 < self.core_radius < self.cutoff:
            raise InputError(tr("the kernel core radius must be above 0 and below the cutoff"),
                             "core_radius")
        if not 0 < self.fraction <= 1:
            raise InputError(tr("the deposited fraction must lie in (0, 1]"), "fraction")
        return self

    @property
    def amplitude(self):
        """A in k(r) = A r^-b (units m^(b-2)), from the mass balance."""
        b, r0, big_r = self.exponent, self.core_radius, self.cutoff
        if abs(b - 2.0) < 1e-12:
            integral = math.pi + 2 * math.pi * math.log(big_r / r0)
        else:
            integral = (math.pi * r0 ** (2 - b)
                        + 2 * math.pi * (big_r ** (2 - b) - r0 ** (2 - b)) / (2 - b))
        return self.fraction / integral

    def per_m2(self, r):
        """k(r) in 1/m2 (float64)."""
        r = np.asarray(r, dtype=np.float64)
        k = self.amplitude * np.maximum(r, self.core_radius) ** (-self.exponent)
        return np.where(r <= self.cutoff, k, 0.0)

    def per_ha(self, r):
        """Deposition per hectare per mol N/yr emitted, at distance r (m)."""
        return self.per_m2(r) * M2_PER_HA

    def describe(self):
        return (f"k(r) = A max(r, {self.core_radius:g} m)^-{self.exponent:g}, "
                f"{self.fraction:.1%} within {self.cutoff:g} m")


#: fitted to an AERIUS Calculator 2019A result (OpenGeoGroep 2020; scripts/fit_nitrogen_kernel.py);
#: r0 = 100 m is an assumption (not determined by the data)
DEFAULT_KERNELS = {
    "NOX": Kernel(exponent=1.55, core_radius=100.0, fraction=0.035),
    "NH3": Kernel(exponent=1.55, core_radius=100.0, fraction=0.18),
}
#: kernel median / AERIUS median per distance band (km) for the defaults, for the help text
CALIBRATION_BANDS_KM = ("0-0.5", "0.5-0.75", "0.75-1.13", "1.13-1.69", "1.69-2.53", "2.53-4.3")
CALIBRATION_RATIOS = {"NH3": (0.98, 0.77, 1.08, 1.30, 1.10, 0.77),
                      "NOX": (1.07, 0.72, 0.99, 1.24, 1.13, 0.86)}


def emission_mol_n(nox_kg, nh3_kg):
    return {"NOX": nox_kg * MOL_N_PER_KG_NOX, "NH3": nh3_kg * MOL_N_PER_KG_NH3}


def sensitive(kdw):
    """Habitat is nitrogen-sensitive when KDW < 2400 or unknown (NaN/None)."""
    k = np.asarray([np.nan if v is None else v for v in np.atleast_1d(kdw)], dtype=np.float64)
    return np.isnan(k) | (k < SENSITIVE_KDW)


def overloaded(kdw, background):
    """Background deposition above KDW (both known)."""
    k = np.asarray([np.nan if v is None else v for v in np.atleast_1d(kdw)], dtype=np.float64)
    b = np.asarray([np.nan if v is None else v for v in np.atleast_1d(background)],
                   dtype=np.float64)
    return ~np.isnan(k) & ~np.isnan(b) & (b > k)


@dataclass(frozen=True)
class NitrogenModel:
    nox_kg: float
    nh3_kg: float
    kernels: tuple = (DEFAULT_KERNELS["NOX"], DEFAULT_KERNELS["NH3"])   # NOx, NH3
    threshold: float = DEFAULT_THRESHOLD
    upper: float = None

    def validate(self):
        """Errors name the field: emissions, threshold, upper, cutoff, or a kernel's field with
        its substance (nox_exponent, nh3_core_radius, ...)."""
        if not (self.nox_kg >= 0 and self.nh3_kg >= 0):
            raise InputError(tr("emissions must be 0 kg/yr or more"), "emissions")
        if not self.threshold > 0:
            raise InputError(tr("the threshold must be above 0 mol N/ha/yr"), "threshold")
        if not self.upper_bound > self.threshold:
            raise InputError(tr("UPPER must be above THRESHOLD (e.g. 200 x THRESHOLD)"), "upper")
        for substance, kernel in zip(("nox", "nh3"), self.kernels):
            try:
                kernel.validate()
            except InputError as err:
                err.parameter = f"{substance}_{err.parameter}"
                raise
        if self.kernels[0].cutoff != self.kernels[1].cutoff:
            raise InputError(tr("both kernels must share one cutoff"), "cutoff")
        return self

    @property
    def upper_bound(self):
        return self.threshold * DEFAULT_UPPER_FACTOR if self.upper is None else self.upper

    @property
    def cutoff(self):
        return self.kernels[0].cutoff

    def deposition(self, distance):
        """mol N/ha/yr at ``distance`` (m) from the source: sum over both substances."""
        e = emission_mol_n(self.nox_kg, self.nh3_kg)
        r = np.asarray(distance, dtype=np.float64)
        total = e["NOX"] * self.kernels[0].per_ha(r) + e["NH3"] * self.kernels[1].per_ha(r)
        out = total.astype(F32)
        out[np.isnan(r)] = np.nan
        return out

    def score(self, deposition):
        d = np.asarray(deposition, dtype=np.float64)
        t, u = self.threshold, self.upper_bound
        with np.errstate(divide="ignore", invalid="ignore"):
            s = 1.0 - np.log(np.maximum(d, t) / t) / math.log(u / t)
        out = np.clip(s, 0.0, 1.0).astype(F32)
        out[np.isnan(d)] = np.nan
        return out

    def kernel_image(self, res_x, res_y, supersample=1):
        """Deposition (mol N/ha/yr) at the cells around a source in the centre cell, out to the
        cutoff; with supersample > 1 each cell holds the mean over its sub-points."""
        from ..convolution import radial_image
        return radial_image(res_x, res_y, self.cutoff, self.deposition, supersample)

    def conventions(self):
        return {
            "note": SCREENING_NOTE,
            "mol_n_per_kg": {"NH3": MOL_N_PER_KG_NH3, "NOx (as NO2)": MOL_N_PER_KG_NOX},
            "kernel_nox": self.kernels[0].describe(),
            "kernel_nh3": self.kernels[1].describe(),
            "sensitive": f"KDW < {SENSITIVE_KDW:g} mol N/ha/yr or KDW unknown",
            "score": (f"1 at D <= {self.threshold:g}, 0 at D >= {self.upper_bound:g}, "
                      "1 - ln(D/T)/ln(U/T) between"),
        }


def load_field(grid, overloaded_habitat, model, budget=None, progress=None, threads=1):
    """LOAD (mol N/yr deposited on overloaded habitat) for a source at every cell: the
    overloaded area per cell (ha, cell-centre rule) convolved with the deposition kernel
    (core.convolution; coarser cells when the FFT would not fit in ``budget``)."""
    from ..convolution import BUDGET_BYTES, ConvolutionField

    cell_ha = F32(grid.cell_area / M2_PER_HA)
    return ConvolutionField(
        grid, lambda g, w: overloaded_habitat.mask(g, w).astype(F32) * cell_ha,
        model.kernel_image, model.cutoff, BUDGET_BYTES if budget is None else budget, progress,
        threads)
