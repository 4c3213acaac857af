"""The reader's forty-eighth round: talks to resume and retaliation vowed in plain words.

Two misses of the thirty-first fresh held-out set (after its one measurement), tested on
new wording, other countries and goods.
"""

from __future__ import annotations

import datetime as dt

import pytest
from news_support import Round

pytest.importorskip("spacy", reason="the news reader needs spaCy: pip install tradewar[news]")

DAY = "2021-03-10"  # a Wednesday


READ = Round(DAY)
_events, _one = READ.events, READ.one


class TestPlainWords:
    """ "Agreed to talk again" schedules talks; "would hit back if" threatens retaliation."""

    def test_talk_again(self):
        e = _one("Canada and India agreed to talk again in three weeks.", kind="talks_scheduled")
        assert e.date == dt.date(2021, 3, 31)

    def test_talked_again_is_held(self):
        found = _events("Canada and India talked again on Monday.", kind="talks_scheduled")
        assert not found

    def test_hit_back_if(self):
        e = _one(
            "Ottawa would hit back if Washington went ahead with the lumber duties on April 1.",
            kind="retaliation",
        )
        assert (e.actor, e.target, e.status) == ("CAN", "USA", "threatened")

    def test_prices_hit_back(self):
        assert not _events("Lumber prices hit back at highs on Monday.", kind="retaliation")
