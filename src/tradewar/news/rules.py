"""Clauses to event mentions: which kind of event, who, whom, how much, when, and how sure.

For each clause of a sentence (:mod:`~tradewar.news.extract`), :func:`triggers`
finds the events it reports — a measure with a word of change — and
:func:`mentions` fills each one's fields: status from the words before it
(*threatened to*, *will*, *lifted*), actor and target from the names around it,
value, rates, products and date from its clause.  Mentions that deny, give an
opinion, or tell history give no event.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from tradewar.news import lexicon as lx
from tradewar.news.extract import Mark, Mention, Segment, Sentence

__all__ = ["mentions", "triggers"]

_AGENTS = {"country", "leader", "company"}
#: Words before a date phrase that put it in the future ("will travel on Thursday").
_FUTURE_DATE = frozenset(
    {
        "will",
        "would",
        "'ll",
        "shall",
        "set",
        "due",
        "scheduled",
        "plans",
        "ahead",
        "upcoming",
        "next",
        "threat",
        "threatened",
    }
)
_VERBS = (
    lx.RAISE_VERBS
    | lx.CUT_VERBS
    | lx.REVERSE_VERBS
    | lx.BUY_VERBS
    | lx.TALKS_SCHEDULED
    | lx.EXPORT_VERBS
    | lx.TALKS_HELD
)


@dataclass
class Trigger:
    """Where a clause reports an event: its kind, the word of change, the measure's word."""

    kind: str
    head: int
    noun: int
    reversed: bool = False
    lo: int = -1
    subject: int = -1


#: Verbs that grant duty-free access ("allow EU steel to enter duty-free").
_GRANT = frozenset(
    {"allow", "allows", "allowed", "allowing", "grant", "grants", "granted", "granting", "give",
     "gives", "gave", "offer", "offers", "offered", "enter", "restore", "restored", "extend",
     "extended"}
)  # fmt: skip


def _topic(low: list[str], a: int, i: int) -> bool:
    """Whether the measure at ``i`` is the topic of a noun ("a dispute over steel tariffs")."""
    for k in range(i - 1, max(a, i - 7) - 1, -1):
        if low[k] in lx.RAISE_VERBS | lx.CUT_VERBS | lx.REVERSE_VERBS | {",", ";"}:
            return False
        if low[k] in lx.TOPIC_NOUNS and k + 1 < len(low) and low[k + 1] in _TOPIC_PREPS:
            return True
    return False


_TOPIC_PREPS = frozenset({"over", "on", "about", "into", "against", "of", "regarding", "to"})


def _is_date_at(s: Sentence, i: int) -> bool:
    return any(a <= i < b for _, a, b in s.dates)


def _phrase_at(s: Sentence, label: str, a: int, b: int) -> list[Mark]:
    return [
        m
        for m in s.marks
        if m.type == "phrase" and m.name.split("|")[1] == label and a <= m.start < b
    ]


def _nearest(positions: list[int], to: int, before: int = 8, after: int = 6) -> int | None:
    """The position nearest ``to``: the nearest before within ``before``, else after."""
    prior = [p for p in positions if to - before <= p < to]
    if prior:
        return max(prior)
    later = [p for p in positions if to < p <= to + after]
    return min(later) if later else None


