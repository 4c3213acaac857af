"""Sentences to event mentions: the rules of the reader.

Each sentence is tokenized by spaCy's blank English pipeline (its tokenizer and
rule-based sentencizer; no statistical model), and its names found with spaCy's
``PhraseMatcher`` over the tables of :mod:`~tradewar.news.entities`.  The
sentence is then cut into clauses (at ``;``, at words that open a clause of their
own — *after*, *despite*, *if*, *in retaliation for* — and at a comma before
*and*, *which*, a participle or a reporting clause), and in each clause the
words of :mod:`~tradewar.news.lexicon` give the kind of event: a measure
(*tariffs*, *entity list*, *purchases*, *talks* ...) with a word of change
(*raised*, *lifted*, *stalled* ...).  The actor is the nearest name before that
word not governed by a preposition (*the U.S.* in "the U.S. increased tariffs
on Chinese goods"), the target the first other country or company after it; the
value, rates, products and date come from the same clause.  Clauses of a cause
("in retaliation for US duties on steel") or a condition ("if Washington fails
to ...") give no event; a condition makes its main clause a threat.
"""

from __future__ import annotations

import bisect
import datetime as dt
import re
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Any

from tradewar.news import lexicon as lx
from tradewar.news.dates import DatePhrase, find_dates
from tradewar.news.entities import gazetteer, needs_case

__all__ = ["sentences"]

#: Longest sentence read as one, in tokens; longer runs are cut (bounded time).
MAX_TOKENS = 120


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

    @property
    def lower(self) -> list[str]:
        """The tokens, lower-cased."""
        return [t.lower() for t in self.tokens]

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


# -- spaCy ------------------------------------------------------------------------------


@lru_cache(maxsize=1)
def _pipeline() -> tuple[Any, Any, dict[str, Any]]:
    """SpaCy's blank English pipeline with a sentencizer, and the matcher of every name."""
    from tradewar.extras import require

    spacy = require("spacy", "news")
    from spacy.matcher import PhraseMatcher

    nlp = spacy.blank("en")
    nlp.add_pipe("sentencizer")
    matcher = PhraseMatcher(nlp.vocab, attr="LOWER")
    keys: dict[str, Any] = {}
    for lower, entity in gazetteer().items():
        key = f"E|{lower}"
        keys[key] = entity
        matcher.add(key, [nlp.make_doc(entity.alias)])
    for phrase_set, label in (
        (lx.TARIFF_PHRASES, "tariff"),
        (lx.EXPORT_PHRASES, "export"),
        (lx.CURRENCY_PHRASES, "currency_verb"),
        (lx.MARKET_PHRASES, "market_move"),
        (lx.TALKS_STALLED_PHRASES, "talks_stalled"),
        (lx.RETALIATION_PHRASES, "retaliation"),
        (lx.CAUSE_PHRASES, "cause"),
        (lx.CLAUSE_PHRASES, "clause"),
        (lx.NOT_TRADED, "not_traded"),
        (lx.BOTH_SIDES, "both_sides"),
        (lx.ANAPHORA, "anaphora"),
        (lx.TAKES_EFFECT, "takes_effect"),
        (lx.GLOBAL, "global"),
    ):
        for phrase in phrase_set:
            key = f"L|{label}|{phrase}"
            keys[key] = label
            matcher.add(key, [nlp.make_doc(phrase)])
    return nlp, matcher, keys


_NOISE = re.compile(r"(getty images|\| ap|\| afp|^video|^photo:|^image:|^watch:|^read more)", re.I)


def sentences(text: str) -> list[Sentence]:
    """The report's sentences, paragraph by paragraph, with their names and dates.

    Parameters
    ----------
    text : str
        The cleaned report.

    Returns
    -------
    list of Sentence
        In the order of the text; captions and credits are left out.
    """
    nlp, matcher, keys = _pipeline()
    paragraphs: list[tuple[int, str]] = []
    offset = 0
    for line in text.split("\n"):
        stripped = line.strip().lstrip("-*").strip()
        if stripped and not _NOISE.search(stripped):
            paragraphs.append((offset + line.find(stripped), stripped))
        offset += len(line) + 1
    out: list[Sentence] = []
    for number, ((start, _para), doc) in enumerate(
        zip(paragraphs, nlp.pipe(p for _, p in paragraphs), strict=True)
    ):
        matches = matcher(doc)
        for sent in doc.sents:
            for a in range(sent.start, sent.end, MAX_TOKENS):
                b = min(sent.end, a + MAX_TOKENS)
                span = doc[a:b]
                s = Sentence(
                    text=span.text,
                    offset=start + span.start_char,
                    paragraph=number,
                    tokens=[t.text for t in span],
                    idx=[t.idx - span.start_char for t in span],
                )
                _annotate(
                    s,
                    [
                        (keys[doc.vocab.strings[m]], i - a, j - a, m)
                        for m, i, j in matches
                        if i >= a and j <= b
                    ],
                    doc.vocab.strings,
                )
                out.append(s)
    return out


