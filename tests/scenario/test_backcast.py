"""θ chosen by evidence: the pre-war start of the 2022 world against the 2017 facts."""

from __future__ import annotations

import pytest

from tradewar.scenario.backcast import FACTS_2017, backcast_table, pre_war_facts


def test_the_pre_war_start_reproduces_2017():
    """Within 10% of each 2017 fact (Census: China 21.6% of US goods imports, $505.5B of
    imports, $129.9B of exports; USDA FAS: $19.5B of farm exports)."""
    facts = pre_war_facts()
    for key, (value, source) in FACTS_2017.items():
        assert facts[key] == pytest.approx(value, rel=0.10), (key, source)
    # the trade side of θ, not calibrated, is closer than that
    assert facts["china_share_of_us_goods_imports"] == pytest.approx(0.216, rel=0.05)
    assert facts["us_goods_imports_from_china_bn"] == pytest.approx(505.5, rel=0.05)
    assert facts["us_goods_exports_to_china_bn"] == pytest.approx(129.9, rel=0.05)


def test_large_elasticities_are_rejected_by_the_episode():
    """θ = 4 fits both sides of US-China trade best; with θ = 8 (Caliendo-Parro's range
    for most goods) undoing the war overshoots on both."""
    table = backcast_table(thetas=(2.0, 3.0, 4.0, 5.0, 8.0))
    gaps = ["china_share_of_us_goods_imports_gap_pct", "us_goods_exports_to_china_bn_gap_pct"]
    total = table.drop(index="2017 data")[gaps].abs().sum(axis=1)
    assert total.idxmin() == "θ = 4"
    assert (table.loc["θ = 4", gaps].abs() < 5).all()
    assert table.loc["θ = 8", gaps[0]] > 15 and table.loc["θ = 8", gaps[1]] > 8
    # the share rises with θ: the test can tell elasticities apart
    shares = table["china_share_of_us_goods_imports"]
    assert shares["θ = 2"] < shares["θ = 4"] < shares["θ = 8"]
    exports = table["us_goods_exports_to_china_bn"]
    assert exports["θ = 2"] < exports["θ = 4"] < exports["θ = 8"]
    assert (
        table.loc["2017 data", "us_goods_exports_to_china_bn"]
        == FACTS_2017["us_goods_exports_to_china_bn"][0]
    )
