"""Cooperative tariffs: efficient, with equal gains from the threat point (tradewar.strategy)."""

import numpy as np
import pytest

import tradewar as tw
from tradewar.strategy import (
    PayoffFunction,
    StrategyError,
    cooperative_tariffs,
    equal_gains,
    instruments,
)


@pytest.fixture(scope="module")
def world():
    base = tw.synthetic_world(n_countries=3, n_sectors=2, seed=2, io_links=False, balanced=True)
    return base.replace(profit_share=0.2 * base.va_share)


@pytest.mark.parametrize("threat", ["factual", "nash"])
def test_equal_gains_on_the_frontier(world, threat):
    talks = cooperative_tariffs(world=world, threat=threat)
    assert talks.converged, talks.message
    gains = talks.gains
    assert np.ptp(np.log1p(gains)) <= 1e-5
    assert gains.min() > 0  # talks improve on the threat point
    # efficient: no feasible direction raises every government's welfare
    threat_world = tw.solve(
        world, tw.policy.Shock(tariff=_threat_tariffs(world, talks))
    ).to_baseline()
    payoff = PayoffFunction(threat_world, np.ones((3, 2)))
    players = [instruments(threat_world, i) for i in range(3)]
    grads = payoff.gradient(talks.tariffs, [0, 1, 2])
    rng = np.random.default_rng(0)
    for _ in range(200):
        step = rng.normal(size=talks.tariffs.shape)
        for p in players:
            free = p.cell_mask(step.shape)
            step[~free & (np.arange(3)[None, :, None] == p.country)] = 0
        at_zero = talks.tariffs <= 1e-9
        step[at_zero & (step < 0)] = 0
        mask = np.zeros(step.shape, bool)
        for p in players:
            mask |= p.cell_mask(step.shape)
        step[~mask] = 0
        slopes = np.tensordot(grads, step, axes=3)
        assert slopes.min() < 1e-7


def _threat_tariffs(world, talks):
    if talks.threat == "factual":
        return world.tariff
    return tw.strategy.nash_tariffs(world=world).tariffs


def test_relative_to_the_world_and_to_the_threat(world):
    talks = cooperative_tariffs(world=world, threat="free-trade")
    assert talks.converged
    free = tw.solve(world, tw.policy.Shock(tariff=np.zeros_like(world.tariff)))
    np.testing.assert_allclose(
        talks.welfare, free.welfare_hat * (1 + talks.welfare_gains), rtol=1e-9
    )
    assert talks.to_dict()["threat"] == "free-trade"


def test_bad_talks(world):
    with pytest.raises(StrategyError, match="unknown threat point"):
        cooperative_tariffs(world=world, threat="war")
    with pytest.raises(StrategyError, match="at least two players"):
        cooperative_tariffs(world=world, threat="factual", players=[world.countries[0]])
    payoff = PayoffFunction(world, np.ones((3, 2)))
    with pytest.raises(StrategyError, match="only one player"):
        equal_gains(payoff, [instruments(world, 0), instruments(world, 0)])
