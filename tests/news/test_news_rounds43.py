"""The reader's forty-third round: one test class per class of error, on sentences of its own.

None of these sentences is taken from a labelled set: each class of error that the
twenty-ninth fresh held-out set showed (after its one measurement) is tested on new
wording, other countries and goods, so that the mechanism is tested, not the sentence.
"""

from __future__ import annotations

import pytest
from news_support import Round

pytest.importorskip("spacy", reason="the news reader needs spaCy: pip install tradewar[news]")

DAY = "2020-05-15"  # a Friday


READ = Round(DAY)
_events, _one = READ.events, READ.one


class TestLicencesGranted:
    """Class 1: licences granted for sales under an export control ease it; licence
    requirements extended tighten it; a Treasury licence for transactions is no export
    control."""

    def test_issued_licences_that_allow_sales(self):
        e = _one(
            "The Commerce Department has begun issuing licences that allow some U.S. "
            "suppliers to resume sales to China's ZTE.",
            kind="export_control",
        )
        assert (e.target, e.status) == ("CHN", "reversed")

    def test_extended_a_general_licence(self):
        e = _one(
            "On Wednesday the department extended by another 90 days a temporary general "
            "licence that lets Huawei buy American parts.",
            kind="export_control",
        )
        assert e.status == "reversed"

    def test_licence_requirements_extended(self):
        found = _events(
            "The department extended licence requirements to 30 more countries on Tuesday.",
            kind="export_control",
        )
        assert all(e.status != "reversed" for e in found)

    def test_treasury_licence(self):
        assert not _events(
            "The Treasury Department issued a general licence authorizing transactions "
            "related to flood relief in Venezuela.",
            kind="export_control",
        )


class TestControlLists:
    """Class 2: the unverified list and an export control list are lists of export
    controls."""

    def test_removed_from_unverified_list(self):
        e = _one(
            "The Commerce Department removed 12 Russian entities from its unverified list on "
            "Tuesday.",
            kind="export_control",
        )
        assert (e.target, e.status) == ("RUS", "reversed")

    def test_added_to_export_control_list(self):
        e = _one(
            "China added six U.S. defence firms to its export control list on Monday.",
            kind="export_control",
        )
        assert (e.actor, e.target, e.status) == ("CHN", "USA", "in_effect")


class TestSubjectsAndAmounts:
    """Class 3: a participle's subject is the sentence's ("..., saying it will buy foreign
    currency"); the currency a move is measured against moves no market of its own; two
    tariffs told as known ("the tariff", "the tariffs") on different amounts are two."""

    def test_saying_it_will_buy(self):
        found = _events(
            "The Czech National Bank set a floor of 27 crowns per euro, saying it will buy "
            "foreign currency in unlimited amounts to defend it.",
            kind="currency_intervention",
        )
        assert [e.actor for e in found] == ["CZE"]

    def test_against_the_euro(self):
        found = _events(
            "Poland raised tariffs on Ukrainian grain on Monday. The zloty fell 2 percent "
            "against the euro.",
            kind="market_reaction",
        )
        assert [e.actor for e in found] == ["POL"]

    def test_two_amounts(self):
        found = _events(
            "The 10% tariff on $40 billion of Brazilian goods will rise to 20% from June 1, "
            "he said, and the tariffs on a further $12 billion of Brazilian imports, set to "
            "take effect on July 1, will be 15% rather than 10%.",
            kind="tariff_increase",
        )
        assert sorted(e.value_usd for e in found) == [12e9, 40e9]
