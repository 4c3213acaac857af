"""The solved equilibrium from the wage loop's last evaluation, with its :class:`SolverReport`."""

from __future__ import annotations

import logging
import time
from typing import NamedTuple, Protocol

import numpy as np

from tradewar.errors import ConvergenceError, EquilibriumError
from tradewar.model import equations as eq
from tradewar.model.equilibrium import Equilibrium
from tradewar.model.options import SolverOptions, SolverReport
from tradewar.model.solve_state import Evaluation, SolveState

__all__ = [
    "IDENTITY_TOL",
    "Accounts",
    "assemble_equilibrium",
    "identity_gaps",
    "identity_tol",
    "solution_accounts",
]

#: The largest gap of an accounting identity accepted, in units of world labour
#: income (at least ten times the wage tolerance).
IDENTITY_TOL = 1e-8


def identity_tol(opts: SolverOptions) -> float:
    """The tolerance of the identities checked at a solution: :data:`IDENTITY_TOL` or ``10 tol``.

    Parameters
    ----------
    opts : SolverOptions
        The solver's settings.

    Returns
    -------
    float
        The tolerance, in units of world labour income.
    """
    return max(IDENTITY_TOL, 10.0 * opts.tol)


class SolveArrays(Protocol):
    """What the accounts of a solution read of its solve: one world's, or a batch's.

    :class:`~tradewar.model.solve_state.SolveState` and the batched solver's
    state; arrays as in :mod:`tradewar.model.equations`, with a leading batch
    axis for a batch.
    """

    n: int
    s: int
    tariff_new: np.ndarray
    tariff_rate: np.ndarray
    export_tax: np.ndarray | None
    conditional: np.ndarray | None
    beta: np.ndarray
    gamma: np.ndarray
    alpha: np.ndarray
    mu: np.ndarray
    va: np.ndarray
    world_va: np.ndarray | float


class Accounts(NamedTuple):
    """Flows, revenues and final spending at a solution (:func:`solution_accounts`).

    Parameters
    ----------
    trade : numpy.ndarray
        (..., N, N, S) flows at producer prices ``π' X' / ((1 + τ')(1 + x'))``.
    tariff_revenue : numpy.ndarray
        (..., N) import-tariff revenue.
    export_tax_revenue : numpy.ndarray
        (..., N) export-tax revenue of each exporter (zeros without export taxes).
    income : numpy.ndarray
        (..., N) final spending ``I' = ŵ wL + Π' + R' + D'``.
    """

    trade: np.ndarray
    tariff_revenue: np.ndarray
    export_tax_revenue: np.ndarray
    income: np.ndarray


def solution_accounts(state: SolveArrays, final: Evaluation, deficit_new: np.ndarray) -> Accounts:
    """The flows, policy revenues and final spending of a solution.

    ``F' = π' X' / ((1 + τ')(1 + x'))``, ``R' = Σ_s m_n^s X_n^s'`` and the
    export-tax revenue of :func:`~tradewar.model.equations.tariff_revenue_new`,
    profits ``Π' = Σ_s μ_n^s Y_n^s'``, and
    ``I' = ŵ wL + Π' + R' + D'`` (:func:`~tradewar.model.equations.final_spending_new`).

    Parameters
    ----------
    state : SolveArrays
        The solve (one world's, or a batch's).
    final : Evaluation
        The solution's arrays.
    deficit_new : numpy.ndarray
        (..., N) deficits D'.

    Returns
    -------
    Accounts
        Flows, revenues and final spending.
    """
    trade_new = final.pi_net * final.x_new[..., None, :, :]
    tariff_share = eq.import_tariff_share(final.pi_new, state.tariff_new, state.tariff_rate)
    export_share = None if state.export_tax is None else final.pi_net * state.export_tax
    revenue_new = eq.tariff_revenue_new(tariff_share, final.x_new)
    export_revenue = eq.tariff_revenue_new(np.zeros_like(tariff_share), final.x_new, export_share)
    profits_new = (state.mu * final.y_new).sum(axis=-1)
    income_new = eq.final_spending_new(
        final.w_hat * state.va + profits_new, revenue_new + export_revenue, deficit_new
    )
    return Accounts(trade_new, revenue_new, export_revenue, income_new)


