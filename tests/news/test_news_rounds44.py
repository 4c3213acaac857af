"""The reader's forty-fourth round: a date phrase that opens the sentence.

"In April, Argentina opened its market to U.S. pork" (the twenty-ninth set) went undated:
a month named without a day was read only after a lower-case preposition. The sentences
are new wording.
"""

from __future__ import annotations

import datetime as dt

import pytest
from news_support import Round

pytest.importorskip("spacy", reason="the news reader needs spaCy: pip install tradewar[news]")

DAY = "2018-11-22"  # a Thursday


READ = Round(DAY)
_events, _one = READ.events, READ.one


class TestSentenceInitialDates:
    """A month that opens the sentence dates its event."""

    def test_in_a_month(self):
        e = _one("In March, Chile banned imports of Peruvian potatoes.", kind="purchase_cut")
        assert e.date == dt.date(2018, 3, 1)

    def test_in_a_month_of_an_earlier_year(self):
        assert not _events("In June 2017, Chile banned imports of Peruvian potatoes.")  # history

    def test_a_bare_may_stays_a_word(self):
        e = _one("May cut tariffs on Indian tea on Monday.", kind="tariff_cut")
        assert e.date == dt.date(2018, 11, 19)
