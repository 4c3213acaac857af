"""The reader's eighty-first round: a threat to widen a tariff cut.

"Officials said the government could add more products to the list if prices kept
rising", "a second cut of the same size could follow next year": the cut told before,
threatened (the sixty-eighth round's widening, now of cuts too).
"""

from __future__ import annotations

import pytest
from news_support import Round

pytest.importorskip("spacy", reason="the news reader needs spaCy: pip install tradewar[news]")

DAY = "2022-05-05"  # a Thursday


READ = Round(DAY)
_events, _one = READ.events, READ.one


def test_more_products_could_be_added_to_the_list_of_cuts():
    found = _events(
        "Mexico scrapped import tariffs on 21 basic foods on Wednesday. Officials said the "
        "government could add more products to the list if prices kept rising.",
        kind="tariff_cut",
    )
    assert [(e.actor, e.status) for e in found] == [("MEX", "in_effect"), ("MEX", "threatened")]


def test_a_second_cut_could_follow():
    found = _events(
        "Brazil cut import tariffs by 10% on 87% of products on Thursday. Officials said a "
        "second cut of the same size could follow next year.",
        kind="tariff_cut",
    )
    assert [(e.actor, e.status) for e in found] == [("BRA", "in_effect"), ("BRA", "threatened")]


def test_a_second_round_of_talks_is_no_cut():
    found = _events(
        "Brazil cut import tariffs by 10% on 87% of products on Thursday. A second round of "
        "talks with Argentina could follow next month.",
        kind="tariff_cut",
    )
    assert [e.status for e in found] == ["in_effect"]
