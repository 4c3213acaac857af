"""The reader's hundred-and-twenty-first round: dates that open a sentence, blocs and quotas.

"From July 1, India will impose ...": a preposition that opens the sentence, with its capital,
is the date's preposition still (the next July 1, not the last). "The Pacific Alliance, the
trade bloc formed by Chile, Colombia, Mexico and Peru, opened negotiations with Australia,
Canada, New Zealand and Singapore": the bloc with each partner, not two of its members.
"The leaders of Armenia and Azerbaijan signed": the two sides. "signed separate memorandums
with Armenia and Azerbaijan": a deal with each. "has terminated a deal to supply natural gas
to Israel": a seller's deal broken. "opened new quotas at low or zero tariffs": a cut.
"will allow only 152,000 new cars into the country", "imports of cement, capped at 1.5
million tonnes": quotas set.
"""

from __future__ import annotations

import datetime as dt

import pytest
from news_support import Round

pytest.importorskip("spacy", reason="the news reader needs spaCy: pip install tradewar[news]")

DAY = "2019-06-10"  # a Monday

READ = Round(DAY)
_events, _one = READ.events, READ.one


@pytest.mark.parametrize("opening", ["From July 1,", "Starting July 1,", "From July 1"])
def test_a_date_opening_the_sentence_keeps_its_preposition(opening: str) -> None:
    event = _one(
        f"{opening} India will impose a 20 percent duty on steel imports from China.",
        kind="tariff_increase",
    )
    assert event.date == dt.date(2019, 7, 1)


def test_a_date_after_the_verb_is_unchanged():
    event = _one(
        "India will impose a 20 percent duty on steel imports from China from July 1.",
        kind="tariff_increase",
    )
    assert event.date == dt.date(2019, 7, 1)


def test_a_blocs_talks_are_with_each_partner_not_between_its_members():
    events = _events(
        "The Pacific Alliance, the trade bloc formed by Chile, Colombia, Mexico and Peru, on "
        "Friday opened negotiations with Australia, Canada, New Zealand and Singapore.",
        kind="talks_held",
        date="2017-06-30",
    )
    assert [(e.actor, e.target) for e in events] == [
        (None, "AUS"),
        (None, "CAN"),
        (None, "NZL"),
        (None, "SGP"),
    ]


def test_a_country_with_several_partners_keeps_its_actor():
    events = _events(
        "The European Union on Friday opened negotiations with Australia, Canada, New Zealand "
        "and Singapore.",
        kind="talks_held",
        date="2017-06-30",
    )
    assert {e.actor for e in events} == {"EU"} and len(events) == 4


@pytest.mark.parametrize("people", ["leaders", "presidents"])
def test_the_sides_people_name_the_sides(people: str) -> None:
    event = _one(
        f"The {people} of Armenia and Azerbaijan signed a joint declaration on Friday.",
        kind="deal_reached",
        date="2025-08-09",
    )
    assert (event.actor, event.target) == ("ARM", "AZE")


def test_memorandums_with_two_countries_are_two_deals():
    events = _events(
        "The United States also signed separate memorandums with Armenia and Azerbaijan on "
        "Friday covering energy, trade and technology.",
        kind="deal_reached",
        date="2025-08-09",
    )
    assert [(e.actor, e.target) for e in events] == [("USA", "ARM"), ("USA", "AZE")]


def test_a_memorandum_on_its_own_is_no_deal():
    assert not _events(
        "The memorandum was drafted by lawyers in Geneva last year.", kind="deal_reached"
    )


def test_a_sellers_deal_to_supply_ended_is_a_deal_broken():
    event = _one(
        "Egypt has terminated a deal to supply natural gas to Israel.",
        kind="deal_broken",
        date="2012-04-23",
    )
    assert (event.actor, event.target) == ("EGY", "ISR")


def test_a_deal_to_supply_signed_is_no_deal_broken():
    assert not _events(
        "Egypt signed a deal to supply natural gas to Israel.",
        kind="deal_broken",
        date="2012-04-23",
    )


def test_a_buyers_deal_to_buy_cancelled_stays_a_purchase_undone():
    event = _one(
        "China cancelled a deal to buy 1 million tonnes of US soybeans.",
        kind="purchase_commitment",
        date="2012-04-23",
    )
    assert event.status == "reversed"


@pytest.mark.parametrize(
    ("text", "target"),
    [
        (
            "The EU also opened new quotas at low or zero tariffs for New Zealand beef, butter, "
            "cheese and milk powder.",
            "NZL",
        ),
        ("Japan will open quotas at reduced tariffs for Australian beef.", "AUS"),
    ],
)
def test_quotas_at_low_tariffs_opened_are_a_cut(text: str, target: str) -> None:
    event = _one(text, kind="tariff_cut", date="2024-05-01")
    assert event.target == target
    assert not _events(text, kind="tariff_increase", date="2024-05-01")


def test_a_tariff_above_the_quota_is_still_a_rise():
    event = _one(
        "The EU will double the duty on steel imports above the quotas to 50 percent.",
        kind="tariff_increase",
        date="2025-10-07",
    )
    assert event.rate_to == 0.5


