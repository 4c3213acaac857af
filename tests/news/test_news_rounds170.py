"""The reader's hundred-and-seventieth round: meetings expected, and the ninety-third set.

- A trip, meeting or call between governments that "is expected" on a date ("Foreign
  Minister Antonio Tajani is expected to visit Beijing in the autumn", "US and Chinese
  trade officials are expected to hold a call next week") is talks scheduled, as the sets
  from fresh34 on label every such meeting (a delegation's was already); a time told by one
  ("comes days before Modi is expected to visit Washington") is none.
- A company whose shares move "as much as" a percentage ("Matson fell as much as 3.5
  percent in early New York trading") is a market line, on the market of the city "in
  early ... trading".
- Against the ninety-third set's misses: a purchase scrapped or put off ("scrapped on
  Thursday its planned purchase of 12 second-hand F-16 fighter jets from Israel", "has put
  off the purchase of two more Yuan-class submarines from China") is a purchase cut; a
  government's veto of a takeover ("to block the acquisition of Verisem", "cleared the way
  to block a Chinese takeover of a German company") is a sanction (and "cleared the way
  to" is the step itself, no permission given); duty-free treatment a country "will bind"
  for another's goods is a tariff cut; Mobil, the Compagnie Francaise des Petroles and the
  Iraq Petroleum Company join the companies' table, and "Royal Dutch/Shell" is Shell.
"""

from __future__ import annotations

import pytest
from news_support import Round

pytest.importorskip("spacy", reason="the news reader needs spaCy: pip install tradewar[news]")

DAY = "2023-06-17"  # a Saturday

READ = Round(DAY)
_events, _one = READ.events, READ.one

_LEAD = "ROME, June 17 (ANSA) - Italy raised its duty on Chinese steel to 25% on Friday. "


def test_a_ministers_visit_expected_is_talks_scheduled() -> None:
    text = _LEAD + (
        "Foreign Minister Antonio Tajani is expected to visit Beijing in the autumn to "
        "discuss trade and investment."
    )
    visit = _one(text, "talks_scheduled")
    assert (visit.actor, visit.target, visit.status) == ("ITA", "CHN", "announced")


def test_a_call_expected_next_week_is_talks_scheduled() -> None:
    text = (
        "WASHINGTON, June 17 (Reuters) - The United States raised tariffs on Chinese "
        "chips to 50% on Friday. US and Chinese trade officials are expected to hold a call "
        "next week to discuss the dispute."
    )
    call = _one(text, "talks_scheduled")
    assert {call.actor, call.target} == {"USA", "CHN"}
    assert call.date is not None and call.date.isoformat() >= "2023-06-19"


def test_a_visit_expected_that_only_tells_a_time_is_no_event() -> None:
    text = (
        "NEW DELHI, June 17 (PTI) - India cut its duty on large motorcycles to 30 percent "
        "on Friday. The cut comes days before Prime Minister Narendra Modi is expected to "
        "visit Washington."
    )
    assert not _events(text, kind="talks_scheduled")


def test_a_company_moving_as_much_as_a_percentage_is_a_market_line() -> None:
    text = (
        "BEIJING, June 17 (Bloomberg) - China raised its tariff on US soybeans to 25% on "
        "Friday. Matson fell as much as 3.5 percent in early New York trading."
    )
    line = _one(text, "market_reaction")
    assert line.actor == "USA"
    assert "Matson" in line.companies


def test_a_purchase_scrapped_or_put_off_is_a_purchase_cut() -> None:
    scrapped = (
        "ZAGREB, June 17 (Hina) - Croatia's government scrapped on Thursday its planned "
        "purchase of 12 second-hand F-16 fighter jets from Israel."
    )
    cut = _one(scrapped, "purchase_cut")
    assert (cut.actor, cut.target, cut.status) == ("HRV", "ISR", "in_effect")
    put_off = (
        "BANGKOK, June 17 - Thailand has put off the purchase of two more submarines from "
        "China for a year."
    )
    assert (_one(put_off, "purchase_cut").actor, _one(put_off, "purchase_cut").target) == (
        "THA",
        "CHN",
    )


def test_a_takeover_vetoed_is_a_sanction() -> None:
    text = (
        "BERLIN, June 17 (dpa) - The German government on Wednesday cleared the way to block "
        "a Chinese takeover of a German company for the first time."
    )
    veto = _one(text, "sanction")
    assert (veto.actor, veto.target, veto.status) == ("DEU", "CHN", "in_effect")
    # (a purchase of goods blocked is no takeover: "blocked the purchase" needs "of" and a firm)
    assert not _events("BERLIN - Germany blocked the bid.", kind="sanction")


def test_duty_free_treatment_bound_is_a_tariff_cut() -> None:
    text = (
        "COLOMBO, June 17 - Singapore, whose tariffs are already almost all at zero, will "
        "bind duty-free treatment for all Sri Lankan products."
    )
    cut = _one(text, "tariff_cut")
    assert (cut.actor, cut.target, cut.status) == ("SGP", "LKA", "announced")


def test_the_owners_of_a_nationalised_oil_company_are_named_companies() -> None:
    text = (
        "BAGHDAD, June 17 (AFP) - Iraq yesterday nationalised the Iraq Petroleum Company, "
        "taking over the Kirkuk oil field of the consortium owned by British Petroleum, "
        "Royal Dutch/Shell, the Compagnie Francaise des Petroles and Mobil Oil."
    )
    seized = _one(text, "sanction")
    assert seized.actor == "IRQ"
    assert {"Iraq Petroleum Company", "Shell", "Compagnie Francaise des Petroles", "Mobil"} <= set(
        seized.companies
    )
