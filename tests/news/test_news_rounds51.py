"""The reader's fifty-first round: more misses of the thirty-third set.

Tested on new wording, other countries and goods: a body named with a tariff word ("the
Customs Tariff Commission") is no tariff; a fee per tonne on a country's goods is one; a
verb joined by "and" shares the subject of the clause before it, not its object.
"""

from __future__ import annotations

import datetime as dt

import pytest
from news_support import Round

pytest.importorskip("spacy", reason="the news reader needs spaCy: pip install tradewar[news]")

DAY = "2025-06-18"  # a Wednesday


READ = Round(DAY)
_events, _one = READ.events, READ.one


class TestTariffWords:
    """A tariff word in a body's name, a fee per unit on goods."""

    def test_tariff_commission(self):
        e = _one(
            "The Customs Tariff Commission of the State Council said China would impose a 15 "
            "percent tariff on Canadian pork starting June 25.",
            kind="tariff_increase",
        )
        assert (e.actor, e.target, e.rate_change) == ("CHN", "CAN", 0.15)
        assert e.date == dt.date(2025, 6, 25)

    def test_fee_per_tonne(self):
        e = _one(
            "Chinese customs imposed a fee of 20 yuan per tonne on coal from Mongolia on Monday.",
            kind="tariff_increase",
        )
        assert (e.actor, e.target, e.date) == ("CHN", "MNG", dt.date(2025, 6, 16))

    def test_licence_fee(self):
        found = _events("The ministry raised the licence fee for importers on Monday.")
        assert not [e for e in found if e.kind == "tariff_increase"]


class TestSharedSubject:
    """ "X recalled its envoy to Y ... and halted all imports from Y": X halts, against Y."""

    def test_and_verb(self):
        e = _one(
            "Bahrain on Tuesday recalled its ambassador to Qatar, gave Qatar's envoy 48 hours to "
            "leave the country and halted all imports from Qatar.",
            kind="purchase_cut",
        )
        assert (e.actor, e.target) == ("BHR", "QAT")
