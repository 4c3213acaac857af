"""The reader's seventieth round: the complainants of a ruling of discrimination.

"ruled that the European Union's ban on seal products discriminates against Canadian and
Norwegian seal products": the makers of the goods discriminated against are the
complainants, each a target; "upholding complaints by Japan and the European Union"
names them when the measure's owner is not a country the tables know ("Ontario's
feed-in tariff program").
"""

from __future__ import annotations

import pytest
from news_support import Round

pytest.importorskip("spacy", reason="the news reader needs spaCy: pip install tradewar[news]")

DAY = "2014-05-22"  # a Thursday


READ = Round(DAY)
_events, _one = READ.events, READ.one


def test_goods_discriminated_against_name_the_complainants():
    found = _events(
        "The World Trade Organization's Appellate Body ruled on Thursday that the European "
        "Union's ban on seal products discriminates against Canadian and Norwegian seal "
        "products in the way it exempts seals hunted by Inuit communities.",
        kind="deal_broken",
    )
    assert sorted((e.actor, e.target) for e in found) == [("EU", "CAN"), ("EU", "NOR")]


def test_complaints_upheld_name_the_targets_without_an_owner():
    found = _events(
        "The World Trade Organization's Appellate Body ruled on Monday that Ontario's feed-in "
        "tariff program discriminated against imported renewable-energy equipment, upholding "
        "complaints by Japan and the European Union.",
        date="2013-05-07",
        kind="deal_broken",
    )
    assert sorted(e.target for e in found) == ["EU", "JPN"]
