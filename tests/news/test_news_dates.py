"""Relative dates resolved against the report's date, by the table of docs/news.md."""

from __future__ import annotations

import datetime as dt

import pytest

from tradewar.news.dates import find_dates, shift_months
from tradewar.news.text import report_date_in

FRIDAY = dt.date(2019, 5, 17)


@pytest.mark.parametrize(
    ("text", "future", "expected", "precision"),
    [
        ("today", False, dt.date(2019, 5, 17), "day"),
        ("yesterday", False, dt.date(2019, 5, 16), "day"),
        ("closed lower Friday", False, dt.date(2019, 5, 17), "day"),
        ("on Monday", False, dt.date(2019, 5, 13), "day"),
        ("will meet on Monday", True, dt.date(2019, 5, 20), "day"),
        ("last Friday", False, dt.date(2019, 5, 10), "day"),
        ("next Tuesday", True, dt.date(2019, 5, 21), "day"),
        ("last week", False, dt.date(2019, 5, 10), "week"),
        ("earlier this week", False, dt.date(2019, 5, 13), "week"),
        ("earlier this month", False, dt.date(2019, 5, 1), "month"),
        ("next month", True, dt.date(2019, 6, 17), "month"),
        ("at the end of the month", True, dt.date(2019, 5, 31), "day"),
        ("in early October", True, dt.date(2019, 10, 1), "month"),
        ("within two days", True, dt.date(2019, 5, 19), "day"),
        ("two weeks ago", False, dt.date(2019, 5, 3), "week"),
        ("on May 10", False, dt.date(2019, 5, 10), "day"),
        ("starting Sept. 1", True, dt.date(2019, 9, 1), "day"),
        ("on Dec. 1", False, dt.date(2018, 12, 1), "day"),  # past: the December before
        ("effective Feb. 14", True, dt.date(2020, 2, 14), "day"),  # future: the next one
        ("June 1, 2019", False, dt.date(2019, 6, 1), "day"),
        ("2019-06-01", False, dt.date(2019, 6, 1), "day"),
    ],
)
def test_relative_and_absolute_dates(text, future, expected, precision):
    phrases = find_dates(text)
    assert len(phrases) == 1, phrases
    assert phrases[0].resolve(FRIDAY, future) == (expected, precision)


def test_since_starts_a_duration_and_a_bare_may_is_no_date():
    (since,) = find_dates("for the first time since 2014")
    assert since.since
    assert find_dates("China may retaliate") == []


def test_shift_months_clips_to_the_last_day():
    assert shift_months(dt.date(2019, 3, 31), 1) == dt.date(2019, 4, 30)


def test_the_report_date_comes_from_its_dateline_not_a_caption():
    assert report_date_in("WASHINGTON, May 13 (Reuters) - Talks ...", year=2019) == dt.date(
        2019, 5, 13
    )
    assert report_date_in("Title\nPublished Fri, May 17 2019 12:48 PM EDT\nText") == FRIDAY
    caption = "Talks stall\n\nXi and Trump in Beijing on November 9, 2017. Body text goes on."
    assert report_date_in(caption) is None
