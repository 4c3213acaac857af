"""A pasted news report: its events and a draft scenario (:mod:`tradewar.news`), for the API.

:func:`read_news` reads the text with :func:`tradewar.news.read_report` and
drafts a scenario with :meth:`~tradewar.news.Report.to_scenario`; the draft's
``FILL-IN`` fields (what the report does not say) are listed with their line,
their field and the draft's own comment on what to give, so that the app shows
each beside its field.  :func:`draft_to_store` checks a draft before it is
stored as a user scenario: everything but its open fields must pass the
scenario layer's checks.

Reports are read one at a time (a lock: the reader's spaCy pipeline is shared,
and reading is CPU-bound, so threads would gain nothing); a report is at most
:data:`tradewar.news.MAX_CHARS` characters, which the reader bounds to a few
seconds.  A request that waits longer than :data:`WAIT` seconds for its turn is
refused (:class:`ReaderBusy`), so that a flood of reports cannot hold every
thread of the server.
"""

from __future__ import annotations

import copy
import datetime as dt
import threading
from collections.abc import Iterator, Mapping
from pathlib import Path
from typing import Any

from tradewar.web.inputs import (
    UPLOAD_NAME,
    CheckedScenario,
    InputError,
    check_sent,
    field_name,
    json_safe,
)

__all__ = [
    "FILL_IN",
    "ReaderBusy",
    "draft_to_store",
    "fill_in_problems",
    "open_fields",
    "read_news",
]

#: What the draft writes where the report says too little (``tradewar.news``' convention).
FILL_IN = "FILL-IN"
#: A number every open number of a draft stands at while the rest of it is checked.
STAND_IN = 0.01

#: Seconds a report waits for the reader before it is refused.
WAIT = 20.0

_lock = threading.Lock()


class ReaderBusy(RuntimeError):
    """The reader was busy with other reports for longer than :data:`WAIT` seconds."""


def open_fields(data: Any, path: tuple[str | int, ...] = ()) -> Iterator[tuple[str | int, ...]]:
    """The paths of the ``FILL-IN`` values of a scenario's data, in order.

    Parameters
    ----------
    data : object
        The scenario as data (or a part of it, at ``path``).
    path : tuple, default ()
        Where ``data`` is.

    Yields
    ------
    tuple of str or int
        A path, e.g. ``("actions", 0, "add")``.
    """
    if data == FILL_IN:
        yield path
    elif isinstance(data, Mapping):
        for key, value in data.items():
            yield from open_fields(value, (*path, str(key)))
    elif isinstance(data, list):
        for i, value in enumerate(data):
            yield from open_fields(value, (*path, i))


def fill_in_problems(text: str) -> tuple[dict[str, Any], list[dict[str, Any]]]:
    """A draft's data and its open fields: line, field and what to give.

    Parameters
    ----------
    text : str
        The draft (YAML with comments).

    Returns
    -------
    data : dict
        The draft as data (JSON types).
    problems : list of dict
        ``{"line", "field", "message"}`` for each ``FILL-IN``; the message is
        the draft's comment on that line, if it has one.
    """
    from tradewar.scenario.yaml_lines import load_yaml

    data, lines = load_yaml(text, UPLOAD_NAME)
    rows = text.splitlines()
    problems = []
    for path in open_fields(data):
        line = lines.find(path)
        comment = rows[line - 1].partition("#")[2].strip() if line else ""
        message = comment or "the report does not say: fill it in"
        problems.append({"line": line, "field": field_name(path), "message": message})
    return json_safe(data), problems


def read_news(
    text: str,
    date: dt.date | None = None,
    name: str | None = None,
    min_confidence: float | None = None,
) -> dict[str, Any]:
    """Read a report: the text read, its events and the draft scenario.

    Parameters
    ----------
    text : str
        The report.
    date : datetime.date, optional
        Its date, when its text has no dateline.
    name : str, optional
        The draft's name (default ``news-DATE``).
    min_confidence : float, optional
        As :func:`tradewar.news.read_report`.

    Returns
    -------
    dict
        ``text`` (the text the events' offsets point into), ``report``
        (:meth:`tradewar.news.Report.to_dict`) and ``draft`` (``yaml``,
        ``scenario`` and ``fill_in``; None when no event is one a scenario can
        hold).

    Raises
    ------
    NewsError
        Text the reader refuses (empty, too long).
    ReaderBusy
        If the reader stayed busy with other reports for :data:`WAIT` seconds.
    """
    from tradewar.news import NewsError, read_report

    if not _lock.acquire(timeout=WAIT):
        raise ReaderBusy("the news reader is busy with other reports; try again in a while")
    try:
        report = read_report(text, date, min_confidence=min_confidence)
        try:
            draft: str | None = report.to_scenario(name=name)
        except NewsError:  # no event a scenario can hold: the report's notes say so
            draft = None
    finally:
        _lock.release()
    doc = report.to_dict()
    if draft is None:
        return {"text": report.text, "report": doc, "draft": None}
    data, problems = fill_in_problems(draft)
    return {
        "text": report.text,
        "report": doc,
        "draft": {"yaml": draft, "scenario": data, "fill_in": problems},
    }


def _stand_in(data: dict[str, Any]) -> dict[str, Any]:
    """A copy of a draft's data with :data:`STAND_IN` in every open field."""
    out = copy.deepcopy(data)
    for path in list(open_fields(out)):
        node: Any = out
        for key in path[:-1]:
            node = node[key]
        node[path[-1]] = STAND_IN
    return out


def draft_to_store(draft: str, home: Path, *, max_actions: int = 2000) -> CheckedScenario:
    """Check a draft before it is stored with its ``FILL-IN`` fields open.

    The draft is checked by the scenario layer with every open field at
    :data:`STAND_IN`: an open number then passes, and the rest of the draft is
    checked against its world; an open date or country fails at its own field,
    which is allowed (the world checks then wait until it is filled in).

    Parameters
    ----------
    draft : str
        The draft (YAML with comments), stored as written.
    home : Path
        The server's data folder.
    max_actions : int, default 2000
        The most actions accepted.

    Returns
    -------
    CheckedScenario
        The draft as it will be stored (its ``resolved`` and ``request`` are
        empty: it cannot run until it is filled in).

    Raises
    ------
    InputError
        A problem at a field that is not open.
    """
    data, problems = fill_in_problems(draft)
    open_ = {p["field"] for p in problems}
    try:
        check_sent(data=_stand_in(data), home=home, max_actions=max_actions)
    except InputError as exc:
        other = [p for p in exc.problems if p.get("field") not in open_]
        if other:
            raise InputError("invalid draft", other) from None
    return CheckedScenario(
        data=data,
        content=draft,
        format="yaml",
        name=str(data.get("name") or "news"),
        title=str(data.get("title") or ""),
        resolved={},
        request={},
    )
