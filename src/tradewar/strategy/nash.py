"""The Nash equilibrium of a trade war: iterated best responses to a fixed point.

Every player (a government) sets its tariffs to its best response to the
others' (:func:`~tradewar.strategy.optimal.best_response`); a Nash equilibrium
is a profile that is every player's best response at once (Ossa 2014,
section V).  It is found by iterating best responses:

* ``"jacobi"`` (Ossa's method): in each round every player responds to the
  profile of the previous round; the responses of one round are independent
  and may run in parallel (:mod:`tradewar.parallel`);
* ``"gauss-seidel"``: the players respond in turn, each to the latest profile.

The iteration stops when the largest change of any player's tariff in a round
is at most ``tol`` (``stop="max"``, the default: a fixed point).  ``stop="ossa"``
is Ossa's own rule instead (his ``mynashtariff.m``): stop once the absolute
value of the *mean signed* change over every cell of the tariff array (the
diagonal and the non-players' cells included) is at most ``tol`` (his 0.01, one
percentage point), after at most 24 rounds, with no test for cycles — the rule
that produced his published Nash tariffs, which stops before a fixed point.

It reports each round (largest and mean change, every
payoff), and says that it did not converge when it hits ``max_iter``, when
the profile comes back to that of two rounds before (a cycle), or when the
largest change has not fallen for ``patience`` rounds — it never returns an
unconverged profile as an equilibrium.  A checkpoint file written after each
round lets an interrupted run resume where it stopped.
"""

from __future__ import annotations

import json
import logging
import time
from collections.abc import Callable, Sequence
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any

import numpy as np

from tradewar.atomic import atomic_open
from tradewar.strategy.errors import StrategyError
from tradewar.strategy.gradients import PayoffFunction
from tradewar.strategy.instruments import Instruments
from tradewar.strategy.optimal import BestResponse, OptimiserOptions, best_response

__all__ = ["METHODS", "STOPS", "NashEquilibrium", "NashRound", "nash_equilibrium"]

log = logging.getLogger(__name__)

#: The ways of iterating best responses.
METHODS = ("jacobi", "gauss-seidel")

#: The stopping rules: a fixed point (largest change), or Ossa's (mean signed change).
STOPS = ("max", "ossa")


@dataclass(frozen=True)
class NashRound:
    """One round of best responses.

    Parameters
    ----------
    iteration : int
        The round, from 1.
    max_change : float
        Largest ``|Δτ|`` of any player's tariff in the round.
    mean_change : float
        Mean ``|Δτ|`` over the players' tariffs.
    welfare : list of float
        Every country's Ŵ at the profile after the round (relative to the world).
    government : list of float
        Every country's Ĝ at the profile after the round.
    seconds : float
        Wall time of the round.
    responses_converged : bool
        Whether every best response of the round met its tolerance.
    signed_mean_change : float
        Mean signed ``Δτ`` over every cell of the tariff array (Ossa's
        criterion is its absolute value).
    """

    iteration: int
    max_change: float
    mean_change: float
    welfare: list[float]
    government: list[float]
    seconds: float
    responses_converged: bool
    signed_mean_change: float = float("nan")


@dataclass(frozen=True)
class NashEquilibrium:
    """The outcome of iterated best responses, as arrays.

    Parameters
    ----------
    tariffs : numpy.ndarray
        (N, N, S) the last profile.
    players : tuple of int
        The players.
    rounds : list of NashRound
        Every round, in order.
    converged : bool
        Whether the last round changed no tariff by more than the tolerance.
    message : str
        How the iteration stopped.
    seconds : float
        Wall time, all rounds (of this run and of any run it resumed).
    values : list of numpy.ndarray
        Each player's instrument values in the last profile.
    """

    tariffs: np.ndarray
    players: tuple[int, ...]
    rounds: list[NashRound]
    converged: bool
    message: str
    seconds: float
    values: list[np.ndarray] = field(default_factory=list)

    @property
    def n_iter(self) -> int:
        """Rounds of best responses."""
        return len(self.rounds)


@dataclass(frozen=True)
class _Shared:
    """What every worker needs to compute a best response (sent once per round)."""

    world: Any
    weights: np.ndarray
    solver: Any
    options: OptimiserOptions | None


def _respond(
    task: tuple[Instruments, np.ndarray, np.ndarray | None], shared: _Shared
) -> BestResponse:
    """One best response, for :meth:`tradewar.parallel.Engine.run` (module level for workers)."""
    instruments, profile, start = task
    payoff = PayoffFunction(shared.world, shared.weights, shared.solver)
    return best_response(payoff, instruments, profile, start=start, options=shared.options)


