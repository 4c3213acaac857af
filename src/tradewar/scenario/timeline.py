"""Run a scenario: build its world, solve its starting state, then every dated step.

Each step is the cumulative policy of every action up to its date, solved from
the start world and reported relative to it: a long-run comparative static, not
a forecast of the path.  Each step's solve starts from the previous step's
equilibrium (warm start).  Actions are checked against the world before
anything is solved.
"""

from __future__ import annotations

import datetime as dt
import time
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from tradewar.baseline import Baseline
from tradewar.errors import EquilibriumError, PolicyError
from tradewar.model.options import SolverOptions
from tradewar.policy.compile import PolicyState, apply_action
from tradewar.policy.resolve import country_index
from tradewar.results.counterfactual import Counterfactual
from tradewar.results.solving import (
    WELFARE_BOUNDS,
    AbsurdResultError,
    TargetError,
    implausible_result,
    solve,
    solve_policy,
)
from tradewar.scenario.conflicts import check_same_date_conflicts
from tradewar.scenario.loader import ScenarioFile, load_scenario
from tradewar.scenario.schema import Scenario
from tradewar.scenario.start import (
    check_start,
    deficit_treatment,
    reference_worlds,
    start_name,
    start_state,
    start_world,
)
from tradewar.scenario.world import build_setup

if TYPE_CHECKING:
    import pandas as pd

__all__ = [
    "MAX_STEPS",
    "WELFARE_BOUNDS",
    "ScenarioResult",
    "Step",
    "as_scenario_file",
    "check_scenario",
    "implausible_result",
    "run_scenario",
]

ScenarioLike = str | Path | ScenarioFile | Scenario | Mapping[str, Any]


@dataclass
class Step:
    """The state after all actions up to ``date``, solved relative to the start.

    Parameters
    ----------
    date : datetime.date or None
        The step's date; None for a scenario without actions (its start).
    labels : list of str
        The labels of the actions taken on that date.
    result : Counterfactual
        The solved state, relative to the start world.
    """

    date: dt.date | None  # None: a scenario without actions (its start)
    labels: list[str]
    result: Counterfactual


@dataclass
class ScenarioResult:
    """A solved scenario: its world, start and every step (the last is the final state).

    Parameters
    ----------
    scenario : Scenario
        The scenario solved.
    source : str
        Its file (or ``<dict>``).
    data_world : Baseline
        The world of its data, model settings applied.
    start_world : Baseline
        The world of its start state.
    steps : list of Step
        One per date, in order.
    seconds : float
        Time taken to check and solve it.
    focus : tuple of str, optional
        The pair of countries the reports look at.
    notes : list of str, optional
        Notes for the reports (default none).
    gravity : GravityContext, optional
        The gravity estimation of a ``trade_costs`` section.
    """

    scenario: Scenario
    source: str
    data_world: Baseline
    start_world: Baseline
    steps: list[Step]
    seconds: float
    focus: tuple[str, str] | None = None
    notes: list[str] = field(default_factory=list)
    gravity: Any = None  # the GravityContext of a trade_costs section

    @property
    def final(self) -> Counterfactual:
        """The solved final state (the start itself when there are no actions)."""
        return self.steps[-1].result

    def countries(self) -> pd.DataFrame:
        """The final state by country, % change from the start (:meth:`Counterfactual.countries`).

        :func:`tradewar.reports.tables.country_table` gives the headline in dollars.
        """
        return self.final.countries()

    def __repr__(self) -> str:
        sc = self.scenario
        lines = [
            f"<ScenarioResult {sc.name!r}: {len(self.steps)} step(s) on "
            f"{self.start_world.name!r}, model {sc.model.kind}, deficits {sc.model.deficits}; "
            f"solved in {self.seconds:.2f} s>"
        ]
        for step in self.steps:
            lines.append(f"  {step.date or 'start'}  {'; '.join(step.labels)}")
        return "\n".join(lines)

    def _repr_html_(self) -> str:
        import html

        head = "<br>".join(html.escape(line) for line in repr(self).splitlines())
        return f"<p>{head}</p>" + self.final._repr_html_()


