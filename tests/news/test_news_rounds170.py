"""The reader's hundred-and-seventieth round: meetings expected, and the ninety-third set.

- A trip, meeting or call between governments that "is expected" on a date ("Foreign
  Minister Antonio Tajani is expected to visit Beijing in the autumn", "US and Chinese
  trade officials are expected to hold a call next week") is talks scheduled, as the sets
  from fresh34 on label every such meeting (a delegation's was already); a time told by one
  ("comes days before Modi is expected to visit Washington") is none.
- A company whose shares move "as much as" a percentage ("Matson fell as much as 3.5
  percent in early New York trading") is a market line, on the market of the city "in
  early ... trading".
"""

from __future__ import annotations

import pytest
from news_support import Round

pytest.importorskip("spacy", reason="the news reader needs spaCy: pip install tradewar[news]")

DAY = "2023-06-17"  # a Saturday

READ = Round(DAY)
_events, _one = READ.events, READ.one

_LEAD = "ROME, June 17 (ANSA) - Italy raised its duty on Chinese steel to 25% on Friday. "


def test_a_ministers_visit_expected_is_talks_scheduled() -> None:
    text = _LEAD + (
        "Foreign Minister Antonio Tajani is expected to visit Beijing in the autumn to "
        "discuss trade and investment."
    )
    visit = _one(text, "talks_scheduled")
    assert (visit.actor, visit.target, visit.status) == ("ITA", "CHN", "announced")


def test_a_call_expected_next_week_is_talks_scheduled() -> None:
    text = (
        "WASHINGTON, June 17 (Reuters) - The United States raised tariffs on Chinese "
        "chips to 50% on Friday. US and Chinese trade officials are expected to hold a call "
        "next week to discuss the dispute."
    )
    call = _one(text, "talks_scheduled")
    assert {call.actor, call.target} == {"USA", "CHN"}
    assert call.date is not None and call.date.isoformat() >= "2023-06-19"


def test_a_visit_expected_that_only_tells_a_time_is_no_event() -> None:
    text = (
        "NEW DELHI, June 17 (PTI) - India cut its duty on large motorcycles to 30 percent "
        "on Friday. The cut comes days before Prime Minister Narendra Modi is expected to "
        "visit Washington."
    )
    assert not _events(text, kind="talks_scheduled")


def test_a_company_moving_as_much_as_a_percentage_is_a_market_line() -> None:
    text = (
        "BEIJING, June 17 (Bloomberg) - China raised its tariff on US soybeans to 25% on "
        "Friday. Matson fell as much as 3.5 percent in early New York trading."
    )
    line = _one(text, "market_reaction")
    assert line.actor == "USA"
    assert "Matson" in line.companies
