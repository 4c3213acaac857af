"""Dates in a report: absolute ones, and relative phrases resolved against the report's date.

A relative phrase has one meaning here, written down once (also in docs/news.md),
so that a date the reader gives can be checked:

=========================================  =============================================
phrase                                     date (report of Friday 17 May 2019)
=========================================  =============================================
today, tonight, this week/month/year       the report's date
yesterday, tomorrow                        one day before / after
Friday (past tense)                        the latest Friday on or before it: 17 May
Friday (future: will, from, starting)      the next Friday on or after it
last / next Friday                         the Friday before / after it (strictly)
last / next week, month, year              one week, month or year before / after
earlier this week, month, year             the week's Monday, the month's 1st, 1 January
later this week, month / the end of the    the week's Friday, the month's or year's last
month, year                                day
early / mid / late June                    1, 15, 20 June
in two weeks, within 90 days, a month ago  counted from it
May 10, 10 May (no year)                   in the report's year; a past event dated more
                                           than a week after the report is a year earlier,
                                           a future one more than a week before it a year
                                           later (a measure told as done: the nearer of
                                           the two, fields.py)
=========================================  =============================================

Each resolved date carries its precision (day, week, month, year), so that "last
week" is not mistaken for a day.  Phrases after ``since`` start a duration and date
no event.
"""

from __future__ import annotations

import calendar
import datetime as dt
import re
from dataclasses import dataclass

__all__ = ["DatePhrase", "find_dates", "shift_months"]

_MONTHS = {
    "jan": 1, "feb": 2, "mar": 3, "apr": 4, "may": 5, "jun": 6,
    "jul": 7, "aug": 8, "sep": 9, "oct": 10, "nov": 11, "dec": 12,
}  # fmt: skip
_WEEKDAYS = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"]
_NUMBERS = {
    "a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6,
    "seven": 7, "eight": 8, "nine": 9, "ten": 10, "several": 3, "few": 3,
}  # fmt: skip

_MONTH = (
    r"(?P<month>Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?"
    r"|Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\.?"
)
_YEAR = r"(?P<year>(?:18|19|20)\d\d)"
#: A year named by its place before or after the report's ("in June last year").
_REL_YEAR = r"(?:\s+(?P<rel_year>last|next|this)\s+year\b)?"
_NUM = r"(?P<n>\d+|an?|one|two|three|four|five|six|seven|eight|nine|ten|several|few)"
_PREP = (
    # (any case: "From July 1, India will ...", "Since Jan. 1 ...")
    r"(?:(?P<prep>(?i:on|from|since|by|until|till|starting|effective|before|after|as of"
    r"|retroactive(?:ly)? to|backdated to))\s+)?"
)
#: Prepositions of a date that is past by its meaning ("retroactive to Nov. 1").
_BACKDATED = frozenset({"retroactive to", "retroactively to", "backdated to"})

