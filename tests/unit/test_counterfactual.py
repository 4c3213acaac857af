"""The economics of the engine: identities, special cases and closed forms."""

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from tradewar import Baseline, ConvergenceError, Shock, SolverOptions, equilibrate, solve
from tradewar.datasets import synthetic_world
from tradewar.model import equations as eq


def assert_equilibrium_identities(cf, rtol=1e-8):
    """Goods markets clear, labour markets clear, trade balances equal deficits."""
    base, eqm = cf.baseline, cf.equilibrium
    # goods-market clearing: the counterfactual world passes the baseline's own identity check
    new_world = base.replace(trade=eqm.trade, tariff=cf.tariff_new, check_accounting=False)
    new_world.check_identities(rtol=rtol)
    # labour-market clearing: value added = ŵ wL
    np.testing.assert_allclose(
        (base.va_share * eqm.output).sum(axis=1), eqm.w_hat * base.value_added, rtol=rtol
    )
    # trade balance: imports − exports = deficit, in every country
    np.testing.assert_allclose(new_world.deficit, eqm.deficit, atol=rtol * base.value_added.sum())
    # numéraire: world value added unchanged
    np.testing.assert_allclose(
        (eqm.w_hat * base.value_added).sum(), base.value_added.sum(), rtol=1e-12
    )
    # trade shares sum to one
    spending = eqm.trade_shares.sum(axis=0)
    np.testing.assert_allclose(spending[base.expenditure > 0], 1.0, rtol=1e-10)


def test_zero_shock_changes_nothing(toy):
    cf = solve(toy)
    eqm = cf.equilibrium
    np.testing.assert_allclose(eqm.w_hat, 1.0, atol=1e-12)
    np.testing.assert_allclose(eqm.price_hat, 1.0, atol=1e-12)
    np.testing.assert_allclose(eqm.trade, toy.trade, rtol=1e-10)
    np.testing.assert_allclose(cf.welfare_hat, 1.0, atol=1e-12)
    table = cf.countries()
    np.testing.assert_allclose(
        table[
            ["welfare_pct", "real_wage_pct", "terms_of_trade_pct", "volume_of_trade_pct"]
        ].to_numpy(),
        0.0,
        atol=1e-9,
    )
    assert cf.report.converged


def test_tariff_war_satisfies_identities(toy):
    tariff = toy.tariff.copy()
    tariff[0, 1, 0] += 0.5
    tariff[1, 0, 0] += 0.5
    cf = solve(toy, Shock(tariff=tariff))
    assert_equilibrium_identities(cf)
    table = cf.countries()
    # a bilateral tariff war: both belligerents lose, and trade between them falls
    assert (table.loc[["HOM", "FOR"], "welfare_pct"] < 0).all()
    assert cf.equilibrium.trade[0, 1, 0] < toy.trade[0, 1, 0]
    assert cf.equilibrium.trade[1, 0, 0] < toy.trade[1, 0, 0]


def test_results_do_not_depend_on_the_units_of_the_data(toy):
    scaled = toy.replace(trade=toy.trade * 1000.0)
    tariff = toy.tariff.copy()
    tariff[2, 0, 0] = 0.3
    a = solve(toy, Shock(tariff=tariff))
    b = solve(scaled, Shock(tariff=tariff))
    np.testing.assert_allclose(a.equilibrium.w_hat, b.equilibrium.w_hat, rtol=1e-9)
    np.testing.assert_allclose(a.equilibrium.price_hat, b.equilibrium.price_hat, rtol=1e-9)
    np.testing.assert_allclose(a.welfare_hat, b.welfare_hat, rtol=1e-9)
    np.testing.assert_allclose(b.equilibrium.trade, 1000.0 * a.equilibrium.trade, rtol=1e-8)


def test_numeraire_choice_leaves_real_outcomes_unchanged(toy):
    """The solution, rescaled in every nominal change (another numéraire), is still one.

    Prices solve the cost/price fixed point (CP 2015, eqs. 10-11) at the rescaled
    wages, trade shares (eq. 12) do not move, and the real wage is the same.  Random
    ŵ and P̂ fail the fixed point, so the test cannot pass by construction.
    """
    tariff = toy.tariff.copy()
    tariff[0, 2, 0] = 0.4
    cf = solve(toy, Shock(tariff=tariff))
    eqm = cf.equilibrium
    kappa_hat = (1.0 + cf.tariff_new) / (1.0 + toy.tariff)
    log_pi_kappa = np.log(toy.trade_shares) - toy.theta * np.log(kappa_hat)
    for k in (1.0, 1.37):
        log_w = np.log(eqm.w_hat * k)
        log_p = np.log(eqm.price_hat * k)
        log_c = eq.input_cost_hat(log_w, log_p, toy.va_share, toy.io_shares)
        np.testing.assert_allclose(
            eq.log_price_index_hat(log_pi_kappa, log_c, toy.theta), log_p, atol=1e-10
        )
        np.testing.assert_allclose(
            eq.trade_shares_new(log_pi_kappa, log_c, log_p, toy.theta),
            eqm.trade_shares,
            rtol=1e-9,
        )
        p_index = np.exp((toy.final_shares * log_p).sum(axis=1))
        np.testing.assert_allclose(np.exp(log_w) / p_index, cf.real_wage_hat, rtol=1e-10)


