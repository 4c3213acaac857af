"""The reader's forty-fifth round: one test class per class of error, on sentences of its own.

None of these sentences is taken from a labelled set: each class of error that the
twenty-eighth and twenty-ninth fresh held-out sets showed is tested on new wording, other
countries and goods, so that the mechanism is tested, not the sentence.
"""

from __future__ import annotations

import pytest
from news_support import Round

pytest.importorskip("spacy", reason="the news reader needs spaCy: pip install tradewar[news]")

DAY = "2016-03-04"  # a Friday


READ = Round(DAY)
_events, _one = READ.events, READ.one


class TestWayClearedAndTalksToCome:
    """Class 1: a decision "clearing the way for" duties announces them; a government that
    "would negotiate with" another schedules talks."""

    def test_clearing_the_way_for_duties(self):
        e = _one(
            "The commission voted on Thursday, clearing the way for anti-dumping duties of "
            "up to 60% on Vietnamese steel pipes.",
            kind="tariff_increase",
        )
        assert (e.target, e.status, e.rate_change) == ("VNM", "announced", 0.6)

    def test_clearing_the_way_for_talks_is_no_tariff(self):
        assert not _events(
            "The vote cleared the way for a new round of talks with Ecuador.",
            kind="tariff_increase",
        )

    def test_would_negotiate_with(self):
        e = _one(
            "The trade ministry would negotiate with Brussels to have the quota restored.",
            kind="talks_scheduled",
        )
        assert e.target == "EU"


class TestTheCurrency:
    """Class 2: "the currency" named again moves; "the currency market" is no move."""

    def test_the_currency_weakened(self):
        e = _one(
            "Turkey raised its tax on foreign purchases of lira bonds on Monday. The currency "
            "weakened 1.2 percent on Tuesday.",
            kind="market_reaction",
        )
        assert e.actor == "TUR"

    def test_the_currency_market(self):
        assert not _events(
            "Korea raised tariffs on Japanese steel. Officials watched the currency market "
            "closely on Tuesday.",
            kind="market_reaction",
        )
