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

At the fixed point labour markets clear, goods markets clear, and so every
country's trade balance equals its deficit (Walras).  A loop that stops short
of its tolerance raises :class:`~tradewar.errors.ConvergenceError`, naming the
country (and sector) with the largest residual.
"""

from __future__ import annotations

import logging
import time
from dataclasses import dataclass

import numpy as np
from scipy.sparse.linalg import LinearOperator, gmres

from tradewar.baseline import Baseline
from tradewar.errors import ConvergenceError, DataError, EquilibriumError
from tradewar.model import equations as eq
from tradewar.model.equilibrium import DeficitRule, Equilibrium
from tradewar.model.fixed_point import anderson
from tradewar.model.options import SolverOptions, SolverReport
from tradewar.model.price_system import PriceSystem
from tradewar.model.tolerances import EXACT_ROUND_ITER, EXACT_ROUNDS, InnerTolerances, aim

__all__ = ["solve_equilibrium"]

log = logging.getLogger(__name__)


def _wage_step(baseline: Baseline, conditional: bool = False) -> np.ndarray:
    """The damping ``λ_n`` of :attr:`SolverOptions.wage_step`, (N,).

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
    baseline : Baseline
        The world before the change.
    conditional : bool
        Whether labour incomes are held fixed (a conditional equilibrium).

    Returns
    -------
    numpy.ndarray
        (N,) steps in (0, 1].
    """
    output = baseline.gross_output
    weights = output / np.maximum(output.sum(axis=1, keepdims=True), 1e-300)
    sales = baseline.trade / np.maximum(output[:, None, :], 1e-300)  # [i, n, s]: i's sales to n
    exposure = (sales * (1.0 - baseline.trade_shares)).sum(axis=1)  # (N, S)
    epsilon = (weights * baseline.theta[None, :] * exposure).sum(axis=1)
    slope = epsilon if conditional else 1.0 + epsilon
    return 1.0 / np.maximum(slope, 1.0)


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
        its own solution, a solve takes one outer iteration.

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
    start = time.perf_counter()
    n, s = baseline.n_countries, baseline.n_sectors
    va = baseline.labour_income
    if (va <= 0).any():
        bad = baseline.countries[int(np.argmin(va))]
        raise DataError(f"baseline {baseline.name!r}: country {bad} has no labour income")
    theta = baseline.theta
    beta, gamma, alpha = baseline.va_share, baseline.io_shares, baseline.final_shares
    mu = baseline.profit_share if baseline.profit_share is not None else np.zeros_like(beta)
    has_profits = bool(np.any(mu))
    labour_share = beta - mu  # of sales
    cost_share = eq.labour_cost_share(beta, mu) if has_profits else beta

    kappa_hat = (1.0 + tariff_new) / (1.0 + baseline.tariff) * trade_cost_hat
    wedge_new = 1.0 + tariff_new
    if export_tax is not None:
        kappa_hat = kappa_hat * (1.0 + export_tax)
        wedge_new = wedge_new * (1.0 + export_tax)
    pi = baseline.trade_shares
    with np.errstate(divide="ignore"):
        log_pi_kappa = np.where(pi > 0, np.log(pi) - theta * np.log(kappa_hat), -np.inf)
    system = PriceSystem(log_pi_kappa, theta, cost_share, gamma)

    def deficits(w_hat: np.ndarray) -> np.ndarray:
        return deficit_new(w_hat * va) if callable(deficit_new) else deficit_new

    step = (
        np.full(n, opts.wage_step)
        if opts.wage_step is not None
        else _wage_step(baseline, conditional is not None)
    )
    world_va = va.sum()
    log_w0 = np.zeros(n)
    work = _Work(
        log_p=np.zeros(n * s),
        x=baseline.expenditure.ravel().copy(),
        tols=InnerTolerances(opts),
    )
    if initial is not None:
        if initial.price_hat.shape != (n, s):
            raise ValueError(
                f"the initial equilibrium has shape {initial.price_hat.shape}, expected {(n, s)}"
            )
        log_w0 = np.log(initial.w_hat)
        work.log_p = np.log(initial.price_hat).ravel()
        work.x = np.asarray(initial.expenditure, dtype=float).ravel().copy()

    def solve_prices(log_w: np.ndarray, tol: float) -> np.ndarray:
        def price_map(log_p_flat: np.ndarray) -> np.ndarray:
            log_c = system.input_cost(log_w, log_p_flat.reshape(n, s))
            return system.log_price_index(log_c).ravel()

        if not system.uses_inputs:
            # no intermediate inputs: prices follow from wages in one evaluation
            work.price_iter += 1
            work.price_residual = 0.0
            work.log_p = price_map(work.log_p)
            return work.log_p.reshape(n, s)
        res = anderson(
            price_map,
            work.log_p,
            tol=tol,
            max_iter=opts.price_max_iter,
            memory=opts.memory,
        )
        work.price_iter += res.n_iter
        worst = int(np.argmax(np.abs(res.residual)))
        work.price_residual = float(np.abs(res.residual[worst]))
        if not res.converged:
            raise ConvergenceError(
                f"price fixed point did not converge to {tol:.1e}",
                residual=work.price_residual,
                n_iter=res.n_iter,
                where=_where(baseline, worst // s, worst % s),
            )
        work.log_p = res.x
        return res.x.reshape(n, s)

    def revenue_shares(
        pi_new: np.ndarray, pi_net: np.ndarray
    ) -> tuple[np.ndarray, np.ndarray | None]:
        tariff_share = eq.import_tariff_share(pi_new, tariff_new)
        export_share = None if export_tax is None else pi_net * export_tax
        return tariff_share, export_share

    def solve_expenditure(
        pi_new: np.ndarray, pi_net: np.ndarray, w_hat: np.ndarray, rtol: float, tight: bool
    ) -> np.ndarray:
        tariff_share, export_share = revenue_shares(pi_new, pi_net)
        apply_m = eq.expenditure_operator(
            pi_net,
            beta,
            gamma,
            alpha,
            tariff_share,
            export_share,
            profit_share=mu if has_profits else None,
        )
        b = (alpha * (w_hat * va + deficits(w_hat))[:, None]).ravel()
        products = work.linear_iter

        def matvec(x: np.ndarray) -> np.ndarray:
            work.linear_iter += 1
            return x - apply_m(x.reshape(n, s)).ravel()

        op = LinearOperator((n * s, n * s), matvec=matvec, dtype=float)
        x, info = gmres(
            op,
            b,
            x0=work.x,
            rtol=rtol,
            atol=0.0,
            restart=min(60, n * s),
            maxiter=200,
        )
        if info == 0 and not tight:
            work.x = x
            return x.reshape(n, s)
        # the returned equilibrium, or a failure: measure the true residual
        gap = matvec(x) - b
        work.linear_residual = float(np.linalg.norm(gap)) / max(float(np.linalg.norm(b)), 1e-300)
        if info != 0 or not work.linear_residual <= rtol:
            worst = int(np.argmax(np.abs(gap)))
            raise ConvergenceError(
                f"expenditure system (GMRES) did not converge to {rtol:.1e}",
                residual=work.linear_residual,
                n_iter=work.linear_iter - products - 1,
                where=_where(baseline, worst // s, worst % s),
            )
        work.x = x
        return x.reshape(n, s)

    def evaluate(log_w: np.ndarray, tight: bool = False):
        price_tol, linear_tol = (opts.price_tol, opts.linear_tol) if tight else work.tols.now()
        w_hat = np.exp(log_w)
        log_p = solve_prices(log_w, price_tol)
        log_c = system.input_cost(log_w, log_p)
        pi_new = system.trade_shares(log_c, log_p)
        pi_net = pi_new / wedge_new
        if conditional is None:
            x_new = solve_expenditure(pi_new, pi_net, w_hat, linear_tol, tight)
        else:
            work.linear_residual = 0.0
            x_new = baseline.expenditure
        y_new = eq.output_new(pi_net, x_new)
        return w_hat, log_p, log_c, pi_new, pi_net, x_new, y_new

    def normalise(log_w: np.ndarray) -> np.ndarray:
        # numéraire: world labour income unchanged, Σ ŵ_n w_n L_n = Σ w_n L_n
        return log_w - np.log((np.exp(log_w) * va).sum() / world_va)

    def labour_gap(w_hat: np.ndarray, y_new: np.ndarray) -> np.ndarray:
        labour_demand = (labour_share * y_new).sum(axis=1)
        target = w_hat * va if conditional is None else conditional
        return np.log(np.maximum(labour_demand, 1e-300) / target)

    def wage_map(log_w: np.ndarray) -> np.ndarray:
        log_w = normalise(log_w)
        w_hat, *_, y_new = evaluate(log_w)
        gap = labour_gap(w_hat, y_new)
        work.tols.record(float(np.max(np.abs(gap))))
        if log.isEnabledFor(logging.DEBUG):
            worst = int(np.argmax(np.abs(gap)))
            log.debug(
                "wage iteration: largest labour-market gap %.3e at %s (inner tolerances %s)",
                gap[worst],
                _where(baseline, worst),
                work.tols.now(),
            )
        return log_w + step * gap

    def fail(residual: np.ndarray, n_iter: int, what: str) -> ConvergenceError:
        worst = int(np.argmax(np.abs(residual)))
        return ConvergenceError(
            what,
            residual=float(np.abs(residual[worst])),
            n_iter=n_iter,
            where=_where(baseline, worst),
        )

    # Outer loop with inexact inner solves; then the returned equilibrium is
    # evaluated at the full inner tolerances.  Should that evaluation miss the
    # wage tolerance (inexact evaluations misled the loop, or the inner solves'
    # own noise straddles it), iterate on with exact inner solves towards a
    # tighter target, a few rounds at most.
    goal = aim(opts)
    log_w, n_iter, target = log_w0, 0, goal
    for round_ in range(EXACT_ROUNDS + 1):
        budget = opts.max_iter - n_iter
        result = anderson(
            wage_map,
            log_w,
            tol=target,
            max_iter=budget if round_ == 0 else min(budget, EXACT_ROUND_ITER),
            memory=opts.memory,
            scale=step,
        )
        n_iter += result.n_iter
        log_w = result.x
        if round_ == 0 and not np.max(np.abs(result.residual)) <= opts.tol:
            raise fail(result.residual, n_iter, "equilibrium wages did not converge")
        final = evaluate(normalise(log_w), tight=True)
        gap_final = labour_gap(final[0], final[-1])
        largest = float(np.max(np.abs(gap_final)))
        if largest <= opts.tol or n_iter >= opts.max_iter:
            break
        log.debug("wage loop met its tolerance on inexact evaluations only: iterating on")
        work.tols.exact = True
        target = min(goal, 0.5 * largest)
    if not largest <= opts.tol:
        what = "equilibrium wages did not converge"
        if conditional is not None:
            what += (
                " (a conditional equilibrium: can the fixed spending, at the new trade "
                "shares, pay the labour incomes held fixed?)"
            )
        raise fail(gap_final, n_iter, what)

    w_hat, log_p, log_c, pi_new, pi_net, x_new, y_new = final
    trade_new = pi_net * x_new[None, :, :]
    tariff_share, export_share = revenue_shares(pi_new, pi_net)
    revenue_new = eq.tariff_revenue_new(tariff_share, x_new)
    export_revenue = eq.tariff_revenue_new(np.zeros_like(tariff_share), x_new, export_share)
    deficit_final = np.asarray(deficits(w_hat), dtype=float)
    profits_new = (mu * y_new).sum(axis=1)
    income_new = eq.final_spending_new(
        w_hat * va + profits_new, revenue_new + export_revenue, deficit_final
    )
    if (income_new <= 0).any():
        n_bad = int(np.argmin(income_new))
        raise EquilibriumError(
            f"final spending of {_where(baseline, n_bad)} turns negative "
            f"({income_new[n_bad]:.6g}): its deficit of {deficit_final[n_bad]:.6g} cannot be "
            "financed at these prices; solve with deficits='zero'"
        )
    imports = trade_new.sum(axis=(0, 2))
    exports = trade_new.sum(axis=(1, 2))
    balance_gap = float(np.max(np.abs(imports - exports - deficit_final)) / world_va)
    gap = float(np.max(np.abs(gap_final)))
    report = SolverReport(
        converged=bool(
            gap <= opts.tol
            and work.price_residual <= opts.price_tol
            and work.linear_residual <= opts.linear_tol
        ),
        n_iter=n_iter,
        price_iter=work.price_iter,
        residual=gap,
        trade_balance_residual=balance_gap,
        seconds=time.perf_counter() - start,
        tol=opts.tol,
        price_residual=work.price_residual,
        price_tol=opts.price_tol,
        linear_residual=work.linear_residual,
        linear_tol=opts.linear_tol,
        linear_iter=work.linear_iter,
        warm_start=initial is not None,
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


@dataclass
class _Work:
    """Mutable state of one solve: warm starts of the inner solves and counters."""

    log_p: np.ndarray
    x: np.ndarray
    tols: InnerTolerances
    price_iter: int = 0
    linear_iter: int = 0
    price_residual: float = float("nan")
    linear_residual: float = float("nan")


def _where(baseline: Baseline, country: int, sector: int | None = None) -> str:
    text = f"country {baseline.countries[country]}"
    if sector is not None:
        text += f", sector {baseline.sectors[sector]}"
    return text
