"""The error of a strategic question that cannot be asked: :class:`StrategyError`."""

from __future__ import annotations

from tradewar.errors import TradewarError

__all__ = ["StrategyError"]


class StrategyError(TradewarError, ValueError):
    """A strategic question that cannot be asked of this world.

    Unknown players, partners or industries (with the nearest valid name),
    inconsistent tariff bounds, political-economy weights of the wrong shape,
    a threat point that is not one.  Raised before any solving starts.
    """
