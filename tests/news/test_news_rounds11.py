"""The reader's eleventh round: one test class per class of error, on sentences of its own.

None of these sentences is taken from a labelled set: each class of error that the ninth
fresh held-out set showed (docs/news.md, "Quality, measured") is tested on new wording,
other countries and goods, so that the mechanism is tested, not the sentence.
"""

from __future__ import annotations

import pytest
from news_support import Round

pytest.importorskip("spacy", reason="the news reader needs spaCy: pip install tradewar[news]")

DAY = "2024-03-08"  # a Friday
LEAD = "Brazil raised tariffs on Chinese steel to 25% on Monday. "


READ = Round(DAY)
_events, _one = READ.events, READ.one


class TestTalksPutOffCalledOrDiscussed:
    """Class 1: visits, reviews and signings put off; calls; named agreements left."""

    def test_a_review_put_off_is_talks_stalled(self):
        event = _one(
            LEAD + "Canada said it had postponed a review of its trade agreement with Brazil.",
            "talks_stalled",
        )
        assert event.actor in {"CAN", "BRA"}

    @pytest.mark.parametrize(
        "sentence",
        [
            "Ottawa has postponed a visit by its trade negotiators to Brasilia, officials said.",
            "The meeting of Canadian and Brazilian ministers, set for Friday in Ottawa, has been "
            "postponed.",
        ],
    )
    def test_a_meeting_put_off_is_talks_scheduled_reversed(self, sentence):
        # (since round 58: a planned visit or meeting called off is the talks scheduled,
        # reversed, as the conventions now say and the labelled sets have it)
        event = _one(LEAD + sentence, "talks_scheduled")
        assert (event.actor in {"CAN", "BRA"}, event.status) == (True, "reversed")

    def test_a_phone_call_to_come_is_talks_scheduled(self):
        event = _one(
            "Minister Anand will hold a phone call with Brazilian Vice President Geraldo Alckmin.",
            "talks_scheduled",
        )
        assert event.target == "BRA"

    @pytest.mark.parametrize(
        "sentence",
        [
            "Ottawa warned that it would give formal notice of withdrawal from CUSMA.",
            "The president pulled Canada out of the 2015 trade agreement with Peru on Tuesday.",
        ],
    )
    def test_leaving_an_agreement(self, sentence):
        assert _one(sentence, "deal_broken").actor == "CAN"


class TestMeasuresInTheirOwnWords:
    """Class 2: deposits, goods held up, duties set, exclusions lapsed, quotas shrunk,
    sanctions reimposed; opinion pieces."""

    def test_deposits_with_a_rate_are_a_tariff(self):
        event = _one(
            "Peru will require importers of Chilean wine to pay deposits of as much as 80% "
            "from Saturday.",
            "tariff_increase",
        )
        assert (event.target, event.status) == ("CHL", "announced")

    def test_goods_held_up_are_a_purchase_cut(self):
        event = _one(
            "Peruvian customs began holding up Chilean grapes earlier this month.", "purchase_cut"
        )
        assert (event.actor, event.target) == ("PER", "CHL")

    def test_duties_set_on_goods_from_several_countries(self):
        found = _events(
            "The Commerce Department set final anti-dumping duties on steel pipes from Peru and "
            "Chile."
        )
        assert sorted(e.target for e in found) == ["CHL", "PER"]

    def test_exclusions_let_lapse_are_an_increase(self):
        event = _one(
            "Washington let the remaining 80 exclusions lapse on Friday.", "tariff_increase"
        )
        assert event.actor == "USA"

    def test_tariff_free_quotas_shrunk_are_an_increase(self):
        assert (
            _one(
                "Mexico will also shrink the tariff-free quotas for steel from Asia.",
                "tariff_increase",
            ).actor
            == "MEX"
        )

    def test_sanctions_reimposed(self):
        event = _one("Washington ordered the reimposition of sanctions on Venezuela.", "sanction")
        assert (event.actor, event.target) == ("USA", "VEN")

    @pytest.mark.parametrize("mark", ["Opinion | ", "Editorial: ", "Commentary - "])
    def test_an_opinion_piece_gives_no_events(self, mark):
        found = _events(mark + "Export bans are a blunt weapon. Peru banned exports of copper.")
        assert found == []
