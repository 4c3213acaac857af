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

import dataclasses
import re
from functools import lru_cache
from typing import Any

from tradewar.news import grammar as gr
from tradewar.news import lexicon as lx
from tradewar.news import marketwords as mw
from tradewar.news.clauses import segments
from tradewar.news.dates import find_dates
from tradewar.news.entities import (
    Entity,
    bare_currencies,
    bare_currency_countries,
    cased_as,
    gazetteer,
    hs_sector,
    market_cities,
    needs_case,
)
from tradewar.news.firms import context_companies, joined_companies, written_companies
from tradewar.news.records import Mark, Mention, Segment, Sentence

__all__ = ["Mark", "Mention", "Segment", "Sentence", "sentences"]

#: Longest sentence read as one, in tokens; longer runs are cut (bounded time).
MAX_TOKENS = 120


# -- spaCy ------------------------------------------------------------------------------


#: The name of the pipe that keeps a full stop inside a word from ending a sentence.
_NO_INFIX_BREAKS = "tradewar_no_infix_breaks"


#: Abbreviations a number follows, whose full stop ends no sentence ("Rs. 50", "No. 10").
_BEFORE_NUMBERS = frozenset({"Rs", "No", "Nos", "Art", "Sec", "Tk", "Vol", "Rp", "Ksh"})


#: A sum in shillings or pence before its full stop ("3s.", "9d.").
_SHILLINGS_PENCE = re.compile(r"\d+[sd]")


def _register_infix_pipe(language: Any) -> None:
    """Register the pipe that undoes the sentencizer's breaks at a full stop inside a word.

    "Mail.Ru Group": spaCy splits the name at its full stop, and the sentencizer then ends
    a sentence there; a stop with no space on either side ends none, nor one between an
    abbreviation and its number ("from Rs. 50").
    """
    if _NO_INFIX_BREAKS in language.factories:
        return

    @language.component(_NO_INFIX_BREAKS)
    def _no_infix_breaks(doc: Any) -> Any:
        for token in doc[2:]:
            stop = doc[token.i - 1]
            if (
                token.is_sent_start
                and stop.text == "."
                and (
                    (not stop.whitespace_ and not doc[token.i - 2].whitespace_)
                    # "to 25 cents a kilo from Rs. 50", "Decree-Law No. 10": a number
                    # after its abbreviation
                    or (doc[token.i - 2].text in _BEFORE_NUMBERS and token.text[:1].isdigit())
                    # "shares fell 3s. 9d. to £5 12s. 6d. in nervous dealings": shillings
                    # and pence, then more of the sum or the sentence going on
                    or (
                        _SHILLINGS_PENCE.fullmatch(doc[token.i - 2].text) is not None
                        and (
                            token.text[:1].isdigit()
                            or token.text[:1].islower()
                            or token.text == "£"
                        )
                    )
                )
            ):
                token.is_sent_start = False
        return doc


@lru_cache(maxsize=1)
def _pipeline() -> tuple[Any, Any, dict[str, Any]]:
    """SpaCy's blank English pipeline with a sentencizer, and the matcher of every name."""
    from tradewar.extras import require

    spacy = require("spacy", "news")
    from spacy.matcher import PhraseMatcher

    _register_infix_pipe(spacy.language.Language)
    nlp = spacy.blank("en")
    nlp.add_pipe("sentencizer")
    nlp.add_pipe(_NO_INFIX_BREAKS)
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
        (mw.CURRENCY_STEP_PHRASES, "currency_step"),
        (mw.CURRENCY_REGIME_PHRASES, "currency_regime"),
        (mw.CURRENCY_CONTROL_PHRASES, "currency_controls"),
        (lx.MARKET_PHRASES, "market_move"),
        (lx.TALKS_STALLED_PHRASES, "talks_stalled"),
        (lx.REVERSE_PHRASES, "reverse"),
        (lx.MARKET_NAME_PHRASES, "market_name"),
        (lx.RETALIATION_PHRASES, "retaliation"),
        (gr.CAUSE_PHRASES, "cause"),
        (gr.CLAUSE_PHRASES, "clause"),
        (gr.NOT_TRADED, "not_traded"),
        (gr.BOTH_SIDES, "both_sides"),
        (gr.ANAPHORA, "anaphora"),
        (gr.TAKES_EFFECT, "takes_effect"),
        (gr.GLOBAL, "global"),
        (gr.BLOCS, "bloc"),
        (gr.APPROVE_PHRASES, "approve"),
    ):
        for phrase in phrase_set:
            key = f"L|{label}|{phrase}"
            keys[key] = label
            matcher.add(key, [nlp.make_doc(phrase)])
    return nlp, matcher, keys


