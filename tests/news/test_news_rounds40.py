"""The reader's fortieth round: one test class per class of error, on sentences of its own.

None of these sentences is taken from a labelled set: each class of error that the
twenty-eighth fresh held-out set showed (after its one measurement) is tested on new
wording, other countries and goods, so that the mechanism is tested, not the sentence.
"""

from __future__ import annotations

import pytest
from news_support import Round

pytest.importorskip("spacy", reason="the news reader needs spaCy: pip install tradewar[news]")

DAY = "2022-11-18"  # a Friday


READ = Round(DAY)
_events, _one = READ.events, READ.one


class TestSuppliesAndCargoes:
    """Class 1: a supplier that stops pumping gas controls exports; a state buyer that bought
    a cargo made a purchase (not one that "instead bought" elsewhere)."""

    def test_stopped_pumping(self):
        e = _one(
            "Azerbaijan stopped pumping oil to Georgia through the Baku-Supsa line on Tuesday.",
            kind="export_control",
        )
        assert (e.actor, e.target) == ("AZE", "GEO")

    def test_bought_a_cargo(self):
        e = _one(
            "China lifted its ban on Australian coal. State utility Huaneng bought the first "
            "cargo, about 80,000 tonnes, on Thursday.",
            kind="purchase_commitment",
        )
        assert e.actor == "CHN"

    def test_instead_bought(self):
        assert not _events(
            "Japanese refiners have stopped buying Iranian crude. Eneos has instead bought "
            "cargoes from Kuwait.",
            kind="purchase_commitment",
        )


class TestTrustedListsAndForwards:
    """Class 2: a country removed from a list of trusted buyers faces tighter controls; a
    central bank that sells forwards or swaps intervenes."""

    def test_removed_from_fast_track_list(self):
        e = _one(
            "Japan on Friday removed South Korea from its list of countries that get "
            "fast-track approval for exports of sensitive materials.",
            kind="export_control",
        )
        assert (e.actor, e.target, e.status) == ("JPN", "KOR", "in_effect")

    def test_forwards_sold(self):
        e = _one(
            "Chile's central bank sold $500 million of forwards at an auction on Thursday.",
            kind="currency_intervention",
        )
        assert e.actor == "CHL"

    def test_swaps_offered(self):
        e = _one(
            "Brazil's central bank said it would sell $1 billion of currency swaps on Monday.",
            kind="currency_intervention",
        )
        assert e.status != "reversed"


class TestSimilarMeasures:
    """Class 3: another country that imposes "a similar ban" takes the same measure; one that
    answers with similar curbs is no copy, and Macau is a place of its own."""

    def test_similar_ban(self):
        found = _events(
            "Taiwan banned imports of pork from three Philippine provinces from Wednesday. "
            "Macau imposed a similar ban on the same day.",
            kind="purchase_cut",
        )
        assert [(e.actor, e.target) for e in found] == [("TWN", "PHL"), ("MAC", "PHL")]

    def test_similar_curbs_of_the_target(self):
        found = _events(
            "Kazakhstan banned exports of fuel to Kyrgyzstan on Monday. Kyrgyzstan imposed "
            "a similar ban on Tuesday.",
            kind="export_control",
        )
        assert [e.actor for e in found] == ["KAZ"]
