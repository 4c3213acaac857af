"""The reader's hundred-and-sixty-first round: the eighty-fourth set's misses.

- A government that will meet its own firms, growers or traders on a day named ("the
  government would hold talks with the companies next week", "The government would meet the
  farmers next Tuesday") has talks scheduled, with no other country (not "would consult
  exporters on its effects", with no day, nor "The committee will meet on Tuesday").
- A new currency brought in ("put a new currency ... into circulation", "introduced a new
  dinar", "replaced the cruzeiro with a new currency") is a currency step (not one a
  government "will introduce").
- A seizure ordered ("ordered the nationalisation on Tuesday of Transportadora de
  Electricidad (TDE), ..., a subsidiary of Spain's Red Electrica") is a sanction, its firm
  told past asides.
- Another country's envoy summoned on a day or to protest is talks held with that country
  (to come, talks scheduled); a bare summons with neither, or one told as history, is none.
- A duty "on the value of most exports" is an export duty, and a fronted purpose ("To keep
  exporters from reaping a windfall, ...") leaves the measure a step; so does a state kept
  before "and would" ("remained open to dialogue and would send an envoy to Brasilia next
  week"), an envoy sent being talks to come.
- A matter a minister "would discuss" with another country's official on a day named is
  talks scheduled (not one he "hoped to discuss").
- Street prices in a new currency ("about 8 new zaires per dollar by the afternoon") are
  market lines; the dollar priced in "bolivares fuertes", "soles" or "new lira" moves the
  local currency's country.
- Gaddafi, Hugo Chavez, Evo Morales, Gloria Arroyo and Alan Garcia stand for their
  countries; Red Electrica is Spain's.
"""

from __future__ import annotations

import pytest
from news_support import Round

pytest.importorskip("spacy", reason="the news reader needs spaCy: pip install tradewar[news]")

DAY = "2018-03-09"  # a Friday

READ = Round(DAY)
_events, _one = READ.events, READ.one


def test_a_meeting_set_with_the_countrys_own_firms_is_talks_scheduled() -> None:
    text = (
        "KINSHASA - Congo signed a new mining code into law on Friday. Mines Minister Martin "
        "Kabwelulu said the government would hold talks with the companies next week on the "
        "implementing regulations."
    )
    event = _one(text, "talks_scheduled")
    assert (event.actor, event.target, event.date.isoformat()) == ("COD", None, "2018-03-16")
    farmers = "ACCRA - The government would meet the farmers next Tuesday."
    assert _one(farmers, "talks_scheduled").date.isoformat() == "2018-03-13"
    for none in (
        "NEW DELHI - The commerce ministry said it would consult exporters on its effects.",
        "OTTAWA - The committee will meet on Tuesday.",
    ):
        assert not _events(none, kind="talks_scheduled")


def test_a_new_currency_brought_in_is_a_currency_step() -> None:
    for text, day, actor in (
        (
            'CARACAS - Venezuela put a new currency, the "bolivar fuerte", into circulation on '
            "Tuesday.",
            "2008-01-01",
            "VEN",
        ),
        (
            "BELGRADE - Yugoslavia introduced a new dinar pegged one-to-one to the German mark on "
            "Monday.",
            "1994-01-24",
            "SRB",
        ),
        ("KINSHASA - Zaire introduced a new currency on Friday.", "1993-10-22", "COD"),
        (
            "BRASILIA - Brazil replaced the cruzeiro with a new currency, the cruzado, on Friday.",
            "1986-03-01",
            "BRA",
        ),
    ):
        assert _one(text, "currency_intervention", day).actor == actor
    plan = "HARARE - The government has said it will introduce a new currency backed by gold."
    assert not _events(plan, "2019-06-24", kind="currency_intervention")


def test_a_seizure_ordered_of_a_foreign_owned_firm_is_a_sanction() -> None:
    text = (
        "LA PAZ - Bolivian President Evo Morales ordered the nationalisation on Tuesday of "
        "Transportadora de Electricidad (TDE), the country's main power grid operator, a "
        "subsidiary of Spain's Red Electrica, and sent soldiers to occupy its offices."
    )
    event = _one(text, "sanction", "2012-05-02")
    assert (event.actor, event.date.isoformat()) == ("BOL", "2012-05-01")


