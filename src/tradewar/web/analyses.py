"""Monte Carlo, sweep and strategy runs: a request checked against the server's limits, and its job.

Both are runs like a scenario's (:mod:`tradewar.web.runs`): queued, taken by a
worker process, followed by their progress (draws or grid points solved),
cancelled by killing the worker, and answered from the cache when an identical
one has finished.  The request holds the scenario and ``analysis``, the
settings of :func:`tradewar.uncertainty.monte_carlo` or
:func:`tradewar.uncertainty.sweep.sweep`; the worker solves the draws in its own
process (``scheduler="in-process"``: the pool of workers is the server's
parallelism) and stores ``result.json`` (``MonteCarloResult.to_dict()`` or
``SweepResult.to_dict()``) and a CSV table.

Strategic questions (:mod:`tradewar.strategy`: ``optimal_tariff``, ``nash``,
``talks``) are runs of the same path: their world is a data set (the request
holds no scenario) or a scenario's state on a date; ``result.json`` is
``StrategyResult.to_dict()`` (``tradewar nash --json``), with ``countries.csv``
and ``tariffs.csv``.  An escalation game (:func:`tradewar.strategy.escalation_game`)
runs the same way: ``result.json`` is ``GameResult.to_dict()`` (``tradewar game
--json``), with ``path.csv`` (a row per move).

Limits: at most ``max_draws`` draws and ``max_grid_points`` points of a grid a
run (``TRADEWAR_MAX_DRAWS``, ``TRADEWAR_MAX_GRID_POINTS``); more is refused with
422 before anything is queued, as is a parameter that names no action of the
scenario; a strategic question on a world of more than ``max_strategy_tariffs``
tariffs (N x N x S) or of more than ``max_strategy_rounds`` rounds (a game:
``max_game_rounds``), or naming a country or an industry its world does not have.
"""

from __future__ import annotations

import datetime as dt
import json
import math
import re
from collections.abc import Callable, Mapping, Sequence
from typing import Any

from tradewar.web.inputs import InputError
from tradewar.web.storage.store import StoredFile

__all__ = [
    "STRATEGY_KINDS",
    "analysis_files",
    "game_analysis",
    "monte_carlo_analysis",
    "strategy_analysis",
    "sweep_analysis",
]

#: Runs that answer a strategic question, and the library's name of each.
STRATEGY_KINDS = {"optimal_tariff": "optimal", "nash": "nash", "talks": "cooperative"}

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


def strategy_analysis(
    kind: str,
    settings: Mapping[str, Any],
    world: Mapping[str, Any] | None,
    *,
    max_tariffs: int,
    max_rounds: int,
) -> dict[str, Any]:
    """The settings of a strategic question, checked against its world and the server's limits.

    Parameters
    ----------
    kind : {"optimal_tariff", "nash", "talks"}
        The question.
    settings : Mapping
        The request's fields (:class:`~tradewar.web.schemas.OptimalTariffIn`,
        :class:`~tradewar.web.schemas.NashIn`, :class:`~tradewar.web.schemas.TalksIn`)
        but the scenario's.
    world : Mapping or None
        The world's ``countries`` (``[{"code": ...}]``) and ``sectors``
        (:func:`tradewar.web.routes_data.describe_dataset`); None when not known
        before it is built (a scenario on an aggregated world): the worker checks.
    max_tariffs : int
        The largest world, in tariffs N x N x S.
    max_rounds : int
        The most rounds of best responses.

    Returns
    -------
    dict
        ``kind`` and the settings (the request's ``analysis``), ``None``s dropped.

    Raises
    ------
    InputError
        A world too large, too many rounds, a country or an industry the world
        does not have, or political weights on a world that is not Ossa's (422,
        naming the field).
    """
    out = {"kind": kind, **{k: v for k, v in settings.items() if v is not None}}
    if isinstance(out.get("date"), dt.date):
        out["date"] = out["date"].isoformat()
    if out.get("max_iter", 0) > max_rounds:
        raise _too_much(
            "max_iter",
            f"at most {max_rounds} rounds on this server (TRADEWAR_MAX_STRATEGY_ROUNDS), "
            f"got {out['max_iter']}: run 'tradewar nash' for more",
        )
    if world is None:
        return out
    countries = [c["code"] for c in world["countries"]]
    sectors = list(world["sectors"])
    size = len(countries) ** 2 * len(sectors)
    if size > max_tariffs:
        raise _too_much(
            "data" if "data" in out else "scenario_id",
            f"a world of {len(countries)} countries and {len(sectors)} sectors has {size} "
            f"tariffs; this server answers strategic questions on at most {max_tariffs} "
            "(TRADEWAR_MAX_STRATEGY_TARIFFS): run 'tradewar nash' for larger worlds",
        )
    problems = _weights_problems(out, world)
    for field, known in (
        ("country", countries),
        ("players", countries),
        ("partners", countries),
        ("industries", sectors),
    ):
        given = out.get(field)
        names = [given] if isinstance(given, str) else list(given or [])
        for i, name in enumerate(names):
            if name not in known:
                where = field if isinstance(given, str) else f"{field}[{i}]"
                problems.append(
                    {
                        "line": None,
                        "field": where,
                        "message": f"{name!r} is not in this world (it has: {', '.join(known)})",
                    }
                )
        if len(set(names)) != len(names):
            problems.append({"line": None, "field": field, "message": "a name is given twice"})
    if kind == "talks" and len(out.get("players") or countries) < 2:
        problems.append({"line": None, "field": "players", "message": "talks need two players"})
    if out.get("against") == "players" and len(out.get("players") or countries) < 2:
        problems.append(
            {"line": None, "field": "players", "message": "against 'players' needs two players"}
        )
    if problems:
        raise InputError(f"invalid {kind.replace('_', ' ')} request", problems)
    return out


