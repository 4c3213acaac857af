"""The reader's hundred-and-fifty-ninth round: the eighty-second set's misses, again.

- A country that leaves a federation, a currency's zone or a monetary union ("left the
  franc zone", "pulled out of the planned Gulf monetary union", "withdrew Syria from the
  United Arab Republic") breaks a deal, as leaving a community or an association did (not
  the rouble zone, whose exits the sets tell as currency steps, nor an exit told before).
- A government's envoys recalled ("recalled its ambassador and consuls from Canada") are a
  sanction, as the latest sets label them; "for consultations" after them is the envoy's
  errand, no talks (not "had recalled", a recall dated "in July", nor one told with the
  measures it comes with).
- Countries coordinated before "broke" each break relations ("Saudi Arabia and Kuwait broke
  diplomatic relations with Egypt": two sanctions).
- A goods price moved "by about a quarter" carries its size, and a market line may open
  with the town's market ("In the Kabul bazaar the price of grapes fell by half").
- Sellers who raised their prices on a day ("Shops in Accra's Makola market raised prices
  on imported goods this morning") are a market line (not "could face fines if they
  raised prices").
- An inter-governmental committee that will meet is a body of two countries, talks
  scheduled, as a joint one was.
- What a market weighs ("as traders weighed export curbs in several producing countries")
  is its worry, no measure; a fishery's collapse that "cut the country's export earnings"
  controls no exports.
- Measures a decision told before "called for" in a relative clause ("decisions taken ...
  on March 31, which called for an end to all official aid to Egypt, a halt of oil
  supplies ...") are its content, no events.
"""

from __future__ import annotations

import pytest
from news_support import Round

pytest.importorskip("spacy", reason="the news reader needs spaCy: pip install tradewar[news]")

DAY = "1962-07-03"  # a Tuesday

READ = Round(DAY)
_events, _one = READ.events, READ.one


def test_leaving_a_currency_zone_or_a_federation_breaks_a_deal() -> None:
    text = (
        "BAMAKO - Mali left the franc zone on Sunday and put its own currency, the Mali franc, "
        "into circulation."
    )
    event = _one(text, "deal_broken")
    assert (event.actor, event.date.isoformat()) == ("MLI", "1962-07-01")
    gulf = (
        "DUBAI - The United Arab Emirates pulled out of the planned Gulf monetary union on "
        "Wednesday."
    )
    assert _one(gulf, "deal_broken", "2009-05-20").actor == "ARE"
    syria = (
        "BEIRUT - The new government in Damascus formally withdrew Syria from the United Arab "
        "Republic on Sunday, ending three and a half years of union with Egypt."
    )
    assert _one(syria, "deal_broken", "1961-10-02").date.isoformat() == "1961-10-01"
    rouble = "BISHKEK - Kyrgyzstan left the rouble zone on Monday and issued the som."
    assert not _events(rouble, "1993-05-12", kind="deal_broken")
    before = (
        "DUBAI - Saudi Arabia named its envoy. The UAE had pulled out of the Gulf monetary union."
    )
    assert not _events(before, "2009-08-20", kind="deal_broken")
    troops = "PARIS - France withdrew its troops from the Central African Federation on Monday."
    assert not _events(troops, "1963-12-31", kind="deal_broken")


def test_envoys_recalled_are_a_sanction() -> None:
    text = (
        "MANILA - The Philippines recalled its ambassador and consuls from Canada on Thursday "
        "after Ottawa missed a deadline to take back its garbage."
    )
    event = _one(text, "sanction", "2019-05-17")
    assert (event.actor, event.target, event.date.isoformat()) == ("PHL", "CAN", "2019-05-16")
    errand = "CAIRO - Egypt recalled its ambassador from Algiers for consultations on Thursday."
    assert [e.kind for e in _events(errand, "2009-11-20")] == ["sanction"]
    for background, day in (
        ("ALGIERS - Algeria recalled its ambassador to Paris in July after it.", "2024-10-10"),
        ("DAMASCUS - France said recalling ambassadors would end any influence.", "1986-11-10"),
        ("TOKYO - Tokyo had recalled its ambassador to Seoul.", "2012-08-20"),
    ):  # fmt: skip
        assert not _events(background, day, kind="sanction")


def test_each_of_two_countries_breaks_relations() -> None:
    text = (
        "CAIRO - Saudi Arabia and Kuwait broke diplomatic relations with Egypt on Monday, "
        "joining most of the Arab world."
    )
    events = _events(text, "1979-04-24", kind="sanction")
    assert sorted((e.actor, e.target) for e in events) == [("KWT", "EGY"), ("SAU", "EGY")]


def test_a_goods_price_moved_by_a_share_at_a_towns_market() -> None:
    text = (
        "KABUL - Pakistan banned Afghan fruit imports on Monday. In the Kabul bazaar the price of "
        "grapes fell by half over the weekend as growers dumped fruit."
    )
    assert _one(text, "market_reaction", "1961-09-25").actor == "AFG"
    dakar = (
        "DAKAR - Senegal closed its border with Mauritania on Thursday. In Dakar, the price of "
        "a kilo of rice rose by about a quarter on Thursday."
    )
    assert _one(dakar, "market_reaction", "1989-04-28").actor == "SEN"


def test_sellers_raising_their_prices_on_a_day_are_a_market_line() -> None:
    text = (
        "ACCRA - Ghana devalued the cedi by 44 percent on Monday. Shops in Accra's Makola market "
        "raised prices on imported goods this morning, traders said."
    )
    assert _one(text, "market_reaction", "1971-12-28").actor == "GHA"
    warned = (
        "BANGKOK - Thailand banned egg exports on Monday. Officials warned retailers that they "
        "could face fines if they raised prices without reason on Monday."
    )
    assert not _events(warned, "2020-03-31", kind="market_reaction")


def test_an_inter_governmental_committee_is_of_two_countries() -> None:
    text = (
        "NEW DELHI - India and Nepal signed new trade and transit treaties on Friday. An "
        "inter-governmental committee would meet in Kathmandu in March to review them."
    )
    event = _one(text, "talks_scheduled", "1991-12-07")
    assert (event.actor, event.target, event.date.isoformat()) == ("IND", "NPL", "1992-03-01")


def test_measures_a_decision_called_for_are_no_events() -> None:
    text = (
        "CAIRO - Saudi Arabia broke diplomatic relations with Egypt on Monday. The steps carry "
        "out decisions taken by Arab ministers in Baghdad on March 31, which called for an end "
        "to all official aid to Egypt, a halt of oil supplies by Arab states, and a boycott of "
        "Egyptian companies."
    )
    events = _events(text, "1979-04-24")
    assert [(e.kind, e.actor) for e in events] == [("sanction", "SAU")]


def test_what_a_market_weighs_and_export_earnings_are_no_measures() -> None:
    text = (
        "CAIRO - Egypt banned sugar exports for three months on Tuesday. London white sugar "
        "futures rose 1.8 percent on Wednesday, reaching their highest in four months, as "
        "traders weighed export curbs in several producing countries."
    )
    events = _events(text, "2022-03-23")
    assert sorted((e.kind, e.actor) for e in events) == [
        ("export_control", "EGY"),
        ("market_reaction", "GBR"),
    ]
    earnings = (
        "REYKJAVIK - Iceland devalued the krona by 35.2 percent on Monday, as the collapse of "
        "the herring fishery cut the country's export earnings by nearly half."
    )
    assert [e.kind for e in _events(earnings, "1968-11-12")] == ["currency_intervention"]
