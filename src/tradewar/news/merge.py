"""Mentions to events: one event however often a report tells it.

A report tells its main events several times (headline, key points, body).  Here
mentions become events: a sentence that only adds to the last event ("The list
includes bourbon and motorcycles ...") fills that event in; a missing actor is
the previous sentence's subject when the sentence names none; a missing target
is the other country the report names most (said so in the event's notes); and
mentions of one event (same kind and status, no field in conflict) are merged,
keeping every sentence that tells it.  Market moves count only in a report of
other trade events.
"""

from __future__ import annotations

import datetime as dt
import re
from collections import Counter
from dataclasses import replace

from tradewar.news import lexicon as lx
from tradewar.news.entities import companies, country_label, gazetteer, market_cities
from tradewar.news.events import NO_DATE_NOTE, Event
from tradewar.news.extract import Mention, Sentence
from tradewar.news.text import dateline_end

__all__ = ["to_events", "without_headline_only"]

_BILATERAL = {
    "tariff_increase", "tariff_cut", "retaliation", "export_control", "sanction",
    "purchase_cut", "purchase_commitment", "talks_held", "talks_stalled", "talks_scheduled",
    "deal_reached", "deal_broken",
}  # fmt: skip
_TARIFFS = {"tariff_increase", "tariff_cut", "retaliation"}
#: Kinds that always have a counterpart: without one named, the report's other country.
#: Tariffs, export controls and sanctions without a named target are often on every country
#: (a ban on rice exports, a duty on all steel imports): their target stays empty.
_PAIRED = {
    "retaliation", "purchase_cut", "purchase_commitment", "talks_held", "talks_stalled",
    "talks_scheduled", "deal_reached", "deal_broken",
}  # fmt: skip


#: Kinds with two sides: an actor not named is the other side of the named target.
_SIDES = {"talks_held", "talks_stalled", "talks_scheduled"}
#: Kinds that are no measure a country takes against another.
_NO_MEASURES = _SIDES | {"deal_reached", "deal_broken", "market_reaction"}


def _answers_in_kind(events: list[Event]) -> list[Event]:
    """Tariffs of a country that retaliates against another, on that other: retaliation too.

    "China will impose a 15% tariff on U.S. coal ... A 10% tariff will apply to U.S. crude
    oil from the same date": one answer, told in parts (the conventions: tariffs in response
    to another country's are a retaliation, each part of the package alike). Not a
    safeguard, which answers no country.
    """
    answering = {(e.actor, e.target) for e in events if e.kind == "retaliation" and e.actor}
    return [
        replace(
            e,
            kind="retaliation",
            notes=(*e.notes, "a retaliation: the report tells its actor's answer to its target"),
        )
        if e.kind == "tariff_increase"
        and e.status != "reversed"  # a suspension is told as the measure's, not an answer
        and e.target
        and (e.actor, e.target) in answering
        # a safeguard answers no country, whoever it falls on
        and "safeguard" not in e.sentence.lower()
        else e
        for e in events
    ]


def _family(kind: str) -> str:
    return "tariff" if kind in _TARIFFS else kind


def _counterparts(sents: list[Sentence]) -> list[str]:
    """Countries the report names, most named first."""
    counts: Counter[str] = Counter()
    for s in sents:
        for m in s.marks:
            if m.type in {"country", "leader", "company"} and m.code:
                counts[m.code] += 1
    return [code for code, _ in counts.most_common()]


#: Nouns of a country's institutions that act for it ("the government", "the central bank").
_INSTITUTIONS = frozenset(
    {"government", "govt", "ministry", "cabinet", "bank", "treasury", "parliament", "senate",
     "directorate", "regulator"}
)  # fmt: skip


def _dateline_country(sents: list[Sentence]) -> str | None:
    """The country of the place a wire dateline names ("OTTAWA -", "JAKARTA, Jan 5 (Reuters) -")."""
    for s in sents[:3]:
        end = dateline_end(s.text)
        if end:
            codes = [
                x.code for x in s.marks if x.type == "country" and x.code and s.idx[x.start] < end
            ]
            if not codes:
                # a market city's dateline ("KARACHI, May 28:"), kept as a market's only
                # after "in" elsewhere
                first = " ".join(s.lower[:2]), s.lower[0] if s.lower else ""
                city = next((w for w in first if w in market_cities()), None)
                entity = gazetteer().get(city) if city else None
                return entity.code if entity is not None else None
            return codes[0]
    return None


