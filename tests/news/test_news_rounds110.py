"""The reader's hundred-and-tenth round: ports closed to ships, deals shelved, local prices.

From the forty-ninth set's errors after its one measurement: "Türkiye has closed its ports
to Israeli ships", "will bar ships carrying fuel for the Israeli armed forces from docking at
Spanish ports": a sanction, no purchase cut. "Jordan has shelved a planned agreement": talks
stalled. "The four-day round, held in Lima, ended on Thursday": talks held. "The EU listed
two banks in its 18th sanctions package": a sanction. "prices of imported rice and cooking
oil rose slightly on Monday": a market's move, imported goods and a slight move included.
"raised electricity tariffs": a utility's prices, no duty.
"""

from __future__ import annotations

import pytest
from news_support import Round

pytest.importorskip("spacy", reason="the news reader needs spaCy: pip install tradewar[news]")

DAY = "2025-08-29"  # a Friday

READ = Round(DAY)
_events, _one = READ.events, READ.one


def test_ports_closed_to_a_countrys_ships_are_a_sanction():
    text = (
        "Turkiye has closed its ports to Israeli ships and has barred Turkish vessels from "
        "calling at Israeli ports, Foreign Minister Hakan Fidan said."
    )
    event = _one(text, kind="sanction")
    assert (event.actor, event.target, event.status) == ("TUR", "ISR", "in_effect")
    assert _events(text, kind="purchase_cut") == []


def test_ships_barred_from_docking_are_a_sanction():
    event = _one(
        "Spain will also bar ships carrying fuel for the Israeli armed forces from docking at "
        "Spanish ports, Sanchez said.",
        kind="sanction",
    )
    assert (event.actor, event.target, event.status) == ("ESP", "ISR", "announced")


@pytest.mark.parametrize(
    "text",
    [
        "Norway had closed its ports to Russian ships in 2022.",
        "The storm closed its ports to all traffic on Friday.",
        "Officials banned ships from docking at night for safety reasons.",
    ],
)
def test_no_port_ban_sanction(text):
    assert _events(text, kind="sanction") == []


def test_a_planned_agreement_shelved_is_talks_stalled():
    event = _one(
        "Jordan has shelved a planned agreement to trade solar electricity for Israeli "
        "desalinated water.",
        kind="talks_stalled",
        date="2023-11-16",
    )
    assert (event.actor, event.target) == ("JOR", "ISR")


def test_countermeasures_shelved_are_no_talks():
    assert (
        _events(
            "The EU on Thursday shelved the package of counter-tariffs on U.S. goods.",
            kind="talks_stalled",
        )
        == []
    )


def test_a_round_of_days_held_and_ended_is_talks_held():
    found = _events(
        "India and Peru are negotiating a free trade agreement. The four-day round, held in "
        "Lima, ended on Thursday.",
        date="2024-04-12",
        kind="talks_held",
    )
    assert [(str(e.date), e.sentence[:14]) for e in found] == [("2024-04-11", "The four-day r")]


def test_names_listed_in_a_sanctions_package_are_sanctioned():
    event = _one(
        "The EU listed Heihe Rural Commercial Bank and Suifenhe Rural Commercial Bank in its "
        "18th sanctions package in July.",
        kind="sanction",
        date="2025-08-13",
    )
    assert (event.actor, str(event.date)) == ("EU", "2025-07-01")


@pytest.mark.parametrize(
    ("line", "actor"),
    [
        ("In Bamako, prices of imported rice and cooking oil rose slightly on Monday.", "MLI"),
        ("Rice prices in Dhaka's wholesale markets eased slightly on Tuesday.", "BGD"),
    ],
)
def test_imported_goods_prices_and_slight_moves_on_a_day_are_reactions(line, actor):
    event = _one("Mali raised tariffs on Monday. " + line, kind="market_reaction")
    assert event.actor == actor


def test_electricity_tariffs_are_no_duty():
    assert (
        _events(
            "The government has also raised electricity tariffs and cut subsidies as part of "
            "the reforms.",
            kind="tariff_increase",
        )
        == []
    )
