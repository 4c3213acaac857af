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
    """A name, amount or rate in a sentence (token offsets within the sentence).

    Parameters
    ----------
    start, end : int
        Token range in the sentence (end exclusive).
    type : str
        What was found: ``country``, ``company``, ``money``, ``rate``, ``phrase`` ...
    code : str or None, default None
        The ISO3 code of a country (or of a company's country).
    name : str, default ""
        The name as found (for phrases, ``list|label``).
    value : float or None, default None
        The number of an amount or a rate.
    unit : str, default ""
        Its unit (``USD``, ``%``, ``points`` ...).
    """

    start: int
    end: int
    type: str
    code: str | None = None
    name: str = ""
    value: float | None = None
    unit: str = ""


@dataclass
class Segment:
    """A clause of a sentence: token range and type (plain, cause, condition, report).

    Parameters
    ----------
    start, end : int
        Token range (end exclusive).
    type : str, default "plain"
        ``plain``, ``cause``, ``condition`` or ``report``.
    """

    start: int
    end: int
    type: str = "plain"


@dataclass
class Sentence:
    """One sentence: its text, tokens, names, dates and clauses.

    Parameters
    ----------
    text : str
        The sentence as written.
    offset : int
        Its first character's offset in the report.
    paragraph : int
        The number of its paragraph.
    tokens : list of str
        Its tokens.
    idx : list of int
        Each token's character offset within the sentence.
    marks : list of Mark
        Names, amounts, rates and phrases found in it.
    dates : list of (DatePhrase, int, int)
        Date phrases with their token ranges.
    segments : list of Segment
        Its clauses.
    """

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
        """The phrases of a word list (``"tariff"``, ``"cause"`` ...) that start in ``a:b``.

        Parameters
        ----------
        label : str
            The word list.
        a : int, default 0
            First token.
        b : int or None, default None
            Token after the last (None: the end of the sentence).

        Returns
        -------
        list of Mark
            The phrases, in order.
        """
        end = len(self.tokens) if b is None else b
        return [
            m
            for m in self.marks
            if m.type == "phrase" and m.name.split("|")[1] == label and a <= m.start < end
        ]

    def in_date(self, i: int) -> bool:
        """Whether token ``i`` is part of a date phrase.

        Parameters
        ----------
        i : int
            A token index.

        Returns
        -------
        bool
            True inside a date phrase.
        """
        return any(a <= i < b for _, a, b in self.dates)

    def named(self, i: int) -> bool:
        """Whether token ``i`` is inside the name of a country, leader, company or market.

        Parameters
        ----------
        i : int
            A token index.

        Returns
        -------
        bool
            True inside such a name ("Union" in "European Union").
        """
        return any(
            m.start <= i < m.end
            for m in self.marks
            if m.type in {"country", "leader", "company", "market", "currency"}
        )

    def token_at(self, char: int) -> int:
        """Index of the token holding character ``char`` of the sentence.

        Parameters
        ----------
        char : int
            A character offset within the sentence.

        Returns
        -------
        int
            The token's index.
        """
        return max(0, bisect.bisect_right(self.idx, char) - 1)


@dataclass
class Mention:
    """One event as one sentence reports it, before mentions are merged.

    Parameters
    ----------
    kind : str
        The event's kind (``tariff_increase``, ``export_control`` ...).
    sentence : Sentence
        The sentence.
    head : int
        The token of the word of change.
    status : str, default "in_effect"
        ``threatened``, ``announced``, ``in_effect`` or ``reversed``.
    actor : str or None, default None
        Who acts (ISO3 code).
    targets : list of str
        Whom it is aimed at (ISO3 codes).
    companies : list of str
        Companies named as targets.
    value_usd : float or None, default None
        The value covered, USD.
    rate_from, rate_to, rate_change : float or None, default None
        Rates before and after, and the change (fractions).
    products : list of str
        Products named.
    sectors : list of str
        Their sectors of the default world.
    date : datetime.date or None, default None
        The event's date.
    precision : str, default ""
        How precisely the date is known (``day``, ``month`` ...).
    date_text : str or None, default None
        The words the date was read from.
    date_source : str, default ""
        Where the date came from (the phrase, the report's date ...).
    notes : list of str
        What could not be determined.
    anaphoric : bool, default False
        Whether it refers back to an earlier mention ("the tariffs").
    step : bool, default False
        Whether it is a step of a negotiation.
    actor_found : bool, default False
        Whether the actor was named in the sentence (not inferred).
    unknown : list of str
        Names the tables do not know.
    extra : dict
        Anything else a rule records.
    """

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
    """Where a clause reports an event: its kind, the word of change, the measure's word.

    Parameters
    ----------
    kind : str
        The event's kind.
    head : int
        The token of the word of change (a verb or its noun).
    noun : int
        The token of the measure's word (``tariff``, ``ban`` ...).
    reversed : bool, default False
        Whether the word undoes the measure ("lifted", "suspended").
    lo : int, default -1
        The first token of the trigger's span (-1: from the clause's start).
    subject : int, default -1
        The token of the grammatical subject, if found.
    response : bool, default False
        Whether it answers another's measure (a retaliation).
    accused : bool, default False
        Whether the clause's party accuses another of breaking a rule ("Mexico said the
        suspension violated WTO rules"): that party is the target, the actor unnamed.
    ruling : bool, default False
        Whether a panel or court rules that a country's measure breaks a rule ("A WTO panel
        ruled that India's duties violated trade rules"): the measure's owner is the actor,
        the complainants the targets; ``head`` is the verb of ruling.
    bloc : int, default -1
        For a country that joins or leaves a bloc ("Poland joined the European Union",
        "Portugal left the European Free Trade Association"), the first token of the bloc's
        name (-1: none, or not such a step): each country of the subject joins or leaves
        it, the bloc the target where it has a code.
    """

    kind: str
    head: int
    noun: int
    reversed: bool = False
    lo: int = -1
    subject: int = -1
    response: bool = False
    accused: bool = False
    ruling: bool = False
    bloc: int = -1
