"""The reader's fifty-fifth round: misses of the thirty-fifth set, after its one measurement.

Tested on new wording, other countries and goods: restrictions on imports from a country
eased or lifted are purchases let in again; a suspension of imports lifted is reversed;
licences frozen for sales to a country control exports; a currency band widened is a
currency step, by the clause's own currency.
"""

from __future__ import annotations

import datetime as dt

import pytest
from news_support import Round

pytest.importorskip("spacy", reason="the news reader needs spaCy: pip install tradewar[news]")

DAY = "2018-11-26"  # a Monday


READ = Round(DAY)
_events, _one = READ.events, READ.one


class TestImports:
    """Restrictions on imports from a country, and suspensions of them, lifted."""

    def test_restrictions_on_imports_lifted(self):
        e = _one(
            "China has lifted restrictions on imports of mangoes from 12 Thai exporters.",
            kind="purchase_cut",
        )
        assert (e.actor, e.target, e.status) == ("CHN", "THA", "reversed")

    def test_restrictions_on_beef_imports_eased(self):
        e = _one(
            "Taiwan eased its restrictions on pork imports from the United States on Friday.",
            kind="purchase_cut",
        )
        assert (e.actor, e.target, e.status) == ("TWN", "USA", "reversed")

    def test_suspension_lifted(self):
        e = _one(
            "China has lifted its suspension of beef imports from Minerva.", kind="purchase_cut"
        )
        assert e.status == "reversed"


class TestControls:
    """Licences frozen for sales to a country."""

    def test_licences_frozen(self):
        e = _one(
            "Sweden froze new licences for arms and military equipment to Turkey on Friday.",
            kind="export_control",
        )
        assert (e.actor, e.target, e.date) == ("SWE", "TUR", dt.date(2018, 11, 23))


class TestCurrencies:
    """A currency band widened; its currency decides whose step it is."""

    def test_band_widened(self):
        e = _one(
            "Tunisia widened the band in which its dinar trades to 2 percent on either side of "
            "a central rate on Monday.",
            kind="currency_intervention",
        )
        assert (e.actor, e.date) == ("TUN", dt.date(2018, 11, 26))

    def test_the_clause_own_currency(self):
        found = _events(
            "The State Bank of Vietnam raised its reference rate by 1 percent to 21,890 dong "
            "per US dollar and widened the band in which the dong may trade to 3 percent "
            "either side of the rate.",
            kind="currency_intervention",
        )
        assert {e.actor for e in found} == {"VNM"}
