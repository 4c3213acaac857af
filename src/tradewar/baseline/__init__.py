"""The calibrated world that every counterfactual starts from (:class:`Baseline`)."""

from tradewar.baseline.world import Baseline

__all__ = ["Baseline"]
