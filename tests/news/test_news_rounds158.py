"""The reader's hundred-and-fifty-eighth round: the eighty-second set's misses.

- Diplomatic relations broken off with a country ("broke off diplomatic relations with
  Pakistan", "cut diplomatic ties with Qatar") are a sanction, as the five latest sets
  label them (not relations "established", nor a relative clause's background).
- A supplier's own deliveries of goods halted or cut, no buyer named ("has halted the
  remaining deliveries of wheat, fuel and machinery"), are an export control, not a
  purchase cut (goods with a maker or an origin named stay a buyer's).
- A central bank that sold dollars "to halt a run on the sucre" intervened for it.
- Carriers barred from flying keep their own word list: the round-157 list had taken the
  name of the triggers' list of bans ("prohibited" among them), which it replaced.
"""

from __future__ import annotations

import pytest
from news_support import Round

pytest.importorskip("spacy", reason="the news reader needs spaCy: pip install tradewar[news]")

DAY = "1961-09-25"  # a Monday

READ = Round(DAY)
_events, _one = READ.events, READ.one


def test_diplomatic_relations_broken_off_are_a_sanction() -> None:
    text = (
        "KABUL - Pakistan kept its border closed on Monday. Afghanistan broke off diplomatic "
        "relations with Pakistan on Sept. 6."
    )
    event = _one(text, "sanction")
    assert (event.actor, event.target, event.date.isoformat()) == ("AFG", "PAK", "1961-09-06")
    background = (
        "BOGOTA - Colombia halted coal exports to Israel on Monday. Petro, who broke off "
        "diplomatic relations with Israel in May, signed the decree."
    )
    assert not _events(background, "2024-08-19", kind="sanction")
    established = "SEOUL - South Korea and China established diplomatic relations today."
    assert not _events(established, "1992-08-24", kind="sanction")


def test_a_suppliers_own_deliveries_halted_are_an_export_control() -> None:
    text = (
        "VIENNA - The Soviet Union broke off diplomatic relations with Albania last week. It "
        "has halted the remaining deliveries of wheat, fuel and machinery it had promised the "
        "small Balkan country."
    )
    assert not _events(text, "1961-12-11", kind="purchase_cut")
    event = _one(text, "export_control", "1961-12-11")
    assert event.actor == "RUS"
    assert set(event.sectors) == {"agriculture", "machinery", "petroleum"}


def test_dollars_sold_to_halt_a_run_on_a_currency() -> None:
    text = (
        "QUITO - Ecuador's Central Bank sold about $40 million on Thursday to halt a run on "
        "the sucre, bankers said."
    )
    event = _one(text, "currency_intervention", "1995-02-03")
    assert (event.actor, event.date.isoformat()) == ("ECU", "1995-02-02")


def test_a_ban_that_prohibits_stays_a_ban() -> None:
    text = (
        "WASHINGTON - Trump signed an executive order on Thursday that prohibits Americans from "
        "investing in 31 Chinese companies linked to the military."
    )
    event = _one(text, "sanction", "2020-11-13")
    assert (event.actor, event.target) == ("USA", "CHN")
