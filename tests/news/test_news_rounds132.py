"""The reader's hundred-and-thirty-second round: the fifty-eighth set's companies.

The fifty-eighth set scored its companies 0.00 / 0.00: the firms it names were not in
`companies.csv`. Eleven rows join the table (Indian refiners and the gas utility, Uganda's and
Turkmenistan's state oil and gas firms, Belarusian state firms, a Chinese developer, Philippine
nickel miners), each with its country and sector. And what a listing does to the one firm it
names ("Americans are barred from dealing with it") is no event of its own.
"""

from __future__ import annotations

import pytest
from news_support import Round

pytest.importorskip("spacy", reason="the news reader needs spaCy: pip install tradewar[news]")

DAY = "2016-01-05"  # a Tuesday

READ = Round(DAY)
_events, _one = READ.events, READ.one


@pytest.mark.parametrize(
    ("text", "kind", "firm", "country"),
    [
        (
            "Russia's Gazprom has stopped buying natural gas from Turkmenistan, Turkmengaz said.",
            "purchase_cut",
            "Turkmengaz",
            "TKM",
        ),
        (
            "The United States on Tuesday imposed sanctions on Union Development Group, a "
            "Chinese state-owned company building a resort in Cambodia.",
            "sanction",
            "Union Development Group",
            "CHN",
        ),
        (
            "The United States on Thursday suspended sanctions on nine Belarusian companies, "
            "including the Naftan oil refinery and the tyre maker Belshina.",
            "sanction",
            "Naftan",
            "BLR",
        ),
    ],
)
def test_the_new_table_rows_name_the_firm_and_its_country(
    text: str, kind: str, firm: str, country: str
) -> None:
    event = _one(text, kind=kind)
    assert firm in event.companies
    assert event.target == country


def test_what_a_listing_does_to_one_firm_is_no_event() -> None:
    text = (
        "Its assets under U.S. jurisdiction are frozen, and Americans are barred from dealing "
        "with it."
    )
    assert not _events(text)
