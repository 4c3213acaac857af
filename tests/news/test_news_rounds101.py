"""The reader's hundred-and-first round: import rules dropped, ores and air conditioners.

- "scrapped a requirement for importers of electronics ... to obtain technical approval",
  "scrapped the SIRA system of import licences", "put off a rule requiring pesticide
  residue tests on vegetables and fruits imported from India": a rule that held imports
  back, dropped, is a purchase cut reversed.
- "copper and cobalt concentrates", "aluminium ores": ores (HS 26, mining), not metal.
- Air conditioners are machinery (HS 8415; ISIC 2819, general-purpose machinery), not
  household appliances.
"""

from __future__ import annotations

import pytest
from news_support import Round

pytest.importorskip("spacy", reason="the news reader needs spaCy: pip install tradewar[news]")

DAY = "2024-05-18"  # a Saturday


READ = Round(DAY)
_events, _one = READ.events, READ.one


@pytest.mark.parametrize(
    "text",
    [
        "The government on Friday scrapped a requirement for importers of electronics, "
        "footwear, cosmetics and several other goods to obtain technical approval from the "
        "Industry Ministry.",
        "Argentina on Friday scrapped the SIRA system of import licences.",
        "The government on Friday put off a rule requiring pesticide residue tests on "
        "vegetables and fruits imported from India.",
    ],
)
def test_a_rule_that_held_imports_back_dropped_reverses_a_purchase_cut(text: str):
    found = _events(
        "Containers piled up at the ports after the import rules took effect in March. " + text,
        kind="purchase_cut",
    )
    assert [(e.status, str(e.date)) for e in found] == [("reversed", "2024-05-17")]


def test_a_rule_for_exporters_dropped_is_no_purchase_cut():
    found = _events(
        "Indonesia banned nickel ore exports in 2020. The government on Friday scrapped a "
        "requirement for exporters of coal to obtain a permit for each shipment.",
        kind="purchase_cut",
    )
    assert found == []


def test_a_metal_before_concentrates_is_an_ore():
    event = _one(
        "Congo on Friday banned exports of copper and cobalt concentrates from June 1.",
        kind="export_control",
    )
    assert event.sectors == ("mining",)


def test_iron_and_iron_ore_stay_metal_and_ore():
    event = _one(
        "China will stop importing coal, iron, iron ore, lead and seafood from North Korea "
        "from Tuesday, the commerce ministry said on Friday.",
        kind="purchase_cut",
    )
    assert {"metals", "mining"} <= set(event.sectors)


def test_air_conditioners_are_machinery():
    event = _one(
        "South Korea will slap a 100% special tariff on Japanese mobile phones and air "
        "conditioners from Monday.",
        kind="tariff_increase",
    )
    assert set(event.sectors) == {"electronics", "machinery"}


def test_fish_caught_by_a_countrys_vessels_are_fish_not_ships():
    event = _one(
        "The European Union on Friday banned imports of herring and mackerel caught by Faroese "
        "vessels from Aug. 28.",
        kind="purchase_cut",
    )
    assert event.sectors == ("agriculture",)