def _institution_country(
    m: Mention, before: list[Sentence], home: str | None
) -> tuple[str | None, bool]:
    """The country of an institution that is the subject of a mention, named by no country.

    "The ministry threatened to retaliate" after "China's commerce ministry said ...": the
    country whose institution of that name the report told last (told: True); "The
    government will eliminate tariffs on baby clothing" in a report filed from Ottawa, and
    no such institution told before: the dateline's country (told: False).

    Parameters
    ----------
    m : Mention
        A mention whose sentence names no actor.
    before : list of Sentence
        The report's sentences before the mention's.
    home : str or None
        The country of the report's dateline, or the one it names most.

    Returns
    -------
    tuple of (str or None, bool)
        The institution's country (None when the subject is no institution), and whether
        the report told that institution's country before.
    """
    s = m.sentence
    low = s.lower
    start = next((g.start for g in s.segments if g.start <= m.head < g.end), 0)
    nouns = [
        i
        for i in range(start, m.head)
        # the clause's subject, at its start: not "the moratorium on customs duties"
        if low[i] in _INSTITUTIONS and "the" in low[max(start, i - 3) : i] and i - start <= 6
    ]
    if not nouns or any(
        x.type in {"country", "leader", "company"} and start <= x.start < m.head for x in s.marks
    ):
        return None, False
    noun = low[nouns[0]]
    for earlier in reversed(before):
        for x in earlier.marks:
            if (
                x.type == "country"
                and x.code
                and noun in earlier.lower[x.end : x.end + 3]
                and not earlier.in_date(x.start)
            ):
                return str(x.code), True
    return home, False


