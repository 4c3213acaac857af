"""The reader's hundred-and-forty-fifth round: the sixty-fifth and sixty-sixth sets' misses.

- A ban or embargo on all trade with a country is one sanction ("ordered a ban on all trade
  with Nicaragua"), no purchase cut or export control of its own; trade suspended or
  halted stays both.
- A float is a regime put in place: in effect, not reversed, and no idea "floated".
- "Hitting back, ..." opening a sentence makes its duties an answer.
- "The Community", in a report on the European Community, is the EC.
- A deal suspended past its owner's name and its kind ("suspend the Community's trade and
  cooperation agreement with Yugoslavia").
- "Buy or sell foreign currency": buying paired with an intervention's selling is none.
- Examples set off by commas before the verb ("Duties on sensitive goods, such as citrus,
  will be phased out") are an aside.
- Licences on all imports abolished are a tariff cut; aid to a country suspended is a
  sanction; arms deliveries halted, a sale cancelled and sales to be licensed are export
  controls; "stopped accepting shipments" is a purchase cut.
- Sanctions a deal averted are none; "agreed with the United States to let ..." is a deal.
- A good's own rated cut after a package told by its count of items is a cut of its own.
"""

from __future__ import annotations

import pytest
from news_support import Round

pytest.importorskip("spacy", reason="the news reader needs spaCy: pip install tradewar[news]")

DAY = "1985-05-02"  # a Thursday

READ = Round(DAY)
_events, _one = READ.events, READ.one


def test_a_ban_on_all_trade_is_one_sanction() -> None:
    text = (
        "WASHINGTON - President Reagan on Wednesday ordered a ban on all trade with Nicaragua, "
        "and the White House said the embargo would take effect next Tuesday."
    )
    events = _events(text)
    assert [e.kind for e in events] == ["sanction"]
    assert (events[0].actor, events[0].target) == ("USA", "NIC")


def test_an_embargo_on_virtually_all_trade_is_a_sanction() -> None:
    text = (
        "WASHINGTON - President Kennedy on Saturday proclaimed an embargo on virtually all "
        "trade with Cuba."
    )
    event = _one(text, "sanction", "1962-02-05")
    assert (event.actor, event.target) == ("USA", "CUB")
    assert not _events(text, "1962-02-05", kind="export_control")


def test_trade_suspended_is_still_both_ways() -> None:
    text = "ISLAMABAD - Pakistan suspended all trade with India on Thursday."
    assert _events(text, kind="purchase_cut")
    assert _events(text, kind="export_control")


def test_a_float_is_in_effect() -> None:
    text = (
        "SYDNEY - The Australian dollar traded freely for the first time on Monday after the "
        "government floated the currency and abolished most exchange controls."
    )
    event = _one(text, "currency_intervention", "1983-12-12")
    assert event.status == "in_effect"


def test_a_peg_abandoned_is_still_reversed() -> None:
    text = "CAIRO - Egypt's central bank on Thursday abandoned the pound's peg to the dollar."
    assert _one(text, "currency_intervention", "2016-11-03").status == "reversed"


def test_hitting_back_opens_an_answer() -> None:
    text = (
        "U.S. duties on pasta from the European Community took effect on Friday. Hitting "
        "back, the EC Commission said its duty on American lemons would rise to 20 percent "
        "from 8 percent."
    )
    event = _one(text, "retaliation", "1985-11-01")
    assert (event.actor, event.target) == ("EU", "USA")


def test_the_community_is_the_european_community() -> None:
    text = (
        "WASHINGTON - U.S. duties of 40 percent on pasta from the European Community took "
        "effect on Friday, and the Community immediately raised its own duties on American "
        "lemons and walnuts."
    )
    events = _events(text, "1985-11-01")
    assert ("EU", "USA") in {(e.actor, e.target) for e in events}


def test_another_community_keeps_the_short_name_unread() -> None:
    text = (
        "ARUSHA - The East African Community met on Monday. The Community raised its common "
        "external tariff on sugar to 100 percent on Tuesday."
    )
    assert all(e.actor != "EU" for e in _events(text, "2019-04-30"))


def test_a_deal_suspended_past_its_owner_and_kind() -> None:
    text = (
        "BRUSSELS - European Community foreign ministers agreed on Friday to suspend the "
        "Community's trade and cooperation agreement with Yugoslavia."
    )
    event = _one(text, "deal_broken", "1991-11-08")
    assert (event.actor, event.target) == ("EU", "SRB")


