"""The reader's eighty-second round: an order past "of the new", and a close from a level.

"Qatar Airways signed for 50 of the new Boeing jets" orders the maker's jets; "The pound
closed at 6.30 to the dollar on Monday, from 6.18 on Thursday" is a market move (a close
at a level from another, as "down from" one was).
"""

from __future__ import annotations

import pytest
from news_support import Round

pytest.importorskip("spacy", reason="the news reader needs spaCy: pip install tradewar[news]")

DAY = "2013-11-17"  # a Sunday


READ = Round(DAY)
_events, _one = READ.events, READ.one


def test_an_order_past_of_the_new():
    e = _one("Qatar Airways signed for 50 of the new Boeing jets.", kind="purchase_commitment")
    assert (e.actor, e.target, e.status) == ("QAT", "USA", "announced")


def test_a_close_at_a_level_from_another():
    found = _events(
        "Egypt's central bank sold dollars at its first auction on Sunday. The Egyptian pound "
        "closed at 6.30 to the dollar on Monday, from 6.18 on Thursday.",
        date="2012-12-31",
        kind="market_reaction",
    )
    assert [e.actor for e in found] == ["EGY"]


def test_a_close_at_a_level_with_no_move_is_none():
    found = _events(
        "The Egyptian pound closed at 6.30 to the dollar, its highest level from the past year.",
        date="2012-12-31",
        kind="market_reaction",
    )
    assert found == []
