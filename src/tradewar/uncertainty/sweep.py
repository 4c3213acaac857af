"""Sweeps: a scenario solved over a grid of one or two parameters.

A parameter is named by its place in the scenario:

``actions[3].add``
    a numeric field of the action at index 3 of the scenario's ``actions``;
``actions[List 3 raised to 25%].add``
    the same, the action named by its label;
``theta``
    every sector's trade elasticity (one value for all);
``theta.electronics``
    one sector's trade elasticity.

Every point of the grid (the product of the values) is a draw of
:func:`tradewar.uncertainty.draws.solve_draws`, so a grid is solved in batches
and, with a scheduler, on a Dask cluster.  Two tariffs on each other give the
payoff matrix of a trade war: each side's welfare for every pair of rates
(:meth:`SweepResult.table`, :meth:`SweepResult.heatmap`).
"""

from __future__ import annotations

import itertools
import re
import time
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any, Unpack

import numpy as np
import pandas as pd

from tradewar.errors import PolicyError, TradewarError
from tradewar.policy.actions import Action, parse_action
from tradewar.scenario.timeline import ScenarioLike
from tradewar.uncertainty.draws import COUNTRY_MEASURES, Plan
from tradewar.uncertainty.runs import RunOptions, json_number, prepare, run_chunks

__all__ = ["SweepError", "SweepResult", "parse_values", "sweep"]

_ACTION = re.compile(r"^actions\[(?P<key>[^\]]+)\]\.(?P<field>[A-Za-z_]+)$")


class SweepError(TradewarError, ValueError):
    """A parameter or grid that cannot be swept (named in the message)."""


def parse_values(text: str) -> list[float]:
    """Grid values from text: ``0,0.1,0.25`` or ``start:stop:count`` (evenly spaced).

    Parameters
    ----------
    text : str
        The values.

    Returns
    -------
    list of float
        At least one value.

    Raises
    ------
    SweepError
        Text that is not numbers, or a grid with no points.
    """
    text = text.strip()
    try:
        if ":" in text:
            start, stop, count = text.split(":")
            first, last, n = float(start), float(stop), int(count)
        else:
            values = [float(v) for v in text.split(",") if v.strip()]
    except ValueError:
        raise SweepError(
            f"grid values must be numbers ('0,0.1,0.2') or 'start:stop:count', got {text!r}"
        ) from None
    if ":" in text:
        if n < 1:
            raise SweepError(f"a grid with no points: {text!r} (count must be at least 1)")
        return [float(v) for v in np.linspace(first, last, n)]
    if not values:
        raise SweepError(f"a grid with no points: {text!r}")
    return values


@dataclass(frozen=True)
class _Param:
    path: str
    index: int | None  # the action's index, None for theta
    field: str
    sector: int | None  # for theta.SECTOR


def _resolve(plan: Plan, path: str) -> _Param:
    """A parameter path checked against the scenario."""
    if path == "theta":
        return _Param(path, None, "theta", None)
    if path.startswith("theta."):
        name = path[len("theta.") :]
        if name not in plan.sectors:
            raise SweepError(f"{path}: unknown sector {name!r}; sectors: {', '.join(plan.sectors)}")
        return _Param(path, None, "theta", plan.sectors.index(name))
    match = _ACTION.match(path)
    if match is None:
        raise SweepError(
            f"{path!r}: a parameter is 'actions[INDEX or LABEL].FIELD', 'theta' or 'theta.SECTOR'"
        )
    key, field = match["key"], match["field"]
    actions = plan.loaded.scenario.actions
    if key.isdigit():
        index = int(key)
        if index >= len(actions):
            raise SweepError(
                f"{path}: the scenario has {len(actions)} actions (0 to {len(actions) - 1})"
            )
    else:
        labels = [a.label for a in actions]
        if key not in labels:
            known = "; ".join(f"{i}: {a.label or a.kind}" for i, a in enumerate(actions))
            raise SweepError(f"{path}: no action labelled {key!r} (actions: {known})")
        index = labels.index(key)
    action = actions[index]
    if action.date is None:
        raise SweepError(f"{path}: the action has no date")
    if field not in type(action).model_fields:
        known = ", ".join(type(action).model_fields)
        raise SweepError(f"{path}: a {action.kind} action has no field {field!r} ({known})")
    return _Param(path, index, field, None)


