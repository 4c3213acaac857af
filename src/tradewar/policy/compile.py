"""From scenario actions to the engine's policy arrays.

A :class:`PolicyState` holds, relative to the world a scenario starts from,
the cumulative tariffs, export taxes and iceberg trade-cost changes, plus the
*targets* that the engine meets by solving for a trade-cost wedge: export
controls given as a blocked share of a flow, and purchase commitments.  Names
(countries, sectors, per-sector values, USD amounts) are resolved against the
world by :mod:`tradewar.policy.resolve`.

How each action acts (``[exporter, importer, sector]`` cells):

``tariff``
    ``set``: τ' = τ + c (r − τ); ``add``: τ' = τ + c Δ, with c the covered share
    of the sector's imports (1 without coverage; ``covered_share`` directly, or
    ``coverage_usd`` × its sector split / the sector's imports from the partners).
``export_control``
    ``tariff_equivalent`` t: iceberg cost × (1 + t); ``coverage_share`` b: a
    wedge solved so that the flow is (1 − b) times what it would be without the
    control (b = 1: an embargo).
``trade_cost``
    ``change`` c: iceberg cost × (1 + c); ``partial_effect`` p (log change of
    trade at constant prices): cost × exp(−p / θ).
``purchase_commitment``
    a wedge on the seller → buyer cells solved so that their flow exceeds the
    start's by ``amount_usd`` (falls short of it, if negative).  Extra purchases
    are an import subsidy paid by the buyer's government (a state-directed
    purchase at a loss, with its fiscal cost); cuts are an informal barrier
    (an iceberg cost, with no revenue).
``currency``
    a real depreciation c: tariffs on all the country's imports × (1 + c) and an
    export subsidy on all its exports, (1 + x) / (1 + c): the two together are a
    devaluation (Keynes 1931; Farhi, Gopinath & Itskhoki 2014).  With balanced
    trade this is neutral (tested); with deficits fixed in units of world value
    added it moves real incomes.
"""

from __future__ import annotations

import copy
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

import numpy as np

from tradewar.baseline import Baseline
from tradewar.errors import DataError, PolicyError
from tradewar.policy.actions import (
    MAX_LOG_TRADE_CHANGE,
    Action,
    CurrencyAction,
    ExportControlAction,
    PurchaseCommitmentAction,
    TariffAction,
    TradeCostAction,
    parse_action,
)
from tradewar.policy.resolve import (
    cell_mask,
    country_index,
    country_indices,
    per_sector,
    sector_indices,
    usd_to_units,
)

__all__ = ["PolicyState", "ReferenceWorlds", "Target", "apply_action", "compile_policy"]

#: Year -> the world in its policy state of that year (``KeyError`` with a message if none).
ReferenceWorlds = Callable[[int], Baseline]

#: Iceberg wedge standing for an embargo.
EMBARGO = 1e8


@dataclass
class Target:
    """A flow target met by a wedge on ``mask`` cells.

    ``kind`` is ``"block"`` (the flow falls to ``1 − share`` of its level without
    the control, or by ``amount`` when ``share`` is zero) or ``"purchase"`` (the
    flow is the start's plus ``amount``).

    Parameters
    ----------
    kind : {"block", "purchase"}
        What the wedge achieves.
    mask : numpy.ndarray
        (N, N, S) boolean: the cells [exporter, importer, sector] of the flow.
    index : int
        Number of the action in the scenario.
    label : str
        The action's label (or its kind).
    share : float, default 0.0
        For ``"block"``: the share of the flow blocked.
    amount : float, default 0.0
        For ``"purchase"``: the change of the flow; for ``"block"`` without a
        share: the value blocked (the world's units).
    rents : {"exporter", "importer", "none"}, default "none"
        For ``"block"``: who gets the wedge's scarcity rents (an export tax, a
        tariff, or an iceberg cost).
    """

    kind: str
    mask: np.ndarray
    index: int
    label: str
    share: float = 0.0
    amount: float = 0.0
    rents: str = "none"


@dataclass
class PolicyState:
    """Cumulative policy, relative to the start world.

    Parameters
    ----------
    tariff : numpy.ndarray
        (N, N, S) tariffs τ'.
    export_tax : numpy.ndarray
        (N, N, S) export taxes (negative: subsidies).
    trade_cost_hat : numpy.ndarray
        (N, N, S) iceberg trade-cost changes d̂.
    targets : list of Target, optional
        Flow targets met by solving for wedges (default none).
    deficit_change : numpy.ndarray, optional
        (N,) change of each country's deficit (data units a year), summing to
        zero; None for none.
    recorded : list of tuple, optional
        ``(action index, text)`` of events kept in the story that change
        nothing in the model (e.g. a nominal currency move).
    """

    tariff: np.ndarray
    export_tax: np.ndarray
    trade_cost_hat: np.ndarray
    targets: list[Target] = field(default_factory=list)
    deficit_change: np.ndarray | None = None
    recorded: list[tuple[int, str]] = field(default_factory=list)

    @classmethod
    def of(cls, world: Baseline) -> PolicyState:
        """No change from ``world``.

        Parameters
        ----------
        world : Baseline
            The start world.

        Returns
        -------
        PolicyState
            Its tariffs, no export taxes, no trade-cost changes, no targets.
        """
        shape = world.trade.shape
        return cls(world.tariff.copy(), np.zeros(shape), np.ones(shape))

    def copy(self) -> PolicyState:
        """An independent copy."""
        return copy.deepcopy(self)


