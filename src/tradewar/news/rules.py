"""Clauses to event mentions: which kind of event, who, whom, how much, when, and how sure.

For each clause of a sentence (:mod:`~tradewar.news.extract`), :func:`mentions` takes
the events :func:`~tradewar.news.triggers.triggers` finds — a measure with a word of
change — and fills each one's fields (:mod:`~tradewar.news.fields`): status from the
words around it (*threatened to*, *will*, *lifted*), actor and target from the names
around it, value, rates, products and date from its clause.  Mentions that deny, give
an opinion, or tell history give no event.  Clauses that omit their verb, sentences that
only list products or date the event before, and tariffs that answer one told in the
same or the next sentence are read by :mod:`~tradewar.news.additions`.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import itertools
import re

from tradewar.news import grammar as gr
from tradewar.news import lexicon as lx
from tradewar.news.additions import (
    also_listed,
    answers,
    continuation,
    dated_as,
    did_the_same,
    elaborates,
    exempt_goods,
    gapped,
    rates_by_country,
    scheduled_steps,
    similar,
    step,
    takes_effect,
    timing,
    told_before,
    vowed_again,
    vowed_answer,
    widened,
    with_measure,
)
from tradewar.news.attached import joined, later_step, total_rate, with_rate
from tradewar.news.entities import bare_currencies
from tradewar.news.extract import Mark, Mention, Sentence
from tradewar.news.fields import (
    _LISTING,
    _SUBORDINATE,
    _date,
    _done,
    _extent,
    _products,
    _rates,
    _says,
    _value,
    co_actors,
    gapped_currencies,
    opener,
)
from tradewar.news.moves import case_filed
from tradewar.news.parties import parties
from tradewar.news.phrases import answered, asides
from tradewar.news.records import Trigger
from tradewar.news.status import in_participle_aside, status
from tradewar.news.timing import span_before
from tradewar.news.triggers import triggers

__all__ = ["mentions"]


#: Precisions of a date that a span of days can move ("a day after").

#: Words before a sanctions noun that make them another's ("countries that have imposed
#: sanctions on Minsk", "ahead of the return of U.S. sanctions").
_IMPOSED_BY_OTHERS = frozenset({"imposed", "imposing", "return", "reimposition", "under"})


#: Words of a breach of trade rules ("broke", "breached", "violated", "discriminated").
_BREACH = re.compile(r"(broke|break|breach|violat|discriminat|inconsistent|contraven)")


def _answer_opens(s: Sentence) -> bool:
    """Whether a sentence opens with an answer's phrase alone ("Hitting back, ...")."""
    return any(
        m.start == 0 and s.lower[m.end : m.end + 1] == [","] for m in s.phrases("retaliation", 0, 3)
    )


def _others_sanctions(s: Sentence, i: int) -> bool:
    """Whether the sanctions noun at ``i`` names sanctions a country named before it imposes.

    An import ban told beside them answers them or shares their cause: it is no part of a
    sanctions package ("Belarus will ban imports of foods from countries that have imposed
    sanctions on Minsk").
    """
    low = s.lower
    before = range(max(0, i - 4), i)
    return bool(set(low[max(0, i - 4) : i]) & _IMPOSED_BY_OTHERS) or any(
        m.type == "country" and m.start in before for m in s.marks
    )


def _last_year(phrase: str | None) -> bool:
    """Whether a date phrase names a past year outright ("last year", "in 2019").

    A threat or plan made then is history too: "Last year the administration proposed
    duties of up to 100 percent ...".
    """
    text = (phrase or "").lower()
    return text.startswith(("last year", "in 19", "in 20", "a year ago"))


#: Words of a free trade agreement ("free trade agreement", "trade pact").
_FREE_TRADE = ("free trade", "free - trade", "trade agreement", "trade pact", "trade deal",
               "partnership agreement", "customs union", "co - operation agreement",
               "cooperation agreement", "association agreement")  # fmt: skip


#: Verbs of an agreement signed, reached or in force.
_DEAL_DONE = frozenset(
    {"signed", "signs", "sign", "reached", "reach", "concluded", "force", "effect", "took",
     "takes", "sealed", "agreed"}
)  # fmt: skip
#: Words of a trade conflict's measures in a report ("punitive", "surcharges").
_CONFLICT_WORDS = frozenset({"punitive", "surcharge", "surcharges", "sanctions"})
#: Words before "war" that make it a trade conflict ("trade war", "tariff war", "trade-war").
_WARS = (["trade"], ["tariff"], ["tariffs"], ["customs"], ["currency"], ["chip"], ["price"])


