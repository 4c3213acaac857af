"""Where a clause reports a tariff measure: a tariff's word and a word that changes it.

Helpers of :func:`~tradewar.news.triggers.triggers`.  A tariff's noun (*tariffs*, *surtax*,
*import quota*, "the rate" in a report about tariffs) with a verb of change that takes it
(*raised*, *scrapped*, *exempted*, *gave final approval to*, *ordered*) is a tariff event;
its kind follows the verb and the measure: standing duties taken away are a cut, a
measure of the conflict taken away is reversed (:func:`standing`); duty-free access or a
tariff-free quota opened is a cut; goods exempted after a tariff, "the same amount" added,
a quota set on imports and a rate charged without a tariff's word are tariff events too.
"""

from __future__ import annotations

from tradewar.news import grammar as gr
from tradewar.news import lexicon as lx
from tradewar.news.phrases import GOODS, adjectival, asides, modifier, rate_now
from tradewar.news.records import Segment, Sentence, Trigger
from tradewar.news.timing import span_at

__all__ = ["nearest", "standing", "tariffs"]


#: Words of a trade remedy's duties ("anti-dumping duties", "final countervailing duties").
_REMEDIES = frozenset(
    {"anti-dumping", "antidumping", "dumping", "countervailing", "anti-subsidy", "safeguard",
     "final", "definitive"}
)  # fmt: skip
#: Numbers a change verb revises, not rates ("cut its forecast for 2026 to 0.5%").
_ESTIMATES = frozenset(
    {"forecast", "forecasts", "outlook", "estimate", "estimates", "projection", "projections",
     "rating", "ratings", "target"}
)  # fmt: skip
#: What a measure considered is judged to be ("considered the duties unfair", "... a breach").
_JUDGED = frozenset(
    {"unfair", "illegal", "unlawful", "unjustified", "unjust", "excessive", "necessary",
     "justified", "fair", "legal", "appropriate", "protectionist", "discriminatory", "a", "an",
     "as", "to", "inconsistent", "incompatible", "harmful"}
)  # fmt: skip
#: Verbs that put a measure back with "back" ("could bring back the tariffs").
_BRING = lx.forms("bring") | {"brought"}
#: What a raise verb voices, not raises ("raised concerns about U.S. tariffs").
_VOICED = frozenset(
    {"concerns", "concern", "questions", "objections", "doubts", "alarm", "worries", "issue",
     "the issue", "complaints", "protests"}
)  # fmt: skip

#: Verbs whose object "retaliation against ..." is a retaliation ("would seek retaliation").
_RETALIATION_VERBS = frozenset(
    {"seek", "seeks", "sought", "announced", "announces", "threatened", "threatens",
     "ordered", "launched", "launch", "launches", "vowed", "promised", "pursue"}
)  # fmt: skip
#: Verbs that suspend (trade concessions, in the WTO's words for retaliation).
_SUSPEND = lx.forms("suspend")
#: Verbs that grant duty-free access ("allow EU steel to enter duty-free", "will bind
#: duty-free treatment for all Sri Lankan products").
_GRANT = frozenset(
    {"allow", "allows", "allowed", "allowing", "grant", "grants", "granted", "granting", "give",
     "gives", "gave", "offer", "offers", "offered", "enter", "restore", "restored", "extend",
     "extended", "open", "opens", "opened", "opening", "expand", "expands", "expanded",
     "expanding", "create", "creates", "created", "creating", "let", "lets", "approved",
     "approves", "approve", "bind", "binds"}
)  # fmt: skip


#: Verbs that charge a rate with no word for a tariff ("will be charged 40%").
_CHARGED = frozenset(
    {"charged", "charge", "charges", "charging", "taxed", "levied", "pay", "pays", "face",
     "faces", "facing", "incur", "attract"}
)  # fmt: skip


_TOPIC_PREPS = frozenset({"over", "on", "about", "into", "against", "of", "regarding", "to"})


#: Words of a market's reaction to a measure ("react to", "reaction to").
_REACT = frozenset({"react", "reacted", "reacting", "reacts", "reaction", "reactions"})


#: A raise told by its noun ("the increase in tariffs", "Tariff increase due Tuesday").
#: Conjunctions that open a clause before its subject ("while duties on bananas ...").
_CLAUSE_OPENERS = frozenset({"while", "and", "but", "whereas"})
_RAISE_NOUNS = frozenset({"increase", "increases", "hike", "hikes", "rise", "rises"})


def _topic(low: list[str], a: int, i: int) -> bool:
    """Whether the measure at ``i`` is the topic of a noun.

    "a dispute over steel tariffs", "talks on tariffs", and with a gerund between them,
    "talks on extending a tariff truce".
    """
    # "investors got their first chance to react to a 39% U.S. tariff": what a market reacts
    # to is told, not done, here
    if any(low[k] in _REACT and low[k + 1 : k + 2] == ["to"] for k in range(max(a, i - 7), i)):
        return True
    for k in range(i - 1, max(a, i - 7) - 1, -1):
        gerund = low[k].endswith("ing") and k > 0 and low[k - 1] in _TOPIC_PREPS
        if (low[k] in lx.RAISE_VERBS | lx.CUT_VERBS | lx.REVERSE_VERBS and not gerund) or low[
            k
        ] in {",", ";"}:
            return False
        if low[k] in gr.TOPIC_NOUNS and k + 1 < len(low) and low[k + 1] in _TOPIC_PREPS:
            return True
    return False


def _compound_end(low: list[str], noun: int) -> int:
    """The first token past a tariff noun and the tariff nouns right after it.

    "Customs duties on trade among the six": past "duties".
    """
    k = noun + 1
    while k < len(low) and low[k] in lx.TARIFF_NOUNS:
        k += 1
    return k


def nearest(
    positions: list[int], to: int, u: list[int], before: int = 8, after: int = 6
) -> int | None:
    """The position nearest ``to``, in units ``u``: before within ``before``, else after.

    Parameters
    ----------
    positions : list of int
        Candidate token positions.
    to : int
        The position to be near.
    u : list of int
        Each token's position in units (words that count).
    before : int, default 8
        How many units before ``to`` a candidate may lie.
    after : int, default 6
        How many units after ``to`` a candidate may lie.

    Returns
    -------
    int or None
        The nearest position, or None when none lies within reach.
    """
    prior = [p for p in positions if p < to and u[to] - u[p] <= before]
    if prior:
        return max(prior)
    later = [p for p in positions if p > to and u[p] - u[to] <= after]
    return min(later) if later else None


