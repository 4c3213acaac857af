"""The reader's hundred-and-fifty-first round: the seventy-fifth set's misses.

- In a report of a co-operation agreement or a customs union, a country that will "lift
  its customs duties" on the partner's goods cuts standing duties.
- A city's stock exchange ("the Sydney Stock Exchange", "the Milan bourse") is its
  country's market, and no company.
- A country that "joined the European Union", that "became the 11th and 12th members of"
  a bloc, or "will become the union's fourth member" joins it, each country of the
  subject; one that "left the European Free Trade Association" (or the Central European
  Free Trade Agreement) leaves it, no one's target; not a step told in passing ("before
  the two countries joined the Community", "Britain, which left the EU").
- A currency that "left the joint float", a currency board introduced, a monetary union
  ended, currencies "tied ... to" another and banknotes withdrawn from circulation are
  currency steps.
- A currency's street price ("Exchange bureaux in Sofia quoted the mark at about 1,000
  levs today", "money changers were offering as much as 120 pesos for a dollar") is a
  market line of the dealers' place, else of the currency the price is in.
- Zero tariffs applied to a partner's goods are a cut.
- A lender's mission that will arrive in a country ("An IMF mission will arrive in Sofia
  next month") is talks to come with that country, no one's own.
"""

from __future__ import annotations

import pytest
from news_support import Round

pytest.importorskip("spacy", reason="the news reader needs spaCy: pip install tradewar[news]")

DAY = "1993-07-26"  # a Monday

READ = Round(DAY)
_events, _one = READ.events, READ.one


def test_customs_duties_lifted_under_an_agreement_are_cut() -> None:
    text = (
        "BELGRADE - The EEC and Yugoslavia signed a co-operation agreement on Wednesday. "
        "The Community will lift its customs duties on most Yugoslav industrial goods from "
        "July 1."
    )
    event = _one(text, "tariff_cut", "1980-04-02")
    assert (event.actor, event.target, event.status) == ("EU", "SRB", "announced")
    punitive = (
        "WASHINGTON - The United States and Mexico signed a trade agreement on Friday. "
        "Washington will lift its punitive tariffs on Mexican tomatoes."
    )
    assert not _events(punitive, "2019-05-17", kind="tariff_cut")


def test_a_citys_stock_exchange() -> None:
    text = (
        "CANBERRA - The government cut all tariffs by 25 per cent. On the Sydney Stock "
        "Exchange, shares of textile makers fell by up to 10 per cent in early trading today."
    )
    event = _one(text, "market_reaction", "1973-07-19")
    assert (event.actor, event.companies) == ("AUS", ())
    istanbul = (
        "ISTANBUL - Turkey and the EU agreed a customs union. The Istanbul Stock Exchange's "
        "main index rose 4.2 percent on Monday."
    )
    assert _one(istanbul, "market_reaction", "1995-03-06").actor == "TUR"


def test_countries_join_and_leave_blocs() -> None:
    text = (
        "MADRID - Spain and Portugal became the 11th and 12th members of the European "
        "Community on Wednesday. Portugal left the European Free Trade Association the same "
        "day."
    )
    joined = _events(text, "1986-01-01", kind="deal_reached")
    assert {(e.actor, e.target) for e in joined} == {("ESP", "EU"), ("PRT", "EU")}
    left = _one(text, "deal_broken", "1986-01-01")
    assert (left.actor, left.target) == ("PRT", None)
    poland = (
        "WARSAW - Poland joined the European Union at midnight. Poland also left the Central "
        "European Free Trade Agreement."
    )
    assert (_one(poland, "deal_reached", "2004-05-01").target) == "EU"
    assert (_one(poland, "deal_broken", "2004-05-01").target) is None
    armenia = (
        "MOSCOW - The treaty on the Eurasian Economic Union entered into force on Thursday. "
        "Armenia will become the union's fourth member on Friday."
    )
    step = [e for e in _events(armenia, "2015-01-01", kind="deal_reached") if e.actor == "ARM"]
    assert [(e.target, e.status) for e in step] == [(None, "announced")]


def test_steps_told_in_passing_are_no_joining_or_leaving() -> None:
    before = (
        "WASHINGTON - The United States will raise duties on goods from the European "
        "Community. U.S. grain exports were worth $1 billion a year before Spain joined the "
        "European Community."
    )
    assert not _events(before, "1986-01-01", kind="deal_reached")
    joined = before.replace("a year before Spain joined", "a year. Spain joined")
    assert _one(joined, "deal_reached", "1986-01-01").actor == "ESP"
    brexit = (
        "LONDON - Britain, which left the EU on 31 January, signed a trade deal with Japan "
        "on Friday."
    )
    assert not _events(brexit, "2020-10-23", kind="deal_broken")


def test_currency_regimes_changed() -> None:
    steps = {
        "PARIS - The French franc left the joint float of European currencies on Monday.": {"FRA"},
        "SOFIA - Bulgaria introduced a currency board today, fixing the lev at 1,000 to the "
        "German mark.": {"BGR"},
        "PRAGUE - The Czech Republic and Slovakia ended their monetary union on Monday.": {
            "CZE",
            "SVK",
        },
        "MOSCOW - Russia's central bank withdrew all banknotes printed before 1993 from "
        "circulation on Monday.": {"RUS"},
    }
    for text, actors in steps.items():
        found = _events(text, kind="currency_intervention")
        assert {e.actor for e in found} == actors, text
    tied = "COPENHAGEN - Denmark tied its currency to the euro on Friday."
    assert _one(tied, "currency_intervention", "1999-01-01").actor == "DNK"


def test_street_prices_of_a_currency() -> None:
    sofia = (
        "SOFIA - Bulgaria introduced a currency board today. Exchange bureaux in Sofia "
        "quoted the mark at about 1,000 levs today, unchanged from last week."
    )
    assert _one(sofia, "market_reaction", "1997-07-01").actor == "BGR"
    pesos = (
        "MEXICO CITY - The Bank of Mexico set two fixed rates for the peso. On the street, "
        "money changers were offering as much as 120 Mexican pesos for a dollar on Wednesday."
    )
    assert _one(pesos, "market_reaction", "1982-09-01").actor == "MEX"
    crowns = (
        "PRAGUE - The two countries ended their monetary union on Monday. Private money "
        "changers in Bratislava were offering only about 90 Czech crowns for 100 Slovak "
        "crowns on Monday."
    )
    assert _one(crowns, "market_reaction", "1993-02-08").actor == "SVK"
    bonds = "ROME - The Treasury sold bonds for about 9,000 lire each on Tuesday."
    assert not _events(bonds, "1993-02-09", kind="market_reaction")


def test_zero_tariffs_applied_are_a_cut() -> None:
    text = (
        "HONG KONG - China will apply zero tariffs to 273 types of goods of Hong Kong origin "
        "from January 1, 2004."
    )
    event = _one(text, "tariff_cut", "2003-06-29")
    assert (event.actor, event.target) == ("CHN", "HKG")


def test_a_lenders_visit_is_to_the_country_it_goes_to() -> None:
    text = (
        "SOFIA - Bulgaria introduced a currency board today. An IMF mission will arrive in "
        "Sofia next month to review the first weeks of the programme."
    )
    event = _one(text, "talks_scheduled", "1997-07-01")
    assert (event.actor, event.target) == (None, "BGR")
    minister = (
        "MEXICO CITY - Mexico nationalised its banks. Mexico's finance minister will travel "
        "to Toronto next week for the annual meeting of the International Monetary Fund."
    )
    assert _one(minister, "talks_scheduled", "1982-09-01").actor == "MEX"
