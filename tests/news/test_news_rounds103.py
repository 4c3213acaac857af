"""The reader's hundred-and-third round: partners acting together.

- "Australia has imposed travel bans and financial sanctions on ... Itamar Ben-Gvir and
  Bezalel Smotrich, acting together with Britain, Canada, New Zealand and Norway": each
  partner listed after "together with" acts too (and "Ben-Gvir", hyphened, is Israel's).
"""

from __future__ import annotations

import pytest
from news_support import Round

pytest.importorskip("spacy", reason="the news reader needs spaCy: pip install tradewar[news]")

DAY = "2025-06-11"  # a Wednesday


READ = Round(DAY)
_events, _one = READ.events, READ.one


def test_partners_acting_together_are_each_an_actor():
    found = _events(
        "Australia has imposed travel bans and financial sanctions on Israel's far-right "
        "ministers Itamar Ben-Gvir and Bezalel Smotrich, acting together with Britain, Canada, "
        "New Zealand and Norway.",
        kind="sanction",
    )
    assert sorted((e.actor, e.target) for e in found) == [
        ("AUS", "ISR"),
        ("CAN", "ISR"),
        ("GBR", "ISR"),
        ("NOR", "ISR"),
        ("NZL", "ISR"),
    ]


def test_a_measure_with_no_partner_listed_stays_one():
    found = _events(
        "Australia has imposed financial sanctions on Israel's far-right ministers Itamar "
        "Ben-Gvir and Bezalel Smotrich, acting together with its allies.",
        kind="sanction",
    )
    assert [(e.actor, e.target) for e in found] == [("AUS", "ISR")]
