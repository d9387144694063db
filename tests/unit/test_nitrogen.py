"""Nitrogen screening kernel: conversions, mass balance, decay, cutoff, hand calculations,
score scale and the FFT load against a direct sum."""

import math

import numpy as np
import pytest
from scipy.integrate import quad

from ruimte_plugin.core.criteria.nitrogen import (DEFAULT_KERNELS, MOL_N_PER_KG_NH3,
                                                  MOL_N_PER_KG_NOX, Kernel, load_field,
                                                  NitrogenModel, overloaded, sensitive)
from ruimte_plugin.core.errors import InputError
from ruimte_plugin.core.grid import AnalysisGrid
from ruimte_plugin.core.rasterize import FeatureSet


def test_conversion_factors_from_molar_masses():
    # NH3: 14.007 + 3 * 1.008 = 17.031 g/mol; NO2: 14.007 + 2 * 15.999 = 46.005 g/mol
    assert MOL_N_PER_KG_NH3 == pytest.approx(1000 / 17.031, abs=0.05)
    assert MOL_N_PER_KG_NOX == pytest.approx(1000 / 46.005, abs=0.05)


@pytest.mark.parametrize("kernel", [DEFAULT_KERNELS["NOX"], DEFAULT_KERNELS["NH3"],
                                    Kernel(1.2, 50, 0.1, 10000)])
def test_mass_balance_radial_integral(kernel):
    """Integral of k over the disc of the cutoff radius equals the stated fraction."""
    inner, _ = quad(lambda r: kernel.per_m2(r) * 2 * math.pi * r, 0, kernel.core_radius)
    outer, _ = quad(lambda r: kernel.per_m2(r) * 2 * math.pi * r, kernel.core_radius,
                    kernel.cutoff, limit=200)
    assert inner + outer == pytest.approx(kernel.fraction, rel=1e-6)


def test_mass_balance_on_a_grid_within_one_percent():
    """Deposition summed over 25 m cells within the cutoff = f * E within 1 %."""
    model = NitrogenModel(nox_kg=10000, nh3_kg=5000).validate()
    image = model.kernel_image(25, 25).astype(np.float64)        # mol N/ha/yr per cell
    deposited = image.sum() * 25 * 25 / 1e4                        # mol N/yr
    emitted = {"NOX": 10000 * 21.7, "NH3": 5000 * 58.7}
    # default shares within 25 km: NOx 3.5 %, NH3 18 % -> 7,595 + 52,830 = 60,425 mol N/yr
    expected = emitted["NOX"] * 0.035 + emitted["NH3"] * 0.18
    assert expected == pytest.approx(60425)
    assert deposited == pytest.approx(expected, rel=0.01)


def test_monotonic_decay_and_zero_beyond_cutoff():
    model = NitrogenModel(nox_kg=1000, nh3_kg=1000).validate()
    r = np.linspace(0, 30000, 3001)
    d = model.deposition(r).astype(np.float64)
    inside = r <= 25000
    assert np.all(np.diff(d[inside]) <= 0)
    assert np.all(d[~inside] == 0) and d[inside][-1] > 0
    assert d[0] == d[1] == model.deposition([100.0])[0]          # flat core up to r0 = 100 m


def test_one_source_one_habitat_cell_by_hand():
    """10 t NOx/yr, habitat 2 km away, default NOx kernel (b = 1.55, r0 = 100 m, f = 3.5 %).

    E = 10,000 kg x 21.7 = 217,000 mol N/yr.
    Mass balance: A = 0.035 / (pi * 100^0.45 + 2 pi (25000^0.45 - 100^0.45) / 0.45)
                    = 0.035 / (pi * 7.94328 + 13.96263 * (95.29563 - 7.94328))
                    = 0.035 / (24.9546 + 1219.669) = 0.035 / 1244.623 = 2.812095e-5.
    k(2000) = A * 2000^-1.55 = 2.812095e-5 * 7.645458e-6 = 2.149976e-10 per m2 -> x 1e4 per ha.
    D = 217,000 * 2.149976e-6 = 0.466545 mol N/ha/yr.
    """
    a = 0.035 / (math.pi * 100 ** 0.45 + 2 * math.pi * (25000 ** 0.45 - 100 ** 0.45) / 0.45)
    assert a == pytest.approx(2.812095e-5, rel=1e-6)
    assert 2000 ** -1.55 == pytest.approx(7.645458e-6, rel=1e-6)
    by_hand = 217000 * a * 2000 ** -1.55 * 1e4
    assert by_hand == pytest.approx(0.466545, rel=1e-5)
    model = NitrogenModel(nox_kg=10000, nh3_kg=0).validate()
    assert model.deposition([2000.0])[0] == pytest.approx(by_hand, rel=1e-6)


def test_score_log_scale():
    model = NitrogenModel(1, 0, threshold=0.005).validate()          # upper = 1.0
    d = np.array([0, 0.005, math.sqrt(0.005 * 1.0), 1.0, 7, np.nan])
    s = model.score(d)
    assert s[:5].tolist() == pytest.approx([1, 1, 0.5, 0, 0], abs=1e-6)
    assert np.isnan(s[5])
    with pytest.raises(InputError) as err:
        NitrogenModel(1, 0, threshold=1.0, upper=0.5).validate()
    assert err.value.parameter == "upper"


def test_sensitive_and_overloaded():
    assert sensitive([500, 2399, 2400, None]).tolist() == [True, True, False, True]
    assert overloaded([500, 2000, None, 800], [600, 1500, 900, None]).tolist() == \
        [True, False, False, False]


def direct_load(grid, cells_ha, model):
    """Sum over overloaded cells of area * D(distance) for every cell, by brute force."""
    rows, cols = np.mgrid[0:grid.height, 0:grid.width]
    out = np.zeros(grid.shape)
    for r, c in zip(*np.nonzero(cells_ha)):
        dist = np.hypot((rows - r) * grid.res_y, (cols - c) * grid.res_x)
        out += cells_ha[r, c] * model.deposition(dist)
    return out


def test_fft_load_equals_direct_sum_and_coarse_is_close():
    from shapely.geometry import box
    grid = AnalysisGrid.from_bounds(0, 0, 6000, 5000, 100)
    model = NitrogenModel(nox_kg=5000, nh3_kg=2000, kernels=(
        Kernel(1.5, 100, 0.05, 3000), Kernel(2.0, 100, 0.3, 3000))).validate()
    habitat = [box(1000, 1000, 1600, 1400).wkb, box(4500, 3000, 5500, 4400).wkb]
    fine = load_field(grid, FeatureSet(habitat), model)
    assert fine.factor == 1
    load = np.vstack([np.hstack([fine.compute(w) for w in row]) for row in [list(grid.blocks())]])
    cells = np.zeros(grid.shape)
    mask = FeatureSet(habitat).mask(grid, list(grid.blocks())[0])
    cells[mask] = 1.0                                    # 100 m cells = 1 ha each
    truth = direct_load(grid, cells, model)
    assert np.allclose(load, truth, rtol=1e-4, atol=1e-3 * truth.max())
    coarse = load_field(grid, FeatureSet(habitat), model, budget=fine.memory_needed(1) - 1)
    assert coarse.factor == 2                                            # 200 m cells
    approx = coarse.compute(list(grid.blocks())[0])
    far = truth > 0.2 * truth.max()
    assert np.median(np.abs(approx[far] - truth[far]) / truth[far]) < 0.15
