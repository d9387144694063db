"""Fit Ruimte's nitrogen screening kernel to one AERIUS result, per substance.

Reproduces the defaults of ruimte_plugin/core/criteria/nitrogen.py (DEFAULT_KERNELS):

    .venv/bin/python scripts/fit_nitrogen_kernel.py

Data: tests/data/aerius/AERIUS_20200623162435_0_Situatie1.gml, an AERIUS Calculator 2019A
result (IMAER 2.2) published as demo data of the AERIUS QGIS plugin (opengeogroep/
AERIUS-QGIS-plugins, demodata/, added in commit 9bed103, GPL-2.0; see tests/data/aerius/
SOURCES.md): one source of 10 kg NH3/yr and 10 kg NOx/yr at 8 m height (heat content 0.4 MW),
deposition on 473 receptor hexagons of Natura 2000 habitat 65 m - 4.3 km away.

Kernel (see nitrogen.py): deposition per hectare per kg/yr emitted at distance r is
    m * 1e4 * A * max(r, r0)^-b,   m = 58.7 mol N/kg NH3 or 21.7 mol N/kg NOx,
with A fixed by the mass balance "share f of the emission lands within the 25 km cutoff".

Bands: the receptors lie on habitat only, so each distance samples few directions; the fit uses
the median per distance band. Edges 0, 500, 750, 1125, 1688, 2531, 4300 m: log-spaced by a
factor 1.5 from 500 m; the inner band holds every receptor below 500 m (only 11) and the outer
band runs on to the farthest receptor (4.28 km).

Fit: least squares on ln(kernel median / AERIUS median), equal weight per band. The core
radius r0 is not identified by these data: every value up to ~180 m fits equally well (the
inner band's median receptor lies at ~170 m) and larger values fit worse, so r0 = 100 m is
kept (an assumption) and b and f are fitted. The values are rounded (b to 0.05, f to 0.5
percentage point) and the table is printed for the rounded values. An emission-height term is
not fitted: the file holds one source height (8 m), so height cannot be separated from the rest.
"""

import math
import pathlib
import sys

import numpy as np
from scipy.optimize import least_squares

ROOT = pathlib.Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from ruimte_plugin.core.aerius import read_imaer                       # noqa: E402
from ruimte_plugin.core.criteria.nitrogen import (DEFAULT_CUTOFF, DEFAULT_KERNELS,  # noqa: E402
                                                  MOL_N_PER_KG_NH3, MOL_N_PER_KG_NOX, Kernel)

GML = ROOT / "tests" / "data" / "aerius" / "AERIUS_20200623162435_0_Situatie1.gml"
EDGES = (0.0, 500.0, 750.0, 1125.0, 1687.5, 2531.25, 4300.0)
#: a finer, log-spaced check (factor sqrt 2 from 500 m), printed but not fitted
CHECK_EDGES = (0.0, 500.0, 707.0, 1000.0, 1414.0, 2000.0, 2828.0, 4300.0)
CORE_RADIUS = 100.0
MOL_N = {"NH3": MOL_N_PER_KG_NH3, "NOX": MOL_N_PER_KG_NOX}
OLD = {"NOX": Kernel(1.5, 100.0, 0.05), "NH3": Kernel(2.0, 100.0, 0.30)}   # before the fit


def load(path=GML):
    """(distance to the source in m, {substance: deposition per kg/yr emitted}, result)."""
    result = read_imaer(str(path))
    assert len(result.sources) == 1, "the fit needs a single-source result"
    source = result.sources[0]
    distance = result.distance_to(source.x, source.y)
    per_kg = {s: result.values(s) / source.emission[s] for s in MOL_N}
    return distance, per_kg, result


def bands(distance, edges=EDGES):
    return [(distance >= lo) & (distance < hi) for lo, hi in zip(edges[:-1], edges[1:])]


