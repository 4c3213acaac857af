"""The reader's thirty-seventh round: one test class per class of error, on sentences of its own.

None of these sentences is taken from a labelled set: each class of error that the
twenty-sixth fresh held-out set showed (after its one measurement) is tested on new
wording, other countries and goods, so that the mechanism is tested, not the sentence.
"""

from __future__ import annotations

import datetime as dt

import pytest
from news_support import Round

pytest.importorskip("spacy", reason="the news reader needs spaCy: pip install tradewar[news]")

DAY = "2024-03-08"  # a Friday


READ = Round(DAY)
_events, _one = READ.events, READ.one
#: A first sentence with an event, so that a market move has something to answer.
LEAD = "Argentina raised export duties on soybeans to 33% on Friday. "


class TestHyphenatedRates:
    """Class 1: "a 25-per-cent surtax" has its rate."""

    def test_per_cent_hyphenated(self):
        e = _one(
            "Ottawa imposed a 15-per-cent surtax on Chinese solar panels on Tuesday.",
            kind="tariff_increase",
        )
        assert e.rate_change == pytest.approx(0.15)


class TestControlsTakeEffect:
    """Class 2: export controls that are the subject of taking effect are an event."""

    def test_controls_on_exports_take_effect(self):
        e = _one(
            "New controls on exports of antimony and its oxides, used in batteries and flame "
            "retardants, take effect on Sunday.",
            kind="export_control",
        )
        assert e.date == dt.date(2024, 3, 10)


class TestTripsCallsAndCustoms:
    """Class 3: a trip to continue talks is scheduled; customs that stop clearing goods from a
    country cut purchases, processors' purchases are private."""

    def test_travel_to_continue(self):
        e = _one(
            "Trade Minister Piyush Goyal will travel to London next week to continue the "
            "discussion.",
            kind="talks_scheduled",
        )
        assert e.target == "GBR"

    def test_stopped_clearing(self):
        e = _one(
            "Tanzania's customs stopped clearing sugar from Kenya on Monday.", kind="purchase_cut"
        )
        assert e.target == "KEN"

    def test_processors_cut(self):
        assert not _events(
            "Kenya raised duties on Ugandan milk. Dairy farmers say processors have cut their "
            "purchases of milk.",
            kind="purchase_cut",
        )


class TestRumoursAndRecords:
    """Class 4: rumours of a measure are none; a close at a record low is a market move."""

    def test_rumours(self):
        assert not _events("Rumours of rice export curbs spread on social media on Monday.")

    def test_record_low(self):
        e = _one(
            LEAD + "The peso closed at a record low of 850 per dollar.", kind="market_reaction"
        )
        assert e.actor == "ARG"
