"""The reader's thirty-second round: one test class per class of error, on sentences of its own.

None of these sentences is taken from a labelled set: each class of error that the latest
fresh held-out sets share (the kinds and dates of the twentieth to twenty-fourth, after
their one measurement) is tested on new wording, other countries and goods, so that the
mechanism is tested, not the sentence.
"""

from __future__ import annotations

import datetime as dt

import pytest
from news_support import Round

pytest.importorskip("spacy", reason="the news reader needs spaCy: pip install tradewar[news]")

DAY = "2024-03-08"  # a Friday


READ = Round(DAY)
_events, _one = READ.events, READ.one


class TestSuppliersDeliveries:
    """Class 1: a supplier's deliveries to a country, cut or restored, are an export control;
    deliveries a buyer halts stay a purchase cut."""

    def test_deliveries_to_a_country_halted(self):
        text = "Kazakhstan's KazMunayGas halted oil deliveries to Kyrgyzstan on Wednesday."
        e = _one(text, kind="export_control")
        assert (e.actor, e.target, e.status) == ("KAZ", "KGZ", "in_effect")
        assert not _events(text, kind="purchase_cut")

    def test_supplies_restored(self):
        e = _one("Algeria restored full gas supplies to Spain on Tuesday.", kind="export_control")
        assert e.status == "reversed" and e.target == "ESP"

    def test_a_buyer_halting_deliveries(self):
        _one("India halted deliveries of Chinese power equipment on Monday.", kind="purchase_cut")


class TestHeadlineTakesTheBodysDate:
    """Class 2: a headline's event, dated by the report, takes the date its body gives, also
    one of a sentence that reports a saying."""

    def test_body_date_replaces_the_headline_date(self):
        e = _one(
            "Russia bans Georgian mineral water\n\nRussia's consumer watchdog banned imports of "
            "Georgian mineral water on Tuesday, saying it had found impurities in several "
            "batches.",
            kind="purchase_cut",
        )
        assert e.date == dt.date(2024, 3, 5)


class TestWeekOf:
    """Class 3: "the week of July 8" is July 8, not the month."""

    def test_week_of_a_day(self):
        e = _one(
            "The second round of talks will take place in Ottawa in the week of April 15.",
            kind="talks_scheduled",
        )
        assert e.date == dt.date(2024, 4, 15) and e.date_precision == "day"


class TestDatelineIsNoEventsDate:
    """Class 4: the date of a wire dateline is the report's, not the event's."""

    def test_dateline_then_said_on_a_day(self):
        e = _one(
            "HANOI, March 8 (Reuters) - Vietnam said on Wednesday it would impose duties on "
            "Chinese steel beams.",
            kind="tariff_increase",
        )
        assert e.date == dt.date(2024, 3, 6)
