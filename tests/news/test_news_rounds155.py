"""The reader's hundred-and-fifty-fifth round: the seventy-ninth set's misses.

- Market lines with no day of their own: a good's prices told at a place that opens the
  sentence ("In Dhaka, wholesale onion prices jumped by 40 percent"), or "within hours of
  the announcement"; the dollar "traded at 41 rupees" or "was quoted at 18 pesos" on the
  kerb or black market; a company that "gained 4 crowns in Oslo"; South Africa's financial
  and commercial rands.
- A delegation that "is expected to travel to Ankara next week" schedules talks (so, since
  round 170, does a leader's expected trip, as the sets from fresh34 on label it); dated
  talks after a modal
  ("would take the case to the South Pacific Forum meeting in August") are scheduled.
- Accounts and deposits frozen ("froze the accounts of Kyrgyz enterprises", "have also
  frozen the bank accounts of Tunisian workers") are a sanction; not "froze all foreign
  currency accounts".
- A treaty "denounced", and an agreement that "expired at midnight without renewal", are
  deals broken; Zaire and Mobutu stand for the Democratic Republic of the Congo.
- Goods bound for a country, the subject of a passive stop ("Shipments of wheat ... to
  Armenia ... have been halted") or of a planned cut ("deliveries of crude oil to Finland
  would be reduced next year"), are an export control.
- "Tariffs on goods now at 10 percent or less will be cut to 5 percent", "tariffs of 20
  percent and above will be reduced by a third", and duties cut past an aside of examples
  ("..., including polyester fibre and steel billets, were cut") are cuts; "now at 15 to 19
  percent" is the rate cut from; goods that "will carry a levy of 50 percent" face it.
- A currency's trading band widened, and foreign exchange rationed, are currency steps.
"""

from __future__ import annotations

import pytest
from news_support import Round

pytest.importorskip("spacy", reason="the news reader needs spaCy: pip install tradewar[news]")

DAY = "1993-05-12"  # a Wednesday

READ = Round(DAY)
_events, _one = READ.events, READ.one

LEAD = "NEW DELHI - India banned exports of onions on Tuesday. "


def test_market_lines_told_at_a_place_or_on_the_street() -> None:
    onions = LEAD + (
        "In Dhaka, wholesale onion prices jumped by 40 percent within hours of the announcement."
    )
    assert _one(onions, "market_reaction", "1998-10-01").actor == "BGD"
    kerb = LEAD + "In the kerb market the dollar traded at 41 rupees."
    assert _events(kerb, "1998-10-01", kind="market_reaction")
    black = LEAD + "On the black market the dollar was quoted at 18 pesos."
    assert _events(black, "1998-10-01", kind="market_reaction")
    crowns = LEAD + "Norsk Hydro gained 4 crowns in Oslo."
    event = _one(crowns, "market_reaction", "1998-10-01")
    assert (event.actor, event.companies) == ("NOR", ("Norsk Hydro",))
    rand = LEAD + "The commercial rand eased to 2.45 to the dollar."
    assert _one(rand, "market_reaction", "1998-10-01").actor == "ZAF"
    trend = LEAD + "In Dhaka, onion prices have risen by 40 percent this year."
    assert not _events(trend, "1998-10-01", kind="market_reaction")


def test_a_delegation_expected_and_talks_dated_after_a_modal() -> None:
    delegation = (
        "BONN - Germany halted arms deliveries to Turkey. A German delegation is expected "
        "to travel to Ankara next week."
    )
    event = _one(delegation, "talks_scheduled", "1992-03-27")
    assert (event.actor, event.target) == ("DEU", "TUR")
    leader = (
        "NEW DELHI - India cut duties on bikes. Prime Minister Narendra Modi is expected to "
        "travel to China at the end of the month."
    )
    # (round 170: a leader's trip expected is talks scheduled too, as the later sets label it)
    trip = _one(leader, "talks_scheduled", "2025-08-01")
    assert (trip.actor, trip.target) == ("IND", "CHN")
    forum = (
        "HONIARA - The United States banned imports of tuna from the Solomon Islands. "
        "Officials said the islands would take the case to the South Pacific Forum meeting "
        "in August."
    )
    assert _events(forum, "1984-06-26", kind="talks_scheduled")
    assert not _events(forum, "1984-06-26", kind="talks_held")


