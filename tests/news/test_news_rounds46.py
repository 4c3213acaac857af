"""The reader's forty-sixth round: one test class per class of error, on sentences of its own.

None of these sentences is taken from a labelled set: each class of error that the
thirtieth fresh held-out set showed (after its one measurement) is tested on new wording,
other countries and goods, so that the mechanism is tested, not the sentence.
"""

from __future__ import annotations

import datetime as dt

import pytest
from news_support import Round

pytest.importorskip("spacy", reason="the news reader needs spaCy: pip install tradewar[news]")

DAY = "2024-10-18"  # a Friday


READ = Round(DAY)
_events, _one = READ.events, READ.one


class TestTalksThatStall:
    """Class 1: talks that "produced no breakthrough" stall, and so does a trip for talks that
    ended without a deal; one that "would speak with" another schedules a call."""

    def test_produced_no_breakthrough(self):
        e = _one(
            "Talks between the Kenyan and Tanzanian trade ministers in Arusha earlier this week "
            "produced no breakthrough.",
            kind="talks_stalled",
        )
        assert (e.actor, e.target) == ("KEN", "TZA")

    def test_trip_ended_without_a_deal(self):
        e = _one(
            "Finance Minister Nirmala Sitharaman's trip to Washington on Oct. 15 ended without "
            "a deal.",
            kind="talks_stalled",
        )
        assert e.date == dt.date(2024, 10, 15)

    def test_a_trip_that_ended(self):
        assert not _events("The minister's trip to Tokyo ended on Tuesday.", kind="talks_stalled")

    def test_would_speak_with(self):
        e = _one(
            "Lula would speak with Chinese President Xi Jinping later this week.",
            kind="talks_scheduled",
        )
        assert (e.actor, e.target) == ("BRA", "CHN")


class TestCrossingsAndRulings:
    """Class 2: crossings closed to trade cut purchases; a ruling upheld is a ruling."""

    def test_crossings_closed_to_trade(self):
        e = _one(
            "Armenia closed the Bagratashen and Gogavan crossings to trade on Monday.",
            kind="purchase_cut",
        )
        assert (e.actor, e.status) == ("ARM", "in_effect")

    def test_upheld_a_finding(self):
        e = _one(
            "The WTO's Appellate Body on Tuesday upheld a finding that Argentina's import "
            "licensing rules broke global trade rules, in a case brought by Japan.",
            kind="deal_broken",
        )
        assert (e.actor, e.target) == ("ARG", "JPN")