def table(distance, per_kg, substance, kernel, edges=EDGES):
    """Rows (low, high, n, AERIUS median, kernel median, ratio) per band; per kg/yr emitted."""
    modelled = MOL_N[substance] * kernel.per_ha(distance)
    rows = []
    for (lo, hi), m in zip(zip(edges[:-1], edges[1:]), bands(distance, edges)):
        aerius, screening = float(np.median(per_kg[substance][m])), float(np.median(modelled[m]))
        rows.append((lo, hi, int(m.sum()), aerius, screening, screening / aerius))
    return rows


def fit(distance, per_kg, substance, core_radius=CORE_RADIUS, cutoff=DEFAULT_CUTOFF):
    """Least-squares b and f (r0 fixed) on the log ratio of the band medians."""
    def residuals(q):
        kernel = Kernel(q[0], core_radius, math.exp(q[1]), cutoff)
        return [math.log(row[5]) for row in table(distance, per_kg, substance, kernel)]
    sol = least_squares(residuals, (1.5, math.log(0.1)))
    return Kernel(float(sol.x[0]), core_radius, float(math.exp(sol.x[1])), cutoff)


def rounded(kernel):
    return Kernel(round(kernel.exponent * 20) / 20, kernel.core_radius,
                  round(kernel.fraction * 200) / 200, kernel.cutoff)


def share_within(kernel, radius):
    """Share of the emission deposited within ``radius`` (<= cutoff)."""
    # amplitude with f = 1 is 1 / (integral of r^-b over the disc)
    unit = Kernel(kernel.exponent, kernel.core_radius, 1.0, radius).amplitude
    return kernel.amplitude / unit


def print_table(rows, title):
    print(title)
    print(f"{'band (m)':>13} {'n':>4} {'AERIUS median':>14} {'kernel median':>14} {'ratio':>6}")
    for lo, hi, n, aerius, screening, ratio in rows:
        print(f"{lo:>6.0f}-{hi:<6.0f} {n:>4d} {aerius:>14.3e} {screening:>14.3e} {ratio:>6.2f}")
    ratios = [row[5] for row in rows]
    print(f"ratio range {min(ratios):.2f}-{max(ratios):.2f}\n")


def main():
    distance, per_kg, result = load()
    source = result.sources[0]
    print(f"{GML.name}: IMAER {result.version}, AERIUS {result.aerius_version}, "
          f"{len(result)} receptors at {distance.min():.0f}-{distance.max():.0f} m; source "
          f"'{source.label}' at {source.x:.0f}, {source.y:.0f}, height {source.height:g} m, "
          f"emission {source.emission}")
    print("Deposition in mol N/ha/yr per kg/yr emitted; kernel median = median of the kernel "
          "at the band's receptor distances.\n")
    for substance in ("NH3", "NOX"):
        free = fit(distance, per_kg, substance)
        print(f"== {substance}: least squares with r0 = {CORE_RADIUS:g} m: "
              f"b = {free.exponent:.3f}, f = {free.fraction:.4f}")
        for r0 in (50.0, 150.0, 200.0, 300.0):
            other = fit(distance, per_kg, substance, r0)
            rms = math.sqrt(np.mean([math.log(row[5]) ** 2 for row in
                                     table(distance, per_kg, substance, other)]))
            print(f"   (r0 = {r0:g} m: b = {other.exponent:.3f}, f = {other.fraction:.4f}, "
                  f"rms log ratio {rms:.3f})")
        kernel = rounded(free)
        shipped = DEFAULT_KERNELS[substance]
        flag = "" if shipped == kernel else "   <-- differs from DEFAULT_KERNELS"
        print(f"   rounded: {kernel.describe()}; {share_within(kernel, 5000):.1%} within "
              f"5 km{flag}\n")
        print_table(table(distance, per_kg, substance, kernel),
                    f"{substance}, fitted kernel b = {kernel.exponent:g}, r0 = "
                    f"{kernel.core_radius:g} m, f = {kernel.fraction:.1%}")
        print_table(table(distance, per_kg, substance, OLD[substance]),
                    f"{substance}, old kernel {OLD[substance].describe()}")
        print_table(table(distance, per_kg, substance, kernel, CHECK_EDGES),
                    f"{substance}, fitted kernel on finer bands (factor sqrt 2, not fitted)")


if __name__ == "__main__":
    main()
