"""The reader's eighty-fifth round: a pluperfect past its infinitive.

"Canada had stopped issuing new arms export permits for Israel in March, and a Dutch court
had ordered the Netherlands in February to halt deliveries of F-35 parts": the halt is
history told with *had*, however far the infinitive stands from it.
"""

from __future__ import annotations

import pytest
from news_support import Round

pytest.importorskip("spacy", reason="the news reader needs spaCy: pip install tradewar[news]")

DAY = "2024-09-03"  # a Tuesday


READ = Round(DAY)
_events, _one = READ.events, READ.one


def test_an_order_told_with_had_past_its_infinitive_is_history():
    found = _events(
        "A Dutch court had ordered the Netherlands in February to halt deliveries of F-35 "
        "parts to Israel."
    )
    assert found == []


def test_an_order_told_in_the_past_is_an_event():
    found = _events(
        "A Dutch court on Monday ordered the Netherlands to halt deliveries of F-35 parts to "
        "Israel within seven days."
    )
    assert [(e.kind, e.actor, e.target) for e in found] == [("export_control", "NLD", "ISR")]


def test_the_uruguay_round_is_no_country():
    found = _events("The Doha Round talks between WTO members collapsed in Geneva on Tuesday.")
    assert all(e.actor != "QAT" and e.target != "QAT" for e in found)
    found = _events("The talks launched the Uruguay Round in 1986.", date="2016-09-20")
    assert all("URY" not in (e.actor, e.target) for e in found)
