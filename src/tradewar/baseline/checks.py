"""Validation of a :class:`~tradewar.baseline.Baseline`: labels, shapes, values, identities.

Every check raises :class:`~tradewar.errors.DataError` naming the array,
country and sector at fault.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

import numpy as np

from tradewar.errors import DataError

if TYPE_CHECKING:
    from tradewar.baseline.world import Baseline

__all__ = [
    "ACCOUNTING_RTOL",
    "SHARE_ATOL",
    "check_goods",
    "check_identities",
    "check_labels",
    "check_shapes",
    "check_values",
    "locate",
    "rescaled_shares",
]

#: Relative tolerance of the accounting identities checked on construction.
ACCOUNTING_RTOL = 1e-6
#: Tolerance on shares that must sum to one.
SHARE_ATOL = 1e-5


def check_labels(b: Baseline) -> None:
    """Country and sector labels: present and unique.

    Parameters
    ----------
    b : Baseline
        The world to check.
    """
    for kind, labels in (("country", b.countries), ("sector", b.sectors)):
        if not labels:
            raise DataError(f"baseline {b.name!r}: no {kind} labels")
        seen: set[str] = set()
        for label in labels:
            if label in seen:
                raise DataError(f"baseline {b.name!r}: {kind} {label!r} appears twice")
            seen.add(label)


def check_goods(b: Baseline) -> None:
    """Goods are known sectors; the currency unit is a positive number.

    Parameters
    ----------
    b : Baseline
        The world to check.
    """
    unknown = [s for s in b.goods if s not in b.sectors]
    if unknown:
        raise DataError(f"baseline {b.name!r}: goods names unknown sector {unknown[0]!r}")
    if b.usd_per_unit is not None and not (np.isfinite(b.usd_per_unit) and b.usd_per_unit > 0):
        raise DataError(f"baseline {b.name!r}: usd_per_unit must be a positive number")


def check_shapes(b: Baseline) -> None:
    """Every array has the shape its labels imply.

    Parameters
    ----------
    b : Baseline
        The world to check.
    """
    n, s = len(b.countries), len(b.sectors)
    expected = {
        "trade": (n, n, s),
        "tariff": (n, n, s),
        "io_shares": (n, s, s),
        "va_share": (n, s),
        "final_shares": (n, s),
        "theta": (s,),
        "profit_share": (n, s),
    }
    for attr, shape in expected.items():
        got = getattr(b, attr).shape
        if got != shape:
            raise DataError(
                f"baseline {b.name!r}: {attr} has shape {got}, expected {shape} "
                f"for {n} countries and {s} sectors"
            )


def locate(b: Baseline, array_name: str, index: tuple[int, ...]) -> str:
    """Describe an index of one of the baseline's arrays with labels.

    Parameters
    ----------
    b : Baseline
        The world whose labels name the axes.
    array_name : str
        The array's attribute name (``"trade"``, ``"io_shares"`` ...).
    index : tuple of int
        A position in that array, one integer per axis.

    Returns
    -------
    str
        E.g. ``"exporter CHN, importer USA, sector Textiles"``.
    """
    axes = {
        "trade": ("exporter", "importer", "sector"),
        "tariff": ("exporter", "importer", "sector"),
        "io_shares": ("country", "input sector", "output sector"),
        "va_share": ("country", "sector"),
        "final_shares": ("country", "sector"),
        "profit_share": ("country", "sector"),
        "theta": ("sector",),
    }[array_name]
    parts = []
    for axis, i in zip(axes, index, strict=True):
        labels = b.sectors if "sector" in axis else b.countries
        parts.append(f"{axis} {labels[i]}")
    return ", ".join(parts)


def _first_bad(b: Baseline, array_name: str, bad: np.ndarray, what: str) -> None:
    if bad.any():
        idx = tuple(int(i) for i in np.argwhere(bad)[0])
        value = getattr(b, array_name)[idx]
        raise DataError(
            f"baseline {b.name!r}: {array_name} {what} at {locate(b, array_name, idx)} "
            f"(value {float(value)!r}; {int(bad.sum())} cell(s) in all)"
        )


def check_values(b: Baseline) -> None:
    """Finite values in range; shares that sum to one (within :data:`SHARE_ATOL`).

    Parameters
    ----------
    b : Baseline
        The world to check.
    """
    for attr in ("trade", "tariff", "io_shares", "va_share", "final_shares", "theta"):
        _first_bad(b, attr, ~np.isfinite(getattr(b, attr)), "is NaN or infinite")
    _first_bad(b, "trade", b.trade < 0, "is negative")
    _first_bad(b, "tariff", b.tariff <= -1, "is at or below -100%")
    _first_bad(b, "theta", b.theta <= 0, "(trade elasticity) is not positive")
    _first_bad(b, "va_share", (b.va_share < 0) | (b.va_share > 1), "is outside [0, 1]")
    _first_bad(b, "final_shares", b.final_shares < 0, "is negative")
    _first_bad(b, "io_shares", b.io_shares < 0, "is negative")
    profit = b.profit_share
    assert profit is not None  # Baseline.__post_init__ fills in zeros before the checks
    _first_bad(b, "profit_share", ~np.isfinite(profit), "is NaN or infinite")
    _first_bad(
        b,
        "profit_share",
        (profit < 0) | (profit > b.va_share + 1e-12),
        "is outside [0, va_share]",
    )
    alpha_sum = b.final_shares.sum(axis=1)
    bad = np.abs(alpha_sum - 1) > SHARE_ATOL
    if bad.any():
        n = int(np.argmax(bad))
        raise DataError(
            f"baseline {b.name!r}: final_shares of country {b.countries[n]} sum to "
            f"{alpha_sum[n]:.6f}, not 1"
        )
    gamma_sum = b.io_shares.sum(axis=1)  # (N, S): over input sectors
    uses_inputs = b.va_share < 1 - 1e-12
    bad = uses_inputs & (np.abs(gamma_sum - 1) > SHARE_ATOL)
    if bad.any():
        n, s = (int(i) for i in np.argwhere(bad)[0])
        raise DataError(
            f"baseline {b.name!r}: io_shares of country {b.countries[n]}, output sector "
            f"{b.sectors[s]} sum to {gamma_sum[n, s]:.6f} over input sectors, not 1"
        )


def rescaled_shares(b: Baseline) -> tuple[np.ndarray, np.ndarray]:
    """Shares that passed the tolerance check, rescaled to sum to one exactly: ``(α, γ)``.

    Published tables round their coefficients (sums of 0.999998 occur); the
    model's adding-up (Walras' law) needs exact sums.

    Parameters
    ----------
    b : Baseline
        A world whose shares passed :func:`check_values`.

    Returns
    -------
    alpha : numpy.ndarray
        (N, S) final-demand shares α, read-only.
    gamma : numpy.ndarray
        (N, S, S) input-output shares γ (input sector, output sector), read-only;
        zero where a sector uses no inputs.
    """
    alpha = b.final_shares / b.final_shares.sum(axis=1, keepdims=True)
    totals = b.io_shares.sum(axis=1, keepdims=True)
    gamma = np.divide(b.io_shares, totals, out=np.zeros_like(b.io_shares), where=totals > 0)
    for arr in (alpha, gamma):
        arr.setflags(write=False)
    return alpha, gamma


def check_identities(b: Baseline, rtol: float = ACCOUNTING_RTOL) -> None:
    """Check the goods-market identity in every country and sector.

    Expenditure on sector ``s`` equals intermediate use plus final use
    (Caliendo & Parro 2015, eq. 7)::

        X_n^s = Σ_k γ_n^{s,k} (1 − β_n^k) Y_n^k + α_n^s I_n,
        I_n   = VA_n + R_n + D_n   (income = value added + tariff revenue + deficit)

    Parameters
    ----------
    b : Baseline
        The world to check.
    rtol : float, default ACCOUNTING_RTOL
        Tolerance on each cell's gap, relative to average expenditure per cell.

    Raises
    ------
    DataError
        Naming the country and sector with the largest gap.
    """
    if (b.income <= 0).any():
        n = int(np.argmin(b.income))
        raise DataError(
            f"baseline {b.name!r}: final spending of country {b.countries[n]} is "
            f"{b.income[n]:.6g} (value added {b.value_added[n]:.6g} + tariff revenue "
            f"{b.tariff_revenue[n]:.6g} + deficit {b.deficit[n]:.6g}); it must be "
            "positive"
        )
    gap = b.expenditure - b.absorption_implied
    scale = max(float(b.expenditure.sum()), 1e-300)
    rel = np.abs(gap) / scale * b.expenditure.size
    if (rel > rtol).any():
        n, s = (int(k) for k in np.unravel_index(int(np.argmax(rel)), rel.shape))
        raise DataError(
            f"baseline {b.name!r}: goods-market identity fails for country "
            f"{b.countries[n]}, sector {b.sectors[s]}: expenditure "
            f"{b.expenditure[n, s]:.6g} but intermediate + final use "
            f"{b.absorption_implied[n, s]:.6g}"
        )
