"""The reader's eightieth round (misses of the forty-first set, after its one measurement).

Asset freezes named by their noun ("ordered a freeze on the assets of ...", "imposed asset
freezes and travel bans on ..."); export permits cancelled; a tax "of up to 15 percent on
exports"; exports banned in the passive; talks that "failed to persuade" the other side;
Lukashenko and television sets in the tables.
"""

from __future__ import annotations

import datetime as dt

import pytest
from news_support import Round

pytest.importorskip("spacy", reason="the news reader needs spaCy: pip install tradewar[news]")

DAY = "2011-02-26"  # a Saturday


READ = Round(DAY)
_events, _one = READ.events, READ.one


def test_a_freeze_on_the_assets_ordered_is_a_sanction():
    e = _one(
        "President Barack Obama on Friday ordered a freeze on the assets of Moammar Gadhafi, "
        "his children and the Libyan government.",
        kind="sanction",
    )
    assert (e.actor, e.target, e.date) == ("USA", "LBY", dt.date(2011, 2, 25))


def test_asset_freezes_imposed_are_a_sanction():
    found = _events(
        "The European Union on Friday imposed asset freezes and travel bans on 40 Belarusian "
        "officials.",
        date="2020-10-03",
        kind="sanction",
    )
    assert [(e.actor, e.status) for e in found] == [("EU", "in_effect")]


def test_sanctions_on_lukashenko_fall_on_belarus():
    found = _events(
        "Britain and Canada imposed sanctions on Lukashenko himself, his son Viktor and six "
        "other officials on Tuesday.",
        date="2020-10-03",
        kind="sanction",
    )
    assert sorted((e.actor, e.target) for e in found) == [("CAN", "BLR"), ("GBR", "BLR")]


def test_export_permits_cancelled_are_a_control():
    e = _one(
        "Canada has cancelled export permits for drone sensors and other military technology "
        "to Turkey.",
        date="2021-04-13",
        kind="export_control",
    )
    assert (e.actor, e.target) == ("CAN", "TUR")


def test_a_tax_on_exports_past_its_rate():
    e = _one(
        "Indonesia began charging a tax of up to 15 percent on exports of cocoa beans on Thursday.",
        date="2010-04-02",
        kind="export_control",
    )
    assert (e.actor, e.status, e.date) == ("IDN", "in_effect", dt.date(2010, 4, 1))


def test_exports_banned_in_the_passive():
    e = _one(
        "Exports of unprocessed pine will be banned from Jan. 1, 2017.",
        date="2015-11-01",
        kind="export_control",
    )
    assert (e.status, e.date) == ("announced", dt.date(2017, 1, 1))


def test_prohibited_subsidies_are_no_export_ban():
    found = _events(
        "A WTO panel ruled that several of India's export promotion schemes are prohibited "
        "subsidies.",
        date="2019-11-01",
        kind="export_control",
    )
    assert found == []


def test_talks_that_failed_to_persuade_stalled_on_their_day():
    e = _one(
        "A delegation of Ukrainian veterinary officials failed to persuade Rospotrebnadzor to "
        "lift the ban at talks in Moscow on Thursday.",
        date="2012-02-10",
        kind="talks_stalled",
    )
    assert (e.status, e.date) == ("in_effect", dt.date(2012, 2, 9))


def test_duties_on_television_sets_doubled():
    e = _one(
        "Duties on television sets, microwave ovens, LED lamps and digital cameras were "
        "doubled to 20 per cent.",
        date="2017-12-15",
        kind="tariff_increase",
    )
    assert (e.rate_from, e.rate_to, "electronics" in e.sectors) == (0.1, 0.2, True)
