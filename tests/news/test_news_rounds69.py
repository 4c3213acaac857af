"""The reader's sixty-ninth round: a vow to answer the sanctions on a country.

"Moscow would respond to Tokyo's 'unfriendly' step", "Kiev would answer with new
sanctions of its own", "Moscow would consider measures against Ukrainian companies in
response": the target of the sanctions or controls told before, right before the modal,
vows the same kind on their author, threatened. "Tehran would respond firmly" names no
answer and stays none (the sets do not label it).
"""

from __future__ import annotations

import pytest
from news_support import Round

pytest.importorskip("spacy", reason="the news reader needs spaCy: pip install tradewar[news]")

DAY = "2014-08-05"  # a Tuesday


READ = Round(DAY)
_events, _one = READ.events, READ.one

JAPAN = (
    "TOKYO, Aug. 5 Kyodo - Japan on Tuesday froze the assets of 40 Russian individuals and "
    "two entities over the crisis in Ukraine. "
)


def test_a_vow_to_respond_to_the_step_is_a_threatened_answer():
    found = _events(
        JAPAN + "Russia's Foreign Ministry said Moscow would respond to Tokyo's \"unfriendly\" "
        "step.",
        kind="sanction",
    )
    assert [(e.actor, e.target, e.status) for e in found] == [
        ("JPN", "RUS", "in_effect"),
        ("RUS", "JPN", "threatened"),
    ]


def test_a_vow_to_answer_with_sanctions():
    found = _events(
        "MOSCOW, Nov. 1 (TASS) - Russia imposed sanctions on 322 Ukrainian citizens and 68 "
        "companies on Thursday. Ukraine's Foreign Ministry said Kiev would answer with new "
        "sanctions of its own.",
        date="2018-11-01",
        kind="sanction",
    )
    assert [(e.actor, e.target, e.status) for e in found][-1] == ("UKR", "RUS", "threatened")


def test_a_vow_to_consider_measures_in_response():
    found = _events(
        "KIEV, May 16 (Reuters) - Ukraine imposed sanctions on Russian internet companies "
        "including Yandex on Tuesday. Kremlin spokesman Dmitry Peskov said Moscow would "
        "consider measures against Ukrainian companies in response.",
        date="2017-05-16",
        kind="sanction",
    )
    assert [(e.actor, e.target, e.status) for e in found][-1] == ("RUS", "UKR", "threatened")


def test_defiance_that_names_no_answer_is_no_event():
    found = _events(
        JAPAN + "Russia's Foreign Ministry called the move illegal and said Moscow would "
        "respond firmly.",
        kind="sanction",
    )
    assert [e.status for e in found] == ["in_effect"]


def test_a_country_not_targeted_vows_nothing_here():
    found = _events(
        JAPAN + "China said Beijing would respond to any measures against its own companies.",
        kind="sanction",
    )
    assert [e.actor for e in found] == ["JPN"]


def test_an_asset_freeze_is_a_sanction():
    e = _one(JAPAN, kind="sanction")
    assert (e.actor, e.target, e.status) == ("JPN", "RUS", "in_effect")


def test_what_sanctions_do_is_no_second_sanction():
    found = _events(
        "WASHINGTON, July 30 (Reuters) - The United States imposed sanctions on six Indian "
        "companies on Wednesday. The designations freeze any U.S. assets of the firms and bar "
        "Americans from dealing with them.",
        date="2025-07-30",
        kind="sanction",
    )
    assert [(e.actor, e.target) for e in found] == [("USA", "IND")]
