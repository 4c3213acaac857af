"""The reader's hundred-and-thirty-third round: the fifty-eighth set's misses and extras.

- An asset freeze told as "blocked the assets of" or "froze any assets of ... and barred
  Americans from doing business with them" is a sanction (the freeze, not the ban it brings).
- A purchase agreement's own name ("a gas sales and purchase agreement with Turkmengaz") is a
  purchase, and "signed a similar accord" after it another buyer's; a plan to pay for trade
  without dollars ("a mechanism for settling international trade in rupees", trade allowed
  "through barter") is a currency step; export terminals shut are an export control.
- Talks "concluded to open their markets" reached a deal; a free trade area that "began to
  be applied" took effect; a "telephone call" between leaders is talks held.
- A second band of a schedule ("and the intermediate rate to 6 percent from 9 percent") is a
  cut of its own; petrol priced "a litre" and a currency's open-market level "against an
  interbank rate" are market lines.
- No event: sanctions a country "does not recognise, only those approved by the United
  Nations"; what sanctions "could bite"; a ban that "would have barred" (but not a rule undone
  "that would have capped"); a governor "under pressure to defend the currency"; duties
  "agreed to when it joined the WTO"; countries "hit by sanctions"; banks that "are cut off";
  imports a gas field "will allow the country to cut".
- Dates: a visit postponed "on Tuesday" is not dated by the day it was "planned for"; a
  country's relative clause ("Russia, which lifted its bans last year, has warned ...") does
  not date its threat; "after the law took effect" dates no measure before it.
"""

from __future__ import annotations

import datetime as dt

import pytest
from news_support import Round

pytest.importorskip("spacy", reason="the news reader needs spaCy: pip install tradewar[news]")

DAY = "2013-09-17"  # a Tuesday

READ = Round(DAY)
_events, _one = READ.events, READ.one


@pytest.mark.parametrize(
    "text",
    [
        "WASHINGTON (AP) - The Treasury Department blocked the assets of Defense Industries "
        "System, an arms maker controlled by the Sudanese Armed Forces.",
        "WASHINGTON (AP) - The Treasury Department froze any assets of Belshina and Naftan that "
        "fall under U.S. jurisdiction and barred Americans from doing business with them.",
    ],
)
def test_an_asset_freeze_done_is_a_sanction(text: str) -> None:
    event = _one(text, kind="sanction", date="2011-08-12")
    assert event.actor == "USA"
    assert event.target in {"SDN", "BLR"}
    assert event.companies


def test_a_purchase_agreement_and_a_similar_one_are_two_purchases() -> None:
    text = (
        "ASHGABAT, May 23 (Reuters) - Pakistan's state-run Inter State Gas Systems signed a gas "
        "sales and purchase agreement with Turkmenistan's state company Turkmengaz on Wednesday, "
        "and India's GAIL signed a similar accord an hour later, officials said."
    )
    bought = _events(text, "2012-05-23", kind="purchase_commitment")
    assert {(e.actor, e.target) for e in bought} == {("PAK", "TKM"), ("IND", "TKM")}
    assert not _events(text, "2012-05-23", kind="deal_reached")


@pytest.mark.parametrize(
    ("text", "date"),
    [
        (
            "MUMBAI, July 11 (Reuters) - The Reserve Bank of India on Monday put in place a "
            "mechanism for settling international trade in rupees.",
            "2022-07-11",
        ),
        (
            "ISLAMABAD: Short of dollars, the government has allowed Pakistani companies to trade "
            "goods with Iran and Russia through barter, under an order issued on Friday.",
            "2023-06-03",
        ),
    ],
)
def test_a_way_to_pay_for_trade_without_dollars_is_a_currency_step(text: str, date: str) -> None:
    event = _one(text, kind="currency_intervention", date=date)
    assert event.actor in {"IND", "PAK"}
    assert not _events(text, date, kind="sanction")


def test_a_settlement_in_dollars_is_no_currency_step() -> None:
    text = "The central bank on Monday put in place a system for settling oil trade in dollars."
    assert not _events(text, "2022-07-11", kind="currency_intervention")


def test_export_terminals_shut_are_an_export_control() -> None:
    text = (
        "BENGHAZI, Aug 26 (Reuters) - Libya's eastern-based government said on Monday it was "
        "shutting down all oil fields and export terminals."
    )
    event = _one(text, kind="export_control", date="2024-08-26")
    assert event.actor == "LBY"


def test_talks_concluded_to_open_markets_reached_a_deal() -> None:
    text = (
        "WASHINGTON - The two governments announced that they had concluded talks to open their "
        "markets to each other's fresh beef."
    )
    assert _events(text, "2015-06-30", kind="deal_reached")
    assert not _events(text, "2015-06-30", kind="talks_held")


