"""Ossa (2014), Table 3: optimal tariffs of one region, the others keeping the factual tariffs.

The fast test here (run by CI) computes the US optimal tariffs with and without
political-economy weights; ``test_ossa2014_all.py`` has every region.
"""

import numpy as np
import pytest

import tradewar as tw
from tradewar.model.variants import monopolistic_competition
from tradewar.strategy import PayoffFunction, best_response, instruments, resolve_weights

# Ossa (2014), Table 3, row United States: government welfare change, welfare change (%),
# median optimal tariff (%), without (a) and with (b) political-economy weights
TABLE3_USA = {"plain": (2.3, 2.3, 60.3), "political": (2.5, 2.1, 56.4)}


@pytest.fixture(scope="module")
def ossa_world():
    return monopolistic_competition(tw.datasets.load("ossa2014"))


@pytest.mark.replication
@pytest.mark.parametrize("weights", ["plain", "political"])
def test_us_optimal_tariffs(ossa_world, weights):
    payoff = PayoffFunction(ossa_world, resolve_weights(ossa_world, weights))
    best = best_response(payoff, instruments(ossa_world, "USA"), ossa_world.tariff)
    assert best.converged
    usa = ossa_world.countries.index("USA")
    result = payoff.payoffs(best.tariffs)
    government, welfare, median = TABLE3_USA[weights]
    assert 100 * (result.government[usa] - 1) == pytest.approx(government, abs=0.05)
    assert 100 * (result.welfare[usa] - 1) == pytest.approx(welfare, abs=0.05)
    assert 100 * np.median(best.values) == pytest.approx(median, abs=0.05)
    assert best.seconds < 60


@pytest.mark.replication
def test_one_round_of_the_trade_war_is_everyones_optimal_tariffs(ossa_world):
    """Round 1 from the factual tariffs: every region's optimal tariffs (Table 3a)."""
    war = tw.strategy.nash_tariffs(world=ossa_world, max_iter=1)
    assert war.iterations == 1 and not war.converged
    assert "not converged after 1 rounds" in war.message
    published = [56.1, 59.3, 61.3, 54.0, 59.6, 61.5, 60.3]  # Table 3a, median optimal tariff
    np.testing.assert_allclose(100 * war.median_tariff, published, atol=0.2)
    assert 100 * war.median_tariff.mean() == pytest.approx(58.9, abs=0.06)
