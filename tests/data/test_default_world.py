"""The embedded default world must respect facts about the 2022 world economy."""

import importlib.util

import numpy as np
import pytest

from tradewar import Shock, solve
from tradewar.data.build.default_files import GOODS_SECTORS
from tradewar.data.build.default_world import check_default_facts, default_card


def test_dimensions_and_labels(default_world):
    assert default_world.n_countries == 17
    assert default_world.n_sectors == 17
    for code in (
        "USA",
        "CHN",
        "MEX",
        "CAN",
        "JPN",
        "KOR",
        "TWN",
        "VNM",
        "IND",
        "DEU",
        "EU",
        "GBR",
        "BRA",
        "RUS",
        "ROW",
    ):
        assert code in default_world.countries
    for sector in (
        "agriculture",
        "electronics",
        "machinery",
        "vehicles",
        "chemicals",
        "metals",
        "textiles",
    ):
        assert sector in GOODS_SECTORS and sector in default_world.sectors


def test_identities_hold(default_world):
    default_world.check_identities(rtol=1e-8)


def test_real_world_facts(default_world):
    facts = check_default_facts(default_world)
    # OECD ICIO 2022: world gross output about $190 trillion, US and China about $45 trillion
    assert facts["world_gross_output_tn"] == pytest.approx(190, rel=0.05)
    assert facts["usa_gross_output_tn"] == pytest.approx(45, rel=0.05)
    assert facts["chn_gross_output_tn"] == pytest.approx(45, rel=0.05)
    # China is the largest goods exporter to the US
    assert facts["largest_goods_exporter_to_usa"] == "CHN"
    # US value added (GDP at basic prices) about $25 trillion, China's about $17.5 trillion
    usa, chn = default_world.country_index("USA"), default_world.country_index("CHN")
    assert default_world.value_added[usa] / 1e6 == pytest.approx(25, rel=0.08)
    assert default_world.value_added[chn] / 1e6 == pytest.approx(17.5, rel=0.08)
    # the US runs the largest trade deficit
    assert int(np.argmax(default_world.deficit)) == usa


def test_us_china_tariffs_are_effective_rates(default_world):
    usa, chn = default_world.country_index("USA"), default_world.country_index("CHN")
    goods = [default_world.sector_index(s) for s in GOODS_SECTORS]
    w = default_world.trade[chn, usa, goods]
    us_on_china = (default_world.tariff[chn, usa, goods] * w).sum() / w.sum()
    w = default_world.trade[usa, chn, goods]
    china_on_us = (default_world.tariff[usa, chn, goods] * w).sum() / w.sum()
    # effective: duties on Chinese goods (about $61.5B) over imports ($536.8B, Census);
    # statutory (PIIE) would be 19.3%
    assert us_on_china == pytest.approx(0.115, abs=0.005)
    # China's: MFN at its duties collected plus the retaliation net of its exclusions
    # (docs/research/china_effective_tariffs.md: collected basis about 4%, 2-7%; statutory
    # net of exclusions about 9%), against PIIE's statutory 21.1%
    assert 0.04 < china_on_us < 0.09
    # farm goods: the trade-war increase excluded; US farm goods pay what Brazil's pay
    bra = default_world.country_index("BRA")
    for sector in ("agriculture", "food"):
        s = default_world.sector_index(sector)
        # (equal at ICIO resolution; aggregation weights differ a little)
        assert default_world.tariff[usa, chn, s] == pytest.approx(
            default_world.tariff[bra, chn, s], rel=0.02
        )
    assert default_world.tariff[usa, chn, goods].max() > default_world.tariff[bra, chn, goods].max()


def test_china_tariff_revenue_is_its_duties_collected(default_world):
    """China's customs duties: 280.62bn yuan in 2021 (GAC), $43.5B at 6.45 yuan per dollar,
    1.62% of its goods imports (2022 ran a little lower: January-July -3.4%, MOF)."""
    chn = default_world.country_index("CHN")
    goods = list(default_world.goods_indices)
    imports = default_world.trade[:, chn][:, goods].copy()
    imports[chn] = 0.0
    duties = (imports * default_world.tariff[:, chn][:, goods]).sum()
    assert duties / imports.sum() == pytest.approx(0.0162, abs=0.001)
    assert duties * default_world.usd_per_unit / 1e9 == pytest.approx(43.5, rel=0.05)
    services = default_world.sector_index("services")
    assert default_world.tariff[:, :, services].max() == 0.0


