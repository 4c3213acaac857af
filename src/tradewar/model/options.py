"""Settings and reports of the equilibrium solver: :class:`SolverOptions`, :class:`SolverReport`."""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

__all__ = ["SolverOptions", "SolverReport"]


@dataclass(frozen=True, slots=True)
class SolverOptions:
    """Tolerances and limits of the equilibrium solver.

    Parameters
    ----------
    tol : float
        Largest labour-market gap accepted, in logs:
        ``max_n |log(Σ_s (β_n^s − μ_n^s) Y_n^s' / (ŵ_n w_n L_n))|`` (about the
        relative gap).  The wage loop aims at ``tol / 10`` (:data:`AIM`), a
        margin for the noise of the inner solves, unless that is within ten
        times ``price_tol``; a result is returned once it meets ``tol``.
    max_iter : int
        Most outer (wage) iterations, i.e. evaluations of the wage update.
    price_tol : float
        Tolerance of the inner price fixed point, ``max |log P̂ − f(log P̂)|``
        (in log prices), met by the returned equilibrium.
    price_max_iter : int
        Most inner price iterations in any one outer iteration.
    linear_tol : float
        Relative tolerance ``‖b − (I − M) X'‖ / ‖b‖`` of the GMRES expenditure
        solve (eq. 13), met by the returned equilibrium.
    memory : int
        Anderson memory of both loops (0: plain damped iteration).
    wage_step : float or None
        Damping λ of the wage update, in (0, 1].  ``None`` picks, per country,
        ``λ_n = min(1, 1 / (1 + ε_n))`` (``min(1, 1 / ε_n)`` for a conditional
        equilibrium) with
        ``ε_n = Σ_s (Y_n^s / Y_n) θ^s Σ_m (Y_nm^s / Y_n^s)(1 − π_nm^s)``: the
        elasticity of the country's sales to its own costs (``Y_nm^s`` its
        sales to m, π the baseline's trade shares).
    inner_tol_factor : float
        Adaptive inner tolerances.  While the wages are far from equilibrium the
        price fixed point and the expenditure solve need not be exact: each
        outer iteration solves them to
        ``max(price_tol, min(1e-6, inner_tol_factor × r))`` (and likewise
        ``linear_tol``), with r the smallest labour-market gap reached so far.
        The returned equilibrium is always evaluated at ``price_tol`` and
        ``linear_tol``.  Between 0 and 1; 0 solves every inner problem at the
        full tolerances.
    """

    tol: float = 1e-10
    max_iter: int = 500
    price_tol: float = 1e-13
    price_max_iter: int = 2000
    linear_tol: float = 1e-13
    memory: int = 8
    wage_step: float | None = None
    inner_tol_factor: float = 1e-3

    def __post_init__(self) -> None:
        for name in ("tol", "price_tol", "linear_tol"):
            value = getattr(self, name)
            if not (np.isfinite(value) and value > 0):
                raise ValueError(f"SolverOptions.{name} must be a positive number, got {value!r}")
        for name in ("max_iter", "price_max_iter"):
            if int(getattr(self, name)) < 1:
                raise ValueError(f"SolverOptions.{name} must be at least 1")
        if self.memory < 0:
            raise ValueError("SolverOptions.memory must be >= 0")
        if self.wage_step is not None and not (0 < self.wage_step <= 1):
            raise ValueError("SolverOptions.wage_step must lie in (0, 1]")
        if not (0 <= self.inner_tol_factor <= 1):
            raise ValueError("SolverOptions.inner_tol_factor must lie in [0, 1]")


@dataclass(frozen=True, slots=True)
class SolverReport:
    """How a solve went: attached to every result.

    Every residual is measured on the returned equilibrium itself (evaluated
    with the full inner tolerances), beside the tolerance it had to meet.  A
    solve that misses a tolerance raises :class:`~tradewar.errors.ConvergenceError`
    instead of returning, so ``converged`` is True on any result one holds; it
    is computed from the residuals below, not assumed.

    Parameters
    ----------
    converged : bool
        ``residual <= tol``, ``price_residual <= price_tol``,
        ``linear_residual <= linear_tol``, and the trade balance and goods
        markets within :func:`~tradewar.model.assemble.identity_tol`.
    n_iter : int
        Outer (wage) iterations: evaluations of the wage update, not counting
        the final evaluation of the returned equilibrium.
    price_iter : int
        Inner price iterations, all evaluations together (the final one included).
    residual : float
        Largest labour-market gap at the solution,
        ``max_n |log(Σ_s (β_n^s − μ_n^s) Y_n^s' / (ŵ_n w_n L_n))|``.
    trade_balance_residual : float
        Largest ``|imports − exports − deficit|`` / world labour income, flows
        valued as their buyers pay before tariffs (export taxes included:
        :func:`~tradewar.model.assemble.identity_gaps`).
    seconds : float
        Wall time of the solve.
    tol : float
        The tolerance ``residual`` met (:attr:`SolverOptions.tol`).
    price_residual : float
        Largest ``|log P̂ − f(log P̂)|`` of the price fixed point at the solution.
    price_tol : float
        The tolerance ``price_residual`` met.
    linear_residual : float
        Relative residual ``‖b − (I − M) X'‖ / ‖b‖`` of the expenditure system at
        the solution; 0 for a conditional equilibrium (expenditure held fixed).
    linear_tol : float
        The tolerance ``linear_residual`` met.
    linear_iter : int
        Matrix–vector products of the expenditure solves, all evaluations together.
    warm_start : bool
        Whether the solve started from a given equilibrium (``initial``).
    market_residual : float
        Largest gap of a goods market (eq. 13 with final spending assembled from
        its parts) / world labour income; NaN where not measured.
    """

    converged: bool
    n_iter: int
    price_iter: int
    residual: float
    trade_balance_residual: float
    seconds: float
    tol: float = float("nan")
    price_residual: float = float("nan")
    price_tol: float = float("nan")
    linear_residual: float = float("nan")
    linear_tol: float = float("nan")
    linear_iter: int = 0
    warm_start: bool = False
    market_residual: float = float("nan")