def triggers(s: Sentence, seg: Segment, tariff_context: bool) -> list[Trigger]:
    """The events a clause reports, one per family of measures (tariffs, controls ...).

    Parameters
    ----------
    s : Sentence
        The sentence.
    seg : Segment
        One of its clauses.
    tariff_context : bool
        Whether the report speaks of tariffs (then "the rate" is a tariff rate).

    Returns
    -------
    list of Trigger
        In the order of the clause.
    """
    low = s.lower
    a, b = seg.start, seg.end
    rng = range(a, b)
    found: list[Trigger] = []
    claimed: set[int] = set()

    def verbs(words: frozenset[str]) -> list[int]:
        return [i for i in rng if low[i] in words]

    # tariffs
    nouns = [
        i
        for i in rng
        if low[i] in lx.TARIFF_NOUNS
        and not (i + 2 < len(low) and low[i + 1] == "-" and low[i + 2] == "free")
    ]
    nouns += [m.start for m in _phrase_at(s, "tariff", a, b)]
    if tariff_context:
        nouns += [
            i
            for i in rng
            if low[i] in lx.RATE_WORDS
            and not (i > 0 and low[i - 1] in {"interest", "exchange", "growth", "unemployment"})
        ]
    nouns = sorted(set(nouns))
    proposed = [i for i in nouns if i > a and low[i - 1] in {"proposed", "planned", "possible"}]
    nouns = [i for i in nouns if i in proposed or not _topic(low, a, i)]
    free = [
        i
        for i in rng
        if low[i] in {"duty", "tariff"} and low[i + 1 : i + 3] == ["-", "free"] and i not in nouns
    ]
    bilateral = "each" in low[a:b] and "other" in low[a:b]
    if nouns and not bilateral:
        noun = nouns[0]
        inside = {i for m in _phrase_at(s, "tariff", a, b) for i in range(m.start, m.end)}
        change = verbs(lx.RAISE_VERBS | lx.CUT_VERBS | lx.REVERSE_VERBS) + [
            m.start for m in _phrase_at(s, "retaliation", a, b)
        ]
        change += [i for i in rng if low[i] in lx.RATE_DOWN and noun < i <= noun + 6]
        change = [i for i in change if i not in nouns and i not in inside]
        head = _nearest(change, noun)
        if head is None and any(low[i] in {"retaliatory", "exemption", "exemptions"} for i in rng):
            head = noun
        if head is None and noun in proposed:
            head = noun - 1
        if head is not None:
            word = low[head]
            falls = (
                head > noun
                and (word in lx.RATE_DOWN or word in lx.REVERSE_VERBS)
                and ("to" in low[head + 1 : head + 3])
            )
            governed = any(
                low[j] in lx.REVERSE_VERBS - {"end", "drop", "dropped", "drops", "dropping"}
                for j in range(max(a, head - 3), head)
            )
            if falls:
                kind, rev = "tariff_cut", False
            elif governed and word in lx.RAISE_VERBS:
                kind, rev = "tariff_increase", True  # "postponed a planned increase in tariffs"
            elif word in lx.REVERSE_VERBS and not (word == "end" and "access" in low[a:b]):
                kind, rev = "tariff_increase", True
            elif word in lx.CUT_VERBS or "exemption" in low[a:b]:
                kind, rev = "tariff_cut", False
            else:
                kind, rev = "tariff_increase", False
            found.append(Trigger(kind, head, noun, rev))
            claimed.update({head, noun})
    elif free:
        grant = [i for i in rng if low[i] in _GRANT]
        end = [i for i in rng if low[i] in lx.REVERSE_VERBS]
        if grant or end:
            head = (grant or end)[0]
            kind = "tariff_cut" if grant else "tariff_increase"
            found.append(Trigger(kind, head, free[0]))
            claimed.update({head, free[0]})
    # export controls
    marks = [m.start for m in _phrase_at(s, "export", a, b)]
    marks += [i for i in rng if low[i].startswith("blacklist")]
    flows = [
        i
        for i in rng
        if low[i] in lx.EXPORT_VERBS
        and any(low[k] in lx.EXPORT_FLOWS for k in range(i + 1, min(b, i + 6)))
    ]
    bans = [
        i
        for i in rng
        if low[i] in {"ban", "banned", "banning", "barring", "barred"}
        and any(low[k] == "from" and not _is_date_at(s, k) for k in range(i + 1, min(b, i + 8)))
    ]
    cutoff = [i for i in rng if low[i] == "cut" and "off" in low[i + 1 : min(b, i + 5)]]
    weak = [i for i in rng if low[i] in {"restrictions", "curbs"}]
    exp_nouns = sorted(set(marks + flows + bans + cutoff))
    if not exp_nouns and weak and not nouns:
        exp_nouns = weak
    if exp_nouns and not all(i in claimed for i in exp_nouns):
        noun = exp_nouns[0]
        change = verbs(
            lx.RAISE_VERBS
            | lx.REVERSE_VERBS
            | lx.EXPORT_VERBS
            | {"added", "adds", "adding", "put", "placed", "granted", "blacklisted"}
        )
        head = noun if noun in flows + bans + cutoff else _nearest(change, noun, before=12)
        if head is None and low[noun].startswith("blacklist"):
            head = noun
        if head is not None:
            lifted = [
                k for k in range(max(a, head - 3), head) if low[k] in lx.REVERSE_VERBS - {"end"}
            ]
            rev = (
                low[head] in lx.REVERSE_VERBS
                or bool(lifted)
                or any(w in {"reprieve", "waiver", "waivers"} for w in low[a:b])
            )
            if _phrase_at(s, "export", a, b) and any(
                " ".join(low[m.start : m.end]) in lx.WHITE_LISTS
                for m in _phrase_at(s, "export", a, b)
            ):
                rev = low[head] not in lx.REVERSE_VERBS  # leaving a white list tightens
            found.append(Trigger("export_control", head, noun, rev))
            claimed.update({head, noun})
    # sanctions
    sanc = [i for i in rng if low[i] in lx.SANCTION_NOUNS]
    sverbs = [i for i in rng if low[i] in lx.SANCTION_VERBS and low[i] not in lx.SANCTION_NOUNS]
    if sverbs:
        found.append(Trigger("sanction", sverbs[0], sverbs[0]))
    elif sanc:
        head = _nearest(verbs(lx.RAISE_VERBS | lx.REVERSE_VERBS), sanc[0])
        if head is not None:
            found.append(Trigger("sanction", head, sanc[0], low[head] in lx.REVERSE_VERBS))
    # purchases
    pcut = [
        i
        for i in rng
        if low[i] in lx.PURCHASE_CUT_VERBS
        and any(low[k] in lx.PURCHASE_NOUNS for k in range(i + 1, min(b, i + 5)))
        and not any(low[k] in lx.TARIFF_NOUNS for k in range(i + 1, min(b, i + 5)))
    ]
    pcut += [
        i
        for i in rng
        if low[i] in {"stopped", "stop", "halted", "suspended", "cut"}
        and i + 1 < b
        and low[i + 1] in {"buying", "importing"}
    ]
    if pcut:
        found.append(Trigger("purchase_cut", pcut[0], pcut[0]))
    else:
        buys = [
            i
            for i in rng
            if low[i] in lx.BUY_VERBS
            and i not in claimed
            and (
                any(low[k] in lx.COMMIT_VERBS | {"will", "to"} for k in range(max(a, i - 3), i))
                or any(low[k] in lx.PURCHASE_MORE for k in range(i + 1, min(b, i + 3)))
            )
        ]
        buys += [
            i
            for i in rng
            if low[i] in {"bought", "buys", "purchased"}
            and any(m.type in {"product", "money"} for m in s.marks if i < m.start <= i + 8)
        ]
        currency = {m.start for m in s.marks if m.type == "currency"}
        buys = [
            i
            for i in sorted(set(buys))
            if not (i > 0 and low[i - 1] in {"were", "was", "been"})
            and not any(
                k in currency or low[k] in lx.CURRENCY_NOUNS | {"dollars", "bonds", "shares"}
                for k in range(i + 1, min(b, i + 3))
            )
        ]
        if buys:
            found.append(Trigger("purchase_commitment", buys[0], buys[0]))
    # currency interventions
    currencies = [m.start for m in s.marks if m.type == "currency" and a <= m.start < b]
    currencies += [i for i in rng if low[i] in lx.CURRENCY_NOUNS]
    cverbs = [m.start for m in _phrase_at(s, "currency_verb", a, b)]
    cverbs += [
        i
        for i in rng
        if low[i] in lx.CURRENCY_VERBS
        and (
            low[i] not in {"set", "let", "allow", "allowed"}
            or any(
                low[k] in {"midpoint", "fixing", "weaken", "fall", "depreciate", "slide", "weaker"}
                or k in currencies
                for k in range(i + 1, min(b, i + 5))
            )
        )
    ]
    intervened = False
    if currencies and cverbs:
        head = _nearest(cverbs, min(currencies), before=6, after=3)
        if head is not None:
            found.append(Trigger("currency_intervention", head, min(currencies)))
            intervened = True
    # market reactions
    if not intervened:
        moves = [i for i in rng if low[i] in lx.MARKET_MOVES]
        moves += [m.start for m in _phrase_at(s, "market_move", a, b)]
        subjects = [
            m.start for m in s.marks if m.type in {"market", "currency"} and a <= m.start < b
        ]
        subjects += [i for i in rng if low[i] in lx.MARKET_NOUNS]
        lo = a
        for move in sorted(set(moves)):
            subject = [p for p in subjects if max(lo, move - 14) <= p < move]
            if subject:
                found.append(Trigger("market_reaction", move, subject[0], lo=lo))
                lo = move + 1
        for i in rng:
            if low[i] not in lx.MARKET_CAUSERS:
                continue
            moved = [p for p in subjects if i < p <= i + 4]
            if moved and any(w in lx.MARKET_DIRECTIONS for w in low[moved[0] : moved[0] + 5]):
                found.append(Trigger("market_reaction", i, moved[0], subject=moved[0]))
    # talks and deals
    talk = [
        i
        for i in rng
        if low[i] in lx.TALK_NOUNS
        and not (
            low[i] == "round"
            and "of" not in low[i + 1 : i + 2]
            and "next" not in low[max(a, i - 2) : i]
        )
    ]
    talk += [i for i in rng if low[i] in {"meet", "met", "meeting"}]
    if talk:
        stalled = [i for i in rng if low[i] in lx.TALKS_STALLED]
        stalled += [m.start for m in _phrase_at(s, "talks_stalled", a, b)]
        scheduled = [i for i in rng if low[i] in lx.TALKS_SCHEDULED | {"will", "meet"}]
        held = [i for i in rng if low[i] in lx.TALKS_HELD - {"meet", "meeting"}]
        if stalled:
            found.append(Trigger("talks_stalled", stalled[0], talk[0]))
        elif scheduled:
            found.append(Trigger("talks_scheduled", scheduled[0], talk[0]))
        elif held:
            found.append(Trigger("talks_held", held[0], talk[0]))
        else:
            dated = [d for d, i, _ in s.dates if a <= i < b and not d.since]
            if dated:
                ahead = any(w in dated[0].text.lower() for w in ("next", "coming", "later"))
                found.append(
                    Trigger("talks_scheduled" if ahead else "talks_held", talk[0], talk[0])
                )
    deals = [i for i in rng if low[i] in lx.DEAL_NOUNS]
    agreed = [i for i in rng if low[i] in {"agreed", "agree", "agrees"}]
    if bilateral and agreed and not deals:
        found.append(Trigger("deal_reached", agreed[0], agreed[0]))
    broken_alone = [i for i in rng if low[i] in lx.DEAL_BROKEN_ALONE]
    if broken_alone:
        found.append(Trigger("deal_broken", broken_alone[0], broken_alone[0]))
    elif deals and not any(t.kind.startswith("talks") for t in found):
        reached = [i for i in range(max(a, deals[0] - 6), deals[0]) if low[i] in lx.DEAL_REACHED]
        broken = [
            i for i in range(max(a, deals[0] - 6), min(b, deals[0] + 5)) if low[i] in lx.DEAL_BROKEN
        ]
        if broken:
            found.append(Trigger("deal_broken", broken[0], deals[0]))
        elif reached:
            found.append(Trigger("deal_reached", reached[-1], deals[0]))
    return sorted(found, key=lambda t: t.head)


