"""The reader's hundred-and-fortieth round: the sixty-second set's misses and extras.

- A ruling that a measure "discriminated unfairly against exporters from India, Malaysia,
  Pakistan and Thailand" is a deal broken with each of them.
- Traffic stopped past a list of routes ("halted all air, rail, road and sea traffic and
  postal links with Georgia").
- Export duties told as tariffs ("a special tariff of 100 percent on exports of most
  fertilisers") and abolished ("voted to abolish the duties on exports of wheat and corn");
  a tariff "on its exports to the United States" stays the buyer's.
- A cap on what a country ships ("will ship no more than 725,000 tonnes of hot-rolled steel
  to the United States").
- A ban on imports of fish "from Lake Victoria caught in Kenya" is a purchase cut only.
- Market lines: gas "for next-day delivery" (a compound, no future), urea "for export from
  Ukraine's Yuzhny port", wheat "on the Euronext market in Paris", "Prices that exporters
  pay for wheat ... rose by about $5 a tonne".
- Currency steps: "It also raised its discount rate" in a report on a currency; "authorised
  the use of foreign currencies".
- Talks scheduled: a delegation "expected in Dar es Salaam next week to discuss"; "agreed to
  hold the next session in Washington".
- No purchase pledged: "able to buy", "struggled to buy", "existing contracts to buy".
"""

from __future__ import annotations

import pytest
from news_support import Round

pytest.importorskip("spacy", reason="the news reader needs spaCy: pip install tradewar[news]")

DAY = "2008-04-10"  # a Thursday

READ = Round(DAY)
_events, _one = READ.events, READ.one


def test_ruling_against_a_ban_that_discriminated_unfairly() -> None:
    text = (
        "GENEVA - The World Trade Organization's Appellate Body ruled on Monday that a U.S. ban "
        "on shrimp caught without devices that protect sea turtles discriminated unfairly "
        "against exporters from India, Malaysia, Pakistan and Thailand."
    )
    broken = _events(text, "1998-10-12", kind="deal_broken")
    assert {e.actor for e in broken} == {"USA"}
    assert sorted(e.target for e in broken) == ["IND", "MYS", "PAK", "THA"]


def test_traffic_halted_past_a_list_of_routes() -> None:
    text = (
        "TBILISI - Russia halted all air, rail, road and sea traffic and postal links with "
        "Georgia on Tuesday."
    )
    event = _one(text, "purchase_cut", "2006-10-03")
    assert (event.actor, event.target) == ("RUS", "GEO")


@pytest.mark.parametrize(
    ("text", "reversed_"),
    [
        (
            "BEIJING - China will levy a special tariff of 100 percent on exports of most "
            "fertilisers from April 20.",
            False,
        ),
        (
            "KIEV - The parliament on Thursday voted to abolish the duties on exports of wheat "
            "and corn.",
            True,
        ),
    ],
)
def test_export_duties_told_as_tariffs_or_abolished(text: str, reversed_: bool) -> None:
    event = _one(text, "export_control")
    assert (event.status == "reversed") is reversed_
    assert not _events(text, kind="tariff_increase")


def test_a_tariff_on_a_country_s_exports_to_another_is_the_buyer_s() -> None:
    text = "BAGHDAD - Iraq will face a 30 per cent tariff on its exports to the United States."
    event = _one(text, "tariff_increase", "2025-07-10")
    assert event.target == "IRQ"
    assert not _events(text, "2025-07-10", kind="export_control")


def test_a_cap_on_what_a_country_ships() -> None:
    text = (
        "WASHINGTON - Under a separate agreement, Russia will ship no more than 725,000 tonnes "
        "of hot-rolled steel to the United States this year."
    )
    event = _one(text, "export_control", "1999-07-13")
    assert (event.actor, event.target) == ("RUS", "USA")


def test_fish_banned_from_a_lake_caught_in_three_countries() -> None:
    text = (
        "NAIROBI - The European Union on Tuesday banned imports of fish from Lake Victoria "
        "caught in Kenya, Uganda and Tanzania."
    )
    cuts = _events(text, "1999-04-28", kind="purchase_cut")
    assert sorted(e.target for e in cuts) == ["KEN", "TZA", "UGA"]
    assert not _events(text, "1999-04-28", kind="export_control")


@pytest.mark.parametrize(
    ("line", "actor", "day"),
    [
        ("British wholesale gas for next-day delivery rose about 10 percent on Monday.", "GBR",
         "2006-01-02"),
        ("Granular urea for export from Ukraine's Yuzhny port rose about $40 to around $540 a "
         "tonne on Monday.", "UKR", "2006-01-02"),
        ("Milling wheat on the Euronext market in Paris gained 3 percent on Tuesday.", "FRA",
         "2006-01-03"),
        ("Prices that exporters pay for wheat in Ukraine's Black Sea ports rose by about $5 a "
         "tonne on Tuesday.", "UKR", "2006-01-03"),
    ],
)  # fmt: skip
def test_goods_as_their_market_quotes_them(line: str, actor: str, day: str) -> None:
    text = "MOSCOW - Gazprom cut gas supplies to Ukraine on Sunday. " + line
    event = _one(text, "market_reaction", "2006-01-03")
    assert (event.actor, str(event.date)) == (actor, day)


def test_a_rate_rise_told_by_its_pronoun_in_a_currency_report() -> None:
    text = (
        "Thailand floats baht\n\nBANGKOK - Thailand floated the baht on Wednesday. It also "
        "raised its discount rate to 12.5 percent from 10.5 percent."
    )
    steps = _events(text, "1997-07-02", kind="currency_intervention")
    assert any(e.sentence.startswith("It also raised") for e in steps)


def test_a_rate_rise_told_by_its_pronoun_elsewhere_is_none() -> None:
    text = "LONDON - It also raised its discount rate to 12.5 percent from 10.5 percent."
    assert not _events(text, "1997-07-02", kind="currency_intervention")


def test_foreign_currencies_made_legal() -> None:
    text = (
        "HARARE - The Government has authorised the use of foreign currencies for all "
        "transactions in the country, the finance minister said on Thursday."
    )
    event = _one(text, "currency_intervention", "2009-01-29")
    assert event.actor == "ZWE"


@pytest.mark.parametrize(
    "text",
    [
        "DAR ES SALAAM - Tanzania cancelled the sale of its cashew crop on Monday. A delegation "
        "of Vietnamese processors is expected in Dar es Salaam next week to discuss buying part "
        "of the crop.",
        "BEIJING - The two sides agreed to hold the next session in Washington on May 22 and 23.",
    ],
)
def test_talks_to_come(text: str) -> None:
    assert _events(text, kind="talks_scheduled")


@pytest.mark.parametrize(
    "text",
    [
        "MEXICO CITY - Mexican companies will be able to buy the inputs they need at the same "
        "prices as their competitors.",
        "NEW DELHI - The Food Corporation of India has struggled to buy enough rice from farmers "
        "this season.",
        "WASHINGTON - Companies with existing contracts to buy Iranian crude will have until "
        "Aug. 6 to wind them down.",
    ],
)
def test_purchases_no_one_pledged(text: str) -> None:
    assert not _events(text, kind="purchase_commitment")


def test_contracts_signed_to_buy_are_a_commitment() -> None:
    text = "BEIJING - Chinese firms signed contracts to buy 1 million tonnes of U.S. soybeans."
    assert _events(text, kind="purchase_commitment")
