"""The reader's ninety-first round: the forty-fourth set's misses.

"will phase in tariffs of up to 15% on goods from Nicaragua" raises tariffs ("phase out"
still cuts them); "made it unlikely the talks would resume soon" schedules no talks; a
central bank that "adopted a market-based exchange rate for the taka" or "began using an
official exchange rate of 15,000 pounds to the dollar" intervenes; "would meet the Thai and
Japanese ambassadors next week" is talks to come with each.
"""

from __future__ import annotations

import pytest
from news_support import Round

pytest.importorskip("spacy", reason="the news reader needs spaCy: pip install tradewar[news]")

DAY = "2023-02-02"  # a Thursday


READ = Round(DAY)
_events, _one = READ.events, READ.one


def test_tariffs_phased_in_are_raised():
    event = _one(
        "The Trump administration said Wednesday it will phase in tariffs of up to 15% on "
        "goods from Nicaragua.",
        kind="tariff_increase",
    )
    assert (event.actor, event.target, event.status) == ("USA", "NIC", "announced")


def test_tariffs_phased_out_are_cut():
    found = _events("Mexico will phase out tariffs on 40 products from China.")
    assert [e.kind for e in found] == ["tariff_cut"]


def test_talks_unlikely_to_resume_are_none():
    found = _events(
        "Trade officials said the election of Donald Trump made it unlikely the talks would "
        "resume soon."
    )
    assert "talks_scheduled" not in [e.kind for e in found]


@pytest.mark.parametrize(
    ("sentence", "actor"),
    [
        ("Bangladesh Bank on Wednesday adopted a market-based exchange rate for the taka.", "BGD"),
        (
            "Lebanon on Wednesday began using an official exchange rate of 15,000 pounds to the "
            "dollar.",
            "LBN",
        ),
    ],
)
def test_a_new_exchange_rate_regime_is_an_intervention(sentence, actor):
    event = _one(sentence, kind="currency_intervention")
    assert (event.actor, event.status, str(event.date)) == (actor, "in_effect", "2023-02-01")


def test_meeting_two_countries_ambassadors_next_week_is_talks_with_each():
    found = _events(
        "Lopez said he would meet the Thai and Japanese ambassadors next week to explain the "
        "decision.",
        kind="talks_scheduled",
    )
    assert sorted(e.target for e in found) == ["JPN", "THA"]
