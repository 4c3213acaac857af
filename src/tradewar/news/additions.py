"""What a clause or a sentence adds to the events told before it.

Helpers of :func:`~tradewar.news.rules.mentions`: a clause that omits its verb ("... and 10%
on goods from China", "and six others to its unreliable entity list"), a further step of a
tariff ("rising to 25%"), a clause opened by *with* that tells a measure of its own or
only when part of the one before takes effect, a participle that spells out sanctions, a
sentence that opens with a measure told before ("The additional duty on farm goods is 50
percent") or only dates it ("The measures take effect in seven days"), and tariffs that
answer one told in a clause of their own or in the next sentence ("The move came after
...").
"""

from __future__ import annotations

import datetime as dt
import itertools

from tradewar.news import lexicon as lx
from tradewar.news.dates import DatePhrase
from tradewar.news.fields import _agent_before, _date, _products, _rates, _reading, _targets
from tradewar.news.records import Mark, Mention, Segment, Sentence, Trigger

__all__ = [
    "also_listed",
    "answers",
    "continuation",
    "dated_as",
    "dated_in_clause",
    "did_the_same",
    "elaborates",
    "exempt_goods",
    "gapped",
    "rates_by_country",
    "scheduled_steps",
    "similar",
    "step",
    "takes_effect",
    "timing",
    "told_before",
    "vowed_again",
    "vowed_answer",
    "widened",
    "with_measure",
]


def with_measure(s: Sentence, seg: Segment, t: Trigger) -> bool:
    """Whether a clause opened by *with* tells a measure of its own, with its own rate.

    "..., with a 25% levy on key auto parts to follow by May 3": a second measure, not a
    detail of the first.

    Parameters
    ----------
    s : Sentence
        The sentence, with its tokens, marks and clauses.
    seg : Segment
        The clause.
    t : Trigger
        The measure the clause names (its kind, noun and head verb).

    Returns
    -------
    bool
        True when the clause is a measure of its own.
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


def timing(s: Sentence, seg: Segment, t: Trigger) -> bool:
    """Whether a clause only says when part of the measure before it takes effect.

    "..., with duties on C$30 billion taking effect on Tuesday": its date goes to the
    measure before (:func:`~tradewar.news.fields._date`), no event of its own.

    Parameters
    ----------
    s : Sentence
        The sentence, with its tokens, marks and clauses.
    seg : Segment
        The clause.
    t : Trigger
        The measure the clause names (its kind, noun and head verb).

    Returns
    -------
    bool
        True when the clause only dates the measure before it.
    """
    effect = {
        k for m in s.phrases("takes_effect", seg.start, seg.end) for k in range(m.start, m.end)
    }
    return s.lower[seg.start] == "with" and t.head in effect


def elaborates(s: Sentence, seg: Segment, t: Trigger, previous: Mention | None) -> bool:
    """Whether a participle clause spells out the sanction before it, no event of its own.

    "imposed sanctions on five subsidiaries of Hanwha Ocean, barring Chinese organisations
    from doing business with them": the ban is what the sanctions do.

    Parameters
    ----------
    s : Sentence
        The sentence, with its tokens, marks and clauses.
    seg : Segment
        The clause.
    t : Trigger
        The measure the clause names (its kind, noun and head verb).
    previous : Mention or None
        The event told just before, if any.

    Returns
    -------
    bool
        True when the clause spells out the sanction before it.
    """
    low = s.lower
    return _listing_effect(s, seg, t) or (
        previous is not None
        and previous.sentence is s
        and previous.kind == "sanction"
        and t.kind in {"export_control", "purchase_cut"}
        and seg.start > 0
        and low[seg.start - 1] == ","
        and low[seg.start].endswith("ing")
    )


#: Verbs of a ban on dealing with those a listing names ("are barred from dealing with").
_DEALING_BANS = frozenset({"barred", "banned", "prohibited", "barring", "banning", "prohibiting",
                           "bar", "bars", "prohibit", "prohibits", "forbidden"})  # fmt: skip
#: Words for those a listing names ("those listed face an asset freeze").
_NAMED_BY_LISTING = frozenset({"listed", "named", "designated", "sanctioned", "targeted"})


def _listing_effect(s: Sentence, seg: Segment, t: Trigger) -> bool:
    """Whether the clause tells what a listing does to those it names, no event of its own.

    "Americans are barred from doing business with them", "EU citizens and companies are
    barred from making funds available to them", "Those listed face an asset freeze in
    the EU", "a designation that bars Americans from investing in them": the effects of
    sanctions or an export list told before.
    """
    if t.kind not in {"export_control", "sanction", "purchase_cut"}:
        return False
    low = s.lower
    if low[seg.start : seg.start + 1] == ["those"] and low[seg.start + 1] in _NAMED_BY_LISTING:
        return True
    if low[t.head] not in _DEALING_BANS:
        return False
    rest = low[t.head + 1 : seg.end]
    return any(
        w in {"with", "to", "in"} and rest[j + 1 : j + 2] in (["them"], ["him"], ["her"], ["it"])
        for j, w in enumerate(rest)
    )


#: Words opening a relative clause ("goods that it imposed in January").
_RELATIVE = frozenset({"that", "which", "who", "when", "where"})


#: Verbs and words of goods a measure spares ("exempts food and medicine").
_SPARES = frozenset({"exempts", "exempt", "exempted", "exempting", "excludes", "excluding",
                     "except", "spares", "spared"})  # fmt: skip


def gapped(s: Sentence, k: int, previous: Mention | None, report: dt.date | None) -> Mention | None:
    """The event of a clause that omits its verb: "... 25% tariffs on Canada and 10% on China".

    Or a second list: "added 12 entities to its export control list and six others,
    including drone maker Shield AI, to its unreliable entity list".

    Parameters
    ----------
    s : Sentence
        The sentence, with its tokens, marks and clauses.
    k : int
        The index of the clause in ``s.segments``.
    previous : Mention or None
        The event told just before, if any.
    report : datetime.date or None
        The report's date (relative dates resolve against it).

    Returns
    -------
    Mention or None
        The clause's event, or None when it tells none.
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
    # "... and on furniture to 25 per cent from 20 per cent": the clause's own goods
    goods = _products(s, seg.start, seg.end)
    m.products = list(dict.fromkeys(x.name for x in goods))
    m.sectors = sorted({x.code for x in goods if x.code})
    own = [d for d, a, _ in s.dates if seg.start <= a < seg.end and d.effective]
    if not own and previous.date_source != "stated":
        # "imposed tariffs of 25 percent on steel and 10 percent on aluminum in 2018": a
        # date closing the sentence dates both clauses (not one of a relative clause: "...
        # and 7 percent on Peruvian goods that it imposed in January")
        own = [
            d
            for d, a, _ in s.dates
            if seg.start <= a < seg.end
            and not d.since
            and not d.deadline
            and not set(s.lower[seg.start : a]) & _RELATIVE
        ]
    # a clause of a measure told as done takes the nearer reading: "ended the exemption from
    # its tariffs of 25 per cent on steel and 10 per cent on aluminium on June 1" (this June)
    done = previous.status == "in_effect"
    resolved = _reading(own[0], report, True, done) if own and report is not None else None
    if resolved is not None:
        m.date, m.precision, m.date_text, m.date_source = (*resolved, own[0].text, "stated")
        for other in [x for x in [previous] if x.date_source != "stated" or x.date == report]:
            other.date, other.precision = resolved
            other.date_text, other.date_source = own[0].text, "stated"
        for x in (m, previous):
            if x.status == "in_effect" and report is not None and resolved[0] > report:
                x.status = "announced"
    else:
        dated_as(m, previous)
    return m