# -- fields ---------------------------------------------------------------------------------


def _status(s: Sentence, k: int, t: Trigger) -> str | None:
    """The event's status, or None when the clause denies it, opines or tells history."""
    low = s.lower
    seg = s.segments[k]
    pre = low[max(seg.start, t.head - 7) : t.head]
    before = low[: t.head]
    if any(w in lx.OPINION or w in lx.DENIAL for w in before):
        return None
    if any(
        g.type == "report" and any(w in lx.OPINION for w in low[g.start : g.end])
        for g in s.segments
    ):
        return None
    near = low[max(seg.start, t.head - 4) : t.head]
    if t.noun > t.head:
        near = near + low[t.head + 1 : t.noun]
    if t.kind.startswith("talks"):
        near = near + low[t.noun + 1 : min(seg.end, t.noun + 4)]
    for j, word in enumerate(near):
        if word in lx.NEGATION:
            rest = near[j + 1 :] + low[t.head : t.head + 2]
            if "rule" in rest:
                return "threatened"
            if word == "no" and j + 1 < len(near) and near[j + 1] in {"longer", "more"}:
                continue
            return None
    had = [k for k in range(max(seg.start, t.head - 3), t.head) if low[k] == "had"]
    if (had and not _reported_speech(s, had[0])) or any(
        w in {"previously", "formerly"} for w in low[seg.start : t.head]
    ):
        return None
    if k > 0 and seg.type == "plain" and low[seg.start] in {"as", "while", "when"}:
        main = low[s.segments[0].start : s.segments[0].end]
        if "had" in main:
            return None
    if t.reversed:
        return "reversed"
    neighbours = [s.segments[j] for j in (k - 1, k + 1) if 0 <= j < len(s.segments)]
    if any(w in lx.THREAT for w in pre) or any(n.type == "condition" for n in neighbours):
        return "threatened"
    if k > 0 and any(
        w in {"warned", "threatened", "warns", "threatens"}
        for w in low[s.segments[k - 1].start : s.segments[k - 1].end]
    ):
        return "threatened"
    if low[t.head] in {"proposed", "planned", "possible"} and t.head + 1 == t.noun:
        return "threatened"
    if any(w in lx.AUTHORIZE for w in low[max(seg.start, t.head - 3) : t.head]) and low[
        t.head
    ].endswith("ing"):
        return "announced"  # "authorized doubling tariffs"
    if t.kind == "talks_scheduled" or (
        low[t.head] in {"announced", "announces", "unveiled"} and not t.kind.startswith("deal")
    ):
        return "announced"
    if t.kind in {"tariff_increase", "tariff_cut", "export_control", "purchase_commitment"} and any(
        low[j] in lx.DEAL_NOUNS and low[j + 1] in {"that", "which", "under"}
        for j in range(max(0, t.head - 4), t.head)
    ):
        return "announced"  # a term of a deal ("a deal that lowers tariffs")
    if any(w in lx.FUTURE for w in pre) or any(
        d.effective and a >= t.head and d.resolve(dt.date(2000, 1, 1), True)
        for d, a, _ in s.dates
        if seg.start <= a < seg.end
    ):
        return "announced"
    return "in_effect"


