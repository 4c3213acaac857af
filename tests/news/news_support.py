"""Reading helpers shared by the reader's round tests (``test_news_rounds*.py``)."""

from __future__ import annotations

from dataclasses import dataclass

from tradewar.news import Event, read_report


@dataclass(frozen=True)
class Round:
    """Read sentences as a round's tests do: on the round's day unless told another.

    Parameters
    ----------
    day : str
        The report date (ISO) a round's sentences are read on by default.
    """

    day: str

    def events(self, text: str, date: str | None = None, kind: str | None = None) -> list[Event]:
        """The events the rules find in *text* (only those of *kind*, when given).

        The rounds test the rules, so no event is left out as doubtful
        (``min_confidence=0``; the confidence model has tests of its own).
        """
        report = read_report(text, date or self.day, min_confidence=0.0)
        return [e for e in report.events if kind is None or e.kind == kind]

    def one(self, text: str, kind: str, date: str | None = None) -> Event:
        """The one event of *kind* in *text*; fails naming every event read otherwise."""
        found = self.events(text, date, kind)
        assert len(found) == 1, [(e.kind, e.sentence) for e in self.events(text, date)]
        return found[0]