def dated_as(m: Mention, source: Mention) -> None:
    """Give *m* the date of *source* (a measure it continues): its day, precision and words.

    Parameters
    ----------
    m : Mention
        The event to date (changed in place).
    source : Mention
        The event whose date it takes.
    """
    m.date, m.precision = source.date, source.precision
    m.date_text, m.date_source = source.date_text, source.date_source


def dated_in_clause(
    m: Mention,
    phrases: list[DatePhrase],
    report: dt.date | None,
    future: bool,
    source: Mention,
) -> None:
    """Give *m* the first date phrase of its clause, or else the date of *source*.

    Parameters
    ----------
    m : Mention
        The event to date (changed in place).
    phrases : list of DatePhrase
        The date phrases of its clause, in order.
    report : datetime.date or None
        The report's date (relative dates resolve against it).
    future : bool
        Whether a bare date names the next such day (a measure to come) or the last.
    source : Mention
        The measure it continues, whose date it takes when its clause names none.
    """
    resolved = phrases[0].resolve(report, future) if phrases and report is not None else None
    if resolved is not None:
        m.date, m.precision, m.date_text, m.date_source = (*resolved, phrases[0].text, "stated")
    else:
        dated_as(m, source)


#: Determiners that open a sentence about a measure told before ("The washer duties ...").
_TOLD = frozenset({"the", "these", "those", "its", "their", "this", "such"})


_TOLD_NOUNS = lx.TARIFF_NOUNS | {"curbs", "controls", "restrictions", "ban", "sanctions"}


def told_before(s: Sentence) -> bool:
    """Whether the sentence opens with a measure told before: "The additional duty on ...".

    A determiner, at most two words that name no country, then a measure's noun.

    Parameters
    ----------
    s : Sentence
        The sentence, with its tokens, marks and clauses.

    Returns
    -------
    bool
        True when the sentence opens with a measure told before.
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


def _another(previous: Mention, s: Sentence, head: int, actor: str | None) -> Mention:
    """A further event of the kind, status and date of *previous*, told at *head* of *s*."""
    m = Mention(previous.kind, s, head, status=previous.status, actor=actor)
    m.actor_found = previous.actor_found if actor == previous.actor else actor is not None
    dated_as(m, previous)
    m.extra["coordinated"] = True
    return m


def _listed(s: Sentence, k: int, previous: Mention) -> Mention:
    """An export control that adds others to a second list, with the first's verb."""
    seg = s.segments[k]
    m = _another(previous, s, seg.start, previous.actor)
    firms = [x for x in s.marks if x.type == "company" and seg.start <= x.start < seg.end]
    m.companies = [x.name for x in firms]
    # the companies now belong to this list, not to the first one
    previous.companies = [c for c in previous.companies if c not in m.companies]
    codes = [x.code for x in firms if x.code] or list(previous.targets)
    m.targets = list(dict.fromkeys(codes))
    return m


def also_listed(s: Sentence, last: Mention) -> Mention | None:
    """Others listed under the measure told before, by their countries.

    "Entities in the United Arab Emirates, Taiwan, South Africa and Iran were also added",
    "The Treasury on Thursday also named companies in the United Arab Emirates": a sentence
    with no measure of its own, *also*, a verb of listing and firms "in" countries.

    Parameters
    ----------
    s : Sentence
        The sentence, with its tokens, marks and clauses.
    last : Mention
        The last event of the report so far.

    Returns
    -------
    Mention or None
        The listing of the firms of those countries, or None.
    """
    if last.kind not in {"export_control", "sanction"} or last.sentence is s:
        return None
    low = s.lower
    verbs = [i for i, w in enumerate(low) if w in _LISTING]
    if "also" not in low or not verbs:
        return None
    # "firms in", "companies based in", "entities in"; "companies, including several in"
    opened = [
        j
        for i, w in enumerate(low)
        if w in _LISTED_FIRMS
        for j in range(i + 1, min(len(low), i + 5))
        if low[j] == "in" and "in" not in low[i + 1 : j]
    ]
    if not opened:
        return None
    # the list of countries after "in": "in the United Arab Emirates, Taiwan ... and Iran"
    places = {x.start: x for x in s.marks if x.type == "country" and x.code}
    codes: list[str] = []
    i = opened[0] + 1
    while i < len(low):
        if i in places:
            codes.append(places[i].code or "")
            i = places[i].end
        elif low[i] in {",", "and", "the"}:
            i += 1
        else:
            break
    codes = [c for c in codes if c != last.actor]
    if not codes:
        return None
    m = _another(last, s, verbs[0], last.actor)
    m.targets = list(dict.fromkeys(codes))
    return m


