"""The reader's forty-first round: rulings that a country's measure broke trade rules.

The twenty-seventh and twenty-eighth blind sets label a panel's or court's ruling against a
country's measure a broken deal of that country, against the complainants (docs/news.md,
"Conventions"); the reader missed ten such events there. The sentences are new wording,
not taken from a labelled set.
"""

from __future__ import annotations

import datetime as dt

import pytest
from news_support import Round

pytest.importorskip("spacy", reason="the news reader needs spaCy: pip install tradewar[news]")

DAY = "2021-06-11"  # a Friday


READ = Round(DAY)
_events, _one = READ.events, READ.one


class TestRulings:
    """A ruling's actor is the country ruled against, its targets the complainants; its date
    is the ruling's, not that of the measure's past."""

    def test_long_subject_and_case_brought_by(self):
        e = _one(
            "A WTO dispute panel on Tuesday ruled that Turkey's additional duties on "
            "pharmaceuticals, medical devices and several farm goods from abroad violated "
            "global trade rules, in a case brought by the European Union.",
            kind="deal_broken",
        )
        assert (e.actor, e.target) == ("TUR", "EU")
        assert e.date == dt.date(2021, 6, 8)

    def test_past_of_the_measure_is_not_the_rulings_date(self):
        found = _events(
            "WTO panels ruled on Thursday that the duties Indonesia imposed on steel in 2017 "
            "broke global trade rules, upholding complaints by Taiwan and Vietnam.",
            kind="deal_broken",
        )
        assert sorted((e.actor, e.target) for e in found) == [("IDN", "TWN"), ("IDN", "VNM")]
        assert {e.date for e in found} == {dt.date(2021, 6, 10)}

    def test_discriminated_against(self):
        found = _events(
            "The Appellate Body ruled on Monday that Chinese taxes on imported cars "
            "discriminated against vehicles from Japan and South Korea.",
            kind="deal_broken",
        )
        assert sorted((e.actor, e.target) for e in found) == [("CHN", "JPN"), ("CHN", "KOR")]

    def test_failed_to_comply(self):
        e = _one(
            "A WTO compliance panel ruled in May that India had failed to comply with "
            "earlier rulings on its poultry ban.",
            kind="deal_broken",
        )
        assert (e.actor, e.date) == ("IND", dt.date(2021, 5, 1))

    def test_a_countrys_own_finding_is_an_accusation(self):
        found = _events(
            "Canada said on Monday it had found that U.S. duties on softwood lumber broke "
            "trade rules.",
            kind="deal_broken",
        )
        assert all(e.actor != "CAN" or e.target == "USA" for e in found)
        assert all(e.target != "CAN" or e.actor == "USA" for e in found)
