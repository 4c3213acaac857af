"""The equilibrium conditions of the Caliendo–Parro (2015) model, in changes.

Pure functions on NumPy arrays; no state, no labels.  Hatted variables are
ratios of counterfactual to baseline values (``x_hat = x_new / x``) and ``_new``
marks counterfactual levels.  Orientation as in :mod:`tradewar.baseline`:
``[exporter i, importer n, sector s]``, ``[country n, sector s]``,
``io_shares[n, k (input), s (output)]``.

Special cases of the same equations (no second implementation):

* ``va_share = 1`` everywhere: no input–output links (multi-sector Eaton–Kortum);
* one sector and ``va_share = 1``: the Armington / Eaton–Kortum structural
  gravity model (Arkolakis, Costinot & Rodríguez-Clare 2012).

References
----------
Caliendo, L. and F. Parro (2015), "Estimates of the Trade and Welfare Effects of
NAFTA", Review of Economic Studies 82(1), 1–44 — equations (10)–(13) in changes.
"""

from __future__ import annotations

from collections.abc import Callable

import numpy as np

__all__ = [
    "expenditure_operator",
    "final_spending_new",
    "import_tariff_share",
    "input_cost_hat",
    "log_price_index_hat",
    "output_new",
    "tariff_revenue_new",
    "trade_shares_new",
]


def labour_cost_share(va_share: np.ndarray, profit_share: np.ndarray) -> np.ndarray:
    """Share of labour in marginal cost, ``(β − μ) / (1 − μ)``: value added less profits.

    With a constant markup, price = cost / (1 − μ); materials then cost
    (1 − β) of sales and labour (β − μ), as in the accounts.
    """
    return np.where(profit_share < 1.0, (va_share - profit_share) / (1.0 - profit_share), 1.0)


def input_cost_hat(
    log_w_hat: np.ndarray,
    log_price_hat: np.ndarray,
    va_share: np.ndarray,
    io_shares: np.ndarray,
) -> np.ndarray:
    """Change in the cost of the input bundle, in logs (CP 2015, eq. 10).

    ``ĉ_n^s = ŵ_n^{β_n^s} Π_k (P̂_n^k)^{(1 − β_n^s) γ_n^{k,s}}``

    Parameters
    ----------
    log_w_hat : numpy.ndarray
        (N,) log wage changes.
    log_price_hat : numpy.ndarray
        (N, S) log sectoral price changes.
    va_share : numpy.ndarray
        (N, S) value-added shares β.
    io_shares : numpy.ndarray
        (N, S, S) input–output shares γ[n, input k, output s].

    Returns
    -------
    numpy.ndarray
        (N, S) log ĉ.
    """
    materials = np.einsum("nks,nk->ns", io_shares, log_price_hat)
    return va_share * log_w_hat[:, None] + (1.0 - va_share) * materials


def log_price_index_hat(
    log_pi_kappa: np.ndarray, log_c_hat: np.ndarray, theta: np.ndarray
) -> np.ndarray:
    """Change in sectoral price indices, in logs (CP 2015, eq. 11).

    ``P̂_n^s = [Σ_i π_in^s (κ̂_in^s ĉ_i^s)^{−θ^s}]^{−1/θ^s}``

    computed as a log-sum-exp so that prohibitive trade costs underflow to zero
    weight instead of overflowing.  Where a country buys nothing of a sector
    (every ``π_in^s = 0``) the price does not change (``P̂ = 1``), as in the
    authors' code.

    Parameters
    ----------
    log_pi_kappa : numpy.ndarray
        (N, N, S) ``log π_in^s − θ^s log κ̂_in^s``; ``-inf`` where π = 0.
    log_c_hat : numpy.ndarray
        (N, S) log input-cost changes of the exporters.
    theta : numpy.ndarray
        (S,) trade elasticities.

    Returns
    -------
    numpy.ndarray
        (N, S) log P̂[n, s].
    """
    a = log_pi_kappa - theta * log_c_hat[:, None, :]
    a_max = a.max(axis=0)
    finite = np.isfinite(a_max)
    shift = np.where(finite, a_max, 0.0)
    total = np.exp(a - shift[None]).sum(axis=0)
    with np.errstate(divide="ignore"):
        log_sum = np.log(total) + shift
    return np.where(finite, -log_sum / theta, 0.0)


def trade_shares_new(
    log_pi_kappa: np.ndarray,
    log_c_hat: np.ndarray,
    log_price_hat: np.ndarray,
    theta: np.ndarray,
) -> np.ndarray:
    """Counterfactual trade shares (CP 2015, eq. 12).

    ``π_in^s' = π_in^s (κ̂_in^s ĉ_i^s / P̂_n^s)^{−θ^s}``

    Parameters
    ----------
    log_pi_kappa : numpy.ndarray
        (N, N, S) ``log π_in^s − θ^s log κ̂_in^s``; ``-inf`` where π = 0.
    log_c_hat : numpy.ndarray
        (N, S) log input-cost changes of the exporters.
    log_price_hat : numpy.ndarray
        (N, S) log price-index changes of the importers.
    theta : numpy.ndarray
        (S,) trade elasticities.

    Returns
    -------
    numpy.ndarray
        (N, N, S) π' [exporter, importer, sector]; columns sum to one where the
        importer buys the sector.
    """
    log_new = log_pi_kappa - theta * (log_c_hat[:, None, :] - log_price_hat[None, :, :])
    return np.exp(log_new)


