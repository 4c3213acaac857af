"""The reader's hundred-and-thirtieth round: the fifty-seventh set's misses and extras.

- Supplies begun from a country are purchases ("Bangladesh began importing electricity from
  Nepal", "Türkiye began receiving natural gas from Turkmenistan through Iran").
- Banks "cut ... off from the SWIFT messaging system" are sanctioned (not an export
  control); assets a government "was freezing" too.
- A supplier that would "stop supplying Denmark's Orsted" controls exports.
- A named pact joined is a deal ("Colombia formally joined China's Belt and Road
  Initiative").
- Not events: "targeted sanctions" lifted with an embargo are no new sanction, a central
  bank's "Standing Deposit Facility Rate" is no tariff, "Its next regular meeting" is a body's
  own.
"""

from __future__ import annotations

import pytest
from news_support import Round

pytest.importorskip("spacy", reason="the news reader needs spaCy: pip install tradewar[news]")

DAY = "2022-05-31"  # a Tuesday

READ = Round(DAY)
_events, _one = READ.events, READ.one


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        (
            "Bangladesh began importing electricity from Nepal through India's grid on Friday.",
            ("BGD", "NPL"),
        ),
        (
            "Türkiye began receiving natural gas from Turkmenistan through Iran on Saturday.",
            ("TUR", "TKM"),
        ),
        (
            "Moldova began importing most of its electricity from neighbouring Romania on Monday.",
            ("MDA", "ROU"),
        ),
    ],
)
def test_purchases_begun_from_a_country_are_committed(text: str, pair: tuple[str, str]) -> None:
    event = _one(text, kind="purchase_commitment")
    assert (event.actor, event.target, event.status) == (*pair, "in_effect")


def test_goods_bought_again_in_a_relative_clause_are_no_new_purchase() -> None:
    text = "Coal, which China began buying again early this year, has returned to its old volumes."
    assert not _events(text, kind="purchase_commitment")


def test_banks_cut_off_from_swift_are_sanctioned() -> None:
    text = (
        "Leaders also agreed to cut Sberbank, Russia's biggest lender, off from the SWIFT "
        "messaging system."
    )
    assert [e.kind for e in _events(text)] == ["sanction"]


def test_assets_a_government_was_freezing_are_a_sanction() -> None:
    event = _one(
        "Britain was freezing the assets of five Russian banks, among them Rossiya and "
        "Promsvyazbank.",
        kind="sanction",
    )
    assert (event.actor, event.target) == ("GBR", "RUS")


def test_a_supplier_that_stops_supplying_a_countrys_buyer_controls_exports() -> None:
    event = _one(
        "Gazprom said it would also stop supplying Denmark's Orsted from Wednesday.",
        kind="export_control",
    )
    assert (event.target, event.companies) == ("DNK", ("Orsted",))


def test_a_named_pact_joined_is_a_deal() -> None:
    event = _one(
        "Colombia formally joined China's Belt and Road Initiative on Wednesday.",
        kind="deal_reached",
        date="2025-05-15",
    )
    assert (event.actor, event.target, str(event.date)) == ("COL", "CHN", "2025-05-14")


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        (
            "The UN Security Council on Wednesday lifted an arms embargo and targeted sanctions "
            "it had imposed on Eritrea in 2009.",
            "sanction",
        ),
        (
            "The Standing Deposit Facility Rate was raised to 13.50% and the Standing Lending "
            "Facility Rate to 14.50%.",
            "tariff_increase",
        ),
        ("Its next regular meeting is scheduled for Sept. 15.", "talks_scheduled"),
    ],
)
def test_adjectives_interest_rates_and_a_bodys_own_meeting_are_no_new_events(
    text: str, kind: str
) -> None:
    assert all(e.status == "reversed" for e in _events(text, kind=kind))
