"""The reader's thirty-sixth round: one test class per class of error, on sentences of its own.

None of these sentences is taken from a labelled set: each class of error that the
twenty-fifth fresh held-out set showed (after its one measurement) is tested on new
wording, other countries and goods, so that the mechanism is tested, not the sentence.
"""

from __future__ import annotations

import pytest
from news_support import Round

pytest.importorskip("spacy", reason="the news reader needs spaCy: pip install tradewar[news]")

DAY = "2024-03-08"  # a Friday


READ = Round(DAY)
_events, _one = READ.events, READ.one


class TestDealsThatLeaveThings:
    """Class 1: a deal that leaves something out or unresolved is no deal broken."""

    def test_leaves_out(self):
        assert not _events(
            "The pact leaves out rice, Vietnam's biggest export.", kind="deal_broken"
        )

    def test_leaves_unresolved(self):
        assert not _events("The truce leaves the wider dispute unresolved.", kind="deal_broken")


class TestCalls:
    """Class 2: a call by phone past a long name is held; one to come is scheduled."""

    def test_spoke_by_phone_past_a_long_name(self):
        e = _one(
            "Lula said he spoke with Argentine President Alberto Angel Fernandez by phone.",
            kind="talks_held",
        )
        assert {e.actor, e.target} == {"BRA", "ARG"}

    def test_will_speak_with(self):
        e = _one("Trade Minister Mary Ng will speak with Tai next week.", kind="talks_scheduled")
        assert e.actor == "CAN"


class TestNoEvents:
    """Class 3: time bought, a round of sanctions, a term's "must" and a commitment
    reaffirmed are no events of their kind."""

    def test_bought_time(self):
        assert not _events("It bought time on steel, which is what mattered most to Posco.")

    def test_round_of_sanctions_is_no_talks(self):
        assert not _events(
            "The first round of EU sanctions over the crackdown took effect on Monday.",
            kind="talks_held",
        )

    def test_must_under_a_pact(self):
        assert not _events("Under the pact, consultations must begin within 30 days.")

    def test_reaffirmed(self):
        assert not _events(
            "The central bank said on Thursday it reaffirmed its commitment to the minimum "
            "exchange rate of 1.20 francs per euro."
        )