def to_events(found: list[Mention], sents: list[Sentence], report: dt.date | None) -> list[Event]:
    """Merge mentions into events, in date order.

    Parameters
    ----------
    found : list of Mention
        The mentions of a report, in the order of the text.
    sents : list of Sentence
        The report's sentences (for the countries it names most).
    report : datetime.date or None
        The report's date.

    Returns
    -------
    list of Event
        Merged events, by date (undated last), then in the order of the text.
    """
    counterparts = _counterparts(sents)
    dateline = _dateline_country(sents)
    order = {id(s): i for i, s in enumerate(sents)}
    kept: list[Mention] = []
    # purchases by no named buyer in a trader's own words are none: "Our members will simply
    # buy from India, Pakistan and Mauritius," said a buyer for a national chain
    found = [
        m
        for m in found
        if not (m.kind.startswith("purchase") and not m.actor_found and _quoted(m.sentence.text))
    ]
    for m in found:
        previous = kept[-1] if kept else None
        if m.date_source == "same_time" and previous is not None:
            m.date, m.precision, m.date_source = previous.date, previous.precision, "previous"
            if m.sentence.lower[:4] == ["at", "the", "same", "time"]:
                # "At the same time, the government tightened controls on transfers of
                # capital": another step taken with the one before, not it told again
                m.extra["apart_from"] = previous.sentence
        users = m.extra.get("unit_users", ())
        if users:
            # "On the street, dealers offered about 4.10 lei per dollar" in a report from
            # Chisinau: a currency name countries share is the report's country's, else that
            # of the step told last by one of them
            by_user = [k.actor for k in kept if k.actor in users]
            m.actor = dateline if dateline in users else by_user[-1] if by_user else m.actor
        if m.extra.get("companies_anaphora") and previous is not None and previous.companies:
            m.targets, m.companies = list(previous.targets), list(previous.companies)
        if m.extra.get("accused") and m.actor is None:
            # "Tajikistan's Foreign Ministry said the halt broke an intergovernmental
            # agreement": the halt's owner, the one whose measure was told before, breaks it
            m.actor = next(
                (
                    k.actor
                    for k in reversed(kept)
                    if k.kind not in _NO_MEASURES and k.actor and k.actor not in m.targets
                ),
                None,
            )
        institution, told = (None, False)
        if not m.actor_found and not m.extra.get("both_sides"):
            # the report's own country: its dateline's, else the one it names most, when the
            # sentence does not name it among others ("to curb shipments from China")
            home = dateline or next(
                (
                    c
                    for c in counterparts[:1]
                    if not any(x.code == c for x in m.sentence.marks if x.type == "country")
                ),
                None,
            )
            institution, told = _institution_country(m, sents[: order[id(m.sentence)]], home)
            if institution is None and m.kind == "sanction" and m.extra.get("patient"):
                # "Two Indian banks ... were also taken over": seized by the report's own
                # country, where no seizer is named
                institution = home
            if told:
                m.actor = institution
        if (
            not m.actor_found
            and not m.extra.get("both_sides")
            and previous is not None
            and not told
        ):
            here = order[id(m.sentence)]
            same = [k for k in kept if k.sentence is m.sentence and k.actor]
            # the subject of the sentence before; in "The move came after Washington raised
            # ...", the subject is the move told before, not Washington
            last = [
                k
                for k in kept
                if order[id(k.sentence)] < here
                and not (k.extra.get("subordinate") and k.sentence.phrases("anaphora", 0, 1))
            ]
            first = min(
                m.head, m.extra.get("noun", m.head)
            )  # "A surtax on Chinese steel will follow"
            names = (
                not m.extra.get("patient")
                and any(
                    x.type in {"country", "leader"}
                    and x.start < first
                    # (not the goods' origin: "will keep buying other classes of U.S. wheat, and
                    # will buy more wheat from Canada")
                    and m.sentence.lower[x.start - 1 : x.start] not in (["of"], ["from"])
                    for x in m.sentence.marks
                )
            )
            if same:
                m.actor = same[-1].actor
            elif last and not names and here - order[id(last[-1].sentence)] <= 2:
                first = next(k for k in last if k.sentence is last[-1].sentence)
                m.actor = first.actor
            if m.actor is None:
                m.actor = institution
            if m.actor is not None and m.actor in m.targets:
                m.actor = None  # "X will travel to Washington for talks": not Washington's
            if m.actor is None and m.kind in _SIDES and m.targets:
                # talks have two sides: the other country the report names most
                others = [c for c in counterparts if c not in m.targets]
                if others:
                    m.actor = others[0]
                    m.notes.append(
                        f"actor not named in the sentence: {country_label(others[0])}, the "
                        "other country the report names most"
                    )
        elif m.actor is None and institution is not None and institution not in m.targets:
            m.actor = institution  # the report's first mention
        if (
            (m.anaphoric and not m.step and not _other_amount(previous, m))
            or _parts(previous, m)
            or _one_market_move(previous, m)
            or (
                previous is not None
                and previous.sentence is m.sentence
                and previous.kind == m.kind
                # "suspended imports ..., days after it began letting animals back in"
                and (previous.status == "reversed") == (m.status == "reversed")
                and (
                    m.kind != "market_reaction"
                    # "Tokyo share prices rallied and the yen weakened": two markets
                    or (
                        previous.actor == m.actor
                        and _market(previous) == _market(m)
                        # "Goodyear rose 2%, while Tyson Foods fell 3%": two companies' moves
                        and not (
                            previous.companies
                            and m.companies
                            and not set(previous.companies) & set(m.companies)
                        )
                    )
                )
                and not m.extra.get("coordinated")
                and not m.step
                and not previous.step
            )
        ):
            host = _host(kept, m)
            if host is not None and (
                _own_goods_and_rate(host, m) or _later_step(host, m) or _own_goods(host, m)
            ):
                # "The duty on semiconductors will double to 50% by 2025": another good's
                # rate under the measure told before, an event of its own with its parties
                m.actor = m.actor or host.actor
                m.targets = m.targets or list(host.targets)
                m.actor_found = m.actor_found or host.actor_found
                m.sectors = m.sectors or list(host.sectors)
            elif (
                host is not None
                and (host.actor is None or m.actor is None or host.actor == m.actor)
                # "called off the tariffs he had planned on eight European countries" and
                # "The tariffs of 10% on goods from Denmark, Norway ...": an event of its own
                and not _named_apart(host, m)
                and not _conditional_threat(host, m)
            ):
                _fill_in(host, m)
                continue
        if previous is not None and _abolition_told_twice(previous, m):
            # "Mongolia abolished customs duties ..., scrapping its uniform 15 percent
            # tariff": one cut, told as duties abolished and as a tariff ended
            cut, ended = previous, m
            if cut.rate_from is None:
                cut.rate_from = ended.rate_change or ended.rate_to
            if cut.rate_from is not None and cut.rate_to is None:
                cut.rate_to = 0.0  # the duty ended
            cut.sectors = sorted(set(cut.sectors) | set(ended.sectors))
            cut.targets = cut.targets or list(ended.targets)
            kept[-1] = cut
            continue
        if m.step and previous is not None and previous.sentence is m.sentence:
            # "..., to 25% in July 2025 and to 35% in July 2026": the schedule's goods
            m.sectors = m.sectors or list(previous.sectors)
        kept.append(m)
    events: list[Event] = []
    groups: list[str] = []  # what each event's market is: equities, a currency ...
    for m in kept:
        notes = list(m.notes)
        targets = m.targets
        if not targets and m.unknown:
            notes.append(f"unknown name(s) {', '.join(m.unknown)}: not in the reader's tables")
        elif (
            not targets
            and m.kind in _PAIRED
            and m.actor
            and not m.extra.get("both_sides")
            and not m.extra.get("global")
        ):
            hit_by = [
                c
                for k in kept
                if k.kind in _TARIFFS and m.actor in k.targets and k.actor not in (None, m.actor)
                for c in [k.actor]
            ]
            others = hit_by if m.kind == "retaliation" and hit_by else counterparts
            others = [c for c in others if c != m.actor]
            if others:
                targets = [others[0]]
                why = (
                    "whose tariffs it answers"
                    if others[0] in hit_by
                    else "the other country the report names most"
                )
                notes.append(f"target not named in the sentence: {country_label(others[0])}, {why}")
        elif not targets and m.kind in _BILATERAL and not m.extra.get("both_sides"):
            notes.append(
                "no target named: a measure on every country, or one the report leaves out"
            )
        strangers = [c for c in m.companies if c not in companies()]
        if strangers:
            notes.append(
                f"company not in the reader's table: {', '.join(strangers)} (country unknown)"
            )
        if m.date_source == "report":
            notes.append(NO_DATE_NOTE)
        elif m.precision in {"week", "month", "quarter", "year"}:
            notes.append(
                f"date from '{(m.date_text or '').lower()}': known to the {m.precision} only"
            )
        if m.kind in _BILATERAL and m.actor is None and not m.extra.get("both_sides"):
            notes.append("actor not determined")
        each: list[str | None] = list(targets) or [None]
        for target in each:
            event = Event(
                kind=m.kind,
                actor=m.actor,
                target=target,
                companies=_companies_of(
                    m.companies, target, m.kind == "sanction" and len(each) > 1
                ),
                value_usd=m.value_usd,
                rate_from=m.rate_from,
                rate_to=m.rate_to,
                rate_change=m.rate_change,
                products=tuple(m.products),
                sectors=tuple(m.sectors),
                date=m.date,
                date_precision=m.precision,
                date_text=m.date_text.lower() if m.date_text else None,
                status=m.status,
                sentence=m.sentence.text,
                start=m.sentence.offset,
                end=m.sentence.offset + len(m.sentence.text),
                mentions=tuple(
                    (x.offset, x.offset + len(x.text))
                    for x in [m.sentence, *m.extra.get("more", [])]
                ),
                notes=tuple(notes),
            )
            # "Beijing also asked carriers to halt purchases ...": another event of its kind
            also = "also" in m.sentence.lower[max(0, m.head - 10) : m.head]
            group = (
                m.extra.get("market", "")
                or ("exemptions" if _exemptions(m) else "")
                or ("exchange controls" if _exchange_controls(m) else "")
            )
            if also and m.kind not in {"market_reaction"}:
                events.append(event)
                groups.append(group)
            else:
                _merge_into(
                    events,
                    groups,
                    event,
                    group,
                    m.date_source in {"stated", "same_time"},
                    dated=m.date_source in {"stated", "same_time", "reported"},
                    apart_from=m.extra.get("apart_from"),
                )
    if not any(e.kind != "market_reaction" for e in events):
        events = []
    # "If this lasts, they will buy from Argentina, Spain or Egypt,\" said a member of the
    # exporters' association": purchases a condition threatens, by no country, are a
    # trader's forecast (no labelled set has one)
    events = [
        e
        for e in events
        if not (e.kind.startswith("purchase") and e.status == "threatened" and e.actor is None)
    ]
    events = _answers_in_kind(events)
    far = dt.date.max
    return sorted(events, key=lambda e: (e.date or far, e.start))


