"""The reader's sixty-seventh round: agreements with a bloc's members, and their approval.

An agreement between a country and a bloc whose members the sentence names is a deal with
each member, however the members are named: past an apposition ("Russia, Belarus ... and
Armenia, the members of the Eurasian Economic Union (EAEU), entered into force"), after
"members of" a bloc ("the four founding members of Mercosur, Brazil, Argentina, Uruguay and
Paraguay"), or in a relative clause ("the EAEU, which groups Russia, Belarus ..."). A
legislature that approved or ratified an agreement, or gave it final approval, reached a
deal, announced (not a plan to approve, nor approval still needed).
"""

from __future__ import annotations

import datetime as dt

import pytest
from news_support import Round

pytest.importorskip("spacy", reason="the news reader needs spaCy: pip install tradewar[news]")

DAY = "2025-05-15"  # a Thursday


READ = Round(DAY)
_events, _one = READ.events, READ.one


def _deals(text: str, date: str | None = None) -> list:
    return _events(text, date, kind="deal_reached")


def test_members_past_an_apposition_are_each_a_side():
    found = _deals(
        "MOSCOW, May 15. /TASS/. A free trade agreement between Iran and Russia, Belarus, "
        "Kazakhstan, Kyrgyzstan and Armenia, the members of the Eurasian Economic Union "
        "(EAEU), entered into force on Thursday, the Eurasian Economic Commission said."
    )
    assert {e.actor for e in found} == {"IRN"}
    assert sorted(e.target for e in found) == ["ARM", "BLR", "KAZ", "KGZ", "RUS"]
    assert {(e.status, e.date) for e in found} == {("in_effect", dt.date(2025, 5, 15))}


def test_members_named_after_members_of_a_bloc():
    found = _deals(
        "CAIRO, Sept 1 (Ahram Online) - The free trade agreement between Egypt and the four "
        "founding members of Mercosur, Brazil, Argentina, Uruguay and Paraguay, entered into "
        "force on Friday, seven years after it was signed.",
        date="2017-09-01",
    )
    assert sorted(e.target for e in found) == ["ARG", "BRA", "PRY", "URY"]


def test_members_named_in_a_relative_clause():
    found = _deals(
        "The free trade agreement between Viet Nam and the Eurasian Economic Union (EAEU), "
        "which groups Russia, Belarus, Kazakhstan, Armenia and Kyrgyzstan, officially took "
        "effect on October 5.",
        date="2016-10-05",
    )
    assert sorted(e.target for e in found) == ["ARM", "BLR", "KAZ", "KGZ", "RUS"]


def test_a_legislature_that_approved_agreements_reached_deals():
    found = _deals(
        "WASHINGTON, Oct 13 (Reuters) - The U.S. Congress on Wednesday approved free trade "
        "agreements with South Korea, Colombia and Panama, ending a four-year standoff.",
        date="2011-10-13",
    )
    assert sorted((e.actor, e.target) for e in found) == [
        ("USA", "COL"),
        ("USA", "KOR"),
        ("USA", "PAN"),
    ]
    assert {(e.status, e.date) for e in found} == {("announced", dt.date(2011, 10, 12))}


def test_final_approval_past_its_date():
    found = _deals(
        "WASHINGTON, Oct 13, 2011 (AFP) - The US Congress gave final approval on Wednesday to "
        "long-delayed free trade agreements with South Korea, Colombia and Panama.",
        date="2011-10-13",
    )
    assert sorted(e.target for e in found) == ["COL", "KOR", "PAN"]


def test_an_approval_still_needed_or_planned_is_no_deal():
    assert (
        _deals("The pact must still be approved by both parliaments, officials said.", "2014-07-08")
        == []
    )
    assert (
        _deals(
            "Lawmakers will vote next month on whether to ratify the agreement with Chile.",
            "2014-07-08",
        )
        == []
    )