def _free_trade_report(sents: list[Sentence]) -> bool:
    """Whether a report tells of a free trade agreement and of no trade conflict.

    There "Australia will scrap its 5 per cent tariff on Japanese cars" is a standing duty
    cut under the agreement, not a measure of a conflict undone.
    """
    agreed = any(
        any(p in " ".join(s.lower) for p in _FREE_TRADE) and set(s.lower) & _DEAL_DONE
        for s in sents
    )
    return (
        agreed
        and not any(
            w in lx.RETALIATION
            or w in _CONFLICT_WORDS
            # a trade war, not a shooting war ("Chile's opposition to the war in Iraq")
            or (w == "war" and (s.lower[k - 1 : k] in _WARS or s.lower[k - 2 : k - 1] in _WARS))
            for s in sents
            for k, w in enumerate(s.lower)
        )
    )


def _currency_report(sents: list[Sentence]) -> bool:
    """Whether a report's headline or lead is about a currency ("... to defend kwacha").

    The first two sentences name a currency (not the dollar a price is quoted in) or the
    word "currency".
    """
    bare = bare_currencies()
    return any(
        any(m.type == "currency" and s.lower[m.start] not in {"dollar", "dollars"} for m in s.marks)
        or any(w in bare or w == "currency" for w in s.lower)
        for s in sents[:2]
    )


def _names_year(phrase: str | None) -> bool:
    """Whether a date phrase names its year ("in June last year", "on May 10, 2019")."""
    text = (phrase or "").lower()
    return (
        "last year" in text
        or "that year" in text
        or re.search(r"\b(19|20)\d\d\b", text) is not None
    )


#: Prepositions that open a sentence with the deal whose terms it tells ("Under the deal").
_OPENERS_OF_TERMS = frozenset({"under", "with"})


def _relative_before(s: Sentence, k: int, at: int) -> bool:
    """Whether token ``at`` is in a relative clause just before clause ``k``, which a name opens.

    "Under the agreement, which the two governments aim to sign in late September, Japan
    will lower ...": the relative clause's date is the agreement's, not the main clause's.
    """
    if k == 0:
        return False
    g = s.segments[k - 1]
    opens = s.segments[k].start
    return (
        g.start <= at < g.end
        and s.lower[g.start] in {"which", "who"}
        and any(m.start == opens and m.type in {"country", "leader", "company"} for m in s.marks)
    )


def _history(m: Mention, report: dt.date | None) -> bool:
    """Whether a mention tells history, and so is no event of the report.

    Dated more than a year before the report, or done in an earlier year ("lifted duties on
    Australian barley last year", "in 2019").
    """
    return (
        report is not None
        and m.date is not None
        and m.date_source == "stated"
        and (
            m.date < report - dt.timedelta(days=366)
            or (
                m.precision == "year"
                and m.date.year < report.year
                and (
                    m.status in {"in_effect", "reversed"}
                    or (m.status == "threatened" and _last_year(m.date_text))
                )
            )
            # "in June last year", "in March 2018": a month or day of an earlier year named
            or (
                m.date.year < report.year
                and m.status in {"in_effect", "reversed"}
                and _names_year(m.date_text)
            )
        )
    )


#: Verbs that decide or tell a measure without doing it ("announced tariffs from Jan. 1").
_DECIDED = frozenset(
    {"announced", "unveiled", "proposed", "approved", "authorized", "authorised", "planned",
     "signed", "published", "finalized", "finalised", "decided", "scheduled", "set"}
)  # fmt: skip
_DAYS = frozenset({"day", "report"})
#: Kinds of a measure on a country's goods or companies (not talks, deals or markets).
_MEASURES = frozenset(
    {"tariff_increase", "tariff_cut", "retaliation", "export_control", "sanction",
     "purchase_cut", "purchase_commitment"}
)  # fmt: skip


#: Words that foresee a market move rather than report it ("would rise", "could fall").
_FORESEEN = frozenset({"would", "could", "may", "might", "will", "'ll", "expected", "likely"})
#: Verbs of a warning or forecast, whose moves are foreseen.
_WARNED = frozenset({"warned", "warn", "warns", "warning", "fear", "fears", "feared",
                     "predicted", "predicts", "forecast", "forecasts"})  # fmt: skip
#: Kinds whose two coordinated subjects each act, never on each other (a pair of countries
#: may be both sides of a tariff told as a deal: "Japan and the United States cut tariffs").
_EACH_OF_TWO = frozenset({"export_control", "sanction"})


