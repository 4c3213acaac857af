"""The reader's thirty-first round: one test class per class of error, on sentences of its own.

None of these sentences is taken from a labelled set: each class of error that the
twenty-fourth fresh held-out set showed (after its one measurement) is tested on new
wording, other countries and goods, so that the mechanism is tested, not the sentence.
"""

from __future__ import annotations

import datetime as dt

import pytest
from news_support import Round

pytest.importorskip("spacy", reason="the news reader needs spaCy: pip install tradewar[news]")

DAY = "2024-03-08"  # a Friday


READ = Round(DAY)
_events, _one = READ.events, READ.one
#: A first sentence with an event, so that a market move has something to answer.
LEAD = "Canada raised tariffs on Chinese steel to 25% on Friday. "


class TestMinimumImportPrice:
    """Class 1: a minimum import price is a border measure on imports, and what it is for
    ("for six months to curb ...") is no event of its own."""

    def test_minimum_import_price(self):
        text = (
            "The government has imposed a minimum import price on 60 aluminium products for "
            "a year to curb a flood of cheap shipments from China and Vietnam."
        )
        e = _one(text, kind="tariff_increase")
        assert e.actor is None or e.actor != "CHN"
        assert not _events(text, kind="export_control")


class TestAccusedOfBreakingRules:
    """Class 2: a party accused of breaking trade rules breaks a deal."""

    def test_accusing_of_breaking_global_rules(self):
        e = _one(
            "Brazil filed a complaint at the WTO on Monday accusing India of breaking global "
            "trade rules with its sugar subsidies.",
            kind="deal_broken",
        )
        assert e.actor == "IND"


class TestCurrencyCorridor:
    """Class 3: a currency corridor abolished is a regime given up."""

    def test_corridor_abolished(self):
        e = _one(
            "The National Bank of Kazakhstan abolished the tenge's currency corridor on Thursday.",
            kind="currency_intervention",
        )
        assert e.status == "reversed"


class TestIndexMoveRestated:
    """Class 4: "fell 500 points, or 1.4 percent, on Tuesday": the day is the move's."""

    def test_points_or_percent_then_day(self):
        e = _one(
            LEAD + "The Nikkei share average fell 500 points, or 1.4 percent, on Tuesday.",
            kind="market_reaction",
        )
        assert e.date == dt.date(2024, 3, 5)


class TestCentralBankBuysCurrency:
    """Class 5: a central bank's purchases of dollars are an intervention, not a purchase
    commitment; the purchases a report cites as a reason are none."""

    def test_purchases_of_dollars(self):
        text = "The central bank said it would step up its purchases of dollars if the won rose."
        e = _one(text, kind="currency_intervention")
        assert e.actor == "KOR" and e.status == "threatened"
        assert not _events(text, kind="purchase_commitment")

    def test_purchases_cited_as_a_reason(self):
        assert not _events(
            "The Treasury named Taiwan as a manipulator on Wednesday, citing its trade surplus "
            "and its purchases of foreign currency.",
            kind="currency_intervention",
        )


class TestWithholdingTaxOnForeignInvestors:
    """Class 6: a tax on what foreign investors earn on bonds is a capital control."""

    def test_withholding_tax(self):
        _one(
            "The cabinet on Tuesday approved reinstating a 10% withholding tax on interest that "
            "foreign investors earn on Indonesian government bonds.",
            kind="currency_intervention",
        )


class TestStruckBy:
    """Class 7: what struck a market (", hit by falling oil prices and sanctions") is a
    cause, not events."""

    def test_hit_by(self):
        found = _events(
            LEAD + "The rouble fell 3% on Thursday, hit by falling oil prices and Western "
            "sanctions over Ukraine that have shut Russian banks out of capital markets."
        )
        assert [e.kind for e in found if e.kind != "tariff_increase"] == ["market_reaction"]


class TestOldDates:
    """Class 8: a date of the nineteenth century is history."""

    def test_nineteenth_century(self):
        assert not _events(
            "On February 1, 1892, France began charging its highest duties on Swiss goods.",
            date="2018-02-01",
        )
