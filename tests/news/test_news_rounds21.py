"""The reader's twenty-first round: one test class per class of error, on sentences of its own.

None of these sentences is taken from a labelled set: each class of error that the
eighteenth fresh held-out set showed is tested on new wording, other countries and goods,
so that the mechanism is tested, not the sentence.
"""

from __future__ import annotations

import pytest
from news_support import Round

pytest.importorskip("spacy", reason="the news reader needs spaCy: pip install tradewar[news]")

DAY = "2024-03-08"  # a Friday


READ = Round(DAY)
_events, _one = READ.events, READ.one


class TestRulesBroken:
    """Class 1: a country saying another's measure violates, breaches or is inconsistent with
    a rulebook (the WTO's rules, an agreement, a protocol) tells a deal broken: the accuser
    is its target; the measure's author, unnamed in the clause, is not guessed."""

    @pytest.mark.parametrize(
        "text",
        [
            "Zambia said the ban violated World Trade Organization rules.",
            "Zambia said on Tuesday that the measures were inconsistent with WTO rules.",
            "Zambia said the quotas breached its obligations under the free trade agreement.",
        ],
    )
    def test_an_accusation(self, text):
        event = _one(text, "deal_broken")
        assert (event.actor, event.target, event.status) == (None, "ZMB", "in_effect")

    def test_the_owner_of_the_measure_breaks_the_rule(self):
        event = _one(
            "Namibia said Zambia's ban violated its commitments under the free trade agreement.",
            "deal_broken",
        )
        assert (event.actor, event.target) == ("ZMB", "NAM")

    def test_one_event_for_an_agreement_said_broken(self):
        found = _events(
            "Namibia said on Friday that a surge in Zambian copper exports violated a 2019 "
            "agreement between the two countries."
        )
        assert [(e.kind, e.actor, e.target) for e in found] == [("deal_broken", "ZMB", "NAM")]

    def test_a_rule_of_its_own_is_no_accusation(self):
        assert not _events("Zambia said the ban would help its farmers.")

    def test_a_deal_broken_by_its_named_party_keeps_its_actor(self):
        event = _one("Malawi violated the agreement by banning Zambian maize.", "deal_broken")
        assert event.actor == "MWI"


class TestListsAndLevels:
    """Class 2: names removed from a sanctions list are a sanction reversed; a currency named
    by its new name (the ZiG) is in the table; a pledge to keep the official exchange rate at
    a level is an intervention threatened."""

    def test_removed_from_a_sanctions_list(self):
        event = _one(
            "The EU removed two Belarusian potash firms from its sanctions list on Monday.",
            "sanction",
        )
        assert (event.actor, event.target, event.status) == ("EU", "BLR", "reversed")

    def test_the_zig(self):
        event = _one("Zimbabwe devalued the ZiG by 43 percent on Friday.", "currency_intervention")
        assert event.actor == "ZWE"

    def test_an_exchange_rate_kept(self):
        event = _one(
            "Bolivia's central bank said it would keep the official exchange rate at 6.96 "
            "bolivianos per dollar.",
            "currency_intervention",
        )
        assert (event.actor, event.status) == ("BOL", "threatened")


class TestUnitedStatesBodiesAndEnvoys:
    """Class 3: the State Department, the Treasury and envoys such as John Kerry or Mike
    Pence name the United States."""

    @pytest.mark.parametrize(
        "text",
        [
            "The State Department on Friday imposed sanctions on six Chinese officials.",
            "The Treasury on Friday imposed sanctions on six Chinese officials.",
        ],
    )
    def test_a_us_body(self, text):
        event = _one(text, "sanction")
        assert (event.actor, event.target) == ("USA", "CHN")

    def test_an_envoy(self):
        event = _one("Mike Pence met Chinese Vice President Wang Qishan on Friday.", "talks_held")
        assert (event.actor, event.target) == ("USA", "CHN")
