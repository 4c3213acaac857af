"""The reader's hundred-and-thirty-eighth round: the sixty-first set's extras.

- A price of goods is no currency traded: "goods worth about 60 million dollars a year",
  apples that "sell for several hundred yen each" (currency sold "worth 18 billion crowns"
  stays a step).
- No event: a law "that pegs the peso one-to-one to the dollar" (a standing peg); partners
  that "grumble rather than retaliate"; "the case for easing sanctions".
- A currency's level "against 88 before" is the level it moved from (a market line).
"""

from __future__ import annotations

import pytest
from news_support import Round

pytest.importorskip("spacy", reason="the news reader needs spaCy: pip install tradewar[news]")

DAY = "1999-04-13"  # a Tuesday

READ = Round(DAY)
_events, _one = READ.events, READ.one


@pytest.mark.parametrize(
    "text",
    [
        "TOKYO - Japanese apples are prized for their size and sell for several hundred yen each.",
        "MANAGUA - Honduras sells Nicaragua goods worth about 60 million dollars a year.",
        "BUENOS AIRES - He is the author of the 1991 convertibility law that pegs the peso "
        "one-to-one to the dollar.",
        "GENEVA - Trade partners usually grumble rather than retaliate, because the rules allow "
        "such measures.",
        "YANGON - Western diplomats said the reforms strengthened the case for easing sanctions.",
    ],
)
def test_sentences_that_tell_no_step(text: str) -> None:
    assert not _events(text)


def test_currency_sold_worth_an_amount_is_still_a_step() -> None:
    text = "COPENHAGEN - The bank sold currency worth about 18 billion crowns earlier this month."
    assert _events(text, "2020-03-20", kind="currency_intervention")


def test_a_level_against_the_one_before_is_a_market_line() -> None:
    text = (
        "ALMATY - Kazakhstan lifted its duties on Russian goods on Tuesday. The tenge traded at "
        "about 120 per dollar on the Kazakhstan Stock Exchange on Tuesday, against 88 before."
    )
    event = _one(text, kind="market_reaction")
    assert event.actor == "KAZ"
