"""The reader's ninety-seventh round: leave to retaliate sought, steps weighed, vows on a condition.

- "could seek the right to retaliate if it did not", "will consider seeking the right to
  retaliate": a retaliation threatened, also after "... and could seek" in a clause of
  its own.
- "was considering whether to seek compensation or to suspend equivalent trade
  concessions under World Trade Organization rules": the WTO's words for retaliation,
  weighed (a threat; "will decide whether to" stays pending).
- "would take necessary measures to defend the rights of Chinese companies if Brussels did
  not correct its practice": a vow on a condition is a retaliation threatened (the
  opinion "firmly opposed the decision" before it is the first verb's); a vow with no
  condition stays none.
"""

from __future__ import annotations

import pytest
from news_support import Round

pytest.importorskip("spacy", reason="the news reader needs spaCy: pip install tradewar[news]")

DAY = "2019-09-13"  # a Friday


READ = Round(DAY)
_events, _one = READ.events, READ.one


def test_the_right_to_retaliate_sought_in_a_second_clause_is_a_threat():
    event = _one(
        "The WTO upheld a ruling against Ukraine's duties on Russian ammonium nitrate on "
        "Thursday. Russian officials said Moscow would ask Kyiv to lift the duties quickly and "
        "could seek the right to retaliate if it did not.",
        kind="retaliation",
    )
    assert (event.actor, event.target, event.status) == ("RUS", "UKR", "threatened")


def test_seeking_the_right_to_retaliate_considered_is_a_threat():
    event = _one(
        "The WTO upheld a ruling against U.S. duties on Korean washers. If it fails to do so "
        "within a reasonable period, Korea will consider seeking the right to retaliate.",
        kind="retaliation",
    )
    assert (event.actor, event.target, event.status) == ("KOR", "USA", "threatened")


def test_concessions_suspended_under_wto_rules_weighed_are_a_threat():
    event = _one(
        "The Philippines imposed provisional safeguard duties on imported Thai cars on Monday. "
        "Thailand's commerce ministry said on Wednesday it was considering whether to seek "
        "compensation or to suspend equivalent trade concessions under World Trade "
        "Organization rules.",
        kind="retaliation",
    )
    assert (event.actor, event.target, event.status) == ("THA", "PHL", "threatened")


def test_concessions_suspended_under_an_association_agreement_are_no_retaliation():
    found = _events(
        "The European Commission proposed on Wednesday suspending trade concessions under the "
        "EU's association agreement with Israel."
    )
    assert "retaliation" not in [e.kind for e in found]


def test_a_decision_whether_to_act_stays_pending():
    found = _events(
        "The EU imposed provisional duties on Chinese steel on Monday. The Commission will "
        "decide early next year whether to make the duties definitive."
    )
    assert [e.kind for e in found] == ["tariff_increase"]


def test_necessary_measures_vowed_on_a_condition_are_a_retaliation_threatened():
    event = _one(
        "The EU imposed final anti-dumping duties on Chinese titanium dioxide on Thursday. "
        "China's Ministry of Commerce said in a statement that it firmly opposed the decision "
        "and would take necessary measures to defend the rights of Chinese companies if "
        "Brussels did not correct its practice.",
        kind="retaliation",
    )
    assert (event.actor, event.target, event.status) == ("CHN", "EU", "threatened")


def test_necessary_measures_vowed_without_a_condition_are_none():
    found = _events(
        "The U.S. added 33 Chinese firms to its entity list on Friday. China's commerce ministry "
        "said it firmly opposed the listings and would take necessary measures to protect the "
        "rights of Chinese companies."
    )
    assert "retaliation" not in [e.kind for e in found]


def test_an_opinion_before_a_plain_measure_still_blocks_it():
    found = _events(
        "The U.S. imposed duties on Chinese steel on Monday. Lawmakers opposed the plan and "
        "would impose tariffs on aluminum, the report said."
    )
    assert [e.kind for e in found] == ["tariff_increase"]