def did_the_same(s: Sentence, last: Mention) -> list[Mention]:
    """Other countries' same step as the event told before it.

    "..., and the EU has done the same", "Japan followed the same day", "Washington will do
    the same with its nuclear-related sanctions", "Canada suspended imports of Brazilian
    beef on Friday and the United States and Mexico followed within days": the last event's
    kind, with each country named just before the words as its actor; its target the last
    event's actor when that one targeted this country (a step in return), else the last
    event's target. Not a negation ("has not followed suit"), nor a relative clause ("which
    did the same in 2023").

    Parameters
    ----------
    s : Sentence
        The sentence, with its tokens, marks and clauses.
    last : Mention
        The last event of the report so far.

    Returns
    -------
    list of Mention
        The steps, one per country (none when the sentence tells none).
    """
    low = s.lower
    at = next(
        (
            i
            for i in range(1, len(low) - 1)
            if (low[i] in {"do", "did", "done", "does"} and low[i + 1 : i + 3] == ["the", "same"])
            or (low[i] == "followed" and low[i + 1 : i + 3] in (["suit"], ["the", "same"]))
            # "... and the United States and Mexico followed within days"
            or (low[i] == "followed" and low[i + 1 : i + 3] in _SOON_AFTER)
        ),
        None,
    )
    if at is None or last.kind == "market_reaction":
        return []
    before = low[max(0, at - 4) : at]
    if {"not", "n't", "never", "which", "who", "that"} & set(before):
        return []
    if {"if", "unless", "provided"} & set(low[max(0, at - 7) : at]):
        return []  # a condition: "willing to cut ... if the United States did the same"
    names = [x for x in s.marks if x.type in {"country", "leader"} and x.code and x.end <= at]
    names = [x for x in names if at - x.end <= 4]
    if not names or names[-1].code == last.actor:
        return []
    # each of the countries joined just before the words ("the United States and Mexico")
    covered = {k for x in names for k in range(x.start, x.end)}
    joined = [
        x
        for x in names
        if {low[k] for k in range(x.end, at) if k not in covered} <= {"and", ",", "the"}
        or x is names[-1]
    ]
    steps = []
    for actor in dict.fromkeys(str(x.code) for x in joined if x.code != last.actor):
        m = _another(last, s, at, actor)
        if last.status not in {"reversed", "threatened"}:
            m.status = "announced" if set(before) & {"will", "would"} else "in_effect"
        back = last.actor if actor in last.targets and last.actor else None
        m.targets = [back] if back else [t for t in last.targets if t != actor]
        steps.append(m)
    return steps


#: Words after "followed" that make it the same step soon after ("followed within days").
_SOON_AFTER = (["within", "days"], ["within", "hours"], ["within", "a"], ["the", "next"],
               ["days", "later"], ["hours", "later"], ["shortly", "after"])  # fmt: skip


#: Verbs that put firms on a list, and the firms they list.
_LISTING = frozenset(
    {"added", "named", "listed", "lists", "designated", "sanctioned", "blacklisted", "targeted"}
)
_LISTED_FIRMS = frozenset(
    {"entities", "companies", "firms", "individuals", "organisations", "organizations",
     "traders", "banks", "several", "others", "units", "subsidiaries", "based"}
)  # fmt: skip


def continuation(s: Sentence, last: Mention) -> Mention | None:
    """What a sentence adds to the event before it ("The list includes steel, whisky ...").

    Parameters
    ----------
    s : Sentence
        The sentence, with its tokens, marks and clauses.
    last : Mention
        The last event of the report so far.

    Returns
    -------
    Mention or None
        The event with what the sentence adds, or None when it adds nothing.
    """
    if last.kind not in {"tariff_increase", "tariff_cut", "retaliation", "export_control"}:
        return None
    low = s.lower
    if any(w in lx.TARIFF_NOUNS for w in low[4:]) or s.phrases("tariff", 4, len(low)):
        # "The decision follows the lifting of duties on Australian barley": the goods of
        # another measure, told by its own noun
        return None
    # ("The ban, which will take effect on Thursday, exempts food and medicine": the goods
    # it spares are not its goods)
    spared = next((j for j, w in enumerate(low) if w in _SPARES), len(low))
    products = _products(s, 0, spared)
    # (an export duty's rate too, told as it will be: "The duty will be 15% of the customs
    # value", not "The duty was halved to 20 per cent in September 2024")
    export_duty = low[1:2] in (["duty"], ["tax"], ["levy"]) and low[2:3] in (["will"], ["is"])
    rated = (last.kind != "export_control" or export_duty) and any(
        x.type == "percent" for x in s.marks
    )
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
    dated_as(m, last)
    return m


