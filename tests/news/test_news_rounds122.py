"""The reader's hundred-and-twenty-second round: tours, contracts, concessions, fees, markets.

"told travel agencies to stop selling package tours to Palau": trips no longer bought, a
purchase cut (allowed again, the cut undone), no export control. "Uzbekistan and Kazakhstan
banned onion exports": two bans, neither the other's target. "told government agencies not
to renew non-essential contracts with German companies": an order not to buy. "cancelled its
contract with French shipbuilder Naval Group", "could scrap a ... order for five corvettes
from Navantia": purchases withdrawn. "terminated ... DP World's concession": a deal broken.
"The recycling fee that Russia charges on imported passenger cars rose": a tariff. Melilla
and Ceuta are Spain's. A market move a modal foresees is none; any other is in effect. A
round of an election is no round of talks; a meeting that "had been due" is background.
"""

from __future__ import annotations

import pytest
from news_support import Round

pytest.importorskip("spacy", reason="the news reader needs spaCy: pip install tradewar[news]")

DAY = "2017-11-22"  # a Wednesday

READ = Round(DAY)
_events, _one = READ.events, READ.one


def test_tours_no_longer_sold_are_a_purchase_cut():
    event = _one(
        "Chinese authorities have told travel agencies to stop selling package tours to Palau.",
        kind="purchase_cut",
    )
    assert (event.actor, event.target, event.status) == ("CHN", "PLW", "in_effect")
    assert not _events(
        "Chinese authorities have told travel agencies to stop selling package tours to Palau.",
        kind="export_control",
    )


def test_tours_allowed_again_undo_the_cut_for_each_country():
    events = _events(
        "China on Thursday allowed its travel agencies to sell group tours to South Korea, Japan "
        "and the United States.",
        kind="purchase_cut",
        date="2023-08-11",
    )
    assert [(e.target, e.status) for e in events] == [
        ("KOR", "reversed"),
        ("JPN", "reversed"),
        ("USA", "reversed"),
    ]


def test_tours_sold_as_business_are_no_event():
    assert not _events("Travel agencies in Beijing sell tours to Japan.")


def test_two_countries_that_ban_exports_each_act():
    events = _events(
        "Uzbekistan and Kazakhstan banned onion exports earlier this month.",
        kind="export_control",
        date="2023-01-24",
    )
    assert sorted((e.actor, e.target) for e in events) == [("KAZ", None), ("UZB", None)]


def test_an_order_not_to_renew_contracts_with_a_countrys_firms_is_a_purchase_cut():
    event = _one(
        "Saudi Arabia has told government agencies not to renew non-essential contracts with "
        "German companies.",
        kind="purchase_cut",
        date="2018-05-25",
    )
    assert (event.actor, event.target, event.status) == ("SAU", "DEU", "in_effect")


@pytest.mark.parametrize(
    "text",
    [
        "The ministry said it would not renew its contracts with the consultants.",
        "China's foreign minister told reporters that the two presidents had agreed not to "
        "raise tariffs further.",
    ],
)
def test_a_contract_not_renewed_with_no_country_or_a_denial_is_no_cut(text: str) -> None:
    assert not _events(text, kind="purchase_cut", date="2018-05-25")


@pytest.mark.parametrize(
    ("text", "target", "status"),
    [
        (
            "Australia cancelled its contract with French shipbuilder Naval Group for 12 "
            "diesel-electric submarines on September 15.",
            "FRA",
            "in_effect",
        ),
        (
            "Saudi officials signalled last week that they could scrap a 1.8 billion euro ($2.1 "
            "billion) order for five corvettes from Navantia.",
            "ESP",
            "threatened",
        ),
    ],
)
def test_a_contract_or_order_withdrawn_from_a_seller_is_a_purchase_cut(
    text: str, target: str, status: str
) -> None:
    event = _one(text, kind="purchase_cut", date="2021-10-08")
    assert (event.target, event.status) == (target, status)


def test_a_decision_to_scrap_a_contract_as_a_cause_is_no_cut():
    assert not _events(
        "The European Union has postponed the next round of free trade negotiations with "
        "Australia, the latest fallout from Canberra's decision to scrap a multi-billion-dollar "
        "submarine contract with France.",
        kind="purchase_cut",
        date="2021-10-08",
    )


