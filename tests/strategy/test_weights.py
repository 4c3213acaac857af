"""Political-economy weights: names, arrays, tables and mappings, checked."""

import numpy as np
import pandas as pd
import pytest

import tradewar as tw
from tradewar.strategy import StrategyError, resolve_weights


@pytest.fixture(scope="module")
def world():
    return tw.datasets.load("ossa2014")


def test_named_weights(world):
    np.testing.assert_array_equal(resolve_weights(world, "plain"), np.ones((7, 33)))
    political = resolve_weights(world, "political")
    assert political.shape == (7, 33) and political.min() >= 0 and not np.allclose(political, 1)
    # Japan's rice and wheat carry the largest weights of Japan (Ossa 2014, Table 1)
    jpn = world.countries.index("JPN")
    assert set(np.argsort(political[jpn])[-2:]) == {0, 1}


def test_tables_and_mappings(world):
    full = pd.DataFrame(1.5, index=list(world.countries), columns=list(world.sectors))
    np.testing.assert_array_equal(resolve_weights(world, full), np.full((7, 33), 1.5))
    with pytest.raises(StrategyError, match="NaN"):
        resolve_weights(world, pd.DataFrame(2.0, index=["USA"], columns=["crp"]))
    mapping = resolve_weights(world, {"USA": {"crp": 3.0}, "CHN": 0.5})
    assert mapping[6, world.sectors.index("crp")] == 3.0 and (mapping[1] == 0.5).all()
    assert (mapping[0] == 1).all()


@pytest.mark.parametrize(
    ("weights", "message"),
    [
        (np.ones((7, 32)), r"shape \(7, 32\)"),
        (-np.ones((7, 33)), "non-negative"),
        (np.zeros((7, 33)), "all zero"),
        ({"XYZ": 1.0}, "not a country"),
        ({"USA": {"steel": 1.0}}, "not a sector"),
        ("lobbies", "unknown weights"),
    ],
)
def test_bad_weights(world, weights, message):
    with pytest.raises(StrategyError, match=message):
        resolve_weights(world, weights)


def test_political_weights_are_ossas_only():
    with pytest.raises(StrategyError, match="Ossa's"):
        resolve_weights(tw.load_toy(), "political")


def test_a_best_response_to_the_nash_profile_is_the_nash_tariffs():
    base = tw.synthetic_world(n_countries=3, n_sectors=2, seed=2, io_links=False, balanced=True)
    world = base.replace(profit_share=0.2 * base.va_share)
    war = tw.strategy.nash_tariffs(world=world, tol=1e-6)
    best = tw.strategy.optimal_tariffs(world.countries[1], world=world, tariffs=war)
    np.testing.assert_allclose(best.tariffs, war.tariffs, atol=1e-4)
