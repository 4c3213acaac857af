"""The reader's hundred-and-eighth round: a trip reported, and experts who act.

"Officials said a Tajik delegation would travel to Tashkent again next week": a trip to a
country told in reported speech ("would") is talks scheduled with its host, as "will
travel" was. "... said that its experts would travel to Moscow this week for talks with the
Russian side": experts who are the modal's own subject ("its experts would") do the act;
they are no forecasters whose conditional is a forecast ("Analysts said a ruling could ...").
"""

from __future__ import annotations

import pytest
from news_support import Round

pytest.importorskip("spacy", reason="the news reader needs spaCy: pip install tradewar[news]")

DAY = "2012-04-03"  # a Tuesday

READ = Round(DAY)
_events, _one = READ.events, READ.one


def test_a_trip_told_with_would_is_talks_scheduled():
    event = _one(
        "Officials said a Tajik delegation would travel to Tashkent again next week.",
        kind="talks_scheduled",
    )
    assert (event.actor, event.target, event.status) == ("TJK", "UZB", "announced")


def test_experts_who_travel_are_no_forecasters():
    event = _one(
        "Azerbaijan's Food Safety Agency said it regretted the decision and that its experts "
        "would travel to Moscow this week for talks with the Russian side.",
        kind="talks_scheduled",
    )
    assert (event.actor, event.target) == ("AZE", "RUS")


def test_experts_who_speak_still_forecast():
    found = _events(
        "Trade experts said Russia could ban Azerbaijani tomatoes from next week.",
        kind="purchase_cut",
    )
    assert found == []


@pytest.mark.parametrize(
    "line",
    [
        # goods that travel, not a delegation
        "Officials said the first extra volumes would travel to China through the pipeline.",
        # a trip with no travellers told
        "Tajikistan said it would travel to Tashkent next week.",
    ],
)
def test_no_trip_for_talks(line):
    assert _events(line, kind="talks_scheduled") == []