def _save(path: Path, tariffs: np.ndarray, values: list[np.ndarray], rounds: list[NashRound]):
    document = {
        "kind": "tradewar nash checkpoint",
        "shape": list(tariffs.shape),
        "tariffs": tariffs.ravel().tolist(),
        "values": [v.tolist() for v in values],
        "rounds": [asdict(r) for r in rounds],
    }
    with atomic_open(path, "w", encoding="utf-8") as handle:
        json.dump(document, handle)


def _load(path: Path, shape: tuple[int, ...], n_players: int):
    try:
        document = json.loads(path.read_text(encoding="utf-8"))
        if document.get("kind") != "tradewar nash checkpoint":
            raise ValueError("not a checkpoint of tradewar nash")
        if tuple(document["shape"]) != shape or len(document["values"]) != n_players:
            raise ValueError("it is of another world or other players")
        tariffs = np.asarray(document["tariffs"], dtype=float).reshape(shape)
        values = [np.asarray(v, dtype=float) for v in document["values"]]
        rounds = [NashRound(**r) for r in document["rounds"]]
    except (OSError, ValueError, KeyError, TypeError) as exc:
        raise StrategyError(f"cannot resume from {path}: {exc}") from None
    return tariffs, values, rounds


def nash_equilibrium(
    payoff: PayoffFunction,
    players: Sequence[Instruments],
    start: np.ndarray,
    *,
    tol: float = 1e-3,
    max_iter: int = 50,
    method: str = "jacobi",
    stop: str = "max",
    patience: int = 6,
    optimiser: OptimiserOptions | None = None,
    engine: Any = None,
    checkpoint: str | Path | None = None,
    resume: bool = False,
    callback: Callable[[NashRound], None] | None = None,
) -> NashEquilibrium:
    """Iterate best responses to a Nash equilibrium of the players' tariffs.

    Parameters
    ----------
    payoff : PayoffFunction
        The governments' payoffs.
    players : sequence of Instruments
        Each player's instruments (one per player, distinct countries).
    start : numpy.ndarray
        (N, N, S) the profile to start from (players' tariffs and everyone else's).
    tol : float, default 1e-3
        Converged when no player's tariff changes by more than this in a round
        (0.1 percentage points).
    max_iter : int, default 50
        Most rounds.
    method : {"jacobi", "gauss-seidel"}, default "jacobi"
        How the players respond (module docstring).
    stop : {"max", "ossa"}, default "max"
        The stopping rule: no tariff changes by more than ``tol`` (a fixed
        point), or Ossa's: ``|mean(Δτ)|`` over the whole tariff array at most
        ``tol`` (module docstring; use ``tol=0.01, max_iter=24`` for his).
        With ``"ossa"`` there is no test for cycles or stalls.
    patience : int, default 6
        Rounds without a fall of the largest change after which the iteration
        is declared not to settle.
    optimiser : OptimiserOptions, optional
        Tolerances of each best response.
    engine : tradewar.parallel.Engine, optional
        Runs the best responses of a Jacobi round in parallel; in-process when None.
    checkpoint : str or Path, optional
        A JSON file written (atomically) after each round.
    resume : bool, default False
        Start from ``checkpoint`` (its profile, the players' values and the
        rounds done) if it exists.
    callback : callable, optional
        Called with each :class:`NashRound` as it finishes (progress).

    Returns
    -------
    NashEquilibrium
        The last profile, every round, and whether it converged (with the reason
        if not).

    Raises
    ------
    StrategyError
        An unknown method or stopping rule, players that repeat a country, a bad tolerance, or a
        checkpoint that cannot be resumed.
    """
    if method not in METHODS:
        raise StrategyError(f"unknown method {method!r}: use one of {', '.join(METHODS)}")
    if stop not in STOPS:
        raise StrategyError(f"unknown stopping rule {stop!r}: use one of {', '.join(STOPS)}")
    countries = [p.country for p in players]
    if not countries:
        raise StrategyError("a Nash equilibrium needs at least one player")
    if len(set(countries)) != len(countries):
        raise StrategyError("each country can be only one player")
    if not (tol > 0 and max_iter >= 1 and patience >= 1):
        raise StrategyError("tol must be positive, max_iter and patience at least 1")
    started = time.perf_counter()
    profile = np.array(start, dtype=float, copy=True)
    values: list[np.ndarray | None] = [None] * len(players)
    rounds: list[NashRound] = []
    path = Path(checkpoint) if checkpoint is not None else None
    if resume and path is not None and path.exists():
        profile, loaded, rounds = _load(path, profile.shape, len(players))
        values = list(loaded)
        log.info("resuming from %s after %d rounds", path, len(rounds))
    before = sum(r.seconds for r in rounds)
    masks = np.zeros(profile.shape, dtype=bool)
    for p in players:
        masks |= p.cell_mask(profile.shape)
    history = [profile]
    converged, message = False, ""
    shared = None
    if engine is not None and getattr(engine, "client", None) is not None and method == "jacobi":
        # sent once: the data are the same in every round
        shared = engine.share(_Shared(payoff.world, payoff.weights, payoff.options, optimiser))
    if rounds and _criterion(rounds[-1], stop) <= tol:
        converged, message = True, f"converged before: {_describe(rounds[-1], stop, tol)}"
    while not converged and len(rounds) < max_iter:
        t0 = time.perf_counter()
        new = profile.copy()
        responses = _round(payoff, players, profile, values, method, optimiser, engine, shared)
        for k, response in enumerate(responses):
            values[k] = response.values
            new = players[k].apply(response.values, new)
        change = np.abs(new - profile)[masks]
        result = payoff.payoffs(new)
        this = NashRound(
            iteration=len(rounds) + 1,
            max_change=float(change.max()),
            mean_change=float(change.mean()),
            welfare=[float(x) for x in result.welfare],
            government=[float(x) for x in result.government],
            seconds=time.perf_counter() - t0,
            responses_converged=all(r.converged for r in responses),
            signed_mean_change=float(np.mean(new - profile)),
        )
        rounds.append(this)
        profile = new
        history = [*history[-2:], profile]
        log.info(
            "round %d: largest tariff change %.2e, mean %.2e (%.1f s)",
            this.iteration,
            this.max_change,
            this.mean_change,
            this.seconds,
        )
        if path is not None:
            _save(path, profile, [v for v in values if v is not None], rounds)
        if callback is not None:
            callback(this)
        if _criterion(this, stop) <= tol:
            converged = True
            message = f"converged: {_describe(this, stop, tol)}"
            break
        if stop == "ossa":
            continue
        if len(history) == 3 and np.abs(history[2] - history[0])[masks].max() <= tol:
            message = (
                f"best responses cycle: the profile of round {this.iteration} is that of "
                f"round {this.iteration - 2} (largest change {this.max_change:.2e} > {tol:g})"
            )
            break
        best = min(r.max_change for r in rounds[:-patience]) if len(rounds) > patience else None
        if best is not None and min(r.max_change for r in rounds[-patience:]) >= best:
            message = (
                f"best responses do not settle: the largest tariff change has not fallen "
                f"for {patience} rounds (now {this.max_change:.2e} > {tol:g})"
            )
            break
    if not converged and not message:
        last = _criterion(rounds[-1], stop) if rounds else float("nan")
        what = "largest change" if stop == "max" else "|mean signed change|"
        message = f"not converged after {len(rounds)} rounds: {what} {last:.2e} > {tol:g}"
    final_values = [
        v if v is not None else p.values(profile) for v, p in zip(values, players, strict=True)
    ]
    return NashEquilibrium(
        tariffs=profile,
        players=tuple(countries),
        rounds=rounds,
        converged=converged,
        message=message,
        seconds=before + time.perf_counter() - started,
        values=final_values,
    )


