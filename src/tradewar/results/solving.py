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
from tradewar.errors import EquilibriumError, PolicyError
from tradewar.model.equilibrium import DeficitRule, Equilibrium, multiplicative_deficits
from tradewar.model.options import SolverOptions
from tradewar.model.reconcile import equilibrate
from tradewar.model.solver import solve_equilibrium
from tradewar.policy.actions import Action
from tradewar.policy.compile import PolicyState, Target, compile_policy
from tradewar.policy.shock import Shock
from tradewar.results.counterfactual import Counterfactual, DeficitTreatment

__all__ = [
    "WELFARE_BOUNDS",
    "AbsurdResultError",
    "FlowTargets",
    "TargetError",
    "implausible_result",
    "solve",
    "solve_policy",
]

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


#: The real-income changes a result may report, as factors: from a loss of 90% to a
#: gain of 900%.  No trade policy moves a country's real income tenfold; beyond these
#: a result is refused as absurd (the inputs' magnitudes are wrong).
WELFARE_BOUNDS = (0.1, 10.0)


class AbsurdResultError(EquilibriumError):
    """A solved state whose welfare change is not finite or beyond :data:`WELFARE_BOUNDS`."""


def implausible_result(result: Counterfactual) -> str | None:
    """Why a solved state is absurd (a welfare change not finite, or beyond :data:`WELFARE_BOUNDS`).

    Parameters
    ----------
    result : Counterfactual
        A solved state.

    Returns
    -------
    str or None
        The explanation, None for a plausible result.
    """
    welfare = np.asarray(result.welfare_hat, dtype=float)
    low, high = WELFARE_BOUNDS
    bad = ~np.isfinite(welfare) | (welfare < low) | (welfare > high)
    if not bad.any():
        return None
    n = int(np.argmax(bad))
    country = result.baseline.countries[n]
    change = 100.0 * (welfare[n] - 1.0)
    return (
        f"welfare of {country} would change by {change:+.4g}%, an absurd result (beyond "
        f"{100 * (low - 1):+.0f}% to {100 * (high - 1):+.0f}%): check the magnitudes of the "
        "actions (rates are fractions, amounts US dollars a year, regressors in the data's units)"
    )


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
    AbsurdResultError
        A country's welfare change is not finite or beyond :data:`WELFARE_BOUNDS`
        (:func:`implausible_result`, the check scenario runs make): the inputs'
        magnitudes are wrong.  A subclass of :class:`EquilibriumError`.
    DataError
        A country of the baseline has no labour income.
    """
    if deficits not in ("fixed", "zero", "multiplicative"):
        raise ValueError(f"deficits must be 'fixed', 'zero' or 'multiplicative', got {deficits!r}")
    if policy is None or isinstance(policy, Shock):
        balanced = _balance(baseline, deficits, options)
        result = _solve_shock(balanced, policy or Shock(), deficits, options, conditional, initial)
    else:
        if isinstance(policy, PolicyState):
            state = policy
        elif isinstance(policy, Mapping) or not isinstance(policy, Sequence):
            state = compile_policy(baseline, [policy])
        else:
            state = compile_policy(baseline, policy)
        result = solve_policy(
            baseline,
            state,
            deficits=deficits,
            options=options,
            conditional=conditional,
            initial=initial,
        )
    absurd = implausible_result(result)
    if absurd is not None:
        raise AbsurdResultError(absurd)
    return result


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

    The wedges of :class:`FlowTargets`: a solve without them measures the
    goals of export controls, then ``ω_k ← ω_k (X_k / X_k*)^{1/θ_k}`` until
    every flow is within :data:`TARGET_RTOL` of its goal ``X_k*``; each solve
    starts from the previous one.

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
    targets = FlowTargets(world, state)

    def run(wedges: np.ndarray | None) -> Counterfactual:
        shock = targets.shock(wedges)
        result = _solve_shock(balanced, shock, deficits, options, conditional, previous[0])
        previous[0] = result
        return result

    result = run(None)
    if not state.targets:
        return result
    targets.measure(result.equilibrium.trade)
    wedges = np.ones(len(state.targets))
    gaps = wedges
    for _ in range(TARGET_MAX_ITER):
        gaps = targets.gaps(result.equilibrium.trade)
        if targets.met(gaps):
            return result
        wedges = targets.next_wedges(wedges, gaps)
        result = run(wedges)
    raise targets.missed(gaps)


class FlowTargets:
    """The flow targets of a compiled policy: their goals, and the wedges that meet them.

    Each target ``k`` has a wedge ``ω_k`` on its cells (:meth:`shock`): an
    import subsidy for extra purchases (tariff ``(1 + τ) ω − 1``), an export
    tax for a control whose rents go to the exporter, a tariff for one whose
    rents go to the importer, an iceberg cost ``d̂ ω`` otherwise.  A purchase's
    goal is the world's flow plus its amount; a control's, ``(1 − share) X``
    or ``X − amount`` of the flow ``X`` in the policy's state without wedges
    (:meth:`measure`).  The wedges follow
    ``ω_k ← clip(ω_k (X_k / X_k*)^{1/θ_k}, 10⁻⁴, 10⁸)`` (:meth:`next_wedges`;
    a flow's elasticity to its cost is about −θ, ``θ_k`` the trade-weighted θ
    of its cells) until every ``|X_k / X_k* − 1| <`` :data:`TARGET_RTOL`.

    :func:`solve_policy` runs this rule on one world; the batched solves of
    :mod:`tradewar.uncertainty` run it for many worlds at once.

    Parameters
    ----------
    world : Baseline
        The world the policy is relative to.
    state : PolicyState
        The compiled policy.
    """

    def __init__(self, world: Baseline, state: PolicyState) -> None:
        self.world = world
        self.state = state
        self.targets = state.targets
        theta = np.broadcast_to(world.theta, world.trade.shape)
        #: (K,) the trade-weighted θ of each target's cells
        self.theta = np.array(
            [
                float(np.average(theta[t.mask], weights=world.trade[t.mask] + 1e-300))
                for t in self.targets
            ]
        )
        #: (K,) the flows aimed at, once measured
        self.goals = np.full(len(self.targets), np.nan)

    @property
    def needs_reference(self) -> bool:
        """Whether a goal is measured in the state without wedges (an export control)."""
        return any(t.kind == "block" for t in self.targets)

    def arrays(self, wedges: np.ndarray | None = None) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
        """The policy's arrays with each target's wedge on its cells.

        Parameters
        ----------
        wedges : numpy.ndarray, optional
            (K,) the wedges ω; None for ones (no wedge).

        Returns
        -------
        tuple of numpy.ndarray
            (N, N, S) tariffs τ', trade-cost changes d̂ and export taxes x'.
        """
        state = self.state
        d_hat = state.trade_cost_hat.copy()
        tariff = state.tariff.copy()
        export_tax = state.export_tax.copy()
        for k, target in enumerate(self.targets):
            wedge = 1.0 if wedges is None else wedges[k]
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
        return tariff, d_hat, export_tax

    def shock(self, wedges: np.ndarray | None = None) -> Shock:
        """The policy at given wedges as a :class:`~tradewar.policy.shock.Shock` (:meth:`arrays`).

        Parameters
        ----------
        wedges : numpy.ndarray, optional
            (K,) the wedges ω; None for ones (no wedge).

        Returns
        -------
        Shock
            Tariffs, trade-cost changes, export taxes (None where there are
            none) and the deficit change.
        """
        tariff, d_hat, export_tax = self.arrays(wedges)
        return Shock(
            tariff=tariff,
            trade_cost_hat=d_hat,
            export_tax=export_tax if np.any(export_tax) else None,
            deficit_change=self.state.deficit_change,
        )

    def measure(self, reference: np.ndarray | None) -> None:
        """Set the goals: purchases from the world, controls from ``reference``.

        Parameters
        ----------
        reference : numpy.ndarray or None
            (N, N, S) flows in the policy's state without wedges; may be None
            when no target is a control (:attr:`needs_reference`).

        Raises
        ------
        TargetError
            A control that blocks more than the whole flow.
        """
        for k, target in enumerate(self.targets):
            if target.kind == "block":
                assert reference is not None, "export controls measure their goal in a reference"
                flow = reference[target.mask].sum()
                goal = (1.0 - target.share) * flow if target.share > 0 else flow - target.amount
                if goal <= 0:
                    raise TargetError(
                        target,
                        f"the control of {target.label!r} blocks more than the whole flow "
                        "in this state",
                    )
            else:
                goal = self.world.trade[target.mask].sum() + target.amount
            self.goals[k] = goal

    def gaps(self, trade: np.ndarray) -> np.ndarray:
        """Each target's flow over its goal, ``X_k / X_k*``.

        Parameters
        ----------
        trade : numpy.ndarray
            (N, N, S) flows of a solution.

        Returns
        -------
        numpy.ndarray
            (K,) ratios; 1 where a target is met.
        """
        return np.array([trade[t.mask].sum() for t in self.targets]) / self.goals

    def met(self, gaps: np.ndarray) -> bool:
        """Whether every flow is within :data:`TARGET_RTOL` of its goal.

        Parameters
        ----------
        gaps : numpy.ndarray
            (K,) :meth:`gaps`.

        Returns
        -------
        bool
            True when every target is met.
        """
        return bool(np.all(np.abs(gaps - 1.0) < TARGET_RTOL))

    def next_wedges(self, wedges: np.ndarray, gaps: np.ndarray) -> np.ndarray:
        """The wedges' update ``ω_k ← clip(ω_k (X_k / X_k*)^{1/θ_k}, 10⁻⁴, 10⁸)``.

        Parameters
        ----------
        wedges : numpy.ndarray
            (K,) the current wedges.
        gaps : numpy.ndarray
            (K,) :meth:`gaps` at them.

        Returns
        -------
        numpy.ndarray
            (K,) the next wedges.
        """
        # target by target, in scalars: NumPy's vectorised power may differ in the last bit,
        # and a solve's wedges should not depend on how many targets it has
        return np.array(
            [
                float(np.clip(w * g ** (1.0 / t), 1e-4, 1e8))
                for w, g, t in zip(wedges, gaps, self.theta, strict=True)
            ]
        )

    def missed(self, gaps: np.ndarray) -> TargetError:
        """The error of targets not met: the one furthest from its goal.

        Parameters
        ----------
        gaps : numpy.ndarray
            (K,) :meth:`gaps` of the last solution.

        Returns
        -------
        TargetError
            Naming the target's action and how far its flow stays off.
        """
        worst = int(np.argmax(np.abs(gaps - 1.0)))
        target = self.targets[worst]
        return TargetError(
            target,
            f"the {target.kind} target of {target.label!r} cannot be met "
            f"(the flow stays {100 * (gaps[worst] - 1):+.2f}% off its target)",
        )