def tariffs(
    s: Sentence, seg: Segment, tariff_context: bool, u: list[int], deal_context: bool = False
) -> list[Trigger]:
    """Tariffs raised, cut, reversed or answered in a clause (at most one event).

    Parameters
    ----------
    s : Sentence
        The sentence, with its tokens, marks and clauses.
    seg : Segment
        The clause.
    tariff_context : bool
        Whether the report is about tariffs (a bare rate then names one).
    u : list of int
        Each token's position in units (words that count).
    deal_context : bool, optional
        Whether the report tells of a free trade agreement and of no conflict: the duties
        a country scraps there are standing ones ("will scrap its 5 per cent tariff").

    Returns
    -------
    list of Trigger
        At most one tariff measure of the clause.
    """
    low = s.lower
    a, b = seg.start, seg.end
    rng = range(a, b)
    quota = _quota(s, seg)
    if quota is not None:
        return [quota]
    # "it may suspend concessions on imports from the United States": the WTO's words for
    # retaliatory duties (not "suspending trade concessions under an association agreement")
    # "would suspend concessions of equal value on Canadian goods": on a country's goods
    for i in rng:
        window = range(i + 2, min(b, i + 9))
        if (
            low[i] in _SUSPEND
            and "concessions" in low[i + 1 : i + 4]
            and (
                "imports" in low[i + 2 : min(b, i + 7)]
                # "to suspend equivalent trade concessions under World Trade Organization
                # rules" (not "under the EU's association agreement")
                or any(
                    low[k] == "under"
                    and set(low[k + 1 : k + 4]) & {"wto", "world"}
                    and "concessions" in low[i + 1 : k]
                    for k in window
                )
                or (
                    {low[k] for k in window} & {"goods", "products", "exports"}
                    and any(m.type == "country" and m.start in window for m in s.marks)
                )
            )
        ):
            return [Trigger("tariff_increase", i, low.index("concessions", i), response=True)]
    vowed = _measures_vowed_on_condition(s, a, b)
    if vowed is not None:
        return [vowed]
    lapsed = _exclusions_lapse(low, a, b)
    if lapsed is not None:  # "let the remaining 265 exclusions lapse": the tariffs apply again
        return [Trigger("tariff_increase", lapsed, lapsed)]

    nouns = [
        i
        for i in rng
        if low[i] in lx.TARIFF_NOUNS
        # "tariff-free" access, "tariff-making" power: no measure
        and not (i + 2 < len(low) and low[i + 1] == "-" and low[i + 2] in _COMPOUNDS)
        # "the 20 per cent duty on onion exports", "the levy it charges on crude palm oil
        # exports": an export duty, an export control's
        and not (
            (on := _on_after(low, i) or _on_past_rate(s, i, b)) is not None
            and set(low[on + 1 : on + 5]) & {"exports", "export"}
            and not any(m.type == "country" and on < m.start < on + 5 for m in s.marks)
        )
        and not (low[i] in _QUOTAS and i > 0 and low[i - 1] in {"-", "free"})
        and not _zero_tariff(low, i)
        and not _zero_tariff(low, i + 1)  # "zero-tariff quota": duty-free access
        # "out-of-quota tariff"; "a tariff-free quota" is duty-free access (below)
        and not modifier(low, i)
        # a body's name: "The Customs Tariff Commission of the State Council said ..."
        and not (s.tokens[i][:1].isupper() and low[i + 1 : i + 2] and low[i + 1] in _BODIES)
        # "a cut in the excise duty on petrol and diesel": a tax at home, not at the border;
        # "raised electricity tariffs": a utility's price, no duty
        # (a stamp duty on imports is charged at the border: "the stamp duty on imports would
        # be raised from 5 to 15 percent")
        and not (
            i > 0
            and low[i - 1] in _INLAND_DUTIES | _UTILITY_PRICES
            and low[i + 1 : i + 3] != ["on", "imports"]
        )
        # the verb, not the noun: "Denmark will levy a temporary surcharge of 10 percent"
        and not (low[i] == "levy" and i > 0 and low[i - 1] in {"will", "would", "to", "shall"})
    ]
    # "imposed a fee of 10 yuan per tonne on coal and copper concentrate from Mongolia": a
    # charge per unit on goods coming in
    nouns += [
        i
        for i in rng
        if low[i] in {"fee", "fees", "levy", "charge"}
        and "per" in low[i + 1 : i + 6]
        and "on" in low[i + 3 : i + 9]
        and any(m.type == "product" and i < m.start < min(b, i + 12) for m in s.marks)
        and any(m.type == "country" and i < m.start < b for m in s.marks)
    ]
    # "imposed a 30 percent tax on Turkish imports": a tax on goods coming in is a tariff (so
    # is a charge: "raised the charge on imported new passenger cars to 70 percent")
    nouns += [
        i
        for i in rng
        if (
            low[i] in {"tax", "taxes", "fee", "fees"}
            # a charge by its determiner, not the verb ("the duties Peru charges on imports")
            or (low[i] == "charge" and low[i - 1 : i] in (["the"], ["a"], ["its"], ["their"]))
        )
        # ("a 20 percent tax would be levied on imports of furniture": the passive between)
        and (on := i + 1 + 3 * (low[i + 1 : i + 4] in _TAX_PASSIVES)) < b
        and low[on] == "on"
        # not "Value added tax on imports", a tax on everything sold
        and low[i - 1 : i] not in (["added"], ["sales"], ["consumption"], ["excise"], ["vat"])
        and set(low[on + 1 : min(b, on + 5)]) & {"imports", "imported", "goods", "products"}
    ]
    # "raises the import declaration fee ... to 3.5 percent": a fee charged on imports
    nouns += [
        i
        for i in rng
        if low[i] in {"fee", "fees"}
        and "import" in low[max(a, i - 2) : i]
        and any(p.type == "percent" and i < p.start < b for p in s.marks)
    ]
    nouns.sort()
    phrases = s.phrases("tariff", a, b)
    nouns += [m.start for m in phrases if not modifier(low, m.end - 1)]
    # "to pay deposits of as much as 212.1%": anti-dumping deposits with their rate
    nouns += [
        i
        for i in rng
        if low[i] in {"deposit", "deposits"}
        # a central bank's deposit rate ("Standing Deposit Facility Rate")
        and not set(low[i + 1 : i + 3]) & {"rate", "rates"}
        and any(m.type == "percent" and i < m.start <= i + 6 for m in s.marks)
    ]
    # "Italian importers must deposit half the value of a wide range of foreign goods with
    # the Bank of Italy", "ordered importers of goods from Zambia and Zimbabwe to lodge cash
    # deposits with customs": money importers must hold back, a charge on imports
    # (not cash deposits posted against anti-dumping duties: "Importers will have to post
    # cash deposits once the decision is published", the duties told before)
    nouns += [
        i
        for i in rng
        if low[i] in {"deposit", "deposits"}
        and "importers" in low[max(a, i - 10) : i]
        and not set(low[i + 1 : i + 3]) & {"rate", "rates"}
        and not set(low[max(a, i - 3) : i]) & {"post", "posted", "posting"}
        and i not in nouns
    ]
    # "the 20% export duty" is an export control's, not a tariff
    exported = {k for m in s.phrases("export", a, b) for k in range(m.start, m.end)}
    nouns = [i for i in nouns if i not in exported]
    # "an 18 percent sales tax on imported solar panels", "became subject to the standard 7%
    # VAT" (goods "imported", "from overseas sellers"): a tax charged at the border
    nouns += [
        i - (low[i - 1] == "sales")  # "a 10% sales tax": the rate before the tax's name
        for i in rng
        if low[i] in _BORDER_TAXES
        and (
            bool(set(low[i + 1 : min(b, i + 4)]) & _IMPORTED)
            or (
                _became_subject(low, max(a, i - 9), i)
                and bool(set(low) & (_IMPORTED | {"overseas", "foreign"}))
            )
        )
        and "not" not in low[i + 1 : i + 7]  # "Value added tax on imports is not affected"
    ]
    if tariff_context:
        nouns += [
            i
            for i in rng
            if low[i] in lx.RATE_WORDS
            and not (i > 0 and low[i - 1] in lx.NOT_TARIFF_RATES)
            # "The top personal income tax rate was cut to 30 percent": a tax on income
            and not (low[i - 1 : i] == ["tax"] and set(low[i - 2 : i - 1]) & _HOME_TAXES)
            # "A rate hike on its own cannot fix a crisis of confidence": a bare rate moved
            # by a noun is a central bank's (not "the tariff rate increase")
            and not (
                low[i + 1 : i + 2] != []
                and low[i + 1] in _RAISE_NOUNS | {"cut", "cuts"}
                and not (i > 0 and low[i - 1] in lx.TARIFF_NOUNS)
            )
            # "after the Bank of England cut rates": a central bank's rates; "from an
            # indicative rate of 13": an exchange rate, in a clause of a currency
            and not set(low[max(a, i - 10) : i]) & {"bank", "fed", "ecb", "boe", "boj", "rbi"}
            # (or of a sentence on a currency: "Egypt let its pound float freely ..., ending
            # a system of tightly managed rates"; "banks and exchange bureaux would be free
            # to set their own rates")
            and not any(m.type == "currency" for m in s.marks)
            and "exchange" not in low[a:b]
        ]
    nouns = sorted(set(nouns))
    proposed = [i for i in nouns if i > a and low[i - 1] in {"proposed", "planned", "possible"}]
    # a proposed measure is a threat even as a topic ("will vote on the proposed duties")
    nouns = [i for i in nouns if i in proposed or not _topic(low, a, i)]
    charged: int | None = None
    if not nouns:  # a rate with no word for a tariff: "goods ... will be charged 40%"
        for m in (m for m in s.marks if m.type == "percent" and a <= m.start < b):
            verb = [k for k in range(max(a, m.start - 3), m.start) if low[k] in _CHARGED]
            # (not a share of a price paid: "Cuba will pay 20 per cent in cash")
            if verb and low[m.end : m.end + 2] in (["in", "cash"], ["of", "the"], ["down"]):
                continue
            if verb:
                nouns, charged = [m.start], verb[-1]
                break
    free = [
        i
        for i in rng
        if low[i] in {"duty", "tariff"}
        and (low[i + 1 : i + 3] == ["-", "free"] or _zero_tariff(low, i + 1))
        and i not in nouns
    ]
    # "can now enter Britain free of duty": duty-free access in other words
    free += [
        i
        for i in rng
        if low[i] == "free"
        and low[i + 1 : i + 2] == ["of"]
        and (
            (low[i + 2 : i + 3] and low[i + 2] in _FREE_OF)
            # "free of the 10% common external tariff", "free of the duty"
            or (
                low[i + 2 : i + 3] == ["the"]
                and any(low[k] in _FREE_OF for k in range(i + 3, min(b, i + 8)))
            )
        )
    ]
    # a quota's low duty: "opened new quotas at low or zero tariffs", "quotas at reduced
    # duties" (the duty within the quota, after it)
    within = [
        i
        for i in rng
        if low[i] in {"tariffs", "tariff", "duties", "duty"}
        and low[i - 1] in _LOW_DUTY
        and "at" in low[max(a, i - 4) : i - 1]
        and bool(set(low[max(a, i - 6) : i]) & {"quota", "quotas"})
    ]
    free += within
    nouns = [i for i in nouns if i not in within]
    # market access granted: "will give preferential market access to 615 products", "will
    # give U.S. dairy farmers access to about 3.5 percent of its dairy market"
    free += [
        i
        for i in rng
        if low[i] == "access"
        and (low[i - 1] in {"market", "preferential"} or "market" in low[i + 1 : min(b, i + 10)])
    ]
    # trade preferences: "lost its GSP benefits", "trade preferences"
    free += [
        i for i in rng if low[i] in _PREFERENCES and set(low[max(a, i - 3) : i]) & _PREFERENTIAL
    ]
    # duty-free access lost is an increase, whatever measure the clause names after it
    # ("lost their tariff-free access to Canada ..., when a temporary quota expired")
    # "will also shrink the tariff-free quotas for steel": less duty-free access
    shrunk = [
        i
        for i in rng
        if low[i] in lx.CUT_VERBS | _SHRINK
        and any(i < f <= i + 4 for f in free)
        and set(low[i + 1 : i + 8]) & _VOLUMES
    ]
    if shrunk:
        return [Trigger("tariff_increase", shrunk[0], next(f for f in free if f > shrunk[0]))]
    lost = [
        i
        for i in rng
        if low[i] in lx.LOSE_VERBS
        and any(i < f <= i + 3 for f in free)
        # "exporters could lose their tariff-free access": a forecast of a consequence
        and not set(low[max(a, i - 3) : i]) & {"could", "might", "may"}
    ]
    if lost:
        return [Trigger("tariff_increase", lost[0], next(f for f in free if f > lost[0]))]
    # "Swaziland will regain duty-free access to the United States market under AGOA from
    # January 1": the access given back, a cut
    regained = [
        i
        for i in rng
        if low[i] in lx.REGAIN_VERBS
        and any(i < f <= i + 3 for f in free)
        # not "so that Nigeria could regain access ... when the ban expires", "hoped to regain"
        and not set(low[max(a, i - 2) : i]) & {"could", "might", "may", "to"}
    ]
    if regained:
        return [Trigger("tariff_cut", regained[0], next(f for f in free if f > regained[0]))]
    # "would end the four countries' eligibility for the African Growth and Opportunity Act
    # (AGOA) from January 1": a preference programme's benefits ended
    for i in rng:
        if (
            low[i] in _PREFERENCES
            # "end Turkey's designation as a beneficiary developing country under the
            # Generalized System of Preferences"
            and low[i + 1 : i + 2] in (["for"], ["as"], ["under"])
            and set(low[i + 2 : min(b, i + 12)]) & _PROGRAMMES
        ):
            verbs = [k for k in range(max(a, i - 6), i) if low[k] in _STRIP | _ENDED]
            if verbs:
                return [Trigger("tariff_increase", verbs[-1], i)]
    # "The safeguard tariffs expired on Tuesday after five years": a measure that lapses;
    # "The bloc's duty-free regime for Ukrainian goods expired on June 5": access that ends
    expired = [
        i
        for i in rng
        if low[i] in _EXPIRE
        and not adjectival(s, i)
        and any(k < i for k in [*free, *nouns])
        and not any(low[k] in lx.RELIEF_NOUNS for k in range(a, i))
        # the measure's own verb, not a relative clause's ("whose provisional curbs lapsed in
        # November") nor a lapse let happen or advised ("to let several of them lapse")
        and not set(low[max(a, i - 8) : i])
        & {"whose", "which", "that", "let", "lets", "to", "when"}
    ]
    if expired:
        at = expired[0]
        told = max(k for k in [*free, *nouns] if k < at)
        kind = "tariff_cut" if told in free else "tariff_increase"
        return [Trigger(kind, at, told, True)]
    # a duty-free quota opened or made larger: "will open an annual quota of 750,000 tonnes
    # for wheat imports free of the 10% common external tariff", "doubled the volume of
    # cells that can enter the country free of the duty"
    widened = [
        i
        for i in rng
        if low[i] in _WIDEN
        and any(low[k] in _VOLUMES for k in range(i + 1, min(b, i + 4)))
        and any(i < f <= i + 14 for f in free)
    ]
    if widened:
        return [Trigger("tariff_cut", widened[0], next(f for f in free if f > widened[0]))]
    # duty-free entry granted, whatever quota the clause names after it ("can now enter
    # Britain free of duty within quotas")
    entry = [
        i
        for i in rng
        if low[i] in _GRANT
        and any(i < f <= i + 4 for f in free)
        and not any(low[k] in lx.CUT_VERBS | _VOLUMES for k in range(a, i))
        # not what an agreement does, told in its relative clause: "agreements that give
        # Switzerland access to the EU's single market", "that ... will give European
        # companies fairer access to the Chinese market"
        and not {"that", "which"} & set(low[max(a, i - 4) : i])
    ]
    if entry and nouns:
        return [Trigger("tariff_cut", entry[0], next(f for f in free if f > entry[0]))]
    if not nouns:
        grant = [
            i
            for i in rng
            if low[i] in _GRANT and not {"that", "which"} & set(low[max(a, i - 4) : i])
        ]
        # duty-free access lost or revoked: "Kenyan exporters lost their duty-free access"
        end = [i for i in rng if low[i] in lx.REVERSE_VERBS | lx.LOSE_VERBS | _STRIP]
        if free and (grant or end):
            # less duty-free access is a tightening: "halving the volume of steel that can
            # enter the EU tariff-free"
            shrink = [
                i
                for i in rng
                if low[i] in lx.CUT_VERBS and i < free[0] and set(low[i : free[0]]) & _VOLUMES
            ]
            if shrink:
                return [Trigger("tariff_increase", shrink[0], free[0])]
            kind = "tariff_cut" if grant else "tariff_increase"
            return [Trigger(kind, (grant or end)[0], free[0])]
        # "Kenya will gradually open its market to European goods": a cut
        opened = [
            i
            for i in rng
            if low[i] in _OPEN
            and set(low[i + 1 : i + 4]) & {"market", "markets"}
            and "to" in low[i + 2 : i + 6]
        ]
        if opened:
            return [Trigger("tariff_cut", opened[0], opened[0])]
        same = _same_amount(s, seg)
        if same is not None:  # "Washington would add the same amount on top of the 25%"
            return [Trigger("tariff_increase", same, same + 1)]
        exempt = _exemption(s, seg)
        if exempt is not None:  # "..., but exempted nearly 700 products": a cut of that tariff
            return [Trigger("tariff_cut", exempt, exempt)]
        # "granted temporary exclusions for 14 types of equipment": relief from the
        # report's tariffs (not from sanctions or export controls, told by their nouns)
        granted = [
            i
            for i in rng
            if tariff_context
            and low[i] in _GRANTED
            and not adjectival(s, i)  # "The reinstated exclusions apply ..."
            and any(low[k] in _EXCLUSIONS for k in range(i + 1, min(b, i + 4)))
            and not any(low[k] in lx.SANCTION_NOUNS | lx.EXPORT_NOUNS for k in rng)
        ]
        if granted:
            return [Trigger("tariff_cut", granted[0], granted[0])]
        alone = [i for i in rng if low[i] in lx.RETALIATE_ALONE and not adjectival(s, i)]
        # "Beijing would hit back if Washington went ahead": a retaliation vowed, no measure
        alone += [
            i
            for i in rng
            if low[i] in {"hit", "strike"}
            and low[i + 1 : i + 2] == ["back"]
            and low[i - 1 : i] in (["would"], ["will"], ["could"])
        ]
        # "would also seek retaliation against U.S. products": retaliation named by its noun
        alone += [
            i
            for i in rng
            if low[i] == "retaliation"
            and low[i + 1 : i + 2] == ["against"]
            and set(low[max(a, i - 3) : i]) & _RETALIATION_VERBS
        ]
        # "Mexico would respond immediately if Washington imposed a border tax", "Moscow may
        # respond with mirror measures if Ankara does not reverse its decision", "would widen
        # its response if Washington raised its duties": a response vowed on a condition that
        # names the other side (not "would respond calmly")
        named_if = any(
            g.type == "condition"
            and any(x.type in {"country", "leader"} and g.start <= x.start < g.end for x in s.marks)
            for g in s.segments
        )
        alone += [
            i
            for i in rng
            if named_if
            and (
                low[i] in _RESPOND
                or (low[i] in _RESPONSE_WIDENED and set(low[i + 1 : i + 3]) & {"response", "list"})
            )
            and set(low[max(a, i - 3) : i]) & {"would", "will", "could", "may", "might", "to"}
            # not an analyst's forecast: "China would probably respond in kind"
            and not set(low[max(a, i - 3) : i]) & {"probably", "likely"}
        ]
        alone.sort()
        if alone:  # "Brazil will retaliate if Washington ...": a retaliation, no measure named
            return [Trigger("tariff_increase", alone[0], alone[0], response=True)]
        return []
    noun = nouns[0]
    inside = {i for m in phrases for i in range(m.start, m.end)}
    reverse = {m.start for m in s.phrases("reverse", a, b)}
    change = [
        i
        for i in rng
        if low[i] in lx.RAISE_VERBS | lx.CUT_VERBS | lx.REVERSE_VERBS
        # (not what the duties did: "the provisional duties that have cut imports sharply")
        and not gr.measures_effect(low, i, lx.TARIFF_NOUNS)
        # "raised concerns about U.S. tariffs": a worry voiced, no rate moved; "cut its
        # forecast for 2026": a number revised
        and not (low[i] in lx.RAISE_VERBS and set(low[i + 1 : i + 3]) & _VOICED)
        and not set(low[i + 1 : i + 3]) & _ESTIMATES
        # "tariffs weighed on stocks", "considered the duties unfair": no measure considered
        and not (
            low[i] in lx.CONSIDER_VERBS
            and (
                i > noun
                or low[i + 1 : i + 2] == ["on"]
                or bool(set(low[noun + 1 : noun + 3]) & _JUDGED)
            )
        )
    ]
    change += [m.start for m in s.phrases("retaliation", a, b)] + sorted(reverse)
    # "will enlarge its quotas on Australian beef", "quotas ... will be enlarged": a quota
    # made larger (a verb only of quotas)
    if set(low[noun : noun + 2]) & _QUOTAS:
        change += [i for i in rng if low[i] in _ENLARGE - lx.RAISE_VERBS]
    # "became subject to a 10% sales tax from Monday": goods newly taxed
    change += [i for i in rng if low[i] in _BECAME and low[i + 1 : i + 3] == ["subject", "to"]]
    # "the duty on footwear would go up to 35 per cent from 25 per cent": a rate raised
    change += [
        i
        for i in rng
        if low[i] in _GO
        and low[i + 1 : i + 3] == ["up", "to"]
        and any(m.type == "percent" and i + 2 < m.start <= i + 5 for m in s.marks)
    ]
    # "clearing the way for anti-dumping duties of up to 87.99% on Chinese tires": the
    # decision that lets the duties come
    change += [
        i
        for i in rng
        if low[i] in {"clearing", "cleared", "clears", "paving", "paved", "paves"}
        and low[i + 1 : i + 4] == ["the", "way", "for"]
    ]
    # "U.S. Customs began collecting the duties on 279 Chinese product lines": a measure
    # applied from then (not "collected $90 billion in duties", revenue)
    change += [
        i
        for i in rng
        if low[i] in {"collecting", "collect"}
        and low[i - 1 : i] in (["began"], ["begin"], ["begins"], ["started"], ["start"], ["to"])
        and i < noun <= i + 3
    ]
    # "The International Trade Commission on Friday confirmed anti-dumping duties of 454
    # percent on vector supercomputers": a trade remedy's final ruling, at a rate named
    change += [
        i
        for i in rng
        if low[i] in {"confirmed", "confirms", "upheld", "upholds"}
        and any(i < n <= i + 4 and set(low[i + 1 : n + 1]) & _REMEDIES for n in nouns)
        and any(m.type == "percent" and i < m.start <= i + 9 for m in s.marks)
    ]
    # "will phase in tariffs of up to 15% on goods from Nicaragua": a measure brought in by
    # stages (not "phase out", a cut)
    change += [
        i for i in rng if low[i] in _PHASE and low[i + 1 : i + 2] == ["in"] and i < noun <= i + 4
    ]
    # "could bring back the tariffs": a measure put back
    change += [
        i for i in rng if low[i] in _BRING and low[i + 1 : i + 2] == ["back"] and i < noun <= i + 5
    ]
    # "it will go ahead with 25% tariffs on $50 billion of Chinese imports"
    change += [
        i
        for i in rng
        if low[i] in _PROCEED
        and low[i + 1 : i + 3] == ["ahead", "with"]
        and i < noun
        and low[i - 1] != "not"  # "would not go ahead with the tariffs": dropped (reverse)
    ]
    # an order: "ordered a 25% tariff on all imported cars" (not "an executive order")
    change += [i for i in rng if low[i] in _ORDERED and low[i - 1] not in _ORDER_NOUNS]
    # an approval: "gave final approval to tariffs", "signed off on the duties"
    change += [m.start for m in s.phrases("approve", a, b)]
    change += [i for i in rng if low[i] in gr.APPROVE]
    change += [i for i in rng if low[i] in lx.RESPONSE_VERBS and i < noun]
    # a measure that answers another: "Beijing's duties, which take effect on March 20,
    # answer Ottawa's levies"
    answers = [i for i in rng if low[i] in lx.RESPONSE_VERBS and noun < i and not adjectival(s, i)]
    # a rate that moves by itself: "India's duty on wine priced above $5 falls to 100%"
    moves = [
        i
        for i in rng
        if (low[i] in lx.RATE_DOWN or (low[i] in lx.RATE_UP and low[i : i + 2] != ["went", "into"]))
        and noun < i
        and (u[i] - u[noun] <= 6 or (u[i] - u[noun] <= 12 and low[i + 1 : i + 2] == ["to"]))
        and (
            set(low[i + 1 : i + 3]) & {"to", "by"}  # not "would be struck down"
            # "Duties on color television sets ... fall from 7.5 percent to 6 percent"
            or (
                low[i + 1 : i + 2] == ["from"]
                and any(m.type == "percent" and m.start == i + 2 for m in s.marks)
                and "to" in low[i + 3 : i + 6]
            )
        )
    ]
    change += moves
    change += [i for i in rng if low[i] in _PHASE and low[i + 1 : i + 2] == ["out"]]
    # "Slovenian and Croatian products will carry a levy of 50 percent on their price": goods
    # made to carry a new duty with its rate
    change += [
        i
        for i in rng
        if low[i] in _CARRY
        and low[i - 1 : i] in (["will"], ["would"], ["to"])
        and i < noun <= i + 3
        and any(m.type == "percent" and noun < m.start <= noun + 3 for m in s.marks)
    ]
    # "set final antidumping duties on solar cells", "to pay deposits" (not "set to")
    change += [
        i
        for i in rng
        if low[i] in {"set", "sets", "pay"} and low[i + 1 : i + 2] != ["to"] and i < noun <= i + 5
    ]
    # "zero" as a verb: "will zero its import tariffs", "zeroed duties on" (not "zero tariffs")
    change += [
        i
        for i in rng
        if low[i] in _ZEROED or (low[i] == "zero" and i > a and low[i - 1] in _TO_VERB)
    ]
    # a measure that is its verb's subject: "A 25% surtax on steel will follow on Oct. 15"
    change += [i for i in rng if low[i] in lx.ARRIVE_VERBS and noun < i]
    # "The European Union's carbon border levy on imports of steel takes effect on Thursday",
    # "The 50% duty on copper products takes effect": a measure with its author or rate (one
    # without, "Levy of at least $7,000 a vehicle takes effect in 30 days", dates the measure
    # told before it)
    effect_heads = [
        m.start
        for m in s.phrases("takes_effect", a, b)
        if noun < m.start
        and (
            any(
                x.type in {"percent", "country", "leader"} and a <= x.start < m.start
                for x in s.marks
            )
            # "A safeguard on imports of quartz surface products ... took effect": a new one
            or (noun > a and low[noun - 1] in _ARTICLES)
        )
    ]
    change += effect_heads
    # "freeing 92 percent of trade in goods among the four countries from tariffs": goods
    # freed from the duty are a cut of it
    change += [i for i in rng if low[i] in _FREEING and i < noun and "from" in low[i + 1 : noun]]
    phrased = {m.start for label in ("approve", "reverse", "retaliation") for m in
               s.phrases(label, a, b)}  # fmt: skip
    change = [
        i
        for i in change
        if i not in nouns
        and i not in inside
        and (i in phrased or not adjectival(s, i))  # "the green light": a phrase, no participle
        # a comparative that modifies a noun: "seeks a lower U.S. tariff", "the lower rates"
        and not (low[i] in _COMPARATIVES and i > a and low[i - 1] in _DEFINITE | _ARTICLES)
        and not s.in_date(i)  # "starting June 1" dates the measure
    ]
    # a verb whose object is another noun with a clause about the measure: "cut the odds that
    # the duties would survive"; a verb with no object before "and" ("as inflation eases and
    # higher U.S. tariffs weigh")
    change = [
        i
        for i in change
        # "the threat of higher U.S. tariffs added to uncertainty": added to a mood, no measure
        if not (noun < i and low[i] in {"added", "adds", "add"} and low[i + 1 : i + 2] == ["to"])
        and not (i < noun and any(w in _COMPLEMENT for w in low[i + 1 : noun]))
        and not (i < noun and low[i + 1 : i + 2] == ["and"] and low[i].endswith("s"))
    ]
    # "the import surcharges and the special levies introduced in the July budget will be
    # abolished": a participle after the measure's noun tells its past; the passive after it
    # is the clause's verb
    later = [j for j in change if low[j - 1] in {"be", "been"}]
    change = [
        i
        for i in change
        if not (
            low[i].endswith("ed")
            and low[i - 1] in lx.TARIFF_NOUNS
            and low[i + 1 : i + 2] in (["in"], ["last"], ["on"], ["by"])
            and any(j > i for j in later)
        )
    ]
    # "with the quota taking effect on Monday" dates the measure before it: no new one
    effect = {k for m in s.phrases("takes_effect", a, b) for k in range(m.start, m.end)}
    rated = any(m.type == "percent" and a <= m.start < b for m in s.marks)
    definite = noun > a and (
        low[noun - 1] in _DEFINITE
        or (noun - 1 > a and low[noun - 2] in _DEFINITE and low[noun - 1] in _TOLD_MODIFIERS)
    )
    if not rated and definite:
        # "The lower rates apply to imports from all countries": the measure told before
        change = [i for i in change if i not in effect and low[i] not in lx.ARRIVE_VERBS]
    head: int | None = charged if charged is not None else nearest(change, noun, u)
    freed = [i for i in change if low[i] in _FREEING and low[noun - 1] == "from"]
    if head is None and freed:
        head = freed[0]  # past a long object: "freeing 92 percent of trade ... from tariffs"
    # a country's own duty leads the clause: "Japan's tariff on European cheeses such as
    # Camembert will be removed over 15 years"
    owned = (
        noun >= a + 2
        and low[noun - 1] == "'s"
        and any(m.type == "country" and m.start == a and m.end == noun - 1 for m in s.marks)
    )
    # (past a conjunction that opens the clause: "..., while duties on bananas, pineapples
    # and mangoes will be scrapped")
    opens = a + 1 if low[a] in _CLAUSE_OPENERS else a
    # (past a purpose that opens the clause: "To protect local industry, customs duties on a
    # list of finished goods ... would be raised")
    if low[opens] == "to" and "," in low[opens + 2 : opens + 7]:
        opens = low.index(",", opens + 2) + 1
    aside = asides(s)
    # (or past what is left and whose: "The last customs duties on trade among the six
    # countries ... were abolished today", "Remaining Australian tariffs on Thai clothing and
    # textiles will be phased out by 2015")
    named_before = noun > opens and all(
        low[k] in {"the", "new", "remaining", "existing", "last", "customs", "import", "special"}
        # (and the goods they fall on: "US dairy quotas for Australian cheese ... will be
        # enlarged")
        or any(m.type in {"country", "product"} and m.start <= k < m.end for m in s.marks)
        for k in range(opens, noun)
    )
    if head is None and (noun == opens or owned or (noun <= opens + 3 and named_before)):
        # the measure is the subject of a passive, past a long list of goods: "Tariffs on
        # imported edible oils and flour will be cut to zero percent from July 20" (not one
        # with its rate, told before: "Tariffs of 10 percent on some of the goods will be cut")
        head = next(
            (
                i
                for i in change
                if i > noun
                # (past an adverb: "will be roughly halved")
                and low[i - 1 - low[i - 1].endswith("ly")] in _PASSIVE_AUXILIARIES
                # (past the noun's own second word: "Customs duties on trade ...")
                and not any(
                    low[k] in {";"} | lx.TARIFF_NOUNS for k in range(_compound_end(low, noun), i)
                )
                # commas of a list of goods only ("wheat, maize and sugar"), or of an aside
                # ("Duties on more sensitive products, such as Israeli citrus, will be ...")
                # (or of an aside of examples: "Duties on some industrial raw materials,
                # including polyester fibre and steel billets, were cut")
                and not any(
                    low[k] == ","
                    and not any(m.type == "product" and m.start == k + 1 for m in s.marks)
                    and k not in aside
                    and not _example_aside(low, noun, k)
                    for k in range(noun + 1, i)
                )
                # (a country's own duty keeps its range: "Viet Nam's tariffs of up to 78
                # percent on European cars will also be phased out")
                # (nor a share of goods: "Tariffs on 85 percent of the goods traded between
                # the two countries will be removed")
                # (but the goods' rate now is no rate of the measure: "Tariffs on goods now
                # at 10 percent or less will be cut to 5 percent")
                and (
                    owned
                    or not any(
                        m.type == "percent"
                        and noun < m.start < i
                        and low[m.end : m.end + 1] != ["of"]
                        and not rate_now(low, max(noun, m.start - 4), m.start)
                        # (nor a bound that names the goods: "tariffs of 20 percent and above
                        # will be reduced by a third")
                        and low[m.end : m.end + 2] not in _BOUNDS
                        for m in s.marks
                    )
                )
            ),
            None,
        )
    # the measure undone in the passive is the clause's verb: "The increase in tariffs on
    # $250 billion of Chinese goods, scheduled for Oct. 15, has been suspended"; "Tariff
    # increase due Tuesday suspended;" (a headline's passive)
    undone = [
        i
        for i in change
        if i > noun
        and low[i] in lx.REVERSE_VERBS
        and (low[i - 1] in {"been", "was", "were"} or low[i + 1 : i + 2] in ([";"], ["."], []))
    ]
    raise_undone = bool(undone) and any(
        low[j] in _RAISE_NOUNS for j in range(max(a, noun - 3), min(b, noun + 3))
    )
    if raise_undone or (undone and _past_relative(low, noun, undone[0])):
        head = undone[0]
    if head is None:
        # the measure is the subject of "takes effect", however long its goods: "The 50% duty
        # on semi-finished copper products such as pipes, wires and rods takes effect", "A 15%
        # tariff on polysilicon, wafers and solar cells is scheduled to start on Dec. 4"
        head = next(
            (
                i
                for i in change
                if i in effect_heads
                or (
                    rated
                    and i > noun
                    and low[i] in lx.ARRIVE_VERBS
                    # not "higher than the 15% applied to Japan": a rate described
                    and not any(x.type == "percent" and x.end == i for x in s.marks)
                )
            ),
            None,
        )
    if answers and (head is None or head < answers[0]) and low[noun - 1] == "'s":
        return [Trigger("tariff_increase", answers[0], noun, response=True)]
    if head is None and moves:
        head = moves[0]
    if head is None:  # "exempted 700 products, including aircraft and juice, from the duty"
        head = next(
            (i for i in rng if low[i] in _EXEMPT and "from" in low[i + 1 : noun] and i < noun), None
        )
    if head is None and any(low[i] in {"retaliatory", "exemption", "exemptions"} for i in rng):
        head = noun
    if head is None and noun in proposed:
        head = noun - 1
    if (
        head is None
        and set(low[noun : noun + 2]) & {"deposit", "deposits"}
        and "importers" in low[a:noun]
        and not set(low[max(a, noun - 3) : noun]) & {"post", "posted", "posting"}
        and "had" not in low[a:noun]  # "had already required importers ... to deposit"
    ):
        # "Italian importers must deposit half the value of ...", "ordered importers ... to
        # lodge cash deposits with customs": the deposit required is the measure
        head = next((k for k in range(max(a, noun - 3), noun) if low[k] in _LODGE), noun)
    # "will extend its suspension of additional tariffs on U.S.-made vehicles"
    suspensions = [
        j
        for j in range(max(a, noun - 7), noun - 1)
        if low[j] in _SUSPENSIONS and low[j + 1] == "of"
    ]
    if head is None and suspensions and "extension" in low[max(a, suspensions[0] - 4) : noun]:
        # "announced a matching 90-day extension of its suspension of a 24% additional tariff"
        head = suspensions[0]
    if head is None:
        return []
    ender = _relief_ended(s, a, head)
    if ender is not None:
        # "Washington ended the EU's exemption from its steel tariffs": the duty now charged
        return [Trigger("tariff_increase", ender, noun)]
    if low[max(a, head - 2) : head] == ["able", "to"] and "if" in low[head : head + 12]:
        # a right under an agreement, on a condition: "will also be able to impose a
        # safeguard duty on Australian beef if prices fall sharply"
        return []
    word = low[head]
    falls = (
        head > noun
        and (word in lx.RATE_DOWN or word in lx.REVERSE_VERBS)
        and ("to" in low[head + 1 : head + 3])
    )
    # past a span between the verb and its object: "has put off for 90 days the increase"
    span = next(
        (
            j
            for j in range(max(a, head - 7), head - 2)
            if low[j] in {"for", "by"} and span_at(low, j + 1)
        ),
        None,
    )
    reach = 3 if span is None else head - span + 3
    governed = any(
        low[j] in lx.REVERSE_VERBS - {"end", "drop", "dropped", "drops", "dropping"}
        for j in range(max(a, head - reach), head)
    ) or any(
        m.start < head and head - m.end <= (1 if span is None else head - span + 1)
        for m in s.phrases("reverse", a, head)
    )
    stopped = _stopped_relief(low, a, noun)
    if stopped is not None:
        # "will stop applying reduced tariffs to 12 chemical products": a relief ended
        return [Trigger("tariff_increase", stopped, noun)]
    # "is putting its threatened tariffs on hold": the hold after the measure
    held = any(low[j] in _PUT for j in range(max(a, noun - 5), noun)) and any(
        low[j : j + 2] in (["on", "hold"], ["on", "ice"]) for j in range(noun + 1, min(b, noun + 8))
    )
    suspended = bool(suspensions)
    quota_noun = bool(set(low[noun : noun + 2]) & _QUOTAS)  # "its quotas", "its import quotas"
    # "reinstated tariff exclusions for 352 types of Chinese imports": a relief granted
    relief = (
        word in _GRANTED and low[noun + 1 : noun + 2] != [] and (low[noun + 1] in lx.RELIEF_NOUNS)
    )
    if relief or word in _FREEING:
        kind, rev = "tariff_cut", False
    elif (
        word in _PHASE
        and low[head + 1 : head + 2] == ["in"]
        and not set(low[noun : noun + 2]) & _QUOTAS
    ):
        kind, rev = "tariff_increase", False  # "will phase in tariffs of up to 15%"
    elif raise_undone or held or suspended:
        kind, rev = "tariff_increase", True
    elif set(low[noun : noun + 2]) & _QUOTAS and (
        word in lx.REMOVE_VERBS | {"phase"}
        # "Washington will lift its quotas on Chinese textiles", "ended its quotas on
        # Vietnamese textiles", "will ease some of the quotas it applies to Chinese goods":
        # standing quotas opened, as the sets label them (not a measure of the conflict's)
        or (word in _QUOTAS_OPENED and not _of_conflict(low, head, noun))
    ):
        kind, rev = "tariff_cut", False  # "will scrap its import quotas on beef": opened
    elif falls:
        kind, rev = "tariff_cut", False
    elif head in reverse:
        kind, rev = "tariff_increase", True  # "put on hold for 90 days its countermeasures"
    elif governed and word in lx.RAISE_VERBS:
        kind, rev = "tariff_increase", True  # "postponed a planned increase in tariffs"
    elif word in _ZEROED or word == "zero" or (head < noun and low[noun - 1 : noun] == ["zero"]):
        # a duty taken to zero is cut, whoever set it ("will apply zero tariffs to 273 types
        # of goods of Hong Kong origin")
        kind, rev = "tariff_cut", False
    elif (
        word in lx.REMOVE_VERBS
        and not governed
        and (standing(s, head, noun, b) or (deal_context and not _of_conflict(low, head, noun)))
    ) or (
        word in _LIFT
        and "customs" in low[head : noun + 1]
        and not governed
        and deal_context
        and not _of_conflict(low, head, noun)
    ):
        # "will scrap duties on Indian clothing"; in a report of an agreement, "will lift its
        # customs duties on most Yugoslav industrial goods": standing duties done away with
        kind, rev = "tariff_cut", False
    elif word in lx.REVERSE_VERBS and not governed and _phased_share(low, noun, b):
        # "will lift its duties on about 86 percent of EU goods over twelve years"
        kind, rev = "tariff_cut", False
    elif word in lx.REVERSE_VERBS and not (word == "end" and "access" in low[a:b]):
        kind, rev = "tariff_increase", True
    elif _lowered(low, noun, b):
        # "will expand tariff cuts on imported fruit", "will apply provisional import tariffs
        # lower than the most-favored-nation rates", "tariffs 20 to 40 percent lower"
        kind, rev = "tariff_cut", False
    elif (
        quota_noun if word in _ENLARGE else low[noun] in _QUOTAS
    ) and word in lx.CUT_VERBS | _ENLARGE:
        # a smaller quota tightens, a larger one eases: "cut the quota of steel"
        kind, rev = ("tariff_cut" if word in _ENLARGE else "tariff_increase"), False
    elif quota_noun and any(
        low[k] in _ENLARGE for k in range(min(head, noun) + 1, max(head, noun) + 1)
    ):
        # past the verb that governs it: "agreed to enlarge their quotas on cotton goods"
        kind, rev = "tariff_cut", False
    elif word in _EXEMPT and low[noun - 1] in _PREFERENTIAL:
        kind, rev = "tariff_increase", False  # "excluded goods ... from the preferential tariffs"
    elif word in lx.CUT_VERBS or "exemption" in low[a:b]:
        kind, rev = "tariff_cut", False
    else:
        kind, rev = "tariff_increase", False
    # "set Pakistan's rate at 19%, down from the 29% announced in April": a rate lowered
    if kind == "tariff_increase" and not rev and _down_from(low, head, b):
        kind = "tariff_cut"
    return [Trigger(kind, head, noun, rev, response=word in lx.RESPONSE_VERBS)]


