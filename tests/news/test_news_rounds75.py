"""The reader's seventy-fifth round (more misses of the fortieth set).

Checkpoints on a country's border reopened to freight; the right to retaliate asked "of
the WTO"; a duty-free quota approved; "the charge on imported" goods; goods freed from
tariffs; an agreement in force "for Peru, Chile, Colombia and Mexico".
"""

from __future__ import annotations

import pytest
from news_support import Round

pytest.importorskip("spacy", reason="the news reader needs spaCy: pip install tradewar[news]")

DAY = "2016-05-02"  # a Monday


READ = Round(DAY)
_events, _one = READ.events, READ.one


def test_checkpoints_on_a_countrys_border_reopened_to_freight():
    e = _one(
        "Kyrgyzstan will reopen its checkpoints on the Tajik border to freight and passenger "
        "traffic from Friday.",
        date="2025-03-14",
        kind="purchase_cut",
    )
    assert (e.actor, e.target, e.status) == ("KGZ", "TJK", "reversed")


def test_the_right_to_retaliate_asked_of_the_wto_is_a_threat():
    e = _one(
        "Tunisia could ask the WTO for the right to impose retaliatory duties on Moroccan goods "
        "if Rabat failed to comply with the ruling.",
        date="2021-07-20",
        kind="retaliation",
    )
    assert (e.actor, e.target, e.status) == ("TUN", "MAR", "threatened")


def test_a_duty_free_quota_approved_is_a_cut():
    e = _one(
        "The European Parliament on Thursday approved an extra duty-free quota of 35,000 tonnes "
        "a year for Tunisian olive oil.",
        date="2016-03-10",
        kind="tariff_cut",
    )
    assert (e.actor, e.target, e.status) == ("EU", "TUN", "announced")


def test_the_charge_on_imported_goods_is_a_tariff():
    e = _one(
        "Nigeria raised the charge on imported new passenger cars to 70 percent from 20 percent "
        "on Tuesday.",
        date="2014-07-02",
        kind="tariff_increase",
    )
    assert (e.actor, e.rate_from, e.rate_to) == ("NGA", 0.2, 0.7)


def test_goods_freed_from_tariffs_past_a_long_object_are_a_cut():
    found = _events(
        "The protocol entered into force today, freeing 92 percent of trade in goods among the "
        "four countries from tariffs.",
        kind="tariff_cut",
    )
    assert [e.status for e in found] == ["in_effect"]


def test_an_agreement_in_force_for_a_list_of_countries():
    found = _events(
        "The Additional Protocol to the Framework Agreement of the Pacific Alliance entered "
        "into force today for Peru, Chile, Colombia and Mexico.",
        kind="deal_reached",
    )
    assert sorted((e.actor, e.target) for e in found) == [
        ("PER", "CHL"),
        ("PER", "COL"),
        ("PER", "MEX"),
    ]
