"""The reader's sixty-fourth round: deposits shielded from a currency.

A scheme that compensates depositors for a currency's fall is an intervention in the
currency, announced by its author, not by the agency that pays under it (the thirty-ninth
and twentieth sets label it so).
"""

from __future__ import annotations

import datetime as dt

import pytest
from news_support import Round

pytest.importorskip("spacy", reason="the news reader needs spaCy: pip install tradewar[news]")

DAY = "2021-12-21"  # a Tuesday


READ = Round(DAY)
_events, _one = READ.events, READ.one


def test_a_scheme_that_compensates_depositors_for_the_currency_is_an_intervention():
    e = _one(
        "Erdogan announced late on Monday a scheme under which the Treasury will compensate "
        "lira depositors for any losses from the currency's depreciation.",
        kind="currency_intervention",
    )
    assert (e.actor, e.status, e.date) == ("TUR", "announced", dt.date(2021, 12, 20))


def test_compensation_for_other_losses_is_no_intervention():
    found = _events(
        "The government said it would compensate farmers for losses from the drought.",
        kind="currency_intervention",
    )
    assert found == []