def answers(here: list[Mention], answering: list[Mention] | None = None) -> None:
    """A tariff that answers one told in its sentence's after-clause is a retaliation.

    "China will raise tariffs on U.S. goods ..., after the United States increased tariffs
    on Chinese goods"; with ``answering``, the mentions of the sentence before one that
    opens with "The move came after ..." answer the measures of its after-clause.

    Parameters
    ----------
    here : list of Mention
        The events of the sentence (changed in place).
    answering : list of Mention, optional
        The events of the sentence before, when this one opens with "The move came after".
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


#: Kinds of measure a later "took effect on ..." or "take effect in ..." dates.
_DATED_BY_EFFECT = frozenset(
    {"tariff_increase", "tariff_cut", "retaliation", "export_control", "sanction"}
)

#: Words of a clause of time, whose start dates nothing before ("after the law took effect").
_WHEN_WORDS = frozenset({"after", "once", "when", "until", "before", "since"})


def takes_effect(s: Sentence, previous: list[Mention], report: dt.date | None) -> None:
    """Date the measures of the sentence before ("The cut took effect on Thursday.").

    A currency's step is a measure too: "The devaluation took effect on Wednesday."

    Parameters
    ----------
    s : Sentence
        The sentence, with its tokens, marks and clauses.
    previous : list of Mention
        The events of the sentence before (dated in place).
    report : datetime.date or None
        The report's date (relative dates resolve against it).
    """
    if report is None or not s.dates:
        return
    low = s.lower
    phrase, _, _ = s.dates[0]
    effect = s.phrases("takes_effect", 0, len(low))
    if effect and "had" in low[: effect[0].start]:
        return  # "The tariff had been due to take effect on Wednesday": a plan undone
    if effect and set(low[max(0, effect[0].start - 4) : effect[0].start]) & _WHEN_WORDS:
        return  # "would have barred the export of ores five years after the law took effect"
    past = any(w in {"took", "came", "went", "kicked", "had"} for w in low)
    # "The changes took effect from Sunday": the nearer Sunday, the last one if that is nearer
    resolved = _reading(phrase, report, True, done=True) if past else phrase.resolve(report, True)
    if resolved is None:
        return
    for m in previous:
        # an effective date wins over the day a measure was decided ("signed an order on
        # Wednesday imposing ... The measures take effect in seven days.")
        # (a currency's step only by the day it took effect: "The devaluation took effect
        # on Wednesday", not curbs that "take effect on Monday", told with the step's own day)
        dated_kind = m.kind in _DATED_BY_EFFECT or (m.kind == "currency_intervention" and past)
        if dated_kind and (m.date_source != "stated" or not _effective(m)):
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


def step(s: Sentence, seg: Segment, previous: Mention | None) -> Mention | None:
    """A further step of the tariff before it ("..., rising to as much as 25%").

    Parameters
    ----------
    s : Sentence
        The sentence, with its tokens, marks and clauses.
    seg : Segment
        The clause.
    previous : Mention or None
        The event told just before, if any.

    Returns
    -------
    Mention or None
        The further step as an event, or None.
    """
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


#: Nouns of a measure another country copies ("imposed a similar ban").
_COPIED = frozenset(
    {"ban", "bans", "curbs", "restrictions", "measures", "measure", "tariffs", "duties",
     "sanctions", "controls", "suspension", "embargo"}
)  # fmt: skip
#: Papers of a purchase another buyer signs too ("signed a similar accord").
_PAPERS_SIGNED = frozenset({"accord", "agreement", "deal", "contract"})
#: Verbs by which a country adopts a measure like another's.
_ADOPTED = frozenset(
    {"imposed", "introduced", "announced", "adopted", "ordered", "took", "followed",
     "imposes", "introduces", "announces", "adopts", "will", "would"}
)  # fmt: skip


def similar(
    s: Sentence, k: int, previous: Mention | None, report: dt.date | None
) -> Mention | None:
    """A measure like the one before, taken by another country.

    "Hong Kong banned imports of seafood from 10 Japanese prefectures from Thursday. ...
    Macau's government imposed a similar ban from the same day": Macau's ban on the same
    goods of the same country.

    Parameters
    ----------
    s : Sentence
        The sentence, with its tokens, marks and clauses.
    k : int
        The index of the clause in ``s.segments``.
    previous : Mention or None
        The last event of the report so far.
    report : datetime.date or None
        The report's date (relative dates resolve against it).

    Returns
    -------
    Mention or None
        The copied measure with its own actor, or None when the clause tells none.
    """
    if previous is None or previous.kind not in {
        "tariff_increase", "export_control", "sanction", "purchase_cut", "purchase_commitment"
    }:  # fmt: skip
        return None
    low = s.lower
    seg = s.segments[k]
    # (a purchase agreement copied is signed: "India's GAIL signed a similar accord")
    copied, adopted = (
        (_PAPERS_SIGNED, {"signed", "signs"})
        if previous.kind == "purchase_commitment"
        else (_COPIED, _ADOPTED)
    )
    like = [
        i
        for i in range(seg.start, seg.end - 1)
        if low[i] == "similar" and set(low[i + 1 : i + 3]) & copied
    ]
    if not like or not set(low[seg.start : like[0]]) & adopted:
        return None
    agent = _agent_before(s, seg.start, like[0])
    if agent is None or agent.code is None or agent.code == previous.actor:
        return None
    if agent.code in previous.targets:
        return None  # "China answered with similar curbs": an answer, not a copy
    m = Mention(previous.kind, s, like[0], status=previous.status, actor=agent.code)
    m.targets = list(previous.targets)
    m.products, m.sectors = list(previous.products), list(previous.sectors)
    m.actor_found = True
    own = [d for d, a, _ in s.dates if seg.start <= a < seg.end and not d.since]
    dated_in_clause(m, own, report, True, previous)
    return m


#: Words between a rate and its country in a list of rates by country ("74.9 percent for
#: products from the United States", "20% for the European Union").
_FOR_GOODS = frozenset({"the", "products", "goods", "imports", "exports", "shipments", "from"})
#: Words between a country and its rate ("Japanese producers up to 36.7 percent").
_PAYERS = frozenset({"producers", "exporters", "makers", "companies", "firms", "up", "to",
                     "ones", "combined",
                     "face", "duties", "duty", "rates", "of", "as", "high", "much", "at",
                     "a", "rate"})  # fmt: skip
_SET_AT = ["set", "at"]
#: Those who pay a rate in a list of rates by country.
_MAKERS = frozenset({"producers", "exporters", "makers", "ones"})
#: Kinds whose rates a list of rates by country spells out.
_RATED = frozenset({"tariff_increase", "tariff_cut", "retaliation"})


def _rates_on_goods_from(s: Sentence, countries: dict[int, Mark]) -> list[tuple[int, str, float]]:
    """Rates each on goods from one country: (where the rate stands, the country, the rate).

    "duties of up to 15.6 per cent on wind towers from China and up to 11.4 per cent on
    towers from South Korea"; not a rate on goods from a list of countries ("10 percent on
    aluminum from Canada, Mexico and the European Union": one rate for all).
    """
    low = s.lower
    percents = [x for x in s.marks if x.type == "percent" and x.value is not None]
    out: list[tuple[int, str, float]] = []
    for k, x in enumerate(percents):
        after = percents[k + 1] if k + 1 < len(percents) else None
        if low[x.end : x.end + 1] != ["on"] or x.value is None:
            continue
        stop = min(len(low) - 1, x.end + 8, after.start if after else len(low))
        source = next(
            (
                countries[j + 1]
                for j in range(x.end + 1, stop)
                if low[j] == "from" and j + 1 in countries
            ),
            None,
        )
        if source is None:
            continue
        listed = low[source.end : source.end + 1] in ([","], ["and"]) and any(
            source.end < c <= source.end + 2 for c in countries
        )
        if not listed:
            out.append((x.start, str(source.code), x.value))
    return out


def rates_by_country(s: Sentence, here: list[Mention], out: list[Mention]) -> list[Mention]:
    """The measure's rate for each country of a list of rates by country.

    "Importers must pay deposits at rates of 74.9 percent for products from the United
    States, 34.5 percent for the EU, 35.5 percent for Japan and 32.6 percent for Taiwan
    region", "higher rates kick in for about 57 trading partners: 34% for China, 20% for the
    European Union ...", "producers in the EU face duties of up to 41.8 percent, Japanese
    producers up to 36.7 percent": one event for each country (the conventions' one event
    per target), with the kind, actor, status and date of the tariff told in the sentence
    or, when the sentence tells none, in the one before. A list needs two rates at least,
    or one in a sentence that names a duty.

    Parameters
    ----------
    s : Sentence
        The sentence, with its tokens, marks and clauses.
    here : list of Mention
        The events the sentence tells so far.
    out : list of Mention
        Every event told so far (the sentence's last).

    Returns
    -------
    list of Mention
        The events for the countries that none of the sentence's events targets yet.
    """
    low = s.lower
    countries = {x.start: x for x in s.marks if x.type == "country" and x.code}
    pairs: list[tuple[str, float]] = []
    sourced = _rates_on_goods_from(s, countries)
    if len({code for _, code, _ in sourced}) < 2 and not any(m.kind in _RATED for m in here):
        sourced = []  # one rate on goods from a country: the rate of a measure told here
    pairs += [(code, rate) for _, code, rate in sourced]
    for x in s.marks:
        if x.type != "percent" or x.value is None or x.start in {at for at, _, _ in sourced}:
            continue
        if low[x.end : x.end + 1] == ["for"]:  # "34.5 percent for the EU"
            j = x.end + 1
            while j < len(low) and j not in countries and low[j] in _FOR_GOODS:
                j += 1
            while j in countries:  # "20% for Bangladesh and Vietnam"
                pairs.append((str(countries[j].code), x.value))
                j = countries[j].end
                if low[j : j + 1] == ["and"] and j + 1 in countries:
                    j += 1
            continue
        # "Japanese producers up to 36.7 percent": a country, then payers, then the rate
        # (or "producers in the EU face duties of up to 41.8 percent")
        before = [c for c in countries.values() if c.end <= x.start and x.start - c.end <= 6]
        if before and all(w in _PAYERS for w in low[before[-1].end : x.start]):
            c = before[-1]
            around = low[c.end : x.start] + low[max(0, c.start - 3) : c.start]
            if set(around) & _MAKERS:
                pairs.append((str(c.code), x.value))
                continue
        # "The duty on U.S. phenol was set at 187.3 percent": a duty on a country's goods
        setting = [j for j in range(max(0, x.start - 3), x.start) if low[j : j + 2] == _SET_AT]
        duty = [c for c in before if c.start >= 2 and low[c.start - 1] == "on"]
        if (
            setting
            and duty
            and low[duty[-1].start - 2] in lx.TARIFF_NOUNS
            and setting[0] - duty[-1].end <= 4
        ):
            pairs.append((str(duty[-1].code), x.value))
    if not pairs:
        return []
    named = any(w in lx.TARIFF_NOUNS or w in {"rates", "deposits"} for w in low)
    if len(pairs) < 2 and not named:
        return []
    codes = {code for code, _ in pairs}
    # a measure whose actor is one of the listed countries is no host ("Cambodian companies
    # ... were hit with the steepest rates" read with Malaysia for its author)
    hosts = [m for m in here if m.kind in _RATED and m.actor not in codes]
    if not hosts:
        before_s = [m for m in out if m.sentence is not s and m.kind in _RATED]
        if not before_s or before_s[-1] is not out[-1] or [m for m in here if m.kind in _RATED]:
            return []
        hosts = before_s[-1:]
    host = hosts[0]
    if host.sentence is s and not host.targets and host.kind in _RATED:
        # "higher rates kick in for about 57 trading partners: 34% for China, ...": the
        # measure told with no target is the first country's
        code, rate = pairs[0]
        host.targets = [code]
        if host.rate_change is None and host.rate_to is None:
            host.rate_change = round(rate, 6)
    taken = {t for m in here for t in m.targets}
    added: list[Mention] = []
    for code, rate in dict(pairs).items():
        if code == host.actor:
            continue
        if code in taken:
            for m in here:
                if code in m.targets and m.rate_change is None and m.rate_to is None:
                    m.rate_change = round(rate, 6)
            # a measure on several countries, one rate for all, where the list gives each its
            # own ("duties on steel rebar from China, Turkey and Ukraine ..., with rates of 19
            # percent for Chinese mills, 23 percent for Turkish producers and 27 percent for
            # Ukrainian ones"): the country leaves it for the event of its own rate
            # (not a measure told again, "The duties ... are set at 19 percent for ...": its
            # countries' events are the first telling's)
            shared = [
                m for m in here if code in m.targets and len(m.targets) > 1 and not m.anaphoric
            ]
            own = any(m.targets == [code] for m in here)
            for m in shared:
                if m.rate_change is not None and abs(m.rate_change - rate) > 1e-9:
                    m.targets = [t for t in m.targets if t != code]
                    if not own:
                        one = _another(m, s, m.head, m.actor)
                        one.targets, one.rate_change = [code], round(rate, 6)
                        one.products, one.sectors = list(m.products), list(m.sectors)
                        added.append(one)
                        own = True
            continue
        m = _another(host, s, host.head if host.sentence is s else 0, host.actor)
        m.targets = [code]
        m.rate_change = round(rate, 6)
        m.products, m.sectors = list(host.products), list(host.sectors)
        added.append(m)
    return added


#: Verbs that widen or bring back a measure ("the list could be widened", "would add more
#: names", "the ban could be reimposed", "further increases could follow").
_WIDENING = lx.forms(
    "widen",
    "extend",
    "expand",
    "broaden",
    "add",
    "reimpose",
    "follow",
    "revoke",
    "tighten",
    "suspend",
) | {"added", "extended", "suspended"}
#: Words that name the measure widened, or more of it.
_MORE_OF_IT = frozenset(
    {
        "list",
        "ban",
        "more",
        "further",
        "names",
        "concessions",
        "licence",
        "license",
        "measures",
        "curbs",
        "restrictions",
        "embargo",
        "second",
        "another",
    }
)
#: Words of a fear, not a threat ("feared that further controls could follow").
_FEARS = lx.forms("fear", "worry") | {"concerned", "concern", "concerns", "worried"}
#: Modal verbs (after "more": "said more would follow").
_MODALS = frozenset({"could", "would", "may", "might", "will", "can"})
#: Words of a widened measure and the kinds they name.
_KIND_WORDS = {
    "banned": ("purchase_cut", "export_control"),
    "ban": ("purchase_cut", "export_control"),
    "increases": ("tariff_increase", "retaliation"),
    "duties": ("tariff_increase", "retaliation"),
    "tariffs": ("tariff_increase", "retaliation"),
    "concessions": ("tariff_increase", "retaliation"),
    "names": ("sanction", "export_control"),
    "cut": ("tariff_cut",),
    "cuts": ("tariff_cut",),
    "entities": ("export_control", "sanction"),
}
#: Kinds of a measure that can be widened.
_WIDENED_KINDS = frozenset({"export_control", "sanction", "tariff_increase", "retaliation",
                            "purchase_cut", "tariff_cut"})  # fmt: skip


def _clause_of(s: Sentence, i: int) -> int:
    """The index of the clause of ``s`` that holds token ``i`` (the first when none does)."""
    return next((n for n, g in enumerate(s.segments) if g.start <= i < g.end), 0)


def _threat(kind: str, s: Sentence, at: int, actor: str | None, report: dt.date | None) -> Mention:
    """A threatened event of ``kind`` told at ``at`` of ``s``, dated as its clause says."""
    m = Mention(kind, s, at, status="threatened", actor=actor)
    dated = _date(s, _clause_of(s, at), Trigger(kind, at, at), True, report)
    m.date, m.precision, m.date_text, m.date_source = dated
    return m


def widened(s: Sentence, out: list[Mention], report: dt.date | None) -> Mention | None:
    """A threat to widen, or bring back, the last measure told before the sentence.

    "Officials said the list of banks could be widened if Russia's attacks on Ukrainian
    cities continued", "Washington would add more names to the list if ...", "the ban could
    be reimposed if prices ... started rising again", "further increases could follow for
    other goods if imports kept surging": the measure's kind, author and targets, threatened,
    dated as its clause says (else the report's date). Not an analyst's conditional nor a
    forecast (the status rules say none), nor "would not".

    Parameters
    ----------
    s : Sentence
        The sentence, with its tokens, marks and clauses (it tells no event of its own).
    out : list of Mention
        Every event told so far.
    report : datetime.date or None
        The report's date (relative dates resolve against it).

    Returns
    -------
    Mention or None
        The threatened measure, or None.
    """
    from tradewar.news.status import status  # the status rules use this module's helpers

    hosts = [m for m in out if m.kind in _WIDENED_KINDS and m.sentence is not s]
    if not hosts:
        return None
    host = hosts[-1]
    low = s.lower
    for j, w in enumerate(low):
        if w not in {"could", "would", "may", "might"} or low[j + 1 : j + 2] in (["not"], ["n't"]):
            continue
        verbs = [i for i in range(j + 1, min(len(low), j + 4)) if low[i] in _WIDENING]
        # "EU leaders said he could be added if the violence continued": a person put on the
        # list told before
        person = (
            bool(verbs)
            and low[verbs[0]] == "added"
            and low[verbs[0] - 1] == "be"
            and low[j - 1 : j] in (["he"], ["she"], ["they"])
        )
        if not verbs or not (person or set(low[max(0, j - 6) : verbs[0] + 6]) & _MORE_OF_IT):
            continue
        i = verbs[0]
        more = set(low[max(0, j - 6) : i + 6]) & _MORE_OF_IT
        if (
            not person
            and more <= {"more", "further"}
            and not any(
                low[n] in {"more", "further"} and low[n + 1] not in _MODALS and low[n + 1].isalpha()
                for n in range(max(0, j - 6), min(len(low) - 1, i + 6))
            )
        ):
            continue  # "said more would follow": more of nothing named
        if set(low[:j]) & _FEARS:
            return None  # "clients feared that further controls could follow": a fear
        if status(s, _clause_of(s, i), Trigger(host.kind, i, i)) is None:
            return None  # "Analysts said the list could be widened": an opinion
        # the clause's names: its author among the measures' authors ("Argentina could
        # extend its licences"), the others its targets ("to more Brazilian goods"), up to
        # a condition ("if European goods began entering Russia")
        end = next((n for n in range(i, len(low)) if low[n] in {"if", "unless"}), len(low))
        # the measure's word picks its kind: "the list of banned goods", "further increases"
        for kind in [k for w in low for k in _KIND_WORDS.get(w, ())]:
            if any(h.kind == kind for h in hosts):
                hosts = [h for h in hosts if h.kind == kind]
                break
        host = hosts[-1]
        marks = [x for x in s.marks if x.type in {"country", "leader"} and x.code and x.end <= end]
        subject = [x for x in marks if x.end == j]  # "Argentina could extend"
        names = [str(x.code) for x in marks]
        authors = [str(subject[-1].code)] if subject else []
        authors += [n for n in names if any(h.actor == n for h in hosts)]
        actor = authors[0] if authors else host.actor
        own = [h for h in hosts if h.actor == actor]
        host = own[-1] if own else host
        m = _threat(host.kind, s, i, actor, report)
        m.actor_found = host.actor_found or bool(subject)
        after = [str(x.code) for x in marks if not subject or x.start > subject[-1].start]
        m.targets = [n for n in dict.fromkeys(after) if n != actor] or (
            list(host.targets) if own else [c for c in [host.actor] if c]
        )
        return m
    return None


#: Verbs and phrases of an answer vowed to a measure ("would respond", "would answer with").
_ANSWER_VERBS = frozenset({"respond", "answer", "retaliate", "reciprocate", "reply"})
#: Nouns of the steps a country vows to take in reply ("would take steps in reply").
_STEPS = frozenset({"steps", "measures", "action", "countermeasures"})
#: Kinds of a measure a country answers in kind.
_ANSWERED_KINDS = frozenset({"sanction", "export_control"})


def vowed_answer(s: Sentence, out: list[Mention], report: dt.date | None) -> Mention | None:
    """A country's vow to answer the sanctions or controls on it: the same kind, threatened.

    "Russia's Foreign Ministry said Moscow would respond to Tokyo's 'unfriendly' step",
    "Kiev would answer with new sanctions of its own", "Moscow would consider measures
    against Ukrainian companies in response": the subject right before the modal is a
    target of the last such measure; the answer falls on that measure's author.

    Parameters
    ----------
    s : Sentence
        The sentence (it tells no event of its own).
    out : list of Mention
        Every event told so far.
    report : datetime.date or None
        The report's date.

    Returns
    -------
    Mention or None
        The threatened answer, or None.
    """
    hosts = [m for m in out if m.kind in _ANSWERED_KINDS and m.sentence is not s and m.actor]
    if not hosts:
        return None
    low = s.lower
    for j, w in enumerate(low):
        if w not in {"would", "will", "could", "may"} or low[j + 1 : j + 2] in (["not"], ["n't"]):
            continue
        verb = low[j + 1 : j + 2]
        considered = verb == ["consider"] and set(low[j + 2 : j + 5]) & {"measures", "steps"}
        # "said Cuba would take steps in reply", "Baghdad would take 'all necessary measures'
        # in reply": steps vowed as the answer
        taken = (
            verb == ["take"]
            and bool(set(low[j + 2 : j + 7]) & _STEPS)
            and any(
                low[k : k + 2] in (["in", "reply"], ["in", "response"])
                for k in range(j + 3, min(len(low), j + 12))
            )
        )
        in_kind = low[j + 2 : j + 4] == ["in", "kind"]
        # an answer with what it answers or how: "respond to Tokyo's step", "answer with new
        # sanctions", "respond in kind" (not "would respond firmly", a word of defiance)
        aimed = low[j + 2 : j + 3] in (["with"], ["to"]) or in_kind
        if not ((set(verb) & _ANSWER_VERBS and aimed) or considered or taken):
            continue
        subject = [x for x in s.marks if x.type in {"country", "leader"} and x.code and x.end == j]
        if not subject:
            return None
        actor = str(subject[-1].code)
        answered = [h for h in hosts if actor in h.targets]
        if not answered:
            return None
        host = answered[-1]
        # (an answer in kind, or steps in reply, is labelled a retaliation: "warned that
        # China would reply in kind", "said Cuba would take steps in reply")
        kind = "retaliation" if in_kind or taken else host.kind
        m = _threat(kind, s, j + 1, actor, report)
        m.actor_found = True
        m.targets = [str(host.actor)]
        return m
    return None


#: Words of an exemption a sentence grants without its measure ("Steel from Mexico and
#: Chile ... is exempt").
_EXEMPT_WORDS = frozenset({"exempt", "exempted", "excluded"})
#: A possessive after a name: "the United States' partners".
_OWNERS = (["'"], ["'s"])
#: Kinds of a tariff goods can be exempt from.
_EXEMPT_FROM = frozenset({"tariff_increase", "retaliation"})


def exempt_goods(s: Sentence, out: list[Mention]) -> Mention | None:
    """The goods of countries exempt from the tariff told just before: a cut for them.

    "Canada imposed provisional safeguard tariffs on seven steel products. Steel from Mexico
    and Chile, which have free-trade agreements with Canada, is exempt": the tariff's author
    cuts it for the countries the subject names (not those of its relative clause), with the
    tariff's status and date.

    Parameters
    ----------
    s : Sentence
        The sentence (it tells no event of its own).
    out : list of Mention
        Every event told so far.

    Returns
    -------
    Mention or None
        The cut, or None.
    """
    if not out or out[-1].kind not in _EXEMPT_FROM or out[-1].sentence is s:
        return None
    host = out[-1]
    low = s.lower
    verb = next(
        (
            i
            for i in range(1, len(low))
            if low[i] in _EXEMPT_WORDS and low[i - 1] in {"is", "are", "be", "were", "was"}
        ),
        None,
    )
    if verb is None:
        return None
    # the subject's countries: a list of them (or of goods "from" them) right before the
    # verb, or before an aside set off by commas ("Steel from Mexico and Chile, which have
    # free-trade agreements with Canada, is exempt"; "Canada and Mexico, two of the largest
    # suppliers of steel to the United States, were exempted for now"; not "Imports from the
    # EU ... pay no more than 15% ..., and generics are exempt")
    be = verb - 1 if low[verb - 2 : verb - 1] != ["will"] else verb - 2
    names = {x.start: x for x in s.marks if x.type == "country" and x.code}
    codes: list[str] = []
    for start in sorted(names):
        listed, k = [], start
        while k in names:
            listed.append(str(names[k].code))
            k = names[k].end
            j = k
            while low[j : j + 1] in ([","], ["and"], ["the"]):
                j += 1
            # (not an owner opening an aside: "Canada and Mexico, the United States'
            # partners in the North American Free Trade Agreement, are exempted")
            if j in names and j > k and low[names[j].end : names[j].end + 1] not in _OWNERS:
                k = j
        end = k
        if end == be or (
            low[end : end + 1] == [","]
            and "," in low[end + 1 : be]
            and low[be - 1 : be] == [","]
            and be - end <= 16
        ):
            codes = [c for c in listed if c != host.actor]
            break
    if not codes:
        return None
    m = _another(host, s, verb, host.actor)
    m.kind = "tariff_cut"
    m.targets = list(dict.fromkeys(codes))
    if host.status not in {"in_effect", "announced"}:
        m.status = host.status
    m.products, m.sectors = list(host.products), list(host.sectors)
    return m


#: Words of a step vowed again ("would take further measures", "decisive action").
_FURTHER_STEPS = frozenset({"further", "decisive", "necessary", "appropriate", "additional",
                            "more"})  # fmt: skip
_STEPS = frozenset({"action", "measures", "steps"})
#: The kinds a vow to act again continues, the verbs of the vow and the words that make it one.
_VOWED_AGAIN = frozenset({"currency_intervention", "sanction", "purchase_cut", "export_control"})
_TAKE_STEPS = frozenset({"take", "taking", "consider"})
_READY = frozenset({"would", "will", "ready", "could"})


def vowed_again(s: Sentence, out: list[Mention], report: dt.date | None) -> Mention | None:
    """A vow to act again as before: a threatened measure of the kind told last.

    "Governor Denny Kalyalya said the bank would take further measures if needed to restore
    stability", "Noda said he would continue to take decisive action if needed", after an
    intervention told before: the step names no currency, the report's intervention does.
    So after sanctions, controls or purchase cuts: "He said Washington was ready to take
    further steps if the fighting continued", "The council will consider further measures
    if Iran does not suspend uranium enrichment" (the measure's author vows it, no other).

    Parameters
    ----------
    s : Sentence
        The sentence (it tells no event of its own).
    out : list of Mention
        Every event told so far.
    report : datetime.date or None
        The report's date.

    Returns
    -------
    Mention or None
        The threatened intervention, or None.
    """
    hosts = [m for m in out if m.kind in _VOWED_AGAIN and m.sentence is not s]
    if not hosts:
        return None
    host = hosts[-1]
    low = s.lower
    for i in range(2, len(low) - 2):
        if low[i] not in _TAKE_STEPS or not set(low[max(0, i - 4) : i]) & _READY:
            continue
        if not (set(low[i + 1 : i + 3]) & _FURTHER_STEPS and set(low[i + 2 : i + 4]) & _STEPS):
            continue
        # the measure's author vows it, the sentence's first name, not another ("Russia said
        # it would take further steps" after sanctions on Russia is an answer: vowed_answer)
        named = [x.code for x in s.marks if x.type in {"country", "leader"} and x.start < i]
        if named and named[0] != host.actor:
            continue
        m = _threat(host.kind, s, i, host.actor, report)
        m.actor_found = host.actor_found
        if host.kind != "currency_intervention":
            m.targets = list(host.targets)
        return m
    return None


def scheduled_steps(m: Mention, report: dt.date | None) -> list[Mention]:
    """The further steps of a tariff's schedule, each to its rate on its day.

    "The rate will rise to 18% in July, to 25% in July 2025 and to 35% in July 2026": after
    the first step (``m``, to 18% in July), each "to N%" followed by its own date, joined by
    a comma or *and*, is a step of its own: an event with its rate and day, announced.

    Parameters
    ----------
    m : Mention
        A tariff event with its new rate and a stated date.
    report : datetime.date or None
        The report's date.

    Returns
    -------
    list of Mention
        One per further step (none when the clause lists none).
    """
    if report is None or m.kind not in {"tariff_increase", "retaliation"} or m.rate_to is None:
        return []
    s = m.sentence
    low = s.lower
    rates = [x for x in s.marks if x.type == "percent" and x.start > m.head]
    rates = [x for x in rates if low[x.start - 1] == "to"]
    steps: list[Mention] = []
    for first, x in itertools.pairwise(rates):
        if low[x.start - 2] not in {",", "and"} or first.value != (
            steps[-1].rate_to if steps else m.rate_to
        ):
            break
        dated = [(d, a) for d, a, _ in s.dates if x.end <= a <= x.end + 1]
        if not dated:
            break
        day = dated[0][0].resolve(report, future=True)
        if day is None:
            break
        steps.append(
            Mention(
                m.kind,
                s,
                x.start - 1,
                status="announced",
                actor=m.actor,
                targets=list(m.targets),
                rate_to=x.value,
                products=list(m.products),
                sectors=list(m.sectors),
                date=day[0],
                precision=day[1],
                date_text=dated[0][0].text,
                date_source="stated",
                step=True,
                actor_found=m.actor_found,
            )
        )
    return steps
