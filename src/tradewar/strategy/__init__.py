"""Strategy: optimal tariffs, the Nash equilibrium of a trade war, cooperative tariffs.

Ossa (2014, "Trade Wars and Trade Talks with Data", AER) on any world of the
engine: each government maximises its welfare, or a political-economy
weighted welfare, over its import tariffs::

    import tradewar as tw

    best = tw.strategy.optimal_tariffs("USA")             # Ossa's data and model
    war = tw.strategy.nash_tariffs(weights="political")   # a trade war
    talks = tw.strategy.cooperative_tariffs(threat=war)   # trade talks from it
    war.countries()                                       # payoffs and median tariffs
    war.to_dict()                                         # JSON

Modules, one job each:

* :mod:`~tradewar.strategy.questions` — the questions from names (the API above);
* :mod:`~tradewar.strategy.weights` — political-economy weights λ (``plain``, ``political``);
* :mod:`~tradewar.strategy.welfare` — the payoffs Ŵ and Ĝ at an equilibrium, and their partials;
* :mod:`~tradewar.strategy.gradients` — payoffs as functions of tariffs, with exact gradients
  (implicit differentiation, :mod:`tradewar.model.sensitivity`);
* :mod:`~tradewar.strategy.instruments` — which tariffs a government sets, grouped how, bounded how;
* :mod:`~tradewar.strategy.optimal` — one government's best response (L-BFGS-B);
* :mod:`~tradewar.strategy.nash` — iterated best responses, with a convergence report;
* :mod:`~tradewar.strategy.cooperative` — efficient tariffs with equal gains;
* :mod:`~tradewar.strategy.games` — escalation games: players move in turn by rules;
* :mod:`~tradewar.strategy.results` — labelled results and JSON documents.
"""

from tradewar.strategy.cooperative import Bargain, equal_gains
from tradewar.strategy.errors import StrategyError
from tradewar.strategy.games import GameResult, escalation_game
from tradewar.strategy.gradients import PayoffFunction
from tradewar.strategy.instruments import Instruments, instruments
from tradewar.strategy.nash import NashEquilibrium, NashRound, nash_equilibrium
from tradewar.strategy.optimal import BestResponse, OptimiserOptions, best_response
from tradewar.strategy.ossa import ossa_table
from tradewar.strategy.questions import (
    cooperative_tariffs,
    nash_tariffs,
    optimal_tariffs,
    scenario_world,
    strategy_world,
)
from tradewar.strategy.results import StrategyResult, median_tariffs
from tradewar.strategy.weights import political_weights, resolve_weights
from tradewar.strategy.welfare import Payoffs, payoffs

__all__ = [
    "Bargain",
    "BestResponse",
    "GameResult",
    "Instruments",
    "NashEquilibrium",
    "NashRound",
    "OptimiserOptions",
    "PayoffFunction",
    "Payoffs",
    "StrategyError",
    "StrategyResult",
    "best_response",
    "cooperative_tariffs",
    "equal_gains",
    "escalation_game",
    "instruments",
    "median_tariffs",
    "nash_equilibrium",
    "nash_tariffs",
    "optimal_tariffs",
    "ossa_table",
    "payoffs",
    "political_weights",
    "resolve_weights",
    "scenario_world",
    "strategy_world",
]
