"""The reader's hundred-and-ninth round: tariffs lowered whatever the verb, and levies.

"the tariff on imported oranges will be cut to 10 percent from 50 percent" after "Under quota
tariffs that will apply": a tariff whose rate falls is cut (and one whose rate rises is
raised), whatever verb the clause opens with. "will expand tariff cuts", "will apply
provisional import tariffs lower than the most-favored-nation rates", "tariffs 20 to 40
percent lower": duties told as lowered are cut (not "a 20% U.S. tariff, lower than the 35%
threatened", a rate still raised). "the levy it charges on crude palm oil exports" is an
export duty, an export control's; "raises the import declaration fee ... to 3.5 percent" a
tariff. "agreed with Russia to join the customs union of Russia, Belarus and Kazakhstan":
the union's members, named to tell which union, are no parties to the deal.
"""

from __future__ import annotations

import pytest
from news_support import Round

pytest.importorskip("spacy", reason="the news reader needs spaCy: pip install tradewar[news]")

DAY = "2024-03-18"  # a Monday

READ = Round(DAY)
_events, _one = READ.events, READ.one


def test_a_rate_that_falls_is_a_cut_whatever_the_first_verb():
    event = _one(
        "Under quota tariffs that will apply through June, the tariff on imported oranges will "
        "be cut to 10 percent from 50 percent.",
        kind="tariff_cut",
    )
    assert (event.rate_from, event.rate_to) == (0.5, 0.1)


@pytest.mark.parametrize(
    "text",
    [
        "S. Korea to expand tariff cuts on imported fruit as apple prices soar",
        "China will apply provisional import tariffs lower than the most-favored-nation rates "
        "on 1,010 items starting from Jan. 1, 2024.",
        "From Monday, Switzerland will apply tariffs 20 to 40 percent lower on Indonesian palm "
        "oil within an annual quota of 12,500 tons.",
    ],
)
def test_duties_told_as_lowered_are_cut(text):
    found = _events(text)
    assert [e.kind for e in found if e.kind.startswith("tariff")] == ["tariff_cut"]


@pytest.mark.parametrize(
    "text",
    [
        "Bangladeshi goods will face a 20% U.S. tariff from Aug. 7, lower than the 35% "
        "Washington had threatened.",
        "Its goods will face a 19 percent U.S. tariff, one point lower than the rate Trump had "
        "set out in a letter this month.",
    ],
)
def test_a_rate_lower_than_threatened_is_still_raised(text):
    found = _events(text)
    assert [e.kind for e in found if e.kind.startswith("tariff")] == ["tariff_increase"]


def test_a_levy_it_charges_on_exports_is_an_export_control():
    event = _one(
        "Indonesia will raise the levy it charges on crude palm oil exports to 10% of the "
        "reference price from 7.5%, starting on Saturday.",
        kind="export_control",
        date="2025-05-14",
    )
    assert (event.actor, str(event.date)) == ("IDN", "2025-05-17")
    assert _events(event.sentence, date="2025-05-14", kind="tariff_increase") == []


def test_an_import_fee_raised_is_a_tariff_increase():
    event = _one(
        "Kenya's new finance law raises the import declaration fee, charged on the customs "
        "value of imports, to 3.5 percent from 2.5 percent.",
        kind="tariff_increase",
        date="2023-07-01",
    )
    assert (event.actor, event.rate_from, event.rate_to) == ("KEN", 0.025, 0.035)


def test_a_fee_with_no_rate_or_imports_is_none():
    assert _events("Kenya raised its visa fee to $50 on Monday.", kind="tariff_increase") == []


def test_a_unions_members_are_no_parties_to_the_deal():
    found = _events(
        "Armenia agreed with Russia on Tuesday to join the customs union of Russia, Belarus "
        "and Kazakhstan.",
        date="2013-09-04",
        kind="deal_reached",
    )
    assert [(e.actor, e.target) for e in found] == [("ARM", "RUS")]


def test_a_deal_with_members_listed_as_partners_keeps_them():
    found = _events(
        "The European Union signed a trade agreement with Colombia and Peru on Tuesday.",
        date="2012-06-27",
        kind="deal_reached",
    )
    assert sorted(e.target for e in found) == ["COL", "PER"]
