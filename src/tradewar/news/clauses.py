"""Sentences cut into clauses, each typed: plain, cause, condition, report or gapped.

A sentence is cut at ``;``, ``:`` and a spaced dash; at words that open a clause of their
own (*after*, *despite*, *if*, *unless*, *once*, *in retaliation for*, *hitting back at*);
at a comma before *and*, *which*, a participle or a reporting clause; at *and* or *but*
before a second verb ("... and added 11 firms", "but will keep counter-tariffs"), before a
second measure with a verb of its own ("and Chinese duties ... dropping") and before a
clause that omits its verb ("and 10% on goods from China", typed ``gapped``).  A clause
opened by *if* or *unless* is a ``condition``, one that gives a reason (*because*, *in
response to*) a ``cause``, a short one around *said* a ``report``.
"""

from __future__ import annotations

from itertools import pairwise

from tradewar.news import grammar as gr
from tradewar.news import lexicon as lx
from tradewar.news.phrases import GOODS, JOINERS, measure_noun
from tradewar.news.records import Segment, Sentence

__all__ = ["prev_verb", "segments"]


_PARTICIPLE_SKIP = {"including", "according", "excluding", "following", "during", "amid"}


def segments(s: Sentence) -> list[Segment]:
    """Cut a sentence into clauses and type them.

    Parameters
    ----------
    s : Sentence
        A sentence with its names, amounts, rates and dates.

    Returns
    -------
    list of Segment
        The clauses in order, covering the sentence: ``plain``, ``cause``,
        ``condition``, ``report`` or ``gapped`` (a clause without a verb).
    """
    low = s.lower
    n = len(low)
    phrases = {(m.start, m.name.split("|")[1]): m for m in s.marks if m.type == "phrase"}
    cuts: dict[int, str] = {}
    named_asides = _named_asides(s)
    if low and (low[0] in {"if", "unless"} or _inverted_condition(s)):
        cuts[0] = "condition"  # "Were Ottawa to respond in kind, ...", "Should China retaliate,"
    for i, word in enumerate(low):
        if i == 0:
            continue
        if word == "and" and low[i - 1] in {"to", "from", "of", "on", "with", "into"}:
            continue  # "halted all exports to and imports from Israel": one object
        if word == "and" and low[i - 1] in {"sales", "sale"} and low[i + 1 : i + 2] == ["purchase"]:
            continue  # "signed a gas sales and purchase agreement": one noun
        if word in {"and", "but"} and prev_verb(low, i) and _verb_follows(s, i + 1):
            cuts[i] = "plain"
            continue
        if word in {"and", "but", "while", "whereas"} and prev_verb(low, i) and _subject_verb(s, i):
            cuts[i] = "plain"  # "... and U.S. products will enter Vietnam duty-free"
            continue
        if word == "and" and low[i + 1 : i + 2] in (["said"], ["told"]) and _spoken(low, i):
            # "spoke with Ms. Tai on Monday and said Canada would continue ...": what the
            # speaker said next is a clause of its own, not the time of the call
            cuts[i] = "plain"
            continue
        if word == "and" and i + 1 < n and low[i + 1] == "that":
            cuts[i] = "plain"  # "said Ottawa should not accept them and that Canada would ..."
            continue
        if word == "and" and _gapped(s, i + 1):
            cuts[i] = "gapped"
            continue
        if _joins(s, i):
            cuts[i] = "joined"  # "..., along with a 25% surtax on Chinese steel"
            continue
        if word == "and" and prev_verb(low, i) and _measure_clause(low, i + 1):
            cuts[i] = "plain"  # "..., and Chinese duties on U.S. goods dropping to 10%"
            continue
        prev = low[i - 1]
        if word in {";", ":"} or (
            word == "-"
            and i not in named_asides
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
        elif word in gr.CLAUSE_OPENERS and not (word == "since" and _is_date_start(s, i)):
            if word == "under" and (i + 1 >= n or low[i + 1] != "which"):
                continue
            if word in {"after", "before", "since"} and (
                _is_date_start(s, i + 1) or _is_date_start(s, i)
            ):
                continue  # "before the end of the month": a date, no clause
            if word in {"after", "before"} and low[i + 1 : i + 2] and low[i + 1] in _STAGES:
                continue  # "inspections of urea before export": a stage of trade, no clause
            kind = (
                "condition"
                if word in {"if", "unless"}
                else ("cause" if word in {"because", "once"} else "plain")
            )
            if word == "after" and prev in gr.REPORTING:
                kind = "report"  # "Modi said after meeting Trump on Thursday"
            back = 1 if prev in {"hours", "days", "weeks", "shortly", "just", "even"} else 0
            if (
                prev
                in {"day", "days", "week", "weeks", "month", "months", "year", "years", "decades"}
                and i >= 2
                and (low[i - 2].isdigit() or low[i - 2] in _SPAN_COUNTS)
            ):
                back = 2  # "..., two days after Washington raised ..."
            cuts[i - back] = kind
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
        elif prev == "," and word == "to" and _purpose(low, i):
            cuts[i] = "cause"  # "..., to curb a surge in cheap shipments from China"
        elif (
            word == "to" and i >= 3 and low[i - 3] == "for" and prev in _SPANS and _purpose(low, i)
        ):
            cuts[i] = "cause"  # "... for six months to curb a flood of cheap shipments"
        elif prev == "," and word == "as" and i + 1 < n and low[i + 1] not in _AS_ADVERBS:
            cuts[i] = "plain"  # "..., as inflation eases and higher U.S. tariffs weigh"
        elif prev == "," and word in {"which", "who"} and _interrupts(s, i):
            continue  # "Shares of Tofas, which makes Fiat models in Turkey, rose 3%"
        elif prev == "," and word in _STRUCK and low[i + 1 : i + 2] == ["by"]:
            cuts[i] = "cause"  # "..., hit by falling oil prices and Western sanctions"
        elif prev == "," and word == "or" and low[i + 1 : i + 2] and low[i + 1][:1].isdigit():
            continue  # "slid 724 points, or 2.9 percent, on Thursday": the same move restated
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
            } or (
                word.endswith("ing")
                and word not in _PARTICIPLE_SKIP
                # a goods noun in -ing is no participle: "footwear, clothing, toys"
                and not any(m.type == "product" and m.start == i for m in s.marks)
                and not _listed_goods(s, i)
            ):
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
    # "Under the agreement, which the two governments aim to sign in September, Japan will
    # lower ...": a relative clause after a fronted phrase ends at its comma, where the main
    # clause's subject, a name, begins
    for at in sorted(cuts):
        if at >= n or low[at] not in {"which", "that"} or low[0] not in _FRONTED:
            continue
        for k in range(at + 1, n - 1):
            if k in cuts:
                break
            if low[k] == "," and any(
                m.start == k + 1 and m.type in {"country", "leader", "company"} for m in s.marks
            ):
                cuts[k + 1] = "plain"
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


