"""Cooperative tariffs ("trade talks"): efficient tariffs with equal gains for every government.

Ossa (2014, section VI) asks what a successful round of talks could deliver:
tariffs on the efficiency frontier of the governments' welfare at which every
government gains the same percentage relative to a threat point (the Nash
equilibrium, the factual tariffs, or free trade).  Measured from the threat
point's world (its equilibrium taken as the baseline), that is the max–min
problem

    max_τ min_n log Ĝ_n(τ)    subject to  lower <= τ <= upper,

over all the players' tariffs, written ``max t`` subject to
``u_n(τ) = 100 log Ĝ_n(τ) >= t``.  It is solved by an augmented Lagrangian
method: each step minimises (L-BFGS-B, exact gradients, bounds on τ)

    L(τ, t) = −t + Σ_n [max(0, μ_n − ρ (u_n − t))² − μ_n²] / (2ρ)

and updates the multipliers ``μ_n ← max(0, μ_n − ρ (u_n − t))`` (raising ρ
when the constraints are not met fast enough).  The multipliers, normalised,
are the welfare weights that support the outcome on the frontier.  At the
solution every gain is equal (or, where equal gains cannot be had on the
frontier, the smallest gain is as large as it can be: the others' constraints
are slack, with zero multipliers).  Unlike a search over welfare weights,
this does not need the frontier to be concave, nor smooth where tariffs sit
at their bounds.  The result says whether the conditions were met.
"""

from __future__ import annotations

import logging
import time
from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np

from tradewar.strategy.errors import StrategyError
from tradewar.strategy.gradients import PayoffFunction
from tradewar.strategy.instruments import Instruments
from tradewar.strategy.optimal import OptimiserOptions, floored_scale, minimise

__all__ = ["Bargain", "equal_gains"]

log = logging.getLogger(__name__)

_SCALE = 100.0


@dataclass(frozen=True)
class Bargain:
    """Efficient tariffs with (as nearly as possible) equal gains, as arrays.

    Parameters
    ----------
    tariffs : numpy.ndarray
        (N, N, S) the cooperative profile.
    players : tuple of int
        The cooperating countries.
    gains : numpy.ndarray
        (P,) each player's ``Ĝ − 1`` relative to the threat point, as fractions.
    weights : numpy.ndarray
        (P,) the welfare weights ω that support the outcome on the frontier.
    converged : bool
        Whether the gains are equal to the tolerance and each inner optimum met its own.
    message : str
        How the search stopped.
    n_outer : int
        Evaluations of the dual (inner optimisations).
    n_eval : int
        Equilibria solved with their gradients, all inner optimisations together.
    seconds : float
        Wall time.
    """

    tariffs: np.ndarray
    players: tuple[int, ...]
    gains: np.ndarray
    weights: np.ndarray
    converged: bool
    message: str
    n_outer: int
    n_eval: int
    seconds: float


class _Joint:
    """All players' instruments as one vector of variables."""

    def __init__(self, players: Sequence[Instruments]) -> None:
        self.players = list(players)
        sizes = [p.n_vars for p in self.players]
        self.bounds = (
            np.concatenate([p.lower for p in self.players]),
            np.concatenate([p.upper for p in self.players]),
        )
        self.splits = np.cumsum(sizes)[:-1]

    def parts(self, z: np.ndarray) -> list[np.ndarray]:
        return np.split(z, self.splits)

    def apply(self, z: np.ndarray, profile: np.ndarray) -> np.ndarray:
        out = profile
        for player, part in zip(self.players, self.parts(z), strict=True):
            out = player.apply(part, out)
        return out

    def values(self, profile: np.ndarray) -> np.ndarray:
        return np.concatenate([p.values(profile) for p in self.players])

    def reduce(self, cell_gradient: np.ndarray) -> np.ndarray:
        return np.concatenate([p.reduce(cell_gradient) for p in self.players])

    def scale(self, payoff: PayoffFunction, profile: np.ndarray, omega: np.ndarray) -> np.ndarray:
        """Variable scales as in :func:`~tradewar.strategy.optimal.variable_scale`, ω-weighted."""
        eqm = payoff.solve(profile)
        theta = payoff.world.theta
        out = []
        for k, p in enumerate(self.players):
            flows = eqm.trade[p.exporters, p.country, p.sectors]
            weight = omega[k] * theta[p.sectors] * flows / eqm.income[p.country]
            out.append(np.bincount(p.groups, weights=_SCALE * weight, minlength=p.n_vars))
        return floored_scale(np.sqrt(np.concatenate(out)))


