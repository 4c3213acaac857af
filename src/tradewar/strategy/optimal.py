"""Optimal tariffs of one country: the best response to the others' tariffs.

Country n chooses its instruments z (:mod:`tradewar.strategy.instruments`)
to maximise its government's welfare with every other tariff given,

    max_z log Ĝ_n(τ'(z))   subject to   lower <= z <= upper,

the unilaterally optimal tariffs of Ossa (2014, section IV) — his section V
takes the factual tariffs of the others.  Each evaluation solves the
equilibrium (warm-started) and differentiates ``log Ĝ_n`` through it
(:class:`~tradewar.strategy.gradients.PayoffFunction`); the bounded
quasi-Newton method L-BFGS-B (scipy) uses that exact gradient.
"""

from __future__ import annotations

import logging
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass

import numpy as np
import scipy.optimize

from tradewar.strategy.gradients import PayoffFunction
from tradewar.strategy.instruments import Instruments

__all__ = ["BestResponse", "OptimiserOptions", "best_response"]

log = logging.getLogger(__name__)

#: log Ĝ is scaled to percent for the optimiser (its tolerances are absolute).
_SCALE = 100.0


@dataclass(frozen=True, slots=True)
class OptimiserOptions:
    """Tolerances of the best-response optimiser (L-BFGS-B).

    Parameters
    ----------
    gtol : float
        Stop when the largest projected gradient of ``100 log Ĝ`` (percent of
        welfare per unit of tariff) is below this.
    ftol : float
        Stop when the relative change of the objective is below this.
    max_iter : int
        Most quasi-Newton iterations.
    memory : int
        Number of corrections L-BFGS-B keeps.
    escapes : int
        Most restarts from a prohibitive tariff (:func:`best_response`); 0
        keeps the first local optimum.
    """

    gtol: float = 1e-8
    ftol: float = 1e-15
    max_iter: int = 2000
    memory: int = 30
    escapes: int = 10

    def __post_init__(self) -> None:
        if not (self.gtol > 0 and self.ftol > 0):
            raise ValueError("OptimiserOptions: gtol and ftol must be positive")
        if self.max_iter < 1 or self.memory < 1:
            raise ValueError("OptimiserOptions: max_iter and memory must be at least 1")
        if self.escapes < 0:
            raise ValueError("OptimiserOptions: escapes must be >= 0")


@dataclass(frozen=True)
class BestResponse:
    """A country's optimal tariffs given the others', as arrays.

    Parameters
    ----------
    country : int
        The country.
    values : numpy.ndarray
        (K,) the optimal rates of its instruments.
    tariffs : numpy.ndarray
        (N, N, S) the whole profile with them.
    objective : float
        ``log Ĝ_n`` at the optimum.
    converged : bool
        Whether the optimiser met its tolerance.
    message : str
        The optimiser's account of how it stopped.
    n_iter : int
        Quasi-Newton iterations.
    n_eval : int
        Evaluations (equilibria solved with their gradient).
    seconds : float
        Wall time.
    """

    country: int
    values: np.ndarray
    tariffs: np.ndarray
    objective: float
    converged: bool
    message: str
    n_iter: int
    n_eval: int
    seconds: float


def start_values(payoff: PayoffFunction, instruments: Instruments) -> np.ndarray:
    """A starting point: ``1/θ^s = 1/(σ^s − 1)``, the optimal tariff of a small two-country model.

    Parameters
    ----------
    payoff : PayoffFunction
        The payoffs (for the world's elasticities).
    instruments : Instruments
        The country's instruments.

    Returns
    -------
    numpy.ndarray
        (K,) rates within the bounds: the mean of ``1/θ`` over each variable's cells.
    """
    inverse = 1.0 / payoff.world.theta[instruments.sectors]
    total = np.bincount(instruments.groups, weights=inverse, minlength=instruments.n_vars)
    count = np.bincount(instruments.groups, minlength=instruments.n_vars)
    return np.clip(total / np.maximum(count, 1), instruments.lower, instruments.upper)


