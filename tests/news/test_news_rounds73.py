"""The reader's seventy-third round (more misses of the fortieth set).

A date in a relative clause without its pronoun ("ended the sanctions programme the United
States imposed on Burundi in 2015") dates the programme, not its end; voters who approved
an agreement reached a deal; units ordered from a country ("ordered 42 Rafale fighter jets
from France") are a purchase promised, to be delivered; a cargo turned away is a purchase
cut; "Palestinian" is Palestine's.
"""

from __future__ import annotations

import datetime as dt

import pytest
from news_support import Round

pytest.importorskip("spacy", reason="the news reader needs spaCy: pip install tradewar[news]")

DAY = "2021-11-19"  # a Friday


READ = Round(DAY)
_events, _one = READ.events, READ.one


def test_a_reduced_relative_clause_does_not_date_the_end_of_a_programme():
    e = _one(
        "President Joe Biden on Thursday ended the sanctions programme the United States "
        "imposed on Burundi in 2015.",
        kind="sanction",
    )
    assert (e.actor, e.target, e.status, e.date) == (
        "USA",
        "BDI",
        "reversed",
        dt.date(2021, 11, 18),
    )


def test_voters_who_approved_an_agreement_reached_a_deal():
    e = _one(
        "Swiss voters on Sunday narrowly approved a free trade agreement with Indonesia.",
        date="2021-03-08",
        kind="deal_reached",
    )
    assert (e.actor, e.target, e.status, e.date) == (
        "CHE",
        "IDN",
        "announced",
        dt.date(2021, 3, 7),
    )


def test_units_ordered_from_a_country_are_promised_purchases():
    e = _one(
        "Indonesia on Thursday ordered 42 Rafale fighter jets from France in a deal worth 8.1 "
        "billion dollars.",
        date="2022-02-11",
        kind="purchase_commitment",
    )
    assert (e.actor, e.target, e.status) == ("IDN", "FRA", "announced")


def test_people_ordered_to_leave_are_no_purchase():
    assert _events("The ministry ordered 12 inspectors from Canada to leave.") == []


def test_a_cargo_turned_away_is_a_purchase_cut():
    e = _one(
        "Turkey has turned away a cargo of about 56,000 tonnes of Indian durum wheat, citing "
        "phytosanitary concerns.",
        date="2022-06-02",
        kind="purchase_cut",
    )
    assert (e.actor, e.target) == ("TUR", "IND")


def test_palestinian_goods_barred():
    e = _one(
        "Israel answered at the end of January by barring Palestinian vegetables, fruit and "
        "other farm goods from its markets.",
        date="2020-02-10",
        kind="purchase_cut",
    )
    assert (e.actor, e.target) == ("ISR", "PSE")
