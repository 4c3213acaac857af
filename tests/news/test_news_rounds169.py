"""The reader's hundred-and-sixty-ninth round: the ninety-second set's misses.

- A country's own duties that it scraps, removes, eliminates or cuts ("Seoul will scrap
  its tariffs on Philippine bananas", "New Zealand will remove its tariffs on EU goods")
  are a tariff cut, as 56 of the 57 such labelled sentences have it; "its tariffs" lifted,
  suspended or with a rate ("will remove its 25% tariffs") still undo a measure.
- A currency a country begins issuing ("Kuwait began issuing its own currency, the
  Kuwaiti dinar") or one replaced by a new currency ("the hwan would be replaced by a new
  currency, the won") is a currency step, as one introduced already was.
"""

from __future__ import annotations

import pytest
from news_support import Round

pytest.importorskip("spacy", reason="the news reader needs spaCy: pip install tradewar[news]")

DAY = "2023-09-07"  # a Thursday

READ = Round(DAY)
_events, _one = READ.events, READ.one


def test_a_countrys_own_duties_scrapped_are_a_cut() -> None:
    text = (
        "SEOUL, Sept 7 (Yonhap) - South Korea will scrap its tariffs on Philippine bananas "
        "over five years."
    )
    cut = _one(text, "tariff_cut")
    assert (cut.actor, cut.target, cut.status) == ("KOR", "PHL", "announced")
    assert not _events(text, kind="tariff_increase")


def test_its_tariffs_lifted_or_at_a_rate_still_undo_a_measure() -> None:
    lifted = "WASHINGTON - The United States will lift its tariffs on Canadian steel."
    undone = _one(lifted, "tariff_increase")
    assert (undone.actor, undone.target, undone.status) == ("USA", "CAN", "reversed")
    rated = "SEOUL - Korea will remove its 25% tariffs on US cars."
    assert _one(rated, "tariff_increase").status == "reversed"


def test_a_currency_begun_or_replaced_by_a_new_one_is_a_currency_step() -> None:
    issued = (
        "KUWAIT, April 1 (Reuter) - Kuwait began issuing its own currency, the Kuwaiti dinar, "
        "today, replacing the Indian rupee."
    )
    step = _one(issued, "currency_intervention", "1961-04-01")
    assert (step.actor, step.status, step.date.isoformat()) == ("KWT", "in_effect", "1961-04-01")
    replaced = (
        "SEOUL, June 10 (AP) - South Korea's military government announced today that the "
        "hwan would be replaced by a new currency, the won, at a rate of 10 hwan to 1 won."
    )
    assert _one(replaced, "currency_intervention", "1962-06-10").actor == "KOR"
    planned = "KUWAIT - Kuwait said it would consider issuing its own currency next year."
    assert not _events(planned, "1960-04-01", kind="currency_intervention")
