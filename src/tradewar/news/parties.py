"""Who acts and on whom: the actor and targets of an event mention.

The actor is the nearest name before the word of change that no preposition governs;
for a market move, the market or currency that moves (or the place it trades in: "in
Winnipeg"); for talks, the two sides named before the verb or after *between*.  The
targets are the names after the word of change (:func:`~tradewar.news.fields._targets`),
or the companies an object pronoun stands for.  When the clause's subject is the goods a
measure falls on (:func:`~tradewar.news.phrases.patient`: "Vietnamese goods will face a
20% tariff"), their origin is the target and the importer the actor: the country they
enter, the agent after *by*, else the other country of the sentence's main clause.
"""

from __future__ import annotations

import itertools
import re

from tradewar.news import grammar as gr
from tradewar.news import lexicon as lx
from tradewar.news.entities import amount_currency, bare_currency_countries, gazetteer
from tradewar.news.fields import (
    _AGENTS,
    _agent_before,
    _condition_agents,
    _pronoun_target,
    _targets,
)
from tradewar.news.phrases import BENEFIT_VERBS, Patient, owner, patient
from tradewar.news.records import Mark, Mention, Sentence, Trigger
from tradewar.news.text import dateline_end

__all__ = ["parties"]

#: Words before a dollar that make it a street market's ("the black-market dollar").
_STREET_CUES = frozenset({"market", "parallel", "kerb", "curb", "unofficial"})

#: Kinds of measure whose subject may be the goods they fall on.
_MEASURES = frozenset({"tariff_increase", "tariff_cut", "retaliation", "export_control",
                       "sanction"})  # fmt: skip
#: Kinds one country does to another (not talks, deals or breaches told of both).
_ONE_SIDED = _MEASURES | {"purchase_cut", "purchase_commitment", "currency_intervention"}


#: Words after a currency's name that make it name bonds, not the currency ("dollar bonds").
_BOND_WORDS = (["bonds"], ["bond"], ["debt"], ["eurobonds"], ["notes"], ["sovereigns"])


