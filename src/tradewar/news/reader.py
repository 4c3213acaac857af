"""The news reader's entry point: text (or bytes, or a file) in, a :class:`Report` out."""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import replace
from pathlib import Path

from tradewar.news.events import Event, Report
from tradewar.news.extract import Mention, Sentence, sentences
from tradewar.news.merge import to_events, without_headline_only
from tradewar.news.rules import mentions
from tradewar.news.text import NewsError, clean, decode, report_date_in

__all__ = ["EXAMPLE", "example_report", "read_file", "read_report", "rules_reading", "weigh"]

#: The example report that ships with tradewar (data card: news/examples/README.md).
EXAMPLE = "us-china-talks-stalled-2019-05-17.txt"

#: Capitalised words that name no country or company (titles, institutions, sources).
_NOT_NAMES = frozenset(
    """
    the a an it its he she they we his her their this that these those president prime
    minister vice premier secretary trade commerce ministry department treasury
    representative chief governor foreign finance economy economic state council office
    administration government bank central national association house world organization wto
    phase list section entity wire reuters bloomberg ap afp xinhua sources source monday
    tuesday wednesday thursday friday saturday sunday january february march april may june
    july august september october november december jan feb mar apr jun jul aug sep sept oct
    nov dec mr ms mrs dr officials official spokesman spokeswoman spokesperson agency news
    congress senate parliament commission federal register north south east west new free
    agreement tariff tariffs duties customs general global united group inc corp co ltd
    company companies partnership trans-pacific asia pacific european american and or but on
    in at to for of by with from against also however meanwhile separately analysts
    economists investors shares stocks markets market index
    """.split()  # noqa: SIM905
)
_OBJECT_PREPS = {"on", "against", "from", "to", "with", "by"}
_GOODS = {"goods", "products", "imports", "exports", "companies", "firms", "entities", "steel"}


def _unknown(m: Mention) -> list[str]:
    """Capitalised names where an actor or target should be that the tables lack."""
    s: Sentence = m.sentence
    taken = {i for x in s.marks if x.type != "phrase" for i in range(x.start, x.end)}
    low = s.lower
    names: list[str] = []
    i = 0
    while i < len(s.tokens):
        word = s.tokens[i]
        if i in taken or not word[:1].isupper() or low[i] in _NOT_NAMES or not word.isalpha():
            i += 1
            continue
        j = i
        while (
            j < len(s.tokens)
            and s.tokens[j][:1].isupper()
            and j not in taken
            and (low[j] not in _NOT_NAMES)
            and s.tokens[j].replace("-", "").isalnum()
        ):
            j += 1
        prev = low[i - 1] if i > 0 else ""
        nxt = low[j] if j < len(low) else ""
        if i > 0 and (prev in _OBJECT_PREPS or nxt in _GOODS or i == m.head + 1):
            names.append(" ".join(s.tokens[i:j]))
        i = j
    return names


def read_report(
    text: str | bytes,
    date: dt.date | str | None = None,
    *,
    source: str = "<text>",
    min_confidence: float | None = None,
) -> Report:
    """Read a news report on a trade conflict: its events, key points and a scenario draft.

    Parameters
    ----------
    text : str or bytes
        The report (bytes must be UTF-8).
    date : datetime.date or str, optional
        The report's date (``"2019-05-17"``), against which relative dates ("last
        week", "on Friday") are resolved; by default the date of the text's
        dateline, if it has one.
    source : str, optional
        Where the text came from, for messages.
    min_confidence : float, optional
        Events whose confidence (:mod:`~tradewar.news.confidence`) is below it are
        left out of ``events`` and listed in ``doubtful``; by default the shipped
        model's threshold, 0 keeps every event the rules find.

    Returns
    -------
    Report
        The events in date order, with ``key_points()``, ``to_frame()``,
        ``to_dict()`` and ``to_scenario()``.

    Raises
    ------
    NewsError
        If the text is empty, longer than :data:`~tradewar.news.text.MAX_CHARS`
        characters, not UTF-8, the date is not a date, or ``min_confidence`` is not
        between 0 and 1.
    MissingExtraError
        If the optional dependencies of the reader are not installed
        (``pip install 'tradewar[news]'``).

    Examples
    --------
    >>> report = read_report("Last week, the U.S. raised tariffs on $200 billion of "
    ...                      "Chinese goods.", date="2019-05-17")  # doctest: +SKIP
    >>> report.events[0].kind, report.events[0].date  # doctest: +SKIP
    ('tariff_increase', datetime.date(2019, 5, 10))
    """
    threshold = _threshold(min_confidence)  # bad input refused before any reading
    return weigh(rules_reading(text, date, source=source), threshold)