_MONEY = re.compile(
    r"(?P<cur>US\$|(?:C|CA|A|AU|HK|NT|S|NZ|R)\$|\$|USD\s?|€|EUR\s?|£|¥)?\s?"
    r"(?P<num>\d[\d,]*(?:\.\d+)?)\s?"
    r"(?P<scale>trillion|billion|million|bln|bn|mln|mn|tn|[bmBM]\b)?\s?"
    r"(?P<cur2>(?:U\.S\. |US |American )?dollars|euros?|yuan|yen|pounds|rupees)?",
)
_PERCENT = re.compile(
    r"(?P<num>\d+(?:\.\d+)?)\s?(?:%|percent\b|per cent\b|pct\b|percentage points?\b"
    r"|pct points?\b)"
)
_HS = re.compile(
    r"\b(?:HS|Harmoni[sz]ed System|tariff)\s+(?:chapters?|headings?|subheadings?|codes?|lines?)?"
    r"\s*\d{2,10}(?:\s*(?:,|and|or|to|through)\s*\d{2,10})*",
)
#: HS chapters (first two digits) → sectors of the default world, by ranges of chapters.
_HS_SECTORS = (
    (1, "agriculture"), (2, "food"), (3, "agriculture"), (4, "food"), (5, "agriculture"),
    (11, "food"), (12, "agriculture"), (15, "food"), (25, "mining"), (28, "chemicals"),
    (39, "plastics_minerals"), (41, "textiles"), (44, "wood_paper"), (50, "textiles"),
    (68, "plastics_minerals"), (71, "other_manufacturing"), (72, "metals"), (84, "machinery"),
    (85, "electronics"), (86, "vehicles"), (90, "electronics"), (92, "other_manufacturing"),
    (93, "metals"), (94, "other_manufacturing"), (98, ""),
)  # fmt: skip


def hs_sector(code: str) -> str:
    """The default world's sector of an HS code (its first two digits are the chapter).

    Parameters
    ----------
    code : str
        An HS chapter, heading or subheading (``"85"``, ``"8471"``).

    Returns
    -------
    str
        The sector (``"electronics"``), or ``""`` for a chapter outside 1-97.
    """
    chapter = int(code[:2])
    sector = ""
    for first, name in _HS_SECTORS:
        if chapter >= first:
            sector = name
    return sector if 1 <= chapter <= 97 else ""


_SCALES = {"trillion": 1e12, "tn": 1e12, "billion": 1e9, "bln": 1e9, "bn": 1e9, "b": 1e9,
           "million": 1e6, "mln": 1e6, "mn": 1e6, "m": 1e6}  # fmt: skip


