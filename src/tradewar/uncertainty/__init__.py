"""How sure the numbers are: Monte Carlo over elasticities, policy sweeps, sensitivity.

Above the scenario layer: every function takes a scenario (a built-in name, a
file, a dict or a :class:`~tradewar.scenario.schema.Scenario`) and solves it
many times, batched (:mod:`tradewar.model.batch`) and, where asked, on a Dask
cluster (:mod:`tradewar.parallel`)::

    from tradewar.uncertainty import monte_carlo
    from tradewar.uncertainty.sweep import sweep
    from tradewar.uncertainty.tornado import tornado

    mc = monte_carlo("may-2019", draws=1000, seed=0)     # a local Dask cluster
    mc.summary(["welfare_pct"])                          # median, p5, p95 by country
    mc.to_json()                                         # what tradewar mc --json prints
    mc.failed_draws()                                    # each with its theta and reason

(``sweep`` and ``tornado`` are also the names of their modules, so they are
imported from them.)

Modules: :mod:`~tradewar.uncertainty.distributions` (what is drawn),
:mod:`~tradewar.uncertainty.draws` (a chunk of draws solved together),
:mod:`~tradewar.uncertainty.targets` (flow targets of many draws),
:mod:`~tradewar.uncertainty.runs` (many draws in chunks, on an engine),
:mod:`~tradewar.uncertainty.montecarlo`, :mod:`~tradewar.uncertainty.sweep`,
:mod:`~tradewar.uncertainty.tornado`, :mod:`~tradewar.uncertainty.charts`.
"""

from importlib import import_module
from typing import Any

#: Names exported here, loaded on first use, and the module of each.
_EXPORTS = {
    "DistributionError": "distributions",
    "ElasticityDistribution": "distributions",
    "distribution": "distributions",
    "MonteCarloResult": "montecarlo",
    "monte_carlo": "montecarlo",
    "SweepError": "sweep",
    "SweepResult": "sweep",
    "TornadoResult": "tornado",
}

__all__ = sorted(_EXPORTS)


def __getattr__(name: str) -> Any:
    """Load an exported name from its module on first use (SPEC 1's lazy loading)."""
    if name in _EXPORTS:
        return getattr(import_module(f"{__name__}.{_EXPORTS[name]}"), name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
