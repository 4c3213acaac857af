"""The reader's sixth round: one test class per class of error, on sentences of its own.

None of these sentences is taken from a labelled set: each class of error that the fourth
fresh held-out set showed (docs/news.md, "Quality, measured") is tested on new wording,
other countries, currencies, markets and goods, so that the mechanism is tested, not the
sentence.  A market move is an event only in a report of other trade events, so the
market tests open with a lead that tells one.
"""

from __future__ import annotations

import pytest
from news_support import Round

pytest.importorskip("spacy", reason="the news reader needs spaCy: pip install tradewar[news]")

DAY = "2025-03-06"  # a Thursday
LEAD = "The European Union raised tariffs on Norwegian salmon to 20% on Tuesday. "


READ = Round(DAY)
_events, _one = READ.events, READ.one


class TestInterventionsInOtherWords:
    """Class 2: a currency intervention told without *intervene*."""

    @pytest.mark.parametrize(
        ("sentence", "actor"),
        [
            ("The Bank of Thailand bought baht on Wednesday to slow its fall.", "THA"),
            ("Taiwan's central bank sold U.S. dollars late in the session, dealers said.",
             "TWN"),
            ("Bank Indonesia stepped into the market on Wednesday as the rupiah slid.", "IDN"),
            ("Japan's finance ministry conducted rate checks with dealers on Wednesday as "
             "the yen slumped.", "JPN"),
            ("The central bank of Turkey dumped dollars to support the lira.", "TUR"),
        ],
    )  # fmt: skip
    def test_an_official_trade_or_step_in_is_an_intervention(self, sentence, actor):
        event = _one(LEAD + sentence, "currency_intervention")
        assert event.actor == actor

    def test_a_regime_scrapped_is_an_intervention_reversed(self):
        event = _one(
            LEAD + "The Czech National Bank abandoned its exchange rate floor of 27 crowns "
            "per euro on Wednesday.",
            "currency_intervention",
        )
        assert (event.actor, event.status) == ("CZE", "reversed")

    def test_a_step_in_promised_is_the_currencys_country_threat(self):
        event = _one(
            LEAD + "The governor said the authorities would step in if the rupee's fall "
            "gathered pace.",
            "currency_intervention",
        )
        assert (event.actor, event.status) == ("IND", "threatened")

    @pytest.mark.parametrize(
        "sentence",
        [
            "Japanese exporters sold dollars ahead of the holiday.",
            "Hedge funds bought the Swiss franc on Wednesday.",
        ],
    )
    def test_private_trades_are_no_intervention(self, sentence):
        assert _events(LEAD + sentence, kind="currency_intervention") == []


class TestCompaniesAsWritten:
    """Class 3: a table's company written with a corporate word or other capitals."""

    @pytest.mark.parametrize(
        ("sentence", "company"),
        [
            ("Shares of Hyundai Steel Corp slid 4% in Seoul.", "Hyundai Steel Corp"),
            ("Shares of Nestle Group rose 2% in Zurich.", "Nestle Group"),
            ("Shares of TSMC Holdings fell 3% in Taipei.", "TSMC Holdings"),
        ],
    )  # fmt: skip
    def test_a_corporate_word_extends_the_name(self, sentence, company):
        event = _one(LEAD + sentence, "market_reaction")
        assert event.companies == (company,)

    def test_other_capitals_are_listed_as_written(self):
        event = _one(LEAD + "Shares of ThyssenKrupp fell 2% in Frankfurt.", "market_reaction")
        assert (event.actor, event.companies) == ("DEU", ("ThyssenKrupp",))

    def test_an_alias_keeps_the_tables_name(self):
        event = _one(
            LEAD + "Shares of Taiwan Semiconductor Manufacturing fell 3% in Taipei.",
            "market_reaction",
        )
        assert event.companies == ("TSMC",)


class TestNoEventInLeadsAndBackground:
    """Class 4: policy rates and anniversaries are no trade events."""

    @pytest.mark.parametrize(
        "sentence",
        [
            "Sweden's Riksbank lowered its key rate to 2.25% on Wednesday.",
            "The Bank of Canada cut its benchmark interest rate by 25 basis points.",
            "Thirty years ago today, trade ministers from Chile and Peru held talks in Lima.",
            "Licences will still be needed for exports of lithium to every country.",
        ],
    )
    def test_no_event(self, sentence):
        assert [e.kind for e in _events(LEAD + sentence)] == ["tariff_increase"]


class TestDates:
    """Class 5: the end of a suspension does not date it."""

    def test_suspend_until_a_date(self):
        event = _one(
            "Peru will suspend until June 30, 2026 its ban on exports of quinoa.", "export_control"
        )
        assert (event.status, event.date.isoformat()) == ("reversed", DAY)

    def test_suspension_told_after_the_measure(self):
        event = _one(
            "Peru said on Wednesday it will suspend its ban on quinoa exports until June 30.",
            "export_control",
        )
        assert (event.status, event.date.isoformat()) == ("reversed", "2025-03-05")

    def test_a_second_suspension_with_also_is_another_event(self):
        found = _events(
            "Peru suspended its ban on quinoa exports on Wednesday. The ministry also "
            "suspended, from Thursday, its ban on exports of copper ore."
        )
        assert [(e.kind, e.status) for e in found] == [("export_control", "reversed")] * 2
