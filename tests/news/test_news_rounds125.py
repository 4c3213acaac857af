"""The reader's hundred-and-twenty-fifth round: exports a government refuses.

Against the fifty-fifth set's errors. "Germany will not approve any exports of military
equipment to Israel", "Brazil will not supply ammunition for the tanks ... that Germany has
sent or promised to Ukraine": a modal, *not*, a verb of letting goods go, arms or exports,
then *to* and a country, an export control (the "not" had read as a denial). Not a good
refused with no country to go to, nor other goods sold ("would not sell oil to countries that
adopt the cap").
"""

from __future__ import annotations

import pytest
from news_support import Round

pytest.importorskip("spacy", reason="the news reader needs spaCy: pip install tradewar[news]")

DAY = "2025-08-08"  # a Friday

READ = Round(DAY)
_events, _one = READ.events, READ.one


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        (
            "Germany will not approve any exports of military equipment to Israel that could be "
            "used in the Gaza Strip until further notice, Chancellor Friedrich Merz said.",
            ("DEU", "ISR"),
        ),
        (
            "Switzerland could not approve the re-export of about 12,400 rounds of 35mm "
            "ammunition to Ukraine, the government said.",
            ("CHE", "UKR"),
        ),
    ],
)
def test_exports_a_government_will_not_approve_are_an_export_control(
    text: str, pair: tuple[str, str]
) -> None:
    event = _one(text, kind="export_control")
    assert (event.actor, event.target) == pair


@pytest.mark.parametrize(
    "text",
    [
        "Russia said it would not sell oil to countries that adopt the cap.",
        "The regulator said it will not approve the merger.",
        "China has rejected U.S. corn because it contained a strain that Beijing has not approved.",
    ],
)
def test_other_refusals_are_no_export_control(text: str) -> None:
    assert not _events(text, kind="export_control")
