"""The scenario file format: a trade conflict as dated actions, validated with pydantic.

A scenario names the world it runs on (``baseline``), the policy state the story
starts from (``start``), the model (``model``) and a list of dated ``actions``.
Fields are checked here for type and range; names of countries and sectors are
checked against the baseline when the scenario is compiled
(:mod:`tradewar.scenario.compile`).  ``tradewar.scenario.schema.json_schema()``
exports a JSON Schema for editors.
"""

from __future__ import annotations

import datetime as dt
from typing import Annotated, Literal

from pydantic import BaseModel, ConfigDict, Field, field_validator, model_validator

__all__ = [
    "Action",
    "BaselineSpec",
    "CurrencyAction",
    "ExportControlAction",
    "ModelSpec",
    "PurchaseCommitmentAction",
    "Scenario",
    "Source",
    "StartSpec",
    "TariffAction",
    "TradeCostAction",
    "TradeCostsSpec",
    "json_schema",
]

Countries = list[str] | Literal["all"]
Sectors = list[str] | Literal["goods", "all"]
Rate = float | dict[str, float]


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", populate_by_name=True)

    def _exactly_one(self, *names: str) -> None:
        """Raise unless exactly one of the named fields is given."""
        if sum(getattr(self, name) is not None for name in names) != 1:
            quoted = [f"'{name}'" for name in names]
            listed = ", ".join(quoted[:-1]) + f" and {quoted[-1]}"
            raise ValueError(f"give exactly one of {listed}")


class Source(_Strict):
    """A document the scenario relies on."""

    title: str
    url: str | None = None
    date: dt.date | None = None


class _ActionBase(_Strict):
    date: dt.date = Field(description="The day the action takes effect.")
    label: str | None = Field(None, description="A short name, e.g. 'List 1'.")
    note: str | None = None


class TariffAction(_ActionBase):
    """Ad valorem tariffs of ``imposer`` on goods from ``partners``."""

    kind: Literal["tariff"]
    imposer: str
    partners: Countries = "all"
    sectors: Sectors = "goods"
    set: Rate | None = Field(None, description="New rate (fraction), or one per sector.")
    add: Rate | None = Field(None, description="Change of the rate (fraction), or per sector.")
    coverage_usd: float | None = Field(
        None, gt=0, description="Value of base-year imports covered (USD)."
    )
    coverage_by_sector: dict[str, float] | None = Field(
        None, description="How coverage_usd splits across sectors (shares summing to one)."
    )
    covered_share: Rate | None = Field(
        None, description="Share of each sector's imports covered (0-1), one or per sector."
    )

    @model_validator(mode="after")
    def _one_rate(self) -> TariffAction:
        self._exactly_one("set", "add")
        if self.set is not None:
            values = self.set.values() if isinstance(self.set, dict) else [self.set]
            if any(v <= -1 for v in values):
                raise ValueError("'set' must be above -1 (-100%)")
        if self.coverage_by_sector is not None and self.coverage_usd is None:
            raise ValueError("'coverage_by_sector' needs 'coverage_usd'")
        if self.coverage_usd is not None and self.covered_share is not None:
            raise ValueError("give 'coverage_usd' or 'covered_share', not both")
        if self.coverage_by_sector is not None:
            total = sum(self.coverage_by_sector.values())
            if any(v < 0 for v in self.coverage_by_sector.values()) or abs(total - 1) > 1e-3:
                raise ValueError("'coverage_by_sector' shares must be >= 0 and sum to one")
        if self.covered_share is not None:
            shares = (
                self.covered_share.values()
                if isinstance(self.covered_share, dict)
                else [self.covered_share]
            )
            if any(not 0 <= v <= 1 for v in shares):
                raise ValueError("'covered_share' must lie in [0, 1]")
        return self


class ExportControlAction(_ActionBase):
    """Export controls of ``exporter`` on sales to ``partners`` (bans, licensing, blacklists)."""

    kind: Literal["export_control"]
    exporter: str
    partners: Countries = "all"
    sectors: Sectors = "all"
    tariff_equivalent: float | None = Field(None, ge=0)
    coverage_share: float | None = Field(
        None, gt=0, le=1, description="Share of the flow blocked (1 = embargo)."
    )

    @model_validator(mode="after")
    def _one_measure(self) -> ExportControlAction:
        self._exactly_one("tariff_equivalent", "coverage_share")
        return self