def _reported_speech(s: Sentence, at: int) -> bool:
    """Whether "had" at ``at`` is reported speech ("said on Friday that China had violated")."""
    low = s.lower
    if any(d.kind == "year" or d.part("year") for d, a, _ in s.dates if a < len(low)):
        return False
    return any(w in lx.REPORTING | {"accused", "accuses", "accusing"} for w in low[:at])


def _agent_before(s: Sentence, a: int, upto: int, companies: bool = False) -> Mark | None:
    """The nearest name before ``upto`` (from ``a``) that is not after a preposition."""
    low = s.lower
    types = _AGENTS if companies else _AGENTS - {"company"}
    for m in sorted(
        (m for m in s.marks if m.type in types and a <= m.start < upto), key=lambda m: -m.start
    ):
        prev = low[m.start - 1] if m.start > 0 else ""
        if prev in lx.OBJECT_PREPS and prev not in {"and", "by"}:
            continue
        if m.end < len(low) and low[m.end] in {
            "goods",
            "products",
            "imports",
            "exports",
            "companies",
            "firms",
            "entities",
        }:
            continue
        if any(x.type == "product" and x.start == m.end for x in s.marks):
            continue
        return m
    return None


def _names_after(s: Sentence, start: int, end: int, skip: str | None) -> list[Mark]:
    """Names of countries and companies from ``start`` to ``end``, not naming ``skip``."""
    return [
        m
        for m in s.marks
        if m.type in _AGENTS | {"market"}
        and start <= m.start < end
        and m.code != skip
        and not _in_tail(s, m.start, end)
    ]


def _in_tail(s: Sentence, i: int, end: int) -> bool:
    """Whether token ``i`` follows "used to make" and the like (not what is traded)."""
    return any(m.start < i for m in _phrase_at(s, "not_traded", 0, end))


def _targets(s: Sentence, k: int, t: Trigger, actor: str | None) -> tuple[list[str], list[str]]:
    """Target countries and companies of a mention: after its words, else around them."""
    seg = s.segments[k]
    after = _names_after(s, min(t.head, t.noun), seg.end, actor)
    companies = [m.name for m in after if m.type == "company"]
    codes: list[str] = []
    for m in after:
        if m.code and m.code not in codes and m.type != "market":
            if codes and not _coordinated(s, after, m):
                break
            codes.append(m.code)
    if not codes:
        before = [
            m for m in _names_after(s, seg.start, min(t.head, t.noun), actor) if m.type != "market"
        ]
        if before:
            codes = [before[-1].code or ""]
    if not codes:
        for j in range(k - 1, -1, -1):
            if s.segments[j].type in {"cause", "condition"}:
                continue
            prior = [
                m
                for m in _names_after(s, s.segments[j].start, s.segments[j].end, actor)
                if m.type != "market"
            ]
            if prior:
                codes = [prior[-1].code or ""]
                break
    return [c for c in codes if c], companies


_SUBORDINATE = frozenset({"after", "before", "since", "when", "following", "as", "once"})


def _pronoun_target(
    s: Sentence, k: int, t: Trigger, actor: str | None
) -> tuple[list[str], list[str]]:
    """Companies an object pronoun stands for ("granted them waivers"): the sentence's before."""
    low = s.lower
    seg = s.segments[k]
    if not any(w in {"them", "it", "their"} for w in low[t.head + 1 : min(seg.end, t.head + 3)]):
        return [], []
    named = [m for m in s.marks if m.type == "company" and m.start < seg.start and m.code != actor]
    return list(dict.fromkeys(m.code for m in named if m.code)), [m.name for m in named]


#: Words that open a clause listing what a measure covers.
_LISTING = frozenset(
    {"starting", "including", "covering", "such", "mainly", "mostly", "notably", "affecting",
     "targeting", "hitting", "from"}
)  # fmt: skip


def _extent(s: Sentence, k: int, openers: frozenset[str] | None = None) -> int:
    """Where the story of clause ``k`` ends: later clauses without a subject of their own.

    With ``openers``, only clauses that start with one of those words continue it.
    """
    low = s.lower
    end = s.segments[k].end
    for g in s.segments[k + 1 :]:
        if g.type not in {"plain", "cause"} or low[g.start] in {"as", "while", "whereas", "but"}:
            break
        if openers is not None and low[g.start] not in openers:
            break
        if openers is None and _agent_before(s, g.start, g.end) is not None:
            break
        end = g.end
    return end


def _condition_agents(s: Sentence, actor: str | None) -> list[str]:
    """The actor of a threat's condition ("if China retaliates"): whom the threat answers."""
    for g in s.segments:
        if g.type != "condition":
            continue
        agent = _agent_before(s, g.start, g.end)
        if agent is not None and agent.code and agent.code != actor:
            return [agent.code]
    return []


