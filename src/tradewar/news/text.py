"""A report's text: decoding, limits, clean-up, and the report's own date.

Reading is bounded: a report longer than :data:`MAX_CHARS` characters is refused
with a message before anything is parsed, so time and memory stay small whatever
is pasted.  Bytes must be UTF-8 (with or without a byte-order mark); anything
else is refused with the offset of the first bad byte.
"""

from __future__ import annotations

import datetime as dt
import re

from tradewar.errors import TradewarError
from tradewar.news.dates import find_dates

__all__ = ["MAX_CHARS", "NewsError", "clean", "decode", "report_date_in"]

#: The longest report read, in characters (about 30,000 words: a long feature, not a book).
MAX_CHARS = 200_000


class NewsError(TradewarError, ValueError):
    """A report the reader cannot read: empty, too long, or not UTF-8 text."""


def decode(data: bytes, source: str = "<input>") -> str:
    """UTF-8 bytes as text, or a :class:`NewsError` naming the first bad byte.

    Parameters
    ----------
    data : bytes
        The report's bytes (a byte-order mark is dropped).
    source : str, optional
        The file the bytes came from, for the message.

    Returns
    -------
    str
        The text.

    Raises
    ------
    NewsError
        If the bytes are not UTF-8, or hold more than :data:`MAX_CHARS` characters.
    """
    if len(data) > 4 * MAX_CHARS:
        raise NewsError(_too_long(source, f"{len(data):,} bytes"))
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise NewsError(
            f"{source}: not UTF-8 text (byte 0x{data[exc.start]:02x} at offset {exc.start}); "
            "save the report as UTF-8 text and try again"
        ) from None
    return text


def _too_long(source: str, size: str) -> str:
    return (
        f"{source}: the report is too long ({size}; the reader takes at most "
        f"{MAX_CHARS:,} characters, about 30,000 words): give it one article at a time"
    )


def clean(text: str, source: str = "<input>") -> str:
    """The text with typographic quotes, dashes and spaces made plain, checked for size.

    Every replacement keeps the text's length, so that offsets into the cleaned
    text are offsets into the original.

    Parameters
    ----------
    text : str
        The report.
    source : str, optional
        Where it came from, for messages.

    Returns
    -------
    str
        The cleaned text, as long as ``text``.

    Raises
    ------
    NewsError
        If the text is empty (or only spaces) or longer than :data:`MAX_CHARS`.
    """
    if len(text) > MAX_CHARS:
        raise NewsError(_too_long(source, f"{len(text):,} characters"))
    if not text.strip():
        raise NewsError(f"{source}: the report is empty; give the text of a news report")
    table = str.maketrans(
        {
            "\u2018": "'",
            "\u2019": "'",
            "\u201c": '"',
            "\u201d": '"',
            "\u2013": "-",
            "\u2014": "-",
            "\u00a0": " ",
            "\u2022": "-",
            "\u2009": " ",
            "\u202f": " ",
            "\r": "\n",
            "\x00": " ",
        }
    )
    return text.translate(table)


_DATELINE = re.compile(
    r"^(?:[A-Z][A-Za-z .'-]{1,40}(?:\s*/\s*[A-Z][A-Za-z .'-]{1,40})?,\s+)?"
    r"(?P<date>[A-Z][a-z]{2,8}\.?\s+\d{1,2}(?:,?\s+\d{4})?)\s*\([A-Za-z .&-]+\)\s*-"
)
_MONTH = r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?"
_DAY = r"(?:" + _MONTH + r"\s+\d{1,2}|\d{1,2}\s+" + _MONTH + r")(?:,\s*\d{4})?\.?"
#: A wire dateline's place, with its date or agency: a place in capitals or in title case,
#: then a dash, a colon, TASS's stamp, or an agency in brackets ("BRUSSELS, July 1 (Reuters)
#: -", "NEW DELHI:", "KINGSTON -", "Asuncion, Jan 17 (EFE).-", "MOSCOW, August 13. /TASS/.",
#: "New Delhi, May 23 (PTI) Shares ...").
_PLACE_LINE = re.compile(
    # a place in capitals, perhaps with its country: "CHENGDU, China, Dec. 24 (Yonhap) --"
    r"^(?:(?:[A-Z][A-Z.'/ -]*[A-Z]\.?(?:,\s*[A-Z][a-z]+(?:\s[A-Z][a-z]+)?)?(?:,\s*" + _DAY + r")?"
    r"|[A-Z][A-Za-z.']*(?:[ /][A-Z][A-Za-z.']*){0,3}"  # a place in title case
    r"(?:,\s*" + _DAY + r"(?:\s*\([^)]{2,40}\))?|\s*\([^)]{2,40}\)))"
    r"\s*(?:\([^)]{2,40}\))?\s*(?:\.-|-{1,2}|\u2014|\u2013|:|/TASS/\.)(?=\s)"
    r"|[A-Z][A-Za-z.'/ ]{1,40},\s*" + _DAY + r"\s*\([A-Z][^)]{1,30}\)(?=\s))"
)


def dateline_end(text: str) -> int:
    """Where a wire dateline at the start of a sentence ends (a character offset), or 0.

    Its place names where the report was filed, not a party to what it tells.
    """
    found = _PLACE_LINE.match(text)
    return found.end() if found else 0


_STAMP = re.compile(
    r"^\s*(?:published|updated|posted|date|dated|first published)\b[:\s]*(?P<rest>.{0,80})$",
    re.IGNORECASE,
)


def report_date_in(text: str, year: int | None = None) -> dt.date | None:
    """The report's date as its text gives it: a dateline or a publication stamp.

    Read from the first lines only: a line that is a date (``May 17, 2019``,
    ``2019-05-17``), a stamp (``Published Fri, May 17 2019 12:48 PM EDT``), or a
    wire dateline (``WASHINGTON, May 17 (Reuters) -``, with ``year`` or the
    current year when it names none).  Dates elsewhere (photo captions, history)
    are not the report's.

    Parameters
    ----------
    text : str
        The report.
    year : int, optional
        The year of a dateline that gives none.

    Returns
    -------
    datetime.date or None
        The date, or None when the text gives none.
    """
    lines = [line.strip() for line in text.splitlines() if line.strip()][:12]
    for line in lines:
        stamp = _STAMP.match(line)
        candidates: list[str] = []
        if stamp:
            candidates.append(stamp.group("rest"))
        elif len(line) <= 40:
            candidates.append(line)
        dateline = _DATELINE.match(line)
        if dateline:
            candidates.append(dateline.group("date"))
        for candidate in candidates:
            found = _absolute(candidate, year)
            if found is not None:
                return found
    return None


def _absolute(text: str, year: int | None) -> dt.date | None:
    """The first full date in ``text`` (a month and day; its year, or ``year``)."""
    for phrase in find_dates(text):
        if phrase.kind == "iso" or (
            phrase.kind in ("month_day", "day_month") and (phrase.part("year") or year)
        ):
            stated = phrase.part("year")
            reference = dt.date(int(stated) if stated else (year or dt.date.today().year), 7, 1)
            try:
                resolved = phrase.resolve(reference, future=False)
            except ValueError:
                continue
            if resolved is not None:
                day = resolved[0]
                return (
                    day.replace(year=int(stated))
                    if stated
                    else day.replace(year=year or dt.date.today().year)
                )
    return None
