"""Solving policy changes and reading their effects: labelled tables, named arrays, summaries."""

from tradewar.results.counterfactual import Counterfactual, DeficitTreatment
from tradewar.results.solving import TargetError, solve, solve_policy

__all__ = ["Counterfactual", "DeficitTreatment", "TargetError", "solve", "solve_policy"]