def one_sector_balanced_world(seed, n=4, theta=5.0):
    return synthetic_world(
        n, 1, seed=seed, io_links=False, tariffs=False, theta=np.array([theta]), balanced=True
    )


@pytest.mark.parametrize("seed", [0, 1, 2])
def test_one_sector_matches_the_gravity_closed_form(seed):
    """Armington / EK: Ŵ_n = π̂_nn^(−1/θ) (Arkolakis, Costinot & Rodríguez-Clare 2012)."""
    theta = 5.0
    world = one_sector_balanced_world(seed, theta=theta)
    rng = np.random.default_rng(100 + seed)
    d_hat = rng.uniform(0.7, 1.5, size=world.trade.shape)
    np.einsum("nns->ns", d_hat)[:] = 1.0
    cf = solve(world, Shock(trade_cost_hat=d_hat))
    pi_nn_hat = np.einsum("nns->n", cf.equilibrium.trade_shares) / np.einsum(
        "nns->n", world.trade_shares
    )
    np.testing.assert_allclose(cf.welfare_hat, pi_nn_hat ** (-1.0 / theta), rtol=1e-9)
    np.testing.assert_allclose(cf.real_wage_hat, cf.welfare_hat, rtol=1e-9)
    assert_equilibrium_identities(cf)


def test_several_sectors_without_input_output_links():
    """Multi-sector EK without IO: Ŵ_n = Π_s (π̂_nn^s)^(−α_n^s/θ^s) with balanced trade."""
    rng = np.random.default_rng(7)
    world = synthetic_world(3, 3, seed=rng, io_links=False, tariffs=False, balanced=True)
    d_hat = rng.uniform(0.8, 1.3, size=world.trade.shape)
    np.einsum("nns->ns", d_hat)[:] = 1.0
    cf = solve(world, Shock(trade_cost_hat=d_hat))
    pi_nn_hat = np.einsum("nns->ns", cf.equilibrium.trade_shares) / np.einsum(
        "nns->ns", world.trade_shares
    )
    expected = np.prod(pi_nn_hat ** (-world.final_shares / world.theta), axis=1)
    np.testing.assert_allclose(cf.welfare_hat, expected, rtol=1e-9)
    assert_equilibrium_identities(cf)


def test_prohibitive_barriers_approach_autarky():
    theta = 4.0
    world = one_sector_balanced_world(3, theta=theta)
    tariff = np.full(world.trade.shape, 1e6)
    np.einsum("nns->ns", tariff)[:] = 0.0
    cf = solve(world, Shock(tariff=tariff))
    eqm = cf.equilibrium
    assert np.all(np.isfinite(eqm.trade)) and np.all(np.isfinite(eqm.w_hat))
    np.testing.assert_allclose(np.einsum("nns->n", eqm.trade_shares), 1.0, atol=1e-9)
    # gains from trade lost: Ŵ = π_nn^(1/θ)
    pi_nn = np.einsum("nns->n", world.trade_shares)
    np.testing.assert_allclose(cf.welfare_hat, pi_nn ** (1.0 / theta), rtol=1e-6)


def test_embargo_on_one_pair_with_input_output_links():
    rng = np.random.default_rng(11)
    world = synthetic_world(4, 3, seed=rng)
    d_hat = np.ones(world.trade.shape)
    d_hat[0, 1, :] = 1e8  # near-prohibitive barrier on one pair
    cf = solve(world, Shock(trade_cost_hat=d_hat))
    assert cf.equilibrium.trade[0, 1].sum() < 1e-12 * world.trade[0, 1].sum()
    assert_equilibrium_identities(cf)


def test_zero_deficit_procedure_removes_deficits(toy):
    cf = solve(toy, deficits="zero")
    np.testing.assert_allclose(cf.baseline.deficit, 0.0, atol=1e-9)
    np.testing.assert_allclose(cf.equilibrium.w_hat, 1.0, atol=1e-10)
    assert "zero deficits" in cf.baseline.name


def test_fixed_deficits_stay_fixed(toy):
    tariff = toy.tariff + 0.2
    np.einsum("nns->ns", tariff)[:] = 0.0
    cf = solve(toy, Shock(tariff=tariff), deficits="fixed")
    np.testing.assert_allclose(cf.equilibrium.deficit, toy.deficit)
    assert_equilibrium_identities(cf)


