"""Clauses to event mentions: which kind of event, who, whom, how much, when, and how sure.

For each clause of a sentence (:mod:`~tradewar.news.extract`), :func:`mentions` takes
the events :func:`~tradewar.news.triggers.triggers` finds — a measure with a word of
change — and fills each one's fields (:mod:`~tradewar.news.fields`): status from the
words around it (*threatened to*, *will*, *lifted*), actor and target from the names
around it, value, rates, products and date from its clause.  Mentions that deny, give
an opinion, or tell history give no event.  Clauses that omit their verb, sentences that
only list products or date the event before, and tariffs that answer one told in the
same sentence are handled here too.
"""

from __future__ import annotations

import datetime as dt

from tradewar.news import grammar as gr
from tradewar.news import lexicon as lx
from tradewar.news.attached import joined, total_rate, with_rate
from tradewar.news.extract import Mark, Mention, Segment, Sentence
from tradewar.news.fields import (
    _LISTING,
    _SUBORDINATE,
    _date,
    _extent,
    _products,
    _rates,
    _says,
    _targets,
    _value,
    opener,
)
from tradewar.news.parties import parties
from tradewar.news.phrases import answered
from tradewar.news.records import Trigger
from tradewar.news.status import status
from tradewar.news.timing import span_before
from tradewar.news.triggers import triggers

__all__ = ["mentions"]

#: Precisions of a date that a span of days can move ("a day after").
_DAYS = frozenset({"day", "report"})
#: Kinds of a measure on a country's goods or companies (not talks, deals or markets).
_MEASURES = frozenset(
    {"tariff_increase", "tariff_cut", "retaliation", "export_control", "sanction",
     "purchase_cut", "purchase_commitment"}
)  # fmt: skip


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
        sentence_anaphora = bool(s.phrases("anaphora", 0, 2)) or _told_before(s)
        both = s.phrases("both_sides", 0, len(low))
        last_in_sentence: Mention | None = None
        for k, seg in enumerate(s.segments):
            if seg.type in {"cause", "condition"}:
                continue
            if seg.type == "joined":  # "..., along with a 25% surtax on Chinese steel"
                part = joined(s, k, last_in_sentence, report)
                if part is not None:
                    out.append(part)
                    last_in_sentence = part
                continue
            found = triggers(s, seg, tariff_context)
            if not found and (
                with_rate(s, k, last_in_sentence) or total_rate(s, k, last_in_sentence)
            ):
                continue
            step = _step(s, seg, last_in_sentence)
            if step is None and not found and seg.type == "gapped":
                step = _gapped(s, k, last_in_sentence, report)
            if step is not None and not found:
                out.append(step)
                last_in_sentence = step
                continue
            for t in found:
                if _elaborates(s, seg, t, last_in_sentence) or _timing(s, seg, t):
                    continue
                found_status = status(s, k, t)
                if found_status is None:
                    continue
                m = Mention(t.kind, s, t.head, status=found_status)
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
        if s.phrases("anaphora", 0, 1) and out and here and here[0] is not out[0]:
            # "The move came after Washington raised its own duties ...": the sentence
            # before answers the measure told here
            last = [m for m in out if m.sentence is not s][-1:]
            before = [m for m in out if last and m.sentence is last[0].sentence]
            _answers(before + here, answering=before)
        _answers(here)
        if not here and s.phrases("takes_effect", 0, len(low)):
            _takes_effect(s, [m for m in out if out and m.sentence is out[-1].sentence], report)
    return out


def _with_measure(s: Sentence, seg: Segment, t: Trigger) -> bool:
    """Whether a clause opened by *with* tells a measure of its own, with its own rate.

    "..., with a 25% levy on key auto parts to follow by May 3": a second measure, not a
    detail of the first.
    """
    low = s.lower
    return (
        low[seg.start] == "with"
        and t.kind in {"tariff_increase", "tariff_cut"}
        and seg.start < t.noun < seg.end
        and t.head > t.noun
        and low[t.head] in lx.ARRIVE_VERBS
        and any(x.type == "percent" and seg.start <= x.start < t.noun for x in s.marks)
    )


def _timing(s: Sentence, seg: Segment, t: Trigger) -> bool:
    """Whether a clause only says when part of the measure before it takes effect.

    "..., with duties on C$30 billion taking effect on Tuesday": its date goes to the
    measure before (:func:`~tradewar.news.fields._date`), no event of its own.
    """
    effect = {
        k for m in s.phrases("takes_effect", seg.start, seg.end) for k in range(m.start, m.end)
    }
    return s.lower[seg.start] == "with" and t.head in effect