def test_accounts_frozen_are_a_sanction() -> None:
    accounts = (
        "TASHKENT - Uzbek officials also froze the accounts of Kyrgyz enterprises in Uzbek banks."
    )
    assert _one(accounts, "sanction").target == "KGZ"
    perfect = (
        "TUNIS - Libyan authorities have also frozen the bank accounts of Tunisian workers "
        "still in the country."
    )
    assert _one(perfect, "sanction", "1985-09-26").actor == "LBY"
    currency = "KARACHI - The government today froze all foreign currency accounts held in banks."
    assert not _events(currency, "1998-05-28", kind="sanction")


def test_a_treaty_denounced_or_an_agreement_lapsed_is_broken() -> None:
    treaty = (
        "KINSHASA - Zaire's President Mobutu Sese Seko denounced the 1960 treaty of "
        "friendship with Belgium today."
    )
    event = _one(treaty, "deal_broken", "1988-11-18")
    assert (event.actor, event.target) == ("COD", "BEL")
    lapsed = (
        "MADRID - The fisheries agreement between the European Union and Morocco expired at "
        "midnight without renewal."
    )
    assert _events(lapsed, "1999-12-01", kind="deal_broken")
    renewed = "MADRID - The fisheries agreement between the European Union and Morocco expired."
    assert not _events(renewed, "1999-12-01", kind="deal_broken")


def test_goods_bound_for_a_country_stopped_or_cut_in_the_passive() -> None:
    wheat = (
        "ANKARA - Shipments of wheat sent by the European Community to Armenia through "
        "Turkish ports have been halted, officials said."
    )
    assert _one(wheat, "export_control", "1993-04-03").target == "ARM"
    oil = (
        "HELSINKI - Soviet officials said deliveries of crude oil to Finland would be reduced "
        "next year from about 9 million tonnes to around 6 million tonnes."
    )
    event = _one(oil, "export_control", "1990-07-26")
    assert (event.target, event.status) == ("FIN", "announced")
    strike = "TOKYO - Exports of cars to Japan were cut by the strike."
    assert not _events(strike, "1990-07-26", kind="export_control")


def test_duties_cut_past_the_rates_goods_pay_now_and_levies_carried() -> None:
    now = (
        "WELLINGTON - Tariffs on most goods now at 15 to 19 percent will be reduced in "
        "annual steps to 10 percent by July 1996."
    )
    event = _one(now, "tariff_cut", "1990-12-19")
    assert (event.rate_from, event.rate_to) == (pytest.approx(0.19), pytest.approx(0.10))
    bound = "WELLINGTON - Tariffs on goods now at 10 percent or less will be cut to 5 percent."
    event = _one(bound, "tariff_cut", "1990-12-19")
    assert (event.rate_from, event.rate_to) == (None, pytest.approx(0.05))
    above = "WELLINGTON - Tariffs of 20 percent and above will be reduced by a third."
    assert _events(above, "1990-12-19", kind="tariff_cut")
    examples = (
        "ISLAMABAD - Duties on some industrial raw materials, including polyester fibre and "
        "steel billets, were cut by five percentage points to help exporters."
    )
    assert _events(examples, "1996-10-23", kind="tariff_cut")
    levy = (
        "BELGRADE - Under the law, Slovenian products will carry a levy of 50 percent on "
        "their price when sold in Serbia."
    )
    event = _one(levy, "tariff_increase", "1990-10-26")
    assert (event.actor, event.target) == ("SRB", "SVN")
    relative = (
        "WASHINGTON - The act also allows the President to remove duties on items that now "
        "carry duties of 5 percent or less."
    )
    assert not _events(relative, "1962-10-11", kind="tariff_increase")


def test_a_band_widened_and_foreign_exchange_rationed() -> None:
    band = (
        "HANOI - The State Bank of Vietnam today widened the band within which commercial "
        "banks may trade the dong against the US dollar to 10 percent."
    )
    assert _one(band, "currency_intervention", "1997-10-13").actor == "VNM"
    narrow = (
        "PARIS - France said it would not spend its reserves to keep the franc inside the "
        "narrow band that links it to the mark."
    )
    assert not _events(narrow, "1974-01-21", kind="currency_intervention")
    ration = (
        "MANILA - The Central Bank of the Philippines ordered banks to ration foreign "
        "exchange for imports."
    )
    assert _one(ration, "currency_intervention", "1983-10-06").actor == "PHL"
