"""The reader's hundred-and-seventy-first round: against the ninety-fourth set's misses.

- Exchange controls told as the subject of their own step ("Stricter exchange controls
  came into force the same day", "Exchange controls were tightened on Monday"), payments
  made "subject to exchange control" or waiting for the central bank's approval are a
  currency intervention, apart from a devaluation told the same day; controls told with a
  past year or "since" are history.
- Imports barred in the passive ("imports of television sets will be suspended for six
  months") or made to wait for a licence ("licences would be required for imports of
  refrigerators") are a purchase cut, as the sets label a country's suspended or banned
  imports (the labelling guide now counts it); a quota told with the licences stays the
  measure; "had been halted since July" is history.
- A tax put on imports in the passive ("a 15 percent tax would be levied on imports of
  cement") is a tariff increase.
- "Stop importing inflation" is a figure of speech, no purchase cut.
- A name added to the Pentagon's list of companies it says work with China's military is
  a sanction, and "a designation that bars Americans from investing in them" is what it
  does, no second event.
- A country that "invoked Article XXIII" of the GATT against others filed a case: deal
  broken, the defendant the actor.
"""

from __future__ import annotations

import pytest
from news_support import Round

pytest.importorskip("spacy", reason="the news reader needs spaCy: pip install tradewar[news]")

DAY = "1988-03-14"  # a Monday

READ = Round(DAY)
_events, _one = READ.events, READ.one

_DEVALUED = "SUVA, March 14 (Reuter) - Fiji devalued its dollar by 10 percent on Monday. "


def test_exchange_controls_that_took_effect_are_a_currency_intervention() -> None:
    text = _DEVALUED + "Stricter exchange controls came into force the same day."
    steps = _events(text, kind="currency_intervention")
    assert len(steps) == 2
    assert _events("Exchange controls were tightened on Monday, the bank said.", kind=(
        "currency_intervention"))  # fmt: skip
    subject = (
        "ANTANANARIVO, March 14 (AFP) - Madagascar said payments to France will be subject "
        "to exchange control from Tuesday."
    )
    assert _one(subject, "currency_intervention").actor == "MDG"
    approval = _DEVALUED + (
        "Importers will need Reserve Bank approval for payments above 5,000 Fiji dollars "
        "from Tuesday."
    )
    assert len(_events(approval, kind="currency_intervention")) == 2


def test_exchange_controls_told_as_history_are_no_event() -> None:
    text = _DEVALUED + (
        "It is the third devaluation since exchange controls were introduced in 1982."
    )
    assert len(_events(text, kind="currency_intervention")) == 1


def test_imports_suspended_in_the_passive_are_a_purchase_cut() -> None:
    text = (
        "COLOMBO, March 14 (Reuter) - Sri Lanka said imports of television sets and "
        "video recorders will be suspended for six months to save foreign exchange."
    )
    cut = _one(text, "purchase_cut")
    assert (cut.actor, cut.status) == ("LKA", "announced")
    told = _DEVALUED + "Imports of Australian beef had been halted since July."
    assert not _events(told, kind="purchase_cut")


def test_licences_required_for_imports_are_a_purchase_cut_unless_a_quota_is_told() -> None:
    text = (
        "COLOMBO, March 14 (Reuter) - Sri Lanka said licences would be required for "
        "imports of refrigerators from next month."
    )
    assert _one(text, "purchase_cut").status == "announced"
    quota = (
        "ALGIERS, March 14 (AFP) - Algeria cut its car import quota to 80,000 on Monday. "
        "Licences will also be required for imports of steel, capped at one million tonnes."
    )
    assert not _events(quota, kind="purchase_cut")


def test_a_tax_levied_on_imports_in_the_passive_is_a_tariff_increase() -> None:
    text = (
        "THIMPHU, March 14 (Kuensel) - Bhutan said a 15 percent tax would be levied on "
        "imports of cement from India from April 1."
    )
    duty = _one(text, "tariff_increase")
    assert (duty.actor, duty.target, duty.status) == ("BTN", "IND", "announced")


def test_importing_inflation_is_no_purchase_cut() -> None:
    text = (
        "BISHKEK, March 14 (Interfax) - Kyrgyzstan devalued the som by 20 percent on "
        "Monday. The president said the step would let the country stop importing "
        "Russian inflation."
    )
    assert not _events(text, kind="purchase_cut")


def test_a_company_added_to_the_pentagons_military_list_is_a_sanction() -> None:
    text = (
        "WASHINGTON, Jan 6 (AP) - The Pentagon has added Chinese drone maker DJI to its list "
        "of companies it says work with China's military, a designation that bars Americans "
        "from investing in them."
    )
    listed = _one(text, "sanction", date="2021-01-06")
    assert (listed.actor, listed.target) == ("USA", "CHN")
    assert len(_events(text, date="2021-01-06")) == 1


def test_article_xxiii_invoked_is_a_case_filed() -> None:
    text = (
        "GENEVA, March 14 (AFP) - Chile today invoked Article XXIII of the General "
        "Agreement on Tariffs and Trade against the United States over its copper duty."
    )
    case = _one(text, "deal_broken")
    assert (case.actor, case.target, case.status) == ("USA", "CHL", "in_effect")