def as_scenario_file(scenario: ScenarioLike) -> ScenarioFile:
    """A scenario, given in any of the forms the entry points take, as a loaded file.

    Parameters
    ----------
    scenario : str, Path, dict, Scenario or ScenarioFile
        A built-in name, a YAML file, a dict in the scenario format, a
        :class:`~tradewar.scenario.schema.Scenario`, or a loaded file (returned as is).

    Returns
    -------
    ScenarioFile
        The validated scenario and where each of its parts was written.

    Raises
    ------
    ScenarioError
        A scenario that does not load or validate, located by file, line and field.
    """
    if isinstance(scenario, ScenarioFile):
        return scenario
    if isinstance(scenario, Scenario | Mapping):
        from tradewar.scenario.loader import scenario_from_data

        return scenario_from_data(scenario)
    return load_scenario(scenario)


def check_scenario(
    scenario: ScenarioLike,
) -> tuple[Baseline, PolicyState, Any]:
    """Check a scenario against its world without solving its timeline.

    Parameters
    ----------
    scenario : str, Path, dict, Scenario or ScenarioFile
        A built-in name, a YAML file, a dict in the scenario format, a
        :class:`~tradewar.scenario.schema.Scenario` or a loaded file.

    Returns
    -------
    world : Baseline
        The data world.
    state : PolicyState
        The start's policy state.
    context : GravityContext or None
        The gravity estimation, if any.

    Raises
    ------
    ScenarioError
        Every problem found, located by file, line and field.
    """
    loaded = as_scenario_file(scenario)
    sc = loaded.scenario
    problems: list[tuple[tuple, str]] = [
        (("actions", i, "date"), "a dated action needs a 'date'")
        for i, action in enumerate(sc.actions)
        if action.date is None
    ]
    if problems:
        raise loaded.error(problems)
    world, context = build_setup(loaded)
    problems += _check_names(loaded, world) + _check_dates(loaded)
    if problems:
        raise loaded.error(problems)
    sc = loaded.scenario
    references = reference_worlds(loaded, world)
    probe = PolicyState.of(world)
    for index in _in_date_order(sc):
        try:
            apply_action(probe, world, sc.actions[index], index, context, references)
        except PolicyError as p:
            problems.append((p.path, p.message))
    if problems:
        raise loaded.error(problems)
    check_same_date_conflicts(loaded, world)
    start = start_state(loaded, world, (loaded.source,), context, references)
    check_start(loaded, start)
    return world, start, context


def _check_names(loaded: ScenarioFile, world: Baseline) -> list[tuple[tuple, str]]:
    """Check ``focus`` and ``model.reference`` against the world; write them as its codes.

    A country given by name (``China``) is replaced in ``loaded.scenario`` by its
    code, so that the reports find it.
    """
    sc = loaded.scenario
    problems: list[tuple[tuple, str]] = []
    if sc.focus is not None:
        codes = []
        for k, name in enumerate(sc.focus):
            try:
                codes.append(world.countries[country_index(world, name, ("focus", k))])
            except PolicyError as p:
                problems.append((p.path, p.message))
        if len(codes) == 2 and codes[0] == codes[1]:
            problems.append((("focus",), f"names {codes[0]} twice: give two countries"))
        elif len(codes) == 2:
            sc = sc.model_copy(update={"focus": (codes[0], codes[1])})
    reference = sc.model.reference
    if reference is not None:
        if sc.model.kind != "gravity":
            problems.append(
                (
                    ("model", "reference"),
                    "'reference' (the importer whose price index is fixed) is for "
                    "kind: gravity; this model's numeraire is world labour income",
                )
            )
        else:
            try:
                code = world.countries[country_index(world, reference, ("model", "reference"))]
                model = sc.model.model_copy(update={"reference": code})
                sc = sc.model_copy(update={"model": model})
            except PolicyError as p:
                problems.append((p.path, p.message))
    loaded.scenario = sc
    return problems


#: The most dates (steps, each one solve) a scenario's timeline may have.
MAX_STEPS = 1000


def _check_dates(loaded: ScenarioFile) -> list[tuple[tuple, str]]:
    """Actions dated before the start's date, and timelines of more than :data:`MAX_STEPS`."""
    sc = loaded.scenario
    days = {action.date for action in sc.actions if action.date is not None}
    if len(days) > MAX_STEPS:
        return [
            (
                ("actions",),
                f"{len(days):,} dates, each a step to solve: at most {MAX_STEPS:,} (date "
                "actions that take effect together on one day)",
            )
        ]
    start = sc.start
    begins = None if isinstance(start, str) else start.date
    named = start if isinstance(start, str) else start.state
    described = str(begins)
    if begins is None and named is not None:
        from tradewar.data.build.start_states import START_STATES

        year = START_STATES.get(named)
        if year is None:
            return []
        # a named state holds the policy of its whole year
        begins, described = dt.date(year + 1, 1, 1), f"{named}: the policy of {year}"
    if begins is None:
        return []
    return [
        (
            ("actions", i, "date"),
            f"{action.date} is before the start ({described}), whose state already holds "
            "that day's policy: date the action after the start, or start earlier",
        )
        for i, action in enumerate(sc.actions)
        if action.date is not None and action.date < begins
    ]


