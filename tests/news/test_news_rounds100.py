"""The reader's hundredth round: duties that go up, goods with their own rates, traders' forecasts.

- "the duty on footwear would go up to 35 per cent from 25 per cent and on furniture to 25
  per cent from 20 per cent": a rate that goes up is raised, and the clause after *and* with
  its own goods and rate is an event of its own, with its goods' sector.
- "Every time the duties go up, the Afghan transit trade goes up too": no rate, no event.
- "If this lasts, they will buy from Argentina, Spain or Egypt," said a member of the
  exporters' association: purchases a condition threatens, by no country, are a trader's
  forecast, no event.
"""

from __future__ import annotations

import pytest
from news_support import Round

pytest.importorskip("spacy", reason="the news reader needs spaCy: pip install tradewar[news]")

DAY = "2020-02-01"  # a Saturday


READ = Round(DAY)
_events, _one = READ.events, READ.one


def test_duties_that_go_up_for_two_goods_are_two_events():
    found = _events(
        "Presenting the Budget in Parliament, Finance Minister Nirmala Sitharaman said the duty "
        "on footwear would go up to 35 per cent from 25 per cent and on furniture to 25 per "
        "cent from 20 per cent.",
        kind="tariff_increase",
    )
    assert [(e.rate_from, e.rate_to) for e in found] == [(0.25, 0.35), (0.20, 0.25)]
    assert all(e.actor == "IND" and e.status == "announced" for e in found)
    assert found[1].sectors == ("other_manufacturing",)


def test_duties_that_go_up_in_a_saying_are_no_event():
    found = _events(
        'Pakistan raised regulatory duties on 731 items on Monday. "Every time the duties go '
        'up, the Afghan transit trade goes up too," said a wholesaler at Jodia Bazaar.',
        date="2017-10-17",
        kind="tariff_increase",
    )
    assert len(found) == 1


def test_a_clause_of_other_goods_to_their_rate_keeps_them():
    found = _events(
        "Egypt imposed safeguard duties of 15% on steel billets and 25% on rebar from Tuesday.",
        date="2019-04-15",
        kind="tariff_increase",
    )
    assert [e.sectors for e in found] == [("metals",), ("metals",)]


def test_purchases_a_trader_forecasts_on_a_condition_are_no_event():
    found = _events(
        'Turkey made lemon exports subject to permits on Thursday. "Our customers will not '
        'wait. If this lasts, they will buy from Argentina, Spain or Egypt," said a member of '
        "the Mediterranean Exporters' Association.",
        date="2020-11-20",
    )
    assert "purchase_commitment" not in [e.kind for e in found]


def test_purchases_a_country_threatens_on_a_condition_stay():
    event = _one(
        "China said on Saturday it would stop buying U.S. soybeans if Washington raised "
        "tariffs again.",
        kind="purchase_cut",
    )
    assert (event.actor, event.target, event.status) == ("CHN", "USA", "threatened")