def _coordinated(s: Sentence, names: list[Mark], m: Mark) -> bool:
    """Whether ``m`` follows the name before it in a list ("Canadian and Mexican steel")."""
    earlier = [n for n in names if n.end <= m.start]
    if not earlier:
        return False
    gap = s.lower[earlier[-1].end : m.start]
    return len(gap) <= 2 and all(w in {"and", ",", "or"} for w in gap) and bool(gap)


def _value(s: Sentence, k: int, t: Trigger) -> tuple[float | None, str | None]:
    """The value covered (USD) in the clause, and a note for an amount in another currency."""
    seg = s.segments[k]
    money = [m for m in s.marks if m.type == "money" and seg.start <= m.start < seg.end]
    if not money:
        return None, None
    after = [m for m in money if m.start > min(t.head, t.noun)] or money
    m = after[0]
    dollars = [x for x in money if x.unit == "USD" and m.end <= x.start <= m.end + 2]
    if m.unit != "USD" and dollars:
        return dollars[0].value, f"{m.name} given in US dollars as {dollars[0].name}"
    if m.unit != "USD":
        return None, f"amount {m.name} is not in US dollars: not converted"
    return m.value, None


def _rates(s: Sentence, k: int, t: Trigger) -> dict[str, float]:
    """Tariff rates of the clause: from, to, and a new or additional duty."""
    low = s.lower
    seg = s.segments[k]
    out: dict[str, float] = {}
    for m in (m for m in s.marks if m.type == "percent" and seg.start <= m.start < seg.end):
        prev = low[max(seg.start, m.start - 3) : m.start]
        nxt = low[m.end : m.end + 5]
        value = m.value or 0.0
        if prev[-1:] == ["from"]:
            out.setdefault("from", value)
        elif prev[-2:] == ["of", "up"] or prev[-1:] == ["of"] or prev[-3:] == ["of", "up", "to"]:
            out.setdefault("change", value)
        elif prev[-1:] == ["to"]:
            out.setdefault("to", value)
        elif prev[-1:] == ["by"] or "additional" in prev + nxt or "extra" in prev + nxt:
            out.setdefault("change", value)
        elif any(w in lx.TARIFF_NOUNS | {"levy", "import", "tariff", "duty"} for w in nxt):
            if prev[-1:] == ["the"] or t.kind == "tariff_cut" or t.reversed:
                out.setdefault("from", value)
            else:
                out.setdefault("change", value)
    if "from" in out and "change" in out and "to" not in out:
        out["to"] = out.pop("change")  # "duties of up to 25%, up from 10%"
    if "from" in out and "to" not in out and "change" not in out and t.kind != "tariff_cut":
        out["change"] = out.pop("from")
    if "to" in out and "from" not in out:
        words = low[seg.start : seg.end]
        for j, word in enumerate(words):
            factor = _FACTORS.get(word)
            if factor and not set(words[max(0, j - 2) : j]) & {"nearly", "almost", "more", "over"}:
                out["from"] = out["to"] / factor  # "doubled to 50%": from 25%
                break
    return out


#: Verbs that multiply a rate: "doubled to 50%" was 25%.
_FACTORS = {
    **dict.fromkeys(("double", "doubled", "doubles", "doubling"), 2.0),
    **dict.fromkeys(("triple", "tripled", "triples", "tripling"), 3.0),
    **dict.fromkeys(("quadruple", "quadrupled", "quadruples", "quadrupling"), 4.0),
    **dict.fromkeys(("halve", "halved", "halves", "halving"), 0.5),
}


def _products(s: Sentence, a: int, b: int) -> list[Mark]:
    return [
        m
        for m in s.marks
        if m.type == "product" and a <= m.start < b and not _in_tail(s, m.start, b)
    ]


def _date(
    s: Sentence, k: int, t: Trigger, future: bool, report: dt.date | None
) -> tuple[dt.date | None, str, str | None, str]:
    """Date, precision, phrase and source (stated, reported, report) of a mention."""
    if report is None:
        return None, "", None, ""
    seg = s.segments[k]
    low = s.lower
    relative = [
        i
        for i in range(max(seg.start, t.head), seg.end - 1)
        if low[i] in {"it", "they", "which", "that"}
        and i + 1 < seg.end
        and (
            low[i + 1].endswith("ed")
            or low[i + 1] in {"made", "put", "set", "had", "was", "were", "is", "are"}
        )
    ]
    stop = relative[0] if relative else seg.end
    own = [
        (d, a)
        for d, a, b in s.dates
        if seg.start <= a < seg.end
        and not d.since
        and not (a >= stop and not d.effective)
        and not _says(low, a, b)
    ]
    pick = None
    effective = [d for d, a in own if d.effective]
    if effective:
        pick = effective[0]
    elif own:
        later = [d for d, a in own if a >= t.head]
        pick = later[0] if later else own[-1][0]
    source = "stated"
    if pick is None:
        # a later clause of its start: "..., starting on his first day in office on Jan. 20"
        for g in s.segments[k + 1 :]:
            if g.type == "condition" or low[g.start] not in _EFFECTIVE:
                continue
            starts = [d for d, a, _ in s.dates if g.start <= a < g.end and not d.since]
            if starts:
                resolved = starts[0].resolve(report, True)
                if resolved is not None:
                    return resolved[0], resolved[1], starts[0].text, "stated"
    if pick is None:
        reported = [
            d
            for d, a, b in s.dates
            if not d.since
            and (
                any(g.type == "report" and g.start <= a < g.end for g in s.segments)
                or _says(low, a, b)
            )
        ]
        if reported:
            pick, source = reported[0], "reported"
            future = False
    if pick is None:
        return report, "report", None, "report"
    at = next(a for d, a, _ in s.dates if d is pick)
    words = low[seg.start : at]
    future = source == "stated" and (
        pick.effective
        or pick.deadline
        or any(
            w in _FUTURE_DATE or (w == "to" and j + 1 < len(words) and words[j + 1] in _VERBS)
            for j, w in enumerate(words)
        )
    )
    resolved = pick.resolve(report, future)
    if resolved is None:
        return None, "", pick.text, "same_time"
    return resolved[0], resolved[1], pick.text, source


