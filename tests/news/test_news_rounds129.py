"""The reader's hundred-and-twenty-ninth round: dealings broken off, purchases doubted, asides.

- Dealings with a country's firms or officials broken off are a sanction ("decided to
  freeze all contracts with Swiss companies", "suspended economic relations for 90 days
  with 46 Panamanian companies and 22 officials").
- A government that "could review its purchases of Brazilian military equipment" threatens
  to cut them (not refiners "reviewing their contracts").
- A government that "would supply Egypt with drones" sells arms the other buys.
- The subject of a measure stands before a relative clause set off by commas ("Angola,
  which had been threatened in April with a 32 percent rate, will face 15 percent"), and
  that clause's date is not the measure's.
"""

from __future__ import annotations

import pytest
from news_support import Round

pytest.importorskip("spacy", reason="the news reader needs spaCy: pip install tradewar[news]")

DAY = "2018-04-06"  # a Friday

READ = Round(DAY)
_events, _one = READ.events, READ.one


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        (
            "Libya's cabinet decided on Thursday to freeze all contracts with Swiss companies "
            "working in the country.",
            ("LBY", "CHE"),
        ),
        (
            "Venezuela on Thursday suspended economic relations for 90 days with 46 Panamanian "
            "companies and 22 officials.",
            ("VEN", "PAN"),
        ),
    ],
)
def test_dealings_with_a_countrys_firms_broken_off_are_a_sanction(
    text: str, pair: tuple[str, str]
) -> None:
    event = _one(text, kind="sanction")
    assert (event.actor, event.target, str(event.date)) == (*pair, "2018-04-05")


def test_talks_suspended_are_no_dealings_broken_off() -> None:
    assert not _events("Venezuela suspended talks with Panama on Thursday.", kind="sanction")


def test_purchases_a_government_could_review_are_a_threatened_cut() -> None:
    event = _one(
        "Indonesia could review its purchases of Brazilian military equipment, including Super "
        "Tucano aircraft and rocket launchers, officials said on Tuesday.",
        kind="purchase_cut",
        date="2015-02-24",
    )
    assert (event.actor, event.target, event.status) == ("IDN", "BRA", "threatened")
    private = "Some Indian refiners were reviewing their contracts for Venezuelan crude."
    assert not _events(private, kind="purchase_cut")


def test_arms_a_government_would_supply_are_the_others_purchase() -> None:
    event = _one(
        "Ankara would supply Egypt with drones and other military technology, Erdogan said.",
        kind="purchase_commitment",
        date="2024-02-14",
    )
    assert (event.actor, event.target) == ("EGY", "TUR")


def test_a_subject_before_a_relative_clause_faces_the_measure() -> None:
    event = _one(
        "Angola, which had been threatened in April with a 32 percent rate, will face 15 percent "
        "under the executive order.",
        kind="tariff_increase",
        date="2025-08-01",
    )
    assert (event.target, event.rate_change, str(event.date)) == ("AGO", 0.15, "2025-08-01")
