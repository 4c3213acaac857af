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
"""

from __future__ import annotations

import numpy as np

__all__ = ["real_income_hat", "terms_of_trade_effect", "volume_of_trade_effect"]


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
    import_loss = np.swapaxes(trade * dc[:, None, :], 0, 1)  # [n, m, s] = x_mn (ĉ_m − 1)
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
