"""The strategic questions, from names: optimal tariffs, the Nash equilibrium, cooperative tariffs.

The entry points of the Python API and of the command line::

    import tradewar as tw

    tw.strategy.optimal_tariffs("USA")                       # Ossa's data and model
    tw.strategy.optimal_tariffs("USA", weights="political")
    war = tw.strategy.nash_tariffs()                         # every region a player
    talks = tw.strategy.cooperative_tariffs(threat=war)      # equal gains from the war
    tw.strategy.nash_tariffs(world="default", players=["USA", "CHN"])  # any world

A world is a data set name (``ossa2014`` by default) or a
:class:`~tradewar.baseline.Baseline`; ``model`` applies a model kind to it
(``ossa``: monopolistic competition with profits, Ossa 2014; ``armington``:
no input–output links; ``caliendo-parro``: the world as it is).  Players not
named keep their tariffs.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

import numpy as np

from tradewar.baseline import Baseline
from tradewar.model.options import SolverOptions
from tradewar.strategy.cooperative import equal_gains
from tradewar.strategy.errors import StrategyError
from tradewar.strategy.gradients import PayoffFunction
from tradewar.strategy.instruments import Instruments, country_index, instruments
from tradewar.strategy.nash import STOPS, NashRound, nash_equilibrium
from tradewar.strategy.optimal import OptimiserOptions, best_response
from tradewar.strategy.results import StrategyResult
from tradewar.strategy.weights import resolve_weights

__all__ = [
    "MODELS",
    "THREATS",
    "cooperative_tariffs",
    "nash_tariffs",
    "optimal_tariffs",
    "scenario_world",
    "strategy_world",
]

#: Model kinds a world can be given.
MODELS = ("ossa", "armington", "caliendo-parro")
#: Named threat points of trade talks.
THREATS = ("nash", "factual", "free-trade")

WorldLike = Baseline | str | Path | None


def strategy_world(world: WorldLike = None, model: str | None = None) -> Baseline:
    """A world with its model applied.

    Parameters
    ----------
    world : Baseline, str, Path or None
        A world, or a data set name or path (:func:`tradewar.datasets.load_data`);
        ``ossa2014`` when None.
    model : {"ossa", "armington", "caliendo-parro"}, optional
        The model kind; when None, ``ossa`` for Ossa's data and the world as it
        is otherwise.

    Returns
    -------
    Baseline
        The world the payoffs are computed on.

    Raises
    ------
    StrategyError
        An unknown model kind.
    """
    from tradewar.model.variants import monopolistic_competition, without_input_output

    if model is not None and model not in MODELS:
        raise StrategyError(f"unknown model {model!r}: use one of {', '.join(MODELS)}")
    if isinstance(world, Baseline):
        base = world
    else:
        from tradewar.datasets.registry import load_data

        name = "ossa2014" if world is None else str(world)
        base = load_data(name)
        if model is None and base.name.startswith("ossa2014"):
            model = "ossa"
    if model == "ossa":
        return monopolistic_competition(base)
    if model == "armington":
        return without_input_output(base)
    return base


def scenario_world(scenario: str | Path, date: str | None = None) -> Baseline:
    """The world of a scenario on a date: its equilibrium after the actions up to then.

    So that a user can ask where a scenario's escalation was heading: e.g. the
    Nash tariffs of the US and China from the state of the trade war on
    10 May 2019 (``scenario_world("may-2019", "2019-05-10")``).

    Parameters
    ----------
    scenario : str or Path
        A built-in scenario name or a YAML file.
    date : str, optional
        ISO date; the last step on or before it (the scenario's start when it
        comes before every step); the final step when None.

    Returns
    -------
    Baseline
        The world at that state (its model and deficit treatment applied), its
        tariffs the scenario's.

    Raises
    ------
    StrategyError
        A date that is not ISO (YYYY-MM-DD).
    """
    import datetime as dt

    from tradewar.scenario.timeline import run_scenario

    run = run_scenario(scenario)
    if date is None:
        return run.final.to_baseline(f"{run.scenario.name} (final)")
    try:
        when = dt.date.fromisoformat(str(date))
    except ValueError:
        raise StrategyError(f"date {date!r} is not YYYY-MM-DD") from None
    chosen = [s for s in run.steps if s.date is not None and s.date <= when]
    if not chosen:
        return run.start_world
    return chosen[-1].result.to_baseline(f"{run.scenario.name} on {chosen[-1].date}")


def _setup(
    world: WorldLike, model: str | None, weights: Any, solver: SolverOptions | None
) -> tuple[Baseline, PayoffFunction, str]:
    base = strategy_world(world, model)
    data = world if isinstance(world, str | Path) and "ossa" in str(world) else None
    array = resolve_weights(base, weights, data=data)
    name = weights if isinstance(weights, str) else ("plain" if weights is None else "custom")
    return base, PayoffFunction(base, array, solver), name


#: Ossa's stopping rule (``mynashtariff.m``): ``|mean(Δτ)|`` at most 0.01, at most 24 rounds.
OSSA_TOL = 1e-2
OSSA_MAX_ITER = 24

#: Whose goods the players tax: every other country, or only the other players.
AGAINST = ("all", "players")


def _players(
    base: Baseline,
    players: Sequence[str] | None,
    industries: Sequence[str] | None,
    form: str,
    bounds: tuple[float, float],
    against: str = "all",
) -> list[Instruments]:
    if against not in AGAINST:
        raise StrategyError(f"unknown against {against!r}: use one of {', '.join(AGAINST)}")
    names = list(base.countries) if players is None else [str(p) for p in players]
    index = [country_index(base, name) for name in names]
    if len(set(index)) != len(index):
        raise StrategyError(f"a player is named twice: {', '.join(names)}")
    pool = index if against == "players" else list(range(base.n_countries))
    if against == "players" and len(index) < 2:
        raise StrategyError("against='players' needs at least two players")
    return [
        instruments(
            base,
            i,
            partners=[base.countries[o] for o in pool if o != i],
            industries=industries,
            form=form,
            bounds=bounds,
        )
        for i in index
    ]


def _start(base: Baseline, start: Any) -> np.ndarray:
    if start is None or (isinstance(start, str) and start == "factual"):
        return np.array(base.tariff)
    if isinstance(start, StrategyResult):
        return np.array(start.tariffs)
    array = np.asarray(start, dtype=float)
    if array.shape != base.tariff.shape:
        raise StrategyError(
            f"start tariffs have shape {array.shape}, the world's have {base.tariff.shape}"
        )
    return array


def optimal_tariffs(
    country: str,
    *,
    world: WorldLike = None,
    model: str | None = None,
    weights: Any = "plain",
    tariffs: Any = None,
    partners: Sequence[str] | None = None,
    industries: Sequence[str] | None = None,
    form: str = "bilateral",
    bounds: tuple[float, float] = (0.0, 10.0),
    solver: SolverOptions | None = None,
    optimiser: OptimiserOptions | None = None,
) -> StrategyResult:
    """A country's optimal tariffs, the others' tariffs given (Ossa 2014, section IV).

    ``max log Ĝ_n`` over the country's import tariffs (see
    :func:`~tradewar.strategy.optimal.best_response`).

    Parameters
    ----------
    country : str
        The country setting its tariffs.
    world : Baseline, str, Path or None
        The world (:func:`strategy_world`); Ossa's when None.
    model : str, optional
        Its model kind (:func:`strategy_world`).
    weights : str, array-like or None, default "plain"
        Political-economy weights (:func:`~tradewar.strategy.weights.resolve_weights`).
    tariffs : array-like or StrategyResult, optional
        (N, N, S) everyone's tariffs to respond to; the world's when None.
    partners : sequence of str, optional
        The partners it taxes; all when None.
    industries : sequence of str, optional
        The industries it taxes; the goods sectors when None.
    form : {"bilateral", "mfn", "uniform", "flat"}, default "bilateral"
        One rate per partner and industry, per industry, per partner, or one.
    bounds : tuple of float, default (0, 10)
        Lower and upper bound of each rate (fractions).
    solver : SolverOptions, optional
        Settings of the equilibrium solver.
    optimiser : OptimiserOptions, optional
        Tolerances of the optimiser.

    Returns
    -------
    StrategyResult
        The tariffs and every country's payoffs.
    """
    base, payoff, name = _setup(world, model, weights, solver)
    profile = _start(base, tariffs)
    ins = instruments(
        base, country, partners=partners, industries=industries, form=form, bounds=bounds
    )
    best = best_response(payoff, ins, profile, options=optimiser)
    result = payoff.payoffs(best.tariffs)
    return StrategyResult(
        kind="optimal",
        world=base,
        weights=name,
        players=(base.countries[ins.country],),
        tariffs=best.tariffs,
        welfare=result.welfare,
        government=result.government,
        converged=best.converged,
        message=best.message,
        iterations=best.n_iter,
        seconds=best.seconds,
    )


def nash_tariffs(
    *,
    players: Sequence[str] | None = None,
    world: WorldLike = None,
    model: str | None = None,
    weights: Any = "plain",
    start: Any = "factual",
    industries: Sequence[str] | None = None,
    form: str = "bilateral",
    bounds: tuple[float, float] = (0.0, 10.0),
    against: str = "all",
    tol: float | None = None,
    max_iter: int | None = None,
    method: str = "jacobi",
    stop: str = "max",
    solver: SolverOptions | None = None,
    optimiser: OptimiserOptions | None = None,
    engine: Any = None,
    checkpoint: str | Path | None = None,
    resume: bool = False,
    callback: Callable[[NashRound], None] | None = None,
) -> StrategyResult:
    """The Nash equilibrium of the players' tariffs: a trade war (Ossa 2014, section V).

    ``stop="ossa"`` follows Ossa's own procedure (his ``results`` code and
    ``mynashtariff.m``) instead of iterating to a fixed point: from the
    factual tariffs, every player's MFN optimal tariffs (one rate per
    industry); from them, MFN best responses in rounds until
    ``|mean(Δτ)| <= 0.01`` over the tariff array (at most 24 rounds); from that
    MFN "equilibrium", bilateral best responses in rounds under the same rule.
    On Ossa's data each stage stops after one round; the tariffs are his
    published Nash tariffs up to his optimiser's accuracy (docs/strategy.md).

    Parameters
    ----------
    players : sequence of str, optional
        The countries that set tariffs; every country when None.  The others
        keep their tariffs.
    world : Baseline, str, Path or None
        The world (:func:`strategy_world`); Ossa's when None.
    model : str, optional
        Its model kind.
    weights : str, array-like or None, default "plain"
        Political-economy weights.
    start : "factual", array-like or StrategyResult, default "factual"
        The tariffs to start from.
    industries : sequence of str, optional
        The industries the players tax; the goods sectors when None.
    form : str, default "bilateral"
        How each player's tariffs are grouped (:mod:`~tradewar.strategy.instruments`).
    bounds : tuple of float, default (0, 10)
        Bounds of every rate.
    against : {"all", "players"}, default "all"
        Whose goods the players tax: every other country (Ossa), or only each
        other (a bilateral war; the others' goods keep their tariffs).
    tol : float, optional
        Converged when no tariff changes by more than this in a round (1e-3);
        with ``stop="ossa"``, when ``|mean(Δτ)|`` is at most this (0.01).
    max_iter : int, optional
        Most rounds: 50, or 24 with ``stop="ossa"`` (Ossa's).
    method : {"jacobi", "gauss-seidel"}, default "jacobi"
        Simultaneous or sequential best responses.
    stop : {"max", "ossa"}, default "max"
        Iterate to a fixed point, or follow Ossa's procedure (above).  With
        ``"ossa"``, a bilateral war from the factual tariffs starts from his
        MFN stage; any other start or form runs his stopping rule only.
    solver : SolverOptions, optional
        Settings of the equilibrium solver.
    optimiser : OptimiserOptions, optional
        Tolerances of each best response.
    engine : tradewar.parallel.Engine, optional
        Runs a round's best responses in parallel (Jacobi).
    checkpoint : str or Path, optional
        A file written after each round.
    resume : bool, default False
        Resume from ``checkpoint``.
    callback : callable, optional
        Called with each round (progress).

    Returns
    -------
    StrategyResult
        The tariffs, every country's payoffs, the rounds, and whether it converged.
    """
    if stop not in STOPS:
        raise StrategyError(f"unknown stopping rule {stop!r}: use one of {', '.join(STOPS)}")
    ossa = stop == "ossa"
    tol = (OSSA_TOL if ossa else 1e-3) if tol is None else tol
    max_iter = (OSSA_MAX_ITER if ossa else 50) if max_iter is None else max_iter
    base, payoff, name = _setup(world, model, weights, solver)
    ins = _players(base, players, industries, form, bounds, against)
    profile = _start(base, start)
    prelude = ""
    factual = start is None or (isinstance(start, str) and start == "factual")
    if ossa and form == "bilateral" and factual and not resume:
        # Ossa: MFN optimal tariffs, then MFN best responses under his rule
        mfn = _players(base, players, industries, "mfn", bounds, against)
        first = nash_equilibrium(
            payoff, mfn, profile, max_iter=1, method=method, optimiser=optimiser, engine=engine
        )
        stage = nash_equilibrium(
            payoff,
            mfn,
            first.tariffs,
            tol=tol,
            max_iter=max_iter,
            method=method,
            stop="ossa",
            optimiser=optimiser,
            engine=engine,
        )
        profile = stage.tariffs
        prelude = (
            f"from MFN optimal tariffs, MFN best responses for {stage.n_iter} round(s) "
            f"({stage.message}); then bilateral: "
        )
    outcome = nash_equilibrium(
        payoff,
        ins,
        profile,
        tol=tol,
        max_iter=max_iter,
        method=method,
        stop=stop,
        optimiser=optimiser,
        engine=engine,
        checkpoint=checkpoint,
        resume=resume,
        callback=callback,
    )
    result = payoff.payoffs(outcome.tariffs)
    return StrategyResult(
        kind="nash",
        world=base,
        weights=name,
        players=tuple(base.countries[i] for i in outcome.players),
        tariffs=outcome.tariffs,
        welfare=result.welfare,
        government=result.government,
        converged=outcome.converged,
        message=prelude + outcome.message,
        iterations=outcome.n_iter,
        seconds=outcome.seconds,
        rounds=outcome.rounds,
    )


def cooperative_tariffs(
    *,
    threat: Any = "nash",
    players: Sequence[str] | None = None,
    world: WorldLike = None,
    model: str | None = None,
    weights: Any = "plain",
    industries: Sequence[str] | None = None,
    form: str = "bilateral",
    bounds: tuple[float, float] = (0.0, 10.0),
    against: str = "all",
    tol: float = 1e-5,
    solver: SolverOptions | None = None,
    optimiser: OptimiserOptions | None = None,
    nash_options: dict[str, Any] | None = None,
) -> StrategyResult:
    """Efficient tariffs with equal gains for every player's government: trade talks.

    Ossa (2014, section VI): the players' tariffs on the efficiency frontier at
    which every player's government welfare rises by the same percentage
    relative to the threat point (:func:`~tradewar.strategy.cooperative.equal_gains`).

    Parameters
    ----------
    threat : {"nash", "factual", "free-trade"}, array-like or StrategyResult, default "nash"
        The threat point: the Nash equilibrium of the same players (computed
        here, or a result of :func:`nash_tariffs`), the world's tariffs, zero
        tariffs of the players, or (N, N, S) tariffs.
    players : sequence of str, optional
        The countries in the talks; every country when None.
    world : Baseline, str, Path or None
        The world (:func:`strategy_world`); Ossa's when None.
    model : str, optional
        Its model kind.
    weights : str, array-like or None, default "plain"
        Political-economy weights.
    industries : sequence of str, optional
        The industries negotiated; the goods sectors when None.
    form : str, default "bilateral"
        How each player's tariffs are grouped.
    bounds : tuple of float, default (0, 10)
        Bounds of every rate (Ossa's ``restricted`` talks: no import subsidies).
    against : {"all", "players"}, default "all"
        Whose goods the negotiated tariffs fall on: every other country's, or only
        the other players' (and the Nash threat point likewise).
    tol : float, default 1e-5
        Largest accepted spread of the gains in log Ĝ.
    solver : SolverOptions, optional
        Settings of the equilibrium solver.
    optimiser : OptimiserOptions, optional
        Tolerances of the inner optimisations.
    nash_options : dict, optional
        Keyword arguments of :func:`nash_tariffs` when the threat point is computed.

    Returns
    -------
    StrategyResult
        The tariffs; payoffs relative to the world and (``gains``) to the threat point.

    Raises
    ------
    StrategyError
        An unknown threat point, fewer than two players, tariffs of the wrong shape.
    """
    import tradewar.results.solving as solving
    from tradewar.policy.shock import Shock

    base, payoff, name = _setup(world, model, weights, solver)
    ins = _players(base, players, industries, form, bounds, against)
    if isinstance(threat, str):
        if threat not in THREATS:
            raise StrategyError(f"unknown threat point {threat!r}: use one of {', '.join(THREATS)}")
        label = threat
        if threat == "nash":
            war = nash_tariffs(
                players=[base.countries[p.country] for p in ins],
                world=base,
                model=None,
                weights=payoff.weights,
                industries=industries,
                form=form,
                bounds=bounds,
                against=against,
                solver=solver,
                optimiser=optimiser,
                **(nash_options or {}),
            )
            if not war.converged:
                raise StrategyError(f"the threat point (Nash) did not converge: {war.message}")
            threat_tariffs = war.tariffs
        elif threat == "factual":
            threat_tariffs = np.array(base.tariff)
        else:
            threat_tariffs = np.array(base.tariff)
            for p in ins:
                threat_tariffs = p.apply(np.zeros(p.n_vars), threat_tariffs)
    elif isinstance(threat, StrategyResult):
        if threat.world.countries != base.countries or threat.world.sectors != base.sectors:
            raise StrategyError("the threat point is a result on another world")
        label, threat_tariffs = threat.kind, np.array(threat.tariffs)
    else:
        label, threat_tariffs = "given tariffs", _start(base, threat)
    at_threat = payoff.payoffs(threat_tariffs)
    threat_world = solving.solve(base, Shock(tariff=threat_tariffs)).to_baseline(
        f"{base.name} at the threat point ({label})"
    )
    talks_payoff = PayoffFunction(threat_world, payoff.weights, solver)
    talks_players = [
        instruments(
            threat_world,
            p.country,
            partners=[threat_world.countries[i] for i in np.unique(p.exporters)],
            industries=[threat_world.sectors[s] for s in np.unique(p.sectors)],
            form=form,
            bounds=bounds,
        )
        for p in ins
    ]
    bargain = equal_gains(talks_payoff, talks_players, tol=tol, optimiser=optimiser)
    relative = talks_payoff.payoffs(bargain.tariffs)
    return StrategyResult(
        kind="cooperative",
        world=base,
        weights=name,
        players=tuple(base.countries[i] for i in bargain.players),
        tariffs=bargain.tariffs,
        welfare=at_threat.welfare * relative.welfare,
        government=at_threat.government * relative.government,
        converged=bargain.converged,
        message=bargain.message,
        iterations=bargain.n_outer,
        seconds=bargain.seconds,
        threat=label,
        gains=np.where(
            np.isin(np.arange(base.n_countries), bargain.players), relative.government - 1, np.nan
        ),
        welfare_gains=relative.welfare - 1,
        threat_tariffs=threat_tariffs,
    )
