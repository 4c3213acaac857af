"""The reader's fifty-fourth round: history told past a pluperfect, or as an earlier measure.

Extras of the thirty-fourth set: the second verb of a pluperfect clause, and a measure named
as "the earlier curbs", are history; talks of "the previous round" that broke up are not.
"""

from __future__ import annotations

import pytest
from news_support import Round

pytest.importorskip("spacy", reason="the news reader needs spaCy: pip install tradewar[news]")

DAY = "2023-01-10"  # a Tuesday


READ = Round(DAY)
_events, _one = READ.events, READ.one


def test_second_verb_of_a_pluperfect():
    assert not _events(
        "China had also imposed duties on Australian barley and wine and blocked imports of "
        "beef and timber."
    )


def test_modal_after_a_pluperfect():
    found = _events(
        "Beijing had suspended some duties last month and would halve the rate on another "
        "$75 billion of U.S. goods from Feb. 14."
    )
    assert [e.kind for e in found] == ["tariff_cut"]


def test_earlier_curbs():
    assert not _events("The earlier curbs applied only to specific products from Fukushima.")


def test_previous_round_of_talks():
    e = _one(
        "The previous round of talks between Iran and the EU in Geneva broke up on Jan. 5 "
        "without agreement.",
        kind="talks_stalled",
    )
    assert (e.actor, e.target) == ("IRN", "EU")
