"""The reader's seventy-first round: more vows to act on a currency.

"Japan was ready to take action again at any time if speculative moves persisted" (any
action it stands ready to take, by the currency's worries), "it would keep intervening
for as long as necessary" (an intervention that goes on), "Japan would take appropriate
action if currency moves became excessive" (*excessive* is a worry of the currency's).
"""

from __future__ import annotations

import pytest
from news_support import Round

pytest.importorskip("spacy", reason="the news reader needs spaCy: pip install tradewar[news]")

DAY = "2024-05-02"  # a Thursday


READ = Round(DAY)
_events, _one = READ.events, READ.one

CONTEXT = "TOKYO, May 2 (Reuters) - The yen fell to 160 per dollar on Monday. "


def _vow(sentence: str):
    return _one(CONTEXT + sentence, kind="currency_intervention")


def test_ready_to_take_action_against_speculative_moves():
    e = _vow(
        "Japan was ready to take action again at any time if speculative moves persisted, "
        "the finance minister said."
    )
    assert (e.actor, e.status) == ("JPN", "threatened")


def test_keep_intervening_is_an_intervention_vowed():
    e = _one(
        "COPENHAGEN, Feb 4 (Reuters) - The krone rose to its strongest against the euro in a "
        "decade on Tuesday. The Danish central bank said it would keep intervening for as "
        "long as necessary.",
        date="2015-02-04",
        kind="currency_intervention",
    )
    assert (e.actor, e.status) == ("DNK", "threatened")


def test_excessive_moves_are_a_worry_of_the_currency():
    e = _vow(
        "Japan would take appropriate action if currency moves became excessive, the finance "
        "minister said."
    )
    assert (e.actor, e.status) == ("JPN", "threatened")


def test_ready_to_take_action_on_something_else_is_no_intervention():
    found = _events(
        CONTEXT + "The trade minister said Japan was ready to take action against unfair "
        "steel imports.",
        kind="currency_intervention",
    )
    assert found == []


def test_a_sale_of_dollars_vowed_on_a_condition():
    e = _vow(
        "The central bank said it could also sell dollars directly if market conditions warranted."
    )
    assert e.status == "threatened"


def test_an_analysts_view_of_a_sale_is_none():
    found = _events(
        CONTEXT + "Analysts said the central bank could sell dollars if the yen weakened.",
        kind="currency_intervention",
    )
    assert found == []