_PATTERNS: list[tuple[str, re.Pattern[str]]] = [
    ("iso", re.compile(_PREP + r"\b(?P<year>\d{4})-(?P<m>\d\d)-(?P<d>\d\d)\b")),
    (
        "month_day",
        re.compile(
            _PREP + r"\b" + _MONTH + r"\s+(?P<day>\d{1,2})(?:st|nd|rd|th)?\b(?!\s*%)"
            r"(?:,?\s+" + _YEAR + r"\b)?" + _REL_YEAR
        ),
    ),
    (
        "day_month",
        re.compile(
            _PREP
            + r"\b(?P<day>\d{1,2})(?:st|nd|rd|th)?\s+"
            + _MONTH
            + r"\b(?:,?\s+"
            + _YEAR
            + r")?"
        ),
    ),
    (
        "month",
        re.compile(
            # "In April, Argentina opened ...": a preposition that opens the sentence too
            r"(?:\b(?P<prep>(?i:in|since|by|until|from|before|after|during|through|of))\s+)?"
            r"(?:(?P<part>early|mid|late|the end of|end of|the beginning of|the start of)"
            r"[\s-]+)?\b"
            + _MONTH
            # not a month followed by its day ("the week of July 8": July 8)
            + r"(?!\.?\s+\d{1,2}(?:st|nd|rd|th)?\b(?!\s*%))"
            + r"(?:\s+"
            + _YEAR
            + r")?\b"
            + _REL_YEAR
        ),
    ),
    (
        "weekday",
        re.compile(
            r"(?:\b(?P<rel>last|next|this|this coming|on|from|since|by|until|starting|before|"
            r"after|effective)\s+)?\b(?P<wd>Monday|Tuesday|Wednesday|Thursday|Friday|Saturday"
            r"|Sunday)\b"
            # "on Friday last week", "on Tuesday of next week": the day of that week
            r"(?:\s+(?:of\s+)?(?P<wk>last|next)\s+week\b)?",
            re.IGNORECASE,
        ),
    ),
    (
        "relday",
        re.compile(
            r"\b(?P<rd>today|tonight|yesterday|tomorrow|this morning|this afternoon|"
            r"this evening|overnight)\b",
            re.IGNORECASE,
        ),
    ),
    (
        "end_of",
        re.compile(
            r"\b(?:by |at |until |before )?(?:the )?(?P<edge>end|start|beginning|middle) of "
            r"(?P<which>the|this|next|last) (?P<unit>week|month|year)\b",
            re.IGNORECASE,
        ),
    ),
    (
        "period",
        re.compile(
            r"(?:\b(?P<prep>since)\s+)?\b(?:(?P<mod>earlier|later|late|early)\s+)?"
            r"(?P<which>this|last|next|the past|the previous|the coming|the following)\s+"
            r"(?P<unit>week|month|year|quarter)\b",
            re.IGNORECASE,
        ),
    ),
    (
        "ago",
        re.compile(r"\b" + _NUM + r"\s+(?P<unit>day|week|month|year)s?\s+ago\b", re.IGNORECASE),
    ),
    (
        "within",
        re.compile(
            r"\b(?:in|within|in the next)\s+" + _NUM + r"\s+(?P<unit>day|week|month)s?\b",
            re.IGNORECASE,
        ),
    ),
    (
        "year",
        re.compile(
            r"\b(?P<prep>in|since|by|until|from|during|before|after|of|the end of|end of|"
            r"early|late)\s+" + _YEAR + r"\b",
            re.IGNORECASE,
        ),
    ),
    (
        "same_time",
        re.compile(
            r"\b(?:at the same time|simultaneously|(?:from|on|as of|starting) (?:the same|that)"
            r" (?:date|day))\b",
            re.IGNORECASE,
        ),
    ),
]


@dataclass(frozen=True, slots=True)
class DatePhrase:
    """A date phrase found in a text, resolved when its report date and tense are known.

    Parameters
    ----------
    start, end : int
        Character offsets of the phrase in the text searched.
    text : str
        The phrase as written (``"last week"``, ``"on Sept. 24"``).
    kind : str
        Which pattern found it (``month_day``, ``weekday``, ``period`` ...).
    parts : tuple of (str, str)
        The pattern's named groups that matched.
    takes_effect : bool, default False
        Whether words of taking effect, not in the past, stand before it ("taking effect
        on Monday"): set by the sentence that holds it.
    """

    start: int
    end: int
    text: str
    kind: str
    parts: tuple[tuple[str, str], ...]
    takes_effect: bool = False

    def part(self, name: str) -> str | None:
        """One named group of the pattern, lower-cased, or None.

        Parameters
        ----------
        name : str
            The group (``month``, ``prep`` ...).

        Returns
        -------
        str or None
            Its text, lower-cased.
        """
        return dict(self.parts).get(name)

    @property
    def since(self) -> bool:
        """Whether the phrase starts a duration (``since 2014``): it dates no event."""
        return self.part("prep") == "since" or self.part("rel") == "since"

    @property
    def effective(self) -> bool:
        """Whether the phrase names when something starts (``from June 10``, ``effective``).

        Also a phrase after words of taking effect that are not in the past ("taking effect
        on Monday", "which takes effect on Thursday"): ``takes_effect``.
        """
        return self.takes_effect or (self.part("prep") or self.part("rel")) in {
            "from",
            "starting",
            "effective",
            "as of",
            *_BACKDATED,
        }

    @property
    def deadline(self) -> bool:
        """Whether the phrase is a deadline (``by the end of the month``, ``until``)."""
        head = self.text.lower().split(" ", 1)[0]
        return head in {"by", "until", "till"} or (self.part("prep") in {"by", "until"})

    def resolve(
        self, report: dt.date, future: bool, done: bool = False
    ) -> tuple[dt.date, str] | None:
        """The date the phrase names, and its precision.

        Parameters
        ----------
        report : datetime.date
            The report's date.
        future : bool
            Whether the phrase is in a sentence about what will happen (a weekday or
            a date without a year is then taken on or after the report's date).
        done : bool, default False
            Whether the phrase dates something told as done: "took effect from Sunday" is
            then the last Sunday (a weekday after *from* is otherwise the next one).

        Returns
        -------
        tuple of (datetime.date, str) or None
            The date and ``"day"``, ``"week"``, ``"month"``, ``"quarter"`` or
            ``"year"``; None for ``at the same time`` (the caller's previous event).
        """
        return _resolve(self, report, future, done)