def parties(
    m: Mention, s: Sentence, k: int, t: Trigger, previous: Mention | None, both: list[Mark]
) -> None:
    """Fill in the actor, targets and companies of a mention.

    Parameters
    ----------
    m : Mention
        The mention, with its kind and status.
    s : Sentence
        Its sentence.
    k : int
        The index of its clause in ``s.segments``.
    t : Trigger
        Its trigger.
    previous : Mention or None
        The mention before it in the report.
    both : list of Mark
        Phrases of the sentence that stand for both sides ("the two sides").
    """
    low = s.lower
    seg = s.segments[k]
    if t.kind == "market_reaction":
        aside = _relative_span(s, max(seg.start, t.lo), t.head)
        subject = [
            x
            for x in s.marks
            if x.type in _AGENTS | {"market", "currency"}
            and x.start not in aside
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
                and (
                    low[x.start - 1] == "in"
                    # "fell 3.5 percent in early New York trading"
                    or low[x.start - 2 : x.start] in (["in", "early"], ["in", "late"])
                    # "Prices for feeder steers at Darwin fell", "at the Sydney Fish Market"
                    or (x.type == "market" and "at" in low[x.start - 2 : x.start])
                    # "rose 3.1 per cent on the National Stock Exchange"
                    or (x.type == "market" and low[x.start - 2 : x.start] == ["on", "the"])
                    # "Shares of Kakuzi, a Nairobi-listed grower of avocados, rose"
                    or (low[x.end : x.end + 2] == ["-", "listed"] and x.end < t.head)
                    # "rose 5.2% on the Egyptian Exchange", "on the Seoul bourse"
                    or (
                        low[x.start - 2 : x.start] == ["on", "the"]
                        and bool(set(low[x.end : x.end + 2]) & _EXCHANGES)
                    )
                )
            ]
            codes = [place[0].code] if place and place[0].code else []
            # "money changers were offering as much as 120 pesos for a dollar": the
            # currency of the street price, where no place is named (a name several
            # countries share is settled by the report: merge.py)
            unit = amount_currency(low, t.noun)
            if not codes and unit is not None:
                codes = [unit]
                word = low[t.noun] if t.noun < len(low) else ""
                users = bare_currency_countries().get(word) or bare_currency_countries().get(
                    word.removesuffix("s"), ()
                )
                m.extra["unit_users"] = users if len(users) > 1 else ()
        elif codes == ["EU"]:
            # "European gas prices fell 3% in Amsterdam": the market's city, not the region
            codes = [
                x.code
                for x in s.marks
                if x.type == "market" and x.code and t.head < x.start < seg.end
                and low[x.start - 1] == "in"
            ] or codes  # fmt: skip
        m.actor = codes[0] if codes else None
        if m.actor == "USA" and any(x.type == "currency" and x.code == "USA" for x in subject):
            # "the dollar fetched about 2,100 kyat on Monday": the local currency's move
            in_sentence = {x.code for x in s.marks if x.type == "country" and x.code}
            m.actor = _priced_in(low, t.head, seg.end, in_sentence) or m.actor
            # "the black-market dollar fell about 10 percent" in Sao Paulo: the dollar of a
            # street market is the local currency's quote, whose country the report names
            street = any(
                x.type == "currency" and x.code == "USA" and low[x.start - 1] in _STREET_CUES
                for x in subject
            )
            if m.actor == "USA" and street:
                m.actor = None
        m.companies = [x.name for x in subject if x.type == "company"]
        # moves of a currency and of shares are two events, however close
        # (not "Egypt's dollar bonds rallied": bonds named by their currency, a bond market)
        currency = any(
            x.type == "currency" and low[x.end : x.end + 1] not in _BOND_WORDS for x in subject
        ) or low[t.noun] in {"currency", "currencies"}
        # and moves of shares and of a good's futures or price ("Canola futures ... fell";
        # "Shares of Nutrien Ltd. ... dipped")
        in_names = {i for x in s.marks if x.type == "company" for i in range(x.start, x.end)}
        words = {low[i] for i in range(max(seg.start, t.lo), t.head) if i not in in_names}
        goods = bool(words & _GOODS_QUOTED) and not words & _SHARES
        m.extra["market"] = "currency" if currency else "goods" if goods else "markets"
        # the companies that lead a move: "European steel stocks rose, with ArcelorMittal up 5%"
        if k + 1 < len(s.segments) and low[s.segments[k + 1].start] in {"with", "led"}:
            g = s.segments[k + 1]
            m.companies += [
                x.name for x in s.marks if x.type == "company" and g.start <= x.start < g.end
            ]
        # an unknown company's shares do not take another country (its own is not guessed)
        # a world benchmark (Brent) has no country: its move has none, not the sentence before's
        # and nor has the world's oil price ("Oil prices rose, with Brent crude up 1.4 percent")
        m.actor_found = (
            m.actor is not None
            or bool(m.companies)
            or any(x.type == "market" for x in subject)
            or low[max(seg.start, t.lo) : max(seg.start, t.lo) + 2] in _OIL_PRICES
        )
    else:
        talk = t.kind.startswith("talks") or t.kind == "deal_reached"
        between = [i for i in range(seg.start, seg.end) if low[i] == "between"]
        agents = [
            x
            for x in s.marks
            if x.type in _AGENTS and seg.start <= x.start < t.head and not (talk and _venue(s, x))
        ]
        # "Asuncion, Jan 17 (EFE).- The European Union signed ...": the dateline's place is
        # no side of the talks or the deal
        placed = dateline_end(s.text)
        if talk and any(s.idx[x.start] >= placed for x in agents):
            agents = [x for x in agents if s.idx[x.start] >= placed]
        pair: list[str] = []
        if talk and between:
            pair = [
                x.code
                for x in s.marks
                if x.type in _AGENTS and x.start > between[0] and x.code and x.start < seg.end
            ]
        # "between the two countries" names no one: the subject's pair
        if talk and len(set(pair)) < 2:
            head_agents = [
                x.code
                for x in agents
                if x.code
                and not (
                    x.start > 0
                    and low[x.start - 1] in gr.OBJECT_PREPS - {"and"}
                    # "The leaders of Armenia and Azerbaijan signed": the sides' own people
                    and not (
                        low[x.start - 1] == "of" and _sides_people(low, x.start - 2, seg.start)
                    )
                )
            ]
            pair = list(dict.fromkeys(head_agents))
        pair = list(dict.fromkeys(pair))
        # "the two sides agreed to hold a second round", "Costa said the leaders would meet":
        # a subject that stands for both sides, nearer the verb than any name
        sides = [x for x in both if seg.start <= x.start < t.head]
        named = [x for x in agents if sides and x.start > sides[-1].start]
        if talk and sides and not named and len(pair) < 2:
            m.extra["both_sides"] = True
        elif talk and not agents and _many_parties(low, seg.start, t.head):
            # "Forty-four African countries signed an agreement": many sides, none named
            m.extra["both_sides"] = True
        elif talk and len(pair) == 1 and _many_partners(low, t.head, seg.end):
            # "South Korea signed a free trade agreement with five Central American countries":
            # its partners named later, if at all (no counterpart guessed)
            m.actor, m.actor_found = pair[0], True
            m.extra["global"] = True
        elif (
            talk
            and len(members := _members_named(s, seg.start, t.head)) > 2
            and {x.code for x in agents} <= set(members)
            and (partners := _partners_after_with(s, t.head, seg.end))
            and not set(partners) & set(members)
        ):
            # "The Pacific Alliance, the trade bloc formed by Chile, Colombia, Mexico and
            # Peru, on Friday opened negotiations with Australia, Canada, New Zealand and
            # Singapore": the bloc (no country) with each partner, not two of its members
            m.actor, m.targets, m.actor_found = None, partners, True
        elif talk and len(pair) >= 2:
            m.actor, m.targets = pair[0], [pair[1]]
            m.actor_found = True
            joined = all(
                set(low[x.end : y.start]) <= {",", "and", "the"}
                for x, y in itertools.pairwise(agents)
            )
            # (three sides only: a longer list is a group's, "The six, the United States, the
            # European Union, Japan, ...", told as one)
            # (not "talks between Russia, Ukraine and the European Union": one event, as the
            # sets label it, round 52)
            if (
                len(pair) == 3
                and len(agents) == 3
                and joined
                and not between
                and "including" not in low[: t.head]
            ):
                # "Officials of the EU, Russia and Ukraine will meet in Brussels": one side
                # and each of the others, named as a list
                m.targets = pair[1:]
            if between:
                # "Talks between the European Union and Argentina, Brazil, Paraguay and
                # Uruguay": one side and each of the others, named as a list
                listed = _listed_after(s, between[0], seg.end)
                if len(listed) > 2 and listed[0] == pair[0]:
                    m.targets = listed[1:]
            members = _members_aside(s, seg.start, t.head) or _members_named(s, seg.start, t.head)
            if len(members) > 2 and pair[0] not in members:
                # "India's agreement with the four-nation European Free Trade Association -
                # Switzerland, Norway, Iceland and Liechtenstein - came into force": each member
                m.targets = members
        elif (
            t.kind == "deal_reached"
            and not agents
            and len(bound := _partners_after_with(s, t.head, seg.end, "for")) > 2
        ):
            # "The Additional Protocol ... entered into force today for Peru, Chile, Colombia
            # and Mexico": one side and each of the others
            m.actor, m.targets, m.actor_found = bound[0], bound[1:], True
        elif (
            talk
            and not agents
            and (
                (t.kind == "talks_scheduled" and low[t.noun] in lx.TAKE_UP_VERBS)
                # "Trade minister Yukio Edano met his Chinese and South Korean counterparts"
                # "would meet the Thai and Japanese ambassadors next week"
                or (
                    low[t.head] in {"met", "meet", "meets"}
                    and low[t.head + 1 : t.head + 2] in (["his"], ["her"], ["their"], ["the"])
                    and bool(set(low[t.head + 2 : t.head + 9]) & lx.ENVOYS)
                )
                # "The Foreign Office summoned the Libyan charge d'affaires", "summoned
                # Uganda's High Commissioner in Nairobi": the envoy's country called in
                or low[t.head] in {"summoned", "summon", "summons"}
            )
            and (taken := _adjectives_listed(s, min(t.noun, t.head), seg.end))
        ):
            # "Department of Agriculture officials will brief the Kuwaiti and Jordanian
            # embassies": each country whose officials are briefed, the briefer's the report's
            m.targets = taken
        elif talk and not agents and (partners := _partners_after_with(s, t.head, seg.end)):
            # "Trade Minister Kim Hyun-chong signed the deal in Seoul with ministers and
            # officials from Panama, Costa Rica, ...": the partners listed, the signer's
            # country the one of the sentence before
            m.targets = partners
        elif (
            talk
            and previous is not None
            and previous.sentence is s
            and previous.kind.startswith("talks")
            and not _agent_before(s, seg.start, t.head)
        ):
            m.actor, m.targets = previous.actor, list(previous.targets)
            m.actor_found = previous.actor_found
        elif t.kind == "purchase_commitment" and low[t.head] in lx.SUPPLY_VERBS | lx.BEGUN_FLOWS | {
            "sell"
        }:
            # "Vietnam will supply the Philippines with 1.5 million tonnes of rice a year":
            # the country supplied buys, from the supplier (or the country goods go "to":
            # "has begun supplying crude oil to Germany")
            buyer = [x for x in s.marks if x.type == "country" and t.head < x.start <= t.head + 3]
            buyer = buyer or [
                x
                for x in s.marks
                if x.type == "country"
                and t.head < x.start <= t.head + (24 if low[t.head] == "sell" else 10)
                and low[x.start - 1] == "to"
            ]
            seller = _agent_before(s, seg.start, t.head, companies=True)
            # "Azerbaijani natural gas began flowing to Syria": the goods' own country sells
            origin = [
                x
                for x in s.marks
                if x.type == "country"
                and seg.start <= x.start < t.head
                and any(p.type == "product" and x.end <= p.start <= x.end + 2 for p in s.marks)
            ]
            if origin and low[t.head] not in lx.SUPPLY_VERBS:
                seller = origin[-1]
            m.actor = buyer[0].code if buyer else None
            m.actor_found = bool(buyer)
            m.targets = [seller.code] if seller is not None and seller.code else []
        elif pat := patient(s, seg.start, t.head, t.noun) if t.kind in _MEASURES else None:
            _patient_parties(m, s, k, pat, owner(s, seg.start, t.noun), previous)
        elif _beneficiary(m, s, k, t):
            pass
        else:
            # "Moldova's government says Gazprom broke the contract": the nearest name, a
            # company's too, breaks a contract
            agent = _agent_before(s, seg.start, t.head, companies=t.kind == "deal_broken")
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
            if (
                t.kind == "export_control"
                and agent is not None
                and agent.start > 0
                and low[agent.start - 1] == "to"
            ):
                agent = None  # "exports of 47 types of chips ... to South Africa would need"
            if agent is None and t.kind.startswith("purchase"):
                # "Vietnamese companies signed agreements to buy ...": the buyers' country
                agent = next(
                    (
                        x
                        for x in agents
                        if x.type == "country"
                        and x.end < len(low)
                        and low[x.end] in _BUYERS
                        and not (x.start > 0 and low[x.start - 1] in gr.OBJECT_PREPS)
                    ),
                    None,
                )
            author = owner(s, seg.start, t.noun) if t.kind in _MEASURES else None
            if agent is None and author is not None:  # "a ruling on the 35% U.S. tariff"
                agent = next(x for x in s.marks if x.code == author and x.start < t.noun)
            if agent is None:
                by = [
                    x
                    for x in s.marks
                    if x.type in {"country", "leader"}
                    and t.head < x.start <= t.head + 4
                    and (
                        low[x.start - 1] == "by"
                        # "The duties, adopted by the EU Council of Ministers, ...": the
                        # council's country (not "in line with controls announced by the
                        # United States", another country's measure)
                        or (low[x.start - 2 : x.start] == ["by", "the"] and low[x.start - 4] == ",")
                    )
                ]
                agent = by[0] if by else None
            if talk and agent is not None and _venue(s, agent):
                agent = None
            if (
                agent is None
                and previous is not None
                and previous.sentence is s
                and previous.actor
                and low[seg.start] in _SUBJECT_PARTICIPLES
            ):
                # "The Swiss National Bank set a minimum rate of 1.20 francs per euro, saying
                # it will buy foreign currency": the participle's subject is the sentence's
                agent = next((x for x in s.marks if x.code == previous.actor), None)
            if (
                t.kind == "currency_intervention"
                and k > 0
                and low[seg.start : seg.start + 2] == ["under", "which"]
            ):
                # "Erdogan announced a scheme under which the Treasury will compensate lira
                # depositors": the scheme's author, not the agency that pays under it
                g = s.segments[k - 1]
                agent = _agent_before(s, g.start, g.end) or agent
            if (
                agent is None
                and t.kind == "currency_intervention"
                # "The Central Bank of Armenia raised its refinancing rate ..., and it sold
                # foreign currency ... as the dram fell against the U.S. dollar": the first
                # clause's subject (below)
                and not (k > 0 and low[seg.start] in {"and", "but"})
            ):
                # "the authorities would step in if the won's slide continued": the currency's,
                # the clause's own first ("... and widened the band in which the dong may trade")
                money = [x for x in s.marks if x.type == "currency" and x.code]
                own = [x for x in money if seg.start <= x.start < seg.end]
                agent = next(iter(own or money), None)
            if agent is None and not both:
                for j in range(k - 1, -1, -1):
                    if s.segments[j].type in {"cause", "condition"}:
                        continue
                    g = s.segments[j]
                    agent = _agent_before(s, g.start, g.end)
                    if low[seg.start] in {"and", "but"} and t.kind in _ONE_SIDED:
                        # "Saudi Arabia ... recalled its ambassador to Lebanon, ... and halted
                        # all imports from Lebanon": the verbs share the first clause's subject
                        agent = next(
                            (
                                x
                                for x in s.marks
                                if x.type in _AGENTS
                                and g.start <= x.start < g.end
                                and x.code
                                and not (
                                    x.start > 0
                                    and low[x.start - 1] in gr.OBJECT_PREPS
                                    # "The State Bank of Vietnam ... and widened the band"
                                    and low[x.start - 2 : x.start] != ["bank", "of"]
                                )
                            ),
                            agent,
                        )
                    if agent is not None:
                        break
            m.actor = agent.code if agent else None
            m.actor_found = agent is not None
            if both and not m.actor_found:
                m.extra["both_sides"] = True
            if t.kind != "currency_intervention" and not m.extra.get("both_sides"):
                targets, companies = _pronoun_target(s, k, t, m.actor)
                if not targets:
                    every = bool(
                        s.phrases("global", seg.start, seg.end)
                        or s.phrases("bloc", seg.start, seg.end)
                    )
                    targets, companies = _targets(s, k, t, m.actor, fallback=not every)
                if talk and m.actor is None and len(targets) >= 2:
                    # "The meeting of Canadian and Brazilian ministers": both sides named after
                    m.actor, targets = targets[0], targets[1:2]
                    m.actor_found = True
                if talk and len(targets) > 1:
                    # "agreed with Russia on Tuesday to join the customs union of Russia,
                    # Belarus and Kazakhstan": the union's members, told to name it, are no
                    # parties (but the one named as a party before is)
                    grouped = _bloc_members(s, seg.start, seg.end)
                    targets = [c for c in targets if c not in grouped] or targets
                if talk:
                    # "talks in the Spanish capital", "the Doha Round": the place of the talks
                    # or the name of the round is no party
                    named = [x for x in s.marks if x.code and x.type in {"country", "leader"}]
                    places = {x.code for x in named if _venue(s, x)} - {
                        x.code for x in named if not _venue(s, x)
                    }
                    targets = [c for c in targets if c not in places]
                traded = [i for i in between if low[i - 1] in {"traded", "trade"}]
                if not talk and m.actor is None and traded:
                    # "will remove tariffs on about 98 per cent of goods traded between Canada
                    # and the 28-nation bloc": both sides' trade, no one's target
                    after = {x.code for x in s.marks if x.code and x.start > traded[0]}
                    targets = [c for c in targets if c not in after]
                if (
                    low[seg.start] == "imposing"
                    and previous is not None
                    and previous.sentence is s
                    and previous.targets
                    and previous.actor == m.actor
                ):
                    # "banned most U.S. exports to Syria ..., imposing sanctions that Congress
                    # had demanded over Damascus' role in Lebanon": the steps told before are
                    # the sanctions, on the same country
                    targets = list(previous.targets)
                if not m.targets:
                    m.targets = targets
                m.companies = companies
                if not m.targets and m.status == "threatened":
                    m.targets = _condition_agents(s, m.actor)
            if s.phrases("global", seg.start, seg.end) and not m.targets:
                m.extra["global"] = True
                # "expand imports from all countries": no event (but "began requiring
                # licences for all imported cars" and "banned imports of poultry meat ...
                # from all countries" are barriers to every seller)
                if t.kind.startswith("purchase") and s.lower[t.head] not in _BARRIERS:
                    m.extra["drop"] = True
            elif s.phrases("bloc", seg.start, seg.end) and not m.targets:
                m.extra["global"] = True  # a bloc with its members unnamed: no target
            elif (
                t.kind == "deal_reached"
                and s.lower[t.head] in {"became", "becomes"}
                and bool(lx.MEMBER_WORDS & set(s.lower[t.head + 1 : t.head + 5]))
                and not m.targets
            ):
                m.extra["global"] = True  # "became the 165th member on Aug. 21": the bloc's
    low = s.lower
    if t.bloc >= 0:
        # "Britain, Denmark and Ireland became members of the European Economic Community",
        # "Poland joined the European Union", "Portugal left the European Free Trade
        # Association": each joins or leaves the bloc (its partners in the subject beside
        # it), the bloc the target where it has a code
        # (the whole name: not "European" of "the European Economic Area", no code)
        bloc = [
            x.code
            for x in s.marks
            if x.code
            and x.start == t.bloc
            and not (x.end < len(s.tokens) and s.tokens[x.end][:1].isupper())
        ]
        m.targets = bloc[:1]
        if not bloc:
            m.extra["global"] = True
    if t.kind == "talks_scheduled" and gr.names_lender(low, seg.start, t.head):
        # "An IMF mission will arrive in Sofia next month to review the programme": a
        # lender's visit, no country's, to the country it goes to
        visited = [
            x.code
            for x in s.marks
            if x.type == "country" and x.code and t.head < x.start < seg.end
            and low[x.start - 1] in {"in", "to"}
        ]  # fmt: skip
        if visited and not any(
            x.type in {"country", "leader"} and seg.start <= x.start < t.head for x in s.marks
        ):
            m.actor, m.targets, m.actor_found = None, visited[:1], True
    if t.kind.startswith("talks") and _with_own_firms(s, seg.start, seg.end):
        # "the government would hold talks with the companies next week": a meeting with
        # firms or growers at home has no other country
        m.targets = []
        m.extra["global"] = True
    if t.kind.startswith("talks") and _group_talks(s, seg.start, t.head):
        # "G20 leaders failed to agree", "The APEC summit ended without a joint declaration":
        # a group's talks have no two sides
        m.actor, m.targets, m.actor_found = None, [], True


