"""The reader's sixtieth round: agreements told past asides, and a bloc's members.

Earlier sets' misses: an agreement whose verb stands past a dashed list of its members or
a relative clause ("India's agreement with the four-nation European Free Trade Association
- Switzerland, Norway, Iceland and Liechtenstein - came into force"; "The free trade
agreement between Viet Nam and the Eurasian Economic Union (EAEU), which groups Russia,
..., officially took effect"); the members so listed are each a side; the European Free
Trade Association is not the EU; a bloc's short name before the deal's own noun ("the
EFTA states ... signed a free trade agreement").
"""

from __future__ import annotations

import datetime as dt

import pytest
from news_support import Round

pytest.importorskip("spacy", reason="the news reader needs spaCy: pip install tradewar[news]")

DAY = "2025-10-01"  # a Wednesday


READ = Round(DAY)
_events, _one = READ.events, READ.one

MEMBERS = {"CHE", "NOR", "ISL", "LIE"}


def test_an_agreement_past_its_dashed_list_of_members_came_into_force():
    found = _events(
        "NEW DELHI: Chile's free trade agreement with the four-nation European Free Trade "
        "Association — Switzerland, Norway, Iceland and Liechtenstein — came into force on "
        "Wednesday, the ministry said.",
        kind="deal_reached",
    )
    assert {(e.actor, e.target, e.status) for e in found} == {
        ("CHL", m, "in_effect") for m in MEMBERS
    }


def test_a_bloc_and_its_members_sign_with_one_country():
    found = _events(
        "Malaysia and the EFTA states - Switzerland, Norway, Iceland and Liechtenstein - "
        "signed a free trade agreement on Tuesday.",
        kind="deal_reached",
    )
    assert {(e.actor, e.target) for e in found} == {("MYS", m) for m in MEMBERS}
    assert {e.date for e in found} == {dt.date(2025, 9, 30)}


def test_an_agreement_past_a_relative_clause_took_effect():
    found = _events(
        "The free trade agreement between Egypt and the Eurasian Economic Union (EAEU), which "
        "groups Russia, Belarus, Kazakhstan, Armenia and Kyrgyzstan, officially took effect on "
        "Wednesday.",
        kind="deal_reached",
    )
    # one event with each member the relative clause names (round 67)
    assert sorted(e.target for e in found) == ["ARM", "BLR", "KAZ", "KGZ", "RUS"]
    assert {(e.actor, e.status, e.date) for e in found} == {
        ("EGY", "in_effect", dt.date(2025, 10, 1))
    }


def test_the_european_free_trade_association_is_not_the_eu():
    e = _one(
        "Thailand and the four member states of the European Free Trade Association signed a "
        "free trade agreement on Tuesday.",
        kind="deal_reached",
    )
    assert (e.actor, e.target) == ("THA", None)


def test_a_list_of_names_between_dashes_cuts_no_clause():
    found = _events(
        "A 25% U.S. tariff on goods from three neighbours - Canada, Mexico and Guatemala - took "
        "effect on Wednesday.",
        kind="tariff_increase",
    )
    assert {(e.actor, e.target, e.date) for e in found} == {
        ("USA", c, dt.date(2025, 10, 1)) for c in ("CAN", "MEX", "GTM")
    }
