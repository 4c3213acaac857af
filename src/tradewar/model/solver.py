"""Solve the Caliendo–Parro equilibrium in changes for given tariffs, trade costs and deficits.

Algorithm (nested, every loop checked):

1. Outer loop on log wages ``log ŵ`` (N unknowns): Anderson-accelerated damped
   labour-market clearing, ``log ŵ ← log ŵ + λ_n log(Σ_s β_n^s Y_n^s' / (ŵ_n w_n L_n))``,
   renormalised so that world labour income (value added, without profits) is the
   numéraire (``Σ_n ŵ_n w_n L_n = Σ_n w_n L_n``).
2. Given wages, sectoral prices solve the cost/price fixed point (eqs. 10–11),
   also Anderson-accelerated, warm-started from the previous outer iterate.
3. Given wages and prices, expenditure solves the linear goods-market system
   (eq. 13) by GMRES, warm-started likewise.

At the fixed point labour markets clear, goods markets clear, and so every
country's trade balance equals its deficit (Walras).
"""

from __future__ import annotations

import logging
import time
from collections.abc import Callable
from dataclasses import dataclass

import numpy as np
from scipy.sparse.linalg import LinearOperator, gmres

from tradewar.baseline import Baseline
from tradewar.errors import ConvergenceError, DataError, EquilibriumError
from tradewar.model import equations as eq
from tradewar.model.fixed_point import anderson

__all__ = [
    "DeficitRule",
    "Equilibrium",
    "SolverOptions",
    "SolverReport",
    "multiplicative_deficits",
    "solve_equilibrium",
]

log = logging.getLogger(__name__)


@dataclass(frozen=True, slots=True)
class SolverOptions:
    """Tolerances and limits of the equilibrium solver.

    Attributes
    ----------
    tol : largest relative labour-market gap ``|Σβ Y' / (ŵ wL) − 1|`` accepted.
    max_iter : most outer (wage) iterations.
    price_tol : tolerance of the inner price fixed point (in log prices).
    price_max_iter : most inner price iterations per outer iteration.
    linear_tol : relative tolerance of the GMRES expenditure solve.
    memory : Anderson memory of both loops (0: plain damped iteration).
    wage_step : damping λ of the wage update; ``None`` picks ``1 / (1 + ε_n)``
        per country, with ε_n its output-weighted trade elasticity times the
        share of its sales that faces foreign competition.
    """

    tol: float = 1e-10
    max_iter: int = 500
    price_tol: float = 1e-13
    price_max_iter: int = 2000
    linear_tol: float = 1e-13
    memory: int = 8
    wage_step: float | None = None

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


@dataclass(frozen=True, slots=True)
class SolverReport:
    """How a solve went: always attached to a result.

    Attributes
    ----------
    converged : always True on a returned result (failures raise).
    n_iter : outer iterations.
    price_iter : inner price iterations, all outer iterations together.
    residual : largest relative labour-market gap at the solution.
    trade_balance_residual : largest |imports − exports − deficit| / world labour income.
    seconds : wall time.
    """

    converged: bool
    n_iter: int
    price_iter: int
    residual: float
    trade_balance_residual: float
    seconds: float


@dataclass(frozen=True, eq=False)
class Equilibrium:
    """Raw arrays of a solved counterfactual (orientation of :mod:`tradewar.baseline`).

    Attributes
    ----------
    w_hat : (N,) wage changes ŵ.
    price_hat : (N, S) sectoral price changes P̂.
    cost_hat : (N, S) input-bundle cost changes ĉ.
    trade_shares : (N, N, S) counterfactual trade shares π'.
    expenditure : (N, S) counterfactual expenditure X' (tariff-inclusive).
    trade : (N, N, S) counterfactual flows at producer prices π'X'/(1 + τ').
    output : (N, S) counterfactual gross output Y'.
    tariff_revenue : (N,) counterfactual import-tariff revenue.
    deficit : (N,) counterfactual deficits D'.
    income : (N,) counterfactual final spending I' = ŵ wL + R' + D', R' all policy revenue.
    report : SolverReport.
    """

    w_hat: np.ndarray
    price_hat: np.ndarray
    cost_hat: np.ndarray
    trade_shares: np.ndarray
    expenditure: np.ndarray
    trade: np.ndarray
    output: np.ndarray
    tariff_revenue: np.ndarray
    deficit: np.ndarray
    income: np.ndarray
    report: SolverReport
    export_tax_revenue: np.ndarray | None = None


