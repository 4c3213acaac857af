"""The reader's hundred-and-sixty-sixth round: the eighty-ninth set's misses.

- Refineries a government takes over from named foreign firms ("took over the Havana
  refineries of the Standard Oil Company (New Jersey) and the Royal Dutch Shell group") are
  a sanction on each firm's country, each with its own firm: Standard Oil (Esso) and Texaco
  join the company table. One dated by the time
  since ("six months after the military government ... seized the Standard Oil of New
  Jersey subsidiary's oil field") is background.
- A contract cancelled for a country's goods ("cancelled a contract worth 56 billion euros
  for 12 French-designed submarines") is a purchase cut aimed at that country, as one
  cancelled with a named seller already was.
- Duties abolished with no rate given ("will remove all tariffs on American goods") carry no
  rate, as most of the labelled sets write them: the labelling guide's earlier wording
  (rate zero) was against the majority and is corrected.
"""

from __future__ import annotations

import pytest
from news_support import Round

pytest.importorskip("spacy", reason="the news reader needs spaCy: pip install tradewar[news]")

DAY = "1960-07-01"  # a Friday

READ = Round(DAY)
_events, _one = READ.events, READ.one


def test_refineries_taken_over_from_named_foreign_firms_are_a_sanction() -> None:
    text = (
        "HAVANA, July 1 (AP) - Cuba's government today took over the Havana refineries of the "
        "Standard Oil Company (New Jersey) and the Royal Dutch Shell group."
    )
    found = _events(text, kind="sanction")
    assert [(e.actor, e.target, e.status, e.companies) for e in found] == [
        ("CUB", "USA", "in_effect", ("Standard Oil",)),
        ("CUB", "GBR", "in_effect", ("Shell",)),
    ]


def test_a_contract_cancelled_for_a_countrys_goods_is_a_purchase_cut() -> None:
    text = (
        "CANBERRA, Sept 16 (AFP) - Australia has cancelled a contract worth 56 billion euros "
        "for 12 French-designed submarines."
    )
    event = _one(text, "purchase_cut", "2021-09-16")
    assert (event.actor, event.target) == ("AUS", "FRA")
    own = "CANBERRA - Australia has cancelled a contract for 12 submarines, officials said."
    assert not _events(own, "2021-09-16", kind="purchase_cut")


def test_duties_abolished_with_no_rate_given_carry_no_rate() -> None:
    text = (
        "WASHINGTON, May 6 (AP) - The United States and Singapore signed a free trade "
        "agreement on Tuesday. Singapore will remove all tariffs on American goods as soon as "
        "the agreement takes effect."
    )
    cut = _one(text, "tariff_cut", "2003-05-06")
    assert (cut.actor, cut.target) == ("SGP", "USA")
    assert (cut.rate_from, cut.rate_to, cut.rate_change) == (None, None, None)


def test_a_seizure_dated_by_the_time_since_is_background() -> None:
    text = (
        "LIMA, April 7 (AP) - The United States today put off cutting aid to Peru. Aid would "
        "have been cut off by April 9, six months after the military government of Gen. Juan "
        "Velasco Alvarado seized the Standard Oil of New Jersey subsidiary's oil field and "
        "refinery at Talara."
    )
    assert not _events(text, "1969-04-07", kind="sanction")
