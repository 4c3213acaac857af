"""Flow targets of many draws at once: the wedge loop of ``solve_policy``, batched.

Export controls given as a blocked share or value of a flow, and purchase
commitments, are met by a wedge on their cells that the engine solves for
(:func:`tradewar.results.solving.solve_policy`): an import subsidy for extra
purchases, an export tax or tariff for a control whose rents go to the
exporter or importer, an iceberg cost otherwise.  :class:`TargetLoop` runs the
same rule for B draws, each with its own world, policy and goals, solving the
draws that still miss a goal together (:func:`tradewar.model.batch.solve_batch`).
"""

from __future__ import annotations

from typing import Any

import numpy as np

from tradewar.baseline import Baseline
from tradewar.model.batch import BatchEquilibrium, WorldBatch, solve_batch
from tradewar.model.options import SolverOptions
from tradewar.policy.compile import PolicyState
from tradewar.results.counterfactual import Counterfactual
from tradewar.results.solving import TARGET_MAX_ITER, TARGET_RTOL

__all__ = ["TargetLoop"]

_FIELDS = (
    "w_hat",
    "price_hat",
    "cost_hat",
    "trade_shares",
    "trade",
    "expenditure",
    "output",
    "tariff_revenue",
    "export_tax_revenue",
    "deficit",
    "income",
    "converged",
    "n_iter",
    "residual",
    "trade_balance_residual",
    "market_residual",
    "price_residual",
    "linear_residual",
)