@pytest.mark.parametrize(
    "text",
    [
        "Algeria will allow only 152,000 new cars into the country this year under a new "
        "import licence system.",
        "Licences will also be required for imports of cement, capped at 1.5 million tonnes "
        "this year.",
        "Licences will be required for imports of steel bars, capped at two million tonnes.",
    ],
)
def test_an_amount_of_imports_allowed_is_a_quota(text: str) -> None:
    assert _one(text, kind="tariff_increase", date="2016-01-10")


@pytest.mark.parametrize(
    "text",
    [
        "Algeria will allow 152,000 tourists into the country this year.",
        "Output was capped at 1.5 million tonnes this year by the drought.",
    ],
)
def test_amounts_without_a_cap_on_imports_are_no_quota(text: str) -> None:
    assert not _events(text, kind="tariff_increase", date="2016-01-10")


def test_a_governor_names_the_country_of_a_shared_currency():
    events = _events(
        "The Central Bank yesterday said it would stop defending the rupee, sending the "
        "currency down about 2.5% to a record low. Central Bank Governor Ajith Nivard Cabraal "
        "told a news conference that the bank would no longer sell dollars.",
        date="2012-02-10",
    )
    assert events and {e.actor for e in events} == {"LKA"}


def test_a_bare_rupee_with_no_country_named_stays_indias():
    event = _one(
        "The central bank sold dollars on Tuesday to support the rupee.",
        kind="currency_intervention",
        date="2013-08-20",
    )
    assert event.actor == "IND"


def test_a_surname_names_the_person_told_by_full_name_before():
    events = _events(
        "U.S. Trade Representative Katherine Tai welcomed the ruling on Monday. Trade Minister "
        "Mary Ng spoke with Ms. Tai on Monday.",
        kind="talks_held",
        date="2021-12-21",
    )
    assert [(e.actor, e.target) for e in events] == [("CAN", "USA")]


def test_a_surname_never_told_in_full_names_no_one():
    assert not _events(
        "Trade Minister Mary Ng spoke with Ms. Tai on Monday.",
        kind="talks_held",
        date="2021-12-21",
    )


def test_a_call_held_stays_held_past_what_was_said_next():
    event = _one(
        "Trade Minister Dan Tehan spoke with EU Trade Commissioner Valdis Dombrovskis by phone "
        "on Thursday and said he would still travel to Europe next week.",
        kind="talks_held",
        date="2021-10-08",
    )
    assert (event.actor, event.target, event.status) == ("AUS", "EU", "in_effect")
    assert event.date == dt.date(2021, 10, 7)


def test_a_clause_after_a_kept_purchase_keeps_the_reports_buyer():
    events = _events(
        "Japan's farm ministry suspended purchases of US wheat. The ministry will keep buying "
        "other classes of U.S. wheat, and will buy more wheat from Canada and Australia if "
        "needed.",
        kind="purchase_commitment",
        date="2013-05-31",
    )
    assert [(e.actor, e.target) for e in events] == [("JPN", "CAN"), ("JPN", "AUS")]


@pytest.mark.parametrize(
    ("text", "status"),
    [
        ("Maduro ordered the closure of the border with Brazil on Thursday.", "in_effect"),
        (
            "Maduro, who calls the aid a pretext for a US military intervention, said on "
            "Tuesday he was also considering a total closure of the border with Brazil.",
            "threatened",
        ),
    ],
)
def test_a_borders_closure_ordered_or_weighed_is_a_purchase_cut(text: str, status: str) -> None:
    event = _one(text, kind="purchase_cut", date="2019-02-22")
    assert (event.actor, event.target, event.status) == ("VEN", "BRA", status)


def test_a_borders_closure_as_a_subject_is_background():
    assert not _events(
        "The closure of the border with Brazil in 2019 hurt traders.",
        kind="purchase_cut",
        date="2019-02-22",
    )


def test_exemptions_ended_stay_apart_from_the_tariff_raised():
    text = (
        "WASHINGTON, Feb 11 (Reuters) - President Donald Trump on Monday raised the U.S. tariff "
        "on aluminum imports to 25% from 10%, effective March 12.\n\nFrom March 12, the "
        "proclamations end the exemptions and duty-free quotas granted to Canada, Mexico and "
        "the European Union, among others."
    )
    raised = [e for e in _events(text, date="2025-02-11") if e.rate_to == 0.25]
    assert len(raised) == 1
    assert (raised[0].rate_from, raised[0].target) == (0.1, None)
    ended = [e.target for e in _events(text, date="2025-02-11") if e.rate_to is None]
    assert ended == ["CAN", "MEX", "EU"]


def test_an_end_ordered_to_exemptions_raises_the_tariff_it_does_not_undo_it():
    event = _one(
        "Trump on Monday ordered an end to the exemptions and quotas that had let much of the "
        "world's steel avoid the duties.",
        kind="tariff_increase",
        date="2025-02-11",
    )
    assert event.status != "reversed"