def _companies_of(named: list[str], target: str | None, split: bool) -> tuple[str, ...]:
    """The companies of a sanction told of several target countries that fall on ``target``.

    "took over the Havana refineries of the Standard Oil Company (New Jersey) and the Royal
    Dutch Shell group": one sanction on the United States with Standard Oil, one on Britain
    with Shell (``split``). A company whose country is unknown stays on each; talks with
    several countries' firms keep them all ("Kabila met mining executives ..., including the
    heads of Glencore, Randgold Resources and Ivanhoe Mines").
    """
    names = tuple(dict.fromkeys(named))
    if not split:
        return names
    table = companies()
    own = tuple(c for c in names if table.get(c, ("",))[0] in ("", target))
    return own or names


def _abolition_told_twice(previous: Mention, m: Mention) -> bool:
    """Whether two mentions of one sentence are one tariff cut told twice.

    "Tariffs on clothing and footwear were abolished in Iceland on Friday, ending duties of
    up to 15 percent": a cut (duties abolished) and, in a participle after it, a reversed
    increase (duties ended) by one actor on the same partners are one measure.
    """
    low = m.sentence.lower
    return (
        previous.sentence is m.sentence
        and previous.kind == "tariff_cut"
        and previous.status != "reversed"
        and (m.kind, m.status) == ("tariff_increase", "reversed")
        and low[m.head].endswith("ing")
        and low[m.head - 1] == ","
        and (previous.actor is None or m.actor is None or previous.actor == m.actor)
        and (not previous.targets or not m.targets or previous.targets == m.targets)
    )


def _quoted(sentence: str) -> bool:
    """Whether a sentence is direct speech ('"We will buy from India," said a buyer')."""
    return bool(re.search(r"[,.!?][\"\u201d] (said|says)\b", sentence))


