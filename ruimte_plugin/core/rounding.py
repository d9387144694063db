"""Many numbers rounded to a number of decimals at once, to the same floats as Python's round.

numpy's np.round multiplies by 10**digits, rounds to an integer and divides again; where the
product lands within its own rounding error of a half-way point (12332.293125 to 5 decimals) it
can round the other way than Python's round, which rounds the exact binary value. Those few
values are rounded by Python; all others are the same float either way (the integer is the
same, and the division gives the float nearest to it / 10**digits, as Python's round does)."""

import numpy as np


def rounded(values, digits):
    """``values`` (array-like of floats) rounded to ``digits`` decimals, as a float64 array:
    element for element Python's round(v, digits); NaN and inf stay as they are."""
    values = np.asarray(values, dtype=np.float64)
    out = np.round(values, digits)
    scaled = values * 10.0 ** digits
    with np.errstate(invalid="ignore"):
        near = np.abs(np.abs(scaled - np.floor(scaled)) - 0.5) <= np.abs(scaled) * 1e-15 + 1e-12
    near &= np.isfinite(values)
    if near.any():
        out[near] = [round(v, digits) for v in values[near].tolist()]
    return out
