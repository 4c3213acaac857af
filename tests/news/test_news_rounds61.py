"""The reader's sixty-first round: the thirty-eighth set's misses.

Another country's same step ("and Japan followed the same day", "the EU has done the
same"); a planned round called off, and a planned meeting called off past a long aside; a
central bank's dollars bought from banks; a currency's close "down from" its earlier level.
"""

from __future__ import annotations

import datetime as dt

import pytest
from news_support import Round

pytest.importorskip("spacy", reason="the news reader needs spaCy: pip install tradewar[news]")

DAY = "2020-09-11"  # a Friday


READ = Round(DAY)
_events, _one = READ.events, READ.one


def test_another_country_followed_the_same_day():
    found = _events(
        "South Korea halted imports of German pork on Thursday, and Japan followed the same day.",
        kind="purchase_cut",
    )
    assert {(e.actor, e.target, e.date) for e in found} == {
        ("KOR", "DEU", dt.date(2020, 9, 10)),
        ("JPN", "DEU", dt.date(2020, 9, 10)),
    }


def test_the_same_step_in_return():
    found = _events(
        "As of today, Canada has removed duties on 98% of its tariff lines for European goods, "
        "and the EU has done the same.",
        kind="tariff_cut",
    )
    assert {(e.actor, e.target) for e in found} == {("CAN", "EU"), ("EU", "CAN")}


def test_no_same_step_when_denied():
    found = _events(
        "Malaysia banned palm oil exports to India on Monday. The European Union has not "
        "followed suit."
    )
    assert [(e.actor, e.target) for e in found] == [("MYS", "IND")]


def test_no_same_step_on_a_condition():
    found = _events(
        "India cut its duties on Malaysian palm oil on Monday. The EU said it was willing to cut "
        "its tariffs on Indian textiles if Malaysia did the same."
    )
    assert not any(e.actor == "MYS" for e in found)


def test_a_planned_round_called_off_is_talks_scheduled_reversed():
    e = _one(
        "A further round with Iceland, planned for Nov. 3 in Reykjavik, has been called off.",
        kind="talks_scheduled",
    )
    assert (e.target, e.status) == ("ISL", "reversed")


def test_a_meeting_called_off_past_a_long_aside():
    e = _one(
        "A meeting between Russian and Ukrainian officials on gas prices, planned for Wednesday "
        "in Brussels with the European Commission as mediator, has been postponed.",
        kind="talks_scheduled",
    )
    assert (e.actor, e.target, e.status) == ("RUS", "UKR", "reversed")


def test_dollars_bought_from_banks_are_an_intervention():
    e = _one(
        "Bangladesh Bank bought $95 million from commercial banks on Thursday to stop the taka "
        "from strengthening further.",
        kind="currency_intervention",
    )
    assert (e.actor, e.status, e.date) == ("BGD", "in_effect", dt.date(2020, 9, 10))
    assert (
        _events(
            "Bangladesh Bank bought $95 million from commercial banks on Thursday.",
            kind="purchase_commitment",
        )
        == []
    )


def test_a_currency_close_down_from_its_level_moves():
    found = _events(
        "Kenya raised tariffs on Ugandan sugar on Monday. The shilling closed at 98.25 per "
        "dollar on Wednesday, down from 97.80 at the start of the week.",
        kind="market_reaction",
    )
    assert [(e.actor, e.date) for e in found] == [("KEN", dt.date(2020, 9, 9))]
