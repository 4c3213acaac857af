"""The reader's eighty-fourth round: a currency's code before an amount is its unit.

"The government has set a target of USD 5 billion in annual defence exports": *USD* is the
amount's unit, no dollar moved (it was read as a currency step, "set ... USD").
"""

from __future__ import annotations

import pytest
from news_support import Round

pytest.importorskip("spacy", reason="the news reader needs spaCy: pip install tradewar[news]")

DAY = "2022-01-28"  # a Friday


READ = Round(DAY)
_events, _one = READ.events, READ.one


def test_a_currency_code_before_an_amount_moves_no_currency():
    found = _events(
        "The government has set a target of USD 5 billion in annual defence exports.",
        kind="currency_intervention",
    )
    assert found == []


def test_dollars_sold_by_their_code_are_still_an_intervention():
    e = _one(
        "The central bank sold USD 30 million to banks on Tuesday.",
        kind="currency_intervention",
    )
    assert e.status == "in_effect"


def test_a_band_a_central_bank_will_allow_is_an_intervention_announced():
    e = _one(
        "China's central bank said on Saturday it would allow the yuan to rise or fall by as "
        "much as 2 percent from its daily reference rate against the U.S. dollar, up from 1 "
        "percent, starting on Monday.",
        date="2014-03-15",
        kind="currency_intervention",
    )
    assert (e.actor, e.status) == ("CHN", "announced")


def test_pressing_a_country_to_let_its_currency_rise_is_no_intervention():
    found = _events(
        "U.S. lawmakers have been pressing Beijing to let the yuan rise faster.",
        date="2010-09-16",
        kind="currency_intervention",
    )
    assert found == []
