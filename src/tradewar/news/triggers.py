"""Where a clause reports an event, and how sure it is: triggers and status.

A clause (:mod:`~tradewar.news.extract`) reports an event when it holds a measure
(*tariffs*, *entity list*, *purchases*, *talks*, a currency) and a word of change
(*raised*, *lifted*, *stalled*, *propped up*): :func:`triggers` finds them, one per family
of measures, and :func:`status` reads from the words around them whether the event is
threatened, announced, in effect or reversed, or not an event at all (a denial, an
opinion, history).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from tradewar.news import lexicon as lx
from tradewar.news.extract import Mark, Segment, Sentence

__all__ = ["Trigger", "status", "triggers"]


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


def status(s: Sentence, k: int, t: Trigger) -> str | None:
    """The event's status, or None when the clause denies it, opines or tells history.

    Parameters
    ----------
    s : Sentence
        The sentence.
    k : int
        The index of the clause in ``s.segments``.
    t : Trigger
        The event's trigger in that clause.

    Returns
    -------
    str or None
        ``threatened``, ``announced``, ``in_effect`` or ``reversed``; None when the
        clause reports no event.
    """
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
