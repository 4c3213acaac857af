"""The solver's inner solves, each warm-started from its last solution and counted.

Given wages, :meth:`InnerSolves.prices` solves the cost/price fixed point (eqs.
10–11, Anderson-accelerated); given wages and prices,
:meth:`InnerSolves.expenditure` solves the goods-market system (eq. 13) by
GMRES.  Both record their iterations and residuals for the
:class:`~tradewar.model.options.SolverReport`, and raise
:class:`~tradewar.errors.ConvergenceError` at the country and sector with the
largest residual when they stop short.
"""

from __future__ import annotations

from collections.abc import Callable

import numpy as np
from scipy.sparse.linalg import LinearOperator, gmres

from tradewar.errors import ConvergenceError
from tradewar.model.fixed_point import anderson
from tradewar.model.options import SolverOptions
from tradewar.model.price_system import PriceSystem

__all__ = ["InnerSolves"]


class InnerSolves:
    """The price fixed point and the expenditure system of one solve, with warm starts.

    Parameters
    ----------
    system : PriceSystem
        The solve's cost and price system.
    opts : SolverOptions
        Solver settings (price iterations, Anderson memory).
    log_p : numpy.ndarray
        (N·S,) first log prices, flattened.
    x : numpy.ndarray
        (N·S,) first expenditure, flattened.
    where : callable
        ``where(country, sector)`` names a cell in error messages.
    """

    def __init__(
        self,
        system: PriceSystem,
        opts: SolverOptions,
        log_p: np.ndarray,
        x: np.ndarray,
        where: Callable[[int, int], str],
    ) -> None:
        self.system = system
        self.opts = opts
        self.n, _, self.s = system.log_pi_kappa.shape
        self.where = where
        #: warm starts: the last log prices and expenditure, flattened
        self.log_p = log_p
        self.x = x
        self.price_iter = 0
        self.linear_iter = 0
        self.price_residual = float("nan")
        self.linear_residual = float("nan")

    def prices(self, log_w: np.ndarray, tol: float) -> np.ndarray:
        """Solve the cost/price fixed point given wages (eqs. 10–11).

        Parameters
        ----------
        log_w : numpy.ndarray
            (N,) log wage changes.
        tol : float
            Tolerance of the fixed point, in log prices.

        Returns
        -------
        numpy.ndarray
            (N, S) log price changes.

        Raises
        ------
        ConvergenceError
            If the fixed point does not converge (names the country and sector).
        """
        n, s, system = self.n, self.s, self.system

        def price_map(log_p_flat: np.ndarray) -> np.ndarray:
            log_c = system.input_cost(log_w, log_p_flat.reshape(n, s))
            return system.log_price_index(log_c).ravel()

        if not system.uses_inputs:
            # no intermediate inputs: prices follow from wages in one evaluation
            self.price_iter += 1
            self.price_residual = 0.0
            self.log_p = price_map(self.log_p)
            return self.log_p.reshape(n, s)
        res = anderson(
            price_map,
            self.log_p,
            tol=tol,
            max_iter=self.opts.price_max_iter,
            memory=self.opts.memory,
        )
        self.price_iter += res.n_iter
        worst = int(np.argmax(np.abs(res.residual)))
        self.price_residual = float(np.abs(res.residual[worst]))
        if not res.converged:
            raise ConvergenceError(
                f"price fixed point did not converge to {tol:.1e}",
                residual=self.price_residual,
                n_iter=res.n_iter,
                where=self.where(worst // s, worst % s),
            )
        self.log_p = res.x
        return res.x.reshape(n, s)

    def expenditure(
        self,
        apply_m: Callable[[np.ndarray], np.ndarray],
        b: np.ndarray,
        rtol: float,
        tight: bool,
    ) -> np.ndarray:
        """Solve the goods-market system ``(I − M) X' = b`` by GMRES (eq. 13).

        Parameters
        ----------
        apply_m : callable
            ``X ↦ M X`` on (N, S) arrays
            (:func:`~tradewar.model.equations.expenditure_operator`).
        b : numpy.ndarray
            (N·S,) final spending on each sector, flattened.
        rtol : float
            Relative tolerance of GMRES.
        tight : bool
            Whether this is the returned equilibrium's solve (its true residual
            is measured and recorded).

        Returns
        -------
        numpy.ndarray
            (N, S) expenditure X'.

        Raises
        ------
        ConvergenceError
            If GMRES does not reach ``rtol`` (names the country and sector).
        """
        n, s = self.n, self.s
        products = self.linear_iter

        def matvec(x: np.ndarray) -> np.ndarray:
            self.linear_iter += 1
            return x - apply_m(x.reshape(n, s)).ravel()

        op = LinearOperator((n * s, n * s), matvec=matvec, dtype=float)
        x, info = gmres(
            op,
            b,
            x0=self.x,
            rtol=rtol,
            atol=0.0,
            restart=min(60, n * s),
            maxiter=200,
        )
        if info == 0 and not tight:
            self.x = x
            return x.reshape(n, s)
        # the returned equilibrium, or a failure: measure the true residual
        gap = matvec(x) - b
        self.linear_residual = float(np.linalg.norm(gap)) / max(float(np.linalg.norm(b)), 1e-300)
        if info != 0 or not self.linear_residual <= rtol:
            worst = int(np.argmax(np.abs(gap)))
            raise ConvergenceError(
                f"expenditure system (GMRES) did not converge to {rtol:.1e}",
                residual=self.linear_residual,
                n_iter=self.linear_iter - products - 1,
                where=self.where(worst // s, worst % s),
            )
        self.x = x
        return x.reshape(n, s)
