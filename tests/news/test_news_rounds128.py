"""The reader's hundred-and-twenty-eighth round: the fifty-sixth set's misses and extras.

- A contract's seller with its short name in brackets ("with Korea Aerospace Industries
  (KAI) for 18 FA-50 ... aircraft"); a currency swap agreement signed "worth" an amount is a
  deal, not a purchase.
- A supplier that "stopped delivering gas to Austria's OMV" controls exports (not traders
  that "stopped shipping").
- Arms a government "would not allow" to go to a country are an export control; exports
  "subject to strict review" too, the country they go to its target.
- "will join international economic sanctions against Russia" is a sanction (not "refusing
  to join", nor "countries that joined the sanctions"); a person "was blacklisted", with no
  goods or firm its subject, is sanctioned.
- "set the official rate at about 2,800 francs per dollar" is an intervention, not a tariff;
  a currency that "traded at about 99 per dollar ..., compared with 84.8" moved.
- Not events: a duty goods "have paid" all along, "the effective duty" summed with cesses,
  a duty a market move's traders expect, mills that "meet less than a tenth of demand".
- "from Rs. 50, with effect from yesterday": the abbreviation ends no sentence, and the
  date of "with effect from" is the cut's.
"""

from __future__ import annotations

import pytest
from news_support import Round

pytest.importorskip("spacy", reason="the news reader needs spaCy: pip install tradewar[news]")

DAY = "2023-02-24"  # a Friday

READ = Round(DAY)
_events, _one = READ.events, READ.one


def test_a_sellers_short_name_in_brackets_is_passed() -> None:
    event = _one(
        "Malaysia today signed a contract worth RM4.08 billion (US$920 million) with Korea "
        "Aerospace Industries (KAI) for 18 FA-50 Block 20 light combat aircraft.",
        kind="purchase_commitment",
    )
    assert (event.actor, event.target, event.value_usd) == ("MYS", "KOR", 920e6)


def test_a_currency_swap_signed_worth_an_amount_is_a_deal() -> None:
    text = (
        "India and the Maldives signed a currency swap agreement worth $400 million and "
        "₹30 billion on Monday."
    )
    assert [e.kind for e in _events(text, "2024-10-08")] == ["deal_reached"]


def test_a_supplier_that_stopped_delivering_to_a_countrys_buyer_controls_exports() -> None:
    event = _one(
        "Russia's Gazprom stopped delivering gas to Austria's OMV on Saturday.",
        kind="export_control",
        date="2024-11-17",
    )
    assert (event.actor, event.target, str(event.date)) == ("RUS", "AUT", "2024-11-16")
    assert not _events("Exporters stopped shipping rice to China last week.")


def test_arms_a_government_would_not_allow_to_go_are_an_export_control() -> None:
    text = (
        "Ottawa would not allow a planned sale of artillery ammunition by a Quebec plant to "
        "Israel's armed forces, Joly said."
    )
    assert _events(text, "2024-09-10", kind="export_control")


def test_exports_subject_to_review_are_an_export_control_on_their_destination() -> None:
    event = _one(
        "Exports of semiconductors and other sensitive technology to Russia will be subject "
        "to strict review.",
        kind="export_control",
        date="2022-02-25",
    )
    assert (event.target, event.status) == ("RUS", "announced")


@pytest.mark.parametrize(
    ("text", "joined"),
    [
        (
            "Taiwan will join international economic sanctions against Russia, the cabinet said.",
            True,
        ),
        (
            "Serbia has balanced ties with Moscow for years, refusing to join sanctions on Russia.",
            False,
        ),
        (
            "The ban also applies to several other European countries that joined the sanctions.",
            False,
        ),
    ],
)
def test_sanctions_joined_are_a_sanction(text: str, joined: bool) -> None:
    assert bool(_events(text, "2022-02-25", kind="sanction")) is joined


def test_a_person_blacklisted_is_sanctioned() -> None:
    text = (
        "Israeli billionaire Dan Gertler, a friend of Congolese President Joseph Kabila, was "
        "blacklisted together with 19 companies linked to him over opaque mining deals."
    )
    assert [e.kind for e in _events(text, "2017-12-21")] == ["sanction"]


def test_an_official_rate_priced_in_dollars_is_an_intervention() -> None:
    text = (
        "The Bank of the Republic of Burundi (BRB) set the official rate at about 2,800 francs "
        "per dollar on Wednesday, from about 2,080."
    )
    assert [e.kind for e in _events(text, "2023-05-05")] == ["currency_intervention"]


def test_a_currency_traded_at_a_level_it_moved_from_is_a_market_move() -> None:
    text = (
        "Kyrgyzstan's central bank sold $42.3 million on Thursday. The som traded at about 99 "
        "per dollar on Friday, compared with 84.8 before the war."
    )
    assert _events(text, "2022-03-04", kind="market_reaction")
    flat = (
        "Kyrgyzstan's central bank sold $42.3 million on Thursday. The som traded at about 99 "
        "per dollar on Friday, little changed compared with Thursday."
    )
    assert not _events(flat, "2022-03-04", kind="market_reaction")


@pytest.mark.parametrize(
    "text",
    [
        "Since April, goods from all four countries have paid the 10 percent baseline duty that "
        "Washington applies to most of its trading partners.",
        "With the agricultural infrastructure cess and other levies, the effective duty on the "
        "three oils falls to 16.5 per cent from 27.5 per cent.",
        "Benchmark palm oil futures on Bursa Malaysia rose 1.9% on Friday as traders expected "
        "the lower duty to lift Indian buying.",
        "Local mills at Pelwatte and Sevanagala meet less than a tenth of demand.",
    ],
)
def test_standing_duties_sums_and_shares_met_are_no_events(text: str) -> None:
    assert not [e for e in _events(text) if e.kind != "market_reaction"]


def test_a_number_after_its_abbreviation_ends_no_sentence_and_the_start_dates_the_cut() -> None:
    event = _one(
        "The Government has slashed the Special Commodity Levy on imported white sugar to 25 "
        "cents a kilo from Rs. 50, with effect from yesterday.",
        kind="tariff_cut",
        date="2020-10-14",
    )
    assert str(event.date) == "2020-10-13"