def test_buying_or_selling_currency_is_no_purchase() -> None:
    text = (
        "SYDNEY - The Reserve Bank said on Monday it would no longer be obliged to buy or "
        "sell foreign currency at a set rate."
    )
    assert not _events(text, "1983-12-12", kind="purchase_commitment")


def test_examples_in_commas_are_an_aside() -> None:
    text = (
        "WASHINGTON - The agreement took effect on Sunday. Duties on sensitive goods, such as "
        "citrus and processed foods, will be phased out in stages by 1995, officials said."
    )
    assert _events(text, "1985-09-01", kind="tariff_cut")


def test_import_licensing_abolished_is_a_tariff_cut() -> None:
    text = (
        "COLOMBO - The finance minister said on Wednesday that import licensing would be "
        "abolished for all but a short list of goods."
    )
    event = _one(text, "tariff_cut", "1977-11-16")
    assert event.actor == "LKA"
    assert event.status == "announced"


def test_a_countrys_scrapped_licence_system_stays_a_purchase_cut() -> None:
    text = "BUENOS AIRES - Argentina on Tuesday scrapped the SIRA system of import licences."
    event = _one(text, "purchase_cut", "2023-12-27")
    assert event.status == "reversed"


def test_aid_suspended_to_a_country_is_a_sanction() -> None:
    text = (
        "ISLAMABAD - The United States suspended economic and military aid to Pakistan on "
        "Monday, officials said."
    )
    event = _one(text, "sanction", "1990-10-02")
    assert (event.actor, event.target) == ("USA", "PAK")


def test_aid_told_as_background_is_none() -> None:
    text = (
        "KIGALI - The European Union imposed sanctions on Rwandan officers on Monday. "
        "Britain had suspended some aid to Kigali in February."
    )
    assert {e.actor for e in _events(text, "2025-03-18", kind="sanction")} == {"EU"}


def test_arms_deliveries_halted_are_an_export_control() -> None:
    text = (
        "WASHINGTON - The United States has halted delivery of 28 F-16 fighter aircraft that "
        "Pakistan ordered, officials said on Tuesday."
    )
    event = _one(text, "export_control", "1990-10-02")
    assert (event.actor, event.target) == ("USA", "PAK")
    assert not _events(text, "1990-10-02", kind="purchase_cut")


def test_sales_to_be_licensed_and_a_sale_cancelled() -> None:
    text = (
        "WASHINGTON - President Carter on Tuesday ordered that sales of oil drilling equipment "
        "to the Soviet Union be licensed case by case."
    )
    event = _one(text, "export_control", "1978-07-18")
    assert (event.actor, event.target) == ("USA", "RUS")
    text = (
        "WASHINGTON - President Carter on Tuesday cancelled the sale of a Sperry Univac "
        "computer to the Soviet news agency Tass."
    )
    assert _one(text, "export_control", "1978-07-18").target == "RUS"


def test_shipments_no_longer_accepted_are_a_purchase_cut() -> None:
    text = (
        "BRISBANE - Japan's sugar refiners have stopped accepting shipments of Queensland raw "
        "sugar, the Sugar Board said on Wednesday."
    )
    event = _one(text, "purchase_cut", "1977-03-09")
    assert (event.actor, event.target) == ("JPN", "AUS")


def test_sanctions_a_deal_averted_are_none_and_the_terms_a_deal() -> None:
    text = (
        "SEOUL - South Korea agreed with the United States on Tuesday to let American "
        "cigarette makers sell their brands freely, averting threatened U.S. trade sanctions."
    )
    assert not _events(text, "1988-05-24", kind="sanction")
    event = _one(text, "deal_reached", "1988-05-24")
    assert {event.actor, event.target} == {"KOR", "USA"}


def test_a_panel_agreeing_with_a_complainant_is_no_deal() -> None:
    text = (
        "GENEVA - The panel agreed with Viet Nam on Monday that the U.S. duties broke the "
        "rules, and told Washington to bring them into line."
    )
    assert not _events(text, "2015-11-02", kind="deal_reached")


def test_a_goods_own_cut_after_a_package_of_items() -> None:
    text = (
        "TAIPEI - The cabinet approved on Thursday tariff cuts on some 3,500 import items. "
        "The duty on small passenger cars will fall to 30 percent from 42.5 percent."
    )
    cuts = _events(text, "1987-10-22", kind="tariff_cut")
    assert len(cuts) == 2
    assert any(c.rate_to == pytest.approx(0.30) for c in cuts)
