"""The reader's hundred-and-eleventh round: bans told as background, dealings barred.

"The move follows a ban on most wheat exports earlier this month", "The wheat was loaded
before New Delhi's ban on most wheat exports in mid-May": an export or import ban named only
by its noun after *after*, *before* or *follows* is another event's background, no event
(a ban with its own verb after them stays one: "after India banned wheat exports"). "China on
Wednesday banned Chinese companies and individuals from doing business with two Lithuanian
banks": people barred from dealings, by a named country, is a sanction, not an export
control. "raised its overnight lending rate ... at an unscheduled meeting": a central bank's
own meeting, no talks.
"""

from __future__ import annotations

import pytest
from news_support import Round

pytest.importorskip("spacy", reason="the news reader needs spaCy: pip install tradewar[news]")

DAY = "2023-07-28"  # a Friday

READ = Round(DAY)
_events, _one = READ.events, READ.one


@pytest.mark.parametrize(
    "text",
    [
        "The move follows a ban on most wheat exports earlier this month.",
        "The wheat was loaded before New Delhi's ban on most wheat exports in mid-May.",
        "The decision came a week after India's ban on exports of non-basmati white rice.",
    ],
)
def test_a_ban_named_as_background_is_no_event(text):
    assert _events(text, kind="export_control") == []


def test_a_ban_with_its_own_verb_after_after_stays_an_event():
    event = _one(
        "Chicago wheat futures jumped on Monday after India banned wheat exports on Saturday.",
        kind="export_control",
    )
    assert (event.actor, event.status) == ("IND", "in_effect")


def test_dealings_barred_by_a_country_are_a_sanction():
    text = (
        "China on Wednesday banned Chinese companies and individuals from doing business with "
        "two Lithuanian banks, UAB Urbo Bankas and Mano Bankas."
    )
    event = _one(text, kind="sanction", date="2025-08-13")
    assert (event.actor, event.target, str(event.date)) == ("CHN", "LTU", "2025-08-13")
    assert _events(text, kind="export_control", date="2025-08-13") == []


def test_dealings_barred_by_sanctions_told_before_are_no_second_sanction():
    found = _events(
        "The United States imposed sanctions on Colombian President Gustavo Petro on Friday. "
        "The sanctions freeze any assets Petro holds in the United States and bar Americans "
        "from dealing with him.",
        kind="sanction",
        date="2025-10-24",
    )
    assert len(found) == 1


def test_a_central_banks_unscheduled_meeting_is_no_talks():
    found = _events(
        "Turkey's central bank raised its overnight lending rate to 46% from 44% at an "
        "unscheduled meeting on Thursday.",
        kind="talks_held",
    )
    assert found == []
