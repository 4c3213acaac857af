"""Solve a scenario for many parameter draws at once: the batched twin of ``run_scenario``.

A :class:`Plan` holds what every draw shares, computed once: the scenario, its
data world, the chain of actions that makes its start, its dated actions, and
a central solution (the scenario solved at its own θ) that warm-starts every
draw.  :func:`solve_draws` takes a chunk of draws — a θ vector each, and
optionally other actions (a sweep) — and, for all of them together:

1. builds each draw's data world (its θ; for the Armington and Ossa variants
   and balanced deficits, the world those assumptions give at that θ);
2. compiles the start's policy on it and solves the start world: one batched
   solve (:func:`tradewar.model.batch.solve_batch`) per round of the flow
   targets' wedges, the rule of :func:`tradewar.results.solving.solve_policy`;
3. compiles every dated action on the start world and solves the final state
   the same way.  Each step of a scenario is solved from the start with its
   targets re-measured in its own state, so the final state does not depend on
   the steps before it: they are skipped;
4. reads each draw's result through the engine's own
   :class:`~tradewar.results.counterfactual.Counterfactual` tables.

A draw that fails (a solve that does not converge, a target out of reach, a
deficit that cannot be financed) is kept with its parameters and the reason,
never dropped or averaged in.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from functools import partial
from typing import Any

import numpy as np

from tradewar.baseline import Baseline
from tradewar.errors import PolicyError, ScenarioError, TradewarError
from tradewar.model.batch import BatchEquilibrium
from tradewar.model.options import SolverOptions
from tradewar.policy.actions import Action
from tradewar.policy.compile import PolicyState, apply_action
from tradewar.results.counterfactual import Counterfactual
from tradewar.scenario.loader import ScenarioFile
from tradewar.scenario.schema import Scenario
from tradewar.scenario.start import (
    StartProgram,
    deficit_treatment,
    reference_worlds,
    start_program,
    start_unchanged,
)
from tradewar.scenario.timeline import ScenarioLike, as_scenario_file, check_scenario
from tradewar.scenario.world import build_setup

__all__ = ["DrawResults", "Plan", "make_plan", "solve_draws"]

#: The columns of ``Counterfactual.countries()`` reported for every draw.
COUNTRY_MEASURES = (
    "welfare_pct",
    "real_wage_pct",
    "real_gdp_pct",
    "wage_pct",
    "price_index_pct",
    "terms_of_trade_pct",
    "volume_of_trade_pct",
    "exports_pct",
    "imports_pct",
    "output_pct",
    "value_added_pct",
    "import_prices_pct",
    "import_prices_duty_paid_pct",
    "jobs_reallocated_pct",
    "tariff_revenue_new",
)
#: The columns of ``Counterfactual.sectors()`` reported on request.
SECTOR_MEASURES = ("price_pct", "output_pct", "value_added_pct", "exports_pct", "imports_pct")


@dataclass
class Plan:
    """What every draw of a scenario shares, computed once (:func:`make_plan`).

    Parameters
    ----------
    loaded : ScenarioFile
        The scenario.
    world : Baseline
        Its data world at the scenario's own θ (model settings applied).
    start : StartProgram
        The start's chain, walked once
        (:func:`~tradewar.scenario.start.start_program`); built on each draw's world.
    actions : list of tuple
        The scenario's dated actions in date order: ``(index, action)``.
    deficits : {"fixed", "multiplicative"}
        How the solves treat deficits.
    options : SolverOptions
        Solver settings.
    simple_world : bool
        Whether a draw's data world is the world with its θ (else it is rebuilt:
        the Armington and Ossa variants and balanced deficits depend on θ).
    uses_references : bool
        Whether the scenario states purchases against a reference year.
    central : dict
        The central solution's warm starts: ``start`` and ``final`` first
        iterates ``(ŵ, P̂, X')`` and their converged wedges.
    start_policy : PolicyState or None
        The start's policy compiled once, where it does not depend on θ (a
        simple world, no reference years, no trade-cost action given as a
        partial effect, the only action that reads θ); None: compiled per draw.
    central_countries : numpy.ndarray
        (N, K) the central solution's :data:`COUNTRY_MEASURES`.
    """

    loaded: ScenarioFile
    world: Baseline
    start: StartProgram
    actions: list[tuple[int, Action]]
    deficits: Any
    options: SolverOptions
    simple_world: bool
    uses_references: bool = False
    central: dict[str, Any] = field(default_factory=dict)
    start_policy: PolicyState | None = None
    central_countries: np.ndarray = field(default_factory=lambda: np.zeros((0, 0)))

    @property
    def sectors(self) -> tuple[str, ...]:
        """The world's sectors (the θ vector's order)."""
        return self.world.sectors

    @property
    def countries(self) -> tuple[str, ...]:
        """The world's countries."""
        return self.world.countries


