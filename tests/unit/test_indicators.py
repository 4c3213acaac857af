"""Indicators for a policy audience: real GDP, jobs by sector, import prices, pass-through."""

from __future__ import annotations

import numpy as np
import pytest

import tradewar as tw


def test_zero_shock_moves_no_indicator(toy):
    c = tw.solve(toy).countries()
    for column in ("real_gdp_pct", "import_prices_pct", "import_prices_duty_paid_pct",
                   "jobs_reallocated_pct"):
        np.testing.assert_allclose(c[column], 0.0, atol=1e-9)
    assert c["tariff_pass_through"].isna().all()


def test_employment_shares_add_up_before_and_after(default_world):
    cf = tw.solve(default_world, [tw.tariff(imposer="USA", partners=["CHN"], add=0.25)])
    sectors = cf.sectors()
    for column in ("employment_share_base", "employment_share_new"):
        totals = sectors[column].groupby(level="country").sum()
        np.testing.assert_allclose(totals, 1.0, rtol=1e-9)
    # the tariff protects US electronics jobs against Chinese imports
    assert sectors.loc[("USA", "electronics"), "employment_pct"] > 0


def test_small_importers_pass_tariffs_through_in_full(default_world):
    """A small country cannot move its suppliers' costs: buyers pay the tariff."""
    small = tw.solve(default_world, [tw.tariff(imposer="AUS", partners=["CHN"], add=0.25)])
    large = tw.solve(default_world, [tw.tariff(imposer="USA", partners=["CHN"], add=0.25)])
    small_pt = small.countries().loc["AUS", "tariff_pass_through"]
    large_pt = large.countries().loc["USA", "tariff_pass_through"]
    assert small_pt == pytest.approx(1.0, abs=0.02)
    assert 0.8 < large_pt < small_pt  # a large buyer shifts part of it onto China
    c = large.countries()
    assert c.loc["USA", "import_prices_duty_paid_pct"] > c.loc["USA", "import_prices_pct"]


def test_real_gdp_is_the_gravity_books_real_gdp():
    """One sector, no inputs: value added deflated by the CPI is Yotov et al.'s Ŷ/P̂."""
    from tradewar.gravity.ge import gravity_indexes

    world = tw.synthetic_world(5, 1, seed=3, io_links=False, tariffs=False, balanced=True)
    d_hat = np.full(world.trade.shape, 0.9)
    np.einsum("nns->ns", d_hat)[:] = 1.0
    cf = tw.solve(world, tw.Shock(trade_cost_hat=d_hat), deficits="multiplicative")
    book, _ = gravity_indexes(cf, "full")
    np.testing.assert_allclose(cf.countries()["real_gdp_pct"], book["real_gdp_pct"], rtol=1e-9)
