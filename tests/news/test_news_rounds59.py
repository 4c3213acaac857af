"""The reader's fifty-ninth round: more of the thirty-seventh set's misses.

A response vowed on a condition that names the other side; talks by phone that end
"without any commitment"; an ordinal round in words ("The tenth round"); a treaty signed
by "forty-four countries" (no two sides); a commodity's prices named after them; goods
of several countries listed as facing a tariff; the actor of such goods not taken from a
clause of time; Korean defence makers in the company table.
"""

from __future__ import annotations

import datetime as dt

import pytest
from news_support import Round

pytest.importorskip("spacy", reason="the news reader needs spaCy: pip install tradewar[news]")

DAY = "2017-11-10"  # a Friday


READ = Round(DAY)
_events, _one = READ.events, READ.one


def test_a_response_vowed_on_a_condition_is_a_threatened_retaliation():
    e = _one(
        "Economy Minister Ildefonso Guajardo said Mexico would respond immediately if "
        "Washington imposed a border tax on its exports.",
        kind="retaliation",
    )
    assert (e.actor, e.target, e.status) == ("MEX", "USA", "threatened")


def test_a_list_widened_on_a_condition_is_a_threatened_retaliation():
    e = _one(
        "Oreshkin said Moscow could widen the list if Washington raised its duties further.",
        kind="retaliation",
    )
    assert (e.actor, e.target, e.status) == ("RUS", "USA", "threatened")


@pytest.mark.parametrize(
    "sentence",
    [
        "The ministry said it would respond calmly and keep talking with Washington.",
        "If Washington were to raise tariffs again, China would probably respond in kind, the "
        "study said.",
    ],
)
def test_a_response_without_a_named_condition_or_a_forecast_is_none(sentence):
    assert _events(sentence, kind="retaliation") == []


def test_a_call_that_ends_without_any_commitment_stalled():
    e = _one(
        "A call between Canada's Mary Ng and U.S. Trade Representative Katherine Tai on "
        "Thursday ended without any commitment on the credit.",
        kind="talks_stalled",
    )
    assert (e.actor, e.date) == ("CAN", dt.date(2017, 11, 9))


def test_a_round_numbered_in_words_is_scheduled():
    e = _one(
        "India and the EU ended their ninth round on Friday. The tenth round will be held in "
        "Brussels in December.",
        kind="talks_scheduled",
    )
    assert (e.status, e.date) == ("announced", dt.date(2017, 12, 1))


def test_a_treaty_of_many_countries_has_no_two_sides():
    e = _one(
        "Forty-four African countries signed an agreement on Wednesday to create a continental "
        "free trade area in Kigali, Rwanda.",
        kind="deal_reached",
    )
    assert (e.actor, e.target) == (None, None)


def test_a_commodity_price_named_after_prices_moves():
    found = _events(
        "India imposed a 50 per cent duty on peas on Wednesday. Prices for yellow peas at "
        "Saskatchewan elevators fell by about 10 per cent on Thursday.",
        kind="market_reaction",
    )
    assert [e.date for e in found] == [dt.date(2017, 11, 9)]


def test_background_prices_are_no_move():
    found = _events(
        "Algeria's reserves fell as prices of oil and gas slumped by 50 percent, and it "
        "banned imports of 851 products on Sunday.",
        kind="market_reaction",
    )
    assert found == []


def test_goods_of_several_countries_face_the_tariff():
    found = _events(
        "Australia slaps 35 per cent tariff on Russian and Belarusian imports\n\n"
        "Goods imported from Russia and Belarus face an additional 35 per cent tariff from "
        "today, after the federal government withdrew the two countries' most-favoured-nation "
        "treatment over the invasion of Ukraine.",
        date="2022-04-25",
        kind="tariff_increase",
    )
    assert {(e.actor, e.target) for e in found} == {("AUS", "RUS"), ("AUS", "BLR")}


def test_korean_defence_makers_are_korean():
    e = _one(
        "Poland signed contracts on Friday to buy 180 K2 tanks from Hyundai Rotem for about "
        "US$3.37 billion.",
        kind="purchase_commitment",
    )
    assert (e.target, e.companies) == ("KOR", ("Hyundai Rotem",))
