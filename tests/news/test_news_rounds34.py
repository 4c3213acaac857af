"""The reader's thirty-fourth round: one test class per class of error, on sentences of its own.

None of these sentences is taken from a labelled set: each class of missed events that the
latest fresh held-out sets share (after their one measurement) is tested on new wording,
other countries and goods, so that the mechanism is tested, not the sentence.
"""

from __future__ import annotations

import pytest
from news_support import Round

pytest.importorskip("spacy", reason="the news reader needs spaCy: pip install tradewar[news]")

DAY = "2024-03-08"  # a Friday


READ = Round(DAY)
_events, _one = READ.events, READ.one


class TestSecondDutySet:
    """Class 1: "... and also set duties of X on Y": a second measure of its own."""

    def test_and_also_set_duties(self):
        found = _events(
            "India imposed anti-dumping duties of up to 18 percent on glass from China and also "
            "set duties of up to 9 percent on glass from Malaysia.",
            kind="tariff_increase",
        )
        assert sorted(e.target for e in found) == ["CHN", "MYS"]


class TestContractsAndRulesBroken:
    """Class 2: contracts broken, a breach that goes on, rules not complied with; what would
    break a contract is no breach."""

    def test_broke_its_contract(self):
        e = _one(
            "Kyiv broke its contract by paying for gas at last year's price.", kind="deal_broken"
        )
        assert e.actor == "UKR"

    def test_company_breaks_the_contract(self):
        e = _one(
            "Lithuania's government says Gazprom broke the contract by cutting deliveries.",
            kind="deal_broken",
        )
        assert e.actor == "RUS"

    def test_remains_in_breach(self):
        e = _one("Canada says the United States remains in breach of USMCA.", kind="deal_broken")
        assert e.actor == "USA"

    def test_did_not_comply(self):
        e = _one(
            "India's duties did not comply with its obligations under WTO rules.",
            kind="deal_broken",
        )
        assert e.actor == "IND"

    def test_would_break_is_no_breach(self):
        assert not _events(
            "Moscow had warned that reselling the turbines would break the contracts.",
            kind="deal_broken",
        )


class TestFeesAndCollection:
    """Class 3: a fee on imports is a tariff; duties whose collection begins are in effect;
    duties collected are revenue."""

    def test_fee_on_imports(self):
        e = _one(
            "Kazakhstan began charging a recycling fee on imported cars on Saturday.",
            kind="tariff_increase",
        )
        assert e.actor == "KAZ"

    def test_began_collecting(self):
        e = _one(
            "Mexican customs began collecting the duties on 300 Chinese product lines.",
            kind="tariff_increase",
        )
        assert e.status == "in_effect" and e.target == "CHN"

    def test_collected_is_revenue(self):
        assert not _events("The U.S. collected $90 billion in duties last year.")