_PHASE = lx.forms("phase")
_LIFT = lx.forms("lift")
#: Verbs of a deposit importers must hand over ("to lodge cash deposits with customs").
_LODGE = lx.forms("lodge", "place", "make")
#: Verbs that open standing quotas ("will lift its quotas on Chinese textiles").
_QUOTAS_OPENED = lx.forms("lift", "end", "ease", "relax")

#: Words between a duty and the "on" of its goods ("the levy it charges on ...").
_DUTY_RELATIVE = frozenset({"it", "they", "that", "which", "charges", "charge", "levies",
                           "imposes", "collects", "applies"})  # fmt: skip


def _on_past_rate(s: Sentence, i: int, b: int) -> int | None:
    """Where the "on" after a duty's rate stands ("a special tariff of 100 percent on"), if any."""
    low = s.lower
    rated = low[i + 1 : i + 2] == ["of"] and any(
        m.type == "percent" and i + 1 < m.start <= i + 4 for m in s.marks
    )
    return next((k for k in range(i + 3, min(b, i + 8)) if low[k] == "on"), None) if rated else None


def _on_after(low: list[str], i: int) -> int | None:
    """Where the "on" of the goods of the duty at ``i`` stands, past a relative clause."""
    for k in range(i + 1, min(len(low), i + 4)):
        if low[k] == "on":
            return k
        if low[k] not in _DUTY_RELATIVE:
            return None
    return None


