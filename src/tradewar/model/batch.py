"""Many equilibria at once: the engine's solver with a leading draw axis.

Monte Carlo draws of the elasticities, points of a policy grid and the cases of
a sensitivity analysis are many solves of worlds that share their countries and
sectors and differ in θ, flows or policy.  :func:`solve_batch` solves B of them
together: every array gets a leading draw axis ``b``, and each loop of
:func:`~tradewar.model.solver.solve_equilibrium` becomes a batched loop whose
draws converge one by one (:func:`~tradewar.model.batch_fixed_point.anderson_batch`).

The algorithm is the engine's, draw by draw:

1. outer loop on log wages, Anderson-accelerated damped labour-market clearing
   ``log ŵ ← log ŵ + λ_n log(Σ_s (β_n^s − μ_n^s) Y_n^s' / (ŵ_n w_n L_n))`` with
   the engine's step λ (:func:`~tradewar.model.solve_state.wage_step`) and
   numéraire (world labour income unchanged);
2. given wages, the cost/price fixed point (eqs. 10–11), Anderson-accelerated;
3. given wages and prices, the goods-market system (eq. 13),
   ``X' = M X' + α (ŵ wL + D')``, Anderson-accelerated to the engine's
   relative tolerance ``‖b − (I − M) X'‖ / ‖b‖`` (the engine uses GMRES);

with the engine's adaptive inner tolerances, its aim of a tenth of the wage
tolerance, and its final evaluation at the full tolerances
(:class:`~tradewar.model.options.SolverOptions` means the same here).  A draw
that fails is not an exception: :class:`BatchEquilibrium` says which draws
converged and why the others did not, for the caller to report.

Where the draws differ only in θ and start from one solution (a Monte Carlo
around a central run), the work per draw is a fraction of a solve alone:
Python's overhead is paid once per iteration for all draws.

The pieces: :class:`~tradewar.model.world_batch.WorldBatch` stacks the worlds,
:class:`~tradewar.model.batch_state.BatchState` holds one batched solve (the
engine's :class:`~tradewar.model.price_system.PriceSystem` and equations with a
draw axis, the inner solves, the wage map), this module runs the outer loop and
assembles the :class:`~tradewar.model.batch_equilibrium.BatchEquilibrium` with
the engine's accounts (:func:`~tradewar.model.assemble.solution_accounts`,
:func:`~tradewar.model.assemble.identity_gaps`).
"""

from __future__ import annotations

import time
from typing import Literal

import numpy as np

from tradewar.model.assemble import identity_gaps, solution_accounts
from tradewar.model.batch_equilibrium import BatchEquilibrium, Initial
from tradewar.model.batch_fixed_point import anderson_batch
from tradewar.model.batch_state import BatchState
from tradewar.model.options import SolverOptions
from tradewar.model.solve_state import Evaluation
from tradewar.model.tolerances import EXACT_ROUND_ITER, EXACT_ROUNDS, aim
from tradewar.model.world_batch import WorldBatch

__all__ = ["BatchEquilibrium", "WorldBatch", "solve_batch"]


def solve_batch(
    world: WorldBatch,
    tariff_new: np.ndarray,
    trade_cost_hat: np.ndarray,
    deficits: Literal["fixed", "multiplicative"] | np.ndarray = "fixed",
    options: SolverOptions | None = None,
    *,
    deficit_change: np.ndarray | None = None,
    export_tax: np.ndarray | None = None,
    initial: Initial | None = None,
) -> BatchEquilibrium:
    """Solve B equilibria in changes together.

    Parameters
    ----------
    world : WorldBatch
        The B worlds before the change.
    tariff_new : numpy.ndarray
        (B, N, N, S) counterfactual tariffs τ' (or (N, N, S), the same for all).
    trade_cost_hat : numpy.ndarray
        (B, N, N, S) iceberg trade-cost changes d̂ (or (N, N, S)).
    deficits : {"fixed", "multiplicative"} or numpy.ndarray, default "fixed"
        Counterfactual deficits in units of the numéraire: each world's own
        (``"fixed"``), a constant share of value added with a common correction
        (``"multiplicative"``, :func:`~tradewar.model.equilibrium.multiplicative_deficits`),
        or given, (B, N) or (N,), summing to zero.
    options : SolverOptions, optional
        Solver settings, as for :func:`~tradewar.model.solver.solve_equilibrium`.
    deficit_change : numpy.ndarray, optional
        (B, N) or (N,) a fixed change added to the deficits.
    export_tax : numpy.ndarray, optional
        (B, N, N, S) or (N, N, S) export taxes x'.
    initial : tuple of numpy.ndarray, optional
        First iterates ``(ŵ, P̂, X')``, (B, N), (B, N, S), (B, N, S) or without
        the draw axis (e.g. a central solution for every draw).

    Returns
    -------
    BatchEquilibrium
        Every draw's arrays, whether it converged and why not.

    Raises
    ------
    ValueError
        Arrays whose shapes do not fit the batch.
    """
    opts = options or SolverOptions()
    started = time.perf_counter()
    state = BatchState(
        world, tariff_new, trade_cost_hat, deficits, opts, deficit_change, export_tax
    )
    state.set_initial(initial)
    log_w, gap, n_iter = _wage_loop(state)
    return _assemble(state, log_w, gap, n_iter, started)


