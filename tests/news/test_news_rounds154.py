"""The reader's hundred-and-fifty-fourth round: the seventy-eighth set's misses.

- A government that "has ordered the seizure of Pakistani ships and cargoes" or "the
  confiscation of all property owned by Italians", or that "has ... frozen the assets of
  Pakistani nationals", sanctions the country; the holdings taken ("including railway wagons
  and locomotives") are no goods of the measure.
- A country that "would reply in kind" or "would take steps in reply" to the sanctions on
  it threatens a retaliation.
- Talks that "would be held in January" or "could be held in the autumn" are scheduled; so
  is a case a country "would raise ... at talks with U.S. officials ... later this month".
- "The Israel pound was devalued": a currency named after its country's name; a country that
  "put its own currency ... into circulation" or "has left the franc zone" takes a currency
  step.
- Shares and companies that "were firmer on the Vienna exchange" or "were weaker in London"
  make market lines.
- A stamp duty on imports is a tariff; a duty "raised from 5 to 15 percent" has both rates;
  a purpose that opens the clause ("To protect local industry, customs duties on ... would be
  raised") and a participle that tells a levy's past ("the special levies introduced in the
  July budget will be abolished") leave the passive its verb; duties that "fall from 7.5
  percent to 6 percent" are cut.
- Rhodesia is Zimbabwe; Northern Rhodesia, Zambia.
"""

from __future__ import annotations

import pytest
from news_support import Round

pytest.importorskip("spacy", reason="the news reader needs spaCy: pip install tradewar[news]")

DAY = "1965-09-10"  # a Friday

READ = Round(DAY)
_events, _one = READ.events, READ.one


def test_ships_cargoes_and_property_seized_and_assets_frozen() -> None:
    ships = (
        "NEW DELHI - The Government of India has ordered the seizure of Pakistani ships and "
        "cargoes in Indian ports, an official spokesman said here today."
    )
    event = _one(ships, "sanction")
    assert (event.actor, event.target) == ("IND", "PAK")
    frozen = "NEW DELHI - India has frozen the assets of Pakistani nationals and firms."
    assert _one(frozen, "sanction").target == "PAK"
    property_ = (
        "ROME - Libya's Revolutionary Command Council has ordered the confiscation of all "
        "property owned by Italians in Libya."
    )
    assert _one(property_, "sanction", "1970-07-22").actor == "LBY"
    wagons = (
        "MAPUTO - Mozambique ordered the seizure of Rhodesian property in Mozambique, "
        "including railway wagons and locomotives."
    )
    event = _one(wagons, "sanction", "1976-03-04")
    assert (event.target, event.sectors) == ("ZWE", ())


def test_a_reply_in_kind_or_steps_in_reply_are_retaliation() -> None:
    kind = (
        "WASHINGTON - The United States froze all Chinese assets today. Peking radio warned "
        "that China would reply in kind."
    )
    event = _one(kind, "retaliation", "1950-12-17")
    assert (event.actor, event.target, event.status) == ("CHN", "USA", "threatened")
    steps = (
        "WASHINGTON - The United States froze all Cuban assets today. A statement broadcast "
        "from Havana said Cuba would take steps in reply."
    )
    assert _one(steps, "retaliation", "1963-07-08").actor == "CUB"
    defiance = (
        "WASHINGTON - The United States froze all Cuban assets today. A statement said Cuba "
        "would reply firmly."
    )
    assert not _events(defiance, "1963-07-08", kind="retaliation")