#: Nouns after a duty's that make it a cut ("tariff cuts"), and words before it ("lower
#: tariffs").
_CUTS = frozenset({"cut", "cuts", "reduction", "reductions"})
_LOWERED = frozenset({"lower", "reduced"})
#: Words after "lower than" that name the rates standing ("lower than the most-favored-nation
#: rates").
_STANDING_RATES = (["the"], ["those"], ["mfn"], ["normal"], ["current"], ["applied"])


def _lowered(low: list[str], noun: int, b: int) -> bool:
    """Whether the duty at ``noun`` is told as lowered whatever its verb.

    "tariff cuts", "lower tariffs", "tariffs lower than the most-favored-nation rates",
    "tariffs 20 to 40 percent lower on Indonesian palm oil".
    """
    if low[noun] not in lx.TARIFF_NOUNS:
        return False
    if low[noun + 1 : noun + 2] and low[noun + 1] in _CUTS:
        return True
    if noun > 0 and low[noun - 1] in _LOWERED:
        return True
    after = low[noun + 1 : min(b, noun + 7)]
    if "lower" not in after:
        return False
    k = after.index("lower")
    if "," in after[:k] or set(low[max(0, noun - 5) : noun]) & {"percent", "%", "cent"}:
        return False  # "a 19 percent U.S. tariff, one point lower than the rate he had set"
    # lower than the rates that stand, not than a number ("a 20% U.S. tariff from Aug. 7,
    # lower than the 35% Washington had threatened": the rate set is still a rise)
    than = (
        after[k + 1 : k + 2] == ["than"]
        and low[noun + k + 3 : noun + k + 4] in _STANDING_RATES
        and not any(w[:1].isdigit() for w in low[noun + k + 3 : noun + k + 6])
    )
    return than or any(w in {"percent", "%", "cent"} for w in after[:k])


