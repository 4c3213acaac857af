"""The equilibrium's derivatives (tradewar.model.sensitivity) against finite differences."""

import numpy as np
import pytest

import tradewar as tw
from tradewar.model.options import SolverOptions
from tradewar.model.sensitivity import EquilibriumJacobian, equilibrium_residual
from tradewar.model.solver import solve_equilibrium
from tradewar.model.variants import monopolistic_competition
from tradewar.strategy.gradients import PayoffFunction

TIGHT = SolverOptions(tol=1e-12)


def shocked(world, seed=0, top=0.4):
    n = world.n_countries
    rng = np.random.default_rng(seed)
    return world.tariff + rng.uniform(0, top, world.tariff.shape) * (1 - np.eye(n))[:, :, None]


@pytest.fixture(scope="module", params=["ossa", "io-links"])
def world(request):
    if request.param == "ossa":
        return monopolistic_competition(tw.datasets.load("ossa2014"))
    # a world with input-output links, profits and deficits
    base = tw.synthetic_world(n_countries=4, n_sectors=3, seed=3)
    return base.replace(profit_share=0.3 * base.va_share)


def unknowns(eqm):
    return np.concatenate(
        [np.log(eqm.w_hat), np.log(eqm.price_hat).ravel(), eqm.expenditure.ravel()]
    )


def test_the_residual_vanishes_at_the_solvers_equilibrium(world):
    tariffs = shocked(world)
    eqm = solve_equilibrium(world, tariffs, np.ones_like(tariffs), world.deficit, TIGHT)
    n, s = world.n_countries, world.n_sectors
    u = unknowns(eqm)
    res = equilibrium_residual(
        world, tariffs, u[:n], u[n : n + n * s].reshape(n, s), u[n + n * s :].reshape(n, s)
    )
    assert np.abs(res).max() < 1e-10


def test_jacobian_matches_finite_differences(world):
    tariffs = shocked(world, seed=1)
    eqm = solve_equilibrium(world, tariffs, np.ones_like(tariffs), world.deficit, TIGHT)
    jac = EquilibriumJacobian(world, tariffs, eqm).matrix
    n, s = world.n_countries, world.n_sectors
    u0 = unknowns(eqm)

    def residual(u):
        return equilibrium_residual(
            world, tariffs, u[:n], u[n : n + n * s].reshape(n, s), u[n + n * s :].reshape(n, s)
        )

    rng = np.random.default_rng(0)
    columns = rng.choice(u0.size, size=min(40, u0.size), replace=False)
    for j in columns:
        h = 1e-6 * max(1.0, abs(u0[j]))
        up, um = u0.copy(), u0.copy()
        up[j] += h
        um[j] -= h
        fd = (residual(up) - residual(um)) / (2 * h)
        np.testing.assert_allclose(jac[:, j], fd, atol=1e-7 * max(1.0, np.abs(fd).max()))


@pytest.mark.parametrize("of", ["government", "welfare"])
def test_payoff_gradients_match_finite_differences(world, of):
    n, s = world.n_countries, world.n_sectors
    weights = np.random.default_rng(2).uniform(0.5, 2.0, (n, s))
    payoff = PayoffFunction(world, weights, TIGHT)
    tariffs = shocked(world, seed=4)
    grad = payoff.gradient(tariffs, np.arange(n), of=of)
    h = 1e-3
    rng = np.random.default_rng(5)
    for _ in range(6):
        i, m = rng.choice(n, size=2, replace=False)
        k = int(rng.integers(s))
        up, um = tariffs.copy(), tariffs.copy()
        up[i, m, k] += h
        um[i, m, k] -= h
        pick = "government" if of == "government" else "welfare"
        fd = (
            np.log(getattr(payoff.payoffs(up), pick)) - np.log(getattr(payoff.payoffs(um), pick))
        ) / (2 * h)
        np.testing.assert_allclose(grad[:, i, m, k], fd, atol=1e-9 + 1e-4 * np.abs(fd).max())


def test_government_welfare_with_equal_weights_is_welfare(world):
    payoff = PayoffFunction(world, np.ones((world.n_countries, world.n_sectors)))
    result = payoff.payoffs(shocked(world, seed=6))
    np.testing.assert_allclose(result.government, result.welfare, rtol=1e-9)


def test_the_reduced_solve_of_worlds_without_input_output_links_is_exact():
    world = monopolistic_competition(tw.datasets.load("ossa2014"))
    tariffs = shocked(world, seed=7)
    eqm = solve_equilibrium(world, tariffs, np.ones_like(tariffs), world.deficit, TIGHT)
    jac = EquilibriumJacobian(world, tariffs, eqm)
    rhs = np.random.default_rng(8).normal(size=(3, jac.matrix.shape[0]))
    reduced = jac.solve_transposed(rhs)
    dense = np.linalg.solve(jac.matrix.T, rhs.T).T
    np.testing.assert_allclose(reduced, dense, rtol=1e-8, atol=1e-10 * np.abs(dense).max())
