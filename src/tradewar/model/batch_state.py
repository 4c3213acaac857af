"""One batched solve's state: its fixed arrays, the evaluation at given wages, the wage map.

The batched twin of :class:`~tradewar.model.solve_state.SolveState`, on the
same equations: :class:`~tradewar.model.price_system.PriceSystem` and
:mod:`~tradewar.model.equations` with a leading draw axis.  Its inner solves
are Anderson iterations per draw
(:func:`~tradewar.model.batch_fixed_point.anderson_batch`), each warm-started
from its last solution; a draw whose inner solve fails is recorded with the
reason and iterated no more, never raised.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Literal, NamedTuple

import numpy as np

from tradewar.model import equations as eq
from tradewar.model.batch_equilibrium import Initial
from tradewar.model.batch_fixed_point import anderson_batch
from tradewar.model.equilibrium import proportional_deficits
from tradewar.model.options import SolverOptions
from tradewar.model.price_system import PriceSystem, policy_price_system
from tradewar.model.solve_state import Evaluation, wage_step
from tradewar.model.tolerances import LOOSEST_INNER_TOL
from tradewar.model.world_batch import WorldBatch

__all__ = ["BatchState"]

#: Most iterations of a draw's goods-market system (eq. 13).
EXPENDITURE_MAX_ITER = 400


class BatchState:
    """One batched solve: the fixed arrays, the warm starts, per-draw tolerances and failures.

    Parameters
    ----------
    world : WorldBatch
        The B worlds before the change.
    tariff_new : numpy.ndarray
        (B, N, N, S) or (N, N, S) counterfactual tariffs τ'.
    trade_cost_hat : numpy.ndarray
        (B, N, N, S) or (N, N, S) iceberg trade-cost changes d̂.
    deficits : {"fixed", "multiplicative"} or numpy.ndarray
        Each world's own deficits, a constant share of labour income
        (:func:`~tradewar.model.equilibrium.proportional_deficits`), or given
        ((B, N) or (N,)).
    opts : SolverOptions
        Solver settings.
    deficit_change : numpy.ndarray, optional
        (B, N) or (N,) a fixed change added to the deficits.
    export_tax : numpy.ndarray, optional
        (B, N, N, S) or (N, N, S) export taxes x'.

    Raises
    ------
    ValueError
        An unknown deficit treatment.
    """

    #: a batch solves the full general equilibrium (no labour incomes held)
    conditional: np.ndarray | None = None

    def __init__(
        self,
        world: WorldBatch,
        tariff_new: np.ndarray,
        trade_cost_hat: np.ndarray,
        deficits: Literal["fixed", "multiplicative"] | np.ndarray,
        opts: SolverOptions,
        deficit_change: np.ndarray | None = None,
        export_tax: np.ndarray | None = None,
    ) -> None:
        self.world, self.opts = world, opts
        b, n, s = world.size, len(world.countries), len(world.sectors)
        self.b, self.n, self.s = b, n, s
        shape = (b, n, n, s)
        self.tariff_new = np.broadcast_to(np.asarray(tariff_new, dtype=float), shape)
        trade_cost_hat = np.broadcast_to(np.asarray(trade_cost_hat, dtype=float), shape)
        self.tariff_rate = self.tariff_new / (1.0 + self.tariff_new)
        self.export_tax = (
            None if export_tax is None else np.broadcast_to(np.asarray(export_tax, float), shape)
        )
        self.va = world.labour_income
        self.failure: list[str | None] = [None] * b
        for k in np.flatnonzero(~(self.va > 0).all(axis=1)):
            bad = world.countries[int(np.argmin(self.va[k]))]
            self.failure[k] = f"country {bad} has no labour income"
        self.beta, self.gamma, self.alpha = world.va_share, world.io_shares, world.final_shares
        self.mu = world.profit_share
        self.has_profits = bool(np.any(self.mu))
        self.labour_share = self.beta - self.mu
        self.system, self.wedge_new = policy_price_system(
            world, self.tariff_new, trade_cost_hat, self.export_tax
        )
        self.deficit_fixed: np.ndarray | None = None
        self.deficit_ratio: np.ndarray | None = None
        if isinstance(deficits, str):
            if deficits not in ("fixed", "multiplicative"):
                raise ValueError(f"deficits must be 'fixed' or 'multiplicative', got {deficits!r}")
            if deficits == "fixed":
                self.deficit_fixed = world.deficit
            else:
                self.deficit_ratio = 1.0 + world.deficit / np.where(self.va > 0, self.va, 1.0)
        else:
            self.deficit_fixed = np.broadcast_to(np.asarray(deficits, float), (b, n))
        self.deficit_change = (
            None
            if deficit_change is None
            else np.broadcast_to(np.asarray(deficit_change, float), (b, n))
        )
        self.step = (
            np.full((b, n), opts.wage_step) if opts.wage_step is not None else wage_step(world)
        )
        self.world_va = self.va.sum(axis=1)
        #: adaptive inner tolerances: the best outer residual so far, and exact rows
        self.best = np.full(b, np.inf)
        self.exact = np.full(b, opts.inner_tol_factor == 0)
        #: warm starts of the wage loop and the inner solves
        self.log_w0 = np.zeros((b, n))
        self.log_p = np.zeros((b, n, s))
        self.x = world.expenditure.copy()
        self.price_residual = np.full(b, np.nan)
        self.linear_residual = np.full(b, np.nan)
        self._memo: tuple[bytes, _Rows] | None = None
        self._scratch: dict[tuple[str, tuple[int, ...]], np.ndarray] = {}

    def set_initial(self, initial: Initial | None) -> None:
        """Start every loop from ``initial`` (ŵ, P̂, X'), broadcast over draws.

        Parameters
        ----------
        initial : tuple of numpy.ndarray or None
            First iterates, with or without the draw axis; None keeps the
            world's (no change).

        Raises
        ------
        ValueError
            If they do not fit the batch's shape.
        """
        if initial is None:
            return
        w_hat, price_hat, expenditure = initial
        b, n, s = self.b, self.n, self.s
        try:
            self.log_w0 = np.log(np.broadcast_to(np.asarray(w_hat, float), (b, n))).copy()
            self.log_p = np.log(np.broadcast_to(np.asarray(price_hat, float), (b, n, s))).copy()
            self.x = np.broadcast_to(np.asarray(expenditure, float), (b, n, s)).copy()
        except ValueError:
            raise ValueError(
                f"the initial solution does not fit the batch's shape {(b, n, s)}"
            ) from None

    # ------------------------------------------------------------------ draws
    def rows(self, rows: np.ndarray) -> _Rows:
        """The fixed arrays of some draws (the last selection is kept).

        Parameters
        ----------
        rows : numpy.ndarray
            Indices of the draws.

        Returns
        -------
        _Rows
            Their arrays and price system.
        """
        key = rows.tobytes()
        if self._memo is not None and self._memo[0] == key:
            return self._memo[1]
        part = _Rows(self, rows)
        self._memo = (key, part)
        return part

    def fail(self, rows: np.ndarray, message: str) -> None:
        """Record why draws failed (the first reason of each draw is kept).

        Parameters
        ----------
        rows : numpy.ndarray
            Indices of the draws.
        message : str
            Why they failed.
        """
        for k in rows:
            if self.failure[k] is None:
                self.failure[k] = message

    def ok(self, rows: np.ndarray) -> np.ndarray:
        """Which of some draws have not failed.

        Parameters
        ----------
        rows : numpy.ndarray
            Indices of the draws.

        Returns
        -------
        numpy.ndarray
            (len(rows),) booleans.
        """
        return np.array([self.failure[k] is None for k in rows], dtype=bool)

    def tolerances(self, rows: np.ndarray, tight: bool) -> tuple[np.ndarray, np.ndarray]:
        """Price and linear tolerances of some draws, as :class:`InnerTolerances` sets them.

        Parameters
        ----------
        rows : numpy.ndarray
            Indices of the draws.
        tight : bool
            The full tolerances (a solution's evaluation) instead of the adaptive ones.

        Returns
        -------
        tuple of numpy.ndarray
            (len(rows),) tolerances of the price fixed point and of the goods markets.
        """
        opts = self.opts
        if tight:
            return np.full(rows.size, opts.price_tol), np.full(rows.size, opts.linear_tol)
        loose = np.minimum(LOOSEST_INNER_TOL, opts.inner_tol_factor * self.best[rows])
        loose = np.where(self.exact[rows], 0.0, loose)
        return np.maximum(opts.price_tol, loose), np.maximum(opts.linear_tol, loose)

    # ------------------------------------------------------------------ evaluation
    def evaluate(self, log_w: np.ndarray, rows: np.ndarray, tight: bool = False) -> Evaluation:
        """Every counterfactual array of some draws at wages ``log_w``.

        Parameters
        ----------
        log_w : numpy.ndarray
            (len(rows), N) log wage changes (normalised).
        rows : numpy.ndarray
            Indices of the draws.
        tight : bool, default False
            Solve the inner systems at the full tolerances.

        Returns
        -------
        Evaluation
            The arrays of :class:`~tradewar.model.solve_state.Evaluation` with a
            draw axis; NaN in draws whose inner solve failed.  ``pi_new`` and
            ``pi_net`` live in workspaces that the next evaluation of as many
            draws overwrites.
        """
        part = self.rows(rows)
        price_tol, linear_tol = self.tolerances(rows, tight)
        log_p = self._prices(part, log_w, rows, price_tol)
        log_c = part.system.input_cost(log_w, log_p)
        n, s = self.n, self.s
        pi_new = part.system.trade_shares(
            log_c, log_p, out=self._workspace("pi", (rows.size, n, n, s))
        )
        # net of the wedges, stored sector-major ([b, s, i, n] in memory): the sums over
        # importers of eq. (13) are then contiguous matrix products
        by_sector = self._workspace("pi_net", (rows.size, s, n, n))
        pi_net = np.divide(pi_new, part.wedge_new, out=np.moveaxis(by_sector, 1, -1))
        goods = _Goods(
            pi_net,
            part.beta,
            part.gamma,
            part.alpha,
            eq.import_tariff_share(pi_new, None, part.tariff_rate),
            None if part.export_tax is None else pi_net * part.export_tax,
            part.mu if self.has_profits else None,
        )
        w_hat = np.exp(log_w)
        va_new = w_hat * part.va
        spending = part.alpha * (va_new + self.deficits(va_new, rows))[:, :, None]
        x_new = self._expenditure(goods, spending, rows, linear_tol, tight)
        y_new = eq.output_new(pi_net, x_new)
        return Evaluation(w_hat, log_p, log_c, pi_new, pi_net, x_new, y_new)

    def _workspace(self, name: str, shape: tuple[int, ...]) -> np.ndarray:
        """A scratch array reused by every evaluation of this shape.

        An evaluation's arrays of trade shares are as large as the batch; fresh
        ones would be mapped anew (and page-faulted) on every evaluation.
        """
        key = (name, shape)
        array = self._scratch.get(key)
        if array is None:
            array = self._scratch[key] = np.empty(shape)
        return array

    def deficits(self, va_new: np.ndarray, rows: np.ndarray) -> np.ndarray:
        """Deficits of some draws at labour incomes ``va_new``.

        Parameters
        ----------
        va_new : numpy.ndarray
            (len(rows), N) labour incomes ``ŵ wL``.
        rows : numpy.ndarray
            Indices of the draws.

        Returns
        -------
        numpy.ndarray
            (len(rows), N) deficits in units of the numéraire.
        """
        if self.deficit_fixed is not None:
            out = self.deficit_fixed[rows]
        else:
            assert self.deficit_ratio is not None
            out = proportional_deficits(self.deficit_ratio[rows], va_new)
        if self.deficit_change is not None:
            out = out + self.deficit_change[rows]
        return out

    def _prices(
        self, part: _Rows, log_w: np.ndarray, rows: np.ndarray, tol: np.ndarray
    ) -> np.ndarray:
        """The cost/price fixed point (eqs. 10–11) of some draws, warm-started."""
        n, s = self.n, self.s
        if not part.system.uses_inputs:
            log_p = part.system.log_price_index(part.system.input_cost(log_w, self.log_p[rows]))
            self.log_p[rows] = log_p
            self.price_residual[rows] = 0.0
            return log_p
        memo: dict[bytes, PriceSystem] = {}

        def price_map(flat: np.ndarray, sub: np.ndarray) -> np.ndarray:
            key = sub.tobytes()
            system = memo.get(key)
            if system is None:
                system = part.system if sub.size == rows.size else part.system.take(sub)
                memo.clear()
                memo[key] = system
            log_c = system.input_cost(log_w[sub], flat.reshape(-1, n, s))
            return system.log_price_index(log_c).reshape(-1, n * s)

        res = anderson_batch(
            price_map,
            self.log_p[rows].reshape(-1, n * s),
            tol=tol,
            max_iter=self.opts.price_max_iter,
            memory=self.opts.memory,
        )
        log_p = res.x.reshape(-1, n, s)
        self.price_residual[rows] = res.error
        bad = ~res.converged
        if bad.any():
            self.fail(rows[bad], "price fixed point did not converge")
            log_p[bad] = np.nan
        self.log_p[rows[~bad]] = log_p[~bad]
        return log_p

    def _expenditure(
        self,
        goods: _Goods,
        spending: np.ndarray,
        rows: np.ndarray,
        tol: np.ndarray,
        tight: bool,
    ) -> np.ndarray:
        """The goods markets (eq. 13) of some draws: ``X' = M X' + b``, warm-started."""
        n, s = self.n, self.s
        whole = goods.operator()
        memo: dict[bytes, Callable[[np.ndarray], np.ndarray]] = {}
        b_flat = spending.reshape(-1, n * s)

        def goods_map(flat: np.ndarray, sub: np.ndarray) -> np.ndarray:
            apply = whole
            if sub.size != rows.size:
                key = sub.tobytes()
                if key not in memo:
                    memo.clear()
                    memo[key] = goods.take(sub).operator()
                apply = memo[key]
            return apply(flat.reshape(-1, n, s)).reshape(-1, n * s) + b_flat[sub]

        norm_b = np.maximum(np.sqrt((b_flat * b_flat).sum(axis=1)), 1e-300)
        res = anderson_batch(
            goods_map,
            self.x[rows].reshape(-1, n * s),
            tol=tol,
            max_iter=EXPENDITURE_MAX_ITER,
            memory=max(self.opts.memory, 10),
            scale=norm_b[:, None],
            norm="l2",
            max_step=np.inf,
        )
        x_new = res.x.reshape(-1, n, s)
        if tight:
            self.linear_residual[rows] = res.error
        bad = ~res.converged | ~np.all(np.isfinite(x_new), axis=(1, 2))
        if bad.any():
            self.fail(rows[bad], "expenditure system did not converge")
            x_new[bad] = np.nan
        self.x[rows[~bad]] = x_new[~bad]
        return x_new

    # ------------------------------------------------------------------ the wage loop's map
    def normalise(self, log_w: np.ndarray, rows: np.ndarray) -> np.ndarray:
        """Wages of some draws in the numéraire (:func:`~tradewar.model.equations.numeraire_wages`).

        Parameters
        ----------
        log_w : numpy.ndarray
            (len(rows), N) log wage changes.
        rows : numpy.ndarray
            Indices of the draws.

        Returns
        -------
        numpy.ndarray
            (len(rows), N) normalised log wage changes.
        """
        return eq.numeraire_wages(log_w, self.va[rows], self.world_va[rows])

    def labour_gap(self, w_hat: np.ndarray, y_new: np.ndarray, rows: np.ndarray) -> np.ndarray:
        """The labour-market gaps of some draws (:func:`~tradewar.model.equations.labour_gap`).

        Parameters
        ----------
        w_hat : numpy.ndarray
            (len(rows), N) wage changes.
        y_new : numpy.ndarray
            (len(rows), N, S) gross output.
        rows : numpy.ndarray
            Indices of the draws.

        Returns
        -------
        numpy.ndarray
            (len(rows), N) gaps.
        """
        return eq.labour_gap(self.labour_share[rows], y_new, w_hat * self.va[rows])

    def wage_map(self, log_w: np.ndarray, rows: np.ndarray) -> np.ndarray:
        """The damped wage update of some draws (non-finite where an inner solve failed).

        Parameters
        ----------
        log_w : numpy.ndarray
            (len(rows), N) log wage changes.
        rows : numpy.ndarray
            Indices of the draws.

        Returns
        -------
        numpy.ndarray
            (len(rows), N) ``log ŵ + λ gap``.
        """
        log_w = self.normalise(log_w, rows)
        ev = self.evaluate(log_w, rows)
        gap = self.labour_gap(ev.w_hat, ev.y_new, rows)
        largest = np.max(np.abs(gap), axis=1)
        self.best[rows] = np.minimum(
            self.best[rows], np.where(np.isfinite(largest), largest, np.inf)
        )
        return log_w + self.step[rows] * gap


class _Rows:
    """The fixed arrays of some draws of a :class:`BatchState`."""

    def __init__(self, state: BatchState, rows: np.ndarray) -> None:
        whole = rows.size == state.b
        pick = slice(None) if whole else rows
        self.system = state.system if whole else state.system.take(rows)
        self.beta = state.beta[pick]
        self.gamma = state.gamma[pick]
        self.alpha = state.alpha[pick]
        self.mu = state.mu[pick]
        self.va = state.va[pick]
        self.wedge_new = state.wedge_new[pick]
        self.tariff_rate = state.tariff_rate[pick]
        self.export_tax = None if state.export_tax is None else state.export_tax[pick]


class _Goods(NamedTuple):
    """The arrays of :func:`~tradewar.model.equations.expenditure_operator` for some draws."""

    pi_net: np.ndarray
    va_share: np.ndarray
    io_shares: np.ndarray
    final_shares: np.ndarray
    tariff_share: np.ndarray
    export_tax_share: np.ndarray | None
    profit_share: np.ndarray | None

    def take(self, sub: np.ndarray) -> _Goods:
        """The arrays of the draws ``sub`` (positions among these)."""
        # the shares' rows taken from their sector-major memory, which they keep
        by_sector = np.moveaxis(self.pi_net, -1, 1)[sub]
        return _Goods(
            np.moveaxis(by_sector, 1, -1),
            self.va_share[sub],
            self.io_shares[sub],
            self.final_shares[sub],
            self.tariff_share[sub],
            None if self.export_tax_share is None else self.export_tax_share[sub],
            None if self.profit_share is None else self.profit_share[sub],
        )

    def operator(self) -> Callable[[np.ndarray], np.ndarray]:
        """``X ↦ M X`` on (draws, N, S) arrays."""
        return eq.expenditure_operator(*self)
