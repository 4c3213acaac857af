"""The reader's twenty-sixth round: one test class per class of error, on sentences of its own.

None of these reports is taken from a labelled set: each class of error that the latest
fresh held-out sets share is tested on new wording, other countries and goods, so that the
mechanism is tested, not the sentence.
"""

from __future__ import annotations

import pytest
from news_support import Round

pytest.importorskip("spacy", reason="the news reader needs spaCy: pip install tradewar[news]")

DAY = "2024-03-08"  # a Friday


READ = Round(DAY)
_events, _one = READ.events, READ.one


class TestHeadlinesTheBodyDoesNotRetell:
    """Class 1: an event read from the headline alone, when the body tells other events, is
    a misreading of one the body tells; a report whose body tells nothing keeps it."""

    def test_a_headline_misread_is_left_out(self):
        found = _events(
            "Kenya stops buying Ugandan sugar after Kampala halts milk exports\n\n"
            "NAIROBI, March 8 - Uganda halted exports of milk to Kenya on Friday, the "
            "Ugandan trade ministry said."
        )
        assert [(e.kind, e.actor, e.target) for e in found] == [("export_control", "UGA", "KEN")]

    def test_a_headline_alone_is_kept(self):
        found = _events(
            "Uganda halts milk exports to Kenya\n\n"
            "NAIROBI, March 8 - Dairy farmers in western Kenya said on Friday that prices "
            "had been low all year."
        )
        assert [(e.kind, e.actor) for e in found] == [("export_control", "UGA")]

    def test_a_headline_with_a_full_stop_is_a_sentence(self):
        found = _events(
            "Kenya raised duties on Ugandan sugar to 25%. Uganda halted exports of milk to "
            "Kenya on Friday."
        )
        assert {e.kind for e in found} == {"tariff_increase", "export_control"}


class TestDutiesAsTheyStand:
    """Class 2: a duty told in the present with no date ("charges", "pay", "face") stands;
    one that "now" applies, one with a date or a future, is news."""

    @pytest.mark.parametrize(
        "text",
        [
            "Japan raised tariffs on U.S. beef. Australia charges a duty of up to 5 per cent "
            "on imported cheese.",
            "Japan raised tariffs on U.S. beef. Chilean exporters currently pay tariffs of up "
            "to 6 percent on most goods entering Korea.",
        ],
    )
    def test_standing(self, text):
        assert len(_events(text, kind="tariff_increase")) == 1

    def test_now_pay_is_news(self):
        found = _events(
            "The surcharge lapsed on Friday. Peru and Chile now pay 10%.",
            kind="tariff_increase",
        )
        assert found

    def test_a_date_is_news(self):
        found = _events(
            "Japan raised tariffs on U.S. beef. Chilean wine faces a 15% duty from Monday.",
            kind="tariff_increase",
        )
        assert len(found) == 2
