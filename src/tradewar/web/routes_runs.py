"""Routes of runs: start one, follow it, cancel it, fetch its files; compare two."""

from __future__ import annotations

import datetime as dt
import gzip
import hashlib
import json
from dataclasses import asdict
from functools import partial
from typing import Annotated, Any, Literal

from fastapi import APIRouter, Path, Query, Request
from fastapi.concurrency import run_in_threadpool
from fastapi.responses import JSONResponse, Response

from tradewar.web.errors import ApiError
from tradewar.web.inputs import CheckedScenario
from tradewar.web.routes_data import State
from tradewar.web.routes_scenarios import check_input
from tradewar.web.runs import JobError
from tradewar.web.schemas import (
    ComparisonOut,
    ErrorBody,
    FileOut,
    RunIn,
    RunKind,
    RunList,
    RunOut,
)
from tradewar.web.security import REPORT_POLICY
from tradewar.web.storage import ActiveRunError, RunInfo, StoredFile

__all__ = ["router", "run_out", "submit"]

router = APIRouter(prefix="/api/v1", tags=["runs"])
RunId = Annotated[str, Path(max_length=64)]
FileName = Annotated[str, Path(max_length=100, pattern=r"^[A-Za-z0-9][A-Za-z0-9._-]*$")]
_ERRORS: dict[int | str, dict[str, Any]] = {
    404: {"model": ErrorBody},
    409: {"model": ErrorBody},
    422: {"model": ErrorBody},
}
#: Files shown in the browser rather than downloaded.
_INLINE = {"summary.json", "result.json", "report.html"}


#: What a finished run links to, by its kind: (link, path under the run).
_LINKS = {
    "scenario": {
        "summary": "summary",
        "result": "result",
        "files": "files",
        "csv": "files/countries.csv",
        "workbook": "files/workbook.xlsx",
        "report": "files/report.html",
    },
    "monte_carlo": {"result": "result", "files": "files", "csv": "files/summary.csv"},
    "sweep": {"result": "result", "files": "files", "csv": "files/grid.csv"},
    **{
        kind: {"result": "result", "files": "files", "csv": "files/countries.csv"}
        for kind in ("optimal_tariff", "nash", "talks")
    },
    "game": {"result": "result", "files": "files", "csv": "files/path.csv"},
}


def run_out(run: RunInfo, *, cached: bool = False) -> dict[str, Any]:
    """A run as the API shows it, with links to what can be done with it.

    Parameters
    ----------
    run : RunInfo
        The run.
    cached : bool, default False
        Whether it answers a request from the cache.

    Returns
    -------
    dict
        The fields of :class:`~tradewar.web.schemas.RunOut`.
    """
    base = f"/api/v1/runs/{run.id}"
    links = {"self": base, "cancel": f"{base}/cancel"}
    if run.status == "done":
        links.update({name: f"{base}/{path}" for name, path in _LINKS[run.kind].items()})
    shown = {k: v for k, v in asdict(run).items() if k not in ("request", "cache_key")}
    return {**shown, "cached": cached, "links": links}


async def submit(
    tw: Any,
    checked: CheckedScenario,
    *,
    scenario_id: str | None,
    analysis: dict[str, Any] | None = None,
) -> JSONResponse:
    """Queue a run of a checked scenario (202), or answer from an identical finished one (200).

    Parameters
    ----------
    tw : AppState
        The server's shared objects.
    checked : CheckedScenario
        The scenario.
    scenario_id : str or None
        The built-in or stored scenario it is, if it is one.
    analysis : dict, optional
        A Monte Carlo's or a sweep's settings (:mod:`tradewar.web.analyses`);
        none for a run of the scenario.

    Returns
    -------
    fastapi.responses.JSONResponse
        The run (:func:`run_out`): 202 when queued, 200 with ``cached`` when
        an identical run has finished.

    Raises
    ------
    ApiError
        409 naming the identical run queued or running.
    """
    from tradewar.web.fingerprint import cache_key

    request = checked.request if analysis is None else {**checked.request, "analysis": analysis}
    try:
        run, new = await run_in_threadpool(
            partial(
                tw.store.submit_run,
                scenario_id=scenario_id,
                scenario_name=checked.name,
                title=checked.title,
                kind=analysis["kind"] if analysis else "scenario",
                request=request,
                cache_key=cache_key(checked.resolved, analysis),
            )
        )
    except ActiveRunError as exc:
        raise ApiError(
            409,
            f"an identical run is already {exc.run.status} ({exc.run.id}): "
            "wait for it, or cancel it first",
            title="identical run in progress",
            run=run_out(exc.run),
        ) from None
    if new:
        tw.runs.submit(run.id)
    return JSONResponse(_jsonable(run_out(run, cached=not new)), status_code=202 if new else 200)