def _elaborates(s: Sentence, seg: Segment, t: Trigger, previous: Mention | None) -> bool:
    """Whether a participle clause spells out the sanction before it, no event of its own.

    "imposed sanctions on five subsidiaries of Hanwha Ocean, barring Chinese organisations
    from doing business with them": the ban is what the sanctions do.
    """
    low = s.lower
    return (
        previous is not None
        and previous.sentence is s
        and previous.kind == "sanction"
        and t.kind in {"export_control", "purchase_cut"}
        and seg.start > 0
        and low[seg.start - 1] == ","
        and low[seg.start].endswith("ing")
    )


def _gapped(
    s: Sentence, k: int, previous: Mention | None, report: dt.date | None
) -> Mention | None:
    """The event of a clause that omits its verb: "... 25% tariffs on Canada and 10% on China".

    Or a second list: "added 12 entities to its export control list and six others,
    including drone maker Shield AI, to its unreliable entity list".
    """
    if previous is not None and previous.kind == "export_control":
        return _listed(s, k, previous)
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


#: Determiners that open a sentence about a measure told before ("The washer duties ...").
_TOLD = frozenset({"the", "these", "those", "its", "their", "this", "such"})
_TOLD_NOUNS = lx.TARIFF_NOUNS | {"curbs", "controls", "restrictions", "ban", "sanctions"}


def _told_before(s: Sentence) -> bool:
    """Whether the sentence opens with a measure told before: "The additional duty on ...".

    A determiner, at most two words that name no country, then a measure's noun.
    """
    low = s.lower
    if not low or low[0] not in _TOLD:
        return False
    names = {
        k
        for m in s.marks
        if m.type in {"country", "leader", "company"}
        for k in range(m.start, m.end)
    }
    for k in range(1, min(len(low), 4)):
        if k in names:
            return False
        if low[k] in _TOLD_NOUNS:
            return True
    return False


def _listed(s: Sentence, k: int, previous: Mention) -> Mention:
    """An export control that adds others to a second list, with the first's verb."""
    seg = s.segments[k]
    m = Mention(previous.kind, s, seg.start, status=previous.status, actor=previous.actor)
    m.actor_found = previous.actor_found
    firms = [x for x in s.marks if x.type == "company" and seg.start <= x.start < seg.end]
    m.companies = [x.name for x in firms]
    # the companies now belong to this list, not to the first one
    previous.companies = [c for c in previous.companies if c not in m.companies]
    codes = [x.code for x in firms if x.code] or list(previous.targets)
    m.targets = list(dict.fromkeys(codes))
    m.date, m.precision = previous.date, previous.precision
    m.date_text, m.date_source = previous.date_text, previous.date_source
    m.extra["coordinated"] = True
    return m


def _continuation(s: Sentence, last: Mention) -> Mention | None:
    """What a sentence adds to the event before it ("The list includes steel, whisky ...")."""
    if last.kind not in {"tariff_increase", "tariff_cut", "retaliation", "export_control"}:
        return None
    low = s.lower
    if any(w in lx.TARIFF_NOUNS for w in low[4:]) or s.phrases("tariff", 4, len(low)):
        # "The decision follows the lifting of duties on Australian barley": the goods of
        # another measure, told by its own noun
        return None
    products = _products(s, 0, len(s.tokens))
    rated = last.kind != "export_control" and any(x.type == "percent" for x in s.marks)
    if not products and not rated:
        return None
    m = Mention(last.kind, s, 0, status=last.status, actor=last.actor, anaphoric=True)
    m.targets = list(last.targets)
    if rated:  # "The additional duty on farm goods is 50 percent."
        noun = next((i for i, w in enumerate(s.lower) if w in lx.TARIFF_NOUNS), 0)
        rates = _rates(s, 0, Trigger(last.kind, noun, noun))
        m.rate_from, m.rate_to, m.rate_change = (
            rates.get("from"),
            rates.get("to"),
            rates.get("change"),
        )
    m.products = list(dict.fromkeys(x.name for x in products))
    m.sectors = sorted({x.code for x in products if x.code})
    m.date, m.precision, m.date_text, m.date_source = (
        last.date, last.precision, last.date_text, last.date_source
    )  # fmt: skip
    return m


