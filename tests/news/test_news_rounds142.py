"""The reader's hundred-and-forty-second round: the sixty-third set's extras.

- No event: a step held back from ("stopped short of cutting trade with China"); purchases
  told as a trend ("was already buying more from the United States") or as a buyer
  described ("China, which has bought about two million tonnes of French wheat this year").
- "President Miguel de la Madrid": a surname, not Spain's capital; a leader who "leaves
  office next year" leaves no agreement.
- "a Community ban on meat from cattle treated with growth hormones": goods banned from
  somewhere, an import ban (a bloc's name before its measure is no agreement).
- "the market rate would now apply to most imports": an exchange rate, no tariff.
- "abandoned the fixed exchange rate of 36.5686 hryvnias per dollar": a fixed rate ended.
"""

from __future__ import annotations

import pytest
from news_support import Round

from tradewar.news.extract import sentences

pytest.importorskip("spacy", reason="the news reader needs spaCy: pip install tradewar[news]")

DAY = "1989-06-27"  # a Tuesday

READ = Round(DAY)
_events, _one = READ.events, READ.one


@pytest.mark.parametrize(
    "text",
    [
        "MADRID - The Community stopped short of cutting trade with China, which bought about "
        "eight billion dollars of Community goods last year.",
        "SEOUL - Korean trade officials said the country was already buying more from the "
        "United States.",
        "PARIS - Grain traders said China, which has bought about two million tonnes of French "
        "wheat this year, was likely to turn to other suppliers.",
    ],
)
def test_sentences_that_tell_no_step(text: str) -> None:
    assert not _events(text)


def test_more_purchases_pledged_stay_a_commitment() -> None:
    text = "BEIJING - China agreed to buy more U.S. soybeans and has bought 2 million tonnes."
    assert _events(text, kind="purchase_commitment")


def test_a_surname_is_no_capital() -> None:
    (sentence,) = sentences("President Miguel de la Madrid called the pact a test of unity.")
    assert not [m for m in sentence.marks if m.type == "country"]
    (sentence,) = sentences("The king of Spain arrived in Madrid on Monday.")
    assert [m.code for m in sentence.marks if m.type == "country"] == ["ESP", "ESP"]


def test_a_leader_leaving_office_leaves_no_deal() -> None:
    text = (
        "MEXICO CITY - Mexico will cut its highest import tariff to 20 percent from 40 percent. "
        "The president, who leaves office next year, called the agreement a test of unity."
    )
    assert not _events(text, "1987-12-16", kind="deal_broken")


def test_a_bloc_ban_on_goods_from_somewhere_is_an_import_ban() -> None:
    text = (
        "BRUSSELS - A trade fight over beef began after a Community ban on meat from cattle "
        "treated with growth hormones took effect on Sunday."
    )
    assert _events(text, "1989-01-03", kind="purchase_cut")
    assert not _events(text, "1989-01-03", kind="deal_reached")
    assert not _events(text, "1989-01-03", kind="export_control")


def test_an_exchange_rate_applied_to_imports_is_no_tariff() -> None:
    text = (
        "LAGOS - The central bank said on Monday that it had sold about 50 million dollars at "
        "the first auction, and that the market rate would now apply to most imports."
    )
    assert not _events(text, "1986-09-29", kind="tariff_increase")


def test_a_fixed_exchange_rate_abandoned() -> None:
    text = (
        "KYIV - The National Bank of Ukraine on Tuesday abandoned the fixed exchange rate of "
        "36.5686 hryvnias per dollar it had held since July 2022."
    )
    event = _one(text, "currency_intervention", "2023-10-03")
    assert event.actor == "UKR"
