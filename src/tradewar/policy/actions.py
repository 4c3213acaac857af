"""The policy language: actions by name, shared by Python and scenario files.

Each action names who acts, on whom, on which sectors and how much, in the
words of the data (country codes or names, sector names, ``"goods"``,
``"all"``).  The same objects are the entries of a scenario's ``actions`` list
and the arguments of :func:`tradewar.solve`; :mod:`tradewar.policy.builders`
makes them from keyword arguments (``tw.tariff(imposer="USA", ...)``) and
:func:`parse_action` from dicts.  Fields are checked here for type and range;
names are checked against a world when the actions are compiled
(:mod:`tradewar.policy.compile`).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from typing import Annotated, Any, Literal

from pydantic import (
    BaseModel,
    ConfigDict,
    Field,
    TypeAdapter,
    field_validator,
    model_validator,
)

__all__ = [
    "Action",
    "CurrencyAction",
    "ExportControlAction",
    "PurchaseCommitmentAction",
    "TariffAction",
    "TradeCostAction",
    "parse_action",
]

Countries = list[str] | Literal["all"]
Sectors = list[str] | Literal["goods", "all"]
Rate = float | dict[str, float]


class Strict(BaseModel):
    """A model that rejects unknown fields (the base of every file format model)."""

    model_config = ConfigDict(extra="forbid", populate_by_name=True)

    def _exactly_one(self, *names: str) -> None:
        """Raise unless exactly one of the named fields is given."""
        if sum(getattr(self, name) is not None for name in names) != 1:
            quoted = [f"'{name}'" for name in names]
            listed = ", ".join(quoted[:-1]) + f" and {quoted[-1]}"
            raise ValueError(f"give exactly one of {listed}")


class _ActionBase(Strict):
    date: dt.date | None = Field(
        None,
        description="The day the action takes effect (required in a scenario's timeline).",
    )
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




_ADAPTER: TypeAdapter[Any] = TypeAdapter(Action)


def parse_action(action: Action | Mapping[str, Any]) -> Action:
    """An action object from an action or a dict in the scenario format.

    Parameters
    ----------
    action : Action or Mapping of str to object
        An action object (returned as it is) or a dict with its ``kind``.

    Returns
    -------
    Action
        The validated action.

    Raises
    ------
    pydantic.ValidationError
        Unknown kind or field, wrong type or range.
    """
    if isinstance(action, BaseModel):
        return action
    return _ADAPTER.validate_python(dict(action))
