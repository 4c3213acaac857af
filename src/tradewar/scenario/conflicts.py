"""Same-date contradictions between a scenario's tariff actions."""

from __future__ import annotations

import numpy as np

from tradewar.baseline import Baseline
from tradewar.errors import PolicyError
from tradewar.policy.actions import TariffAction
from tradewar.policy.compile import PolicyState, apply_action
from tradewar.scenario.loader import ScenarioFile

__all__ = ["check_same_date_conflicts"]


def check_same_date_conflicts(loaded: ScenarioFile, world: Baseline) -> None:
    """Two tariff actions that set (or set and add) the same cells on one date contradict.

    Parameters
    ----------
    loaded : ScenarioFile
        The scenario read from its file (for the lines of the actions).
    world : Baseline
        The world the actions act on.

    Raises
    ------
    ScenarioError
        Naming each contradicting pair of actions, with their lines.
    """
    seen: dict[tuple, list[tuple[int, np.ndarray, bool, object]]] = {}
    problems: list[tuple[tuple, str]] = []
    for i, action in enumerate(loaded.scenario.actions):
        if not isinstance(action, TariffAction):
            continue
        probe = PolicyState.of(world)
        probe.tariff[:] = 0.0
        try:
            apply_action(
                probe,
                world,
                action.model_copy(
                    update={
                        "set": None,
                        "add": 1.0,
                        "coverage_usd": None,
                        "coverage_by_sector": None,
                        "covered_share": None,
                    }
                ),
                i,
            )
        except PolicyError:
            continue
        cells = probe.tariff != 0
        key = (action.date,)
        for j, other_cells, other_is_set, other_rate in seen.get(key, []):
            overlap = cells & other_cells
            if not overlap.any():
                continue
            if action.set is not None and other_is_set and action.set != other_rate:
                problems.append(
                    (
                        ("actions", i, "set"),
                        f"contradicts action {j} on the same date: both set the same "
                        "tariffs to different rates",
                    )
                )
            elif (action.set is not None) != other_is_set:
                problems.append(
                    (
                        ("actions", i),
                        f"action {j} on the same date sets tariffs that this one "
                        "changes: their order is ambiguous",
                    )
                )
        seen.setdefault(key, []).append((i, cells, action.set is not None, action.set))
    if problems:
        raise loaded.error(problems)