def identity_gaps(
    state: SolveArrays, final: Evaluation, income_new: np.ndarray, deficit_new: np.ndarray
) -> tuple[np.ndarray, np.ndarray]:
    """The gaps of the trade balance and of the goods markets at a solution.

    Trade balance (N,): ``Σ_i F_in − Σ_m F_nm − D_n'`` with flows valued as
    their buyers pay before tariffs, ``F = π' X' / (1 + τ')`` (the producer's
    price times ``1 + x'``): an exporter's export taxes are part of its exports'
    value, and its income (:func:`~tradewar.model.equations.tariff_revenue_new`).
    Valued at producer prices instead, the balance would be off by each
    country's export-tax revenue less the export taxes on its imports.

    Goods markets (N, S): ``X_n^s' − Σ_k γ_n^{s,k}(1 − β_n^k) Y_n^k' − α_n^s I_n'``
    (eq. 13 with the final spending assembled from its parts).

    Both in units of world labour income.  A conditional equilibrium holds
    spending at the baseline's, so neither identity is one of its equations:
    both are NaN.

    Parameters
    ----------
    state : SolveArrays
        The solve (one world's, or a batch's).
    final : Evaluation
        The solution's arrays.
    income_new : numpy.ndarray
        (..., N) final spending I'.
    deficit_new : numpy.ndarray
        (..., N) deficits D'.

    Returns
    -------
    balance : numpy.ndarray
        (..., N) trade-balance gaps.
    market : numpy.ndarray
        (..., N, S) goods-market gaps.
    """
    if state.conditional is not None:
        return np.full(state.n, np.nan), np.full((state.n, state.s), np.nan)
    unit = np.asarray(state.world_va)[..., None]
    flows = final.pi_new / (1.0 + state.tariff_new) * final.x_new[..., None, :, :]
    imports, exports = flows.sum(axis=(-3, -1)), flows.sum(axis=(-2, -1))
    balance = (imports - exports - deficit_new) / unit
    intermediate = eq.input_output_use(state.gamma, (1.0 - state.beta) * final.y_new)
    market = (final.x_new - intermediate - state.alpha * income_new[..., None]) / unit[..., None]
    return balance, market


def _within(balance: np.ndarray, market: np.ndarray, opts: SolverOptions) -> bool:
    tol = identity_tol(opts)
    return bool(np.max(np.abs(balance)) <= tol and np.max(np.abs(market)) <= tol)


def _check_identities(
    state: SolveState,
    final: Evaluation,
    income_new: np.ndarray,
    balance: np.ndarray,
    market: np.ndarray,
    n_iter: int,
) -> None:
    """Raise unless every array is finite and the identities hold (before 'converged')."""
    arrays = {
        "wages": final.w_hat,
        "prices": final.log_p,
        "expenditure": final.x_new,
        "output": final.y_new,
        "final spending": income_new,
    }
    for what, array in arrays.items():
        if not np.all(np.isfinite(array)):
            k = int(np.argmax(~np.isfinite(np.asarray(array).ravel())))
            n = k // array.shape[1] if array.ndim == 2 else k
            raise ConvergenceError(
                f"the solution's {what} are not finite numbers",
                residual=float("inf"),
                n_iter=n_iter,
                where=state.where(n),
            )
    if state.conditional is not None:
        return
    tol = identity_tol(state.opts)
    worst = float(np.max(np.abs(balance)))
    if not worst <= tol:
        raise ConvergenceError(
            f"the trade balance does not equal the deficit (tolerance {tol:.0e} of world "
            "labour income)",
            residual=worst,
            n_iter=n_iter,
            where=state.where(int(np.argmax(np.abs(balance)))),
        )
    worst = float(np.max(np.abs(market)))
    if not worst <= tol:
        n, s = np.unravel_index(int(np.argmax(np.abs(market))), market.shape)
        raise ConvergenceError(
            f"goods markets do not clear (tolerance {tol:.0e} of world labour income)",
            residual=worst,
            n_iter=n_iter,
            where=state.where(int(n), int(s)),
        )


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
    w_hat, log_p, log_c, pi_new, _, x_new, y_new = final
    deficit_final = np.asarray(state.deficits(w_hat), dtype=float)
    trade_new, revenue_new, export_revenue, income_new = solution_accounts(
        state, final, deficit_final
    )
    if (income_new <= 0).any():
        n_bad = int(np.argmin(income_new))
        raise EquilibriumError(
            f"final spending of {state.where(n_bad)} turns negative "
            f"({income_new[n_bad]:.6g}): its deficit of {deficit_final[n_bad]:.6g} cannot be "
            "financed at these prices; solve with deficits='zero'"
        )
    balance, market = identity_gaps(state, final, income_new, deficit_final)
    gap = float(np.max(np.abs(gap_final)))
    _check_identities(state, final, income_new, balance, market, n_iter)
    report = SolverReport(
        converged=bool(
            gap <= opts.tol
            and state.inner.price_residual <= opts.price_tol
            and state.inner.linear_residual <= opts.linear_tol
            and (state.conditional is not None or _within(balance, market, opts))
        ),
        n_iter=n_iter,
        price_iter=state.inner.price_iter,
        residual=gap,
        trade_balance_residual=float(np.max(np.abs(balance))),
        market_residual=float(np.max(np.abs(market))),
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