#: Words that open an aside of examples ("..., including polyester fibre and steel billets,").
_EXAMPLES = frozenset({"including", "such", "notably", "mainly", "chiefly", "mostly"})


def _example_aside(low: list[str], noun: int, k: int) -> bool:
    """Whether the comma at ``k`` opens or closes an aside of examples after ``noun``."""
    if low[k + 1 : k + 2] and low[k + 1] in _EXAMPLES:
        return True
    return any(
        low[j] == "," and low[j + 1 : j + 2] and low[j + 1] in _EXAMPLES for j in range(noun + 1, k)
    )


#: Verbs of goods that bear a duty ("will carry a levy of 50 percent").
_CARRY = frozenset({"carry", "bear"})
#: Words after a rate that make it a bound naming goods ("of 20 percent and above").
_BOUNDS = (["and", "above"], ["or", "more"], ["and", "over"], ["or", "higher"], ["or", "less"])
#: Verbs that free goods from a duty ("freeing 92 percent of trade ... from tariffs").
_FREEING = frozenset({"free", "frees", "freed", "freeing"})

#: Verbs before a participle that make it a passive ("will be cut", "were raised").
_PASSIVE_AUXILIARIES = frozenset({"be", "been", "was", "were", "is", "are"})
#: Words before "tax rate" that make it a tax charged at home ("the income tax rate").
_HOME_TAXES = frozenset(
    {"income", "corporate", "corporation", "profits", "payroll", "sales", "wealth", "property",
     "inheritance", "consumption", "added", "vat"}
)  # fmt: skip
#: Words that make a duty one charged at home ("excise duty", "stamp duty"), no tariff.
_INLAND_DUTIES = frozenset({"excise", "stamp", "estate"})
#: Words before "tariffs" that make them a utility's prices ("electricity tariffs").
_UTILITY_PRICES = frozenset({"electricity", "power", "water", "utility", "telecom", "taxi",
                             "bus", "postal", "broadband"})  # fmt: skip


