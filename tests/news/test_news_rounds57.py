"""The reader's fifty-seventh round: vows on a currency, lists widened, rulings' goods.

Misses of the thirty-sixth set and of earlier sets: a vow to act on a currency without
*intervene* ("would take appropriate action if speculative moves continued"); firms of other
countries "also added" to the list told before; the goods of the measure a ruling faults;
a relative clause between a measure and its passive verb; talks dated by their own day,
not by the start of the tariff told after them; tariffs that name other targets than the
measure told before are events of their own.
"""

from __future__ import annotations

import datetime as dt

import pytest
from news_support import Round

pytest.importorskip("spacy", reason="the news reader needs spaCy: pip install tradewar[news]")

DAY = "2024-10-04"  # a Friday


READ = Round(DAY)
_events, _one = READ.events, READ.one


def test_a_vow_of_appropriate_action_on_the_currency():
    e = _one(
        "Vice Finance Minister Atsushi Mimura said Japan would take appropriate action if "
        "speculative moves in the currency persisted.",
        kind="currency_intervention",
    )
    assert (e.actor, e.status) == ("JPN", "threatened")


def test_a_vow_of_stabilising_measures_against_herd_behaviour():
    e = _one(
        "Finance Minister Choi Sang-mok said South Korea would take stabilising measures if "
        "herd behaviour took hold.",
        kind="currency_intervention",
    )
    assert (e.actor, e.status) == ("KOR", "threatened")


def test_necessary_measures_without_a_currency_are_no_intervention():
    found = _events(
        "China's commerce ministry said it would take necessary measures to protect the rights "
        "of Chinese companies.",
        kind="currency_intervention",
    )
    assert found == []


def test_intervening_again_is_an_intervention():
    e = _one(
        "Finance Minister Yoshihiko Noda said Japan would intervene again if necessary.",
        kind="currency_intervention",
    )
    assert (e.actor, e.status) == ("JPN", "threatened")


def test_remained_ready_to_intervene_is_a_pledge():
    e = _one(
        "The Czech National Bank said it remained ready to intervene in the foreign exchange "
        "market.",
        kind="currency_intervention",
    )
    assert (e.actor, e.status) == ("CZE", "threatened")


def test_bank_al_maghrib_is_morocco():
    e = _one(
        "Bank Al-Maghrib said it would intervene in the currency market if needed.",
        kind="currency_intervention",
    )
    assert e.actor == "MAR"


def test_firms_of_other_countries_also_added_to_the_list():
    found = _events(
        "The Commerce Department on Tuesday added 31 Chinese companies to its entity list. "
        "Firms in Singapore and Malaysia were also added, the department said.",
        kind="export_control",
    )
    got = {(e.actor, e.target, e.date) for e in found}
    assert got == {
        ("USA", "CHN", dt.date(2024, 10, 1)),
        ("USA", "SGP", dt.date(2024, 10, 1)),
        ("USA", "MYS", dt.date(2024, 10, 1)),
    }


def test_also_named_companies_in_a_country_are_sanctioned():
    found = _events(
        "Britain on Monday imposed sanctions on eight Russian shipping firms. It also named "
        "companies in Turkey that it said had helped them.",
        kind="sanction",
    )
    assert {e.target for e in found} == {"RUS", "TUR"}


def test_also_added_after_a_tariff_lists_nothing():
    found = _events(
        "Mexico raised tariffs on Chinese shoes to 35%. Firms in Vietnam were also added to "
        "the customs watch list.",
        kind="export_control",
    )
    assert found == []


def test_a_ruling_has_the_goods_of_the_measure_it_faults():
    e = _one(
        "A World Trade Organization panel ruled on Tuesday that Indonesia's export ban on "
        "nickel ore broke global trade rules.",
        kind="deal_broken",
    )
    assert (e.actor, "mining" in e.sectors) == ("IDN", True)


def test_a_breach_by_a_ban_named_alone_has_no_goods():
    found = _events(
        "Kenya halted maize imports from Tanzania on Monday, and Tanzania said the ban broke "
        "the bloc's common market rules.",
        kind="deal_broken",
    )
    assert [e.sectors for e in found] == [()]


def test_a_measure_dropped_past_its_relative_clause():
    found = _events(
        "The duties of 15% on goods from Chile and Peru, which had been due to start on Nov. 1, "
        "were scrapped on Tuesday, the ministry said.",
        kind="tariff_increase",
    )
    got = {(e.target, e.status, e.date, e.rate_change) for e in found}
    assert got == {
        ("CHL", "reversed", dt.date(2024, 10, 1), 0.15),
        ("PER", "reversed", dt.date(2024, 10, 1), 0.15),
    }


def test_talks_are_dated_by_their_day_not_by_the_next_tariff():
    found = _events(
        "Talks between Hanoi and Washington ended on Thursday without an agreement, and "
        "Vietnamese goods will face a 46% tariff from Oct. 9.",
    )
    talks = [e for e in found if e.kind == "talks_stalled"]
    tariff = [e for e in found if e.kind == "tariff_increase"]
    assert [(e.date, e.status) for e in talks] == [(dt.date(2024, 10, 3), "in_effect")]
    assert [(e.date, e.status) for e in tariff] == [(dt.date(2024, 10, 9), "announced")]


def test_tariffs_on_other_targets_than_the_lead_are_their_own_events():
    found = _events(
        "President Donald Trump on Thursday called off the tariffs he had planned on four "
        "European countries. The tariffs of 10% on goods from Denmark, Norway, Sweden and "
        "Finland, which had been due to take effect on Nov. 1, were dropped on Thursday, he "
        "said.",
        kind="tariff_increase",
    )
    named = {e.target for e in found if e.rate_change == 0.10}
    assert named == {"DNK", "NOR", "SWE", "FIN"}
    assert {e.status for e in found if e.target in named} == {"reversed"}


def test_pak_is_pakistan_in_a_headline():
    found = _events("Pak-Afghan trade talks in Kabul collapse without agreement")
    assert [(e.kind, e.actor, e.target) for e in found] == [("talks_stalled", "PAK", "AFG")]


def test_a_rise_to_an_average_rate_is_the_new_rate():
    e = _one(
        "The provisional duty will rise to an average of 47.6 percent on Dec. 6 unless the two "
        "sides settle.",
        kind="tariff_increase",
    )
    assert (e.rate_to, e.rate_change, e.status) == (pytest.approx(0.476), None, "threatened")