def _kind_of_the_rates(m: Mention) -> None:
    """A tariff whose rate falls is cut, and one whose rate rises is raised, whatever verb.

    "Under quota tariffs that will apply through June, the tariff on imported oranges will
    be cut to 10 percent from 50 percent": the clause's first verb ("apply") imposes, but
    the rates, 50% to 10%, tell a cut.
    """
    if (
        m.kind in {"tariff_increase", "tariff_cut"}
        and m.rate_from is not None
        and m.rate_to is not None
        and m.rate_from != m.rate_to
    ):
        m.kind = "tariff_cut" if m.rate_to < m.rate_from else "tariff_increase"


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
    deal_context = _free_trade_report(sents)
    currency_context = _currency_report(sents)
    out: list[Mention] = []
    for s in sents:
        low = s.lower
        sentence_anaphora = bool(s.phrases("anaphora", 0, 2)) or told_before(s)
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
            found = triggers(s, seg, tariff_context, deal_context, currency_context)
            if later_step(s, k, last_in_sentence):
                continue  # "..., rising to 25% on June 1": the tariff before, a step later
            if not found and (
                with_rate(s, k, last_in_sentence) or total_rate(s, k, last_in_sentence)
            ):
                continue
            added = step(s, seg, last_in_sentence)
            if added is None and not found and seg.type == "gapped":
                added = gapped(s, k, last_in_sentence, report)
            if added is None and out and all(t.kind == "deal_reached" for t in found):
                added = similar(s, k, out[-1], report)  # "Macau imposed a similar ban"
                if added is not None:
                    found = []  # "GAIL signed a similar accord": the purchase before, no deal
            if added is not None and not found:
                if seg.type == "gapped" and _history(added, report):
                    # "imposed tariffs of 25 percent on steel and 10 percent on aluminum
                    # in 2018": the clause's year dates both, and both are history
                    out = [m for m in out if m is not last_in_sentence]
                    last_in_sentence = None
                    continue
                out.append(added)
                last_in_sentence = added
                continue
            aside = asides(s)
            for t in found:
                if elaborates(s, seg, t, last_in_sentence) or timing(s, seg, t):
                    continue
                if t.head in aside and low[t.head].endswith("ed"):
                    continue  # "Pakistan, which suspended all trade with India on April 24, ..."
                if _condition_of_another(s, seg.start, t.head):
                    continue  # "... until Beijing lifts its sanctions on European lawmakers"
                found_status = status(s, k, t)
                if found_status is None:
                    continue
                if t.kind == "market_reaction" and found_status != "in_effect":
                    # every labelled market line is a move that happened: one a modal
                    # foresees is none ("Dealers said prices of imported cars would rise by 5%
                    # to 10%"); any other is in effect ("Egypt's dollar bonds due 2025 fell")
                    if set(low[max(seg.start, t.head - 4) : t.head]) & _FORESEEN or (
                        # "Exporters ... have warned that each one-yen rise against the dollar
                        # cuts their profits": a warning's rise, no move
                        set(low[: t.head]) & _WARNED
                    ):
                        continue
                    found_status = "in_effect"
                m = Mention(t.kind, s, t.head, status=found_status)
                _fill(m, s, k, t, report, last_in_sentence, sentence_anaphora, both)
                if m.extra.get("drop"):
                    continue
                _kind_of_the_rates(m)
                out.append(m)
                last_in_sentence = m
                if m.kind == "deal_broken" and case_filed(s, t.head, seg.end):
                    # "Japan launched a dispute against India at the World Trade
                    # Organization": the defendant said to break the rules acts, the
                    # complainant is the target (as with accusations and rulings), one
                    # event each defendant
                    out += _defendants(m, co_actors(s, seg.start, t.head, m.actor))
                # "... to 18% in July, to 25% in July 2025 and to 35% in July 2026"
                for later in scheduled_steps(m, report):
                    out.append(later)
                    last_in_sentence = later
                # "Saudi Arabia, the UAE, Bahrain and Egypt closed their links": one each
                # (the two sides of talks or a deal are its actor and target, not two actors)
                # (but countries that "became members of" a bloc join it one by one)
                bilateral_kind = m.kind.startswith(("talks", "deal")) and t.bloc < 0
                joint = [] if bilateral_kind else co_actors(s, seg.start, t.head, m.actor)
                # "Britain, Canada, Australia, New Zealand and Norway ... imposed sanctions on
                # National Security Minister Itamar Ben Gvir": a co-actor of a list is no
                # target (a pair, "Japan and the United States", may be both sides)
                if len({*joint, m.actor}) >= 3 or (
                    # "Uzbekistan and Kazakhstan banned onion exports": two bans, no target
                    len({*joint, m.actor}) == 2 and m.kind in _EACH_OF_TWO
                ):
                    m.targets = [c for c in m.targets if c not in joint]
                if _on_each_other(s, seg.start, seg.end, m):
                    # "the United States and Canada will begin phasing out tariffs on each
                    # other's goods", "both countries will cut their tariffs on each other's
                    # goods" (the two of the deal told before): one cut each way
                    if m.actor is None and m.extra.get("both_sides"):
                        pair = next(
                            (
                                (k.actor, k.targets[0])
                                for k in reversed(out[:-1])
                                if k.actor and len(k.targets) == 1 and k.targets[0] != k.actor
                            ),
                            None,
                        )
                        if pair is not None:
                            m.actor, m.targets, m.actor_found = pair[0], [pair[1]], True
                    if m.actor is not None and len(m.targets) == 1:
                        out.append(_other_way(m))
                        joint = []
                if m.actor is not None and _both_sides_of_a_border(s, seg.start, t.head, m):
                    # "Saudi Arabia and Iraq reopened the Arar border crossing to trade": each
                    # side lets the other's goods through
                    out.append(_other_way(m))
                # "The Swiss franc was revalued by 7.07 percent and the Austrian schilling by
                # 5.05 percent": the verb's second currency, gapped, is its country's step
                if m.kind == "currency_intervention":
                    joint += gapped_currencies(s, t.head, seg.end)
                for code in joint:
                    if code != m.actor and code not in m.targets:
                        out.append(
                            dataclasses.replace(
                                m, actor=code, notes=list(m.notes), extra=dict(m.extra)
                            )
                        )
        here = [m for m in out if m.sentence is s]
        if not here and sentence_anaphora and out:
            more = continuation(s, out[-1])
            if more is not None:
                out.append(more)
                here = [more]
        if not here and out:
            listed = also_listed(s, out[-1])
            if listed is not None:
                out.append(listed)
                here = [listed]
        if not here and out:
            wider = (
                widened(s, out, report)
                or vowed_answer(s, out, report)
                or vowed_again(s, out, report)
                or exempt_goods(s, out)
            )
            if wider is not None:
                out.append(wider)
                here = [wider]
        if out and not (here and here[-1].kind != out[-1].kind):
            for same in did_the_same(s, out[-1]):
                if not any(m.actor == same.actor for m in here):
                    out.append(same)
                    here = [*here, same]
        if s.phrases("anaphora", 0, 1) and out and here and here[0] is not out[0]:
            # "The move came after Washington raised its own duties ...": the sentence
            # before answers the measure told here
            last = [m for m in out if m.sentence is not s][-1:]
            before = [m for m in out if last and m.sentence is last[0].sentence]
            answers(before + here, answering=before)
        answers(here)
        _one_answer(here)
        out = _held_but_failed(here, out)
        if not here and s.phrases("takes_effect", 0, len(low)):
            takes_effect(s, [m for m in out if out and m.sentence is out[-1].sentence], report)
        if out:  # "74.9 percent for the United States, 34.5 percent for the EU ..."
            out += rates_by_country(s, here, out)
    return out


