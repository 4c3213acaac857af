"""The reader's hundred-and-seventh round: the Nordic crowns, controls lifted, FX auctions.

"Danmarks Nationalbank also sold kroner in the currency market again this week": the krone
and kroner are Denmark's in a report on Denmark (the names Norway, Sweden, Denmark and
Iceland share are settled by the country the report names), and the central bank's sale is
an intervention. "Iceland will lift almost all of its remaining capital controls from
Tuesday": the controls lifted past their quantifiers. "Venezuela's central bank sold about
$200 million to companies on Monday at the first auction under a new foreign exchange
mechanism": an amount sold at an auction of foreign exchange.
"""

from __future__ import annotations

import pytest
from news_support import Round

pytest.importorskip("spacy", reason="the news reader needs spaCy: pip install tradewar[news]")

DAY = "2015-02-05"  # a Thursday

READ = Round(DAY)
_events, _one = READ.events, READ.one


def test_kroner_sold_by_the_danish_central_bank_is_an_intervention():
    event = _one(
        "Danmarks Nationalbank also sold kroner in the currency market again this week, "
        "traders said.",
        kind="currency_intervention",
    )
    assert (event.actor, event.status) == ("DNK", "in_effect")


def test_the_krone_in_a_report_on_denmark_is_denmarks():
    found = _events(
        "Denmark's central bank cut its deposit rate on Thursday to defend the krone's peg. "
        "The krone weakened slightly to 7.4335 per euro after the decision.",
        kind="market_reaction",
    )
    assert [e.actor for e in found] == ["DNK"]


@pytest.mark.parametrize(
    ("text", "actor"),
    [
        ("Norway raised tariffs on cheese on Monday. The krone weakened 1% on Thursday.", "NOR"),
        ("Sweden raised tariffs on cheese on Monday. The krona weakened 1% on Thursday.", "SWE"),
        ("Iceland raised tariffs on cheese on Monday. The krona fell 2.6% on Thursday.", "ISL"),
    ],
)
def test_a_shared_crown_is_the_named_countrys(text, actor):
    found = _events(text, kind="market_reaction")
    assert [e.actor for e in found] == [actor]


def test_capital_controls_lifted_past_quantifiers_are_reversed():
    event = _one(
        "Iceland will lift almost all of its remaining capital controls from Tuesday, ending "
        "an era that began when its three biggest banks collapsed in 2008.",
        kind="currency_intervention",
        date="2017-03-13",
    )
    assert (event.actor, event.status, str(event.date)) == ("ISL", "reversed", "2017-03-14")


def test_capital_controls_denied_are_none():
    found = _events(
        "Bank Negara Malaysia has no plans to impose all of its capital controls again.",
        kind="currency_intervention",
    )
    assert found == []


def test_an_amount_sold_at_a_foreign_exchange_auction_is_an_intervention():
    event = _one(
        "Venezuela's central bank sold about $200 million to companies on Monday at the first "
        "auction under a new foreign exchange mechanism.",
        kind="currency_intervention",
        date="2013-03-27",
    )
    assert (event.actor, event.status, str(event.date)) == ("VEN", "in_effect", "2013-03-25")


def test_bonds_sold_at_an_auction_are_no_intervention():
    found = _events(
        "Venezuela's finance ministry sold about $200 million of bonds to banks on Monday at "
        "an auction of local debt.",
        kind="currency_intervention",
        date="2013-03-27",
    )
    assert found == []
