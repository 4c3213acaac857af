"""The scenario file format: a trade conflict as dated actions, validated with pydantic.

A scenario names the world it runs on (``baseline``), the policy state the story
starts from (``start``), the model (``model``) and a list of dated ``actions``.
Fields are checked here for type and range; names of countries and sectors are
checked against the baseline when the scenario is compiled
(:mod:`tradewar.policy.compile`); the actions themselves are the
policy language of :mod:`tradewar.policy.actions`.  ``tradewar.scenario.schema.json_schema()``
exports a JSON Schema for editors.
"""

from __future__ import annotations

from typing import Literal

from pydantic import Field, field_validator, model_validator

from tradewar.policy.actions import Action, Date, Number, Strict, Whole

__all__ = [
    "MAX_ELASTICITY",
    "BaselineSpec",
    "ModelSpec",
    "Scenario",
    "Source",
    "StartSpec",
    "TradeCostsSpec",
    "json_schema",
]


#: The error of ``remove_actions`` in a scenario that extends none.
REMOVE_WITHOUT_EXTENDS = (
    "'remove_actions' drops inherited actions: it needs 'extends' (a scenario to inherit from)"
)
#: The largest trade elasticity θ accepted.
MAX_ELASTICITY = 200.0


class Source(Strict):
    """A document the scenario relies on."""

    title: str
    url: str | None = None
    date: Date | None = None


class BaselineSpec(Strict):
    """A data set: a built-in name, or a file of a known format; optionally aggregated."""

    name: str | None = None
    format: str | None = None
    path: str | None = None
    regions: dict[str, str] | str | None = None
    sectors: dict[str, str] | str | None = None

    @model_validator(mode="after")
    def _name_or_format(self) -> BaselineSpec:
        if (self.name is None) == (self.format is None):
            raise ValueError("give either 'name' (a built-in data set) or 'format' and 'path'")
        if self.format is not None and self.path is None:
            raise ValueError("'format' needs 'path'")
        return self


class StartSpec(Strict):
    """Where the story starts: a named state, another scenario's state on a date, or actions."""

    state: str | None = None
    scenario: str | None = None
    date: Date | None = None
    actions: list[Action] | None = None

    @model_validator(mode="after")
    def _one_kind(self) -> StartSpec:
        given = [self.state is not None, self.scenario is not None, self.actions is not None]
        if sum(given) != 1:
            raise ValueError("give one of 'state', 'scenario' (with 'date') or 'actions'")
        if self.scenario is not None and self.date is None:
            raise ValueError("'scenario' needs 'date'")
        return self


class TradeCostsSpec(Strict):
    """Structural gravity data and the PPML estimation of trade costs."""

    path: str | None = Field(
        None,
        description="Gravity table: exporter, importer, trade incl. domestic (a file; "
        "relative to the scenario file).",
    )
    dataset: str | None = Field(
        None,
        description="A built-in gravity table instead of 'path': yotov2016, gegravity-sample, "
        "gravity-wiod0014 (or one under TRADEWAR_DATA).",
    )
    formula: str = Field(description="pyfixest formula, e.g. 'trade ~ x | exporter + importer'.")
    year: Whole | None = Field(None, description="The year whose flows are the baseline.")
    exporter: str = "exporter"
    importer: str = "importer"
    trade: str = "trade"
    sigma: Number | None = Field(
        None, gt=1, le=MAX_ELASTICITY + 1, description="Elasticity of substitution."
    )
    theta: Number | None = Field(
        None, gt=0, le=MAX_ELASTICITY, description="Trade elasticity (sigma - 1)."
    )
    flows: Literal["observed", "fitted"] = "observed"
    international_only: bool = Field(False, description="Estimate on international flows.")
    vcov: str = Field("hetero", description="'hetero', 'iid' or 'cluster:COLUMN'.")

    @field_validator("dataset")
    @classmethod
    def _known_table(cls, value: str | None) -> str | None:
        if value is not None:
            from tradewar.data.sources.builtin import table_path

            table_path(value)  # a DataError (a ValueError) names the nearest table
        return value

    @model_validator(mode="after")
    def _one_elasticity(self) -> TradeCostsSpec:
        self._exactly_one("path", "dataset")
        self._exactly_one("sigma", "theta")
        return self


class ModelSpec(Strict):
    """The model and its parameters."""

    kind: Literal["caliendo-parro", "armington", "ossa", "gravity"] = "caliendo-parro"
    ge: Literal["full", "conditional", "book"] = Field(
        default="full",
        description=(
            "Gravity: full endowment GE (the exact fixed point), conditional GE, or 'book': "
            "the full GE as Yotov et al. (2016) compute it (their iteration and stopping rule)."
        ),
    )
    reference: str | None = Field(default=None, description="Gravity: importer whose IMR is fixed.")
    elasticities: Number | dict[str, Number] | None = Field(
        default=None, description="θ for every sector, or per sector (overrides the data's)."
    )
    deficits: Literal["fixed", "zero", "multiplicative"] = "fixed"

    @field_validator("elasticities")
    @classmethod
    def _positive(cls, value):
        values = value.values() if isinstance(value, dict) else [value]
        if value is not None and any(v <= 0 for v in values):
            raise ValueError("trade elasticities must be positive")
        if value is not None and any(v > MAX_ELASTICITY for v in values):
            raise ValueError(
                f"a trade elasticity above {MAX_ELASTICITY:g} is implausible (estimates lie "
                "between about 1 and 50)"
            )
        return value

    @model_validator(mode="after")
    def _book_closure(self) -> ModelSpec:
        if self.ge == "book" and (self.kind != "gravity" or self.deficits != "multiplicative"):
            raise ValueError(
                "ge: book is the book's full GE, a gravity model with expenditure a fixed "
                "multiple of output: give kind: gravity and deficits: multiplicative"
            )
        return self


class Scenario(Strict):
    """A trade conflict: a world, a starting point, a model and dated actions."""

    name: str = Field(pattern=r"^[a-z0-9][a-z0-9-]*$")
    title: str = ""
    description: str = ""
    sources: list[Source] = Field(default_factory=list)
    extends: str | None = None
    remove_actions: list[str] = Field(
        [], description="Labels of inherited actions to drop (with 'extends')."
    )
    baseline: str | BaselineSpec = "default"
    trade_costs: TradeCostsSpec | None = Field(
        None, description="Estimate trade costs by PPML; the world is built from this data."
    )
    start: str | StartSpec = "data"
    model: ModelSpec = ModelSpec()
    focus: tuple[str, str] | None = Field(
        None, description="The pair whose bilateral trade is reported (default USA, CHN)."
    )
    actions: list[Action] = Field(default_factory=list)

    @field_validator("focus")
    @classmethod
    def _a_pair(cls, value: tuple[str, str] | None) -> tuple[str, str] | None:
        if value is not None and value[0] == value[1]:
            raise ValueError("names one country twice: give two different countries")
        return value

    @model_validator(mode="after")
    def _removes_inherited(self) -> Scenario:
        if self.remove_actions and self.extends is None:
            raise ValueError(REMOVE_WITHOUT_EXTENDS)
        return self


def json_schema() -> dict:
    """The JSON Schema of scenario files (for editors)."""
    schema = Scenario.model_json_schema()
    schema["$schema"] = "https://json-schema.org/draft/2020-12/schema"
    schema["title"] = "tradewar scenario"
    return schema