def without_headline_only(events: list[Event], sents: list[Sentence], text: str) -> list[Event]:
    """The events, less those only the headline tells when the body tells others.

    A headline restates the body's news in a few words ("Ukraine stops buying Russian gas
    after Gazprom halts supplies"); an event read from it that no body sentence tells again
    is a misreading of one the body tells better (in the 25 labelled sets, all 51 such events
    were extras). A report whose body tells nothing keeps its headline's events.

    Parameters
    ----------
    events : list of Event
        The report's events.
    sents : list of Sentence
        Its sentences.
    text : str
        Its text (the headline is a first line with no full stop of its own).

    Returns
    -------
    list of Event
        The events told in the body, or all of them when the body tells none.
    """
    if not sents:
        return events
    first = sents[0]
    end = first.offset + len(first.text)
    headline = not first.text.rstrip().endswith((".", '"', "\u201d", "?", "!")) and (
        "\n" in text[end : end + 3]
    )
    if not headline:
        return events
    body = [e for e in events if any(start >= end for start, _ in e.mentions)]
    return body or events


#: Words of a relief from a tariff ("the exemptions and duty-free quotas granted to ...").
_RELIEFS = frozenset({"exemption", "exemptions", "exclusion", "exclusions", "waiver", "waivers"})


def _exemptions(m: Mention) -> bool:
    """Whether a tariff mention tells exemptions from a tariff ended, not the tariff itself.

    "From March 12, the proclamations end the exemptions and duty-free quotas granted to
    Canada, Mexico and the European Union": an event apart from "raised the U.S. tariff on
    aluminum imports to 25% from 10%, effective March 12", however alike the two are dated.
    """
    if m.kind not in _TARIFFS:
        return False
    low = m.sentence.lower
    noun = m.extra.get("noun", m.head)
    return any(w in _RELIEFS for w in low[min(m.head, noun) : max(m.head, noun) + 1])


def _exchange_controls(m: Mention) -> bool:
    """Whether a currency mention tells exchange controls, not the currency's value.

    "Fiji devalued its dollar by 17.75 per cent" and "Tighter exchange controls took effect
    at the same time": two steps on the currency, however alike the two are dated.
    """
    if m.kind != "currency_intervention":
        return False
    low = m.sentence.lower
    noun = m.extra.get("noun", m.head)
    span = low[min(m.head, noun) : max(m.head, noun) + 4]
    return any(w in {"control", "controls"} for w in span)


def _other_amount(previous: Mention | None, m: Mention) -> bool:
    """Whether ``m`` covers another amount of goods than the measure before it in its sentence.

    "The 25% tariff on $250 billion of Chinese goods will rise to 30% ..., and the tariffs
    on a further $300 billion of Chinese imports ... will be 15%": two tariffs, though both
    are told as ones known ("the tariff").
    """
    return (
        previous is not None
        and previous.sentence is m.sentence
        and previous.value_usd is not None
        and m.value_usd is not None
        and previous.value_usd != m.value_usd
    )


def _parts(previous: Mention | None, m: Mention) -> bool:
    """Whether ``m`` is another part of the tariff measure told before it in its sentence.

    "proposed halving the duty-free quota and doubling the out-of-quota duty to 50%": two
    coordinated clauses, one measure (same kind, actor, targets and status), one of them
    without a rate.
    """
    if previous is None or previous.sentence is not m.sentence or m.step or previous.step:
        return False
    # "..., saying that a planned 10% tariff ... would be 15%, and that the existing 25%
    # tariff ... would rise to 30%": a second thing said, a second measure
    s = m.sentence
    start = next((g.start for g in s.segments if g.start <= m.head < g.end), m.head)
    if s.lower[start : start + 2] == ["and", "that"]:
        return False
    rates = ("rate_from", "rate_to", "rate_change", "value_usd")
    # "imposed sanctions on ..., freezing any assets ... and barring Americans from dealing
    # with them": a participle tells what the sanction told before does
    told_what = m.kind == "sanction" and s.lower[m.head].endswith("ing")
    return (
        (m.kind in _TARIFFS or told_what)
        and previous.kind == m.kind
        and previous.actor == m.actor
        and previous.targets == m.targets
        and previous.status == m.status
        and bool(m.extra.get("coordinated"))
        and not (any(getattr(m, r) is not None for r in rates)
                 and any(getattr(previous, r) is not None for r in rates))
    )  # fmt: skip