#: Prepositions that open a fronted phrase before the main clause ("Under the agreement, ...").
_FRONTED = frozenset({"under", "in", "with", "after", "at", "as", "by", "for", "during"})


def _listed_goods(s: Sentence, i: int) -> bool:
    """Whether the -ing word at ``i`` names goods in a list ("on jute yarn, sacking bags and").

    Goods just before the comma, and one word after the -ing word before the list's next
    "and" or comma: an item of the list, not a participle opening a clause.
    """
    low = s.lower
    return low[i + 2 : i + 3] in (["and"], [","]) and any(
        m.type == "product" and i - 3 <= m.end - 1 < i - 1 for m in s.marks
    )


#: Words that may stand between "and" and the verb of a second clause.
_VP_FILLERS = frozenset(
    {"also", "then", "later", "further", "subsequently", "separately", "will", "would", "could",
     "may", "might", "has", "have", "had", "is", "was", "to", "immediately", "on", "it"}
)  # fmt: skip


def _spoken(low: list[str], i: int) -> bool:
    """Whether a past verb of talking stands before ``i`` in its clause ("spoke with")."""
    for k in range(i - 1, -1, -1):
        if low[k] in {",", ";", ":"}:
            return False
        if low[k] in {"spoke", "talked", "met"}:
            return True
    return False


