"""The reader's hundred-and-seventeenth round: access lost by a list, regained, markets sent.

"Ethiopia, Mali and Guinea lost their duty-free access to the US market": every country of
a list that loses access is a target, the first as well as the last (the clause's subject
went back only to its last comma). "Swaziland will regain duty-free access to the United
States market under AGOA from January 1": access given back is a cut (not "so that Nigeria
could regain access", a purpose). "..., sending the currency down about 2.5% to a record
low": a clause that tells what the measure did to a currency is a market reaction of its
own, beside the measure in the same sentence.
"""

from __future__ import annotations

import pytest
from news_support import Round

pytest.importorskip("spacy", reason="the news reader needs spaCy: pip install tradewar[news]")

DAY = "2014-01-06"  # a Monday

READ = Round(DAY)
_events, _one = READ.events, READ.one


@pytest.mark.parametrize(
    ("text", "actor", "targets"),
    [
        (
            "Ethiopia, Mali and Guinea lost their duty-free access to the US market on Monday.",
            "USA",
            ["ETH", "GIN", "MLI"],
        ),
        (
            "Brazil, Argentina and Uruguay lost their preferential access to the European Union "
            "market on January 1.",
            "EU",
            ["ARG", "BRA", "URY"],
        ),
    ],
)
def test_every_country_of_a_list_that_loses_access_is_a_target(
    text: str, actor: str, targets: list[str]
) -> None:
    events = _events(text, kind="tariff_increase")
    assert {e.actor for e in events} == {actor}
    assert sorted(e.target for e in events) == targets


def test_one_countrys_sellers_that_lose_access_stay_one_event():
    events = _events(
        "Rwandan clothing lost its duty-free access to the United States on Monday.",
        kind="tariff_increase",
    )
    assert [(e.actor, e.target) for e in events] == [("USA", "RWA")]


def test_duty_free_access_regained_under_a_scheme_is_a_cut():
    event = _one(
        "MBABANE - Swaziland will regain duty-free access to the United States market under "
        "the African Growth and Opportunity Act (AGOA) from January 1, the US Trade "
        "Representative said.",
        kind="tariff_cut",
        date="2017-12-23",
    )
    assert (event.actor, event.target, event.status, str(event.date)) == (
        "USA",
        "SWZ",
        "announced",
        "2018-01-01",
    )


@pytest.mark.parametrize(
    "text",
    [
        "The quarantine service said it would train farmers so that Nigeria could regain access "
        "to the market when the ban expires.",
        "Yaounde said it hoped to regain duty-free access to the US market after talks.",
    ],
)
def test_access_a_country_hopes_to_regain_is_no_cut(text: str) -> None:
    assert _events(text, kind="tariff_cut") == []


def test_a_currency_sent_down_by_a_measure_is_a_market_reaction_beside_it():
    events = _events(
        "The Central Bank of Sri Lanka yesterday said it would stop defending the rupee and "
        "allow the exchange rate to be set by market forces, sending the currency down about "
        "2.5% to a record low of 117.25 against the US dollar.",
        date="2012-02-10",
    )
    assert sorted(e.kind for e in events) == ["currency_intervention", "market_reaction"]


def test_a_clause_sending_aid_is_no_market_reaction():
    assert (
        _events(
            "Japan lifted its ban on Chinese seafood on Monday, sending officials to Beijing to "
            "check the first shipments.",
            kind="market_reaction",
        )
        == []
    )