def _with(action: Action, field: str, value: float, path: str) -> Action:
    data = action.model_dump(exclude_none=True)
    data[field] = value
    try:
        return parse_action(data)
    except (PolicyError, ValueError) as exc:
        raise SweepError(f"{path} = {value:g}: {exc}") from None


@dataclass
class SweepResult:
    """A scenario over a grid.

    Parameters
    ----------
    scenario : str
        Its name.
    params : tuple of str
        The parameters swept (one or two).
    values : tuple of list of float
        Each parameter's values.
    points : numpy.ndarray
        (P, len(params)) every point of the grid, the first parameter slowest.
    countries : numpy.ndarray
        (P, N, K) each point's country results (NaN where it failed).
    errors : list of (str or None)
        Why each point failed.
    country_names : tuple of str
        The countries.
    seconds : float
        Wall time.
    where : str
        Where it ran.
    interrupted : bool
        Whether Ctrl-C stopped it.
    """

    scenario: str
    params: tuple[str, ...]
    values: tuple[list[float], ...]
    points: np.ndarray
    countries: np.ndarray
    errors: list[str | None]
    country_names: tuple[str, ...]
    seconds: float = 0.0
    where: str = ""
    interrupted: bool = False

    def frame(self, measure: str = "welfare_pct") -> pd.DataFrame:
        """Every point's value of a measure for every country (tidy).

        Parameters
        ----------
        measure : str, default "welfare_pct"
            A column of ``Counterfactual.countries()``.

        Returns
        -------
        pandas.DataFrame
            Index: the parameters; one column per country; ``error`` for failed points.
        """
        k = COUNTRY_MEASURES.index(measure)
        index = pd.MultiIndex.from_arrays(
            [self.points[:, j] for j in range(len(self.params))], names=list(self.params)
        )
        frame = pd.DataFrame(self.countries[:, :, k], index=index, columns=list(self.country_names))
        frame["error"] = self.errors
        return frame

    def table(self, country: str, measure: str = "welfare_pct") -> pd.DataFrame:
        """One country's measure over the grid: a column (one parameter) or a matrix (two).

        Parameters
        ----------
        country : str
            A country of the world.
        measure : str, default "welfare_pct"
            A column of ``Counterfactual.countries()``.

        Returns
        -------
        pandas.DataFrame
            Rows: the first parameter's values; columns: the second's (or the country).
        """
        series = self.frame(measure)[country]
        if len(self.params) == 1:
            return series.to_frame(country)
        return series.unstack(self.params[1])

    def payoff(self, countries: Sequence[str] = ("USA", "CHN"), measure: str = "welfare_pct"):
        """The payoff matrix: each country's table over a two-parameter grid.

        Parameters
        ----------
        countries : sequence of str, default ("USA", "CHN")
            The players.
        measure : str, default "welfare_pct"
            The payoff.

        Returns
        -------
        dict of str to pandas.DataFrame
            One matrix per country.
        """
        return {c: self.table(c, measure) for c in countries}

    def to_dict(self, measure: str = "welfare_pct") -> dict[str, Any]:
        """The grid as plain data (``tradewar sweep --json``).

        Parameters
        ----------
        measure : str, default "welfare_pct"
            Reported for every country (all measures are in ``points``).

        Returns
        -------
        dict
            ``params``, ``values``, ``points`` (each with its parameters, every
            country's measures, and its error).
        """
        rows = []
        for p, point in enumerate(self.points):
            rows.append(
                {
                    "params": dict(zip(self.params, map(float, point), strict=True)),
                    "countries": {
                        c: {
                            m: json_number(self.countries[p, i, k])
                            for k, m in enumerate(COUNTRY_MEASURES)
                        }
                        for i, c in enumerate(self.country_names)
                    },
                    "error": self.errors[p],
                }
            )
        return {
            "scenario": self.scenario,
            "params": list(self.params),
            "values": [list(v) for v in self.values],
            "measure": measure,
            "points": rows,
            "failed_points": sum(e is not None for e in self.errors),
            "interrupted": self.interrupted,
        }

    def heatmap(self, path: str, country: str, measure: str = "welfare_pct") -> str:
        """A heat map of one country's measure over a two-parameter grid (PNG).

        Parameters
        ----------
        path : str
            The PNG file to write.
        country : str
            The country.
        measure : str, default "welfare_pct"
            The measure.

        Returns
        -------
        str
            ``path``.
        """
        from tradewar.uncertainty.charts import heatmap

        return heatmap(self.table(country, measure), path, f"{country}: {measure}")


