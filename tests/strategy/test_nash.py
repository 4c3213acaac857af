"""The Nash equilibrium of a trade war by iterated best responses (tradewar.strategy.nash)."""

import numpy as np
import pytest

import tradewar as tw
import tradewar.strategy.nash as nash_module
from tradewar.strategy import (
    BestResponse,
    PayoffFunction,
    StrategyError,
    best_response,
    instruments,
    nash_equilibrium,
    nash_tariffs,
)


@pytest.fixture(scope="module")
def world():
    base = tw.synthetic_world(n_countries=3, n_sectors=2, seed=2, io_links=False, balanced=True)
    return base.replace(profit_share=0.2 * base.va_share)


@pytest.fixture(scope="module")
def war(world):
    return nash_tariffs(world=world, tol=1e-5)


def test_nash_is_every_players_best_response(world, war):
    assert war.converged, war.message
    assert war.rounds[-1].max_change <= 1e-5
    payoff = PayoffFunction(world, np.ones((3, 2)))
    for country in world.countries:
        ins = instruments(world, country)
        response = best_response(payoff, ins, war.tariffs)
        np.testing.assert_allclose(response.values, ins.values(war.tariffs), atol=1e-4)


def test_jacobi_and_gauss_seidel_agree(world, war):
    other = nash_tariffs(world=world, tol=1e-5, method="gauss-seidel")
    assert other.converged
    np.testing.assert_allclose(other.tariffs, war.tariffs, atol=1e-4)


def test_a_trade_war_hurts(war):
    table = war.countries()
    assert table["welfare_pct"].mean() < 0
    assert (table["median_tariff_pct"] > table["median_tariff_base_pct"]).all()


def test_two_players_and_the_rest_keep_their_tariffs(world):
    result = nash_tariffs(world=world, players=[world.countries[0], world.countries[2]])
    assert result.converged and result.players == (world.countries[0], world.countries[2])
    np.testing.assert_array_equal(result.tariffs[:, 1, :], world.tariff[:, 1, :])


def test_a_run_that_stops_early_says_so(world):
    result = nash_tariffs(world=world, max_iter=1)
    assert not result.converged and "not converged after 1 rounds" in result.message
    assert "NOT CONVERGED" in repr(result)


def test_a_cycle_is_reported(world, monkeypatch):
    calls = {"n": 0}

    def flipping(payoff, ins, profile, *, start=None, options=None):
        calls["n"] += 1
        value = np.full(ins.n_vars, 0.5 * ((calls["n"] - 1) // 3 % 2))
        return BestResponse(ins.country, value, ins.apply(value, profile), 0.0, True, "", 1, 1, 0.0)

    monkeypatch.setattr(nash_module, "best_response", flipping)
    payoff = PayoffFunction(world, np.ones((3, 2)))
    players = [instruments(world, i) for i in range(3)]
    start = world.tariff
    for p in players:
        start = p.apply(np.full(p.n_vars, 0.5), start)
    result = nash_equilibrium(payoff, players, start, max_iter=20)
    assert not result.converged and "cycle" in result.message


def test_checkpoint_and_resume(world, war, tmp_path):
    path = tmp_path / "nash.json"
    first = nash_tariffs(world=world, tol=1e-5, max_iter=2, checkpoint=path)
    assert not first.converged and path.exists()
    resumed = nash_tariffs(world=world, tol=1e-5, checkpoint=path, resume=True)
    assert resumed.converged and resumed.rounds[0].iteration == 1
    assert resumed.iterations == war.iterations
    np.testing.assert_allclose(resumed.tariffs, war.tariffs, atol=1e-6)
    path.write_text("{}")
    with pytest.raises(StrategyError, match="cannot resume"):
        nash_tariffs(world=world, checkpoint=path, resume=True)


@pytest.mark.parametrize(
    ("kwargs", "message"),
    [
        ({"method": "newton"}, "unknown method"),
        ({"players": ["C000", "C000"]}, "named twice"),
        ({"players": ["XYZ"]}, "unknown country"),
        ({"bounds": (1, 0)}, "inconsistent"),
        ({"weights": np.ones((2, 2))}, "shape"),
        ({"weights": "lobbies"}, "unknown weights"),
        ({"start": np.zeros(3)}, "start tariffs have shape"),
    ],
)
def test_bad_input(world, kwargs, message):
    with pytest.raises(StrategyError, match=message):
        nash_tariffs(world=world, **kwargs)


@pytest.mark.dask
def test_best_responses_of_a_round_run_in_parallel(world, war):
    pytest.importorskip("distributed")
    from tradewar.parallel import open_engine

    with open_engine("local", workers=2) as engine:
        parallel = nash_tariffs(world=world, tol=1e-5, engine=engine)
    assert parallel.converged and parallel.iterations == war.iterations
    np.testing.assert_allclose(parallel.tariffs, war.tariffs, atol=3e-5)


def test_a_bilateral_war_leaves_the_others_goods_alone(world):
    a, b, _ = world.countries
    result = nash_tariffs(world=world, players=[a, b], against="players")
    assert result.converged
    np.testing.assert_array_equal(result.tariffs[2, :2, :], world.tariff[2, :2, :])
    assert not np.allclose(result.tariffs[1, 0, :], world.tariff[1, 0, :])
    with pytest.raises(StrategyError, match="unknown against"):
        nash_tariffs(world=world, against="neighbours")


def test_ossas_stopping_rule_stops_on_the_mean_signed_change(world, war):
    """stop="ossa": |mean Δτ| over the whole array <= tol, no fixed point needed."""
    ossa = nash_tariffs(world=world, stop="ossa", tol=0.01)
    assert ossa.converged and "Ossa's rule" in ossa.message
    assert "MFN best responses" in ossa.message  # his MFN stage first
    last = ossa.rounds[-1]
    assert abs(last.signed_mean_change) <= 0.01
    # a fixed point passes his rule at once; any run of his rule stops no later
    assert ossa.iterations <= 24
    again = nash_tariffs(world=world, start=war.tariffs, stop="ossa")
    assert again.iterations == 1 and again.converged
    assert abs(again.rounds[0].signed_mean_change) <= 1e-5
    with pytest.raises(StrategyError, match="stopping rule"):
        nash_tariffs(world=world, stop="mean")
