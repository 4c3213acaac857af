"""The batched solver against the engine, draw by draw (model.batch)."""

from __future__ import annotations

import numpy as np
import pytest

import tradewar as tw
from tradewar.model import equations as eq
from tradewar.model.batch import WorldBatch, solve_batch
from tradewar.model.options import SolverOptions
from tradewar.model.price_system import PriceSystem
from tradewar.model.solver import solve_equilibrium


@pytest.fixture(scope="module")
def default_world():
    return tw.load_default()


def _worlds(world, b, seed=0):
    rng = np.random.default_rng(seed)
    thetas = world.theta * np.exp(0.3 * rng.standard_normal((b, world.n_sectors)))
    return [world.replace(theta=t) for t in thetas]


def test_kernels_match_the_one_world_equations(default_world):
    worlds = _worlds(default_world, 3)
    batch = WorldBatch.from_baselines(worlds)
    rng = np.random.default_rng(1)
    n, s = default_world.n_countries, default_world.n_sectors
    log_w = 0.01 * rng.standard_normal((3, n))
    log_p = 0.01 * rng.standard_normal((3, n, s))
    pi = batch.trade_shares
    with np.errstate(divide="ignore"):
        lpk = np.where(pi > 0, np.log(pi), -np.inf)
    system = PriceSystem(lpk, batch.theta, batch.va_share, batch.io_shares)
    log_c = system.input_cost(log_w, log_p)
    prices = system.log_price_index(log_c)
    shares = system.trade_shares(log_c, log_p)
    x = batch.expenditure
    goods = eq.expenditure_operator(
        shares / (1 + batch.tariff),
        batch.va_share,
        batch.io_shares,
        batch.final_shares,
        eq.import_tariff_share(shares, batch.tariff),
    )(x)
    for k, world in enumerate(worlds):
        one = PriceSystem(lpk[k], world.theta, world.va_share, world.io_shares)
        c = eq.input_cost_hat(log_w[k], log_p[k], world.va_share, world.io_shares)
        np.testing.assert_allclose(log_c[k], c, atol=1e-14)
        np.testing.assert_allclose(prices[k], one.log_price_index(c), atol=1e-13)
        np.testing.assert_allclose(shares[k], one.trade_shares(c, log_p[k]), rtol=1e-12)
        m = eq.import_tariff_share(shares[k], world.tariff)
        apply = eq.expenditure_operator(
            shares[k] / (1 + world.tariff),
            world.va_share,
            world.io_shares,
            world.final_shares,
            m,
        )
        np.testing.assert_allclose(goods[k], apply(x[k]), rtol=1e-12)


def test_batch_equals_engine_draw_by_draw(default_world):
    worlds = _worlds(default_world, 6, seed=2)
    tariff = np.broadcast_to(default_world.tariff, (6, *default_world.tariff.shape)).copy()
    us, cn = default_world.country_index("USA"), default_world.country_index("CHN")
    tariff[:, cn, us, :14] += np.linspace(0.0, 0.5, 6)[:, None]  # a different tariff per draw
    result = solve_batch(WorldBatch.from_baselines(worlds), tariff, np.ones_like(tariff))
    assert result.converged.all()
    for k, world in enumerate(worlds):
        eqm = solve_equilibrium(world, tariff[k], np.ones_like(tariff[k]), world.deficit)
        np.testing.assert_allclose(result.w_hat[k], eqm.w_hat, rtol=1e-9)
        np.testing.assert_allclose(result.income[k], eqm.income, rtol=1e-9)
        np.testing.assert_allclose(result.trade[k], eqm.trade, rtol=1e-8, atol=1e-6)
        assert result.equilibrium(k).report.converged


def test_multiplicative_deficits_and_export_taxes(default_world):
    worlds = _worlds(default_world, 2, seed=3)
    tax = np.zeros_like(default_world.tariff)
    tax[default_world.country_index("USA"), default_world.country_index("CHN"), 9] = 0.3
    result = solve_batch(
        WorldBatch.from_baselines(worlds),
        default_world.tariff,
        np.ones_like(tax),
        "multiplicative",
        export_tax=tax,
    )
    from tradewar.model.equilibrium import multiplicative_deficits

    for k, world in enumerate(worlds):
        eqm = solve_equilibrium(
            world, world.tariff, np.ones_like(tax), multiplicative_deficits(world), export_tax=tax
        )
        np.testing.assert_allclose(result.w_hat[k], eqm.w_hat, rtol=1e-9)
        np.testing.assert_allclose(result.export_tax_revenue[k], eqm.export_tax_revenue, rtol=1e-7)


def test_a_draw_that_fails_is_reported_not_raised():
    world = tw.load_toy()
    worlds = [world, world.replace(theta=world.theta * 3)]
    result = solve_batch(
        WorldBatch.from_baselines(worlds),
        world.tariff + 0.5,
        np.ones_like(world.tariff),
        options=SolverOptions(max_iter=2),
    )
    assert not result.converged.any()
    assert all("did not converge" in (e or "") for e in result.errors)