def test_card_names_sources_and_limits():
    card = default_card()
    for words in (
        "OECD",
        "CC BY 4.0",
        "sanction-simulator",
        "MIT",
        "import proportionality",
        "Known limits",
        "Elasticities",
        "Tariffs",
    ):
        assert words in card


def test_the_card_is_dated_by_its_source_release_not_the_build_day():
    import re

    from tradewar.data.build.default_files import SOURCE

    card = default_card()
    assert SOURCE in card and "2025 release" in card
    assert not re.search(r"\b20\d\d-\d\d-\d\d\b", card), "an ISO date in the card"
    assert "Built 20" not in card


def test_split_modules_keep_their_names_importable_from_default_world():
    """Callers import from ``default_world`` as before; the objects live in the split modules."""
    from tradewar.data.build import default_card as card_module
    from tradewar.data.build import default_files, default_world, start_states

    for module in (card_module, default_files, start_states):
        for name in module.__all__:
            if name in default_world.__all__:
                assert getattr(default_world, name) is getattr(module, name), name
    for name in (
        "GOODS_SECTORS",
        "default_mapping",
        "official_trade",
        "official_bilateral_trade",
        "default_world_card",
        "trade_check_table",
        "start_state_tariffs",
        "DEFAULT_FILE",
        "DEFAULT_ELASTICITIES",
    ):
        assert name in default_world.__all__ and hasattr(default_world, name), name


def test_start_state_tariffs_of_the_default_world(default_world):
    from tradewar.data.build.start_states import START_STATES, start_state_tariffs

    assert set(START_STATES) == {"pre-war-2017"}
    pre_war = start_state_tariffs(default_world, "pre-war-2017")
    usa, chn = default_world.country_index("USA"), default_world.country_index("CHN")
    goods = default_world.goods_indices
    # before the war, US tariffs on Chinese goods were the MFN rates: below the 2022 ones
    assert pre_war[chn, usa, goods].mean() < default_world.tariff[chn, usa, goods].mean()
    with pytest.raises(KeyError):
        start_state_tariffs(default_world, "post-war-2030")


def test_a_us_china_tariff_war_on_the_default_world(default_world):
    usa, chn = default_world.country_index("USA"), default_world.country_index("CHN")
    tariff = default_world.tariff.copy()
    goods = [default_world.sector_index(s) for s in GOODS_SECTORS]
    for s in goods:
        tariff[chn, usa, s] += 0.25
        tariff[usa, chn, s] += 0.25
    result = solve(default_world, Shock(tariff=tariff))
    table = result.countries()
    assert table.loc["USA", "welfare_pct"] < 0
    assert table.loc["CHN", "welfare_pct"] < 0
    assert result.equilibrium.trade[chn, usa].sum() < default_world.trade[chn, usa].sum()


@pytest.mark.slow
@pytest.mark.skipif(
    importlib.util.find_spec("sanction_simulator") is None,
    reason="sanction-simulator not installed (pip install 'tradewar[icio]')",
)
def test_committed_default_world_is_what_the_build_script_makes(default_world, tmp_path):
    from tradewar.datasets.build import build_default_world

    rebuilt, card = build_default_world()
    assert card == default_card()  # the committed card too: dated by its source, not the day
    assert rebuilt.countries == default_world.countries
    assert rebuilt.sectors == default_world.sectors
    np.testing.assert_allclose(rebuilt.trade, default_world.trade, rtol=1e-6, atol=1e-6)
    np.testing.assert_allclose(rebuilt.tariff, default_world.tariff, atol=1e-9)
    np.testing.assert_allclose(rebuilt.io_shares, default_world.io_shares, atol=1e-9)
    np.testing.assert_allclose(rebuilt.theta, default_world.theta)


