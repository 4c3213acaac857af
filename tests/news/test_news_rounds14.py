"""The reader's fourteenth round: one test class per class of error, on sentences of its own.

None of these sentences is taken from a labelled set: each class of error that the twelfth
fresh held-out set showed (docs/news.md, "Quality, measured") is tested on new wording,
other countries and goods, so that the mechanism is tested, not the sentence.
"""

from __future__ import annotations

import pytest
from news_support import Round

pytest.importorskip("spacy", reason="the news reader needs spaCy: pip install tradewar[news]")

DAY = "2024-03-08"  # a Friday


READ = Round(DAY)
_events, _one = READ.events, READ.one


class TestIncreasesPutOff:
    """Class 1: a planned increase put off past a span, suspended in the passive or in a
    headline's passive, is the increase reversed."""

    def test_put_off_past_a_span(self):
        event = _one(
            "Ottawa has put off for 60 days the increase to 20 percent in its surtax on "
            "Chinese steel.",
            "tariff_increase",
        )
        assert event.status == "reversed"

    def test_an_increase_suspended_in_the_passive(self):
        event = _one(
            "The increase in duties on Turkish steel to 50% from 25%, due on Monday, has been "
            "suspended.",
            "tariff_increase",
        )
        assert (event.status, event.rate_from, event.rate_to) == ("reversed", 0.25, 0.5)

    def test_a_headlines_passive(self):
        event = _one("Duty increase on Thai rice postponed; talks go on", "tariff_increase")
        assert event.status == "reversed"


class TestDealsAndBorders:
    """Class 2: a signing to come is talks scheduled; agreements held in abeyance; borders
    reopened by two countries or a crossing closed; cargoes no longer booked."""

    def test_a_signing_to_come_is_scheduled(self):
        event = _one(
            "The two governments will sign the agreement in Lima next month.", "talks_scheduled"
        )
        assert event.status == "announced"

    def test_agreements_held_in_abeyance(self):
        event = _one(
            "Armenia said it could hold in abeyance its trade agreements with Azerbaijan.",
            "deal_broken",
        )
        assert (event.actor, event.status) == ("ARM", "threatened")

    def test_two_countries_reopen_their_border(self):
        found = _events("Ecuador and Peru reopened their border to cargo trucks on Monday.")
        assert {e.kind for e in found} == {"purchase_cut"}
        assert {e.status for e in found} == {"reversed"}
        assert not [e for e in found if e.sectors]  # the trucks carry the goods

    def test_a_border_crossing_closed(self):
        event = _one(
            "Kazakhstan would close the main border crossing at Khorgos on Monday.",
            "purchase_cut",
        )
        assert event.actor == "KAZ"

    def test_cargoes_no_longer_booked(self):
        event = _one(
            "Egypt has stopped booking cargoes of French wheat this season.", "purchase_cut"
        )
        assert (event.actor, event.target) == ("EGY", "FRA")


class TestDatesAndRates:
    """Class 3: a date of an aside or of a relative clause's irregular verb dates its noun,
    not the event; a central bank's reference or deposit rate is no tariff."""

    def test_an_asides_date(self):
        event = _one(
            "Talks on a Canada-India trade agreement, launched in 2010, have been put on hold.",
            "talks_stalled",
        )
        assert str(event.date) == DAY

    def test_a_relative_clauses_irregular_verb(self):
        event = _one(
            "Ghana has shelved the trade negotiations that began in 2019.", "talks_stalled"
        )
        assert str(event.date) == DAY

    def test_a_reference_rate_is_no_tariff(self):
        found = _events(
            "The People's Bank of China set its daily reference rate for the yuan at 7.12 per "
            "dollar as new U.S. tariffs on Chinese goods took effect."
        )
        assert "currency_intervention" in {e.kind for e in found}
        assert not [e for e in found if e.actor == "CHN" and e.kind.startswith("tariff")]

    def test_a_deposit_rate_is_no_tariff(self):
        found = _events("The Danish central bank cut its deposit rate to minus 0.75%.")
        assert not [e for e in found if e.kind.startswith("tariff")]
