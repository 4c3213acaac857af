"""The reader's seventy-sixth round: prices moved by a share in words, and trailing modals.

A commodity's prices that fell "by about a third" move as by a percentage; "prices paid
to growers for green vanilla" are the vanilla's; a modal in a relative clause after the
event ("as traders who could no longer ship ...") makes no analyst's conditional of it.
"""

from __future__ import annotations

import pytest
from news_support import Round

pytest.importorskip("spacy", reason="the news reader needs spaCy: pip install tradewar[news]")

DAY = "2020-02-10"  # a Monday


READ = Round(DAY)
_events, _one = READ.events, READ.one

BAN = "Israel barred Palestinian vegetables and fruit from its markets on Saturday. "


def test_prices_that_fell_by_a_share_in_words_moved():
    found = _events(
        BAN + "At the central vegetable market in Jericho, prices of tomatoes and cucumbers "
        "fell by about a third on Sunday as traders who could no longer ship to Jordan "
        "unloaded their stock.",
        kind="market_reaction",
    )
    assert [e.status for e in found] == ["in_effect"]


def test_prices_paid_to_growers_for_a_good():
    found = _events(
        "Madagascar scrapped its minimum export price for vanilla on Tuesday. Prices paid to "
        "growers for green vanilla in the Sava region fell by about a fifth this week.",
        date="2023-11-10",
        kind="market_reaction",
    )
    assert len(found) == 1


def test_a_trend_in_a_relative_clause_is_no_move():
    found = _events(
        "India imposed export duties on steel products on Saturday. Domestic prices of "
        "hot-rolled coil, which have risen by about half in a year, are expected to ease in "
        "June, dealers said.",
        date="2022-05-23",
        kind="market_reaction",
    )
    assert found == []
