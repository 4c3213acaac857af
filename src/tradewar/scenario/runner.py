"""Run a scenario: build its world, solve its starting state, then every dated step.

Each step is the cumulative policy of every action up to its date, solved
from the start world and reported relative to it.  Actions are checked
against the world before anything is solved.
"""

from __future__ import annotations

import datetime as dt
import time
from dataclasses import dataclass, field
from pathlib import Path

import numpy as np

from tradewar.baseline import Baseline
from tradewar.counterfactual import Counterfactual, equilibrate, solve
from tradewar.errors import DataError, EquilibriumError, ScenarioError, TradewarError
from tradewar.model.solver import SolverOptions
from tradewar.scenario.loader import ScenarioFile, load_scenario
from tradewar.scenario.policy import PolicyState, Problem, Target, apply_action
from tradewar.scenario.schema import BaselineSpec, Scenario, StartSpec
from tradewar.shock import Shock

__all__ = ["ScenarioResult", "Step", "build_world", "check_scenario", "run_scenario"]


@dataclass
class Step:
    """The state after all actions up to ``date``, solved relative to the start."""

    date: dt.date
    labels: list[str]
    result: Counterfactual


@dataclass
class ScenarioResult:
    """A solved scenario: its world, start and every step (the last is the final state)."""

    scenario: Scenario
    source: str
    data_world: Baseline
    start_world: Baseline
    steps: list[Step]
    seconds: float
    focus: tuple[str, str] | None = None
    notes: list[str] = field(default_factory=list)
    gravity: object | None = None  # the GravityContext of a trade_costs section

    @property
    def final(self) -> Counterfactual:
        """The solved final state (the start itself when there are no actions)."""
        return self.steps[-1].result


# ---------------------------------------------------------------------- world
def build_world(loaded: ScenarioFile) -> Baseline:
    """The scenario's data world, aggregated and with its model settings applied."""
    world, _ = build_setup(loaded)
    return world


def build_setup(loaded: ScenarioFile):
    """The scenario's data world (model settings applied) and its gravity estimation, if any."""
    from tradewar.data.aggregate import aggregate
    from tradewar.data.registry import load_data

    scenario = loaded.scenario
    spec = scenario.baseline
    if isinstance(spec, str):
        spec = BaselineSpec(name=spec)
    context = None
    try:
        if scenario.trade_costs is not None:
            from tradewar.scenario.gravity_link import build_gravity_world

            world, context = build_gravity_world(scenario.trade_costs, Path(loaded.source).parent)
        elif spec.name is not None:
            world = load_data(spec.name)
        else:
            path = Path(spec.path)
            if not path.is_absolute():
                path = Path(loaded.source).parent / path
            world = load_data(spec.format, path)
        if spec.regions is not None or spec.sectors is not None:
            world = aggregate(world, spec.regions, spec.sectors)
    except TradewarError as exc:
        where = "trade_costs" if scenario.trade_costs is not None else "baseline"
        raise loaded.error([((where,), str(exc))]) from None
    model = scenario.model
    if model.elasticities is not None:
        theta = world.theta.copy()
        if isinstance(model.elasticities, dict):
            for name, value in model.elasticities.items():
                if name not in world.sectors:
                    raise loaded.error(
                        [(("model", "elasticities", name), f"unknown sector {name!r}")]
                    )
                theta[world.sectors.index(name)] = value
        else:
            theta[:] = model.elasticities
        world = world.replace(theta=theta)
    if model.kind == "armington":
        world = _without_input_output(world)
    elif model.kind == "ossa" or model.kind == "ossa":
        world = _monopolistic_competition(world)
    if model.kind == "gravity" and (world.n_sectors != 1 or np.any(world.va_share != 1)):
        raise loaded.error(
            [
                (
                    ("model", "kind"),
                    "the gravity model needs a one-sector world "
                    "without input-output links (use a gravity data set or "
                    "trade_costs)",
                )
            ]
        )
    if model.deficits == "zero":
        world = equilibrate(world, np.zeros(world.n_countries), name=f"{world.name} (balanced)")
    return world, context


def _without_input_output(world: Baseline, profit_share=None, label="no input-output links"):
    """The same flows with all spending final: a multi-sector Armington/EK world."""
    spending = world.expenditure
    raw = world.replace(
        va_share=np.ones_like(world.va_share),
        io_shares=np.zeros_like(world.io_shares),
        final_shares=spending / spending.sum(axis=1, keepdims=True),
        check_accounting=False,
        profit_share=np.zeros_like(world.va_share) if profit_share is None else profit_share,
        name=f"{world.name} ({label})",
    )
    return equilibrate(raw)