def _annotate(s: Sentence, matches: list[tuple[Any, int, int, int]], strings: Any) -> None:
    """Names, phrases, amounts, rates and dates of a sentence; then its clauses."""
    names: list[Mark] = []
    for key, i, j, _ in matches:
        if isinstance(key, str):
            names.append(Mark(i, j, "phrase", name=f"L|{key}"))
            continue
        written = " ".join(s.tokens[i:j])
        if needs_case(key.alias) and written.replace(" ", "") != key.alias.replace(" ", ""):
            continue
        names.append(Mark(i, j, key.type, key.code, key.name))
    # the longest name wins where names overlap; phrases are kept beside names
    names.sort(key=lambda m: (m.start, -(m.end - m.start)))
    kept: list[Mark] = []
    taken: set[int] = set()
    for m in names:
        if m.type == "phrase":
            kept.append(m)
            continue
        if taken & set(range(m.start, m.end)):
            continue
        taken.update(range(m.start, m.end))
        kept.append(m)
    s.marks = kept
    for match in _MONEY.finditer(s.text):
        cur, scale, cur2 = match.group("cur"), match.group("scale"), match.group("cur2")
        if not (cur or cur2) or (not scale and not cur2 and not cur):
            continue
        if not scale and not cur:
            continue
        number = float(match.group("num").replace(",", ""))
        value = number * _SCALES.get((scale or "").lower(), 1.0)
        unit = (
            "USD"
            if cur in ("$", "US$")
            or (cur and cur.startswith("USD"))
            or (not cur and cur2 and "dollar" in cur2)
            else (cur2 or cur or "").strip()
        )
        if unit == "USD" and value < 1e5:
            continue
        i, j = s.token_at(match.start("num")), s.token_at(match.end() - 1) + 1
        s.marks.append(Mark(i, j, "money", name=match.group(0).strip(), value=value, unit=unit))
    for match in _HS.finditer(s.text):
        for number in re.findall(r"\d{2,10}", match.group(0)):
            sector = hs_sector(number)
            if sector:
                i, j = s.token_at(match.start()), s.token_at(match.end() - 1) + 1
                s.marks.append(Mark(i, j, "product", sector, f"HS {number[:2]}"))
    for match in _PERCENT.finditer(s.text):
        i, j = s.token_at(match.start()), s.token_at(match.end() - 1) + 1
        s.marks.append(Mark(i, j, "percent", value=float(match.group("num")) / 100))
    for phrase in find_dates(s.text):
        s.dates.append((phrase, s.token_at(phrase.start), s.token_at(phrase.end - 1) + 1))
    s.marks.sort(key=lambda m: m.start)
    s.segments = _segments(s)


# -- clauses ------------------------------------------------------------------------------

_PARTICIPLE_SKIP = {"including", "according", "excluding", "following", "during", "amid"}


def _segments(s: Sentence) -> list[Segment]:
    """Cut a sentence into clauses and type them (plain, cause, condition, report)."""
    low = s.lower
    n = len(low)
    phrases = {(m.start, m.name.split("|")[1]): m for m in s.marks if m.type == "phrase"}
    cuts: dict[int, str] = {}
    if low and low[0] in {"if", "unless"}:
        cuts[0] = "condition"
    for i, word in enumerate(low):
        if i == 0:
            continue
        if word in {"and", "but"} and prev_verb(low, i) and _verb_follows(s, i + 1):
            cuts[i] = "plain"
            continue
        if word == "and" and _gapped(s, i + 1):
            cuts[i] = "gapped"
            continue
        if word == "and" and prev_verb(low, i) and _measure_clause(low, i + 1):
            cuts[i] = "plain"  # "..., and Chinese duties on U.S. goods dropping to 10%"
            continue
        prev = low[i - 1]
        if word in {";", ":"} or (
            word == "-"
            and prev != "-"
            and i + 1 < n
            and low[i + 1] != "-"
            and s.idx[i] > 0
            and s.text[s.idx[i] - 1] == " "
        ):
            cuts[i + 1] = "plain"
        elif (i, "cause") in phrases:
            cuts[i] = "cause"
        elif (i, "clause") in phrases or (i, "clause") in phrases:
            cuts[i] = "plain"
        elif word in lx.CLAUSE_OPENERS and not (word == "since" and _is_date_start(s, i)):
            if word == "under" and (i + 1 >= n or low[i + 1] != "which"):
                continue
            if word in {"after", "before", "since"} and _is_date_start(s, i + 1):
                continue
            kind = (
                "condition"
                if word in {"if", "unless"}
                else ("cause" if word in {"because", "once"} else "plain")
            )
            if word == "after" and prev in lx.REPORTING:
                kind = "report"  # "Modi said after meeting Trump on Thursday"
            cuts[
                i - (1 if prev in {"hours", "days", "weeks", "shortly", "just", "even"} else 0)
            ] = kind
        elif (
            word == "as"
            and i + 1 < n
            and low[i + 1]
            in {
                "the",
                "both",
                "they",
                "it",
                "he",
                "she",
                "we",
                "china",
                "beijing",
                "washington",
                "investors",
                "markets",
                "talks",
            }
        ) or (word == "ahead" and i + 1 < n and low[i + 1] == "of"):
            cuts[i] = "plain"
        elif (
            word == "over"
            and i + 1 < n
            and low[i + 1] in {"its", "his", "their", "arms", "a", "an", "what", "alleged"}
        ):
            cuts[i] = "cause"
        elif prev == ",":
            if word in {
                "and",
                "but",
                "while",
                "which",
                "who",
                "with",
                "saying",
                "adding",
                "citing",
                "a",
                "actions",
                "clearing",
                "escalating",
                "rising",
                "banning",
                "effectively",
                "temporarily",
                "sending",
                "prompting",
                "retaliating",
                "then",
                "or",
            } or (word.endswith("ing") and word not in _PARTICIPLE_SKIP):
                cuts[i] = "plain"
            elif _reporting_clause(low, i):
                cuts[i] = "report"
            elif word == '"' or word == "where":
                cuts[i] = "plain"
    # a condition or cause clause opened by a word ends at its next comma
    ordered = sorted(cuts)
    for at in list(ordered):
        if cuts[at] in {"condition", "cause"}:
            for k in range(at + 1, n):
                if k in cuts:
                    break
                if low[k] == "," and k + 1 < n:
                    cuts.setdefault(k + 1, "report" if _reporting_clause(low, k + 1) else "plain")
                    break
    bounds = sorted({0, *cuts})
    segments = []
    for a, b in zip(bounds, [*bounds[1:], n], strict=True):
        if a >= b:
            continue
        kind = cuts.get(a, "plain")
        if kind == "plain" and _reporting_clause(low, a) and b - a <= 14:
            kind = "report"
        segments.append(Segment(a, b, kind))
    return segments


