"""The policy language: actions by name, shared by Python and scenario files.

Each action names who acts, on whom, on which sectors and how much, in the
words of the data (country codes or names, sector names, ``"goods"``,
``"all"``).  The same objects are the entries of a scenario's ``actions`` list
and the arguments of :func:`tradewar.solve`; :mod:`tradewar.policy.builders`
makes them from keyword arguments (``tw.tariff(imposer="USA", ...)``) and
:func:`parse_action` from dicts.  Fields are checked here for type and range;
names are checked against a world when the actions are compiled
(:mod:`tradewar.policy.compile`).  A single country or sector may be given
without a list (``partners="CHN"``).  :func:`parse_action` and the builders
report a field at fault as a :class:`~tradewar.errors.PolicyError` located at it
(``tariff.ad: unknown field 'ad'; did you mean 'add'?``).
"""

from __future__ import annotations

import datetime as dt
import difflib
import math
from collections.abc import Mapping
from typing import Annotated, Any, Literal

from pydantic import (
    AfterValidator,
    AllowInfNan,
    BaseModel,
    BeforeValidator,
    ConfigDict,
    Field,
    TypeAdapter,
    ValidationError,
    ValidationInfo,
    WithJsonSchema,
    field_validator,
    model_validator,
)
from pydantic import Strict as StrictType

from tradewar.errors import PolicyError

__all__ = [
    "MAX_LOG_TRADE_CHANGE",
    "MAX_RATE",
    "MAX_USD",
    "Action",
    "CurrencyAction",
    "ExportControlAction",
    "PurchaseCommitmentAction",
    "TariffAction",
    "TradeCostAction",
    "parse_action",
]


def _names_schema(keywords: list[str], what: str) -> WithJsonSchema:
    """The JSON schema of a list of names, a keyword, or a single name."""
    return WithJsonSchema(
        {
            "anyOf": [
                {"type": "array", "items": {"type": "string"}},
                {"type": "string", "enum": keywords},
                {"type": "string"},
            ],
            "description": what,
        }
    )


Names = Annotated[list[str], Field(min_length=1)]
Countries = Annotated[
    Names | Literal["all"],
    _names_schema(["all"], "A country (code or name), a list of them, or 'all'."),
]
Sectors = Annotated[
    Names | Literal["goods", "all"],
    _names_schema(["goods", "all"], "A sector, a list of sectors, 'goods' or 'all'."),
]


def _number(value: Any) -> Any:
    """Numbers as they are, numerals as numbers; never a boolean.

    YAML 1.1 reads ``20.8e9`` (no sign in the exponent) as text, so numerals
    are read here; ``yes``, ``on`` and ``true`` are booleans, not numbers.
    """
    if isinstance(value, bool):
        raise ValueError(
            f"must be a number, got {value!r} (yes, no, on, off, true and false are "
            "booleans in YAML, not numbers)"
        )
    if isinstance(value, str):
        try:
            number = float(value.replace("_", ""))
        except ValueError:
            return value  # the type error names it
        return number if math.isfinite(number) else value
    return value


#: A finite number (or a numeral such as ``"20.8e9"``); a boolean is not one.
Number = Annotated[float, BeforeValidator(_number), StrictType(), AllowInfNan(False)]
#: A whole number; not a boolean.
Whole = Annotated[int, StrictType()]
Rate = Number | dict[str, Number]


def _no_number(value: Any) -> Any:
    """A date is a date or text, never a number (pydantic would read 20190510 as seconds)."""
    if isinstance(value, bool | int | float):
        raise ValueError(f"a date is written YYYY-MM-DD (e.g. 2019-05-10), got {value!r}")
    return value


#: A calendar date, e.g. ``2019-05-10``.
Date = Annotated[dt.date, BeforeValidator(_no_number)]

#: The largest tariff rate or rate change accepted (a fraction: 10 is 1,000%).
MAX_RATE = 10.0
#: The largest amount in US dollars accepted (a thousand trillion, ten times world GDP).
MAX_USD = 1e15
#: The largest log change of trade at constant prices (a factor e^20, about 5e8).
MAX_LOG_TRADE_CHANGE = 20.0
#: The largest iceberg cost change (a factor 101) or tariff equivalent accepted.
MAX_COST_CHANGE = 100.0


