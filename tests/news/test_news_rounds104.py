"""The reader's hundred-and-fourth round: a swap line widened to defend a currency.

"The National Pension Service and the Bank of Korea agreed on Monday to extend their foreign
exchange swap arrangement ... and raise its limit to $65 billion from $50 billion, as
authorities try to steady a won that has slumped": a currency intervention. A swap
arrangement with no defence told stays none.
"""

from __future__ import annotations

import pytest
from news_support import Round

pytest.importorskip("spacy", reason="the news reader needs spaCy: pip install tradewar[news]")

DAY = "2024-12-16"  # a Monday


READ = Round(DAY)
_events, _one = READ.events, READ.one


def test_a_swap_line_widened_to_steady_the_currency_is_an_intervention():
    event = _one(
        "The National Pension Service and the Bank of Korea agreed on Monday to extend their "
        "foreign exchange swap arrangement and raise its limit to $65 billion from $50 billion, "
        "as authorities try to steady a won that has slumped after the martial law crisis.",
        kind="currency_intervention",
    )
    assert event.actor == "KOR"


def test_a_swap_arrangement_with_no_defence_is_no_intervention():
    found = _events(
        "Japan and China agreed on Friday to restart a currency swap arrangement and to "
        "cooperate on infrastructure projects in third countries.",
        date="2018-10-26",
        kind="currency_intervention",
    )
    assert found == []