_ORDERED = frozenset({"ordered", "orders", "ordering", "order"})


#: Words before "order" that make it a noun ("an executive order", "purchase orders").
_ORDER_NOUNS = frozenset({"a", "an", "the", "its", "executive", "purchase", "new", "his",
                          "her", "their", "export", "import", "this", "that"})  # fmt: skip


#: Words that open a clause of a noun's content ("the odds that the duties would survive").
_COMPLEMENT = frozenset({"that", "whether"})


#: Words after a tariff noun that make it part of a body's name ("Customs Tariff Commission").
_BODIES = frozenset({"commission", "committee", "board", "office", "act", "authority", "council",
                     "bureau", "department"})  # fmt: skip

_EXEMPT = lx.forms("exempt", "exclude", "spare")
#: Reliefs from a tariff that an agency grants ("granted temporary exclusions for ...").
_EXCLUSIONS = frozenset({"exclusion", "exclusions", "exemption", "exemptions"})


#: Nouns of the size of a duty ("the same amount", "an equal rate").
_AMOUNTS = frozenset({"amount", "rate", "level", "percentage", "margin", "duty", "tariff"})


#: Verbs that take a relief away ("ended the EU's exemption"), not those that put it off.
_END_RELIEF = (lx.REVERSE_VERBS | lx.REMOVE_VERBS) - lx.forms("delay", "postpone", "waive")


def _relief_ended(s: Sentence, a: int, head: int) -> int | None:
    """The verb that ends an exemption from a tariff, if the head is the exemption's noun.

    "Washington ended the EU's exemption from its tariffs", "revoked the exclusions": the
    goods spared are charged the duty again, a tariff raised on them (not a cut).
    """
    low = s.lower
    if low[head] in _END_RELIEF and set(low[head + 1 : head + 5]) & _EXCLUSIONS:
        # "ordered an end to the exemptions and quotas", "end the exemptions": the verb the head
        return head
    if low[head] not in _EXCLUSIONS:
        return None
    return next(
        (
            j
            for j in range(max(a, head - 4), head)
            if low[j] in _END_RELIEF and not adjectival(s, j)
        ),
        None,
    )