def test_a_free_trade_area_applied_provisionally_took_effect() -> None:
    text = (
        "TBILISI, 1 September - The free trade area between Georgia and the European Union began "
        "to be applied provisionally on Monday."
    )
    event = _one(text, kind="deal_reached", date="2014-09-01")
    assert {event.actor, event.target} == {"GEO", "EU"}


def test_a_telephone_call_between_leaders_is_talks_held() -> None:
    text = (
        "BRASILIA (AFP) - The announcement came after a 20-minute telephone call on Monday "
        "evening between Rousseff and US President Barack Obama."
    )
    event = _one(text, kind="talks_held")
    assert event.date == dt.date(2013, 9, 16)


def test_a_visit_postponed_is_dated_by_its_postponement() -> None:
    text = (
        "BRASILIA, Sept 17 (AFP) - Brazilian President Dilma Rousseff on Tuesday postponed a "
        "state visit to Washington planned for October 23."
    )
    event = _one(text, kind="talks_scheduled")
    assert event.status == "reversed"
    assert event.date == dt.date(2013, 9, 17)


def test_a_second_band_of_the_schedule_is_a_cut_of_its_own() -> None:
    text = (
        "LIMA, April 15 (Andina) - Under the decree, the highest tariff rate falls to 11 percent "
        "from 13 percent, and the intermediate rate to 6 percent from 9 percent."
    )
    cuts = _events(text, "2011-04-15", kind="tariff_cut")
    assert sorted((e.rate_from, e.rate_to) for e in cuts) == [(0.09, 0.06), (0.13, 0.11)]


@pytest.mark.parametrize(
    "line",
    [
        "Petrol prices in Kampala rose to about Shs5,300 a litre this week.",
        "The shilling traded at about 300 per dollar in the open market on Friday, against an "
        "interbank rate of 286, dealers said.",
    ],
)
def test_market_lines_priced_by_the_litre_or_against_the_official_rate(line: str) -> None:
    text = "KAMPALA - Uganda banned fuel imports from Kenya on Friday. " + line
    assert _events(text, "2024-01-13", kind="market_reaction")


@pytest.mark.parametrize(
    "text",
    [
        "India's oil ministry has said it does not recognise unilateral sanctions, only those "
        "approved by the United Nations.",
        '"Sanctions could bite if the Gulf states and Egypt followed, but there is little sign '
        'of that."',
        "The Senate version of the bill, approved in January, would have barred the export of "
        "unprocessed ores.",
        "Governor Godwin Emefiele has been under pressure to defend the currency as the fall in "
        "oil prices cut the country's dollar income.",
        "The duties Ukraine agreed to when it joined the WTO in 2008 were too low for some "
        "sectors, it said.",
        "The step could make it easier for Indian firms to trade with Russia and other countries "
        "hit by sanctions.",
        "Bankers said the mechanism would be used first for trade with Russia, whose banks are "
        "largely cut off from the SWIFT messaging system.",
        "The Tamar gas field began supplying Israel's power plants in March and will allow the "
        "country to cut imports of costlier fuels, the bank said.",
    ],
)
def test_sentences_that_tell_no_step(text: str) -> None:
    assert not _events(text, "2015-02-18")


def test_a_rule_undone_that_would_have_capped_shipments_stays_an_event() -> None:
    text = (
        "The Commerce Department on Tuesday rescinded the so-called AI diffusion rule, a "
        "Biden-era regulation that would have capped shipments of advanced chips to most "
        "countries from Thursday."
    )
    event = _one(text, kind="export_control", date="2025-05-14")
    assert event.actor == "USA"


def test_a_countrys_relative_clause_does_not_date_its_threat() -> None:
    text = (
        "TBILISI, 1 September - Russia, which lifted its bans on Georgian wine and mineral water "
        "last year, has warned that it could reimpose customs duties on Georgian goods if the "
        "agreement led to European products reaching its market through Georgia."
    )
    event = _one(text, kind="tariff_increase", date="2014-09-01")
    assert (event.actor, event.target, event.status) == ("RUS", "GEO", "threatened")
    assert event.date == dt.date(2014, 9, 1)


def test_a_clause_of_time_with_took_effect_dates_nothing_before() -> None:
    text = (
        "A bicameral conference committee on Monday removed a provision banning exports of raw "
        "mineral ores from the final version of the mining bill. The Senate version of the "
        "bill, approved in January, would have barred the export of unprocessed ores five years "
        "after the law took effect."
    )
    event = _one(text, kind="export_control", date="2025-06-03")
    assert event.date == dt.date(2025, 6, 2)
