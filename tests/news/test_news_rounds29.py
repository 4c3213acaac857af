"""The reader's twenty-ninth round: one test class per class of error, on sentences of its own.

None of these sentences is taken from a labelled set: each class of error that the
twenty-second fresh held-out set showed (after its one measurement) is tested on new
wording, other countries and goods, so that the mechanism is tested, not the sentence.
"""

from __future__ import annotations

import pytest
from news_support import Round

pytest.importorskip("spacy", reason="the news reader needs spaCy: pip install tradewar[news]")

DAY = "2024-03-08"  # a Friday


READ = Round(DAY)
_events, _one = READ.events, READ.one


class TestCentralBanksRates:
    """Class 1: rates a central bank sets, however far its name stands before them, are no
    tariff rates."""

    def test_official_rates(self):
        assert not _events(
            "Kazakhstan raised tariffs on Chinese cars. The National Bank of Kazakhstan now "
            "sets its official rates from banks' over-the-counter deals.",
            kind="retaliation",
        )
        found = _events(
            "Kazakhstan raised tariffs on Chinese cars. The National Bank of Kazakhstan now "
            "sets its official rates from banks' over-the-counter deals.",
            kind="tariff_increase",
        )
        assert len(found) == 1


class TestUntilNow:
    """Class 2: what a country did "until now" is background."""

    def test_until_now(self):
        assert not _events(
            "Delhi raised duties on Nepalese goods. Until now Nepal has allowed imports from "
            "India of only about 900 items, while everything else has been barred.",
            kind="purchase_cut",
        )


class TestPrivateCustomers:
    """Class 3: customers who cancel orders are no government's purchase cut."""

    def test_customers_cancelling(self):
        assert not _events(
            "Washington raised tariffs on Mexican steel. Mexican mills said customers north "
            "of the border were already cancelling orders.",
            kind="purchase_cut",
        )


class TestMissedInOtherWords:
    """Class 4: talks or a session that "broke up without agreement", parties that "failed
    on Thursday to agree", crossings closed between two towns, and goods a country
    "stopped admitting" are events."""

    def test_broke_up_without_agreement(self):
        _one(
            "The previous round in Vienna broke up on March 2 without agreement.",
            "talks_stalled",
        )

    def test_failed_on_a_day_to_agree(self):
        _one(
            "The two presidents failed on Thursday to agree on the status of the border region.",
            "talks_stalled",
        )

    def test_crossings_closed(self):
        _one(
            "Guatemala closed the main crossings between Tecun Uman and Ciudad Hidalgo on Monday.",
            "purchase_cut",
        )

    def test_stopped_admitting(self):
        event = _one(
            "Serbia also stopped admitting milk and meat from Albania on Monday.",
            "purchase_cut",
        )
        assert (event.actor, event.target) == ("SRB", "ALB")


class TestTravelBansAndGoodsTurnedBack:
    """Class 5: people barred "from entering" a country are sanctioned; shipments turned
    back are a purchase cut."""

    def test_barred_from_entering(self):
        _one(
            "The law will bar Belarusian officials linked to the crackdown from entering the "
            "United States.",
            "sanction",
        )

    def test_turning_back_shipments(self):
        event = _one(
            "Moscow began turning back shipments of Moldovan wine on Monday.", "purchase_cut"
        )
        assert (event.actor, event.target) == ("RUS", "MDA")


class TestTheAccusedNamedAside:
    """Class 6: a speaker who says "the ban" broke a rule, with the ban's author named
    elsewhere in the sentence, accuses that author: the author breaks the deal, the speaker
    is its target."""

    def test_author_named_in_an_aside(self):
        event = _one(
            "Korea, whose refiners buy much of Vietnam's crude, said the ban breached World "
            "Trade Organization rules.",
            "deal_broken",
        )
        assert (event.actor, event.target) == ("VNM", "KOR")


class TestTheBanksCountry:
    """Class 7: the country in a bank's name ("the Reserve Bank of Malawi") is its actor,
    whatever other country shares the currency's name."""

    def test_bank_of(self):
        event = _one(
            "The Reserve Bank of Malawi devalued the kwacha by a third on Monday.",
            "currency_intervention",
        )
        assert event.actor == "MWI"


class TestSparedFromSanctions:
    """Class 8: a country exempted from sanctions has them lifted for it."""

    def test_exempted(self):
        event = _one(
            "The EU on Monday exempted Serbia and two other economies from financial "
            "sanctions linked to purchases of Russian gas.",
            "sanction",
        )
        assert (event.actor, event.target, event.status) == ("EU", "SRB", "reversed")


class TestTalksToJoinAndMissions:
    """Class 9: a country set to join negotiations, and a delegation to be led to another
    country, are talks scheduled."""

    @pytest.mark.parametrize(
        "text",
        [
            "Mexico is set to join the negotiations at the round in Peru in late May.",
            "The trade minister will lead a delegation of business people to Seoul in mid-June.",
        ],
    )
    def test_scheduled(self, text):
        _one(text, "talks_scheduled")
