"""The reader's hundred-and-twentieth round: provinces for their country, goods that enter.

"Ontario's liquor retailer began pulling American wine, beer and spirits from its shelves":
Canada's provinces stand for Canada, whose measures the sets give to Canada ("Prices for
yellow peas at Saskatchewan elevators fell", "Ontario's feed-in tariff program"). "Fijian
goods entering the United States will face a 32 percent tariff": the country the goods enter
is the importer, the actor, not an origin of the goods.
"""

from __future__ import annotations

import pytest
from news_support import Round

pytest.importorskip("spacy", reason="the news reader needs spaCy: pip install tradewar[news]")

DAY = "2025-03-05"  # a Wednesday

READ = Round(DAY)
_events, _one = READ.events, READ.one


def test_a_provinces_measure_is_its_countrys():
    event = _one(
        "Ontario's liquor retailer began pulling American wine, beer and spirits from its "
        "shelves on Tuesday.",
        kind="purchase_cut",
    )
    assert (event.actor, event.target) == ("CAN", "USA")


def test_a_provinces_market_is_its_countrys():
    events = _events(
        "India imposed a 50 per cent duty on peas on Wednesday. Prices for yellow peas at "
        "Saskatchewan elevators fell by about 10 per cent on Thursday.",
        kind="market_reaction",
        date="2017-11-09",
    )
    assert [e.actor for e in events] == ["CAN"]


@pytest.mark.parametrize(
    ("text", "origin"),
    [
        (
            "Fijian goods entering the United States will face a 32 percent tariff from April 9.",
            "FJI",
        ),
        ("Malaysian goods entering the United States face a 19 per cent tariff from today.", "MYS"),
    ],
)
def test_the_country_goods_enter_imposes_the_tariff(text: str, origin: str) -> None:
    event = _one(text, kind="tariff_increase", date="2025-04-03")
    assert (event.actor, event.target) == ("USA", origin)


def test_goods_from_a_country_keep_their_origin():
    event = _one(
        "Goods from Vietnam will face a 20 percent U.S. tariff from August 7.",
        kind="tariff_increase",
        date="2025-07-31",
    )
    assert (event.actor, event.target) == ("USA", "VNM")