def _values(value: Any) -> list[float]:
    if value is None:
        return []
    return list(value.values()) if isinstance(value, dict) else [value]


def _check_rate(value: Any, *, is_change: bool) -> Any:
    """A tariff rate (or change) in the plausible range, in the user's words."""
    for v in _values(value):
        if abs(v) > MAX_RATE:
            raise ValueError(
                f"{v:g} is implausible: rates are fractions (0.25 is 25%) and at most "
                f"{MAX_RATE:g} ({100 * MAX_RATE:,.0f}%); for an embargo use an "
                "export_control with coverage_share: 1"
            )
        if not is_change and v <= -1:
            raise ValueError("must be above -1 (-100%)")
    return value


def _check_usd(value: float | None) -> float | None:
    if value is not None and abs(value) > MAX_USD:
        raise ValueError(
            f"{value:g} is implausible: more than ${MAX_USD / 1e12:,.0f} trillion "
            "(amounts are US dollars a year: 11e9 is $11 billion)"
        )
    return value


#: US dollars: a finite number of at most :data:`MAX_USD` in size.
Usd = Annotated[Number, AfterValidator(_check_usd)]


def _usd(description: str, *, positive: bool = False) -> Any:
    """A field of US dollars, optional (positive if asked)."""
    if positive:
        return Field(None, gt=0, description=description)
    return Field(None, description=description)


#: Words that stand for several countries or sectors, by field.
_KEYWORDS = {
    "partners": ("all",),
    "exporters": ("all",),
    "importers": ("all",),
    "sectors": ("goods", "all"),
}


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
    date: Date | None = Field(
        None,
        description="The day the action takes effect (required in a scenario's timeline).",
    )
    label: str | None = Field(None, description="A short name, e.g. 'List 1'.")
    note: str | None = None

    @field_validator(*_KEYWORDS, mode="before", check_fields=False)
    @classmethod
    def _one_name(cls, value: Any, info: ValidationInfo) -> Any:
        """A single name stands for a list of one (``partners: CHN``)."""
        if isinstance(value, str) and value not in _KEYWORDS.get(info.field_name or "", ()):
            return [value]
        return value


class TariffAction(_ActionBase):
    """Ad valorem tariffs of ``imposer`` on goods from ``partners``."""

    kind: Literal["tariff"]
    imposer: str
    partners: Countries = "all"
    sectors: Sectors = "goods"
    set: Rate | None = Field(None, description="New rate (fraction), or one per sector.")
    add: Rate | None = Field(None, description="Change of the rate (fraction), or per sector.")
    coverage_usd: Usd | None = _usd("Value of base-year imports covered (USD).", positive=True)
    coverage_by_sector: dict[str, Number] | None = Field(
        None, description="How coverage_usd splits across sectors (shares summing to one)."
    )
    covered_share: Rate | None = Field(
        None, description="Share of each sector's imports covered (0-1), one or per sector."
    )

    @field_validator("set", "add")
    @classmethod
    def _plausible_rate(cls, value: Any, info: ValidationInfo) -> Any:
        return _check_rate(value, is_change=info.field_name == "add")

    @model_validator(mode="after")
    def _one_rate(self) -> TariffAction:
        self._exactly_one("set", "add")
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
            bad = [v for v in shares if not 0 <= v <= 1]
            if bad:
                raise ValueError(
                    "'covered_share' is a share of the imports, from 0 to 1 (0.5 is half), "
                    f"got {bad[0]:g}"
                )
        return self


