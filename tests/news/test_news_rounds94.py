"""The reader's ninety-fourth round: goods off the shelves, and borders shut or reopened.

"Qatar on Saturday ordered shops to remove goods made in Saudi Arabia, the United Arab
Emirates, Bahrain and Egypt from their shelves": a purchase cut on each country; "Poland
closed all its road and rail crossings with Belarus": trade through the border shut, a
purchase cut; "reopened the Arar border crossing to trade": the cut reversed.
"""

from __future__ import annotations

import pytest
from news_support import Round

pytest.importorskip("spacy", reason="the news reader needs spaCy: pip install tradewar[news]")

DAY = "2018-05-27"  # a Sunday


READ = Round(DAY)
_events, _one = READ.events, READ.one


def test_goods_of_countries_cleared_from_shelves_are_a_purchase_cut_on_each():
    found = _events(
        "Qatar on Saturday ordered shops to remove goods made in Saudi Arabia, the United Arab "
        "Emirates, Bahrain and Egypt from their shelves.",
        kind="purchase_cut",
    )
    assert sorted(e.target for e in found) == ["ARE", "BHR", "EGY", "SAU"]
    assert {e.actor for e in found} == {"QAT"}


def test_crossings_closed_with_a_country_are_a_purchase_cut():
    event = _one(
        "Poland closed all its road and rail crossings with Belarus on Friday.",
        kind="purchase_cut",
    )
    assert (event.actor, event.target, event.status) == ("POL", "BLR", "in_effect")


def test_a_crossing_reopened_to_trade_reverses_the_cut():
    found = _events(
        "Saudi Arabia and Iraq reopened the Arar border crossing to trade on Wednesday.",
        kind="purchase_cut",
    )
    assert found and all(e.status == "reversed" for e in found)
