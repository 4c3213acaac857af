"""The reader's hundred-and-twenty-seventh round: standing states, topics of talks, fines.

Against the fifty-third to fifty-fifth sets' extras.

- A perfect that has held since a year is a standing state, no step ("Kuwait has boycotted
  Israel since 1957 under a law that bars ...", "The EU has applied tariff quotas on 26
  categories of steel products since 2018"), nor is what the law of that state does; but a
  first since then is news ("has approved its first exports of military equipment to
  Turkey since 2019").
- A purchase that talks are about is no purchase cut ("suspended talks with B.C. on buying
  electricity": the talks stall).
- A levy "on currency purchases" makes foreign currency dearer: an intervention, not a tariff.
- "fines" a retailer "could face", or a grade of ore, are no sanction; a company "fined" is.
- A duty on exports is the subject of a passive past a longer list of goods ("The 15 per
  cent duty on exports of pig iron and several steel products was removed").
"""

from __future__ import annotations

import pytest
from news_support import Round

pytest.importorskip("spacy", reason="the news reader needs spaCy: pip install tradewar[news]")

DAY = "2021-11-09"  # a Tuesday

READ = Round(DAY)
_events, _one = READ.events, READ.one


@pytest.mark.parametrize(
    "text",
    [
        "Kuwait has boycotted Israel since 1957 under a law that bars individuals and companies "
        "from dealing with Israeli entities.",
        "The EU has applied tariff quotas on 26 categories of steel products since 2018.",
        "The Bahamian dollar has been pegged at par to the US dollar since 1973.",
    ],
)
def test_a_measure_held_since_a_year_is_no_step(text: str) -> None:
    assert not _events(text)


def test_a_first_since_a_year_is_news() -> None:
    text = "Sweden has approved its first exports of military equipment to Turkey since 2019."
    event = _one(text, kind="export_control")
    assert (event.actor, event.target, event.status) == ("SWE", "TUR", "reversed")


def test_a_purchase_talks_are_about_is_no_purchase_cut() -> None:
    text = (
        "On Thursday, Alberta suspended talks with B.C. on buying electricity from the "
        "neighbouring province."
    )
    assert [e.kind for e in _events(text)] == ["talks_stalled"]


@pytest.mark.parametrize(
    "text",
    [
        "Belarus slaps 30 pct levy on currency purchases as rouble crisis spreads",
        "Belarus imposed a temporary 30 percent levy on purchases of foreign currency by "
        "individuals and companies on Friday.",
    ],
)
def test_a_levy_on_currency_purchases_is_an_intervention(text: str) -> None:
    assert [e.kind for e in _events(text, "2014-12-20")] == ["currency_intervention"]


@pytest.mark.parametrize(
    "text",
    [
        "Officials also warned retailers that they could face fines if they raised prices "
        "without reason.",
        "Agencies were told that advertising trips to the two destinations could bring fines.",
    ],
)
def test_fines_threatened_at_home_are_no_sanction(text: str) -> None:
    assert not _events(text, kind="sanction")


def test_a_company_fined_is_a_sanction() -> None:
    text = (
        "The commerce ministry also fined the companies an amount equal to twice the value of "
        "their arms contracts with Taiwan."
    )
    assert _events(text, kind="sanction")


def test_a_passive_reaches_its_export_duty_past_a_list_of_goods() -> None:
    event = _one(
        "The 15 per cent duty on exports of pig iron and several steel products was removed "
        "with effect from Saturday.",
        kind="export_control",
        date="2022-11-19",
    )
    assert (event.status, event.rate_change) == ("reversed", 0.15)