def _with_own_firms(s: Sentence, a: int, b: int) -> bool:
    """Whether a clause's talks are held with firms, growers or traders and no country.

    "would hold talks with diamond and copper exporters next week", "would meet the farmers
    next Tuesday" (not "talks with Chinese steelmakers", another country's, nor a company
    named: "talks with Glencore").
    """
    low = s.lower
    k = next((j for j in range(a, b) if low[j] in {"with", "meet", "meets", "met"}), None)
    if k is None:
        return False
    after = range(k + 1, min(b, k + 6))
    named = any(x.type in {"country", "leader", "company"} and x.start in after for x in s.marks)
    # (not a minister's portfolio: "met Economy, Trade and Industry Minister Akihiro Ohata")
    return not named and any(
        low[j] in lx.DOMESTIC_PARTIES and low[j + 1 : j + 2] not in _PORTFOLIO_TITLES for j in after
    )


#: Titles after a portfolio's name ("Industry Minister").
_PORTFOLIO_TITLES = (["minister"], ["ministry"], ["secretary"], ["department"], ["commissioner"])


#: A group of countries whose talks have no two sides ("G7 leaders", "WTO members").
_GROUP = re.compile(
    r"\b(?:G-?(?:7|8|20)|APEC|BRICS|Group of (?:Seven|Eight|20|Twenty)|Asia-Pacific Economic "
    r"Cooperation|WTO members|[Mm]embers of the World Trade Organization|summit of \w+ "
    r"(?:presidents|leaders))\b"
)


