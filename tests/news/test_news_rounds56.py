"""The reader's fifty-sixth round: purchases "committed to", past a date.

Misses of the thirty-sixth set (after its one measurement): "committed to buying" (the
doubled consonant the lexicon's forms missed), also when a date stands between.
"""

from __future__ import annotations

import datetime as dt

import pytest
from news_support import Round

pytest.importorskip("spacy", reason="the news reader needs spaCy: pip install tradewar[news]")

DAY = "2025-05-16"  # a Friday


READ = Round(DAY)
_events, _one = READ.events, READ.one


def test_committed_to_buying():
    e = _one(
        "Vietnam also committed to buying 50 Boeing aircraft for its national carrier.",
        kind="purchase_commitment",
    )
    assert (e.actor, e.target, e.status) == ("VNM", "USA", "announced")


def test_committed_on_a_day_to_buying():
    e = _one(
        "Qatar also committed on Thursday to buying 160 Boeing aircraft.",
        kind="purchase_commitment",
    )
    assert (e.actor, e.date) == ("QAT", dt.date(2025, 5, 15))


def test_agreeing_to_buy():
    e = _one(
        "Japan's JERA said it was agreeing to buy 5.5 million tonnes of U.S. LNG a year.",
        kind="purchase_commitment",
    )
    assert (e.actor, e.target) == ("JPN", "USA")
