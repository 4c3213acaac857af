"""The reader's hundred-and-thirty-fifth round: the fifty-ninth set's misses.

- Two countries that "have agreed that" a term holds reached a deal ("South Korea and the
  United States have agreed that American exporters will ship only beef from younger
  cattle"), as has a government that agreed a step "in return for" another's (a lawmakers'
  bargain at home is none).
- An "executive order freezing any assets" is a sanction; a country's goods "removed" from
  shops are a purchase cut; "suspended technical meetings with Uzbekistan" and a deal or
  talks that "fell through" are talks stalled.
- Bare "rates" in a sentence on a currency ("a system of tightly managed rates", "exchange
  bureaux would be free to set their own rates") are no tariff rates; "Frozen beef imports"
  are goods, not a freeze ("Japan has frozen beef imports" is one).
"""

from __future__ import annotations

import pytest
from news_support import Round

pytest.importorskip("spacy", reason="the news reader needs spaCy: pip install tradewar[news]")

DAY = "2008-06-21"  # a Saturday

READ = Round(DAY)
_events, _one = READ.events, READ.one


def test_two_countries_that_agreed_a_term_reached_a_deal() -> None:
    text = (
        "SEOUL - South Korea and the United States have agreed that American exporters will "
        "ship only beef from cattle younger than 30 months."
    )
    event = _one(text, kind="deal_reached")
    assert {event.actor, event.target} == {"KOR", "USA"}


def test_a_step_agreed_in_return_for_another_is_a_deal() -> None:
    text = (
        "BEIJING - China agreed on Tuesday to lend $25 billion to Russian state oil firms in "
        "return for 20 years of crude oil supplies."
    )
    event = _one(text, kind="deal_reached", date="2009-02-17")
    assert (event.actor, event.target) == ("CHN", "RUS")
    home = "WASHINGTON - Democrats agreed to the repeal in return for a five-year extension."
    assert not _events(home, "2015-12-18", kind="deal_reached")


def test_an_order_freezing_assets_is_a_sanction() -> None:
    text = (
        "WASHINGTON - Bush also signed an executive order freezing any assets in the United "
        "States of Burma's ruling generals and their associates."
    )
    event = _one(text, kind="sanction", date="2003-07-28")
    assert (event.actor, event.target) == ("USA", "MMR")


def test_a_countrys_goods_removed_from_shops_are_a_purchase_cut() -> None:
    text = (
        "KUWAIT CITY - Consumer cooperatives that run most of the emirate's supermarkets "
        "removed Danish goods on Saturday."
    )
    event = _one(text, kind="purchase_cut", date="2006-01-30")
    assert (event.actor, event.target) == ("KWT", "DNK")


@pytest.mark.parametrize(
    "text",
    [
        "LUXEMBOURG - EU ministers also suspended technical meetings with Uzbekistan on Monday.",
        "GENEVA - A separate deal to end the dispute over the EU's import regime for bananas "
        "also fell through on Tuesday.",
        "GENEVA - Talks with Brazil fell through on Tuesday.",
    ],
)
def test_meetings_suspended_and_deals_that_fell_through_are_talks_stalled(text: str) -> None:
    assert _events(text, "2005-10-04", kind="talks_stalled")
    assert not _events(text, "2005-10-04", kind="deal_broken")


def test_rates_in_a_sentence_on_a_currency_are_no_tariff() -> None:
    text = (
        "CAIRO, Jan 29 (AFP) - Egypt let its pound float freely against the dollar on "
        "Wednesday, ending a system of tightly managed rates. Prime Minister Atef Ebeid said "
        "banks and exchange bureaux would be free to set their own rates. Egypt also cut "
        "tariffs on cars."
    )
    assert _events(text, "2003-01-29", kind="currency_intervention")
    assert not [e for e in _events(text, "2003-01-29") if e.kind == "tariff_increase"]


@pytest.mark.parametrize(
    ("text", "cut"),
    [
        ("TOKYO - Frozen beef imports jumped in April to June as demand recovered.", False),
        ("TOKYO - Japan has frozen beef imports from the United States.", True),
    ],
)
def test_frozen_goods_are_no_freeze(text: str, cut: bool) -> None:
    assert bool(_events(text, "2003-08-01", kind="purchase_cut")) is cut
