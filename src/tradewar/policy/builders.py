"""Actions from keyword arguments: the scenario format's policy language in Python.

>>> import tradewar as tw
>>> hike = tw.tariff(imposer="USA", partners=["CHN"], sectors="goods", add=0.15,
...                  coverage_usd=200e9)
>>> result = tw.solve(tw.load_default(), [hike])  # doctest: +SKIP

Each function takes exactly the fields of its action in the scenario format
(:mod:`tradewar.policy.actions`; ``docs/scenarios.md``) and returns the
validated action object.  ``date`` is needed only in a scenario's timeline.  A
field at fault raises :class:`~tradewar.errors.PolicyError` located at it
(``tariff.ad: unknown field 'ad'; did you mean 'add'?``); a single country or
sector may be given without a list (``partners="CHN"``).
"""

from __future__ import annotations

from typing import Any, TypeVar

from tradewar.policy.actions import (
    CurrencyAction,
    ExportControlAction,
    PurchaseCommitmentAction,
    TariffAction,
    TradeCostAction,
    parse_action,
)

__all__ = ["currency", "export_control", "purchase_commitment", "tariff", "trade_cost"]

_A = TypeVar("_A")


def _build(model: type[_A], fields: dict[str, Any]) -> _A:
    """The action of ``fields``, validated (errors located as ``kind.field``)."""
    action = parse_action(fields)
    assert isinstance(action, model)
    return action


def tariff(imposer: str, **fields: Any) -> TariffAction:
    """Ad valorem tariffs of ``imposer`` on goods from ``partners``.

    Parameters
    ----------
    imposer : str
        The importing country that sets the tariff (code or name).
    **fields
        ``partners`` (a country, a list or ``"all"``), ``sectors`` (a sector, a
        list, ``"goods"`` or ``"all"``), exactly one of ``set`` / ``add`` (fractions, or a dict by
        sector), and optionally ``coverage_usd`` (with ``coverage_by_sector``)
        or ``covered_share``; ``date``, ``label``, ``note``.

    Returns
    -------
    TariffAction
        The validated action.

    Raises
    ------
    PolicyError
        A field at fault, located (``tariff.add: ...``).
    """
    return _build(TariffAction, dict(kind="tariff", imposer=imposer, **fields))


def export_control(exporter: str, **fields: Any) -> ExportControlAction:
    """Export controls of ``exporter``: ``tariff_equivalent`` or ``coverage_share`` blocked.

    Parameters
    ----------
    exporter : str
        The country that restricts its sales (code or name).
    **fields
        ``partners`` (a country, a list or ``"all"``), ``sectors`` (a sector, a
        list, ``"goods"`` or ``"all"``), exactly one of ``tariff_equivalent`` / ``coverage_share``;
        ``date``, ``label``, ``note``.

    Returns
    -------
    ExportControlAction
        The validated action.

    Raises
    ------
    PolicyError
        A field at fault, located at it.
    """
    return _build(ExportControlAction, dict(kind="export_control", exporter=exporter, **fields))


def trade_cost(**fields: Any) -> TradeCostAction:
    """An iceberg trade-cost change: ``exporters``, ``importers`` and ``change`` (or others).

    Parameters
    ----------
    **fields
        ``exporters`` and ``importers`` (a country, a list or ``"all"``), ``sectors``, exactly
        one of ``change`` / ``partial_effect`` / ``regressors`` /
        ``regressors_of_year`` (with ``variables``), ``symmetric``; ``date``,
        ``label``, ``note``.

    Returns
    -------
    TradeCostAction
        The validated action.

    Raises
    ------
    PolicyError
        A field at fault, located at it.
    """
    return _build(TradeCostAction, dict(kind="trade_cost", **fields))


def purchase_commitment(buyer: str, seller: str, **fields: Any) -> PurchaseCommitmentAction:
    """``buyer`` buys ``amount_usd`` more (less) from ``seller``, or a level ``level_usd``.

    Parameters
    ----------
    buyer : str
        The importing country (code or name).
    seller : str
        The exporting country (code or name).
    **fields
        ``amount_usd`` (not zero) or ``level_usd`` (with ``reference_year`` and
        ``reference_usd`` for a level stated against that year), ``compliance``,
        ``sectors``; ``date``, ``label``, ``note``.

    Returns
    -------
    PurchaseCommitmentAction
        The validated action.

    Raises
    ------
    PolicyError
        A field at fault, located at it.
    """
    return _build(
        PurchaseCommitmentAction,
        dict(kind="purchase_commitment", buyer=buyer, seller=seller, **fields),
    )


def currency(country: str, change: float, **fields: Any) -> CurrencyAction:
    """A real depreciation (``change`` > 0) or appreciation of ``country``'s currency.

    Parameters
    ----------
    country : str
        The country whose currency moves (code or name).
    change : float
        The real depreciation, a fraction above -1 (negative: appreciation).
    **fields
        ``date``, ``label``, ``note``.

    Returns
    -------
    CurrencyAction
        The validated action.

    Raises
    ------
    PolicyError
        A field at fault, located at it.
    """
    return _build(CurrencyAction, dict(kind="currency", country=country, change=change, **fields))
