"""θ chosen by evidence: the pre-war start of the 2022 world against the 2017 facts."""

from __future__ import annotations

import pytest

from tradewar.scenario.backcast import FACTS_2017, backcast_table, pre_war_facts


def test_the_default_elasticity_reproduces_2017_us_imports_from_china():
    """Census 2017: China 21.6% of US goods imports, $505.5B."""
    facts = pre_war_facts()
    assert facts["china_share_of_us_goods_imports"] == pytest.approx(0.216, rel=0.05)
    assert facts["us_goods_imports_from_china_bn"] == pytest.approx(505.5, rel=0.05)


def test_large_elasticities_are_rejected_by_the_episode():
    """With θ = 8 (Caliendo-Parro's range for most goods) undoing the war overshoots by >25%."""
    table = backcast_table(thetas=(2.0, 4.0, 8.0))
    assert table.loc["θ = 8", "china_share_of_us_goods_imports_gap_pct"] > 25
    assert abs(table.loc["θ = 4", "china_share_of_us_goods_imports_gap_pct"]) < 5
    # the share rises with θ: the test can tell elasticities apart
    shares = table["china_share_of_us_goods_imports"]
    assert shares["θ = 2"] < shares["θ = 4"] < shares["θ = 8"]
    assert (
        table.loc["2017 data", "us_goods_exports_to_china_bn"]
        == FACTS_2017["us_goods_exports_to_china_bn"][0]
    )
