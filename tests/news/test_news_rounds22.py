"""The reader's twenty-second round: one test class per class of error, on sentences of its own.

None of these sentences is taken from a labelled set: each class of error that the
nineteenth fresh held-out set showed is tested on new wording, other countries and goods,
so that the mechanism is tested, not the sentence.
"""

from __future__ import annotations

import pytest
from news_support import Round

pytest.importorskip("spacy", reason="the news reader needs spaCy: pip install tradewar[news]")

DAY = "2024-03-08"  # a Friday


READ = Round(DAY)
_events, _one = READ.events, READ.one


class TestReferenceRates:
    """Class 1: a central bank that moves its reference (official) exchange rate intervenes;
    analysts who revise a forecast of it do not."""

    def test_a_reference_rate_raised(self):
        event = _one(
            "The National Bank of Kazakhstan on Monday raised its official exchange rate by "
            "2 percent to 460 tenge per dollar.",
            "currency_intervention",
        )
        assert event.actor == "KAZ"

    def test_a_forecast_revised_is_none(self):
        assert not _events("Analysts raised their forecasts for the official exchange rate.")