#: Participles that open a clause whose subject is the main clause's ("..., saying it will").
_SUBJECT_PARTICIPLES = frozenset(
    {"saying", "adding", "vowing", "pledging", "promising", "warning", "announcing", "stating",
     "imposing"}
)  # fmt: skip


#: Nouns of a group of countries named by its members ("the customs union of Russia, ...").
_GROUPINGS = frozenset({"union", "bloc", "alliance", "grouping", "community", "group"})


def _bloc_members(s: Sentence, a: int, b: int) -> set[str]:
    """The countries named only as the members of a group after "of" in a clause.

    "the customs union of Russia, Belarus and Kazakhstan": Belarus and Kazakhstan (Russia
    too, unless it is also named elsewhere in the clause).
    """
    low = s.lower
    names = sorted(
        (x for x in s.marks if x.type == "country" and x.code and a <= x.start < b),
        key=lambda x: x.start,
    )
    listed: list[Mark] = []
    for j in range(a + 1, b):
        if low[j] != "of" or low[j - 1] not in _GROUPINGS:
            continue
        k = j + 1
        for x in names:
            if x.start < k:
                continue
            if not set(low[k : x.start]) <= {",", "and", "the"}:
                break
            listed.append(x)
            k = x.end
    inside = {x.code for x in listed}
    outside = {x.code for x in names if x not in listed}
    return {str(c) for c in inside - outside}


