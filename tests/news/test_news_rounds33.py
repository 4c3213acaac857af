"""The reader's thirty-third round: one test class per class of error, on sentences of its own.

None of these sentences is taken from a labelled set: each class of error in the actors and
targets that the latest fresh held-out sets share (after their one measurement) is tested
on new wording, other countries and groups, so that the mechanism is tested, not the
sentence.
"""

from __future__ import annotations

import pytest
from news_support import Round

pytest.importorskip("spacy", reason="the news reader needs spaCy: pip install tradewar[news]")

DAY = "2024-03-08"  # a Friday


READ = Round(DAY)
_events, _one = READ.events, READ.one


class TestGroupTalks:
    """Class 1: a group's talks (G7, G20, APEC, WTO members) have no two sides; two leaders
    who meet at a group's summit do."""

    def test_group_leaders_fail_to_agree(self):
        e = _one(
            "G7 leaders failed to agree on a price cap for Russian fertiliser on Friday.",
            kind="talks_stalled",
        )
        assert (e.actor, e.target) == (None, None)

    def test_dateline_place_is_no_party(self):
        e = _one(
            "LIMA, Nov. 16 (Reuters) - The APEC summit ended on Saturday without a joint "
            "declaration.",
            kind="talks_stalled",
        )
        assert (e.actor, e.target) == (None, None)

    def test_two_leaders_at_a_group_summit(self):
        e = _one(
            "Modi and Albanese met on the sidelines of the G20 summit in Bali on Tuesday.",
            kind="talks_held",
        )
        assert {e.actor, e.target} == {"IND", "AUS"}

    def test_a_country_before_the_group_in_an_aside(self):
        e = _one(
            "Brazil, which takes over the G20 presidency in December, will host the next "
            "meeting of trade ministers next year.",
            kind="talks_scheduled",
        )
        assert e.actor == "BRA"


class TestCentralBankAcronyms:
    """Class 2: central banks named by their acronyms stand for their countries."""

    @pytest.mark.parametrize(
        ("bank", "code"), [("CBN", "NGA"), ("SBV", "VNM"), ("BNM", "MYS"), ("NBU", "UKR")]
    )
    def test_acronym(self, bank, code):
        e = _one(
            f"The {bank} sold 300 million dollars to banks on Monday.", kind="currency_intervention"
        )
        assert e.actor == code
