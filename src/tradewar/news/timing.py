"""Dates told relative to another event: "a day after the tariff took effect".

A clause opened by *after* or *before* with a span before it ("a day after", "two weeks
before", "hours after") tells an event that span before or after the event of the main
clause: :func:`span_before` reads the span, and the event's date is the main clause's date
minus it (after) or plus it (before).
"""

from __future__ import annotations

import datetime as dt

from tradewar.news.records import Sentence

__all__ = ["span_at", "span_before"]

_COUNTS = {
    "a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6,
    "seven": 7, "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "fifteen": 15,
    "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "hundred": 100,
}  # fmt: skip
_UNITS = {"day": 1, "days": 1, "week": 7, "weeks": 7}
#: Spans in months ("two years after talks collapsed": 24 months before).
_MONTHS = {"month": 1, "months": 1, "year": 12, "years": 12, "decade": 120, "decades": 120}
#: Words before *after* that put both events on the same day ("hours after", "shortly after").
_SAME_DAY = frozenset({"hours", "minutes", "shortly", "moments", "soon", "just", "right"})


def span_before(s: Sentence, at: int) -> dt.timedelta | None:
    """The span written before the *after* or *before* at token ``at``, signed, if any.

    Parameters
    ----------
    s : Sentence
        The sentence.
    at : int
        The token of *after* or *before*.

    Returns
    -------
    datetime.timedelta or None
        How far the event of the clause at ``at`` lies from the main clause's event:
        negative after *after* ("a day after": -1 day), positive after *before*, zero for
        "hours after"; None when no span is written ("days after", "after").
    """
    low = s.lower
    if low[at] not in {"after", "before"}:
        return None
    sign = -1 if low[at] == "after" else 1
    prev = low[at - 1] if at >= 1 else ""
    # the clause may start at the span ("..., two days after ..."): its words are read
    # all the same
    if prev in _SAME_DAY:
        return dt.timedelta(0)
    if prev in _UNITS and at >= 2:
        count = low[at - 2]
        n = int(count) if count.isdigit() else _COUNTS.get(count)
        if n is not None and n <= 60:
            return dt.timedelta(days=sign * n * _UNITS[prev])
    if prev in _MONTHS and at >= 2:
        count = low[at - 2]
        n = int(count) if count.isdigit() else _COUNTS.get(count)
        if n is not None and n <= 100:  # "Thirty years after ... signed": history
            return dt.timedelta(days=round(sign * n * _MONTHS[prev] * 30.44))
    return None


def span_at(low: list[str], j: int) -> bool:
    """Whether a span of time starts at token ``j`` ("90 days", "three months", "a year").

    Parameters
    ----------
    low : list of str
        The sentence's lower-cased tokens.
    j : int
        Where the span would start.

    Returns
    -------
    bool
        A count (digits or a word of :data:`_COUNTS`) followed by a unit of days, weeks,
        months or years.
    """
    if j + 1 >= len(low):
        return False
    count, unit = low[j], low[j + 1]
    return (count.isdigit() or count in _COUNTS) and unit in _UNITS.keys() | _MONTHS.keys()