def _criterion(this: NashRound, stop: str) -> float:
    """The number the stopping rule compares with ``tol``."""
    return this.max_change if stop == "max" else abs(this.signed_mean_change)


def _describe(this: NashRound, stop: str, tol: float) -> str:
    if stop == "max":
        return f"largest tariff change {this.max_change:.2e} <= {tol:g}"
    return (
        f"Ossa's rule, |mean tariff change| {abs(this.signed_mean_change):.2e} <= {tol:g} "
        f"(largest change {this.max_change:.2e}: stopped before a fixed point)"
    )


def _round(
    payoff: PayoffFunction,
    players: Sequence[Instruments],
    profile: np.ndarray,
    values: list[np.ndarray | None],
    method: str,
    optimiser: OptimiserOptions | None,
    engine: Any,
    shared: Any,
) -> list[BestResponse]:
    """One round of best responses, in the order of ``players``."""
    if method == "gauss-seidel":
        out = []
        latest = profile
        for k, player in enumerate(players):
            response = best_response(payoff, player, latest, start=values[k], options=optimiser)
            latest = player.apply(response.values, latest)
            out.append(response)
        return out
    if shared is None:
        return [
            best_response(payoff, player, profile, start=values[k], options=optimiser)
            for k, player in enumerate(players)
        ]
    tasks = [(player, profile, values[k]) for k, player in enumerate(players)]
    responses: list[BestResponse | None] = [None] * len(tasks)
    for index, response in engine.run(_respond, tasks, shared=shared, label="best responses"):
        responses[index] = response
    if engine.interrupted or any(r is None for r in responses):
        raise KeyboardInterrupt
    return [r for r in responses if r is not None]