@router.post(
    "/runs",
    response_model=RunOut,
    status_code=202,
    responses={**_ERRORS, 200: {"model": RunOut, "description": "Answered from the cache."}},
)
async def start_run(body: RunIn, tw: State) -> Any:
    """Start a run of a scenario (202), or answer from an identical finished run (200, ``cached``).

    An identical run (same scenario content, data and model version) still
    queued or running is a conflict (409): the answer names it.
    """
    return await submit(tw, await check_input(body, tw), scenario_id=body.scenario_id)


def _jsonable(value: dict[str, Any]) -> Any:
    from fastapi.encoders import jsonable_encoder

    return jsonable_encoder(value)


@router.get("/runs", response_model=RunList)
def list_runs(
    tw: State,
    limit: Annotated[int, Query(ge=1, le=500)] = 50,
    offset: Annotated[int, Query(ge=0, le=1_000_000)] = 0,
    status: Literal["queued", "running", "done", "failed", "cancelled"] | None = None,
    kind: RunKind | None = None,
) -> dict[str, Any]:
    """Runs, newest first (of one status, of one kind)."""
    runs, total = tw.store.list_runs(limit=limit, offset=offset, status=status, kind=kind)
    return {"runs": [run_out(r) for r in runs], "total": total}


def _find(tw: Any, run_id: str) -> RunInfo:
    run = tw.done.get(run_id)
    if run is None:
        raise ApiError(404, f"no run with id {run_id!r}")
    return run


def _finished(tw: Any, run_id: str) -> RunInfo:
    run = _find(tw, run_id)
    if run.status != "done":
        reason = (
            f"the run is {run.status}; its results are there when it is done"
            if run.active
            else f"the run {run.status}: it has no results"
        )
        raise ApiError(409, reason, title=f"run {run.status}", run=run_out(run))
    return run


@router.get("/runs/{run_id}", response_model=RunOut, responses=_ERRORS)
async def get_run(run_id: RunId, tw: State) -> Response:
    """A run: its status, stage and progress (0 to 1), and why it failed."""
    return _json(run_out(await _found(tw, run_id)))


def _json(doc: dict[str, Any]) -> Response:
    """A JSON answer made directly (the hot paths skip FastAPI's response validation)."""
    return Response(json.dumps(doc, default=_iso), media_type="application/json")


def _iso(value: Any) -> str:
    if isinstance(value, dt.datetime):
        return value.isoformat()
    raise TypeError(f"not JSON: {type(value).__name__}")


async def _found(tw: Any, run_id: str) -> RunInfo:
    """A run from memory when it is finished and known, else from the database (in a thread)."""
    return tw.done.get(run_id, load=False) or await run_in_threadpool(_find, tw, run_id)


@router.post("/runs/{run_id}/cancel", response_model=RunOut, responses=_ERRORS)
def cancel_run(run_id: RunId, tw: State) -> dict[str, Any]:
    """Cancel a queued or running run (409 for one that has ended)."""
    before = _find(tw, run_id)
    if not before.active:
        raise ApiError(
            409,
            f"the run has ended ({before.status}); there is nothing to cancel",
            run=run_out(before),
        )
    run = tw.runs.cancel(run_id)
    if run is None:  # pragma: no cover - deleted in between
        raise ApiError(404, f"no run with id {run_id!r}")
    if run.status != "cancelled":
        raise ApiError(
            409, f"the run ended ({run.status}) before it could be cancelled", run=run_out(run)
        )
    return run_out(run)


