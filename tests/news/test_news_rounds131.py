"""The reader's hundred-and-thirty-first round: lenders' deals and currency bought.

- A staff-level agreement with the IMF (or the World Bank) is a lender's programme, no trade
  deal: no labelled set has one (talks with the IMF are labelled both ways and stay).
- Currency a central bank stops buying ("would stop buying foreign currency for the Finance
  Ministry") is no purchase of goods; goods stay ("will stop buying US soybeans").
"""

from __future__ import annotations

import pytest
from news_support import Round

pytest.importorskip("spacy", reason="the news reader needs spaCy: pip install tradewar[news]")

DAY = "2022-10-27"  # a Thursday

READ = Round(DAY)
_events, _one = READ.events, READ.one


def test_a_staff_level_agreement_with_the_imf_is_no_trade_deal() -> None:
    text = (
        "Egypt let the pound fall by 14.5 percent on Thursday. Hours later, the IMF said it "
        "had reached a staff-level agreement with Egypt on a 46-month arrangement worth about "
        "$3 billion."
    )
    assert not _events(text, kind="deal_reached")


def test_talks_with_the_imf_stay_talks() -> None:
    text = (
        "Sri Lanka would begin talks with the International Monetary Fund in Washington from "
        "April 18."
    )
    assert _events(text, "2022-04-09", kind="talks_scheduled")


@pytest.mark.parametrize(
    ("text", "cut"),
    [
        (
            "The Bank of Russia said it would stop buying foreign currency for the Finance "
            "Ministry until the end of the year.",
            False,
        ),
        ("China will stop buying US soybeans.", True),
    ],
)
def test_currency_bought_is_no_purchase_of_goods(text: str, cut: bool) -> None:
    assert bool(_events(text, "2023-08-15", kind="purchase_cut")) is cut
