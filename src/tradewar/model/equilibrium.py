"""A solved equilibrium's arrays, and the rules for deficits in the counterfactual."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

import numpy as np

from tradewar.baseline import Baseline
from tradewar.model.options import SolverReport

__all__ = ["DeficitRule", "Equilibrium", "multiplicative_deficits"]


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
    """Deficits proportional to value added, as in ``ge_gravity``'s multiplicative case.

    ``D_n' = δ_n ŵ_n w_n L_n − ŵ_n w_n L_n Σ_m δ_m ŵ_m w_m L_m / Σ_m ŵ_m w_m L_m`` with
    ``δ_n = D_n / (w_n L_n)``: each deficit keeps its share of labour income (value
    added, when there are no profits), with a common correction so that deficits
    still sum to zero.

    Parameters
    ----------
    baseline : Baseline
        The world whose deficits set the shares ``δ_n``.

    Returns
    -------
    callable
        The rule mapping (N,) value added ``ŵ_n w_n L_n`` to (N,) deficits ``D_n'``.
    """
    share = baseline.deficit / baseline.labour_income

    def rule(value_added_new: np.ndarray) -> np.ndarray:
        raw = share * value_added_new
        return raw - value_added_new * raw.sum() / value_added_new.sum()

    return rule