def _countries_told_before(s: Sentence, a: int, b: int) -> bool:
    """Whether a clause names its countries only by their number ("the four countries").

    "would end the four countries' eligibility for the African Growth and Opportunity Act":
    the countries the sentence before listed, the same measure told again (three or more:
    "the two countries" are a pair's two sides).
    """
    low = s.lower
    if any(m.type == "country" and a <= m.start < b for m in s.marks):
        return False
    return any(
        low[k] == "the" and low[k + 1] in _LISTED_NUMBERS and low[k + 2] in _NATIONS
        for k in range(a, b - 2)
    )


#: Numbers of countries listed before ("the four countries").
_LISTED_NUMBERS = frozenset({"three", "four", "five", "six", "seven", "eight", "nine", "ten"})
_NATIONS = frozenset({"countries", "nations"})

#: Verbs whose object is an earlier measure ("The move follows the decision to ...").
_FOLLOWS = frozenset({"follows", "followed", "follow"})


def _held_but_failed(here: list[Mention], out: list[Mention]) -> list[Mention]:
    """One stalled round for talks held in one clause that fail in the next.

    "Turkish and U.S. officials held talks in Washington last week, but failed to reach an
    agreement": the talks stalled (the convention), with the parties and date of the clause
    that held them.
    """
    for held, failed in itertools.pairwise(here):
        low = held.sentence.lower
        if not (
            held.kind == "talks_held"
            and failed.kind == "talks_stalled"
            and low[failed.head] in lx.FAILED
            and "but" in low[held.head : failed.head]
        ):
            continue
        failed.actor, failed.targets = held.actor or failed.actor, held.targets or failed.targets
        failed.actor_found = held.actor_found or failed.actor_found
        if failed.date_source != "stated":
            dated_as(failed, held)
        return [m for m in out if m is not held]
    return out


