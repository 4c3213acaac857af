"""The reader's hundred-and-fifty-seventh round: the eighty-first set's misses.

- The currency table names the rest of the world's own currencies (the lempira, the
  nakfa, the kina, the litas ...); a country that "introduced its new currency" or "issued
  its own sum-coupons" took a currency step.
- Duties abolished and, in a participle after them, a tariff ended ("..., scrapping its
  uniform 15 percent tariff") are one cut, from that rate to nothing.
- A minister "expected in Moscow at the end of the month" is talks scheduled, as "due in"
  was; Katmandu is Nepal's capital as Kathmandu is.
- Aid "blocked" to a country is a sanction, as aid suspended or frozen is.
- A government that "would grant no new export licences to Turkey" controls its exports.
- A country "letting its trade and transit treaties with Nepal expire" breaks the deal (not
  one that "would let" them lapse, a warning).
- Talks that "broke down ... without agreement" broke no agreement.
- Reports that a bank would cut its currency's value, called "false and misleading", are a
  denial: no event.
- A decree "banning Russian airlines from flying passengers to Georgia" is a sanction, as a
  flight ban is.
- The Central American Common Market is not the European one.
- Cars in "Lines of cars formed at petrol stations" and "20 liters per car" are a queue and a
  unit, no goods; a company written with its form's period ("Indian Oil Corp.") is the
  company, its "Oil" no product.
"""

from __future__ import annotations

import pytest
from news_support import Round

pytest.importorskip("spacy", reason="the news reader needs spaCy: pip install tradewar[news]")

DAY = "1990-03-05"  # a Monday

READ = Round(DAY)
_events, _one = READ.events, READ.one


def test_new_currencies_and_their_steps() -> None:
    lempira = (
        "TEGUCIGALPA - President Rafael Callejas's government devalued the lempira on Monday, "
        "moving the official rate to 4 lempiras per dollar from 2."
    )
    assert _one(lempira, "currency_intervention").actor == "HND"
    lari = "TBILISI - Georgia introduced its new currency, the lari, on Monday."
    assert _one(lari, "currency_intervention", "1995-09-25").actor == "GEO"
    coupons = "TASHKENT - Uzbekistan issued its own sum-coupons on Monday."
    assert _one(coupons, "currency_intervention", "1993-11-16").actor == "UZB"


def test_duties_abolished_and_a_tariff_ended_are_one_cut() -> None:
    text = (
        "ULAN BATOR - Mongolia abolished customs duties on almost all imports on Thursday, "
        "scrapping its uniform 15 percent tariff in a bid to cut prices."
    )
    assert not _events(text, "1997-05-01", kind="tariff_increase")
    cut = _one(text, "tariff_cut", "1997-05-01")
    assert (cut.actor, cut.rate_from, cut.rate_to) == ("MNG", 0.15, 0.0)


def test_a_minister_expected_in_a_capital_and_katmandu() -> None:
    expected = (
        "BAKU - Azerbaijan stopped buying Russian gas on Monday. Azerbaijan's deputy energy "
        "minister is expected in Moscow at the end of the month."
    )
    event = _one(expected, "talks_scheduled", "2007-01-08")
    assert (event.actor, event.target, event.date.isoformat()) == ("AZE", "RUS", "2007-01-31")
    visit = (
        "KATMANDU - India closed most border crossings with Nepal on Friday. Indian Foreign "
        "Secretary S.K. Singh is due to visit Katmandu in April."
    )
    event = _one(visit, "talks_scheduled", "1989-03-27")
    assert (event.actor, event.target) == ("IND", "NPL")


def test_aid_blocked_is_a_sanction() -> None:
    text = "TIRANA - Greece has blocked 35 million ECU in European Union aid to Albania."
    assert _one(text, "sanction", "1994-09-01").actor == "GRC"


def test_no_new_export_licences_granted() -> None:
    text = (
        "HELSINKI - Finland's defence ministry said on Thursday it would grant no new export "
        "licences to Turkey."
    )
    event = _one(text, "export_control", "2019-10-11")
    assert (event.actor, event.target) == ("FIN", "TUR")


def test_treaties_let_expire_break_the_deal() -> None:
    text = (
        "KATMANDU - India closed most border crossings with Nepal on Friday, after letting its "
        "trade and transit treaties with Nepal expire at midnight on Thursday."
    )
    event = _one(text, "deal_broken", "1989-03-27")
    assert (event.actor, event.target) == ("IND", "NPL")
    warned = (
        "WASHINGTON - Commerce Secretary Wilbur Ross had warned that he would let the "
        "suspension agreements on Mexican sugar lapse."
    )
    assert not _events(warned, "2017-06-06", kind="deal_broken")


def test_talks_that_broke_down_break_no_agreement() -> None:
    text = (
        "ASMARA - Eritrea put its own currency into circulation on Saturday. Talks on a common "
        "payments system broke down in October without agreement, diplomats said."
    )
    assert not _events(text, "1997-11-10", kind="deal_broken")
    assert _one(text, "talks_stalled", "1997-11-10").date.isoformat() == "1997-10-01"


def test_reports_called_false_are_a_denial() -> None:
    text = (
        "COLOMBO - Governor Nandalal Weerasinghe said reports that the central bank would cut "
        'the value of the rupee by 10 per cent in one step were "false and misleading".'
    )
    assert not _events(text, "2023-03-24")


def test_airlines_banned_from_flying_to_a_country() -> None:
    text = (
        "MOSCOW - President Vladimir Putin signed a decree on Friday temporarily banning "
        "Russian airlines from flying passengers to Georgia from July 8."
    )
    event = _one(text, "sanction", "2019-06-22")
    assert (event.actor, event.target) == ("RUS", "GEO")


def test_the_central_american_common_market_is_not_the_eu() -> None:
    text = (
        "TEGUCIGALPA - Honduras began charging import duties on goods from El Salvador on "
        "Friday, leaving the free trade zone of the Central American Common Market."
    )
    assert all("EU" not in (e.actor, e.target) for e in _events(text, "1971-01-02"))


def test_queues_and_units_name_no_goods() -> None:
    text = (
        "VILNIUS - Moscow cut oil deliveries to Lithuania on Thursday. Lines of cars formed at "
        "petrol stations across Lithuania, and the republic's government limited sales to 20 "
        "liters per car."
    )
    assert all("vehicles" not in e.sectors for e in _events(text, "1990-04-20"))


def test_a_company_written_with_its_forms_period() -> None:
    text = (
        "KATHMANDU - India has also limited supplies of petrol, kerosene and diesel from the "
        "state-owned Indian Oil Corp., which supplies nearly all of Nepal's fuel."
    )
    event = _one(text, "export_control", "1989-03-27")
    assert event.sectors == ("petroleum",)  # no crude oil (mining) from the company's name
