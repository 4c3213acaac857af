"""The reader's hundred-and-twenty-sixth round: contracts, talks, dollars sold, listings.

Against the fifty-fifth set's errors.

- A contract signed "worth" an amount "with" a seller "for" a number of goods is a purchase
  committed ("signed a contract worth 16.5 trillion pesos (about $4.39 billion) with
  Swedish defence company Saab for 17 Gripen fighter jets"), as an order was; not a
  contract for a building.
- "Lula said after talks with German Chancellor Olaf Scholz": talks with a leader or a
  country's minister that a done act came after were held (not "hoped to regain the
  benefits after talks with Washington"); "talks were under way between the two countries"
  are held, and the cut they seek ("to have the rate reduced") is no event.
- Foreign currency "supplied ... to the foreign exchange market", dollars "sold ... to each
  eligible bureau de change operator", dollars a bank sold "at the first auction": each an
  intervention (not "auctions to supply banks with dollars", said of a plan).
- "whatever amount it chooses will be added to the 25%", after "if Tunisia decides to raise
  its own tariffs": a conditional tariff threat, kept apart from the 25% announced.
- "failed to honour its commitments ... under its free trade agreement": a deal broken.
- Not events: what a listing does to those it names ("Americans are barred from doing
  business with them", "Those listed face an asset freeze"), a call on another to act
  ("called on the government to open negotiations"), a body at home that meets ("The
  committee will next meet in May"), a bank that meets "all requests for dirhams".
"""

from __future__ import annotations

import pytest
from news_support import Round

pytest.importorskip("spacy", reason="the news reader needs spaCy: pip install tradewar[news]")

DAY = "2025-11-14"  # a Friday

READ = Round(DAY)
_events, _one = READ.events, READ.one


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        (
            "Colombia on Friday signed a contract worth 16.5 trillion pesos (about $4.39 "
            "billion) with Swedish defence company Saab for 17 Gripen fighter jets.",
            ("COL", "SWE"),
        ),
        (
            "Russian distributors have signed contracts for about 1.5 million bottles of "
            "Georgian wine.",
            ("RUS", "GEO"),
        ),
        (
            "Qatar Airways signed an order worth about $20 billion at list prices for up to 50 "
            "Boeing 777X freighters on Monday.",
            ("QAT", "USA"),
        ),
    ],
)
def test_a_contract_for_a_number_of_goods_is_a_purchase_committed(
    text: str, pair: tuple[str, str]
) -> None:
    event = _one(text, kind="purchase_commitment")
    assert (event.actor, event.target) == pair


def test_a_contracts_value_is_its_dollar_conversion() -> None:
    event = _one(
        "Colombia on Friday signed a contract worth 16.5 trillion pesos (about $4.39 billion) "
        "with Swedish defence company Saab for 17 Gripen fighter jets.",
        kind="purchase_commitment",
    )
    assert event.value_usd == pytest.approx(4.39e9)
    assert str(event.date) == "2025-11-14"


def test_a_contract_for_a_building_is_no_purchase() -> None:
    text = "Egypt signed a contract with China Harbour for the construction of a new port."
    assert not _events(text, kind="purchase_commitment")


@pytest.mark.parametrize(
    ("text", "pair", "date"),
    [
        (
            "Brazil will not supply ammunition to Ukraine, President Lula said after talks with "
            "German Chancellor Olaf Scholz in Brasilia on Monday.",
            ("BRA", "DEU"),
            "2025-11-10",
        ),
        (
            "Caretaker Energy Minister Raymond Ghajar signed the deal in Baghdad after talks "
            "with Iraqi Oil Minister Ihsan Abdul Jabbar, the Lebanese energy ministry said.",
            ("LBN", "IRQ"),
            DAY,
        ),
    ],
)
def test_talks_a_done_act_came_after_were_held(text: str, pair: tuple[str, str], date: str) -> None:
    event = _one(text, kind="talks_held")
    assert (event.actor, event.target) == pair
    assert str(event.date) == date


def test_talks_an_act_to_come_follows_are_not_told_held() -> None:
    text = (
        "Yaounde said it regretted the decision and hoped to regain the benefits after talks "
        "with Washington."
    )
    assert not _events(text, kind="talks_held")


