"""The reader's seventy-eighth round: supplies promised, and trips for meetings.

A supplier that will supply a country with an amount of goods is a purchase promised by
that country ("Vietnam will supply the Philippines with 1.5 million to 2 million tonnes of
rice a year": the Philippines buys from Vietnam); a trip "for meetings with" officials is
talks to come.
"""

from __future__ import annotations

import pytest
from news_support import Round

pytest.importorskip("spacy", reason="the news reader needs spaCy: pip install tradewar[news]")

DAY = "2024-01-30"  # a Tuesday


READ = Round(DAY)
_events, _one = READ.events, READ.one


def test_a_supply_promised_to_a_country_is_its_purchase():
    e = _one(
        "Vietnam will supply the Philippines with 1.5 million to 2 million tonnes of rice a year.",
        kind="purchase_commitment",
    )
    assert (e.actor, e.target, e.status) == ("PHL", "VNM", "announced")


def test_a_companys_supply_promised_to_a_country():
    e = _one(
        "QatarEnergy agreed on Tuesday to supply Germany with up to 2 million tonnes a year of "
        "liquefied natural gas.",
        kind="purchase_commitment",
    )
    assert (e.actor, e.target) == ("DEU", "QAT")


def test_a_supply_of_something_else_is_no_purchase():
    assert _events("The firm will supply Germany with advice on its energy policy.") == []


def test_a_trip_for_meetings_is_talks_to_come():
    e = _one(
        "He said he would travel to Washington in November for meetings with members of "
        "Congress and administration officials.",
        date="2025-10-21",
        kind="talks_scheduled",
    )
    assert (e.target, e.status) == ("USA", "announced")
