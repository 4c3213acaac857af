"""The reader's thirty-ninth round: one test class per class of error, on sentences of its own.

The targets the reader guessed across the labelled sets, where the sets name none: a bloc
whose members a report leaves unnamed (Mercosur, ASEAN, "six world powers") has no target,
and "South American" or "Latin American" names a region, not the United States. The
sentences are new wording, not taken from a labelled set.
"""

from __future__ import annotations

import pytest
from news_support import Round

pytest.importorskip("spacy", reason="the news reader needs spaCy: pip install tradewar[news]")

DAY = "2023-07-07"  # a Friday


READ = Round(DAY)
_events, _one = READ.events, READ.one


class TestBlocsHaveNoTarget:
    """Class 1: a deal or talks with a bloc whose members go unnamed have no target (not the
    country the report names most)."""

    def test_deal_with_world_powers(self):
        e = _one(
            "Iran and six world powers reached a deal on its nuclear programme on Sunday. The "
            "United States said the United States would ease some sanctions.",
            kind="deal_reached",
        )
        assert (e.actor, e.target) == ("IRN", None)

    def test_round_of_world_trade_talks(self):
        e = _one(
            "A round of world trade talks broke down in Geneva on Tuesday. The United States "
            "blamed farm subsidies.",
            kind="talks_stalled",
        )
        assert e.target is None

    def test_a_bloc_named_beside_a_country(self):
        e = _one(
            "Brazil raised its tariff on Chinese steel to 25% on Monday, its partners in "
            "Mercosur said.",
            kind="tariff_increase",
        )
        assert e.target == "CHN"


class TestRegionsOfAmerica:
    """Class 2: "South American", "Latin American" and "North American" name no country."""

    def test_south_american_bloc(self):
        e = _one(
            "Singapore signed a free trade agreement with the South American bloc on Thursday.",
            kind="deal_reached",
        )
        assert e.target != "USA"

    def test_latin_american_exporters(self):
        found = _events("Latin American exporters stopped buying Chinese fertiliser on Monday.")
        assert all(e.actor != "USA" for e in found)

    def test_american_alone(self):
        e = _one("China halted purchases of American soybeans on Monday.", kind="purchase_cut")
        assert e.target == "USA"