def rules_reading(
    text: str | bytes, date: dt.date | str | None = None, *, source: str = "<text>"
) -> Report:
    """The rules' reading of a report, before the confidence model weighs its events.

    :func:`read_report` without leaving anything out and without scores
    (``Event.confidence`` is None): what the model is trained on
    (``scripts/train_news_confidence.py``).

    Parameters
    ----------
    text : str or bytes
        The report (bytes must be UTF-8).
    date : datetime.date or str, optional
        As :func:`read_report`.
    source : str, optional
        Where the text came from, for messages.

    Returns
    -------
    Report
        Every event the rules find, unscored.

    Raises
    ------
    NewsError
        As :func:`read_report`.
    """
    if isinstance(text, bytes):
        text = decode(text, source)
    text = clean(text, source)
    notes: list[str] = []
    if isinstance(date, str):
        try:
            date = dt.date.fromisoformat(date.strip())
        except ValueError:
            raise NewsError(f"{date!r} is not a date: give it as YYYY-MM-DD") from None
    report_date: dt.date | None
    if date is not None:
        report_date, date_source = date, "given"
    else:
        report_date = report_date_in(text)
        date_source = "text" if report_date else "none"
        if report_date is None:
            notes.append(
                "the report gives no date: relative dates ('last week', 'on Friday') are not "
                "resolved; give the report's date"
            )
    sents = sentences(text)
    found = mentions(sents, report_date)
    # companies found from their context, not in the table: listed, their country not guessed
    unknown: list[str] = list(
        dict.fromkeys(
            x.name for s in sents for x in s.marks if x.type == "company" and x.code is None
        )
    )
    for m in found:
        if not m.actor_found or not m.targets:
            m.unknown = _unknown(m)
            unknown += [n for n in m.unknown if n not in unknown]
    events = without_headline_only(to_events(found, sents, report_date), sents, text)
    if _OPINION.match(text.lstrip()):
        # "Opinion | Tariffs were sold as leverage ...": an op-ed's measures are its views
        events = []
        notes.append("an opinion piece (marked so at its head): its views are no events")
    headline = text.strip().split("\n", 1)[0]
    if events and _ANNIVERSARY.search(headline):
        # "Coal, quotas and borders: the German-Polish customs war a century on": a look back,
        # whose measures are history; only one dated in the report's own week is news
        events = [e for e in events if _this_week(e, report_date)]
        notes.append("an anniversary feature (so its headline says): its history is no event")
    if not events:
        notes.append("no trade-policy events found in the report")
    lines = [line.strip() for line in text.splitlines() if line.strip()]
    title = next((line for line in lines if len(line.split()) >= 4), lines[0] if lines else "")
    title = title[:200]
    return Report(
        text=text,
        date=report_date,
        date_source=date_source,
        events=tuple(events),
        unknown=tuple(unknown),
        notes=tuple(notes),
        title=title,
    )


def _threshold(min_confidence: float | None) -> float:
    """The threshold asked for, checked, else the shipped model's."""
    from tradewar.news.confidence import model

    if min_confidence is None:
        return model().threshold
    if isinstance(min_confidence, bool) or not isinstance(min_confidence, int | float):
        raise NewsError(f"min_confidence: {min_confidence!r} is not a number between 0 and 1")
    if not 0.0 <= min_confidence <= 1.0:  # NaN fails too
        raise NewsError(f"min_confidence: {min_confidence!r} is not between 0 and 1")
    return float(min_confidence)


def weigh(report: Report, threshold: float) -> Report:
    """A report with each event scored, those scoring below ``threshold`` set apart.

    Parameters
    ----------
    report : Report
        The rules' reading (:func:`rules_reading`).
    threshold : float
        Events whose score (rounded as shown, to 3 places) is below it are left out of
        ``events`` and listed in ``doubtful``, with a note.

    Returns
    -------
    Report
        The same report, its events scored (``Event.confidence``).
    """
    from tradewar.news.confidence import scores

    kept: list[Event] = []
    doubtful: list[Event] = []
    for e, p in zip(report.events, scores(report.events, report.text), strict=True):
        shown = round(p, 3)  # compared as shown: 0.2996 is 0.30, not below 0.30
        (kept if shown >= threshold else doubtful).append(e.with_fields(confidence=shown))
    notes = list(report.notes)
    if doubtful:
        notes.append(
            f"{len(doubtful)} possible event(s) left out as doubtful (score below "
            f"{threshold:.2f}; --min-confidence 0 keeps them): "
            + "; ".join(_brief(e) for e in doubtful)
        )
        if not kept:
            notes = [n for n in notes if n != "no trade-policy events found in the report"]
            notes.append("no trade-policy events above the confidence threshold")
    return replace(report, events=tuple(kept), doubtful=tuple(doubtful), notes=tuple(notes))


