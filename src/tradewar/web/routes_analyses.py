"""Routes of Monte Carlo runs, sweeps, strategic questions and games: started as runs."""

from __future__ import annotations

from typing import Any

from fastapi import APIRouter
from fastapi.concurrency import run_in_threadpool

from tradewar.web.analyses import (
    game_analysis,
    monte_carlo_analysis,
    strategy_analysis,
    sweep_analysis,
)
from tradewar.web.inputs import CheckedScenario
from tradewar.web.routes_data import State, describe_dataset
from tradewar.web.routes_runs import submit
from tradewar.web.routes_scenarios import check_input
from tradewar.web.schemas import (
    ErrorBody,
    GameIn,
    MonteCarloIn,
    NashIn,
    OptimalTariffIn,
    RunOut,
    StrategyIn,
    SweepIn,
    TalksIn,
)

__all__ = ["router"]

router = APIRouter(prefix="/api/v1/runs", tags=["uncertainty"])
_ANSWERS: dict[int | str, dict[str, Any]] = {
    200: {"model": RunOut, "description": "Answered from an identical finished run."},
    400: {"model": ErrorBody},
    404: {"model": ErrorBody},
    409: {"model": ErrorBody},
    413: {"model": ErrorBody},
    422: {"model": ErrorBody},
}


@router.post("/monte-carlo", response_model=RunOut, status_code=202, responses=_ANSWERS)
async def start_monte_carlo(body: MonteCarloIn, tw: State) -> Any:
    """Start a Monte Carlo over a scenario's trade elasticities (202, or 200 cached).

    Every draw solves the scenario at its elasticities.  ``GET /runs/{id}``
    follows it (the draws solved), ``GET /runs/{id}/result`` gives
    ``tradewar mc --json``: ``countries`` → measure → ``{median, p5, p95, mean,
    sd, central}`` and ``failed_draws`` with their θ.  More draws than the
    server allows (``TRADEWAR_MAX_DRAWS``) is a 422.
    """
    settings = body.model_dump(exclude={"scenario_id", "yaml", "scenario"})
    analysis = monte_carlo_analysis(**settings, max_draws=tw.settings.max_draws)
    checked = await check_input(body, tw)
    return await submit(tw, checked, scenario_id=body.scenario_id, analysis=analysis)


@router.post("/sweep", response_model=RunOut, status_code=202, responses=_ANSWERS)
async def start_sweep(body: SweepIn, tw: State) -> Any:
    """Start a sweep of a scenario over a grid of one or two parameters (202, or 200 cached).

    Two tariffs on each other give the payoff matrix of a trade war.
    ``GET /runs/{id}/result`` gives ``tradewar sweep --json``: ``params``,
    ``values`` and ``points``, each with its parameters, every country's
    results and its error.  A grid of more points than the server allows
    (``TRADEWAR_MAX_GRID_POINTS``), or a parameter that names no number of a
    dated action, is a 422.
    """
    checked = await check_input(body, tw)
    analysis = sweep_analysis(
        checked.resolved,
        [p.param for p in body.params],
        [p.values for p in body.params],
        max_points=tw.settings.max_grid_points,
    )
    return await submit(tw, checked, scenario_id=body.scenario_id, analysis=analysis)


async def _strategy(kind: str, body: StrategyIn | GameIn, tw: Any) -> Any:
    """Check a strategic question against its world and the limits; queue it (or the cache)."""
    settings = body.model_dump(exclude={"scenario_id"})
    world: dict[str, Any] | None
    if body.scenario_id is None:
        name = body.data or "ossa2014"
        settings["data"] = name
        world = await run_in_threadpool(describe_dataset, name)
        checked = CheckedScenario(
            data={},
            content="",
            format="dataset",
            name=f"{kind.replace('_', '-')} on {name}",
            title=f"{kind.replace('_', ' ')} on {name}",
            resolved={"dataset": world["name"]},
            request={},
        )
    else:
        checked = await check_input(body, tw)
        base = checked.resolved.get("baseline")
        # an aggregated world's countries are known once it is built: the worker checks
        world = await run_in_threadpool(describe_dataset, base) if isinstance(base, str) else None
    if kind == "game":
        analysis = game_analysis(
            settings,
            world,
            max_tariffs=tw.settings.max_strategy_tariffs,
            max_rounds=tw.settings.max_game_rounds,
        )
    else:
        analysis = strategy_analysis(
            kind,
            settings,
            world,
            max_tariffs=tw.settings.max_strategy_tariffs,
            max_rounds=tw.settings.max_strategy_rounds,
        )
    return await submit(tw, checked, scenario_id=body.scenario_id, analysis=analysis)


@router.post("/optimal-tariff", response_model=RunOut, status_code=202, responses=_ANSWERS)
async def start_optimal_tariff(body: OptimalTariffIn, tw: State) -> Any:
    """One country's optimal tariffs, the others' given (202, or 200 cached).

    ``GET /runs/{id}/result`` gives ``tradewar optimal-tariff --json``: ``tariffs``
    as ``{country: {partner: {industry: rate}}}``, ``welfare_pct``,
    ``government_welfare_pct`` and ``median_tariff_pct`` by country,
    ``converged``, ``message``.  A country or an industry the world does not
    have, or a world larger than the server allows, is a 422.
    """
    return await _strategy("optimal_tariff", body, tw)


@router.post("/nash", response_model=RunOut, status_code=202, responses=_ANSWERS)
async def start_nash(body: NashIn, tw: State) -> Any:
    """A trade war: the players' Nash tariffs (202, or 200 cached).

    ``GET /runs/{id}`` follows its rounds; the result is ``tradewar nash --json``
    (with ``rounds``).  More rounds than ``TRADEWAR_MAX_STRATEGY_ROUNDS``, an
    unknown player or too large a world is a 422.
    """
    return await _strategy("nash", body, tw)


@router.post("/talks", response_model=RunOut, status_code=202, responses=_ANSWERS)
async def start_talks(body: TalksIn, tw: State) -> Any:
    """Trade talks: efficient tariffs with equal gains from a threat point (202, or 200 cached).

    The result is ``tradewar talks --json`` (``threat``, ``gain_pct``,
    ``welfare_gain_pct`` besides the payoffs).  A Nash threat point runs at most
    ``max_iter`` rounds; one that does not converge fails the run.
    """
    return await _strategy("talks", body, tw)


@router.post("/game", response_model=RunOut, status_code=202, responses=_ANSWERS)
async def start_game(body: GameIn, tw: State) -> Any:
    """An escalation game: players move in turn by rules, round after round (202, or 200 cached).

    The world is a data set or a scenario's state on a date, as for the other
    questions.  ``GET /runs/{id}/result`` gives ``tradewar game --json``:
    ``players``, ``rules``, ``moves`` (each mover's mean tariff on each opponent
    and every player's welfare after the move, percent), ``settled``, ``message``
    and ``deal`` (the players' cooperative tariffs from the game's end: welfare
    and the gain on no deal).  More rounds than ``TRADEWAR_MAX_GAME_ROUNDS``, an
    unknown player, a rule for a country that is not a player or a bad rule is
    a 422.
    """
    return await _strategy("game", body, tw)
