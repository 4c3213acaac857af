"""The reader's hundred-and-forty-eighth round: the seventy-first set's misses.

- "Latin America", "South America": a region, not the United States (as "Latin American"
  already was).
- An import ban on goods "from all countries" is a barrier to every seller: an event with
  no target, not dropped as a purchase from everyone.
- Buyers that "have stopped taking delivery of Australian raw sugar" cut their purchases.
- Military and civilian cooperation suspended with a country is a sanction, like aid (not
  an agreement's "trade and cooperation", nor cooperation stopped beside an arms embargo);
  so are military ties suspended.
- A rate fixed by "the value of" a currency, in words ("fixing the value of the kwacha at
  eight to the dollar"), is an intervention; a regime's standing rule ("which fixes the
  peso at one to the dollar") is none.
- Bilateral trade suspended with a country is all trade stopped: both ways.
- "The ban would hit exports worth ...": what a ban told before does, no export control.
- Dollars that "changed hands at 30 kwacha" on a parallel market are a market line; the sum
  of aid ("its aid, worth about 25 million dollars a year") is no trade covered; an average
  cut "by about 8.8 percent" (not points) is a share of itself, no rate.
"""

from __future__ import annotations

import pytest
from news_support import Round

pytest.importorskip("spacy", reason="the news reader needs spaCy: pip install tradewar[news]")

DAY = "1991-09-23"  # a Monday

READ = Round(DAY)
_events, _one = READ.events, READ.one


def test_latin_america_is_no_country() -> None:
    text = (
        "SANTIAGO - Chile and Mexico signed a free trade agreement on Sunday that will remove "
        "tariffs on almost all goods traded between them by 1996, the first such pact in "
        "Latin America."
    )
    cuts = _events(text, kind="tariff_cut")
    assert cuts and all(e.target in {"CHL", "MEX"} for e in cuts)


def test_an_import_ban_from_all_countries() -> None:
    text = (
        "DAKAR - Senegal has banned imports of poultry meat, live birds and hatching eggs from "
        "all countries, to keep out bird flu, the Ministry of Livestock said on Friday."
    )
    event = _one(text, "purchase_cut", "2005-11-26")
    assert (event.actor, event.target) == ("SEN", None)


def test_stopped_taking_delivery() -> None:
    text = (
        "CANBERRA - Japanese sugar refiners have stopped taking delivery of Australian raw "
        "sugar under their long-term contract, the Queensland Sugar Board said today."
    )
    event = _one(text, "purchase_cut", "1977-03-10")
    assert (event.actor, event.target) == ("JPN", "AUS")


def test_cooperation_suspended_is_a_sanction() -> None:
    text = (
        "PARIS - France on Sunday suspended its military and civilian cooperation with Niger, "
        "a day after soldiers overthrew the president."
    )
    event = _one(text, "sanction", "1996-01-28")
    assert (event.actor, event.target) == ("FRA", "NER")


def test_military_ties_suspended_is_a_sanction() -> None:
    text = "WASHINGTON - The United States suspended its military ties with Indonesia on Friday."
    event = _one(text, "sanction", "1999-09-17")
    assert (event.actor, event.target) == ("USA", "IDN")


def test_a_cooperation_agreement_or_an_embargo_is_not_aid() -> None:
    pact = (
        "ROME - European Community foreign ministers agreed on Friday to suspend the "
        "Community's trade and cooperation agreement with Yugoslavia."
    )
    assert not _events(pact, "1991-11-08", kind="sanction")
    embargo = (
        "MADRID - European Community leaders imposed an embargo on arms sales to China on "
        "Tuesday and suspended military cooperation with Beijing."
    )
    assert not _events(embargo, "1989-06-27", kind="sanction")


def test_a_currency_fixed_by_its_value_in_words() -> None:
    text = (
        "LUSAKA - Zambia has abandoned its reform programme with the International Monetary "
        "Fund, President Kenneth Kaunda announced on Friday, fixing the value of the kwacha "
        "at eight to the dollar."
    )
    assert _one(text, "currency_intervention", "1987-05-02").actor == "ZMB"


def test_a_regime_that_fixes_a_currency_is_no_intervention() -> None:
    text = (
        "BUENOS AIRES - Economy Minister Domingo Cavallo on Friday raised the so-called "
        "statistics tax charged on most imports to 10 percent from 3 percent, a step he said "
        "was needed to protect the trade balance and the fiscal accounts under the "
        "convertibility plan, which fixes the peso at one to the dollar."
    )
    # (a rate in words counts since this round: the plan's standing peg stays no event)
    assert not _events(text, "1992-10-30", kind="currency_intervention")


def test_bilateral_trade_suspended() -> None:
    text = "ISLAMABAD - Pakistan on Wednesday suspended bilateral trade with India."
    assert _one(text, "purchase_cut", "2019-08-08").target == "IND"
    assert _one(text, "export_control", "2019-08-08").target == "IND"


def test_what_a_ban_would_hit_is_no_export_control() -> None:
    text = (
        "NEW DELHI - The European Union has banned imports of fishery products from India. "
        "Officials said the ban would hit exports worth about Rs 1,000 crore a year, mainly "
        "frozen shrimp shipped to Spain, Italy and Belgium."
    )
    assert not _events(text, "1997-08-08", kind="export_control")
    assert _one(text, "purchase_cut", "1997-08-08").target == "IND"


def test_its_own_aid_suspended() -> None:
    text = (
        "PARIS - France on Sunday suspended its military and civilian cooperation with Niger. "
        "The United States said on Saturday it would suspend its aid, worth about 25 million "
        "dollars a year, under a law that bars assistance to governments that take power in a "
        "coup."
    )
    sanctions = _events(text, "1996-01-28", kind="sanction")
    assert {e.actor for e in sanctions} == {"FRA", "USA"}


def test_dollars_changing_hands_on_the_parallel_market() -> None:
    text = (
        "LUSAKA - Zambia fixed the kwacha at 8 to the dollar on Friday. On the parallel "
        "market, dollars changed hands at 30 kwacha or more on Saturday, traders said."
    )
    assert _one(text, "market_reaction", "1987-05-02").actor == "ZMB"


def test_the_sum_of_aid_is_no_trade_covered() -> None:
    text = (
        "WASHINGTON - The United States said on Saturday it would suspend its aid to Niger, "
        "worth about 25 million dollars a year."
    )
    assert _one(text, "sanction", "1996-01-28").value_usd is None


def test_an_average_cut_by_a_share_of_itself_is_no_rate() -> None:
    share = "BEIJING - China on Saturday cut the average tariff on 2,898 items by 8.8 percent."
    assert _one(share, "tariff_cut", "1994-01-01").rate_change is None
    points = "BEIJING - China on Saturday cut the average tariff by 8.8 percentage points."
    assert _one(points, "tariff_cut", "1994-01-01").rate_change == pytest.approx(0.088)
