"""tradewar: model trade wars and trade talks with real data and general-equilibrium trade models.

The public API::

    from tradewar import Baseline, Shock, solve, load_toy

    world = load_toy()
    tariff = world.tariff.copy()
    tariff[1, 0, 0] += 0.25          # HOM raises its tariff on FOR's goods by 25 points
    result = solve(world, Shock(tariff=tariff))
    result.countries()               # welfare, real wage, trade ... by country
"""

from tradewar.baseline import Baseline
from tradewar.counterfactual import Counterfactual, equilibrate, solve
from tradewar.data import load_cp2015, load_data, load_default, load_toy, synthetic_world
from tradewar.data.aggregate import aggregate
from tradewar.errors import (
    ConvergenceError,
    DataError,
    EquilibriumError,
    ShockError,
    TradewarError,
)
from tradewar.model import SolverOptions, SolverReport
from tradewar.shock import Shock

__all__ = [
    "Baseline",
    "ConvergenceError",
    "Counterfactual",
    "DataError",
    "EquilibriumError",
    "Shock",
    "ShockError",
    "SolverOptions",
    "SolverReport",
    "TradewarError",
    "aggregate",
    "equilibrate",
    "load_cp2015",
    "load_data",
    "load_default",
    "load_toy",
    "solve",
    "synthetic_world",
]

__version__ = "0.1.0"