def _one_market_move(previous: Mention | None, m: Mention) -> bool:
    """Whether ``m`` is one market move with the one before it in its sentence.

    "Shares of West Fraser Timber fell 2.1 per cent in Toronto, and Interfor lost 1.6 per
    cent": one market's companies moving together, joined by *and*, are one move (the
    later labelled sets list both companies); "Goodyear rose 2%, while Tyson Foods fell 3%"
    stays two.
    """
    if previous is None or previous.sentence is not m.sentence:
        return False
    if previous.kind != "market_reaction" or m.kind != "market_reaction":
        return False
    low = m.sentence.lower
    between = low[previous.head + 1 : m.head]
    if not (_market(previous) == _market(m) and bool(previous.companies) and bool(m.companies)):
        return False
    if "and" in between and not set(between) & {"while", "but", "whereas", ";"}:
        return previous.actor == m.actor
    # "Shares of Sollers fell 2.4 percent in Moscow, while AvtoVAZ ... slipped 1.1 percent":
    # the same way, one move (its market told once)
    return (
        "while" in between
        and ";" not in between
        and m.actor in (None, previous.actor)
        and _direction(low[previous.head]) == _direction(low[m.head]) != 0
    )


def _market(m: Mention) -> str:
    """The market a move of one sentence is told on: a currency, or any other.

    "Shares of Canfor Corp. rose 3 per cent ... as lumber prices climbed": in one sentence,
    shares and a good's price are one move; told in two sentences, two (``extra["market"]``).
    """
    return "currency" if m.extra.get("market") == "currency" else "markets"


def _direction(verb: str) -> int:
    """+1 for a move up ("rose", "gained"), -1 for one down ("fell", "slipped"), else 0."""
    return 1 if verb in lx.MOVES_UP else -1 if verb in lx.MOVES_DOWN else 0


def _own_goods_and_rate(host: Mention, m: Mention) -> bool:
    """Whether a tariff ``m`` told after ``host`` names goods and a rate of its own.

    "Biden quadrupled the tariff on Chinese electric vehicles to 100%. The duty on
    semiconductors will double to 50% by 2025.", "A new 100% tariff on syringes will apply
    from Sept. 27, and the tariff on semiconductors will double to 50% on Jan. 1": two
    goods, two rates, two events.
    """
    rate = m.rate_to if m.rate_to is not None else m.rate_change
    host_rate = host.rate_to if host.rate_to is not None else host.rate_change
    # "approved tariff cuts on some 3,500 import items. The duty on small passenger cars will
    # fall to 30 percent from 42.5 percent": a package told by its count, then one good's own
    package = (
        host.kind == "tariff_cut"
        and host_rate is None
        and not host.products
        and bool(_ITEMS.search(host.sentence.text))
    )
    return (
        m.kind in _TARIFFS
        and host.kind in _TARIFFS
        and rate is not None
        and (package or (host_rate is not None and rate != host_rate))
        and bool(m.products)
        and not set(m.products) <= set(host.products)
    )


def _own_goods(host: Mention, m: Mention) -> bool:
    """Whether a tariff ``m`` of ``host``'s sentence names its own duty on other goods.

    "the tariff on imported oranges will be cut to 10 percent from 50 percent, while duties
    on bananas, pineapples and mangoes will be scrapped": two duties, each with its noun and
    its goods, two events (not "removed import duties on salmon and cut those on cheese",
    one duty told again; nor "scrapped tariffs on Swiss goods ... and began cutting its
    duties on Swiss watches", one deal's cuts told in one clause after another).
    """
    noun = m.extra.get("noun")
    s = m.sentence
    start = next((g.start for g in s.segments if g.start <= m.head < g.end), m.head)
    return (
        s.lower[start] in {"while", "whereas"}
        and m.kind in _TARIFFS
        and host.kind in _TARIFFS
        and m.sentence is host.sentence
        and isinstance(noun, int)
        and m.sentence.lower[noun] in lx.TARIFF_NOUNS
        and bool(m.products)
        and bool(host.products)
        and not set(m.products) & set(host.products)
    )


#: Kinds of a deal, told again with its parties ("signed the deal ... with ministers from
#: Panama, Costa Rica, ...").
_DEALS = frozenset({"deal_reached", "deal_broken"})


def _later_step(host: Mention, m: Mention) -> bool:
    """Whether a tariff ``m`` told after ``host`` is a later step of it, to a new rate.

    "Brazil began charging a 10% import tax on electric vehicles on Monday. The rate will
    rise to 18% in July": the step to come, on its own day, is an event of its own (as the
    schedule's further steps are: rules.scheduled_steps).
    """
    rate = m.rate_to
    host_rate = host.rate_to if host.rate_to is not None else host.rate_change
    return (
        m.kind in _TARIFFS
        and host.kind in _TARIFFS
        and m.sentence is not host.sentence
        and rate is not None
        and host_rate is not None
        and rate > host_rate
        and m.date_source == "stated"
        and m.date is not None
        and host.date is not None
        and m.date > host.date
    )


