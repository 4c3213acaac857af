"""The equilibrium conditions of the Caliendo–Parro (2015) model, in changes.

Pure functions on NumPy arrays; no state, no labels.  Hatted variables are
ratios of counterfactual to baseline values (``x_hat = x_new / x``) and ``_new``
marks counterfactual levels.  Orientation as in :mod:`tradewar.baseline`:
``[exporter i, importer n, sector s]``, ``[country n, sector s]``,
``io_shares[n, k (input), s (output)]``.

Every function also takes many worlds at once (:mod:`tradewar.model.batch`): a
leading batch axis ``b`` before the axes above, e.g. ``[b, i, n, s]`` and θ of
shape ``(B, S)``, one row per world.  One world's arrays (no batch axis) take
exactly the one-world computation.

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
from functools import cache

import numpy as np

__all__ = [
    "expenditure_operator",
    "final_spending_new",
    "import_tariff_share",
    "input_cost_hat",
    "input_output_use",
    "labour_cost_share",
    "labour_gap",
    "log_pi_kappa",
    "log_price_index_hat",
    "numeraire_wages",
    "output_new",
    "tariff_revenue_new",
    "trade_shares_new",
    "trade_wedges",
]


def _per_sector(theta: np.ndarray, country_axes: int) -> np.ndarray:
    """θ shaped to broadcast over arrays with ``country_axes`` axes before the sector axis.

    One world's θ, (S,), broadcasts as it is; a batch's, (B, S), gets
    ``country_axes`` new axes between its draw and sector axes.
    """
    if theta.ndim == 1:
        return theta
    return theta.reshape(*theta.shape[:-1], *(1,) * country_axes, theta.shape[-1])


@cache
def _batched(subscripts: str) -> str:
    """One world's einsum subscripts with a leading batch axis on every operand."""
    inputs, output = subscripts.split("->")
    return ",".join("..." + term for term in inputs.split(",")) + "->..." + output


def _einsum(subscripts: str, first: np.ndarray, *others: np.ndarray) -> np.ndarray:
    """:func:`numpy.einsum` of one world's ``subscripts``, over a batch axis if ``first`` has one.

    One world's arrays take the plain subscripts, exactly the one-world sum.
    """
    if first.ndim == subscripts.index(","):
        return np.einsum(subscripts, first, *others)
    return np.einsum(_batched(subscripts), first, *others)


def labour_cost_share(va_share: np.ndarray, profit_share: np.ndarray) -> np.ndarray:
    """Share of labour in marginal cost, ``(β − μ) / (1 − μ)``: value added less profits.

    With a constant markup, price = cost / (1 − μ); materials then cost
    (1 − β) of sales and labour (β − μ), as in the accounts.

    Parameters
    ----------
    va_share : numpy.ndarray
        (..., N, S) value-added shares β.
    profit_share : numpy.ndarray
        (..., N, S) profit shares μ.

    Returns
    -------
    numpy.ndarray
        (..., N, S) labour shares of marginal cost; 1 where μ = 1.
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
        (..., N) log wage changes.
    log_price_hat : numpy.ndarray
        (..., N, S) log sectoral price changes.
    va_share : numpy.ndarray
        (..., N, S) value-added shares β.
    io_shares : numpy.ndarray
        (..., N, S, S) input–output shares γ[n, input k, output s].

    Returns
    -------
    numpy.ndarray
        (..., N, S) log ĉ.
    """
    materials = _einsum("nks,nk->ns", io_shares, log_price_hat)
    return va_share * log_w_hat[..., None] + (1.0 - va_share) * materials


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
        (..., N, N, S) ``log π_in^s − θ^s log κ̂_in^s``; ``-inf`` where π = 0.
    log_c_hat : numpy.ndarray
        (..., N, S) log input-cost changes of the exporters.
    theta : numpy.ndarray
        (S,) or (B, S) trade elasticities.

    Returns
    -------
    numpy.ndarray
        (..., N, S) log P̂[n, s].
    """
    a = log_pi_kappa - _per_sector(theta, 2) * log_c_hat[..., :, None, :]
    a_max = a.max(axis=-3)
    finite = np.isfinite(a_max)
    shift = np.where(finite, a_max, 0.0)
    total = np.exp(a - shift[..., None, :, :]).sum(axis=-3)
    with np.errstate(divide="ignore"):
        log_sum = np.log(total) + shift
    return np.where(finite, -log_sum / _per_sector(theta, 1), 0.0)


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
        (..., N, N, S) ``log π_in^s − θ^s log κ̂_in^s``; ``-inf`` where π = 0.
    log_c_hat : numpy.ndarray
        (..., N, S) log input-cost changes of the exporters.
    log_price_hat : numpy.ndarray
        (..., N, S) log price-index changes of the importers.
    theta : numpy.ndarray
        (S,) or (B, S) trade elasticities.

    Returns
    -------
    numpy.ndarray
        (..., N, N, S) π' [exporter, importer, sector]; columns sum to one where
        the importer buys the sector.
    """
    relative = log_c_hat[..., :, None, :] - log_price_hat[..., None, :, :]
    return np.exp(log_pi_kappa - _per_sector(theta, 2) * relative)