def sweep(
    scenario: ScenarioLike,
    params: Sequence[str],
    values: Sequence[Sequence[float]],
    **run: Unpack[RunOptions],
) -> SweepResult:
    """Solve a scenario at every point of a grid of one or two parameters.

    Parameters
    ----------
    scenario : str, Path, dict, Scenario or ScenarioFile
        The scenario.
    params : sequence of str
        One or two parameter paths (module docstring).
    values : sequence of sequences of float
        Each parameter's values.
    **run
        Where and how the points are solved (:class:`~tradewar.uncertainty.runs.RunOptions`):
        ``scheduler``, ``workers``, ``chunk_size`` (points solved together),
        ``options`` (solver settings), ``progress`` (a bar, or a function told
        ``(points done, total)`` after each chunk).

    Returns
    -------
    SweepResult
        Every point, failed ones with the reason.

    Raises
    ------
    SweepError
        No parameter or more than two, a grid with no points, an unknown
        action, field or sector, a value the field does not take — before any
        point is solved.
    ParallelError
        A scheduler that cannot be reached.
    TypeError
        A keyword that is not one of ``RunOptions``.
    """
    started = time.perf_counter()
    params = list(params)
    if not 1 <= len(params) <= 2 or len(values) != len(params):
        raise SweepError("a sweep takes one or two parameters, each with its values")
    grids = [list(map(float, v)) for v in values]
    for path, grid in zip(params, grids, strict=True):
        if not grid:
            raise SweepError(f"{path}: a grid with no points")
    plan = prepare(scenario, run)
    resolved = [_resolve(plan, p) for p in params]
    points = np.array(list(itertools.product(*grids)), dtype=float)
    theta = np.repeat(plan.world.theta[None, :], len(points), axis=0)
    actions: list[list[tuple[int, Action]]] = []
    for p, point in enumerate(points):
        todo = list(plan.actions)
        for param, value in zip(resolved, point, strict=True):
            if param.index is None:
                if param.sector is None:
                    theta[p, :] = value
                else:
                    theta[p, param.sector] = value
                continue
            todo = [
                (i, _with(a, param.field, value, param.path) if i == param.index else a)
                for i, a in todo
            ]
        actions.append(todo)
    if np.any(theta <= 0):
        raise SweepError("elasticities must be positive")
    ran = run_chunks(plan, theta, run, label=f"{plan.loaded.scenario.name}: sweep", actions=actions)
    return SweepResult(
        scenario=plan.loaded.scenario.name,
        params=tuple(params),
        values=tuple(grids),
        points=points,
        countries=ran.results.countries,
        errors=ran.results.errors,
        country_names=plan.countries,
        seconds=time.perf_counter() - started,
        where=ran.where,
        interrupted=ran.interrupted,
    )
