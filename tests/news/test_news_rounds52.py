"""The reader's fifty-second round: misses of the thirty-fourth set, after its one measurement.

Tested on new wording, other countries and goods: orders cancelled, dollars sold on the
interbank market, talks between one side and a list of others, measures that expire,
purchases begun, and bans on buying or on dealing with a company.
"""

from __future__ import annotations

import datetime as dt

import pytest
from news_support import Round

pytest.importorskip("spacy", reason="the news reader needs spaCy: pip install tradewar[news]")

DAY = "2023-02-08"  # a Wednesday


READ = Round(DAY)
_events, _one = READ.events, READ.one


class TestPurchases:
    """Orders cancelled or threatened, purchases begun, buyers barred from buying."""

    def test_order_cancelled(self):
        e = _one(
            "Vietnam Airlines will cancel an order for 12 Airbus A350 jets.", kind="purchase_cut"
        )
        assert (e.actor, e.status) == ("VNM", "announced")

    def test_cancellation_threatened(self):
        e = _one(
            "Thai Airways has threatened to cancel its order for 20 Boeing jets.",
            kind="purchase_cut",
        )
        assert e.status == "threatened"

    def test_began_buying(self):
        e = _one(
            "China's Sinopec began buying crude oil from Venezuela on Monday.",
            kind="purchase_commitment",
        )
        assert (e.actor, e.target, e.date) == ("CHN", "VEN", dt.date(2023, 2, 6))

    def test_banned_from_buying(self):
        e = _one(
            "Telecom operators will be banned from buying new ZTE equipment after Dec. 31.",
            kind="purchase_cut",
        )
        assert e.date == dt.date(2023, 12, 31)

    def test_company_barred_from_buying(self):
        found = _events(
            "The Commerce Department barred the Chinese company from buying chips made with "
            "American technology."
        )
        assert [e.kind for e in found] == ["export_control"]

    def test_barred_from_dealing(self):
        e = _one(
            "The Treasury barred American banks from dealing with Cambodia's Prince Group.",
            kind="sanction",
        )
        assert e.actor == "USA"


class TestCurrencies:
    """Dollars sold by a central bank on the interbank market."""

    def test_interbank(self):
        e = _one(
            "Tajikistan's central bank sold $30 million in the interbank market on Monday.",
            kind="currency_intervention",
        )
        assert (e.actor, e.date) == ("TJK", dt.date(2023, 2, 6))


class TestTalks:
    """Talks between one side and a list of others: one event for each of the others."""

    def test_one_and_a_list(self):
        found = _events(
            "Talks between the European Union and Chile, Peru and Colombia ended without a "
            "deal on Friday.",
            kind="talks_stalled",
        )
        assert sorted((e.actor, e.target) for e in found) == [
            ("EU", "CHL"),
            ("EU", "COL"),
            ("EU", "PER"),
        ]

    def test_three_sides(self):
        found = _events(
            "Gas talks between Russia, Ukraine and the European Union ended without agreement "
            "on Friday.",
            kind="talks_stalled",
        )
        assert len(found) == 1


class TestExpiry:
    """A measure that expires is held off; a lapse in a relative clause or advised is not."""

    def test_tariffs_expired(self):
        e = _one("The safeguard tariffs on washers expired on Tuesday.", kind="tariff_increase")
        assert (e.status, e.date) == ("reversed", dt.date(2023, 2, 7))

    def test_duty_free_regime_expired(self):
        e = _one(
            "The bloc's duty-free regime for Moldovan goods expired on Feb. 5.", kind="tariff_cut"
        )
        assert (e.status, e.target) == ("reversed", "MDA")

    def test_lapse_advised(self):
        found = _events(
            "Britain extended its steel quotas, overruling advice to let several of them lapse."
        )
        assert not [e for e in found if e.status == "reversed"]

    def test_lapse_in_a_relative_clause(self):
        found = _events(
            "Tokyo agreed not to impose duties on Chinese leeks, whose provisional curbs "
            "lapsed in November."
        )
        assert not [e for e in found if e.status == "reversed"]
