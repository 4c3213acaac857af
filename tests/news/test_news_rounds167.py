"""The reader's hundred-and-sixty-seventh round: the ninetieth set's misses.

- A case filed at the WTO ("Japan on Friday launched a dispute against India at the World
  Trade Organization", "filed a World Trade Organization case against the European Union")
  is a deal broken, in effect: the defendant acts, the complainant is the target (as the
  sets label such filings; the labelling guide said the reverse and is corrected). A plan to
  file one, or one told with "had", is none; what the case challenges is no event.
- Both sides that "will" cut tariffs on "each other's goods" cut them: one event each way
  (not a deal's "agreed to slash tariffs on each other's goods", nor a dispute's "have
  imposed tariffs on each other's goods").
- Shares, stocks or futures that "eased" on the day, by a price or with no object, are a
  market line ("shares of East African Breweries eased today"), as "firmed" was; not a
  government that "eased curbs on shares".
- Goodyear, United States Rubber, Centerra Gold, CloudWalk, East African Breweries and
  China Precision Machinery Import-Export join the company table.
"""

from __future__ import annotations

import pytest
from news_support import Round

pytest.importorskip("spacy", reason="the news reader needs spaCy: pip install tradewar[news]")

DAY = "2019-05-10"  # a Friday

READ = Round(DAY)
_events, _one = READ.events, READ.one


def test_a_case_filed_at_the_wto_is_broken_by_its_defendant() -> None:
    text = (
        "TOKYO, May 10 Kyodo - Japan on Friday launched a dispute against India at the World "
        "Trade Organization over Indian tariffs on mobile phones."
    )
    event = _one(text, "deal_broken")
    assert (event.actor, event.target, event.status) == ("IND", "JPN", "in_effect")
    assert event.date.isoformat() == "2019-05-10"


def test_a_case_against_several_defendants_is_one_event_each() -> None:
    text = (
        "KUALA LUMPUR, Jan 15 (Bernama) - Malaysia on Friday filed a World Trade Organization "
        "case against the European Union, France and Lithuania over palm oil."
    )
    found = _events(text, "2021-01-15", kind="deal_broken")
    assert sorted((e.actor, e.target) for e in found) == [
        ("EU", "MYS"),
        ("FRA", "MYS"),
        ("LTU", "MYS"),
    ]


def test_what_a_case_challenges_is_no_event_and_a_plan_to_file_is_none() -> None:
    text = (
        "BEIJING, Dec 12 (Reuters) - China filed a complaint at the World Trade Organization "
        "on Monday against the U.S. controls on exports of chips."
    )
    assert [e.kind for e in _events(text, "2022-12-12")] == ["deal_broken"]
    plan = "OTTAWA, Jan 27 - Canada said it would file a complaint at the WTO against the duties."
    assert not _events(plan, "2020-01-27", kind="deal_broken")
    told = "China said on Sunday it had filed a complaint at the World Trade Organization."
    assert not _events(told, "2019-09-01", kind="deal_broken")


def test_both_sides_cutting_tariffs_on_each_others_goods_cut_them_each_way() -> None:
    text = (
        "WASHINGTON, Jan 2 (AP) - Under the agreement, the United States and Canada will begin "
        "phasing out tariffs on each other's goods on Jan. 1, 1989."
    )
    cuts = _events(text, "1988-01-02", kind="tariff_cut")
    assert sorted((e.actor, e.target, e.status) for e in cuts) == [
        ("CAN", "USA", "announced"),
        ("USA", "CAN", "announced"),
    ]
    assert {e.date.isoformat() for e in cuts} == {"1989-01-01"}


def test_both_countries_of_a_deal_cutting_tariffs_are_its_two_sides() -> None:
    text = (
        "SANTIAGO, Sept 23 (Reuters) - Chile and Mexico signed a free trade agreement on "
        "Sunday. Under the agreement, both countries will cut their tariffs on each other's "
        "goods to a maximum of 10 percent from January 1, 1992."
    )
    cuts = _events(text, "1991-09-23", kind="tariff_cut")
    assert sorted((e.actor, e.target, e.rate_to) for e in cuts) == [
        ("CHL", "MEX", 0.1),
        ("MEX", "CHL", 0.1),
    ]


def test_tariffs_of_a_dispute_or_a_deal_on_each_others_goods_are_no_cuts() -> None:
    dispute = (
        "BEIJING - The two countries have imposed tariffs on each other's goods in several "
        "rounds since July 2018."
    )
    assert not _events(dispute, "2019-09-01", kind="tariff_increase")
    deal = "GENEVA - Kenya and Tanzania agreed on Saturday to lift bans on each other's goods."
    assert not _events(deal, "2019-09-01", kind="tariff_cut")


def test_shares_that_eased_on_the_day_are_a_market_line() -> None:
    text = (
        "KAMPALA, June 6 (Reuters) - Kenya, Uganda and Tanzania signed a treaty today that "
        "lets the poorer two levy transfer taxes on Kenyan goods. On the Nairobi stock "
        "exchange, shares of East African Breweries eased today."
    )
    line = _one(text, "market_reaction", "1967-06-06")
    assert (line.actor, line.companies) == ("KEN", ("East African Breweries",))
    eased = (
        "NAIROBI, June 6 - Kenya raised duties on imported sugar to 40 percent on Tuesday. "
        "The government also eased curbs on foreign purchases of shares."
    )
    assert not _events(eased, "1967-06-06", kind="market_reaction")


def test_new_companies_are_known_with_their_countries() -> None:
    text = (
        "JAKARTA, March 19 (UPI) - Indonesia today banned imports of American tyres. "
        "Goodyear's stock fell 3/8 to 45 on the New York Stock Exchange today."
    )
    line = _one(text, "market_reaction", "1965-03-19")
    assert (line.actor, line.companies) == ("USA", ("Goodyear",))