def prev_verb(low: list[str], i: int) -> bool:
    """Whether a word of an event stands before token ``i`` in its clause.

    Parameters
    ----------
    low : list of str
        The sentence's tokens, lower-cased.
    i : int
        A token index.

    Returns
    -------
    bool
        True if an event verb precedes ``i`` before a clause break.
    """
    for k in range(i - 1, -1, -1):
        if low[k] in {",", ";", ":"} and k < i - 1 and low[k + 1] not in {"including"}:
            break
        if low[k] in lx.EVENT_VERBS and not (
            # a participle that describes goods: "Tariffs on imported edible oils and flour"
            k > 0 and low[k].endswith("ed") and low[k - 1] in {"on", "of", "for"}
        ):
            return True
    return False


#: Verbs that keep or continue a measure: a clause of their own, though no event.
_KEEPING = lx.forms("keep", "maintain", "retain", "leave", "continue", "preserve")
_MODALS = frozenset({"will", "would", "could", "may", "might", "shall", "should", "must", "can"})
#: Words a short subject may hold ("U.S. products", "the EU's own tariffs").
_SUBJECT_WORDS = frozenset({"the", "its", "their", "his", "her", "'s", "own", "most", "all",
                            "some", "many", "other", "these", "those", "that"})  # fmt: skip


def _subject_verb(s: Sentence, i: int) -> bool:
    """Whether a conjunction at ``i`` opens a clause with a subject of its own and a modal verb.

    "but will keep counter-tariffs on steel" (no subject: "but" and a modal), "and U.S.
    products will enter Vietnam" (a name or goods noun, then a modal).
    """
    low = s.lower
    if low[i] == "but" and i + 2 < len(low) and low[i + 1] in _MODALS:
        return True
    names = {k for m in s.marks if m.type != "phrase" for k in range(m.start, m.end)}
    k = i + 1
    seen = False
    while k < len(low) and k <= i + 5:
        if k in names or low[k] in GOODS:
            seen = True
        elif low[k] in _MODALS:
            return seen
        elif low[k] not in _SUBJECT_WORDS:
            return False
        k += 1
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
    if k < len(low) and low[k] in {"set", "sets"}:
        # "... and also set duties of up to 20.5 percent on biodiesel from Indonesia"
        return any(low[j] in lx.TARIFF_NOUNS for j in range(k + 1, min(len(low), k + 4)))
    if k < len(low) and low[k] in _SOUGHT:
        # "would ask Kyiv to lift the duties quickly and could seek the right to retaliate"
        return bool(set(low[k + 1 : k + 5]) & {"right", "retaliate", "authorization"})
    return (
        k < len(low)
        and low[k] in lx.EVENT_VERBS | _KEEPING
        and not (k + 1 < len(low) and low[k + 1] in {"-", "of"})
    )


#: Verbs that seek leave to act ("could seek the right to retaliate").
_SOUGHT = lx.forms("seek", "ask", "request") | {"sought"}


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
    # not the last of a list of rates after "of": "tariffs of 5% and 10% on part of ...",
    # "duties of 15, 25 and 50 per cent on almonds" (one measure at its top rate)
    after_rate = any(
        m.type == "percent" and m.end == i - 1 and "of" in low[max(0, m.start - 6) : m.start]
        for m in s.marks
    )
    after_number = low[i - 2].replace(".", "").isdigit() and "of" in low[max(0, i - 8) : i]
    listed = i >= 2 and (after_rate or after_number)
    if (
        rate is not None
        and rate.end < len(low)
        and low[rate.end] in {"on", "for", "against"}
        and not listed
    ):
        return True
    # "the duty on footwear would go up to 35 per cent from 25 per cent and on furniture to
    # 25 per cent from 20 per cent": other goods, to their own rate (past a list of goods:
    # "and on crude soybean oil and crude sunflower oil to 2.5% from 7.5%")
    if (
        low[i : i + 1] == ["on"]
        and any(
            m.type == "percent"
            and i + 2 < m.start <= i + 10
            and low[m.start - 1] == "to"
            and not set(low[i + 1 : m.start]) & lx.EVENT_VERBS
            for m in s.marks
        )
        and any(m.type == "percent" and m.end <= i - 1 for m in s.marks)
    ):
        return True
    # "the highest tariff rate falls to 11 percent from 13 percent, and the intermediate rate
    # to 6 percent from 9 percent": another band of the schedule, to its own rate
    if low[i : i + 1] == ["the"] and any(m.type == "percent" and m.end <= i - 1 for m in s.marks):
        band = next((k for k in range(i + 1, min(len(low), i + 4)) if low[k] in _BANDS), None)
        if (
            band is not None
            and low[band + 1 : band + 2] == ["to"]
            and any(m.type == "percent" and m.start == band + 2 for m in s.marks)
            and not set(low[i + 1 : band]) & lx.EVENT_VERBS
        ):
            return True
    return _listed_to(s, i)


