"""The reader's hundred-and-sixty-fourth round: the eighty-seventh set's misses.

- The U.S. Commerce Department's final anti-dumping margins set at a rate ("set final
  anti-dumping margins of 2.65 percent on minivans made by Toyota") are a tariff increase:
  importers post deposits at those rates. Minivans are vehicles.
- A measure told again with who adopted it ("The duties, adopted by the EU Council of
  Ministers in Brussels yesterday, apply for five years") is the council's country's
  measure told again, no second measure aimed at that country; a measure only "in line
  with" controls another country announced stays the speaker's.
- A supply promised in bales or bushels ("Pakistan will supply India with 3.5 million
  bales of raw jute") is the buyer's purchase commitment, as one in tonnes already was.
"""

from __future__ import annotations

import pytest
from news_support import Round

pytest.importorskip("spacy", reason="the news reader needs spaCy: pip install tradewar[news]")

DAY = "1992-05-20"  # a Wednesday

READ = Round(DAY)
_events, _one = READ.events, READ.one


def test_final_anti_dumping_margins_set_at_a_rate_are_a_tariff_increase() -> None:
    text = (
        "WASHINGTON, May 20 Kyodo - The U.S. Commerce Department on Tuesday set final "
        "anti-dumping margins of 2.65 percent on minivans made by Toyota Motor Corp."
    )
    event = _one(text, "tariff_increase", "1992-05-20")
    assert (event.actor, event.target, event.date.isoformat()) == ("USA", "JPN", "1992-05-19")
    assert "Toyota" in event.companies
    assert "vehicles" in event.sectors
    critics = "TOKYO - Critics said the dumping margins were calculated wrongly."
    assert not _events(critics, "1992-05-20", kind="tariff_increase")


def test_duties_told_again_with_the_council_that_adopted_them_are_no_second_measure() -> None:
    text = (
        "New Delhi, Feb 3 (PTI) The European Union has imposed anti-dumping duties of up to "
        "15.7 per cent on graphite electrodes from India. The duties, adopted by the EU "
        "Council of Ministers in Brussels yesterday, apply for five years, the Commerce "
        "Ministry said."
    )
    found = _events(text, "2004-02-03", kind="tariff_increase")
    assert [(e.actor, e.target) for e in found] == [("EU", "IND")]


def test_a_measure_in_line_with_another_countrys_controls_stays_the_speakers() -> None:
    text = (
        "TAIPEI - Taiwan will join sanctions on Russia. The Ministry of Economic Affairs said "
        "it would strictly examine applications to export items on the lists of strategic "
        "high-tech commodities to Russia, in line with the export controls announced by the "
        "United States and its allies."
    )
    found = _events(text, "2022-02-25", kind="export_control")
    assert found
    assert all(e.actor != "USA" for e in found)


def test_a_supply_promised_in_bales_is_the_buyers_purchase_commitment() -> None:
    text = (
        "KARACHI, Feb 26 (PTI) - Under the agreement, which runs until June 30, 1952, "
        "Pakistan will supply India with 3.5 million bales of raw jute, officials said."
    )
    event = _one(text, "purchase_commitment", "1951-02-26")
    assert (event.actor, event.target, event.status) == ("IND", "PAK", "announced")
    vague = "KARACHI - Pakistan will supply India with more jute if prices allow."
    assert not _events(vague, "1951-02-26", kind="purchase_commitment")
