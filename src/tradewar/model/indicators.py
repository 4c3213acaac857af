"""Indicators a policy audience reads, from a solved equilibrium: pure functions on arrays.

Orientation as in :mod:`tradewar.baseline`: ``[exporter i, importer n, sector s]``.
Hats are ratios of counterfactual to baseline values.  Every dated step of a
scenario is a long-run comparative static: these are changes between two
equilibria, not a forecast of a path.

Real GDP
    nominal value added deflated by the consumer price index,
    ``(VA_n' / VA_n) / P̂_n``; in the one-sector gravity model this is the
    "real GDP" ``Ŷ_n / P̂_n`` of Yotov et al. (2016, ch. 2).  Welfare (real
    income) adds tariff revenue and the deficit to value added.
Employment by sector
    with labour mobile across sectors and fixed in total, the share of a
    country's workers in sector s is its labour cost over labour income,
    ``ℓ_n^s = (β_n^s − μ_n^s) Y_n^s / (w_n L_n)``.
Import prices and tariff pass-through
    the border price of goods from i in n moves with the exporter's unit cost
    and the iceberg cost, ``ĉ_i^s d̂_in^s`` (times the exporter's export tax);
    the duty-paid price also with the tariff factor ``(1 + τ')/(1 + τ)``.
    Indexes are geometric means weighted by baseline imports.  Pass-through is
    the share of tariff changes borne by buyers,
    ``Σ x Δlog p_duty-paid / Σ x Δlog(1 + τ)`` over the flows whose tariff
    changed (1: buyers pay all of it, as Amiti, Redding & Weinstein 2019 and
    Fajgelbaum et al. 2020 found for the 2018 US tariffs; below 1: exporters'
    costs fall).
"""

from __future__ import annotations

import numpy as np

__all__ = [
    "border_price_hat",
    "employment_shares",
    "import_price_index_hat",
    "real_gdp_hat",
    "reallocated_share",
    "tariff_pass_through",
]


def real_gdp_hat(
    value_added: np.ndarray, value_added_new: np.ndarray, price_index_hat: np.ndarray
) -> np.ndarray:
    """Real GDP change ``(VA_n' / VA_n) / P̂_n``, (N,).

    Parameters
    ----------
    value_added, value_added_new : numpy.ndarray
        (N,) value added (labour income plus profits) before and after.
    price_index_hat : numpy.ndarray
        (N,) change in the consumer price index.
    """
    return value_added_new / value_added / price_index_hat


def employment_shares(
    labour_share: np.ndarray, output: np.ndarray, labour_income: np.ndarray
) -> np.ndarray:
    """Share of each country's workers in each sector, ``(β − μ) Y / (w L)``, (N, S).

    Parameters
    ----------
    labour_share : numpy.ndarray
        (N, S) labour cost as a share of sales, ``β − μ``.
    output : numpy.ndarray
        (N, S) gross output.
    labour_income : numpy.ndarray
        (N,) labour income ``w L`` (sums the first two over sectors).
    """
    return labour_share * output / labour_income[:, None]


def reallocated_share(shares: np.ndarray, shares_new: np.ndarray) -> np.ndarray:
    """Share of each country's workers who change sector, ``½ Σ_s |ℓ' − ℓ|``, (N,).

    Parameters
    ----------
    shares : numpy.ndarray
        (N, S) employment shares ℓ before (:func:`employment_shares`).
    shares_new : numpy.ndarray
        (N, S) employment shares ℓ' after.
    """
    return 0.5 * np.abs(shares_new - shares).sum(axis=1)


def border_price_hat(
    cost_hat: np.ndarray, trade_cost_hat: np.ndarray, export_tax: np.ndarray | None = None
) -> np.ndarray:
    """Change in the price at the border, before import tariffs: ``ĉ_i d̂_in (1 + x')``, (N, N, S).

    Parameters
    ----------
    cost_hat : numpy.ndarray
        (N, S) exporters' unit-cost changes ĉ.
    trade_cost_hat : numpy.ndarray
        (N, N, S) iceberg cost changes d̂.
    export_tax : numpy.ndarray, optional
        (N, N, S) export taxes x' of the exporters (none in a baseline).
    """
    price = cost_hat[:, None, :] * trade_cost_hat
    return price if export_tax is None else price * (1.0 + export_tax)


def import_price_index_hat(trade: np.ndarray, price_hat: np.ndarray) -> np.ndarray:
    """Import-weighted geometric mean of bilateral price changes, by importer, (N,).

    Parameters
    ----------
    trade : numpy.ndarray
        (N, N, S) baseline flows (the weights); domestic flows are left out.
    price_hat : numpy.ndarray
        (N, N, S) price changes of each flow.

    Returns
    -------
    numpy.ndarray
        (N,) the index; 1 where a country imports nothing.
    """
    weights = trade.copy()
    np.einsum("nns->ns", weights)[:] = 0.0
    totals = weights.sum(axis=(0, 2))
    log_mean = np.einsum("ins,ins->n", weights, np.log(price_hat))
    return np.exp(np.divide(log_mean, totals, out=np.zeros_like(totals), where=totals > 0))


def tariff_pass_through(
    trade: np.ndarray, tariff: np.ndarray, tariff_new: np.ndarray, border_hat: np.ndarray
) -> np.ndarray:
    """Share of tariff changes paid by buyers, by importer, (N,); NaN where no tariff moved.

    ``Σ x Δlog[(1 + τ') / (1 + τ) · p̂_border] / Σ x Δlog[(1 + τ') / (1 + τ)]``
    over the importer's flows whose tariff changed.

    Parameters
    ----------
    trade : numpy.ndarray
        (N, N, S) baseline flows (the weights).
    tariff, tariff_new : numpy.ndarray
        (N, N, S) tariffs before and after.
    border_hat : numpy.ndarray
        (N, N, S) border-price changes (:func:`border_price_hat`).
    """
    dlog_tariff = np.log1p(tariff_new) - np.log1p(tariff)
    moved = np.abs(dlog_tariff) > 1e-12
    weights = np.where(moved, trade, 0.0)
    np.einsum("nns->ns", weights)[:] = 0.0
    paid = np.einsum("ins,ins->n", weights, dlog_tariff + np.log(border_hat))
    levied = np.einsum("ins,ins->n", weights, dlog_tariff)
    with np.errstate(divide="ignore", invalid="ignore"):
        return np.where(np.abs(levied) > 0, paid / levied, np.nan)
