"""The reader's hundred-and-sixty-eighth round: the ninety-first set's misses.

- Complainants that file a WTO case together ("The United States and the European Union
  on Tuesday launched cases at the World Trade Organization against China's restrictions")
  are each a target of the defendant's broken deal: one event each.
- Both sides that cut tariffs on the goods "traded between them" ("the two sides will
  scrap tariffs on about 94 percent of the ... goods traded between them", "Colombia and
  Venezuela eliminated all tariffs on goods traded between them") cut them, one event each
  way, as on "each other's goods".
- A currency's street price "sold at" an amount of another ("In Lima exchange houses the
  dollar sold at 38.70 soles on Friday") is a market line, as one "sold for" it was.
"""

from __future__ import annotations

import pytest
from news_support import Round

pytest.importorskip("spacy", reason="the news reader needs spaCy: pip install tradewar[news]")

DAY = "2009-06-23"  # a Tuesday

READ = Round(DAY)
_events, _one = READ.events, READ.one


def test_complainants_filing_together_are_each_a_target() -> None:
    text = (
        "GENEVA, June 23 (AFP) - The United States and the European Union on Tuesday launched "
        "cases at the World Trade Organization against China's restrictions on exports of "
        "nine raw materials."
    )
    found = _events(text, kind="deal_broken")
    assert sorted((e.actor, e.target, e.status) for e in found) == [
        ("CHN", "EU", "in_effect"),
        ("CHN", "USA", "in_effect"),
    ]


def test_tariffs_cut_on_goods_traded_between_two_sides_are_cut_each_way() -> None:
    text = (
        "SEOUL, June 30 (Yonhap) - South Korea and the United States signed a free trade "
        "agreement on Saturday. Under the pact, the two sides will scrap tariffs on about 94 "
        "percent of the industrial and consumer goods traded between them within three "
        "years."
    )
    cuts = _events(text, "2007-06-30", kind="tariff_cut")
    assert sorted((e.actor, e.target, e.status) for e in cuts) == [
        ("KOR", "USA", "announced"),
        ("USA", "KOR", "announced"),
    ]
    named = (
        "CARACAS, Jan 2 (EFE) - Colombia and Venezuela eliminated all tariffs on goods traded "
        "between them on Wednesday."
    )
    cuts = _events(named, "1992-01-02", kind="tariff_cut")
    assert sorted((e.actor, e.target) for e in cuts) == [("COL", "VEN"), ("VEN", "COL")]


def test_trade_between_them_with_no_tariff_step_is_no_event() -> None:
    text = (
        "CAIRO - Israel and Egypt signed a peace treaty in 1979, but trade between them has "
        "remained small."
    )
    assert not [e for e in _events(text, "2019-01-10") if e.kind.startswith("tariff")]


def test_a_currency_sold_at_a_street_price_is_a_market_line() -> None:
    text = (
        "LIMA, Sept 2 (AP) - Peru's Central Reserve Bank stopped supporting the sol on Friday. "
        "In Lima exchange houses the dollar sold at 38.70 soles on Friday."
    )
    line = _one(text, "market_reaction", "1967-09-02")
    assert (line.actor, line.date.isoformat()) == ("PER", "1967-09-01")
    assert "38.70 soles" in line.sentence
