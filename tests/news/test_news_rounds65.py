"""The reader's sixty-fifth round: the tariff cuts an agreement schedules.

The conventions now say that each side's cut under an agreement is an event of its own,
whether the agreement is reached, signed or in force (most sets labelled them so; the
thirty-ninth did not, and is relabelled). The round reads more of their shapes: a second
cut joined to the first by *and* shares its *will* or *would*; a country's own duty that
leads a passive clause past a list of goods; two cuts on other goods stay two events; and
an excise duty, a tax at home, is no tariff.
"""

from __future__ import annotations

import datetime as dt

import pytest
from news_support import Round

pytest.importorskip("spacy", reason="the news reader needs spaCy: pip install tradewar[news]")

DAY = "2018-07-17"  # a Tuesday


READ = Round(DAY)
_events, _one = READ.events, READ.one


def test_a_second_cut_joined_by_and_shares_the_future_of_the_first():
    found = _events(
        "Canada and Ecuador have concluded negotiations on a free trade agreement. "
        "Once in force, the deal would remove tariffs on nearly all Canadian exports to "
        "Ecuador, including wheat, pulses, pork and machinery, and give Ecuadorian shrimp, "
        "bananas and cut flowers duty-free access to Canada.",
        date="2025-02-12",
        kind="tariff_cut",
    )
    assert {(e.target, e.status) for e in found} == {("CAN", "announced"), ("ECU", "announced")}


def test_a_verb_in_the_past_after_and_keeps_its_own_time():
    found = _events(
        "China said it would retaliate, and raised tariffs on U.S. soybeans to 25% on Friday.",
        date="2018-07-09",
    )
    raised = [e for e in found if e.rate_to == 0.25]
    assert [(e.status, e.date) for e in raised] == [("in_effect", dt.date(2018, 7, 6))]


def test_a_countrys_own_duty_leads_a_passive_clause_past_a_list_of_goods():
    e = _one(
        "Japan and the European Union signed an economic partnership agreement on Tuesday. "
        "Japan's tariff on European cheeses such as Camembert and mozzarella will be removed "
        "over 15 years.",
        kind="tariff_cut",
    )
    assert (e.actor, e.target, e.status, e.sectors) == ("JPN", "EU", "announced", ("food",))


def test_an_agreements_cuts_on_other_goods_are_two_events():
    found = _events(
        "Japan and the European Union signed an economic partnership agreement on Tuesday. "
        "The pact will eliminate Japan's tariffs on about 94 percent of imports from the EU, "
        "including European wine immediately. Japan's tariff on European cheeses will be "
        "removed over 15 years.",
        kind="tariff_cut",
    )
    assert [(e.actor, e.target) for e in found] == [("JPN", "EU"), ("JPN", "EU")]


def test_a_headline_and_its_body_that_share_goods_stay_one_cut():
    found = _events(
        "Australia and UAE sign trade deal that cuts tariffs on meat and grain\n\n"
        "Once the agreement takes effect, the UAE will remove tariffs on 99 per cent of "
        "Australian goods, including red meat, grains and dairy products.",
        date="2024-11-07",
        kind="tariff_cut",
    )
    assert [(e.actor, e.target) for e in found] == [("ARE", "AUS")]


def test_an_excise_duty_is_no_tariff():
    found = _events(
        "The finance minister said the steps were part of a package to ease inflation, "
        "alongside a cut in the excise duty on petrol and diesel.",
        date="2022-05-23",
    )
    assert [e for e in found if e.kind.startswith("tariff")] == []


def test_an_import_duty_cut_on_fuel_is_still_a_tariff_cut():
    e = _one(
        "The government cut the import duty on petrol and diesel to 5% from 10% on Monday.",
        date="2022-05-24",
        kind="tariff_cut",
    )
    assert (e.rate_from, e.rate_to, e.date) == (0.10, 0.05, dt.date(2022, 5, 23))
