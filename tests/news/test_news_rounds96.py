"""The reader's ninety-sixth round: markets told apart, import-payment rules, talks raised.

- A good's futures or price and a company's shares, moving in two sentences, are two
  moves; "Shares of Kakuzi, a Nairobi-listed grower of ... that sells ..., rose" reaches
  its move past the long apposition and takes Kenya from the listing; "TSMC's
  Taiwan-listed stock climbed 4.9%" is TSMC's move; "Oil prices rose" is the world's oil
  price, with no country.
- A central bank's rule on letters of credit or cash margins for imports, set or
  cancelled, is a currency intervention (its imports stopped are no purchase cut).
- "..., and it sold foreign currency ... against the U.S. dollar": the first clause's
  central bank sold it.
- "The dram traded at about 525 per dollar ..., down from about 475": a move of the day;
  "the dram" is Armenia's currency where "DRAM" is memory chips.
- "raised the rejections with Vice Premier Wang Yang ... on Friday": talks held.
"""

from __future__ import annotations

import pytest
from news_support import Round

pytest.importorskip("spacy", reason="the news reader needs spaCy: pip install tradewar[news]")

DAY = "2025-08-13"  # a Wednesday


READ = Round(DAY)
_events, _one = READ.events, READ.one


def _kinds(text: str, date: str = DAY) -> list[str]:
    return [e.kind for e in _events(text, date)]


def test_a_goods_futures_and_a_companys_shares_in_two_sentences_are_two_moves():
    found = _events(
        "China imposed deposits of 75.8 per cent on Canadian canola seed on Tuesday. Canola "
        "futures on ICE in Winnipeg fell about six per cent on Tuesday. Shares of Nutrien "
        "Ltd., the fertilizer maker whose biggest customers include canola growers, dipped "
        "1.1 per cent in Toronto.",
        kind="market_reaction",
    )
    assert [e.companies for e in found] == [(), ("Nutrien Ltd.",)]


def test_shares_and_a_price_in_one_sentence_stay_one_move():
    found = _events(
        "The U.S. imposed duties on Canadian lumber on Monday. Shares of Canfor Corp. rose 3 "
        "per cent in Toronto on Tuesday as lumber prices climbed.",
        kind="market_reaction",
    )
    assert len(found) == 1


def test_prices_rising_before_a_purchase_are_no_move():
    found = _events(
        "Venezuela devalued the bolivar on Friday. Shoppers packed electronics stores in "
        "Caracas on Saturday to buy televisions and computers before prices rise.",
        date="2010-01-09",
        kind="market_reaction",
    )
    assert found == []


def test_shares_past_a_long_apposition_with_their_listing():
    event = _one(
        "Kenya and the European Union on Monday signed an economic partnership agreement. "
        "Shares of Kakuzi, a Nairobi-listed grower of avocados and macadamia nuts that sells "
        "most of its produce in Europe, rose 4.2 per cent on Monday.",
        kind="market_reaction",
    )
    assert (event.actor, event.companies) == ("KEN", ("Kakuzi",))


def test_a_companys_stock_past_its_possessive_and_listing():
    found = _events(
        "Trump said the U.S. would impose a 100% tariff on chips on Wednesday. Apple shares "
        "rose 3.2% in New York on Thursday, and TSMC's Taiwan-listed stock climbed 4.9% to a "
        "record.",
        date="2025-08-08",
        kind="market_reaction",
    )
    assert ("TWN", ("TSMC",)) in [(e.actor, e.companies) for e in found]


def test_oil_prices_are_the_worlds_with_no_country():
    event = _one(
        "Washington imposed sanctions on Iran's metals sector on Wednesday. Oil prices rose, "
        "with Brent crude up 1.4 percent at $70.40 a barrel.",
        kind="market_reaction",
    )
    assert event.actor is None


def test_oil_prices_as_a_background_are_no_move():
    found = _events(
        "Kazakhstan abandoned its currency band on Thursday after months of costly support "
        "as oil prices slumped.",
        kind="market_reaction",
    )
    assert found == []


@pytest.mark.parametrize(
    ("text", "actor", "status"),
    [
        (
            "The Central Bank of Sri Lanka (CBSL) yesterday imposed a 100% cash margin "
            "requirement on letters of credit opened for imports of motor vehicles.",
            "LKA",
            "in_effect",
        ),
        (
            "The National Bank of Ethiopia (NBE) has directed commercial banks to stop opening "
            "letters of credit for imports of 38 items, including vehicles.",
            "ETH",
            "in_effect",
        ),
        (
            "The Central Bank of Egypt (CBE) on Thursday cancelled a rule requiring importers "
            "to pay for most goods through letters of credit.",
            "EGY",
            "reversed",
        ),
    ],
)
def test_rules_on_paying_for_imports_are_an_intervention(text: str, actor: str, status: str):
    event = _one(text, kind="currency_intervention")
    assert (event.actor, event.status) == (actor, status)
    assert "purchase_cut" not in _kinds(text)


def test_a_background_rule_on_letters_of_credit_is_none():
    assert "currency_intervention" not in _kinds(
        "The central bank had already required importers of dozens of goods to deposit the "
        "full value of their letters of credit in cash."
    )


def test_banks_charging_for_letters_of_credit_are_no_intervention():
    assert "currency_intervention" not in _kinds(
        "Banks charged importers as much as 112 taka per dollar to open letters of credit."
    )


def test_a_coordinated_sale_is_the_first_clauses_bank():
    # (since round 134 the rate rise, in a sentence on the dram, is a step of its own, as the
    # forty-fifth set labels it: one step on Monday, the sale on Tuesday, both Armenia's)
    found = _events(
        "The Central Bank of Armenia (CBA) raised its refinancing rate by one percentage "
        "point to 9.5% on Monday, and it sold foreign currency on the interbank market on "
        "Tuesday as the dram fell to a record low against the U.S. dollar.",
        date="2014-12-16",
    )
    steps = [e for e in found if e.kind == "currency_intervention"]
    assert sorted((str(e.date), e.actor) for e in steps) == [
        ("2014-12-15", "ARM"),
        ("2014-12-16", "ARM"),
    ]


def test_the_dram_is_armenias_currency_and_dram_chips_are_not():
    found = _events(
        "Armenia raised import duties on Monday. The dram traded at about 525 per dollar on "
        "the NASDAQ OMX Armenia platform on Tuesday afternoon, down from about 475 at the "
        "start of the month.",
        date="2014-12-16",
        kind="market_reaction",
    )
    assert [e.actor for e in found] == ["ARM"]
    chips = _events(
        "China imposed tariffs on U.S. memory chips. DRAM makers said they would cut output.",
        date="2014-12-16",
    )
    assert "market_reaction" not in [e.kind for e in chips]


def test_a_matter_raised_with_a_leader_on_a_day_is_talks_held():
    event = _one(
        "U.S. Agriculture Secretary Tom Vilsack raised the rejections with Vice Premier Wang "
        "Yang at the annual Joint Commission on Commerce and Trade in Beijing on Friday.",
        date="2013-12-22",
        kind="talks_held",
    )
    assert (event.actor, event.target, str(event.date)) == ("USA", "CHN", "2013-12-20")


def test_tariffs_raised_with_effect_from_a_day_are_no_talks():
    assert "talks_held" not in _kinds(
        "India raised tariffs on steel with effect from Friday, the ministry said."
    )
