"""The reader's hundred-and-fifty-third round: the seventy-seventh set's misses.

- A government that "froze all Chinese property" or "froze Egypt's sterling balances", or
  "would block Egyptian assets", sanctions the country (not a freeze beside sanctions
  told in the sentence); "suspended $87.6 million in development loans to India" is aid
  cut, a sanction.
- Travellers who "will come to Colombo in January" or "will go to Brussels next month",
  an ambassador who "will call at the State Department tomorrow" (past an apposition), and
  a trade delegation "due in Cairo next week" schedule talks.
- Shillings and pence ("fell 3s. 9d. to £5 12s. 6d.") end no sentence.
- A commodity's prices that "rose by two cents a pound ... after the news" are a market
  line.
- A currency that "was convertible for non-residents from today" is a currency step.
- "ordered mandatory limits on imports of crude oil": limits on imports are a tariff
  measure (a quota), no purchase cut; the presidents, prime ministers and chancellors of
  the older decades (Eisenhower, de Gaulle, Adenauer, Nasser ...) stand for their
  governments; Persia is Iran.
- "no new licenses for arms would be issued to India": an export control (not an
  importer's licences refused).
- Most-favoured-nation treatment granted ("will grant each other most-favoured-nation
  treatment", "will give Japanese goods most-favoured-nation tariff treatment", a deal
  "under which they grant" it) is a tariff cut; not one granted before or refused.
"""

from __future__ import annotations

import pytest
from news_support import Round

pytest.importorskip("spacy", reason="the news reader needs spaCy: pip install tradewar[news]")

DAY = "1956-07-28"  # a Saturday

READ = Round(DAY)
_events, _one = READ.events, READ.one


def test_property_balances_and_assets_frozen_and_loans_suspended() -> None:
    text = "WASHINGTON - The United States froze all Cuban and Soviet property today."
    found = _events(text, "1960-12-20", kind="sanction")
    assert {(e.actor, e.target) for e in found} == {("USA", "CUB"), ("USA", "RUS")}
    balances = "LONDON - Britain today froze Egypt's sterling balances."
    assert _one(balances, "sanction").target == "EGY"
    block = "PARIS - The French Government said tonight that it would block Egyptian assets."
    assert _one(block, "sanction").actor == "FRA"
    beside = (
        "LONDON - Britain sanctioned three Cambodian firms and froze property in London "
        "owned by the network."
    )
    assert len(_events(beside, "2025-10-14", kind="sanction")) == 1
    loans = "WASHINGTON - The United States suspended $50 million in development loans to Chile."
    assert _one(loans, "sanction", "1971-12-06").target == "CHL"


def test_trips_calls_and_delegations_to_come() -> None:
    trips = {
        "COLOMBO - A Chinese trade delegation will come to Colombo in January.": ("CHN", "LKA"),
        "CARACAS - The Venezuelan Ambassador will call at the State Department tomorrow.": (
            "VEN",
            "USA",
        ),
        "CAIRO - A Czechoslovak trade delegation is due in Cairo next week.": ("CZE", "EGY"),
    }
    for text, sides in trips.items():
        event = _one(text, "talks_scheduled", "1955-09-27")
        assert (event.actor, event.target) == sides, text
    apposition = (
        "PARIS - France stopped arms deliveries to Israel. The Israeli ambassador, Walter "
        "Eytan, will call on Foreign Minister Michel Debre on Tuesday."
    )
    assert _one(apposition, "talks_scheduled", "1969-01-06").actor == "ISR"
    goods = "OTTAWA - The first cargoes will go to China next month."
    assert not _events(goods, "1961-02-02", kind="talks_scheduled")


def test_shillings_and_pence_end_no_sentence() -> None:
    text = (
        "LONDON - Britain cut Persia off from dollars today. On the London Stock Exchange, "
        "Anglo-Iranian Oil shares fell 3s. 9d. to £5 12s. 6d. in nervous dealings."
    )
    event = _one(text, "market_reaction", "1951-09-10")
    assert event.sentence.endswith("in nervous dealings.")


def test_a_commodity_price_moved_by_cents() -> None:
    text = (
        "COLOMBO - Ceylon signed a rubber pact with China today. In Singapore, rubber prices "
        "rose by two cents a pound in active trading after the news."
    )
    assert _one(text, "market_reaction", "1952-12-18").actor == "SGP"


def test_a_currency_made_convertible() -> None:
    text = (
        "BONN - Britain made sterling convertible today. West Germany said the mark, too, was "
        "convertible for non-residents from today."
    )
    found = _events(text, "1958-12-29", kind="currency_intervention")
    assert "DEU" in {e.actor for e in found}
    standing = "NEW DELHI - The rupee was not fully convertible, analysts said."
    assert not _events(standing, "2019-01-07", kind="currency_intervention")


def test_limits_on_imports_and_leaders_of_the_older_decades() -> None:
    text = (
        "WASHINGTON - President Eisenhower today ordered mandatory limits on imports of "
        "crude oil and oil products."
    )
    event = _one(text, "tariff_increase", "1959-03-10")
    assert event.actor == "USA"
    assert not _events(text, "1959-03-10", kind="purchase_cut")
    persia = "LONDON - Britain imposed sanctions on Persia today."
    assert _one(persia, "sanction", "1951-09-10").target == "IRN"
    nasser = "CAIRO - President Nasser nationalised the Suez Canal Company today."
    assert not _events(nasser, kind="sanction")  # a leader is no measure of his own
    firm = (
        "TORONTO - Canada agreed to a lumber export charge. Shares of MacMillan Bloedel rose "
        "75 cents on the Toronto Stock Exchange yesterday."
    )
    assert _one(firm, "market_reaction", "1986-12-31").actor == "CAN"


def test_no_export_licences_issued_to_a_country() -> None:
    text = (
        "WASHINGTON - Officials said Monday that no new licenses for arms would be issued to "
        "India while the fighting lasts."
    )
    assert _one(text, "export_control", "1971-12-06").target == "IND"
    importers = (
        "TOKYO - The ministry told importers on Tuesday that no new licences would be granted "
        "to Australia."
    )
    assert not _events(importers, "1974-02-12", kind="export_control")


def test_most_favoured_nation_treatment_granted_is_a_cut() -> None:
    text = (
        "TOKYO - Australia and Japan signed an agreement on commerce today. Australia will "
        "give Japanese goods most-favoured-nation tariff treatment for the first time since "
        "the war."
    )
    event = _one(text, "tariff_cut", "1957-07-06")
    assert (event.actor, event.target) == ("AUS", "JPN")
    protocol = (
        "MOSCOW - The two countries also signed a protocol under which they grant each other "
        "most-favoured-nation treatment in customs duties."
    )
    assert _events(protocol, "1956-10-19", kind="tariff_cut")
    refused = "ISLAMABAD - Pakistan has not yet granted India most-favoured-nation treatment."
    assert not _events(refused, "2012-11-02", kind="tariff_cut")
    before = "WASHINGTON - The United States had granted China normal trade relations in 2000."
    assert not _events(before, "2001-12-11", kind="tariff_cut")
