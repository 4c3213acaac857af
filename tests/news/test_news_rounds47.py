"""The reader's forty-seventh round: purchases put on hold, a removal from a white list.

Two errors of the thirty-first fresh held-out set (after its one measurement), tested on
new wording, other countries and goods.
"""

from __future__ import annotations

import datetime as dt

import pytest
from news_support import Round

pytest.importorskip("spacy", reason="the news reader needs spaCy: pip install tradewar[news]")

DAY = "2019-08-07"  # a Wednesday


READ = Round(DAY)
_events, _one = READ.events, READ.one


class TestHoldsAndRemovals:
    """Purchases put on hold are cut; a country's removal from a white list is a control."""

    def test_purchases_on_hold(self):
        e = _one(
            "Indian state refiners have put purchases of Venezuelan crude on hold, traders said.",
            kind="purchase_cut",
        )
        assert (e.actor, e.target) == ("IND", "VEN")

    def test_orders_on_hold_by_shoppers(self):
        assert not _events("Shoppers put their orders on hold.", kind="purchase_cut")

    def test_removal_from_white_list(self):
        e = _one(
            "Seoul's removal of Japan from its white list of trusted trading partners will "
            "take effect on Sept. 18.",
            kind="export_control",
        )
        assert (e.actor, e.target, e.status) == ("KOR", "JPN", "announced")
        assert e.date == dt.date(2019, 9, 18)
