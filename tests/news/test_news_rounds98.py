"""The reader's ninety-eighth round: permits for exports, preferences ended, tariff schedules.

- "exporters must now obtain export permits", "exports of 47 types of chips ... would need
  its approval from Sept. 23": an export control; "put on hold a plan requiring exporters
  to obtain permits" reverses it; permits for imports are no export control.
- "would end the four countries' eligibility for the African Growth and Opportunity Act
  (AGOA) from January 1": a tariff increase on each of the countries the sentence before
  listed, dated by the day it states.
- "Brazil began charging a 10% import tax ... The rate will rise to 18% in July, to 25% in
  July 2025 and to 35% in July 2026": each step of the schedule is an event of its own,
  with its rate and day.
"""

from __future__ import annotations

import datetime as dt

import pytest
from news_support import Round

pytest.importorskip("spacy", reason="the news reader needs spaCy: pip install tradewar[news]")

DAY = "2025-09-12"  # a Friday


READ = Round(DAY)
_events, _one = READ.events, READ.one


def test_exporters_made_to_obtain_permits_are_an_export_control():
    event = _one(
        "Indonesia raised import duties on steel on Sunday. At the same time, exporters of "
        "unprocessed minerals must now obtain export permits from the Trade Ministry.",
        kind="export_control",
    )
    assert event.actor == "IDN"


def test_exports_that_need_approval_from_a_day_are_an_export_control():
    event = _one(
        "South Africa imposed anti-dumping duties on Taiwanese goods. Taiwan said exports of 47 "
        "types of chips and related products to South Africa would need its approval from "
        "Sept. 23.",
        kind="export_control",
    )
    assert (event.actor, event.target, str(event.date)) == ("TWN", "ZAF", "2025-09-23")


def test_a_plan_requiring_export_permits_put_on_hold_reverses_it():
    event = _one(
        "South Africa imposed anti-dumping duties on Taiwanese goods. Taiwan on Wednesday put "
        "on hold a plan requiring exporters to obtain permits before shipping semiconductors "
        "to South Africa.",
        kind="export_control",
    )
    assert (event.actor, event.status) == ("TWN", "reversed")


def test_permits_for_imports_are_no_export_control():
    found = _events(
        "Nigeria raised tariffs on rice. Importers must now obtain import permits from the "
        "Trade Ministry."
    )
    assert "export_control" not in [e.kind for e in found]


def test_eligibility_for_a_preference_programme_ended_for_countries_listed_before():
    found = _events(
        "US President Joe Biden said he would remove the Central African Republic, Gabon, Niger "
        "and Uganda from a trade programme that gives African countries duty-free access to "
        "the US market. In a letter to Congress sent on Monday, Biden said he would end the "
        "four countries' eligibility for the African Growth and Opportunity Act (AGOA) from "
        "January 1.",
        date="2023-10-31",
        kind="tariff_increase",
    )
    assert sorted(e.target for e in found) == ["CAF", "GAB", "NER", "UGA"]
    assert {e.date for e in found} == {dt.date(2024, 1, 1)}


def test_the_steps_of_a_tariff_schedule_are_events_of_their_own():
    found = _events(
        "Brazil began charging a 10% import tax on electric vehicles on Monday. The rate will "
        "rise to 18% in July, to 25% in July 2025 and to 35% in July 2026, under a schedule "
        "approved in November.",
        date="2024-01-02",
        kind="tariff_increase",
    )
    steps = [(e.rate_to, str(e.date), e.status) for e in found if e.rate_to is not None]
    assert steps == [
        (0.18, "2024-07-01", "announced"),
        (0.25, "2025-07-01", "announced"),
        (0.35, "2026-07-01", "announced"),
    ]
    assert all(e.actor == "BRA" and e.sectors == ("vehicles",) for e in found)


def test_a_rate_restated_without_a_later_day_stays_one_event():
    found = _events(
        "Brazil began charging a 10% import tax on electric vehicles on Monday. The rate is the "
        "first since 2015.",
        date="2024-01-02",
        kind="tariff_increase",
    )
    assert len(found) == 1