def make_plan(scenario: ScenarioLike, options: SolverOptions | None = None) -> Plan:
    """Check a scenario and prepare its draws: world, start program, central solution.

    Parameters
    ----------
    scenario : str, Path, dict, Scenario or ScenarioFile
        The scenario (a built-in name, a file ...).
    options : SolverOptions, optional
        Solver settings of every draw.

    Returns
    -------
    Plan
        The shared part of every draw, with the central solution (the
        scenario at its own θ) for warm starts.

    Raises
    ------
    ScenarioError
        A scenario that does not check, or a gravity scenario (its elasticity
        is estimated with the trade costs, not drawn).
    ConvergenceError
        If the central solution cannot be solved.
    """
    loaded = as_scenario_file(scenario)
    sc = loaded.scenario
    if sc.model.kind == "gravity":
        raise loaded.error(
            [
                (
                    ("model", "kind"),
                    "a gravity scenario estimates its elasticity with its trade costs; "
                    "draws of θ apply to the caliendo-parro, armington and ossa models",
                )
            ]
        )
    check_scenario(loaded)
    world, _ = build_setup(loaded)
    start = start_program(loaded, (loaded.source,))
    actions = [(i, sc.actions[i]) for i in _date_order(sc)]
    plan = Plan(
        loaded=loaded,
        world=world,
        start=start,
        actions=actions,
        deficits=deficit_treatment(sc),
        options=options or SolverOptions(),
        simple_world=sc.model.kind == "caliendo-parro" and sc.model.deficits != "zero",
        uses_references=start.uses_references
        or any(getattr(a, "reference_year", None) is not None for _, a in actions),
    )
    if plan.simple_world and not plan.uses_references and not start.uses_theta:
        plan.start_policy = _start(plan, world)
    central = solve_draws(plan, world.theta[None, :], keep=True)
    if central.errors[0] is not None:
        raise loaded.error([(("actions",), f"the scenario cannot be solved: {central.errors[0]}")])
    plan.central = central.warm
    plan.central_countries = central.countries[0]
    return plan


def _date_order(sc: Scenario) -> list[int]:
    dated = [i for i, a in enumerate(sc.actions) if a.date is not None]
    return sorted(dated, key=lambda i: sc.actions[i].date or dt.date.min)


@dataclass
class DrawResults:
    """The results of a chunk of draws.

    Parameters
    ----------
    theta : numpy.ndarray
        (B, S) each draw's elasticities.
    countries : numpy.ndarray
        (B, N, K) :data:`COUNTRY_MEASURES` of each draw's final state; NaN for failed draws.
    errors : list of (str or None)
        Why each draw failed; None where it was solved.
    sectors : numpy.ndarray or None
        (B, N·S, K2) :data:`SECTOR_MEASURES` by (country, sector), if asked for.
    pairs : numpy.ndarray or None
        (B, N, N) change of each bilateral flow (all sectors), %, if asked for.
    warm : dict
        The first draw's warm starts (kept for the central solution).
    """

    theta: np.ndarray
    countries: np.ndarray
    errors: list[str | None]
    sectors: np.ndarray | None = None
    pairs: np.ndarray | None = None
    warm: dict[str, Any] = field(default_factory=dict)

    @property
    def size(self) -> int:
        """Number of draws."""
        return int(self.theta.shape[0])


