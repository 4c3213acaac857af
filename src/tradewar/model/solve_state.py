"""One equilibrium solve's state: its fixed arrays, the evaluation at given wages, the wage map.

:func:`~tradewar.model.solver.solve_equilibrium` makes one :class:`SolveState`
per solve and runs its outer (wage) loop on :meth:`SolveState.wage_map`.
:meth:`SolveState.evaluate` gives every counterfactual array at given wages,
through the inner solves of :class:`~tradewar.model.inner_solves.InnerSolves`
(prices, then expenditure), each warm-started from its previous solution.
"""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING, NamedTuple

import numpy as np

from tradewar.baseline import Baseline
from tradewar.errors import ConvergenceError, DataError
from tradewar.model import equations as eq
from tradewar.model.equilibrium import DeficitRule, Equilibrium
from tradewar.model.inner_solves import InnerSolves
from tradewar.model.options import SolverOptions
from tradewar.model.price_system import policy_price_system
from tradewar.model.tolerances import InnerTolerances

if TYPE_CHECKING:
    from tradewar.model.world_batch import WorldBatch

__all__ = ["Evaluation", "SolveState", "wage_step"]

# the solver's logger: its wage iterations are logged under the solver's name
log = logging.getLogger("tradewar.model.solver")


def wage_step(baseline: Baseline | WorldBatch, conditional: bool = False) -> np.ndarray:
    """The damping ``λ_n`` of :attr:`SolverOptions.wage_step`, (N,) or (B, N).

    ``λ_n = min(1, 1 / (1 + ε_n))``, or ``min(1, 1 / ε_n)`` for a conditional
    equilibrium (whose labour incomes do not move with wages), with
    ``ε_n = Σ_s (Y_n^s / Y_n) θ^s Σ_m (Y_nm^s / Y_n^s)(1 − π_nm^s)``: the
    elasticity of the country's sales to its own costs, each market m weighted
    by its share of the country's sales and each sector by its share of output.
    A rise of ``log ŵ_n`` by x lowers the labour-market gap by about
    ``(1 + ε_n) x`` (``ε_n x`` when incomes are held), so λ_n is a diagonal
    Newton step.

    Parameters
    ----------
    baseline : Baseline or WorldBatch
        The world before the change, or B worlds (a batch).
    conditional : bool
        Whether labour incomes are held fixed (a conditional equilibrium).

    Returns
    -------
    numpy.ndarray
        (N,) steps in (0, 1]; (B, N) for a batch.
    """
    output = baseline.gross_output
    weights = output / np.maximum(output.sum(axis=-1, keepdims=True), 1e-300)
    # [..., i, n, s]: i's sales to n
    sales = baseline.trade / np.maximum(output[..., :, None, :], 1e-300)
    exposure = (sales * (1.0 - baseline.trade_shares)).sum(axis=-2)  # (..., N, S)
    epsilon = (weights * baseline.theta[..., None, :] * exposure).sum(axis=-1)
    slope = epsilon if conditional else 1.0 + epsilon
    return 1.0 / np.maximum(slope, 1.0)


class Evaluation(NamedTuple):
    """The counterfactual arrays at given wages (:meth:`SolveState.evaluate`).

    One world's; the batched solver's have a leading draw axis
    (:meth:`~tradewar.model.batch_state.BatchState.evaluate`).

    Parameters
    ----------
    w_hat : numpy.ndarray
        (..., N) wage changes ŵ.
    log_p : numpy.ndarray
        (..., N, S) log price changes.
    log_c : numpy.ndarray
        (..., N, S) log input-bundle cost changes.
    pi_new : numpy.ndarray
        (..., N, N, S) trade shares π' (of tariff-inclusive spending).
    pi_net : numpy.ndarray
        (..., N, N, S) shares net of tariffs and export taxes, ``π' / ((1 + τ')(1 + x'))``.
    x_new : numpy.ndarray
        (..., N, S) expenditure X'.
    y_new : numpy.ndarray
        (..., N, S) gross output Y'.
    """

    w_hat: np.ndarray
    log_p: np.ndarray
    log_c: np.ndarray
    pi_new: np.ndarray
    pi_net: np.ndarray
    x_new: np.ndarray
    y_new: np.ndarray