def _conditional_threat(host: Mention, m: Mention) -> bool:
    """Whether ``m`` threatens more, on a condition, than the measure ``host`` set.

    "Trump said the tariff was needed ..., and warned that if Moldova raised its own
    tariffs in response, the increase would be added on top of the 25%": a threat of its
    own, not the 25% tariff told again.
    """
    return (
        m.status == "threatened"
        and host.status in {"announced", "in_effect"}
        and host.sentence is not m.sentence
        and any(g.type == "condition" and g.start < m.head for g in m.sentence.segments)
    )


def _named_apart(host: Mention, m: Mention) -> bool:
    """Whether a tariff or a deal told again names other targets than the one told before.

    In a sentence of its own: "The tariffs of 10% on goods from Denmark, Norway ..." after
    "tariffs on eight European countries" (not "..., putting them on a par with Australian
    rivals that already enjoy lower rates": the same sentence's measure, compared); "signed
    the deal in Seoul with ministers and officials from Panama, Costa Rica, ..." after
    "signed a free trade agreement with five Central American countries": a deal with each.
    """
    return (
        (m.kind in _TARIFFS or m.kind in _DEALS)
        and m.sentence is not host.sentence
        and bool(m.targets and host.targets)
        and not set(m.targets) & set(host.targets)
    )


def _host(kept: list[Mention], m: Mention) -> Mention | None:
    """The event a continuing mention adds to: the last of its family, in a main clause."""
    family = [k for k in kept if _family(k.kind) == _family(m.kind)]
    if not family:
        return None
    last = [k for k in family if k.sentence is family[-1].sentence]
    main = [k for k in last if not k.extra.get("subordinate")]
    return (main or last)[0] if m.anaphoric and m.sentence is not last[0].sentence else family[-1]


def _fill_in(host: Mention, m: Mention) -> None:
    """Add what a continuing sentence says to the event it continues."""
    for name in ("value_usd", "rate_from", "rate_to", "rate_change"):
        if getattr(host, name) is None:
            setattr(host, name, getattr(m, name))
    host.products = list(dict.fromkeys(host.products + m.products))
    host.sectors = sorted(set(host.sectors) | set(m.sectors))
    host.companies = list(dict.fromkeys(host.companies + m.companies))
    if not host.targets:
        host.targets = list(m.targets)
    if host.date_source == "report" and m.date_source == "stated" and m.extra.get("numbered"):
        # "said he would remove ... from a trade programme" and "would end the four
        # countries' eligibility ... from January 1": the day the measure told again states
        host.date, host.precision, host.date_text = m.date, m.precision, m.date_text
        host.date_source = m.date_source
    host.extra.setdefault("more", []).append(m.sentence)


_FILLED = ("actor", "target", "value_usd", "rate_from", "rate_to", "rate_change", "date")


#: Kinds one event may be told as: "Turkey doubles tariffs on U.S. cars" (a headline) and
#: "Turkey doubled tariffs ... in retaliation" (its body) are one retaliation.
_SAME_MEASURE = frozenset({"tariff_increase", "retaliation"})


#: Kinds told of two parties alike, whichever is named first ("talks between A and B").
_BETWEEN_TWO = frozenset({"talks_held", "talks_stalled", "talks_scheduled", "deal_reached"})


def _compatible(a: Event, b: Event, b_stated: bool) -> bool:
    kinds = {a.kind, b.kind}
    if (a.kind != b.kind and kinds != _SAME_MEASURE) or a.status != b.status or a.start == b.start:
        return False
    if a.kind != b.kind and (a.actor is None or a.actor != b.actor):
        return False  # told as two kinds, one measure only when its actor is named alike
    # "U.S. and Soviet negotiators signed the grain agreement" and "the largest grain deal
    # ever struck between the two countries": talks and deals are the same either way round
    swapped = (
        a.kind in _BETWEEN_TWO
        and a.actor is not None
        and a.target is not None
        and (a.actor, a.target) == (b.target, b.actor)
    )
    names = ("actor", "target") * (not swapped) + (
        "value_usd",
        "rate_from",
        "rate_to",
        "rate_change",
    )
    for name in names:
        x, y = getattr(a, name), getattr(b, name)
        if x is not None and y is not None and x != y:
            return False
    if a.companies and b.companies and not set(a.companies) & set(b.companies):
        return False
    # "a 100% duty on electric vehicles" and "a new 100% tariff on Chinese syringes": the
    # same rate on goods of other sectors
    if a.kind in _TARIFFS and a.sectors and b.sectors and not set(a.sectors) & set(b.sectors):
        return False
    # "will eliminate Japan's tariffs on ... European wine" and "Japan's tariff on European
    # cheeses will be removed over 15 years": an agreement's cuts on other goods are two
    if a.kind == b.kind == "tariff_cut" and not _goods_shared(a.products, b.products):
        return False
    # "Korea will eliminate tariffs on 98 per cent of New Zealand's current exports" and "Its
    # 45 per cent tariff on kiwifruit will be phased out": a cut told by its share of trade
    # and one good's own duty, two cuts of the agreement
    if a.kind == b.kind == "tariff_cut" and (_by_share(a, b) or _by_share(b, a)):
        return False
    # "will double to 50%" and "a new 100% tariff": two rates, however each is told
    new_a = a.rate_to if a.rate_to is not None else a.rate_change
    new_b = b.rate_to if b.rate_to is not None else b.rate_change
    if new_a is not None and new_b is not None and new_a != new_b:
        return False
    return not (a.date and b.date and a.date != b.date and a.date_stated and b_stated)