def _members_aside(s: Sentence, a: int, head: int) -> list[str]:
    """The countries listed between spaced dashes before ``head`` (a bloc's members)."""
    low = s.lower
    dashes = [
        i for i in range(a, head) if low[i] == "-" and s.idx[i] > 0 and s.text[s.idx[i] - 1] == " "
    ]
    if len(dashes) < 2:
        return []
    names = [x for x in s.marks if x.type == "country" and dashes[0] < x.start < dashes[1]]
    inside = {k for x in names for k in range(x.start, x.end)}
    if any(
        low[k] not in {",", "and", "the"}
        for k in range(dashes[0] + 1, dashes[1])
        if k not in inside
    ):
        return []
    return list(dict.fromkeys(str(x.code) for x in names if x.code))


def _members_named(s: Sentence, a: int, head: int) -> list[str]:
    """The countries a bloc's members are named as before ``head``.

    "the four founding members of Mercosur, Brazil, Argentina, Uruguay and Paraguay,", "the
    Eurasian Economic Union (EAEU), which groups Russia, Belarus, Kazakhstan, Armenia and
    Kyrgyzstan,": the list after "members of" a name and a comma, or after a verb of a
    bloc's make-up.
    """
    low = s.lower
    opens = [
        j + 1
        for j in range(a, head)
        if low[j] in _GROUPS_VERBS
        or (low[j] == "," and "members" in low[max(a, j - 8) : j] and "of" in low[j - 3 : j])
        # "the trade bloc formed by Chile, Colombia, Mexico and Peru", "made up of ..."
        or (low[j] == "by" and low[j - 1 : j] in (["formed"], ["founded"], ["created"]))
        or (low[j] == "of" and low[j - 2 : j] == ["made", "up"])
    ]
    for at in opens:
        names = [x for x in s.marks if x.type == "country" and x.code and at <= x.start < head]
        out: list[str] = []
        k = at
        for x in names:
            if any(w not in {",", "and", "the"} for w in low[k : x.start]):
                break
            out.append(str(x.code))
            k = x.end
        if len(out) > 2:
            return list(dict.fromkeys(out))
    return []