_EFFECTIVE = frozenset({"starting", "effective", "beginning", "from", "taking", "rising"})


def _says(low: list[str], a: int, b: int) -> bool:
    """Whether the date phrase at ``a:b`` dates a reporting verb ("Trump on Friday said")."""
    return any(w in lx.REPORTING for w in low[max(0, a - 2) : a] + low[b : b + 2])


def mentions(sents: list[Sentence], report: dt.date | None) -> list[Mention]:
    """Every event mention of a report's sentences, with its fields.

    Parameters
    ----------
    sents : list of Sentence
        The report's sentences (:func:`~tradewar.news.extract.sentences`).
    report : datetime.date or None
        The report's date (relative dates stay unresolved without it).

    Returns
    -------
    list of Mention
        In the order of the text; one per event a clause reports.
    """
    tariff_context = any(
        m.type == "phrase" or s.lower[m.start] in lx.TARIFF_NOUNS
        for s in sents
        for m in s.marks
        if m.start < len(s.tokens)
    ) or any(w in lx.TARIFF_NOUNS for s in sents for w in s.lower)
    out: list[Mention] = []
    for s in sents:
        low = s.lower
        sentence_anaphora = bool(_phrase_at(s, "anaphora", 0, 2))
        both = _phrase_at(s, "both_sides", 0, len(low))
        last_in_sentence: Mention | None = None
        for k, seg in enumerate(s.segments):
            if seg.type in {"cause", "condition"}:
                continue
            found = triggers(s, seg, tariff_context)
            step = _step(s, seg, last_in_sentence)
            if step is None and not found and seg.type == "gapped":
                step = _gapped(s, k, last_in_sentence, report)
            if step is not None and not found:
                out.append(step)
                last_in_sentence = step
                continue
            for t in found:
                status = _status(s, k, t)
                if status is None:
                    continue
                m = Mention(t.kind, s, t.head, status=status)
                _fill(m, s, k, t, report, last_in_sentence, sentence_anaphora, both)
                if m.extra.get("drop"):
                    continue
                out.append(m)
                last_in_sentence = m
        here = [m for m in out if m.sentence is s]
        if not here and sentence_anaphora and out:
            more = _continuation(s, out[-1])
            if more is not None:
                out.append(more)
                here = [more]
        _answers(here)
        if not here and _phrase_at(s, "takes_effect", 0, len(low)):
            _takes_effect(s, [m for m in out if out and m.sentence is out[-1].sentence], report)
    return out


def _gapped(
    s: Sentence, k: int, previous: Mention | None, report: dt.date | None
) -> Mention | None:
    """The event of a clause that omits its verb: "... 25% tariffs on Canada and 10% on China"."""
    if previous is None or previous.kind not in {"tariff_increase", "tariff_cut", "retaliation"}:
        return None
    seg = s.segments[k]
    m = Mention(previous.kind, s, seg.start, status=previous.status, actor=previous.actor)
    t = Trigger(previous.kind, seg.start, seg.start)
    m.targets, m.companies = _targets(s, k, t, previous.actor)
    rates = _rates(s, k, t)
    bare = [x.value for x in s.marks if x.type == "percent" and seg.start <= x.start < seg.end]
    if not rates and bare:
        rates = {"to" if previous.rate_to is not None else "change": bare[0] or 0.0}
    m.rate_from, m.rate_to, m.rate_change = rates.get("from"), rates.get("to"), rates.get("change")
    m.actor_found = previous.actor_found
    m.extra["coordinated"] = True
    own = [d for d, a, _ in s.dates if seg.start <= a < seg.end and d.effective]
    resolved = own[0].resolve(report, True) if own and report is not None else None
    if resolved is not None:
        m.date, m.precision, m.date_text, m.date_source = (*resolved, own[0].text, "stated")
        for other in [x for x in [previous] if x.date_source != "stated" or x.date == report]:
            other.date, other.precision = resolved
            other.date_text, other.date_source = own[0].text, "stated"
        for x in (m, previous):
            if x.status == "in_effect" and report is not None and resolved[0] > report:
                x.status = "announced"
    else:
        m.date, m.precision = previous.date, previous.precision
        m.date_text, m.date_source = previous.date_text, previous.date_source
    return m


def _continuation(s: Sentence, last: Mention) -> Mention | None:
    """What a sentence adds to the event before it ("The list includes steel, whisky ...")."""
    if last.kind not in {"tariff_increase", "tariff_cut", "retaliation", "export_control"}:
        return None
    products = _products(s, 0, len(s.tokens))
    if not products:
        return None
    m = Mention(last.kind, s, 0, status=last.status, actor=last.actor, anaphoric=True)
    m.targets = list(last.targets)
    m.products = list(dict.fromkeys(x.name for x in products))
    m.sectors = sorted({x.code for x in products if x.code})
    m.date, m.precision, m.date_text, m.date_source = (
        last.date, last.precision, last.date_text, last.date_source
    )  # fmt: skip
    return m


def _answers(here: list[Mention]) -> None:
    """A tariff that answers one told in its sentence's after-clause is a retaliation.

    "China will raise tariffs on U.S. goods ..., after the United States increased tariffs
    on Chinese goods".
    """
    for m in here:
        if m.kind != "tariff_increase" or m.extra.get("subordinate") or not m.targets:
            continue
        if any(
            o.extra.get("subordinate")
            and o.kind in {"tariff_increase", "retaliation"}
            and o.actor == m.targets[0]
            and m.actor in o.targets
            for o in here
        ):
            m.kind = "retaliation"


