"""The reader's eighth round: one test class per class of error, on sentences of its own.

None of these sentences is taken from a labelled set: each class of error that the sixth
fresh held-out set showed (docs/news.md, "Quality, measured") is tested on new wording,
other countries, currencies, markets and goods, so that the mechanism is tested, not the
sentence.  A market move is an event only in a report of other trade events, so the
market tests open with a lead that tells one.
"""

from __future__ import annotations

import pytest
from news_support import Round

pytest.importorskip("spacy", reason="the news reader needs spaCy: pip install tradewar[news]")

DAY = "2024-03-08"  # a Friday
LEAD = "Brazil raised tariffs on Chinese steel to 25% on Monday. "


READ = Round(DAY)
_events, _one = READ.events, READ.one


class TestListsAndDeals:
    """Class 1: long lists put on a blacklist, deals left, talks to restart."""

    def test_a_long_list_of_companies_added_to_a_blacklist(self):
        event = _one(
            "The Commerce Department added Russia's largest drone maker Zala Aero Group and "
            "chip distributor Kalashnikov Concern to its trade blacklist on Friday.",
            "export_control",
        )
        assert (event.actor, event.target) == ("USA", "RUS")

    def test_a_context_name_that_runs_into_a_table_company_is_one_company(self):
        event = _one(
            "Washington added drone maker SZ DJI Technology to its entity list on Friday.",
            "export_control",
        )
        assert event.companies == ("SZ DJI Technology",)

    def test_leaving_a_named_initiative_after_notifying_its_author(self):
        event = _one(
            "Honduras has formally notified China that it is leaving the Belt and Road "
            "Initiative, its president said.",
            "deal_broken",
        )
        assert (event.actor, event.target) == ("HND", "CHN")

    def test_talks_agreed_to_restart_are_scheduled(self):
        event = _one(
            "Iceland and India agreed to restart talks on a free trade agreement on Friday.",
            "talks_scheduled",
        )
        assert (event.actor, event.target, event.status) == ("ISL", "IND", "announced")


class TestMarketMovesOfCompanies:
    """Class 2: company names with '&' or heads past a descriptor; two companies' moves;
    companies that move on an exchange."""

    def test_an_ampersand_joins_a_name(self):
        event = _one(LEAD + "Shares of Procter & Gamble rose 2% in New York.", "market_reaction")
        assert event.companies == ("Procter & Gamble",)

    def test_a_name_past_a_descriptor_keeps_its_head(self):
        event = _one(
            LEAD + "Shares of Brazilian lithium developer Sigma Blue Holdings jumped 9%.",
            "market_reaction",
        )
        assert event.companies == ("Sigma Blue Holdings",)

    def test_two_companies_that_move_apart_are_two_moves(self):
        found = _events(
            LEAD + "Shares of Gerdau rose 3% in Sao Paulo, while Usiminas Steel fell 2%.",
            kind="market_reaction",
        )
        assert [e.companies for e in found] == [("Gerdau",), ("Usiminas Steel",)]

    def test_companies_that_move_on_an_exchange(self):
        event = _one(LEAD + "Volkswagen and BMW fell in Frankfurt.", "market_reaction")
        assert (event.actor, set(event.companies)) == ("DEU", {"Volkswagen", "BMW"})


class TestCurrenciesOfOtherYears:
    """Class 3: currencies before the euro, regimes named by a noun before the currency."""

    @pytest.mark.parametrize(
        ("sentence", "actor"),
        [
            ("The Dutch guilder slipped against the dollar.", "NLD"),
            ("The Deutsche mark rose 1% against the dollar.", "DEU"),
            ("The peseta fell to a record low.", "ESP"),
        ],
    )
    def test_a_currency_before_the_euro_moves(self, sentence, actor):
        event = _one(LEAD + sentence, "market_reaction", date="1992-09-16")
        assert event.actor == actor

    def test_a_cap_on_a_currency_scrapped_is_an_intervention_reversed(self):
        event = _one(
            LEAD + "The Swiss National Bank scrapped its cap on the franc on Thursday.",
            "currency_intervention",
        )
        assert (event.actor, event.status) == ("CHE", "reversed")

    def test_the_gold_window_closed(self):
        event = _one(
            LEAD + 'Nixon said he was closing the "gold window" to foreign central banks.',
            "currency_intervention",
            date="1971-08-16",
        )
        assert (event.actor, event.status) == ("USA", "reversed")


class TestTalksAndDealsInOtherWords:
    """Class 4: talks that break up or are put on ice, consultations, agreements suspended."""

    @pytest.mark.parametrize(
        "sentence",
        [
            "Talks in Ottawa between Canadian and Brazilian negotiators broke up on Tuesday.",
            "Trade talks between Canada and Brazil have been put on ice, officials said.",
        ],
    )
    def test_talks_stalled(self, sentence):
        event = _one(LEAD + sentence, "talks_stalled")
        assert {event.actor, event.target} == {"CAN", "BRA"}

    def test_consultations_are_talks(self):
        event = _one(
            "Chile and Peru will hold further consultations next month.", "talks_scheduled"
        )
        assert (event.actor, event.target) == ("CHL", "PER")

    def test_an_agreement_suspended_is_broken_but_duties_suspended_under_one_are_not(self):
        event = _one(
            "Kazakhstan suspended a free-trade agreement with Kyrgyzstan on Tuesday.",
            "deal_broken",
        )
        assert (event.actor, event.target) == ("KAZ", "KGZ")
        found = _events(
            "Under the agreement, Washington will suspend its 25% duties on Peruvian asparagus."
        )
        assert [e.kind for e in found] == ["tariff_increase"]


