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
"""

from __future__ import annotations

import time
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Literal

import numpy as np

from tradewar.baseline import Baseline
from tradewar.model import equations as eq
from tradewar.model.batch_fixed_point import anderson_batch
from tradewar.model.batch_system import BatchPriceSystem, ExpenditureSystem
from tradewar.model.equilibrium import Equilibrium
from tradewar.model.options import SolverOptions, SolverReport
from tradewar.model.tolerances import EXACT_ROUND_ITER, EXACT_ROUNDS, LOOSEST_INNER_TOL, aim

__all__ = ["BatchEquilibrium", "WorldBatch", "solve_batch"]


@dataclass(frozen=True, eq=False)
class WorldBatch:
    """B worlds with the same countries and sectors, stacked on a leading draw axis.

    The arrays of :class:`~tradewar.baseline.Baseline`, each with a leading
    axis b; derived aggregates as the baseline defines them.

    Parameters
    ----------
    countries, sectors : tuple of str
        The labels, common to every draw.
    trade : numpy.ndarray
        (B, N, N, S) flows at producer prices [b, exporter, importer, sector].
    tariff : numpy.ndarray
        (B, N, N, S) tariffs.
    io_shares : numpy.ndarray
        (B, N, S, S) input–output shares γ[b, n, input, output].
    va_share : numpy.ndarray
        (B, N, S) value-added shares β.
    final_shares : numpy.ndarray
        (B, N, S) final-demand shares α.
    theta : numpy.ndarray
        (B, S) trade elasticities.
    profit_share : numpy.ndarray
        (B, N, S) profit shares μ.
    """

    countries: tuple[str, ...]
    sectors: tuple[str, ...]
    trade: np.ndarray
    tariff: np.ndarray
    io_shares: np.ndarray
    va_share: np.ndarray
    final_shares: np.ndarray
    theta: np.ndarray
    profit_share: np.ndarray

    @classmethod
    def from_baselines(cls, worlds: Sequence[Baseline]) -> WorldBatch:
        """Stack worlds of the same countries and sectors.

        Parameters
        ----------
        worlds : sequence of Baseline
            At least one world; all with the first's countries and sectors.

        Returns
        -------
        WorldBatch
            The worlds on a leading axis, in order.

        Raises
        ------
        ValueError
            If there is no world, or their labels differ.
        """
        if not worlds:
            raise ValueError("a batch needs at least one world")
        first = worlds[0]
        for world in worlds[1:]:
            if world.countries != first.countries or world.sectors != first.sectors:
                raise ValueError("the worlds of a batch must have the same countries and sectors")

        def stack(name: str) -> np.ndarray:
            return np.stack([np.asarray(getattr(w, name)) for w in worlds])

        return cls(
            first.countries,
            first.sectors,
            stack("trade"),
            stack("tariff"),
            stack("io_shares"),
            stack("va_share"),
            stack("final_shares"),
            stack("theta"),
            stack("profit_share"),
        )

    @property
    def size(self) -> int:
        """Number of draws B."""
        return int(self.trade.shape[0])

    def take(self, rows: np.ndarray | list[int]) -> WorldBatch:
        """Some of the worlds.

        Parameters
        ----------
        rows : numpy.ndarray or list of int
            Indices of the worlds kept, in the order wanted.

        Returns
        -------
        WorldBatch
            The worlds ``rows``.
        """
        pick = np.asarray(rows, dtype=int)
        return WorldBatch(
            self.countries,
            self.sectors,
            self.trade[pick],
            self.tariff[pick],
            self.io_shares[pick],
            self.va_share[pick],
            self.final_shares[pick],
            self.theta[pick],
            self.profit_share[pick],
        )

    @property
    def expenditure(self) -> np.ndarray:
        """X (B, N, S): spending incl. tariffs, as :attr:`Baseline.expenditure`."""
        return np.einsum("bins,bins->bns", self.trade, 1.0 + self.tariff)

    @property
    def trade_shares(self) -> np.ndarray:
        """π (B, N, N, S), as :attr:`Baseline.trade_shares`."""
        spending = self.trade * (1.0 + self.tariff)
        total = self.expenditure[:, None, :, :]
        return np.divide(spending, total, out=np.zeros_like(spending), where=total > 0)

    @property
    def labour_income(self) -> np.ndarray:
        """W L (B, N), as :attr:`Baseline.labour_income`."""
        return ((self.va_share - self.profit_share) * self.trade.sum(axis=2)).sum(axis=2)

    @property
    def deficit(self) -> np.ndarray:
        """D (B, N): imports − exports, as :attr:`Baseline.deficit`."""
        domestic = np.einsum("bnns->bn", self.trade)
        imports = self.trade.sum(axis=(1, 3)) - domestic
        exports = self.trade.sum(axis=(2, 3)) - domestic
        return imports - exports


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
        (B,) largest ``|imports − exports − deficit|`` / world labour income.
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


Initial = tuple[np.ndarray, np.ndarray, np.ndarray]


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
    state = _BatchState(
        world, tariff_new, trade_cost_hat, deficits, opts, deficit_change, export_tax
    )
    state.set_initial(initial)
    log_w = state.wage_loop()
    return state.assemble(log_w, started)


class _BatchState:
    """One batched solve: the fixed arrays, the warm starts, per-draw tolerances and failures."""

    def __init__(
        self,
        world: WorldBatch,
        tariff_new: np.ndarray,
        trade_cost_hat: np.ndarray,
        deficits: Literal["fixed", "multiplicative"] | np.ndarray,
        opts: SolverOptions,
        deficit_change: np.ndarray | None,
        export_tax: np.ndarray | None,
    ) -> None:
        self.world, self.opts = world, opts
        b, n, s = world.size, len(world.countries), len(world.sectors)
        self.b, self.n, self.s = b, n, s
        shape = (b, n, n, s)
        tariff_new = np.broadcast_to(np.asarray(tariff_new, dtype=float), shape)
        trade_cost_hat = np.broadcast_to(np.asarray(trade_cost_hat, dtype=float), shape)
        self.tariff_new = tariff_new
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
        cost_share = eq.labour_cost_share(self.beta, self.mu) if self.has_profits else self.beta
        kappa_hat = (1.0 + tariff_new) / (1.0 + world.tariff) * trade_cost_hat
        wedge = 1.0 + tariff_new
        if self.export_tax is not None:
            kappa_hat = kappa_hat * (1.0 + self.export_tax)
            wedge = wedge * (1.0 + self.export_tax)
        pi = world.trade_shares
        self.pi = pi
        theta = world.theta
        with np.errstate(divide="ignore", invalid="ignore"):
            log_pi_kappa = np.where(
                pi > 0, np.log(pi) - theta[:, None, None, :] * np.log(kappa_hat), -np.inf
            )
        self.system = BatchPriceSystem(log_pi_kappa, theta, cost_share, self.gamma)
        #: sector-major [b, s, i, n] factors of the flows and of tariff revenue
        self.inv_wedge = np.ascontiguousarray((1.0 / wedge).transpose(0, 3, 1, 2))
        self.tariff_frac = np.ascontiguousarray(
            (tariff_new / (1.0 + tariff_new)).transpose(0, 3, 1, 2)
        )
        self.export_frac = (
            None
            if self.export_tax is None
            else np.ascontiguousarray(self.export_tax.transpose(0, 3, 1, 2)) * self.inv_wedge
        )
        self.deficit_fixed: np.ndarray | None
        self.deficit_ratio: np.ndarray | None
        if isinstance(deficits, str):
            if deficits not in ("fixed", "multiplicative"):
                raise ValueError(f"deficits must be 'fixed' or 'multiplicative', got {deficits!r}")
            self.deficit_fixed = None if deficits == "multiplicative" else world.deficit
            self.deficit_ratio = 1.0 + world.deficit / np.where(self.va > 0, self.va, 1.0)
        else:
            self.deficit_fixed = np.broadcast_to(np.asarray(deficits, float), (b, n))
            self.deficit_ratio = None
        self.deficit_change = (
            None
            if deficit_change is None
            else np.broadcast_to(np.asarray(deficit_change, float), (b, n))
        )
        self.step = np.full((b, n), opts.wage_step) if opts.wage_step is not None else self._step()
        self.world_va = self.va.sum(axis=1)
        #: adaptive inner tolerances: the best outer residual so far, and exact rows
        self.best = np.full(b, np.inf)
        self.exact = np.full(b, opts.inner_tol_factor == 0)
        self.log_p = np.zeros((b, n, s))
        self.x = world.expenditure.copy()
        self.log_w0 = np.zeros((b, n))
        self.price_residual = np.full(b, np.nan)
        self.linear_residual = np.full(b, np.nan)
        self._memo: tuple[bytes, _Rows] | None = None

    def _step(self) -> np.ndarray:
        """λ (B, N): :func:`~tradewar.model.solve_state.wage_step` for every draw."""
        trade = self.world.trade
        output = trade.sum(axis=2)
        weights = output / np.maximum(output.sum(axis=2, keepdims=True), 1e-300)
        sales = trade / np.maximum(output[:, :, None, :], 1e-300)
        exposure = (sales * (1.0 - self.pi)).sum(axis=2)
        epsilon = (weights * self.world.theta[:, None, :] * exposure).sum(axis=2)
        return 1.0 / np.maximum(1.0 + epsilon, 1.0)

    def set_initial(self, initial: Initial | None) -> None:
        """Start every loop from ``initial`` (ŵ, P̂, X'), broadcast over draws."""
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

    # ------------------------------------------------------------------ rows
    def rows(self, rows: np.ndarray) -> _Rows:
        """The fixed arrays of some draws (the last selection is kept)."""
        key = rows.tobytes()
        if self._memo is not None and self._memo[0] == key:
            return self._memo[1]
        part = _Rows(self, rows)
        self._memo = (key, part)
        return part

    def fail(self, rows: np.ndarray, message: str) -> None:
        """Record why draws failed (the first reason of each draw is kept)."""
        for k in rows:
            if self.failure[k] is None:
                self.failure[k] = message

    def tolerances(self, rows: np.ndarray, tight: bool) -> tuple[np.ndarray, np.ndarray]:
        """Price and linear tolerances of some draws, as :class:`InnerTolerances` does."""
        opts = self.opts
        if tight:
            return np.full(rows.size, opts.price_tol), np.full(rows.size, opts.linear_tol)
        loose = np.minimum(LOOSEST_INNER_TOL, opts.inner_tol_factor * self.best[rows])
        loose = np.where(self.exact[rows], 0.0, loose)
        return np.maximum(opts.price_tol, loose), np.maximum(opts.linear_tol, loose)

    # ------------------------------------------------------------------ evaluation
    def evaluate(self, log_w: np.ndarray, rows: np.ndarray, tight: bool = False) -> _Eval:
        """Prices, trade shares, expenditure and output of some draws at wages ``log_w``."""
        part = self.rows(rows)
        price_tol, linear_tol = self.tolerances(rows, tight)
        log_p = self._prices(part, log_w, rows, price_tol)
        log_c = part.system.input_cost(log_w, log_p)
        pi_new = part.system.trade_shares(log_c, log_p)  # [b, s, i, n]
        pi_net = pi_new * part.inv_wedge
        tariff_share = (pi_new * part.tariff_frac).sum(axis=2).transpose(0, 2, 1)
        export_share = None if part.export_frac is None else pi_new * part.export_frac
        system = ExpenditureSystem(
            pi_net,
            part.beta,
            part.gamma,
            part.alpha,
            tariff_share,
            export_share,
            part.mu if self.has_profits else None,
        )
        w_hat = np.exp(log_w)
        b_vec = part.alpha * (w_hat * part.va + self.deficits(w_hat * part.va, rows))[:, :, None]
        x_new = self._expenditure(system, b_vec, rows, linear_tol, tight)
        y_new = system.output(x_new)
        return _Eval(w_hat, log_p, log_c, pi_new, pi_net, x_new, y_new, system)

    def deficits(self, va_new: np.ndarray, rows: np.ndarray) -> np.ndarray:
        """Deficits (rows, N) at labour incomes ``va_new``."""
        if self.deficit_fixed is not None:
            out = self.deficit_fixed[rows]
        else:
            assert self.deficit_ratio is not None
            spending = self.deficit_ratio[rows] * va_new
            scale = va_new.sum(axis=1) / spending.sum(axis=1)
            out = spending * scale[:, None] - va_new
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
        memo: dict[bytes, BatchPriceSystem] = {}

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
        system: ExpenditureSystem,
        b_vec: np.ndarray,
        rows: np.ndarray,
        tol: np.ndarray,
        tight: bool,
    ) -> np.ndarray:
        """The goods-market system (eq. 13) of some draws: ``X' = M X' + b``, warm-started."""
        n, s = self.n, self.s
        memo: dict[bytes, ExpenditureSystem] = {}
        b_flat = b_vec.reshape(-1, n * s)

        def goods_map(flat: np.ndarray, sub: np.ndarray) -> np.ndarray:
            key = sub.tobytes()
            part = memo.get(key)
            if part is None:
                part = system if sub.size == rows.size else system.take(sub)
                memo.clear()
                memo[key] = part
            return part.apply(flat.reshape(-1, n, s)).reshape(-1, n * s) + b_flat[sub]

        norm_b = np.maximum(np.sqrt((b_flat * b_flat).sum(axis=1)), 1e-300)
        res = anderson_batch(
            goods_map,
            self.x[rows].reshape(-1, n * s),
            tol=tol,
            max_iter=400,
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

    def normalise(self, log_w: np.ndarray, rows: np.ndarray) -> np.ndarray:
        """Wages in the numéraire: ``Σ ŵ_n w_n L_n = Σ w_n L_n`` for every draw."""
        va = self.va[rows]
        total = (np.exp(log_w) * va).sum(axis=1) / self.world_va[rows]
        return log_w - np.log(total)[:, None]

    def labour_gap(self, w_hat: np.ndarray, y_new: np.ndarray, rows: np.ndarray) -> np.ndarray:
        """Log of labour demand over labour income (rows, N)."""
        demand = (self.labour_share[rows] * y_new).sum(axis=2)
        return np.log(np.maximum(demand, 1e-300) / (w_hat * self.va[rows]))

    def wage_map(self, log_w: np.ndarray, rows: np.ndarray) -> np.ndarray:
        """The damped wage update of some draws (non-finite where an inner solve failed)."""
        log_w = self.normalise(log_w, rows)
        ev = self.evaluate(log_w, rows)
        gap = self.labour_gap(ev.w_hat, ev.y_new, rows)
        largest = np.max(np.abs(gap), axis=1)
        self.best[rows] = np.minimum(
            self.best[rows], np.where(np.isfinite(largest), largest, np.inf)
        )
        return log_w + self.step[rows] * gap

    # ------------------------------------------------------------------ the wage loop
    def wage_loop(self) -> np.ndarray:
        """The outer loop of every draw (:func:`~tradewar.model.solver._wage_loop`, batched)."""
        opts = self.opts
        goal = aim(opts)
        everyone = np.arange(self.b)
        ok = np.array([f is None for f in self.failure])
        log_w = self.log_w0.copy()
        self.n_iter = np.zeros(self.b, dtype=int)
        self.gap = np.full((self.b, self.n), np.nan)
        self.final: dict[int, tuple[np.ndarray, ...]] = {}
        todo = everyone[ok]
        target = np.full(self.b, goal)
        for round_ in range(EXACT_ROUNDS + 1):
            if not todo.size:
                break
            budget = opts.max_iter - self.n_iter[todo]
            if round_:
                budget = np.minimum(budget, EXACT_ROUND_ITER)

            def outer(x: np.ndarray, sub: np.ndarray, todo: np.ndarray = todo) -> np.ndarray:
                return self.wage_map(x, todo[sub])

            res = anderson_batch(
                outer,
                log_w[todo],
                tol=target[todo],
                max_iter=np.maximum(budget, 1),
                memory=opts.memory,
                scale=self.step[todo],
            )
            self.n_iter[todo] += res.n_iter
            log_w[todo] = res.x
            if round_ == 0:
                missed = np.max(np.abs(res.residual), axis=1) > opts.tol
                missed |= ~np.isfinite(res.error)
                self.fail(todo[missed], "equilibrium wages did not converge")
                todo = todo[~missed]
            todo = np.array([k for k in todo if self.failure[k] is None], dtype=int)
            if not todo.size:
                break
            log_w[todo] = self.normalise(log_w[todo], todo)
            ev = self.evaluate(log_w[todo], todo, tight=True)
            gap = self.labour_gap(ev.w_hat, ev.y_new, todo)
            self.gap[todo] = gap
            largest = np.max(np.abs(gap), axis=1)
            largest = np.where(np.isfinite(largest), largest, np.inf)
            again = (largest > opts.tol) & (self.n_iter[todo] < opts.max_iter)
            again &= np.array([self.failure[k] is None for k in todo], dtype=bool)
            todo = todo[again]
            self.exact[todo] = True
            target[todo] = np.minimum(goal, 0.5 * largest[again])
        largest = np.max(np.abs(self.gap), axis=1)
        missed = ~(largest <= opts.tol)
        self.fail(everyone[missed], "equilibrium wages did not converge")
        return log_w

    # ------------------------------------------------------------------ assembly
    def assemble(self, log_w: np.ndarray, started: float) -> BatchEquilibrium:
        """Every draw's arrays at its solution (:func:`assemble_equilibrium`, batched)."""
        opts = self.opts
        everyone = np.arange(self.b)
        # the solution's arrays at the full tolerances, for every draw that has one
        good = np.array([f is None for f in self.failure])
        n, s = self.n, self.s
        w_hat = np.exp(log_w)
        log_p = self.log_p.copy()
        x_new = self.x.copy()
        pi_sin = np.full((self.b, s, n, n), np.nan)
        pi_net = np.full((self.b, s, n, n), np.nan)
        y_new = np.full((self.b, n, s), np.nan)
        log_c = np.full((self.b, n, s), np.nan)
        tariff_share = np.full((self.b, n, s), np.nan)
        export_revenue = np.zeros((self.b, n))
        rows = everyone[good]
        if rows.size:
            self._memo = None
            # the final evaluation of the loop, repeated once more at the same wages: its
            # inner solves start at their solutions, so it takes an iteration each
            ev = self.evaluate(log_w[rows], rows, tight=True)
            w_hat[rows], log_p[rows], log_c[rows] = ev.w_hat, ev.log_p, ev.log_c
            pi_sin[rows], pi_net[rows], x_new[rows], y_new[rows] = (
                ev.pi_new,
                ev.pi_net,
                ev.x_new,
                ev.y_new,
            )
            tariff_share[rows] = ev.system.tariff_share
            if ev.system.export_share is not None:
                by_sector = np.matmul(
                    ev.system.export_share, ev.x_new.transpose(0, 2, 1)[:, :, :, None]
                )
                export_revenue[rows] = by_sector[:, :, :, 0].sum(axis=1)
            self.gap[rows] = self.labour_gap(ev.w_hat, ev.y_new, rows)
        trade_new = (pi_net * x_new.transpose(0, 2, 1)[:, :, None, :]).transpose(0, 2, 3, 1)
        revenue = (x_new * tariff_share).sum(axis=2)
        deficit = self.deficits(w_hat * self.va, everyone)
        profits = (self.mu * y_new).sum(axis=2)
        income = eq.final_spending_new(w_hat * self.va + profits, revenue + export_revenue, deficit)
        negative = good & ~(income > 0).all(axis=1)
        for k in np.flatnonzero(negative):
            bad = int(np.argmin(income[k]))
            self.fail(
                np.array([k]),
                f"final spending of country {self.world.countries[bad]} turns negative "
                f"({income[k, bad]:.6g}): its deficit of {deficit[k, bad]:.6g} cannot be "
                "financed at these prices",
            )
        imports = trade_new.sum(axis=(1, 3))
        exports = trade_new.sum(axis=(2, 3))
        balance = np.max(np.abs(imports - exports - deficit), axis=1) / self.world_va
        residual = np.max(np.abs(self.gap), axis=1)
        converged = (
            np.array([f is None for f in self.failure])
            & (residual <= opts.tol)
            & (self.price_residual <= opts.price_tol)
            & (self.linear_residual <= opts.linear_tol)
        )
        for k in np.flatnonzero(~converged):
            if self.failure[k] is None:
                self.failure[k] = "an inner system missed its tolerance at the solution"
        return BatchEquilibrium(
            w_hat=w_hat,
            price_hat=np.exp(log_p),
            cost_hat=np.exp(log_c),
            trade_shares=pi_sin.transpose(0, 2, 3, 1),
            trade=trade_new,
            expenditure=x_new,
            output=y_new,
            tariff_revenue=revenue,
            export_tax_revenue=export_revenue,
            deficit=deficit,
            income=income,
            converged=converged,
            errors=tuple(self.failure),
            n_iter=self.n_iter,
            residual=residual,
            trade_balance_residual=balance,
            price_residual=self.price_residual,
            linear_residual=self.linear_residual,
            seconds=time.perf_counter() - started,
            options=opts,
        )


class _Rows:
    """The fixed arrays of some draws of a :class:`_BatchState`."""

    def __init__(self, state: _BatchState, rows: np.ndarray) -> None:
        whole = rows.size == state.b
        pick = slice(None) if whole else rows
        self.system = state.system if whole else state.system.take(rows)
        self.beta = state.beta[pick]
        self.gamma = state.gamma[pick]
        self.alpha = state.alpha[pick]
        self.mu = state.mu[pick]
        self.va = state.va[pick]
        self.inv_wedge = state.inv_wedge[pick]
        self.tariff_frac = state.tariff_frac[pick]
        self.export_frac = None if state.export_frac is None else state.export_frac[pick]


@dataclass(frozen=True)
class _Eval:
    """The arrays of some draws at given wages (pi arrays sector-major)."""

    w_hat: np.ndarray
    log_p: np.ndarray
    log_c: np.ndarray
    pi_new: np.ndarray
    pi_net: np.ndarray
    x_new: np.ndarray
    y_new: np.ndarray
    system: ExpenditureSystem
