"""The reader's hundred-and-forty-fourth round: the sixty-fifth set's misses.

- Currencies of the 1980s and 1990s: the cruzado, the inti and the karbovanets ("fixed the
  exchange rate at 13.84 cruzados to the dollar").
- A currency's price quoted in the passive: "the dollar was quoted at about 300,000 intis on
  Thursday".
"""

from __future__ import annotations

import pytest
from news_support import Round

pytest.importorskip("spacy", reason="the news reader needs spaCy: pip install tradewar[news]")

DAY = "1990-08-09"  # a Thursday

READ = Round(DAY)
_events, _one = READ.events, READ.one


def test_a_rate_fixed_in_cruzados() -> None:
    text = (
        "Brazil freezes prices\n\nBRASILIA - The government on Friday fixed the exchange rate "
        "at 13.84 cruzados to the dollar."
    )
    event = _one(text, "currency_intervention", "1986-03-01")
    assert event.actor == "BRA"


def test_the_dollar_quoted_in_the_passive() -> None:
    text = (
        "Peru floats inti\n\nLIMA - Peru let the inti float on Wednesday. In Lima, the dollar "
        "was quoted at about 300,000 intis on Thursday, against 110,000 last week."
    )
    event = _one(text, "market_reaction")
    assert event.actor == "PER"


def test_a_quote_with_no_day_is_no_market_line() -> None:
    text = (
        "Peru floats inti\n\nLIMA - Peru let the inti float on Wednesday. The dollar is quoted "
        "at about 300,000 intis in most exchange houses."
    )
    assert not _events(text, kind="market_reaction")