def variable_scale(
    payoff: PayoffFunction, instruments: Instruments, profile: np.ndarray
) -> np.ndarray:
    """Scales ``d_k`` of the variables that make the optimiser's problem well conditioned.

    The curvature of ``100 log Ĝ_n`` in a tariff is about
    ``100 θ^s Y_in^s / I_n`` (the flow it taxes, in units of the country's
    income, times the trade elasticity), so that it spans eight orders of
    magnitude across Ossa's industries.  The optimiser works on ``y = d z``
    with ``d_k² = 100 Σ_{cells of k} θ^s Y_in^s' / I_n'`` at the starting
    profile, which makes the curvature about one in every variable (checked
    against the Hessian in the tests); ``d_k`` is at least a millionth of the
    largest, and 1 for variables whose cells carry no trade.

    Parameters
    ----------
    payoff : PayoffFunction
        The payoffs.
    instruments : Instruments
        The country's instruments.
    profile : numpy.ndarray
        (N, N, S) the starting profile.

    Returns
    -------
    numpy.ndarray
        (K,) positive scales.
    """
    eqm = payoff.solve(profile)
    n = instruments.country
    flows = eqm.trade[instruments.exporters, n, instruments.sectors]
    weight = payoff.world.theta[instruments.sectors] * flows / eqm.income[n]
    return floored_scale(
        np.sqrt(
            _SCALE * np.bincount(instruments.groups, weights=weight, minlength=instruments.n_vars)
        )
    )


def floored_scale(scale: np.ndarray) -> np.ndarray:
    """Variable scales fit for the optimiser: at least a millionth of the largest, 1 where zero.

    Parameters
    ----------
    scale : numpy.ndarray
        (K,) non-negative scales (:func:`variable_scale`).

    Returns
    -------
    numpy.ndarray
        (K,) positive scales; all ones when none is positive.
    """
    largest = float(scale.max())
    if largest <= 0:
        return np.ones_like(scale)
    return np.where(scale > 0, np.maximum(scale, 1e-6 * largest), 1.0)


def minimise(
    fun: Callable[[np.ndarray], tuple[float, np.ndarray]],
    x0: np.ndarray,
    bounds: Sequence[tuple[float | None, float | None]],
    options: OptimiserOptions,
) -> scipy.optimize.OptimizeResult:
    """Minimise with L-BFGS-B (scipy) and an exact gradient, under the given tolerances.

    Parameters
    ----------
    fun : callable
        The objective and its gradient at a point.
    x0 : numpy.ndarray
        The first point.
    bounds : sequence of tuple
        ``(lower, upper)`` of every variable (None: unbounded).
    options : OptimiserOptions
        Tolerances and limits (``maxfun`` is ten times ``max_iter``).

    Returns
    -------
    scipy.optimize.OptimizeResult
        scipy's account of the search.
    """
    return scipy.optimize.minimize(
        fun,
        x0,
        jac=True,
        method="L-BFGS-B",
        bounds=bounds,
        options={
            "maxiter": options.max_iter,
            "gtol": options.gtol,
            "ftol": options.ftol,
            "maxcor": options.memory,
            "maxfun": 10 * options.max_iter,
        },
    )


def _prohibitive_escape(
    payoff: PayoffFunction,
    instruments: Instruments,
    profile: np.ndarray,
    values: np.ndarray,
    objective: float,
) -> np.ndarray | None:
    """Rates that do better than a local optimum by a prohibitive tariff in one industry, or None.

    With political-economy weights the objective is not concave: shutting out
    the imports of an industry with a high weight (its tariffs at the upper
    bound) can beat the interior optimum, as for Japan's rice and wheat in
    Ossa (2014).  Each industry's variables are set to the upper bound in turn,
    the others kept; the best improvement, if any, is returned.
    """
    n = instruments.country
    best, best_value = None, objective + 1e-12
    for sector in np.unique(instruments.sectors):
        chosen = np.unique(instruments.groups[instruments.sectors == sector])
        if np.all(values[chosen] >= instruments.upper[chosen]):
            continue
        trial = values.copy()
        trial[chosen] = instruments.upper[chosen]
        value = float(np.log(payoff.payoffs(instruments.apply(trial, profile)).government[n]))
        if value > best_value:
            best, best_value = trial, value
    return best


