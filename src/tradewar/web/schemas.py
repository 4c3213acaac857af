"""The API's request and response bodies (pydantic): what the OpenAPI spec shows clients."""

from __future__ import annotations

import datetime as dt
from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field, model_validator

__all__ = [
    "CheckOut",
    "ComparisonOut",
    "DatasetDetail",
    "DatasetOut",
    "ErrorBody",
    "ErrorDetail",
    "FileOut",
    "Health",
    "Problem",
    "RunIn",
    "RunList",
    "RunOut",
    "ScenarioDetail",
    "ScenarioIn",
    "ScenarioOut",
]

#: A scenario id: a built-in scenario's name or a stored scenario's 32 hex digits.
SCENARIO_ID = r"^[a-z0-9][a-z0-9-]{0,63}$"
#: The longest YAML text accepted (the body limit applies too).
MAX_TEXT = 1_000_000


class _In(BaseModel):
    model_config = ConfigDict(extra="forbid")

    def _one_of(self, *names: str) -> None:
        given = [n for n in names if getattr(self, n) is not None]
        if len(given) != 1:
            raise ValueError("give exactly one of " + ", ".join(f"'{n}'" for n in names))


class ScenarioIn(_In):
    """A scenario as YAML text or as data (the file format as JSON): exactly one."""

    yaml: str | None = Field(
        None, max_length=MAX_TEXT, description="The scenario file's text (YAML)."
    )
    scenario: dict[str, Any] | None = Field(
        None, description="The scenario as data: the fields of the file format."
    )

    @model_validator(mode="after")
    def _exactly_one(self) -> ScenarioIn:
        self._one_of("yaml", "scenario")
        return self


class RunIn(_In):
    """What to run: a built-in or stored scenario by id, or one given here: exactly one."""

    scenario_id: str | None = Field(
        None,
        pattern=SCENARIO_ID,
        description="A built-in scenario's name or a stored scenario's id.",
    )
    yaml: str | None = Field(None, max_length=MAX_TEXT, description="A scenario file's text.")
    scenario: dict[str, Any] | None = Field(None, description="A scenario as data.")

    @model_validator(mode="after")
    def _exactly_one(self) -> RunIn:
        self._one_of("scenario_id", "yaml", "scenario")
        return self


class Problem(BaseModel):
    """One thing wrong with an input: where and what."""

    line: int | None = Field(None, description="The line, in YAML text.")
    field: str = Field("", description="The field at fault, e.g. actions[0].imposer.")
    message: str
    file: str | None = Field(None, description="The file, when not the one sent.")


class ErrorDetail(BaseModel):
    """What went wrong."""

    status: int
    title: str
    detail: str
    problems: list[Problem] = Field(default_factory=list)
    run: dict[str, Any] | None = Field(None, description="The run concerned, where one is.")


class ErrorBody(BaseModel):
    """Every 4xx and 5xx answer."""

    error: ErrorDetail


class Health(BaseModel):
    """The server's state."""

    status: Literal["ok"]
    version: str
    model_version: str
    data_version: str
    database: str
    workers: int


class DatasetOut(BaseModel):
    """A data set or file format, one line."""

    name: str
    kind: str
    returns: str
    description: str


class DatasetDetail(DatasetOut):
    """A data set: its card and what it holds."""

    card: str
    countries: list[dict[str, str]] | None = Field(
        None, description="A world's countries: code and name."
    )
    sectors: list[str] | None = None
    goods: list[str] | None = Field(None, description="The sectors that are goods.")
    units: str | None = None
    columns: list[str] | None = Field(None, description="A table's columns.")
    rows: int | None = Field(None, description="A table's rows.")


class ScenarioOut(BaseModel):
    """A scenario in a list."""

    id: str
    builtin: bool
    name: str
    title: str
    description: str
    baseline: str
    actions: int
    first_date: str | None
    last_date: str | None
    sources: list[dict[str, Any]]
    updated_at: dt.datetime | None = None


class ScenarioDetail(ScenarioOut):
    """A scenario with its text and data."""

    format: str
    content: str
    scenario: dict[str, Any]


class CheckOut(BaseModel):
    """A scenario that passed every check."""

    ok: Literal[True]
    name: str
    title: str
    actions: int
    scenario: dict[str, Any] = Field(description="The scenario as data, as sent.")


class FileOut(BaseModel):
    """A file of a run's result."""

    name: str
    media_type: str
    size: int
    url: str


class RunOut(BaseModel):
    """A run: what it runs, where it stands."""

    id: str
    scenario_id: str | None
    scenario_name: str
    title: str
    status: Literal["queued", "running", "done", "failed", "cancelled"]
    stage: str
    progress: float
    error: dict[str, Any] | None
    created_at: dt.datetime
    started_at: dt.datetime | None
    finished_at: dt.datetime | None
    seconds: float | None
    cached: bool = Field(False, description="Answered from an earlier identical run.")
    links: dict[str, str]


class RunList(BaseModel):
    """A page of runs, newest first."""

    runs: list[RunOut]
    total: int


class ComparisonOut(BaseModel):
    """Two runs side by side: each measure for A, for B and B − A, by country."""

    a: dict[str, Any]
    b: dict[str, Any]
    same_start: bool
    measures: list[str]
    countries: list[dict[str, Any]]
