"""Where a scenario's story starts: the data, a named state, another scenario's date, actions."""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import numpy as np

from tradewar.baseline import Baseline
from tradewar.errors import DataError, EquilibriumError, PolicyError, ScenarioError
from tradewar.model.options import SolverOptions
from tradewar.policy.actions import Action, PurchaseCommitmentAction
from tradewar.policy.compile import PolicyState, ReferenceWorlds, apply_action
from tradewar.results.counterfactual import DeficitTreatment
from tradewar.results.solving import TargetError, solve_policy
from tradewar.scenario.loader import MAX_CHAIN, ScenarioFile, file_key, load_scenario
from tradewar.scenario.schema import Scenario, StartSpec

__all__ = [
    "StartProgram",
    "check_start",
    "deficit_treatment",
    "named_state",
    "reference_worlds",
    "start_program",
    "start_state",
    "start_unchanged",
    "start_world",
]

#: Solved reference worlds: (id of the data world, year, deficits) -> (data world, world).
_REFERENCES: dict[tuple[int, int, str], tuple[Baseline, Baseline]] = {}


def deficit_treatment(sc: Scenario) -> DeficitTreatment:
    """How a scenario's solves treat deficits.

    Parameters
    ----------
    sc : Scenario
        The scenario.

    Returns
    -------
    {"multiplicative", "fixed"}
        ``multiplicative`` if the scenario asks for it, else ``fixed``.
    """
    return "multiplicative" if sc.model.deficits == "multiplicative" else "fixed"


def named_state(world: Baseline, name: str) -> PolicyState:
    """The policy of a named state of ``world``: its tariffs and the purchases it holds.

    Parameters
    ----------
    world : Baseline
        The default world (or one at ICIO sector resolution).
    name : str
        The state (:data:`~tradewar.data.build.start_states.START_STATES`).

    Returns
    -------
    PolicyState
        The state's tariffs, with a purchase target for each of its
        :data:`~tradewar.data.build.start_states.START_STATE_PURCHASES` (a level
        of its year, scaled to the world's dollars by the seller's goods exports).

    Raises
    ------
    KeyError
        If the state is not defined for this world.
    """
    from tradewar.data.build.start_states import (
        START_STATE_PURCHASES,
        START_STATES,
        start_state_tariffs,
    )

    state = PolicyState.of(world)
    state.tariff = start_state_tariffs(world, name)
    for i, purchase in enumerate(START_STATE_PURCHASES.get(name, ())):
        if world.usd_per_unit is None or not {purchase.buyer, purchase.seller} <= set(
            world.countries
        ):
            raise KeyError(f"{name} holds purchases of {purchase.buyer} from {purchase.seller}")
        sectors = [s for s in purchase.sectors if s in world.sectors] or [
            s for s in purchase.icio_sectors if s in world.sectors
        ]
        seller = world.country_index(purchase.seller)
        goods = list(world.goods_indices)
        exports = world.trade[seller][:, goods].sum() - world.trade[seller, seller, goods].sum()
        scale = exports * world.usd_per_unit / purchase.seller_goods_exports_usd
        action = PurchaseCommitmentAction(
            kind="purchase_commitment",
            label=f"{name}: {purchase.buyer}'s purchases of {', '.join(purchase.sectors)} "
            f"from {purchase.seller} at their level of {START_STATES[name]}",
            buyer=purchase.buyer,
            seller=purchase.seller,
            sectors=sectors,
            level_usd=purchase.level_usd * scale,
            date=None,
        )
        apply_action(state, world, action, i)
    return state


def reference_worlds(
    loaded: ScenarioFile, world: Baseline, options: SolverOptions | None = None
) -> ReferenceWorlds:
    """Year -> the data world in its named policy state of that year, solved once.

    A purchase level stated against a reference year (e.g. Phase One's 2017) is
    measured in this world: for the default world, 2017 is its pre-war start.

    Parameters
    ----------
    loaded : ScenarioFile
        The scenario (for its deficit treatment).
    world : Baseline
        The scenario's data world.
    options : SolverOptions, optional
        Solver settings.

    Returns
    -------
    callable
        ``year -> Baseline``; raises ``KeyError`` with a message for a year
        without a state, or one whose state cannot be solved.
    """
    deficits = deficit_treatment(loaded.scenario)

    def at(year: int) -> Baseline:
        from tradewar.data.build.start_states import START_STATES

        key = (id(world), year, deficits)
        cached = _REFERENCES.get(key)
        if cached is not None and cached[0] is world:
            return cached[1]
        names = {y: name for name, y in START_STATES.items()}
        known = ", ".join(f"{y} ({name})" for y, name in sorted(names.items()))
        if year not in names:
            raise KeyError(f"no policy state of {year} is defined (years: {known})")
        try:
            state = named_state(world, names[year])
            solved = solve_policy(world, state, deficits=deficits, options=options)
        except (KeyError, DataError, PolicyError, TargetError) as exc:
            raise KeyError(
                f"the state of {year} ({names[year]}) is not defined for the data set "
                f"{world.name!r} ({exc})"
            ) from None
        except EquilibriumError as exc:
            raise KeyError(f"the state of {year} ({names[year]}) cannot be solved: {exc}") from None
        reference = solved.to_baseline(name=f"{world.name} ({names[year]})")
        _REFERENCES[key] = (world, reference)
        return reference

    return at