class ExportControlAction(_ActionBase):
    """Export controls of ``exporter`` on sales to ``partners`` (bans, licensing, blacklists).

    A control is a quantity limit on the flow: ``coverage_share`` of it, or
    ``coverage_usd`` a year of it (e.g. one firm's purchases), blocked relative
    to the flow without the control in the state it applies to.  The engine
    meets the limit with a wedge whose scarcity rents go to ``rents``: the
    exporting country (licence holders, as an export tax), the importing
    country (as a tariff) or nobody (an iceberg cost: compliance and
    rerouting waste).  ``coverage_share: 1`` is an embargo; a
    ``tariff_equivalent`` is an iceberg cost of that size.
    """

    kind: Literal["export_control"]
    exporter: str
    partners: Countries = "all"
    sectors: Sectors = "all"
    tariff_equivalent: Number | None = Field(None, ge=0, le=MAX_COST_CHANGE)
    coverage_share: Number | None = Field(
        None, gt=0, le=1, description="Share of the flow blocked (1 = embargo)."
    )
    coverage_usd: Usd | None = _usd(
        "Value of the flow blocked, USD a year (e.g. a firm's purchases).", positive=True
    )
    rents: Literal["exporter", "importer", "none"] = Field(
        default="exporter", description="Who gets the scarcity rents of the limit."
    )

    @model_validator(mode="after")
    def _one_measure(self) -> ExportControlAction:
        self._exactly_one("tariff_equivalent", "coverage_share", "coverage_usd")
        return self


class TradeCostAction(_ActionBase):
    """A non-tariff (iceberg) trade-cost change on chosen cells."""

    kind: Literal["trade_cost"]
    exporters: Countries
    importers: Countries
    sectors: Sectors = "all"
    change: Number | None = Field(
        None, gt=-1, le=MAX_COST_CHANGE, description="Proportional cost change."
    )
    partial_effect: Number | None = Field(
        None, description="Log change of trade at constant prices (e.g. a gravity estimate)."
    )
    regressors: dict[str, Number] | None = Field(
        None, description="Set estimated trade-cost regressors to these values (trade_costs)."
    )
    regressors_of_year: Whole | None = Field(
        None, ge=1000, le=3000, description="Set 'variables' to their values in this year."
    )
    variables: Names | None = None
    symmetric: bool = Field(False, description="Apply to both directions.")

    @field_validator("partial_effect")
    @classmethod
    def _plausible_effect(cls, value: float | None) -> float | None:
        if value is not None and abs(value) > MAX_LOG_TRADE_CHANGE:
            raise ValueError(
                f"{value:g} is implausible: a log change of trade, it multiplies trade at "
                f"constant prices by e^{value:g}; gravity estimates lie within "
                f"±{MAX_LOG_TRADE_CHANGE:g}"
            )
        return value

    @model_validator(mode="after")
    def _one_measure(self) -> TradeCostAction:
        self._exactly_one("change", "partial_effect", "regressors", "regressors_of_year")
        if (self.regressors_of_year is None) != (self.variables is None):
            raise ValueError("'regressors_of_year' and 'variables' go together")
        return self


class PurchaseCommitmentAction(_ActionBase):
    """``buyer``'s purchases from ``seller``: a change (``amount_usd``) or a level (``level_usd``).

    ``amount_usd``: buy that much more (less, if negative) a year than in the
    state the commitment applies to.  ``level_usd``: buy that much a year, in
    the world's dollars; or, with ``reference_year`` and ``reference_usd`` (the
    buyer's official purchases in that year), a level stated against that year,
    e.g. 2017 purchases plus the agreed increase.  Such a level is read as a
    multiple of the reference year's purchases, ``level_usd / reference_usd``,
    and applied to the model's flow in the world's policy state of that year
    (for the default world, 2017 is the pre-war start): the model's dollars are
    its data year's, not the reference year's.  ``compliance`` is the share of
    the commitment carried out: of the change, or of the level (China bought
    58% of the level it committed to in Phase One over 2020-21: Bown, PIIE 2022).
    """

    kind: Literal["purchase_commitment"]
    buyer: str
    seller: str
    sectors: Sectors = "goods"
    amount_usd: Usd | None = _usd("Change of purchases a year, USD.")
    level_usd: Usd | None = _usd("Purchases a year, USD.", positive=True)
    reference_year: Whole | None = Field(
        default=None,
        ge=1000,
        le=3000,
        description="The year the committed level is stated against.",
    )
    reference_usd: Usd | None = _usd(
        "The buyer's purchases in the reference year, USD.", positive=True
    )
    compliance: Number = Field(
        default=1.0, gt=0, le=1, description="Share of the commitment carried out (0-1]."
    )

    @field_validator("amount_usd")
    @classmethod
    def _nonzero(cls, value: float | None) -> float | None:
        if value == 0:
            raise ValueError("'amount_usd' must not be zero")
        return value

    @model_validator(mode="after")
    def _one_commitment(self) -> PurchaseCommitmentAction:
        self._exactly_one("amount_usd", "level_usd")
        if (self.reference_year is None) != (self.reference_usd is None):
            raise ValueError(
                "give 'reference_year' and 'reference_usd' (the purchases of that year) together"
            )
        if self.reference_year is not None and self.level_usd is None:
            raise ValueError("'reference_year' goes with 'level_usd' (a level stated against it)")
        return self


