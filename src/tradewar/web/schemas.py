"""The API's request and response bodies (pydantic): what the OpenAPI spec shows clients."""

from __future__ import annotations

import datetime as dt
from typing import Annotated, Any, Literal

from pydantic import AfterValidator, BaseModel, ConfigDict, Field, field_validator, model_validator

from tradewar.news import MAX_CHARS

__all__ = [
    "CheckOut",
    "ComparisonOut",
    "DatasetDetail",
    "DatasetOut",
    "ErrorBody",
    "ErrorDetail",
    "FileOut",
    "GameIn",
    "Health",
    "MonteCarloIn",
    "NashIn",
    "NewsExample",
    "NewsIn",
    "NewsOut",
    "OptimalTariffIn",
    "Problem",
    "ReadOut",
    "RunIn",
    "RunList",
    "RunOut",
    "ScenarioDetail",
    "ScenarioIn",
    "ScenarioOut",
    "StrategyIn",
    "SweepIn",
    "SweepParam",
    "TalksIn",
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


Finite = Annotated[float, Field(allow_inf_nan=False)]
Percentile = Annotated[float, Field(gt=0, lt=100, allow_inf_nan=False)]


class MonteCarloIn(RunIn):
    """A Monte Carlo over the trade elasticities of a scenario (given as for a run)."""

    model_config = ConfigDict(
        extra="forbid",
        json_schema_extra={"examples": [{"scenario_id": "may-2019", "draws": 200, "seed": 0}]},
    )

    draws: int = Field(
        200,
        ge=1,
        le=1_000_000,
        description="Draws of the elasticities (at most the server's TRADEWAR_MAX_DRAWS, "
        "2000 unless set).",
    )
    seed: int = Field(0, ge=0, le=2**32 - 1, description="The seed: the same seed, the same draws.")
    distribution: Literal["default", "caliendo-parro"] = Field(
        "default",
        description="default: the scenario's own θ with one common log-normal shock (95% band "
        "θ/2 to 2θ); caliendo-parro: their sectoral estimates and standard errors.",
    )
    family: Literal["lognormal", "normal"] = "lognormal"
    percentiles: list[Percentile] = Field(
        default_factory=lambda: [5.0, 95.0],
        min_length=1,
        max_length=8,
        description="The bands reported beside the median (p5, p95 ...).",
    )
    sectors: bool = Field(False, description="Also report results by country and sector.")


class SweepParam(BaseModel):
    """One parameter of a sweep and its values."""

    model_config = ConfigDict(extra="forbid")

    param: str = Field(
        max_length=300,
        description="actions[INDEX or LABEL].FIELD (a number of a dated action: add, set, "
        "coverage_usd, amount_usd ...), theta (every sector) or theta.SECTOR.",
    )
    values: list[Finite] = Field(min_length=1, max_length=1000)

    @field_validator("param")
    @classmethod
    def _path(cls, value: str) -> str:
        if not (value == "theta" or value.startswith(("theta.", "actions["))):
            raise ValueError(
                "a parameter is 'actions[INDEX or LABEL].FIELD', 'theta' or 'theta.SECTOR'"
            )
        return value


class SweepIn(RunIn):
    """A scenario solved over a grid of one or two parameters (given as for a run)."""

    model_config = ConfigDict(
        extra="forbid",
        json_schema_extra={
            "examples": [
                {
                    "scenario_id": "may-2019",
                    "params": [{"param": "actions[0].add", "values": [0, 0.1, 0.2, 0.3]}],
                }
            ]
        },
    )

    params: list[SweepParam] = Field(
        min_length=1,
        max_length=2,
        description="One or two parameters; the grid is every pair of their values (at most "
        "the server's TRADEWAR_MAX_GRID_POINTS points, 400 unless set).",
    )


#: What a run does (``runs.kind``).
RunKind = Literal["scenario", "monte_carlo", "sweep", "optimal_tariff", "nash", "talks", "game"]
#: A country's or an industry's code in a world (``USA``, ``EU``, ``ric``, ``food``).
Code = Annotated[str, Field(min_length=1, max_length=40, pattern=r"^[A-Za-z0-9][A-Za-z0-9_.&-]*$")]
Codes = Annotated[list[Code], Field(min_length=1, max_length=100)]


class _StrategyWorld(_In):
    """The world of a strategic question and the governments' payoffs.

    The world is a data set (``data``, ``ossa2014`` unless a scenario is named)
    or a scenario's state on a date (``scenario_id`` and ``date``).
    """

    data: str | None = Field(
        None,
        max_length=100,
        pattern=r"^[A-Za-z0-9][A-Za-z0-9_.-]*$",
        description="A data set (GET /datasets); ossa2014 when no scenario_id is given.",
    )
    scenario_id: str | None = Field(
        None, pattern=SCENARIO_ID, description="A built-in or stored scenario: its state."
    )
    date: dt.date | None = Field(
        None, description="With scenario_id: the state after its actions up to this date."
    )
    model: Literal["ossa", "armington", "caliendo-parro"] | None = Field(
        None, description="The model kind; ossa on Ossa's data, the world as it is otherwise."
    )
    weights: Literal["plain", "political"] = Field(
        "plain", description="plain: real income; political: Ossa's political-economy weights."
    )
    industries: Codes | None = Field(None, description="The industries taxed; all goods if none.")
    lower: float = Field(0.0, ge=-0.5, le=10, allow_inf_nan=False, description="Lowest rate.")
    upper: float = Field(10.0, gt=0, le=100, allow_inf_nan=False, description="Highest rate.")

    @model_validator(mode="after")
    def _world(self) -> _StrategyWorld:
        if self.data is not None and self.scenario_id is not None:
            raise ValueError("give 'data' or 'scenario_id', not both")
        if self.date is not None and self.scenario_id is None:
            raise ValueError("'date' is a date of a scenario: give 'scenario_id'")
        if self.lower >= self.upper:
            raise ValueError("'lower' must be below 'upper'")
        return self


class StrategyIn(_StrategyWorld):
    """The world of a strategic question and how governments choose tariffs (``tradewar nash``)."""

    form: Literal["bilateral", "mfn", "uniform", "flat"] = Field(
        "bilateral", description="A rate per partner and industry, per industry, per partner, one."
    )


class OptimalTariffIn(StrategyIn):
    """One country's optimal tariffs, the others' given (``tradewar optimal-tariff``)."""

    model_config = ConfigDict(
        extra="forbid", json_schema_extra={"examples": [{"country": "USA", "data": "ossa2014"}]}
    )

    country: Code = Field(description="The country setting its tariffs.")
    partners: Codes | None = Field(None, description="The partners it taxes; all if none.")


class NashIn(StrategyIn):
    """A trade war: every player's tariffs a best response to the others' (``tradewar nash``)."""

    model_config = ConfigDict(
        extra="forbid",
        json_schema_extra={"examples": [{"data": "ossa2014", "players": ["USA", "CHN"]}]},
    )

    players: Codes | None = Field(None, description="The countries that set tariffs; all if none.")
    against: Literal["all", "players"] = Field(
        "all", description="Whose goods the players tax: everyone's, or only each other's."
    )
    method: Literal["jacobi", "gauss-seidel"] = "jacobi"
    tol: float = Field(
        1e-3, ge=1e-6, le=0.1, allow_inf_nan=False, description="Largest tariff change to stop."
    )
    max_iter: int = Field(
        50,
        ge=1,
        le=1000,
        description="Most rounds (at most TRADEWAR_MAX_STRATEGY_ROUNDS, 50 unless set).",
    )


class TalksIn(NashIn):
    """Trade talks: efficient tariffs with equal gains from a threat point (``tradewar talks``)."""

    model_config = ConfigDict(
        extra="forbid",
        json_schema_extra={"examples": [{"data": "ossa2014", "threat": "factual"}]},
    )

    threat: Literal["nash", "factual", "free-trade"] = Field(
        "nash",
        description="The threat point: the players' Nash equilibrium (max_iter rounds "
        "at most), the world's tariffs or free trade among the players.",
    )


def _rule(text: str) -> str:
    """A player's rule as the library writes it (``proportional:0.5``); ValueError if none."""
    from tradewar.strategy.errors import StrategyError
    from tradewar.strategy.games import parse_rule

    try:
        return str(parse_rule(text))
    except StrategyError as exc:
        raise ValueError(str(exc)) from None


#: A player's rule: best-response, tit-for-tat, proportional:K or fixed:R.
GameRule = Annotated[str, Field(min_length=1, max_length=40), AfterValidator(_rule)]


class GameIn(_StrategyWorld):
    """An escalation game: players move in turn by rules, round after round (``tradewar game``).

    Each player moves on its tariffs on the other players' goods: ``best-response``
    (its optimal tariffs), ``tit-for-tat`` (the opponent's increase on its goods),
    ``proportional:K`` (K times it) or ``fixed:R`` (the rate R).  The game stops
    after ``rounds`` rounds or when a round changes no tariff by more than ``tol``;
    with ``deal``, the players' cooperative tariffs from its end (deal vs no deal).
    """

    model_config = ConfigDict(
        extra="forbid",
        json_schema_extra={
            "examples": [
                {
                    "data": "ossa2014",
                    "players": ["USA", "CHN"],
                    "rounds": 2,
                    "rules": {"CHN": "tit-for-tat"},
                }
            ]
        },
    )

    players: list[Code] = Field(
        default_factory=lambda: ["USA", "CHN"],
        min_length=2,
        max_length=20,
        description="Two or more players, in the order they move.",
    )
    rounds: int = Field(
        10,
        ge=1,
        le=1000,
        description="Most rounds (at most TRADEWAR_MAX_GAME_ROUNDS, 20 unless set).",
    )
    rules: dict[Code, GameRule] = Field(
        default_factory=dict,
        max_length=20,
        description="Each player's rule, by player: best-response (the default), "
        "tit-for-tat, proportional:K or fixed:R.",
    )
    deal: bool = Field(
        True, description="Also compute the players' cooperative tariffs from the game's end."
    )
    tol: float = Field(
        1e-3,
        ge=1e-6,
        le=0.1,
        allow_inf_nan=False,
        description="The game has settled when a round changes no tariff by more than this.",
    )


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
    year: int | None = Field(
        None, description="The data's year: the world a scenario's 'start: data' begins from."
    )
    countries: list[dict[str, str]] | None = Field(
        None, description="A world's countries, or a gravity table's: code and name."
    )
    sectors: list[str] | None = None
    sector_names: dict[str, str] | None = Field(
        None, description="The sectors' names by code, where the data label them (ossa2014)."
    )
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
    fill_in: list[str] = Field(
        default_factory=list,
        description="A news draft's fields still to fill in (FILL-IN): it runs once they are.",
    )


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


class ReadOut(BaseModel):
    """A scenario file read as data, not checked."""

    scenario: dict[str, Any] = Field(description="The file's fields, as written.")


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
    kind: RunKind = Field(
        description="A run of the scenario, a Monte Carlo over its elasticities, a sweep, or "
        "a strategic question: optimal tariffs, a Nash equilibrium, trade talks."
    )
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


class NewsIn(_In):
    """A news report to read, as pasted."""

    text: str = Field(
        min_length=1,
        max_length=MAX_CHARS,
        description=f"The report's text (at most {MAX_CHARS:,} characters).",
    )
    date: dt.date | None = Field(
        None,
        ge=dt.date(1900, 1, 1),
        le=dt.date(2100, 12, 31),
        description="The report's date, against which 'last week' or 'on Friday' are "
        "resolved; by default the date of its dateline, if it has one.",
    )
    name: str | None = Field(
        None,
        pattern=r"^[a-z0-9][a-z0-9-]{0,63}$",
        description="The draft scenario's name (default: news- and the report's date).",
    )
    save: bool = Field(
        False,
        description="Also store the draft as a user scenario, its FILL-IN fields still open.",
    )
    min_confidence: float | None = Field(
        None,
        ge=0.0,
        le=1.0,
        description="Leave out events whose confidence is below this (listed in the report's "
        "'doubtful'); by default the reader's threshold, 0 keeps every event the rules find.",
    )

    @field_validator("text")
    @classmethod
    def _unicode(cls, value: str) -> str:
        try:
            value.encode("utf-8")
        except UnicodeEncodeError as exc:
            raise ValueError(
                f"not Unicode text: a lone surrogate at character {exc.start}"
            ) from None
        return value


class Draft(BaseModel):
    """The scenario drafted from a report's events, to review and fill in."""

    yaml: str = Field(description="The draft as YAML, with the sentence above each action.")
    scenario: dict[str, Any] = Field(description="The draft as data (the builder's form).")
    fill_in: list[Problem] = Field(
        description="Each field the report does not give (FILL-IN): its line, field and what "
        "to give."
    )


class NewsOut(BaseModel):
    """A report as the news reader understood it, and the scenario drafted from it."""

    text: str = Field(
        description="The text read: the events' start, end and mentions are offsets into it, "
        "in characters (Unicode code points)."
    )
    report: dict[str, Any] = Field(
        description="date, date_source, title, events (kind, actor, target, companies, "
        "value_usd, rates, products, sectors, date, status, sentence, start, end, mentions, "
        "notes, confidence), key_points, unknown, notes, doubtful (events left out, as "
        "events) (tradewar.news.Report.to_dict())."
    )
    draft: Draft | None = Field(
        description="None when no event is one a scenario can hold (talks, markets ...)."
    )
    saved: ScenarioDetail | None = Field(
        None, description="The stored draft, when 'save' was asked."
    )


class NewsExample(BaseModel):
    """A report to try the reader on."""

    text: str
    date: dt.date
    source: str
