"""The reader's hundred-and-sixteenth round: restrictions, delisted plants, rates told after.

"Russia will temporarily restrict imports of fruit and vegetables from Egypt": imports
restricted with no amount are a purchase cut (ten labels so), a quota only with its amount
("will limit imports of steel to 2 million tonnes") or its volumes. "removed 33 Brazilian
poultry plants from the list of establishments authorised to export to the kingdom": the
buyer's list of suppliers shortened is a purchase cut in effect, not an export control
eased. "The duty will be 15% of the customs value": an export duty's rate told in the next
sentence, on the value it is charged on. "Its 45 per cent tariff on kiwifruit will be
phased out" after "Korea will eliminate tariffs on 98 per cent of New Zealand's current
exports": one good's own duty and a cut told by its share of trade are two cuts.
"""

from __future__ import annotations

import pytest
from news_support import Round

pytest.importorskip("spacy", reason="the news reader needs spaCy: pip install tradewar[news]")

DAY = "2016-09-16"  # a Friday

READ = Round(DAY)
_events, _one = READ.events, READ.one


@pytest.mark.parametrize(
    ("text", "actor", "target"),
    [
        (
            "Russia will temporarily restrict imports of fruit and vegetables from Egypt from "
            "September 22, the agriculture watchdog said on Friday.",
            "RUS",
            "EGY",
        ),
        (
            "Russia's agriculture watchdog on Thursday restricted imports of pork from several "
            "Belarusian producers.",
            "RUS",
            "BLR",
        ),
    ],
)
def test_imports_restricted_with_no_amount_are_a_purchase_cut(
    text: str, actor: str, target: str
) -> None:
    event = _one(text, kind="purchase_cut")
    assert (event.actor, event.target) == (actor, target)
    assert [e for e in _events(text) if e.kind.startswith("tariff")] == []


def test_imports_limited_to_an_amount_are_a_quota():
    event = _one(
        "The European Union will limit imports of steel to 2 million tonnes a year from July.",
        kind="tariff_increase",
    )
    assert event.actor == "EU"


def test_imports_limited_to_last_years_volumes_are_a_quota():
    events = _events(
        "Canada will limit imports of steel from countries without a trade agreement to 2024 "
        "volumes, with a surtax on shipments above the quotas.",
    )
    assert [e.kind for e in events] == ["tariff_increase"]


def test_plants_taken_off_a_buyers_list_of_approved_suppliers_are_a_purchase_cut():
    event = _one(
        "Saudi Arabia's food safety regulator on Monday removed 33 Brazilian poultry plants "
        "from the list of establishments authorised to export to the kingdom.",
        kind="purchase_cut",
        date="2019-01-22",
    )
    assert (event.actor, event.target, event.status) == ("SAU", "BRA", "in_effect")


def test_entities_taken_off_an_export_blacklist_still_ease_a_control():
    event = _one(
        "The Commerce Department removed 27 Chinese entities from its entity list on Tuesday.",
        kind="export_control",
    )
    assert (event.actor, event.status) == ("USA", "reversed")


def test_an_export_duty_takes_the_rate_told_in_the_next_sentence():
    event = _one(
        "The Russian government will impose a duty on wheat exports from February 1 to June "
        "30, 2015, Dvorkovich told reporters on Wednesday. The duty will be 15% of the "
        "customs value plus 7.5 euros per tonne, but not less than 35 euros per tonne.",
        kind="export_control",
        date="2014-12-24",
    )
    assert (event.actor, event.rate_change) == ("RUS", 0.15)


def test_an_export_duty_halved_long_ago_gives_no_rate_to_its_removal():
    event = _one(
        "The government has removed the 20 per cent duty on onion exports from April 1. The "
        "duty was halved to 20 per cent in September 2024.",
        kind="export_control",
        date="2025-03-24",
    )
    assert (event.rate_from, event.rate_to, event.rate_change) == (None, None, 0.2)


def test_a_share_of_a_countrys_exports_is_no_rate():
    event = _one(
        "China will scrap duties on 60% of its imports from Australia on Monday.",
        kind="tariff_cut",
    )
    assert (event.rate_from, event.rate_to, event.rate_change) == (None, None, None)


def test_one_goods_own_duty_after_a_cut_by_share_of_trade_is_its_own_cut():
    events = _events(
        "New Zealand has concluded negotiations on a free trade agreement with South Korea. "
        "Korea will eliminate tariffs on 98 per cent of New Zealand's current exports to it "
        "once the deal is fully in force, the Government said. Its 45 per cent tariff on "
        "kiwifruit will be phased out over six years.",
        kind="tariff_cut",
        date="2014-11-15",
    )
    assert [(e.actor, e.rate_change, e.sectors) for e in events] == [
        ("KOR", None, ()),
        ("KOR", 0.45, ("agriculture",)),
    ]
