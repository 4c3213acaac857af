"""Routes of scenarios: the built-in library and the user's own (create, check, update, delete)."""

from __future__ import annotations

from functools import lru_cache, partial
from typing import Annotated, Any

from fastapi import APIRouter, Path
from fastapi.concurrency import run_in_threadpool
from fastapi.responses import Response

from tradewar.web.errors import ApiError
from tradewar.web.inputs import (
    CheckedScenario,
    check_builtin,
    check_sent,
    field_name,
    json_safe,
    read_yaml,
)
from tradewar.web.news import open_fields
from tradewar.web.routes_data import State
from tradewar.web.schemas import (
    SCENARIO_ID,
    CheckOut,
    ErrorBody,
    ReadOut,
    ScenarioDetail,
    ScenarioIn,
    ScenarioOut,
)
from tradewar.web.storage import ScenarioInfo

__all__ = ["check_input", "router", "save_checked"]

router = APIRouter(prefix="/api/v1/scenarios", tags=["scenarios"])
ScenarioId = Annotated[str, Path(pattern=SCENARIO_ID)]
_ERRORS: dict[int | str, dict[str, Any]] = {
    400: {"model": ErrorBody},
    404: {"model": ErrorBody},
    409: {"model": ErrorBody},
    413: {"model": ErrorBody},
    422: {"model": ErrorBody},
}


def _outline(data: dict[str, Any]) -> dict[str, Any]:
    """The list entry of a scenario from its data (its own actions; ``extends`` not followed)."""
    listed = data.get("actions")
    actions: list[Any] = listed if isinstance(listed, list) else []
    dates = sorted(
        str(a["date"]) for a in actions if isinstance(a, dict) and a.get("date") is not None
    )
    baseline = data.get("baseline", "default")
    if isinstance(baseline, dict):
        baseline = baseline.get("name") or baseline.get("format") or ""
    sources = [s for s in data.get("sources") or [] if isinstance(s, dict)]
    return {
        "name": str(data.get("name", "")),
        "title": str(data.get("title") or ""),
        "description": str(data.get("description") or ""),
        "baseline": str(baseline),
        "actions": len(actions),
        "first_date": dates[0] if dates else None,
        "last_date": dates[-1] if dates else None,
        "sources": [{k: str(v) for k, v in s.items() if v is not None} for s in sources],
        "fill_in": [field_name(path) for path in open_fields(data)],
    }


@lru_cache(maxsize=1)
def _library() -> dict[str, dict[str, Any]]:
    """The built-in scenarios: outline, text and data (read once)."""
    import yaml

    from tradewar.scenario import builtin_scenarios

    out = {}
    for name, path in builtin_scenarios().items():
        text = path.read_text(encoding="utf-8")
        data = json_safe(yaml.safe_load(text))
        out[name] = {"outline": _outline(data), "content": text, "data": data}
    return out


def _stored_out(sc: ScenarioInfo, detail: bool = False) -> dict[str, Any]:
    out = {"id": sc.id, "builtin": False, **_outline(sc.data), "updated_at": sc.updated_at}
    if detail:
        out.update(format=sc.format, content=sc.content, scenario=sc.data)
    return out


def _builtin_out(name: str, detail: bool = False) -> dict[str, Any]:
    entry = _library()[name]
    out = {"id": name, "builtin": True, **entry["outline"], "updated_at": None}
    if detail:
        out.update(format="yaml", content=entry["content"], scenario=entry["data"])
    return out


def _checked_by_id(tw: Any, scenario_id: str) -> CheckedScenario:
    from tradewar.scenario import builtin_scenarios

    if scenario_id in builtin_scenarios():
        return check_builtin(scenario_id)
    settings = tw.settings
    stored = _find(tw, scenario_id).data
    return check_sent(data=stored, home=settings.home, max_actions=settings.max_actions)


async def check_input(body: ScenarioIn | Any, tw: Any) -> CheckedScenario:
    """Check the scenario of a request (in a thread: it loads its world).

    Parameters
    ----------
    body : ScenarioIn or RunIn
        The request body: ``yaml`` or ``scenario``, or (a run's) ``scenario_id``
        naming a built-in or stored scenario.
    tw : AppState
        The server's shared objects.

    Returns
    -------
    CheckedScenario
        The scenario, checked.

    Raises
    ------
    InputError
        Every problem found.
    ApiError
        404 for an unknown ``scenario_id``.
    """
    scenario_id = getattr(body, "scenario_id", None)
    if scenario_id is not None:
        return await run_in_threadpool(_checked_by_id, tw, scenario_id)
    settings = tw.settings
    return await run_in_threadpool(
        partial(
            check_sent,
            text=body.yaml,
            data=body.scenario,
            home=settings.home,
            max_actions=settings.max_actions,
        )
    )


async def save_checked(
    tw: Any, checked: CheckedScenario, scenario_id: str | None = None
) -> dict[str, Any]:
    """Store a checked scenario, new or replacing one; the scenario as the API shows it.

    Parameters
    ----------
    tw : AppState
        The server's shared objects.
    checked : CheckedScenario
        The scenario.
    scenario_id : str, optional
        The stored scenario to replace.

    Returns
    -------
    dict
        The fields of :class:`~tradewar.web.schemas.ScenarioDetail`.

    Raises
    ------
    ApiError
        404 if there is no scenario ``scenario_id``.
    """
    stored = await run_in_threadpool(
        partial(
            tw.store.save_scenario,
            name=checked.name,
            title=checked.title,
            format=checked.format,
            content=checked.content,
            data=checked.data,
            scenario_id=scenario_id,
        )
    )
    if stored is None:
        raise ApiError(404, f"no scenario with id {scenario_id!r}")
    return _stored_out(stored, detail=True)


