"""The reader's hundred-and-sixtieth round: the eighty-third set's misses.

- A foreign firm's assets taken into a state's hands ("nationalized the assets of British
  Petroleum", "placed the German subsidiaries of Russian oil major Rosneft under the
  trusteeship of its energy regulator", "has taken temporary control of the local
  subsidiaries of French food group Danone") are a sanction on the firm's country (not
  "seized power", "the nationalised mines", a country's own firms, nor a seizure told
  before or promised).
- A treaty "abrogated", and a convention denounced, are deals broken; what a deal's terms
  scrap ("Under the deal, Chile scrapped its 6 percent tariff") breaks no deal.
- Sellers who raised their prices by a size, with no period named ("Athens shopkeepers
  nevertheless raised prices of imported coffee and textiles by about a third"), and a
  price that "rose" or "fell" by a size with none, its market's place named, are market
  lines.
- A country that put "its own national currency" into circulation took a currency step.
- A body that "is to take up" a matter at a session ("The OAS Council is to take up
  Bolivia's complaint at a session in Washington next week") has talks scheduled.
"""

from __future__ import annotations

import pytest
from news_support import Round

pytest.importorskip("spacy", reason="the news reader needs spaCy: pip install tradewar[news]")

DAY = "1971-12-07"  # a Tuesday

READ = Round(DAY)
_events, _one = READ.events, READ.one


def test_a_foreign_firms_assets_seized_are_a_sanction() -> None:
    text = "TRIPOLI - Libya today nationalized the assets of British Petroleum in the country."
    event = _one(text, "sanction")
    assert (event.actor, event.target, event.date.isoformat()) == ("LBY", "GBR", "1971-12-07")
    trustee = (
        "BERLIN - Germany placed the German subsidiaries of Russian oil major Rosneft under the "
        "trusteeship of its energy regulator on Friday."
    )
    event = _one(trustee, "sanction", "2022-09-16")
    assert (event.actor, event.target, event.companies) == ("DEU", "RUS", ("Rosneft",))
    control = (
        "MOSCOW - Russia has taken temporary control of the local subsidiaries of French food "
        "group Danone, a decree showed on Monday."
    )
    assert _one(control, "sanction", "2023-07-17").target == "FRA"
    for background, day in (
        ("BAMAKO - The military seized power in 2021 and shut the border.", "2023-01-10"),
        ("BERLIN - Uniper, which Berlin nationalised last year, has given up.", "2023-04-26"),
        ("TRIPOLI - It had promised to nationalize the assets of British Petroleum.", "1971-12-07"),
    ):  # fmt: skip
        assert not _events(background, day, kind="sanction")
    own = (
        "MEXICO CITY - President Jose Lopez Portillo nationalised Mexico's private banks on "
        "Wednesday."
    )
    assert not _events(own, "1982-09-02", kind="sanction")


def test_a_treaty_abrogated_or_a_convention_denounced_is_a_deal_broken() -> None:
    text = (
        "CAIRO - Cairo abrogated the 1954 Anglo-Egyptian agreement on the Suez Canal base on "
        "Jan. 1."
    )
    event = _one(text, "deal_broken", "1957-01-14")
    assert (event.actor, event.date.isoformat()) == ("EGY", "1957-01-01")
    convention = (
        "ANKARA - Turkey has denounced its 1930 convention with Greece on residence, commerce "
        "and navigation."
    )
    event = _one(convention, "deal_broken", "1964-03-17")
    assert (event.actor, event.target) == ("TUR", "GRC")


def test_what_a_deals_terms_scrap_breaks_no_deal() -> None:
    text = (
        "SEOUL - The Korea-Chile free trade agreement took effect on Thursday. Under the deal, "
        "Chile scrapped its 6 percent tariff on Korean cars, mobile phones and computers from "
        "Thursday."
    )
    assert not _events(text, "2004-04-02", kind="deal_broken")
    (event,) = [e for e in _events(text, "2004-04-02") if e.kind.startswith("tariff")]
    assert (event.actor, event.target, event.date.isoformat()) == ("CHL", "KOR", "2004-04-01")


def test_prices_raised_or_moved_by_a_size_with_no_period() -> None:
    text = (
        "ATHENS - Greece halved the value of the drachma on Thursday. Athens shopkeepers "
        "nevertheless raised prices of imported coffee and textiles by about a third."
    )
    assert _one(text, "market_reaction", "1953-04-10").actor == "GRC"
    soap = (
        "NAIROBI - Kenya reopened its border with Tanzania on Friday. The price of Kenyan soap "
        "fell by a third."
    )
    assert _one(soap, "market_reaction", "1983-11-20").actor == "KEN"
    history = (
        "BANGKOK - Thailand banned rice exports on Monday. Prices of Asian rice tripled in a "
        "few months in 2008."
    )
    assert not _events(history, "2023-07-20", kind="market_reaction")
    nowhere = (
        "KIEV - Ukraine cut its wheat export quota on Wednesday. Black Sea wheat offers rose by "
        "about $10 a tonne, dealers said."
    )
    assert not _events(nowhere, "2006-10-25", kind="market_reaction")


def test_its_own_national_currency_put_into_circulation() -> None:
    text = (
        "VILNIUS - Lithuania put its own national currency, the litas, into circulation on Friday."
    )
    event = _one(text, "currency_intervention", "1993-06-26")
    assert (event.actor, event.date.isoformat()) == ("LTU", "1993-06-25")


def test_a_body_to_take_up_a_matter_at_a_session() -> None:
    text = (
        "LA PAZ - Bolivia broke diplomatic relations with Chile on Monday. The OAS Council is "
        "to take up Bolivia's complaint at a session in Washington next week, diplomats said."
    )
    event = _one(text, "talks_scheduled", "1962-04-17")
    assert (event.actor, event.target, event.date.isoformat()) == ("BOL", "CHL", "1962-04-24")