def output_new(pi_net_new: np.ndarray, expenditure_new: np.ndarray) -> np.ndarray:
    """Gross output at producer prices.

    ``Y_i^s' = Σ_n π_in^s' X_n^s' / ((1 + τ_in^s')(1 + x_in^s'))``

    Parameters
    ----------
    pi_net_new : numpy.ndarray
        (N, N, S) ``π' / ((1 + τ')(1 + x'))``, x' the exporter's export tax.
    expenditure_new : numpy.ndarray
        (N, S) X'.

    Returns
    -------
    numpy.ndarray
        (N, S) Y' [exporter, sector].
    """
    return np.einsum("ins,ns->is", pi_net_new, expenditure_new)


def import_tariff_share(pi_new: np.ndarray, tariff_new: np.ndarray) -> np.ndarray:
    """Share of each country's spending on a sector that is import-tariff revenue, (N, S).

    ``m_n^s = Σ_i π_in^s' τ_in^s' / (1 + τ_in^s')``

    Parameters
    ----------
    pi_new : numpy.ndarray
        (N, N, S) counterfactual trade shares π'.
    tariff_new : numpy.ndarray
        (N, N, S) counterfactual tariffs τ'.

    Returns
    -------
    numpy.ndarray
        (N, S) m [importer, sector].
    """
    return np.einsum("ins,ins->ns", pi_new, tariff_new / (1.0 + tariff_new))


def tariff_revenue_new(
    tariff_share: np.ndarray,
    expenditure_new: np.ndarray,
    export_tax_share: np.ndarray | None = None,
) -> np.ndarray:
    """Policy revenue ``R_n' = Σ_s m_n^s X_n^s' + Σ_{m,s} e_nm^s X_m^s'``, (N,).

    The first term is import-tariff revenue; the second export-tax revenue (negative
    for export subsidies), with ``e_nm^s = π_nm^s' x_nm^s' / ((1 + τ_nm^s')(1 + x_nm^s'))``.

    Parameters
    ----------
    tariff_share : numpy.ndarray
        (N, S) import-tariff shares m (:func:`import_tariff_share`).
    expenditure_new : numpy.ndarray
        (N, S) X'.
    export_tax_share : numpy.ndarray, optional
        (N, N, S) e [exporter, importer, sector]; None without export taxes.

    Returns
    -------
    numpy.ndarray
        (N,) R'.
    """
    revenue = (expenditure_new * tariff_share).sum(axis=1)
    if export_tax_share is not None:
        revenue = revenue + np.einsum("ins,ns->i", export_tax_share, expenditure_new)
    return revenue


def final_spending_new(
    value_added_new: np.ndarray, revenue_new: np.ndarray, deficit_new: np.ndarray
) -> np.ndarray:
    """Income spent on final goods: ``I_n' = ŵ_n w_n L_n + R_n' + D_n'``, (N,).

    Parameters
    ----------
    value_added_new : numpy.ndarray
        (N,) counterfactual factor income ``ŵ_n w_n L_n``.
    revenue_new : numpy.ndarray
        (N,) policy revenue R'.
    deficit_new : numpy.ndarray
        (N,) deficits D'.

    Returns
    -------
    numpy.ndarray
        (N,) I'.
    """
    return value_added_new + revenue_new + deficit_new


def expenditure_operator(
    pi_net_new: np.ndarray,
    va_share: np.ndarray,
    io_shares: np.ndarray,
    final_shares: np.ndarray,
    tariff_share: np.ndarray,
    export_tax_share: np.ndarray | None = None,
    profit_share: np.ndarray | None = None,
) -> Callable[[np.ndarray], np.ndarray]:
    """The linear part of the goods-market conditions (CP 2015, eq. 13).

    ``X_n^s' = Σ_k γ_n^{s,k}(1 − β_n^k) Y_n^k' + α_n^s (R_n' + Π_n' + ŵ_n w_n L_n + D_n')``

    with profits ``Π_n' = Σ_k μ_n^k Y_n^k'`` (zero without ``profit_share``), is
    linear in X' given trade shares and wages: ``X' = M X' + b`` with
    ``b = α (ŵ wL + D')``.  Returns the map ``X ↦ M X`` on (N, S) arrays.

    Parameters
    ----------
    pi_net_new : numpy.ndarray
        (N, N, S) ``π' / ((1 + τ')(1 + x'))``.
    va_share : numpy.ndarray
        (N, S) value-added shares β.
    io_shares : numpy.ndarray
        (N, S, S) input–output shares γ[n, input k, output s].
    final_shares : numpy.ndarray
        (N, S) final-demand shares α.
    tariff_share : numpy.ndarray
        (N, S) import-tariff shares m (:func:`import_tariff_share`).
    export_tax_share : numpy.ndarray, optional
        (N, N, S) export-tax shares e; None without export taxes.
    profit_share : numpy.ndarray, optional
        (N, S) profit shares μ; None for perfect competition.

    Returns
    -------
    callable
        ``apply(expenditure_new)``: (N, S) X' ↦ (N, S) M X'.
    """
    material_cost_share = 1.0 - va_share

    def apply(expenditure_new: np.ndarray) -> np.ndarray:
        output = output_new(pi_net_new, expenditure_new)
        intermediate = np.einsum("nsk,nk->ns", io_shares, material_cost_share * output)
        revenue = tariff_revenue_new(tariff_share, expenditure_new, export_tax_share)
        if profit_share is not None:
            revenue = revenue + (profit_share * output).sum(axis=1)
        return intermediate + final_shares * revenue[:, None]

    return apply
