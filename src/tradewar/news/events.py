"""What the reader finds: events, and the report that holds them.

An :class:`Event` is one trade-policy event of a report, with every field the
reader could determine and ``None`` (or empty) for the others; ``notes`` says
what it assumed or could not tell.  A :class:`Report` holds the events in the
order of their dates, the names it could not place, and gives the key points
(:meth:`Report.key_points`), a labelled table (:meth:`Report.to_frame`), JSON
(:meth:`Report.to_dict`) and a draft scenario (:meth:`Report.to_scenario`).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, fields, replace
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    import pandas as pd

__all__ = ["EVENT_KINDS", "NO_DATE_NOTE", "STATUSES", "Event", "Report"]

#: The kinds of event, with what each means.
#: The note of an event whose sentence states no date, dated the report's day instead.
NO_DATE_NOTE = "no date in the sentence: the report's date"

EVENT_KINDS: dict[str, str] = {
    "tariff_increase": "tariffs imposed or raised",
    "tariff_cut": "tariffs lowered or goods exempted",
    "retaliation": "tariffs imposed in response to another country's",
    "export_control": "export controls, bans and blacklists (entity lists)",
    "sanction": "financial sanctions, fines, asset freezes",
    "purchase_cut": "purchases stopped, cut or cancelled",
    "purchase_commitment": "purchases promised or increased",
    "currency_intervention": "a government or central bank moves its currency",
    "talks_held": "negotiations took place",
    "talks_stalled": "negotiations stalled, broke down or were halted",
    "talks_scheduled": "negotiations planned",
    "deal_reached": "an agreement reached or signed",
    "deal_broken": "an agreement broken, reneged on or overridden",
    "market_reaction": "stocks, indexes or a currency moved on the news",
}

#: Statuses of an event.
STATUSES: dict[str, str] = {
    "threatened": "conditional or not decided (threats, warnings, plans under consideration)",
    "announced": "decided, not yet in effect",
    "in_effect": "done or in force",
    "reversed": "lifted, suspended, delayed or dropped",
}

_TARIFFS = ("tariff_increase", "tariff_cut", "retaliation")


@dataclass(frozen=True, slots=True)
class Event:
    """One event of a report.

    Parameters
    ----------
    kind : str
        One of :data:`EVENT_KINDS`.
    actor : str or None
        The acting country, as an ISO3 code (``EU`` for the European Union).
    target : str or None
        The country acted on (a company's country when a company is named).
    companies : tuple of str
        Companies named as targets (or, for a market reaction, whose shares moved).
    value_usd : float or None
        Value of the trade covered, US dollars.
    rate_from, rate_to : float or None
        A tariff rate before and after, as fractions (``0.25`` for 25%).
    rate_change : float or None
        A new or additional duty (``0.10`` for "a 10% tariff", "an extra 10%").
    products : tuple of str
        Product words as written (``pork``, ``soybeans``).
    sectors : tuple of str
        The default world's sectors of those products.
    date : datetime.date or None
        When the event happens or takes effect.
    date_precision : str
        ``day``, ``week``, ``month``, ``quarter`` or ``year``; ``report`` when the
        sentence gives no date and the report's date stands in; ``""`` if unknown.
    date_text : str or None
        The phrase the date comes from (``"last week"``).
    status : str
        One of :data:`STATUSES`.
    sentence : str
        The sentence that reports it (the first with the most detail).
    start, end : int
        Character offsets of that sentence in the text read.
    mentions : tuple of tuple of (int, int)
        Offsets of every sentence that reports it.
    notes : tuple of str
        What the reader assumed or could not determine.
    confidence : float or None
        The probability that a reader of the report would list this event
        (:mod:`tradewar.news.confidence`: a model of the team's labelled reports,
        calibrated on those sets, each left out in turn); None before it is scored.
    """

    kind: str
    actor: str | None = None
    target: str | None = None
    companies: tuple[str, ...] = ()
    value_usd: float | None = None
    rate_from: float | None = None
    rate_to: float | None = None
    rate_change: float | None = None
    products: tuple[str, ...] = ()
    sectors: tuple[str, ...] = ()
    date: dt.date | None = None
    date_precision: str = ""
    date_text: str | None = None
    status: str = "in_effect"
    sentence: str = ""
    start: int = 0
    end: int = 0
    mentions: tuple[tuple[int, int], ...] = ()
    notes: tuple[str, ...] = ()
    confidence: float | None = None

    @property
    def is_tariff(self) -> bool:
        """Whether the event changes tariffs (an increase, a cut or a retaliation)."""
        return self.kind in _TARIFFS

    @property
    def date_stated(self) -> bool:
        """Whether the report states the event's date (not the report's own date, taken)."""
        return NO_DATE_NOTE not in self.notes

    def to_dict(self) -> dict[str, Any]:
        """The event as plain JSON-ready values (dates as ISO strings, tuples as lists).

        Returns
        -------
        dict
            One entry per field.
        """
        out: dict[str, Any] = {}
        for f in fields(self):
            value = getattr(self, f.name)
            if isinstance(value, dt.date):
                value = value.isoformat()
            elif isinstance(value, tuple):
                value = [list(v) if isinstance(v, tuple) else v for v in value]
            out[f.name] = value
        return out

    def with_fields(self, **changes: Any) -> Event:
        """A copy with some fields changed.

        Parameters
        ----------
        **changes
            Field names and their new values.

        Returns
        -------
        Event
            The copy.
        """
        return replace(self, **changes)


@dataclass(frozen=True)
class Report:
    """A news report as the reader understood it.

    Parameters
    ----------
    text : str
        The text read.
    date : datetime.date or None
        The report's date (given, or from its dateline); relative dates are
        resolved against it.
    date_source : str
        Where the date came from: ``given``, ``text``, ``file name`` or ``none``.
    events : tuple of Event
        The events, in the order of their dates (undated last), then of the text.
    unknown : tuple of str
        Names in the place of an actor or target that the reader's tables lack.
    notes : tuple of str
        Remarks on the whole report (no date, no events ...).
    title : str
        The report's first line (its headline, usually).
    doubtful : tuple of Event
        Events the rules found but the confidence model doubts (a confidence below the
        threshold asked for): left out of ``events``, the key points and the draft.
    """

    text: str
    date: dt.date | None
    date_source: str
    events: tuple[Event, ...]
    unknown: tuple[str, ...] = ()
    notes: tuple[str, ...] = ()
    title: str = ""
    doubtful: tuple[Event, ...] = ()

    def __repr__(self) -> str:
        kinds = ", ".join(e.kind for e in self.events[:6])
        more = ", ..." if len(self.events) > 6 else ""
        return f"Report(date={self.date}, {len(self.events)} events: {kinds}{more})"

    def key_points(self) -> list[str]:
        """A short summary: one line per event, in date order (who did what to whom, when).

        Returns
        -------
        list of str
            E.g. ``"10 May 2019: the United States raised tariffs on $200.0B of
            goods from China (in effect)"``.
        """
        from tradewar.news.summary import key_points

        return key_points(self.events)

    def to_dict(self) -> dict[str, Any]:
        """The report as one JSON-ready document.

        Returns
        -------
        dict
            ``date``, ``date_source``, ``title``, ``events`` (a list of
            :meth:`Event.to_dict`), ``key_points``, ``unknown``, ``notes`` and
            ``doubtful`` (the events left out, as ``events``).
        """
        return {
            "date": self.date.isoformat() if self.date else None,
            "date_source": self.date_source,
            "title": self.title,
            "events": [e.to_dict() for e in self.events],
            "key_points": self.key_points(),
            "unknown": list(self.unknown),
            "notes": list(self.notes),
            "doubtful": [e.to_dict() for e in self.doubtful],
        }

    def to_frame(self) -> pd.DataFrame:
        """The events as a table, one row each, indexed by event number.

        Returns
        -------
        pandas.DataFrame
            Columns ``date``, ``kind``, ``actor``, ``target``, ``companies``,
            ``value_usd``, ``rate_from``, ``rate_to``, ``rate_change``, ``sectors``,
            ``status``, ``sentence``; the index is named ``event``.
        """
        import pandas as pd

        columns = [
            "date", "kind", "actor", "target", "companies", "value_usd", "rate_from", "rate_to",
            "rate_change", "sectors", "status", "sentence",
        ]  # fmt: skip
        rows = []
        for e in self.events:
            row = e.to_dict()
            row["companies"] = ", ".join(e.companies)
            row["sectors"] = ", ".join(e.sectors)
            rows.append({c: row[c] for c in columns})
        frame = pd.DataFrame(rows, columns=columns)
        frame.index.name = "event"
        return frame

    def to_scenario(self, name: str | None = None, source: str | None = None) -> str:
        """A draft scenario (YAML text with comments) built from the events.

        Parameters
        ----------
        name : str, optional
            The scenario's name (default: ``news-`` and the report's date).
        source : str, optional
            The file the report came from, for the scenario's sources.

        Returns
        -------
        str
            The YAML text; what the report does not say is marked ``FILL-IN``,
            which ``tradewar validate`` reports until it is given.

        Raises
        ------
        NewsError
            If the report has no events that a scenario can hold.
        """
        from tradewar.news.draft import draft_scenario

        return draft_scenario(self, name=name, source=source)
