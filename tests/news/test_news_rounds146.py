"""The reader's hundred-and-forty-sixth round: the sixty-sixth to sixty-eighth sets' misses.

- Deliveries a supplier stops are an export control ("would stop deliveries of equipment
  and materials for the projects"), not the buyer's purchase cut.
- An embargo on sales to a country is an export control ("lifted the partial embargo on
  grain sales to the Soviet Union"); one on goods stays a purchase cut.
- "Export tariff" is an export duty; "import fees" are a tariff.
- A contract told with its signing ("under the five-year contract signed in 1974") dates
  no measure of the clause.
- A participle's aside before the main clause ("Under the deal, signed in Washington in
  September 2004, ...") dates no later clause of the sentence either.
- A member that "failed in its duties under" a treaty, in a tribunal's ruling, broke it.
- A futures contract quoted by its month ("robusta for September") is a market line.
- "Export charge" is an export duty too, and an export duty named by its phrase keeps its
  rate ("an extra 100 percent export tariff on most fertilisers").
- Deliveries a buyer's customs or a buyer halts stay its purchase cut ("India halted
  deliveries of Chinese power equipment").
- "Anti-dumping cases" suspended undo the duties they would bring.
- A licence told past "non-automatic" is still a licence on imports.
- A country's firms that "could lose contracts" at a government's warning are its purchases
  cut, threatened (not "will lose orders to Europe", a forecast).
- A negation in an opener before the subject is the opener's ("To show that Washington's
  concerns had not vanished, Clinton banned imports ...").
- Firms barred from bidding for a state's contracts, and such a ban lifted, are a purchase
  cut; duties on a share of goods lifted over years are a cut; imports limited to a quantity
  are a quota (a tariff measure); the markka is Finland's.
"""

from __future__ import annotations

import pytest
from news_support import Round

pytest.importorskip("spacy", reason="the news reader needs spaCy: pip install tradewar[news]")

DAY = "1981-04-24"  # a Friday

READ = Round(DAY)
_events, _one = READ.events, READ.one


def test_deliveries_stopped_by_the_supplier_are_an_export_control() -> None:
    text = (
        "BEIJING - China said on Thursday it would stop deliveries of equipment and materials "
        "for the projects it had undertaken to build in Albania."
    )
    event = _one(text, "export_control", "1978-07-13")
    assert (event.actor, event.target) == ("CHN", "ALB")
    assert not _events(text, "1978-07-13", kind="purchase_cut")


def test_an_embargo_on_sales_is_an_export_control() -> None:
    text = (
        "WASHINGTON - President Reagan lifted the partial embargo on grain sales to the Soviet "
        "Union on Friday."
    )
    event = _one(text, "export_control")
    assert (event.actor, event.target, event.status) == ("USA", "RUS", "reversed")


def test_an_embargo_on_goods_stays_a_purchase_cut() -> None:
    text = "MOSCOW - Russia on Thursday extended its embargo on Western meat, fish and milk."
    assert _events(text, "2015-06-25", kind="purchase_cut")


def test_an_export_tariff_is_an_export_control() -> None:
    text = (
        "BEIJING - China imposed an extra 100 percent export tariff on most fertilisers on Sunday."
    )
    event = _one(text, "export_control", "2008-04-20")
    assert (event.actor, event.rate_change) == ("CHN", pytest.approx(1.0))
    assert not _events(text, "2008-04-20", kind="tariff_increase")


def test_import_fees_are_a_tariff() -> None:
    text = "WASHINGTON - President Carter on Friday imposed import fees on foreign sugar."
    event = _one(text, "tariff_increase", "1977-11-11")
    assert event.actor == "USA"


def test_a_contract_signed_long_ago_dates_no_measure() -> None:
    text = (
        "BRISBANE - Japan's sugar refiners have stopped accepting shipments of Queensland raw "
        "sugar under the five-year contract signed in 1974, the Sugar Board said today."
    )
    event = _one(text, "purchase_cut", "1977-03-09")
    assert event.date.isoformat() == "1977-03-09"


def test_a_participle_aside_dates_no_later_clause() -> None:
    text = (
        "MANAMA - The agreement came into force today. Under the deal, signed in Washington in "
        "September 2004, Bahrain has removed its 5 per cent customs duty on US goods, while "
        "the US has eliminated its tariffs on Bahraini goods, including aluminium, the "
        "kingdom's largest non-oil export."
    )
    events = _events(text, "2006-08-01")
    cut = [e for e in events if e.kind == "tariff_cut" and e.actor == "USA"]
    assert len(cut) == 1
    assert cut[0].date.isoformat() == "2006-08-01"


def test_a_member_that_failed_in_its_duties_broke_the_treaty() -> None:
    text = (
        "MONTEVIDEO - A Mercosur arbitration tribunal ruled on Wednesday that Argentina failed "
        "in its duties under the bloc's founding treaty by allowing protesters to block the "
        "bridges to Uruguay."
    )
    event = _one(text, "deal_broken", "2006-09-07")
    assert (event.actor, event.target) == ("ARG", "URY")