def _answers(here: list[Mention], answering: list[Mention] | None = None) -> None:
    """A tariff that answers one told in its sentence's after-clause is a retaliation.

    "China will raise tariffs on U.S. goods ..., after the United States increased tariffs
    on Chinese goods"; with ``answering``, the mentions of the sentence before one that
    opens with "The move came after ..." answer the measures of its after-clause.
    """
    for m in answering if answering is not None else here:
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
        # an effective date wins over the day a measure was decided ("signed an order on
        # Wednesday imposing ... The measures take effect in seven days.")
        if m.kind in {"tariff_increase", "tariff_cut", "retaliation", "export_control",
                      "sanction"} and (m.date_source != "stated" or not _effective(m)):  # fmt: skip
            m.date, m.precision = resolved
            m.date_text, m.date_source = phrase.text, "stated"
            if m.status != "reversed":
                m.status = "in_effect" if past else "announced"
            m.extra.setdefault("more", []).append(s)


def _effective(m: Mention) -> bool:
    """Whether a mention's date is an effective date ("from June 1", "taking effect on ...")."""
    return any(
        d.effective and d.text == m.date_text
        for s in [m.sentence, *m.extra.get("more", [])]
        for d, _, _ in s.dates
    )


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
            or s.phrases("retaliation", seg.start, seg.end)
            or any(
                g.type == "cause"
                and g is not seg
                and any(w in gr.RESPONSE_CAUSES for w in low[g.start : g.start + 3])
                for g in s.segments
            )
        )
        and t.kind == "tariff_increase"
    ) or t.response:
        m.kind = "retaliation"  # "would answer any unilateral tariff increase"
    if t.kind == "purchase_cut" and any(w in lx.SANCTION_NOUNS for w in low):
        m.kind = "sanction"  # an import ban in a package of sanctions
    m.anaphoric = anaphoric or bool(s.phrases("anaphora", seg.start, t.head + 1))
    m.extra["noun"] = t.noun
    m.extra["subordinate"] = opener(s, seg.start) in _SUBORDINATE
    m.extra["coordinated"] = low[seg.start] in {"and", "but"} or _with_measure(s, seg, t)
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
    parties(m, s, k, t, previous, both)
    if (
        m.extra["coordinated"]
        and low[seg.start] == "with"
        and previous is not None
        and previous.sentence is s
        and not any(x.type == "country" and seg.start <= x.start < seg.end for x in s.marks)
    ):  # "..., with a 25% levy on key auto parts to follow": the first measure's target
        m.targets = list(previous.targets)
        if previous.extra.get("global"):
            m.extra["global"] = True
    # companies of the sentence that belong to the target
    if m.targets and t.kind in _MEASURES:
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
    }:
        products: list[Mark] = []
    elif t.kind.startswith("talks"):
        products = _products(s, seg.start, _extent(s, k))
    elif m.anaphoric:
        products = _products(s, 0, len(low))
    elif t.kind == "sanction":
        products = _products(s, min(t.head, t.noun), seg.end)
    else:
        # up to another's measure that this one answers ("countermeasures against U.S.
        # tariffs on steel": the steel is the U.S. tariffs')
        end = answered(s, max(t.head, t.noun), seg.end)
        products = _products(s, min(t.head, t.noun), end) or _products(s, seg.start, end)
        if end == seg.end:
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
    # "..., a day after an additional 25% tariff took effect": the main clause's date less
    # the span, when the clause has no date of its own
    opens = next((i for i in range(seg.start, min(seg.end, seg.start + 3)) if low[i] in
                  {"after", "before"}), seg.start)  # fmt: skip
    span = span_before(s, opens)
    own_date = any(seg.start <= a < seg.end for _, a, _ in s.dates)
    if span is not None and not own_date and m.date is not None and m.precision in _DAYS:
        m.date, m.precision, m.date_source = m.date + span, "day", "stated"
        m.date_text = " ".join(s.tokens[max(0, opens - 2) : opens + 1])
    if m.date_source in {"report", "reported"} and m.status == "threatened":
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
    # history: an event dated more than a year before the report, or done in an earlier
    # year ("lifted duties on Australian barley last year", "in 2019")
    if (
        report is not None
        and m.date is not None
        and m.date_source == "stated"
        and (
            m.date < report - dt.timedelta(days=366)
            or (
                m.precision == "year"
                and m.date.year < report.year
                and m.status in {"in_effect", "reversed"}
            )
        )
    ):
        m.extra["drop"] = True