def solve_draws(
    plan: Plan,
    theta: np.ndarray,
    *,
    actions: Sequence[Sequence[tuple[int, Action]]] | None = None,
    sectors: bool = False,
    pairs: bool = False,
    keep: bool = False,
) -> DrawResults:
    """Solve a chunk of draws of a scenario together.

    Parameters
    ----------
    plan : Plan
        The scenario's shared part (:func:`make_plan`).
    theta : numpy.ndarray
        (B, S) the draws' elasticities, in the order of ``plan.sectors``.
    actions : sequence of sequences, optional
        Each draw's dated actions ``(index, action)`` in date order instead of
        the plan's (the points of a sweep).
    sectors : bool, default False
        Also report :data:`SECTOR_MEASURES` by country and sector.
    pairs : bool, default False
        Also report the change of every bilateral flow.
    keep : bool, default False
        Keep the first draw's solutions as warm starts (the central run).

    Returns
    -------
    DrawResults
        Every draw's results, failed draws with their reasons.
    """
    theta = np.atleast_2d(np.asarray(theta, dtype=float))
    b = theta.shape[0]
    n, s = plan.world.n_countries, plan.world.n_sectors
    errors: list[str | None] = [None] * b
    out = DrawResults(
        theta=theta,
        countries=np.full((b, n, len(COUNTRY_MEASURES)), np.nan),
        errors=errors,
        sectors=np.full((b, n * s, len(SECTOR_MEASURES)), np.nan) if sectors else None,
        pairs=np.full((b, n, n), np.nan) if pairs else None,
    )
    # 1. the data worlds
    worlds: list[Baseline | None] = []
    for k in range(b):
        try:
            worlds.append(_data_world(plan, theta[k]))
        except TradewarError as exc:
            errors[k] = f"the world cannot be built at these elasticities: {exc}"
            worlds.append(None)
    # 2. the start
    starts: list[PolicyState | None] = []
    for k, world in enumerate(worlds):
        starts.append(None if world is None else _compile(errors, k, partial(_start, plan, world)))
    start_worlds = _start_worlds(plan, worlds, starts, errors, keep, out)
    # 3. the final state
    finals: list[PolicyState | None] = []
    for k, start in enumerate(start_worlds):
        todo = plan.actions if actions is None else actions[k]
        finals.append(
            None
            if start is None
            else _compile(errors, k, partial(_final, plan, start, todo, worlds[k]))
        )
    results = _solve_policies(plan, start_worlds, finals, errors, "final", keep, out)
    # 4. the tables
    for k, cf in enumerate(results):
        if cf is None:
            continue
        table = cf.countries()
        out.countries[k] = table.loc[:, list(COUNTRY_MEASURES)].to_numpy(dtype=float)
        if out.sectors is not None:
            out.sectors[k] = cf.sectors().loc[:, list(SECTOR_MEASURES)].to_numpy(dtype=float)
        if out.pairs is not None:
            before = cf.baseline.trade.sum(axis=2)
            after = cf.equilibrium.trade.sum(axis=2)
            with np.errstate(divide="ignore", invalid="ignore"):
                out.pairs[k] = np.where(before > 0, 100.0 * (after / before - 1.0), np.nan)
    return out


def _compile(
    errors: list[str | None], k: int, make: Callable[[], PolicyState]
) -> PolicyState | None:
    try:
        return make()
    except (PolicyError, ScenarioError, KeyError) as exc:
        errors[k] = f"the policy cannot be compiled at these elasticities: {exc}"
        return None