def test_a_concession_terminated_is_a_deal_broken():
    event = _one(
        "Djibouti has terminated Dubai-based DP World's concession to run the Doraleh Container "
        "Terminal and taken control of the port, the government said on Thursday.",
        kind="deal_broken",
        date="2018-02-23",
    )
    assert (event.actor, event.target) == ("DJI", "ARE")


@pytest.mark.parametrize(
    "text",
    [
        "The recycling fee that Russia charges on imported passenger cars rose by 70% to 85% on "
        "Tuesday.",
        "Russia will raise its recycling fee on imported cars by 70% from October 1.",
    ],
)
def test_a_recycling_fee_on_imported_cars_is_a_tariff(text: str) -> None:
    event = _one(text, kind="tariff_increase", date="2024-10-01")
    assert event.actor == "RUS"


def test_melilla_is_spains():
    event = _one(
        "Morocco reopened the Melilla post it had closed in 2018 and opened one in Ceuta for the "
        "first time.",
        kind="purchase_cut",
        date="2025-01-16",
    )
    assert (event.actor, event.target, event.status) == ("MAR", "ESP", "reversed")


def test_a_market_move_foreseen_is_none():
    events = _events(
        "Russia raised its recycling fee on imported cars by 70% on Tuesday. Dealers said prices "
        "of imported cars would rise by 5% to 10% over the coming months.",
        kind="market_reaction",
        date="2024-10-01",
    )
    assert not events


def test_a_bonds_move_is_in_effect_whatever_their_maturity():
    event = _one(
        "Saudi Aramco halted shipments of oil products to Egypt. Egypt's dollar bonds due 2025 "
        "fell about one cent on the dollar on Monday.",
        kind="market_reaction",
        date="2016-10-11",
    )
    assert event.status == "in_effect"


def test_an_elections_round_is_no_round_of_talks():
    text = (
        "Romania's leu fell past 5.10 per euro for the first time on Tuesday, after the central "
        "bank eased its defence of the currency following the collapse of the ruling coalition "
        "and a strong first-round win for a far-right nationalist in the presidential election. "
        "Polls taken before the first round showed Simion ahead."
    )
    assert not [e for e in _events(text, date="2025-05-06") if e.kind.startswith("talks")]


def test_a_round_of_talks_is_still_one():
    event = _one(
        "The first round of negotiations will be held in Brussels in October.",
        kind="talks_scheduled",
        date="2025-05-06",
    )
    assert event.status == "announced"


def test_a_meeting_that_had_been_due_is_background():
    assert not _events(
        "Overchuk, who oversees Moscow's economic ties with former Soviet states, had been due "
        "in Baku this week for talks on trade.",
        kind="talks_scheduled",
        date="2025-07-01",
    )


def test_a_recycling_fees_percentages_are_no_duty_rates():
    event = _one(
        "The recycling fee that Russia charges on imported passenger cars rose by 70% to 85% on "
        "Tuesday.",
        kind="tariff_increase",
        date="2024-10-01",
    )
    assert (event.rate_from, event.rate_to, event.rate_change) == (None, None, None)


def test_an_ad_valorem_fee_keeps_its_rates():
    event = _one(
        "Kenya raises the import declaration fee, charged on the customs value of imports, to "
        "3.5 percent from 2.5 percent.",
        kind="tariff_increase",
        date="2023-06-27",
    )
    assert (event.rate_from, event.rate_to) == (0.025, 0.035)


def test_a_warned_rise_lends_no_companies_to_a_move():
    events = _events(
        "Japan sold yen in the currency market on Thursday. The dollar rose above 80 yen from "
        "around 77 yen before the intervention. Exporters such as Toyota Motor and Sony have "
        "warned that each one-yen rise against the dollar cuts their profits by billions of yen.",
        kind="market_reaction",
        date="2011-08-04",
    )
    assert [e.companies for e in events] == [()]


def test_executive_orders_revoked_are_no_purchase_withdrawn():
    assert not _events(
        "President Joe Biden on Wednesday revoked executive orders from his predecessor that "
        "sought to ban the TikTok and WeChat apps.",
        kind="purchase_cut",
        date="2021-06-10",
    )
