"""The reader's sixty-eighth round: a threat to widen, or bring back, a measure told before.

"Officials said the list of banks could be widened if Russia's attacks ... continued",
"Washington would add more names to the list if ...", "the ban could be reimposed if
prices ... started rising again", "further increases could follow for other goods if
imports kept surging": the measure's kind and parties, threatened. Not a fear, an
analyst's view, or "more would follow" with nothing named.
"""

from __future__ import annotations

import pytest
from news_support import Round

pytest.importorskip("spacy", reason="the news reader needs spaCy: pip install tradewar[news]")

DAY = "2022-03-05"  # a Saturday


READ = Round(DAY)
_events, _one = READ.events, READ.one

BANKS = (
    "SINGAPORE, March 5 (Reuters) - Singapore imposed sanctions on Saturday on four Russian "
    "banks, VTB Bank, Vnesheconombank, Promsvyazbank and Bank Rossiya. "
)


def test_a_list_that_could_be_widened_is_a_threatened_measure_of_its_kind():
    found = _events(
        BANKS + "Officials said the list of banks could be widened if Russia's attacks on "
        "Ukrainian cities continued.",
        kind="sanction",
    )
    assert [(e.actor, e.target, e.status) for e in found] == [
        ("SGP", "RUS", "in_effect"),
        ("SGP", "RUS", "threatened"),
    ]


def test_the_subject_of_the_threat_is_its_author():
    found = _events(
        "Brazil last week began requiring licences for all imported cars, a move that has left "
        "thousands of Argentine cars stuck at the border. Argentine Industry Minister Debora "
        "Giorgi warned that Argentina could extend its licences to more Brazilian goods if "
        "Brasilia does not speed up the clearance of cars.",
        date="2011-05-17",
        kind="purchase_cut",
    )
    threats = [e for e in found if e.status == "threatened"]
    assert [(e.actor, e.target) for e in threats] == [("ARG", "BRA")]


def test_the_measures_word_picks_the_measure():
    found = _events(
        "Mexico raised tariffs on 392 product lines, including steel and textiles, to between "
        "5% and 25% on Wednesday. Economy Minister Raquel Buenrostro said further increases "
        "could follow for other goods if imports kept surging.",
        date="2023-08-16",
    )
    threats = [e for e in found if e.status == "threatened"]
    assert [(e.kind, e.actor) for e in threats] == [("tariff_increase", "MEX")]


def test_a_ban_that_could_be_reimposed():
    found = _events(
        "MOSCOW, Oct 6 (Interfax) - Russia lifted its ban on diesel exports by pipeline on "
        "Friday. The government said the ban could be reimposed if prices on the domestic "
        "exchange started rising again.",
        date="2023-10-06",
        kind="export_control",
    )
    assert [e.status for e in found] == ["reversed", "threatened"]


def test_a_fear_or_more_of_nothing_named_is_no_threat():
    fear = _events(
        BANKS + "Bankers said some clients feared that further curbs could follow.",
        kind="sanction",
    )
    vague = _events(
        BANKS + "The minister called the package a success and said more would follow.",
        kind="sanction",
    )
    assert [e.status for e in fear] == ["in_effect"]
    assert [e.status for e in vague] == ["in_effect"]


def test_an_analysts_conditional_is_no_threat():
    found = _events(
        BANKS + "Analysts said the list could be widened if the fighting continued.",
        kind="sanction",
    )
    assert [e.status for e in found] == ["in_effect"]