def _by_share(a: Event, b: Event) -> bool:
    """Whether ``a`` is a cut told by its share of trade or count of items, ``b`` a good's own.

    ``b`` names its goods and its rate, or its goods and its own maker ("Tariffs on 85
    percent of the goods traded between the two countries will be removed" and "The United
    States ... will remove its duties on Chilean salmon, grapes and wine").
    """
    rated = (
        b.rate_to is not None
        or b.rate_change is not None
        or (a.actor is None and b.actor is not None)
    )
    return (
        not a.products
        and a.rate_to is None
        and a.rate_change is None
        and bool(_SHARE_OF.search(a.sentence) or _ITEMS.search(a.sentence))
        and bool(b.products)
        and rated
    )


#: A share of trade a cut covers ("on 98 per cent of New Zealand's current exports").
_SHARE_OF = re.compile(r"\d+(?:\.\d+)? ?(?:per ?cent|%) of ", re.IGNORECASE)
#: A count of goods a cut covers ("tariff cuts on some 3,500 import items"): a package, and
#: one good's own rated cut told after it is another ("The duty on small passenger cars
#: will fall to 30 percent from 42.5 percent").
_ITEMS = re.compile(r"\b\d[\d,]* (?:import )?(?:items|tariff lines|product lines)\b", re.IGNORECASE)


def _goods_shared(a: tuple[str, ...], b: tuple[str, ...]) -> bool:
    """Whether two lists of product words share a good (or either names none).

    Words are compared singular, one by one: "meat and grain" (a headline) and "red meat,
    grains and dairy" (its body) share goods; "European wine" and "cheeses" do not.
    """
    if not a or not b:
        return True

    def words(products: tuple[str, ...]) -> set[str]:
        return {w.lower().removesuffix("s") for p in products for w in p.split()}

    return bool(words(a) & words(b))


def _merge_into(
    events: list[Event],
    groups: list[str],
    new: Event,
    group: str,
    stated: bool,
    dated: bool | None = None,
    apart_from: Sentence | None = None,
) -> None:
    """Merge ``new`` into a compatible event of ``events``, or add it.

    ``groups`` holds what each event's market is (a currency, equities ...): moves of a
    country's shares and of its currency are two events. ``stated``: ``new``'s date is
    stated in its clause; ``dated`` (default ``stated``): its sentence dates it at all (a
    reporting clause's date too), which replaces the report's date of a headline.
    ``apart_from``: a sentence whose event ``new`` is taken beside, never merged into.
    """
    dated = stated if dated is None else dated
    apart = (
        None
        if apart_from is None
        else (apart_from.offset, apart_from.offset + len(apart_from.text))
    )
    for k, old in enumerate(events):
        if groups[k] != group or not _compatible(old, new, stated) or apart in old.mentions:
            continue
        changes: dict[str, object] = {}
        if new.kind != old.kind:
            changes["kind"] = "retaliation"  # the more telling of the two
        for name in ("actor", "target", "value_usd", "rate_from", "rate_to", "rate_change"):
            if getattr(old, name) is None and getattr(new, name) is not None:
                changes[name] = getattr(new, name)
        if (not old.date_stated and dated) or old.date is None:
            changes.update(
                date=new.date, date_precision=new.date_precision, date_text=new.date_text
            )
            notes = [n for n in old.notes if not n.startswith(("no date", "date from"))]
            notes += [n for n in new.notes if n.startswith(("no date", "date from"))]
        else:
            notes = list(old.notes)
        if changes.get("target") is not None or changes.get("actor") is not None:
            notes = [n for n in notes if not n.startswith(("target not named", "actor not"))]
        changes["notes"] = tuple(dict.fromkeys(notes))
        changes["companies"] = tuple(dict.fromkeys(old.companies + new.companies))
        changes["products"] = tuple(dict.fromkeys(old.products + new.products))
        changes["sectors"] = tuple(sorted(set(old.sectors) | set(new.sectors)))
        changes["mentions"] = old.mentions + new.mentions
        if sum(getattr(new, f) is not None for f in _FILLED) > sum(
            getattr(old, f) is not None for f in _FILLED
        ):
            changes.update(sentence=new.sentence, start=new.start, end=new.end)
        events[k] = old.with_fields(**changes)
        return
    events.append(new)
    groups.append(group)