def test_talks_under_way_are_held_and_the_cut_they_seek_is_no_event() -> None:
    text = (
        "The president of the Tunisian-American Chamber of Commerce said talks were under way "
        "between the two countries to have the rate reduced."
    )
    assert _events(text, kind="talks_held")
    assert not _events(text, kind="tariff_cut")
    held = "Tunisia held talks with Washington on Monday to lower the rate."
    assert [e.kind for e in _events(held)] == ["talks_held"]


@pytest.mark.parametrize(
    ("text", "date"),
    [
        (
            "Iran's central bank said on Sunday that it supplied 630 million UAE dirhams, about "
            "$171 million, to the foreign exchange market on Saturday.",
            "2025-11-08",
        ),
        (
            "The Central Bank of Nigeria (CBN) sold $10,000 to each eligible bureau de change "
            "operator at 1,251 naira per dollar on Monday, according to a circular.",
            "2025-11-10",
        ),
        (
            "Yemen's central bank will hold a second auction. At the first auction last "
            "Tuesday, the bank sold only 8.775 million of the 15 million dollars on offer.",
            "2025-11-11",
        ),
    ],
)
def test_dollars_a_central_bank_puts_on_the_market_are_an_intervention(
    text: str, date: str
) -> None:
    dated = [str(e.date) for e in _events(text, kind="currency_intervention")]
    assert date in dated


def test_auctions_to_supply_banks_with_dollars_are_one_planned_intervention() -> None:
    text = (
        "The National Bank of Ethiopia will hold regular foreign-exchange auctions to supply "
        "banks with dollars."
    )
    assert [e.status for e in _events(text, kind="currency_intervention")] == ["announced"]


@pytest.mark.parametrize(
    ("text", "target"),
    [
        (
            "In the letter, Trump warned that if Tunisia decides to raise its own tariffs, "
            "whatever amount it chooses will be added to the 25% charged by the United States.",
            "TUN",
        ),
        (
            "Trump warned that if Moldova raised its own tariffs in response, the increase would "
            "be added on top of the 25%.",
            "MDA",
        ),
    ],
)
def test_a_raise_added_on_a_condition_is_a_tariff_threat(text: str, target: str) -> None:
    event = _one(text, kind="tariff_increase")
    assert (event.actor, event.target, event.status) == ("USA", target, "threatened")


def test_the_conditional_threat_stays_apart_from_the_tariff_announced() -> None:
    text = (
        "Moldovan goods exported to the United States will be subject to a 25% tariff from "
        "August 1, according to a letter from US President Donald Trump. In the letter, Trump "
        "said the tariff was needed to address a trade deficit, and warned that if Moldova "
        "raised its own tariffs in response, the increase would be added on top of the 25%."
    )
    statuses = sorted(e.status for e in _events(text, "2025-07-10", kind="tariff_increase"))
    assert statuses == ["announced", "threatened"]


def test_commitments_a_country_failed_to_honour_are_a_deal_broken() -> None:
    event = _one(
        "An independent panel of experts ruled on Monday that South Korea failed to honour its "
        "commitments on workers' rights under its free trade agreement with the European Union.",
        kind="deal_broken",
    )
    assert (event.actor, event.target, str(event.date)) == ("KOR", "EU", "2025-11-10")


@pytest.mark.parametrize(
    "text",
    [
        "Any assets the three hold in the United States are frozen, and Americans are barred "
        "from doing business with them.",
        "Those listed face an asset freeze in the EU, and EU citizens and companies are barred "
        "from making funds available to them.",
        "Their assets in the United States will be frozen and Americans are barred from dealing "
        "with them.",
        "The Tunisian Union of Agriculture and Fisheries called on the government to open "
        "negotiations quickly.",
        "The committee will next meet in May.",
        "The central bank said it stood ready to meet all requests for dirhams.",
    ],
)
def test_effects_of_a_listing_calls_on_others_and_meetings_at_home_are_no_events(
    text: str,
) -> None:
    assert not _events(text)
