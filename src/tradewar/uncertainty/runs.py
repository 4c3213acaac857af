"""A scenario solved for many draws: the run that Monte Carlo, sweeps and tornadoes share.

:class:`RunOptions` are the keywords the three take alike (where and how the
draws run); :func:`prepare` checks them, where the draws will run and the
scenario (its :class:`~tradewar.uncertainty.draws.Plan`), before any work;
:func:`run_chunks` solves the draws in chunks
(:func:`~tradewar.uncertainty.draws.solve_draws`), the chunks spread over an
engine of :mod:`tradewar.parallel`, and keeps what finished on Ctrl-C.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any, TypedDict

import numpy as np

from tradewar.model.options import SolverOptions
from tradewar.parallel import Progress, open_engine
from tradewar.scenario.timeline import ScenarioLike
from tradewar.uncertainty.draws import (
    COUNTRY_MEASURES,
    SECTOR_MEASURES,
    DrawResults,
    Plan,
    make_plan,
    solve_draws,
)

__all__ = ["ChunkRun", "RunOptions", "json_number", "prepare", "run_chunks"]

#: Why a draw that never ran has no result.
NOT_RUN = "not solved (interrupted)"


class RunOptions(TypedDict, total=False):
    """Where and how the draws of a run are solved: what monte_carlo, sweep and tornado share.

    Every key is optional.

    Attributes
    ----------
    scheduler : None, str or distributed.Client
        Where to run (:func:`tradewar.parallel.open_engine`): None (a local Dask
        cluster, or in-process without the ``dask`` extra), ``"local"``,
        ``"in-process"``, a scheduler's address or a client.
    workers : int or None
        Worker processes of a local cluster.
    chunk_size : int or None
        Draws solved together in one task (default: about four chunks per
        worker, 16–250).
    options : SolverOptions or None
        Solver settings of every draw.
    progress : bool or callable
        Show a progress bar with the rate and time left, or tell a function
        ``(draws done, total)`` after each chunk (:data:`tradewar.parallel.Progress`);
        False by default.
    """

    scheduler: Any
    workers: int | None
    chunk_size: int | None
    options: SolverOptions | None
    progress: Progress


def prepare(scenario: ScenarioLike, run: RunOptions) -> Plan:
    """Check the run's options, where the draws will run, then the scenario: the plan of its draws.

    Parameters
    ----------
    scenario : str, Path, dict, Scenario or ScenarioFile
        The scenario.
    run : RunOptions
        Where and how the draws will run; a scheduler's address is connected
        to here, so that one that cannot be reached fails before any work.

    Returns
    -------
    Plan
        The scenario's shared part (:func:`~tradewar.uncertainty.draws.make_plan`).

    Raises
    ------
    TypeError
        A keyword that is not one of :class:`RunOptions` (named).
    ParallelError
        A scheduler that cannot be reached.
    ScenarioError
        A scenario that does not check or cannot be solved at its own θ.
    """
    unknown = sorted(set(run) - RunOptions.__optional_keys__)
    if unknown:
        raise TypeError(
            f"unexpected keyword argument {unknown[0]!r} (where and how to run: "
            f"{', '.join(sorted(RunOptions.__optional_keys__))})"
        )
    scheduler = run.get("scheduler")
    if isinstance(scheduler, str) and scheduler not in ("local", "in-process"):
        open_engine(scheduler).close()
    return make_plan(scenario, run.get("options"))


@dataclass
class ChunkRun:
    """The draws of a run, in order, and how it went.

    Parameters
    ----------
    results : DrawResults
        Every draw's results; a draw that never ran has the error :data:`NOT_RUN`.
    interrupted : bool
        Whether Ctrl-C stopped the run.
    where : str
        Where it ran.
    """

    results: DrawResults
    interrupted: bool
    where: str


def _chunk_task(task: tuple[np.ndarray, dict[str, Any]], plan: Plan) -> DrawResults:
    """Solve one chunk of draws (runs on a worker)."""
    theta, kwargs = task
    return solve_draws(plan, theta, **kwargs)


def run_chunks(
    plan: Plan,
    theta: np.ndarray,
    run: RunOptions,
    *,
    label: str = "draws",
    actions: Sequence[Any] | None = None,
    sectors: bool = False,
    pairs: bool = False,
) -> ChunkRun:
    """Solve many draws of a plan in chunks, on an engine; keep what finished on Ctrl-C.

    Parameters
    ----------
    plan : Plan
        The scenario's shared part.
    theta : numpy.ndarray
        (D, S) the draws.
    run : RunOptions
        Where and how to run them (its ``options`` are already the plan's).
    label : str, default "draws"
        Its label.
    actions : sequence, optional
        Each draw's dated actions (a sweep), as :func:`solve_draws` takes them.
    sectors, pairs : bool, default False
        Also report sector and pair results.

    Returns
    -------
    ChunkRun
        The draws in order (those not run marked :data:`NOT_RUN`), whether
        Ctrl-C stopped the run, where it ran.
    """
    total = theta.shape[0]
    with open_engine(run.get("scheduler"), workers=run.get("workers")) as engine:
        size = run.get("chunk_size") or int(
            np.clip(math.ceil(total / (4 * engine.workers)), 16, 250)
        )
        starts = list(range(0, total, size))
        tasks = []
        for a in starts:
            kwargs: dict[str, Any] = {"sectors": sectors, "pairs": pairs}
            if actions is not None:
                kwargs["actions"] = list(actions[a : a + size])
            tasks.append((theta[a : a + size], kwargs))
        shared = engine.share(plan)
        parts: dict[int, DrawResults] = {}
        try:
            for i, part in engine.run(
                _chunk_task,
                tasks,
                shared=shared,
                label=label,
                progress=run.get("progress", False),
                weights=[len(t[0]) for t in tasks],
                unit="draws",
            ):
                parts[i] = part
        except KeyboardInterrupt:
            engine.interrupted = True
        interrupted = engine.interrupted
        where = engine.description
    return ChunkRun(_merge(plan, theta, parts, starts, sectors, pairs), interrupted, where)


def _merge(
    plan: Plan,
    theta: np.ndarray,
    parts: dict[int, DrawResults],
    starts: list[int],
    sectors: bool,
    pairs: bool,
) -> DrawResults:
    total = theta.shape[0]
    n, s = plan.world.n_countries, plan.world.n_sectors
    out = DrawResults(
        theta=theta,
        countries=np.full((total, n, len(COUNTRY_MEASURES)), np.nan),
        errors=[NOT_RUN] * total,
        sectors=np.full((total, n * s, len(SECTOR_MEASURES)), np.nan) if sectors else None,
        pairs=np.full((total, n, n), np.nan) if pairs else None,
    )
    for i, part in parts.items():
        a = starts[i]
        b = a + part.size
        out.countries[a:b] = part.countries
        out.errors[a:b] = part.errors
        if out.sectors is not None and part.sectors is not None:
            out.sectors[a:b] = part.sectors
        if out.pairs is not None and part.pairs is not None:
            out.pairs[a:b] = part.pairs
    return out


def json_number(value: float) -> float | None:
    """A number for JSON: itself if finite, else None (null).

    Parameters
    ----------
    value : float
        The number.

    Returns
    -------
    float or None
        ``float(value)``, or None for NaN and infinities.
    """
    value = float(value)
    return value if math.isfinite(value) else None
