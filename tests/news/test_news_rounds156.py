"""The reader's hundred-and-fifty-sixth round: the eightieth set's misses.

- A peg ended past the currency's own words ("ended the ringgit's seven-year peg of 3.80 to
  the US dollar") is a currency step, given up; the pula is Botswana's currency.
- A currency "made ... freely convertible for current account transactions" is a currency
  step, the act itself (not a currency that "is not fully convertible").
- A decree "banning the delivery of S-300 air defence missiles to Iran" is an export
  control, as "halted the sale of ... to" was.
- A minister who "has spoken to his Saudi counterpart" held talks with Saudi Arabia.
"""

from __future__ import annotations

import pytest
from news_support import Round

pytest.importorskip("spacy", reason="the news reader needs spaCy: pip install tradewar[news]")

DAY = "2005-07-21"  # a Thursday

READ = Round(DAY)
_events, _one = READ.events, READ.one


def test_a_peg_ended_and_the_pula() -> None:
    peg = (
        "KUALA LUMPUR - Bank Negara Malaysia today ended the ringgit's seven-year peg of 3.80 "
        "to the US dollar."
    )
    event = _one(peg, "currency_intervention")
    assert (event.actor, event.status) == ("MYS", "reversed")
    pula = "GABORONE - The Bank of Botswana on Monday devalued the pula by 12 percent."
    assert _one(pula, "currency_intervention", "2005-05-31").actor == "BWA"


def test_a_currency_made_freely_convertible() -> None:
    text = (
        "TASHKENT - Uzbekistan made its national currency, the sum, freely convertible for "
        "current account transactions."
    )
    assert _one(text, "currency_intervention", "2003-10-15").actor == "UZB"
    standing = "NEW DELHI - The rupee is not fully convertible, analysts said."
    assert not _events(standing, "2003-10-15", kind="currency_intervention")


def test_a_ban_on_the_delivery_of_arms_to_a_country() -> None:
    text = (
        "MOSCOW - President Dmitry Medvedev signed a decree banning the delivery of S-300 air "
        "defence missiles to Iran."
    )
    event = _one(text, "export_control", "2010-09-22")
    assert (event.actor, event.target) == ("RUS", "IRN")


def test_spoken_to_a_counterpart_is_talks_held() -> None:
    text = (
        "DUBAI - Saudi customs held up trucks from the UAE at the border. Economy Minister "
        "Sultan bin Saeed Al Mansouri has spoken to his Saudi counterpart about the trucks."
    )
    event = _one(text, "talks_held", "2009-08-24")
    assert event.target == "SAU"
