"""The solved equilibrium from the wage loop's last evaluation, with its :class:`SolverReport`."""

from __future__ import annotations

import logging
import time

import numpy as np

from tradewar.errors import EquilibriumError
from tradewar.model import equations as eq
from tradewar.model.equilibrium import Equilibrium
from tradewar.model.options import SolverReport
from tradewar.model.solve_state import Evaluation, SolveState

__all__ = ["assemble_equilibrium"]

# reported under the solver's name, as the solve it closes
log = logging.getLogger("tradewar.model.solver")


def assemble_equilibrium(
    state: SolveState,
    final: Evaluation,
    gap_final: np.ndarray,
    n_iter: int,
    started: float,
) -> Equilibrium:
    """Flows, revenues, deficits and final spending at the solution, and the report.

    Parameters
    ----------
    state : SolveState
        The solve (its data and counters).
    final : Evaluation
        The solution's arrays, evaluated at the full inner tolerances.
    gap_final : numpy.ndarray
        (N,) labour-market gaps at the solution.
    n_iter : int
        Outer iterations done.
    started : float
        :func:`time.perf_counter` when the solve began.

    Returns
    -------
    Equilibrium
        The counterfactual arrays and the :class:`SolverReport`.

    Raises
    ------
    EquilibriumError
        If a country's final spending turns negative (a deficit that cannot be
        financed).
    """
    opts = state.opts
    w_hat, log_p, log_c, pi_new, pi_net, x_new, y_new = final
    trade_new = pi_net * x_new[None, :, :]
    tariff_share, export_share = state.revenue_shares(pi_new, pi_net)
    revenue_new = eq.tariff_revenue_new(tariff_share, x_new)
    export_revenue = eq.tariff_revenue_new(np.zeros_like(tariff_share), x_new, export_share)
    deficit_final = np.asarray(state.deficits(w_hat), dtype=float)
    profits_new = (state.mu * y_new).sum(axis=1)
    income_new = eq.final_spending_new(
        w_hat * state.va + profits_new, revenue_new + export_revenue, deficit_final
    )
    if (income_new <= 0).any():
        n_bad = int(np.argmin(income_new))
        raise EquilibriumError(
            f"final spending of {state.where(n_bad)} turns negative "
            f"({income_new[n_bad]:.6g}): its deficit of {deficit_final[n_bad]:.6g} cannot be "
            "financed at these prices; solve with deficits='zero'"
        )
    imports = trade_new.sum(axis=(0, 2))
    exports = trade_new.sum(axis=(1, 2))
    balance_gap = float(np.max(np.abs(imports - exports - deficit_final)) / state.world_va)
    gap = float(np.max(np.abs(gap_final)))
    report = SolverReport(
        converged=bool(
            gap <= opts.tol
            and state.inner.price_residual <= opts.price_tol
            and state.inner.linear_residual <= opts.linear_tol
        ),
        n_iter=n_iter,
        price_iter=state.inner.price_iter,
        residual=gap,
        trade_balance_residual=balance_gap,
        seconds=time.perf_counter() - started,
        tol=opts.tol,
        price_residual=state.inner.price_residual,
        price_tol=opts.price_tol,
        linear_residual=state.inner.linear_residual,
        linear_tol=opts.linear_tol,
        linear_iter=state.inner.linear_iter,
        warm_start=state.warm_start,
    )
    log.debug("equilibrium solved: %s", report)
    return Equilibrium(
        w_hat=w_hat,
        price_hat=np.exp(log_p),
        cost_hat=np.exp(log_c),
        trade_shares=pi_new,
        expenditure=x_new,
        trade=trade_new,
        output=y_new,
        tariff_revenue=revenue_new,
        deficit=deficit_final,
        export_tax_revenue=export_revenue,
        income=income_new,
        report=report,
    )
