"""Welfare and its decomposition into terms-of-trade and volume-of-trade effects.

Caliendo & Parro (2015), section 4.1 (eq. 21 and the discrete version used in the
authors' code): the change in country n's welfare, as a fraction of its
baseline income I_n, is approximately

    ToT_n = (1/I_n) Σ_s Σ_i [ x_ni^s (ĉ_n^s − 1) − x_in^s (ĉ_i^s − 1) ]
    VoT_n = (1/I_n) Σ_s Σ_i τ_in^s x_in^s ( x̂_in^s − ĉ_i^s )

with x_in^s the baseline flow from i to n at producer prices.  Terms of trade
gain when a country's export prices rise relative to its import prices; the
volume of trade gains when trade grows in flows that carry a tariff (a
distortion).  Both come by partner and sector; their sum is the welfare change
the paper reports in Table 2.

With profits (monopolistic competition with a fixed number of firms, Ossa
2014), a third part appears: profit shifting, the gain from a country's firms
selling more at the same markup, :func:`profit_shifting_effect`.  Ossa's
government welfare weighs the real incomes of industries
(:func:`industry_income`, :func:`government_welfare_hat`).
"""

from __future__ import annotations

import numpy as np

__all__ = [
    "government_welfare_hat",
    "industry_income",
    "profit_shifting_effect",
    "real_income_hat",
    "terms_of_trade_effect",
    "volume_of_trade_effect",
]


def terms_of_trade_effect(
    trade: np.ndarray, cost_hat: np.ndarray, income: np.ndarray
) -> np.ndarray:
    """Terms-of-trade effect by country, partner and sector, (N, N, S) [country, partner, sector].

    ``tot[n, m, s] = (x_nm^s (ĉ_n^s − 1) − x_mn^s (ĉ_m^s − 1)) / I_n``

    Parameters
    ----------
    trade : numpy.ndarray
        (N, N, S) baseline flows x at producer prices [exporter, importer, sector].
    cost_hat : numpy.ndarray
        (N, S) input-cost changes ĉ.
    income : numpy.ndarray
        (N,) baseline income I.

    Returns
    -------
    numpy.ndarray
        (N, N, S) ToT [country, partner, sector], fractions of baseline income.
    """
    dc = cost_hat - 1.0
    export_gain = trade * dc[:, None, :]  # [n, m, s]: n's sales to m valued at n's cost change
    import_loss = np.swapaxes(export_gain, 0, 1)  # [n, m, s] = x_mn (ĉ_m − 1)
    return (export_gain - import_loss) / income[:, None, None]


def volume_of_trade_effect(
    trade: np.ndarray,
    trade_new: np.ndarray,
    tariff: np.ndarray,
    cost_hat: np.ndarray,
    income: np.ndarray,
) -> np.ndarray:
    """Volume-of-trade effect by country, partner and sector, (N, N, S) [country, partner, sector].

    ``vot[n, i, s] = τ_in^s x_in^s (x̂_in^s − ĉ_i^s) / I_n``; zero where the baseline flow is zero.

    Parameters
    ----------
    trade : numpy.ndarray
        (N, N, S) baseline flows x at producer prices [exporter, importer, sector].
    trade_new : numpy.ndarray
        (N, N, S) counterfactual flows x' at producer prices.
    tariff : numpy.ndarray
        (N, N, S) baseline tariffs τ.
    cost_hat : numpy.ndarray
        (N, S) input-cost changes ĉ.
    income : numpy.ndarray
        (N,) baseline income I.

    Returns
    -------
    numpy.ndarray
        (N, N, S) VoT [country, partner, sector], fractions of baseline income.
    """
    flow_hat = np.divide(trade_new, trade, out=np.ones_like(trade), where=trade > 0)
    by_origin = tariff * trade * (flow_hat - cost_hat[:, None, :])  # [i, n, s]
    return np.swapaxes(by_origin, 0, 1) / income[:, None, None]


