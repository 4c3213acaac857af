"""The reader's hundred-and-sixth round: the day's price of a commodity on its market.

"Prices of used cars, which had soared during the ban, fell by up to 15 percent in Colombo
this week", "Prices at the Mombasa tea auction fell about 2 percent on Tuesday", "Onion
prices at the Lasalgaon wholesale market, Asia's largest, rose 4 per cent on Monday": a
good's price moved on a day by an amount, on the market of a place, is a market reaction of
that place's country. The goods may follow "prices of" past a quantity, or stand before the
auction they are sold at; an aside between commas may stand before the move, and a move
inside it ("which had risen") is its background. A move over a span ("have risen ... since
the border closed"), a price with no day, or consumer prices stay none.
"""

from __future__ import annotations

import pytest
from news_support import Round

pytest.importorskip("spacy", reason="the news reader needs spaCy: pip install tradewar[news]")

DAY = "2025-02-01"  # a Saturday

READ = Round(DAY)
_events, _one = READ.events, READ.one

#: A trade event before each price line: a market move is an event only among others.
BAN = "Sri Lanka lifted its ban on imports of vehicles on Monday. "


@pytest.mark.parametrize(
    ("line", "actor", "date"),
    [
        # the goods after "prices of", past a relative clause with a move of its own
        (
            "Prices of used cars, which had soared during the ban, fell by up to 15 percent in "
            "Colombo this week, dealers said.",
            "LKA",
            DAY,  # "this week": the report's date
        ),
        # the goods past a quantity ("a 25-kilogramme bag of")
        (
            "Prices of a 25-kilogramme bag of mealie meal rose by about 15 percent in Lusaka "
            "markets this week, traders said.",
            "ZMB",
            DAY,
        ),
        # the goods before the auction they are sold at, in its city
        ("Prices at the Mombasa tea auction fell about 2 percent on Tuesday.", "KEN", "2025-01-28"),
        # an apposition between the market and the move
        (
            "Onion prices at the Lasalgaon wholesale market, Asia's largest, rose 4 per cent on "
            "Monday.",
            "IND",
            "2025-01-27",
        ),
        # a move that carries its size, priced per unit
        (
            "The price of liquefied gas for cooking in Dushanbe markets doubled to about 10 "
            "somoni a cylinder on Tuesday, traders said.",
            "TJK",
            "2025-01-28",
        ),
        # the market's city, not the region's adjective; the day told by its cause
        ("European gas prices fell 3% in Amsterdam after the announcement.", "NLD", DAY),
        # a market town named after "at"
        (
            "Prices for feeder steers at Darwin fell by about 20 cents a kilogram on Friday.",
            "AUS",
            "2025-01-31",
        ),
    ],
)
def test_a_goods_price_moved_on_a_day_is_a_market_reaction(line, actor, date):
    event = _one(BAN + line, kind="market_reaction")
    assert (event.actor, str(event.date), event.status) == (actor, date, "in_effect")


def test_the_world_gold_price_has_no_country():
    event = _one(
        BAN + "Gold prices rose to a record above $3,000 an ounce on Monday.",
        kind="market_reaction",
    )
    assert (event.actor, str(event.date)) == (None, "2025-01-27")


def test_a_move_eased_past_a_relative_clause_is_the_days():
    event = _one(
        BAN + "Cobalt prices, which had risen on fears of tighter supply, eased about 2 percent "
        "in London trading on Tuesday, dealers said.",
        kind="market_reaction",
    )
    assert str(event.date) == "2025-01-28"
    assert "eased" in event.sentence


@pytest.mark.parametrize(
    "line",
    [
        # a trend over a span
        "Wholesale flour prices in Bishkek have risen by about 15 percent since the border closed.",
        # consumer prices
        "Consumer prices rose 5 percent in Colombo on Tuesday.",
        # no day, and no amount
        "Onion prices, which had doubled in a month, rose again.",
        # a background in a clause of its own
        "Dealers cut orders as prices of used cars fell in Colombo on Tuesday.",
        # a relative clause's move, with no move of the subject after it
        "Prices of used cars, which had soared during the ban on Tuesday, are expected to ease.",
    ],
)
def test_no_days_move_is_no_reaction(line):
    assert _events(BAN + line, kind="market_reaction") == []
