"""Routes of Monte Carlo runs and sweeps: started like a run, followed and fetched as runs."""

from __future__ import annotations

from typing import Any

from fastapi import APIRouter

from tradewar.web.analyses import monte_carlo_analysis, sweep_analysis
from tradewar.web.routes_data import State
from tradewar.web.routes_runs import submit
from tradewar.web.routes_scenarios import check_input
from tradewar.web.schemas import ErrorBody, MonteCarloIn, RunOut, SweepIn

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
