"""The same Monte Carlo on a Dask LocalCluster of two worker processes as in-process."""

from __future__ import annotations

import numpy as np
import pytest

pytest.importorskip("distributed")

from tradewar.parallel import open_engine
from tradewar.uncertainty.montecarlo import monte_carlo
from tradewar.uncertainty.sweep import sweep

pytestmark = pytest.mark.dask


@pytest.fixture(scope="module")
def cluster():
    with open_engine("local", workers=2) as engine:
        assert engine.workers == 2
        yield engine.client


def test_local_cluster_gives_the_in_process_draws(cluster):
    here = monte_carlo("may-2019", draws=16, seed=5, scheduler="in-process", chunk_size=4)
    there = monte_carlo("may-2019", draws=16, seed=5, client=cluster, chunk_size=4)
    assert there.where == "the given Dask client"
    np.testing.assert_array_equal(here.theta, there.theta)
    np.testing.assert_allclose(here.countries, there.countries, atol=1e-9)


def test_sweep_on_the_cluster(cluster):
    res = sweep(
        "examples/us-china-payoff.yaml", ["actions[0].add"], [[0.0, 0.1, 0.2]], scheduler=cluster
    )
    assert all(e is None for e in res.errors) and res.table("USA").shape == (3, 1)


def test_engine_runs_module_functions_and_shares_data(cluster):
    with open_engine(cluster) as engine:
        shared = engine.share(10)
        out = dict(engine.run(_add, [1, 2, 3], shared=shared))
    assert out == {0: 11, 1: 12, 2: 13}


def _add(task, shared):
    return task + shared
