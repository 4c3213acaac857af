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


class TestMeetingsAtHome:
    """Class 3: a government's or a cabinet's meeting at home is no talks."""

    @pytest.mark.parametrize(
        "text",
        [
            "Uganda halted sugar exports to Kenya. Kenya's prime minister told a government "
            "meeting on Monday that Kenya had enough sugar in storage.",
            "Uganda halted sugar exports to Kenya. Speaking after a cabinet meeting, Kenya's "
            "president said the Treasury would cover the difference.",
        ],
    )
    def test_no_talks(self, text):
        assert not _events(text, kind="talks_held")


class TestBackgroundInRelativeClauses:
    """Class 4: a past measure told in a relative clause with its own subject ("Huawei, which
    the Commerce Department placed on a blacklist in May") is background."""

    def test_which_the_department_placed(self):
        found = _events(
            "Trump said U.S. firms could keep selling parts to ZTE, which the Commerce "
            "Department placed on its entity list in April.",
            kind="export_control",
        )
        assert all(e.status != "in_effect" for e in found)

    def test_which_beijing_cut_off(self):
        assert not _events(
            "The two sides failed to agree on restoring military hotlines, which Beijing cut "
            "off last August.",
            kind="export_control",
        )


class TestConcessionsSuspended:
    """Class 5: concessions suspended on another's imports are the WTO's words for
    retaliatory duties; no purchase cut."""

    def test_a_retaliation(self):
        event = _one(
            "Turkey notified the World Trade Organization that it may suspend concessions on "
            "imports from the United States in response to U.S. steel duties.",
            "retaliation",
        )
        assert (event.actor, event.target) == ("TUR", "USA")
        assert not _events(
            "Turkey notified the World Trade Organization that it may suspend concessions on "
            "imports from the United States in response to U.S. steel duties.",
            kind="purchase_cut",
        )


class TestNothingYet:
    """Class 6: "No sanctions have yet been imposed", "no new meeting has been scheduled":
    nothing done or set."""

    @pytest.mark.parametrize(
        "text",
        [
            "The law took effect in May. No sanctions have yet been imposed under it.",
            "Talks broke up in Vienna on Friday, and no new meeting has been scheduled.",
        ],
    )
    def test_none(self, text):
        found = _events(text)
        assert not [e for e in found if e.kind in {"sanction", "talks_scheduled"}]