def find_dates(text: str) -> list[DatePhrase]:
    """Every date phrase in ``text``, left to right, the longest where two overlap.

    Parameters
    ----------
    text : str
        A sentence or any text.

    Returns
    -------
    list of DatePhrase
        Phrases with their character offsets in ``text``.
    """
    found: list[DatePhrase] = []
    for kind, pattern in _PATTERNS:
        for match in pattern.finditer(text):
            groups = tuple(
                (key, value.lower()) for key, value in match.groupdict().items() if value
            )
            if kind == "month" and not (dict(groups).keys() & {"prep", "part", "year"}):
                continue  # a bare month name ("May") is too often a word
            if (
                kind == "month"
                and dict(groups).get("month") == "may"
                and "year" not in dict(groups)
                and "part" not in dict(groups)
                and dict(groups).get("prep") not in {"in", "of"}
            ):
                continue
            if kind == "within" and _superlative(text[: match.start()]):
                continue  # "their lowest in six weeks": a span, not a date
            found.append(DatePhrase(match.start(), match.end(), match.group(0), kind, groups))
    found.sort(key=lambda p: (p.start, -(p.end - p.start)))
    kept: list[DatePhrase] = []
    for phrase in found:
        if kept and phrase.start < kept[-1].end:
            continue
        kept.append(phrase)
    return kept


#: Words in -est that are no superlatives.
_NOT_SUPERLATIVE = frozenset(
    {"interest", "request", "protest", "west", "harvest", "forest", "guest", "test", "contest",
     "honest", "modest", "suggest", "digest", "invest", "arrest", "manifest", "nest", "quest",
     "vest", "chest", "attest", "latest", "rest", "unrest", "behest", "midwest", "northwest",
     "southwest", "conquest", "inquest", "priest", "pest", "crest", "zest", "jest"}
)  # fmt: skip


def _superlative(before: str) -> bool:
    """Whether the words before "in six weeks" make it a span.

    A superlative or "first" among the last four words: "the lowest in six weeks", "its
    biggest one-day gain in four months", "the first time in a year".
    """
    words = re.findall(r"[a-z]+", before[-60:].lower())[-4:]
    return any(
        (w.endswith("est") and w not in _NOT_SUPERLATIVE)
        or w in {"first", "worst", "most", "time", "low", "high", "best"}
        for w in words
    )


def shift_months(day: dt.date, months: int) -> dt.date:
    """``day`` moved by whole months, clipped to the month's last day.

    Parameters
    ----------
    day : datetime.date
        The date to move.
    months : int
        Months to add (negative: earlier).

    Returns
    -------
    datetime.date
        E.g. 31 March + 1 month = 30 April.
    """
    index = day.year * 12 + day.month - 1 + months
    year, month = divmod(index, 12)
    last = calendar.monthrange(year, month + 1)[1]
    return dt.date(year, month + 1, min(day.day, last))


def _month_end(day: dt.date) -> dt.date:
    return day.replace(day=calendar.monthrange(day.year, day.month)[1])


def _unit_shift(day: dt.date, unit: str, n: int) -> dt.date:
    if unit == "day":
        return day + dt.timedelta(days=n)
    if unit == "week":
        return day + dt.timedelta(weeks=n)
    if unit == "month":
        return shift_months(day, n)
    if unit == "quarter":
        return shift_months(day, 3 * n)
    return shift_months(day, 12 * n)