def _wage_loop(state: BatchState) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """The outer loop of every draw (:func:`~tradewar.model.solver._wage_loop`, batched).

    Returns the log wages, the labour-market gaps of the last exact evaluation
    (NaN for draws that failed before it) and each draw's outer iterations.
    """
    opts = state.opts
    goal = aim(opts)
    everyone = np.arange(state.b)
    log_w = state.log_w0.copy()
    n_iter = np.zeros(state.b, dtype=int)
    gaps = np.full((state.b, state.n), np.nan)
    todo = everyone[state.ok(everyone)]
    target = np.full(state.b, goal)
    for round_ in range(EXACT_ROUNDS + 1):
        if not todo.size:
            break
        budget = opts.max_iter - n_iter[todo]
        if round_:
            budget = np.minimum(budget, EXACT_ROUND_ITER)

        def outer(x: np.ndarray, sub: np.ndarray, todo: np.ndarray = todo) -> np.ndarray:
            return state.wage_map(x, todo[sub])

        res = anderson_batch(
            outer,
            log_w[todo],
            tol=target[todo],
            max_iter=np.maximum(budget, 1),
            memory=opts.memory,
            scale=state.step[todo],
        )
        n_iter[todo] += res.n_iter
        log_w[todo] = res.x
        if round_ == 0:
            missed = np.max(np.abs(res.residual), axis=1) > opts.tol
            missed |= ~np.isfinite(res.error)
            state.fail(todo[missed], "equilibrium wages did not converge")
        todo = todo[state.ok(todo)]
        if not todo.size:
            break
        log_w[todo] = state.normalise(log_w[todo], todo)
        ev = state.evaluate(log_w[todo], todo, tight=True)
        gap = state.labour_gap(ev.w_hat, ev.y_new, todo)
        gaps[todo] = gap
        largest = np.max(np.abs(gap), axis=1)
        largest = np.where(np.isfinite(largest), largest, np.inf)
        again = (largest > opts.tol) & (n_iter[todo] < opts.max_iter) & state.ok(todo)
        todo = todo[again]
        state.exact[todo] = True
        target[todo] = np.minimum(goal, 0.5 * largest[again])
    missed = ~(np.max(np.abs(gaps), axis=1) <= opts.tol)
    state.fail(everyone[missed], "equilibrium wages did not converge")
    return log_w, gaps, n_iter


def _assemble(
    state: BatchState, log_w: np.ndarray, gaps: np.ndarray, n_iter: np.ndarray, started: float
) -> BatchEquilibrium:
    """Every draw's arrays at its solution (:func:`~tradewar.model.assemble.assemble_equilibrium`).

    The solution of every draw still standing is evaluated once more at the
    same wages and the full tolerances (its inner solves start at their
    solutions: an iteration each); a failed draw keeps its last iterate, NaN
    where it has none.
    """
    opts = state.opts
    b, n, s = state.b, state.n, state.s
    everyone = np.arange(b)
    final = Evaluation(
        np.exp(log_w),
        state.log_p.copy(),
        np.full((b, n, s), np.nan),
        np.full((b, n, n, s), np.nan),
        np.full((b, n, n, s), np.nan),
        state.x.copy(),
        np.full((b, n, s), np.nan),
    )
    rows = everyone[state.ok(everyone)]
    if rows.size:
        ev = state.evaluate(log_w[rows], rows, tight=True)
        for whole, part in zip(final, ev, strict=True):
            whole[rows] = part
        gaps[rows] = state.labour_gap(ev.w_hat, ev.y_new, rows)
    deficit = state.deficits(final.w_hat * state.va, everyone)
    accounts = solution_accounts(state, final, deficit)
    income = accounts.income
    for k in np.flatnonzero(state.ok(everyone) & ~(income > 0).all(axis=1)):
        bad = int(np.argmin(income[k]))
        state.fail(
            np.array([k]),
            f"final spending of country {state.world.countries[bad]} turns negative "
            f"({income[k, bad]:.6g}): its deficit of {deficit[k, bad]:.6g} cannot be "
            "financed at these prices",
        )
    balance, market = identity_gaps(state, final, income, deficit)
    residual = np.max(np.abs(gaps), axis=1)
    converged = (
        state.ok(everyone)
        & (residual <= opts.tol)
        & (state.price_residual <= opts.price_tol)
        & (state.linear_residual <= opts.linear_tol)
    )
    state.fail(everyone[~converged], "an inner system missed its tolerance at the solution")
    return BatchEquilibrium(
        w_hat=final.w_hat,
        price_hat=np.exp(final.log_p),
        cost_hat=np.exp(final.log_c),
        trade_shares=final.pi_new,
        trade=accounts.trade,
        expenditure=final.x_new,
        output=final.y_new,
        tariff_revenue=accounts.tariff_revenue,
        export_tax_revenue=accounts.export_tax_revenue,
        deficit=deficit,
        income=income,
        converged=converged,
        errors=tuple(state.failure),
        n_iter=n_iter,
        residual=residual,
        trade_balance_residual=np.max(np.abs(balance), axis=1),
        market_residual=np.max(np.abs(market), axis=(1, 2)),
        price_residual=state.price_residual,
        linear_residual=state.linear_residual,
        seconds=time.perf_counter() - started,
        options=opts,
    )
