"""The reader's hundred-and-twelfth round: a bank's dollars at auction, GSP status ended.

From the fiftieth set's errors after its one measurement: "The bank will sell a further $1.5
billion at another exceptional auction on Tuesday", "Mexico will sell $52 million a day at
auctions with no minimum price": a bank's dollars sold at auction are an intervention (not
"$2 billion of bonds" sold at one). "it would end Turkey's designation as a beneficiary
developing country under the Generalized System of Preferences": preferences ended, a tariff
raised; the apposition that tells what the programme does ("a program that lets thousands of
goods enter the U.S. duty-free") is no event.
"""

from __future__ import annotations

import pytest
from news_support import Round

pytest.importorskip("spacy", reason="the news reader needs spaCy: pip install tradewar[news]")

DAY = "2016-03-14"  # a Monday

READ = Round(DAY)
_events, _one = READ.events, READ.one


@pytest.mark.parametrize(
    "text",
    [
        "Egypt's central bank devalued the pound on Monday. The bank will sell a further $1.5 "
        "billion at another exceptional auction on Tuesday.",
        "Mexico will sell $52 million a day at auctions with no minimum price starting today, "
        "the central bank said.",
    ],
)
def test_a_banks_dollars_sold_at_auction_are_an_intervention(text):
    found = _events(text, kind="currency_intervention")
    assert found and all(e.status in {"announced", "in_effect"} for e in found)
    assert any("auction" in e.sentence for e in found)


def test_bonds_sold_at_auction_are_no_intervention():
    found = _events(
        "The finance ministry sold $2 billion of bonds at an auction on Tuesday.",
        kind="currency_intervention",
    )
    assert found == []


def test_gsp_designation_ended_is_a_tariff_increase():
    text = (
        "The United States said on March 4 it would end Turkey's designation as a beneficiary "
        "developing country under the Generalized System of Preferences (GSP), a program that "
        "lets thousands of goods enter the U.S. duty-free."
    )
    found = _events(text, date="2019-03-05")
    assert [(e.kind, e.actor, e.target, e.status) for e in found] == [
        ("tariff_increase", "USA", "TUR", "announced")
    ]
