"""Export taxes, Lerner symmetry, fiscal devaluations and deficit rules."""

import numpy as np
import pytest

from tradewar import Shock, ShockError, solve
from tradewar.datasets import synthetic_world


@pytest.fixture(scope="module")
def balanced():
    return synthetic_world(4, 3, seed=21, balanced=True, tariffs=False)


def uniform_import_tariff(world, country, rate):
    tariff = world.tariff.copy()
    others = [i for i in range(world.n_countries) if i != country]
    tariff[others, country, :] = (1 + tariff[others, country, :]) * (1 + rate) - 1
    return tariff


def test_lerner_symmetry(balanced):
    """A uniform import tariff and a uniform export tax at the same rate have the same
    real effects when trade is balanced (Lerner 1936)."""
    n, rate = 1, 0.2
    by_tariff = solve(balanced, Shock(tariff=uniform_import_tariff(balanced, n, rate)))
    tax = np.zeros(balanced.trade.shape)
    others = [i for i in range(balanced.n_countries) if i != n]
    tax[n, others, :] = rate
    by_export_tax = solve(balanced, Shock(export_tax=tax))
    np.testing.assert_allclose(by_tariff.welfare_hat, by_export_tax.welfare_hat, rtol=1e-8)
    np.testing.assert_allclose(
        by_tariff.real_wage_hat / by_tariff.real_wage_hat[0],
        by_export_tax.real_wage_hat / by_export_tax.real_wage_hat[0],
        rtol=1e-8,
    )
    np.testing.assert_allclose(
        by_tariff.equilibrium.trade_shares,
        by_export_tax.equilibrium.trade_shares,
        rtol=1e-7,
        atol=1e-12,
    )


def test_fiscal_devaluation_is_neutral_with_balanced_trade(balanced):
    """An import tariff plus an export subsidy at the same rate is a devaluation: with
    balanced trade and flexible prices it changes nothing real."""
    n, rate = 2, 0.15
    tariff = uniform_import_tariff(balanced, n, rate)
    tax = np.zeros(balanced.trade.shape)
    others = [i for i in range(balanced.n_countries) if i != n]
    tax[n, others, :] = 1 / (1 + rate) - 1
    cf = solve(balanced, Shock(tariff=tariff, export_tax=tax))
    np.testing.assert_allclose(cf.welfare_hat, 1.0, atol=1e-9)
    np.testing.assert_allclose(cf.equilibrium.trade_shares, balanced.trade_shares, atol=1e-9)
    revenue = cf.equilibrium.tariff_revenue[n] + cf.equilibrium.export_tax_revenue[n]
    assert revenue == pytest.approx(0.0, abs=1e-9 * balanced.value_added.sum())


def test_devaluation_has_real_effects_when_deficits_are_fixed():
    world = synthetic_world(4, 2, seed=3)
    n = int(np.argmax(world.deficit))  # the largest deficit country
    tariff = uniform_import_tariff(world, n, 0.1)
    tax = np.zeros(world.trade.shape)
    tax[n, [i for i in range(4) if i != n], :] = 1 / 1.1 - 1
    cf = solve(world, Shock(tariff=tariff, export_tax=tax))
    assert abs(cf.welfare_hat[n] - 1) > 1e-4


def test_export_tax_validation(toy):
    tax = np.zeros(toy.trade.shape)
    tax[0, 1, 0] = -1.5
    with pytest.raises(ShockError, match="export_tax is NaN or at or below -100%"):
        solve(toy, Shock(export_tax=tax))


def test_multiplicative_deficits_keep_their_share_of_value_added():
    """ge_gravity's closure: expenditure over income, E/(wL), the same up to one common κ."""
    world = synthetic_world(5, 2, seed=8)
    tariff = world.tariff + 0.3
    np.einsum("nns->ns", tariff)[:] = 0.0
    cf = solve(world, Shock(tariff=tariff), deficits="multiplicative")
    eqm = cf.equilibrium
    va_new = eqm.w_hat * world.value_added
    ratio_new = 1.0 + eqm.deficit / va_new
    ratio_old = 1.0 + world.deficit / world.value_added
    kappa = ratio_new / ratio_old
    np.testing.assert_allclose(kappa, kappa[0], rtol=1e-12)
    assert kappa[0] == pytest.approx(va_new.sum() / (ratio_old * va_new).sum(), rel=1e-12)
    assert eqm.deficit.sum() == pytest.approx(0.0, abs=1e-10 * va_new.sum())
    imports = eqm.trade.sum(axis=(0, 2)) - np.einsum("nns->n", eqm.trade)
    exports = eqm.trade.sum(axis=(1, 2)) - np.einsum("nns->n", eqm.trade)
    np.testing.assert_allclose(imports - exports, eqm.deficit, atol=1e-8 * va_new.sum())


def test_to_baseline_chains_counterfactuals(toy):
    tariff = toy.tariff.copy()
    tariff[1, 0, 0] += 0.2
    first = solve(toy, Shock(tariff=tariff))
    world = first.to_baseline("after")
    world.check_identities(rtol=1e-8)
    again = solve(world)
    np.testing.assert_allclose(again.equilibrium.w_hat, 1.0, atol=1e-10)


def test_profits_proportional_to_sales_leave_one_sector_results_unchanged():
    """With one sector, profits a constant share of sales scale income like wages do."""
    plain = synthetic_world(4, 1, seed=4, io_links=False, balanced=True)
    profits = plain.replace(profit_share=np.full((4, 1), 0.2))
    tariff = plain.tariff + 0.3
    np.einsum("nns->ns", tariff)[:] = 0.0
    a = solve(plain, Shock(tariff=tariff))
    b = solve(profits, Shock(tariff=tariff))
    np.testing.assert_allclose(a.welfare_hat, b.welfare_hat, rtol=1e-9)
    np.testing.assert_allclose(a.equilibrium.trade, b.equilibrium.trade, rtol=1e-8)


def test_monopolistic_competition_clears_the_labour_market():
    world = synthetic_world(4, 3, seed=9, io_links=False)
    sigma = world.theta + 1
    ossa = world.replace(profit_share=np.broadcast_to(1 / sigma, (4, 3)).copy())
    tariff = ossa.tariff.copy()
    tariff[0, 1, :] += 0.5
    cf = solve(ossa, Shock(tariff=tariff))
    eqm = cf.equilibrium
    labour = ((sigma - 1) / sigma * eqm.output).sum(axis=1)
    np.testing.assert_allclose(labour, eqm.w_hat * ossa.labour_income, rtol=1e-9)
    income = eqm.output.sum(axis=1) + eqm.tariff_revenue + eqm.deficit
    np.testing.assert_allclose(eqm.income, income, rtol=1e-9)


def test_profit_share_validation(toy):
    from tradewar import DataError

    with pytest.raises(DataError, match="profit_share is outside"):
        toy.replace(profit_share=np.full((3, 2), 0.9))
