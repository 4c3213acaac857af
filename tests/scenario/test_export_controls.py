"""Export controls as quantity limits, sized on their state; rents go where the user says."""

from __future__ import annotations

import numpy as np
import pytest

import tradewar as tw
from tradewar.errors import PolicyError


def _control(**fields):
    return tw.export_control(exporter="HOM", partners=["FOR"], sectors=["goods"], **fields)


@pytest.mark.parametrize("rents", ["exporter", "importer", "none"])
def test_the_limit_is_met_and_its_rents_go_where_named(toy, rents):
    free = tw.solve(toy)
    cf = tw.solve(toy, [_control(coverage_share=0.3, rents=rents)])
    i, n, s = toy.country_index("HOM"), toy.country_index("FOR"), toy.sector_index("goods")
    assert cf.equilibrium.trade[i, n, s] == pytest.approx(
        0.7 * free.equilibrium.trade[i, n, s], rel=1e-5
    )
    table = cf.countries()
    export_rents = table.at["HOM", "export_tax_revenue_new"]
    tariff_gain = table.at["FOR", "tariff_revenue_new"] - table.at["FOR", "tariff_revenue_base"]
    if rents == "exporter":
        assert export_rents > 0 and cf.export_tax[i, n, s] > 0
    elif rents == "importer":
        assert export_rents == 0 and tariff_gain > 0
        assert cf.tariff_new[i, n, s] > toy.tariff[i, n, s]
    else:
        assert export_rents == 0 and cf.trade_cost_hat[i, n, s] > 1
    # with rents kept at home the exporter loses less than when they are burnt
    if rents != "importer":
        assert np.isfinite(table["welfare_pct"]).all()


def test_rents_to_the_exporter_cost_it_less_than_a_wasteful_control(toy):
    kept = tw.solve(toy, [_control(coverage_share=0.3, rents="exporter")]).countries()
    burnt = tw.solve(toy, [_control(coverage_share=0.3, rents="none")]).countries()
    assert kept.at["HOM", "welfare_pct"] > burnt.at["HOM", "welfare_pct"]


def test_a_value_is_blocked_from_the_flow_of_the_state_it_applies_to(toy):
    usd = toy.usd_per_unit
    i, n, s = toy.country_index("HOM"), toy.country_index("FOR"), toy.sector_index("goods")
    hike = tw.tariff(imposer="FOR", partners=["HOM"], sectors=["goods"], add=0.3)
    without = tw.solve(toy, [hike]).equilibrium.trade[i, n, s]
    with_control = tw.solve(toy, [hike, _control(coverage_usd=2e9, rents="none")])
    blocked = (without - with_control.equilibrium.trade[i, n, s]) * usd
    assert blocked == pytest.approx(2e9, rel=1e-5)


def test_a_value_larger_than_the_flow_is_refused(toy):
    with pytest.raises(PolicyError, match=r"coverage_usd: blocks \$1,000.0 billion"):
        tw.solve(toy, [_control(coverage_usd=1e12)])