def _monopolistic_competition(world: Baseline) -> Baseline:
    """Ossa (2014): no input-output links; firms (fixed in number) earn 1/σ of sales as profit.

    With σ = θ + 1 in each sector, labour earns (σ − 1)/σ of sales, profits are
    national income, and prices move with wages (a constant markup).
    """
    sigma = world.theta + 1.0
    profit = np.broadcast_to(1.0 / sigma, world.va_share.shape).copy()
    return _without_input_output(world, profit, "Ossa monopolistic competition")


# ---------------------------------------------------------------------- steps
def _deficits(scenario: Scenario) -> str:
    return "multiplicative" if scenario.model.deficits == "multiplicative" else "fixed"


def _solve_policy(
    world: Baseline,
    state: PolicyState,
    deficits: str,
    options: SolverOptions | None,
    origin,
    conditional: bool = False,
) -> Counterfactual:
    """Solve a policy state, meeting its flow targets by solving for wedges."""

    def run(wedges: dict[int, float]) -> Counterfactual:
        d_hat = state.trade_cost_hat.copy()
        tariff = state.tariff.copy()
        for k, target in enumerate(state.targets):
            if target.kind == "purchase" and target.amount > 0:
                # mandated extra purchases: an import subsidy paid by the buyer
                tariff[target.mask] = (1.0 + tariff[target.mask]) * wedges.get(k, 1.0) - 1.0
            else:
                d_hat[target.mask] *= wedges.get(k, 1.0)
        tax = state.export_tax if np.any(state.export_tax) else None
        shock = Shock(tariff=tariff, trade_cost_hat=d_hat, export_tax=tax)
        return solve(world, shock, deficits=deficits, options=options, conditional=conditional)

    if not state.targets:
        return run({})
    reference = run({})
    goals = {}
    for k, target in enumerate(state.targets):
        if target.kind == "block":
            goals[k] = (1.0 - target.share) * reference.equilibrium.trade[target.mask].sum()
        else:
            goals[k] = world.trade[target.mask].sum() + target.amount
    theta = {
        k: float(
            np.average(
                np.broadcast_to(world.theta, world.trade.shape)[t.mask],
                weights=world.trade[t.mask] + 1e-300,
            )
        )
        for k, t in enumerate(state.targets)
    }
    wedges = dict.fromkeys(goals, 1.0)
    result = reference
    for _ in range(80):
        gaps = {k: result.equilibrium.trade[state.targets[k].mask].sum() / goals[k] for k in goals}
        if all(abs(g - 1.0) < 1e-6 for g in gaps.values()):
            return result
        for k, gap in gaps.items():
            wedges[k] = float(np.clip(wedges[k] * gap ** (1.0 / theta[k]), 1e-4, 1e8))
        result = run(wedges)
    worst = max(gaps, key=lambda k: abs(gaps[k] - 1.0))
    target: Target = state.targets[worst]
    raise origin(
        target,
        f"the {target.kind} target of {target.label!r} cannot be met "
        f"(the flow stays {100 * (gaps[worst] - 1):+.2f}% off its target)",
    )


def _start_state(
    loaded: ScenarioFile, world: Baseline, chain: tuple[str, ...], context=None
) -> PolicyState:
    start = loaded.scenario.start
    spec = StartSpec(state=start) if isinstance(start, str) else start
    state = PolicyState.of(world)
    if spec.state is not None:
        if spec.state == "data":
            return state
        from tradewar.data.default_world import start_state_tariffs

        try:
            state.tariff = start_state_tariffs(world, spec.state)
        except (KeyError, DataError) as exc:
            raise loaded.error(
                [
                    (
                        ("start",),
                        f"start state {spec.state!r} is not defined for "
                        f"the data set {world.name!r} ({exc}); use 'data', a scenario "
                        "and date, or a list of actions",
                    )
                ]
            ) from None
        return state
    if spec.actions is not None:
        problems = []
        for i, action in enumerate(spec.actions):
            try:
                apply_action(state, world, action, i, context)
            except Problem as p:
                problems.append((("start", "actions", *p.path[1:]), p.message))
        if problems:
            raise loaded.error(problems)
        return state
    # another scenario's state on a date
    other = load_scenario(spec.scenario)
    if other.source in chain:
        raise loaded.error([(("start", "scenario"), "circular start scenarios")])
    other_world_state = _start_state(other, world, (*chain, other.source), context)
    for i, action in enumerate(other.scenario.actions):
        if action.date <= spec.date:
            try:
                apply_action(other_world_state, world, action, i, context)
            except Problem as p:
                raise other.error([(p.path, p.message)]) from None
    return other_world_state