def output_new(pi_net_new: np.ndarray, expenditure_new: np.ndarray) -> np.ndarray:
    """Gross output at producer prices.

    ``Y_i^s' = Σ_n π_in^s' X_n^s' / ((1 + τ_in^s')(1 + x_in^s'))``

    With a batch axis the sums over importers are matrix products, one per
    world and sector.

    Parameters
    ----------
    pi_net_new : numpy.ndarray
        (..., N, N, S) ``π' / ((1 + τ')(1 + x'))``, x' the exporter's export tax.
    expenditure_new : numpy.ndarray
        (..., N, S) X'.

    Returns
    -------
    numpy.ndarray
        (..., N, S) Y' [exporter, sector].
    """
    if pi_net_new.ndim == 3:
        return np.einsum("ins,ns->is", pi_net_new, expenditure_new)
    return _sales(np.moveaxis(pi_net_new, -1, -3), expenditure_new)


def _sales(by_sector: np.ndarray, expenditure_new: np.ndarray) -> np.ndarray:
    """``Σ_n a_in^s X_n^s'`` (..., N, S) from sector-major ``a`` (..., S, N, N).

    One matrix-vector product per world and sector: contiguous (fast) when
    ``by_sector`` is stored sector-major.
    """
    spending = expenditure_new.swapaxes(-1, -2)[..., None]
    return np.matmul(by_sector, spending)[..., 0].swapaxes(-1, -2)


def import_tariff_share(
    pi_new: np.ndarray, tariff_new: np.ndarray | None, rate: np.ndarray | None = None
) -> np.ndarray:
    """Share of each country's spending on a sector that is import-tariff revenue.

    ``m_n^s = Σ_i π_in^s' τ_in^s' / (1 + τ_in^s')``

    Parameters
    ----------
    pi_new : numpy.ndarray
        (..., N, N, S) counterfactual trade shares π'.
    tariff_new : numpy.ndarray or None
        (..., N, N, S) counterfactual tariffs τ'; may be None when ``rate`` is given.
    rate : numpy.ndarray, optional
        (..., N, N, S) ``τ' / (1 + τ')`` computed once, for a solve that
        evaluates this many times; computed from ``tariff_new`` when None.

    Returns
    -------
    numpy.ndarray
        (..., N, S) m [importer, sector].
    """
    if rate is None:
        assert tariff_new is not None, "give the tariffs or their revenue rate"
        rate = tariff_new / (1.0 + tariff_new)
    return _einsum("ins,ins->ns", pi_new, rate)


def tariff_revenue_new(
    tariff_share: np.ndarray,
    expenditure_new: np.ndarray,
    export_tax_share: np.ndarray | None = None,
) -> np.ndarray:
    """Policy revenue ``R_n' = Σ_s m_n^s X_n^s' + Σ_{m,s} e_nm^s X_m^s'``.

    The first term is import-tariff revenue; the second export-tax revenue (negative
    for export subsidies), with ``e_nm^s = π_nm^s' x_nm^s' / ((1 + τ_nm^s')(1 + x_nm^s'))``.

    Parameters
    ----------
    tariff_share : numpy.ndarray
        (..., N, S) import-tariff shares m (:func:`import_tariff_share`).
    expenditure_new : numpy.ndarray
        (..., N, S) X'.
    export_tax_share : numpy.ndarray, optional
        (..., N, N, S) e [exporter, importer, sector]; None without export taxes.

    Returns
    -------
    numpy.ndarray
        (..., N) R'.
    """
    revenue = (expenditure_new * tariff_share).sum(axis=-1)
    if export_tax_share is not None:
        revenue = revenue + _einsum("ins,ns->i", export_tax_share, expenditure_new)
    return revenue


