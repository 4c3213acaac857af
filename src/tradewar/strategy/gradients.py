"""Payoffs as functions of the tariff profile, with gradients by implicit differentiation.

:class:`PayoffFunction` solves the equilibrium at a tariff profile τ' with the
engine (:func:`~tradewar.model.solver.solve_equilibrium`, warm-started from the
last solution) and differentiates the governments' payoffs through it:
``d log Ĝ_n / dτ'`` by the adjoint method of
:class:`~tradewar.model.sensitivity.EquilibriumJacobian` — one LU factorisation
of the (N + 2NS)-square Jacobian per profile and one solve per country,
whatever the number of tariffs.  For Ossa's world (7 × 33) a solve and a
gradient take a few milliseconds.
"""

from __future__ import annotations

import logging

import numpy as np

from tradewar.baseline import Baseline
from tradewar.errors import ConvergenceError
from tradewar.model.equilibrium import Equilibrium
from tradewar.model.options import SolverOptions
from tradewar.model.sensitivity import EquilibriumJacobian
from tradewar.model.solver import solve_equilibrium
from tradewar.strategy.welfare import Payoffs, government_partials, payoffs, welfare_partials

__all__ = ["PayoffFunction"]

log = logging.getLogger(__name__)


class PayoffFunction:
    """Every government's payoff at any tariff profile of a world, and its gradient.

    Parameters
    ----------
    world : Baseline
        The world (its model already applied, e.g.
        :func:`~tradewar.model.variants.monopolistic_competition`); deficits
        are held at its own.
    weights : numpy.ndarray
        (N, S) political-economy weights λ (all ones for plain welfare).
    options : SolverOptions, optional
        Settings of the equilibrium solver.

    Attributes
    ----------
    n_solves : int
        Equilibria solved so far (a profile asked for twice in a row is solved once).
    """

    def __init__(
        self, world: Baseline, weights: np.ndarray, options: SolverOptions | None = None
    ) -> None:
        self.world = world
        self.weights = np.asarray(weights, dtype=float)
        self.options = options or SolverOptions()
        self._ones = np.ones_like(world.tariff)
        self._last: Equilibrium | None = None
        self._key: bytes | None = None
        self._jacobian: EquilibriumJacobian | None = None
        self.n_solves = 0

    def solve(self, tariffs: np.ndarray) -> Equilibrium:
        """The equilibrium at a tariff profile (warm-started from the previous one).

        Parameters
        ----------
        tariffs : numpy.ndarray
            (N, N, S) tariffs τ' [exporter, importer, sector].

        Returns
        -------
        Equilibrium
            The solved counterfactual relative to the world.

        Raises
        ------
        ConvergenceError
            If the solver fails from the warm start and from the baseline.
        """
        tariffs = np.ascontiguousarray(tariffs, dtype=float)
        key = tariffs.tobytes()
        if key == self._key and self._last is not None:
            return self._last
        try:
            eqm = self._solve(tariffs, self._last)
        except ConvergenceError:
            if self._last is None:
                raise
            log.debug("warm-started solve failed; solving from the baseline")
            eqm = self._solve(tariffs, None)
        self._last, self._key, self._jacobian = eqm, key, None
        return eqm

    def _solve(self, tariffs: np.ndarray, initial: Equilibrium | None) -> Equilibrium:
        self.n_solves += 1
        return solve_equilibrium(
            self.world, tariffs, self._ones, self.world.deficit, self.options, initial=initial
        )

    def payoffs(self, tariffs: np.ndarray) -> Payoffs:
        """Welfare and government welfare of every country at a tariff profile.

        Parameters
        ----------
        tariffs : numpy.ndarray
            (N, N, S) tariffs τ'.

        Returns
        -------
        Payoffs
            Ŵ and Ĝ relative to the world.
        """
        return payoffs(self.world, self.solve(tariffs), self.weights)

    def gradient(
        self, tariffs: np.ndarray, countries: np.ndarray | list[int], *, of: str = "government"
    ) -> np.ndarray:
        """Gradients of ``log Ĝ_n`` (or ``log Ŵ_n``) with respect to every tariff.

        Parameters
        ----------
        tariffs : numpy.ndarray
            (N, N, S) tariffs τ'.
        countries : sequence of int
            The K countries n.
        of : {"government", "welfare"}, default "government"
            The payoff.

        Returns
        -------
        numpy.ndarray
            (K, N, N, S) ``d log Ĝ_n / dτ_in^s'``.
        """
        eqm = self.solve(tariffs)
        if self._jacobian is None:
            self._jacobian = EquilibriumJacobian(self.world, np.asarray(tariffs, float), eqm)
        index = np.asarray(countries, dtype=int)
        if of == "government":
            partials = government_partials(self.world, eqm, self.weights, index)
        elif of == "welfare":
            partials = welfare_partials(self.world, eqm, index)
        else:
            raise ValueError(f"of must be 'government' or 'welfare', got {of!r}")
        return self._jacobian.gradient(partials)