_NOISE = re.compile(r"(getty images|\| ap|\| afp|^video|^photo:|^image:|^watch:|^read more)", re.I)


#: The name or demonym that names a region after a word of direction ("Central American",
#: "Latin Americans", "the first such pact in Latin America"), not the country.
_REGION_ADJECTIVES = frozenset({"america", "american", "americans"})


#: A change by a percentage measured from a day ("up 0.4% from Friday").
_CHANGE = (["up"], ["down"])


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
    _report_currencies(out)
    _defined_acronyms(out)
    _surnames_named(out)
    _community_named(out)
    return out


#: The initials of the European Communities ("the EEC", "the EC").
_COMMUNITY_INITIALS = frozenset({"EEC", "EC", "E.C.", "E.E.C."})
#: The article before a short name, as written.
_THE = (["the"], ["The"])


def _community_named(sentences: list[Sentence]) -> None:
    """Mark "the Community" as the EU in a report that names the European Community.

    "U.S. duties on pasta from the European Community took effect on Friday, and the
    Community immediately raised its own duties on American lemons", "Israel and the EEC
    signed ... The Community will abolish its duties": the short name, with its capital,
    names the bloc the report named in full or by its initials, unless another community
    (the East African, the Andean) is named in the report too.
    """
    communities = [
        (s, k)
        for s in sentences
        for k, token in enumerate(s.tokens)
        if token == "Community" and s.tokens[k - 1 : k] in _THE
    ]
    if not communities:
        return
    named_eu = False
    for s in sentences:
        for k, token in enumerate(s.tokens):
            if token not in {"Community", "Communities"} or s.tokens[k - 1 : k] in _THE:
                continue
            if any(
                m.type == "country" and m.code == "EU" and m.start <= k < m.end for m in s.marks
            ):
                named_eu = True
            elif k > 0 and s.tokens[k - 1][:1].isupper():
                return  # another community named ("the East African Community")
    # (or by its initials: "the EEC", "the EC")
    named_eu = named_eu or any(
        m.type == "country" and m.code == "EU" and s.tokens[m.start] in _COMMUNITY_INITIALS
        for s in sentences
        for m in s.marks
    )
    if not named_eu:
        return
    for s, k in communities:
        if not any(m.start <= k < m.end for m in s.marks if m.type != "phrase"):
            s.marks.append(Mark(k, k + 1, "country", "EU", "Community"))
            s.marks.sort(key=lambda m: m.start)


def _surnames_named(sentences: list[Sentence]) -> None:
    """A person the tables know by full name is known, later in the report, by surname.

    "U.S. Trade Representative Katherine Tai ... Mr. Wang spoke with Ms. Tai on Friday":
    the surname alone (with its capital, where no other name stands) names the same side.
    """
    known: dict[str, Mark] = {}
    for s in sentences:
        for m in [x for x in s.marks if x.type == "leader" and x.end - x.start >= 2]:
            surname = s.tokens[m.end - 1]
            if len(surname) > 2 and surname[:1].isupper() and surname[1:].islower():
                known.setdefault(surname, m)
        if not known:
            continue
        named = {k for x in s.marks if x.type != "phrase" for k in range(x.start, x.end)}
        for k, token in enumerate(s.tokens):
            person = known.get(token)
            if person is not None and k not in named:
                s.marks.append(Mark(k, k + 1, "leader", person.code, person.name))


def _defined_acronyms(sentences: list[Sentence]) -> None:
    """An acronym defined in brackets names, through the report, what it follows.

    "The Bank of Jamaica (BOJ) sold US$30 million": BOJ is Jamaica's bank here, not the
    Bank of Japan, in this sentence and every later one.
    """
    defined: dict[str, str] = {}
    for s in sentences:
        for n, m in enumerate(s.marks):
            written = " ".join(s.tokens[m.start : m.end])
            if m.type != "country" or not written.isupper():
                continue
            before = [x for x in s.marks[:n] if x.type == "country" and x.end == m.start - 1]
            if (
                before
                and before[-1].code != m.code
                and s.tokens[m.start - 1] == "("
                and s.tokens[m.end : m.end + 1] == [")"]
            ):
                defined[written] = str(before[-1].code)
            if written in defined:
                s.marks[n] = Mark(m.start, m.end, m.type, defined[written], m.name)


#: Marks that name the country of a shared currency name: its name, or its leaders and
#: governors ("Central Bank Governor Ajith Nivard Cabraal" in a report on the rupee).
_NAMING = frozenset({"country", "leader"})


