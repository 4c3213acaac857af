"""The reader's hundred-and-thirty-ninth round: the sixty-first set's misses and extras.

- An anniversary feature ("..., a century on", "Fifty years after ...", "The WTO at 30:")
  tells history: its measures are no events, unless one is dated in the report's own week.
- Trade "suspended overland" with a country is a purchase cut, one for each country of a
  list; so is an export cut agreed by a list standing before a relative clause.
- "The devaluation took effect on Wednesday" dates the step; rules that "take effect on
  Monday" leave a currency step's day alone.
- No purchase: a business bought ("to buy a 53.7 percent stake", "to buy the plant"),
  "imports of" goods an order "will hit"; a commitment: "agreed to supply 480,000 barrels a
  day ... to China's Rongsheng".
- No event: importers that "asked the administration to exempt" goods; tariffs that "were to
  take effect" when a deal averted them.
- Market lines: the dollar that "changed hands at around 815 to 820 kyat", banks "quoting
  the dollar at", rubber "for July delivery on the Tokyo Commodity Exchange", tin "a metric
  ton".
- A WTO ruling past an apposition ("Indonesia's specific duty on imports of galvalume, a
  steel sheet ..., discriminates among WTO members"); "Chinese Taipei" is Taiwan.
"""

from __future__ import annotations

import pytest
from news_support import Round

pytest.importorskip("spacy", reason="the news reader needs spaCy: pip install tradewar[news]")

DAY = "2009-06-30"  # a Tuesday

READ = Round(DAY)
_events, _one = READ.events, READ.one


def test_anniversary_feature_tells_history() -> None:
    text = (
        "Coal, quotas and borders: the German-Polish customs war a century on\n\n"
        "When the obligation expired in June 1925, Berlin let the quota lapse. Warsaw answered "
        "with bans on German manufactured goods, and Germany replied with bans and higher "
        "duties of its own on Polish farm products."
    )
    assert not _events(text, "2025-06-15")


def test_anniversary_feature_keeps_a_measure_of_its_week() -> None:
    text = (
        "The WTO at 30: a referee without a whistle\n\n"
        "The WTO took over from the GATT in 1995 and added rules on services. On Tuesday the "
        "United States imposed a 25% tariff on imports of steel from Canada."
    )
    (event,) = _events(text, "2025-01-01")
    assert (event.kind, event.actor, event.target) == ("tariff_increase", "USA", "CAN")


def test_news_headline_naming_years_is_no_feature() -> None:
    text = (
        "Iceland scraps capital controls eight years after bank collapse\n\n"
        "REYKJAVIK - Iceland lifted its capital controls on Tuesday, letting residents move "
        "money abroad freely."
    )
    assert _events(text, "2017-03-14", kind="currency_intervention")


def test_overland_trade_suspended_by_three_neighbours() -> None:
    text = (
        "TEGUCIGALPA - El Salvador, Guatemala and Nicaragua suspended overland trade with "
        "Honduras for 48 hours on Tuesday."
    )
    cuts = _events(text, kind="purchase_cut")
    assert sorted(e.actor for e in cuts) == ["GTM", "NIC", "SLV"]
    assert {e.target for e in cuts} == {"HND"}
    assert not _events(text, kind="export_control")


def test_list_before_a_relative_clause_acts_each() -> None:
    text = (
        "BANGKOK - Thailand, Indonesia and Malaysia, which together produce about two-thirds "
        "of the world's natural rubber, agreed on Friday to cut their rubber exports by "
        "615,000 tonnes over six months."
    )
    cuts = _events(text, "2016-02-19", kind="export_control")
    assert sorted(e.actor for e in cuts) == ["IDN", "MYS", "THA"]


def test_devaluation_dated_by_the_day_it_took_effect() -> None:
    text = (
        "Fiji devalues dollar by 20 percent\n\n"
        "SUVA - The Reserve Bank of Fiji has devalued the Fiji dollar by 20 percent.\n\n"
        "The devaluation took effect on Wednesday."
    )
    event = _one(text, "currency_intervention", "2009-04-16")
    assert str(event.date) == "2009-04-15"