def final_spending_new(
    value_added_new: np.ndarray, revenue_new: np.ndarray, deficit_new: np.ndarray
) -> np.ndarray:
    """Income spent on final goods: ``I_n' = ŵ_n w_n L_n + R_n' + D_n'``.

    Parameters
    ----------
    value_added_new : numpy.ndarray
        (..., N) counterfactual factor income ``ŵ_n w_n L_n``.
    revenue_new : numpy.ndarray
        (..., N) policy revenue R'.
    deficit_new : numpy.ndarray
        (..., N) deficits D'.

    Returns
    -------
    numpy.ndarray
        (..., N) I'.
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
    ``b = α (ŵ wL + D')``.  Returns the map ``X ↦ M X`` on (N, S) arrays (on
    (B, N, S) arrays for a batch, whose shares are stored sector-major once
    here, so that output is a contiguous matrix product per world and sector).

    Parameters
    ----------
    pi_net_new : numpy.ndarray
        (..., N, N, S) ``π' / ((1 + τ')(1 + x'))``.
    va_share : numpy.ndarray
        (..., N, S) value-added shares β.
    io_shares : numpy.ndarray
        (..., N, S, S) input–output shares γ[n, input k, output s].
    final_shares : numpy.ndarray
        (..., N, S) final-demand shares α.
    tariff_share : numpy.ndarray
        (..., N, S) import-tariff shares m (:func:`import_tariff_share`).
    export_tax_share : numpy.ndarray, optional
        (..., N, N, S) export-tax shares e; None without export taxes.
    profit_share : numpy.ndarray, optional
        (..., N, S) profit shares μ; None for perfect competition.

    Returns
    -------
    callable
        ``apply(expenditure_new)``: (..., N, S) X' ↦ (..., N, S) M X'.
    """
    material_cost_share = 1.0 - va_share
    by_sector = (
        None if pi_net_new.ndim == 3 else np.ascontiguousarray(np.moveaxis(pi_net_new, -1, -3))
    )

    def apply(expenditure_new: np.ndarray) -> np.ndarray:
        if by_sector is None:
            sales = output_new(pi_net_new, expenditure_new)
        else:
            sales = _sales(by_sector, expenditure_new)
        intermediate = input_output_use(io_shares, material_cost_share * sales)
        revenue = tariff_revenue_new(tariff_share, expenditure_new, export_tax_share)
        if profit_share is not None:
            revenue = revenue + (profit_share * sales).sum(axis=-1)
        return intermediate + final_shares * revenue[..., None]

    return apply


def input_output_use(io_shares: np.ndarray, material_cost: np.ndarray) -> np.ndarray:
    """Intermediate demand for each sector's goods: ``Σ_k γ_n^{s,k} (1 − β_n^k) Y_n^k``.

    Parameters
    ----------
    io_shares : numpy.ndarray
        (..., N, S, S) input–output shares γ[n, input s, output k].
    material_cost : numpy.ndarray
        (..., N, S) spending on materials by each sector, ``(1 − β) Y``.

    Returns
    -------
    numpy.ndarray
        (..., N, S) spending on each sector's goods as inputs.
    """
    if io_shares.ndim == 3:
        return np.einsum("nsk,nk->ns", io_shares, material_cost)
    # a batch: one matrix-vector product per world and country
    return np.matmul(io_shares, material_cost[..., None])[..., 0]


