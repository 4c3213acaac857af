"""Same-date contradictions between a scenario's tariff actions.

Two tariff actions on one date that set the same cells ``[exporter, importer,
sector]`` to different rates contradict each other; one that sets cells another
changes (``add``) makes their order ambiguous.  Rates are compared cell by cell,
so ``set: 0.25`` and ``set: {steel: 0.25}`` on steel agree.  The check sorts the
cells every action touches, so it takes time in proportion to them (times a
logarithm), never to the square of the number of actions.
"""

from __future__ import annotations

from collections import defaultdict

import numpy as np

from tradewar.baseline import Baseline
from tradewar.errors import PolicyError
from tradewar.policy.actions import TariffAction
from tradewar.policy.resolve import country_index, country_indices, per_sector, sector_indices
from tradewar.scenario.loader import ScenarioFile

__all__ = ["check_same_date_conflicts"]

#: Two rates closer than this are the same rate.
SAME_RATE = 1e-12


def _cells(world: Baseline, action: TariffAction, index: int) -> tuple[np.ndarray, np.ndarray]:
    """The flat cells an action acts on, and the rate it sets on each (NaN for ``add``)."""
    path = ("actions", index)
    imposer = country_index(world, action.imposer, (*path, "imposer"))
    partners = country_indices(world, action.partners, imposer, (*path, "partners"))
    sectors = sector_indices(world, action.sectors, (*path, "sectors"))
    n, s = world.n_countries, world.n_sectors
    flat = (np.asarray(partners)[:, None] * n + imposer) * s + np.asarray(sectors)[None, :]
    if action.set is None:
        rates = np.full(flat.shape, np.nan)
    else:
        by_sector = per_sector(world, action.set, sectors, (*path, "set"))[sectors]
        rates = np.broadcast_to(by_sector[None, :], flat.shape)
    return flat.ravel(), np.asarray(rates, dtype=float).ravel()


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
        Naming each action that contradicts an earlier one of its date (and
        that one), with their lines.
    """
    by_date: dict[object, list[int]] = defaultdict(list)
    for i, action in enumerate(loaded.scenario.actions):
        if isinstance(action, TariffAction):
            by_date[action.date].append(i)
    problems: list[tuple[tuple, str]] = []
    for indexes in by_date.values():
        if len(indexes) > 1:
            problems += _date_conflicts(loaded, world, indexes)
    if problems:
        problems.sort(key=lambda p: p[0][1])
        raise loaded.error(problems)


def _date_conflicts(
    loaded: ScenarioFile, world: Baseline, indexes: list[int]
) -> list[tuple[tuple, str]]:
    """The contradictions among the tariff actions ``indexes`` of one date."""
    cells, rates, owners = [], [], []
    for i in indexes:
        action = loaded.scenario.actions[i]
        assert isinstance(action, TariffAction)  # only tariffs are gathered
        try:
            flat, rate = _cells(world, action, i)
        except PolicyError:  # reported where the actions are applied
            continue
        cells.append(flat)
        rates.append(rate)
        owners.append(np.full(flat.size, i))
    if len(cells) < 2:
        return []
    cell, rate, owner = np.concatenate(cells), np.concatenate(rates), np.concatenate(owners)
    order = np.lexsort((owner, cell))  # by cell, then by action
    cell, rate, owner = cell[order], rate[order], owner[order]
    is_set = ~np.isnan(rate)
    start = np.r_[True, cell[1:] != cell[:-1]]
    group = np.cumsum(start) - 1
    never = np.iinfo(owner.dtype).max
    # the first action that sets and the first that adds, in each cell
    first_set = np.full(group[-1] + 1, never)
    np.minimum.at(first_set, group[is_set], owner[is_set])
    first_add = np.full(group[-1] + 1, never)
    np.minimum.at(first_add, group[~is_set], owner[~is_set])
    set_rate = np.full(group[-1] + 1, np.nan)
    firsts = is_set & (owner == first_set[group])
    set_rate[group[firsts]] = rate[firsts]
    earlier_set = first_set[group] < owner
    differs = np.abs(rate - set_rate[group]) > SAME_RATE
    contradiction = is_set & earlier_set & differs
    ambiguous_after_add = is_set & (first_add[group] < owner)
    ambiguous_after_set = ~is_set & earlier_set
    problems: dict[int, tuple[tuple, str]] = {}
    for k in np.flatnonzero(contradiction):
        i, j = int(owner[k]), int(first_set[group[k]])
        problems.setdefault(
            i,
            (
                ("actions", i, "set"),
                f"contradicts action {j} on the same date: both set the same "
                "tariffs to different rates",
            ),
        )
    for k in np.flatnonzero(ambiguous_after_add | ambiguous_after_set):
        i = int(owner[k])
        j = int(first_add[group[k]] if is_set[k] else first_set[group[k]])
        problems.setdefault(
            i,
            (
                ("actions", i),
                f"action {j} on the same date sets tariffs that this one changes: "
                "their order is ambiguous"
                if not is_set[k]
                else f"action {j} on the same date changes tariffs that this one sets: "
                "their order is ambiguous",
            ),
        )
    return list(problems.values())