def _weights_problems(settings: Mapping[str, Any], world: Mapping[str, Any]) -> list[dict]:
    """Political weights are Ossa's: a 422 on any other world, before a worker starts."""
    if settings.get("weights") != "political" or str(world.get("name", "")).startswith("ossa2014"):
        return []
    return [
        {
            "line": None,
            "field": "weights",
            "message": "the political weights are Ossa's, for his data (ossa2014); "
            f"world {world.get('name')!r} has none: use plain",
        }
    ]


def game_analysis(
    settings: Mapping[str, Any],
    world: Mapping[str, Any] | None,
    *,
    max_tariffs: int,
    max_rounds: int,
) -> dict[str, Any]:
    """The settings of an escalation game, checked against its world and the server's limits.

    Parameters
    ----------
    settings : Mapping
        The fields of :class:`~tradewar.web.schemas.GameIn` but the scenario's
        (its rules already in the library's spelling).
    world : Mapping or None
        As for :func:`strategy_analysis`.
    max_tariffs : int
        The largest world, in tariffs N x N x S.
    max_rounds : int
        The most rounds of a game.

    Returns
    -------
    dict
        ``kind: game`` and the settings, with every player's rule
        (``best-response`` for those not named): the request's ``analysis``.

    Raises
    ------
    InputError
        Too many rounds, a rule for a country that is not a player, and what
        :func:`strategy_analysis` refuses (422, naming the field).
    """
    rounds = int(settings.get("rounds", 10))
    if rounds > max_rounds:
        raise _too_much(
            "rounds",
            f"at most {max_rounds} rounds of a game on this server (TRADEWAR_MAX_GAME_ROUNDS), "
            f"got {rounds}: run 'tradewar game' for more",
        )
    players = list(settings.get("players") or [])
    rules = dict(settings.get("rules") or {})
    problems = [
        {
            "line": None,
            "field": f"rules.{name}",
            "message": f"{name!r} is not a player (the players: {', '.join(players)})",
        }
        for name in rules
        if name not in players
    ]
    if problems:
        raise InputError("invalid game", problems)
    ordered = {**settings, "rules": {p: rules.get(p, "best-response") for p in players}}
    out = strategy_analysis("game", ordered, world, max_tariffs=max_tariffs, max_rounds=max_rounds)
    return out


def _strategy_world(loaded: Any, analysis: Mapping[str, Any]) -> Any:
    """The world of a question: a data set's name, or a scenario's state on the date."""
    if loaded is None:
        return analysis.get("data", "ossa2014")
    from tradewar.scenario import run_scenario

    run = run_scenario(loaded)
    date = analysis.get("date")
    if date is None:
        return run.final.to_baseline(f"{run.scenario.name} (final)")
    when = dt.date.fromisoformat(date)
    chosen = [s for s in run.steps if s.date is not None and s.date <= when]
    if not chosen:
        return run.start_world
    return chosen[-1].result.to_baseline(f"{run.scenario.name} on {chosen[-1].date}")