def _same_amount(s: Sentence, seg: Segment) -> int | None:
    """The verb that raises a duty by the same amount as another's, if any.

    "Washington would add the same amount on top of the 25%", "would raise its own duties
    by an equal rate": a verb of raising, then *same*, *equal* or *matching* and a noun of
    a duty's size, in a report that speaks of tariffs; or a raise "added to the 25%" after
    a condition that tells one ("if Tunisia decides to raise its own tariffs").
    """
    low = s.lower
    tariffs = any(w in lx.TARIFF_NOUNS for w in low) or any(m.type == "percent" for m in s.marks)
    if not tariffs:
        return None
    for i in range(seg.start, seg.end):
        # "whatever amount it chooses will be added to the 25%", "the increase would be
        # added on top of the 25%": another's raise added, after a condition that tells it
        if (
            low[i] == "added"
            and low[i - 1] == "be"
            and (low[i + 1 : i + 3] == ["to", "the"] or low[i + 1 : i + 4] == ["on", "top", "of"])
            and any(
                g.type == "condition" and set(low[g.start : g.end]) & lx.RAISE_VERBS
                for g in s.segments
            )
        ):
            return i
        if i >= seg.end - 2 or low[i] not in lx.RAISE_VERBS or adjectival(s, i):
            continue
        for k in range(i + 1, min(seg.end - 1, i + 4)):
            if low[k] in {"same", "equal", "matching", "identical"} and low[k + 1] in _AMOUNTS:
                return i
    return None


def _exemption(s: Sentence, seg: Segment) -> int | None:
    """The verb of goods exempted from a tariff the sentence told before, if any.

    "... imposing a 40% tariff on Brazilian goods, but exempted nearly 700 products":
    goods (a goods noun or product words) after a verb of exemption in a clause without a
    word for a tariff, after a clause of the same sentence that has one.
    """
    low = s.lower
    for i in range(seg.start, seg.end):
        if low[i] not in _EXEMPT or adjectival(s, i):
            continue
        goods = any(low[k] in GOODS for k in range(i + 1, min(seg.end, i + 6))) or any(
            m.type == "product" and i < m.start < seg.end for m in s.marks
        )
        told = any(w in lx.TARIFF_NOUNS for w in low[: seg.start]) or bool(
            s.phrases("tariff", 0, seg.start)
        )
        if goods and told:
            return i
    return None


#: Quantifiers before "of its": "phase out most of its duties" names no one measure.
_QUANTIFIERS = frozenset({"most", "all", "some", "many", "much", "part", "half", "bulk"})


def _phased_share(low: list[str], noun: int, end: int) -> bool:
    """Whether duties are told by a share of goods and freed over years.

    "its duties on about 86 percent of EU goods over twelve years".
    """
    after = low[noun + 1 : end]
    share = any(
        after[k : k + 2] in (["percent", "of"], ["%", "of"])
        or after[k : k + 3] == ["per", "cent", "of"]
        for k in range(len(after))
    )
    stages = any(
        after[k] == "over" and after[k + 2 : k + 3] in (["years"], ["year"])
        for k in range(len(after) - 2)
    )
    return share and stages


def standing(s: Sentence, head: int, noun: int, end: int) -> bool:
    """Whether the duties a verb removes are standing ones, not a measure named before.

    "will scrap duties on Indian clothing", "removed tariffs on almost all goods", "phase
    out most of its duties" are cuts; "scrap its 25% tariffs", "remove the retaliatory
    duties", "drop the tariffs it imposed in 2019" undo a measure of the conflict.

    Parameters
    ----------
    s : Sentence
        The sentence, with its tokens, marks and clauses.
    head : int
        The position of the verb that removes the duties.
    noun : int
        The position of the duties' noun.
    end : int
        The end of the clause.

    Returns
    -------
    bool
        True when the duties are standing ones (a cut), False when the verb undoes a
        measure of the conflict.
    """
    low = s.lower
    if low[head] in _PHASE:
        return not any(w in lx.WAR_WORDS or w in lx.RETALIATION for w in low[head : noun + 1])
    lo, hi = (head + 1, noun) if head < noun else (max(0, noun - 3), noun)
    words = low[lo:hi]
    if "remaining" in words or "existing" in words:
        return True  # "scrapped its remaining duties on Chilean wine": what is left, standing
    for j, w in enumerate(words):
        # "waived the import duty on raw cotton": the article of a standing duty's kind
        if w == "the" and words[j + 1 : j + 2] and words[j + 1] in _STANDING_KINDS:
            continue
        # "Seoul will scrap its tariffs on Philippine bananas", "The Philippines will remove
        # its tariffs on American cars": a country's own duties removed are a cut (56 of the
        # 57 such labelled; not "will lift its tariffs", "suspend its tariffs", "dropped its
        # threat of tariffs", which mostly undo a measure)
        if w in {"its", "their"} and head < noun and low[head] in _DONE_AWAY:
            continue
        if w in _DEFINITE | {"'s", "his", "her", "our"} and not (
            j >= 2 and words[j - 1] == "of" and words[j - 2] in _QUANTIFIERS
        ):
            return False
    if any(w in lx.WAR_WORDS or w in lx.RETALIATION for w in [*words, low[noun]]):
        return False
    if low[noun] not in {"tariff", "tariffs", "duty", "duties", "levy", "levies"} and not (
        noun + 1 < len(low) and low[noun + 1] in {"duty", "duties", "tariffs", "tax", "taxes"}
    ):
        return False  # surtaxes, surcharges, countermeasures: measures of the conflict
    if any(m.type == "percent" and lo <= m.start < hi for m in s.marks):
        return False
    # a measure told with its own history: "the tariffs it imposed in 2019"
    return not any(w in {"imposed", "introduced", "slapped", "levied"} for w in low[noun + 1 : end])


#: Verbs that do away with a country's own duties ("will scrap its tariffs on bananas").
_DONE_AWAY = lx.forms("scrap", "remove", "eliminate", "abolish", "cut", "reduce", "lower")


def _of_conflict(low: list[str], head: int, noun: int) -> bool:
    """Whether words between a verb and its duties name a measure of a conflict."""
    lo, hi = (head + 1, noun + 1) if head < noun else (max(0, noun - 3), noun + 1)
    return any(w in lx.WAR_WORDS or w in lx.RETALIATION for w in low[lo:hi])


def _zero_tariff(low: list[str], i: int) -> bool:
    """Whether the word at ``i`` follows "zero-tariff" ("a zero-tariff quota")."""
    return low[max(0, i - 3) : i] == ["zero", "-", "tariff"] or low[max(0, i - 2) : i] == [
        "zero",
        "tariff",
    ]


#: Verbs of a measure that lapses at its end ("The safeguard tariffs expired on Tuesday").
_EXPIRE = lx.forms("expire", "lapse")
#: Words of an amount of goods ("halving the volume of steel that can enter duty-free").
_VOLUMES = frozenset({"volume", "volumes", "quota", "quotas", "amount", "quantity", "share"})
#: Words that "free of ..." names a duty by.
_FREE_OF = frozenset({"duty", "duties", "tariff", "tariffs", "charge"})
#: Words of a quota's low duty ("quotas at low or zero tariffs").
_LOW_DUTY = frozenset({"low", "lower", "zero", "reduced", "preferential", "nil"})
#: Verbs that open or widen a quota ("will open an annual quota", "doubled the volume").
_WIDEN = lx.forms("open", "double", "expand", "widen", "enlarge")


#: Comparatives that are adjectives after an article ("a lower tariff"), verbs after "to".
_COMPARATIVES = frozenset({"lower", "higher"})


_ARTICLES = frozenset({"a", "an", "from", "of", "for", "at", "with", "'s"})


#: Modifiers of a measure told before ("the lower rates", "the new duties").
_TOLD_MODIFIERS = frozenset({"lower", "higher", "new", "additional", "extra", "reduced", "same"})


#: Verbs that stop applying a relief, the relief's verbs, and the words of a relief.
_STOP = lx.forms("stop", "cease", "end", "halt", "suspend")
_APPLYING = frozenset({"applying", "granting", "offering", "giving", "extending"})
_RELIEF = frozenset({"reduced", "lower", "preferential", "concessional", "zero", "low"})


def _exclusions_lapse(low: list[str], a: int, b: int) -> int | None:
    """Where a clause lets exclusions or exemptions from tariffs lapse ("let ... lapse")."""
    for j in range(a, b):
        if low[j] in {"let", "lets", "letting", "allowed", "allow"}:
            rest = low[j + 1 : min(b, j + 8)]
            if set(rest) & {"exclusions", "exemptions", "waivers"} and set(rest) & {
                "lapse",
                "expire",
            }:
                return j
    return None


def _stopped_relief(low: list[str], a: int, noun: int) -> int | None:
    """Where a clause stops applying reduced tariffs: "will stop applying reduced tariffs"."""
    for j in range(max(a, noun - 5), noun):
        if (
            low[j] in _STOP
            and low[j + 1 : j + 2]
            and low[j + 1] in _APPLYING
            and set(low[j + 2 : noun]) & _RELIEF
        ):
            return j
    return None


def _down_from(low: list[str], head: int, b: int) -> bool:
    """Whether "down from" follows the verb of a rate in its clause ("at 19%, down from 29%")."""
    return any(low[k : k + 2] == ["down", "from"] for k in range(head + 1, min(b - 1, head + 12)))


#: Words after "tariff-" that make no measure ("tariff-free", "tariff-making").
_COMPOUNDS = frozenset({"free", "making", "setting"})