class TestPreferencesAndFlows:
    """Class 5: preferences lost by a country, purchases by loadings, exports suspended,
    cleared or inspected."""

    @pytest.mark.parametrize(
        ("sentence", "target"),
        [
            ("Sri Lanka will lose duty-free access to the EU market on June 5.", "LKA"),
            ("Cambodia lost its GSP benefits on Friday.", None),
        ],
    )
    def test_a_country_that_loses_preferences_is_hit(self, sentence, target):
        found = _events(sentence, kind="tariff_increase")
        assert len(found) == 1
        assert found[0].target in {target, "KHM"}

    def test_loadings_halted_are_a_purchase_cut(self):
        event = _one(
            "Indian refiners halted loadings of Venezuelan crude last month.", "purchase_cut"
        )
        assert (event.actor, event.target) == ("IND", "VEN")

    @pytest.mark.parametrize(
        ("sentence", "status"),
        [
            ("Guinea has suspended exports of bauxite for three months.", "in_effect"),
            ("Guinea has cleared the export of 20,000 tonnes of bauxite to China.", "reversed"),
            ("Guinea began requiring inspections of bauxite and other ores before export.",
             "in_effect"),
            ("Guinea will suspend until Dec. 31 the ban on exports of bauxite.", "reversed"),
        ],
    )  # fmt: skip
    def test_exports_suspended_cleared_or_inspected(self, sentence, status):
        event = _one(sentence, "export_control")
        assert (event.actor, event.status) == ("GIN", status)

    @pytest.mark.parametrize(
        "sentence",
        [
            "The central bank said the threat of higher U.S. tariffs added to uncertainty.",
            "Historians say the law moved tariff-making from Congress to the White House.",
        ],
    )
    def test_no_new_measure(self, sentence):
        assert [e.kind for e in _events(LEAD + sentence)] == ["tariff_increase"]

    def test_central_banks_by_name(self):
        found = _events(LEAD + "The Bundesbank also sold marks to support the lira.")
        assert [(e.kind, e.actor) for e in found][-1] == ("currency_intervention", "DEU")


class TestOneMeasureManyTargets:
    """Class 6: a list with articles, a later step, a headline's infinitive."""

    def test_a_list_of_countries_with_articles_and_a_later_step_under_a_condition(self):
        found = _events(
            "Trump said Saturday that he will impose a 10% tariff on all goods from Spain, "
            "Italy, the Netherlands and Belgium from March 1, rising to 25% on June 1, unless a "
            "deal is reached."
        )
        assert sorted(e.target for e in found) == ["BEL", "ESP", "ITA", "NLD"]
        assert {(e.status, e.rate_change, e.date.isoformat()) for e in found} == {
            ("threatened", 0.1, "2024-03-01")
        }
        assert all("a later step: rising to 25% on June 1" in e.notes for e in found)

    def test_a_headlines_infinitive_is_announced_and_one_with_the_body(self):
        found = _events(
            "TOKYO, March 8 (Wire) --\n* Japan to lower import duties on beef to 20% from 38%\n\n"
            "Japan will cut the tariff on imported beef to 20% from 38% on April 1, the finance "
            "ministry said on Friday."
        )
        assert [(e.kind, e.status, e.date.isoformat()) for e in found] == [
            ("tariff_cut", "announced", "2024-04-01")
        ]


class TestKindsAndPlaces:
    """Class 7: import bans answering sanctions, embargoes on goods, deals in an apposition,
    amounts let in, the place of talks."""

    def test_an_import_ban_that_answers_sanctions_is_a_purchase_cut_per_country(self):
        found = _events(
            "Belarus banned imports of pork, apples and cheese from Poland, the Czech Republic "
            "and Lithuania on Thursday, hitting back at Western sanctions."
        )
        assert sorted((e.kind, e.target) for e in found) == [
            ("purchase_cut", "CZE"), ("purchase_cut", "LTU"), ("purchase_cut", "POL")
        ]  # fmt: skip

    def test_an_embargo_on_goods_is_a_purchase_cut(self):
        event = _one(
            "Belarus imposed an embargo on Lithuanian pork and cheese on Thursday.",
            "purchase_cut",
        )
        assert (event.actor, event.target) == ("BLR", "LTU")

    def test_a_deal_named_in_an_apposition_after_agreeing(self):
        event = _one(
            "Chile and Peru agreed on Friday to roll back tariffs they have imposed on each "
            "other's goods, the first such deal between them in a decade.",
            "deal_reached",
        )
        assert {event.actor, event.target} == {"CHL", "PER"}

    def test_an_amount_let_into_a_market_is_a_cut(self):
        event = _one(
            "Mexico will let up to 50,000 tonnes of Brazilian chicken a year into the country "
            "at a zero tariff.",
            "tariff_cut",
        )
        assert (event.actor, event.target, event.status) == ("MEX", "BRA", "announced")

    def test_the_place_of_talks_is_no_party(self):
        found = _events(
            "Korean and Japanese officials ended two days of trade talks in the Thai capital on "
            "Friday."
        )
        assert [(e.kind, {e.actor, e.target}) for e in found] == [("talks_held", {"KOR", "JPN"})]