def equal_gains(
    payoff: PayoffFunction,
    players: Sequence[Instruments],
    start: np.ndarray | None = None,
    *,
    tol: float = 1e-5,
    max_outer: int = 40,
    optimiser: OptimiserOptions | None = None,
) -> Bargain:
    """Efficient tariffs of the players at which every player's government gains equally.

    Gains are measured from the world of ``payoff``: make the threat point's
    equilibrium the world first (:func:`tradewar.strategy.questions.cooperative_tariffs`
    does).

    Parameters
    ----------
    payoff : PayoffFunction
        The governments' payoffs, relative to the threat point.
    players : sequence of Instruments
        The cooperating countries' instruments (their bounds bound the outcome).
    start : numpy.ndarray, optional
        (N, N, S) the first profile; the world's tariffs when None.
    tol : float, default 1e-5
        Tolerance in ``log Ĝ``: the largest shortfall of a gain below the
        common one, and of the complementarity ``μ_n (u_n − t)``.
    max_outer : int, default 40
        Most multiplier updates (each an optimisation over all tariffs).
    optimiser : OptimiserOptions, optional
        Tolerances of the inner optimisations.

    Returns
    -------
    Bargain
        The tariffs, the gains, the supporting weights and how it went.

    Raises
    ------
    StrategyError
        Fewer than two players, or a player named twice.
    """
    countries = [p.country for p in players]
    if len(countries) < 2:
        raise StrategyError("trade talks need at least two players")
    if len(set(countries)) != len(countries):
        raise StrategyError("each country can be only one player")
    opts = optimiser or OptimiserOptions()
    started = time.perf_counter()
    joint = _Joint(players)
    base = np.array(payoff.world.tariff if start is None else start, dtype=float, copy=True)
    lower, upper = joint.bounds
    z = np.clip(joint.values(base), lower, upper)
    index = np.asarray(countries)
    k = len(countries)
    mu = np.full(k, 1.0 / k)
    rho = 10.0
    u = _SCALE * np.log(payoff.payoffs(joint.apply(z, base)).government[index])
    level = float(u.min())
    n_eval = 0
    inner_ok = True
    violation_before = np.inf
    converged, message = False, ""
    n_outer = 0
    tol_pct = _SCALE * tol
    for n_outer in range(1, max_outer + 1):
        scale = joint.scale(payoff, joint.apply(z, base), mu / mu.sum() if mu.sum() > 0 else mu + 1)

        def fun(
            x: np.ndarray, scale: np.ndarray = scale, mu: np.ndarray = mu, rho: float = rho
        ) -> tuple[float, np.ndarray]:
            nonlocal n_eval
            n_eval += 1
            y, t = x[:-1], x[-1]
            tariffs = joint.apply(y / scale, base)
            vals = _SCALE * np.log(payoff.payoffs(tariffs).government[index])
            active = np.maximum(0.0, mu - rho * (vals - t))
            value = -t + float((active**2 - mu**2).sum()) / (2 * rho)
            grads = payoff.gradient(tariffs, index)
            cell = _SCALE * np.tensordot(-active, grads, axes=1)
            grad = np.concatenate([joint.reduce(cell) / scale, [-1.0 + active.sum()]])
            return value, grad

        result = minimise(
            fun,
            np.concatenate([z * scale, [level]]),
            [*zip(lower * scale, upper * scale, strict=True), (None, None)],
            opts,
        )
        inner_ok = bool(result.success)
        z = np.clip(result.x[:-1] / scale, lower, upper)
        level = float(result.x[-1])
        u = _SCALE * np.log(payoff.payoffs(joint.apply(z, base)).government[index])
        gap = u - level
        violation = float(max(0.0, -gap.min()))
        slack = float(np.abs(np.minimum(mu, np.maximum(gap, 0.0))).max())
        mu = np.maximum(0.0, mu - rho * gap)
        log.info(
            "talks, step %d: gains %s%%, shortfall %.1e, weights %s",
            n_outer,
            np.round(np.expm1(u / _SCALE) * 100, 4),
            violation / _SCALE,
            np.round(mu / max(mu.sum(), 1e-300), 4),
        )
        if violation <= tol_pct and slack <= tol_pct and inner_ok:
            converged = True
            break
        if violation > 0.25 * violation_before:
            rho *= 5.0
        violation_before = violation
    level = float(u.min())
    spread = float(np.ptp(u)) / _SCALE
    if converged:
        message = (
            "the gains are equal"
            if spread <= tol
            else f"equal gains are not on the frontier: the smallest gain is as large as it can "
            f"be, others gain more (spread {spread:.2e} in log Ĝ)"
        )
    else:
        message = (
            f"not converged after {n_outer} steps: a gain falls short of the common one by "
            f"{max(0.0, level - u.min()) / _SCALE:.2e}, spread {spread:.2e} (in log Ĝ)"
            + ("" if inner_ok else "; the last inner optimisation stopped short of its tolerance")
        )
    weights = mu / mu.sum() if mu.sum() > 0 else np.full(k, 1.0 / k)
    return Bargain(
        tariffs=joint.apply(z, base),
        players=tuple(countries),
        gains=np.expm1(u / _SCALE),
        weights=weights,
        converged=converged,
        message=message,
        n_outer=n_outer,
        n_eval=n_eval,
        seconds=time.perf_counter() - started,
    )
