"""The reader's twentieth round: one test class per class of error, on sentences of its own.

None of these sentences is taken from a labelled set: each class of error that the
seventeenth fresh held-out set showed is tested on new wording, other countries and goods,
so that the mechanism is tested, not the sentence.
"""

from __future__ import annotations

import pytest
from news_support import Round

pytest.importorskip("spacy", reason="the news reader needs spaCy: pip install tradewar[news]")

DAY = "2024-03-08"  # a Friday


READ = Round(DAY)
_events, _one = READ.events, READ.one


class TestCurrencyMeasures:
    """Class 1: a currency's official value set, capital controls set or lifted, purchases of
    dollars capped, and a central bank's pledge to keep intervening or hold a currency
    stable are interventions (a pledge a threat)."""

    @pytest.mark.parametrize(
        "text",
        [
            "Kazakhstan's central bank cut the official value of the tenge by a fifth on Monday.",
            "Iraq's cabinet voted to raise the official value of the dinar to 1,320 per dollar.",
        ],
    )
    def test_an_official_value_set(self, text):
        event = _one(text, "currency_intervention")
        assert event.actor in {"KAZ", "IRQ"} and event.status in {"in_effect", "announced"}

    def test_capital_controls_imposed_and_lifted(self):
        imposed = _one("Nigeria imposed capital controls on Tuesday.", "currency_intervention")
        assert (imposed.actor, imposed.status) == ("NGA", "in_effect")
        lifted = _one(
            "Egypt's central bank lifted limits on the purchase of foreign currency by importers.",
            "currency_intervention",
        )
        assert (lifted.actor, lifted.status) == ("EGY", "reversed")

    def test_purchases_of_dollars_capped(self):
        event = _one(
            "Argentina's central bank limited individuals' purchases of dollars to $200 a month.",
            "currency_intervention",
        )
        assert event.actor == "ARG"

    @pytest.mark.parametrize(
        "text",
        [
            "Ghana's central bank said it would keep selling dollars to importers.",
            "Ghana's central bank said it would keep intervening in the currency market.",
            "Ghana's central bank said it would hold the cedi stable.",
        ],
    )
    def test_a_pledge_to_go_on(self, text):
        event = _one(text, "currency_intervention")
        assert (event.actor, event.status) == ("GHA", "threatened")

    def test_a_shared_bare_name_is_the_report_s(self):
        found = _events(
            "Turkmenistan devalued the manat by 19 percent on Friday. The manat fell 3% on "
            "the black market."
        )
        assert {e.actor for e in found} == {"TKM"}


class TestSharesPastAnAside:
    """Class 2: a company's shares move past a relative clause set off by commas."""

    def test_shares_past_which(self):
        found = _events(
            "Canada banned sales to Huawei on Monday. Shares of Nokia, which supplies many "
            "Canadian carriers, rose 3% on Tuesday."
        )
        moves = [e for e in found if e.kind == "market_reaction"]
        assert len(moves) == 1 and moves[0].companies == ("Nokia",)


class TestTalksAndStandingMeasures:
    """Class 3: talks that end without their aim stall; a summit held is talks held; a call
    by telephone past its party is talks; measures that "remain in place" are no event."""

    @pytest.mark.parametrize(
        "text",
        [
            "Talks between Kenya and Tanzania ended in Arusha on Friday without a breakthrough.",
            "Talks between Kenya and Tanzania on sugar ended without agreement.",
        ],
    )
    def test_talks_ending_without_their_aim(self, text):
        event = _one(text, "talks_stalled")
        assert {event.actor, event.target} == {"KEN", "TZA"}

    def test_talks_that_merely_ended_were_held(self):
        assert _one("Kenya ended another round of talks with Tanzania on Friday.", "talks_held")

    def test_a_summit_held(self):
        event = _one(
            "Kenyan President William Ruto and Tanzanian President Samia Suluhu Hassan held a "
            "summit in Nairobi on Monday.",
            "talks_held",
        )
        assert event.status == "in_effect"

    def test_a_call_by_telephone(self):
        event = _one(
            "Japan's prime minister spoke with the Korean president by telephone on Monday.",
            "talks_held",
        )
        assert (event.actor, event.target) == ("JPN", "KOR")

    @pytest.mark.parametrize(
        "text",
        [
            "The duties each side imposed during the dispute remain in place.",
            "The tariffs imposed on Chinese steel in 2018 remain.",
        ],
    )
    def test_measures_that_stand(self, text):
        assert not _events(text)


class TestOpinionMarkedAlone:
    """Class 4: "OPINION" alone on the first line marks an opinion piece: its views are no
    events."""

    def test_an_opinion_line(self):
        found = _events(
            "OPINION\n\nA border tax would hand Beijing the next move. If it passes, China "
            "could cut orders for Boeing jets and raise tariffs on U.S. soybeans."
        )
        assert not found

    def test_a_headline_that_names_a_column_is_news(self):
        assert _events("Column of trucks waits as Kenya raised tariffs on Ugandan sugar on Monday.")