def _report_currencies(sentences: list[Sentence]) -> None:
    """A shared bare currency name is the currency of the country that has it, nearest.

    First in its sentence ("Santiago share prices fell and the peso weakened" is Chile's
    peso), the nearest name before it, else after; then in the report ("The peso weakened
    1.1%" in a report on Colombia is Colombia's peso), the nearest sentence before, else
    after; else the table's first (Mexico).  The bare "dollar" is settled by its sentence
    only: a report on Canada or Australia also speaks of the US dollar.
    """
    names = bare_currency_countries()
    for k, s in enumerate(sentences):
        for n, m in enumerate(s.marks):
            users = names.get(s.lower[m.start], ())
            if m.type != "currency" or m.end - m.start != 1 or len(users) < 2:
                continue
            near = sorted(
                (x for x in s.marks if x.type in _NAMING and x.code in users),
                key=lambda x: (x.start > m.start, abs(x.start - m.start)),
            )
            named = near[0].code if near else None
            if named is None and s.lower[m.start] != "dollar":
                order = [*reversed(sentences[:k]), *sentences[k + 1 :]]
                named = next(
                    (
                        x.code
                        for t in order
                        for x in t.marks
                        if x.type in _NAMING and x.code in users
                    ),
                    None,
                )
            if named is not None and named != m.code:
                s.marks[n] = Mark(m.start, m.end, m.type, named, m.name)


_MONEY = re.compile(
    r"(?P<cur>US\$|(?:C|CA|A|AU|HK|NT|S|NZ|R)\$|\$|USD\s?|€|EUR\s?|£|¥)?\s?"
    r"(?P<num>\d[\d,]*(?:\.\d+)?)\s?"
    r"(?P<scale>trillion|billion|million|bln|bn|mln|mn|tn|[bmBM]\b)?\s?"
    r"(?P<cur2>(?:U\.S\. |US |American )?dollars|euros?|yuan|yen|pounds|rupees)?",
)
_PERCENT = re.compile(
    r"(?P<num>\d+(?:\.\d+)?)(?:\s?|-)(?:%|percent\b|per cent\b|per-cent\b|pct\b"
    r"|percentage points?\b|pct points?\b)"
)
_HS = re.compile(
    r"\b(?:HS|Harmoni[sz]ed System|tariff)\s+(?:chapters?|headings?|subheadings?|codes?|lines?)?"
    r"\s*\d{2,10}(?:\s*(?:,|and|or|to|through)\s*\d{2,10})*",
)
_SCALES = {"trillion": 1e12, "tn": 1e12, "billion": 1e9, "bln": 1e9, "bn": 1e9, "b": 1e9,
           "million": 1e6, "mln": 1e6, "mn": 1e6, "m": 1e6}  # fmt: skip


#: Words after a currency's bare name that make it the currency ("the real weakened").
_CURRENCY_CONTEXT = lx.MARKET_MOVES | lx.CURRENCY_NOUNS | {
    "against", "versus", "per", "was", "is", "hit", "traded", "held", "has", "had", "to",
    "slid", "edged", "firmed", "eased", "weakened", "strengthened", "ticked", "inched",
    "ended", "closed", "opened", "finished", "settled", "changed",  # "changed hands at 815"
}  # fmt: skip

#: Moves right after a currency's bare name that opens its sentence ("Peso jumped").
_OPENING_MOVES = (_CURRENCY_CONTEXT | lx.MARKET_MOVES) - {
    "against", "versus", "per", "was", "is", "has", "had", "to", "held",
}  # fmt: skip


