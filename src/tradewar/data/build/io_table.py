"""Build a baseline from a multi-regional input–output table (ICIO, WIOD, ...).

Every MRIO loader reduces its source to three arrays and calls
:func:`baseline_from_io_table`:

``intermediate[i, k, n, s]``
    sales of sector k of country i to sector s of country n (basic prices);
``final[i, k, n]``
    sales of sector k of country i to final users (all categories) in country n;
``gross_output[i, k]`` (optional)
    reported output, used only to report discrepancies: the baseline takes
    output as total sales so that markets clear.

From these: trade flows ``trade[i, n, k] = Σ_s intermediate[i, k, n, s] + final[i, k, n]``,
input–output shares ``γ_n^{k,s}`` = purchases of input k (from all origins) by
(n, s) over its total intermediate purchases, value-added shares
``β_n^s = 1 − purchases / output`` (capped to at least ``min_va_share``), and
final-demand shares from final purchases.  Negative cells (inventory changes,
statistical discrepancies) are set to zero and counted in the audit.
"""

from __future__ import annotations

import warnings
from dataclasses import dataclass, field

import numpy as np

from tradewar.baseline import Baseline
from tradewar.errors import DataError, DataWarning

__all__ = ["IOAudit", "baseline_from_io_table"]

#: Smallest value-added share allowed (as the OECD-derived bench data does).
MIN_VA_SHARE = 0.02


@dataclass
class IOAudit:
    """What the construction had to change in the source table.

    Parameters
    ----------
    negative_intermediate_cells : int, default 0
        Negative intermediate-flow cells set to zero.
    negative_intermediate_mass : float, default 0.0
        Their sum (a negative number).
    negative_final_cells : int, default 0
        Negative final-demand cells set to zero.
    negative_final_mass : float, default 0.0
        Their sum (a negative number).
    va_share_capped : int, default 0
        Value-added shares raised to the floor :data:`MIN_VA_SHARE`.
    max_output_discrepancy : float, default 0.0
        Largest gap between reported output and total sales, relative to
        reported output.
    notes : list of str, optional
        Further lines for the data card (default empty).
    """

    negative_intermediate_cells: int = 0
    negative_intermediate_mass: float = 0.0
    negative_final_cells: int = 0
    negative_final_mass: float = 0.0
    va_share_capped: int = 0
    max_output_discrepancy: float = 0.0
    notes: list[str] = field(default_factory=list)

    def lines(self) -> list[str]:
        """Human-readable lines for data cards."""
        out = [
            f"negative intermediate cells set to zero: {self.negative_intermediate_cells} "
            f"(mass {self.negative_intermediate_mass:.4g})",
            f"negative final-demand cells set to zero: {self.negative_final_cells} "
            f"(mass {self.negative_final_mass:.4g})",
            f"value-added shares raised to the floor of {MIN_VA_SHARE}: {self.va_share_capped}",
            f"largest gap between reported output and total sales: "
            f"{100 * self.max_output_discrepancy:.2f}%",
        ]
        return out + self.notes


def _zeroed(name: str, what: str, negative: np.ndarray, cells: np.ndarray, largest: str) -> None:
    """Warn that negative cells were set to zero: how many, their sum, the largest and where."""
    warnings.warn(
        DataWarning(
            f"{name}: {int(negative.sum())} negative {what} cell(s) set to zero (sum "
            f"{float(cells[negative].sum()):.4g}; the largest {float(cells.min()):.4g}, "
            f"{largest})"
        ),
        stacklevel=3,
    )


