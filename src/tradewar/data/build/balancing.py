"""Fitting a world's trade to official totals: biproportional scaling (RAS) of its flows.

The OECD ICIO as shipped in ``sanction-simulator`` lacks the OECD's "rest of the
world" and its final demand by destination is imputed, so each region's trade
totals and balance depart from the official figures (national accounts and
balance of payments).  :func:`fit_trade_totals` rescales the international
flows ``x_in^s`` biproportionally, ``x_in^s ← r_i^g c_n^g x_in^s`` for the
sector group g (goods or services) of s (RAS; Stone 1961, Bacharach 1970),
until each region's exports ``Σ_{n≠i,s}`` and imports ``Σ_{i≠n,s}`` equal their
targets, goods and services separately where the services part is known, and
chosen bilateral flows equal theirs.  The pattern of trade (partners and
sectors) is otherwise the ICIO's.  Domestic sales are the ICIO's (observed);
gross output is domestic sales plus the fitted exports.  Final-demand shares
are derived again from the goods-market identity (CP 2015, eq. 7), as the
Caliendo–Parro loader does, so the world is raw: the datasets layer reconciles
it into the model's equilibrium with the official balances.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
import pandas as pd

from tradewar.baseline import Baseline
from tradewar.errors import DataError

__all__ = ["TradeTargets", "fit_flows", "fit_trade_totals", "trade_targets"]


@dataclass(frozen=True)
class TradeTargets:
    """Exports and imports each region must have, in the world's units.

    Parameters
    ----------
    exports, imports : numpy.ndarray
        (N,) targets of goods and services; they sum to the same world total.
    official : pandas.DataFrame
        The official table they come from (billions of USD, with sources).
    closure : str
        The region whose balance closes the world (minus the others').
    services_exports, services_imports : numpy.ndarray, optional
        (N,) the services part of the targets, NaN where unknown (then only the
        total is held); None: no split.
    bilateral : tuple of (int, int, bool, float)
        Chosen flows to hold: ``(exporter, importer, services, value)``, the
        goods (``services`` False) or services the exporter sells the importer.
    """

    exports: np.ndarray
    imports: np.ndarray
    official: pd.DataFrame
    closure: str
    services_exports: np.ndarray | None = None
    services_imports: np.ndarray | None = None
    bilateral: tuple[tuple[int, int, bool, float], ...] = ()


def trade_targets(
    world: Baseline,
    official: pd.DataFrame,
    closure: str = "ROW",
    bilateral: pd.DataFrame | None = None,
) -> TradeTargets:
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
    bilateral : pandas.DataFrame, optional
        Flows to hold: columns ``exporter``, ``importer``, ``group`` (``goods``
        or ``services``) and ``value_bn``.

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
    services: list[np.ndarray | None] = [None, None]
    if {"services_exports_bn", "services_imports_bn"} <= set(rows.columns):
        services = [
            rows["services_exports_bn"].to_numpy(float) * scale,
            rows["services_imports_bn"].to_numpy(float) * scale,
        ]
        for part in services:
            assert part is not None
            part[levels_only_balance] = np.nan  # levels not official: hold the total only
    pairs: list[tuple[int, int, bool, float]] = []
    if bilateral is not None:
        for row in bilateral.itertuples():
            group = str(row.group)
            if group not in ("goods", "services"):
                raise DataError(f"bilateral trade target: unknown group {group!r}")
            pairs.append(
                (
                    world.country_index(str(row.exporter)),
                    world.country_index(str(row.importer)),
                    group == "services",
                    float(row.value_bn) * scale,  # type: ignore[arg-type]
                )
            )
    return TradeTargets(
        exports,
        imports,
        official,
        closure,
        services_exports=services[0],
        services_imports=services[1],
        bilateral=tuple(pairs),
    )


def fit_flows(
    flows: np.ndarray,
    services: np.ndarray,
    targets: TradeTargets,
    *,
    tol: float = 1e-10,
    max_iter: int = 20_000,
) -> np.ndarray:
    """International flows scaled to the targets by iterative proportional fitting.

    Each region's exports (rows) and imports (columns) are held, split into goods
    and services where the services part is known, in total otherwise: the
    flows of each held margin are multiplied by target over current, rows then
    columns, until every margin is within ``tol`` (RAS, Bacharach 1970, with
    margins by sector group).

    Parameters
    ----------
    flows : numpy.ndarray
        (N, N, S) international flows (zero diagonal), non-negative.
    services : numpy.ndarray
        (S,) whether each sector is a service.
    targets : TradeTargets
        The margins to hold.
    tol : float, default 1e-10
        Largest relative gap of any margin at convergence.
    max_iter : int, default 20000
        Most row-and-column sweeps.

    Returns
    -------
    numpy.ndarray
        (N, N, S) the fitted flows.

    Raises
    ------
    DataError
        If the targets cannot be met (a margin with a target but no flows,
        world totals that differ, or no convergence).
    """
    if abs(targets.exports.sum() - targets.imports.sum()) > 1e-9 * targets.exports.sum():
        raise DataError("fitting trade: world exports and imports targets differ")
    group = services.astype(int)  # 0 goods, 1 services
    fitted = flows.copy()

    def margins(total: np.ndarray, service: np.ndarray | None):
        """Targets (N, 2) by group and whether each region's split is held."""
        split = np.zeros(len(total), dtype=bool) if service is None else ~np.isnan(service)
        by_group = np.full((len(total), 2), np.nan)
        if service is not None:
            by_group[split, 1] = service[split]
            by_group[split, 0] = total[split] - service[split]
        return by_group, split

    row_target, row_split = margins(targets.exports, targets.services_exports)
    col_target, col_split = margins(targets.imports, targets.services_imports)
    if np.any(row_target[row_split] < 0) or np.any(col_target[col_split] < 0):
        raise DataError("fitting trade: a services target exceeds its total")

    def factors(current: np.ndarray, target: np.ndarray, split: np.ndarray, total: np.ndarray):
        """Scaling (N, 2) of each region's goods and services to its held margins."""
        whole = current.sum(axis=1)
        out = np.empty_like(current)
        with np.errstate(divide="ignore", invalid="ignore"):
            out[:] = (total / whole)[:, None]
            out[split] = target[split] / current[split]
        bad = ~np.isfinite(out) & (np.where(split[:, None], target, total[:, None]) > 0)
        if bad.any():
            raise DataError("fitting trade: a region with trade to reach has none in the data")
        return np.where(np.isfinite(out), out, 1.0)

    def by_group(axis: int) -> np.ndarray:
        summed = fitted.sum(axis=axis)  # [region, sector]
        return np.stack([summed[:, group == 0].sum(axis=1), summed[:, group == 1].sum(axis=1)], 1)

    gap = np.inf
    for _ in range(max_iter):
        for i, n, service, value in targets.bilateral:
            cells = fitted[i, n, group == int(service)]
            if cells.sum() <= 0:
                raise DataError("fitting trade: a bilateral target on a flow the data lack")
            fitted[i, n, group == int(service)] = cells * (value / cells.sum())
        rows = factors(by_group(1), row_target, row_split, targets.exports)
        fitted *= rows[:, group][:, None, :]
        cols = factors(by_group(0), col_target, col_split, targets.imports)
        fitted *= cols[:, group][None, :, :]
        current = by_group(1)
        held = np.where(row_split[:, None], current, current.sum(axis=1, keepdims=True))
        aim = np.where(row_split[:, None], row_target, targets.exports[:, None])
        with np.errstate(divide="ignore", invalid="ignore"):
            rel = np.abs(held / aim - 1.0)
        gap = float(np.nanmax(np.where(aim > 0, rel, 0.0)))
        for i, n, service, value in targets.bilateral:
            gap = max(gap, abs(fitted[i, n, group == int(service)].sum() / value - 1.0))
        if gap <= tol:
            return fitted
    raise DataError(f"fitting trade did not converge (largest gap {gap:.2e})")


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
        Same domestic sales, value-added shares, input–output shares and
        tariffs; international flows fitted by :func:`fit_flows`; gross output
        their sum; final-demand shares from the goods-market identity
        (negatives set to zero).  ``check_accounting`` is off.
    """
    foreign = world.trade.copy()
    np.einsum("nns->ns", foreign)[:] = 0.0
    services = np.array([s not in world.goods for s in world.sectors])
    trade = fit_flows(foreign, services, targets)
    np.einsum("nns->ns", trade)[:] = np.einsum("nns->ns", world.trade)  # domestic sales kept
    output = trade.sum(axis=1)
    expenditure = np.einsum("ins,ins->ns", trade, 1.0 + world.tariff)
    intermediate = np.einsum("nsk,nk->ns", world.io_shares, (1.0 - world.va_share) * output)
    revenue = np.einsum("ins,ins->n", world.tariff, trade)
    deficit = trade.sum(axis=(0, 2)) - trade.sum(axis=(1, 2))
    income = (world.va_share * output).sum(axis=1) + revenue + deficit
    alpha = np.maximum((expenditure - intermediate) / income[:, None], 0.0)
    alpha /= alpha.sum(axis=1, keepdims=True)
    return world.replace(trade=trade, final_shares=alpha, check_accounting=False)
