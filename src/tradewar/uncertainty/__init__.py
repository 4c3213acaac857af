"""How sure the numbers are: Monte Carlo over elasticities, policy sweeps, sensitivity.

Above the scenario layer: every function takes a scenario (a built-in name, a
file, a dict or a :class:`~tradewar.scenario.schema.Scenario`) and solves it
many times, batched (:mod:`tradewar.model.batch`) and, where asked, on a Dask
cluster (:mod:`tradewar.parallel`).
"""
