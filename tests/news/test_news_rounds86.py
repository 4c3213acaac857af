"""The reader's eighty-sixth round: one rate for several countries, and a list of their own.

"Egypt imposed provisional anti-dumping duties on steel rebar from China, Turkey and
Ukraine on Thursday, with rates of 19 percent for Chinese mills, 23 percent for Turkish
producers and 27 percent for Ukrainian ones": each country's event takes its own rate
(the first rate read was given to all three).
"""

from __future__ import annotations

import pytest
from news_support import Round

pytest.importorskip("spacy", reason="the news reader needs spaCy: pip install tradewar[news]")

DAY = "2017-02-05"  # a Sunday


READ = Round(DAY)
_events, _one = READ.events, READ.one


def test_each_country_takes_its_own_rate_from_the_list():
    found = _events(
        "Egypt imposed provisional anti-dumping duties on steel rebar from China, Turkey and "
        "Ukraine on Thursday, with rates of 19 percent for Chinese mills, 23 percent for "
        "Turkish producers and 27 percent for Ukrainian ones.",
        kind="tariff_increase",
    )
    assert sorted((e.target, e.rate_change) for e in found) == [
        ("CHN", 0.19),
        ("TUR", 0.23),
        ("UKR", 0.27),
    ]
