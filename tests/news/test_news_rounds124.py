"""The reader's hundred-and-twenty-fourth round: starts before a source, goods sent, banks.

Against the fifty-fifth set's errors. "... a 25% tariff from August 1, according to a letter
from President Donald Trump": a start date before ", according to" is the measure's, not the
date of a saying (it had been read as last year's August 1). "Moldovan goods exported to the
United States will be subject to a 25% tariff", "Brunei Darussalam's exports to the United
States will be charged a 25 per cent tariff": the country the goods are sent to imposes the
tariff, on the country that sends them. "injected 8.5 million US dollars into the foreign
exchange market": a central bank's sale of dollars; "The Bank of the Republic of Haiti" is
Haiti's. "signed a memorandum of understanding with its Azerbaijani counterpart": a deal.
"""

from __future__ import annotations

import datetime as dt

import pytest
from news_support import Round

pytest.importorskip("spacy", reason="the news reader needs spaCy: pip install tradewar[news]")

DAY = "2025-07-10"  # a Thursday

READ = Round(DAY)
_events, _one = READ.events, READ.one


@pytest.mark.parametrize(
    ("text", "origin"),
    [
        (
            "Moldovan goods exported to the United States will be subject to a 25% tariff from "
            "August 1, according to a letter from President Donald Trump.",
            "MDA",
        ),
        (
            "Brunei Darussalam's exports to the United States will be charged a 25 per cent "
            "tariff from August 1.",
            "BRN",
        ),
    ],
)
def test_the_country_goods_are_sent_to_imposes_the_tariff(text: str, origin: str) -> None:
    event = _one(text, kind="tariff_increase")
    assert (event.actor, event.target) == ("USA", origin)
    assert event.date == dt.date(2025, 8, 1)


def test_a_start_before_according_to_is_the_measures_date():
    event = _one(
        "India will impose a 20 percent duty on steel from China from August 1, according to a "
        "government notice.",
        kind="tariff_increase",
    )
    assert event.date == dt.date(2025, 8, 1)


def test_a_date_of_saying_still_dates_the_report():
    event = _one(
        "India will impose a 20 percent duty on steel from China, the ministry said on Monday.",
        kind="tariff_increase",
    )
    assert event.status == "announced"


def test_goods_from_a_country_sold_at_home_keep_their_origin():
    event = _one(
        "Goods from Vietnam will face a 20 percent U.S. tariff from August 7.",
        kind="tariff_increase",
    )
    assert (event.actor, event.target) == ("USA", "VNM")


def test_dollars_injected_into_the_exchange_market_are_an_intervention():
    event = _one(
        "The Bank of the Republic of Haiti (BRH) injected 8.5 million US dollars into the "
        "foreign exchange market on Thursday.",
        kind="currency_intervention",
        date="2022-08-12",
    )
    assert event.actor == "HTI"


def test_money_injected_into_stocks_is_no_intervention():
    assert not _events(
        "The state fund injected 10 billion dollars into the stock market on Thursday.",
        kind="currency_intervention",
        date="2022-08-12",
    )


def test_a_memorandum_with_a_countrys_counterpart_is_a_deal():
    event = _one(
        "Serbia's energy ministry also signed a memorandum of understanding with its "
        "Azerbaijani counterpart covering possible supplies.",
        kind="deal_reached",
        date="2023-11-16",
    )
    assert (event.actor, event.target) == ("SRB", "AZE")
