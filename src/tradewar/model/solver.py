"""Solve the Caliendo–Parro equilibrium in changes for given tariffs, trade costs and deficits.

Algorithm (nested, every loop checked):

1. Outer loop on log wages ``log ŵ`` (N unknowns): Anderson-accelerated damped
   labour-market clearing,
   ``log ŵ ← log ŵ + λ_n log(Σ_s (β_n^s − μ_n^s) Y_n^s' / (ŵ_n w_n L_n))``,
   renormalised so that world labour income (value added, without profits) is the
   numéraire (``Σ_n ŵ_n w_n L_n = Σ_n w_n L_n``).
2. Given wages, sectoral prices solve the cost/price fixed point (eqs. 10–11),
   also Anderson-accelerated, warm-started from the previous outer iterate.
3. Given wages and prices, expenditure solves the linear goods-market system
   (eq. 13) by GMRES, warm-started likewise.

Inner solves are inexact while the wages are far from equilibrium: their
tolerances follow the outer residual (:attr:`SolverOptions.inner_tol_factor`),
and the returned equilibrium is evaluated at the full tolerances; should that
evaluation miss the wage tolerance, the loop goes on with exact inner solves.
The wage loop aims at a tenth of its tolerance (:data:`AIM`), a margin for the
noise of the inner solves.

The pieces: :class:`~tradewar.model.solve_state.SolveState` holds one solve
(its arrays, the inner solves and the wage map), this module runs the outer
loop, and :func:`~tradewar.model.assemble.assemble_equilibrium` builds the
returned :class:`~tradewar.model.equilibrium.Equilibrium` and its report.

At the fixed point labour markets clear, goods markets clear, and so every
country's trade balance equals its deficit (Walras).  A loop that stops short
of its tolerance raises :class:`~tradewar.errors.ConvergenceError`, naming the
country (and sector) with the largest residual.
"""

from __future__ import annotations

import dataclasses
import logging
import time

import numpy as np

from tradewar.baseline import Baseline
from tradewar.model.assemble import assemble_equilibrium
from tradewar.model.equilibrium import DeficitRule, Equilibrium
from tradewar.model.fixed_point import anderson
from tradewar.model.options import SolverOptions
from tradewar.model.solve_state import Evaluation, SolveState
from tradewar.model.tolerances import EXACT_ROUND_ITER, EXACT_ROUNDS, aim

__all__ = ["solve_equilibrium", "value_unit"]

log = logging.getLogger(__name__)


def solve_equilibrium(
    baseline: Baseline,
    tariff_new: np.ndarray,
    trade_cost_hat: np.ndarray,
    deficit_new: DeficitRule,
    options: SolverOptions | None = None,
    *,
    export_tax: np.ndarray | None = None,
    conditional: np.ndarray | None = None,
    initial: Equilibrium | None = None,
) -> Equilibrium:
    """Solve the equilibrium in changes.

    Parameters
    ----------
    baseline : Baseline
        The world before the change.
    tariff_new : numpy.ndarray
        (N, N, S) counterfactual tariffs τ' (fractions).
    trade_cost_hat : numpy.ndarray
        (N, N, S) iceberg trade-cost changes d̂ (1 = unchanged).
    deficit_new : numpy.ndarray or callable
        (N,) counterfactual deficits in units of the numéraire (world labour
        income of the baseline), summing to zero; or a rule mapping value added
        ``ŵ wL`` to deficits (:func:`multiplicative_deficits`).
    options : SolverOptions, optional
        Solver settings; default :class:`SolverOptions` ().
    export_tax : numpy.ndarray, optional
        (N, N, S) export taxes x' set by the exporter (negative: subsidies); the
        baseline has none.  The buyer pays ``c (1 + x')(1 + τ') d``.
    conditional : numpy.ndarray, optional
        (N,) labour incomes (value added without profits) to hold fixed: the
        *conditional* equilibrium of structural gravity (Yotov et al. 2016,
        ch. 2), in which spending stays at the baseline's and factory-gate
        prices adjust until each country's sales earn these incomes.  None
        solves the full general equilibrium.
    initial : Equilibrium, optional
        A solved equilibrium of the same baseline to start from (warm start):
        its wages, prices and expenditure are the first iterates.  Started from
        its own solution, a solve takes one outer iteration, or two when that
        solution met the tolerance but not the wage loop's aim, a tenth of it
        (:func:`~tradewar.model.tolerances.aim`): the first iteration measures
        the same gap, above the aim, and one more step closes it.

    Returns
    -------
    Equilibrium
        The counterfactual arrays and the :class:`SolverReport`.

    Raises
    ------
    ConvergenceError
        If a loop stops before its tolerance: the wage loop (names the country
        with the largest labour-market gap), the price fixed point or the
        expenditure system (name the country and sector).
    DataError
        If a country of the baseline has no labour income.
    EquilibriumError
        If a country's final spending turns negative (a deficit that cannot be
        financed).
    ValueError
        If ``initial`` does not have the baseline's shape.
    """
    opts = options or SolverOptions()
    started = time.perf_counter()
    unit = value_unit(baseline)
    if unit != 1.0:  # solve in units of world labour income, then scale back
        baseline = baseline.replace(trade=baseline.trade / unit)
        deficit_new = _scaled_rule(deficit_new, unit)
        conditional = None if conditional is None else conditional / unit
        if initial is not None:
            initial = dataclasses.replace(initial, expenditure=initial.expenditure / unit)
    state = SolveState(
        baseline,
        tariff_new,
        trade_cost_hat,
        deficit_new,
        opts,
        export_tax=export_tax,
        conditional=conditional,
        initial=initial,
    )
    final, gap_final, n_iter = _wage_loop(state)
    solved = assemble_equilibrium(state, final, gap_final, n_iter, started)
    return solved if unit == 1.0 else _in_units(solved, unit)