#: Verbs that name a bloc's members ("which groups Russia, Belarus ...").
_GROUPS_VERBS = frozenset({"groups", "grouped", "includes", "comprises", "comprising",
                           "grouping", "including"})  # fmt: skip


#: Words between *with* and the partners it lists ("with ministers and officials from").
_PARTNER_WORDS = frozenset({"ministers", "minister", "officials", "and", "from", "the",
                            "delegations", "delegates", "counterparts", "leaders", "of",
                            "representatives", "envoys", "their", "his", "her"})  # fmt: skip


def _partners_after_with(s: Sentence, head: int, end: int, word: str = "with") -> list[str]:
    """The countries listed after *with* (or ``word``) past the verb at ``head`` (two or more).

    "signed the deal in Seoul with ministers and officials from Panama, Costa Rica,
    Honduras, El Salvador and Nicaragua": past the officials' words, a list joined only by
    commas and *and*.
    """
    low = s.lower
    opened = next((j for j in range(head + 1, min(end, head + 8)) if low[j] == word), None)
    if opened is None:
        return []
    k = opened + 1
    while k < end and low[k] in _PARTNER_WORDS:
        k += 1
    names = {x.start: x for x in s.marks if x.type == "country" and x.code and k <= x.start < end}
    listed: list[str] = []
    while k in names:
        listed.append(str(names[k].code))
        k = names[k].end
        while k < end and low[k] in {",", "and"}:
            k += 1
    return list(dict.fromkeys(listed)) if len(listed) >= 2 else []


#: Prefixes of a local currency's amount ("Tk 98", "Sh200", "Rs 2").
_AMOUNT_PREFIXES = {"tk": "BGD", "rs": "PAK"}


#: Words of a stock exchange after its country's name ("the Zimbabwe Stock Exchange").
_EXCHANGES = frozenset({"exchange", "stock", "bourse", "market"})
#: The world's oil or gold price opening a clause: a move with no country ("Gold prices rose to
#: a record above $3,000 an ounce").
_OIL_PRICES = (["oil", "prices"], ["crude", "prices"], ["gold", "prices"])
#: Words of a good's quoted price, and of shares: moves of the two are two events.
_GOODS_QUOTED = frozenset({"futures", "prices", "price", "contracts"})
_SHARES = frozenset({"shares", "stocks", "stock", "equities"})


def _priced_in(low: list[str], head: int, end: int, named: set[str]) -> str | None:
    """The country of the currency the dollar is priced in after a move ("to about 31 birr").

    The first number within eight words of the verb, then a currency's name (singular or
    plural), or a prefix before it ("Tk 98"); a name that countries share ("pounds") stands
    for the one of them the sentence names (``named``: "forex bureaus in Juba quoted the
    dollar at about 18.5 pounds"). None when there is none (a rate against the dollar told
    in the dollar's own terms).
    """
    names = gazetteer()
    countries = bare_currency_countries()
    for k in range(head + 1, min(end, head + 9)):
        if not low[k][:1].isdigit():
            continue
        if low[k - 1] in _AMOUNT_PREFIXES:
            return _AMOUNT_PREFIXES[low[k - 1]]
        # (past a range's upper end: "at around 815 to 820 kyat")
        ranged = low[k + 1 : k + 2] in (["to"], ["and"], ["-"]) and low[k + 2 : k + 3] != []
        last = k + 2 if ranged and low[k + 2][:1].isdigit() else k
        # (past "new": "at about 1.34 new lira", "8 new zaires per dollar")
        last += low[last + 1 : last + 2] == ["new"]
        word = low[last + 1] if last + 1 < len(low) else ""
        for form in (word, word.removesuffix("s")):
            if len(countries.get(form, ())) > 1:
                return next((c for c in countries[form] if c in named), None)
            entity = names.get(form)
            if entity is not None and entity.type == "currency":
                return entity.code if entity.code != "USA" else None
        return None
    return None


