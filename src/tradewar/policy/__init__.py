"""Policy: the action language (tariffs, export controls, ...) and its compilation to arrays.

:mod:`~tradewar.policy.actions` holds the actions, :mod:`~tradewar.policy.builders`
makes them from keywords, :mod:`~tradewar.policy.compile` turns them into the
engine's arrays on a given world, and :class:`~tradewar.policy.shock.Shock` is the
array form the model solves.
"""

from tradewar.policy.actions import Action, parse_action
from tradewar.policy.builders import (
    currency,
    export_control,
    purchase_commitment,
    tariff,
    trade_cost,
)
from tradewar.policy.compile import PolicyState, compile_policy
from tradewar.policy.shock import Shock

__all__ = [
    "Action",
    "PolicyState",
    "Shock",
    "compile_policy",
    "currency",
    "export_control",
    "parse_action",
    "purchase_commitment",
    "tariff",
    "trade_cost",
]
