"""The reader's seventy-seventh round: lorries turned back, and leaders hosted.

Lorries or trucks turned back at a border are goods kept out (a purchase cut); a leader
who will host another leader schedules talks with him ("Rahmon will host Japarov and Uzbek
President Shavkat Mirziyoyev in Khujand on March 31"), one who hosted him held them; the
leaders of Kazakhstan, Uzbekistan, Kyrgyzstan and Tajikistan are in the table.
"""

from __future__ import annotations

import datetime as dt

import pytest
from news_support import Round

pytest.importorskip("spacy", reason="the news reader needs spaCy: pip install tradewar[news]")

DAY = "2025-03-14"  # a Friday


READ = Round(DAY)
_events, _one = READ.events, READ.one


def test_lorries_turned_back_at_a_border_are_kept_out():
    e = _one(
        "Croatia also began turning back Serbian lorries at Bajakovo on Monday.",
        kind="purchase_cut",
    )
    assert (e.actor, e.target, e.date) == ("HRV", "SRB", dt.date(2025, 3, 10))


def test_a_leader_who_will_host_others_schedules_talks_with_each():
    found = _events(
        "Rahmon will host Japarov and Uzbek President Shavkat Mirziyoyev in the Tajik city of "
        "Khujand on March 31.",
        kind="talks_scheduled",
    )
    assert sorted((e.actor, e.target) for e in found) == [("TJK", "KGZ"), ("TJK", "UZB")]
    assert {e.date for e in found} == {dt.date(2025, 3, 31)}


def test_a_leader_who_hosted_another_held_talks():
    e = _one("Putin hosted Tokayev in Moscow on Tuesday.", kind="talks_held")
    assert (e.actor, e.target, e.date) == ("RUS", "KAZ", dt.date(2025, 3, 11))


def test_hosting_a_summit_names_no_leader_hosted():
    found = _events("Kazakhstan will host the summit in Astana in June.", kind="talks_scheduled")
    assert all(e.target is None for e in found)