def test_talks_that_would_be_held_are_scheduled() -> None:
    held = (
        "ACCRA - Mensah said talks would be held in January with Ghana's creditors in London "
        "on rescheduling debts."
    )
    assert str(_one(held, "talks_scheduled", "1971-12-28").date) == "1972-01-01"
    autumn = (
        "WASHINGTON - American officials said that talks with Chile on its debts could be "
        "held in the autumn."
    )
    assert _one(autumn, "talks_scheduled", "1971-08-13").target == "CHL"
    assert not _events(autumn, "1971-08-13", kind="talks_held")
    case = (
        "OTTAWA - The United States imposed a countervailing duty on Michelin tires. Minister "
        "Alastair Gillespie said today Canada would make strong representations and would "
        "raise the case at talks with U.S. officials in Washington later this month."
    )
    event = _one(case, "talks_scheduled", "1973-01-09")
    assert (event.actor, event.target) == ("CAN", "USA")


def test_currencies_devalued_and_put_into_circulation() -> None:
    pound = (
        "TEL AVIV - The Israel pound was devalued yesterday from IL1.80 to IL3 to the dollar, "
        "the Minister of Finance announced."
    )
    assert _one(pound, "currency_intervention", "1962-02-10").actor == "ISR"
    own = (
        "CONAKRY - Guinea has left the franc zone and put its own currency, the Guinean "
        "franc, into circulation."
    )
    assert _one(own, "currency_intervention", "1960-03-02").actor == "GIN"
    both = "SINGAPORE - Malaysia and Singapore today put their own currencies into circulation."
    assert _events(both, "1967-06-12", kind="currency_intervention")
    left = "CONAKRY - Guinea has left the franc zone."
    assert _one(left, "currency_intervention", "1960-03-02").actor == "GIN"


def test_shares_firmer_or_weaker_on_an_exchange() -> None:
    firmer = (
        "VIENNA - Austria raised its duties on Soviet steel today. Shares of the Austrian "
        "steel companies were firmer on the Vienna exchange."
    )
    assert _one(firmer, "market_reaction", "1968-06-01").actor == "AUT"
    weaker = (
        "PARIS - France raised its duties on Iraqi oil today. Shares of CFP rose on the Paris "
        "Bourse, while BP and Shell were weaker in London."
    )
    found = _events(weaker, "1972-06-18", kind="market_reaction")
    assert {e.actor for e in found} == {"FRA", "GBR"}
    demand = (
        "PARIS - France raised its duties on Iraqi oil today. Demand for French wine was "
        "weaker than expected."
    )
    assert not _events(demand, "1972-06-18", kind="market_reaction")


def test_duties_raised_cut_and_abolished_in_the_passive() -> None:
    stamp = "ANKARA - Erez said the stamp duty on imports would be raised from 5 to 15 percent."
    event = _one(stamp, "tariff_increase", "1970-08-10")
    assert (event.rate_from, event.rate_to) == (pytest.approx(0.05), pytest.approx(0.15))
    inland = "LONDON - The Chancellor cut the stamp duty on house purchases today."
    assert not _events(inland, "1970-08-10")
    purpose = (
        "JERUSALEM - To protect local industry, customs duties on a list of finished goods "
        "that compete with Israeli products would be raised, he said."
    )
    assert _one(purpose, "tariff_increase", "1962-02-10").status == "announced"
    levies = (
        "ACCRA - He said the import surcharges and the special levies introduced in the July "
        "budget will be abolished from January 1."
    )
    assert _one(levies, "tariff_cut", "1971-12-28").status == "announced"
    assert not _events(levies, "1971-12-28", kind="tariff_increase")
    fall = (
        "TOKYO - Japan cut its tariffs on industrial goods today. Duties on color television "
        "sets fall from 7.5 percent to 6 percent."
    )
    cuts = _events(fall, "1972-11-20", kind="tariff_cut")
    assert any(e.rate_to == pytest.approx(0.06) for e in cuts)


def test_rhodesia_is_zimbabwe_and_northern_rhodesia_zambia() -> None:
    text = "LONDON - Britain imposed economic sanctions on Rhodesia on Thursday."
    assert _one(text, "sanction", "1965-11-12").target == "ZWE"
    north = "LUSAKA - Northern Rhodesia banned imports of maize from South Africa."
    assert _one(north, "purchase_cut", "1963-05-02").actor == "ZMB"