def _adjectives_listed(s: Sentence, head: int, end: int) -> list[str]:
    """The countries listed within a few words after the verb at ``head``, past *to*/*with*.

    "will brief the Kuwaiti and Jordanian embassies", "explain the policy to Chinese
    officials": the first name within eight words, and those joined to it by *and* or commas.
    """
    low = s.lower
    names = {x.start: x for x in s.marks if x.type == "country" and x.code and head < x.start < end}
    k = next((j for j in sorted(names) if j <= head + 8), None)
    listed: list[str] = []
    while k is not None and k in names:
        listed.append(str(names[k].code))
        k = names[k].end
        while k < end and low[k] in {",", "and"}:
            k += 1
    return list(dict.fromkeys(listed))


def _listed_after(s: Sentence, at: int, end: int) -> list[str]:
    """The countries listed right after ``at``, joined only by commas and *and*."""
    low = s.lower
    names = [x for x in s.marks if x.type in _AGENTS and at < x.start < end and x.code]
    out: list[str] = []
    last = at
    for x in names:
        gap = low[last + 1 : x.start]
        if any(w not in {",", "and", "the"} for w in gap) or (len(out) == 1 and "and" not in gap):
            break  # (the first side, then "and" and the list: not "Russia, Ukraine and the EU")
        out.append(str(x.code))
        last = x.end - 1
    return list(dict.fromkeys(out))


def _group_talks(s: Sentence, a: int, head: int) -> bool:
    """Whether the talks at ``head`` are a group's: a group named before them, no party else.

    "G20 leaders failed to agree on numerical targets", "A virtual summit of Mercosur
    presidents ended on Thursday without a joint declaration" (not "Trump and Xi met at the
    Group of 20 summit in Osaka": two parties named).
    """
    start = s.idx[a]
    end = s.idx[head] if head < len(s.idx) else len(s.text)
    spans = [
        (s.token_at(g.start()), s.token_at(g.end() - 1) + 1)
        for g in _GROUP.finditer(s.text)
        if start <= g.start() < end
    ]
    # the group is the subject, not in an aside ("India, which takes over the G20
    # presidency in December, will host ...")
    spans = [(i, j) for i, j in spans if "," not in s.lower[j:head]]
    if not spans:
        return False
    inside = {k for i, j in spans for k in range(i, j)}
    # a wire dateline's place is no party ("PORT MORESBY, Nov. 18 (Yonhap) -- The APEC ...")
    dateline = next(
        (
            k + 2
            for k in range(min(len(s.lower) - 1, 10))
            if s.lower[k] == ")" and s.lower[k + 1] in {"-", "--", "—", "–"}
        ),
        0,
    )
    first = min(i for i, _ in spans)
    return not any(
        x.type in {"country", "leader"}
        and max(a, dateline) <= x.start < head
        and x.start not in inside
        # a party named before the group ("India, which takes over the G20 presidency,
        # will host ..."), or after it but for a place
        and (x.start < first or not _venue(s, x))
        for x in s.marks
    )


#: Verbs of a barrier put up to every seller ("began requiring licences for all imported cars").
_BARRIERS = lx.forms("require", "impose", "introduce", "ban", "prohibit")


#: The people of a side who meet and sign for it ("The leaders of Armenia and Azerbaijan").
_SIDES_PEOPLE = lx.ENVOYS | {"leaders", "presidents", "heads", "premiers", "governments"}


def _sides_people(low: list[str], j: int, a: int) -> bool:
    """Whether the subject's noun at ``j`` (before "of") names the sides' people.

    "The leaders of Armenia and Azerbaijan", "Trade ministers of Chile and Peru": the first
    words of the clause (an article at most before the noun).
    """
    return j >= a and low[j] in _SIDES_PEOPLE and set(low[a:j]) <= {"the", "trade"}


def _many_parties(low: list[str], a: int, head: int) -> bool:
    """Whether the subject before ``head`` counts many countries ("Forty-four countries")."""
    return any(
        low[j] in {"countries", "nations", "economies", "states", "members"}
        and any(w in _MANY or w.replace(",", "").isdigit() for w in low[max(a, j - 3) : j])
        and int(next((w for w in low[max(a, j - 3) : j] if w.isdigit()), "3")) > 2
        for j in range(a, head)
    )


def _many_partners(low: list[str], head: int, end: int) -> bool:
    """Whether the partners after *with* past ``head`` are counted, not named.

    "signed a free trade agreement with five Central American countries".
    """
    opened = next((j for j in range(head + 1, min(end, head + 6)) if low[j] == "with"), None)
    return opened is not None and _many_parties(low, opened + 1, min(end, opened + 6))


#: Words that count more than two parties ("Forty-four African countries", "dozens of").
_MANY = frozenset(
    {"three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve",
     "dozens", "dozen", "several", "many", "forty-four", "twenty", "thirty", "forty", "fifty"}
)  # fmt: skip