#: Verbs of an answer in kind ("would respond immediately with duties of its own").
_RESPOND = lx.forms("respond", "answer", "reply", "retort")


def _track_record(m: Mention, s: Sentence, k: int, t: Trigger) -> bool:
    """Whether a clause lists the deals a country has signed over the years, no new one.

    "Since 2021, the UAE has signed comprehensive economic partnership agreements with
    India, Indonesia, Turkey and Australia": a perfect, several partners, no date of its own.
    """
    low, seg = s.lower, s.segments[k]
    since = any(seg.start <= a < seg.end and d.since for d, a, _ in s.dates)
    countries = {x.code for x in s.marks if x.type == "country" and t.head < x.start < seg.end}
    return (
        low[t.head - 1 : t.head] in (["has"], ["have"])
        # several partners, named or counted ("with more than 20 countries")
        and (len(m.targets) >= 2 or bool(m.extra.get("global")))
        and not any(seg.start <= a < seg.end and not d.since for d, a, _ in s.dates)
        # countries, not the companies a purchase contract is signed with
        and (since or len(countries) >= 3)
    )


def _bound(m: Mention, s: Sentence, t: Trigger) -> None:
    """The country whose own commitments a breach breaks acts; its accuser is the target.

    "Mongolia's foreign ministry said the fee violated China's commitments under World Trade
    Organization rules": China breaks them, against Mongolia.
    """
    low = s.lower
    bound = [
        x.code
        for x in s.marks
        if x.type == "country"
        and x.code
        and t.head < x.start <= t.head + 2
        and low[x.end : x.end + 2] in (["'s", "commitments"], ["'s", "obligations"])
    ]
    if bound and bound[0] != m.actor:
        m.targets = [m.actor] if m.actor else [c for c in m.targets if c != bound[0]]
        m.actor, m.actor_found = bound[0], True


def _defendants(m: Mention, joint: list[str]) -> list[Mention]:
    """A case filed at a trade body turned to its defendants: each acts, the filers the targets.

    ``m`` (its actor a complainant, its targets the defendants) takes the first defendant;
    the others are returned, one mention each; ``joint`` are the complainants filing with
    the actor ("The United States and the European Union on Tuesday launched cases at the
    World Trade Organization against Chinese restrictions": China acts, on each). With no
    defendant named ("China filed a complaint at the World Trade Organization against the
    October controls"), the complainant is the target and the actor is the owner of the
    measure told before.
    """
    complainants = list(dict.fromkeys(c for c in [m.actor, *joint] if c))
    defendants = [c for c in m.targets if c not in complainants]
    m.targets = complainants
    if not defendants:
        m.actor, m.actor_found = None, False
        m.extra["accused"] = True
        return []
    m.actor, m.actor_found = defendants[0], True
    return [
        dataclasses.replace(m, actor=code, notes=list(m.notes), extra=dict(m.extra))
        for code in defendants[1:]
    ]


def _other_way(m: Mention) -> Mention:
    """The same step taken by its target on its actor (both sides of a border or a cut)."""
    back = [m.actor] if m.actor else []
    return dataclasses.replace(
        m, actor=m.targets[0], targets=back, notes=list(m.notes), extra=dict(m.extra)
    )


def _on_each_other(s: Sentence, a: int, b: int, m: Mention) -> bool:
    """Whether a tariff step falls on "each other's" goods: both sides take it.

    "the United States and Canada will begin phasing out tariffs on each other's goods",
    "the two sides will scrap tariffs on about 94 percent of the ... goods traded between
    them".
    """
    low = s.lower
    return m.kind in {"tariff_cut", "tariff_increase"} and any(
        low[k : k + 3] == ["each", "other", "'s"]
        or (low[k : k + 2] == ["between", "them"] and low[k - 1] in {"traded", "trade"})
        for k in range(a, b)
    )


