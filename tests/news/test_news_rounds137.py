"""The reader's hundred-and-thirty-seventh round: capital controls, the sucre, resolve.

- Controls on money leaving a country, set by its government or central bank, are a currency
  step: "imposed sweeping controls on the flow of capital", "froze all foreign currency
  accounts held in Pakistani banks", "limited cash withdrawals from bank accounts to 250
  pesos a week".
- The sucre is Ecuador's (a market line on it is Ecuador's); "the authorities' determination
  to defend the currency" is a resolve, no step; a market city's dateline ("KARACHI, May
  28:") names the report's country.
"""

from __future__ import annotations

import pytest
from news_support import Round

pytest.importorskip("spacy", reason="the news reader needs spaCy: pip install tradewar[news]")

DAY = "1998-05-28"  # a Thursday

READ = Round(DAY)
_events, _one = READ.events, READ.one


@pytest.mark.parametrize(
    ("text", "actor"),
    [
        (
            "KUALA LUMPUR - Bank Negara Malaysia on Tuesday imposed sweeping controls on the flow "
            "of capital, ending the offshore trading of the ringgit.",
            "MYS",
        ),
        (
            "ISLAMABAD - The government today froze all foreign currency accounts held in "
            "Pakistani banks.",
            "PAK",
        ),
        (
            "BUENOS AIRES - The government limited cash withdrawals from bank accounts to 250 "
            "pesos a week.",
            "ARG",
        ),
    ],
)
def test_controls_on_money_leaving_are_a_currency_step(text: str, actor: str) -> None:
    event = _one(text, kind="currency_intervention")
    assert event.actor == actor


def test_a_private_limit_on_withdrawals_is_no_step() -> None:
    text = "LONDON - Some banks limited cash withdrawals from their machines to 200 pounds."
    assert not _events(text, kind="currency_intervention")


def test_the_sucre_is_ecuadors() -> None:
    text = (
        "QUITO - Ecuador raised tariffs on cars on Monday. In Guayaquil's exchange houses the "
        "sucre firmed to about 24,500 per dollar on Monday."
    )
    event = _one(text, kind="market_reaction", date="2000-01-10")
    assert event.actor == "ECU"


def test_a_resolve_to_defend_a_currency_is_no_step() -> None:
    text = (
        "TOKYO - The dollar rose to 106.20 yen in Tokyo on Friday, as dealers said the data "
        "showed the authorities' determination to defend the currency."
    )
    assert not _events(text, "2004-01-30", kind="currency_intervention")


def test_a_market_citys_dateline_is_the_reports_country() -> None:
    text = "KARACHI, May 28: The central bank sold dollars in the interbank market on Thursday."
    event = _one(text, kind="currency_intervention")
    assert event.actor == "PAK"
