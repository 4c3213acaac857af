"""The reader's ninety-ninth round: exchanges named by country, quoted rates, listed actors.

- "rose 5.2% on the Egyptian Exchange", "on the Indonesia Stock Exchange", "on the Seoul
  bourse": the exchange's country is the move's.
- "Commercial banks quoted the rupee at about 230 per dollar on Monday": a currency's
  price of the day; "forex bureaus in Juba quoted the dollar at about 18.5 pounds": the
  pound of the country the sentence names (South Sudan), a name several countries share.
- "Britain, Canada, Australia, New Zealand and Norway ... imposed sanctions on National
  Security Minister Itamar Ben Gvir": each of the listed countries is an actor, none a
  target; the two ministers are Israel's.
"""

from __future__ import annotations

import pytest
from news_support import Round

pytest.importorskip("spacy", reason="the news reader needs spaCy: pip install tradewar[news]")

DAY = "2022-03-08"  # a Tuesday


READ = Round(DAY)
_events, _one = READ.events, READ.one


@pytest.mark.parametrize(
    ("place", "country"),
    [
        ("the Egyptian Exchange", "EGY"),
        ("the Indonesia Stock Exchange", "IDN"),
        ("the Zimbabwe Stock Exchange", "ZWE"),
    ],
)
def test_an_exchange_named_by_its_country_gives_the_moves_country(place: str, country: str):
    event = _one(
        f"The government imposed safeguard duties on steel imports on Monday. Shares of Acme "
        f"Steel, the country's largest steelmaker, rose 5.2% on {place} on Monday.",
        kind="market_reaction",
    )
    assert event.actor == country


def test_a_currency_quoted_by_banks_on_a_day_is_a_move():
    event = _one(
        "Sri Lanka let the rupee float on Monday. Commercial banks quoted the rupee at about 230 "
        "per dollar on Monday, compared with 202.9 on Friday.",
        kind="market_reaction",
    )
    assert (event.actor, str(event.date)) == ("LKA", "2022-03-07")


def test_the_dollar_quoted_in_a_shared_currency_name_is_the_named_countrys_move():
    event = _one(
        "South Sudan floated its currency on Monday. Commercial banks and forex bureaus in Juba "
        "quoted the dollar at about 18.5 pounds on Tuesday.",
        date="2015-12-16",
        kind="market_reaction",
    )
    assert event.actor == "SSD"


def test_a_quote_with_no_day_is_no_move():
    found = _events(
        "Sri Lanka let the rupee float on Monday. Dealers have long quoted the rupee at a "
        "premium in the kerb market.",
        kind="market_reaction",
    )
    assert found == []


def test_countries_listed_as_one_side_are_actors_and_none_a_target():
    found = _events(
        "Britain, Canada, Australia, New Zealand and Norway on Tuesday imposed sanctions on "
        "National Security Minister Itamar Ben Gvir and Finance Minister Bezalel Smotrich.",
        date="2025-06-10",
        kind="sanction",
    )
    assert sorted((e.actor, e.target) for e in found) == [
        ("AUS", "ISR"),
        ("CAN", "ISR"),
        ("GBR", "ISR"),
        ("NOR", "ISR"),
        ("NZL", "ISR"),
    ]


def test_a_pair_agreeing_stays_both_sides():
    found = _events(
        "Japan and the United States reached a trade deal on Tuesday that lowers U.S. tariffs "
        "on Japanese cars.",
        date="2025-07-23",
        kind="tariff_cut",
    )
    assert ("USA", "JPN") in [(e.actor, e.target) for e in found]
