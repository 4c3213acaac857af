"""The reader's thirty-fifth round: one test class per class of error, on sentences of its own.

None of these sentences is taken from a labelled set: each class of error that the
twenty-fifth fresh held-out set showed (after its one measurement) is tested on new
wording, other countries and goods, so that the mechanism is tested, not the sentence.
"""

from __future__ import annotations

import pytest
from news_support import Round

pytest.importorskip("spacy", reason="the news reader needs spaCy: pip install tradewar[news]")

DAY = "2024-03-08"  # a Friday


READ = Round(DAY)
_events, _one = READ.events, READ.one
#: A first sentence with an event, so that a market move has something to answer.
LEAD = "China halted imports of New Zealand milk powder on Friday. "


class TestDutyFreeQuotas:
    """Class 1: a duty-free quota opened or widened is a tariff cut."""

    def test_quota_opened_free_of_the_tariff(self):
        e = _one(
            "Argentina will open an annual quota of 500,000 tonnes for rice imports free of "
            "the 12% common external tariff.",
            kind="tariff_cut",
        )
        assert e.actor == "ARG"

    def test_volume_doubled(self):
        _one(
            "The government doubled the volume of panels that can enter the country free of "
            "the duty.",
            kind="tariff_cut",
        )


class TestBorderPostClosed:
    """Class 2: a border post closed to trucks from a country is a purchase cut."""

    def test_border_post(self):
        e = _one(
            "Kenya on Tuesday closed its Busia border post to cargo trucks coming from Uganda.",
            kind="purchase_cut",
        )
        assert (e.actor, e.target) == ("KEN", "UGA")


class TestCompanyUnits:
    """Class 3: a company's units or shares named after it move."""

    def test_units_fell(self):
        e = _one(
            LEAD + "Fonterra units fell 6.1 per cent on the NZX today.", kind="market_reaction"
        )
        assert e.companies == ("Fonterra",)


class TestTermsAndPowers:
    """Class 4: what a term gives the parties days to do, and what a ruling could allow, are
    no events."""

    def test_days_under_an_agreement(self):
        assert not _events(
            "Under the agreement, the parties have 60 days to settle the matter through "
            "consultations."
        )

    def test_could_allow(self):
        assert not _events("A ruling against Chile could eventually allow retaliatory tariffs.")
