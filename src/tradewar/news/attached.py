"""Measures told without a verb of their own, attached to the measure before them.

"Canada will impose a 100% surtax on Chinese EVs, along with a 25% surtax on Chinese
steel": the second surtax is an event of its own (its rate, target and products), though
its verb is the first one's.  :mod:`~tradewar.news.clauses` cuts such a clause at *along
with*, *alongside*, *as well as*, *together with*, *in addition to* or *plus* before a
measure's noun (type ``joined``); :func:`joined` makes its event, with the kind its noun
names and the actor, status and date of the event before it unless it names its own.  A
clause *with* a rate ("..., with a 35% duty on shipments above the quota") gives its rate
to the measure before it (:func:`with_rate`).
"""

from __future__ import annotations

import datetime as dt

from tradewar.news import lexicon as lx
from tradewar.news.additions import dated_in_clause
from tradewar.news.fields import _products, _rates, _targets, _value
from tradewar.news.phrases import measure_noun
from tradewar.news.records import Mention, Sentence, Trigger

__all__ = ["joined", "total_rate", "with_rate"]

_TARIFFS = frozenset({"tariff_increase", "tariff_cut", "retaliation"})


def joined(s: Sentence, k: int, previous: Mention | None, report: dt.date | None) -> Mention | None:
    """The event of a clause that joins a measure to the one before it.

    Parameters
    ----------
    s : Sentence
        The sentence.
    k : int
        The index of the ``joined`` clause in ``s.segments``.
    previous : Mention or None
        The event before it in the sentence (its verb's).
    report : datetime.date or None
        The report's date.

    Returns
    -------
    Mention or None
        None when no event comes before it or the clause names no measure.
    """
    seg = s.segments[k]
    found = measure_noun(s, seg.start, seg.end)
    if previous is None or found is None:
        return None
    low = s.lower
    noun, family = found
    if family == "tariff":
        kind = previous.kind if previous.kind in _TARIFFS else "tariff_increase"
    elif family == "sanction" or previous.kind == "sanction":
        kind = "sanction"  # an import ban in a package of sanctions
    elif any(w in {"imports", "import"} for w in low[noun : seg.end]):
        kind = "purchase_cut"
    else:
        kind = "export_control"
    own = [
        x
        for x in s.marks
        if x.type in {"country", "leader"} and seg.start <= x.start < noun and x.end >= noun - 1
    ]
    actor = own[-1].code if own else previous.actor
    m = Mention(kind, s, noun, status=previous.status, actor=actor)
    m.actor_found = bool(own) or previous.actor_found
    t = Trigger(kind, noun, noun)
    m.targets, m.companies = _targets(s, k, t, actor, fallback=False)
    if not m.targets:  # "a 100% tariff on goods from China, along with export controls on ..."
        m.targets = list(previous.targets)
    if kind in _TARIFFS:
        rates = _rates(s, k, t)
        m.rate_from, m.rate_to, m.rate_change = (
            rates.get("from"),
            rates.get("to"),
            rates.get("change"),
        )
    m.value_usd, _ = _value(s, k, t)
    products = _products(s, noun, seg.end)
    m.products = list(dict.fromkeys(x.name for x in products))
    m.sectors = sorted({x.code for x in products if x.code})
    m.extra["coordinated"] = True
    dates = [d for d, a, _ in s.dates if seg.start <= a < seg.end and not d.since]
    dated_in_clause(m, dates, report, m.status in {"announced", "threatened"}, previous)
    return m


def with_rate(s: Sentence, k: int, previous: Mention | None) -> bool:
    """Give a clause's rate to the measure before it: "..., with a 35% duty on the excess".

    Parameters
    ----------
    s : Sentence
        The sentence.
    k : int
        The index of a clause that starts with *with* and reports no event.
    previous : Mention or None
        The event before it in the sentence.

    Returns
    -------
    bool
        Whether a rate was given.
    """
    seg = s.segments[k]
    if (
        previous is None
        or previous.kind not in _TARIFFS
        or s.lower[seg.start] != "with"
        or any(getattr(previous, r) is not None for r in ("rate_from", "rate_to", "rate_change"))
    ):
        return False
    found = measure_noun(s, seg.start, seg.end)
    if found is None or found[1] != "tariff":
        return False
    rates = _rates(s, k, Trigger(previous.kind, found[0], found[0]))
    if not rates:
        return False
    previous.rate_from, previous.rate_to = rates.get("from"), rates.get("to")
    previous.rate_change = rates.get("change")
    return True


#: Verbs of a clause that gives the total a tariff reaches ("bringing the total to 50%").
_BRINGING = frozenset({"bringing", "taking", "lifting", "raising", "pushing", "making"})
_TOTAL = frozenset({"total", "overall", "combined", "cumulative"})


def total_rate(s: Sentence, k: int, previous: Mention | None) -> bool:
    """Give the total a clause names to the tariff before it: "..., bringing the total to 50%".

    Parameters
    ----------
    s : Sentence
        The sentence.
    k : int
        The index of a clause that reports no event.
    previous : Mention or None
        The event before it in the sentence.

    Returns
    -------
    bool
        Whether a rate was given (the tariff's ``rate_to``, when it had none).
    """
    seg = s.segments[k]
    low = s.lower
    if (
        previous is None
        or previous.kind not in _TARIFFS
        or previous.rate_to is not None
        or low[seg.start] not in _BRINGING
        or not any(w in _TOTAL for w in low[seg.start : seg.start + 5])
    ):
        return False
    rates = [
        m.value
        for m in s.marks
        if m.type == "percent" and seg.start <= m.start < seg.end and low[m.start - 1] == "to"
    ]
    if not rates or rates[0] is None:
        return False
    previous.rate_to = rates[0]
    return True


def later_step(s: Sentence, k: int, previous: Mention | None) -> bool:
    """Whether a clause tells a later step of the tariff before it: "..., rising to 25% on June 1".

    The step is noted on the tariff (its first rate and date stay the event's); the clause
    is no event of its own.

    Parameters
    ----------
    s : Sentence
        The sentence.
    k : int
        The index of the clause.
    previous : Mention or None
        The event before it in the sentence.

    Returns
    -------
    bool
        Whether the clause is such a step (then noted on ``previous``).
    """
    seg = s.segments[k]
    low = s.lower
    if (
        previous is None
        or previous.kind not in _TARIFFS
        or previous.sentence is not s
        or low[seg.start] not in lx.STEP_PARTICIPLES
    ):
        return False
    rated = any(
        m.type == "percent" and seg.start < m.start < seg.start + 5 and low[m.start - 1] == "to"
        for m in s.marks
    )
    if rated:
        last = seg.end - 1
        words = s.text[s.idx[seg.start] : s.idx[last] + len(s.tokens[last])]
        previous.notes.append("a later step: " + words.strip(" ,"))
    return rated
