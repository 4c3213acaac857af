"""The reader's hundred-and-fifteenth round: rules broken by a measure, borders both sides shut.

"Tajikistan's Foreign Ministry said the halt broke an intergovernmental agreement on gas
supplies signed in 2011": a halt, a closure, a system or an increase breaks a rule as a ban
or duties do, its owner (told before, when the sentence does not name it) the one who breaks
it and the speaker the target; the deal's own making ("signed in 2011", "reached in
September last year") dates the deal, not the breach. "the increase went against Norway's
commitments" breaks them too (not "went against the spirit of the agreement", a grievance).
A complaint "in the past" is background ("in the past week" is a span up to now). "Jordan
and Syria reopened the Jaber-Nassib border crossing": both act, one event each way.
"Kazakhstan closed the border on April 8": the border of the report; "reopened some
crossings to freight".
"""

from __future__ import annotations

import pytest
from news_support import Round

pytest.importorskip("spacy", reason="the news reader needs spaCy: pip install tradewar[news]")

DAY = "2012-11-16"  # a Friday

READ = Round(DAY)
_events, _one = READ.events, READ.one


def test_a_halt_that_broke_an_agreement_signed_years_ago_is_broken_now_by_its_owner():
    events = _events(
        "Uzbekistan halted gas supplies to Tajikistan on Thursday. Tajikistan's Foreign "
        "Ministry said the halt broke an intergovernmental agreement on gas supplies signed in "
        "2011.",
        kind="deal_broken",
    )
    assert [(e.actor, e.target, e.status, str(e.date)) for e in events] == [
        ("UZB", "TJK", "in_effect", "2012-11-16")
    ]


def test_an_agreement_reached_last_year_does_not_date_its_breach():
    events = _events(
        "China suspended imports of Japanese seafood on Thursday. Tokyo said the suspension "
        "broke the agreement the two governments reached in September last year.",
        kind="deal_broken",
    )
    assert [(e.target, e.status, str(e.date)) for e in events] == [
        ("JPN", "in_effect", "2012-11-16")
    ]


def test_a_system_that_breaks_a_blocs_rules_is_broken_by_its_owner():
    events = _events(
        "Argentina began requiring licences for imports of Brazilian shoes on Wednesday. "
        "Brazilian exporters say the system breaks the free trade rules of Mercosur.",
        kind="deal_broken",
    )
    assert [(e.actor, e.target) for e in events] == [("ARG", "BRA")]


def test_an_increase_that_went_against_commitments_breaks_them():
    event = _one(
        "Norway raised tariffs on cheese, lamb and beef on Tuesday. The European Commission "
        "said the increase went against Norway's commitments under the European Economic Area "
        "agreement.",
        kind="deal_broken",
    )
    assert (event.actor, event.target) == ("NOR", "EU")


def test_a_ban_that_went_against_the_spirit_of_an_agreement_is_a_grievance():
    assert (
        _events(
            "Papua New Guinea banned imports of Fijian canned meat on Monday. A Fijian exporter "
            "said the ban went against the spirit of the agreement.",
            kind="deal_broken",
        )
        == []
    )


def test_a_complaint_in_the_past_is_background():
    assert (
        _events(
            "Kenya raised its railway development levy on Monday. Ugandan officials have "
            "complained in the past that the railway levy violates East African Community "
            "rules.",
            kind="deal_broken",
        )
        == []
    )


def test_a_complaint_in_the_past_week_is_news():
    events = _events(
        "Kenya raised its railway development levy on Monday. In the past week Ugandan "
        "officials have said the levy violates East African Community rules.",
        kind="deal_broken",
    )
    assert [(e.actor, e.target) for e in events] == [("KEN", "UGA")]


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        ("Jordan and Syria reopened the Jaber-Nassib border crossing on Monday.", ("JOR", "SYR")),
        (
            "Saudi Arabia and Iraq reopened the Arar border crossing to trade on Wednesday.",
            ("SAU", "IRQ"),
        ),
        (
            "Ethiopia and Eritrea reopened two crossings on their heavily militarised border on "
            "Tuesday.",
            ("ETH", "ERI"),
        ),
    ],
)
def test_two_countries_that_reopen_their_border_let_each_others_goods_in(
    text: str, pair: tuple[str, str]
) -> None:
    events = _events(text, kind="purchase_cut")
    first, second = pair
    assert sorted((e.actor, e.target, e.status) for e in events) == sorted(
        [(first, second, "reversed"), (second, first, "reversed")]
    )


def test_one_country_that_reopens_its_border_with_another_is_one_event():
    events = _events(
        "Nigeria reopened its land borders with Benin on Wednesday.", kind="purchase_cut"
    )
    assert [(e.actor, e.target, e.status) for e in events] == [("NGA", "BEN", "reversed")]


def test_the_border_of_the_report_closed_on_a_day_is_a_purchase_cut():
    events = _events(
        "Kyrgyz traders count their losses as the Kazakh border stays shut. Kazakhstan closed "
        "the border on April 8, citing the risk of unrest.",
        kind="purchase_cut",
        date="2010-04-21",
    )
    assert [(e.actor, str(e.date)) for e in events] == [("KAZ", "2010-04-08")]


def test_a_border_closed_to_migrants_is_no_purchase_cut():
    assert _events("Hungary closed the border to migrants on Tuesday.", kind="purchase_cut") == []


def test_crossings_reopened_to_freight_end_a_closure():
    events = _events(
        "Uzbekistan reopened some crossings on its Kyrgyz border to freight last week, "
        "traders said.",
        kind="purchase_cut",
        date="2010-04-21",
    )
    assert [(e.actor, e.status) for e in events] == [("UZB", "reversed")]