def test_trade_matches_official_totals(default_world):
    """Each region's exports, imports and balance of goods and services, 2022.

    Official figures (``src/tradewar/data/default/trade_2022.csv``, billions of USD):
    BEA for the US (deficit $951B), the World Bank's World Development Indicators
    (NE.EXP.GNFS.CD, NE.IMP.GNFS.CD) for the others, Taiwan's central bank for
    Taiwan's balance; EU, ASEAN and ROW are members' sums less trade among them.
    ROW closes the world (the official balances sum to +$690B), so only its closure
    is held.
    """
    from tradewar.data.build.default_card import trade_check_table

    table = trade_check_table(default_world)
    held = table.drop(index="ROW")
    levels = held.dropna(subset=["exports_official"])
    assert len(levels) == 15  # every region with official levels (not TWN, not ROW)
    assert (levels["exports_gap_pct"].abs() <= 5).all(), levels["exports_gap_pct"]
    assert (levels["imports_gap_pct"].abs() <= 5).all(), levels["imports_gap_pct"]
    np.testing.assert_allclose(held["balance"], held["balance_official"], atol=0.05)
    assert (np.sign(held["balance"]) == np.sign(held["balance_official"])).all()
    assert table.loc["USA", "balance"] == pytest.approx(-951.1, abs=0.1)
    assert table.loc["MEX", "balance"] == pytest.approx(-43.0, abs=0.1)
    assert table.loc["VNM", "balance"] > 0 and table.loc["TWN", "balance"] == pytest.approx(80.3)
    # ROW is the closure: minus the others' balances
    assert table.loc["ROW", "balance"] == pytest.approx(-held["balance"].sum(), abs=0.1)


def test_us_china_trade_in_2022(default_world):
    """US goods trade with China, 2022 (Census: imports $536.8B, exports $153.8B).

    Held by the fit (``trade_bilateral_2022.csv``); China's share of US goods
    imports then matches Census's 16.5% ($536.8B of $3,242B) too.
    """
    usa, chn = default_world.country_index("USA"), default_world.country_index("CHN")
    goods = [default_world.sector_index(s) for s in default_world.goods]
    usd_bn = default_world.usd_per_unit / 1e9
    imports = default_world.trade[chn, usa, goods].sum() * usd_bn
    exports = default_world.trade[usa, chn, goods].sum() * usd_bn
    assert imports == pytest.approx(536.8, rel=0.01)
    assert exports == pytest.approx(153.8, rel=0.01)
    world = default_world.trade[:, usa][:, goods].sum() - default_world.trade[usa, usa, goods].sum()
    assert imports / (world * usd_bn) == pytest.approx(0.165, abs=0.01)


def test_goods_and_services_trade_split_as_officially(default_world):
    """Services trade, 2022: BEA for the US, the UNCTAD-WTO data set for the others."""
    from tradewar.data.build.default_files import official_trade

    official = official_trade().set_index("region")
    services = [k for k, s in enumerate(default_world.sectors) if s not in default_world.goods]
    foreign = default_world.trade.copy()
    np.einsum("nns->ns", foreign)[:] = 0.0
    usd_bn = default_world.usd_per_unit / 1e9
    held = official.dropna(subset=["services_exports_bn"])
    assert len(held) == 13
    for region, row in held.iterrows():
        k = default_world.country_index(region)
        exports = foreign[k][:, services].sum() * usd_bn
        imports = foreign[:, k][:, services].sum() * usd_bn
        assert exports == pytest.approx(row["services_exports_bn"], rel=0.05), region
        assert imports == pytest.approx(row["services_imports_bn"], rel=0.05), region
    usa = default_world.country_index("USA")
    goods_exports = (foreign[usa].sum() - foreign[usa][:, services].sum()) * usd_bn
    assert goods_exports == pytest.approx(2090.3, rel=0.01)  # BEA, BoP basis


def test_us_tariff_revenue_and_average_are_the_duties_collected(default_world):
    """US customs duties, calendar 2022: $98.0B (Treasury) on $3,239.7B of imports (Census)."""
    usa = default_world.country_index("USA")
    revenue = default_world.tariff_revenue[usa] * default_world.usd_per_unit / 1e9
    assert revenue == pytest.approx(98.0, rel=0.05)
    goods = default_world.goods_indices
    flows = default_world.trade[:, usa][:, goods].copy()
    flows[usa] = 0.0
    average = (default_world.tariff[:, usa][:, goods] * flows).sum() / flows.sum()
    assert average == pytest.approx(0.0303, abs=0.003)