class SolveState:
    """One solve: the counterfactual's fixed arrays, the inner solves' warm starts, counters.

    Parameters
    ----------
    baseline : Baseline
        The world before the change.
    tariff_new : numpy.ndarray
        (N, N, S) counterfactual tariffs τ'.
    trade_cost_hat : numpy.ndarray
        (N, N, S) iceberg trade-cost changes d̂.
    deficit_new : numpy.ndarray or callable
        (N,) counterfactual deficits, or a rule mapping value added to deficits.
    opts : SolverOptions
        Solver settings.
    export_tax : numpy.ndarray, optional
        (N, N, S) export taxes x'.
    conditional : numpy.ndarray, optional
        (N,) labour incomes held fixed (a conditional equilibrium); None for the
        full general equilibrium.
    initial : Equilibrium, optional
        A solved equilibrium of the same baseline whose wages, prices and
        expenditure are the first iterates.

    Raises
    ------
    DataError
        If a country of the baseline has no labour income.
    ValueError
        If ``initial`` does not have the baseline's shape.
    """

    def __init__(
        self,
        baseline: Baseline,
        tariff_new: np.ndarray,
        trade_cost_hat: np.ndarray,
        deficit_new: DeficitRule,
        opts: SolverOptions,
        *,
        export_tax: np.ndarray | None = None,
        conditional: np.ndarray | None = None,
        initial: Equilibrium | None = None,
    ) -> None:
        self.baseline = baseline
        self.opts = opts
        self.n, self.s = n, s = baseline.n_countries, baseline.n_sectors
        self.va = va = baseline.labour_income
        if (va <= 0).any():
            bad = baseline.countries[int(np.argmin(va))]
            raise DataError(f"baseline {baseline.name!r}: country {bad} has no labour income")
        self.beta, self.gamma, self.alpha = (
            baseline.va_share,
            baseline.io_shares,
            baseline.final_shares,
        )
        self.mu = (
            baseline.profit_share if baseline.profit_share is not None else np.zeros_like(self.beta)
        )
        self.has_profits = bool(np.any(self.mu))
        self.labour_share = self.beta - self.mu  # of sales

        self.tariff_new = tariff_new
        #: τ' / (1 + τ'), the share of a duty-paid flow that is tariff revenue
        self.tariff_rate = tariff_new / (1.0 + tariff_new)
        self.export_tax = export_tax
        self.conditional = conditional
        self.deficit_new = deficit_new
        self.system, self.wedge_new = policy_price_system(
            baseline, tariff_new, trade_cost_hat, export_tax
        )

        self.step = (
            np.full(n, opts.wage_step)
            if opts.wage_step is not None
            else wage_step(baseline, conditional is not None)
        )
        self.world_va = va.sum()
        self.tols = InnerTolerances(opts)
        self.warm_start = initial is not None
        #: the first wage iterate, log ŵ, and the inner solves' first prices and expenditure
        self.log_w0 = np.zeros(n)
        log_p0, x0 = np.zeros(n * s), baseline.expenditure.ravel().copy()
        if initial is not None:
            if initial.price_hat.shape != (n, s):
                raise ValueError(
                    f"the initial equilibrium has shape {initial.price_hat.shape}, "
                    f"expected {(n, s)}"
                )
            self.log_w0 = np.log(initial.w_hat)
            log_p0 = np.log(initial.price_hat).ravel()
            x0 = np.asarray(initial.expenditure, dtype=float).ravel().copy()
        self.inner = InnerSolves(self.system, opts, log_p0, x0, self.where)

    # ------------------------------------------------------------------ pieces
    def deficits(self, w_hat: np.ndarray) -> np.ndarray:
        """The counterfactual deficits at wages ``w_hat``.

        Parameters
        ----------
        w_hat : numpy.ndarray
            (N,) wage changes.

        Returns
        -------
        numpy.ndarray
            (N,) deficits in units of the numéraire.
        """
        if callable(self.deficit_new):
            return self.deficit_new(w_hat * self.va)
        return self.deficit_new

    def revenue_shares(
        self, pi_new: np.ndarray, pi_net: np.ndarray
    ) -> tuple[np.ndarray, np.ndarray | None]:
        """Import-tariff revenue and export-tax revenue as shares of spending.

        Parameters
        ----------
        pi_new : numpy.ndarray
            (N, N, S) trade shares π'.
        pi_net : numpy.ndarray
            (N, N, S) shares net of tariffs and export taxes.

        Returns
        -------
        tariff_share : numpy.ndarray
            (N, S) import-tariff revenue per unit of spending.
        export_share : numpy.ndarray or None
            (N, N, S) export-tax revenue per unit of spending; None without export taxes.
        """
        tariff_share = eq.import_tariff_share(pi_new, self.tariff_new, self.tariff_rate)
        export_share = None if self.export_tax is None else pi_net * self.export_tax
        return tariff_share, export_share

    def where(self, country: int, sector: int | None = None) -> str:
        """A country (and sector) of the baseline by name, for error messages.

        Parameters
        ----------
        country : int
            Index of the country.
        sector : int, optional
            Index of the sector.

        Returns
        -------
        str
            ``"country X"`` or ``"country X, sector Y"``.
        """
        text = f"country {self.baseline.countries[country]}"
        if sector is not None:
            text += f", sector {self.baseline.sectors[sector]}"
        return text

    def fail(self, residual: np.ndarray, n_iter: int, what: str) -> ConvergenceError:
        """The error of a wage loop that stopped short, at the largest gap.

        Parameters
        ----------
        residual : numpy.ndarray
            (N,) labour-market gaps.
        n_iter : int
            Outer iterations done.
        what : str
            What did not converge.

        Returns
        -------
        ConvergenceError
            The error to raise, naming the country with the largest gap.
        """
        worst = int(np.argmax(np.abs(residual)))
        return ConvergenceError(
            what,
            residual=float(np.abs(residual[worst])),
            n_iter=n_iter,
            where=self.where(worst),
        )

    # ------------------------------------------------------------------ the wage loop's map
    def evaluate(self, log_w: np.ndarray, tight: bool = False) -> Evaluation:
        """Every counterfactual array at wages ``log_w``.

        Parameters
        ----------
        log_w : numpy.ndarray
            (N,) log wage changes (normalised).
        tight : bool, default False
            Solve the inner systems at the full tolerances (the returned
            equilibrium) instead of the current, adaptive ones.

        Returns
        -------
        Evaluation
            Wages, prices, costs, trade shares, expenditure and output.
        """
        opts = self.opts
        price_tol, linear_tol = (opts.price_tol, opts.linear_tol) if tight else self.tols.now()
        w_hat = np.exp(log_w)
        log_p = self.inner.prices(log_w, price_tol)
        log_c = self.system.input_cost(log_w, log_p)
        pi_new = self.system.trade_shares(log_c, log_p)
        pi_net = pi_new / self.wedge_new
        if self.conditional is None:
            tariff_share, export_share = self.revenue_shares(pi_new, pi_net)
            apply_m = eq.expenditure_operator(
                pi_net,
                self.beta,
                self.gamma,
                self.alpha,
                tariff_share,
                export_share,
                profit_share=self.mu if self.has_profits else None,
            )
            b = (self.alpha * (w_hat * self.va + self.deficits(w_hat))[:, None]).ravel()
            x_new = self.inner.expenditure(apply_m, b, linear_tol, tight)
        else:
            self.inner.linear_residual = 0.0
            x_new = self.baseline.expenditure
        y_new = eq.output_new(pi_net, x_new)
        return Evaluation(w_hat, log_p, log_c, pi_new, pi_net, x_new, y_new)

    def normalise(self, log_w: np.ndarray) -> np.ndarray:
        """Wages in the numéraire: world labour income unchanged, ``Σ ŵ_n w_n L_n = Σ w_n L_n``.

        Parameters
        ----------
        log_w : numpy.ndarray
            (N,) log wage changes.

        Returns
        -------
        numpy.ndarray
            (N,) log wage changes, normalised.
        """
        return eq.numeraire_wages(log_w, self.va, self.world_va)

    def labour_gap(self, w_hat: np.ndarray, y_new: np.ndarray) -> np.ndarray:
        """The labour-market gaps: log of labour demand over labour income.

        Parameters
        ----------
        w_hat : numpy.ndarray
            (N,) wage changes.
        y_new : numpy.ndarray
            (N, S) gross output.

        Returns
        -------
        numpy.ndarray
            (N,) gaps (the held incomes' for a conditional equilibrium).
        """
        target = w_hat * self.va if self.conditional is None else self.conditional
        return eq.labour_gap(self.labour_share, y_new, target)

    def wage_map(self, log_w: np.ndarray) -> np.ndarray:
        """The damped wage update ``log ŵ ← log ŵ + λ gap`` (the outer loop's map).

        Parameters
        ----------
        log_w : numpy.ndarray
            (N,) log wage changes.

        Returns
        -------
        numpy.ndarray
            (N,) the updated log wage changes.
        """
        log_w = self.normalise(log_w)
        evaluation = self.evaluate(log_w)
        gap = self.labour_gap(evaluation.w_hat, evaluation.y_new)
        self.tols.record(float(np.max(np.abs(gap))))
        if log.isEnabledFor(logging.DEBUG):
            worst = int(np.argmax(np.abs(gap)))
            log.debug(
                "wage iteration: largest labour-market gap %.3e at %s (inner tolerances %s)",
                gap[worst],
                self.where(worst),
                self.tols.now(),
            )
        return log_w + self.step * gap
