"""The reader's hundred-and-thirty-sixth round: the sixtieth set's misses and extras.

- A currency's rate fixed ("Malaysia fixed the ringgit at 3.80 to the U.S. dollar", "fixed
  the exchange rate at 25,000 sucres per dollar"), a currency given up for another's
  ("would replace its currency, the sucre, with the U.S. dollar"; "adopted the euro") and
  dollars sold "to keep the real from breaching the new ceiling" are currency steps; a peg
  that "is also" held is none.
- Lending to a country frozen ("Japan today froze new yen loans to India") is a sanction (not
  a lender's programme: "The International Monetary Fund, which froze a loan to Serbia").
- Importers asked "to stop bringing in frozen spinach from China" is a purchase cut; others
  that "followed within days" took the same step, each of them.
"""

from __future__ import annotations

import datetime as dt

import pytest
from news_support import Round

pytest.importorskip("spacy", reason="the news reader needs spaCy: pip install tradewar[news]")

DAY = "2000-01-10"  # a Monday

READ = Round(DAY)
_events, _one = READ.events, READ.one


@pytest.mark.parametrize(
    ("text", "actor"),
    [
        (
            "KUALA LUMPUR - Malaysia fixed the ringgit at 3.80 to the U.S. dollar on Wednesday.",
            "MYS",
        ),
        (
            "QUITO - The central bank fixed the exchange rate at 25,000 sucres per dollar on "
            "Monday.",
            "ECU",
        ),
        (
            "QUITO - President Jamil Mahuad announced on Sunday that Ecuador would replace its "
            "currency, the sucre, with the U.S. dollar.",
            "ECU",
        ),
        ("SOFIA - Bulgaria adopted the euro on Thursday.", "BGR"),
        (
            "BRASILIA - Brazil's central bank sold about $1 billion today to keep the real from "
            "breaching the new ceiling.",
            "BRA",
        ),
    ],
)
def test_rates_fixed_currencies_given_up_and_dollars_sold_to_hold_one_are_steps(
    text: str, actor: str
) -> None:
    event = _one(text, kind="currency_intervention")
    assert event.actor == actor


def test_a_peg_that_is_held_is_no_step() -> None:
    text = "TALLINN - Estonia, whose kroon is also pegged to the euro, has also denied any plans."
    assert not _events(text, "2009-06-05", kind="currency_intervention")


def test_lending_to_a_country_frozen_is_a_sanction() -> None:
    event = _one(
        "NEW DELHI - Japan today froze new yen loans to India.", kind="sanction", date="1998-05-14"
    )
    assert (event.actor, event.target) == ("JPN", "IND")
    lender = (
        "BELGRADE - The International Monetary Fund, which froze a 1 billion euro precautionary "
        "loan to Serbia in February, has warned that the changes could undermine confidence."
    )
    assert not _events(lender, "2012-08-20", kind="sanction")


def test_importers_asked_to_stop_bringing_in_goods_is_a_purchase_cut() -> None:
    text = (
        "TOKYO - The health ministry on Wednesday asked importers to stop bringing in frozen "
        "spinach from China."
    )
    event = _one(text, kind="purchase_cut", date="2002-04-11")
    assert (event.actor, event.target) == ("JPN", "CHN")


def test_others_that_followed_within_days_took_the_same_step() -> None:
    text = (
        "BRASILIA - Canada suspended imports of Brazilian beef on Friday and the United States "
        "and Mexico followed within days."
    )
    cuts = _events(text, "2001-02-07", kind="purchase_cut")
    assert {(e.actor, e.target) for e in cuts} == {("CAN", "BRA"), ("USA", "BRA"), ("MEX", "BRA")}
    assert {e.date for e in cuts} == {dt.date(2001, 2, 2)}
