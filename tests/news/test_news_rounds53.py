"""The reader's fifty-third round: more misses of the thirty-fourth set.

An order "finalised" is a purchase; leaders the country table lacked (the UAE's president,
Malaysia's and Nepal's ministers, Ukraine's negotiators) are their countries' sides.
"""

from __future__ import annotations

import pytest
from news_support import Round

pytest.importorskip("spacy", reason="the news reader needs spaCy: pip install tradewar[news]")

DAY = "2024-03-29"  # a Friday


READ = Round(DAY)
_events, _one = READ.events, READ.one


def test_order_finalised():
    e = _one(
        "Garuda Indonesia finalised an order for 20 Airbus A330 jets on Tuesday.",
        kind="purchase_commitment",
    )
    assert (e.actor, e.status) == ("IDN", "in_effect")


@pytest.mark.parametrize(
    ("text", "sides"),
    [
        (
            "Sheikh Mohamed bin Zayed held talks with Indian Prime Minister Narendra Modi in "
            "Abu Dhabi on Tuesday.",
            ("ARE", "IND"),
        ),
        (
            "Tengku Zafrul and Japanese Trade Minister Ken Saito held talks in Tokyo on Tuesday.",
            ("MYS", "JPN"),
        ),
        (
            "Narayan Prakash Saud and Indian External Affairs Minister Subrahmanyam Jaishankar "
            "held talks in Kathmandu on Tuesday.",
            ("NPL", "IND"),
        ),
    ],
)
def test_leaders(text, sides):
    e = _one(text, kind="talks_held")
    assert (e.actor, e.target) == sides
