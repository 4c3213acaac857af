"""The reader's eighty-third round: a vow to act again on a currency defended before.

"Governor Denny Kalyalya said the bank would take further measures if needed to restore
stability", after dollars sold to prop up the kwacha: the step names no currency, the
intervention told before does (threatened, by its author).
"""

from __future__ import annotations

import pytest
from news_support import Round

pytest.importorskip("spacy", reason="the news reader needs spaCy: pip install tradewar[news]")

DAY = "2015-11-04"  # a Wednesday


READ = Round(DAY)
_events, _one = READ.events, READ.one


def test_further_measures_vowed_after_an_intervention():
    found = _events(
        "The Bank of Zambia sold dollars to banks on Tuesday to support the kwacha. Governor "
        "Denny Kalyalya said the bank would take further measures if needed to restore "
        "stability.",
        kind="currency_intervention",
    )
    assert [(e.actor, e.status) for e in found] == [("ZMB", "in_effect"), ("ZMB", "threatened")]


def test_decisive_action_vowed_again():
    found = _events(
        "Japan sold yen on Thursday. Noda said he would continue to take decisive action if "
        "needed.",
        kind="currency_intervention",
    )
    assert [e.status for e in found] == ["in_effect", "threatened"]


def test_further_measures_with_no_intervention_before_are_none():
    found = _events(
        "The government raised tariffs on steel on Tuesday. The minister said it would take "
        "further measures if needed.",
        kind="currency_intervention",
    )
    assert found == []


def test_a_person_who_could_be_added_to_the_sanctions():
    found = _events(
        "The European Union on Friday imposed sanctions on 40 Belarusian officials. EU leaders "
        "said he could be added if the violence continued.",
        date="2020-10-03",
        kind="sanction",
    )
    assert [(e.actor, e.target, e.status) for e in found] == [
        ("EU", "BLR", "in_effect"),
        ("EU", "BLR", "threatened"),
    ]