def test_an_envoy_summoned_is_talks_with_the_envoys_country() -> None:
    text = "NAIROBI - Kenya summoned Uganda's High Commissioner in Nairobi yesterday to protest."
    event = _one(text, "talks_held", "2009-05-05")
    assert (event.actor, event.target, event.date.isoformat()) == ("KEN", "UGA", "2009-05-04")
    protest = "ANKARA - Turkey's Foreign Ministry summoned the German ambassador to protest."
    event = _one(protest, "talks_held", "1992-03-27")
    assert (event.actor, event.target) == ("TUR", "DEU")
    later = (
        "MADRID - Spain's foreign minister said he would summon Bolivia's ambassador in Madrid "
        "on Wednesday to seek explanations."
    )
    assert _one(later, "talks_scheduled", "2012-05-01").target == "BOL"
    for none in (
        "LONDON - The Foreign Office summoned the French ambassador.",
        "MANILA - China summoned the Philippine ambassador at the time.",
    ):
        assert not _events(none, "2012-05-01", kind="talks_held")


def test_an_export_duty_on_the_value_of_exports_after_a_fronted_purpose() -> None:
    text = (
        "MEXICO CITY - Mexico devalued the peso on Monday. To keep exporters from reaping a "
        "windfall, the government also imposed a temporary tax of 25 percent on the value of "
        "most exports, the finance minister announced."
    )
    event = _one(text, "export_control", "1954-04-19")
    assert (event.actor, event.status) == ("MEX", "in_effect")


def test_a_step_after_a_state_kept() -> None:
    text = (
        "QUITO - Ecuadorean Foreign Minister Fander Falconi said his government remained open "
        "to dialogue and would send an envoy to Brasilia next week."
    )
    event = _one(text, "talks_scheduled", "2008-11-21")
    assert (event.actor, event.target, event.date.isoformat()) == ("ECU", "BRA", "2008-11-28")


def test_a_matter_to_be_discussed_with_another_countrys_official() -> None:
    text = (
        "BERN - Switzerland dropped plans for a free trade deal with the United States on "
        "Wednesday. Economy Minister Joseph Deiss said he would discuss the idea with U.S. "
        "Trade Representative Rob Portman at the World Economic Forum in Davos on Friday."
    )
    event = _one(text, "talks_scheduled", "2006-01-25")
    assert (event.target, event.date.isoformat()) == ("USA", "2006-01-27")
    wish = "SUVA - The Government hoped to discuss it with US officials in the coming weeks."
    assert not _events(wish, "2025-04-04", kind="talks_scheduled")


def test_street_prices_of_a_new_currency_and_the_dollar_priced_in_a_local_one() -> None:
    text = (
        "KINSHASA - Zaire introduced a new currency on Friday. On Kinshasa's street markets, "
        "money changers were offering about 8 new zaires per dollar by the afternoon."
    )
    assert _one(text, "market_reaction", "1993-10-22").actor == "COD"
    for line, day, actor in (
        (
            "CARACAS - Venezuela put a new currency into circulation on Tuesday. On the "
            "parallel market, the dollar fetched about 4.9 bolivares fuertes on Monday.",
            "2008-01-01",
            "VEN",
        ),
        (
            "LIMA - Peru devalued the sol on Sunday. In the money changers' district, the "
            "dollar fetched about 17,500 soles on Sunday.",
            "1985-07-28",
            "PER",
        ),
        (
            "ISTANBUL - Turkey put a new currency into circulation on Saturday. On Friday, the "
            "dollar was quoted at about 1.34 new lira on the interbank market.",
            "2005-01-01",
            "TUR",
        ),
    ):
        assert _one(line, "market_reaction", day).actor == actor


def test_leaders_and_a_company_of_the_set() -> None:
    text = (
        "BENGHAZI - Italy and Libya signed a friendship treaty on Saturday. Gaddafi accepted an "
        "invitation to visit Rome next year."
    )
    event = _one(text, "talks_scheduled", "2008-08-30")
    assert (event.actor, event.target) == ("LBY", "ITA")
    chavez = (
        "CARACAS - Venezuelan President Hugo Chavez ordered the nationalisation of Sidor, the "
        "country's largest steelmaker, after talks with its controlling shareholder, Ternium, "
        "broke down."
    )
    assert _one(chavez, "sanction", "2008-04-09").actor == "VEN"
    firm = (
        "MADRID - Bolivia nationalised the power grid unit of Red Electrica on Tuesday, the "
        "government said."
    )
    assert _one(firm, "sanction", "2012-05-01").target == "ESP"