class CurrencyAction(_ActionBase):
    """A move of ``country``'s currency: recorded; modelled only as the user states.

    In a real model a nominal exchange-rate move has no lasting real effect, so
    by default (``model_as: recorded``) the event is kept in the story and
    changes nothing.  What the user states as real is modelled:
    ``trade_balance`` changes the country's trade balance by
    ``balance_change_usd`` a year (the counterpart spread over the other
    countries in proportion to their value added); ``tariff_equivalent``
    applies ``change`` as a real depreciation through a uniform import tariff
    and export subsidy at that rate (a "fiscal devaluation", Keynes; Farhi,
    Gopinath & Itskhoki 2014), a temporary device with tariff revenue and
    subsidy cost of its own.
    """

    kind: Literal["currency"]
    country: str
    change: Number = Field(
        gt=-1,
        le=MAX_RATE,
        description="Depreciation against the dollar (> 0) or appreciation (< 0).",
    )
    model_as: Literal["recorded", "trade_balance", "tariff_equivalent"] = Field(
        default="recorded", description="What is modelled: nothing, a balance change, or a device."
    )
    balance_change_usd: Usd | None = _usd("With trade_balance: change of the surplus, USD a year.")

    @model_validator(mode="after")
    def _balance_given(self) -> CurrencyAction:
        if (self.model_as == "trade_balance") != (self.balance_change_usd is not None):
            raise ValueError(
                "'balance_change_usd' goes with (and only with) model_as: trade_balance"
            )
        return self


Action = Annotated[
    TariffAction
    | ExportControlAction
    | TradeCostAction
    | PurchaseCommitmentAction
    | CurrencyAction,
    Field(discriminator="kind"),
]

_MODELS: dict[str, type[_ActionBase]] = {
    "tariff": TariffAction,
    "export_control": ExportControlAction,
    "trade_cost": TradeCostAction,
    "purchase_commitment": PurchaseCommitmentAction,
    "currency": CurrencyAction,
}

_ADAPTER: TypeAdapter[Any] = TypeAdapter(Action)


def parse_action(action: Action | Mapping[str, Any], *, path: tuple | None = None) -> Action:
    """An action object from an action or a dict in the scenario format.

    Parameters
    ----------
    action : Action or Mapping of str to object
        An action object (returned as it is) or a dict with its ``kind``.
    path : tuple, optional
        Where the action stands, for errors (e.g. ``("actions", 0)``); default
        its kind (``("tariff",)``).

    Returns
    -------
    Action
        The validated action.

    Raises
    ------
    PolicyError
        Unknown kind or field, wrong type or range, located at the field
        (``tariff.ad: unknown field 'ad'; did you mean 'add'?``).
    """
    if isinstance(action, BaseModel):
        return action
    if not isinstance(action, Mapping):
        raise PolicyError(
            path or (), f"an action is a mapping with a 'kind', not {type(action).__name__}"
        )
    data = dict(action)
    kind = data.get("kind")
    if path is None:
        path = (kind,) if isinstance(kind, str) and kind in _MODELS else ()
    try:
        return _ADAPTER.validate_python(data)
    except ValidationError as exc:
        raise _located(exc, data, path) from None


#: Fields a user may write for another one.
_SYNONYMS = {"rate": ("set", "add"), "tariff": ("set", "add"), "amount": ("amount_usd",)}

#: What a field takes, where its type is a choice of forms.
_FORMS = {
    "partners": "a country, a list of countries or 'all'",
    "exporters": "a country, a list of countries or 'all'",
    "importers": "a country, a list of countries or 'all'",
    "sectors": "a sector, a list of sectors, 'goods' or 'all'",
    "set": "a number or a mapping of sector to number",
    "add": "a number or a mapping of sector to number",
    "covered_share": "a number or a mapping of sector to number",
}


