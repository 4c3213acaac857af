"""The reader's hundred-and-sixty-third round: the eighty-sixth set's misses.

- A leader who telephoned another country's leader or minister on a day has held talks
  with that country (not one who "had telephoned" long before, nor "will telephone").
- A trade remedy's duties confirmed at a rate ("The International Trade Commission on
  Friday confirmed anti-dumping duties of 454 percent on vector supercomputers made by NEC")
  are a tariff increase; duties merely "confirmed" with no rate are none.
- What duties did ("the provisional duties that have cut imports sharply") is no cut of a
  tariff or of purchases.
- A matter a minister "will take up" with another country's officials on a day to come is
  talks scheduled, as one he "will raise" already was.
- ITT, Kennecott, Suez, Aguas de Barcelona, PDVSA, BG Group, KazMunayGas,
  Zimplats, Impala Platinum, Konkola Copper Mines, Telecom Italia and Midland Bank belong to
  their countries.
"""

from __future__ import annotations

import pytest
from news_support import Round

from tradewar.news.entities import gazetteer

pytest.importorskip("spacy", reason="the news reader needs spaCy: pip install tradewar[news]")

DAY = "2013-08-08"  # a Thursday

READ = Round(DAY)
_events, _one = READ.events, READ.one


def test_a_leader_who_telephoned_another_has_held_talks() -> None:
    text = (
        "MADRID - Spain kept up strict checks at the Gibraltar border on Thursday. British "
        "Prime Minister David Cameron telephoned Spanish Prime Minister Mariano Rajoy on "
        "Wednesday to voice his concern."
    )
    event = _one(text, "talks_held")
    assert (event.actor, event.target, event.date.isoformat()) == ("GBR", "ESP", "2013-08-07")
    for none in (
        "LONDON - Cameron had telephoned Rajoy in 2012 about fishing.",
        "LONDON - Cameron will telephone Spanish Prime Minister Mariano Rajoy on Friday.",
    ):
        assert not _events(none, kind="talks_held")


def test_trade_remedy_duties_confirmed_at_a_rate_are_a_tariff_increase() -> None:
    text = (
        "TOKYO, Sept. 27 Kyodo - The U.S. International Trade Commission on Friday confirmed "
        "anti-dumping duties of 454 percent on vector supercomputers made by NEC Corp."
    )
    found = _events(text, "1997-09-27", kind="tariff_increase")
    assert [(e.actor, e.target, e.date.isoformat()) for e in found] == [
        ("USA", "JPN", "1997-09-26")
    ]
    vague = "BRUSSELS - The Commission confirmed that the duties would stay in place."
    assert not _events(vague, "1997-09-27", kind="tariff_increase")


def test_what_duties_did_is_no_cut() -> None:
    text = (
        "JOHANNESBURG - The government has imposed final anti-dumping duties of up to 77% on "
        "Portland cement from Pakistan, confirming the provisional duties that have cut "
        "imports sharply since December."
    )
    kinds = [e.kind for e in _events(text, "2015-06-08")]
    assert kinds == ["tariff_increase"]


def test_a_matter_to_be_taken_up_with_another_countrys_officials() -> None:
    text = (
        "NEW DELHI - The European Union imposed anti-dumping duties on Indian bed linen on "
        "Friday. The Commerce Secretary will take up the matter with EU trade officials in "
        "Brussels next month, the ministry said."
    )
    event = _one(text, "talks_scheduled", "1997-11-29")
    assert (event.actor, event.target, event.date.isoformat()) == ("IND", "EU", "1997-12-29")
    wish = "NEW DELHI - Exporters want the government to take up the matter with Brussels."
    assert not _events(wish, "1997-11-29", kind="talks_scheduled")


def test_foreign_firms_of_the_set_belong_to_their_countries() -> None:
    for text, day, target in (
        (
            "PORTO ALEGRE - Governor Leonel Brizola expropriated the local unit of International "
            "Telephone and Telegraph Corp. on Friday.",
            "1962-02-17",
            "USA",
        ),
        (
            "CARACAS - Venezuela nationalized the local unit of Telecom Italia on Friday.",
            "2008-05-03",
            "ITA",
        ),
    ):
        assert _one(text, "sanction", day).target == target
    names = gazetteer()
    for name, code in (
        ("pdvsa", "VEN"),
        ("kennecott", "USA"),
        ("midland bank", "GBR"),
        ("kazmunaygas", "KAZ"),
        ("zimplats", "ZWE"),
        ("konkola copper mines", "ZMB"),
    ):
        assert names[name].code == code