class TargetLoop:
    """The policies of B draws solved together, their flow targets met by wedges.

    Parameters
    ----------
    worlds : list of Baseline
        Each draw's world (same countries and sectors).
    policies : list of PolicyState
        Each draw's compiled policy on its world.
    deficits : {"fixed", "multiplicative"}
        How deficits are treated.
    options : SolverOptions
        Solver settings.
    central : dict, optional
        A central run's ``initial`` iterates ``(ŵ, P̂, X')`` and converged
        ``wedges``, the starting point of every draw.
    """

    def __init__(
        self,
        worlds: list[Baseline],
        policies: list[PolicyState],
        deficits: Any,
        options: SolverOptions,
        central: dict[str, Any] | None = None,
    ) -> None:
        self.worlds = worlds
        self.policies = policies
        self.deficits = deficits
        self.options = options
        self.batch = WorldBatch.from_baselines(worlds)
        b, n, s = self.batch.size, worlds[0].n_countries, worlds[0].n_sectors
        self.b = b
        self.wedges = [np.ones(len(p.targets)) for p in policies]
        if central is not None:
            for j, p in enumerate(policies):
                if len(central["wedges"]) == len(p.targets):
                    self.wedges[j] = np.array(central["wedges"], dtype=float)
            w0, p0, x0 = central["initial"]
        else:
            w0, p0, x0 = np.ones(n), np.ones((n, s)), None
        self.start_w = np.broadcast_to(w0, (b, n)).copy()
        self.start_p = np.broadcast_to(p0, (b, n, s)).copy()
        self.start_x = (
            self.batch.expenditure.copy() if x0 is None else np.broadcast_to(x0, (b, n, s)).copy()
        )
        self.seconds = 0.0
        self.has_tax = any(np.any(p.export_tax) for p in policies) or any(
            t.kind == "block" and t.rents == "exporter" for p in policies for t in p.targets
        )
        self.arrays: list[tuple[np.ndarray, np.ndarray, np.ndarray | None]] = [
            (p.tariff, p.trade_cost_hat, None) for p in policies
        ]

    # ------------------------------------------------------------------ arrays
    def shock(self, j: int) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
        """Draw j's tariffs, trade-cost changes and export taxes at its wedges.

        As ``run`` in :func:`tradewar.results.solving.solve_policy`.

        Parameters
        ----------
        j : int
            The draw.

        Returns
        -------
        tuple of numpy.ndarray
            (N, N, S) tariffs τ', trade-cost changes d̂ and export taxes x'.
        """
        state = self.policies[j]
        d_hat = state.trade_cost_hat.copy()
        tariff = state.tariff.copy()
        export_tax = state.export_tax.copy()
        for k, target in enumerate(state.targets):
            wedge = self.wedges[j][k]
            if target.kind == "purchase" and target.amount > 0:
                tariff[target.mask] = (1.0 + tariff[target.mask]) * wedge - 1.0
            elif target.kind == "block" and target.rents == "exporter":
                export_tax[target.mask] = (1.0 + export_tax[target.mask]) * wedge - 1.0
            elif target.kind == "block" and target.rents == "importer":
                tariff[target.mask] = (1.0 + tariff[target.mask]) * wedge - 1.0
            else:
                d_hat[target.mask] *= wedge
        return tariff, d_hat, export_tax

    def solve(self, rows: list[int], into: dict[str, np.ndarray], errors: list[str | None]) -> None:
        """Solve draws ``rows`` at their current wedges, warm-started; store their arrays.

        Parameters
        ----------
        rows : list of int
            The draws to solve.
        into : dict
            The arrays of every draw by field of :class:`BatchEquilibrium`,
            filled in for ``rows``.
        errors : list of (str or None)
            Why each draw failed, set for those that do not converge.
        """
        shocks = [self.shock(j) for j in rows]
        for j, (tariff, d_hat, tax) in zip(rows, shocks, strict=True):
            self.arrays[j] = (tariff, d_hat, tax if np.any(tax) else None)
        tariff = np.stack([t for t, _, _ in shocks])
        d_hat = np.stack([d for _, d, _ in shocks])
        taxes = np.stack([x for _, _, x in shocks]) if self.has_tax else None
        change = np.stack(
            [
                np.zeros(self.batch.trade.shape[1])
                if self.policies[j].deficit_change is None
                else np.asarray(self.policies[j].deficit_change, float)
                for j in rows
            ]
        )
        pick = np.asarray(rows)
        eqm = solve_batch(
            self.batch.take(pick),
            tariff,
            d_hat,
            self.deficits,
            self.options,
            deficit_change=change if np.any(change) else None,
            export_tax=taxes,
            initial=(self.start_w[pick], self.start_p[pick], self.start_x[pick]),
        )
        for name in _FIELDS:
            into.setdefault(
                name,
                np.zeros((self.b, *getattr(eqm, name).shape[1:]), dtype=getattr(eqm, name).dtype),
            )
            into[name][pick] = getattr(eqm, name)
        self.seconds += eqm.seconds
        for i, j in enumerate(rows):
            if eqm.converged[i]:
                self.start_w[j], self.start_p[j], self.start_x[j] = (
                    eqm.w_hat[i],
                    eqm.price_hat[i],
                    eqm.expenditure[i],
                )
            elif errors[j] is None:
                errors[j] = eqm.errors[i] or "the equilibrium did not converge"

    # ------------------------------------------------------------------ the loop
    def run(self) -> tuple[BatchEquilibrium, list[str | None]]:
        """Meet every draw's targets.

        Returns
        -------
        BatchEquilibrium
            Each draw's solution (meaningful where no error is given).
        list of (str or None)
            Why each draw failed.
        """
        errors: list[str | None] = [None] * self.b
        arrays: dict[str, np.ndarray] = {}
        targets = [p.targets for p in self.policies]
        ones = [np.ones(len(t)) for t in targets]
        # a reference without wedges: controls measure their goal in it
        reference = [
            j for j in range(self.b) if not targets[j] or any(t.kind == "block" for t in targets[j])
        ]
        started = {j: self.wedges[j] for j in reference}
        for j in reference:
            self.wedges[j] = ones[j].copy()
        if reference:
            self.solve(reference, arrays, errors)
        goals: dict[int, np.ndarray] = {}
        thetas: dict[int, np.ndarray] = {}
        for j in range(self.b):
            if not targets[j] or errors[j] is not None:
                continue
            world = self.worlds[j]
            goal = np.empty(len(targets[j]))
            for k, target in enumerate(targets[j]):
                if target.kind == "block":
                    flow = arrays["trade"][j][target.mask].sum()
                    goal[k] = (
                        (1.0 - target.share) * flow if target.share > 0 else flow - target.amount
                    )
                    if goal[k] <= 0 and errors[j] is None:
                        errors[j] = (
                            f"the control of {target.label!r} blocks more than the whole flow "
                            "in this state"
                        )
                else:
                    goal[k] = world.trade[target.mask].sum() + target.amount
            goals[j] = goal
            thetas[j] = np.array(
                [
                    np.average(
                        np.broadcast_to(world.theta, world.trade.shape)[t.mask],
                        weights=world.trade[t.mask] + 1e-300,
                    )
                    for t in targets[j]
                ]
            )
        pending = [j for j in goals if errors[j] is None]
        # start from the central wedges where they were set aside for the reference
        to_solve = []
        for j in pending:
            if j in started and not np.array_equal(started[j], ones[j]):
                self.wedges[j] = started[j]
                to_solve.append(j)
            elif j not in started:
                to_solve.append(j)
        gaps: dict[int, np.ndarray] = {}
        for round_ in range(TARGET_MAX_ITER + 1):
            if to_solve:
                self.solve(to_solve, arrays, errors)
            pending = [j for j in pending if errors[j] is None]
            for j in pending:
                flows = np.array([arrays["trade"][j][t.mask].sum() for t in targets[j]])
                gaps[j] = flows / goals[j]
            pending = [j for j in pending if not np.all(np.abs(gaps[j] - 1.0) < TARGET_RTOL)]
            if not pending or round_ == TARGET_MAX_ITER:
                break
            for j in pending:
                self.wedges[j] = np.clip(self.wedges[j] * gaps[j] ** (1.0 / thetas[j]), 1e-4, 1e8)
            to_solve = pending
        for j in pending:
            worst = int(np.argmax(np.abs(gaps[j] - 1.0)))
            target = targets[j][worst]
            errors[j] = (
                f"the {target.kind} target of {target.label!r} cannot be met (the flow stays "
                f"{100 * (gaps[j][worst] - 1):+.2f}% off its target)"
            )
        eqm = BatchEquilibrium(
            **{name: arrays[name] for name in _FIELDS},
            errors=tuple(errors),
            seconds=self.seconds,
            options=self.options,
        )
        return eqm, errors

    def counterfactual(self, eqm: BatchEquilibrium, j: int) -> Counterfactual:
        """Draw j's solution as the engine's labelled result.

        Parameters
        ----------
        eqm : BatchEquilibrium
            The loop's solutions (:meth:`run`).
        j : int
            The draw.

        Returns
        -------
        Counterfactual
            Relative to the draw's world.
        """
        tariff, d_hat, tax = self.arrays[j]
        return Counterfactual(
            baseline=self.worlds[j],
            tariff_new=tariff,
            trade_cost_hat=d_hat,
            equilibrium=eqm.equilibrium(j),
            deficits=self.deficits,
            export_tax=tax,
        )
