"""Solve a policy change on a world: the entry point :func:`solve`.

Deficits are treated in one of three ways (Caliendo & Parro 2015, section 5):

``"fixed"``
    every country's deficit stays at its baseline value in units of the
    numéraire (world labour income: value added without profits);
``"zero"``
    the paper's procedure: first solve the equilibrium of the baseline with
    all deficits set to zero and no policy change, then use that world as the
    baseline of the policy change.  Results are relative to that balanced world;
``"multiplicative"``
    each deficit stays a constant share of the country's value added (as in
    ``ge_gravity``), with a common correction so that deficits sum to zero.

A policy is a :class:`~tradewar.policy.shock.Shock` (arrays), or actions in
the policy language (:mod:`tradewar.policy.actions`: objects or dicts).  Actions
that fix a flow rather than a rate (an export control blocking a share of a
flow, a purchase commitment) are met by solving for a wedge on their cells:
the outer loop of :func:`solve_policy`.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

import numpy as np

from tradewar.baseline import Baseline
from tradewar.errors import PolicyError
from tradewar.model.equilibrium import DeficitRule, Equilibrium, multiplicative_deficits
from tradewar.model.options import SolverOptions
from tradewar.model.reconcile import equilibrate
from tradewar.model.solver import solve_equilibrium
from tradewar.policy.actions import Action
from tradewar.policy.compile import PolicyState, Target, compile_policy
from tradewar.policy.shock import Shock
from tradewar.results.counterfactual import Counterfactual, DeficitTreatment

__all__ = ["TargetError", "solve", "solve_policy"]

PolicyLike = Shock | PolicyState | Action | Mapping[str, Any] | Sequence[Action | Mapping[str, Any]]

#: Most outer iterations on the wedges of flow targets.
TARGET_MAX_ITER = 80
#: Relative tolerance on a flow target.
TARGET_RTOL = 1e-6


class TargetError(PolicyError):
    """A flow target (export control share, purchase commitment) cannot be met.

    Parameters
    ----------
    target : Target
        The target, with the index of its action; kept as the attribute ``target``.
    message : str
        What is wrong.
    """

    def __init__(self, target: Target, message: str) -> None:
        super().__init__(("actions", target.index), message)
        self.target = target


def solve(
    baseline: Baseline,
    policy: PolicyLike | None = None,
    *,
    deficits: DeficitTreatment = "fixed",
    options: SolverOptions | None = None,
    conditional: bool = False,
    initial: Equilibrium | Counterfactual | None = None,
) -> Counterfactual:
    """Solve the general-equilibrium effects of a policy change.

    Parameters
    ----------
    baseline : Baseline
        The world before the change.
    policy : Shock, action, dict, or a list of actions or dicts, optional
        New tariffs and trade costs as arrays (:class:`Shock`), or actions in
        the policy language, e.g. ``[tw.tariff(imposer="USA", partners=["CHN"],
        add=0.25)]``; None solves the baseline itself.
    deficits : {"fixed", "zero", "multiplicative"}, default "fixed"
        See the module docstring.
    options : SolverOptions, optional
        Solver settings.
    conditional : bool, default False
        Solve the conditional equilibrium instead (spending and labour incomes
        held at the baseline's; prices and trade adjust), as in the conditional
        general equilibrium of structural gravity.
    initial : Equilibrium or Counterfactual, optional
        A nearby solution to start from (e.g. the previous step of a timeline):
        same world, same deficit treatment.

    Returns
    -------
    Counterfactual
        Labelled tables of every change, the raw arrays and the solver report.

    Raises
    ------
    ValueError
        An unknown ``deficits`` treatment, or an ``initial`` solution of another shape.
    PolicyError
        An action that does not apply to this world (names the field).
    TargetError
        A flow target of the actions that cannot be met (names its action).
    ShockError
        Arrays of the wrong shape or out of range.
    ConvergenceError
        The solver stopped before its tolerance.
    EquilibriumError
        A country's final spending turns negative (a deficit that cannot be
        financed at the new prices); :class:`ConvergenceError` is its subclass.
    DataError
        A country of the baseline has no labour income.
    """
    if deficits not in ("fixed", "zero", "multiplicative"):
        raise ValueError(f"deficits must be 'fixed', 'zero' or 'multiplicative', got {deficits!r}")
    if policy is None or isinstance(policy, Shock):
        balanced = _balance(baseline, deficits, options)
        return _solve_shock(balanced, policy or Shock(), deficits, options, conditional, initial)
    if isinstance(policy, PolicyState):
        state = policy
    elif isinstance(policy, Mapping) or not isinstance(policy, Sequence):
        state = compile_policy(baseline, [policy])
    else:
        state = compile_policy(baseline, policy)
    return solve_policy(
        baseline,
        state,
        deficits=deficits,
        options=options,
        conditional=conditional,
        initial=initial,
    )


def _balance(
    baseline: Baseline, deficits: DeficitTreatment, options: SolverOptions | None
) -> Baseline:
    """The world a policy change is solved on: ``baseline``, or its balanced equilibrium.

    With ``deficits="zero"`` the baseline's equilibrium with every deficit set to
    zero and no policy change (the paper's procedure); else the baseline itself.
    """
    if deficits != "zero":
        return baseline
    return equilibrate(
        baseline,
        np.zeros(baseline.n_countries),
        options,
        name=f"{baseline.name} (zero deficits)",
    )


def _solve_shock(
    baseline: Baseline,
    shock: Shock,
    deficits: DeficitTreatment,
    options: SolverOptions | None,
    conditional: bool,
    initial: Equilibrium | Counterfactual | None,
) -> Counterfactual:
    """Solve a shock on ``baseline``, already balanced when ``deficits="zero"``."""
    tariff_new, d_hat = shock.resolve(baseline)
    rule: DeficitRule = (
        multiplicative_deficits(baseline) if deficits == "multiplicative" else baseline.deficit
    )
    if shock.deficit_change is not None and np.any(shock.deficit_change):
        rule = _with_change(rule, np.asarray(shock.deficit_change, float))
    export_tax = None
    if shock.export_tax is not None and np.any(shock.export_tax):
        export_tax = np.asarray(shock.export_tax, float)
    start = initial.equilibrium if isinstance(initial, Counterfactual) else initial
    eqm = solve_equilibrium(
        baseline,
        tariff_new,
        d_hat,
        rule,
        options,
        export_tax=export_tax,
        conditional=baseline.labour_income if conditional else None,
        initial=start,
    )
    return Counterfactual(
        baseline=baseline,
        tariff_new=tariff_new,
        trade_cost_hat=d_hat,
        equilibrium=eqm,
        deficits=deficits,
        export_tax=export_tax,
    )


def _with_change(rule: DeficitRule, change: np.ndarray) -> DeficitRule:
    """The deficit rule plus a fixed change (e.g. a currency move stated as real)."""
    if callable(rule):
        base = rule

        def shifted(value_added_new: np.ndarray) -> np.ndarray:
            return base(value_added_new) + change

        return shifted
    return rule + change


def solve_policy(
    world: Baseline,
    state: PolicyState,
    *,
    deficits: DeficitTreatment = "fixed",
    options: SolverOptions | None = None,
    conditional: bool = False,
    initial: Equilibrium | Counterfactual | None = None,
) -> Counterfactual:
    """Solve a compiled policy, meeting its flow targets by solving for wedges.

    Each target's wedge ``ω_k`` multiplies the iceberg cost of its cells (an
    import subsidy, for extra purchases) and is updated by
    ``ω_k ← ω_k (X_k / X_k*)^{1/θ_k}`` (the flow's elasticity to its cost is
    about −θ) until every flow is within :data:`TARGET_RTOL` of its goal
    ``X_k*``; each solve starts from the previous one.

    Parameters
    ----------
    world : Baseline
        The world before the change.
    state : PolicyState
        The compiled policy (:func:`~tradewar.policy.compile.compile_policy`).
    deficits : {"fixed", "zero", "multiplicative"}, default "fixed"
        See the module docstring.
    options : SolverOptions, optional
        Solver settings.
    conditional : bool, default False
        Solve the conditional equilibrium instead (as in :func:`solve`).
    initial : Equilibrium or Counterfactual, optional
        A nearby solution to start from.

    Returns
    -------
    Counterfactual
        The solved policy, its targets met.

    Raises
    ------
    TargetError
        A target that cannot be met within :data:`TARGET_MAX_ITER` outer
        iterations, naming its action.
    ShockError
        The policy's arrays do not fit the world.
    ConvergenceError
        A solve stopped before its tolerance.
    EquilibriumError
        A country's final spending turns negative (a deficit that cannot be
        financed at the new prices); :class:`ConvergenceError` is its subclass.
    DataError
        A country of the world has no labour income.
    ValueError
        An ``initial`` solution of another shape.
    """
    # balanced once: every wedge iteration solves on the same world
    balanced = _balance(world, deficits, options)
    previous: list[Equilibrium | Counterfactual | None] = [initial]

    def run(wedges: dict[int, float]) -> Counterfactual:
        d_hat = state.trade_cost_hat.copy()
        tariff = state.tariff.copy()
        export_tax = state.export_tax.copy()
        for k, target in enumerate(state.targets):
            wedge = wedges.get(k, 1.0)
            if target.kind == "purchase" and target.amount > 0:
                # mandated extra purchases: an import subsidy paid by the buyer
                tariff[target.mask] = (1.0 + tariff[target.mask]) * wedge - 1.0
            elif target.kind == "block" and target.rents == "exporter":
                # a quota whose rents go to licence holders in the exporting country
                export_tax[target.mask] = (1.0 + export_tax[target.mask]) * wedge - 1.0
            elif target.kind == "block" and target.rents == "importer":
                tariff[target.mask] = (1.0 + tariff[target.mask]) * wedge - 1.0
            else:
                d_hat[target.mask] *= wedge
        tax = export_tax if np.any(export_tax) else None
        shock = Shock(
            tariff=tariff,
            trade_cost_hat=d_hat,
            export_tax=tax,
            deficit_change=state.deficit_change,
        )
        result = _solve_shock(balanced, shock, deficits, options, conditional, previous[0])
        previous[0] = result
        return result

    if not state.targets:
        return run({})
    reference = run({})
    goals = {}
    for k, target in enumerate(state.targets):
        if target.kind == "block":
            flow = reference.equilibrium.trade[target.mask].sum()
            goals[k] = (1.0 - target.share) * flow if target.share > 0 else flow - target.amount
            if goals[k] <= 0:
                raise TargetError(
                    target,
                    f"the control of {target.label!r} blocks more than the whole flow "
                    "in this state",
                )
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
    gaps: dict[int, float] = {}
    for _ in range(TARGET_MAX_ITER):
        gaps = {k: result.equilibrium.trade[state.targets[k].mask].sum() / goals[k] for k in goals}
        if all(abs(g - 1.0) < TARGET_RTOL for g in gaps.values()):
            return result
        for k, gap in gaps.items():
            wedges[k] = float(np.clip(wedges[k] * gap ** (1.0 / theta[k]), 1e-4, 1e8))
        result = run(wedges)
    worst = max(gaps, key=lambda k: abs(gaps[k] - 1.0))
    target = state.targets[worst]
    raise TargetError(
        target,
        f"the {target.kind} target of {target.label!r} cannot be met "
        f"(the flow stays {100 * (gaps[worst] - 1):+.2f}% off its target)",
    )