def _data_world(plan: Plan, theta: np.ndarray) -> Baseline:
    """A draw's data world: the scenario's world at elasticities ``theta``."""
    if plan.simple_world:
        if np.array_equal(theta, plan.world.theta):
            return plan.world
        return plan.world.replace(theta=theta)
    sc = plan.loaded.scenario
    elasticities = {name: float(t) for name, t in zip(plan.world.sectors, theta, strict=True)}
    model = sc.model.model_copy(update={"elasticities": elasticities})
    variant = dataclasses.replace(plan.loaded, scenario=sc.model_copy(update={"model": model}))
    world, _ = build_setup(variant)
    return world


def _references(plan: Plan, world: Baseline) -> Any:
    return reference_worlds(plan.loaded, world, plan.options) if plan.uses_references else None


def _start(plan: Plan, world: Baseline) -> PolicyState:
    """The start's policy on a draw's world (``StartProgram.build``), or the one compiled once."""
    if plan.start_policy is not None:
        return plan.start_policy.copy()
    return plan.start.build(world, None, _references(plan, world))


def _final(
    plan: Plan, start: Baseline, actions: Sequence[tuple[int, Action]], world: Baseline | None
) -> PolicyState:
    """Every dated action on a draw's start world, in date order."""
    references = _references(plan, world) if world is not None else None
    state = PolicyState.of(start)
    for i, action in actions:
        apply_action(state, start, action, i, None, references)
    return state


def _start_worlds(
    plan: Plan,
    worlds: list[Baseline | None],
    policies: list[PolicyState | None],
    errors: list[str | None],
    keep: bool,
    out: DrawResults,
) -> list[Baseline | None]:
    """The start worlds of the draws: each data world itself or its solved start policy.

    As :func:`~tradewar.scenario.start.start_world`: a policy that leaves the
    data world unchanged is not solved.
    """
    changed = [
        None if w is None or p is None or start_unchanged(w, p) else p
        for w, p in zip(worlds, policies, strict=True)
    ]
    solved = _solve_policies(plan, worlds, changed, errors, "start", keep, out)
    starts: list[Baseline | None] = []
    for k, cf in enumerate(solved):
        if policies[k] is None or (changed[k] is not None and cf is None):
            starts.append(None)
        elif cf is None:
            starts.append(worlds[k])
        else:
            try:
                starts.append(cf.to_baseline(name=f"{plan.world.name} (start)"))
            except (TradewarError, ValueError) as exc:
                errors[k] = f"the start world is not a world: {exc}"
                starts.append(None)
    return starts


def _solve_policies(
    plan: Plan,
    worlds: list[Baseline | None],
    policies: list[PolicyState | None],
    errors: list[str | None],
    stage: str,
    keep: bool,
    out: DrawResults,
) -> list[Counterfactual | None]:
    """Solve each draw's policy on its world together, meeting flow targets by wedges.

    The rule of :func:`tradewar.results.solving.solve_policy`, draw by draw: a
    reference solve without wedges (when a control's goal is measured in it),
    then ``ω_k ← ω_k (X_k / X_k*)^{1/θ_k}`` until every flow is within
    :data:`~tradewar.results.solving.TARGET_RTOL` of its goal, starting from the
    central run's wedges.
    """
    from tradewar.uncertainty.targets import TargetLoop

    rows = [k for k in range(len(worlds)) if worlds[k] is not None and policies[k] is not None]
    results: list[Counterfactual | None] = [None] * len(worlds)
    if not rows:
        return results
    loop = TargetLoop(
        [worlds[k] for k in rows],  # type: ignore[misc]
        [policies[k] for k in rows],  # type: ignore[misc]
        plan.deficits,
        plan.options,
        plan.central.get(stage),
    )
    solved, failures = loop.run()
    for j, k in enumerate(rows):
        if failures[j] is not None:
            errors[k] = f"{stage}: {failures[j]}"
            continue
        results[k] = loop.counterfactual(solved, j)
    if keep and results[0] is not None:
        eqm: BatchEquilibrium = solved
        out.warm[stage] = {
            "initial": (eqm.w_hat[0], eqm.price_hat[0], eqm.expenditure[0]),
            "wedges": loop.wedges[0].copy(),
        }
    return results
