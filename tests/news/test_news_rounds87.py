"""The reader's eighty-seventh round: the forty-second set's misses.

A government or central bank with no country named takes the country of the report's
dateline, or of the institution of that name told before ("China's commerce ministry said
... The ministry threatened"); a sanction's participles ("freezing any assets ... and
barring Americans from dealing with them") are that sanction; a country that "targeted 16
members of the junta" in a sentence on sanctions sanctions them; two countries' officials
who "would discuss the new rules ... next month", and a minister who "will raise the issue
with U.S. trade officials ... next week", hold talks to come; "sacking bags" in a list of
goods is no clause; a commodity's price moved on a day by an amount is a market reaction;
a deal to buy that is cancelled is the commitment reversed.
"""

from __future__ import annotations

import pytest
from news_support import Round

pytest.importorskip("spacy", reason="the news reader needs spaCy: pip install tradewar[news]")

DAY = "2017-01-07"  # a Saturday


READ = Round(DAY)
_events, _one = READ.events, READ.one


def test_the_government_of_a_report_filed_from_a_capital_is_that_countrys():
    event = _one(
        "OTTAWA - Canadian parents will pay less for baby clothes under the budget.\n\n"
        "Finance Minister Jim Flaherty said the government will eliminate tariffs on baby "
        "clothing and on sports equipment as of April 1.",
        kind="tariff_cut",
    )
    assert event.actor == "CAN"


def test_the_ministry_told_before_is_the_same_countrys():
    found = _events(
        "Mexico's Senate approved tariffs of up to 50 percent on cars from China on Wednesday. "
        "China's commerce ministry said on Thursday that it opposed the decision. "
        "The ministry threatened to retaliate if Mexico applied the duties to Chinese goods.",
        kind="retaliation",
    )
    assert [(e.actor, e.status) for e in found] == [("CHN", "threatened")]


def test_a_ministry_of_no_country_and_no_dateline_stays_unknown():
    found = _events("The ministry said it would ban exports of raw shea nuts from Monday.")
    assert [e.actor for e in found] in ([], [None])


def test_a_sanctions_participles_are_that_sanction():
    found = _events(
        "Washington on Tuesday imposed sanctions on the Union Election Commission, two "
        "state-owned mining enterprises and several senior officials, freezing any assets "
        "they hold in the United States and barring Americans from dealing with them, the "
        "Treasury said.",
        kind="sanction",
    )
    assert len(found) == 1


def test_a_country_that_targeted_so_many_members_of_a_junta_sanctions_them():
    event = _one(
        "Australia, which had held back from new sanctions since the coup, targeted 16 "
        "members of the junta and two military-owned conglomerates on Wednesday.",
        kind="sanction",
    )
    assert event.actor == "AUS"


def test_targeted_without_sanctions_is_no_sanction():
    found = _events("The campaign targeted 16 members of parliament on Wednesday.")
    assert found == []


def test_two_countries_officials_who_would_discuss_rules_next_month_hold_talks_to_come():
    event = _one(
        "U.S. and Indonesian trade officials would discuss the new rules in Washington next "
        "month, the embassy said.",
        kind="talks_scheduled",
    )
    assert (event.actor, event.target) == ("USA", "IDN")


def test_raising_the_issue_with_officials_next_week_is_talks_to_come():
    event = _one(
        "Vietnam's deputy trade minister will raise the issue with U.S. trade officials during "
        "a visit to Washington next week.",
        kind="talks_scheduled",
    )
    assert event.target == "USA"


def test_raising_the_issue_as_a_habit_is_no_talks():
    found = _events("He said Canada would continue to raise the issue with Chinese officials.")
    assert found == []


def test_goods_in_ing_in_a_list_keep_the_measures_targets():
    found = _events(
        "India on Thursday imposed anti-dumping duties of $19 to $352 a tonne on jute yarn, "
        "sacking bags and hessian cloth from Bangladesh and Nepal.",
        kind="tariff_increase",
    )
    assert sorted(e.target for e in found) == ["BGD", "NPL"]


@pytest.mark.parametrize(
    "sentence",
    [
        "Raw jute prices in Narayanganj fell by Tk 100 to Tk 150 a maund this week, traders said.",
        "In Eldoret, maize prices fell by Sh200 to Sh4,800 for a 90kg bag today.",
        "Thai 5% broken white rice fell to $430 a tonne this week, its lowest since 2007.",
    ],
)
def test_a_commoditys_price_moved_on_a_day_by_an_amount_is_a_market_reaction(sentence):
    found = _events("India imposed anti-dumping duties on jute yarn on Thursday. " + sentence)
    assert [e.kind for e in found].count("market_reaction") == 1


@pytest.mark.parametrize(
    "sentence",
    [
        "Sugar prices rose by about 10 percent over the past month.",
        "Jute prices have climbed 20 percent this year.",
        "Mills stopped buying as jute prices fell by 5 percent this week.",
        "Consumer prices rose 6 percent in June.",
    ],
)
def test_a_price_trend_or_background_is_no_market_reaction(sentence):
    found = _events("India imposed anti-dumping duties on jute yarn on Thursday. " + sentence)
    assert "market_reaction" not in [e.kind for e in found]


def test_a_cancelled_deal_to_buy_is_the_commitment_reversed():
    event = _one(
        "China has cancelled a deal to buy 1.2 million tonnes of Thai rice, the commerce "
        "minister said on Thursday.",
        kind="purchase_commitment",
    )
    assert (event.actor, event.target, event.status) == ("CHN", "THA", "reversed")