# -------------------------------------------------------------------- actions
def _coverage(
    world: Baseline,
    action: TariffAction,
    imposer: int,
    partners: list[int],
    sectors: list[int],
    path: tuple,
) -> np.ndarray:
    if action.covered_share is not None:
        return per_sector(world, action.covered_share, sectors, (*path, "covered_share"))
    if action.coverage_usd is None:
        share = np.zeros(world.n_sectors)
        share[sectors] = 1.0
        return share
    imports = world.trade[partners, imposer, :].sum(axis=0)  # data units, by sector
    covered = np.zeros(world.n_sectors)
    amount = usd_to_units(world, action.coverage_usd, (*path, "coverage_usd"))
    if action.coverage_by_sector is not None:
        split = per_sector(world, action.coverage_by_sector, sectors, (*path, "coverage_by_sector"))
    else:
        split = np.zeros(world.n_sectors)
        total = imports[sectors].sum()
        if total <= 0:
            raise PolicyError((*path, "coverage_usd"), "there are no imports to cover")
        split[sectors] = imports[sectors] / total
    covered = amount * split
    share = np.divide(covered, imports, out=np.zeros_like(covered), where=imports > 0)
    bad = (covered > imports * (1 + 1e-9)) & (covered > 0)
    if bad.any():
        s = int(np.argmax(bad))
        usd = world.usd_per_unit or 1.0
        raise PolicyError(
            (*path, "coverage_usd"),
            f"covers ${covered[s] * usd / 1e9:,.1f} billion of sector {world.sectors[s]} "
            f"but {world.countries[imposer]} imports only ${imports[s] * usd / 1e9:,.1f} billion "
            "of it from these partners",
        )
    return share


def _tariff(state: PolicyState, world: Baseline, action: TariffAction, path: tuple) -> None:
    imposer = country_index(world, action.imposer, (*path, "imposer"))
    partners = country_indices(world, action.partners, imposer, (*path, "partners"))
    sectors = sector_indices(world, action.sectors, (*path, "sectors"))
    share = _coverage(world, action, imposer, partners, sectors, path)
    cells = np.ix_(partners, [imposer], sectors)
    old = state.tariff[cells]
    if action.set is not None:
        rate = per_sector(world, action.set, sectors, (*path, "set"))[sectors]
        new = old + share[sectors] * (rate - old)
    else:
        assert action.add is not None  # the schema requires exactly one of the two
        delta = per_sector(world, action.add, sectors, (*path, "add"))[sectors]
        new = old + share[sectors] * delta
    if (new <= -1).any():
        raise PolicyError(
            (*path, "add" if action.add is not None else "set"),
            "the resulting tariff would be at or below -100%",
        )
    state.tariff[cells] = new


def _export_control(
    state: PolicyState, world: Baseline, action: ExportControlAction, index: int, path: tuple
) -> None:
    exporter = country_index(world, action.exporter, (*path, "exporter"))
    partners = country_indices(world, action.partners, exporter, (*path, "partners"))
    sectors = sector_indices(world, action.sectors, (*path, "sectors"))
    mask = cell_mask(world, [exporter], partners, sectors)
    if action.tariff_equivalent is not None:
        state.trade_cost_hat[mask] *= 1.0 + action.tariff_equivalent
        return
    label = action.label or action.kind
    if action.coverage_share is not None and action.coverage_share >= 1.0:
        state.trade_cost_hat[mask] *= EMBARGO
        return
    if world.trade[mask].sum() <= 0:
        raise PolicyError((*path, "sectors"), "there is no trade to control")
    if action.coverage_usd is not None:
        amount = usd_to_units(world, action.coverage_usd, (*path, "coverage_usd"))
        if amount >= world.trade[mask].sum():
            usd = world.usd_per_unit or 1.0
            raise PolicyError(
                (*path, "coverage_usd"),
                f"blocks ${action.coverage_usd / 1e9:,.1f} billion but the flow is only "
                f"${world.trade[mask].sum() * usd / 1e9:,.1f} billion (use coverage_share: 1 "
                "for an embargo)",
            )
        state.targets.append(Target("block", mask, index, label, amount=amount, rents=action.rents))
        return
    assert action.coverage_share is not None  # the schema requires exactly one measure
    state.targets.append(
        Target("block", mask, index, label, share=action.coverage_share, rents=action.rents)
    )


