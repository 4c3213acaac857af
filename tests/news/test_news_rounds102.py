"""The reader's hundred-and-second round: taxes charged on goods imported.

- "The budget also proposes an 18 percent sales tax on imported solar panels": a tax on
  goods imported is charged at the border, a tariff measure (proposed: threatened).
- "Goods worth RM500 or less that Malaysians buy online from overseas sellers became
  subject to a 10% sales tax from Monday", "Imported goods worth less than 1,500 baht ...
  became subject to the standard 7% VAT from Friday": goods from abroad newly taxed.
- "Value added tax on imports is not affected": no measure.
"""

from __future__ import annotations

import pytest
from news_support import Round

pytest.importorskip("spacy", reason="the news reader needs spaCy: pip install tradewar[news]")

DAY = "2024-07-06"  # a Saturday


READ = Round(DAY)
_events, _one = READ.events, READ.one

_BEFORE = "Thailand raised import duties on Chinese steel in March. "


def test_a_sales_tax_proposed_on_imported_goods_is_a_tariff_threatened():
    found = _events(
        _BEFORE + "The budget also proposes an 18 percent sales tax on imported solar panels.",
        kind="tariff_increase",
    )
    assert [e.status for e in found] == ["in_effect", "threatened"]
    assert found[1].products == ("solar panels",)


@pytest.mark.parametrize(
    "text",
    [
        "Goods worth 500 baht or less that Thais buy online from overseas sellers became "
        "subject to a 10% sales tax from Friday.",
        "Imported goods worth less than 1,500 baht, which have long entered the country free "
        "of value-added tax, became subject to the standard 7% VAT from Friday.",
    ],
)
def test_goods_from_abroad_that_became_subject_to_a_tax_are_a_tariff(text: str):
    found = _events(_BEFORE + text, kind="tariff_increase")
    assert len(found) == 2


def test_a_tax_on_imports_left_as_it_is_is_none():
    found = _events(
        "Switzerland abolished its tariffs on industrial goods on Monday. Value added tax on "
        "imports is not affected.",
        kind="tariff_increase",
    )
    assert found == []


def test_a_domestic_sales_tax_is_none():
    found = _events(
        _BEFORE + "Shoppers became subject to a higher 10% sales tax on restaurant meals.",
        kind="tariff_increase",
    )
    assert len(found) == 1
