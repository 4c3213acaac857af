"""What a worker process does: run a scenario and write its files; compare two results.

Everything here runs in a worker process of :mod:`tradewar.web.runs`, never in
the server's: a long solve does not hold up the API.  A run is solved by
:func:`tradewar.scenario.run_scenario`, its files written by
:func:`tradewar.reports.files.write_outputs` (CSV, JSON, Parquet, the Excel
workbook, PNG charts) and :func:`tradewar.reports.html.render_report` (the HTML
report); :func:`summary_document` is the small document the web app draws from.
Files travel back gzip-compressed, as they are stored.
"""

from __future__ import annotations

import json
import logging
import os
import shutil
import signal
import time
import traceback
from collections.abc import Callable, Mapping
from pathlib import Path
from typing import Any

from tradewar.errors import ScenarioError, TradewarError
from tradewar.web.storage.store import StoredFile

__all__ = ["compare_job", "run_job", "summary_document", "worker_main"]

Progress = Callable[[str, float], None]


def _load(request: Mapping[str, Any], folder: Path):
    from tradewar.scenario import load_scenario, scenario_from_data

    if "builtin" in request:
        return load_scenario(str(request["builtin"]))
    return scenario_from_data(request["data"], folder=folder)


class _SolveCounter(logging.Handler):
    """Counts the equilibria the solver reports (its ``equilibrium solved`` debug line)."""

    def __init__(self, expected: int, progress: Progress) -> None:
        super().__init__(logging.DEBUG)
        self.expected = max(expected, 1)
        self.count = 0
        self.progress = progress

    def emit(self, record: logging.LogRecord) -> None:
        if str(record.msg).startswith("equilibrium solved"):
            self.count += 1
            self.progress("solving", 0.1 + 0.6 * min(1.0, self.count / self.expected))


def _solve(loaded, progress: Progress):
    """``run_scenario`` with progress: one tick per equilibrium solved."""
    from tradewar.scenario import run_scenario

    dates = {a.date for a in loaded.scenario.actions if a.date is not None}
    counter = _SolveCounter(len(dates) + 1, progress)
    logger = logging.getLogger("tradewar.model.solver")
    level = logger.level
    logger.addHandler(counter)
    logger.setLevel(logging.DEBUG)
    try:
        return run_scenario(loaded)
    finally:
        logger.removeHandler(counter)
        logger.setLevel(level)


def _records(frame) -> list[dict[str, Any]]:
    return json.loads(frame.to_json(orient="records", double_precision=10))


def summary_document(result) -> dict[str, Any]:
    """What the web app draws: headline by country, the map, the pair, the path, third countries.

    Parameters
    ----------
    result : ScenarioResult
        The solved scenario.

    Returns
    -------
    dict
        JSON-ready: ``scenario``, ``title``, ``baseline``, ``start``, ``model``,
        ``units``, ``focus``, ``notes``, ``interpretation``; ``countries``
        (:func:`~tradewar.reports.tables.country_table` of the final state, one
        record per country), ``map`` (welfare by ISO3 code,
        :func:`~tradewar.reports.html.map_values`), ``bilateral``
        (:func:`~tradewar.reports.tables.bilateral_by_sector`), ``third``
        (:func:`~tradewar.reports.tables.third_countries`) and ``steps`` (each
        date's actions and welfare by country).
    """
    from tradewar.reports.html import map_values
    from tradewar.reports.tables import (
        COMPARATIVE_STATIC,
        bilateral_by_sector,
        country_table,
        third_countries,
    )

    sc = result.scenario
    countries = _records(country_table(result).reset_index())
    pair = bilateral_by_sector(result)
    steps = []
    for step in result.steps:
        welfare = step.result.countries()["welfare_pct"]
        steps.append(
            {
                "date": step.date.isoformat() if step.date is not None else None,
                "actions": list(step.labels),
                "welfare_pct": {str(c): float(v) for c, v in welfare.items()},
            }
        )
    values = map_values(result)
    return {
        "scenario": sc.name,
        "title": sc.title,
        "description": sc.description,
        "sources": [s.model_dump(mode="json") for s in sc.sources],
        "baseline": result.data_world.name,
        "start": result.start_world.name,
        "model": sc.model.model_dump(mode="json"),
        "units": "USD" if result.start_world.usd_per_unit else "data units",
        "focus": list(result.focus) if result.focus else None,
        "notes": list(result.notes),
        "interpretation": COMPARATIVE_STATIC,
        "countries": countries,
        "map": {str(k): float(v) for k, v in values.items()},
        "bilateral": _records(pair) if pair is not None else [],
        "third": _records(third_countries(result).reset_index()),
        "steps": steps,
    }


def run_job(
    request: Mapping[str, Any], folder: Path, progress: Progress
) -> tuple[list[StoredFile], float]:
    """Do what a run asks: solve its scenario, or a Monte Carlo or a sweep of it.

    Parameters
    ----------
    request : Mapping
        ``{"builtin": NAME}`` or ``{"data": SCENARIO}`` (checked already), with
        ``analysis`` for a Monte Carlo, a sweep or a strategic question
        (:mod:`tradewar.web.analyses`); a question on a data set has no scenario.
    folder : Path
        An empty folder of the server's to work in.
    progress : callable
        Called with ``(stage, fraction)`` as the run goes on.

    Returns
    -------
    files : list of StoredFile
        A scenario's ``summary.json``, ``result.json``, the CSV and Parquet tables,
        ``workbook.xlsx``, the PNG charts and ``report.html``; an analysis's
        files (:func:`tradewar.web.analyses.analysis_files`).
    seconds : float
        How long it took.
    """
    started = time.perf_counter()
    progress("loading", 0.05)
    scenario = "builtin" in request or "data" in request
    loaded = _load(request, folder) if scenario else None  # none: a strategy on a data set
    if request.get("analysis") is not None:
        from tradewar.web.analyses import analysis_files

        files = analysis_files(loaded, request["analysis"], progress)
    else:
        files = _scenario_files(loaded, folder, progress)
    return files, time.perf_counter() - started


