"""The reader's forty-second round: retaliation threatened after a ruling.

The twenty-seventh and twenty-eighth blind sets label as threatened retaliations what a
government says it may do when another fails to comply with a ruling; the reader missed
four such events there. The sentences are new wording, not taken from a labelled set.
"""

from __future__ import annotations

import pytest
from news_support import Round

pytest.importorskip("spacy", reason="the news reader needs spaCy: pip install tradewar[news]")

DAY = "2021-06-11"  # a Friday


READ = Round(DAY)
_events, _one = READ.events, READ.one


class TestRetaliationAfterRulings:
    """Concessions suspended on a country's goods, the right to suspend them reserved, WTO
    approval sought for tariffs, and retaliation sought against a country's products."""

    def test_suspend_concessions_on_goods(self):
        e = _one(
            "Seoul would suspend concessions of equal value on Japanese goods if Tokyo "
            "failed to comply.",
            kind="retaliation",
        )
        assert (e.actor, e.target, e.status) == ("KOR", "JPN", "threatened")

    def test_reserves_the_right(self):
        e = _one(
            "Canberra reserves the right to suspend concessions on Chinese goods if Beijing "
            "fails to comply, a trade official said.",
            kind="retaliation",
        )
        assert (e.actor, e.target, e.status) == ("AUS", "CHN", "threatened")

    def test_a_power_given_is_no_threat(self):
        assert not _events(
            "The law gives the president the right to impose tariffs on Chinese goods."
        )

    def test_seek_wto_approval(self):
        e = _one(
            "Brazil would seek WTO approval to impose tariffs on up to $800 million of U.S. "
            "goods unless Washington ended its cotton subsidies.",
            kind="retaliation",
        )
        assert (e.actor, e.target) == ("BRA", "USA")

    def test_seek_a_deal_is_a_wish(self):
        assert not _events("Brazil would seek a deal with Washington on cotton subsidies.")

    def test_seek_retaliation_against(self):
        e = _one(
            "Argentina's foreign ministry said it would also seek retaliation against "
            "Chilean products.",
            kind="retaliation",
        )
        assert (e.actor, e.target) == ("ARG", "CHL")

    def test_term_in_a_clause_of_its_own(self):
        e = _one(
            "Under the pact Lima has 30 days to respond, and Chilean officials said Santiago "
            "would suspend concessions on Peruvian goods if Lima failed to comply.",
            kind="retaliation",
        )
        assert (e.actor, e.target) == ("CHL", "PER")
