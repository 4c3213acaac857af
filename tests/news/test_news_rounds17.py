"""The reader's seventeenth round: one test class per class of error, on sentences of its own.

None of these sentences is taken from a labelled set: each class of error that the
fifteenth fresh held-out set showed (docs/news.md, "Quality, measured") is tested on new
wording, other countries and goods, so that the mechanism is tested, not the sentence.
"""

from __future__ import annotations

import pytest
from news_support import Round

pytest.importorskip("spacy", reason="the news reader needs spaCy: pip install tradewar[news]")

DAY = "2024-03-08"  # a Friday


READ = Round(DAY)
_events, _one = READ.events, READ.one


class TestOrdersRatesAndTalks:
    """Class 1: an order placed is a purchase commitment; a tariff that doubles by itself is
    an increase from half its rate; negotiations relaunched are held."""

    def test_an_order_placed(self):
        event = _one(
            "India placed an order for 150 Boeing aircraft on Monday.", "purchase_commitment"
        )
        assert (event.actor, event.target) == ("IND", "USA")

    def test_a_first_order_placed(self):
        event = _one("Egypt has placed its first order for Argentine wheat.", "purchase_commitment")
        assert (event.actor, event.target) == ("EGY", "ARG")

    def test_a_tariff_that_doubles(self):
        event = _one(
            "The tariff on Chinese solar panels will double to 50% on Jan. 1.", "tariff_increase"
        )
        assert (event.rate_from, event.rate_to) == (0.25, 0.5)

    def test_negotiations_relaunched(self):
        event = _one(
            "Chile and India formally relaunched negotiations on a trade pact on Tuesday.",
            "talks_held",
        )
        assert {event.actor, event.target} == {"CHL", "IND"}

    def test_an_order_banning_imports_is_no_purchase(self):
        found = _events("The minister signed an order banning imports of Thai rice.")
        assert [e.kind for e in found] == ["purchase_cut"]


class TestRestartsAndAnswers:
    """Class 2: talks restarted are scheduled, whatever broke down in their relative clause;
    an answer in kind ("respond with duties of its own") is a retaliation."""

    def test_talks_restarted(self):
        event = _one(
            "Ottawa and Beijing agreed to restart trade talks that collapsed in March.",
            "talks_scheduled",
        )
        assert event.status == "announced"

    def test_talks_that_broke_down_alone_are_stalled(self):
        event = _one("Talks between Chile and Peru broke down on Friday.", "talks_stalled")
        assert {event.actor, event.target} == {"CHL", "PER"}

    def test_an_answer_in_kind(self):
        event = _one(
            "Colombia would respond immediately with duties of its own if Ecuador imposed "
            "the levy.",
            "retaliation",
        )
        assert (event.actor, event.target, event.status) == ("COL", "ECU", "threatened")