def _check_same_date_conflicts(loaded: ScenarioFile, world: Baseline) -> None:
    """Two tariff actions that set (or set and add) the same cells on one date contradict."""
    from tradewar.scenario.schema import TariffAction

    seen: dict[tuple, tuple[int, np.ndarray, bool, object]] = {}
    problems = []
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
        except Problem:
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


def check_scenario(loaded: ScenarioFile):
    """Check a scenario against its world without solving anything.

    Returns the data world, the start's policy state and the gravity estimation (or None).

    Raises
    ------
    ScenarioError
        Every problem found, located by file, line and field.
    """
    sc = loaded.scenario
    world, context = build_setup(loaded)
    problems = []
    probe = PolicyState.of(world)
    for index in sorted(range(len(sc.actions)), key=lambda i: sc.actions[i].date):
        try:
            apply_action(probe, world, sc.actions[index], index, context)
        except Problem as p:
            problems.append((p.path, p.message))
    if problems:
        raise loaded.error(problems)
    _check_same_date_conflicts(loaded, world)
    return world, _start_state(loaded, world, (loaded.source,), context), context


def run_scenario(
    scenario: str | Path | ScenarioFile,
    *,
    options: SolverOptions | None = None,
) -> ScenarioResult:
    """Load (if needed), check and solve a scenario's timeline.

    Raises
    ------
    ScenarioError
        For any problem in the file, located by file, line and field — raised
        before any equilibrium of the timeline is solved.
    """
    started = time.perf_counter()
    loaded = scenario if isinstance(scenario, ScenarioFile) else load_scenario(scenario)
    sc = loaded.scenario
    world, start_policy, context = check_scenario(loaded)
    conditional = sc.model.kind == "gravity" and sc.model.ge == "conditional"

    deficits = _deficits(sc)

    def origin(target: Target, message: str) -> ScenarioError:
        return loaded.error([(("actions", target.index), message)])

    def start_origin(target: Target, message: str) -> ScenarioError:
        return loaded.error([(("start",), message)])

    try:
        if (
            np.array_equal(start_policy.tariff, world.tariff)
            and not start_policy.targets
            and np.all(start_policy.trade_cost_hat == 1)
            and not np.any(start_policy.export_tax)
        ):
            start_world = world
        else:
            if np.any(start_policy.export_tax):
                raise loaded.error(
                    [(("start",), "a start state cannot hold export taxes or currency moves")]
                )
            start_result = _solve_policy(world, start_policy, deficits, options, start_origin)
            start_world = start_result.to_baseline(name=f"{world.name} ({_start_name(sc)})")
    except EquilibriumError as exc:
        raise loaded.error([(("start",), f"the start state cannot be solved: {exc}")]) from None

    steps: list[Step] = []
    order = sorted(range(len(sc.actions)), key=lambda i: sc.actions[i].date)
    state = PolicyState.of(start_world)
    dates = sorted({sc.actions[i].date for i in order})
    for day in dates:
        labels = []
        for i in order:
            action = sc.actions[i]
            if action.date == day:
                try:
                    apply_action(state, start_world, action, i, context)
                except Problem as p:
                    raise loaded.error([(p.path, p.message)]) from None
                labels.append(action.label or f"{action.kind} ({i})")
        try:
            result = _solve_policy(start_world, state, deficits, options, origin, conditional)
        except EquilibriumError as exc:
            raise loaded.error([(("actions", order[0]), f"on {day}: {exc}")]) from None
        steps.append(Step(day, labels, result))
    if not steps:
        steps.append(
            Step(
                dt.date.today(),
                [],
                solve(start_world, deficits=deficits, options=options, conditional=conditional),
            )
        )
    focus = sc.focus
    if focus is None and {"USA", "CHN"} <= set(start_world.countries):
        focus = ("USA", "CHN")
    return ScenarioResult(
        scenario=sc,
        source=loaded.source,
        data_world=world,
        start_world=start_world,
        steps=steps,
        seconds=time.perf_counter() - started,
        focus=focus,
        gravity=context,
    )


def _start_name(sc: Scenario) -> str:
    start = sc.start
    if isinstance(start, str):
        return start
    if start.state:
        return start.state
    if start.scenario:
        return f"{start.scenario} on {start.date}"
    return "start actions"