def _both_sides_of_a_border(s: Sentence, a: int, head: int, m: Mention) -> bool:
    """Whether the two countries that shut or reopen a border between them are its subject.

    "Jordan and Syria reopened the Jaber-Nassib border crossing on Monday", "Ethiopia and
    Eritrea reopened two crossings on their heavily militarised border": both act, one
    purchase cut (or its reversal) each way.
    """
    if m.kind != "purchase_cut" or m.actor is None or len(m.targets) != 1:
        return False
    low = s.lower
    names = [x for x in s.marks if x.type == "country" and a <= x.start < head]
    return any(
        first.end < len(low)
        and low[first.end] == "and"
        and second.start == first.end + 1
        and second.end <= head <= second.end + 1
        and {first.code, second.code} == {m.actor, m.targets[0]}
        for first, second in itertools.pairwise(names)
    ) and bool(set(low[head + 1 : head + 10]) & lx.BORDER_CROSSINGS)


def _accusation(m: Mention, s: Sentence, t: Trigger) -> None:
    """The parties of a rule said to be broken: the accused acts, the accuser is the target.

    "Mexico said the suspension violated WTO rules": Mexico accuses, the suspension's author
    (unnamed) breaks the rule. "Tai said a surge in Mexican steel exports violated a 2019
    agreement", "Russia's embargo violated its commitments": the measure's owner, named
    right before it, breaks the rule, and the speaker, if another, is the target.
    """
    low = s.lower
    owners = [
        x.code
        for x in s.marks
        if x.type == "country"
        and x.code
        and x.end in {t.noun, t.noun - 1}
        and not set(low[x.end : t.noun]) & gr.REPORTING
    ]
    if owners and owners[-1] != m.actor:
        m.targets, m.actor = [m.actor] if m.actor else [], owners[-1]
    elif not owners and not m.targets:
        m.targets, m.actor = [m.actor] if m.actor else [], None
        m.extra["accused"] = True  # the measure's owner, unnamed here: told before
    elif not owners and m.actor and len(m.targets) == 1:
        # "Japan, whose smelters buy much of Indonesia's nickel ore, said the ban breached WTO
        # rules": the other country named is the accused, the speaker the target
        m.targets, m.actor = [m.actor], m.targets[0]


#: Words that name the complainants of a dispute ("complaints brought by China, Norway").
_COMPLAINANTS = (["brought", "by"], ["raised", "by"], ["complaints", "by"], ["complaint", "by"],
                 ["filed", "by"], ["complaint", "from"], ["complaints", "from"],
                 # "..., handing a victory to the European Union, Canada and the United States"
                 ["victory", "to"], ["victory", "for"])  # fmt: skip


#: Words that end a clause's list of names.
_CLAUSE_ENDS = frozenset({",", ";", ".", "in", "because", "but"})


def _ruling_parties(m: Mention, s: Sentence, t: Trigger) -> None:
    """The parties of a ruling that a measure broke a rule: its owner and the complainants.

    "A WTO panel ruled that India's import duties on phones violated global trade rules, in
    a case brought by the European Union": India breaks the rule, against the EU. "... that
    U.S. country-of-origin labels discriminated against livestock from Canada and Mexico":
    the United States, against Canada and Mexico. The owner acts; the complainants are the
    targets.
    """
    low = s.lower
    named = [x for x in s.marks if x.type in {"country", "leader"} and x.code]
    owners = [x.code for x in named if t.head < x.start <= t.noun]
    if not owners:
        # after the measure, the one that "imposed" it, else the first named: "the additional
        # tariffs China imposed on U.S. goods in 2018"
        after = [x for x in named if t.noun < x.start <= t.noun + 8]
        imposers = [x for x in after if low[x.end : x.end + 1] and low[x.end].endswith("ed")]
        owners = [x.code for x in (imposers or after)[:1]]
    if owners:
        m.actor, m.actor_found = owners[-1], True
    complainants: list[str | None] = []
    for j in range(len(low) - 1):
        if low[j : j + 2] in _COMPLAINANTS or (
            low[j] == "against" and "from" in low[j + 1 : j + 5]
        ):
            end = next((k for k in range(j + 2, len(low)) if low[k] in {";", "."}), len(low))
            complainants += [x.code for x in named if j < x.start < end and x.code not in owners]
        elif low[j] == "against" and low[j - 1 : j] and low[j - 1].startswith("discriminat"):
            # "discriminates against Canadian and Norwegian seal products": their makers
            end = next((k for k in range(j + 1, len(low)) if low[k] in _CLAUSE_ENDS), len(low))
            complainants += [x.code for x in named if j < x.start < end and x.code not in owners]
    if not owners and not complainants:
        return
    m.targets = list(dict.fromkeys(c for c in complainants if c is not None))


