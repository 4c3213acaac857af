"""Monte Carlo and sweep runs: a request checked against the server's limits, and its job.

Both are runs like a scenario's (:mod:`tradewar.web.runs`): queued, taken by a
worker process, followed by their progress (draws or grid points solved),
cancelled by killing the worker, and answered from the cache when an identical
one has finished.  The request holds the scenario and ``analysis``, the
settings of :func:`tradewar.uncertainty.monte_carlo` or
:func:`tradewar.uncertainty.sweep.sweep`; the worker solves the draws in its own
process (``scheduler="in-process"``: the pool of workers is the server's
parallelism) and stores ``result.json`` (``MonteCarloResult.to_dict()`` or
``SweepResult.to_dict()``) and a CSV table.

Limits: at most ``max_draws`` draws and ``max_grid_points`` points of a grid a
run (``TRADEWAR_MAX_DRAWS``, ``TRADEWAR_MAX_GRID_POINTS``); more is refused with
422 before anything is queued, as is a parameter that names no action of the
scenario.
"""

from __future__ import annotations

import json
import math
import re
from collections.abc import Callable, Mapping, Sequence
from typing import Any

from tradewar.web.inputs import InputError
from tradewar.web.storage.store import StoredFile

__all__ = ["analysis_files", "monte_carlo_analysis", "sweep_analysis"]

Progress = Callable[[str, float], None]

_ACTION = re.compile(r"^actions\[(?P<key>[^\]]+)\]\.(?P<field>[A-Za-z_]+)$")


def _too_much(field: str, message: str) -> InputError:
    return InputError("too much work", [{"line": None, "field": field, "message": message}])


def monte_carlo_analysis(
    *,
    draws: int,
    seed: int,
    distribution: str,
    family: str,
    percentiles: Sequence[float],
    sectors: bool,
    max_draws: int,
) -> dict[str, Any]:
    """The settings of a Monte Carlo run, within the server's limit.

    Parameters
    ----------
    draws : int
        Draws of the elasticities.
    seed : int
        Their seed.
    distribution : str
        ``default`` or ``caliendo-parro`` (:func:`tradewar.uncertainty.distribution`).
    family : str
        ``lognormal`` or ``normal``.
    percentiles : sequence of float
        The bands reported beside the median.
    sectors : bool
        Also report results by country and sector.
    max_draws : int
        The most draws this server runs at once.

    Returns
    -------
    dict
        ``kind: monte_carlo`` and the settings (the request's ``analysis``).

    Raises
    ------
    InputError
        More than ``max_draws`` draws (422, field ``draws``).
    """
    if draws > max_draws:
        raise _too_much(
            "draws",
            f"at most {max_draws} draws a run on this server (TRADEWAR_MAX_DRAWS), "
            f"got {draws}: ask for fewer, or run 'tradewar mc' on a Dask cluster",
        )
    return {
        "kind": "monte_carlo",
        "draws": draws,
        "seed": seed,
        "distribution": distribution,
        "family": family,
        "percentiles": sorted(set(map(float, percentiles))),
        "sectors": sectors,
    }


def _param_problem(actions: list[Any], path: str) -> str | None:
    """What is wrong with a sweep's parameter for these (resolved) actions; None if nothing.

    ``theta.SECTOR`` is checked by the worker, against the scenario's world.
    """
    if path == "theta" or path.startswith("theta."):
        return None
    match = _ACTION.match(path)
    if match is None:
        return "a parameter is 'actions[INDEX or LABEL].FIELD', 'theta' or 'theta.SECTOR'"
    key, field = match["key"], match["field"]
    labels = [a.get("label") if isinstance(a, Mapping) else None for a in actions]
    index = int(key) if key.isdigit() else labels.index(key) if key in labels else None
    if index is None or index >= len(actions):
        known = "; ".join(f"{i}: {a.get('label') or a.get('kind')}" for i, a in enumerate(actions))
        return f"the scenario has no action {key!r} (its actions: {known or 'none'})"
    action = actions[index]
    if action.get("date") is None:
        return f"action {index} has no date: a sweep changes dated actions"
    if field not in action or not _number(action[field]):
        numbers = ", ".join(k for k, v in action.items() if v is not None and _number(v))
        return f"a {action.get('kind')} action has no number {field!r} (numbers: {numbers})"
    return None


def _number(value: Any) -> bool:
    """Whether a field's value is one a sweep may set: a number, by sector, or not given."""
    numeric = isinstance(value, int | float) and not isinstance(value, bool)
    return value is None or numeric or isinstance(value, Mapping)


