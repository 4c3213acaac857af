"""The reader's hundred-and-fifth round: a ban on importing goods.

"A ban on importing vehicles into Nigeria through its land borders took effect on Jan. 1":
a ban on importing goods, as a ban on imports of them, is a purchase cut.
"""

from __future__ import annotations

import pytest
from news_support import Round

pytest.importorskip("spacy", reason="the news reader needs spaCy: pip install tradewar[news]")

DAY = "2017-01-03"  # a Tuesday


READ = Round(DAY)
_events, _one = READ.events, READ.one


def test_a_ban_on_importing_goods_is_a_purchase_cut():
    event = _one(
        "Nigeria raised tariffs on rice in 2016. A ban on importing vehicles through its land "
        "borders took effect on Jan. 1.",
        kind="purchase_cut",
    )
    assert (event.status, str(event.date), event.sectors) == (
        "in_effect",
        "2017-01-01",
        ("vehicles",),
    )


def test_a_ban_on_importing_lifted_reverses_it():
    event = _one(
        "Nigeria raised tariffs on rice in 2016. The government on Monday lifted its ban on "
        "importing vehicles through its land borders.",
        kind="purchase_cut",
    )
    assert event.status == "reversed"