def baseline_from_io_table(
    countries: tuple[str, ...] | list[str],
    sectors: tuple[str, ...] | list[str],
    intermediate: np.ndarray,
    final: np.ndarray,
    theta: np.ndarray,
    *,
    gross_output: np.ndarray | None = None,
    tariff: np.ndarray | None = None,
    name: str = "io-table",
    description: str = "",
    audit: IOAudit | None = None,
    usd_per_unit: float | None = 1e6,
    goods: tuple[str, ...] = (),
) -> Baseline:
    """A baseline from an MRIO table.

    When tariffs or capped value-added shares keep the table from adding up
    exactly, the world is returned raw (``check_accounting`` off): the data layer
    never solves; :func:`tradewar.datasets.reconcile` turns it into the model's
    equilibrium with the observed deficits.

    Parameters
    ----------
    countries, sectors : tuple of str or list of str
        Labels, N and S.
    intermediate : numpy.ndarray
        (N, S, N, S) [origin, sector, destination, using sector].
    final : numpy.ndarray
        (N, S, N) [origin, sector, destination].
    theta : numpy.ndarray
        (S,) trade elasticities (a scalar is broadcast).
    gross_output : numpy.ndarray, optional
        (N, S) reported output, only to measure discrepancies.
    tariff : numpy.ndarray, optional
        (N, N, S) applied tariffs; default zero.
    name : str, default "io-table"
        Name of the baseline (and of the table in error messages).
    description : str, default ""
        Free text shown in reports.
    audit : IOAudit, optional
        Filled with what was changed.
    usd_per_unit : float or None, default 1e6
        US dollars per unit of the flows (None: no currency unit).
    goods : tuple of str, default ()
        The sectors that are goods.

    Returns
    -------
    Baseline
        The world, raw when it does not add up exactly.

    Raises
    ------
    DataError
        If an array has the wrong shape or non-finite values, or a country has no
        final demand.
    """
    n, s = len(countries), len(sectors)
    audit = audit if audit is not None else IOAudit()
    z = np.array(intermediate, dtype=float)
    f = np.array(final, dtype=float)
    if z.shape != (n, s, n, s):
        raise DataError(f"{name}: intermediate flows have shape {z.shape}, expected {(n, s, n, s)}")
    if f.shape != (n, s, n):
        raise DataError(f"{name}: final demand has shape {f.shape}, expected {(n, s, n)}")
    for label, arr in (("intermediate flows", z), ("final demand", f)):
        if not np.isfinite(arr).all():
            i, k = (int(v) for v in np.argwhere(~np.isfinite(arr))[0][:2])
            raise DataError(
                f"{name}: {label} hold NaN or infinite values "
                f"(first: from {countries[i]} {sectors[k]})"
            )
    neg = z < 0
    audit.negative_intermediate_cells += int(neg.sum())
    audit.negative_intermediate_mass += float(z[neg].sum())
    if neg.any():
        a, b, c, d = (int(v) for v in np.unravel_index(int(np.argmin(z)), z.shape))
        _zeroed(
            name,
            "intermediate",
            neg,
            z,
            f"{countries[a]} {sectors[b]} -> {countries[c]} {sectors[d]}",
        )
    z[neg] = 0.0
    neg = f < 0
    audit.negative_final_cells += int(neg.sum())
    audit.negative_final_mass += float(f[neg].sum())
    if neg.any():
        a, b, c = (int(v) for v in np.unravel_index(int(np.argmin(f)), f.shape))
        _zeroed(name, "final-demand", neg, f, f"{countries[a]} {sectors[b]} -> {countries[c]}")
    f[neg] = 0.0

    trade = np.einsum("iknt->ink", z) + np.transpose(f, (0, 2, 1))  # [i, n, k]
    output = trade.sum(axis=1)  # [i, k] total sales
    if gross_output is not None:
        go = np.asarray(gross_output, dtype=float)
        gap = np.abs(go - output) / np.maximum(np.abs(go), 1.0)
        audit.max_output_discrepancy = max(audit.max_output_discrepancy, float(gap.max()))

    purchases = np.einsum("iknt->nkt", z)  # [n, input k, output t]
    material_cost = purchases.sum(axis=1)  # [n, t]
    with np.errstate(divide="ignore", invalid="ignore"):
        material_share = np.where(output > 0, material_cost / output, 0.0)
    capped = material_share > 1.0 - MIN_VA_SHARE
    audit.va_share_capped += int(capped.sum())
    va_share = 1.0 - np.minimum(material_share, 1.0 - MIN_VA_SHARE)
    io_shares = np.divide(
        purchases,
        material_cost[:, None, :],
        out=np.zeros_like(purchases),
        where=material_cost[:, None, :] > 0,
    )
    va_share = np.where(material_cost > 0, va_share, 1.0)

    final_purchases = f.sum(axis=0).T  # [n, k]
    totals = final_purchases.sum(axis=1, keepdims=True)
    if (totals <= 0).any():
        bad = countries[int(np.argmin(totals))]
        raise DataError(f"{name}: country {bad} has no final demand")
    final_shares = final_purchases / totals

    tariff = np.zeros((n, n, s)) if tariff is None else np.asarray(tariff, dtype=float)
    exact = not np.any(tariff) and not capped.any()
    world = Baseline(
        countries=tuple(countries),
        sectors=tuple(sectors),
        trade=trade,
        tariff=tariff,
        io_shares=io_shares,
        va_share=va_share,
        final_shares=final_shares,
        theta=np.broadcast_to(np.asarray(theta, dtype=float), (s,)).copy(),
        name=name,
        description=description,
        usd_per_unit=usd_per_unit,
        goods=goods,
        check_accounting=exact,
    )
    return world
