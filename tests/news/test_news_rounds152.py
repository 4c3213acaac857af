"""The reader's hundred-and-fifty-second round: the seventy-sixth set's misses.

- A government that suspends air services or flights with a country, or halts visits
  between military leaders, sanctions it, each country of the subject (West Germany is a
  name of Germany); not an airline's own flights, nor flights suspended in the passive.
- Countries that "let their currencies float" float each; a second currency gapped after
  the verb ("The Swiss franc was revalued by 7 percent and the Austrian schilling by 5
  percent") is its country's step.
- Voters who "have rejected membership of" a bloc or "the treaty on" one, and a parliament
  that "voted to withdraw from" one, break with it (announced); not a No told before.
- A company that "has agreed to sell 450 buses ... to Cuba" is a purchase pledged by the
  country the goods go to; a share of a price paid ("will pay 20 per cent in cash") is no
  tariff.
- Sides "negotiating similar contracts with Moscow" hold talks.
- Gold that "rose in London" is a market line of that place.
- Shops that "took American goods off their shelves", and buyers that "would not buy its
  crude at the new price", cut purchases.
- "stopped all deliveries of arms, aircraft and spare parts to Israel": an export control,
  past a long list of goods.
- An anti-dumping or anti-subsidy investigation terminated is a tariff increase reversed;
  not one a deal's relative clause tells.
- Exchange controls abolished or tightened are currency steps.
- A side that "will raise the ban at the summit next week" schedules talks; talks that
  "could begin in November" are scheduled.
- "suspended its military co-operation with Niger" (the hyphen's tokens) is a sanction.
- "The last customs duties on trade among the six ... were abolished today": a cut in the
  passive past a long subject.
"""

from __future__ import annotations

import pytest
from news_support import Round

pytest.importorskip("spacy", reason="the news reader needs spaCy: pip install tradewar[news]")

DAY = "1983-09-16"  # a Friday

READ = Round(DAY)
_events, _one = READ.events, READ.one


def test_flights_and_military_visits_stopped_are_sanctions() -> None:
    text = (
        "ROME - Italy, West Germany and Austria suspended air services with the Soviet Union "
        "on Thursday for ten days."
    )
    found = _events(text, kind="sanction")
    assert {(e.actor, e.target) for e in found} == {
        ("ITA", "RUS"),
        ("DEU", "RUS"),
        ("AUT", "RUS"),
    }
    visits = (
        "WASHINGTON - The President halted visits between American and Chinese military "
        "leaders on Monday."
    )
    assert _one(visits, "sanction", "1989-06-05").target == "CHN"
    airline = "RIYADH - Saudia said it would suspend its flights to Toronto from next week."
    assert not _events(airline, "2018-08-06", kind="sanction")
    passive = "BAGHDAD - International flights to Erbil were suspended on Friday evening."
    assert not _events(passive, "2017-09-29", kind="sanction")


def test_currencies_floated_and_revalued_together() -> None:
    text = (
        "FRANKFURT - Belgium and the Netherlands let their currencies float today. The Swiss "
        "franc was revalued by 6 percent and the Austrian schilling by 4 percent."
    )
    found = _events(text, "1971-05-10", kind="currency_intervention")
    assert {e.actor for e in found} == {"BEL", "NLD", "CHE", "AUT"}


def test_a_referendums_no_and_a_vote_to_leave_a_bloc() -> None:
    text = (
        "COPENHAGEN - Danish voters have rejected membership of the European Economic "
        "Community, the government said today."
    )
    event = _one(text, "deal_broken", "1972-10-03")
    assert (event.actor, event.target, event.status) == ("DNK", "EU", "announced")
    area = "OSLO - Norwegian voters have rejected the treaty on the European Economic Area."
    assert _one(area, "deal_broken", "1994-11-29").target is None
    cis = (
        "KIEV - Ukraine's parliament voted on Thursday to withdraw from the Commonwealth of "
        "Independent States."
    )
    assert _one(cis, "deal_broken", "2018-05-25").actor == "UKR"
    before = (
        "OSLO - Norway signed a fisheries deal with the Community on Monday. Norwegian voters "
        "had rejected membership of the European Economic Community in 1972."
    )
    assert not _events(before, "1973-05-14", kind="deal_broken")