def test_a_contract_month_quotes_a_good() -> None:
    text = (
        "LONDON - Coffee export quotas were suspended on Tuesday. In London, robusta for "
        "September dropped about 6 percent on Wednesday."
    )
    event = _one(text, "market_reaction", "1989-07-05")
    assert event.actor == "GBR"


def test_firms_barred_from_bidding_are_a_purchase_cut() -> None:
    text = (
        "WASHINGTON - The administration on Wednesday barred European Community companies "
        "from bidding on some U.S. federal contracts."
    )
    event = _one(text, "purchase_cut", "1993-04-21")
    assert (event.actor, event.target) == ("USA", "EU")
    assert not _events(text, "1993-04-21", kind="export_control")


def test_a_procurement_ban_lifted() -> None:
    text = (
        "KUALA LUMPUR - Malaysia lifted its six-month ban on British companies bidding for "
        "government contracts on Wednesday."
    )
    event = _one(text, "purchase_cut", "1994-09-08")
    assert (event.actor, event.target, event.status) == ("MYS", "GBR", "reversed")


def test_duties_on_a_share_of_goods_lifted_over_years_are_a_cut() -> None:
    text = (
        "PRETORIA - The two sides signed a trade agreement on Monday. South Africa will lift "
        "its duties on about 86 percent of EU goods over twelve years."
    )
    event = _one(text, "tariff_cut", "1999-10-12")
    assert event.actor == "ZAF"


def test_imports_limited_to_a_quantity_are_a_quota() -> None:
    text = (
        "OTTAWA - The federal government will limit imports of footwear to about 32 million "
        "pairs a year for three years starting tomorrow."
    )
    event = _one(text, "tariff_increase", "1977-11-30")
    assert event.actor == "CAN"
    assert not _events(text, "1977-11-30", kind="purchase_cut")


def test_the_markka_is_finlands() -> None:
    text = (
        "STOCKHOLM - Sweden devalued the krona by 16 percent on Friday. Finland devalued its "
        "markka by 10 percent within hours."
    )
    steps = _events(text, "1982-10-08", kind="currency_intervention")
    assert {e.actor for e in steps} == {"SWE", "FIN"}


def test_an_export_charge_is_an_export_control() -> None:
    text = (
        "OTTAWA - Canada will impose the export charge from Jan. 8 on softwood lumber "
        "shipments to the United States, officials said on Wednesday."
    )
    event = _one(text, "export_control", "1986-12-31")
    assert event.actor == "CAN"
    assert not _events(text, "1986-12-31", kind="tariff_increase")


def test_anti_dumping_cases_suspended_undo_duties() -> None:
    text = (
        "WASHINGTON - The two countries signed a pact on Wednesday. In return, the Commerce "
        "Department suspended two anti-dumping cases against Japanese memory chips."
    )
    event = _one(text, "tariff_increase", "1986-09-03")
    assert (event.actor, event.target, event.status) == ("USA", "JPN", "reversed")


def test_anti_dumping_cases_opened_are_no_duty() -> None:
    text = (
        "WASHINGTON - The Commerce Department on Friday opened anti-dumping cases against "
        "Mexican tomatoes."
    )
    assert not _events(text, "2019-05-03", kind="tariff_increase")


def test_non_automatic_import_licences() -> None:
    text = (
        "BUENOS AIRES - Argentina will require non-automatic import licences for washing "
        "machines, refrigerators and cookers from Brazil starting Monday."
    )
    events = _events(text, "2004-07-15")
    assert [(e.actor, e.target) for e in events] == [("ARG", "BRA")]


def test_firms_that_could_lose_contracts() -> None:
    text = (
        "BEIJING - Chinese officials warned on Friday that American firms could lose "
        "contracts, including orders for Boeing jets."
    )
    event = _one(text, "purchase_cut", "1993-05-28")
    assert (event.actor, event.target, event.status) == ("CHN", "USA", "threatened")


def test_orders_lost_to_rivals_are_a_forecast() -> None:
    text = (
        'WASHINGTON - "American companies will lose orders to Europe and Japan," said an '
        "official on Tuesday."
    )
    assert not _events(text, "1975-01-15", kind="purchase_cut")


def test_an_openers_negation_is_its_own() -> None:
    text = (
        "WASHINGTON - To show that Washington's concerns had not vanished, Clinton banned "
        "imports of Chinese guns and ammunition on Thursday."
    )
    event = _one(text, "purchase_cut", "1994-05-27")
    assert (event.actor, event.target, event.status) == ("USA", "CHN", "in_effect")


def test_deliveries_a_buyer_halts_stay_its_purchase_cut() -> None:
    assert _events(
        "India halted deliveries of Chinese power equipment on Monday.", kind="purchase_cut"
    )
    assert not _events(
        "India halted deliveries of Chinese power equipment on Monday.", kind="export_control"
    )