class TradeCostAction(_ActionBase):
    """A non-tariff (iceberg) trade-cost change on chosen cells."""

    kind: Literal["trade_cost"]
    exporters: Countries
    importers: Countries
    sectors: Sectors = "all"
    change: float | None = Field(None, gt=-1, description="Proportional cost change.")
    partial_effect: float | None = Field(
        None, description="Log change of trade at constant prices (e.g. a gravity estimate)."
    )
    regressors: dict[str, float] | None = Field(
        None, description="Set estimated trade-cost regressors to these values (trade_costs)."
    )
    regressors_of_year: int | None = Field(
        None, description="Set 'variables' to their values in this year of the data."
    )
    variables: list[str] | None = None
    symmetric: bool = Field(False, description="Apply to both directions.")

    @model_validator(mode="after")
    def _one_measure(self) -> TradeCostAction:
        self._exactly_one("change", "partial_effect", "regressors", "regressors_of_year")
        if (self.regressors_of_year is None) != (self.variables is None):
            raise ValueError("'regressors_of_year' and 'variables' go together")
        return self


class PurchaseCommitmentAction(_ActionBase):
    """``buyer`` buys ``amount_usd`` more (less, if negative) from ``seller`` than in the start."""

    kind: Literal["purchase_commitment"]
    buyer: str
    seller: str
    sectors: Sectors = "goods"
    amount_usd: float

    @field_validator("amount_usd")
    @classmethod
    def _nonzero(cls, value: float) -> float:
        if value == 0:
            raise ValueError("'amount_usd' must not be zero")
        return value


class CurrencyAction(_ActionBase):
    """A real depreciation (``change`` > 0) or appreciation of ``country``'s currency.

    Applied as the equivalent uniform import tariff plus export subsidy at the
    same rate (a "fiscal devaluation", Keynes; Farhi, Gopinath & Itskhoki 2014).
    """

    kind: Literal["currency"]
    country: str
    change: float = Field(gt=-1)


Action = Annotated[
    TariffAction
    | ExportControlAction
    | TradeCostAction
    | PurchaseCommitmentAction
    | CurrencyAction,
    Field(discriminator="kind"),
]


class BaselineSpec(_Strict):
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


class StartSpec(_Strict):
    """Where the story starts: a named state, another scenario's state on a date, or actions."""

    state: str | None = None
    scenario: str | None = None
    date: dt.date | None = None
    actions: list[Action] | None = None

    @model_validator(mode="after")
    def _one_kind(self) -> StartSpec:
        given = [self.state is not None, self.scenario is not None, self.actions is not None]
        if sum(given) != 1:
            raise ValueError("give one of 'state', 'scenario' (with 'date') or 'actions'")
        if self.scenario is not None and self.date is None:
            raise ValueError("'scenario' needs 'date'")
        return self


class TradeCostsSpec(_Strict):
    """Structural gravity data and the PPML estimation of trade costs."""

    path: str = Field(description="Gravity table: exporter, importer, trade incl. domestic.")
    formula: str = Field(description="pyfixest formula, e.g. 'trade ~ x | exporter + importer'.")
    year: int | None = Field(None, description="The year whose flows are the baseline.")
    exporter: str = "exporter"
    importer: str = "importer"
    trade: str = "trade"
    sigma: float | None = Field(None, gt=1, description="Elasticity of substitution.")
    theta: float | None = Field(None, gt=0, description="Trade elasticity (sigma - 1).")
    flows: Literal["observed", "fitted"] = "observed"
    international_only: bool = Field(False, description="Estimate on international flows.")
    vcov: str = Field("hetero", description="'hetero', 'iid' or 'cluster:COLUMN'.")

    @model_validator(mode="after")
    def _one_elasticity(self) -> TradeCostsSpec:
        self._exactly_one("sigma", "theta")
        return self


class ModelSpec(_Strict):
    """The model and its parameters."""

    kind: Literal["caliendo-parro", "armington", "ossa", "gravity"] = "caliendo-parro"
    ge: Literal["full", "conditional"] = Field(
        "full", description="Gravity: full endowment or conditional general equilibrium."
    )
    reference: str | None = Field(None, description="Gravity: importer whose IMR is fixed.")
    elasticities: float | dict[str, float] | None = Field(
        None, description="θ for every sector, or per sector (overrides the data's)."
    )
    deficits: Literal["fixed", "zero", "multiplicative"] = "fixed"

    @field_validator("elasticities")
    @classmethod
    def _positive(cls, value):
        values = value.values() if isinstance(value, dict) else [value]
        if value is not None and any(v <= 0 for v in values):
            raise ValueError("trade elasticities must be positive")
        return value


class Scenario(_Strict):
    """A trade conflict: a world, a starting point, a model and dated actions."""

    name: str = Field(pattern=r"^[a-z0-9][a-z0-9-]*$")
    title: str = ""
    description: str = ""
    sources: list[Source] = []
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
    actions: list[Action] = []


def json_schema() -> dict:
    """The JSON Schema of scenario files (for editors)."""
    schema = Scenario.model_json_schema()
    schema["$schema"] = "https://json-schema.org/draft/2020-12/schema"
    schema["title"] = "tradewar scenario"
    return schema
