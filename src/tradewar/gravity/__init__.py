"""Structural gravity: PPML estimation and general-equilibrium counterfactuals (core engine)."""

from tradewar.gravity.book import BookOptions
from tradewar.gravity.estimate import GravityEstimates, estimate_gravity
from tradewar.gravity.ge import (
    GravityResult,
    fitted_baseline,
    gravity_counterfactual,
    gravity_world,
)

__all__ = [
    "BookOptions",
    "GravityEstimates",
    "GravityResult",
    "estimate_gravity",
    "fitted_baseline",
    "gravity_counterfactual",
    "gravity_world",
]
