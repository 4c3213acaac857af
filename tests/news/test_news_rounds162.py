"""The reader's hundred-and-sixty-second round: the eighty-fifth set's misses.

- A currency put (back) into circulation, one that "went into circulation", and a rebased
  or new currency a country "began using" are currency steps (not notes or goods "in
  circulation", nor a plan to consider one); so are banknotes withdrawn past their values
  ("withdrew all 50- and 100-rouble banknotes from circulation").
- Street prices told from a sentence that opens "On the street," are market lines, and the
  plural "ouguiyas" and "lei" name their currencies; a name countries share ("4.10 lei per
  dollar") is the currency of the report's country (its dateline's, else the last named).
- A firm seized in the passive ("Two Indian banks, the Bank of India and the Bank of Baroda,
  were also taken over", "The Dutch bank was nationalised") is a sanction on the firm's
  country by the report's own (dateline) country, the subject found past an apposition.
- A visit someone "would" make to a country named ("said he would visit Bonn next week") is
  talks scheduled, as a trip they "would travel" already was.
- A step taken "at the same time" as the one before is an event of its own, dated as that
  one, not the same step told again.
- Bonn, Dacca, Rangoon, Leopoldville and Georgetown stand for their countries; Trinidad
  Jimenez for Spain.
"""

from __future__ import annotations

import pytest
from news_support import Round

pytest.importorskip("spacy", reason="the news reader needs spaCy: pip install tradewar[news]")

DAY = "1993-03-05"  # a Friday

READ = Round(DAY)
_events, _one = READ.events, READ.one


def test_a_currency_brought_into_circulation_is_a_currency_step() -> None:
    for text, day, actor in (
        (
            "RIGA - Latvia put its pre-war currency, the lats, back into circulation on Friday "
            "alongside the Latvian rouble.",
            "1993-03-05",
            "LVA",
        ),
        (
            "ACCRA - The new Ghana cedi went into circulation on Sunday, with one new cedi "
            "worth 10,000 of the old.",
            "2007-07-01",
            "GHA",
        ),
        (
            "LUSAKA - Zambia began using a rebased kwacha on Tuesday, dropping three zeros "
            "from its currency.",
            "2013-01-01",
            "ZMB",
        ),
        (
            "MOSCOW - The Soviet government withdrew all 50- and 100-rouble banknotes from "
            "circulation on Tuesday night.",
            "1991-01-23",
            "RUS",
        ),
    ):
        assert _one(text, "currency_intervention", day).actor == actor
    for none in (
        "OTTAWA - About 90 million old coins remain in circulation, the mint said.",
        "HARARE - The central bank said it would consider putting a gold coin into circulation.",
    ):
        assert not _events(none, kind="currency_intervention")


def test_street_prices_in_a_sentence_that_opens_on_the_street() -> None:
    text = (
        "CHISINAU - Moldova introduced its own currency, the leu, on Monday. On the street, "
        "dealers offered about 4.10 lei per dollar."
    )
    # ("lei" is Romania's and Moldova's: the report's)
    assert _one(text, "market_reaction", "1993-11-29").actor == "MDA"
    ouguiya = (
        "NOUAKCHOTT - Mauritania put a new ouguiya into circulation on Monday. In the "
        "market, dealers offered about 38 new ouguiyas for a dollar on Tuesday."
    )
    assert _events(ouguiya, "2018-01-02", kind="market_reaction")


def test_a_firm_seized_in_the_passive_is_a_sanction_by_the_reports_country() -> None:
    text = (
        "DAR ES SALAAM, Feb 7 (Reuters) - Tanzania nationalised all commercial banks on "
        "Monday. Two Indian banks, the Bank of India and the Bank of Baroda, were also taken "
        "over."
    )
    indian = [e for e in _events(text, "1967-02-07", kind="sanction") if e.target == "IND"]
    assert [e.actor for e in indian] == ["TZA"]
    dutch = (
        "DAR ES SALAAM, Feb 7 (Reuters) - The Dutch Algemene Bank Nederland was nationalised "
        "on Monday."
    )
    event = _one(dutch, "sanction", "1967-02-07")
    assert (event.actor, event.target) == ("TZA", "NLD")
    goods = "DAR ES SALAAM - The cargo was seized by customs officers."
    assert not _events(goods, "1967-02-07", kind="sanction")


def test_a_visit_someone_would_make_is_talks_scheduled() -> None:
    text = (
        "LJUBLJANA - Slovenia's foreign minister Dimitrij Rupel said he would visit Bonn next "
        "week to seek recognition."
    )
    event = _one(text, "talks_scheduled", "1991-10-08")
    assert (event.target, event.date.isoformat()) == ("DEU", "1991-10-15")
    mission = (
        "LONDON - Britain's trade minister said a trade mission would visit Kuala Lumpur in "
        "November."
    )
    assert _one(mission, "talks_scheduled", "1994-09-07").target == "MYS"
    cargo = "TOKYO - Officials said the first cargoes would visit ports in China."
    assert not _events(cargo, "1994-09-07", kind="talks_scheduled")


def test_a_step_taken_at_the_same_time_is_an_event_of_its_own() -> None:
    text = (
        "TUNIS, Nov. 1 (AFP) - Tunisia today put into circulation its own currency, the dinar, "
        "worth 1,000 old francs.\n\nAt the same time, the government tightened controls on "
        "transfers of capital abroad, requiring approval for any sum above 50,000 francs."
    )
    steps = _events(text, "1958-11-01", kind="currency_intervention")
    assert len(steps) == 2
    assert {e.date.isoformat() for e in steps} == {"1958-11-01"}


def test_old_capitals_and_a_minister() -> None:
    for text, day, kind, target in (
        (
            "WASHINGTON - U.S. officials will fly to Bonn next week for talks on the mark.",
            "1973-02-09",
            "talks_scheduled",
            "DEU",
        ),
        (
            "TOKYO - A Japanese delegation will visit Rangoon next month to discuss reparations.",
            "1954-10-01",
            "talks_scheduled",
            "MMR",
        ),
        (
            "NEW DELHI - An Indian trade delegation will fly to Dacca next week for talks.",
            "1972-03-03",
            "talks_scheduled",
            "BGD",
        ),
        (
            "BRUSSELS - A Belgian mission will go to Leopoldville next week for talks.",
            "1960-05-06",
            "talks_scheduled",
            "COD",
        ),
        (
            "LONDON - British officials will fly to Georgetown next week for talks on bauxite.",
            "1971-02-26",
            "talks_scheduled",
            "GUY",
        ),
    ):
        assert _one(text, kind, day).target == target
    minister = (
        "BUENOS AIRES - Trinidad Jimenez summoned Argentina's ambassador on Monday to protest."
    )
    event = _one(minister, "talks_held", "2012-04-17")
    assert (event.actor, event.target) == ("ESP", "ARG")