def test_unconverged_solve_raises_with_location(toy):
    tariff = toy.tariff.copy()
    tariff[0, 1, 0] = 2.0
    with pytest.raises(ConvergenceError, match=r"did not converge.*largest at country") as info:
        solve(toy, Shock(tariff=tariff), options=SolverOptions(max_iter=2))
    assert info.value.n_iter == 2
    assert info.value.residual > 0


def test_unknown_deficit_treatment(toy):
    with pytest.raises(ValueError, match="deficits must be"):
        solve(toy, deficits="sometimes")  # type: ignore[arg-type]


def test_solver_options_validate():
    with pytest.raises(ValueError, match="tol"):
        SolverOptions(tol=0.0)
    with pytest.raises(ValueError, match="wage_step"):
        SolverOptions(wage_step=2.0)


def test_tables_have_labels(toy):
    tariff = toy.tariff.copy()
    tariff[1, 0, 0] += 0.25
    cf = solve(toy, Shock(tariff=tariff))
    countries = cf.countries()
    assert list(countries.index) == list(toy.countries)
    assert countries.index.name == "country"
    sectors = cf.sectors()
    assert len(sectors) == toy.n_countries * toy.n_sectors
    assert list(sectors.index.names) == ["country", "sector"]
    assert {"output_pct", "price_pct"} <= set(sectors.columns)
    assert sectors.loc[("HOM", "goods"), "price_pct"] == pytest.approx(
        100 * (cf.equilibrium.price_hat[0, 0] - 1)
    )
    trade = cf.trade()
    assert len(trade) == toy.trade.size
    assert list(trade.index.names) == ["exporter", "importer", "sector"]
    row = trade.loc[("FOR", "HOM", "goods")]
    assert row["tariff_new"] == pytest.approx(toy.tariff[1, 0, 0] + 0.25)
    assert row["change_pct"] < 0
    decomposition = cf.welfare_decomposition()
    assert list(decomposition.index.names) == ["country", "partner", "sector"]
    total = decomposition.groupby("country", sort=False)[
        ["terms_of_trade_pct", "volume_of_trade_pct"]
    ].sum()
    np.testing.assert_allclose(total["terms_of_trade_pct"], countries["terms_of_trade_pct"])
    # terms of trade are zero-sum across the world when weighted by income
    tot_usd = countries["terms_of_trade_pct"] * toy.income
    assert abs(tot_usd.sum()) < 1e-8 * toy.income.sum()


@settings(max_examples=25, deadline=None)
@given(
    seed=st.integers(0, 2**31 - 1),
    n=st.integers(2, 5),
    s=st.integers(1, 4),
    io_links=st.booleans(),
    scale=st.floats(0.0, 2.0),
)
def test_random_economies_always_converge_and_clear(seed, n, s, io_links, scale):
    rng = np.random.default_rng(seed)
    world = synthetic_world(n, s, seed=rng, io_links=io_links)
    tariff = world.tariff + scale * rng.uniform(-0.2, 1.0, size=world.trade.shape)
    tariff = np.maximum(tariff, -0.5)
    np.einsum("nns->ns", tariff)[:] = 0.0
    cf = solve(world, Shock(tariff=tariff))
    assert cf.report.converged
    assert cf.report.residual <= SolverOptions().tol * 10
    assert_equilibrium_identities(cf, rtol=1e-7)
    assert np.all(cf.welfare_hat > 0)


def test_large_tariff_war_on_the_cp2015_world_converges(cp2015_baseline):
    base: Baseline = cp2015_baseline
    usa, chn = base.country_index("USA"), base.country_index("CHN")
    tariff = base.tariff.copy()
    tariff[chn, usa, :20] = 2.0  # 200% on Chinese goods
    tariff[usa, chn, :20] = 1.5
    cf = solve(base, Shock(tariff=tariff))
    assert cf.report.converged
    assert_equilibrium_identities(cf, rtol=1e-7)
    table = cf.countries()
    assert table.loc["USA", "welfare_pct"] < 0
    assert table.loc["CHN", "welfare_pct"] < 0


def test_unfinanceable_deficit_is_an_error_not_an_answer():
    from tradewar import EquilibriumError

    world = synthetic_world(3, 2, seed=5, balanced=True)
    va = world.value_added
    surplus = np.array([-0.5 * va[0], 0.5 * va[0], 0.0])
    world = equilibrate(world, deficit=surplus)
    embargo = np.full(world.trade.shape, 1e6)
    np.einsum("nns->ns", embargo)[:] = 1.0
    with pytest.raises(EquilibriumError, match="C00"):
        solve(world, Shock(trade_cost_hat=embargo))
