"""The general-equilibrium engine: pure equations, the fixed-point kernel and the solver."""

from tradewar.model.solver import Equilibrium, SolverOptions, SolverReport, solve_equilibrium

__all__ = ["Equilibrium", "SolverOptions", "SolverReport", "solve_equilibrium"]
