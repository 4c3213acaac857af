"""The reader's hundred-and-nineteenth round: traffic stopped, a dollar's price, forex withheld.

The first round against the fifty-second set's errors. "Venezuela has suspended all air and
sea traffic with the Dutch Caribbean islands of Aruba, Curacao and Bonaire", "would end air
traffic and commercial links with Iran": trade stopped with a country is a purchase cut (the
islands named after "of", not the adjective before them; "land, sea and air links" closed
stay a sanction). "raised the official price of the dollar to 1,450 dinars from 1,182": a
devaluation. "directed banks to stop processing applications for foreign exchange to import
maize": the means to buy withheld, a purchase cut, not a purchase. "Milling wheat futures on
Euronext in Paris eased 0.4%", "Farm-gate prices for white paddy ... fell about 5 percent":
market lines. "... in Syria, where ... the United States had already banned imports of Syrian
crude": a pluperfect in a relative clause of place is history, even after "said".
"""

from __future__ import annotations

import pytest
from news_support import Round

pytest.importorskip("spacy", reason="the news reader needs spaCy: pip install tradewar[news]")

DAY = "2019-02-20"  # a Wednesday

READ = Round(DAY)
_events, _one = READ.events, READ.one


def test_traffic_suspended_with_three_islands_is_a_purchase_cut_each():
    events = _events(
        "Venezuela has suspended all air and sea traffic with the Dutch Caribbean islands of "
        "Aruba, Curacao and Bonaire.",
        kind="purchase_cut",
    )
    assert sorted((e.actor, e.target) for e in events) == [
        ("VEN", "ABW"),
        ("VEN", "BES"),
        ("VEN", "CUW"),
    ]


def test_commercial_links_ended_are_a_purchase_cut_not_a_sanction():
    events = _events(
        "Saudi Arabia said on Monday it would end air traffic and commercial links with Iran.",
        date="2016-01-04",
    )
    assert [(e.kind, e.actor, e.target, e.status) for e in events] == [
        ("purchase_cut", "SAU", "IRN", "announced")
    ]


def test_land_sea_and_air_links_closed_stay_a_sanction():
    events = _events(
        "Saudi Arabia closed its land, sea and air links with Qatar on Monday.",
        date="2017-06-07",
    )
    assert [(e.kind, e.actor) for e in events] == [("sanction", "SAU")]


def test_the_official_price_of_the_dollar_raised_is_a_devaluation():
    event = _one(
        "The Central Bank of Iraq on Saturday raised the official price of the dollar to 1,450 "
        "dinars from 1,182.",
        kind="currency_intervention",
        date="2020-12-20",
    )
    assert (event.actor, event.status) == ("IRQ", "in_effect")


def test_foreign_exchange_withheld_for_imports_is_a_purchase_cut():
    events = _events(
        "The Central Bank of Nigeria on Monday directed banks to stop processing applications "
        "for foreign exchange to import maize and corn.",
        date="2020-07-14",
    )
    assert [(e.kind, e.actor, e.status) for e in events] == [("purchase_cut", "NGA", "in_effect")]


def test_a_pledge_to_import_more_is_still_a_commitment():
    event = _one(
        "China agreed on Friday to import more American soybeans this year.",
        kind="purchase_commitment",
    )
    assert (event.actor, event.target) == ("CHN", "USA")


@pytest.mark.parametrize(
    ("text", "actor"),
    [
        ("Milling wheat futures on Euronext in Paris eased 0.4% on Thursday.", "FRA"),
        (
            "Farm-gate prices for white paddy in Battambang province fell about 5 percent today.",
            None,
        ),
    ],
)
def test_futures_and_farm_gate_prices_that_move_are_market_lines(text: str, actor: str | None):
    events = _events(
        "Romania lifted its ban on cereal exports on Thursday. " + text,
        kind="market_reaction",
        date="2020-04-16",
    )
    assert len(events) == 1
    assert actor is None or events[0].actor == actor


def test_a_country_that_eased_its_rules_made_no_market_move():
    assert (
        _events(
            "Romania lifted its ban on cereal exports on Thursday. Hungary eased its rules by "
            "3% on Friday.",
            kind="market_reaction",
            date="2020-04-16",
        )
        == []
    )


def test_a_pluperfect_in_a_relative_clause_of_place_is_history():
    events = _events(
        "Arab ministers approved sanctions on Syria on Sunday. Economists said the measures "
        "would deepen an economic crisis in Syria, where tourism has collapsed and the "
        "European Union and the United States had already banned imports of Syrian crude.",
        date="2011-11-28",
    )
    assert [e.kind for e in events] == ["sanction"]
