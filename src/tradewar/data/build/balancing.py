"""Fitting a world's trade to official totals: biproportional scaling (RAS) of its flows.

The OECD ICIO as shipped in ``sanction-simulator`` lacks the OECD's "rest of the
world" and its final demand by destination is imputed, so each region's trade
totals and balance depart from the official figures (national accounts and
balance of payments).  :func:`fit_trade_totals` rescales the international
flows ``x_in^s`` biproportionally, ``x_in^s ← r_i c_n x_in^s`` (RAS; Stone 1961,
Bacharach 1970), until each region's exports ``Σ_{n≠i,s}`` and imports
``Σ_{i≠n,s}`` equal their targets; the pattern of trade (partners and sectors)
is the ICIO's.  Gross output is kept: domestic sales absorb the change.
Final-demand shares are derived again from the goods-market identity (CP 2015,
eq. 7), as the Caliendo–Parro loader does, so the world is raw: the datasets
layer reconciles it into the model's equilibrium with the official balances.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
import pandas as pd

from tradewar.baseline import Baseline
from tradewar.errors import DataError

__all__ = ["TradeTargets", "fit_trade_totals", "ras_factors", "trade_targets"]


@dataclass(frozen=True)
class TradeTargets:
    """Exports and imports each region must have, in the world's units.

    Parameters
    ----------
    exports, imports : numpy.ndarray
        (N,) targets; they sum to the same world total.
    official : pandas.DataFrame
        The official table they come from (billions of USD, with sources).
    closure : str
        The region whose balance closes the world (minus the others').
    """

    exports: np.ndarray
    imports: np.ndarray
    official: pd.DataFrame
    closure: str


def trade_targets(world: Baseline, official: pd.DataFrame, closure: str = "ROW") -> TradeTargets:
    """Targets from an official table: one row per region, billions of USD.

    Columns ``region``, ``exports_bn``, ``imports_bn``, ``balance_bn``.  A region
    with a balance but no levels keeps the world's gross trade and takes the
    balance.  The ``closure`` region's balance is minus the sum of the others'
    (official balances do not sum to zero: trade with economies outside the data
    and the global discrepancy); the gap is split evenly between its exports and
    imports.

    Parameters
    ----------
    world : Baseline
        The world to fit, with ``usd_per_unit``.
    official : pandas.DataFrame
        The official figures.
    closure : str, default "ROW"
        The region that closes the world.

    Returns
    -------
    TradeTargets
        Exports and imports in the world's units.

    Raises
    ------
    DataError
        A region of the world missing from the table, or a world without a currency unit.
    """
    if world.usd_per_unit is None:
        raise DataError(f"{world.name}: trade targets in USD need a currency unit")
    table = official.set_index("region")
    missing = [c for c in world.countries if c not in table.index]
    if missing:
        raise DataError(f"official trade table: no row for region(s) {', '.join(missing)}")
    scale = 1e9 / world.usd_per_unit
    rows = table.loc[list(world.countries)]
    exports = rows["exports_bn"].to_numpy(float) * scale
    imports = rows["imports_bn"].to_numpy(float) * scale
    balance = rows["balance_bn"].to_numpy(float) * scale
    levels_only_balance = np.isnan(exports) | np.isnan(imports)
    gross = world.exports + world.imports
    exports = np.where(levels_only_balance, (gross + balance) / 2, exports)
    imports = np.where(levels_only_balance, (gross - balance) / 2, imports)
    k = world.country_index(closure)
    others = np.arange(world.n_countries) != k
    gap = (exports[k] - imports[k]) + (exports[others] - imports[others]).sum()
    exports[k] -= gap / 2
    imports[k] += gap / 2
    return TradeTargets(exports, imports, official, closure)


def ras_factors(
    flows: np.ndarray,
    exports: np.ndarray,
    imports: np.ndarray,
    *,
    tol: float = 1e-12,
    max_iter: int = 10_000,
) -> tuple[np.ndarray, np.ndarray]:
    """Row and column factors ``r, c`` with ``Σ_{n,s} r_i c_n x_in^s = exports_i`` and likewise.

    Parameters
    ----------
    flows : numpy.ndarray
        (N, N, S) international flows (zero diagonal), non-negative.
    exports, imports : numpy.ndarray
        (N,) positive targets with equal sums.
    tol : float, default 1e-12
        Largest relative gap of any margin at convergence.
    max_iter : int, default 10000
        Most row-and-column sweeps.

    Returns
    -------
    (numpy.ndarray, numpy.ndarray)
        ``r`` (N,) and ``c`` (N,).

    Raises
    ------
    DataError
        If the targets cannot be met (a region with targets but no flows, or
        no convergence).
    """
    total = flows.sum(axis=2)  # [i, n]
    for label, margin, target in (
        ("exports", total.sum(axis=1), exports),
        ("imports", total.sum(axis=0), imports),
    ):
        if np.any((margin <= 0) & (target > 0)):
            raise DataError(f"RAS: a region with {label} to reach has no {label} in the data")
    if abs(exports.sum() - imports.sum()) > 1e-9 * exports.sum():
        raise DataError("RAS: world exports and imports targets differ")
    r, c = np.ones(len(exports)), np.ones(len(imports))
    for _ in range(max_iter):
        r = exports / (total @ c)
        c = imports / (r @ total)
        gap = np.max(np.abs((total @ c) * r / exports - 1.0))
        if gap <= tol:
            return r, c
    raise DataError(f"RAS did not converge (largest gap {gap:.2e})")


def fit_trade_totals(world: Baseline, targets: TradeTargets) -> Baseline:
    """The world with its international flows rescaled to the targets (raw: not reconciled).

    Parameters
    ----------
    world : Baseline
        The world to fit.
    targets : TradeTargets
        Exports and imports to reach (:func:`trade_targets`).

    Returns
    -------
    Baseline
        Same gross output, value-added shares, input–output shares and tariffs;
        international flows scaled by ``r_i c_n``; domestic sales the rest of
        output; final-demand shares from the goods-market identity
        (negatives set to zero).  ``check_accounting`` is off.

    Raises
    ------
    DataError
        If domestic sales would turn negative in some country and sector.
    """
    foreign = world.trade.copy()
    np.einsum("nns->ns", foreign)[:] = 0.0
    r, c = ras_factors(foreign, targets.exports, targets.imports)
    scaled = foreign * r[:, None, None] * c[None, :, None]
    output = world.gross_output
    domestic = output - scaled.sum(axis=1)
    if (domestic < 0).any():
        n, s = np.unravel_index(int(np.argmin(domestic)), domestic.shape)
        raise DataError(
            f"fitting trade totals: exports of {world.countries[n]} {world.sectors[s]} "
            "would exceed its output"
        )
    trade = scaled
    np.einsum("nns->ns", trade)[:] = domestic
    expenditure = np.einsum("ins,ins->ns", trade, 1.0 + world.tariff)
    intermediate = np.einsum("nsk,nk->ns", world.io_shares, (1.0 - world.va_share) * output)
    revenue = np.einsum("ins,ins->n", world.tariff, trade)
    deficit = trade.sum(axis=(0, 2)) - trade.sum(axis=(1, 2))
    income = (world.va_share * output).sum(axis=1) + revenue + deficit
    alpha = np.maximum((expenditure - intermediate) / income[:, None], 0.0)
    alpha /= alpha.sum(axis=1, keepdims=True)
    return world.replace(trade=trade, final_shares=alpha, check_accounting=False)