def trade_wedges(
    tariff: np.ndarray,
    tariff_new: np.ndarray,
    trade_cost_hat: np.ndarray,
    export_tax: np.ndarray | None = None,
) -> tuple[np.ndarray, np.ndarray]:
    """The change in trade costs ``κ̂`` and the buyer's new price wedge over the producer's.

    ``κ̂_in^s = (1 + τ_in^s') / (1 + τ_in^s) · d̂_in^s · (1 + x_in^s')`` and
    ``(1 + τ_in^s')(1 + x_in^s')``: the buyer pays ``c (1 + x')(1 + τ') d``.

    Parameters
    ----------
    tariff : numpy.ndarray
        (..., N, N, S) tariffs τ of the world before the change.
    tariff_new : numpy.ndarray
        (..., N, N, S) counterfactual tariffs τ'.
    trade_cost_hat : numpy.ndarray
        (..., N, N, S) iceberg trade-cost changes d̂.
    export_tax : numpy.ndarray, optional
        (..., N, N, S) export taxes x' (the world before has none).

    Returns
    -------
    kappa_hat : numpy.ndarray
        (..., N, N, S) κ̂.
    wedge_new : numpy.ndarray
        (..., N, N, S) ``(1 + τ')(1 + x')``.
    """
    kappa_hat = (1.0 + tariff_new) / (1.0 + tariff) * trade_cost_hat
    wedge_new = 1.0 + tariff_new
    if export_tax is not None:
        kappa_hat = kappa_hat * (1.0 + export_tax)
        wedge_new = wedge_new * (1.0 + export_tax)
    return kappa_hat, wedge_new


def log_pi_kappa(pi: np.ndarray, kappa_hat: np.ndarray, theta: np.ndarray) -> np.ndarray:
    """The fixed weights of eqs. (11)–(12): ``log π_in^s − θ^s log κ̂_in^s``.

    Parameters
    ----------
    pi : numpy.ndarray
        (..., N, N, S) trade shares π of the world before the change.
    kappa_hat : numpy.ndarray
        (..., N, N, S) trade-cost changes κ̂ (:func:`trade_wedges`).
    theta : numpy.ndarray
        (S,) or (B, S) trade elasticities.

    Returns
    -------
    numpy.ndarray
        (..., N, N, S) the weights; ``-inf`` where π = 0.
    """
    with np.errstate(divide="ignore", invalid="ignore"):
        return np.where(pi > 0, np.log(pi) - _per_sector(theta, 2) * np.log(kappa_hat), -np.inf)


def numeraire_wages(
    log_w_hat: np.ndarray, labour_income: np.ndarray, world_income: np.ndarray | float
) -> np.ndarray:
    """Log wage changes in the numéraire, world labour income: ``Σ_n ŵ_n w_n L_n = Σ_n w_n L_n``.

    ``log ŵ_n − log(Σ_m ŵ_m w_m L_m / Σ_m w_m L_m)``

    Parameters
    ----------
    log_w_hat : numpy.ndarray
        (..., N) log wage changes.
    labour_income : numpy.ndarray
        (..., N) labour incomes ``w_n L_n`` before the change.
    world_income : numpy.ndarray or float
        ``Σ_n w_n L_n``: a number, or (B,) for a batch.

    Returns
    -------
    numpy.ndarray
        (..., N) the normalised log wage changes.
    """
    total = (np.exp(log_w_hat) * labour_income).sum(axis=-1) / world_income
    return log_w_hat - np.log(total)[..., None]


def labour_gap(
    labour_share: np.ndarray, output: np.ndarray, labour_income_new: np.ndarray
) -> np.ndarray:
    """The labour-market gaps: log of labour demand over labour income.

    ``log(Σ_s (β_n^s − μ_n^s) Y_n^s' / (ŵ_n w_n L_n))``

    Parameters
    ----------
    labour_share : numpy.ndarray
        (..., N, S) labour's share of sales, ``β − μ``.
    output : numpy.ndarray
        (..., N, S) gross output Y'.
    labour_income_new : numpy.ndarray
        (..., N) labour incomes ``ŵ_n w_n L_n`` (or those held fixed).

    Returns
    -------
    numpy.ndarray
        (..., N) the gaps; zero where the market clears.
    """
    demand = (labour_share * output).sum(axis=-1)
    return np.log(np.maximum(demand, 1e-300) / labour_income_new)
