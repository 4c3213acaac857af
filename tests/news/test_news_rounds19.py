"""The reader's nineteenth round: one test class per class of error, on sentences of its own.

None of these sentences is taken from a labelled set: each class of error that the
sixteenth fresh held-out set showed is tested on new wording, other countries and goods,
so that the mechanism is tested, not the sentence.
"""

from __future__ import annotations

import datetime as dt

import pytest
from news_support import Round

pytest.importorskip("spacy", reason="the news reader needs spaCy: pip install tradewar[news]")

DAY = "2024-03-08"  # a Friday


READ = Round(DAY)
_events, _one = READ.events, READ.one


class TestDatesOfMeasuresDone:
    """Class 1: a measure told as done from a day without a year took effect on the nearer
    of that day's two readings, and is in effect if that is not after the report."""

    def test_done_on_a_day_just_past(self):
        event = _one(
            "Namibia banned imports of onions from South Africa from Jan. 1.",
            "purchase_cut",
            "2024-01-19",
        )
        assert event.date == dt.date(2024, 1, 1) and event.status == "in_effect"

    def test_done_from_a_day_just_ahead(self):
        event = _one(
            "Vietnam lowered tariffs on Indian rice from Jan. 1.", "tariff_cut", "2023-12-20"
        )
        assert event.date == dt.date(2024, 1, 1) and event.status == "announced"

    def test_to_come_from_a_day_long_past_is_next_year(self):
        event = _one(
            "Vietnam will lower tariffs on Indian rice from Jan. 1.", "tariff_cut", "2024-01-19"
        )
        assert event.date == dt.date(2025, 1, 1)

    def test_the_end_of_a_month_ahead_is_this_year(self):
        event = _one(
            "Kenya's trade minister is due to visit India at the end of March.", "talks_scheduled"
        )
        assert event.date == dt.date(2024, 3, 31)


class TestVisitsAhead:
    """Class 2: a visit to come to a country is talks scheduled with it; one made is none."""

    @pytest.mark.parametrize(
        "text",
        [
            "Egypt's foreign minister will visit Ankara on Monday.",
            "Egypt's foreign minister is due to visit Ankara next week.",
            "Egypt's president has accepted an invitation to make a state visit to Turkey.",
        ],
    )
    def test_a_visit_to_come(self, text):
        event = _one(text, "talks_scheduled")
        assert (event.actor, event.target, event.status) == ("EGY", "TUR", "announced")

    def test_visits_made_or_habitual_are_none(self):
        assert not _events("Tourists visit Turkey every year.")


class TestCurrenciesFloated:
    """Class 3: a currency floated, or its peg abandoned, is an intervention reversed; a
    shared bare name ("the pound") is the report's country's."""

    def test_a_currency_floated(self):
        event = _one("Nigeria floated the naira on Wednesday.", "currency_intervention")
        assert (event.actor, event.status) == ("NGA", "reversed")

    def test_a_peg_abandoned(self):
        event = _one(
            "Kazakhstan's central bank abandoned the tenge's peg to the dollar on Thursday.",
            "currency_intervention",
        )
        assert (event.actor, event.status) == ("KAZ", "reversed")

    def test_the_pound_of_an_egyptian_report(self):
        found = _events("Egypt raised tariffs on Turkish steel. The pound fell 2% on Friday.")
        moves = [e for e in found if e.kind == "market_reaction"]
        assert [e.actor for e in moves] == ["EGY"]

    def test_a_central_bank_s_rates_are_no_tariff(self):
        found = _events(
            "Britain raised tariffs on Chinese steel. Sterling fell after the Bank of England "
            "cut rates."
        )
        assert [e.kind for e in found if e.kind.startswith("tariff")] == ["tariff_increase"]


class TestInvestmentBans:
    """Class 4: barring investment in a country's firms is a sanction, not an export control;
    barring a firm from buying stays an export control."""

    @pytest.mark.parametrize(
        "text",
        [
            "Washington barred Americans from investing in 20 Chinese defence firms.",
            "Biden signed an order that will bar some new U.S. investments in Chinese chipmakers.",
        ],
    )
    def test_an_investment_ban(self, text):
        event = _one(text, "sanction")
        assert (event.actor, event.target) == ("USA", "CHN")
        assert not _events(text, DAY, "export_control")

    def test_a_firm_barred_from_buying(self):
        assert _one("The U.S. barred ZTE from buying American chips.", "export_control")
