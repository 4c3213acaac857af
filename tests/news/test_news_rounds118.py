"""The reader's hundred-and-eighteenth round: calls held, dollar bonds, tickers that are codes.

"held a call with Chinese Vice Premier Liu He on Wednesday", "had a long and very good
conversation with Chinese President Xi Jinping", "spoke with Russian President Vladimir
Putin for more than two hours", "had spoken by phone with her Saudi counterpart": a call
with another's official is talks held, as the sets label 39 of the 44 calls they tell.
"Egypt's dollar bonds rallied": bonds named by their currency are a bond market, a move of
its own beside the pound's plunge. "AMD slipped 0.9%": an ISO code that is a company's name
in the company table (AMD, MMK) stands for the company, not the Armenian dram or the kyat,
and "Danish Crown" for the meat packer, not the krone.
"""

from __future__ import annotations

import pytest
from news_support import Round

from tradewar.news.entities import companies, gazetteer

pytest.importorskip("spacy", reason="the news reader needs spaCy: pip install tradewar[news]")

DAY = "2025-03-06"  # a Thursday

READ = Round(DAY)
_events, _one = READ.events, READ.one


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        (
            "Japan's finance minister held a call with Chinese Vice Premier Liu He on Wednesday.",
            ("JPN", "CHN"),
        ),
        (
            "Trump said he had a long and very good conversation with Chinese President Xi "
            "Jinping on Thursday.",
            ("USA", "CHN"),
        ),
        (
            "President Donald Trump spoke with Russian President Vladimir Putin for more than "
            "two hours on Tuesday.",
            ("USA", "RUS"),
        ),
        (
            "Trump said he had spoken by phone with Cambodian Prime Minister Hun Manet on "
            "Saturday.",
            ("USA", "KHM"),
        ),
    ],
)
def test_a_call_with_another_countrys_official_is_talks_held(
    text: str, pair: tuple[str, str]
) -> None:
    event = _one(text, kind="talks_held")
    assert ((event.actor, event.target), event.status) == (pair, "in_effect")


def test_a_call_to_come_is_talks_scheduled():
    event = _one(
        "Chinese Vice Premier Liu He will hold a phone call with U.S. Trade Representative "
        "Robert Lighthizer next week.",
        kind="talks_scheduled",
    )
    assert event.actor == "CHN"


def test_a_call_with_a_customer_is_no_talks():
    assert (
        _events(
            "The company said it had a long conversation with its customers on Monday.",
            kind="talks_held",
        )
        == []
    )


def test_dollar_bonds_move_apart_from_the_currency():
    events = _events(
        "Egypt's central bank let the pound float freely on Wednesday. The pound plunged more "
        "than 35% to above 49 per dollar. Egypt's dollar bonds rallied, with longer-dated "
        "issues gaining more than 2 cents on the dollar.",
        kind="market_reaction",
        date="2024-03-06",
    )
    assert [(e.actor, e.sentence[:12]) for e in events] == [
        ("EGY", "The pound pl"),
        ("EGY", "Egypt's doll"),
    ]


def test_a_chipmakers_ticker_is_the_company_not_a_currency():
    event = _one(
        "The United States imposed tariffs on Chinese chips on Monday. Shares of Intel fell 1% "
        "and AMD slipped 0.9% in premarket trading in New York on Monday.",
        kind="market_reaction",
    )
    assert (event.actor, event.companies) == ("USA", ("Intel", "AMD"))


def test_no_company_name_is_read_as_a_currency():
    names = gazetteer()
    read_as_currencies = [
        company
        for company in companies()
        if (entity := names.get(company.lower())) is not None and entity.type == "currency"
    ]
    assert read_as_currencies == []
