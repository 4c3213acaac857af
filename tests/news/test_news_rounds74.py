"""The reader's seventy-fourth round (more misses of the fortieth set): calls and force.

A call past an apposition ("spoke with Peru's foreign trade minister, Eduardo Ferreyros, by
phone on Tuesday"); a call to discuss something, held or to come ("would discuss the
crossings with his Croatian counterpart ... by telephone on Friday"); an agreement that
"has come into force".
"""

from __future__ import annotations

import datetime as dt

import pytest
from news_support import Round

pytest.importorskip("spacy", reason="the news reader needs spaCy: pip install tradewar[news]")

DAY = "2015-09-23"  # a Wednesday


READ = Round(DAY)
_events, _one = READ.events, READ.one


def test_a_call_past_an_apposition_was_held():
    e = _one(
        "Wilbur Ross spoke with Peru's foreign trade minister, Eduardo Ferreyros, by phone on "
        "Tuesday.",
        date="2017-10-19",
        kind="talks_held",
    )
    assert (e.actor, e.target, e.date) == ("USA", "PER", dt.date(2017, 10, 17))


def test_a_call_to_discuss_to_come_is_scheduled():
    e = _one(
        "Serbia's trade minister said he would discuss the crossings with his Croatian "
        "counterpart, Ivan Vrdoljak, by telephone on Friday.",
        kind="talks_scheduled",
    )
    assert (e.target, e.status, e.date) == ("HRV", "announced", dt.date(2015, 9, 25))


def test_a_call_that_discussed_was_held():
    e = _one(
        "Vucic discussed the crossings with his Croatian counterpart by telephone on Friday.",
        kind="talks_held",
    )
    assert (e.target, e.date) == ("HRV", dt.date(2015, 9, 18))


def test_discussing_with_a_colleague_at_home_is_no_talks():
    found = _events(
        "Biden said he would discuss it with Treasury Secretary Janet Yellen when he gets home.",
        date="2022-05-23",
    )
    assert [e for e in found if e.kind.startswith("talks")] == []


def test_an_agreement_that_has_come_into_force():
    e = _one(
        "Australia's free trade agreement with Hong Kong has come into force.",
        date="2020-01-17",
        kind="deal_reached",
    )
    assert (e.actor, e.target, e.status, e.date) == (
        "AUS",
        "HKG",
        "in_effect",
        dt.date(2020, 1, 17),
    )
