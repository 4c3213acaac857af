"""The reader's hundred-and-thirty-fourth round: rate moves for a currency, supplies begun.

- In a report whose headline or lead is about a currency ("Zambia raises key rate to defend
  kwacha"), a central bank's policy rate moved by a stated amount, up or down, is a step for
  the currency (a currency intervention); one told for inflation is none, and a rate rise in
  a report on something else stays none.
- Supplies begun to a country are its purchase ("Kazakhstan has begun supplying crude oil to
  Germany"; "Azerbaijani natural gas began flowing to Syria", the goods' country the seller).
- "The Council of the European Union" is the EU; a contract "for the construction of" a
  project cancelled is a deal broken; a tariff "raised with" another's official was brought
  up in talks.
- No event: a step in a clause with "should"; imports' cost cut; prices traders "expected"
  to rise; quotas Washington "could otherwise have imposed"; "dollars' worth of butter" sold;
  purchases in a trader's own words by no named buyer.
"""

from __future__ import annotations

import pytest
from news_support import Round

pytest.importorskip("spacy", reason="the news reader needs spaCy: pip install tradewar[news]")

DAY = "2024-02-22"  # a Thursday

READ = Round(DAY)
_events, _one = READ.events, READ.one


def test_a_rate_rise_in_a_report_on_a_currency_is_a_step_for_it() -> None:
    text = (
        "Zambia raises key rate to defend kwacha\n\n"
        "LUSAKA, Feb 22 (Reuters) - Zambia's central bank raised its main lending rate by 150 "
        "basis points to 12.5% on Wednesday."
    )
    event = _one(text, kind="currency_intervention")
    assert event.actor == "ZMB"


def test_a_rate_cut_in_a_report_on_a_peg_is_a_step_for_it() -> None:
    text = (
        "Denmark cuts rates again to defend krone peg\n\n"
        "COPENHAGEN, Feb 5 (Reuters) - Denmark's central bank cut its deposit rate to minus "
        "0.75 percent on Thursday."
    )
    assert _events(text, "2015-02-06", kind="currency_intervention")


@pytest.mark.parametrize(
    "text",
    [
        "Armenia's dram hits two-year high\n\nYEREVAN, June 9 (ARKA) - The bank raised its "
        "refinancing rate to 9.25 percent in April to contain inflation.",
        "Norway's central bank cuts its policy rate\n\nOSLO, Sept 18 (Wire) - Norway's central "
        "bank cut its policy rate by a quarter point to 4.0% on Thursday.",
    ],
)
def test_a_rate_move_for_inflation_or_off_a_currency_report_is_none(text: str) -> None:
    assert not _events(text, "2022-06-09", kind="currency_intervention")


@pytest.mark.parametrize(
    ("text", "buyer", "seller"),
    [
        (
            "ASTANA - Kazakhstan has begun supplying crude oil to Germany through the Druzhba "
            "pipeline, KazTransOil said on Tuesday.",
            "DEU",
            "KAZ",
        ),
        (
            "ANKARA - Azerbaijani natural gas began flowing to Syria through Turkiye on Saturday.",
            "SYR",
            "AZE",
        ),
    ],
)
def test_supplies_begun_to_a_country_are_its_purchase(text: str, buyer: str, seller: str) -> None:
    event = _one(text, kind="purchase_commitment", date="2023-06-10")
    assert (event.actor, event.target) == (buyer, seller)


def test_the_council_of_the_european_union_is_the_eu() -> None:
    text = (
        "CHISINAU, May 31 /IPN/ - The Council of the European Union on Tuesday imposed "
        "sanctions on seven people, including fugitive Moldovan businessmen Ilan Shor and "
        "Vladimir Plahotniuc."
    )
    event = _one(text, kind="sanction", date="2023-05-31")
    assert (event.actor, event.target) == ("EU", "MDA")


def test_a_project_contract_cancelled_is_a_deal_broken() -> None:
    text = (
        "FREETOWN - The Government of Sierra Leone on Monday cancelled the contract for the "
        "construction of the proposed Mamamah International Airport, a $318 million project "
        "to be built by China Railway Seventh Group."
    )
    event = _one(text, kind="deal_broken", date="2018-10-10")
    assert event.actor == "SLE"


def test_a_tariff_raised_with_another_official_is_talks_held() -> None:
    text = (
        "OTTAWA - Mary Ng raised the duties with U.S. Trade Representative Katherine Tai in a "
        "call on Tuesday."
    )
    event = _one(text, kind="talks_held", date="2021-11-25")
    assert (event.actor, event.target) == ("CAN", "USA")
    assert not _events(text, "2021-11-25", kind="tariff_increase")
    later = "BRUSSELS - EU officials will raise the duties with Ukraine at talks next week."
    assert not _events(later, "2013-04-14", kind="tariff_increase")


@pytest.mark.parametrize(
    "text",
    [
        '"The government should let private importers bring in rice and cut the tariff."',
        "Armenian businessmen say an open border would cut the cost of imports.",
        "Bo said the terms were better for China than the quotas Washington could otherwise "
        "have imposed product by product.",
        "Arla Foods, the dairy group that sells about 430 million dollars' worth of butter to "
        "the Middle East each year, said sales had stopped.",
    ],
)
def test_sentences_that_tell_no_step(text: str) -> None:
    assert not _events(text, "2006-01-30")


def test_prices_traders_expect_to_rise_are_no_market_line() -> None:
    text = (
        "ALMATY - Kazakhstan banned wheat exports on Tuesday. Traders in Tajikistan said they "
        "expected flour prices in their markets to rise by 10 percent this week."
    )
    assert not _events(text, "2008-04-15", kind="market_reaction")


def test_currency_sold_worth_an_amount_stays_a_step() -> None:
    text = (
        "COPENHAGEN - The bank sold currency worth about 18 billion crowns ($2.6 billion) "
        "earlier this month."
    )
    assert _events(text, "2020-03-20", kind="currency_intervention")


def test_a_purchase_in_a_traders_own_words_by_no_named_buyer_is_none() -> None:
    text = (
        "JOHANNESBURG - China agreed on Tuesday to cap clothing exports to South Africa. "
        '"Our members will simply buy from India, Pakistan and Mauritius," said a buyer for a '
        "national chain."
    )
    assert not _events(text, "2006-06-22", kind="purchase_commitment")
