"""The reader's sixty-third round: the thirty-ninth set's misses.

A supplier's deliveries "of military equipment to Turkey" are exports stopped, not
purchases; a currency's close at its level ("The rupee ended at 61.15 per dollar") is a
market line, not one "little changed".
"""

from __future__ import annotations

import datetime as dt

import pytest
from news_support import Round

pytest.importorskip("spacy", reason="the news reader needs spaCy: pip install tradewar[news]")

DAY = "2019-10-11"  # a Friday


READ = Round(DAY)
_events, _one = READ.events, READ.one


def test_deliveries_of_goods_to_a_country_suspended_are_an_export_control():
    e = _one(
        "Norway suspended new deliveries of military equipment to Turkey on Thursday.",
        kind="export_control",
    )
    assert (e.actor, e.target, e.date) == ("NOR", "TUR", dt.date(2019, 10, 10))


def test_deliveries_of_goods_to_other_goods_are_no_export():
    found = _events(
        "Russian customs officers began subjecting Ukrainian goods to full inspections on "
        "Wednesday, halting deliveries of everything from steel pipes to sweets, Ukrainian "
        "exporters said."
    )
    assert not any(e.kind == "export_control" for e in found)


def test_a_currency_close_at_its_level_moves():
    found = _events(
        "India raised its import duty on gold to 10 percent on Tuesday. The rupee ended at "
        "61.15 per dollar on Tuesday, after hitting a record low last week.",
        kind="market_reaction",
    )
    assert [(e.actor, e.date) for e in found] == [("IND", dt.date(2019, 10, 8))]


def test_a_currency_little_changed_is_no_move():
    found = _events(
        "Denmark's central bank cut its deposit rate on Thursday. The krone ended at 7.4590 "
        "per euro on Thursday, little changed.",
        kind="market_reaction",
    )
    assert found == []
