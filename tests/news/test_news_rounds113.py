"""The reader's hundred-and-thirteenth round: a country's own ranged duty, waters closed.

"Viet Nam's tariffs of up to 78 percent on European cars will also be phased out": a
country's own duty, the subject of a passive, keeps its range and is cut (a duty with its
rate and no owner, "Tariffs of 10 percent on some of the goods will be cut", stays the one
told before). "Moscow could close its own waters to Norwegian fishing boats in response":
waters or airspace closed to a country's boats or aircraft are a sanction, as its ports
closed to its ships were.
"""

from __future__ import annotations

import pytest
from news_support import Round

pytest.importorskip("spacy", reason="the news reader needs spaCy: pip install tradewar[news]")

DAY = "2015-12-03"  # a Thursday

READ = Round(DAY)
_events, _one = READ.events, READ.one


def test_a_countrys_own_ranged_duty_phased_out_is_cut():
    event = _one(
        "Viet Nam's tariffs of up to 78 percent on European cars will also be phased out.",
        kind="tariff_cut",
    )
    assert (event.actor, event.target, event.status, event.sectors) == (
        "VNM",
        "EU",
        "announced",
        ("vehicles",),
    )


def test_waters_closed_to_a_countrys_boats_are_a_threatened_sanction():
    event = _one(
        "Moscow could close its own waters to Norwegian fishing boats in response, officials said.",
        kind="sanction",
        date="2025-07-21",
    )
    assert (event.actor, event.target, event.status) == ("RUS", "NOR", "threatened")


def test_a_road_closed_to_traffic_is_no_sanction():
    assert _events("The storm closed its ports to all traffic on Friday.", kind="sanction") == []