#: Benefits of a preference programme, and the words that make them one ("its GSP benefits").
_PREFERENCES = frozenset(
    {"benefits", "preferences", "privileges", "status", "eligibility", "relations", "designation"}
)
_PREFERENTIAL = frozenset(
    {"gsp", "agoa", "trade", "tariff", "preferential", "duty", "eba", "mfn", "most-favoured-nation"}
)

#: Verbs that open a market to another's goods.
_OPEN = lx.forms("open") | {"opened"}
#: Verbs that make a quota smaller ("shrink the tariff-free quotas").
_SHRINK = lx.forms("shrink", "narrow", "tighten") | {"shrank", "shrunk"}


def _became_subject(low: list[str], a: int, i: int) -> bool:
    """Whether "became subject to" stands between ``a`` and the tax at ``i``."""
    return any(low[k] in _BECAME and low[k + 1 : k + 3] == ["subject", "to"] for k in range(a, i))


#: Taxes that, on goods imported, are charged at the border; words of goods imported.
_BORDER_TAXES = frozenset({"tax", "vat", "taxes"})
#: A tax put on goods in the passive ("would be levied", "will be imposed").
_TAX_PASSIVES = [
    [modal, "be", verb]
    for modal in ("will", "would", "shall")
    for verb in ("levied", "imposed", "charged")
]
_IMPORTED = frozenset({"imported", "imports", "import"})
#: Forms of *become* ("became subject to a 10% sales tax").
_BECAME = lx.forms("become") | {"became"}
#: Forms of *go*, a rise with *up* after them ("would go up to 35 per cent").
_GO = lx.forms("go") | {"went", "gone"}
#: Verbs that take preferences away ("stripping Russia of normal trade relations").
_STRIP = lx.forms("strip", "revoke", "withdraw", "deny")
_ENDED = lx.forms("end", "terminate", "suspend")
#: Preference programmes named after the benefits they give ("eligibility for AGOA").
_PROGRAMMES = frozenset({"agoa", "gsp", "gsp+", "eba", "preferences", "growth", "generalized",
                         "generalised"})  # fmt: skip

#: "zero" as a verb, and the words before its plain form that make it one ("will zero").
_ZEROED = frozenset({"zeroed", "zeroes", "zeroing", "zeros"})
_TO_VERB = frozenset({"to", "will", "would", "could", "may", "might", "must", "shall", "should",
                      "and"})  # fmt: skip

#: Words that name a standing duty after "the" ("the import duty", "the basic customs duty").
_STANDING_KINDS = frozenset({"import", "customs", "basic", "mfn", "applied", "general"})

#: Determiners of a measure told before ("the quota", "its tariffs").
_DEFINITE = frozenset({"the", "its", "their", "this", "these", "those", "such", "that"})


#: A quota's words, and verbs that make it larger.
_QUOTAS = frozenset({"quota", "quotas"})
#: Verbs that go ahead with a measure ("will go ahead with 25% tariffs").
_PROCEED = lx.forms("go", "press", "push") | {"went", "gone"}
#: Verbs that put a measure on hold ("is putting its threatened tariffs on hold").
_PUT = lx.forms("put", "place")
#: Nouns of a measure's suspension ("its suspension of additional tariffs").
_SUSPENSIONS = frozenset(
    {"suspension", "suspensions", "postponement", "delay", "deferral", "pause", "removal",
     "lifting", "repeal"}
)  # fmt: skip
#: Verbs that grant or restore a relief from tariffs ("reinstated tariff exclusions").
_GRANTED = lx.forms("reinstate", "restore", "extend", "grant", "renew", "approve", "revive")


_ENLARGE = lx.forms("raise", "increase", "expand", "enlarge", "widen", "double", "triple")


#: Verbs that restrict imports: a quota only with its amount ("limit imports to 2 million").
_RESTRICT = lx.forms("restrict", "limit")
#: Nouns of what a quota caps.
_CAPPED = frozenset({"imports", "import", "inflows"})


def _quota(s: Sentence, seg: Segment) -> Trigger | None:
    """An import quota set, a tariff measure: "will cap imports of flat steel at 300,000 tons"."""
    low = s.lower
    for i in range(seg.start, seg.end):
        # "Licences will be required for imports of cement, capped at 1.5 million tonnes":
        # the imports' cap told by its participle and amount
        if (
            low[i] in {"capped", "limited"}
            and low[i + 1 : i + 2] == ["at"]
            and low[i + 2 : i + 3] != []
            and (low[i + 2][:1].isdigit() or low[i + 2] in _AMOUNT_WORDS)
            and (imports := [k for k in range(max(seg.start, i - 8), i) if low[k] in _CAPPED])
        ):
            return Trigger("tariff_increase", i, imports[0])
        if low[i] not in lx.QUOTA_VERBS or adjectival(s, i):
            continue
        capped = [k for k in range(i + 1, min(seg.end, i + 4)) if low[k] in _CAPPED]
        # "will restrict imports of fruit and vegetables from Egypt": a barrier, a purchase
        # cut (not "will limit imports of steel to 2 million tonnes", a quota's amount)
        barrier = (
            low[i] in _RESTRICT
            and not any(
                low[k] in {"to", "at"} and low[k + 1 : k + 2] and low[k + 1][:1].isdigit()
                for k in range(i + 1, seg.end)
            )
            # "will limit imports of steel ... to 2024 volumes", "tariffs or quotas"
            and not set(low) & {"quota", "quotas", "volumes", "volume"}
        )
        if capped:
            governed = any(
                low[j] in lx.REVERSE_VERBS - {"end"} for j in range(max(seg.start, i - 3), i)
            )
            kind = "purchase_cut" if barrier else "tariff_increase"
            return Trigger(kind, i, capped[0], governed)
    # only an amount of goods let in, a quota set: "will allow only 152,000 new cars into
    # the country this year"
    for i in range(seg.start, seg.end):
        if (
            low[i] in _LET_IN
            and low[i + 1 : i + 2] == ["only"]
            and low[i + 2 : i + 3] != []
            and low[i + 2][:1].isdigit()
            and (into := [k for k in range(i + 3, min(seg.end, i + 10)) if low[k] == "into"])
        ):
            return Trigger("tariff_increase", i, into[0])
    # an amount of goods let in, a quota opened: "will let up to 49,000 Chinese-made electric
    # vehicles a year into the country at the regular 6.1% tariff"
    for i in range(seg.start, seg.end):
        if low[i] not in _LET_IN or low[i + 1 : i + 3] != ["up", "to"]:
            continue
        into = [k for k in range(i + 3, min(seg.end, i + 14)) if low[k] == "into"]
        goods = any(m.type == "product" and i < m.start < (into or [i])[0] for m in s.marks) or any(
            w in {"goods", "products", "vehicles", "tonnes", "tons"} for w in low[i : i + 14]
        )
        if into and goods:
            return Trigger("tariff_cut", i, into[0])
    return None


#: Numbers written as words that open an amount ("capped at two million tonnes").
_AMOUNT_WORDS = frozenset({"one", "two", "three", "four", "five", "six", "seven", "eight",
                           "nine", "ten", "half", "about", "around", "roughly"})  # fmt: skip
#: Verbs that let an amount of goods into a market ("will let up to ... into the country").
_LET_IN = frozenset({"let", "lets", "letting", "allow", "allows", "allowed", "allowing", "admit",
                     "admits", "admitted"})  # fmt: skip


def _past_relative(low: list[str], noun: int, verb: int) -> bool:
    """Whether a relative clause of the measure stands between it and its verb.

    "The tariffs of 10% on goods from Denmark ..., which had been due to take effect on
    Feb. 1, were dropped on Wednesday": ", which" after the noun, and the clause's closing
    comma just before the verb's auxiliary.
    """
    opened = [r for r in range(noun + 1, verb) if low[r] in {"which", "that"} and low[r - 1] == ","]
    return bool(opened) and "," in low[verb - 3 : verb] and ";" not in low[opened[0] : verb]


#: Verbs of a response vowed, and of a response or list widened ("would widen its response").
_RESPOND = frozenset({"respond", "responds", "answer"})
_RESPONSE_WIDENED = frozenset({"widen", "extend", "expand", "broaden"})


def _measures_vowed_on_condition(s: Sentence, a: int, b: int) -> Trigger | None:
    """Necessary measures vowed if another side acts: a retaliation threatened.

    "would take necessary measures to defend the rights of Chinese companies if Brussels
    did not correct its practice", "if the tariffs harmed them": the condition makes the vow
    a threat (the conventions: a condition makes its main clause one). A vow with no
    condition ("would take necessary measures to protect the rights of Chinese firms") is no
    event, as the sets label it most often.
    """
    low = s.lower
    if not any(g.type == "condition" and g.start >= b for g in s.segments):
        return None
    for i in range(a, b):
        if (
            low[i] in _VOWED_MEASURES
            and low[i - 1 : i] == ["necessary"]
            and any(low[k] in _TAKE_VERBS for k in range(max(a, i - 4), i - 1))
        ):
            verb = next(k for k in range(max(a, i - 4), i - 1) if low[k] in _TAKE_VERBS)
            return Trigger("tariff_increase", verb, i, response=True)
    return None


#: Verbs and nouns of measures vowed ("take all necessary measures").
_TAKE_VERBS = lx.forms("take", "adopt")
_VOWED_MEASURES = frozenset({"measures", "steps", "action", "actions", "countermeasures"})
