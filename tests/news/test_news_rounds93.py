"""The reader's ninety-third round: a step that could come, and a country's currency.

"European Union foreign ministers could approve a ban on imports of Iranian oil on Jan. 30"
(a report of 2 January) is dated the Jan. 30 to come, not the one before; "Iran's currency
plunged to a record low against the dollar on Monday" is Iran's market move.
"""

from __future__ import annotations

import pytest
from news_support import Round

pytest.importorskip("spacy", reason="the news reader needs spaCy: pip install tradewar[news]")

DAY = "2012-01-02"  # a Monday


READ = Round(DAY)
_events, _one = READ.events, READ.one


def test_a_step_that_could_come_on_a_day_is_dated_ahead():
    found = _events(
        "European Union foreign ministers could approve a ban on imports of Iranian oil on "
        "Jan. 30, diplomats in Brussels said."
    )
    assert [(str(e.date), e.status) for e in found] == [("2012-01-30", "threatened")]


def test_a_step_that_could_not_be_agreed_stays_in_the_past():
    found = _events(
        "China raised tariffs on Friday. The two sides could not agree on a deal at talks on "
        "Thursday."
    )
    assert all(e.date is None or str(e.date) <= DAY for e in found)


def test_a_countrys_currency_that_plunged_is_its_move():
    event = _one(
        "China raised tariffs on Friday. Iran's currency plunged to a record low against the "
        "dollar on Monday.",
        kind="market_reaction",
    )
    assert (event.actor, str(event.date)) == ("IRN", "2012-01-02")