def sweep_analysis(
    scenario: Mapping[str, Any],
    params: Sequence[str],
    values: Sequence[Sequence[float]],
    *,
    max_points: int,
) -> dict[str, Any]:
    """The settings of a sweep, checked against the scenario and the server's limit.

    Parameters
    ----------
    scenario : Mapping
        The validated scenario with ``extends`` resolved
        (:attr:`~tradewar.web.inputs.CheckedScenario.resolved`): its actions are
        what ``actions[INDEX]`` counts.
    params : sequence of str
        One or two parameters (``actions[0].add``, ``theta``, ``theta.food``).
    values : sequence of sequences of float
        Each parameter's values.
    max_points : int
        The most points of a grid this server runs at once.

    Returns
    -------
    dict
        ``kind: sweep``, ``params`` and ``values`` (the request's ``analysis``).

    Raises
    ------
    InputError
        A grid of more than ``max_points`` points, or a parameter that names no
        number of a dated action (422, field ``params[i].param``).
    """
    points = math.prod(len(v) for v in values)
    if points > max_points:
        raise _too_much(
            "params",
            f"at most {max_points} points a sweep on this server (TRADEWAR_MAX_GRID_POINTS), "
            f"got {' x '.join(str(len(v)) for v in values)} = {points}",
        )
    actions = [a for a in scenario.get("actions") or [] if isinstance(a, Mapping)]
    problems = [
        {"line": None, "field": f"params[{i}].param", "message": f"{path}: {problem}"}
        for i, path in enumerate(params)
        if (problem := _param_problem(actions, path)) is not None
    ]
    if problems:
        raise InputError("invalid sweep", problems)
    return {"kind": "sweep", "params": list(params), "values": [list(v) for v in values]}


def _told(progress: Progress, unit: str) -> Callable[[int, int], None]:
    """Progress of draws (or points) as the run's stage and fraction (10% to 95%)."""

    def told(done: int, total: int) -> None:
        progress(f"{done} of {total} {unit} solved", 0.1 + 0.85 * done / max(total, 1))

    return told


def _chunk(count: int) -> int:
    """Draws solved together: about ten chunks a run (progress) of 16 to 250 draws."""
    return max(16, min(250, math.ceil(count / 10)))


def analysis_files(
    loaded: Any, analysis: Mapping[str, Any], progress: Progress
) -> list[StoredFile]:
    """Run a Monte Carlo or a sweep of a loaded scenario; the files of its result.

    Parameters
    ----------
    loaded : ScenarioFile
        The scenario, loaded (:func:`tradewar.scenario.load_scenario`).
    analysis : Mapping
        :func:`monte_carlo_analysis` or :func:`sweep_analysis`.
    progress : callable
        Called with ``(stage, fraction)`` as it goes on.

    Returns
    -------
    list of StoredFile
        ``result.json`` and, for a Monte Carlo, ``summary.csv`` (every country
        and measure: central, median, bands, mean, sd) and ``draws.csv`` (welfare
        by draw and country); for a sweep, ``grid.csv`` (welfare by point and
        country).
    """
    progress("solving the scenario at its own elasticities", 0.08)
    if analysis["kind"] == "monte_carlo":
        from tradewar.uncertainty import monte_carlo

        mc = monte_carlo(
            loaded,
            analysis["draws"],
            seed=analysis["seed"],
            distribution=analysis["distribution"],
            family=analysis["family"],
            percentiles=analysis["percentiles"],
            sectors=analysis["sectors"],
            scheduler="in-process",
            chunk_size=_chunk(analysis["draws"]),
            progress=_told(progress, "draws"),
        )
        doc, tables = (
            mc.to_dict(),
            {
                "summary.csv": mc.summary().reset_index().to_csv(index=False),
                "draws.csv": mc.values("welfare_pct").to_csv(),
            },
        )
    else:
        from tradewar.uncertainty.sweep import sweep

        grid = sweep(
            loaded,
            analysis["params"],
            analysis["values"],
            scheduler="in-process",
            chunk_size=_chunk(math.prod(len(v) for v in analysis["values"])),
            progress=_told(progress, "points"),
        )
        doc, tables = grid.to_dict(), {"grid.csv": grid.frame().reset_index().to_csv(index=False)}
    progress("writing the result", 0.97)
    files = [StoredFile.of("result.json", json.dumps(doc, allow_nan=False))]
    return files + [StoredFile.of(name, text) for name, text in tables.items()]