def _place(s: Sentence, i: int) -> bool:
    """Whether the name at ``i`` is a place after *in* or *at* ("in the Malaysian capital").

    Past a determiner and adjectives before a place noun: "in this southwestern Chinese
    city", "at a northern Indian port".
    """
    low = s.lower
    k = i - 1
    if k >= 0 and low[k] == "the":
        k -= 1
    if k >= 0 and low[k] in {"in", "at"}:
        return True
    end = next((x.end for x in s.marks if x.start == i), i + 1)
    if low[end : end + 1] and low[end] in _PLACE_NOUNS:
        back = low[max(0, i - 4) : i]
        opened = [j for j, w in enumerate(back) if w in {"in", "at"}]
        return bool(opened) and all(
            w in {"this", "that", "a", "an", "the"} or w.endswith(("ern", "al"))
            for w in back[opened[-1] + 1 :]
        )
    return False


#: Nouns of a place a demonym qualifies ("in this southwestern Chinese city").
_PLACE_NOUNS = frozenset({"city", "capital", "port", "town", "province", "resort", "border"})


def _relative_span(s: Sentence, a: int, b: int) -> range:
    """The tokens of a relative clause set off by commas in ``a:b`` (", which makes ... ,").

    Or of an apposition just before ``b``: "while Cadila Healthcare, Zydus's listed parent,
    gained 4.1%" (Zydus is no subject of the move).
    """
    low = s.lower
    for k in range(a + 1, b):
        if low[k] in {"which", "who"} and low[k - 1] == ",":
            end = next((j for j in range(k, b) if low[j] == ","), b)
            return range(k, end)
    opened = [k for k in range(a + 1, b - 1) if low[k] == ","]
    if b - 1 > a and low[b - 1] == "," and opened:
        return range(opened[-1] + 1, b - 1)
    return range(0)


#: Nouns of the buyers of a country ("Vietnamese companies will buy ...").
_BUYERS = frozenset({"companies", "firms", "buyers", "importers", "refiners", "mills",
                     "crushers", "processors", "airlines", "carriers", "traders"})  # fmt: skip


def _venue(s: Sentence, x: Mark) -> bool:
    """Whether a name is where talks meet or what a round is named for, not a side.

    "World Trade Organization talks in Cancun collapsed", "The Uruguay Round of world
    trade talks broke down in Brussels".
    """
    return s.lower[x.end : x.end + 1] == ["round"] or _place(s, x.start)


def _beneficiary(m: Mention, s: Sentence, k: int, t: Trigger) -> bool:
    """Parties of a reprieve a country wins from another's measure, if the clause tells one.

    "Mexico won a 90-day reprieve from higher U.S. tariffs": the measure is the United
    States' (the name before its noun), Mexico its target.
    """
    seg = s.segments[k]
    if t.kind not in _MEASURES or t.noun <= t.head:
        return False
    author = owner(s, seg.start, t.noun)
    low = s.lower
    verbs = [i for i in range(seg.start, t.head + 1) if low[i] in BENEFIT_VERBS]
    # "in exchange for a permanent exemption from U.S. steel tariffs": the main clause's
    # subject is exempted
    relief = low[t.head] in lx.RELIEF_NOUNS and "from" in low[t.head + 1 : t.head + 3]
    if author is None or not (verbs or relief):
        return False
    subject = _agent_before(s, seg.start, verbs[0] if verbs else t.head)
    for j in range(k - 1, -1, -1):
        if subject is not None:
            break
        if s.segments[j].type == "plain":
            subject = _agent_before(s, s.segments[j].start, s.segments[j].end)
    if subject is None or subject.code in (None, author):
        return False
    m.actor, m.targets, m.actor_found = author, [subject.code], True
    return True


#: Words that open a clause of time, whose names are no side of the main clause's measure.
_TIME_OPENERS = frozenset({"after", "before", "since", "following", "when", "as"})


def _patient_parties(
    m: Mention,
    s: Sentence,
    k: int,
    pat: Patient,
    author: str | None = None,
    previous: Mention | None = None,
) -> None:
    """Actor and target when the clause's subject is the goods a measure falls on.

    The actor is the country the goods enter, else the measure's owner ("a 35% U.S.
    tariff"), else the other country of the sentence's main clauses; for countries listed
    as payers ("Canada, Mexico, Britain and India now pay 10%"), else the actor of the
    tariff told before.
    """
    m.targets = [pat.origin, *pat.others] if pat.origin else []
    if m.kind == "export_control" and not m.targets:
        # "exports of semiconductors ... to Russia will be subject to strict review": the
        # country the exports go to
        m.targets = [
            x.code
            for x in s.marks
            if x.type == "country"
            and x.code
            and pat.start < x.start < s.segments[k].end
            and s.lower[x.start - 1] == "to"
        ][:1]
    actor = pat.importer or (author if author != pat.origin else None)
    if actor is None:  # the other country of the sentence's main clauses
        for g in s.segments:
            # (not a clause of time: "..., after the federal government withdrew ... over
            # the invasion of Ukraine")
            if g.type in {"cause", "condition", "report"} or s.lower[g.start] in _TIME_OPENERS:
                continue
            names = [
                x.code
                for x in s.marks
                if x.type in {"country", "leader"}
                and g.start <= x.start < g.end
                and x.code not in (None, pat.origin, *pat.others)
                and not (pat.start <= x.start < s.segments[k].end)
            ]
            if names:
                actor = names[0]
                break
    if (
        actor is None
        and pat.others
        and previous is not None
        and previous.kind in _MEASURES
        and previous.actor not in m.targets
    ):
        actor = previous.actor
    m.actor = actor
    m.actor_found = actor is not None
    m.extra["patient"] = True  # names in the subject are the goods', not the actor's
    m.companies = [
        x.name for x in s.marks if x.type == "company" and x.code == pat.origin and pat.origin
    ]