def _wage_step(baseline: Baseline) -> np.ndarray:
    output = baseline.gross_output
    weights = output / np.maximum(output.sum(axis=1, keepdims=True), 1e-300)
    domestic = np.einsum("nns->ns", baseline.trade) / np.maximum(output, 1e-300)
    exposure = (weights * baseline.theta[None, :] * (1.0 - domestic)).sum(axis=1)
    return 1.0 / (1.0 + exposure + 1.0)


DeficitRule = np.ndarray | Callable[[np.ndarray], np.ndarray]


def multiplicative_deficits(baseline: Baseline) -> Callable[[np.ndarray], np.ndarray]:
    """Deficits proportional to value added, as in ``ge_gravity``'s multiplicative case.

    ``D_n' = δ_n ŵ_n w_n L_n − ŵ_n w_n L_n Σ_m δ_m ŵ_m w_m L_m / Σ_m ŵ_m w_m L_m`` with
    ``δ_n = D_n / (w_n L_n)``: each deficit keeps its share of labour income (value
    added, when there are no profits), with a common correction so that deficits
    still sum to zero.
    """
    share = baseline.deficit / baseline.labour_income

    def rule(value_added_new: np.ndarray) -> np.ndarray:
        raw = share * value_added_new
        return raw - value_added_new * raw.sum() / value_added_new.sum()

    return rule


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
    baseline : the world before the change.
    tariff_new : (N, N, S) counterfactual tariffs τ' (fractions).
    trade_cost_hat : (N, N, S) iceberg trade-cost changes d̂ (1 = unchanged).
    deficit_new : (N,) counterfactual deficits in units of the numéraire (world
        value added of the baseline), summing to zero; or a rule mapping value
        added ŵ wL to deficits (:func:`multiplicative_deficits`).
    options : solver settings.
    export_tax : (N, N, S) export taxes x' set by the exporter (negative:
        subsidies); the baseline has none.  The buyer pays c (1 + x')(1 + τ') d.
    conditional : (N,) labour incomes (value added without profits) to hold
        fixed: the *conditional* equilibrium of structural gravity (Yotov et al.
        2016, ch. 2), in which spending stays at the baseline's and factory-gate
        prices adjust until each country's sales earn these incomes.  None
        solves the full general equilibrium.
    initial : a solved equilibrium of the same baseline to start from (warm
        start): its wages, prices and expenditure are the first iterates.

    Raises
    ------
    ConvergenceError
        If any loop stops before its tolerance; names the worst country/sector.
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
    mu = baseline.profit_share
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

    def deficits(w_hat: np.ndarray) -> np.ndarray:
        return deficit_new(w_hat * va) if callable(deficit_new) else deficit_new

    step = np.full(n, opts.wage_step) if opts.wage_step is not None else _wage_step(baseline)
    world_va = va.sum()
    log_w0 = np.zeros(n)
    state = {
        "log_p": np.zeros(n * s),
        "x": baseline.expenditure.ravel().copy(),
        "price_iter": 0,
    }
    if initial is not None:
        if initial.price_hat.shape != (n, s):
            raise ValueError(
                f"the initial equilibrium has shape {initial.price_hat.shape}, expected {(n, s)}"
            )
        log_w0 = np.log(initial.w_hat)
        state["log_p"] = np.log(initial.price_hat).ravel()
        state["x"] = np.asarray(initial.expenditure, dtype=float).ravel().copy()

    def solve_prices(log_w: np.ndarray) -> np.ndarray:
        def price_map(log_p_flat: np.ndarray) -> np.ndarray:
            log_c = eq.input_cost_hat(log_w, log_p_flat.reshape(n, s), cost_share, gamma)
            return eq.log_price_index_hat(log_pi_kappa, log_c, theta).ravel()

        res = anderson(
            price_map,
            state["log_p"],
            tol=opts.price_tol,
            max_iter=opts.price_max_iter,
            memory=opts.memory,
        )
        state["price_iter"] += res.n_iter
        if not res.converged:
            worst = int(np.argmax(np.abs(res.residual)))
            raise ConvergenceError(
                "price fixed point did not converge",
                residual=float(np.abs(res.residual[worst])),
                n_iter=res.n_iter,
                where=_where(baseline, worst // s, worst % s),
            )
        state["log_p"] = res.x
        return res.x.reshape(n, s)

    def revenue_shares(pi_new: np.ndarray, pi_net: np.ndarray):
        tariff_share = eq.import_tariff_share(pi_new, tariff_new)
        export_share = None if export_tax is None else pi_net * export_tax
        return tariff_share, export_share

    def solve_expenditure(pi_new: np.ndarray, pi_net: np.ndarray, w_hat: np.ndarray):
        apply_m = eq.expenditure_operator(
            pi_net,
            beta,
            gamma,
            alpha,
            *revenue_shares(pi_new, pi_net),
            profit_share=mu if has_profits else None,
        )
        b = (alpha * (w_hat * va + deficits(w_hat))[:, None]).ravel()
        op = LinearOperator(
            (n * s, n * s), matvec=lambda x: x - apply_m(x.reshape(n, s)).ravel(), dtype=float
        )
        x, info = gmres(
            op,
            b,
            x0=state["x"],
            rtol=opts.linear_tol,
            atol=0.0,
            restart=min(60, n * s),
            maxiter=200,
        )
        if info != 0:
            gap = np.abs(op.matvec(x) - b)
            worst = int(np.argmax(gap))
            raise ConvergenceError(
                "expenditure system (GMRES) did not converge",
                residual=float(gap[worst] / max(np.abs(b).max(), 1e-300)),
                n_iter=int(abs(info)),
                where=_where(baseline, worst // s, worst % s),
            )
        state["x"] = x
        return x.reshape(n, s)

    def evaluate(log_w: np.ndarray):
        w_hat = np.exp(log_w)
        log_p = solve_prices(log_w)
        log_c = eq.input_cost_hat(log_w, log_p, cost_share, gamma)
        pi_new = eq.trade_shares_new(log_pi_kappa, log_c, log_p, theta)
        pi_net = pi_new / wedge_new
        if conditional is None:
            x_new = solve_expenditure(pi_new, pi_net, w_hat)
        else:
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
        if log.isEnabledFor(logging.DEBUG):
            worst = int(np.argmax(np.abs(gap)))
            log.debug(
                "wage iteration: largest labour-market gap %.3e at %s",
                gap[worst],
                _where(baseline, worst),
            )
        return log_w + step * gap

    result = anderson(
        wage_map,
        log_w0,
        tol=opts.tol,
        max_iter=opts.max_iter,
        memory=opts.memory,
        scale=step,
    )
    if not result.converged:
        worst = int(np.argmax(np.abs(result.residual)))
        raise ConvergenceError(
            "equilibrium wages did not converge",
            residual=float(np.abs(result.residual[worst])),
            n_iter=result.n_iter,
            where=_where(baseline, worst),
        )
    w_hat, log_p, log_c, pi_new, pi_net, x_new, y_new = evaluate(normalise(result.x))
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
    gap = float(np.max(np.abs(labour_gap(w_hat, y_new))))
    report = SolverReport(
        converged=True,
        n_iter=result.n_iter,
        price_iter=state["price_iter"],
        residual=gap,
        trade_balance_residual=balance_gap,
        seconds=time.perf_counter() - start,
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


def _where(baseline: Baseline, country: int, sector: int | None = None) -> str:
    text = f"country {baseline.countries[country]}"
    if sector is not None:
        text += f", sector {baseline.sectors[sector]}"
    return text
