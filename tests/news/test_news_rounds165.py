"""The reader's hundred-and-sixty-fifth round: the eighty-eighth set's misses.

- Land a government takes over from a named foreign firm ("took over 234,000 acres of
  uncultivated land belonging to the United Fruit Company") is a sanction on the firm's
  country (United Fruit and Bethlehem Steel join the company table, Royal Dutch Shell is
  Shell); so is a firm's approval, licence or concession revoked ("revoked the
  environmental approval for the Sakhalin-2 project led by Royal Dutch Shell"), but not a
  licence to trade ("revoked some licenses for exports to Huawei").
- An envoy calling on another government's minister or ministry is talks: held ("called
  on Foreign Commissioner Nguza Karl-i-Bond on Saturday"), or scheduled ("is to call on
  Foreign Minister Raul Osegueda tomorrow"); an appeal is none ("called on Syrian
  President Bashar al-Assad to step down"). So is a call officials will hold ("Irish and
  British officials will hold a call on Monday"), as a phone call already was.
- A company's stock moved by points or by a fraction of a dollar ("United Fruit stock fell
  1 1/4 points to 53 1/2") is a market line, as one moved by a percentage was.
- A dual or preferential exchange rate abolished ("has abolished the preferential exchange
  rate used for imports of wheat") is a currency step in effect (a fixed rate abandoned
  stays a regime given up, reversed); the dollar of a street market ("The free-market
  dollar eased to 205 cruzeiros") is a currency quote.
- An income tax rate cut is no tariff cut; a tariff cut told in the passive past an adverb
  ("will be roughly halved") is one; refined oils cut to a rate of their own, after crude
  oils, are a cut of their own (soyabean and the plural oils join the product table).
"""

from __future__ import annotations

import pytest
from news_support import Round

pytest.importorskip("spacy", reason="the news reader needs spaCy: pip install tradewar[news]")

DAY = "1953-03-05"  # a Thursday

READ = Round(DAY)
_events, _one = READ.events, READ.one


def test_land_taken_from_a_named_foreign_firm_is_a_sanction_and_its_stock_moves() -> None:
    text = (
        "GUATEMALA CITY, March 5 (AP) - The Guatemalan government today took over 234,000 "
        "acres of uncultivated land belonging to the United Fruit Company on the Pacific "
        "coast. United Fruit stock fell 1 1/4 points to 53 1/2 on the New York Stock Exchange "
        "today."
    )
    event = _one(text, "sanction")
    assert (event.actor, event.target, event.status) == ("GTM", "USA", "in_effect")
    assert event.companies == ("United Fruit",)
    move = _one(text, "market_reaction")
    assert (move.actor, move.companies) == ("USA", ("United Fruit",))


def test_a_firms_approval_revoked_is_a_sanction_but_not_a_licence_to_trade() -> None:
    text = (
        "MOSCOW, Sept 19 (Reuters) - Russia's Natural Resources Ministry on Monday revoked "
        "the environmental approval for the $20 billion Sakhalin-2 oil and gas project led by "
        "Royal Dutch Shell."
    )
    event = _one(text, "sanction", "2006-09-19")
    assert (event.actor, event.target, event.date.isoformat()) == ("RUS", "GBR", "2006-09-18")
    assert event.companies == ("Shell",)
    trade = (
        "WASHINGTON - The Commerce Department said it had tightened controls on Huawei. "
        '"We have revoked some licenses for exports to Huawei," the department said.'
    )
    assert not _events(trade, "2024-05-08", kind="sanction")


@pytest.mark.parametrize(
    ("sentence", "kind", "date"),
    [
        (
            "The American Ambassador, Rudolf Schoenfeld, is to call on Foreign Minister Raul "
            "Osegueda tomorrow.",
            "talks_scheduled",
            "1953-03-06",
        ),
        (
            "Belgium's ambassador called on Foreign Commissioner Nguza Karl-i-Bond on Saturday.",
            "talks_held",
            "1953-02-28",
        ),
    ],
)
def test_an_envoy_calling_on_a_minister_is_talks(sentence: str, kind: str, date: str) -> None:
    text = "The government today took over land belonging to the United Fruit Company. " + sentence
    event = _one(text, kind)
    assert event.date.isoformat() == date
    assert event.actor in {"USA", "BEL"}


def test_an_appeal_to_a_leader_is_no_talks() -> None:
    text = (
        "ANKARA - Turkey halted all trade with Syria on Wednesday. Prime Minister Recep "
        "Tayyip Erdogan has called on Syrian President Bashar al-Assad to step down."
    )
    assert not _events(text, "2011-11-30", kind="talks_held")


def test_a_dual_or_preferential_exchange_rate_abolished_is_a_step_in_effect() -> None:
    text = (
        "RIO DE JANEIRO, March 14 (Reuters) - Brazil has abolished the "
        "preferential exchange rate used for imports of wheat, petroleum and newsprint. The "
        "free-market dollar eased to 205 cruzeiros on Tuesday from 215 on Friday."
    )
    step = _one(text, "currency_intervention", "1961-03-14")
    assert (step.actor, step.status) == ("BRA", "in_effect")
    quote = _one(text, "market_reaction", "1961-03-14")
    assert quote.actor == "BRA"
    fixed = "KUALA LUMPUR - Malaysia today abandoned the fixed exchange rate of 3.8 ringgit."
    assert _one(fixed, "currency_intervention", "2005-07-21").status == "reversed"


def test_an_income_tax_rate_cut_is_no_tariff_cut() -> None:
    text = (
        "NEW DELHI - India cut its peak customs duty to 40 percent from 50 percent. The top "
        "personal income tax rate was cut to 30 percent from 40 percent."
    )
    cuts = _events(text, "1997-03-01", kind="tariff_cut")
    assert [(c.rate_from, c.rate_to) for c in cuts] == [(0.5, 0.4)]


def test_a_cut_told_in_the_passive_past_an_adverb_is_a_tariff_cut() -> None:
    text = (
        "WELLINGTON, Dec 18 NZPA - Tariffs on most imported manufactured goods will be "
        "roughly halved over four years from July next year, the Minister of Finance, Mr "
        "Roger Douglas, announced last night."
    )
    event = _one(text, "tariff_cut", "1987-12-18")
    assert (event.actor, event.status, event.date.isoformat()) == ("NZL", "announced", "1988-07-01")


def test_refined_oils_cut_to_a_rate_of_their_own_are_a_cut_of_their_own() -> None:
    text = (
        "NEW DELHI, Oct 14 (PTI) The government has cut the basic customs duty on crude palm "
        "oil, crude soyabean oil and crude sunflower oil to zero from 2.5 per cent. The basic "
        "duty on refined palm, soyabean and sunflower oils was cut to 17.5 per cent from 32.5 "
        "per cent."
    )
    cuts = _events(text, "2021-10-14", kind="tariff_cut")
    assert [(c.rate_from, c.rate_to) for c in cuts] == [(0.025, 0.0), (0.325, 0.175)]


def test_a_call_officials_will_hold_is_talks_scheduled() -> None:
    text = (
        "DUBLIN - Ireland imposed special levies on imports from Britain on Friday. Irish and "
        "British officials will hold a call on Monday."
    )
    event = _one(text, "talks_scheduled", "1956-03-14")
    assert (event.actor, event.target, event.date.isoformat()) == ("IRL", "GBR", "1956-03-19")
