"""The reader's hundred-and-forty-third round: the sixty-fourth set's misses, and older extras.

- Asset freezes told in other words: "froze the Panamanian government's assets", "invoked
  emergency powers to freeze ..." (a power used), "ordered Yugoslav government assets in the
  United States frozen".
- "halted the sale of oil and gas equipment ... to the Soviet Union": a sale to a country
  stopped (not "a law banning the sale of palm oil biofuels").
- A list of countries past an apposition acts each ("Singapore and South Korea, two of the
  biggest Asian buyers of Belgian food, have banned Belgian meat").
- A fixed rate ended beside a float is one step ("floats pound, ending fixed rate").
"""

from __future__ import annotations

import pytest
from news_support import Round

pytest.importorskip("spacy", reason="the news reader needs spaCy: pip install tradewar[news]")

DAY = "1988-04-09"  # a Saturday

READ = Round(DAY)
_events, _one = READ.events, READ.one


@pytest.mark.parametrize(
    ("text", "target"),
    [
        ("WASHINGTON - The United States froze the Panamanian government's assets on Friday.",
         "PAN"),
        ("WASHINGTON - President Reagan on Friday invoked emergency powers to freeze the "
         "Panamanian government's assets in U.S. banks.", "PAN"),
        ("WASHINGTON - President Bush ordered Yugoslav government assets in the United States "
         "frozen on Saturday.", "SRB"),
    ],
)  # fmt: skip
def test_asset_freezes_in_other_words(text: str, target: str) -> None:
    event = _one(text, "sanction")
    assert (event.actor, event.target) == ("USA", target)


def test_a_power_only_given_is_still_none() -> None:
    text = "WASHINGTON - The law would give the president the power to freeze foreign assets."
    assert not _events(text)


def test_a_sale_to_a_country_halted() -> None:
    text = (
        "WASHINGTON - President Reagan halted the sale of oil and gas equipment, computers and "
        "other electronic equipment to the Soviet Union on Tuesday."
    )
    event = _one(text, "export_control", "1981-12-30")
    assert (event.actor, event.target) == ("USA", "RUS")


def test_a_sale_banned_at_home_is_no_export_control() -> None:
    text = "BRUSSELS - The EU passed a law banning the sale of palm oil biofuels on Tuesday."
    assert not _events(text, kind="export_control")


def test_a_list_past_an_apposition_acts_each() -> None:
    text = (
        "BRUSSELS - Singapore and South Korea, two of the biggest Asian buyers of Belgian food, "
        "have banned Belgian meat."
    )
    cuts = _events(text, "1999-06-05", kind="purchase_cut")
    assert sorted(e.actor for e in cuts) == ["KOR", "SGP"]


def test_a_fixed_rate_ended_beside_a_float_is_one_step() -> None:
    text = (
        "South Sudan floats pound, ending fixed rate of 2.95 to the dollar\n\n"
        "JUBA - South Sudan's central bank let the pound float on Monday."
    )
    assert len(_events(text, "2015-12-15", kind="currency_intervention")) == 1
