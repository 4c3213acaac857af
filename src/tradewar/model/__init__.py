"""The general-equilibrium engine: pure equations, the fixed-point kernel, the solver.

Works on arrays and :class:`~tradewar.baseline.Baseline` objects only; the
labelled results are built one layer up (:mod:`tradewar.results`).
"""

from tradewar.model.equilibrium import Equilibrium
from tradewar.model.options import SolverOptions, SolverReport
from tradewar.model.reconcile import equilibrate
from tradewar.model.solver import solve_equilibrium

__all__ = ["Equilibrium", "SolverOptions", "SolverReport", "equilibrate", "solve_equilibrium"]
