"""The reader's hundred-and-forty-first round: the sixty-third set's misses, and older extras.

- A move told in the perfect "since" an event or a time no date phrase reads is a trend
  ("has lost about a quarter of its value since the start of the year", "since the central
  bank abandoned its peg"); one "since the ruling" answers the report's measure.
- A vow to act again after sanctions, controls or purchase cuts is the same kind, threatened
  ("was ready to take further steps if the fighting continued"), by the measure's author.
- A rate rise by "the Monetary Policy Committee", and one told for inflation too when the
  sentence names the currency after the rate, in a report on a currency.
- A currency of its own: "replaced the Soviet rouble with its own currency", "introduced its
  own currency", "left the rouble zone"; the austral and the kroon are currencies.
- "would not go ahead with the 100 percent tariffs": the tariffs dropped.
- Panels "that found South Korea's restrictions on beef imports broke GATT rules".
- Transit points on a border closed ("closed all but two of the 15 transit points on its
  border with Nepal").
"""

from __future__ import annotations

import pytest
from news_support import Round

pytest.importorskip("spacy", reason="the news reader needs spaCy: pip install tradewar[news]")

DAY = "1993-11-16"  # a Tuesday

READ = Round(DAY)
_events, _one = READ.events, READ.one


@pytest.mark.parametrize(
    "line",
    [
        "The rouble has lost about a quarter of its value against the dollar since the start of "
        "the year.",
        "The kwanza has lost more than 40 percent of its value against the dollar since the "
        "central bank abandoned its peg in January 2018.",
        "The yuan has weakened about 1.5 percent against the dollar since the middle of February.",
    ],
)
def test_a_move_since_a_time_is_a_trend(line: str) -> None:
    text = "LUANDA - Angola banned imports of 54 products on Monday. " + line
    assert not _events(text, kind="market_reaction")


def test_a_move_since_the_measure_answers_it() -> None:
    text = (
        "ASTANA - A Russian court ordered the CPC pipeline to halt its exports on Tuesday. "
        "Kazakhstan's tenge has weakened about 3% against the dollar since the ruling."
    )
    assert _events(text, kind="market_reaction")


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        (
            "WASHINGTON - The United States imposed sanctions on Sudanese army firms on "
            "Thursday. He said Washington was ready to take further steps if the fighting "
            "continued.",
            "sanction",
        ),
        (
            "OTTAWA - Canada banned exports of uranium to Iran on Saturday. The government will "
            "consider further measures if Iran does not suspend enrichment.",
            "export_control",
        ),
    ],
)
def test_a_vow_to_act_again_after_a_measure(text: str, kind: str) -> None:
    vows = [e for e in _events(text, kind=kind) if e.status == "threatened"]
    assert len(vows) == 1


def test_a_vow_of_the_measure_s_target_is_no_copy() -> None:
    text = (
        "WASHINGTON - The United States imposed sanctions on Russian banks on Thursday. Russia "
        "said it would take further measures to protect its companies."
    )
    vows = [e for e in _events(text, kind="sanction") if e.status == "threatened"]
    assert all(e.actor != "USA" for e in vows)


@pytest.mark.parametrize(
    "text",
    [
        "Turkey hikes rate to halt lira rout\n\nANKARA - The Monetary Policy Committee lifted "
        "the overnight lending rate to 46% from 44% on Thursday.",
        "Zambia raises key rate as kwacha slide feeds inflation\n\nLUSAKA - Zambia's central "
        "bank raised its main lending rate by 150 basis points to 12.5% on Wednesday, saying the "
        "depreciation of the kwacha and higher food prices were pushing up inflation.",
    ],
)
def test_rate_rises_in_a_currency_report(text: str) -> None:
    assert _events(text, "2025-03-21", kind="currency_intervention")


@pytest.mark.parametrize(
    ("text", "actor"),
    [
        ("TALLINN - Estonia replaced the Soviet rouble with its own currency, the kroon, on "
         "Saturday.", "EST"),
        ("ALMATY - Kazakhstan introduced its own currency, the tenge, on Monday.", "KAZ"),
        ("TASHKENT - Uzbekistan left the rouble zone on Monday as well, introducing a coupon "
         "currency at par.", "UZB"),
        ("BUENOS AIRES - Argentina will fix the austral at 10,000 to the U.S. dollar from "
         "April 1.", "ARG"),
    ],
)  # fmt: skip
def test_a_currency_of_its_own(text: str, actor: str) -> None:
    event = _one(text, "currency_intervention")
    assert event.actor == actor


def test_tariffs_not_gone_ahead_with_are_dropped() -> None:
    text = (
        "BEIJING - Washington would not go ahead with the 100 percent tariffs on $1.5 billion "
        "of Chinese goods."
    )
    event = _one(text, "tariff_increase", "1992-01-17")
    assert (event.status, event.target) == ("reversed", "CHN")


def test_panels_that_found_a_measure_broke_the_rules() -> None:
    text = (
        "GENEVA - The GATT Council on Tuesday adopted the reports of three panels that found "
        "South Korea's restrictions on beef imports broke GATT rules, in cases brought by the "
        "United States, Australia and New Zealand."
    )
    broken = _events(text, "1989-11-08", kind="deal_broken")
    assert sorted(e.target for e in broken) == ["AUS", "NZL", "USA"]


def test_transit_points_on_a_border_closed() -> None:
    text = (
        "KATHMANDU - India closed all but two of the 15 transit points on its border with Nepal "
        "on Thursday."
    )
    event = _one(text, "purchase_cut", "1989-03-24")
    assert (event.actor, event.target) == ("IND", "NPL")
