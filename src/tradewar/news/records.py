"""The records the reader passes between its steps.

Sentences with their clauses and marks (names, amounts, rates), and the event mentions
found in them.
"""

from __future__ import annotations

import bisect
import datetime as dt
from dataclasses import dataclass, field
from functools import cached_property
from typing import Any

from tradewar.news.dates import DatePhrase

__all__ = ["Mark", "Mention", "Segment", "Sentence", "Trigger"]


@dataclass
class Mark:
    """A name, amount or rate in a sentence (token offsets within the sentence)."""

    start: int
    end: int
    type: str
    code: str | None = None
    name: str = ""
    value: float | None = None
    unit: str = ""


@dataclass
class Segment:
    """A clause of a sentence: token range and type (plain, cause, condition, report)."""

    start: int
    end: int
    type: str = "plain"


@dataclass
class Sentence:
    """One sentence: its text, tokens, names, dates and clauses."""

    text: str
    offset: int
    paragraph: int
    tokens: list[str]
    idx: list[int]
    marks: list[Mark] = field(default_factory=list)
    dates: list[tuple[DatePhrase, int, int]] = field(default_factory=list)
    segments: list[Segment] = field(default_factory=list)

    @cached_property
    def lower(self) -> list[str]:
        """The tokens, lower-cased."""
        return [t.lower() for t in self.tokens]

    def phrases(self, label: str, a: int = 0, b: int | None = None) -> list[Mark]:
        """The phrases of a word list (``"tariff"``, ``"cause"`` ...) that start in ``a:b``."""
        end = len(self.tokens) if b is None else b
        return [
            m
            for m in self.marks
            if m.type == "phrase" and m.name.split("|")[1] == label and a <= m.start < end
        ]

    def in_date(self, i: int) -> bool:
        """Whether token ``i`` is part of a date phrase."""
        return any(a <= i < b for _, a, b in self.dates)

    def token_at(self, char: int) -> int:
        """Index of the token holding character ``char`` of the sentence."""
        return max(0, bisect.bisect_right(self.idx, char) - 1)


@dataclass
class Mention:
    """One event as one sentence reports it, before mentions are merged."""

    kind: str
    sentence: Sentence
    head: int
    status: str = "in_effect"
    actor: str | None = None
    targets: list[str] = field(default_factory=list)
    companies: list[str] = field(default_factory=list)
    value_usd: float | None = None
    rate_from: float | None = None
    rate_to: float | None = None
    rate_change: float | None = None
    products: list[str] = field(default_factory=list)
    sectors: list[str] = field(default_factory=list)
    date: dt.date | None = None
    precision: str = ""
    date_text: str | None = None
    date_source: str = ""
    notes: list[str] = field(default_factory=list)
    anaphoric: bool = False
    step: bool = False
    actor_found: bool = False
    unknown: list[str] = field(default_factory=list)
    extra: dict[str, Any] = field(default_factory=dict)


@dataclass
class Trigger:
    """Where a clause reports an event: its kind, the word of change, the measure's word."""

    kind: str
    head: int
    noun: int
    reversed: bool = False
    lo: int = -1
    subject: int = -1
    response: bool = False
