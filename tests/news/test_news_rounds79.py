"""The reader's seventy-ninth round: countries exempt from the tariff told just before.

"Canada imposed provisional safeguard tariffs on seven steel products. Steel from Mexico and
Chile, which have free-trade agreements with Canada, is exempt": a cut of that tariff for
each country the subject lists (not those of its relative clause), with the tariff's
author, status and date.
"""

from __future__ import annotations

import datetime as dt

import pytest
from news_support import Round

pytest.importorskip("spacy", reason="the news reader needs spaCy: pip install tradewar[news]")

DAY = "2018-10-12"  # a Friday


READ = Round(DAY)
_events, _one = READ.events, READ.one

SAFEGUARD = (
    "Canada imposed provisional safeguard tariffs of 25 percent on seven steel products on "
    "Thursday. "
)


def test_goods_of_countries_exempt_past_a_relative_clause():
    found = _events(
        SAFEGUARD + "Steel from Mexico and Chile, which have free-trade agreements with Canada, "
        "is exempt.",
        kind="tariff_cut",
    )
    assert sorted((e.actor, e.target, e.status, e.date) for e in found) == [
        ("CAN", "CHL", "in_effect", dt.date(2018, 10, 11)),
        ("CAN", "MEX", "in_effect", dt.date(2018, 10, 11)),
    ]


def test_countries_exempt_past_an_apposition():
    found = _events(
        "Trump ordered tariffs of 25 percent on steel on Thursday. Canada and Mexico, two of the "
        "largest suppliers of steel to the United States, were exempted for now.",
        kind="tariff_cut",
    )
    assert sorted((e.actor, e.target) for e in found) == [("USA", "CAN"), ("USA", "MEX")]


def test_goods_exempt_with_no_country_named_cut_nothing_here():
    found = _events(SAFEGUARD + "Canned fish is exempt.", kind="tariff_cut")
    assert found == []


def test_countries_that_pay_a_rate_are_not_the_ones_exempt():
    found = _events(
        "Trump ordered tariffs of 25 percent on steel on Thursday. Imports from the European "
        "Union, Japan and Switzerland pay no more than 15%, and generics are exempt.",
        kind="tariff_cut",
    )
    assert found == []
