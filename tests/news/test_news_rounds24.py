"""The reader's twenty-fourth round: one test class per class of error, on sentences of its own.

None of these sentences is taken from a labelled set: each class of error that the
fourteenth to nineteenth fresh held-out sets share (an extra tariff that is a promise or an
effect, a purchase contract read as a trade deal, the goods of one announcement merged into
one event) is tested on new wording, other countries and goods, so that the mechanism is
tested, not the sentence.
"""

from __future__ import annotations

import pytest
from news_support import Round

pytest.importorskip("spacy", reason="the news reader needs spaCy: pip install tradewar[news]")

DAY = "2024-03-08"  # a Friday


READ = Round(DAY)
_events, _one = READ.events, READ.one


class TestCampaignPromises:
    """Class 1: what a candidate promises during a campaign is no measure."""

    @pytest.mark.parametrize(
        "text",
        [
            "Candidate Marine Le Pen promised during the campaign to impose tariffs of 10 "
            "percent on German cars.",
            "During the campaign, the senator promised to impose duties of up to 30 percent on "
            "Mexican steel.",
        ],
    )
    def test_no_event(self, text):
        assert not _events(text)

    def test_a_president_elects_threat_is_one(self):
        event = _one(
            "President-elect Lee said on Monday he would impose a 20% tariff on Japanese "
            "cars unless Tokyo lifts its export curbs.",
            "tariff_increase",
        )
        assert event.status == "threatened"

    def test_a_government_campaign_is_no_candidate(self):
        assert _events(
            "As part of its campaign against dumping, India imposed duties of 20 percent on "
            "Chinese steel.",
            kind="tariff_increase",
        )


class TestWhatTariffsCost:
    """Class 2: tariffs that raise or add to costs, prices or a bill are told by what they
    do, not raised."""

    @pytest.mark.parametrize(
        "text",
        [
            "India raised duties on U.S. apples. Trade experts estimate that the higher "
            "Indian duties will add about $90 million a year to the cost of American fruit.",
            "Mexico raised duties on U.S. trucks. A hauliers' group warned that the tariffs "
            "would raise the cost of new trucks at a time when freight demand is weak.",
        ],
    )
    def test_one_increase_only(self, text):
        assert len(_events(text, kind="tariff_increase")) == 1


class TestPurchaseContractsAreNoTradeDeals:
    """Class 3: an agreement to import, past its seller and date, or an "import deal" is a
    purchase contract, not a trade deal."""

    @pytest.mark.parametrize(
        "text",
        [
            "Pakistan State Oil signed a ten-year agreement with Azerbaijan's SOCAR on Monday "
            "to import one cargo of LNG a month.",
            "Sri Lanka signs fuel import deal with India.",
        ],
    )
    def test_no_deal_reached(self, text):
        assert not _events(text, kind="deal_reached")


class TestGoodsOfTheirOwn:
    """Class 4: a tariff told after another, on goods and at a rate of its own, is an event
    of its own with the parties of the measure before it; the same rate on goods of another
    sector is another measure too."""

    def test_a_second_good_in_a_second_sentence(self):
        found = _events(
            "Ottawa on Friday raised the surtax on Chinese electric vehicles to 100%. The "
            "surtax on aluminum will double to 50% from July 1.",
            kind="tariff_increase",
        )
        assert len(found) == 2
        assert {(e.actor, e.target) for e in found} == {("CAN", "CHN")}
        assert {e.rate_to for e in found} == {1.0, 0.5}

    def test_the_same_rate_on_goods_of_another_sector(self):
        found = _events(
            "Brazil on Friday set a 35% duty on Chinese cars. A new 35% tariff on Chinese "
            "toys will apply from May 1.",
            kind="tariff_increase",
        )
        assert len(found) == 2


class TestNewMeasuresAsSubjects:
    """Class 5: a new measure, with its rate or its indefinite article, that is the subject
    of "is scheduled to start" or "took effect" is an event however long its goods."""

    def test_scheduled_to_start(self):
        event = _one(
            "A 20% tariff on steel wire, nails, screws and bolts is scheduled to start on April 1.",
            "tariff_increase",
        )
        assert (event.rate_change, event.status) == (0.2, "announced")

    def test_a_safeguard_took_effect(self):
        _one(
            "A safeguard on imports of ceramic tiles, used mostly in new housing, took effect "
            "on Monday.",
            "tariff_increase",
        )

    def test_a_rate_described_is_none(self):
        assert not _events(
            "Vietnam's 20% rate is higher than the 15% applied to Japan and Korea.",
            kind="tariff_increase",
        )


class TestARateThatWouldBe:
    """Class 6: "a planned 10% tariff ... would be 15%" raises the planned rate."""

    def test_from_and_to(self):
        event = _one(
            "President Trump said on Friday that a planned 10% tariff on $40 billion of "
            "Mexican goods would be 20% when it starts on June 1.",
            "tariff_increase",
        )
        assert (event.rate_from, event.rate_to) == (0.1, 0.2)
