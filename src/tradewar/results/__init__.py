"""Solving policy changes and reading their effects: labelled tables, named arrays, summaries."""

from tradewar.results.counterfactual import Counterfactual, DeficitTreatment
from tradewar.results.solving import AbsurdResultError, TargetError, solve, solve_policy

__all__ = [
    "AbsurdResultError",
    "Counterfactual",
    "DeficitTreatment",
    "TargetError",
    "solve",
    "solve_policy",
]
