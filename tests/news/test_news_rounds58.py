"""The reader's fifty-eighth round: the thirty-seventh set's misses, and a label settled.

Misses of the thirty-seventh set (after its one measurement): companies that move the same
way in one market, the second past an apposition or with a product word in its name; a
planned meeting called off (now ``talks_scheduled`` reversed, the conventions say, and the
earlier sets are relabelled so); a cut "to zero"; a country that becomes a member of a
bloc; "on Friday last week"; a place qualified by a demonym ("in this southwestern Chinese
city"); a dateline with its country ("CHENGDU, China, Dec. 24 (Yonhap) --").
"""

from __future__ import annotations

import datetime as dt

import pytest
from news_support import Round

pytest.importorskip("spacy", reason="the news reader needs spaCy: pip install tradewar[news]")

DAY = "2016-11-18"  # a Friday
LEAD = "China raised tariffs on Indian and Russian goods on Monday. "


READ = Round(DAY)
_events, _one = READ.events, READ.one


def test_two_companies_falling_in_one_market_are_one_move():
    e = _one(
        LEAD + "Shares of carmaker Sollers fell 2.4 percent in Moscow, while KamAZ, maker of "
        "heavy trucks, slipped 1.1 percent.",
        kind="market_reaction",
    )
    assert set(e.companies) == {"Sollers", "KamAZ"}


def test_companies_moving_apart_are_two_moves():
    found = _events(
        LEAD + "Shares of Arvind Ltd rose 3% in Mumbai, while Tata Steel fell 2%.",
        kind="market_reaction",
    )
    assert sorted(tuple(e.companies) for e in found) == [("Arvind",), ("Tata Steel",)]


def test_a_company_with_a_product_word_in_its_name_moves():
    e = _one(
        LEAD + "Websol Energy System lost 3.8 percent and Indosolar fell 2.9 percent in Mumbai.",
        kind="market_reaction",
    )
    assert set(e.companies) == {"Websol Energy System", "Indosolar"}


def test_a_company_past_its_apposition_and_not_the_apposition():
    e = _one(
        LEAD + "Shares of Ipca Laboratories rose 6.2% on Tuesday, while Cadila Healthcare, "
        "Zydus's listed parent, gained 4.1%.",
        kind="market_reaction",
    )
    assert set(e.companies) == {"Ipca Laboratories", "Cadila Healthcare"}


@pytest.mark.parametrize(
    "sentence",
    [
        "Indian President Droupadi Murmu called off her trip to Dhaka on Sunday.",
        "A meeting of Indian and Bangladeshi commerce secretaries, set for Monday, has been "
        "postponed.",
        "India has postponed a trade mission to Bangladesh that was to leave next week.",
    ],
)
def test_a_planned_meeting_called_off_is_talks_scheduled_reversed(sentence):
    e = _one(sentence, kind="talks_scheduled")
    assert (e.actor, e.status) == ("IND", "reversed")


def test_talks_called_off_have_stalled():
    e = _one("The United States called off all trade talks with Canada on Friday.", "talks_stalled")
    assert (e.actor, e.target, e.status) == ("USA", "CAN", "in_effect")


def test_a_cut_to_zero_gives_both_rates():
    e = _one(
        "China will cut import tariffs on soybeans from Laos to zero from 3 percent from Jan. 1.",
        kind="tariff_cut",
    )
    assert (e.target, e.rate_from, e.rate_to) == ("LAO", pytest.approx(0.03), 0.0)


def test_a_country_that_becomes_a_member_of_the_wto_reaches_a_deal():
    e = _one(
        "Liberia became the 165th member of the World Trade Organization on Wednesday.",
        kind="deal_reached",
    )
    assert (e.actor, e.target, e.status, e.date) == (
        "LBR",
        None,
        "in_effect",
        dt.date(2016, 11, 16),
    )


def test_a_country_that_becomes_a_member_of_the_eu_joins_it():
    e = _one(
        "Croatia became the 28th member of the European Union at midnight.", kind="deal_reached"
    )
    assert (e.actor, e.target) == ("HRV", "EU")


@pytest.mark.parametrize(
    ("phrase", "day"),
    [("on Friday last week", dt.date(2016, 11, 11)), ("on Tuesday of next week", None)],
)
def test_a_weekday_of_last_or_next_week(phrase, day):
    e = _one(f"Bank Indonesia sold dollars in the spot market {phrase}.", "currency_intervention")
    assert e.date == (day or dt.date(2016, 11, 22))


def test_a_city_a_demonym_qualifies_is_no_party():
    e = _one(
        "President Moon Jae-in and Japanese Prime Minister Shinzo Abe held their first summit "
        "in 15 months in this southwestern Chinese city on Tuesday but failed to narrow "
        "differences over export curbs.",
        kind="talks_stalled",
    )
    assert (e.actor, e.target) == ("KOR", "JPN")


def test_a_dateline_with_its_country_is_no_party():
    found = _events(
        "CHENGDU, China, Dec. 24 (Yonhap) -- South Korea and Japan held talks on export "
        "controls on Tuesday.",
        date="2019-12-24",
    )
    assert [(e.kind, e.actor, e.target) for e in found] == [("talks_held", "KOR", "JPN")]