def _in_date_order(sc: Scenario) -> list[int]:
    return sorted(range(len(sc.actions)), key=lambda i: sc.actions[i].date or dt.date.min)


def run_scenario(
    scenario: ScenarioLike,
    *,
    options: SolverOptions | None = None,
) -> ScenarioResult:
    """Load (if needed), check and solve a scenario's timeline.

    Parameters
    ----------
    scenario : str, Path, dict, Scenario or ScenarioFile
        A built-in name, a YAML file, a dict in the scenario format, or a
        :class:`~tradewar.scenario.schema.Scenario`.
    options : SolverOptions, optional
        Solver settings.

    Returns
    -------
    ScenarioResult
        The world, the start and every step.

    Raises
    ------
    ScenarioError
        For any problem in the scenario, located by file, line and field — raised
        before any equilibrium of the timeline is solved; a step that cannot be
        solved names the actions of its date (a target that cannot be met, its
        action); a start that cannot be solved names the start (the baseline for
        a scenario without actions that starts from its data).
    """
    started = time.perf_counter()
    loaded = as_scenario_file(scenario)
    world, start_policy, context = check_scenario(loaded)
    sc = loaded.scenario  # focus and reference written as the world's codes
    conditional = sc.model.kind == "gravity" and sc.model.ge == "conditional"
    deficits = deficit_treatment(sc)
    start = start_world(loaded, world, start_policy, deficits, options)
    references = reference_worlds(loaded, world, options)

    steps: list[Step] = []
    order = _in_date_order(sc)
    state = PolicyState.of(start)
    previous: Counterfactual | None = None
    for day in sorted({d for i in order if (d := sc.actions[i].date) is not None}):
        labels, indexes = [], []
        for i in order:
            action = sc.actions[i]
            if action.date == day:
                try:
                    apply_action(state, start, action, i, context, references)
                except PolicyError as p:
                    raise loaded.error([(p.path, p.message)]) from None
                labels.append(action.label or f"{action.kind} ({i})")
                indexes.append(i)
        try:
            result = solve_policy(
                start,
                state,
                deficits=deficits,
                options=options,
                conditional=conditional,
                initial=previous,
            )
        except TargetError as exc:
            raise loaded.error([(exc.path, f"on {day}: {exc.message}")]) from None
        except EquilibriumError as exc:
            raise loaded.error(
                [
                    (("actions", i), f"on {day}, the step of this action cannot be solved: {exc}")
                    for i in indexes
                ]
            ) from None
        absurd = implausible_result(result)
        if absurd is not None:
            raise loaded.error(
                [(("actions", i), f"on {day}: {absurd}; refused") for i in indexes]
            ) from None
        steps.append(Step(day, labels, result))
        previous = result
    notes = [
        f"{sc.actions[i].date}: {sc.actions[i].label or sc.actions[i].kind}: {text}"
        for i, text in state.recorded
    ]
    if not steps:
        where = ("baseline",) if start_name(sc) == "data" else ("start",)
        try:
            result = solve(start, deficits=deficits, options=options, conditional=conditional)
        except AbsurdResultError as exc:  # solve checks implausible_result
            raise loaded.error([(where, f"{exc}; refused")]) from None
        except EquilibriumError as exc:
            raise loaded.error(
                [(where, f"a scenario without actions is its start, which cannot be solved: {exc}")]
            ) from None
        steps.append(Step(_start_date(sc), [], result))
    focus = sc.focus
    if focus is None and {"USA", "CHN"} <= set(start.countries):
        focus = ("USA", "CHN")
    return ScenarioResult(
        scenario=sc,
        source=loaded.source,
        data_world=world,
        start_world=start,
        steps=steps,
        seconds=time.perf_counter() - started,
        focus=focus,
        notes=notes,
        gravity=context,
    )


def _start_date(sc: Scenario) -> dt.date | None:
    """The date of a scenario without actions: its start scenario's date, else None.

    Never the clock: the same file gives the same output on any day.
    """
    start = sc.start
    if not isinstance(start, str) and start.date is not None:
        return start.date
    return None