def _located(exc: ValidationError, data: dict[str, Any], path: tuple) -> PolicyError:
    """The first error of ``exc``, located in ``data`` and in the user's words."""
    found: dict[tuple, list[Any]] = {}
    for err in exc.errors():
        found.setdefault(_where(data, err), []).append(err)
    # an unknown field first (a misspelt field is also a missing one), then the deepest
    where = max(found, key=lambda w: (found[w][0]["type"] == "extra_forbidden", len(w)))
    errors = found[where]
    return PolicyError((*path, *where), _message(data, where, errors))


def _where(data: dict[str, Any], err: Any) -> tuple:
    """The part of a pydantic error location that is in ``data`` (or a missing field)."""
    if str(err["type"]).startswith("union_tag"):
        return ("kind",)
    out: list = []
    node: Any = data
    loc = list(err["loc"])
    if loc and loc[0] == data.get("kind"):
        loc = loc[1:]  # the union's tag
    for k, part in enumerate(loc):
        inside = (isinstance(node, Mapping) and part in node) or (
            isinstance(node, list) and isinstance(part, int) and part < len(node)
        )
        if inside:
            node = node[part]
            out.append(part)
        elif err["type"] == "missing" and k == len(loc) - 1:
            out.append(part)
        # anything else names a member of a union type ("list[str]", "float")
    return tuple(out)


def _message(data: dict[str, Any], where: tuple, errors: list[Any]) -> str:
    err = errors[0]
    kind, ctx = err["type"], err.get("ctx") or {}
    name = where[-1] if where else None
    if kind == "union_tag_invalid":
        return f"unknown kind {ctx.get('tag')!r}{_nearest(str(ctx.get('tag')), list(_MODELS))}"
    if kind == "union_tag_not_found":
        return "missing 'kind', one of " + ", ".join(repr(k) for k in _MODELS)
    if kind == "extra_forbidden":
        model = _MODELS.get(str(data.get("kind")))
        fields = [f for f in (model.model_fields if model else ()) if f != "kind"]
        synonyms = [f for f in _SYNONYMS.get(str(name), ()) if f in fields]
        if synonyms:
            hint = "; did you mean " + " or ".join(repr(f) for f in synonyms) + "?"
        else:
            hint = _nearest(str(name), fields)
        return f"unknown field {name!r}{hint}"
    if kind == "missing":
        return "required, but not given"
    if kind == "value_error":
        return str(err["msg"]).removeprefix("Value error, ")
    if kind == "too_short":
        return "names nothing: give at least one, or leave the field out"
    value = err.get("input")
    if isinstance(value, bool) and any(e["type"] in _NUMBER_ERRORS for e in errors):
        return (
            f"must be a number, got {value!r} (yes, no, on, off, true and false are "
            "booleans in YAML, not numbers)"
        )
    finite = [e for e in errors if e["type"] == "finite_number"]
    if finite:
        return f"must be a finite number, got {_shown(finite[0]['input'])}"
    if len(errors) > 1 and name in _FORMS:
        return f"expected {_FORMS[str(name)]}, got {_shown(err['input'])}"
    text = str(err["msg"]).replace("Input should be", "must be")
    return f"{text[:1].lower()}{text[1:]}, got {_shown(err['input'])}{_in_dollars(name, value)}"


def _in_dollars(name: Any, value: Any) -> str:
    """A US-dollar field's value as a person reads it: `` (-$10.0 billion)``."""
    if not str(name).endswith("_usd") or isinstance(value, bool):
        return ""
    try:
        amount = float(value)
    except (TypeError, ValueError):
        return ""
    sign = "-" if amount < 0 else ""
    for size, word in ((1e12, "trillion"), (1e9, "billion"), (1e6, "million")):
        if abs(amount) >= size:
            return f" ({sign}${abs(amount) / size:,.1f} {word})"
    return f" ({sign}${abs(amount):,.0f})"


_NUMBER_ERRORS = {"float_type", "int_type", "float_parsing", "int_parsing"}


def _shown(value: Any) -> str:
    text = repr(value)
    return text if len(text) <= 60 else text[:57] + "..."


def _nearest(word: str, candidates: list[str]) -> str:
    close = difflib.get_close_matches(word, candidates, n=1)
    return f"; did you mean {close[0]!r}?" if close else ""