def _takes_effect(s: Sentence, previous: list[Mention], report: dt.date | None) -> None:
    """Date the measures of the sentence before ("The cut took effect on Thursday.")."""
    if report is None or not s.dates:
        return
    low = s.lower
    phrase, _, _ = s.dates[0]
    past = any(w in {"took", "came", "went", "kicked", "had"} for w in low)
    resolved = phrase.resolve(report, not past)
    if resolved is None:
        return
    for m in previous:
        if m.kind in {"tariff_increase", "tariff_cut", "retaliation", "export_control",
                      "sanction"} and m.date_source != "stated":  # fmt: skip
            m.date, m.precision = resolved
            m.date_text, m.date_source = phrase.text, "stated"
            if m.status != "reversed":
                m.status = "in_effect" if past else "announced"
            m.extra.setdefault("more", []).append(s)


def _step(s: Sentence, seg: Segment, previous: Mention | None) -> Mention | None:
    """A further step of the tariff before it ("..., rising to as much as 25%")."""
    low = s.lower
    if previous is None or previous.kind not in {"tariff_increase", "retaliation"}:
        return None
    if low[seg.start] not in {"rising", "climbing", "increasing", "going"}:
        return None
    percents = [
        m
        for m in s.marks
        if m.type == "percent"
        and seg.start <= m.start < seg.end
        and "to" in low[max(seg.start, m.start - 4) : m.start]
    ]
    if not percents:
        return None
    m = Mention(
        previous.kind,
        s,
        seg.start,
        status=previous.status,
        actor=previous.actor,
        targets=list(previous.targets),
        value_usd=previous.value_usd,
        rate_from=previous.rate_to or previous.rate_change,
        rate_to=percents[0].value,
        date=previous.date,
        precision=previous.precision,
        date_text=previous.date_text,
        date_source=previous.date_source,
        step=True,
        actor_found=True,
    )
    return m