def _in_context(s: Sentence, key: Any, i: int, j: int) -> bool:
    """Whether a name that is also a common word stands for a currency or market here."""
    low = s.lower
    alias = key.alias.lower()
    if (
        key.type == "country"
        and i >= 3
        and low[i - 2 : i] == ["de", "la"]
        and s.tokens[i - 3][:1].isupper()
        and low[i - 3] not in {"banco", "bank", "republica", "república"}
    ):
        return False  # "President Miguel de la Madrid": a surname, not Spain's capital
    if key.type == "country" and alias in _REGION_ADJECTIVES:
        # "the South American bloc", "Latin American exporters": a region, not the U.S.
        return not (i > 0 and low[i - 1] in _REGIONS_OF_AMERICA)
    if (
        key.type == "country"
        and alias == "european"
        and low[j : j + 3] == ["free", "trade", "association"]
    ):
        return False  # the European Free Trade Association (EFTA) is not the EU
    if (
        key.type == "country"
        and alias == "common market"
        and i > 0
        and s.tokens[i - 1][:1].isupper()
        and low[i - 1] not in {"european", "the"}
    ):
        return False  # the Central American, Caribbean, East African Common Market
    if key.type == "market" and alias in market_cities():
        # "canola futures in Winnipeg", "Chicago wheat futures", "Prices at the Mombasa tea
        # auction", "at the Sydney Fish Market"
        return (
            (i > 0 and low[i - 1] in {"in", "on", "at"})
            or "futures" in low[j : j + 3]
            or (low[max(0, i - 2) : i] == ["at", "the"] and bool(set(low[j : j + 3]) & _SOLD_AT))
            # "On the Sydney Stock Exchange", "The Istanbul Stock Exchange's main index", "on
            # the Milan bourse": the city's exchange
            or low[j : j + 2] == ["stock", "exchange"]
            or low[j : j + 1] == ["bourse"]
            # "in early New York trading": the city's market of the day
            or (low[j : j + 1] == ["trading"] and "in" in low[max(0, i - 2) : i])
        )
    if key.type != "currency" or alias not in bare_currencies():
        return True
    before = low[max(0, i - 3) : i]
    if before[-1:] == ["'s"] or (i > 0 and low[i - 1] in _DEMONYM_CUES):
        return True
    if any(
        w in lx.CURRENCY_VERBS
        or w in mw.CURRENCY_TRADE_VERBS
        or w in mw.FLOAT_VERBS | {"up", "defend", "support", "value"}
        for w in before
    ):
        return True
    if {"quoted", "quoting"} & set(before) and low[j : j + 1] == ["at"]:
        return True  # "Commercial banks quoted the rupee at about 230 per dollar"
    if any(w in mw.REGIME_NOUNS for w in before):
        return True  # "its cap on the franc"
    if set(before) & mw.HOLD_VERBS and {"stable", "steady"} & set(low[j : j + 3]):
        return True  # "would hold the manat stable"
    if (
        low[j : j + 1] == ["'s"]
        and low[j + 1 : j + 2]
        and low[j + 1]
        in mw.REGIME_NOUNS
        | {
            "band",
            "value",
        }
    ):
        return True  # "abandoned the manat's peg"
    if i == 0 and s.tokens[0][:1].isupper() and low[j : j + 1] and low[j] in _OPENING_MOVES:
        # "Peso jumped as much as 3% after the announcement": the name opening its sentence
        # without an article, as news copy writes it, its move right after it (not "Real
        # estate prices rose")
        return True
    return before[-1:] == ["the"] and any(w in _CURRENCY_CONTEXT for w in low[j : j + 3])


#: Nouns after a product word that make it name no goods ("energy ministries").
_NOT_GOODS = frozenset(
    {"ministry", "ministries", "minister", "ministers", "department", "departments", "agency",
     "agencies", "regulator", "regulators", "secretary", "official", "officials", "policy",
     "policies", "security", "prices", "price", "inflation", "analyst", "analysts", "union",
     "unions", "lobby", "commission", "committee", "envoy", "czar", "chief", "chiefs",
     "workers", "executives", "shares", "stocks", "producer", "producers", "exporter",
     "exporters", "safety", "experts", "expert", "inspectors", "standards"}
)  # fmt: skip

#: Words before a product word that make it a queue of vehicles, no goods ("lines of cars").
_QUEUES = [[w, "of"] for w in ("line", "lines", "queue", "queues", "convoy", "convoys")]

#: Words before "American" that name a region of the Americas ("South American").
_REGIONS_OF_AMERICA = frozenset({"south", "latin", "central", "north", "pan", "pan-"})

#: Places goods are sold at, after a market city's name ("at the Mombasa tea auction").
_SOLD_AT = frozenset({"market", "auction", "exchange"})

#: Words after a metal's name that make it an ore ("copper concentrates").
_ORES = frozenset({"concentrate", "concentrates", "ore", "ores"})

#: Words before a currency's bare name that make it one ("Brazilian real" is in the table).
#: (and South Africa's two rands: "the financial rand strengthened", "the commercial rand";
#: and a currency's street market: "The free-market dollar eased to 205 cruzeiros", "the
#: parallel dollar")
_DEMONYM_CUES = frozenset(
    {"local", "domestic", "national", "financial", "commercial", "market", "parallel", "kerb",
     "curb", "unofficial"}
)  # fmt: skip