def strategy_document(
    loaded: Any, analysis: Mapping[str, Any], progress: Progress
) -> tuple[dict[str, Any], dict[str, str]]:
    """Answer a strategic question: ``StrategyResult.to_dict()`` and its CSV tables."""
    import tradewar.strategy as strategy

    progress("building the world", 0.06)
    world = _strategy_world(loaded, analysis)
    kind = analysis["kind"]
    common: dict[str, Any] = {
        "world": world,
        "model": analysis.get("model"),
        "weights": analysis.get("weights", "plain"),
        "industries": analysis.get("industries"),
        "form": analysis.get("form", "bilateral"),
        "bounds": (analysis.get("lower", 0.0), analysis.get("upper", 10.0)),
    }
    if kind == "optimal_tariff":
        progress(f"optimising the tariffs of {analysis['country']}", 0.1)
        result = strategy.optimal_tariffs(
            analysis["country"], partners=analysis.get("partners"), **common
        )
    else:
        tol, max_iter = analysis.get("tol", 1e-3), analysis.get("max_iter", 50)
        war = {"tol": tol, "max_iter": max_iter, "method": analysis.get("method", "jacobi")}

        def told(r: Any) -> None:
            toward = math.log(max(r.max_change, tol) / tol) / math.log(max(1 / tol, 1.0 + 1e-9))
            done = max(r.iteration / max_iter, 1.0 - min(1.0, toward))
            progress(
                f"round {r.iteration}: largest tariff change {r.max_change:.4g}",
                0.1 + 0.85 * min(done, 1.0),
            )

        players, against = analysis.get("players"), analysis.get("against", "all")
        if kind == "nash":
            progress("best responses, round 1", 0.1)
            result = strategy.nash_tariffs(
                players=players, against=against, callback=told, **war, **common
            )
        else:
            progress(f"talks from {analysis.get('threat', 'nash')}", 0.1)
            result = strategy.cooperative_tariffs(
                threat=analysis.get("threat", "nash"),
                players=players,
                against=against,
                nash_options={**war, "callback": told},
                **common,
            )
    tables = {
        "countries.csv": result.countries().reset_index().to_csv(index=False),
        "tariffs.csv": result.tariff_table().reset_index().to_csv(index=False),
    }
    return result.to_dict(), tables


def game_document(
    loaded: Any, analysis: Mapping[str, Any], progress: Progress
) -> tuple[dict[str, Any], dict[str, str]]:
    """Play an escalation game: ``GameResult.to_dict()`` and ``path.csv`` (a row per move)."""
    from tradewar.strategy.games import escalation_game
    from tradewar.strategy.questions import strategy_world

    progress("building the world", 0.06)
    world = strategy_world(_strategy_world(loaded, analysis), analysis.get("model"))
    rules = analysis["rules"]
    players = list(rules)
    rounds = analysis.get("rounds", 10)
    deal = analysis.get("deal", True)
    progress(
        f"playing up to {rounds} round(s): "
        + ", ".join(f"{p} ({r})" for p, r in rules.items())
        + ("; then the deal" if deal else ""),
        0.1,
    )
    moves_at_most, made = rounds * len(players), [0]

    def told(move: Any) -> None:
        made[0] += 1
        progress(
            f"round {move.round}: {move.player} moved ({move.rule}), "
            f"largest tariff change {move.change:.4g}",
            0.1 + (0.6 if deal else 0.85) * made[0] / moves_at_most,
        )

    result = escalation_game(
        world,
        players,
        rounds=rounds,
        callback=told,
        rules=rules,
        weights=analysis.get("weights", "plain"),
        industries=analysis.get("industries"),
        bounds=(analysis.get("lower", 0.0), analysis.get("upper", 10.0)),
        tol=analysis.get("tol", 1e-3),
        deal=deal,
    )
    return result.to_dict(), {"path.csv": result.path().to_csv(index=False)}


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
    """Run a Monte Carlo or a sweep of a loaded scenario, or a strategic question; its files.

    Parameters
    ----------
    loaded : ScenarioFile or None
        The scenario, loaded (:func:`tradewar.scenario.load_scenario`); None for
        a strategic question on a data set.
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
        country); for a strategic question ``countries.csv`` (payoffs and median
        tariffs) and ``tariffs.csv`` (country, partner, industry: before and after);
        for a game ``path.csv`` (each move: its player, rule, tariffs and payoffs).
    """
    if analysis["kind"] in STRATEGY_KINDS:
        doc, tables = strategy_document(loaded, analysis, progress)
    elif analysis["kind"] == "game":
        doc, tables = game_document(loaded, analysis, progress)
    elif analysis["kind"] == "monte_carlo":
        progress("solving the scenario at its own elasticities", 0.08)
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

        progress("solving the scenario at its own elasticities", 0.08)
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