#: Words that may stand between "and" and the verb of a second clause.
_VP_FILLERS = frozenset(
    {"also", "then", "later", "further", "subsequently", "separately", "will", "would", "could",
     "may", "might", "has", "have", "had", "is", "was", "to", "immediately", "on", "it"}
)  # fmt: skip


def prev_verb(low: list[str], i: int) -> bool:
    """Whether a word of an event stands before token ``i`` in its clause."""
    for k in range(i - 1, -1, -1):
        if low[k] in {",", ";", ":"} and k < i - 1 and low[k + 1] not in {"including"}:
            break
        if low[k] in lx.EVENT_VERBS:
            return True
    return False


def _verb_follows(s: Sentence, i: int) -> bool:
    """Whether the words from ``i`` open a verb phrase ("and added 11 firms", "and will meet")."""
    low = s.lower
    k = i
    while k < len(low) and k < i + 4 and low[k] in _VP_FILLERS:
        if low[k] == "on" and not _is_date_start(s, k):
            return False
        if low[k] == "on":
            k = next((b for _, a, b in s.dates if a == k), k + 1)
            continue
        k += 1
    return (
        k < len(low)
        and low[k] in lx.EVENT_VERBS
        and not (k + 1 < len(low) and low[k + 1] in {"-", "of"})
    )


def _measure_clause(low: list[str], i: int) -> bool:
    """Whether the words from ``i`` are a measure with a verb of its own ("duties ... dropping")."""
    nouns = [k for k in range(i, min(len(low), i + 3)) if low[k] in lx.TARIFF_NOUNS]
    if not nouns:
        return False
    verbs = lx.RAISE_VERBS | lx.CUT_VERBS | lx.REVERSE_VERBS | lx.RATE_DOWN
    return any(low[k] in verbs for k in range(nouns[0] + 1, min(len(low), nouns[0] + 8)))


def _gapped(s: Sentence, i: int) -> bool:
    """Whether "and" before ``i`` opens a clause without a verb ("and 10% on goods from China")."""
    low = s.lower
    rate = next((m for m in s.marks if m.type == "percent" and m.start == i), None)
    return rate is not None and rate.end < len(low) and low[rate.end] in {"on", "for", "against"}


def _is_date_start(s: Sentence, i: int) -> bool:
    return any(a == i for _, a, _ in s.dates)


def _reporting_clause(low: list[str], i: int) -> bool:
    """Whether the words from ``i`` are a short reporting clause ("the ministry said on Monday")."""
    window = low[i : i + 12]
    for k, word in enumerate(window):
        if word in {"said", "says", "told", "reported", "according", "argues", "argued", "wrote",
                    "writes", "believes", "believe"}:  # fmt: skip
            return True
        if word in {",", ";", "that"} or (k > 0 and word in lx.RAISE_VERBS | lx.CUT_VERBS):
            return False
    return False