@dataclass(frozen=True)
class StartProgram:
    """A scenario's start, walked once: a base and the dated actions applied to it.

    The base is the start of the first scenario of the chain: a named state
    (``"data"`` for the data world as it is) or a list of actions; each
    scenario of the chain then adds its actions dated up to the date the next
    one starts from it.  :func:`start_program` walks the files (loading each
    once and checking the chain); :meth:`build` compiles the start's policy on
    a world, as often as needed (the draws of :mod:`tradewar.uncertainty`
    build it on each draw's world).

    Parameters
    ----------
    root : ScenarioFile
        The scenario whose start is the base.
    base : StartSpec
        Its start: ``state`` or ``actions``.
    steps : tuple of tuple
        ``(file, index, action)`` of every dated action applied to the base, in
        order; errors are located in ``file``.
    """

    root: ScenarioFile
    base: StartSpec
    steps: tuple[tuple[ScenarioFile, int, Action], ...] = ()

    @property
    def uses_references(self) -> bool:
        """Whether an action of the start states purchases against a reference year."""
        actions = [a for _, _, a in self.steps] + list(self.base.actions or [])
        return any(getattr(a, "reference_year", None) is not None for a in actions)

    @property
    def uses_theta(self) -> bool:
        """Whether an action of the start depends on the world's θ (a partial effect)."""
        actions = [a for _, _, a in self.steps] + list(self.base.actions or [])
        return any(getattr(a, "partial_effect", None) is not None for a in actions)

    def build(
        self,
        world: Baseline,
        context: Any = None,
        references: ReferenceWorlds | None = None,
    ) -> PolicyState:
        """The start's policy on ``world``.

        Parameters
        ----------
        world : Baseline
            The scenario's data world.
        context : GravityContext, optional
            The scenario's gravity estimation, for trade-cost actions.
        references : callable, optional
            The world's policy states by year (:func:`reference_worlds`).

        Returns
        -------
        PolicyState
            The start's policy, relative to ``world``.

        Raises
        ------
        ScenarioError
            An undefined named state or an action that does not apply, located
            in the file at fault.
        """
        root, spec = self.root, self.base
        state = PolicyState.of(world)
        if spec.state is not None and spec.state != "data":
            try:
                state = named_state(world, spec.state)
            except (KeyError, DataError, PolicyError) as exc:
                raise root.error(
                    [
                        (
                            ("start",),
                            f"start state {spec.state!r} is not defined for "
                            f"the data set {world.name!r} ({exc}); use 'data', a scenario "
                            "and date, or a list of actions",
                        )
                    ]
                ) from None
        problems = []
        for i, action in enumerate(spec.actions or ()):
            try:
                apply_action(state, world, action, i, context, references)
            except PolicyError as p:
                problems.append((("start", "actions", *p.path[1:]), p.message))
        if problems:
            raise root.error(problems)
        for file, i, action in self.steps:
            try:
                apply_action(state, world, action, i, context, references)
            except PolicyError as p:
                raise file.error([(p.path, p.message)]) from None
        return state


def start_program(loaded: ScenarioFile, chain: tuple[str, ...]) -> StartProgram:
    """Walk a scenario's chain of starts: the files loaded and checked, nothing compiled.

    Parameters
    ----------
    loaded : ScenarioFile
        The scenario.
    chain : tuple of str
        The files of the start scenarios followed so far, the scenario's own
        first (to detect circles).

    Returns
    -------
    StartProgram
        The base and the dated actions of the chain.

    Raises
    ------
    ScenarioError
        A start scenario that cannot be loaded, a circular or too long chain,
        or a date before a start scenario's own start; located in the file at
        fault.
    """
    start = loaded.scenario.start
    spec = StartSpec(state=start) if isinstance(start, str) else start
    if spec.scenario is None:
        return StartProgram(loaded, spec)
    try:
        other = load_scenario(str(spec.scenario), relative_to=loaded.folder)
    except ScenarioError as exc:
        if exc.file is not None:
            raise
        raise loaded.error([(("start", "scenario"), m) for _, _, m in exc.problems]) from None
    if file_key(other.source) in {file_key(source) for source in chain}:
        circle = " -> ".join(Path(source).name for source in (*chain, other.source))
        raise loaded.error([(("start", "scenario"), f"circular start scenarios ({circle})")])
    if len(chain) >= MAX_CHAIN:
        raise loaded.error(
            [(("start", "scenario"), f"more than {MAX_CHAIN} start scenarios in a chain")]
        )
    other_start = other.scenario.start
    begins = None if isinstance(other_start, str) else other_start.date
    if begins is not None and spec.date is not None and spec.date < begins:
        raise loaded.error(
            [
                (
                    ("start", "date"),
                    f"{spec.date} is before {spec.scenario}'s own start ({begins}): it has no "
                    "state on that date",
                )
            ]
        )
    program = start_program(other, (*chain, other.source))
    dated = tuple(
        (other, i, action)
        for i, action in enumerate(other.scenario.actions)
        if action.date is not None and spec.date is not None and action.date <= spec.date
    )
    return dataclasses.replace(program, steps=program.steps + dated)


