"""The reader's hundred-and-fourteenth round: the state's purchases, policy bands, bare rates.

"The EU barred Chinese companies from public tenders", "Saudi Arabia will stop awarding
government contracts to foreign companies": the state's own purchases withheld from foreign
bidders are a purchase cut, not a control of exports ("Swedish companies could lose
government contracts in the kingdom" is its threat, not a forecast). "reducing the slope of
the Singapore dollar's policy band": a currency's policy band reset is an intervention, not
a tariff rate cut. "A rate hike on its own cannot fix a crisis of confidence": a bare rate
moved by a noun is a central bank's, no tariff. "The rouble, which briefly firmed after the
announcement, fell as much as 19 percent": a currency moves past the relative clause the
clauses split inside. "Peso jumped as much as 3%": a currency's bare name opening its
sentence. "..., while duties on bananas, pineapples and mangoes will be scrapped": a second
duty, the subject of its own passive clause, is an event of its own. Retailers that suspend
sales control no exports.
"""

from __future__ import annotations

import pytest
from news_support import Round

pytest.importorskip("spacy", reason="the news reader needs spaCy: pip install tradewar[news]")

DAY = "2021-02-16"  # a Tuesday

READ = Round(DAY)
_events, _one = READ.events, READ.one


@pytest.mark.parametrize(
    ("text", "actor", "target"),
    [
        (
            "The EU barred Chinese companies from public tenders for medical devices worth "
            "more than 5 million euros on Friday.",
            "EU",
            "CHN",
        ),
        (
            "India on Thursday barred companies from China and other countries that share a "
            "land border with India from bidding for public procurement contracts.",
            "IND",
            "CHN",
        ),
    ],
)
def test_foreign_bidders_barred_from_the_states_tenders_are_a_purchase_cut(
    text: str, actor: str, target: str
) -> None:
    event = _one(text, kind="purchase_cut")
    assert (event.actor, event.target, event.status) == (actor, target, "in_effect")
    assert _events(text, kind="export_control") == []


def test_government_contracts_no_longer_awarded_to_foreign_companies_are_a_purchase_cut():
    event = _one(
        "Saudi Arabia will stop awarding government contracts to foreign companies that do "
        "not have their regional headquarters in the Kingdom from Jan. 1, 2024, the "
        "government announced on Monday.",
        kind="purchase_cut",
    )
    assert (event.actor, event.status, str(event.date)) == ("SAU", "announced", "2024-01-01")


def test_government_contracts_a_countrys_companies_could_lose_are_a_threat():
    event = _one(
        "Saudi officials warned that Swedish companies could lose government contracts in "
        "the kingdom.",
        kind="purchase_cut",
    )
    assert (event.actor, event.target, event.status) == ("SAU", "SWE", "threatened")


def test_contracts_foreign_firms_could_lose_in_an_analysts_view_are_no_event():
    assert (
        _events(
            "Analysts said foreign firms could lose government contracts if the law passes.",
            kind="purchase_cut",
        )
        == []
    )


@pytest.mark.parametrize(
    "text",
    [
        "SINGAPORE - The Monetary Authority of Singapore (MAS) unexpectedly eased monetary "
        "policy today, reducing the slope of the Singapore dollar's policy band to slow the "
        "currency's appreciation.",
        "SINGAPORE - The Monetary Authority of Singapore (MAS) on Monday slightly reduced "
        "the rate of appreciation of its exchange rate policy band, its second easing this "
        "year, as U.S. tariffs cloud the outlook.",
    ],
)
def test_a_currencys_policy_band_reset_is_an_intervention(text: str) -> None:
    event = _one(text, kind="currency_intervention")
    assert (event.actor, event.status) == ("SGP", "in_effect")
    assert _events(text, kind="tariff_cut") == []


def test_the_singdollar_moving_after_the_announcement_is_a_market_reaction():
    events = _events(
        "The Monetary Authority of Singapore unexpectedly eased monetary policy today, "
        "reducing the slope of the Singapore dollar's policy band. The Singdollar fell as "
        "much as 1 per cent to 1.3540 against the US dollar after the announcement.",
        kind="market_reaction",
        date="2015-01-28",
    )
    assert [(e.actor, str(e.date)) for e in events] == [("SGP", "2015-01-28")]


@pytest.mark.parametrize(
    "text",
    [
        '"A rate hike on its own cannot fix a crisis of confidence," said a strategist.',
        '"The rate increase buys some time, but the kwacha will stay under pressure," said '
        "an economist.",
    ],
)
def test_a_bare_rate_moved_by_a_noun_is_no_tariff(text: str) -> None:
    setup = "Russia raised import tariffs on cars on Monday. "
    tariffs = [e for e in _events(setup + text) if e.kind.startswith("tariff")]
    assert [(e.kind, e.sentence[:6]) for e in tariffs] == [("tariff_increase", "Russia")]


def test_a_tariff_rate_increase_is_still_a_tariff():
    event = _one(
        "Indonesia announced a tariff rate increase to 10 percent on imported steel on Monday.",
        kind="tariff_increase",
    )
    assert (event.actor, event.rate_to) == ("IDN", 0.1)


def test_a_currency_moves_past_its_relative_clause():
    events = _events(
        "Russia's central bank sold dollars on Tuesday to support the rouble. The rouble, "
        "which briefly firmed after the announcement, fell as much as 19 percent to 80.10 "
        "per dollar by mid-afternoon, its weakest ever.",
        kind="market_reaction",
        date="2014-12-16",
    )
    assert [(e.actor, str(e.date)) for e in events] == [("RUS", "2014-12-16")]


def test_a_bare_currency_name_opening_its_sentence_moves():
    events = _events(
        "Chile's central bank said on Thursday it will sell up to $20 billion of foreign "
        "currency. Peso jumped as much as 3% after the announcement.",
        kind="market_reaction",
        date="2019-11-28",
    )
    assert [(e.actor, str(e.date)) for e in events] == [("CHL", "2019-11-28")]


def test_a_common_word_opening_its_sentence_is_no_currency():
    assert (
        _events(
            "Chile's central bank said on Thursday it will sell up to $20 billion of foreign "
            "currency. Real estate prices rose 3% in Santiago this year.",
            kind="market_reaction",
            date="2019-11-28",
        )
        == []
    )


def test_a_second_duty_in_a_while_clause_is_its_own_cut():
    events = _events(
        "Under quota tariffs that will apply through June, the tariff on imported oranges "
        "will be cut to 10 percent from 50 percent, while duties on bananas, pineapples and "
        "mangoes will be scrapped, the finance ministry said.",
        kind="tariff_cut",
        date="2024-03-18",
    )
    assert [(e.rate_from, e.rate_to) for e in events] == [(0.5, 0.1), (None, None)]


def test_one_deals_cuts_told_one_after_another_stay_one_event():
    events = _events(
        "China scrapped tariffs on 84.2 percent of Swiss goods, including pharmaceuticals "
        "and machinery, and began cutting its duties on Swiss watches on Tuesday.",
        kind="tariff_cut",
        date="2014-07-01",
    )
    assert len(events) == 1


def test_retailers_suspending_sales_control_no_exports():
    assert (
        _events(
            "Russia banned imports of Western food on Monday. Some electronics retailers in "
            "Moscow suspended sales for the day.",
            kind="export_control",
        )
        == []
    )
