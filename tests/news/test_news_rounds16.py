"""The reader's sixteenth round: one test class per class of error, on sentences of its own.

None of these sentences is taken from a labelled set: each class of error that the
fourteenth fresh held-out set showed (docs/news.md, "Quality, measured"; a third of it long
articles) is tested on new wording, other countries and goods, so that the mechanism is
tested, not the sentence.
"""

from __future__ import annotations

import pytest
from news_support import Round

pytest.importorskip("spacy", reason="the news reader needs spaCy: pip install tradewar[news]")

DAY = "2024-03-08"  # a Friday


READ = Round(DAY)
_events, _one = READ.events, READ.one


class TestNamesAndPayers:
    """Class 1: Kosovo and Palestine are parties; countries listed as paying a rate are
    each a target of the tariff told before."""

    def test_kosovo(self):
        event = _one(
            "Kosovo raised its tariff on goods from Serbia to 100 percent on Wednesday.",
            "tariff_increase",
        )
        assert (event.actor, event.target) == ("XKX", "SRB")

    def test_countries_listed_as_payers(self):
        found = _events(
            "Washington raised its tariffs on dozens of partners on Friday. Chile, Peru and "
            "Colombia now pay 15%, the notice said."
        )
        paid = {(e.actor, e.target) for e in found if e.rate_change == 0.15}
        assert paid == {("USA", "CHL"), ("USA", "PER"), ("USA", "COL")}


class TestHeadlineAndBody:
    """Class 2: a headline's tariff increase and its body's retaliation by the same actor on
    the same target are one retaliation."""

    def test_headline_and_body(self):
        found = _events(
            "Mexico doubles tariffs on U.S. pork and cheese\n\n"
            "MEXICO CITY, March 8 (Wire) - Mexico doubled tariffs on some imports from the "
            "United States on Friday in retaliation for U.S. steel duties."
        )
        assert [(e.kind, e.actor, e.target) for e in found] == [("retaliation", "MEX", "USA")]

    def test_two_actors_stay_apart(self):
        found = _events(
            "Brussels plans tariffs on steel from next year. Ankara said it would consider "
            "retaliatory duties on European goods if the plan went ahead."
        )
        assert {e.kind for e in found} >= {"retaliation"}


class TestPowersGiven:
    """Class 3: a power given to act, or a rule that lets a government act, is no act."""

    def test_the_power_to_impose(self):
        assert not _events(
            "The senator said the bill would give the president the power to impose tariffs "
            "of up to 200% on buyers of Iranian oil."
        )

    def test_a_law_that_allows(self):
        assert not _events(
            "A Colombian trade law allows the government to answer with its own tariffs on "
            "U.S. goods."
        )

    def test_a_threat_is_still_a_threat(self):
        event = _one(
            "If Chile retaliates, Lima would pursue tariffs on $2 billion of Chilean goods.",
            "tariff_increase",
        )
        assert event.status == "threatened"
