"""The reader's hundred-and-twenty-third round: crowns, kunas, goods pulled, tenders, ports.

Against the fifty-fourth set's errors. "The crown weakened" in a report on Denmark is the
krone (a bare "crown" stands for the country the report names, as "peso" does); the kuna and
the colón are known. Shops that pull a country's goods cut purchases ("pulled French goods",
"would withdraw French products"); a company blocked from using another's gear, or kept out
of a tender, is a purchase cut; customs told to hold a country's goods at the ports too.
"bans the importation of" is an import ban. A second duty told without its verb past a list
of goods ("and on crude soybean oil and crude sunflower oil to 2.5% from 7.5%") is a cut of
its own, and "crude" before another good is no crude oil. Qatar's emir is known by his name.
"""

from __future__ import annotations

import pytest
from news_support import Round

pytest.importorskip("spacy", reason="the news reader needs spaCy: pip install tradewar[news]")

DAY = "2020-03-20"  # a Friday

READ = Round(DAY)
_events, _one = READ.events, READ.one


@pytest.mark.parametrize(
    ("text", "country"),
    [
        (
            "Denmark's central bank bought crowns on Thursday. The crown weakened to about "
            "7.475 per euro on Wednesday.",
            "DNK",
        ),
        (
            "Norway's central bank bought crowns on Thursday. The crown rebounded more than 5% "
            "against the euro after the statement.",
            "NOR",
        ),
        (
            "The Czech National Bank sold euros on Thursday. The crown firmed 1% against the euro.",
            "CZE",
        ),
    ],
)
def test_a_bare_crown_is_the_named_countrys(text: str, country: str) -> None:
    event = _one(text, kind="market_reaction")
    assert event.actor == country


@pytest.mark.parametrize(
    ("text", "country"),
    [
        (
            "Croatia's central bank sold 423 million euros to banks on Thursday to support the "
            "kuna. The kuna firmed 0.3 percent to about 7.58 per euro on Friday.",
            "HRV",
        ),
        (
            "Costa Rica's central bank sold dollars on Monday. The colon weakened 1.1 percent on "
            "Monday to close at about 622 per dollar.",
            "CRI",
        ),
    ],
)
def test_the_kuna_and_the_colon_move(text: str, country: str) -> None:
    event = _one(text, kind="market_reaction")
    assert event.actor == country


@pytest.mark.parametrize(
    ("text", "status"),
    [
        ("More than 50 consumer cooperatives pulled French goods on Saturday.", "in_effect"),
        ("Al Meera said on Friday it would withdraw French products until further notice.", None),
    ],
)
def test_shops_that_pull_a_countrys_goods_cut_purchases(text: str, status: str | None) -> None:
    event = _one(text, kind="purchase_cut", date="2020-10-25")
    assert event.target == "FRA"
    assert status is None or event.status == status


def test_troops_withdrawn_are_no_goods():
    assert not _events("Russia will withdraw Russian troops from the border.", date="2020-10-25")


@pytest.mark.parametrize(
    ("text", "target"),
    [
        (
            "New Zealand's intelligence agency has blocked Spark from using Huawei equipment in "
            "its planned 5G mobile network.",
            "CHN",
        ),
        (
            "The Czech Republic will exclude Russia's state nuclear company Rosatom from a "
            "tender for a new reactor worth about 6 billion euros.",
            "RUS",
        ),
        (
            "Algeria's state grain agency OAIC has excluded French wheat from its latest import "
            "tender.",
            "FRA",
        ),
    ],
)
def test_a_buyer_kept_from_a_countrys_goods_is_a_purchase_cut(text: str, target: str) -> None:
    event = _one(text, kind="purchase_cut", date="2021-04-12")
    assert event.target == target


@pytest.mark.parametrize(
    "text",
    ["The court blocked the merger from going ahead.", "Police blocked protesters from entering."],
)
def test_other_things_blocked_are_no_event(text: str) -> None:
    assert not _events(text, date="2021-04-12")


def test_customs_told_to_hold_a_countrys_goods_cut_purchases():
    event = _one(
        "U.S. Customs and Border Protection on Friday ordered its ports to hold tobacco from "
        "Malawi and products containing it.",
        kind="purchase_cut",
        date="2019-11-04",
    )
    assert (event.actor, event.target) == ("USA", "MWI")


def test_importation_banned_is_an_import_ban():
    assert _one("Ghana bans the importation of salvaged vehicles.", kind="purchase_cut")


def test_a_second_duty_past_a_list_of_goods_is_a_cut_of_its_own():
    events = _events(
        "NEW DELHI: The government has cut the basic customs duty on crude palm oil to 2.5% "
        "from 10%, and on crude soybean oil and crude sunflower oil to 2.5% from 7.5%, with "
        "effect from Saturday.",
        kind="tariff_cut",
        date="2021-09-11",
    )
    assert [(e.rate_from, e.rate_to) for e in events] == [(0.1, 0.025), (0.075, 0.025)]
    assert all(e.sectors == ("food",) for e in events)


def test_crude_alone_is_still_crude_oil():
    event = _one("Japan halted imports of crude from Iran.", kind="purchase_cut", date="2019-05-02")
    assert event.sectors == ("mining",)


def test_qatars_emir_is_known_by_name():
    event = _one(
        "Biden held talks with Sheikh Tamim bin Hamad al-Thani in the Oval Office on Monday.",
        kind="talks_held",
        date="2022-02-01",
    )
    assert (event.actor, event.target) == ("USA", "QAT")
