"""Strategy: optimal tariffs, the Nash equilibrium of a trade war, cooperative tariffs.

Ossa (2014, "Trade Wars and Trade Talks with Data", AER) on any world of the
engine: each government maximises its welfare, or a political-economy
weighted welfare, over its import tariffs.

Modules, one job each:

* :mod:`~tradewar.strategy.weights` — political-economy weights λ (``plain``, ``political``);
* :mod:`~tradewar.strategy.welfare` — the payoffs Ŵ and Ĝ at an equilibrium, and their partials;
* :mod:`~tradewar.strategy.gradients` — payoffs as functions of tariffs, with exact gradients
  (implicit differentiation, :mod:`tradewar.model.sensitivity`);
* :mod:`~tradewar.strategy.instruments` — which tariffs a government sets, grouped how, bounded how;
* :mod:`~tradewar.strategy.optimal` — one government's best response (L-BFGS-B).
"""

from tradewar.strategy.errors import StrategyError
from tradewar.strategy.gradients import PayoffFunction
from tradewar.strategy.instruments import Instruments, instruments
from tradewar.strategy.optimal import BestResponse, OptimiserOptions, best_response
from tradewar.strategy.weights import political_weights, resolve_weights
from tradewar.strategy.welfare import Payoffs, payoffs

__all__ = [
    "BestResponse",
    "Instruments",
    "OptimiserOptions",
    "PayoffFunction",
    "Payoffs",
    "StrategyError",
    "best_response",
    "instruments",
    "payoffs",
    "political_weights",
    "resolve_weights",
]