def _condition_of_another(s: Sentence, a: int, head: int) -> bool:
    """Whether the verb at ``head`` is what *until* or *unless* waits for from a named party.

    "voted to freeze the ratification until Beijing lifts its sanctions": the lifting is
    the condition of the freeze, not an event.
    """
    low = s.lower
    return any(
        low[k] in {"until", "unless", "till"}
        and any(x.type in {"country", "leader"} and x.start == k + 1 for x in s.marks)
        for k in range(max(a, head - 5), head)
    )


def _one_answer(here: list[Mention]) -> None:
    """Tariffs a sentence adds to a retaliation by the same actor are part of it.

    "China would impose retaliatory tariffs on $75 billion of U.S. goods and would restore
    a 25% tariff on U.S.-made cars": both answer the same measure.
    """
    for r in here:
        if r.kind != "retaliation" or r.actor is None:
            continue
        for m in here:
            if (
                m.kind == "tariff_increase"
                and m.actor == r.actor
                and (not m.targets or not r.targets or m.targets[0] == r.targets[0])
            ):
                m.kind = "retaliation"


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
        (
            family_tariff
            and (
                any(w in lx.RETALIATION for w in low[seg.start : seg.end])
                or s.phrases("retaliation", seg.start, seg.end)
                # "would respond immediately with duties of its own"
                or any(
                    low[j] in _RESPOND and "with" in low[j + 1 : j + 4]
                    for j in range(seg.start, seg.end)
                )
                # "will impose tariffs of its own on American goods", "has published its
                # own list of 25 percent tariffs": duties answering another's
                or any(
                    (
                        low[j : j + 3] in (["of", "its", "own"], ["of", "their", "own"])
                        and low[j - 1] in lx.TARIFF_NOUNS
                    )
                    or low[j : j + 3] in (["its", "own", "list"], ["their", "own", "list"])
                    for j in range(max(seg.start, 1), seg.end)
                )
                or any(
                    g.type == "cause"
                    and g is not seg
                    and any(w in gr.RESPONSE_CAUSES for w in low[g.start : g.start + 3])
                    for g in s.segments
                )
                # "Hitting back, the EC Commission said its duty on American lemons would
                # rise": the sentence opened by the answer alone
                or _answer_opens(s)
                # "would seek WTO approval to impose tariffs": tariffs the WTO authorises
                # answer a ruling
                or any(
                    low[j] in {"seek", "seeks", "sought", "seeking"}
                    and set(low[j + 1 : j + 4]) & {"approval", "authorization", "authorisation"}
                    and set(low[j + 1 : j + 3]) & {"wto", "organization"}
                    for j in range(seg.start, t.head)
                )
            )
            and t.kind == "tariff_increase"
        )
        or t.response
    ):
        m.kind = "retaliation"  # "would answer any unilateral tariff increase"
    if t.kind == "purchase_cut" and any(
        low[i] in lx.SANCTION_NOUNS - {"embargo", "embargoes"} and not _others_sanctions(s, i)
        for g in s.segments
        if g.type != "cause"  # "..., hitting back at Western sanctions": their cause
        for i in range(g.start, g.end)
    ):
        m.kind = "sanction"  # an import ban in a package of sanctions
    # "The move follows the finance ministry's decision on Friday to impose a 20% duty": the
    # measure the move follows is another, not the move told again
    follows = any(low[j] in _FOLLOWS for j in range(seg.start, t.head))
    m.extra["numbered"] = _countries_told_before(s, seg.start, seg.end)
    m.anaphoric = not follows and (
        anaphoric or bool(s.phrases("anaphora", seg.start, t.head + 1)) or m.extra["numbered"]
    )
    m.extra["noun"] = t.noun
    m.extra["subordinate"] = opener(s, seg.start) in _SUBORDINATE
    m.extra["coordinated"] = low[seg.start] in {"and", "but"} or with_measure(s, seg, t)
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
    if t.ruling:
        _ruling_parties(m, s, t)
    elif t.accused and m.actor is not None:
        _accusation(m, s, t)
    if t.kind == "deal_broken":
        _bound(m, s, t)
    if t.kind == "deal_reached" and _track_record(m, s, k, t):
        m.extra["drop"] = True
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
        # (a clause joined by "and" has objects of its own: not the companies the clause
        # before listed)
        joined = low[seg.start] in {"and", "but"}
        for x in s.marks:
            if (
                x.type == "company"
                and x.code in m.targets
                and x.name not in m.companies
                and (not joined or seg.start <= x.start < seg.end)
            ):
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
    # (named by its phrase too: "an extra 100 percent export tariff on most fertilisers")
    duty_word = (
        low[t.noun + 1] if low[t.noun] == "export" and t.noun + 1 < len(low) else low[t.noun]
    )
    export_duty = m.kind == "export_control" and duty_word in {
        "duty", "duties", "tax", "taxes", "levy", "levies", "surcharge", "tariff", "tariffs",
        "charge", "charges",
    }  # fmt: skip
    # "a quota of 750,000 tonnes ... free of the 10% common external tariff": the rate named
    # is the one outside the quota, not a rate moved
    quota_free = (
        t.kind == "tariff_cut"
        and low[t.noun] == "free"
        and bool({"quota", "quotas", "volume", "volumes"} & set(low[t.head : t.noun]))
    )
    # "The recycling fee that Russia charges on imported passenger cars rose by 70% to 85%":
    # a fee charged by the car, whose percentages move its amount, not a duty's rate
    fee = bool(set(low[t.noun : t.noun + 2]) & {"recycling", "utilisation", "utilization"})
    if (m.kind in {"tariff_increase", "tariff_cut", "retaliation"} or export_duty) and not (
        quota_free or fee
    ):
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
    }:
        products: list[Mark] = []
    elif t.kind == "deal_broken":
        # the goods of the measure faulted, before the verb of breach: "ruled that India's
        # import duties on mobile phones ... broke global trade rules" (not "said the ban
        # breached the protocol": no goods named)
        breach = next((i for i in range(seg.start, seg.end) if _BREACH.match(low[i])), seg.start)
        products = _products(s, seg.start, breach)
    elif t.kind.startswith("talks"):
        products = _products(s, seg.start, _extent(s, k))
    elif m.anaphoric:
        products = _products(s, 0, len(low))
    elif t.kind == "sanction" and _holdings_frozen(low, t.head):
        # "froze all Communist Chinese and North Korean property ... and forbade American
        # ships to call at Chinese ports": the holdings frozen are no goods (the ships are
        # the next measure's)
        products = []
    elif t.kind == "sanction":
        products = _products(s, min(t.head, t.noun), seg.end)
    else:
        # up to another's measure that this one answers ("countermeasures against U.S.
        # tariffs on steel": the steel is the U.S. tariffs')
        end = answered(s, max(t.head, t.noun), seg.end)
        if t.response and t.noun < t.head:  # "Beijing's duties ... answer Ottawa's levies on EVs"
            end = t.head
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
        # the report's date passed on is still only the report's: "Vietnam wins 90-day
        # reprieve ..., agrees to open trade talks" (a headline the body dates)
        m.date_text = previous.date_text
        m.date_source = "report" if previous.date_source == "report" else "previous"
    if m.date_source == "report" and report is not None:
        earlier = [
            d
            for d, a, b in s.dates
            if a < s.segments[k].start
            and (a <= 2 or m.kind != "market_reaction")
            and not d.since
            # "will hold off its tariffs ... until 2026, and Britain will suspend ...": the
            # end of the clause before, no date of this one
            and not d.deadline
            and not _says(low, a, b)
            and not any(
                g.type in {"cause", "condition"} and g.start <= a < g.end for g in s.segments
            )
            and not _relative_before(s, k, a)
            # "Under the deal, signed in Washington in September 2004, Bahrain has removed ...,
            # while the US has eliminated ...": the aside dates the deal the sentence opens
            # with, no clause after it (not a subject's: "The agreement, signed in October
            # 1972, had promised ...")
            and not (
                low[0] in _OPENERS_OF_TERMS and in_participle_aside(low, a, s.segments[k].start)
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
    # a measure told as done that took effect on or before the report is in effect:
    # "Botswana banned imports of 14 vegetables ... from Jan. 1" (a report of 18 January)
    if (
        m.status == "announced"
        and report is not None
        and m.date is not None
        and m.date <= report
        and m.date_source == "stated"
        and low[t.head] not in _DECIDED
        and _done(s, k, t)
        and any(d.effective for d, a, _ in s.dates if seg.start <= a < seg.end)
    ):
        m.status = "in_effect"
    if _history(m, report):
        m.extra["drop"] = True


#: Verbs that freeze holdings (lexicon.HOLDINGS: "froze Egypt's sterling balances").
_FREEZES = frozenset({"froze", "freeze", "freezes", "frozen", "block", "blocked", "blocks"})


def _holdings_frozen(low: list[str], head: int) -> bool:
    """Whether the sanction's verb at ``head`` freezes or takes holdings (no goods of its own).

    "froze Egypt's sterling balances", "ordered the seizure of Rhodesian property in
    Mozambique, including railway wagons and locomotives": the wagons are property, no goods.
    """
    return low[head] in _FREEZES | lx.TAKINGS and bool(set(low[head + 1 : head + 9]) & lx.HOLDINGS)