def test_rules_taking_effect_leave_the_step_day_alone() -> None:
    text = (
        "Fiji devalues dollar by 20 percent\n\n"
        "SUVA - The Reserve Bank of Fiji devalued the Fiji dollar by 20 percent on Wednesday."
        "\n\nThe new rules take effect on Monday."
    )
    event = _one(text, "currency_intervention", "2009-04-16")
    assert (str(event.date), event.status) == ("2009-04-15", "in_effect")


@pytest.mark.parametrize(
    "text",
    [
        "VILNIUS - Orlen agreed in May to buy a 53.7 percent stake in Mazeikiu Nafta from the "
        "Russian oil company Yukos for about $1.5 billion.",
        "VILNIUS - Poland's PKN Orlen beat Russian bidders to buy the plant.",
        "WASHINGTON - Importers asked the administration to exempt the resin from the embargo.",
    ],
)
def test_sentences_that_tell_no_step(text: str) -> None:
    assert not _events(text)


def test_tariffs_a_deal_averted_are_no_event() -> None:
    text = (
        "BEIJING - The United States and China signed an agreement on Sunday, averting a trade "
        "war hours before punitive U.S. tariffs were to take effect."
    )
    assert not _events(text, "1995-02-26", kind="tariff_increase")
    assert _events(text, "1995-02-26", kind="deal_reached")


def test_imports_an_order_will_hit_are_no_purchase() -> None:
    text = (
        "WASHINGTON - President Clinton ordered a ban on nearly all trade with Sudan on Monday. "
        "The order will hit imports of gum arabic, a resin from Sudanese acacia trees."
    )
    assert not _events(text, "1997-11-04", kind="purchase_commitment")


def test_more_purchases_of_goods_are_still_a_commitment() -> None:
    text = "NEW DELHI - India will increase purchases of American oil and gas, officials said."
    assert _events(text, kind="purchase_commitment")


def test_supply_of_an_amount_to_a_buyer_is_a_commitment() -> None:
    text = (
        "RIYADH - Saudi Aramco agreed on Monday to supply 480,000 barrels a day of crude for 20 "
        "years to China's Rongsheng Petrochemical."
    )
    event = _one(text, "purchase_commitment", "2023-03-28")
    assert event.target == "SAU"


@pytest.mark.parametrize(
    ("text", "actor"),
    [
        (
            "Myanmar floats kyat\n\nYANGON - The central bank floated the kyat on Monday. On "
            "Yangon's informal market, the dollar changed hands at around 815 to 820 kyat on "
            "Monday.",
            "MMR",
        ),
        (
            "Egypt floats pound\n\nCAIRO - Egypt floated the pound on Tuesday. By midday on "
            "Wednesday, banks were quoting the dollar at about 5.35 pounds, a fall of about 14 "
            "percent for the Egyptian currency.",
            "EGY",
        ),
    ],
)
def test_the_dollar_priced_in_a_currency_is_a_market_line(text: str, actor: str) -> None:
    event = _one(text, "market_reaction")
    assert event.actor == actor


@pytest.mark.parametrize(
    "line",
    [
        "Rubber for July delivery on the Tokyo Commodity Exchange rose 4.2 percent to 164.5 "
        "yen a kg on Friday.",
        "Tin rose as much as 2.4 percent to $22,950 a metric ton on the London Metal Exchange "
        "on Friday.",
    ],
)
def test_a_commodity_priced_on_an_exchange_is_a_market_line(line: str) -> None:
    text = "JAKARTA - Indonesia banned exports of unprocessed ores on Friday. " + line
    assert _events(text, "2013-08-31", kind="market_reaction")


def test_wto_ruling_past_an_apposition() -> None:
    text = (
        "GENEVA - The WTO Appellate Body on Wednesday ruled that Indonesia's specific duty on "
        "imports of galvalume, a steel sheet coated with an alloy of aluminium and zinc, "
        "discriminates among WTO members, upholding complaints by Chinese Taipei and Viet Nam."
    )
    broken = _events(text, "2018-08-15", kind="deal_broken")
    assert {e.actor for e in broken} == {"IDN"}
    assert sorted(e.target for e in broken) == ["TWN", "VNM"]
