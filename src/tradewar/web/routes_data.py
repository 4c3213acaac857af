"""Routes of the data: health, data sets, the scenario schema, the world map."""

from __future__ import annotations

import threading
from functools import lru_cache
from typing import Annotated, Any

from fastapi import APIRouter, Depends, Path, Request
from fastapi.responses import Response

from tradewar.errors import DataError, MissingExtraError
from tradewar.web.errors import ApiError
from tradewar.web.schemas import DatasetDetail, DatasetOut, ErrorBody, Health
from tradewar.web.state import AppState

__all__ = ["describe_dataset", "router", "state"]

router = APIRouter(prefix="/api/v1")
_ERRORS: dict[int | str, dict[str, Any]] = {404: {"model": ErrorBody}, 422: {"model": ErrorBody}}


async def state(request: Request) -> AppState:
    """The server's shared objects (a FastAPI dependency; async: no thread is taken for it).

    Parameters
    ----------
    request : fastapi.Request
        The request.

    Returns
    -------
    AppState
        ``app.state.tw``.
    """
    return request.app.state.tw


State = Annotated[AppState, Depends(state)]


@router.get("/health", response_model=Health, tags=["server"])
def health(tw: State) -> dict[str, Any]:
    """The server's state, versions and database (needs no token)."""
    from tradewar import __version__
    from tradewar.web.fingerprint import data_version, model_version

    return {
        "status": "ok",
        "version": __version__,
        "model_version": model_version(),
        "data_version": data_version(),
        "database": tw.store.backend,
        "workers": tw.runs.workers_alive,
    }


@router.get("/datasets", response_model=list[DatasetOut], tags=["data"])
def datasets() -> list[dict[str, Any]]:
    """Every data set and file format (``tradewar data list``)."""
    from tradewar.datasets import catalog

    return [{"name": str(name), **row} for name, row in catalog().iterrows()]


_lock = threading.Lock()


@lru_cache(maxsize=32)
def describe_dataset(name: str) -> dict[str, Any]:
    """A data set's card and contents: a world's countries and sectors, a table's columns.

    A gravity table (with ``exporter`` and ``importer`` columns) lists its countries too,
    so that the builder can offer them for a world built from it.

    Parameters
    ----------
    name : str
        A data set name (:func:`tradewar.datasets.catalog`).

    Returns
    -------
    dict
        The fields of :class:`~tradewar.web.schemas.DatasetDetail`.

    Raises
    ------
    DataError
        If the name is unknown.
    """
    from tradewar.baseline import Baseline
    from tradewar.data.countries import country_name
    from tradewar.data.sources.builtin import canonical_name
    from tradewar.datasets import catalog, data_card, load

    table = catalog()
    key = canonical_name(name)
    if key not in table.index:
        data_card(name)  # raises DataError with the nearest name
    row = table.loc[key]
    out: dict[str, Any] = {
        "name": key,
        "kind": str(row["kind"]),
        "returns": str(row["returns"]),
        "description": str(row["description"]),
        "card": data_card(key) if row["kind"] != "format" else f"# {key}\n\n{row['description']}\n",
        "year": int(year)
        if isinstance(year := row["year"], int | float) and year == year
        else None,
    }
    if row["kind"] == "format":
        return out
    loaded = load(key)
    if isinstance(loaded, Baseline):
        out["countries"] = [{"code": c, "name": _name(country_name, c)} for c in loaded.countries]
        out["sectors"] = list(loaded.sectors)
        out["sector_names"] = _sector_names(key, out["sectors"])
        out["goods"] = [loaded.sectors[k] for k in loaded.goods_indices]
        out["units"] = "millions of USD" if loaded.usd_per_unit else "data units"
    else:
        out["columns"] = [str(c) for c in loaded.columns]
        out["rows"] = len(loaded)
        if {"exporter", "importer"} <= set(out["columns"]):  # a gravity table's countries
            from tradewar.scenario.gravity import stand_in_names

            codes = set(loaded["exporter"].astype(str)) | set(loaded["importer"].astype(str))
            rename = stand_in_names(codes)  # as the world built from it names them
            named = sorted({rename.get(c, c) for c in codes})
            out["countries"] = [{"code": c, "name": _name(country_name, c)} for c in named]
    return out


def _sector_names(key: str, sectors: list[str]) -> dict[str, str] | None:
    """The names of a world's sectors where its data label them (by code), else None.

    A built-in data set that ships ``sectors.csv`` (Ossa's: number, GTAP code, name)
    names its industries there; the others' sector codes are words already.
    """
    import pandas as pd

    from tradewar.data.sources.builtin import BUILTIN_DATA, locate

    data = BUILTIN_DATA.get(key)
    if data is None or "sectors.csv" not in data.files:
        return None
    table = pd.read_csv(locate(key, "sectors.csv"), dtype=str)
    names = dict(zip(table.iloc[:, 1].str.strip(), table.iloc[:, 2].str.strip(), strict=True))
    return {s: names[s] for s in sectors if s in names} or None


def _name(country_name, code: str) -> str:
    try:
        return str(country_name(code))
    except Exception:  # a region code (EU, ROW ...) has no country name
        return code


@router.get("/datasets/{name}", response_model=DatasetDetail, responses=_ERRORS, tags=["data"])
def dataset(name: Annotated[str, Path(max_length=100)]) -> dict[str, Any]:
    """A data set: its card, and a world's countries and sectors or a table's columns."""
    try:
        with _lock:
            return describe_dataset(name)
    except DataError as exc:
        raise ApiError(404, str(exc)) from None
    except MissingExtraError as exc:
        raise ApiError(422, str(exc), title="unavailable") from None


@router.get("/schema", tags=["scenarios"])
def scenario_schema() -> dict[str, Any]:
    """The JSON Schema of scenario files (``tradewar schema``)."""
    from tradewar.scenario import json_schema

    return json_schema()


@lru_cache(maxsize=1)
def _world_map() -> bytes:
    from importlib.resources import files

    return (files("tradewar.reports") / "world.geojson").read_bytes()


@router.get(
    "/world-map",
    tags=["data"],
    response_class=Response,
    responses={200: {"content": {"application/geo+json": {}}}},
)
def world_map() -> Response:
    """The world's countries as GeoJSON (Natural Earth, shipped with tradewar) for the map."""
    return Response(
        _world_map(),
        media_type="application/geo+json",
        headers={"Cache-Control": "public, max-age=86400"},
    )