def start_state(
    loaded: ScenarioFile,
    world: Baseline,
    chain: tuple[str, ...],
    context: Any = None,
    references: ReferenceWorlds | None = None,
) -> PolicyState:
    """The policy state the scenario starts from, relative to its data world.

    :func:`start_program` built on ``world`` (:meth:`StartProgram.build`).

    Parameters
    ----------
    loaded : ScenarioFile
        The scenario, with where its parts were written.
    world : Baseline
        The scenario's data world.
    chain : tuple of str
        The files of the start scenarios followed so far (to detect circles).
    context : GravityContext, optional
        The scenario's gravity estimation, for trade-cost actions.
    references : callable, optional
        The world's policy states by year (:func:`reference_worlds`), for
        purchase levels stated against a reference year.

    Returns
    -------
    PolicyState
        The start's policy, relative to ``world``.

    Raises
    ------
    ScenarioError
        An undefined named state, an action that does not apply, or a circular
        chain of start scenarios; located in the file at fault.
    """
    return start_program(loaded, chain).build(world, context, references)


def check_start(loaded: ScenarioFile, policy: PolicyState) -> None:
    """Refuse a start policy that no world can hold: export taxes, rents to exporters.

    Parameters
    ----------
    loaded : ScenarioFile
        The scenario, with where its parts were written.
    policy : PolicyState
        The start's policy (:func:`start_state`).

    Raises
    ------
    ScenarioError
        Located at ``start``.
    """
    if np.any(policy.export_tax):
        raise loaded.error(
            [(("start",), "a start state cannot hold export taxes or currency moves")]
        )
    if any(target.kind == "block" and target.rents == "exporter" for target in policy.targets):
        raise loaded.error(
            [
                (
                    ("start",),
                    "a start state cannot hold export controls whose rents go to the "
                    "exporter (a world holds no export taxes): give them rents: importer "
                    "or rents: none",
                )
            ]
        )


def start_world(
    loaded: ScenarioFile,
    world: Baseline,
    policy: PolicyState,
    deficits: DeficitTreatment,
    options: SolverOptions | None,
) -> Baseline:
    """The world of the start state: ``world`` itself, or its equilibrium under ``policy``.

    Parameters
    ----------
    loaded : ScenarioFile
        The scenario, with where its parts were written.
    world : Baseline
        The scenario's data world.
    policy : PolicyState
        The start's policy (:func:`start_state`).
    deficits : {"fixed", "zero", "multiplicative"}
        How deficits are treated.
    options : SolverOptions or None
        Solver settings.

    Returns
    -------
    Baseline
        The start world.

    Raises
    ------
    ScenarioError
        A start with export taxes, or one that cannot be solved; located in the file.
    """
    sc = loaded.scenario
    if start_unchanged(world, policy):
        return world
    check_start(loaded, policy)
    try:
        result = solve_policy(world, policy, deficits=deficits, options=options)
    except TargetError as exc:
        raise loaded.error([(("start",), exc.message)]) from None
    except EquilibriumError as exc:
        raise loaded.error([(("start",), f"the start state cannot be solved: {exc}")]) from None
    return result.to_baseline(name=f"{world.name} ({start_name(sc)})")


def start_unchanged(world: Baseline, policy: PolicyState) -> bool:
    """Whether a start's policy leaves its data world as it is (no solve needed).

    Parameters
    ----------
    world : Baseline
        The data world.
    policy : PolicyState
        The start's policy.

    Returns
    -------
    bool
        True when the tariffs are the world's and there are no targets,
        trade-cost changes, export taxes or deficit changes.
    """
    return bool(
        np.array_equal(policy.tariff, world.tariff)
        and not policy.targets
        and np.all(policy.trade_cost_hat == 1)
        and not np.any(policy.export_tax)
        and (policy.deficit_change is None or not np.any(policy.deficit_change))
    )


def start_name(sc: Scenario) -> str:
    """A short name of the start (for the start world's name)."""
    start = sc.start
    if isinstance(start, str):
        return start
    if start.state:
        return start.state
    if start.scenario:
        return f"{start.scenario} on {start.date}"
    return "start actions"