def _scenario_files(loaded: Any, folder: Path, progress: Progress) -> list[StoredFile]:
    from tradewar.reports.files import write_outputs
    from tradewar.reports.html import render_report

    result = _solve(loaded, progress)
    progress("writing tables", 0.75)
    out = folder / "out"
    write_outputs(result, out)
    files = []
    for path in sorted(out.iterdir()):
        if path.is_file() and not path.name.startswith("."):
            name = "workbook.xlsx" if path.suffix == ".xlsx" else path.name
            files.append(StoredFile.of(name, path.read_bytes()))
    files.append(StoredFile.of("summary.json", json.dumps(summary_document(result))))
    progress("writing the report", 0.9)
    files.append(StoredFile.of("report.html", render_report(result)))
    return files


def compare_job(
    first: Mapping[str, Any], second: Mapping[str, Any], folder: Path
) -> dict[str, Any]:
    """Two scenarios side by side (:func:`tradewar.reports.compare.compare_results`).

    Parameters
    ----------
    first, second : Mapping
        The runs' requests (``{"builtin": NAME}`` or ``{"data": SCENARIO}``).
    folder : Path
        An empty folder of the server's to work in.

    Returns
    -------
    dict
        ``a`` and ``b`` (name and title), ``same_start``, ``measures`` and
        ``countries``: one record per country with each measure for A, for B and B − A.
    """
    from tradewar.reports.compare import COMPARED, compare_results, same_start
    from tradewar.scenario import run_scenario

    a = run_scenario(_load(first, folder))
    b = run_scenario(_load(second, folder))
    table = compare_results(a, b)
    return {
        "a": {"scenario": a.scenario.name, "title": a.scenario.title, "start": a.start_world.name},
        "b": {"scenario": b.scenario.name, "title": b.scenario.title, "start": b.start_world.name},
        "same_start": same_start(a, b),
        "measures": list(COMPARED),
        "countries": _records(table.reset_index()),
    }


#: What a failed task could not do, by the kind of its analysis.
_WHAT: dict[str | None, str] = {
    None: "the scenario",
    "monte_carlo": "the Monte Carlo",
    "sweep": "the sweep",
    "optimal_tariff": "the optimal tariffs",
    "nash": "the trade war",
    "talks": "the trade talks",
    "game": "the escalation game",
}


def _error(exc: BaseException, what: str = "the scenario") -> dict[str, Any]:
    """A failure as stored with the run and shown to the client (no server folder in it)."""
    from tradewar.web.inputs import problems_of, without_paths

    if isinstance(exc, ScenarioError):
        return {
            "title": f"{what} cannot be run",
            "detail": without_paths(str(exc.problems[0][2])),
            "problems": problems_of(exc),
        }
    if isinstance(exc, TradewarError):
        return {"title": f"{what} cannot be run", "detail": without_paths(str(exc))}
    return {
        "title": "internal error",
        "detail": without_paths(f"{type(exc).__name__}: {exc}"),
        "traceback": without_paths(traceback.format_exc(limit=20)),
    }


def worker_main(conn: Any, home: str) -> None:
    """The loop of a worker process: take a task, do it, send back what came of it.

    The process runs at a lower priority (``nice`` 10) than the server, so that
    the API answers promptly while runs solve.

    Messages in: ``(kind, task_id, args)`` with kind ``run`` (args: the request)
    or ``compare`` (args: two requests); None to stop.  Messages out:
    ``("progress", task_id, stage, fraction)``, then ``("done", task_id, value)``
    or ``("error", task_id, error)``.

    Parameters
    ----------
    conn : multiprocessing.connection.Connection
        The worker's end of its pipe to the server.
    home : str
        The server's data folder; tasks work in ``HOME/work/TASK_ID``.
    """
    signal.signal(signal.SIGINT, signal.SIG_IGN)  # the server stops its workers itself
    if hasattr(os, "nice"):
        os.nice(10)  # solving yields the processor to the API's answers
    import tradewar.reports.files
    import tradewar.reports.html
    import tradewar.scenario  # noqa: F401  (warm: the first run does not pay the imports)

    while True:
        try:
            message = conn.recv()
        except (EOFError, OSError):
            return
        if message is None:
            return
        kind, task_id, args = message
        folder = Path(home) / "work" / task_id
        shutil.rmtree(folder, ignore_errors=True)
        folder.mkdir(parents=True)

        def progress(stage: str, fraction: float, task_id: str = task_id) -> None:
            conn.send(("progress", task_id, stage, fraction))

        try:
            if kind == "run":
                value: Any = run_job(args, folder, progress)
            else:
                value = compare_job(args[0], args[1], folder)
            conn.send(("done", task_id, value))
        except Exception as exc:
            analysis = args.get("analysis") if kind == "run" else None
            what = _WHAT.get(analysis["kind"] if analysis else None, "the scenario")
            conn.send(("error", task_id, _error(exc, what)))
        finally:
            shutil.rmtree(folder, ignore_errors=True)