def best_response(
    payoff: PayoffFunction,
    instruments: Instruments,
    profile: np.ndarray,
    *,
    start: np.ndarray | None = None,
    options: OptimiserOptions | None = None,
) -> BestResponse:
    """Maximise one government's welfare over its instruments, other tariffs given.

    Parameters
    ----------
    payoff : PayoffFunction
        The governments' payoffs.
    instruments : Instruments
        The country's tariffs to choose, with bounds.
    profile : numpy.ndarray
        (N, N, S) the tariffs of every cell; the instruments' cells are replaced.
    start : numpy.ndarray, optional
        (K,) first rates; :func:`start_values` when None.
    options : OptimiserOptions, optional
        Tolerances.

    Returns
    -------
    BestResponse
        The optimum and how the optimiser got there (``converged`` False if it
        stopped at its iteration limit or failed).

    Notes
    -----
    The optimiser works on scaled variables (:func:`variable_scale`), so that
    tariffs on small flows are found as precisely as those on large ones.  The
    objective need not be concave (political-economy weights reward shutting
    out imports): after each local optimum, every industry's tariffs are tried
    at the upper bound, and the optimiser restarts from any improvement
    (at most :attr:`OptimiserOptions.escapes` times).
    """
    opts = options or OptimiserOptions()
    started = time.perf_counter()
    n = instruments.country
    base = np.array(profile, dtype=float, copy=True)
    x0 = start_values(payoff, instruments) if start is None else np.asarray(start, dtype=float)
    x0 = np.clip(x0, instruments.lower, instruments.upper)
    scale = variable_scale(payoff, instruments, instruments.apply(x0, base))
    count = 0

    def fun(y: np.ndarray) -> tuple[float, np.ndarray]:
        nonlocal count
        count += 1
        tariffs = instruments.apply(y / scale, base)
        value = float(np.log(payoff.payoffs(tariffs).government[n]))
        grad = payoff.gradient(tariffs, [n])[0]
        return -_SCALE * value, -_SCALE * instruments.reduce(grad) / scale

    def _minimise(y0: np.ndarray) -> scipy.optimize.OptimizeResult:
        bounds = list(zip(instruments.lower * scale, instruments.upper * scale, strict=True))
        return minimise(fun, y0, bounds, opts)

    result = _minimise(x0 * scale)
    values = np.clip(result.x / scale, instruments.lower, instruments.upper)
    objective = float(np.log(payoff.payoffs(instruments.apply(values, base)).government[n]))
    n_iter, message, converged = int(result.nit), str(result.message), bool(result.success)
    for _ in range(opts.escapes):
        better = _prohibitive_escape(payoff, instruments, base, values, objective)
        if better is None:
            break
        log.debug("best response of %s: a prohibitive tariff does better; restarting", n)
        result = _minimise(better * scale)
        values = np.clip(result.x / scale, instruments.lower, instruments.upper)
        objective = float(np.log(payoff.payoffs(instruments.apply(values, base)).government[n]))
        n_iter += int(result.nit)
        message, converged = str(result.message), bool(result.success)
    tariffs = instruments.apply(values, base)
    log.debug("best response of %s: %s after %d iterations", n, message, result.nit)
    return BestResponse(
        country=n,
        values=values,
        tariffs=tariffs,
        objective=objective,
        converged=converged,
        message=message,
        n_iter=n_iter,
        n_eval=count,
        seconds=time.perf_counter() - started,
    )