def _file_response(
    request: Request, run: RunInfo, found: StoredFile, *, attachment: bool
) -> Response:
    etag = '"' + hashlib.sha256(f"{run.cache_key}/{found.name}".encode()).hexdigest()[:32] + '"'
    headers = {
        "ETag": etag,
        "Cache-Control": "private, max-age=86400",
        "Vary": "Accept-Encoding",
    }
    if request.headers.get("if-none-match") == etag:
        return Response(status_code=304, headers=headers)
    if attachment:
        headers["Content-Disposition"] = f'attachment; filename="{run.scenario_name}-{found.name}"'
    if found.name == "report.html":
        headers["Content-Security-Policy"] = REPORT_POLICY
    if "gzip" in request.headers.get("accept-encoding", "").lower():
        headers["Content-Encoding"] = "gzip"
        return Response(found.data, media_type=found.media_type, headers=headers)
    return Response(gzip.decompress(found.data), media_type=found.media_type, headers=headers)


async def _file(request: Request, tw: Any, run_id: str, name: str, *, attachment: bool) -> Response:
    run = await _found(tw, run_id)
    if run.status != "done":
        await run_in_threadpool(_finished, tw, run_id)  # raises the 409 that says why
    key = (run.cache_key, name)
    found = tw.files.get(key, load=False) or await run_in_threadpool(tw.files.get, key)
    if found is None:
        raise ApiError(404, f"the run has no file {name!r}; see {run_out(run)['links']['files']}")
    return _file_response(request, run, found, attachment=attachment)


@router.get(
    "/runs/{run_id}/summary",
    responses={**_ERRORS, 200: {"content": {"application/json": {}}}},
    response_class=Response,
)
async def run_summary(run_id: RunId, request: Request, tw: State) -> Response:
    """What the dashboard draws: headline by country, map values, the pair by sector, the path."""
    return await _file(request, tw, run_id, "summary.json", attachment=False)


@router.get(
    "/runs/{run_id}/result",
    responses={**_ERRORS, 200: {"content": {"application/json": {}}}},
    response_class=Response,
)
async def run_result(run_id: RunId, request: Request, tw: State) -> Response:
    """The whole result as JSON (``tradewar run --json``): every step's tables."""
    return await _file(request, tw, run_id, "result.json", attachment=False)


@router.get("/runs/{run_id}/files", response_model=list[FileOut], responses=_ERRORS)
def run_files(run_id: RunId, tw: State) -> list[dict[str, Any]]:
    """The files of a run's result: tables (CSV, Parquet), workbook, charts, report."""
    run = _finished(tw, run_id)
    return [
        {"name": n, "media_type": m, "size": s, "url": f"/api/v1/runs/{run.id}/files/{n}"}
        for n, m, s in tw.store.file_names(run.cache_key)
    ]


@router.get(
    "/runs/{run_id}/files/{name}",
    responses={**_ERRORS, 200: {"content": {"application/octet-stream": {}}}},
    response_class=Response,
)
async def run_file(run_id: RunId, name: FileName, request: Request, tw: State) -> Response:
    """One file of a run's result (``countries.csv``, ``workbook.xlsx``, ``report.html`` ...)."""
    return await _file(request, tw, run_id, name, attachment=name not in _INLINE)


@router.get("/compare", response_model=ComparisonOut, responses=_ERRORS)
def compare(
    tw: State,
    a: Annotated[str, Query(max_length=64, description="The first run's id.")],
    b: Annotated[str, Query(max_length=64, description="The second run's id.")],
) -> dict[str, Any]:
    """Two finished runs side by side: welfare, real wage and exports for A, for B and B − A."""
    first, second = _finished(tw, a), _finished(tw, b)
    for run in (first, second):
        if run.kind != "scenario":
            raise ApiError(
                422,
                f"run {run.id} is a {run.kind.replace('_', ' ')}: only runs of a scenario compare",
            )
    key = hashlib.sha256(f"{first.cache_key}/{second.cache_key}".encode()).hexdigest()
    found = tw.store.comparison(key)
    if found is None:
        try:
            found = tw.runs.compare(first.request, second.request, tw.settings.run_timeout)
        except JobError as exc:
            raise ApiError(
                422, str(exc.error.get("detail") or exc), title="the runs cannot be compared"
            ) from None
        except TimeoutError:
            raise ApiError(409, "the comparison took too long; try again") from None
        tw.store.put_comparison(key, found)
    return {
        **found,
        "a": {**found["a"], "run": first.id},
        "b": {**found["b"], "run": second.id},
    }
