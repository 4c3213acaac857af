"""The reader's sixty-sixth round: a measure's rates listed country by country.

"Importers must pay deposits at rates of 74.9 percent for products from the United States,
34.5 percent for the EU ...", "producers in the EU face duties of up to 41.8 percent,
Japanese producers up to 36.7 percent": one event for each country (the conventions' one
event per target), with its rate, and the kind, author, status and date of the measure
told in the sentence or just before it.
"""

from __future__ import annotations

import datetime as dt

import pytest
from news_support import Round

pytest.importorskip("spacy", reason="the news reader needs spaCy: pip install tradewar[news]")

DAY = "2024-05-20"  # a Monday


READ = Round(DAY)
_events, _one = READ.events, READ.one

DEPOSITS = (
    "BEIJING, May 20 (Xinhua) -- China has imposed temporary anti-dumping measures on imports "
    "of polyformaldehyde copolymer from the United States, the European Union, Japan and "
    "China's Taiwan region from Sunday, the Ministry of Commerce said.\n\n"
    "Importers must pay deposits at rates of 74.9 percent for products from the United "
    "States, 34.5 percent for the EU, 35.5 percent for Japan and 32.6 percent for Taiwan "
    "region, according to the ministry."
)


def test_each_country_of_a_list_of_rates_has_its_rate():
    found = _events(DEPOSITS, kind="tariff_increase")
    rates = {e.target: e.rate_change for e in found}
    assert rates == {"USA": 0.749, "EU": 0.345, "JPN": 0.355, "TWN": 0.326}
    assert {(e.actor, e.status, e.date) for e in found} == {
        ("CHN", "in_effect", dt.date(2024, 5, 19))
    }


def test_the_rates_sentence_tells_each_countrys_event():
    found = _events(DEPOSITS, kind="tariff_increase")
    rates_sentence = DEPOSITS.index("Importers must pay")
    assert all(any(a == rates_sentence for a, _ in e.mentions) for e in found)


def test_payers_named_before_their_rates():
    found = _events(
        "BEIJING, Sept. 6 (Xinhua) -- China will impose anti-dumping duties on imports of phenol "
        "from the United States, the European Union, Japan, the Republic of Korea (ROK) and "
        "Thailand for five years starting Saturday, the Ministry of Commerce said Friday.\n\n"
        "The duty on U.S. phenol was set at 187.3 percent, while producers in the EU face "
        "duties of up to 41.8 percent, Japanese producers up to 36.7 percent, ROK producers up "
        "to 27.6 percent and Thai producers up to 29.1 percent, the ministry said.",
        date="2019-09-06",
        kind="tariff_increase",
    )
    rates = {e.target: e.rate_change for e in found}
    assert rates == {"USA": 1.873, "EU": 0.418, "JPN": 0.367, "KOR": 0.276, "THA": 0.291}


def test_a_list_after_a_measure_with_no_target_gives_it_the_first_country():
    found = _events(
        "Then on April 9, higher tariff rates kick in for about 57 trading partners: 34% for "
        "China, 20% for the European Union, 46% for Vietnam and 24% for Japan.",
        date="2025-04-03",
        kind="tariff_increase",
    )
    assert sorted((e.target, e.rate_change) for e in found) == [
        ("CHN", 0.34),
        ("EU", 0.2),
        ("JPN", 0.24),
        ("VNM", 0.46),
    ]
    assert {e.date for e in found} == {dt.date(2025, 4, 9)}


def test_one_rate_for_two_countries():
    found = _events(
        "Sri Lankan goods will face a 20% tariff in the United States from 7 August under an "
        "executive order signed on Thursday. The same order sets rates of 20% for Bangladesh "
        "and Vietnam, 25% for India and 19% for Pakistan from 7 August.",
        date="2025-08-01",
        kind="tariff_increase",
    )
    rates = {e.target: e.rate_change for e in found}
    assert rates == {"LKA": 0.2, "BGD": 0.2, "VNM": 0.2, "IND": 0.25, "PAK": 0.19}


def test_rates_by_country_without_a_measure_are_no_events():
    found = _events(
        "The IMF forecast growth of 4.6% for China, 1.0% for Japan and 0.8% for Germany this year.",
        date="2024-04-16",
    )
    assert found == []