@router.get("", response_model=list[ScenarioOut])
def list_scenarios(tw: State) -> list[dict[str, Any]]:
    """The built-in library, then the user's scenarios (newest first)."""
    return [_builtin_out(n) for n in _library()] + [
        _stored_out(s) for s in tw.store.list_scenarios()
    ]


@router.post("", response_model=ScenarioDetail, status_code=201, responses=_ERRORS)
async def create_scenario(body: ScenarioIn, tw: State) -> dict[str, Any]:
    """Store a new scenario (YAML or data), checked first: nothing is stored half-way.

    A name that one of the user's scenarios already has is refused (409, naming ``name``):
    replace that scenario with PUT, or give another name.
    """
    checked = await check_input(body, tw)
    same = [s for s in await run_in_threadpool(tw.store.list_scenarios) if s.name == checked.name]
    if same:
        message = (
            f"a scenario named {checked.name!r} is already saved (id {same[0].id}): "
            "replace it (PUT /scenarios/{id}) or give another name"
        )
        raise ApiError(
            409, message, title="name taken", problems=[{"field": "name", "message": message}]
        )
    return await save_checked(tw, checked)


@router.post("/validate", response_model=CheckOut, responses=_ERRORS)
async def validate_scenario(body: ScenarioIn, tw: State) -> dict[str, Any]:
    """Check a scenario without storing it: fields, names of countries and sectors, conflicts."""
    checked = await check_input(body, tw)
    actions = checked.resolved.get("actions") or []
    return {
        "ok": True,
        "name": checked.name,
        "title": checked.title,
        "actions": len(actions),
        "scenario": checked.data,
    }


@router.post("/read", response_model=ReadOut, responses=_ERRORS)
def read_scenario(body: ScenarioIn, tw: State) -> dict[str, Any]:
    """A scenario file's text as data, not checked (the builder loads an invalid file with it)."""
    if body.yaml is None:
        raise ApiError(422, "give the scenario's text ('yaml') to read it")
    return {"scenario": read_yaml(body.yaml, tw.settings.max_actions)}


@router.post(
    "/export",
    response_class=Response,
    responses={**_ERRORS, 200: {"content": {"application/yaml": {}}}},
)
def export_scenario(body: ScenarioIn) -> Response:
    """A scenario given as data, written as a YAML file (not checked: drafts export too)."""
    import yaml

    from tradewar.web.inputs import MAX_DEPTH, _depth

    if body.scenario is None:
        raise ApiError(422, "give the scenario as data ('scenario') to write it as YAML")
    if _depth(body.scenario, MAX_DEPTH) > MAX_DEPTH:
        raise ApiError(422, f"nested more than {MAX_DEPTH} levels")
    text = yaml.safe_dump(body.scenario, sort_keys=False, allow_unicode=True)
    name = str(body.scenario.get("name") or "scenario")
    safe = "".join(ch for ch in name if ch.isalnum() or ch in "-_")[:60] or "scenario"
    return Response(
        text,
        media_type="application/yaml",
        headers={"Content-Disposition": f'attachment; filename="{safe}.yaml"'},
    )


def _find(tw: Any, scenario_id: str) -> ScenarioInfo:
    found = tw.store.get(ScenarioInfo, scenario_id)
    if found is None:
        raise ApiError(404, f"no scenario with id {scenario_id!r}")
    return found


@router.get("/{scenario_id}", response_model=ScenarioDetail, responses=_ERRORS)
def get_scenario(scenario_id: ScenarioId, tw: State) -> dict[str, Any]:
    """A scenario (built in, by name; or stored, by id) with its text and data."""
    if scenario_id in _library():
        return _builtin_out(scenario_id, detail=True)
    return _stored_out(_find(tw, scenario_id), detail=True)


@router.get(
    "/{scenario_id}/yaml",
    response_class=Response,
    responses={**_ERRORS, 200: {"content": {"application/yaml": {}}}},
)
def scenario_yaml(scenario_id: ScenarioId, tw: State) -> Response:
    """A scenario as a YAML file (its text as written, for one written as YAML)."""
    import yaml

    if scenario_id in _library():
        text, name = _library()[scenario_id]["content"], scenario_id
    else:
        stored = _find(tw, scenario_id)
        name = stored.name
        text = (
            stored.content
            if stored.format == "yaml"
            else yaml.safe_dump(stored.data, sort_keys=False, allow_unicode=True)
        )
    return Response(
        text,
        media_type="application/yaml",
        headers={"Content-Disposition": f'attachment; filename="{name}.yaml"'},
    )


def _writable(scenario_id: str) -> None:
    if scenario_id in _library():
        raise ApiError(
            403,
            f"{scenario_id!r} is a built-in scenario and cannot be changed; "
            "create a scenario that extends it",
        )


@router.put("/{scenario_id}", response_model=ScenarioDetail, responses={**_ERRORS, 403: {}})
async def update_scenario(scenario_id: ScenarioId, body: ScenarioIn, tw: State) -> dict:
    """Replace a stored scenario; it is checked first (nothing half-stored)."""
    _writable(scenario_id)
    await run_in_threadpool(_find, tw, scenario_id)
    return await save_checked(tw, await check_input(body, tw), scenario_id)


@router.delete(
    "/{scenario_id}", status_code=204, response_class=Response, responses={**_ERRORS, 403: {}}
)
def delete_scenario(scenario_id: ScenarioId, tw: State) -> Response:
    """Delete a stored scenario (its runs and their results stay)."""
    _writable(scenario_id)
    if not tw.store.delete_scenario(scenario_id):
        raise ApiError(404, f"no scenario with id {scenario_id!r}")
    return Response(status_code=204)