def _trade_cost(
    state: PolicyState, world: Baseline, action: TradeCostAction, path: tuple, context=None
):
    exporters = country_indices(world, action.exporters, -1, (*path, "exporters"))
    importers = country_indices(world, action.importers, -1, (*path, "importers"))
    sectors = sector_indices(world, action.sectors, (*path, "sectors"))
    mask = cell_mask(world, exporters, importers, sectors)
    if action.symmetric:
        mask |= np.swapaxes(mask, 0, 1)
    if not mask.any():
        raise PolicyError(
            (*path, "importers"),
            "acts on no trade: these exporters and importers are the same country, and a "
            "country's sales to itself bear no trade cost",
        )
    if action.regressors is not None or action.regressors_of_year is not None:
        field = "regressors" if action.regressors is not None else "variables"
        if context is None:
            raise PolicyError(
                (*path, field),
                "regressor changes need a 'trade_costs' section (an estimated gravity equation)",
            )
        try:
            delta = context.log_cost_change(action)
        except DataError as exc:
            raise PolicyError((*path, field), str(exc)) from None
        pairs = mask.any(axis=2)
        worst = np.where(pairs, np.abs(np.nan_to_num(delta, nan=np.inf)), 0.0)
        if worst.max(initial=0.0) > MAX_LOG_TRADE_CHANGE:
            i, j = np.unravel_index(int(np.argmax(worst)), worst.shape)
            raise PolicyError(
                (*path, field),
                f"changes trade between {world.countries[i]} and {world.countries[j]} at "
                f"constant prices by a factor e^{delta[i, j]:.4g}: implausible (more than "
                f"e^{MAX_LOG_TRADE_CHANGE:g}); check the regressors' values and units",
            )
        factor = np.exp(-delta[:, :, None] / world.theta)
        state.trade_cost_hat[mask] *= np.broadcast_to(factor, world.trade.shape)[mask]
        return
    if action.change is not None:
        factor = np.full(world.trade.shape, 1.0 + action.change)
    else:
        effect = action.partial_effect
        assert effect is not None  # the schema requires exactly one of the measures
        factor = np.broadcast_to(np.exp(-effect / world.theta), world.trade.shape)
    state.trade_cost_hat[mask] *= factor[mask]


def _purchase(
    state: PolicyState,
    world: Baseline,
    action: PurchaseCommitmentAction,
    index: int,
    path: tuple,
    references: ReferenceWorlds | None,
) -> None:
    buyer = country_index(world, action.buyer, (*path, "buyer"))
    seller = country_index(world, action.seller, (*path, "seller"))
    if buyer == seller:
        raise PolicyError((*path, "seller"), "buyer and seller must differ")
    sectors = sector_indices(world, action.sectors, (*path, "sectors"))
    mask = cell_mask(world, [seller], [buyer], sectors)
    flow = world.trade[mask].sum()
    if action.level_usd is not None and action.reference_year is not None:
        assert action.reference_usd is not None  # the schema requires both
        reference = _reference_world(world, references, action.reference_year, path)
        level = (
            action.compliance
            * action.level_usd
            / action.reference_usd
            * reference.trade[mask].sum()
        )
        amount = level - flow
    elif action.level_usd is not None:
        level = action.compliance * usd_to_units(world, action.level_usd, (*path, "level_usd"))
        amount = level - flow
    else:
        assert action.amount_usd is not None  # the schema requires exactly one
        amount = action.compliance * usd_to_units(world, action.amount_usd, (*path, "amount_usd"))
    if flow <= 0:
        raise PolicyError(
            (*path, "sectors"),
            f"{world.countries[buyer]} buys nothing of these "
            f"sectors from {world.countries[seller]}: the commitment cannot be met",
        )
    if flow + amount <= 0:
        usd = world.usd_per_unit or 1.0
        raise PolicyError(
            (*path, "amount_usd" if action.level_usd is None else "level_usd"),
            f"a cut of ${-amount * usd / 1e9:,.2f} billion "
            f"exceeds the ${flow * usd / 1e9:,.2f} billion bought",
        )
    state.targets.append(
        Target("purchase", mask, index, action.label or action.kind, amount=amount)
    )


