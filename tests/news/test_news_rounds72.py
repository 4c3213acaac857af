"""The reader's seventy-second round (misses of the fortieth set): deals' many partners.

A country that "became the 165th member" joined the bloc told before; a deal signed "with
ministers and officials from Panama, Costa Rica, ..." is a deal with each; a deal "with
five Central American countries" counts its partners without naming them (no counterpart
guessed), and "Central American" is a region, not the United States.
"""

from __future__ import annotations

import datetime as dt

import pytest
from news_support import Round

pytest.importorskip("spacy", reason="the news reader needs spaCy: pip install tradewar[news]")

DAY = "2018-02-21"  # a Wednesday


READ = Round(DAY)
_events, _one = READ.events, READ.one

SIGNED = (
    "SEOUL, Feb. 21 (Yonhap) -- South Korea signed a free trade agreement with five Central "
    "American countries on Wednesday, the trade ministry said.\n\n"
    "Trade Minister Kim Hyun-chong signed the deal in Seoul with ministers and officials from "
    "Panama, Costa Rica, Honduras, El Salvador and Nicaragua.\n\n"
    '"The deal opens markets long dominated by Mexican and American suppliers," Kim said.'
)


def test_a_deal_signed_with_officials_of_a_list_of_countries_is_a_deal_with_each():
    found = _events(SIGNED, kind="deal_reached")
    assert sorted(e.target for e in found) == ["CRI", "HND", "NIC", "PAN", "SLV"]
    assert {(e.actor, e.status, e.date) for e in found} == {
        ("KOR", "in_effect", dt.date(2018, 2, 21))
    }


def test_central_american_is_no_united_states():
    found = _events(
        "South Korea signed a free trade agreement with five Central American countries on "
        "Wednesday.",
        kind="deal_reached",
    )
    assert [(e.actor, e.target) for e in found] == [("KOR", None)]


def test_a_member_told_by_its_rank_joined_the_bloc():
    found = _events(
        "DILI, Aug 30 (Lusa) - Timor-Leste became the 166th member of the World Trade "
        "Organization on Friday. The Comoros became the 165th member on Aug. 21, and the two "
        "are the first to complete accession since 2016.",
        date="2024-08-30",
        kind="deal_reached",
    )
    assert [(e.actor, e.target, e.date) for e in found] == [
        ("COM", None, dt.date(2024, 8, 21)),
        ("TLS", None, dt.date(2024, 8, 30)),
    ]


def test_the_twelfth_member_to_ratify_joins_nothing():
    found = _events(
        "Ghana became the 12th member to ratify the agreement on Monday.",
        date="2018-05-14",
        kind="deal_reached",
    )
    assert found == []


def test_deals_with_many_counted_partners_over_years_are_a_record():
    found = _events(
        "Since 2021, the UAE has signed comprehensive economic partnership agreements with "
        "more than 20 countries, including India, Indonesia, Turkiye and Australia.",
        date="2025-04-10",
        kind="deal_reached",
    )
    assert found == []
