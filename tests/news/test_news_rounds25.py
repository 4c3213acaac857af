"""The reader's twenty-fifth round: one test class per class of error, on sentences of its own.

None of these sentences is taken from a labelled set: each class of error that the
twentieth fresh held-out set showed is tested on new wording, other countries and goods,
so that the mechanism is tested, not the sentence.
"""

from __future__ import annotations

import pytest
from news_support import Round

pytest.importorskip("spacy", reason="the news reader needs spaCy: pip install tradewar[news]")

DAY = "2024-03-08"  # a Friday


READ = Round(DAY)
_events, _one = READ.events, READ.one


class TestCommodityPrices:
    """Class 1: a commodity's prices that move are a market reaction; consumer prices and
    the prices of imported goods are not a market."""

    def test_export_prices_fell(self):
        event = _one(
            "India banned exports of rice. Thai rice export prices fell by about $30 a tonne "
            "on the news.",
            "market_reaction",
        )
        assert event.status == "in_effect"

    def test_consumer_prices_are_no_market(self):
        assert not _events(
            "India banned exports of onions. Consumer prices of imported onions rose in Dhaka.",
            kind="market_reaction",
        )


class TestSummitsWithoutADeclaration:
    """Class 2: a summit that ends without a declaration stalls; the declaration it lacks is
    no deal broken."""

    def test_the_summit_stalls(self):
        _one(
            "The ASEAN summit ended on Tuesday without a joint leaders' declaration.",
            "talks_stalled",
        )

    def test_a_headline_breaks_no_deal(self):
        assert not _events(
            "ASEAN summit ends without joint declaration amid row over fishing rights",
            kind="deal_broken",
        )


class TestMarketAccessGranted:
    """Class 3: market access given or goods let in duty-free are a tariff cut; an
    agreement's relative clause that gives access is what it does, no cut."""

    @pytest.mark.parametrize(
        "text",
        [
            "Japan will give Australian beef farmers access to a larger share of its market.",
            "Vietnam will give preferential market access to 400 products from Chile.",
            "Norway agreed to let in duty-free cheese from the European Union.",
        ],
    )
    def test_a_cut(self, text):
        _one(text, "tariff_cut")

    def test_an_agreement_that_gives_access(self):
        assert not _events(
            "Officials warned that the agreements that give Norway access to the EU's single "
            "market could erode.",
            kind="tariff_cut",
        )


class TestTravelBansAndBonds:
    """Class 4: visa restrictions and travel bans are sanctions (one event beside the
    sanctions they come with); barring investors from buying a government's bonds is a
    sanction."""

    def test_visa_restrictions(self):
        event = _one(
            "The State Department will impose visa restrictions on Chinese officials "
            "responsible for the crackdown.",
            "sanction",
        )
        assert event.actor == "USA"

    def test_travel_bans_beside_sanctions_are_one(self):
        assert (
            len(
                _events(
                    "Canada will impose travel bans and financial sanctions on 12 Belarusian "
                    "officials.",
                    kind="sanction",
                )
            )
            == 1
        )

    def test_bonds_barred(self):
        _one(
            "Washington signed an order barring American banks from buying new bonds issued "
            "by the Nicaraguan government.",
            "sanction",
        )


class TestCentralBanksReady:
    """Class 5: a central bank that says it would intervene if volatility rises threatens
    an intervention, whichever clause names the volatility."""

    def test_would_intervene(self):
        event = _one(
            "The central bank said it would intervene again if it saw excessive volatility.",
            "currency_intervention",
        )
        assert event.status == "threatened"


class TestDutiesNoLongerCollected:
    """Class 6: duties a country stops collecting are reversed."""

    def test_stopped_collecting(self):
        event = _one(
            "India stopped collecting its retaliatory tariffs of up to 20% on U.S. walnuts on "
            "Monday.",
            "retaliation",
        )
        assert event.status == "reversed"


class TestMeasuresOfAnEarlierYearNamed:
    """Class 7: a measure done on a month or day of an earlier year the sentence names ("in
    June last year") is history."""

    def test_last_year(self):
        found = _events(
            "Ankara raised tariffs on Chinese steel. Brussels imposed the duties of 20 percent "
            "on Turkish steel in June last year.",
            kind="tariff_increase",
        )
        assert [e.actor for e in found] == ["TUR"]

    def test_a_month_of_next_year(self):
        event = _one(
            "Brussels will impose duties of 20 percent on Turkish steel in March next year.",
            "tariff_increase",
        )
        assert str(event.date) == "2025-03-01"


class TestGoodsBannedFromImport:
    """Class 8: goods banned "from import" are a purchase cut; firms banned from import and
    export activities are not goods."""

    def test_goods_banned_from_import(self):
        _one(
            "Kazakhstan expanded the list of Kyrgyz goods banned from import, adding dairy "
            "products and meat.",
            "purchase_cut",
        )

    def test_firms_are_not_goods(self):
        assert not _events(
            "China added two U.S. contractors to its unreliable entity list, banning the "
            "contractors from import and export activities related to China.",
            kind="purchase_cut",
        )

    def test_restrictions_that_break_rules_are_no_new_control(self):
        assert not _events(
            "Kyrgyzstan said the restrictions violated the rules of the Eurasian Economic Union.",
            kind="export_control",
        )
