"""A solved equilibrium's arrays, and the rules for deficits in the counterfactual."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

import numpy as np

from tradewar.baseline import Baseline
from tradewar.model.options import SolverReport

__all__ = ["DeficitRule", "Equilibrium", "multiplicative_deficits", "proportional_deficits"]


@dataclass(frozen=True, eq=False)
class Equilibrium:
    """Raw arrays of a solved counterfactual (orientation of :mod:`tradewar.baseline`).

    Parameters
    ----------
    w_hat : numpy.ndarray
        (N,) wage changes ŵ.
    price_hat : numpy.ndarray
        (N, S) sectoral price changes P̂.
    cost_hat : numpy.ndarray
        (N, S) input-bundle cost changes ĉ.
    trade_shares : numpy.ndarray
        (N, N, S) counterfactual trade shares π'.
    expenditure : numpy.ndarray
        (N, S) counterfactual expenditure X' (tariff-inclusive).
    trade : numpy.ndarray
        (N, N, S) counterfactual flows at producer prices π'X' / ((1 + τ')(1 + x')).
    output : numpy.ndarray
        (N, S) counterfactual gross output Y'.
    tariff_revenue : numpy.ndarray
        (N,) counterfactual import-tariff revenue.
    deficit : numpy.ndarray
        (N,) counterfactual deficits D'.
    income : numpy.ndarray
        (N,) counterfactual final spending ``I' = ŵ wL + Π' + R' + D'``, R' all
        policy revenue and Π' profits.
    report : SolverReport
        How the solve went.
    export_tax_revenue : numpy.ndarray or None
        (N,) counterfactual export-tax revenue of each exporter (negative for
        subsidies); zeros without export taxes.
    """

    w_hat: np.ndarray
    price_hat: np.ndarray
    cost_hat: np.ndarray
    trade_shares: np.ndarray
    expenditure: np.ndarray
    trade: np.ndarray
    output: np.ndarray
    tariff_revenue: np.ndarray
    deficit: np.ndarray
    income: np.ndarray
    report: SolverReport
    export_tax_revenue: np.ndarray | None = None


DeficitRule = np.ndarray | Callable[[np.ndarray], np.ndarray]


def multiplicative_deficits(baseline: Baseline) -> Callable[[np.ndarray], np.ndarray]:
    """Expenditure a fixed multiple of income, up to one common factor: ``ge_gravity``'s closure.

    ``E_n' = κ (1 + δ_n) ŵ_n w_n L_n`` with ``δ_n = D_n / (w_n L_n)`` of the
    baseline and ``κ = Σ_m ŵ_m w_m L_m / Σ_m (1 + δ_m) ŵ_m w_m L_m``, so that
    deficits ``D_n' = E_n' − ŵ_n w_n L_n`` still sum to zero
    (:func:`proportional_deficits`).  This is the
    equilibrium of ``ge_gravity``'s ``multiplicative`` option (Baier, Yotov &
    Zylkin 2019), whose wage update normalises world output after each step and
    so scales every expenditure by κ (with one sector and no profits, labour
    income is output, ``1 + δ_n = E_n / Y_n``).

    Parameters
    ----------
    baseline : Baseline
        The world whose deficits set the ratios ``δ_n``.

    Returns
    -------
    callable
        The rule mapping (N,) labour income ``ŵ_n w_n L_n`` to (N,) deficits ``D_n'``.
    """
    ratio = 1.0 + baseline.deficit / baseline.labour_income

    def rule(income_new: np.ndarray) -> np.ndarray:
        return proportional_deficits(ratio, income_new)

    return rule


def proportional_deficits(ratio: np.ndarray, income_new: np.ndarray) -> np.ndarray:
    """Deficits that keep spending a fixed multiple of labour income, summing to zero.

    ``D_n' = κ r_n ŵ_n w_n L_n − ŵ_n w_n L_n`` with
    ``κ = Σ_m ŵ_m w_m L_m / Σ_m r_m ŵ_m w_m L_m`` and ``r_n = 1 + δ_n``
    (:func:`multiplicative_deficits`).

    Parameters
    ----------
    ratio : numpy.ndarray
        (..., N) the ratios ``r_n`` of spending to labour income before the change.
    income_new : numpy.ndarray
        (..., N) labour incomes ``ŵ_n w_n L_n``.

    Returns
    -------
    numpy.ndarray
        (..., N) deficits D'; each row sums to zero.
    """
    spending = ratio * income_new
    scale = income_new.sum(axis=-1, keepdims=True) / spending.sum(axis=-1, keepdims=True)
    return spending * scale - income_new
