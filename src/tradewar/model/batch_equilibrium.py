"""The solved equilibria of a batch (:func:`tradewar.model.batch.solve_batch`)."""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from tradewar.model.equilibrium import Equilibrium
from tradewar.model.options import SolverOptions, SolverReport

__all__ = ["BatchEquilibrium", "Initial"]

#: First iterates of a solve, ``(ŵ, P̂, X')``: (B, N), (B, N, S), (B, N, S), or
#: without the batch axis (the same for every world).
Initial = tuple[np.ndarray, np.ndarray, np.ndarray]


@dataclass(frozen=True, eq=False)
class BatchEquilibrium:
    """The solved equilibria of a batch, arrays as :class:`Equilibrium` with a draw axis.

    Arrays of draws that failed hold their last iterate; use them only where
    ``converged``.

    Parameters
    ----------
    w_hat : numpy.ndarray
        (B, N) wage changes.
    price_hat, cost_hat : numpy.ndarray
        (B, N, S) price and input-cost changes.
    trade_shares, trade : numpy.ndarray
        (B, N, N, S) trade shares π' and flows at producer prices.
    expenditure, output : numpy.ndarray
        (B, N, S) X' and Y'.
    tariff_revenue, export_tax_revenue, deficit, income : numpy.ndarray
        (B, N) counterfactual revenues, deficits and final spending.
    converged : numpy.ndarray
        (B,) whether each draw met every tolerance.
    errors : tuple of (str or None)
        Why each draw failed (None where it converged).
    n_iter : numpy.ndarray
        (B,) outer iterations of each draw.
    residual : numpy.ndarray
        (B,) largest labour-market gap of each draw.
    trade_balance_residual : numpy.ndarray
        (B,) largest ``|imports − exports − deficit|`` / world labour income
        (:func:`~tradewar.model.assemble.identity_gaps`).
    market_residual : numpy.ndarray
        (B,) largest goods-market gap / world labour income.
    price_residual, linear_residual : numpy.ndarray
        (B,) residuals of the inner systems at the solution.
    seconds : float
        Wall time of the whole batch.
    options : SolverOptions
        The tolerances met.
    """

    w_hat: np.ndarray
    price_hat: np.ndarray
    cost_hat: np.ndarray
    trade_shares: np.ndarray
    trade: np.ndarray
    expenditure: np.ndarray
    output: np.ndarray
    tariff_revenue: np.ndarray
    export_tax_revenue: np.ndarray
    deficit: np.ndarray
    income: np.ndarray
    converged: np.ndarray
    errors: tuple[str | None, ...]
    n_iter: np.ndarray
    residual: np.ndarray
    trade_balance_residual: np.ndarray
    market_residual: np.ndarray
    price_residual: np.ndarray
    linear_residual: np.ndarray
    seconds: float
    options: SolverOptions

    @property
    def size(self) -> int:
        """Number of draws B."""
        return int(self.w_hat.shape[0])

    def equilibrium(self, b: int) -> Equilibrium:
        """Draw ``b`` as the engine's :class:`Equilibrium`, with its report.

        Parameters
        ----------
        b : int
            The draw.

        Returns
        -------
        Equilibrium
            Its arrays; ``report.seconds`` is the batch's time shared out evenly.
        """
        opts = self.options
        report = SolverReport(
            converged=bool(self.converged[b]),
            n_iter=int(self.n_iter[b]),
            price_iter=0,
            residual=float(self.residual[b]),
            trade_balance_residual=float(self.trade_balance_residual[b]),
            market_residual=float(self.market_residual[b]),
            seconds=self.seconds / max(self.size, 1),
            tol=opts.tol,
            price_residual=float(self.price_residual[b]),
            price_tol=opts.price_tol,
            linear_residual=float(self.linear_residual[b]),
            linear_tol=opts.linear_tol,
            warm_start=True,
        )
        return Equilibrium(
            w_hat=self.w_hat[b],
            price_hat=self.price_hat[b],
            cost_hat=self.cost_hat[b],
            trade_shares=self.trade_shares[b],
            expenditure=self.expenditure[b],
            trade=self.trade[b],
            output=self.output[b],
            tariff_revenue=self.tariff_revenue[b],
            deficit=self.deficit[b],
            income=self.income[b],
            report=report,
            export_tax_revenue=self.export_tax_revenue[b],
        )

    def start(self) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
        """The first iterates this solution gives another solve: ``(ŵ, P̂, X')``.

        Returns
        -------
        tuple of numpy.ndarray
            (B, N), (B, N, S), (B, N, S).
        """
        return self.w_hat, self.price_hat, self.expenditure
