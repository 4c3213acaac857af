"""The reader's twenty-eighth round: one test class per class of error, on sentences of its own.

None of these reports is taken from a labelled set: each class of error that the
twenty-first fresh held-out set showed is tested on new wording, other countries and goods,
so that the mechanism is tested, not the sentence.
"""

from __future__ import annotations

import pytest
from news_support import Round

pytest.importorskip("spacy", reason="the news reader needs spaCy: pip install tradewar[news]")

DAY = "2024-03-08"  # a Friday


READ = Round(DAY)
_events, _one = READ.events, READ.one


class TestDutiesScrappedUnderAFreeTradeAgreement:
    """Class 1: in a report of a free trade agreement signed or in force, and of no
    conflict, the duties a country scraps are standing ones: a cut, not a measure undone."""

    def test_a_cut_under_the_agreement(self):
        event = _one(
            "Chile and Thailand signed a free trade agreement in Bangkok on Friday. Chile "
            "will scrap its 6 percent tariff on Thai rice.",
            "tariff_cut",
        )
        assert event.status == "announced"

    def test_a_conflict_measure_is_undone(self):
        found = _events(
            "Chile imposed retaliatory tariffs on Thai rice last year. Chile and Thailand "
            "signed a free trade agreement on Friday. Chile will scrap its 6 percent tariff "
            "on Thai rice.",
        )
        assert not [e for e in found if e.kind == "tariff_cut"]


class TestDealsBrokenInOtherWords:
    """Class 2: the terms of a contract broken and a violation of an agreement are a deal
    broken."""

    @pytest.mark.parametrize(
        "text",
        [
            "Moscow said Kyiv broke the terms of their 2012 transit contract by failing to pay.",
            "Ottawa called the tariffs a clear violation of the free trade agreement.",
        ],
    )
    def test_broken(self, text):
        _one(text, "deal_broken")


class TestTalksThatFail:
    """Class 3: talks that "have failed", a protocol members "failed to adopt", are talks
    stalled; a round named by its ordinal in figures is talks."""

    def test_talks_have_failed(self):
        _one(
            "Trade talks between Canada and India have de facto failed, the minister said.",
            "talks_stalled",
        )

    def test_failed_to_adopt(self):
        _one(
            "WTO members failed to adopt the fisheries protocol by the June deadline.",
            "talks_stalled",
        )

    def test_the_15th_round(self):
        _one("The 12th round will take place in Ottawa in early May.", "talks_scheduled")


class TestThingsMetAreNoMeetings:
    """Class 4: obligations, demand or targets met are no talks."""

    @pytest.mark.parametrize(
        "text",
        [
            "Canada imposed sanctions on Gazprom. Gazprom said it would continue to meet its "
            "obligations to partners.",
            "Uzbekistan halted gas exports to China to meet domestic demand.",
        ],
    )
    def test_no_talks(self, text):
        assert not [e for e in _events(text) if e.kind.startswith("talks")]


class TestWhatOneCanDo:
    """Class 5: what a party "can" do under an agreement is a power, no measure ("can now
    enter duty-free" is access granted, tested elsewhere)."""

    def test_can_restore(self):
        assert not _events(
            "Under the accord, the EU can restore its sanctions within 30 days if Belarus "
            "breaks its commitments.",
            kind="sanction",
        )


class TestOneMarketsCompaniesTogether:
    """Class 6: companies of one market moving together, joined by *and*, are one market
    move listing both; a move "while" another falls stays two."""

    def test_joined_by_and(self):
        found = _events(
            "Ottawa raised duties on U.S. lumber. Shares of Canfor fell 2.1 per cent in "
            "Toronto on Wednesday, and Interfor lost 1.6 per cent.",
            kind="market_reaction",
        )
        assert len(found) == 1

    def test_while_stays_two(self):
        found = _events(
            "Washington raised tariffs on Mexican tomatoes. Shares of Goodyear rose 2% in New "
            "York, while Tyson Foods fell 3% in New York.",
            kind="market_reaction",
        )
        assert len(found) == 2


class TestBarredFromAFinancialSystem:
    """Class 7: a bank barred or cut off from a financial system is sanctioned, not under
    an export control."""

    def test_barred(self):
        event = _one(
            "The United States on Tuesday barred Pakistan's Habib Bank from the U.S. "
            "financial system.",
            "sanction",
        )
        assert event.actor == "USA"
        assert not _events(
            "The United States on Tuesday barred Pakistan's Habib Bank from the U.S. "
            "financial system.",
            kind="export_control",
        )