def _fill(
    m: Mention,
    s: Sentence,
    k: int,
    t: Trigger,
    report: dt.date | None,
    previous: Mention | None,
    anaphoric: bool,
    both: list[Mark],
) -> None:
    """Actor, target, value, rates, products and date of one mention."""
    low = s.lower
    seg = s.segments[k]
    family_tariff = t.kind in {"tariff_increase", "tariff_cut"}
    if (
        family_tariff
        and (
            any(w in lx.RETALIATION for w in low[seg.start : seg.end])
            or _phrase_at(s, "retaliation", seg.start, seg.end)
            or any(
                g.type == "cause"
                and g is not seg
                and any(w in lx.RESPONSE_CAUSES for w in low[g.start : g.start + 3])
                for g in s.segments
            )
        )
        and t.kind == "tariff_increase"
    ):
        m.kind = "retaliation"
    if t.kind == "purchase_cut" and any(w in lx.SANCTION_NOUNS for w in low):
        m.kind = "sanction"  # an import ban in a package of sanctions
    m.anaphoric = anaphoric or bool(_phrase_at(s, "anaphora", seg.start, t.head + 1))
    m.extra["subordinate"] = low[seg.start] in _SUBORDINATE
    m.extra["coordinated"] = low[seg.start] in {"and", "but"}
    if (
        previous is not None
        and previous.sentence is s
        and m.status == "in_effect"
        and low[seg.start] in {"in", "with", "under"}
        and previous.status != "reversed"
    ):
        m.status = previous.status
    # a step of the tariff before it in the sentence ("..., rising to 25% at the end of the year")
    if (
        previous is not None
        and previous.kind in {"tariff_increase", "retaliation"}
        and low[seg.start] in {"rising", "with", "climbing", "increasing"}
        and any(w in {"rising", "rise", "climbing"} for w in low[seg.start : seg.start + 4])
    ):
        m.step = True
    # actor
    if t.kind == "market_reaction":
        subject = [
            x
            for x in s.marks
            if x.type in _AGENTS | {"market", "currency"}
            and (
                max(seg.start, t.lo) <= x.start < t.head
                if t.subject < 0
                else t.subject <= x.start < t.subject + 3
            )
        ]
        codes = [x.code for x in subject if x.code]
        if not codes:
            place = [
                x
                for x in s.marks
                if x.type in {"country", "market"}
                and x.code
                and max(seg.start, t.lo) <= x.start < seg.end
                and low[x.start - 1] == "in"
            ]
            codes = [place[0].code] if place and place[0].code else []
        m.actor = codes[0] if codes else None
        m.companies = [x.name for x in subject if x.type == "company"]
        m.actor_found = m.actor is not None
    else:
        talk = t.kind.startswith("talks") or t.kind == "deal_reached"
        between = [i for i in range(seg.start, seg.end) if low[i] == "between"]
        agents = [x for x in s.marks if x.type in _AGENTS and seg.start <= x.start < t.head]
        pair: list[str] = []
        if talk and between:
            pair = [
                x.code
                for x in s.marks
                if x.type in _AGENTS and x.start > between[0] and x.code and x.start < seg.end
            ]
        elif talk:
            head_agents = [
                x.code
                for x in agents
                if x.code and not (x.start > 0 and low[x.start - 1] in lx.OBJECT_PREPS - {"and"})
            ]
            pair = list(dict.fromkeys(head_agents))
        pair = list(dict.fromkeys(pair))
        if talk and len(pair) >= 2:
            m.actor, m.targets = pair[0], [pair[1]]
            m.actor_found = True
        elif (
            talk
            and previous is not None
            and previous.sentence is s
            and previous.kind.startswith("talks")
            and not _agent_before(s, seg.start, t.head)
        ):
            m.actor, m.targets = previous.actor, list(previous.targets)
            m.actor_found = previous.actor_found
        else:
            agent = _agent_before(s, seg.start, t.head)
            if t.head > t.noun:
                own = [x for x in agents if x.end in (t.noun, t.noun - 1) and x.code]
                agent = own[-1] if own else agent
            if agent is None and t.head != t.noun:
                agent = _agent_before(s, seg.start, t.noun)
                if agent is not None and agent.start < t.head:
                    agent = None
            if agent is None and t.head == t.noun:
                near = [x for x in agents if x.end >= t.noun - 3]
                agent = near[-1] if near else None
            if agent is None:
                by = [
                    x
                    for x in s.marks
                    if x.type in {"country", "leader"}
                    and t.head < x.start <= t.head + 4
                    and low[x.start - 1] == "by"
                ]
                agent = by[0] if by else None
            if agent is None and not both:
                for j in range(k - 1, -1, -1):
                    if s.segments[j].type in {"cause", "condition"}:
                        continue
                    agent = _agent_before(s, s.segments[j].start, s.segments[j].end)
                    if agent is not None:
                        break
            m.actor = agent.code if agent else None
            m.actor_found = agent is not None
            if both and not m.actor_found:
                m.extra["both_sides"] = True
            if t.kind != "currency_intervention" and not m.extra.get("both_sides"):
                targets, companies = _pronoun_target(s, k, t, m.actor)
                if not targets:
                    targets, companies = _targets(s, k, t, m.actor)
                if not m.targets:
                    m.targets = targets
                m.companies = companies
                if not m.targets and m.status == "threatened":
                    m.targets = _condition_agents(s, m.actor)
            if _phrase_at(s, "global", seg.start, seg.end) and not m.targets:
                m.extra["global"] = True
                if t.kind.startswith("purchase"):
                    m.extra["drop"] = True  # "expand imports from all countries": no event
    # companies of the sentence that belong to the target
    if m.targets and t.kind not in {"market_reaction"}:
        for x in s.marks:
            if x.type == "company" and x.code in m.targets and x.name not in m.companies:
                m.companies.append(x.name)
    if not m.companies and any(
        low[i] == "the" and low[i + 1] in {"companies", "firms", "firm", "company"}
        for i in range(t.head + 1, min(seg.end - 1, t.head + 4))
    ):
        m.extra["companies_anaphora"] = True
    # value, rates
    if (
        t.kind
        in {
            "tariff_increase",
            "tariff_cut",
            "retaliation",
            "export_control",
            "purchase_cut",
            "purchase_commitment",
            "sanction",
        }
        or m.kind == "retaliation"
    ):
        m.value_usd, note = _value(s, k, t)
        if note:
            m.notes.append(note)
    if m.kind in {"tariff_increase", "tariff_cut", "retaliation"}:
        rates = _rates(s, k, t)
        m.rate_from, m.rate_to, m.rate_change = (
            rates.get("from"),
            rates.get("to"),
            rates.get("change"),
        )
        if "matching" in low[seg.start : seg.end] and previous is not None:
            m.rate_to = m.rate_to or previous.rate_to
            m.rate_change = m.rate_change or previous.rate_change
        if (
            "same" in low[seg.start : seg.end]
            and "amount" in low[seg.start : seg.end]
            and (previous is not None)
        ):
            m.value_usd = m.value_usd or previous.value_usd
    # products
    if t.kind in {
        "market_reaction",
        "currency_intervention",
        "deal_reached",
        "deal_broken",
        "sanction",
    }:
        products: list[Mark] = []
    elif t.kind.startswith("talks"):
        products = _products(s, seg.start, _extent(s, k))
    elif m.anaphoric:
        products = _products(s, 0, len(low))
    else:
        products = _products(s, min(t.head, t.noun), seg.end) or _products(s, seg.start, seg.end)
        products = products or _products(s, seg.end, _extent(s, k, _LISTING))
    m.products = list(dict.fromkeys(x.name for x in products))
    m.sectors = sorted({x.code for x in products if x.code})
    # date
    future = m.status in {"announced", "threatened"}
    m.date, m.precision, m.date_text, m.date_source = _date(s, k, t, future, report)
    if (
        m.date_source == "report"
        and previous is not None
        and previous.date is not None
        and (m.step or previous.sentence is s)
        and m.kind != "market_reaction"
    ):
        m.date, m.precision = previous.date, previous.precision
        m.date_text, m.date_source = previous.date_text, "previous"
    if m.date_source == "report" and report is not None:
        earlier = [
            d
            for d, a, b in s.dates
            if a < s.segments[k].start
            and (a <= 2 or m.kind != "market_reaction")
            and not d.since
            and not _says(low, a, b)
            and not any(
                g.type in {"cause", "condition"} and g.start <= a < g.end for g in s.segments
            )
        ]
        if earlier:
            resolved = earlier[-1].resolve(report, future)
            if resolved is not None:
                m.date, m.precision = resolved
                m.date_text, m.date_source = earlier[-1].text, "stated"
    if m.date_source == "report" and m.status == "threatened":
        for g in s.segments:
            if g.type == "condition":
                deadlines = [d for d, a, _ in s.dates if g.start <= a < g.end and d.deadline]
                if deadlines and report is not None:
                    resolved = deadlines[0].resolve(report, True)
                    if resolved:
                        m.date, m.precision = resolved
                        m.date_text, m.date_source = deadlines[0].text, "stated"
    if m.step and previous is not None:
        m.actor = m.actor or previous.actor
        m.targets = m.targets or list(previous.targets)
        m.value_usd = m.value_usd or previous.value_usd
        m.status = previous.status
        rates = _rates(s, k, t)
        m.rate_to = rates.get("to", m.rate_to)
        m.rate_from = previous.rate_to or previous.rate_change
        m.rate_change = None
        m.actor_found = True
    # a measure in effect from a day after the report is announced
    if (
        m.status == "in_effect"
        and report is not None
        and m.date is not None
        and m.date > report
        and m.date_source == "stated"
        and m.kind not in {"market_reaction"}
    ):
        m.status = "announced"
    # history: an event dated more than a year before the report
    if (
        report is not None
        and m.date is not None
        and m.date_source == "stated"
        and (m.date < report - dt.timedelta(days=366))
    ):
        m.extra["drop"] = True
