"""The reader's ninety-fifth round: goods refused by the tonne, and exporters let back in.

"China has rejected about 545,000 tonnes of U.S. corn": a purchase cut on the seller's
country (as a cargo turned away is); "China has lifted suspensions on five Australian red
meat processing plants": that cut reversed.
"""

from __future__ import annotations

import pytest
from news_support import Round

pytest.importorskip("spacy", reason="the news reader needs spaCy: pip install tradewar[news]")

DAY = "2024-04-20"  # a Saturday


READ = Round(DAY)
_events, _one = READ.events, READ.one


def test_goods_rejected_by_the_tonne_are_a_purchase_cut():
    event = _one(
        "China has rejected about 545,000 tonnes of U.S. corn because the cargoes contained a "
        "genetically modified strain.",
        kind="purchase_cut",
    )
    assert (event.actor, event.target, event.status) == ("CHN", "USA", "in_effect")


def test_claims_rejected_are_no_purchase_cut():
    found = _events("China rejected claims that it had cut purchases of 500,000 tonnes of corn.")
    assert "purchase_cut" not in [e.kind for e in found]


def test_suspensions_on_a_countrys_plants_lifted_reverse_the_cut():
    event = _one(
        "China has lifted suspensions on five Australian red meat processing plants.",
        kind="purchase_cut",
    )
    assert (event.actor, event.target, event.status) == ("CHN", "AUS", "reversed")