def _edge(day: dt.date, unit: str, edge: str) -> dt.date:
    """The start, middle or end of the week, month, quarter or year holding ``day``."""
    if unit == "week":
        monday = day - dt.timedelta(days=day.weekday())
        return monday + dt.timedelta(days={"start": 0, "middle": 2, "end": 4}[edge])
    if unit == "month":
        return {"start": day.replace(day=1), "middle": day.replace(day=15)}.get(
            edge, _month_end(day)
        )
    if unit == "quarter":
        first = dt.date(day.year, 3 * ((day.month - 1) // 3) + 1, 1)
        return first if edge == "start" else _month_end(shift_months(first, 2))
    return {"start": dt.date(day.year, 1, 1), "middle": dt.date(day.year, 7, 1)}.get(
        edge, dt.date(day.year, 12, 31)
    )


def _with_year(
    month: int,
    day: int,
    year: str | None,
    report: dt.date,
    future: bool,
    rel_year: str | None = None,
) -> dt.date:
    """A month and day in the year stated, else the year the tense points to.

    A year named against the report's ("in June last year", "next year") is that year.
    """
    if rel_year and not year:
        year = str(report.year + {"last": -1, "next": 1}.get(rel_year, 0))
    last = calendar.monthrange(int(year) if year else report.year, month)[1]
    if year:
        return dt.date(int(year), month, min(day, last))
    date = dt.date(report.year, month, min(day, last))
    if not future and date > report + dt.timedelta(days=7):
        return date.replace(year=report.year - 1)
    if future and date < report - dt.timedelta(days=7):
        return date.replace(year=report.year + 1)
    return date


def _number(text: str | None) -> int:
    if text is None:
        return 1
    return int(text) if text.isdigit() else _NUMBERS.get(text, 1)


def _resolve(
    p: DatePhrase, report: dt.date, future: bool, done: bool = False
) -> tuple[dt.date, str] | None:
    g = dict(p.parts)
    kind = p.kind
    if kind == "iso":
        return dt.date(int(g["year"]), int(g["m"]), int(g["d"])), "day"
    if kind in ("month_day", "day_month"):
        future = future and g.get("prep") not in _BACKDATED
        month = _MONTHS[g["month"][:3]]
        return _with_year(
            month, int(g["day"]), g.get("year"), report, future, g.get("rel_year")
        ), "day"
    if kind == "month":
        month = _MONTHS[g["month"][:3]]
        part = (g.get("part") or "").replace("the ", "")
        day = {"early": 1, "mid": 15, "late": 20, "beginning of": 1, "start of": 1}.get(part, 1)
        if part == "end of":  # the month's last day decides its year ("at the end of August")
            day = 31
        date = _with_year(month, day, g.get("year"), report, future, g.get("rel_year"))
        return date, "month"
    if kind == "weekday":
        target = _WEEKDAYS.index(g["wd"])
        rel = g.get("rel")
        back = (report.weekday() - target) % 7
        ahead = (target - report.weekday()) % 7
        if g.get("wk"):
            monday = report - dt.timedelta(days=report.weekday())
            shift = 7 if g["wk"].lower() == "next" else -7
            return monday + dt.timedelta(days=shift + target), "day"
        if rel == "last":
            return report - dt.timedelta(days=back or 7), "day"
        if rel in ("next", "this coming"):
            return report + dt.timedelta(days=ahead or 7), "day"
        if future or (rel in ("from", "starting", "effective", "by", "until") and not done):
            return report + dt.timedelta(days=ahead), "day"
        return report - dt.timedelta(days=back), "day"
    if kind == "relday":
        offset = {"yesterday": -1, "tomorrow": 1}.get(g["rd"], 0)
        return report + dt.timedelta(days=offset), "day"
    if kind == "end_of":
        unit = g["unit"]
        base = _unit_shift(report, unit, {"next": 1, "last": -1}.get(g["which"], 0))
        edge = {"beginning": "start"}.get(g["edge"], g["edge"])
        return _edge(base, unit, edge), "day"
    if kind == "period":
        unit = g["unit"]
        which = g["which"]
        n = {"last": -1, "the past": -1, "the previous": -1, "next": 1, "the coming": 1}.get(
            which, 1 if which == "the following" else 0
        )
        base = _unit_shift(report, unit, n)
        mod = g.get("mod")
        if mod in ("earlier", "early"):
            return _edge(base, unit, "start"), unit
        if mod in ("later", "late"):
            end = _edge(base, unit, "end")
            return (max(end, report) if n == 0 and unit != "week" else end), unit
        return base, unit
    if kind == "ago":
        return _unit_shift(report, g["unit"], -_number(g.get("n"))), g["unit"]
    if kind == "within":
        return _unit_shift(report, g["unit"], _number(g.get("n"))), g["unit"]
    if kind == "year":
        year = int(g["year"])
        if g["prep"] in ("the end of", "end of"):
            return dt.date(year, 12, 31), "year"
        return dt.date(year, 1, 1), "year"
    return None  # same_time: the previous event's date
