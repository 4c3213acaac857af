"""The reader's sixty-second round: more of the thirty-eighth set's misses.

A full stop inside a name ends no sentence ("Mail.Ru Group"); duties "averaging about 20 per
cent" have that rate; a retaliation sought ("will seek to retaliate", "could ask for the
right to retaliate") is a threat, not a wish, unless it is a purpose ("as the West seeks to
cut off ...").
"""

from __future__ import annotations

import pytest
from news_support import Round

pytest.importorskip("spacy", reason="the news reader needs spaCy: pip install tradewar[news]")

DAY = "2017-05-16"  # a Tuesday


READ = Round(DAY)
_events, _one = READ.events, READ.one


def test_a_full_stop_inside_a_name_ends_no_sentence():
    e = _one(
        "Ukraine imposed sanctions on Tuesday on Russian internet companies including Yandex, "
        "Mail.Ru Group and the social network VKontakte.",
        kind="sanction",
    )
    assert (e.actor, e.target) == ("UKR", "RUS")
    assert "VKontakte" in e.sentence


def test_duties_averaging_a_rate_have_it():
    e = _one(
        "The Commerce Department said it would impose countervailing duties averaging about 20 "
        "per cent on Canadian softwood lumber.",
        kind="tariff_increase",
    )
    assert (e.target, e.rate_change) == ("CAN", pytest.approx(0.20))


@pytest.mark.parametrize(
    ("sentence", "actor", "target"),
    [
        (
            "Costa Rica will seek to retaliate with duties on Dominican goods if Santo Domingo "
            "does not withdraw the measure.",
            "CRI",
            "DOM",
        ),
        (
            "Indonesia could ask for the right to retaliate against U.S. products if Washington "
            "fails to comply with the ruling.",
            "IDN",
            "USA",
        ),
    ],
)
def test_a_retaliation_sought_is_a_threat(sentence, actor, target):
    e = _one(sentence, kind="retaliation")
    assert (e.actor, e.target, e.status) == (actor, target, "threatened")


def test_a_purpose_sought_is_no_new_measure():
    found = _events(
        "The United States banned imports of Russian gold on Tuesday, as the West seeks to cut "
        "off one of Moscow's biggest sources of export revenue."
    )
    assert [(e.kind, e.actor, e.target) for e in found] == [("purchase_cut", "USA", "RUS")]