def _annotate(s: Sentence, matches: list[tuple[Any, int, int, int]], strings: Any) -> None:
    """Names, phrases, amounts, rates and dates of a sentence; then its clauses."""
    names: list[Mark] = []
    for key, i, j, _ in matches:
        if isinstance(key, str):
            names.append(Mark(i, j, "phrase", name=f"L|{key}"))
            continue
        written = " ".join(s.tokens[i:j])
        if key.type == "company":
            if not cased_as(key.alias, written):
                continue  # "apple", "British steel": no company
        elif needs_case(key.alias) and written.replace(" ", "") != key.alias.replace(" ", ""):
            # "the dram" is Armenia's currency where "DRAM" (memory chips) needs its capitals
            countries = bare_currency_countries().get(written.lower())
            if not countries:
                continue
            key = Entity("currency", countries[0], written.lower(), written.lower())
        if not _in_context(s, key, i, j):
            continue
        if key.type == "product" and j < len(s.tokens) and s.lower[j] in _NOT_GOODS:
            continue  # "the energy ministry": a product word that names no goods
        if key.type == "product" and (
            s.lower[max(0, i - 2) : i] in _QUEUES or s.lower[i - 1 : i] == ["per"]
        ):
            # "Lines of cars formed at petrol stations", "limited sales to 20 liters per car":
            # a queue or a unit, no goods traded
            continue
        if key.type == "currency" and j < len(s.tokens) and s.lower[j][:1].isdigit():
            continue  # "a target of USD 5 billion": an amount's unit, no currency moved
        if key.type == "currency" and i > 0 and s.lower[i - 1][:1].isdigit() and j - i == 1:
            continue  # "set at 0.25 euro to 0.74 euro per kilogram": an amount's unit too
        if key.type == "country" and j < len(s.tokens) and s.tokens[j] == "Round":
            continue  # "the Uruguay Round", "the Doha Round": a round of GATT or WTO talks
        if (
            key.type == "country"
            and i > 0
            and s.lower[i] in _REGION_ADJECTIVES
            and s.lower[i - 1] in {"central", "latin", "south", "north", "pan"}
        ):
            continue  # "five Central American countries": a region, not the US
        code = key.code
        # "copper concentrates", "copper and cobalt concentrates": ores (HS 26), not metal
        after = s.lower[j + 2 : j + 3] if s.lower[j : j + 1] == ["and"] else s.lower[j : j + 1]
        if key.type == "product" and code == "metals" and set(after) & _ORES:
            code = "mining"
        names.append(Mark(i, j, key.type, code, key.name))
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
    for k, m in enumerate(kept):
        if m.type == "currency" and m.start >= 2 and s.lower[m.start - 1] == "'s":
            owner = next((x for x in kept if x.end == m.start - 1 and x.type == "country"), None)
            if owner is not None:
                kept[k] = Mark(m.start, m.end, m.type, owner.code, m.name)  # "Mexico's peso"
                continue
    # "crude palm oil", "crude soybean oil": "crude" qualifies the next good, no crude oil
    starts = {m.start for m in kept if m.type == "product"}
    kept = [
        m
        for m in kept
        if not (m.type == "product" and s.lower[m.start : m.end] == ["crude"] and m.end in starts)
    ]
    s.marks = kept
    written_companies(s)
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
    effects = [m.end for m in s.phrases("takes_effect") if s.lower[m.start] not in gr.TOOK_EFFECT]
    for phrase in find_dates(s.text):
        a, b = s.token_at(phrase.start), s.token_at(phrase.end - 1) + 1
        if any(a - 1 <= e <= a for e in effects):  # "taking effect on Monday": a start to come
            phrase = dataclasses.replace(phrase, takes_effect=True)
        if (
            phrase.part("rel_year") is None
            and s.lower[b : b + 1] == ["'s"]
            and re.fullmatch(r"(?i)(last|this|next) year", phrase.text)
        ):
            continue  # "at last year's price": a price's year, no event's date
        if a <= 5 and s.lower[a - 1 : a] == [","] and s.lower[b : b + 1] == ["("]:
            continue  # a dateline ("BEIJING, Feb 1 (Reuters) - ..."): the report's date
        if "from" in (phrase.part("prep"), phrase.part("rel")) and any(
            m.type == "percent" and m.end == a and s.lower[m.start - 1 : m.start] in _CHANGE
            for m in s.marks
        ):
            continue  # "up 0.4% from Friday": the day a change is measured from, no event's
        s.dates.append((phrase, a, b))
    firms = context_companies(s)
    if firms:  # a product word inside a company's name names no goods ("Hoa Phat Steel")
        inside = {k for m in firms for k in range(m.start, m.end)}
        s.marks = [m for m in s.marks if not (m.type == "product" and m.start in inside)]
        s.marks += firms
        joined_companies(s)
    s.marks.sort(key=lambda m: m.start)
    s.segments = segments(s)