def real_income_hat(
    income_new: np.ndarray, income: np.ndarray, price_index_hat: np.ndarray
) -> np.ndarray:
    """Welfare as real income, ``Ŵ_n = Î_n / P̂_n`` with ``P̂_n = Π_s (P̂_n^s)^{α_n^s}``.

    Parameters
    ----------
    income_new : numpy.ndarray
        (N,) counterfactual income I'.
    income : numpy.ndarray
        (N,) baseline income I.
    price_index_hat : numpy.ndarray
        (N,) change of the consumer price index P̂_n.

    Returns
    -------
    numpy.ndarray
        (N,) Ŵ.
    """
    return income_new / income / price_index_hat


def profit_shifting_effect(
    profits: np.ndarray, sales_hat: np.ndarray, w_hat: np.ndarray, income: np.ndarray
) -> np.ndarray:
    """Profit-shifting effect by country, a fraction of baseline income (Ossa 2014, Table 2).

    ``ps_n = Σ_s Π_n^s (R̂_n^s − ŵ_n) / I_n``: profits earned on sales that grow
    faster than the wage, the price of the country's labour (first order).

    Parameters
    ----------
    profits : numpy.ndarray
        (N, S) baseline profits Π = μ Y.
    sales_hat : numpy.ndarray
        (N, S) changes of gross output R̂ = Y'/Y (1 where Y = 0).
    w_hat : numpy.ndarray
        (N,) wage changes ŵ.
    income : numpy.ndarray
        (N,) baseline income I.

    Returns
    -------
    numpy.ndarray
        (N,) profit shifting, fractions of baseline income.
    """
    return (profits * (sales_hat - w_hat[:, None])).sum(axis=1) / income


def industry_income(
    va_share: np.ndarray,
    profit_share: np.ndarray,
    output: np.ndarray,
    revenue: np.ndarray,
    deficit: np.ndarray,
) -> np.ndarray:
    """Income of each industry's stakeholders, (N, S) (Ossa 2014, section I).

    ``E_n^s = β_n^s Y_n^s + (L_n^s / L_n)(T_n + D_n)``: the industry's value
    added (its labour income and profits; all of sales without input–output
    links) plus its workers' share ``L_n^s / L_n = (β − μ) Y_n^s / Σ_k (β − μ) Y_n^k``
    of tariff revenue T (and of the deficit D, zero in Ossa's data), so that
    ``Σ_s E_n^s = I_n``.

    Parameters
    ----------
    va_share : numpy.ndarray
        (N, S) value-added shares β.
    profit_share : numpy.ndarray
        (N, S) profit shares μ.
    output : numpy.ndarray
        (N, S) gross output Y.
    revenue : numpy.ndarray
        (N,) tariff revenue T.
    deficit : numpy.ndarray
        (N,) deficits D.

    Returns
    -------
    numpy.ndarray
        (N, S) E.
    """
    labour = (va_share - profit_share) * output
    share = labour / labour.sum(axis=1, keepdims=True)
    return va_share * output + share * (revenue + deficit)[:, None]


def government_welfare_hat(
    weights: np.ndarray,
    industry_income_base: np.ndarray,
    industry_income_new: np.ndarray,
    price_index_hat: np.ndarray,
) -> np.ndarray:
    """Change in government welfare (Ossa 2014, section I), (N,).

    ``Ĝ_n = [Σ_s λ_n^s E_n^s' / Σ_s λ_n^s E_n^s] / P̂_n``: the weighted real
    income of the industries; with all λ = 1, real income ``Î_n / P̂_n``.

    Parameters
    ----------
    weights : numpy.ndarray
        (N, S) political-economy weights λ.
    industry_income_base, industry_income_new : numpy.ndarray
        (N, S) industry incomes E and E' (:func:`industry_income`).
    price_index_hat : numpy.ndarray
        (N,) change of the consumer price index P̂.

    Returns
    -------
    numpy.ndarray
        (N,) Ĝ.
    """
    base = (weights * industry_income_base).sum(axis=1)
    new = (weights * industry_income_new).sum(axis=1)
    return new / base / price_index_hat