def test_a_sale_agreed_is_the_buyers_purchase() -> None:
    text = (
        "LONDON - Rolls-Royce has agreed to sell 40 aircraft engines worth about 30 million "
        "dollars to Cuba, the company said today. Cuba will pay 25 per cent in cash."
    )
    event = _one(text, "purchase_commitment", "1964-01-08")
    assert (event.actor, event.target) == ("CUB", "GBR")
    assert not _events(text, "1964-01-08", kind="tariff_increase")


def test_contracts_negotiated_with_a_country_are_talks() -> None:
    text = "ROME - Italian companies are negotiating similar contracts with Moscow."
    event = _one(text, "talks_held", "1970-02-02")
    assert (event.actor, event.target) == ("ITA", "RUS")


def test_gold_moving_in_a_place() -> None:
    text = (
        "ZURICH - Switzerland revalued the franc by 7 percent. Gold rose in London to its "
        "highest price in more than a year."
    )
    assert _one(text, "market_reaction", "1971-05-10").actor == "GBR"


def test_goods_off_the_shelves_and_a_price_refused_cut_purchases() -> None:
    shelves = "BEIJING - Some shops in Shanghai took Japanese goods off their shelves."
    event = _one(shelves, "purchase_cut", "2012-09-17")
    assert (event.actor, event.target) == ("CHN", "JPN")
    price = (
        "TOKYO - Japanese refiners told the state oil company on Saturday that they would "
        "not buy Iranian crude at the new price of 35 dollars a barrel."
    )
    event = _one(price, "purchase_cut", "1980-04-21")
    assert (event.actor, event.target) == ("JPN", "IRN")


def test_deliveries_past_a_long_list_of_goods() -> None:
    text = (
        "LONDON - Britain has stopped all deliveries of arms, aircraft and spare parts to "
        "Argentina, the government said today."
    )
    event = _one(text, "export_control", "1982-04-05")
    assert (event.actor, event.target) == ("GBR", "ARG")
    assert not _events(text, "1982-04-05", kind="purchase_cut")


def test_trade_defence_cases_closed() -> None:
    text = (
        "BRUSSELS - The Commission will terminate the anti-dumping and anti-subsidy "
        "investigations into Chilean salmon that it opened last year, without imposing "
        "duties."
    )
    event = _one(text, "tariff_increase", "1997-06-02")
    assert (event.target, event.status) == ("CHL", "reversed")
    relative = (
        "WASHINGTON - The United States said it would withdraw from a 2019 agreement that "
        "suspended an anti-dumping investigation into Mexican tomatoes."
    )
    assert not [e for e in _events(relative, "2025-04-15") if e.status == "reversed"]


def test_exchange_controls_are_currency_steps() -> None:
    text = "DUBLIN - Ireland is to abolish all its remaining exchange controls from midnight."
    event = _one(text, "currency_intervention", "1988-12-30")
    assert (event.actor, event.status) == ("IRL", "reversed")
    assert not _events(text, "1988-12-30", kind="export_control")
    tightened = "MADRID - Spain tightened exchange controls on Wednesday."
    assert _one(tightened, "currency_intervention", "1992-09-23").actor == "ESP"


def test_a_case_raised_at_a_summit_to_come_and_talks_that_could_begin() -> None:
    text = (
        "MOSCOW - Russia banned vegetables from the EU. The Commission will raise the ban at "
        "the EU-Russia summit in Nizhny Novgorod next week."
    )
    event = _one(text, "talks_scheduled", "2011-06-03")
    assert event.date.isoformat() == "2011-06-10"
    could = "OSLO - Talks with the Commission could begin in November, officials said."
    assert _events(could, "1972-09-26", kind="talks_scheduled")


def test_hyphenated_cooperation_suspended_is_a_sanction() -> None:
    text = "PARIS - France suspended its military co-operation with Niger on Friday."
    assert _one(text, "sanction", "2023-08-01").target == "NER"
    operation = "PARIS - France suspended its military operation with Niger on Friday."
    assert not _events(operation, "2023-08-01", kind="sanction")


def test_the_last_customs_duties_abolished_in_the_passive() -> None:
    text = (
        "BRUSSELS - The last customs duties on trade among the six countries of the European "
        "Economic Community were abolished today."
    )
    assert _one(text, "tariff_cut", "1968-07-01").status == "in_effect"
