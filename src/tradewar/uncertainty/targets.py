"""Flow targets of many draws at once: the wedge loop of ``solve_policy``, batched.

Export controls given as a blocked share or value of a flow, and purchase
commitments, are met by a wedge on their cells that the engine solves for
(:class:`tradewar.results.solving.FlowTargets`, the rule of
:func:`~tradewar.results.solving.solve_policy`).  :class:`TargetLoop` runs the
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
from tradewar.results.solving import TARGET_MAX_ITER, FlowTargets, TargetError

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
        self.deficits = deficits
        self.options = options
        self.batch = WorldBatch.from_baselines(worlds)
        b, n, s = self.batch.size, worlds[0].n_countries, worlds[0].n_sectors
        self.b = b
        self.targets = [FlowTargets(w, p) for w, p in zip(worlds, policies, strict=True)]
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
        #: each draw's tariffs, trade-cost changes and export taxes (or None) at its last wedges
        self.shocks: list[tuple[np.ndarray, np.ndarray, np.ndarray | None] | None] = [None] * b

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
        shocks = [self.targets[j].arrays(self.wedges[j]) for j in rows]
        for j, (tariff, d_hat, tax) in zip(rows, shocks, strict=True):
            self.shocks[j] = (tariff, d_hat, tax if np.any(tax) else None)
        change = np.stack(
            [
                np.zeros(self.batch.trade.shape[1])
                if self.targets[j].state.deficit_change is None
                else np.asarray(self.targets[j].state.deficit_change, float)
                for j in rows
            ]
        )
        pick = np.asarray(rows)
        eqm = solve_batch(
            self.batch.take(pick),
            np.stack([tariff for tariff, _, _ in shocks]),
            np.stack([d_hat for _, d_hat, _ in shocks]),
            self.deficits,
            self.options,
            deficit_change=change if np.any(change) else None,
            export_tax=np.stack([tax for _, _, tax in shocks]) if self.has_tax else None,
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
        """Meet every draw's targets (:class:`~tradewar.results.solving.FlowTargets`).

        Draws whose controls measure their goal in the state without wedges
        (and draws without targets) are solved without wedges first; the
        others start from the central run's wedges.

        Returns
        -------
        BatchEquilibrium
            Each draw's solution (meaningful where no error is given).
        list of (str or None)
            Why each draw failed.
        """
        errors: list[str | None] = [None] * self.b
        arrays: dict[str, np.ndarray] = {}
        draws = range(self.b)
        reference = [
            j for j in draws if not self.targets[j].targets or self.targets[j].needs_reference
        ]
        started = {j: self.wedges[j] for j in reference}
        for j in reference:
            self.wedges[j] = np.ones(len(self.targets[j].targets))
        if reference:
            self.solve(reference, arrays, errors)
        pending = []
        for j in draws:
            targets = self.targets[j]
            if not targets.targets or errors[j] is not None:
                continue
            try:
                targets.measure(arrays["trade"][j] if targets.needs_reference else None)
            except TargetError as exc:
                errors[j] = exc.message
                continue
            pending.append(j)
        # start from the central wedges where they were set aside for the reference
        to_solve = []
        for j in pending:
            if j not in started:
                to_solve.append(j)
            elif not np.all(started[j] == 1.0):
                self.wedges[j] = started[j]
                to_solve.append(j)
        gaps: dict[int, np.ndarray] = {}
        for round_ in range(TARGET_MAX_ITER + 1):
            if to_solve:
                self.solve(to_solve, arrays, errors)
            pending = [j for j in pending if errors[j] is None]
            for j in pending:
                gaps[j] = self.targets[j].gaps(arrays["trade"][j])
            pending = [j for j in pending if not self.targets[j].met(gaps[j])]
            if not pending or round_ == TARGET_MAX_ITER:
                break
            for j in pending:
                self.wedges[j] = self.targets[j].next_wedges(self.wedges[j], gaps[j])
            to_solve = pending
        for j in pending:
            errors[j] = self.targets[j].missed(gaps[j]).message
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
        shock = self.shocks[j]
        assert shock is not None, "a draw's counterfactual after it was solved"
        tariff, d_hat, tax = shock
        return Counterfactual(
            baseline=self.worlds[j],
            tariff_new=tariff,
            trade_cost_hat=d_hat,
            equilibrium=eqm.equilibrium(j),
            deficits=self.deficits,
            export_tax=tax,
        )
