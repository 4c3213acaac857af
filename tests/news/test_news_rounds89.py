"""The reader's eighty-ninth round: the forty-third set's misses.

A central bank's rate rise told as a defence of its currency ("raised its main interest
rate ... to halt a slide in the leu") is a currency intervention; a loss told over the year
that ends in the day's level ("has lost about 40 percent ... this year and traded at about
78 per dollar on Thursday") is the day's market move; a relative clause after a fronted
phrase ("Under the agreement, which the two governments aim to sign in late September,
Japan will lower ...") ends at its comma, its date the agreement's; a supplier that "has
stopped supplying Egypt with refined oil products" controls exports; purchases brought
forward are promised; a number before a currency's name is an amount ("set at 0.25 euro"),
no currency moved; the leu of Moldova, the metical, the somoni, the som and the Libyan dinar
are known.
"""

from __future__ import annotations

import pytest
from news_support import Round

pytest.importorskip("spacy", reason="the news reader needs spaCy: pip install tradewar[news]")

DAY = "2016-10-20"  # a Thursday


READ = Round(DAY)
_events, _one = READ.events, READ.one


@pytest.mark.parametrize(
    ("sentence", "actor"),
    [
        (
            "Moldova's central bank raised its main interest rate by 5 percentage points to "
            "13.5 percent on Wednesday to halt a slide in the leu.",
            "MDA",
        ),
        (
            "The Bank of Mozambique on Wednesday raised its benchmark lending rate by six "
            "percentage points to 23.25 percent, as it tries to halt the slide of the metical.",
            "MOZ",
        ),
    ],
)
def test_a_rate_rise_to_defend_the_currency_is_an_intervention(sentence, actor):
    event = _one(sentence, kind="currency_intervention")
    assert (event.actor, event.status, str(event.date)) == (actor, "in_effect", "2016-10-19")


def test_a_rate_rise_against_inflation_alone_is_no_intervention():
    found = _events(
        "The central bank on Wednesday raised its key rate to 10 percent to curb inflation."
    )
    assert found == []


def test_a_loss_over_the_year_ending_in_the_days_level_is_the_days_move():
    found = _events(
        "The Bank of Mozambique raised its key rate on Wednesday to defend the metical. "
        "The metical has lost about 40 percent of its value against the dollar this year and "
        "traded at about 78 per dollar on Thursday.",
        kind="market_reaction",
    )
    assert [(e.actor, str(e.date)) for e in found] == [("MOZ", "2016-10-20")]


def test_a_relative_clause_after_a_fronted_phrase_ends_at_its_comma():
    event = _one(
        "Under the agreement, which the two governments aim to sign in New York in late "
        "September, Japan will lower its 38.5 percent tariff on U.S. beef to 26.6 percent as "
        "soon as the deal takes effect.",
        kind="tariff_cut",
        date="2019-08-26",
    )
    assert (event.actor, event.target, event.rate_from, event.rate_to) == (
        "JPN",
        "USA",
        0.385,
        0.266,
    )
    assert str(event.date) == "2019-08-26"  # not the signing's late September


def test_a_supplier_that_stopped_supplying_a_country_controls_exports():
    event = _one(
        "Saudi Aramco has stopped supplying Egypt with refined oil products for October.",
        kind="export_control",
    )
    assert (event.actor, event.target) == ("SAU", "EGY")


def test_purchases_brought_forward_are_promised():
    event = _one(
        "Abe said on Sunday that Japanese companies would bring forward purchases of about "
        "2.5 million tonnes of U.S. corn.",
        kind="purchase_commitment",
        date="2019-08-26",
    )
    assert (event.actor, event.target) == ("JPN", "USA")


def test_a_number_before_a_currencys_name_is_an_amount():
    found = _events(
        "The European Union will impose definitive anti-dumping duties on titanium dioxide "
        "from China. The duties, set at 0.25 euro to 0.74 euro per kilogram depending on the "
        "exporter, take effect on Saturday."
    )
    assert "currency_intervention" not in [e.kind for e in found]