def _brief(e: Event) -> str:
    """An event in a few words, for the note on doubtful ones: its kind and sentence."""
    sentence = e.sentence if len(e.sentence) <= 120 else e.sentence[:117] + "..."
    return f"{e.kind.replace('_', ' ')} ('{sentence}')"


#: The mark of an opinion piece at the head of a report ("Opinion | ...", "Editorial: ...", or
#: "OPINION" on a line of its own).
_OPINION = re.compile(
    r"(?i)(opinion|commentary|editorial|op-ed|column)(\s*[|:\u2014\u2013-]\s|[ \t]*\n)"
)

#: A count of years in words or figures ("thirty", "115"; not "25,000" or "1.20").
_YEARS_COUNT = (
    r"(?:\d{1,3}(?![\d,.])|five|six|seven|eight|nine|ten|twenty|twenty-five|thirty|"
    r"thirty-five|forty|fifty|sixty|seventy|seventy-five|eighty|ninety|a hundred|one hundred|"
    r"two hundred)"
)
#: The mark of an anniversary feature in a headline: "..., 25 years on", "Fifty years after
#: the oil embargo, ...", "DETROIT (Wire) \u2014 Sixty years after ...", "Five years ago this
#: week", "The WTO at 30: ...", "The world's oldest customs union turns 115". In the 48
#: labelled features (all with no events) every headline but one has it, and no headline of
#: a report with events does.
_ANNIVERSARY = re.compile(
    rf"(?i)\b{_YEARS_COUNT} years on\b|\bcentur(?:y|ies) on\b"
    rf"|(?:^|[:\u2014]\s*)(?:feature:\s*)?(?:{_YEARS_COUNT}|a|one|two|three) "
    r"(?:years|decades?|century|centuries) (?:ago|after|since|of)\b"
    rf"|\b{_YEARS_COUNT} years ago (?:today|this week|this month)\b"
    rf"|\b(?:at|turns) {_YEARS_COUNT}\s*(?::|$)"
)


def _this_week(e: Event, report: dt.date | None) -> bool:
    """Whether an event's date is stated and within a week of the report's."""
    return (
        report is not None
        and e.date is not None
        and e.date_stated
        and abs((e.date - report).days) <= 7
    )


_FILE_DATE = re.compile(r"(?<!\d)(\d{4})-(\d{2})-(\d{2})(?!\d)")


def read_file(
    path: str | Path, date: dt.date | str | None = None, *, min_confidence: float | None = None
) -> Report:
    """Read a report from a file (UTF-8 text); its date from the text, else its file name.

    Parameters
    ----------
    path : str or Path
        The file.
    date : datetime.date or str, optional
        The report's date, when neither the text nor the file name gives it.
    min_confidence : float, optional
        As :func:`read_report`.

    Returns
    -------
    Report
        As :func:`read_report`; ``date_source`` is ``file name`` when the date
        came from a name such as ``talks-stalled-2019-05-17.txt``.

    Raises
    ------
    NewsError
        As :func:`read_report`, and if the file cannot be read.
    """
    path = Path(path)
    try:
        if path.stat().st_size > 4 * 200_000:
            data = path.open("rb").read(4 * 200_000 + 1)
        else:
            data = path.read_bytes()
    except OSError as exc:
        raise NewsError(f"{path}: cannot read it ({exc.strerror or exc})") from None
    text = decode(data, str(path))
    if date is None and report_date_in(clean(text, str(path))) is None:
        match = _FILE_DATE.search(path.name)
        if match:
            try:
                named = dt.date(*(int(g) for g in match.groups()))
            except ValueError:
                named = None
            if named is not None:
                report = read_report(text, named, source=str(path), min_confidence=min_confidence)
                return replace(report, date_source="file name")
    return read_report(text, date, source=str(path), min_confidence=min_confidence)


def example_report() -> tuple[str, dt.date]:
    """The example report that ships with tradewar, and its date.

    The CNBC report of 17 May 2019 on stalled US-China talks (its data card is
    ``tradewar/news/examples/README.md``).

    Returns
    -------
    tuple of (str, datetime.date)
        The text and the report's date (2019-05-17, from its file name).
    """
    from importlib import resources

    text = resources.files("tradewar.news").joinpath("examples", EXAMPLE).read_text("utf-8")
    return text, dt.date(2019, 5, 17)