def _reference_world(
    world: Baseline, references: ReferenceWorlds | None, year: int, path: tuple
) -> Baseline:
    """The world in its policy state of ``year`` (a level's reference year)."""
    if references is None:
        raise PolicyError(
            (*path, "reference_year"),
            f"a level stated against {year} needs the world's policy state of that year; "
            "run it in a scenario on a data set that defines one (e.g. the default world's "
            "2017, its pre-war start)",
        )
    try:
        reference = references(year)
    except KeyError as exc:
        raise PolicyError((*path, "reference_year"), str(exc.args[0])) from None
    if reference.trade.shape != world.trade.shape:  # pragma: no cover - same data set
        raise PolicyError((*path, "reference_year"), "the reference world does not match")
    return reference


def _currency(
    state: PolicyState, world: Baseline, action: CurrencyAction, index: int, path: tuple
) -> None:
    n = country_index(world, action.country, (*path, "country"))
    if action.model_as == "recorded":
        move = "depreciates" if action.change > 0 else "appreciates"
        state.recorded.append(
            (
                index,
                f"{world.countries[n]}'s currency {move} {abs(100 * action.change):.1f}%: "
                "recorded, with no effect on the results: in this model a change in the "
                "exchange rate alone does not change trade for long (model_as: trade_balance "
                "or tariff_equivalent models a real effect)",
            )
        )
        return
    if action.model_as == "trade_balance":
        assert action.balance_change_usd is not None  # checked by the schema
        change = usd_to_units(world, action.balance_change_usd, (*path, "balance_change_usd"))
        weights = world.value_added.copy()
        weights[n] = 0.0
        deficit = -change * np.eye(world.n_countries)[n] + change * weights / weights.sum()
        state.deficit_change = (
            deficit if state.deficit_change is None else state.deficit_change + deficit
        )
        return
    others = [i for i in range(world.n_countries) if i != n]
    factor = 1.0 + action.change
    state.tariff[others, n, :] = (1.0 + state.tariff[others, n, :]) * factor - 1.0
    state.export_tax[n, others, :] = (1.0 + state.export_tax[n, others, :]) / factor - 1.0


def apply_action(
    state: PolicyState,
    world: Baseline,
    action,
    index: int,
    context=None,
    references: ReferenceWorlds | None = None,
) -> None:
    """Apply action number ``index`` of a scenario to ``state`` (in place).

    Parameters
    ----------
    state : PolicyState
        The policy so far; changed in place.
    world : Baseline
        The world the action acts on (coverage is measured in its flows).
    action : Action
        A validated action (:func:`~tradewar.policy.actions.parse_action`).
    index : int
        Number of the action in the scenario, for error paths and targets.
    context : GravityContext, optional
        The scenario's gravity estimation (for regressor changes).
    references : callable, optional
        Year -> the world in its policy state of that year (for purchase levels
        stated against a reference year); raises ``KeyError`` with a message for
        a year without a state.

    Raises
    ------
    PolicyError
        With the path of the field at fault, e.g. ``("actions", 3, "imposer")``.
    """
    path = ("actions", index)
    if isinstance(action, TariffAction):
        _tariff(state, world, action, path)
    elif isinstance(action, ExportControlAction):
        _export_control(state, world, action, index, path)
    elif isinstance(action, TradeCostAction):
        _trade_cost(state, world, action, path, context)
    elif isinstance(action, PurchaseCommitmentAction):
        _purchase(state, world, action, index, path, references)
    elif isinstance(action, CurrencyAction):
        _currency(state, world, action, index, path)
    else:  # pragma: no cover - the schema admits no other kind
        raise PolicyError(path, f"unknown action {action!r}")


def compile_policy(
    world: Baseline,
    actions: Sequence[Action | Mapping[str, Any]],
    *,
    state: PolicyState | None = None,
    context: Any = None,
    references: ReferenceWorlds | None = None,
) -> PolicyState:
    """The cumulative policy of ``actions`` (in their order) on ``world``.

    Parameters
    ----------
    world : Baseline
        The world the actions act on (coverage is measured in its flows).
    actions : sequence of Action or dict
        Actions, or dicts in the scenario format;
        e.g. ``[tw.tariff(imposer="USA", partners=["CHN"], add=0.1)]``.
    state : PolicyState, optional
        The state to start from (not changed); default no change from ``world``.
    context : GravityContext, optional
        A scenario's gravity estimation, for regressor changes.
    references : callable, optional
        Year -> the world in its policy state of that year, for purchase levels
        stated against a reference year (:data:`ReferenceWorlds`).

    Returns
    -------
    PolicyState
        The cumulative policy.

    Raises
    ------
    PolicyError
        With the path of the field at fault, e.g. ``("actions", 0, "imposer")``,
        and the nearest valid name.
    """
    out = PolicyState.of(world) if state is None else state.copy()
    for i, raw in enumerate(actions):
        action = parse_action(raw, path=("actions", i))
        apply_action(out, world, action, i, context, references)
    return out