#: Words of a band of a tariff schedule ("the intermediate rate").
_BANDS = frozenset({"rate", "rates", "tariff", "duty"})


def _listed_to(s: Sentence, i: int) -> bool:
    """Whether "and" before ``i`` adds others to a second list without a verb.

    "added 12 U.S. entities to its export control list and six others, including drone
    maker Shield AI, to its unreliable entity list": *to* and a list's phrase follow, with
    no verb between, after a verb that adds to a list.
    """
    low = s.lower
    adds = [j for j in range(i) if low[j] in {"added", "adds", "adding", "add", "put", "placed"}]
    first = adds and any(
        low[j] == "to" and s.phrases("export", j + 1, j + 4) for j in range(adds[-1], i)
    )
    if not first:  # the first list is named before "and"
        return False
    for k in range(i, min(len(low) - 1, i + 14)):
        if low[k] in lx.EVENT_VERBS or low[k] in {";", "and"}:
            return False
        if low[k] == "to" and s.phrases("export", k + 1, k + 4):
            return True
    return False


def _joins(s: Sentence, i: int) -> bool:
    """Whether *along with*, *alongside* ... at ``i`` joins a second measure to a first."""
    low = s.lower
    for words in JOINERS:
        if tuple(low[i : i + len(words)]) != words:
            continue
        nouns = [k for k in range(i) if low[k] in _MEASURES]
        end = min(len(low), i + len(words) + 7)
        verbs = [k for k in range(i + len(words), end) if low[k] in lx.EVENT_VERBS]
        found = measure_noun(s, i + len(words), end)
        return bool(nouns) and found is not None and not any(v < found[0] for v in verbs)
    return False


_MEASURES = lx.TARIFF_NOUNS | lx.SANCTION_NOUNS | lx.EXPORT_NOUNS | {"embargo", "cap", "quota"}


#: Stages of trade after "before" or "after" that open no clause ("before export").
_STAGES = frozenset({"export", "exports", "exporting", "shipment", "shipping", "import",
                     "importing", "delivery", "loading", "clearance"})  # fmt: skip
#: Words after "as" that make it no clause ("as much as", "as part of", "as well").
_AS_ADVERBS = frozenset(
    {"much", "many", "well", "early", "soon", "long", "far", "high", "low", "part", "of", "a",
     "an", "little", "few", "quickly", "expected", "planned", "scheduled", "announced"}
)  # fmt: skip
#: Verbs after "to" that tell when a measure starts, not what it is for ("..., to take effect").
_NOT_PURPOSE = frozenset(
    {"take", "come", "kick", "start", "begin", "enter", "apply", "rise", "fall", "go", "be",
     "last", "run", "expire", "end", "remain", "stay", "include", "cover", "follow"}
)  # fmt: skip


def _purpose(low: list[str], i: int) -> bool:
    """Whether ", to" at ``i`` opens a clause of purpose ("..., to curb a surge in imports").

    A plain verb after *to*, not one of taking effect or lasting ("..., to take effect on
    June 1"), nor a number, a name or a determiner ("..., to 25% from 10%").
    """
    if i + 1 >= len(low):
        return False
    word = low[i + 1]
    return (
        word.isalpha()
        and word not in _NOT_PURPOSE
        and word not in {"the", "a", "an", "its", "their", "his", "her", "this", "that", "these"}
        and not word.endswith(("ing", "ed", "s"))
    )


