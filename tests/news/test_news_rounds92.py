"""The reader's ninety-second round: the dollar priced in a local currency, and surrender orders.

"On the informal market in Yangon, the dollar fetched about 2,100 kyat on Monday", "the
dollar rose to Tk 98 yesterday", "The dollar jumped to around 80 yen": the local currency's
move, its country the actor (not the United States'); "the dollar traded at about 60,000
pounds on Wednesday" is the day's level; a central bank that "ordered residents to convert
foreign currency they earn ... into kyat" intervenes.
"""

from __future__ import annotations

import pytest
from news_support import Round

pytest.importorskip("spacy", reason="the news reader needs spaCy: pip install tradewar[news]")

DAY = "2022-04-05"  # a Tuesday
LEAD = "Myanmar banned imports of cars on Sunday. "


READ = Round(DAY)
_events, _one = READ.events, READ.one


@pytest.mark.parametrize(
    ("sentence", "actor"),
    [
        ("On the informal market in Yangon, the dollar fetched about 2,100 kyat on Monday.", "MMR"),
        ("On the kerb market, the dollar rose to Tk 98 yesterday from about Tk 92.", "BGD"),
        ("The dollar jumped to around 80 yen from about 77.10 yen on Monday.", "JPN"),
        ("The dollar fell to about 7,900 soums at Tashkent's informal markets on Monday.", "UZB"),
    ],
)
def test_the_dollar_priced_in_a_local_currency_is_that_currencys_move(sentence, actor):
    event = _one(LEAD + sentence, kind="market_reaction")
    assert event.actor == actor


def test_the_dollar_against_a_shared_currency_name_keeps_no_guessed_country():
    event = _one(
        LEAD + "On the parallel market the dollar traded at about 60,000 pounds on Monday.",
        kind="market_reaction",
    )
    assert event.actor in {None, "USA"}  # "pounds" is several countries': none guessed


def test_a_currencys_level_per_dollar_alone_is_no_move():
    found = _events(
        LEAD + "The hryvnia traded at about 39.9 per dollar at exchange booths on Monday."
    )
    assert "market_reaction" not in [e.kind for e in found]


def test_an_order_to_convert_foreign_currency_is_an_intervention():
    event = _one(
        "The Central Bank of Myanmar on Sunday ordered residents to convert foreign currency "
        "they earn or receive from abroad into kyat within one working day.",
        kind="currency_intervention",
    )
    assert (event.actor, event.status, str(event.date)) == ("MMR", "in_effect", "2022-04-03")
