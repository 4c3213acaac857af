"""Bad input: one clear message, nothing half-done; unknown names listed, not guessed."""

from __future__ import annotations

import time

import pytest

from tradewar.errors import MissingExtraError
from tradewar.news import MAX_CHARS, NewsError, example_report, read_report

pytest.importorskip("spacy", reason="the news reader needs spaCy: pip install tradewar[news]")


@pytest.mark.parametrize("text", ["", "   \n\t  ", b""])
def test_empty_text_is_refused(text):
    with pytest.raises(NewsError, match="empty"):
        read_report(text)


def test_non_utf8_bytes_are_refused_with_the_offset():
    with pytest.raises(NewsError, match=r"not UTF-8 text \(byte 0xff at offset 6\)"):
        read_report(b"Tariff\xff raised", source="r.txt")


def test_a_bad_date_is_refused():
    with pytest.raises(NewsError, match="YYYY-MM-DD"):
        read_report("The U.S. raised tariffs on Chinese goods.", date="17/05/2019")


def test_text_without_trade_events_says_so_and_drafts_no_scenario():
    report = read_report(
        "The city council approved a new budget for public transit on Monday.", date="2023-12-06"
    )
    assert report.events == ()
    assert "no trade-policy events found in the report" in report.notes
    with pytest.raises(NewsError, match="no scenario"):
        report.to_scenario()


def test_unknown_countries_and_companies_are_listed_not_guessed():
    report = read_report(
        "The United States imposed tariffs on Freedonian goods on Monday. Beijing added "
        "Zorbatronics to its entity list.",
        date="2024-03-06",
    )
    assert {"Freedonian", "Zorbatronics"} <= set(report.unknown)
    tariff = next(e for e in report.events if e.kind == "tariff_increase")
    assert tariff.target != "CHN" or "target not named" in " ".join(tariff.notes)


def test_a_report_without_a_date_resolves_no_relative_date():
    report = read_report("Last week, the U.S. increased tariffs on $200 billion of Chinese goods.")
    assert report.date is None
    assert report.events[0].date is None
    assert any("no date" in note for note in report.notes)


def test_very_long_input_is_bounded_in_time_and_refused_beyond_the_limit():
    text, date = example_report()
    long = (text + "\n") * (MAX_CHARS // (len(text) + 1))
    assert len(long) <= MAX_CHARS
    start = time.perf_counter()
    report = read_report(long, date)
    assert time.perf_counter() - start < 60
    assert len(report.events) == 9  # the same events, told many times
    with pytest.raises(NewsError, match="too long"):
        read_report("x" * (MAX_CHARS + 1))
    with pytest.raises(NewsError, match="too long"):
        read_report(b"x" * (4 * MAX_CHARS + 1))
    # one endless sentence is cut into pieces, so it cannot run away either
    start = time.perf_counter()
    read_report(("tariffs raised on China and " * 7000)[:MAX_CHARS], date)
    assert time.perf_counter() - start < 60


def test_a_missing_extra_names_the_install_command(monkeypatch):
    import importlib.util

    from tradewar.news import extract

    extract._pipeline.cache_clear()
    real = importlib.util.find_spec
    monkeypatch.setattr(
        importlib.util, "find_spec", lambda name, *a: None if name == "spacy" else real(name, *a)
    )
    try:
        with pytest.raises(MissingExtraError, match=r"pip install 'tradewar\[news\]'"):
            read_report("The U.S. raised tariffs on Chinese goods.", date="2019-05-17")
    finally:
        monkeypatch.undo()
        extract._pipeline.cache_clear()
