"""The reader's fiftieth round: misses of the thirty-third set, after its one measurement.

Tested on new wording, other countries and goods: a dateline's place is no side of a deal;
rulings whose subject is a country, or a measure its owner "imposed"; commitments a breach
breaks; tariffs of a country that retaliates, on the country it answers; amounts of goods
bought; orders to sell export earnings; a central bank's dollar sales; measures left in
place or standing since a date; suspensions kept or extended; lists of past deals.
"""

from __future__ import annotations

import datetime as dt

import pytest
from news_support import Round

pytest.importorskip("spacy", reason="the news reader needs spaCy: pip install tradewar[news]")

DAY = "2025-06-18"  # a Wednesday


READ = Round(DAY)
_events, _one = READ.events, READ.one


class TestSides:
    """A wire dateline's place is not a side of the deal the sentence tells."""

    def test_dateline_place(self):
        found = _events(
            "Lima, June 18 (EFE).- The European Union signed a trade agreement with Chile, "
            "Peru and Ecuador on Wednesday.",
            kind="deal_reached",
        )
        assert {e.actor for e in found} == {"EU"}
        assert {e.target for e in found} == {"CHL", "PER", "ECU"}


class TestRulings:
    """A country ruled against, the owner of a measure, and what a ruling faults."""

    def test_country_broke_rules(self):
        e = _one(
            "Arbitrators ruled on Monday that Indonesia broke World Trade Organization rules "
            "by requiring miners to process nickel at home.",
            kind="deal_broken",
        )
        assert (e.actor, e.date) == ("IDN", dt.date(2025, 6, 16))

    def test_owner_who_imposed(self):
        e = _one(
            "A panel ruled on Monday that the additional tariffs Canada imposed on U.S. goods "
            "in 2018 broke global trade rules.",
            kind="deal_broken",
        )
        assert (e.actor, e.target) == ("CAN", "USA")

    def test_what_a_ruling_faults(self):
        found = _events(
            "A panel ruled on Monday that China broke global trade rules with its policy of "
            "barring patent holders from suing in foreign courts."
        )
        assert [e.kind for e in found] == ["deal_broken"]

    def test_commitments_broken(self):
        e = _one(
            "Kazakhstan said the fee violated Russia's commitments under World Trade "
            "Organization rules.",
            kind="deal_broken",
        )
        assert (e.actor, e.target) == ("RUS", "KAZ")


class TestAnswers:
    """Each part of a retaliation is one; a safeguard answers no one."""

    def test_parts_of_an_answer(self):
        found = _events(
            "China will impose a 15 percent tariff on U.S. coal from June 25 in retaliation "
            "for Washington's duties. China will also impose a 10 percent tariff on U.S. "
            "crude oil from the same date."
        )
        assert [(e.kind, e.actor, e.target) for e in found] == [("retaliation", "CHN", "USA")] * 2

    def test_safeguard_is_no_answer(self):
        found = _events(
            "The EU imposed duties on U.S. bourbon in retaliation for Washington's steel "
            "tariffs. The EU also imposed safeguard duties on steel imports from the United "
            "States."
        )
        assert ("tariff_increase", "EU", "USA") in [(e.kind, e.actor, e.target) for e in found]


class TestPurchases:
    """An amount of a country's goods booked or ordered is a purchase."""

    def test_tonnes_booked(self):
        e = _one(
            "Egyptian importers booked about 60,000 tonnes of Romanian wheat last week.",
            kind="purchase_commitment",
        )
        assert (e.actor, e.target) == ("EGY", "ROU")

    def test_tonnes_harvested(self):
        assert not _events("Farmers harvested 5 million tonnes of wheat last year.")


class TestCurrencies:
    """Orders to sell export earnings, a central bank's dollar sales, named currencies."""

    def test_sell_earnings_ordered(self):
        e = _one(
            "Russian President Vladimir Putin signed a decree on Monday obliging exporters to "
            "sell part of their foreign currency earnings.",
            kind="currency_intervention",
        )
        assert (e.actor, e.status) == ("RUS", "in_effect")

    def test_requirement_lifted(self):
        e = _one(
            "The central bank lifted the requirement for exporters to sell half of their "
            "foreign currency earnings.",
            kind="currency_intervention",
        )
        assert e.status == "reversed"

    def test_earlier_steps(self):
        found = _events(
            "The central bank's earlier steps, including a requirement that exporters sell "
            "80 percent of their foreign currency earnings, were meant to calm markets."
        )
        assert not [e for e in found if e.kind == "currency_intervention"]

    def test_dollars_sold(self):
        e = _one("The central bank sold US$250 million on Tuesday.", kind="currency_intervention")
        assert e.date == dt.date(2025, 6, 17)

    def test_bonds_sold(self):
        found = _events("The central bank sold $2 billion of bonds on Tuesday.")
        assert not [e for e in found if e.kind == "currency_intervention"]

    def test_tugrik(self):
        e = _one(
            "Mongolia raised its export duty on coal on Monday. The tugrik fell 1.4 percent "
            "to a record low on Tuesday.",
            kind="market_reaction",
        )
        assert e.actor == "MNG"


class TestStanding:
    """Measures left in place, standing since a date, kept suspended or told as a record."""

    def test_left_in_place(self):
        found = _events(
            "Washington paused the 30% tariff for 90 days, leaving a 10% levy in place."
        )
        assert not [e for e in found if e.status == "in_effect"]

    def test_faced_since(self):
        assert not _events("Kenyan goods have faced a 10 percent baseline tariff since April.")

    def test_kept_suspended(self):
        e = _one(
            "China kept suspended for another year 24 percentage points of its 34% tariff on "
            "U.S. goods.",
            kind="tariff_increase",
        )
        assert e.status == "reversed"

    def test_extension_of_a_suspension(self):
        e = _one(
            "Beijing announced an extension of its suspension of a 24% additional tariff on "
            "American goods.",
            kind="tariff_increase",
        )
        assert (e.status, e.rate_change) == ("reversed", 0.24)

    def test_whether(self):
        assert not _events(
            "Trump has not said whether his administration will keep issuing licenses for "
            "plane sales to Iran."
        )

    def test_deals_over_the_years(self):
        assert not _events(
            "Since 2021, the UAE has signed economic partnership agreements with India, "
            "Indonesia, Turkey and Australia."
        )