def value_unit(baseline: Baseline) -> float:
    """The power of two nearest the world's labour income: the unit values are solved in.

    Dividing by a power of two is exact, so a world in ordinary units solves to
    the same bits, and one whose values are scaled by ``1e200`` (or ``1e-200``)
    solves to the same equilibrium instead of overflowing (or underflowing).

    Parameters
    ----------
    baseline : Baseline
        The world.

    Returns
    -------
    float
        ``2 ** round(log2(Σ w_n L_n))``; 1 when that is not a positive finite number.
    """
    total = float(np.sum(baseline.labour_income))
    if not (np.isfinite(total) and total > 0):
        return 1.0
    return float(2.0 ** round(np.log2(total)))


def _scaled_rule(deficit_new: DeficitRule, unit: float) -> DeficitRule:
    """Deficits (or a deficit rule) in values divided by ``unit``."""
    if not callable(deficit_new):
        return np.asarray(deficit_new, dtype=float) / unit
    rule = deficit_new
    return lambda income: rule(income * unit) / unit


def _in_units(solved: Equilibrium, unit: float) -> Equilibrium:
    """An equilibrium solved in values divided by ``unit``, in the world's units again."""
    values = ("expenditure", "trade", "output", "tariff_revenue", "deficit", "income")
    changes = {name: getattr(solved, name) * unit for name in values}
    if solved.export_tax_revenue is not None:
        changes["export_tax_revenue"] = solved.export_tax_revenue * unit
    return dataclasses.replace(solved, **changes)


def _wage_loop(state: SolveState) -> tuple[Evaluation, np.ndarray, int]:
    """The outer loop on wages: the solution's arrays, its labour-market gaps, iterations.

    Inexact inner solves first; then the returned equilibrium is evaluated at
    the full inner tolerances.  Should that evaluation miss the wage tolerance
    (inexact evaluations misled the loop, or the inner solves' own noise
    straddles it), the loop iterates on with exact inner solves towards a
    tighter target, a few rounds at most.
    """
    opts = state.opts
    goal = aim(opts)
    log_w, n_iter, target = state.log_w0, 0, goal
    for round_ in range(EXACT_ROUNDS + 1):
        budget = opts.max_iter - n_iter
        result = anderson(
            state.wage_map,
            log_w,
            tol=target,
            max_iter=budget if round_ == 0 else min(budget, EXACT_ROUND_ITER),
            memory=opts.memory,
            scale=state.step,
        )
        n_iter += result.n_iter
        log_w = result.x
        if round_ == 0 and not np.max(np.abs(result.residual)) <= opts.tol:
            raise state.fail(result.residual, n_iter, "equilibrium wages did not converge")
        final = state.evaluate(state.normalise(log_w), tight=True)
        gap_final = state.labour_gap(final.w_hat, final.y_new)
        largest = float(np.max(np.abs(gap_final)))
        if largest <= opts.tol or n_iter >= opts.max_iter:
            break
        log.debug("wage loop met its tolerance on inexact evaluations only: iterating on")
        state.tols.exact = True
        target = min(goal, 0.5 * largest)
    if not largest <= opts.tol:
        what = "equilibrium wages did not converge"
        if state.conditional is not None:
            what += (
                " (a conditional equilibrium: can the fixed spending, at the new trade "
                "shares, pay the labour incomes held fixed?)"
            )
        raise state.fail(gap_final, n_iter, what)
    return final, gap_final, n_iter
