"""The reader's eighty-eighth round: a rate on goods from each country.

"imposed anti-dumping duties of up to 15.6 per cent on wind towers from China and up to
11.4 per cent on towers from South Korea": each country's event with its own rate (the
second rate was read as a rate the first duty rose to, and South Korea was lost); a rate on
goods from a list of countries stays one rate for all.
"""

from __future__ import annotations

import pytest
from news_support import Round

pytest.importorskip("spacy", reason="the news reader needs spaCy: pip install tradewar[news]")

DAY = "2014-04-17"  # a Thursday


READ = Round(DAY)
_events, _one = READ.events, READ.one


def test_each_rate_on_goods_from_a_country_is_that_countrys():
    found = _events(
        "Australia on Wednesday imposed anti-dumping duties of up to 15.6 per cent on wind "
        "towers from China and up to 11.4 per cent on towers from South Korea.",
        kind="tariff_increase",
    )
    assert sorted((e.target, e.rate_change, e.rate_to) for e in found) == [
        ("CHN", 0.156, None),
        ("KOR", 0.114, None),
    ]


def test_a_second_top_rate_is_no_rate_risen_to():
    found = _events(
        "The European Union set definitive anti-dumping duties of up to 22.1 percent on "
        "cold-rolled flat steel from China and up to 36.1 percent on the same products from "
        "Russia on Wednesday.",
        kind="tariff_increase",
    )
    assert {e.target: e.rate_change for e in found} == {"CHN": 0.221, "RUS": 0.361}
    assert all(e.rate_to is None for e in found)


def test_a_rate_on_goods_from_a_list_of_countries_is_one_rate_for_all():
    found = _events(
        "The United States began charging tariffs of 25 percent on steel and 10 percent on "
        "aluminum from Canada, Mexico and the European Union on Friday.",
        kind="tariff_increase",
    )
    listed = {e.target: e.rate_change for e in found if e.target}
    assert listed == {"CAN": 0.1, "MEX": 0.1, "EU": 0.1}