#: Participles that give what struck something ("..., hit by falling oil prices").
_STRUCK = frozenset({"hit", "stung", "battered", "hurt", "weighed", "dragged", "pressured"})
#: Units of a measure's duration ("for six months to curb ...").
_SPANS = frozenset({"days", "weeks", "months", "years", "day", "week", "month", "year"})
_SPAN_COUNTS = frozenset({"a", "one", "two", "three", "four", "five", "six", "seven", "ten"})


#: Auxiliaries of a passive verb after a relative clause ("..., were dropped on Wednesday").
_PASSIVE_AUX = frozenset({"was", "were", "is", "are", "has", "have", "will", "had"})


def _named_asides(s: Sentence) -> set[int]:
    """The spaced dashes that enclose a list of names, an aside that cuts no clause.

    "the four-nation European Free Trade Association - Switzerland, Norway, Iceland and
    Liechtenstein - came into force".
    """
    low = s.lower
    dashes = [
        i for i, w in enumerate(low) if w == "-" and s.idx[i] > 0 and s.text[s.idx[i] - 1] == " "
    ]
    out: set[int] = set()
    for a, b in pairwise(dashes):
        inner = range(a + 1, b)
        if 0 < b - a <= 14 and all(
            low[k] in {",", "and", "the"} or s.tokens[k][:1].isupper() for k in inner
        ):
            out |= {a, b}
    return out


def _interrupts(s: Sentence, i: int) -> bool:
    """Whether the relative clause at ``i`` stands between a subject and its verb.

    "Shares of Tofas, which makes Fiat models in Turkey, rose 3% in Istanbul", "Beijing's
    duties, which take effect on March 20, answer Ottawa's levies": the clause closes with
    a comma and a verb of movement, of arrival or taking effect, or one that answers a
    measure follows it.
    """
    low = s.lower
    for at in range(i + 1, min(len(low) - 1, i + 16)):
        if low[at] in {";", ":", "."}:
            return False
        if low[at] == ",":
            # a list of countries goes on: "which groups Russia, Belarus, Kazakhstan ..."
            if any(m.type == "country" and m.start == at + 1 for m in s.marks):
                continue
            # past an adverb: "..., which groups Russia, ..., officially took effect"
            k = at + 1 if low[at + 1].endswith("ly") and at + 2 < len(low) else at
            nxt = low[k + 1]
            # "U.S. sanctions on NIS, which is owned by ..., took effect on Thursday"
            return (
                nxt in lx.MARKET_MOVES
                or nxt in lx.RESPONSE_VERBS
                or nxt in lx.ARRIVE_VERBS
                or bool(s.phrases("market_move", k + 1, k + 2))
                or bool(s.phrases("takes_effect", k + 1, k + 2))
                # "The tariffs of 10% on goods from Denmark ..., which had been due to take
                # effect on Feb. 1, were dropped on Wednesday": a measure's change, passive
                or (
                    nxt in _PASSIVE_AUX
                    and bool(set(low[k + 2 : k + 5]) & (lx.REVERSE_VERBS | lx.RAISE_VERBS))
                )
            )
    return False


def _inverted_condition(s: Sentence) -> bool:
    """Whether the sentence opens with an inverted condition ("Were X to ...", "Should X ...").

    *Were*, *Had* or *Should* first, then a name and, before the first comma, *to* or a verb
    ("Were Ottawa or Mexico City to respond in kind, ...", "Had Washington imposed ...").
    """
    low = s.lower
    if not low or low[0] not in {"were", "had", "should"}:
        return False
    if not any(m.start == 1 and m.type in {"country", "leader", "company"} for m in s.marks):
        return False
    comma = low.index(",") if "," in low else len(low)
    return comma < len(low) and (low[0] != "were" or "to" in low[1:comma])


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
