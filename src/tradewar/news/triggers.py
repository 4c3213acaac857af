"""Where a clause reports an event: a measure and a word that changes it.

A clause (:mod:`~tradewar.news.clauses`) reports an event when it holds a measure
(*tariffs*, *entity list*, *sanctions*, *purchases*, *talks*, a currency) and a verb or
status word that takes it (*raised*, *lifted*, *put on hold*, *would answer*, *stalled*,
*propped up*): :func:`triggers` finds them, one per family of measures.  A measure word
that only names a measure is no event: the topic of a noun ("talks on extending a tariff
truce"), a modifier of another noun ("a tariff truce", "import tariffs" for a purchase),
a participle used as an adjective ("purchases of sanctioned oil"), or a measure without a
verb that takes it.  Verb and measure are measured in units of
:func:`~tradewar.news.phrases.units`, so that names and adverbials between them do not
part them.
"""

from __future__ import annotations

from tradewar.news import grammar as gr
from tradewar.news import lexicon as lx
from tradewar.news.firms import DESCRIPTORS
from tradewar.news.moves import case_filed, currency_and_market, talks_and_deals
from tradewar.news.phrases import GOODS, adjectival, modifier, units
from tradewar.news.records import Segment, Sentence, Trigger
from tradewar.news.tariffs import nearest, tariffs

__all__ = ["triggers"]


def triggers(
    s: Sentence,
    seg: Segment,
    tariff_context: bool,
    deal_context: bool = False,
    currency_context: bool = False,
) -> list[Trigger]:
    """The events a clause reports, one per family of measures (tariffs, controls ...).

    Parameters
    ----------
    s : Sentence
        The sentence.
    seg : Segment
        One of its clauses.
    tariff_context : bool
        Whether the report speaks of tariffs (then "the rate" is a tariff rate).
    deal_context : bool, optional
        Whether the report tells of a free trade agreement and of no conflict (then the
        duties a country scraps are standing ones, cut).
    currency_context : bool, optional
        Whether the report's headline or lead is about a currency (then a central bank's
        policy rate moved is a step for it).

    Returns
    -------
    list of Trigger
        In the order of the clause.
    """
    low = s.lower
    a, b = seg.start, seg.end
    u = units(s)
    bilateral = "each" in low[a:b] and "other" in low[a:b]
    found = tariffs(s, seg, tariff_context, u, deal_context)
    if bilateral:
        # "the United States and Canada will begin phasing out tariffs on each other's
        # goods": duties both sides will cut (not "agreed to slash tariffs on each other's
        # goods", a deal, nor "have imposed tariffs on each other's goods", the dispute)
        found = [t for t in found if _mutual_step(low, a, t)]
    # "will grant each other most-favoured-nation treatment in customs duties", "Australia
    # will give Japanese goods most-favoured-nation tariff treatment": a cut
    if not any(t.kind.startswith("tariff") for t in found):
        found += _mfn_granted(s, seg)
    # "will terminate the anti-dumping investigations ..., without imposing duties": the
    # duties named are those the case will not bring
    closed = _case_closed(s, seg)
    if closed:
        found = [t for t in found if not t.kind.startswith("tariff")] + closed
    claimed = {i for t in found for i in (t.head, t.noun)}
    sanctions = _sanctions(s, seg, u)
    # "Türkiye has closed its ports to Israeli ships and has barred Turkish vessels from
    # calling at Israeli ports": ports closed to a country's ships are a sanction, and the
    # ban is no purchase cut
    ports = (
        _port_bans(s, seg)
        + _relations_broken(s, seg)
        + _envoys_recalled(s, seg)
        + _firms_seized(s, seg)
        + _takeover_blocked(s, seg)
    )
    sanctions += [t for t in ports if not any(x.head == t.head for x in sanctions)]
    # a ban on investing in firms is a sanction, not a control of exports to them
    # (and banks cut off from SWIFT are sanctioned, not an export control)
    banned = {
        t.head
        for t in sanctions
        if s.lower[t.head] in _BARS or (s.lower[t.head] == "cut" and "swift" in s.lower)
    }
    # "has cut off economic and military aid to Pakistan": aid stopped, a sanction, no
    # export control of its own
    banned |= {h for h in [_aid_cut(s, seg.start, seg.end)] if h is not None}
    found += [t for t in _export_controls(s, seg, u, claimed) if t.head not in banned]
    # "Germany will not approve any exports of military equipment to Israel": exports a
    # government refuses, an export control (not "a genetically modified strain that Beijing
    # has not approved")
    found += [t for t in _exports_refused(s, seg) if not any(f.head == t.head for f in found)]
    # "Mary Ng raised the duties with U.S. Trade Representative Katherine Tai in a call":
    # a measure brought up with another's official is talks held, no tariff raised
    found = [x for t in found if (x := _raised_with(s, seg, t)) is not None]
    if not any(f.kind == "export_control" for f in found):
        found += _terminals_shut(s, seg)  # "was shutting down all oil fields and export terminals"
    # "told travel agencies to stop selling package tours to Palau": trips a country's
    # people no longer buy, a purchase cut of the other's services, no export control
    tours = _tours(s, seg)
    if tours:
        found = [t for t in found if t.kind != "export_control"] + tours
        claimed |= {i for t in tours for i in (t.head, t.noun)}
    # "Israeli billionaire Dan Gertler ... was blacklisted together with 19 companies linked
    # to him": a person blacklisted, with no goods or firm named, is sanctioned
    found = [
        Trigger("sanction", t.head, t.noun)
        if t.kind == "export_control" and _person_blacklisted(s, t)
        else t
        for t in found
    ]
    found += sanctions
    # "barred European Community companies from bidding on some U.S. federal contracts",
    # "lifted its six-month ban on British companies bidding for government contracts": a
    # state's purchases barred, a purchase cut (as every procurement ban of the sets is)
    found = [
        Trigger("purchase_cut", t.head, t.noun, reversed=t.reversed)
        if t.kind in {"export_control", "sanction"} and _procurement(low, t.head, seg.end)
        else t
        for t in found
    ]
    # "will limit imports of footwear to about 32 million pairs a year": a quota on imports,
    # a tariff measure (as the conventions have it), no purchase cut
    found = [
        Trigger("tariff_increase", t.head, t.noun, reversed=t.reversed)
        if t.kind == "purchase_cut" and _import_quota(low, t.head, seg.end)
        else t
        for t in found
    ]
    if not found:
        lifted = _procurement_ban_lifted(s, seg)
        if lifted is not None:
            found = [Trigger("purchase_cut", lifted, lifted, reversed=True)]
    moves = currency_and_market(s, seg, currency_context)
    # "raised its tax on foreign purchases of ... securities": a capital control, no tariff
    taxed = {t.head for t in moves if t.kind == "currency_intervention"}
    found = [t for t in found if not (t.kind.startswith("tariff") and t.head in taxed)]
    # "palm oil futures ... rose 1.9% on Friday as traders expected the lower duty to lift
    # Indian buying": the verb is the market's move, the duty its cause told before
    moved = {t.head for t in moves if t.kind == "market_reaction"}
    found = [t for t in found if not (t.kind.startswith("tariff") and t.head in moved)]
    # a currency bought is an intervention, not a purchase: "bought HK$9.42 billion of the
    # local currency"
    bought = {t.head for t in moves if t.kind == "currency_intervention"}
    # "would step up its purchases of dollars": the purchases are the intervention
    dealt = any(t.kind == "currency_intervention" and t.head == t.noun for t in moves) and any(
        low[t.head] in {"purchases", "sales", "buying", "selling"} for t in moves
    )
    # "has directed commercial banks to stop opening letters of credit for imports": the
    # imports stopped are what the intervention does, no purchase cut of their own
    spans = [range(t.head, t.noun) for t in moves if t.kind == "currency_intervention"]
    # "would no longer be obliged to buy or sell foreign currency": buying paired with the
    # intervention's selling is that intervention
    bought |= {
        t.head - 2 for t in moves if t.kind == "currency_intervention" and low[t.head - 1] == "or"
    }
    # "Japan's sugar refiners have stopped accepting shipments of Queensland raw sugar": goods
    # no longer taken in, a purchase cut, no export stopped
    found = [
        t
        for t in found
        if not (
            t.kind == "export_control"
            and low[t.head] in _STOPPED_TAKING
            and low[t.head + 1 : t.head + 2] in (["accepting"], ["taking"])
        )
    ]
    # "Germany on Monday halted deliveries of weapons ... for Saudi Arabia": arms held back
    # are the export control, no purchase cut of the buyer's
    # (all trade stopped is both: "suspended all trade with India")
    controlled = {t.head for t in found if t.kind == "export_control"} - set(
        _all_trade(s, seg.start, seg.end)
    )
    if not dealt:
        found += [
            t
            for t in _purchases(s, seg, claimed)
            if t.head not in bought
            and not (
                t.kind == "purchase_cut"
                and t.head in controlled
                # (not both flows named: "halted all exports to and imports from Israel")
                and not _both_flows(low[t.head + 1 : t.head + 8])
            )
            and not any(t.head in span for span in spans)
            and not any(abs(t.head - p.head) <= 2 for p in ports)
        ]
    found += moves
    steps = talks_and_deals(s, seg, bilateral)
    steps += [
        t
        for t in _envoys_summoned(s, seg) + _envoy_calls(s, seg)
        if not any(x.head == t.head for x in steps)
    ]
    # "recalled its ambassador from Algiers for consultations": the envoy's errand home, no
    # talks between the two
    if any(low[t.head] in _RECALLED for t in ports):
        steps = [
            t
            for t in steps
            if not (
                t.kind == "talks_held"
                and ["for", "consultations"]
                in (low[t.head - 1 : t.head + 1], low[t.noun - 1 : t.noun + 1])
            )
        ]
    # "the IMF said it had reached a staff-level agreement with Egypt": a lender's programme,
    # no trade deal (no labelled set has one; talks with it are labelled both ways)
    if gr.names_lender(low, seg.start, seg.end):
        steps = [t for t in steps if not t.kind.startswith("deal")]
    found += steps
    talks = [t for t in steps if t.kind.startswith("talks")]
    # "they would stop buying foreign currency for the Finance Ministry": currency bought is
    # no purchase of goods
    found = [
        t
        for t in found
        if not (
            t.kind.startswith("purchase")
            and any(
                low[k] in lx.BUY_VERBS
                and set(low[k + 1 : k + 3]) & {"currency", "dollars", "yuan", "euros"}
                for k in range(t.head, min(seg.end, t.head + 3))
            )
        )
    ]
    # "talks were under way between the two countries to have the rate reduced", "held talks
    # with Washington to lower the rate": the cut is what the talks seek, no event
    found = [t for t in found if not _sought_by(low, talks, t)]
    # "ruled on Monday that China broke global trade rules ... with its policy of barring
    # patent holders from suing ...": what the ruling faults is its subject, no event
    rulings = [t.head for t in found if t.ruling]
    if rulings:
        found = [t for t in found if t.ruling or t.head < rulings[0] or t.kind.startswith("talks")]
    # "China filed a complaint at the World Trade Organization against the October
    # controls", "filed complaints ... over their retaliatory tariffs": what a case
    # challenges is its subject, no event
    cases = [t.head for t in found if t.kind == "deal_broken" and case_filed(s, t.head, seg.end)]
    if cases:
        found = [t for t in found if t.head <= cases[0] or t.kind.startswith(("talks", "market"))]
    # "decisions taken by Arab ministers in Baghdad on March 31, which called for an end to
    # all official aid to Egypt, a halt of oil supplies by Arab states, and a boycott": the
    # measures a decision told before called for are its content, no events of their own
    called = _called_for_before(low)
    if called is not None:
        found = [t for t in found if t.head < called]
    # "London white sugar futures rose 1.8 percent on Wednesday, ..., as traders weighed
    # export curbs in several producing countries": what a market weighs is its worry, no
    # measure of its own
    weighed = _market_weighs(low)
    if weighed is not None:
        found = [t for t in found if t.kind == "market_reaction" or t.head < weighed]
    # "the collapse of the herring fishery cut the country's export earnings by nearly
    # half": the money exports earn, no exports controlled
    found = [
        t
        for t in found
        if not (
            t.kind == "export_control"
            and any(
                low[k] == "export" and low[k + 1] in _EXPORT_MONEY
                for k in range(t.head + 1, min(len(low) - 1, t.head + 6))
            )
        )
    ]
    return sorted(found, key=lambda t: t.head)


#: Who trades on a market, and the verbs of what it weighs ("as traders weighed").
_TRADERS = frozenset({"traders", "investors", "dealers", "markets"})
_WEIGHED = frozenset({"weighed", "digested", "eyed", "worried", "fretted"})


def _market_weighs(low: list[str]) -> int | None:
    """Where a market's worry starts ("as traders weighed export curbs"), if any."""
    return next(
        (
            k + 2
            for k in range(len(low) - 2)
            if low[k] == "as" and low[k + 1] in _TRADERS and low[k + 2] in _WEIGHED
        ),
        None,
    )


#: What exports earn ("cut the country's export earnings").
_EXPORT_MONEY = frozenset({"earnings", "revenue", "revenues", "receipts", "income", "proceeds"})


def _called_for_before(low: list[str]) -> int | None:
    """Where a relative clause's call for measures ends ("which called for"), if any."""
    return next(
        (
            k + 2
            for k in range(1, len(low) - 1)
            if low[k] in gr.CALL_VERBS
            and low[k + 1] == "for"
            and low[k - 1] in {"which", "that"}
            and low[k - 2 : k - 1] == [","]
        ),
        None,
    )


def _mutual_step(low: list[str], a: int, t: Trigger) -> bool:
    """Whether a tariff of a clause on "each other's goods" is one both sides will change.

    "both countries will cut their tariffs on each other's goods to a maximum of 10
    percent", "will begin phasing out tariffs on each other's goods on Jan. 1, 1989": a cut
    foretold by "will" just before its verb, in no clause of agreeing.
    """
    if t.kind not in {"tariff_cut", "tariff_increase"} or t.head <= a:
        return False
    before = low[max(a, t.head - 3) : t.head]
    return "will" in before and not set(low[a : t.head]) & _AGREEING


#: Words of agreeing, whose clause tells a deal ("agreed to slash tariffs on each other's").
_AGREEING = lx.forms("agree")


#: Verbs that grant most-favoured-nation treatment, and the words before them that make
#: it no grant of now ("had granted", "has not yet granted", "which would give").
_MFN_GRANTS = lx.forms("grant", "give", "accord", "extend") | {"gave"}
_MFN_NOT_NOW = frozenset({"not", "when", "which", "that", "after", "since", "commits"})
_MFN_NAMES = ("most-favoured-nation", "most-favored-nation", "mfn", "normal trade relations")


def _mfn_granted(s: Sentence, seg: Segment) -> list[Trigger]:
    """Most-favoured-nation treatment (or normal trade relations) granted: a tariff cut.

    "the two countries will grant each other most-favoured-nation treatment in customs
    duties", "Australia will give Japanese goods most-favoured-nation tariff treatment",
    "decided to grant MFN status to India".
    """
    low = s.lower
    for i in range(seg.start, seg.end):
        if low[i] not in _MFN_GRANTS:
            continue
        # (a deal's terms count: "signed a protocol ... under which they grant each other")
        before = set(low[max(0, i - 4) : i]) - ({"which"} if "under" in low[i - 6 : i] else set())
        # (nor one told before: "had signed a trade agreement in February granting ...")
        if before & _MFN_NOT_NOW or "had" in low[max(0, i - 10) : i]:
            continue
        ahead = "".join(low[i + 1 : min(seg.end, i + 12)])
        if any(name.replace(" ", "") in ahead for name in _MFN_NAMES):
            return [Trigger("tariff_cut", i, i)]
    return []


#: Verbs that close a trade-defence case, and the words of its kind and of the case.
_CLOSE_CASE = lx.forms("terminate", "end", "close", "drop", "suspend")
_DEFENCE = frozenset({"antidumping", "dumping", "subsidy", "countervailing", "safeguard"})
_CASES = frozenset({"investigation", "investigations", "probe", "probes", "inquiry"})


def _case_closed(s: Sentence, seg: Segment) -> list[Trigger]:
    """An anti-dumping or anti-subsidy case closed: the duties it could bring undone.

    "the Commission will terminate the anti-dumping and anti-subsidy investigations into
    Norwegian salmon", "suspended its anti-dumping investigation of Russian hot-rolled
    steel": a tariff increase reversed (as the sets label a case closed without duties).
    Not one told before ("had ended"), nor an adjective ("the suspended investigation").
    """
    low = s.lower
    for i in range(seg.start, seg.end):
        # (nor what a deal did, in its relative clause: "a 2019 agreement that suspended an
        # anti-dumping investigation")
        if low[i] not in _CLOSE_CASE or low[i - 1 : i] in (["had"], ["that"], ["which"]):
            continue
        if adjectival(s, i):
            continue
        case = next((k for k in range(i + 1, min(seg.end, i + 12)) if low[k] in _CASES), None)
        if case is not None and set(low[i + 1 : case]) & _DEFENCE:
            return [Trigger("tariff_increase", i, case, reversed=True)]
    return []


def _sought_by(low: list[str], talks: list[Trigger], t: Trigger) -> bool:
    """Whether ``t`` is the aim or topic of talks before it, no event of its own.

    A cut the talks seek ("talks ... to have the rate reduced", "to lower the rate"), a
    purchase they are about ("suspended talks with B.C. on buying electricity").
    """
    if t.kind == "tariff_cut":
        return any(
            low[j] == "to" and (j + 1 == t.head or low[j + 1] == "have")
            for x in talks
            for j in range(max(x.head, x.noun) + 1, t.head)
        )
    return t.kind.startswith("purchase") and any(
        low[j] in {"on", "about", "over"}
        and low[j + 1 : j + 2] in (["buying"], ["purchases"], ["purchasing"], ["importing"])
        and t.head <= j + 1
        for x in talks
        for j in range(x.noun + 1, min(len(low) - 1, x.noun + 8))
    )


def _both_flows(words: list[str]) -> bool:
    """Whether words name both sales and purchases ("exports to and imports from")."""
    return bool(set(words) & {"exports", "sales"}) and bool(set(words) & {"imports", "purchases"})


#: Words of a state's purchases: bids ("bidding on some U.S. federal contracts"), the public
#: buyers that own them ("public tenders") and the contracts themselves.
_BIDDING = frozenset({"bidding", "bid", "bids"})
_PUBLIC_BUYERS = frozenset({"public", "government", "federal", "state", "provincial"})
_CONTRACT_WORDS = frozenset({"contracts", "contract", "tenders", "tender", "procurement"})


def _procurement(low: list[str], head: int, end: int) -> bool:
    """Whether words after ``head`` bar firms from a state's purchases (bids or contracts)."""
    near = low[head + 1 : min(end, head + 16)]
    public = any(
        w in _PUBLIC_BUYERS and near[k + 1 : k + 2] and near[k + 1] in _CONTRACT_WORDS
        for k, w in enumerate(near)
    )
    return public or (bool(set(near) & _BIDDING) and bool(set(near) & _CONTRACT_WORDS))


#: Verbs that cap a flow ("will limit imports of footwear to ...").
_CAPS = lx.forms("limit", "cap")


def _import_quota(low: list[str], head: int, end: int) -> bool:
    """Whether ``head`` caps imports at a quantity, a quota, or names limits on them.

    "will limit imports of footwear to about 32 million pairs a year", "a proclamation
    limiting imports of wheat gluten ... under the safeguard provisions of the Trade Act".
    """
    # "ordered mandatory limits on imports of crude oil", "restore limits on imports of
    # Yugoslav textiles": limits named by their noun
    if any(
        low[k : k + 3] in (["limits", "on", "imports"], ["limit", "on", "imports"])
        for k in range(max(0, head - 1), min(end, head + 3))
    ):
        return True
    if low[head] not in _CAPS or low[head + 1 : head + 3] != ["imports", "of"]:
        return False
    return any(
        low[k] == "to" and any(c.isdigit() for w in low[k + 1 : k + 4] for c in w)
        for k in range(head + 3, min(end, head + 12))
    ) or bool(set(low[head + 3 :]) & {"safeguard", "safeguards"})  # (past a comma, too)


def _procurement_ban_lifted(s: Sentence, seg: Segment) -> int | None:
    """Where a clause lifts a ban on a country's firms bidding for state contracts, if any.

    "Malaysia lifted its six-month ban on British companies bidding for government
    contracts yesterday".
    """
    low = s.lower
    for i in range(seg.start, seg.end):
        if low[i] not in lx.REVERSE_VERBS:
            continue
        ban = next((k for k in range(i + 1, min(seg.end, i + 6)) if low[k] in {"ban", "bar"}), None)
        if ban is not None and low[ban + 1 : ban + 2] == ["on"] and _procurement(low, ban, seg.end):
            return i
    return None


def _person_blacklisted(s: Sentence, t: Trigger) -> bool:
    """Whether ``t`` blacklists a person, told in the passive, no goods or firm its subject."""
    low = s.lower
    h = t.head
    return (
        low[h] == "blacklisted"
        and low[h - 1 : h] in (["was"], ["were"], ["been"], ["be"])
        and not set(low) & (lx.EXPORT_NOUNS | {"export", "exports", "entity", "entities", "trade"})
        and not any(m.type in {"company", "product"} and m.start < h for m in s.marks)
    )


#: Verbs a government refuses with "not" ("will not approve", "could not approve", "will not
#: supply"), and the goods or exports they refuse.
_REFUSED_VERBS = frozenset({"approve", "supply", "sell", "deliver", "authorise", "authorize",
                            "allow", "permit"})  # fmt: skip
_REFUSED_GOODS = frozenset({"exports", "export", "re-export", "re", "arms", "weapons",
                            "ammunition", "military", "munitions"})  # fmt: skip


def _exports_refused(s: Sentence, seg: Segment) -> list[Trigger]:
    """A government's refusal to let arms or exports go to a country: an export control.

    "Germany will not approve any exports of military equipment to Israel", "Switzerland
    could not approve the re-export of about 12,400 rounds of 35mm ammunition ... to
    Ukraine", "Brazil will not supply ammunition for the tanks ... Germany has sent or
    promised to Ukraine": a modal, *not*, a verb of letting go, the goods, then *to* and a
    country.
    """
    low = s.lower
    a, b = seg.start, seg.end
    for i in range(a + 1, b - 1):
        if not (
            low[i] == "not"
            and low[i - 1] in {"will", "would", "could", "can", "cannot"}
            and low[i + 1] in _REFUSED_VERBS
        ):
            continue
        goods = [k for k in range(i + 2, min(b, i + 8)) if low[k] in _REFUSED_GOODS]
        if not goods or not any(
            m.type == "country"
            and low[m.start - 1] in {"to", "the"}
            and "to" in low[i + 2 : m.start]
            for m in s.marks
            if i + 2 < m.start < min(b, i + 24)
        ):
            continue
        return [Trigger("export_control", i, goods[0])]
    return []


def _raised_with(s: Sentence, seg: Segment, t: Trigger) -> Trigger | None:
    """The trigger; talks held when a tariff was "raised with" another's official.

    "Mary Ng raised the duties with U.S. Trade Representative Katherine Tai in a call":
    talks held. One to be raised ("EU officials will raise the duties with Ukraine at
    talks") is neither a tariff nor talks held (None).
    """
    low = s.lower
    if t.kind != "tariff_increase" or low[t.head] not in {"raised", "raise", "raises"}:
        return t
    for k in range(t.head + 1, min(seg.end, t.head + 5)):
        if low[k] == "with" and any(
            m.type in {"leader", "country"} and k < m.start <= k + 4 for m in s.marks
        ):
            return Trigger("talks_held", t.head, t.head) if low[t.head] == "raised" else None
    return t


def _terminals_shut(s: Sentence, seg: Segment) -> list[Trigger]:
    """Export terminals or ports a government shuts: its exports halted, an export control.

    "Libya's eastern-based government said on Monday it was shutting down all oil fields and
    export terminals": the verb, then within a few words "export" and the terminals.
    """
    low = s.lower
    a, b = seg.start, seg.end
    for i in range(a, b):
        if low[i] not in _SHUT_DOWN or adjectival(s, i):
            continue
        for k in range(i + 1, min(b, i + 10)):
            if low[k] in _TERMINALS and low[k - 1] == "export":
                return [Trigger("export_control", i, k)]
    return []


#: Verbs that shut ports or terminals; the terminals ("export terminals", "export ports").
_SHUT_DOWN = lx.forms("shut", "close", "blockade") | {"shutting"}
_TERMINALS = frozenset({"terminals", "terminal", "ports", "port"})


#: Words of trips sold abroad, verbs that sell them, and verbs that stop or allow the sales.
_TOURS = frozenset({"tours", "tour", "holidays", "trips", "packages"})
_SELLS = frozenset({"sell", "selling", "sale", "sales", "sells"})
_TOURS_STOPPED = lx.forms("stop", "halt", "suspend", "ban", "bar", "cease")
_TOURS_ALLOWED = lx.forms("allow", "resume", "permit", "let")


def _tours(s: Sentence, seg: Segment) -> list[Trigger]:
    """Sales of tours to a country stopped or allowed again: a purchase cut, or its end.

    "Chinese authorities have told travel agencies to stop selling package tours to Palau",
    "also tells Russian tour operators to stop selling holidays in Turkey", "allowed its
    travel agencies to sell group tours to South Korea, Japan and the United States" (the
    cut undone).
    """
    low = s.lower
    a, b = seg.start, seg.end
    for i in range(a, b):
        if low[i] not in _TOURS or not set(low[max(a, i - 3) : i]) & _SELLS:
            continue
        if not any(
            x.type == "country" and i < x.start <= i + 4 and low[x.start - 1] in {"to", "in"}
            for x in s.marks
        ):
            continue
        sold = max(k for k in range(max(a, i - 3), i) if low[k] in _SELLS)
        verbs = [
            k for k in range(max(a, sold - 6), sold) if low[k] in _TOURS_STOPPED | _TOURS_ALLOWED
        ]
        if not verbs:
            continue
        head = verbs[-1]
        return [Trigger("purchase_cut", head, i, reversed=low[head] in _TOURS_ALLOWED)]
    return []


_CAP = lx.forms("cap")
#: Verbs that put names on a list ("added X, Y and Z to its entity list").
_LISTED = frozenset({"added", "adds", "adding", "add", "put", "placed", "places", "putting"})
#: Verbs that take names off a list ("removed 400 entities from its sanctions list").
_DELISTED = frozenset({"removed", "removes", "removing", "remove", "delisted", "took", "taken"})


#: What exports are made subject to, waiting for a licence ("subject to strict review").
_EXPORT_REVIEWS = frozenset({"review", "licensing", "licence", "licences", "license",
                             "licenses", "approval", "approvals", "scrutiny"})  # fmt: skip
#: Verbs that abolish an export duty ("voted to abolish the duties on exports of wheat").
_ABOLISH = lx.forms("abolish")
#: Verbs of a country's sales that a cap limits ("will ship no more than 725,000 tonnes").
_CAPPED_SALES = lx.forms("ship", "export", "sell", "supply")
#: Auxiliaries of a passive ("was removed", "were lifted").
_PASSIVE_BE = frozenset({"was", "were", "is", "are", "be", "been"})


def _export_controls(s: Sentence, seg: Segment, u: list[int], claimed: set[int]) -> list[Trigger]:
    """Export controls imposed, tightened or lifted in a clause (at most one event)."""
    low = s.lower
    a, b = seg.start, seg.end
    rng = range(a, b)
    marks = [m.start for m in s.phrases("export", a, b)]
    # "removed the 20 per cent duty on onion exports": a duty on exports
    marks += [
        i
        for i in rng
        if low[i] in {"duty", "duties", "tax", "taxes", "levy", "levies", "tariff", "tariffs"}
        # a tariff right before "on" or past its rate, not "higher Argentine tariffs weigh on
        # exports"
        and (low[i] not in {"tariff", "tariffs"} or low[i + 1 : i + 2] in (["on"], ["of"]))
        # (past its rate: "a tax of up to 15 percent on exports of cocoa beans", "a special
        # tariff of 100 percent on exports of most fertilisers")
        and (on := next((k for k in range(i + 1, min(b, i + 8)) if low[k] == "on"), None))
        is not None
        and all(low[k] not in lx.TARIFF_NOUNS for k in range(i + 1, on))
        # ("a temporary tax of 25 percent on the value of most exports")
        and set(low[on + 1 : on + 5 + 3 * (low[on + 1 : on + 4] == ["the", "value", "of"])])
        & {"exports", "export"}
        # not "duties on nearly all Indian exports": another country's exports, imports here
        and not any(m.type == "country" and on < m.start < on + 5 for m in s.marks)
        # nor "will face a 30 per cent tariff on its exports to the United States": the
        # buyer's tariff
        and not (
            low[i] in {"tariff", "tariffs"}
            and any(low[k : k + 2] == ["exports", "to"] for k in range(on + 1, on + 4))
        )
    ]
    marks += [i for i in rng if low[i].startswith("blacklist") and not adjectival(s, i)]
    flows = [
        i
        for i in rng
        if low[i] in lx.EXPORT_VERBS | _SUSPEND | _CLEARED
        and any(low[k] in lx.EXPORT_FLOWS for k in range(i + 1, min(b, i + 10)))
        and not adjectival(s, i)
        and not _foreign_goods_sold(s, i, b)
        # "Some electronics retailers in Moscow suspended sales for the day": shops' business
        and not set(low[max(a, i - 6) : i]) & _SHOPS
        # "Officials said the ban would hit exports worth about Rs 1,000 crore": the ban told
        # before, the subject of what it does to another country's exports
        and not (
            low[i - 1 : i] in (["the"], ["this"])
            and low[i + 1 : i + 2] in (["would"], ["will"], ["could"], ["may"], ["might"])
            and low[i + 2 : i + 3] in (["hit"], ["cost"], ["hurt"], ["affect"], ["cut"])
        )
        # "suspended exports of the metal", not "suspended its ban on exports" nor "suspend
        # the export controls"
        and not (
            low[i] in _SUSPEND | _CLEARED
            and (
                {low[k] for k in range(i + 1, min(b, i + 12)) if not s.in_date(k)}
                & (lx.EXPORT_NOUNS | {"levies", "levy", "duty", "duties", "tax", "taxes"})
                or any(i < m.start < i + 10 for m in s.phrases("export", a, b))
            )
        )
    ]
    # "Exports of unprocessed pine will be banned from Jan. 1, 2017": the exports the
    # subject of a passive ban
    flows += [
        i
        for i in rng
        if low[i] in _BANNED_PASSIVE
        and low[i - 1 : i] in (["be"], ["been"], ["are"], ["were"], ["is"], ["was"])
        # the verb, not an adjective ("are prohibited subsidies")
        and (i + 1 >= b or low[i + 1] in {"from", "until", "for", ".", ",", "on", "in", "by"})
        and any(low[k] in {"exports", "export"} for k in range(max(a, i - 10), i - 1))
        and not _foreign_goods_sold(s, i, b)
    ]
    # "Shipments of wheat sent by the European Community to Armenia ... have been halted",
    # "deliveries of crude oil to Finland would be reduced next year": goods bound for a
    # country, the subject of a passive stop or cut (a cut only as a plan, after a modal)
    flows += [i for i in rng if _flow_to_stopped(s, a, i)]
    # "exports of semiconductors and other sensitive technology to Russia will be subject to
    # strict review": exports made to wait for a licence
    flows += [
        i
        for i in rng
        if low[i] == "subject"
        and low[i + 1 : i + 2] == ["to"]
        and set(low[i + 2 : i + 5]) & _EXPORT_REVIEWS
        and any(low[k] in {"exports", "export"} for k in range(max(a, i - 14), i - 1))
        and not _foreign_goods_sold(s, i, b)
    ]
    # "halted the sale of oil and gas equipment, computers and other electronic equipment to
    # the Soviet Union": a sale to a country stopped
    # ("signed a decree banning the delivery of S-300 air defence missiles to Iran")
    flows += [
        i
        for i in rng
        if low[i] in lx.EXPORT_VERBS | _SUSPEND | _CANCEL | _BARS
        and low[i + 1 : i + 4] in _SALE_OF
        and any(
            low[k] == "to"
            and any(m.type == "country" and m.start in (k + 1, k + 2, k + 3) for m in s.marks)
            for k in range(i + 4, min(b, i + 16))
        )
    ]
    # "has also halted delivery of 28 F-16 fighter aircraft that Pakistan ordered", "would
    # stop deliveries of equipment and materials for the projects": goods a supplier holds
    # back (the sets label all thirteen such stops export controls)
    flows += [
        i
        for i in rng
        if low[i] in lx.EXPORT_VERBS | _SUSPEND
        and low[i + 1 : i + 3] in (["delivery", "of"], ["deliveries", "of"])
        # (not goods of a country a buyer halts: "India halted deliveries of Chinese power
        # equipment"; nor customs that halt them: "subjecting Ukrainian goods to full
        # inspections, halting deliveries of everything from steel pipes to sweets")
        and not any(m.type == "country" and m.start == i + 3 for m in s.marks)
        and not set(low[max(0, i - 16) : i]) & _BUYERS_STOP
        and (
            bool(set(low[i + 3 : min(b, i + 9)]) & (_ARMS | _AIRCRAFT))
            or any(
                m.type == "country"
                and i + 3 < m.start < min(b, i + 14)
                and low[m.start - 1] in {"to", "for", "that"}
                for m in s.marks
            )
            or not any(m.type == "country" and i + 3 < m.start < min(b, i + 14) for m in s.marks)
        )
    ]
    # "ordered that sales of oil drilling and production equipment to the Soviet Union be
    # licensed case by case": sales to a country made to wait for a licence
    flows += [
        next(k for k in range(max(a, i - 14), i - 1) if low[k] in _SELLS)  # (sales: the head)
        for i in rng
        if low[i] in {"licensed", "licenced"}
        and low[i - 1 : i] == ["be"]
        and any(low[k] in _SELLS for k in range(max(a, i - 14), i - 1))
        and any(
            low[k] == "to"
            and any(m.type == "country" and m.start in (k + 1, k + 2) for m in s.marks)
            for k in range(max(a, i - 12), i - 1)
        )
    ]
    # "Japan will hold its car exports to Canada to 174,213 vehicles", "the Community will
    # hold its shipments of 10 carbon steel products to about 5.5 percent of the U.S.
    # market": a seller's cap on what it sends
    flows += [
        i
        for i in rng
        if low[i] in _HELD_TO
        and (k := next((k for k in range(i + 1, min(b, i + 8)) if low[k] in _SHIPPED), None))
        is not None
        and any(
            low[j] == "to" and (low[j + 1][:1].isdigit() or low[j + 1] in {"about", "around", "no"})
            for j in range(k + 1, min(b - 1, k + 10))
        )
        and not set(low[max(a, i - 4) : i]) & _TRADERS
    ]
    # "Iran will sell no oil to Israel or South Africa": sales to a country refused (not
    # "Gazprom has supplied no gas to Ukraine since June 16", a state, nor "farmers, who have
    # sold no soybeans", traders)
    flows += [
        i
        for i in rng
        if low[i] in _SELLS_NONE
        and low[i - 1 : i] in (["will"], ["would"], ["'ll"], ["to"])
        and low[i + 1 : i + 2] == ["no"]
        and any(m.type == "product" and i + 2 <= m.start <= i + 4 for m in s.marks)
        and any(
            low[j] == "to" and any(m.type == "country" and m.start == j + 1 for m in s.marks)
            for j in range(i + 3, min(b, i + 8))
        )
    ]
    # "Russia will ship no more than 725,000 tonnes of hot-rolled steel to the United States
    # this year": a cap on what a country sends
    flows += [
        i
        for i in rng
        if low[i] in _CAPPED_SALES
        and low[i + 1 : i + 4] == ["no", "more", "than"]
        and set(low[i + 4 : min(b, i + 8)]) & {"tonnes", "tons", "barrels", "units"}
        and not set(low[max(a, i - 4) : i]) & _TRADERS
    ]
    # "will resume shipments of petroleum products to Egypt", "has authorised exports of
    # natural gas to Chile": exports let out again, a control eased
    flows += [
        i
        for i in rng
        if low[i] in _RESUME
        and any(low[k] in lx.EXPORT_FLOWS for k in range(i + 1, min(b, i + 4)))
        and not _foreign_goods_sold(s, i, b)
        # not "a handful of Japanese exporters have resumed shipments": traders' business
        and not set(low[max(a, i - 3) : i]) & _TRADERS
    ]
    # "Gazprom halted gas deliveries to Ukraine", "restored full gas supplies to Belarus": a
    # supplier's deliveries to a country, cut or restored
    sent = [i for i in rng if low[i] in _SENT_STOPS and _deliveries_to(s, i + 1, min(b, i + 6))]
    # "has halted the remaining deliveries of wheat, fuel and machinery", "sharply cut
    # deliveries of natural gas": the subject's own deliveries of goods, no buyer named
    sent += [
        i
        for i in rng
        if low[i] in _SENT_STOPS
        and i not in sent
        and not set(low[max(a, i - 3) : i]) & _TRADERS
        and any(_own_deliveries(s, k, b) for k in range(i + 1, min(b, i + 4)))
    ]
    # "Saudi Aramco has stopped supplying Egypt with refined oil products": a supplier's
    # goods to a country, the country the verb's object
    sent += [
        i
        for i in rng
        if low[i] in _SENT_STOPS
        and low[i + 1 : i + 2] in (["supplying"], ["selling"], ["shipping"])
        and any(m.type == "country" and m.start == i + 2 for m in s.marks)
        and "with" in low[i + 3 : min(b, i + 6)]
    ]
    # "it would also stop supplying Denmark's Orsted from Wednesday": a country's buyer the
    # gerund's object
    sent += [
        i
        for i in rng
        if low[i] in _SENT_STOPS
        and low[i + 1 : i + 2] in (["delivering"], ["supplying"])
        and any(
            m.type == "country" and m.start == i + 2 and low[m.end : m.end + 1] == ["'s"]
            for m in s.marks
        )
        and any(m.type == "company" and m.start == i + 4 for m in s.marks)
    ]
    # "Russia's Gazprom stopped delivering gas to Austria's OMV": a supplier's goods to a
    # country's buyer, by the verb's gerund
    sent += [
        i
        for i in rng
        if low[i] in _SENT_STOPS
        and low[i + 1 : i + 2] in (["delivering"], ["supplying"], ["shipping"], ["sending"])
        and not set(low[max(a, i - 3) : i]) & _TRADERS  # not "Exporters stopped shipping"
        and any(
            low[j] == "to" and any(m.type == "country" and m.start == j + 1 for m in s.marks)
            for j in range(i + 2, min(b, i + 6))
        )
    ]
    # "began holding up shipments of industrial urea bound for South Korea": goods leaving
    # for a country held at the border by the seller's customs
    sent += [
        i
        for i in rng
        if low[i] in _HOLD
        and low[i + 1 : i + 2] in (["up"], ["back"])
        and low[i + 2 : i + 3]
        and low[i + 2] in _SENT
        and any(
            low[k : k + 2] == ["bound", "for"]
            and any(m.type == "country" and k + 1 < m.start <= k + 4 for m in s.marks)
            for k in range(i + 3, min(b, i + 10))
        )
    ]
    flows += sent
    # "removed Japan from its list of countries that enjoy fast-track approval for exports",
    # "dropped South Korea from its white list": a trusted buyer's privileges withdrawn
    trusted = [
        i
        for i in rng
        if low[i] in _DELISTED | _DROPPED
        and any(m.type == "country" and i < m.start <= i + 4 for m in s.marks)
        and "from" in low[i + 1 : i + 8]
        and set(low[i + 1 : min(b, i + 14)]) & _TRUSTED_LISTS
    ]
    flows += trusted
    # "issued a 90-day licence that lets companies keep supplying Huawei", "began issuing
    # licences for the H20", "extended ... a temporary general licence that lets Huawei buy
    # American goods": sales let through a control, which eases it
    licensed = [i for i in rng if _licence_granted(s, i, b)]
    flows += licensed
    # "Norway froze new licences for arms and military equipment to Saudi Arabia": sales
    # stopped by licences withheld
    withheld = [i for i in rng if _licences_withheld(s, i, b) or _no_licences(s, i, b)]
    flows += withheld
    licensed = [i for i in licensed if i not in withheld]
    # "exporters must now obtain export permits", "exports of 47 types of chips ... to South
    # Africa would need its approval from Sept. 23", "a plan requiring exporters to obtain
    # permits before shipping semiconductors": sales made to wait for a permit
    flows += [i for i in rng if _permits_required(s, a, i, b)]
    bans = [
        i
        for i in rng
        if (
            low[i] in _BANS
            # "has blocked Spark from using Huawei equipment", "will exclude Russia's ...
            # Rosatom from a tender": kept from buying, as a ban does
            or (
                low[i] in _KEPT_FROM
                and any(
                    low[k] == "from"
                    and (
                        low[k + 1 : k + 2] in (["using"], ["buying"])
                        or _tender(low, k + 1, min(b, k + 5))
                    )
                    for k in range(i + 1, min(b, i + 9))
                )
            )
        )
        and any(
            low[k] == "from" and not s.in_date(k)
            for k in range(i + 1, min(b, i + (9 if low[i] in _KEPT_FROM else 8)))
        )
        and not _import_ban(s, i, b)
        # "banned imports of fish from Lake Victoria caught in Kenya", "a Community ban on
        # meat from cattle treated with growth hormones": goods kept out
        and low[i + 1 : i + 2] not in (["imports"], ["importing"])
        and not _goods_banned_from(s, i, b)
        and not _financial_system(low, i, b)  # a bank barred from a financial system
    ]
    cutoff = [i for i in rng if low[i] == "cut" and "off" in low[i + 1 : min(b, i + 5)]]
    cutoff += _all_trade(s, a, b)  # all trade stopped: sales as well as purchases
    weak = [
        i
        for i in rng
        if (
            low[i] in {"restrictions", "curbs"}
            # "controls on exports of gallium and germanium"
            or (
                low[i] == "controls" and low[i + 1 : i + 3] in (["on", "exports"], ["on", "export"])
            )
        )
        and low[i - 1] != "visa"
        # "the restrictions violated World Trade Organization rules": a complaint about them
        and not set(low[i + 1 : i + 4]) & _BROKE_RULES
    ]
    exp_nouns = sorted(set(marks + flows + bans + cutoff))
    tariff_nouns = any(low[i] in lx.TARIFF_NOUNS for i in rng)
    if not exp_nouns and weak and not tariff_nouns:
        exp_nouns = weak
    if not exp_nouns or all(i in claimed for i in exp_nouns):
        return []
    noun = exp_nouns[0]
    change = [
        i
        for i in rng
        if low[i]
        in lx.RAISE_VERBS
        | lx.REVERSE_VERBS
        | _ABOLISH
        | lx.EXPORT_VERBS
        | _EASE
        | {"added", "adds", "adding", "put", "placed", "granted", "blacklisted"}
        and not adjectival(s, i)
    ]
    # "has set a minimum export price of $1,200 a tonne for basmati rice": a floor fixed
    change += [
        i
        for i in rng
        if low[i] in _FIXED
        and any(
            " ".join(low[m.start : m.end]) in lx.PRICE_FLOORS for m in s.phrases("export", i, b)
        )
    ]
    change += [m.start for m in s.phrases("reverse", a, b)]
    # "Separate controls on exports of gallium and germanium, two metals used in chipmaking,
    # take effect on Tuesday": the measure the subject of taking effect
    effect = [m.start for m in s.phrases("takes_effect", a, b) if noun < m.start <= noun + 20]
    head = noun if noun in flows + bans + cutoff else nearest(change, noun, u, before=12)
    if head is None:
        # "The 15 per cent duty on exports of pig iron and several steel products was
        # removed": the measure the subject of a passive, past a longer list of goods
        passive = [i for i in change if i > noun and low[i - 1] in _PASSIVE_BE]
        head = nearest(passive, noun, u, before=0, after=10)
    if (
        head is None
        and effect
        and noun <= a + 3
        # not background: "..., when the U.S. controls took effect", "had been"
        and low[a] not in {"when", "which", "after", "as", "since", "while"}
        and "had" not in low[a : effect[0]]
    ):
        head = effect[0]
    if head is None and "to" in low[max(a, noun - 3) : noun]:
        # "added China's top chipmaker SMIC and drone maker SZ DJI Technology to its trade
        # blacklist": a long list of names between the verb and its list
        listing = [i for i in change if low[i] in _LISTED]
        head = nearest(listing, noun, u, before=24)
    if head is None and low[noun].startswith("blacklist"):
        head = noun
    if head is None:
        return []
    # the three words before the head, past a date between ("suspend until Nov. 30 its ban")
    before = [k for k in range(head - 1, a - 1, -1) if not s.in_date(k) and low[k] != ","][:3]
    lifted = [k for k in before if low[k] in (lx.REVERSE_VERBS | _ABOLISH) - {"end"}]
    rev = (
        (
            low[head] in lx.REVERSE_VERBS | _ABOLISH | _EASE
            and not (head in flows + cutoff and low[head] in _SUSPEND | _TRADE_STOPS)
            # (a flow cut is the control: "deliveries of crude oil to Finland would be
            # reduced")
            and not (head in flows and low[head] in _CUT_PASSIVE)
        )
        or (head in flows and low[head] in _CLEARED | _RESUME)  # "cleared the export of urea"
        or (head in sent and low[head] in _RESTORED)
        or head in {m.start for m in s.phrases("reverse", a, b)}
        or bool(lifted)
        or any(w in {"reprieve", "waiver", "waivers"} for w in low[a:b])
    )
    undone = _undone(s, a, head)
    if undone is not None:  # "will put on hold from Monday a rule that extended its blacklist"
        head, rev = undone, True
    exports = s.phrases("export", a, b)
    if exports and any(" ".join(low[m.start : m.end]) in lx.WHITE_LISTS for m in exports):
        rev = low[head] not in lx.REVERSE_VERBS  # leaving a white list tightens
    if head in trusted:
        rev = False  # leaving a list of trusted buyers tightens
    if head in licensed:
        rev = True
    kind = "purchase_cut" if noun in weak and _on_imports(s, noun, b) else "export_control"
    delisted = next((k for k in range(a, head + 1) if _suppliers_delisted(s, k, b)), None)
    if delisted is not None:
        # "removed 33 Brazilian poultry plants from the list of establishments authorised to
        # export to the kingdom": the buyer's list of suppliers shortened, a purchase cut
        kind, rev, head = "purchase_cut", False, delisted
    if head in bans:
        # "will be banned from buying new Huawei 5G equipment": purchases cut; "barred
        # American banks from dealing with Huione Group": a sanction
        barred_from = next(
            (low[k + 1] for k in range(head + 1, min(b - 1, head + 8)) if low[k] == "from"), ""
        )
        # (the barred are the country's own buyers: not "barring the Chinese company from
        # buying chips", a control of sales to it)
        named = any(
            x.type in {"country", "company"}
            and head < x.start < head + 8
            and "from" not in low[head + 1 : x.start]
            for x in s.marks
        )
        if barred_from in {"buying", "importing", "purchasing", "using"} and not named:
            kind = "purchase_cut"
        elif any(
            low[k] == "from"
            and (_state_purchases(low, k + 1, min(b, k + 5)) or _tender(low, k + 1, k + 5))
            for k in range(head + 1, min(b, head + 20))
        ):
            # "barred Chinese companies from public tenders", "barred companies from China
            # ... from bidding for public procurement contracts": the state's own purchases
            kind = "purchase_cut"
        elif barred_from in {"dealing", "transacting", "trading"} and not any(
            low[k] in lx.EXPORT_FLOWS for k in range(head, min(b, head + 12))
        ):
            kind = "sanction"
    return [Trigger(kind, head, noun, rev)]


def _suppliers_delisted(s: Sentence, head: int, b: int) -> bool:
    """Whether the verb at ``head`` takes a country's plants off a list of approved suppliers.

    "removed 33 Brazilian poultry plants from the list of establishments authorised to
    export to the kingdom": the list is the buyer's, its suppliers' plants delisted.
    """
    low = s.lower
    return (
        low[head] in _DELISTED
        and bool(set(low[head + 1 : min(b, head + 6)]) & _PLANTS)
        and "list" in low[head + 2 : min(b, head + 12)]
        and any(
            low[k] in {"authorised", "authorized", "approved", "allowed", "eligible", "cleared"}
            for k in range(head + 4, min(b, head + 16))
        )
    )


#: Verbs that fix a floor price ("set a minimum export price").
_FIXED = frozenset({"set", "sets", "setting", "fixed", "fixes", "fix"})


#: Verbs that grant a licence, and what a licence granted lets its holder do.
_GRANT = lx.forms("issue", "grant", "extend", "approve", "renew") | {"began", "begun"}
_LICENSED_SALES = frozenset(
    {"supplying", "supply", "sales", "sell", "selling", "buy", "buying", "exports",
     "exporting", "ship", "shipping", "resume", "shipments"}
)  # fmt: skip


#: Verbs of a ban whose subject, in the passive, is the exports banned.
_BANNED_PASSIVE = frozenset({"banned", "prohibited", "halted", "suspended", "restricted"})
#: A sale or delivery named as the object of a stop ("halted the sale of ... to ...").
_SALE_OF = (["the", "sale", "of"], ["the", "delivery", "of"], ["the", "supply", "of"],
            ["the", "export", "of"])  # fmt: skip
#: Nouns of goods on their way to a country ("shipments of wheat ... to Armenia").
_FLOWS_TO = frozenset({"exports", "shipments", "deliveries", "supplies"})
#: Verbs of a flow cut in the passive, as a plan ("would be reduced", "will be cut").
_CUT_PASSIVE = frozenset({"cut", "reduced", "curbed", "limited", "stopped"})


def _flow_to_stopped(s: Sentence, a: int, i: int) -> bool:
    """Whether the passive verb at ``i`` stops or cuts goods bound for a named country.

    "Shipments of wheat sent by the European Community to Armenia through Turkish ports
    have been halted", "deliveries of crude oil to Finland would be reduced next year from
    about 9 million tonnes": a flow noun, then "to" and a country, then the passive; a cut
    only after a modal (a plan: not "exports to Japan were cut by the strike", a fact of the
    market).
    """
    low = s.lower
    if low[i - 1 : i] not in (["be"], ["been"]):
        return False
    planned = low[i] in _CUT_PASSIVE and low[i - 2 : i - 1] in (["would"], ["will"])
    if low[i] not in _BANNED_PASSIVE and not planned:
        return False
    return any(
        low[k] in _FLOWS_TO
        and low[k + 1 : k + 2] == ["of"]
        and any(
            m.type == "country" and k + 2 < m.start < i - 1 and low[m.start - 1] == "to"
            for m in s.marks
        )
        for k in range(max(a, i - 16), i - 2)
    ) and not _foreign_goods_sold(s, i, len(low))


#: Verbs that stop licences being issued ("froze new licences"; the nouns: _LICENCES).
_WITHHOLD = lx.forms("freeze", "suspend", "halt", "stop", "revoke", "cancel") | {
    "froze",
    "frozen",
    "cancelled",
}


def _licences_withheld(s: Sentence, i: int, b: int) -> bool:
    """Whether the verb at ``i`` withholds licences for sales to a country (a control).

    "froze new licences for arms and military equipment to Saudi Arabia", "suspended
    export licences for drones to Turkey".
    """
    low = s.lower
    if low[i] not in _WITHHOLD:
        return False
    licences = [k for k in range(i + 1, min(b, i + 4)) if low[k] in _LICENCES]
    if not licences:
        return False
    rest = range(licences[0] + 1, min(b, licences[0] + 12))
    return any(
        m.type == "country" and m.start in rest and "to" in low[max(0, m.start - 3) : m.start]
        for m in s.marks
    ) and (
        any(low[k] in lx.EXPORT_FLOWS | {"arms", "weapons", "sales"} for k in rest)
        or any(m.type == "product" and m.start in rest for m in s.marks)
    )


def _no_licences(s: Sentence, i: int, b: int) -> bool:
    """Whether "no" at ``i`` opens licences refused for sales to a country (a control).

    "no new licenses for arms would be issued to India", "no export licenses at all would be
    granted for shipments to China", "would grant no new export licences to Turkey"; not an
    importer's ("told importers that no new licences would be granted": a purchase cut).
    """
    low = s.lower
    if low[i] != "no" or set(low) & {"importers", "imports", "import"}:
        return False
    k = next((k for k in range(i + 1, min(b, i + 4)) if low[k] in _LICENCES), None)
    if k is None:
        return False
    if low[i - 1 : i] in (["grant"], ["issue"]):
        # "it would grant no new export licences to Turkey": refused at the verb
        return any(
            m.type == "country" and k < m.start < min(b, k + 6) and low[m.start - 1] == "to"
            for m in s.marks
        )
    issued = next((j for j in range(k + 1, min(b, k + 9)) if low[j] in {"issued", "granted"}), None)
    return issued is not None and any(
        m.type == "country" and issued < m.start < min(b, issued + 8) and low[m.start - 1] == "to"
        for m in s.marks
    )


def _licence_granted(s: Sentence, i: int, b: int) -> bool:
    """Whether the verb at ``i`` grants licences for sales under an export control.

    "issued a 90-day licence that lets companies keep supplying Huawei", "began issuing
    licences for the H20" (a company or product named); not "extended licence requirements
    to 40 countries" (a tightening), nor a Treasury licence for transactions (sanctions).
    """
    low = s.lower
    if low[i] not in _GRANT or (low[i] in {"began", "begun"} and low[i + 1 : i + 2] != ["issuing"]):
        return False
    k = next((k for k in range(i + 1, min(b, i + 9)) if low[k] in _LICENCES), None)
    if k is None or low[k + 1 : k + 2] in (["requirement"], ["requirements"]):
        return False
    if set(low[max(0, i - 6) : b]) & {"transactions", "treasury", "import", "imports", "imported"}:
        return False
    after = range(k + 1, min(b, k + 12))
    return bool({low[j] for j in after} & _LICENSED_SALES) or any(
        m.type in {"company", "product"} and m.start in range(k + 1, min(b, k + 4)) for m in s.marks
    )


def _permits_required(s: Sentence, a: int, i: int, b: int) -> bool:
    """Whether the verb at ``i`` makes exports wait for a permit, a licence or approval.

    The verb ("obtain", "need", "requiring") with a permit's noun within three words, and
    exporters or exports named in the clause before it ("exporters must now obtain export
    permits", "exports of 47 types of chips ... would need its approval"); not a permit of
    imports ("importers must obtain licences").
    """
    low = s.lower
    if low[i] not in _PERMIT_VERBS:
        return False
    if not any(low[k] in _LICENCES | _APPROVALS for k in range(i + 1, min(b, i + 4))):
        return False
    told = low[max(a, i - 16) : i + 4]
    return bool(set(told) & {"exporters", "exports", "export"}) and not set(told) & {
        "importers",
        "imports",
        "import",
    }


#: Verbs that make a sale wait for a permit, and the permits' nouns.
_PERMIT_VERBS = lx.forms("obtain", "need", "require", "get", "seek") | {"requiring"}
_LICENCES = frozenset({"licence", "licences", "license", "licenses", "permits", "permit"})
_APPROVALS = frozenset({"approval", "approvals", "authorisation", "authorization"})


def _undone(s: Sentence, a: int, head: int) -> int | None:
    """A verb that undoes a rule whose relative clause holds the measure's verb, if any.

    "will put on hold from Monday a rule that extended its export blacklist": the rule
    is put on hold, the blacklist's extension undone.
    """
    low = s.lower
    # (or its participle: "put on hold a plan requiring exporters to obtain permits")
    rel = [
        k
        for k in range(max(a, head - 3), head + 1)
        if low[k] in {"that", "which"} or (low[k] == "requiring" and k > a)
    ]
    if not rel:
        return None
    reverse = [m.start for m in s.phrases("reverse", a, rel[0])]
    reverse += [k for k in range(a, rel[0]) if low[k] in lx.REVERSE_VERBS - {"end"}]
    return max(reverse) if reverse else None


def _on_imports(s: Sentence, noun: int, b: int) -> bool:
    """Whether restrictions at ``noun`` fall on a foreign country's goods: an import measure.

    "relaxed its biosecurity restrictions on American beef": restrictions on goods named by
    their origin ("on American beef", "on imports from Brazil"), with no word for exports.
    """
    low = s.lower
    if low[noun + 1 : noun + 4] == ["of", "its", "own"]:
        noun += 3  # "a ban of its own on Russian food products"
    if low[noun + 1 : noun + 2] in (["it"], ["they"]) and low[noun + 3 : noun + 4] == ["on"]:
        noun += 2  # "the restrictions it placed on Argentine soybean oil"
    if low[noun + 1 : noun + 2] != ["on"] or any(w in lx.EXPORT_FLOWS for w in low[noun:b]):
        return False
    window = range(noun + 2, min(b, noun + 6))
    if any(low[k] in DESCRIPTORS for k in window) or any(
        m.type == "company" and m.start in window for m in s.marks
    ):
        return False  # "the restrictions it imposed on the Chinese telecoms giant": a company
    origin = any(m.type == "country" and m.start in window for m in s.marks)
    goods = any(m.type == "product" and m.start in window for m in s.marks) or any(
        low[k] in GOODS for k in window
    )
    # "restrictions on imports of bananas and pineapples from 27 Philippine exporters",
    # "restrictions on beef imports from the United States": imports from a country
    imported = any(low[k] in {"imports", "import"} for k in range(noun + 2, min(b, noun + 5)))
    sellers = any(
        m.type == "country"
        and noun + 2 < m.start < min(b, noun + 14)
        and "from" in low[max(noun + 2, m.start - 4) : m.start]
        for m in s.marks
    )
    return (origin and goods) or (imported and sellers)


_BANS = frozenset({"ban", "banned", "banning", "bans", "barring", "barred"})
#: Verbs of an asset freeze ("froze the assets of ...").
_FREEZE = frozenset({"freeze", "freezes", "froze", "freezing"})
#: Lending a freeze stops ("froze new yen loans to India").
_LENDING = frozenset({"loans", "lending", "credits", "grants", "loan", "credit"})
#: Past verbs of an asset freeze done ("froze the assets of", "blocked the assets of").
_FROZE = frozenset({"froze", "blocked"})
#: What a seizure takes besides holdings ("the seizure of Pakistani ships and cargoes").
_SEIZED_GOODS = frozenset({"ships", "vessels", "cargoes", "cargo"})
#: Who a country's sanctions target, counted ("targeted 16 members of the junta").
_TARGETED_PEOPLE = frozenset(
    {"members", "officials", "individuals", "entities", "companies", "firms", "people",
     "people's", "banks", "oligarchs", "officers", "generals", "businessmen", "executives"}
)  # fmt: skip
#: Verbs that say a measure breaks a rule ("the restrictions violated WTO rules").
_BROKE_RULES = frozenset(
    {"violated", "violate", "violates", "breached", "breach", "breaches", "contravene",
     "contravened", "contravenes", "inconsistent", "broke", "break", "breaks"}
)  # fmt: skip
#: Words of imports, which make a ban one on goods ("a ban on imports of Huawei gear").
_IMPORT_WORDS = frozenset({"imports", "import", "importing", "purchases", "sales"})
#: Verbs that turn goods back at the border ("began turning back shipments of U.S. beef").
_TURN = frozenset({"turn", "turns", "turned", "turning"})
#: Verbs that spare a country from a measure ("exempted India from financial sanctions").
_EXEMPTED = lx.forms("exempt", "spare", "excuse")
#: Nouns of a ban on people after "visa" or "travel" ("visa restrictions", "travel bans").
_PERSONAL_BANS = frozenset({"restrictions", "bans", "ban", "curbs"})
#: Verbs that bar transactions or investment: a sanction ("barring Americans from investing").
_BARS = _BANS | {"bar", "bars", "prohibit", "prohibits", "prohibited", "prohibiting"}
#: Verbs that keep a buyer from a purchase, with "from" ("blocked Spark from using").
_KEPT_FROM = lx.forms("block", "exclude")


def _tender(low: list[str], a: int, b: int) -> bool:
    """Whether a tender is named in ``low[a:b]`` ("from a tender for a new reactor")."""
    return bool(set(low[a:b]) & {"tender", "tenders", "procurement"})


#: Verbs that stop a flow of exports ("has suspended exports of the metal").
_SUSPEND = lx.forms("suspend")
#: Verbs that let a shipment out ("has cleared the export of 18,700 tonnes of urea").
_CLEARED = frozenset(
    {"cleared", "clears", "approved", "approves", "allowed", "allows", "authorised", "authorized",
     "authorises", "authorizes"}
)  # fmt: skip
#: Subjects that trade for themselves, not a government's control.
_TRADERS = frozenset({"exporters", "companies", "firms", "producers", "traders", "suppliers"})
#: Shops, whose sales stopped are their business, no control of exports.
_SHOPS = frozenset({"retailers", "shops", "stores", "supermarkets", "dealers", "dealerships"})
#: Verbs that start a flow of exports again ("will resume shipments of petroleum products").
_RESUME = lx.forms("resume", "restart")
#: Verbs that ease an export tax, quota or duty ("lowered export taxes on soybeans").
_EASE = lx.forms("lower", "reduce", "halve", "slash", "trim")


def _ordered_not_to_buy(s: Sentence, seg: Segment) -> int | None:
    """The verb of an order not to take goods in, if the clause gives one.

    "China has ordered its airlines not to take any further deliveries of Boeing jets":
    an order verb, then *not to* (or *to stop*) and a verb of taking goods in with a
    purchase noun or goods after it.  The order verb is the event's word, so that its
    *not* is the order's content, not a denial.
    """
    low = s.lower
    for i in range(seg.start, seg.end):
        if low[i] not in lx.ORDER_VERBS:
            continue
        for k in range(i + 1, min(seg.end - 2, i + 6)):
            if low[k : k + 2] not in (["not", "to"], ["to", "stop"], ["to", "halt"]):
                continue
            verb = k + 2
            if verb < seg.end and low[verb] in lx.ACCEPT_VERBS | {"taking", "buying"}:
                rest = range(verb + 1, min(seg.end, verb + 6))
                if any(low[j] in lx.PURCHASE_NOUNS | GOODS for j in rest) or any(
                    m.type == "product" and m.start in rest for m in s.marks
                ):
                    return i
    return None


#: Assets whose purchases are no trade ("stepped up share purchases").
_ASSETS = frozenset({"share", "stock", "bond", "equity", "asset", "dollar", "currency", "gold"})
#: Verbs that step purchases up, and verbs that resume them after a stop.
_STEP_UP = lx.forms("step", "ramp", "scale")
_RESUME = lx.forms("resume", "restart")
#: Nouns of a measure that stops a flow ("a 60-day suspension of rice imports").
_STOP_NOUNS = frozenset({"suspension", "halt", "freeze", "moratorium"})
#: Verbs that close a border or a link, and those that open it again.
_CLOSE = lx.forms("close", "shut", "seal", "sever", "cut")
_REOPEN = lx.forms("reopen", "restore", "resume")
#: Words of a list of trusted buyers, whose removal tightens export controls.
_TRUSTED_LISTS = frozenset(
    {"white", "whitelist", "trusted", "fast-track", "track", "preferred", "favoured", "favored"}
)
_DROPPED = frozenset({"dropped", "drops", "drop", "dropping", "struck", "strikes", "removal"})
#: Private buyers, whose purchases are no government's ("customers were cancelling orders").
_PRIVATE_BUYERS = frozenset({"customers", "consumers", "clients", "shoppers", "processors"})
#: Loads of goods bought ("bought the first cargo").
_LOADS = frozenset({"cargo", "cargoes", "shipment", "shipments", "consignment", "consignments"})
#: Verbs that halt a flow for a time ("suspended customs clearance at the border gates").
_HALT = lx.forms("suspend", "halt", "stop")


#: Verbs of goods held at the border ("holding up Australian rock lobsters").
_HOLD = lx.forms("hold") | {"held"}
#: Verbs that tighten checks on imports, those that ease them, and the checks.
_TIGHTEN = lx.forms("tighten", "intensify", "introduce", "impose", "step", "increase") | {
    "stricter"
}
_EASE_CHECKS = lx.forms("ease", "relax", "loosen", "lift", "scrap")
_CHECKS = frozenset({"checks", "inspections", "controls", "testing", "inspection"})


def _checks(s: Sentence, a: int, b: int) -> tuple[int, bool] | None:
    """Checks or inspections on a country's goods tightened (a purchase cut) or eased.

    "stepped up checks on goods arriving from Russia", "has tightened inspections of
    Philippine bananas", "will ease checks on whole fresh salmon from Norway" (reversed).
    """
    low = s.lower
    for i in range(a, b):
        if low[i] not in _TIGHTEN | _EASE_CHECKS:
            continue
        noun = next((k for k in range(i + 1, min(b, i + 4)) if low[k] in _CHECKS), None)
        if noun is None or low[noun + 1 : noun + 2] not in (["on"], ["of"]):
            continue
        after = range(noun + 2, min(b, noun + 9))
        country = any(m.type == "country" and m.start in after for m in s.marks)
        goods = any(m.type == "product" and m.start in after for m in s.marks) or any(
            low[k] in GOODS for k in after
        )
        if country and goods and "export" not in low[noun:b] and "exports" not in low[noun:b]:
            return i, low[i] in _EASE_CHECKS
    return None


def _borders(s: Sentence, a: int, b: int) -> tuple[int, bool] | None:
    """Borders with a country closed or reopened: an import ban or its end.

    "Nigeria closed its land borders with Benin", "reopened its land borders with Benin,
    Niger and Cameroon" (reversed).  Returns the verb and whether it reopens.
    """
    low = s.lower
    for i in range(a, b):
        near = low[i + 1 : min(b, i + 10)]
        # "suspended customs clearance at the Tan Thanh and Coc Nam border gates",
        # "resumed customs clearance at the border crossing"
        if (
            low[i] in _CLOSE | _REOPEN | _HALT
            and near[:2] == ["customs", "clearance"]
            and set(low[i + 3 : min(b, i + 14)])
            & {"border", "borders", "gate", "gates", "crossing", "crossings"}
        ):
            return i, low[i] in _REOPEN
        if low[i] not in _CLOSE | _REOPEN:
            continue
        # "closed its land borders with Benin", "Colombia and Venezuela reopened their
        # border", "would close the main land border crossing at Wagah", "closed all its
        # land, sea and air borders with Haiti"
        if ("borders" in near or "border" in near) and (
            "with" in low[i + 1 : min(b, i + 12)]
            or near[:1] == ["their"]
            or {"crossing", "crossings"} & set(low[i + 1 : min(b, i + 8)])
        ):
            return i, low[i] in _REOPEN
        # "India closed all but two of the 15 transit points on its border with Nepal"
        if (
            set(low[i + 1 : min(b, i + 10)]) & {"points", "posts"}
            and {"border", "borders"} & set(low[i + 1 : min(b, i + 14)])
            and "with" in low[i + 1 : min(b, i + 16)]
        ):
            return i, low[i] in _REOPEN
        # "Kazakhstan closed the border on April 8": the border the report is about
        if near[:2] == ["the", "border"] and near[2:3] != ["to"]:
            return i, low[i] in _REOPEN
        # "closed the main crossings between San Antonio del Tachira and Cucuta"
        if {"crossing", "crossings"} & set(low[i + 1 : min(b, i + 5)]) and "between" in near:
            return i, low[i] in _REOPEN
        # "closed the Torkham and Chaman crossings to trade on Oct. 12"
        if any(
            low[k] in {"crossing", "crossings"}
            and low[k + 1 : k + 2] == ["to"]
            and low[k + 2 : k + 3]
            in (["trade"], ["traffic"], ["trucks"], ["cargo"], ["goods"], ["freight"])
            for k in range(i + 1, min(b, i + 8))
        ):
            return i, low[i] in _REOPEN
        # "will reopen its checkpoints on the Tajik border to freight and passenger traffic":
        # the border named by its country's adjective, open or shut to goods
        if (
            any(w in _CHECKPOINTS for w in low[i + 1 : min(b, i + 4)])
            and "border" in near
            and any(
                m.type == "country" and i < m.start < min(b, i + 9) and low[m.end] == "border"
                for m in s.marks
            )
            and set(low[i + 1 : min(b, i + 14)]) & _FREIGHT
        ):
            return i, low[i] in _REOPEN
        # "closed its Gatuna border post to cargo trucks coming from Uganda"
        if (
            "border" in near
            and any(w in {"post", "posts", "point", "points"} for w in near)
            and "from" in low[i + 1 : min(b, i + 14)]
            and any(m.type == "country" and i < m.start < min(b, i + 16) for m in s.marks)
        ):
            return i, low[i] in _REOPEN
    return None


#: Nouns of a border's crossing points, and words of the goods crossing them.
_CHECKPOINTS = frozenset({"checkpoints", "checkpoint", "crossings", "crossing", "posts"})
_FREIGHT = frozenset({"freight", "cargo", "trucks", "lorries", "goods", "trade", "traffic"})


#: Words of the routes of trade ("land, sea and air links"), not of other links (bandwidth).
_ROUTES = frozenset(
    {"land", "sea", "air", "trade", "transport", "road", "rail", "shipping", "flight", "flights"}
)


#: Verbs that stop traffic or trade links ("suspended all air and sea traffic with").
_TRAFFIC_STOPS = _CLOSE | lx.forms("suspend", "end", "halt")

#: Words before "trade with" that name the route it takes ("suspended overland trade with").
_TRADE_BY_ROUTE = frozenset({"overland", "border", "cross-border", "land", "road", "its", "their"})


def _traffic_cut(s: Sentence, i: int, b: int) -> bool:
    """Whether the verb at ``i`` stops traffic or commercial links with a named country.

    "Venezuela has suspended all air and sea traffic with the Dutch Caribbean islands of
    Aruba, Curacao and Bonaire", "would end air traffic and commercial links with Iran",
    "suspended overland trade with Honduras for 48 hours": trade with the country stopped,
    a purchase cut (the sets label it so).
    """
    low = s.lower
    if low[i] not in _TRAFFIC_STOPS:
        return False
    # (past a list of routes: "halted all air, rail, road and sea traffic and postal links")
    near = low[i + 1 : min(b, i + 12)]
    stopped = (
        ("traffic" in near and bool(set(near) & _ROUTES - {"trade", "transport"}))
        or any(low[k : k + 2] == ["commercial", "links"] for k in range(i + 1, min(b, i + 9)))
        # "suspended overland trade with Honduras" (all trade stopped is both ways: _all_trade)
        or any(
            low[k : k + 2] == ["trade", "with"] and set(low[i + 1 : k]) <= _TRADE_BY_ROUTE
            for k in range(i + 1, min(b - 1, i + 4))
        )
    )
    return stopped and any(
        low[k] == "with" and any(m.type == "country" and k < m.start <= k + 10 for m in s.marks)
        for k in range(i + 2, min(b, i + 16))
    )


def _links(s: Sentence, a: int, b: int) -> tuple[int, bool] | None:
    """Land, sea and air links with a country closed (a boycott) or reopened.

    "closed their land, sea and air links with the Gulf state".
    """
    low = s.lower
    for i in range(a, b):
        if low[i] not in _CLOSE | _REOPEN:
            continue
        near = low[i + 1 : min(b, i + 10)]
        # (not "end air traffic and commercial links": trade stopped, a purchase cut)
        linked = (
            "links" in near
            and bool(set(near) & _ROUTES)
            and not {"traffic", "commercial"} & set(near)
        )
        if (linked or "airspace" in near) and set(low[i + 1 : min(b, i + 14)]) & {"with", "to"}:
            return i, low[i] in _REOPEN
    return None


#: Verbs that stop, cut or restore a supplier's deliveries.
_SENT_STOPS = lx.forms("halt", "stop", "cut", "suspend", "reduce", "restore", "resume", "curb")
_RESTORED = lx.forms("restore", "resume")
#: A supplier's flows of goods to a buyer.
_SENT = frozenset({"deliveries", "supplies", "shipments"})


def _deliveries_to(s: Sentence, a: int, b: int) -> bool:
    """Whether a supplier's deliveries to a country stand in ``[a, b)``.

    "gas deliveries to Ukraine", "oil deliveries to Belarusian refineries", "deliveries of
    military equipment to Turkey": the flow, then *to* and a country (or its adjective)
    within three words.
    """
    low = s.lower
    return any(
        low[k] in _SENT
        and low[to] == "to"
        and any(
            m.type == "country" and to < m.start <= to + (3 if to == k + 1 else 2) for m in s.marks
        )
        for k in range(a, b)
        # past what is delivered: "new deliveries of military equipment to Turkey", "all
        # deliveries of arms, aircraft and spare parts to Israel"
        for to in [
            next((j for j in range(k + 1, min(len(low), k + 10)) if low[j] == "to"), k + 1)
            if low[k + 1 : k + 2] == ["of"]
            else k + 1
        ]
        if to < len(low)
    )


def _own_deliveries(s: Sentence, k: int, b: int) -> bool:
    """Whether the flow at ``k`` is the subject's own deliveries of goods, no purchases.

    "has halted the remaining deliveries of wheat, fuel and machinery it had promised",
    "sharply cut deliveries of natural gas": goods named with no origin and no maker (not
    "deliveries of Boeing jets", "deliveries of beef from Brazil", a buyer's).
    """
    low = s.lower
    if low[k] not in _SENT or low[k + 1 : k + 2] != ["of"]:
        return False
    rest = range(k + 2, min(b, k + 12))
    return (
        any(m.type == "product" and m.start in rest for m in s.marks)
        and not any(m.type in {"company", "country"} and m.start in rest for m in s.marks)
        and "from" not in low[k + 2 : min(b, k + 12)]
    )


def _goods_barred(s: Sentence, i: int, b: int) -> bool:
    """Whether a ban verb at ``i`` keeps a country's goods out: "barred 24 Ukrainian farm products".

    The verb's object names the goods' country by its adjective, and the goods by a goods
    noun or a product word.
    """
    low = s.lower
    if low[i] not in _BANS | lx.forms("bar", "prohibit", "block"):
        return False
    if i > 0 and low[i - 1] in {"its", "the", "a", "an", "their", "his", "her", "this", "that"}:
        return False  # "will lift its ban on U.S. poultry": the noun, told below
    obj = range(i + 1, min(b, i + 6))
    if any(low[k] in lx.EXPORT_FLOWS for k in obj):
        return False  # "banned exports of Russian grain": an export ban
    country = [m for m in s.marks if m.type == "country" and m.start in obj]
    if not country or any(m.type == "company" and m.start in obj for m in s.marks):
        return False
    # the goods follow the adjective directly: "Ukrainian farm products", not "Chinese
    # companies from buying chips"
    end = country[0].end
    stop = next(
        (k for k in range(end, min(b, end + 4)) if low[k] in _NOT_GOODS or low[k] == "from"),
        min(b, end + 4),
    )
    after = range(end, stop)
    return any(low[k] in GOODS for k in after) or any(
        m.type == "product" and m.start in after for m in s.marks
    )


#: Nouns after a country's adjective that name no goods ("Chinese companies").
_NOT_GOODS = frozenset(
    {"companies", "firms", "entities", "banks", "businesses", "exporters", "importers", "people",
     "nationals", "citizens", "officials", "airlines", "carriers", "ships", "vessels"}
)  # fmt: skip


#: Verbs of a seller holding its sales down ("will hold its car exports to Canada to ...").
_HELD_TO = frozenset({"hold", "holds", "held", "holding"})
#: Verbs of a seller that refuses a buyer ("will sell no oil to Israel").
_SELLS_NONE = lx.forms("sell", "supply", "ship")
#: Nouns of what a seller sends abroad.
_SHIPPED = frozenset({"exports", "shipments", "export"})


#: Verbs that stop all trade with a country ("suspended all bilateral trade with India").
_TRADE_STOPS = lx.forms("suspend", "halt", "stop", "cut", "freeze", "sever", "end", "ban")
#: Words that ban all trade with a country by law or order, an embargo ("ordered a ban on
#: all trade with Nicaragua", "signed a law that bans all trade with Uganda").
_TRADE_BANS = lx.forms("ban") | {"embargo", "embargoes"}


#: Verbs that stop a government's aid ("suspended economic and military aid to Pakistan").
#: ("Greece has blocked 35 million ECU in European Union aid to Albania": a veto of it)
_AID_STOPS = lx.forms("suspend", "halt", "freeze", "withhold", "end", "block") | {
    "froze",
    "frozen",
    "withheld",
}
#: Nouns of a government's aid to another, and of its help in arms and government
#: ("suspended its military and civilian cooperation with Niger"; "co-operation" is the
#: tokens "co", "-", "operation", its last standing for the word where "co -" is before it).
_COOPERATION = frozenset({"cooperation", "operation"})
_AID = lx.AID_NOUNS | _COOPERATION
_MILITARY = frozenset({"military", "defence", "defense"})
#: A government's new lending to another ("suspended new credits to the Soviet Union").
_CREDITS = frozenset({"credits", "loans"})


def _aid_cut(s: Sentence, a: int, b: int) -> int | None:
    """Where a clause stops a government's aid to a country (a sanction), if it does.

    "The United States suspended economic and military aid to Pakistan", "cut off aid to
    the country": the aid named within a few words of the verb, a country after "to".
    """
    low = s.lower
    for i in range(a, b):
        stops = low[i] in _AID_STOPS or (low[i] == "cut" and low[i + 1 : i + 2] == ["off"])
        # (not aid told as background: "Britain and Germany had suspended some aid to Kigali")
        if not stops or low[i - 1 : i] == ["had"]:
            continue
        k = next(
            (
                k
                for k in range(i + 1, min(b, i + 10))
                # ("suspended its military ties with Indonesia": arms and training withheld)
                if (low[k] in _AID and (low[k] != "operation" or low[k - 2 : k] == ["co", "-"]))
                or (low[k] == "ties" and low[k - 1] in _MILITARY)
                # "suspended new credits and loan guarantees for Argentina", "suspended $87.6
                # million in development loans to India"
                or (low[k] in _CREDITS and low[k - 1] in {"new", "development"})
            ),
            None,
        )
        if k is None:
            continue
        if low[k] in _COOPERATION and (
            # (not an agreement: "suspend the Community's trade and cooperation agreement",
            # nor cooperation stopped beside an embargo, which the sets leave in it: "imposed
            # an embargo on arms sales to China ... and suspended military cooperation")
            low[k + 1 : k + 2] in (["agreement"], ["accord"]) or {"embargo", "embargoes"} & set(low)
        ):
            continue
        # (or past the aid's own noun and what goes with it: "suspended its aid programme
        # and defence co-operation with Fiji", "new aid projects with Fiji")
        to = next((j for j in range(k + 1, min(b, k + 9)) if low[j] in {"to", "with", "for"}), None)
        if to is not None and any(
            m.type == "country" and m.start in (to + 1, to + 2) for m in s.marks
        ):
            return i
        # "it would suspend its aid, worth about 25 million dollars a year", "was expected to
        # freeze its own aid when ...": the giver's own aid, to the country the report is about
        if (
            low[k] in _AID
            and low[k - 1] in {"its", "their", "own"}
            and low[k + 1 : k + 2] in ([","], ["."], ["when"], ["until"], ["after"], ["as"])
        ):
            return i
    return None


def _all_trade(s: Sentence, a: int, b: int, banned: bool = False) -> list[int]:
    """Where a clause stops all trade with a country: both its purchases and its sales.

    "Pakistan suspended all bilateral trade with India", "cut off all trade with Qatar",
    "suspended bilateral trade with India".
    With ``banned``, only where a ban or embargo stops it ("ordered a ban on all trade with
    Nicaragua", "proclaimed an embargo on virtually all trade with Cuba"): a sanction, as the
    sets label it, and no purchase cut or export control of its own; without, the others.
    """
    low = s.lower
    return [
        i
        for i in range(a, b)
        if (low[i] in _TRADE_BANS if banned else low[i] in _TRADE_STOPS - _TRADE_BANS)
        and any(
            low[k] == "trade"
            and (
                low[k + 1 : k + 2] == ["with"]
                # "all new trade and investment with Canada" (not "all trade negotiations")
                or (low[k + 1 : k + 2] == ["and"] and low[k + 3 : k + 4] == ["with"])
            )
            # ("suspended bilateral trade with India": all the trade between the two)
            and bool({"all", "bilateral"} & set(low[i + 1 : k]))
            for k in range(i + 1, min(b - 1, i + 6))
        )
    ]


def _goods_banned_from(s: Sentence, i: int, b: int) -> bool:
    """Whether a ban at ``i`` is on goods from somewhere, an import ban.

    "a ban on meat from cattle treated with growth hormones" (not "a ban on rice exports").
    """
    low = s.lower
    return (
        low[i] in {"ban", "bans"}
        and low[i + 1 : i + 2] == ["on"]
        and any(m.type == "product" and m.start == i + 2 for m in s.marks)
        and "from" in low[i + 3 : min(b, i + 7)]
        and not {"exports", "export"} & set(low[i + 2 : i + 7])
    )


def _import_ban(s: Sentence, i: int, b: int) -> bool:
    """Whether the ban at ``i`` keeps goods out: "banned seafood from ten Japanese prefectures".

    Goods banned *from* a place are an import ban (a purchase cut); a company banned from
    doing something ("banned Huawei from buying U.S. chips") is an export control.
    """
    low = s.lower
    if low[i] not in _BANS:
        return False
    f = next(
        (k for k in range(i + 1, min(b, i + 8)) if low[k] == "from" and not s.in_date(k)), None
    )
    if f is None:
        return False
    obj = range(i + 1, f)
    firms = any(m.type == "company" and m.start in obj for m in s.marks) or any(
        low[k] in DESCRIPTORS or low[k][:-1] in DESCRIPTORS for k in obj
    )
    if low[f + 1 : f + 2] in (["import"], ["imports"], ["importing"]) and not firms:
        return True  # "Ukrainian goods banned from import into Russia" (not "banning the two
        # U.S. defense contractors from import and export activities")
    if any(low[k] in {"exports", "export", "sales"} for k in obj):
        return False
    goods = any(low[k] in GOODS for k in obj) or any(
        m.type == "product" and m.start in obj for m in s.marks
    )
    firms = any(m.type == "company" and m.start in obj for m in s.marks)
    origin = any(m.type == "country" and f < m.start <= f + 4 for m in s.marks)
    return goods and origin and not firms


def _sanctions(s: Sentence, seg: Segment, u: list[int]) -> list[Trigger]:
    """Sanctions imposed or lifted in a clause ("sanctioned two firms"; not "sanctioned oil")."""
    low = s.lower
    a, b = seg.start, seg.end
    rng = range(a, b)
    barred = _dealings_barred(s, seg)
    if barred is not None:
        # "froze any assets of Belshina ... and barred Americans from doing business with
        # them": the freeze is the measure, the ban on dealings its effect
        frozen = next(
            (
                i
                for i in range(a, barred.head)
                if low[i] in _FROZE and "assets" in low[i + 1 : i + 5]
            ),
            None,
        )
        return [barred if frozen is None else Trigger("sanction", frozen, frozen)]
    nouns = [i for i in rng if low[i] in lx.SANCTION_NOUNS and not modifier(low, i)]
    # "would also impose visa restrictions on Chinese individuals": travel bans are sanctions
    if not any(w in lx.SANCTION_NOUNS for w in low):  # "travel bans and ... sanctions": one
        nouns = [i for i in rng if low[i] in _PERSONAL_BANS and low[i - 1] in {"visa", "travel"}]
    # "ordered a freeze on the assets of Moammar Gadhafi", "imposed asset freezes and travel
    # bans on 40 Belarusian officials": an asset freeze named by its noun
    nouns += [
        i
        for i in rng
        if low[i] in {"freeze", "freezes"}
        and (low[i - 1 : i] == ["asset"] or "assets" in low[i + 1 : i + 5])
    ]
    nouns.sort()
    verbs = [
        i
        for i in rng
        if low[i] in lx.SANCTION_VERBS and low[i] not in lx.SANCTION_NOUNS and not adjectival(s, i)
    ]
    # a price cap on a country's exports: "agreed to cap the price of Russian crude"
    verbs += [
        i
        for i in rng
        if low[i] in _CAP
        and low[i + 1 : i + 3] in (["the", "price"], ["prices", "of"], ["price", "of"])
    ]
    nouns += [i for i in rng if low[i] in {"cap", "caps"} and i > 0 and low[i - 1] == "price"]
    nouns.sort()
    # "signed an executive order barring U.S. transactions with ByteDance"; an investment
    # ban: "barring Americans from investing in 59 Chinese companies"
    verbs += [
        i
        for i in rng
        if low[i] in _BARS
        and (
            "transactions" in low[i + 1 : i + 4]
            or set(low[i + 1 : i + 6]) & {"investing", "investment", "investments", "invest"}
            # "barring American banks and investors from buying new bonds issued by ..."
            or set(low[i + 1 : i + 9]) & {"bonds", "debt", "securities", "financing"}
        )
    ]
    # "froze the assets of 40 Russian individuals", "froze the U.S. assets of ten officials":
    # an asset freeze is a sanction
    verbs += [
        i
        for i in rng
        if low[i] in _FREEZE | _FROZE | {"block"}
        # (past a country's government: "froze the Panamanian government's assets")
        # (or a country's property or balances, frozen: "froze all Communist Chinese and
        # North Korean property", "froze Egypt's sterling balances")
        and (
            "assets" in low[i + 1 : i + 6]
            # (not a freeze beside sanctions told in the sentence: "sanctioned Prince Group
            # ... and froze property in London")
            or (
                low[i] == "froze"
                and bool(set(low[i + 1 : i + 9]) & (lx.HOLDINGS - {"assets"}))
                and not set(low[:i]) & (lx.SANCTION_NOUNS | lx.SANCTION_VERBS)
                # (not "froze all foreign currency accounts": a currency measure)
                and "currency" not in low[i + 1 : i + 6]
            )
        )
        and not adjectival(s, i)
        # not what the sanctions told do: "The designations freeze any U.S. assets of the
        # firms" (a present after a measure's noun); "blocked the assets of" is one done
        and (
            low[i] in _FROZE
            or low[i - 1 : i] in (["will"], ["would"], ["to"])
            # "signed an executive order freezing any assets in the United States of ..."
            or (low[i] == "freezing" and low[i - 1 : i] in (["order"], ["decree"]))
            # "Britain was freezing the assets of five Russian banks"
            or (low[i] == "freezing" and low[i - 1 : i] in (["was"], ["were"], ["is"], ["are"]))
        )
        # not a freeze told within sanctions already read ("sanctions ..., including
        # freezing the assets of ...")
        and not set(low[a:i]) & lx.SANCTION_NOUNS
    ]
    # "has ordered the seizure of Pakistani ships ... and frozen the assets of Pakistani
    # nationals", "have also frozen the bank accounts of Tunisian workers": a freeze done,
    # its perfect told with the verb before
    verbs += [
        i
        for i in rng
        if low[i] == "frozen"
        and low[i + 1 : i + 2] == ["the"]
        and bool(set(low[i + 2 : i + 4]) & lx.HOLDINGS)
        and bool({"has", "have"} & set(low[max(a, i - 14) : i]))
        and not set(low[a:i]) & lx.SANCTION_NOUNS
    ]
    # "has ordered the confiscation of all property owned by Italians in Libya", "ordered
    # the seizure of Pakistani ships and cargoes in Indian ports": a country's holdings or
    # ships taken by order, a sanction
    verbs += [
        i
        for i in rng
        if low[i] in lx.TAKINGS
        and low[i - 2 : i] in (["ordered", "the"], ["orders", "the"], ["order", "the"])
        and low[i + 1 : i + 2] == ["of"]
        and bool(set(low[i + 2 : i + 7]) & (lx.HOLDINGS | _SEIZED_GOODS))
    ]
    # "President Bush ordered Yugoslav government assets in the United States frozen": a
    # freeze ordered, the assets its object
    verbs += [
        max(k for k in range(max(a, i - 12), i) if low[k] in {"ordered", "orders", "order"})
        for i in rng
        if low[i] == "frozen"
        and "assets" in low[max(a, i - 9) : i]
        and set(low[max(a, i - 12) : i]) & {"ordered", "orders", "order"}
    ]
    # "Japan today froze new yen loans to India", "would freeze new grants and loans to
    # Pakistan": lending to a country stopped, a sanction
    verbs += [
        i
        for i in rng
        if low[i] in _FREEZE | {"frozen"}
        and not adjectival(s, i)
        # (not a lender's programme: "The International Monetary Fund, which froze a 1 billion
        # euro precautionary loan to Serbia")
        and not gr.names_lender(low, max(0, a - 8), i)
        and any(
            low[k] in _LENDING
            and low[k + 1 : k + 2] == ["to"]
            and any(m.type == "country" and m.start == k + 2 for m in s.marks)
            for k in range(i + 1, min(b, i + 7))
        )
    ]
    # "decided to freeze all contracts with Swiss companies", "suspended economic relations
    # for 90 days with 46 Panamanian companies and 22 officials": dealings with a country's
    # firms broken off, a sanction
    verbs += [
        i
        for i in rng
        if low[i] in _DEALINGS_CUT
        and any(
            low[k] in {"contracts", "relations", "ties", "dealings"}
            and (w := next((j for j in range(k + 1, min(b, k + 6)) if low[j] == "with"), None))
            is not None
            and any(
                m.type == "country"
                and w < m.start <= w + 3
                and low[m.end : m.end + 1] != []
                and low[m.end] in _DEALERS
                for m in s.marks
            )
            for k in range(i + 1, min(b, i + 5))
        )
    ]
    # "suspended air services with the Soviet Union", "halted visits between American and
    # Chinese military leaders": a government's flights or military visits stopped (not
    # "suspended some military exchanges", which the sets leave in the sanctions beside)
    verbs += [i for i in rng if _flights_or_visits_stopped(s, i, b)]
    # "barred China's Bank of Kunlun and Iraq's Elaf Islamic Bank from the U.S. financial
    # system", "to cut off the Bank of Dandong from the American financial system"
    verbs += [i for i in rng if low[i] in _BARS | {"cut"} and _financial_system(low, i, b)]
    # "will bar Russian officials linked to the death ... from entering the United States":
    # a travel ban
    verbs += [
        i
        for i in rng
        if low[i] in _BARS
        and any(low[k : k + 2] == ["from", "entering"] for k in range(i + 1, min(b, i + 16)))
    ]
    # "Australia, which had held back from new sanctions ..., targeted 16 members of the
    # junta": a sentence on sanctions whose country targets so many people or firms
    verbs += [
        i
        for i in rng
        if low[i] == "targeted"
        and set(low) & lx.SANCTION_NOUNS
        and low[i + 1 : i + 2]
        and (low[i + 1][:1].isdigit() or low[i + 1] in _COUNTS | {"several"})
        and set(low[i + 2 : i + 4]) & _TARGETED_PEOPLE
    ]
    # "put Alrosa ... on the EU sanctions list", "added 11 officials to its sanctions list":
    # the list may stand past a list of names, in a later clause of the sentence
    verbs += [
        k
        for k in rng
        if low[k] in _LISTED
        and not adjectival(s, k)
        and any(
            _sanctions_list(low, i) and {"on", "to"} & set(low[max(k, i - 3) : i])
            for i in range(k + 1, min(len(low) - 1, k + 26))
        )
    ]
    # "The EU listed Heihe Rural Commercial Bank and Suifenhe Rural Commercial Bank ... in
    # its 18th sanctions package": names listed in a package of sanctions
    verbs += [
        k
        for k in rng
        if low[k] in {"listed", "lists"}
        and not adjectival(s, k)
        and any(
            low[i] in {"sanctions", "sanction"}
            and low[i + 1] in {"package", "list", "regime"}
            and {"in", "on", "to", "under"} & set(low[max(k, i - 4) : i])
            for i in range(k + 1, min(len(low) - 1, k + 30))
        )
    ]
    # "the law banning TikTok", "its ban on new downloads of ByteDance's TikTok": a ban on a
    # company's business, no goods (not "banned Huawei from buying U.S. chips")
    apps = [
        i
        for i in rng
        if low[i] in _BANS | {"ban"}
        and any(
            m.type == "company" and i < m.start <= i + 6 and not s.in_date(m.start) for m in s.marks
        )
        and "from" not in low[i + 1 : min(b, i + 8)]
        and not set(low[i + 1 : min(b, i + 8)]) & (lx.EXPORT_FLOWS | _IMPORT_WORDS)
    ]
    if apps and not verbs:
        # "put off for a week its ban on ... TikTok", "delaying enforcement of the ban on
        # TikTok", "revoked executive orders that sought to ban TikTok": the ban undone
        undo = [k for k in range(a, apps[0]) if low[k] in lx.REVERSE_VERBS]
        undo += [m.start for m in s.phrases("reverse", a, apps[0])]
        if undo:
            return [Trigger("sanction", min(undo), apps[0], reversed=True)]
        return [Trigger("sanction", apps[0], apps[0])]
    verbs.sort()
    # "removed more than 400 Iranian individuals and entities from its sanctions list"
    delisted = [
        k
        for k in rng
        if low[k] in _DELISTED
        and any(
            _sanctions_list(low, i) and "from" in low[max(k, i - 3) : i]
            for i in range(k + 1, min(len(low) - 1, k + 26))
        )
    ]
    if delisted and not verbs:
        return [Trigger("sanction", delisted[0], delisted[0], reversed=True)]
    if verbs:
        return [Trigger("sanction", verbs[0], verbs[0])]
    embargo = _all_trade(s, a, b, banned=True)
    if embargo:
        return [Trigger("sanction", embargo[0], embargo[0])]
    aid = _aid_cut(s, a, b)
    if aid is not None:
        return [Trigger("sanction", aid, aid)]
    linked = _links(s, a, b)
    if linked is not None and not nouns:  # a boycott: "closed their land, sea and air links"
        return [Trigger("sanction", linked[0], linked[0], reversed=linked[1])]
    if not nouns:
        return []
    # "exempted India and six other economies from financial sanctions": lifted for them
    exempted = [
        k
        for k in range(a, nouns[0])
        if low[k] in _EXEMPTED and "from" in low[k + 1 : nouns[0]] and nouns[0] - k <= 12
    ]
    if exempted:
        return [Trigger("sanction", exempted[0], nouns[0], reversed=True)]
    # "won a one-year exemption from U.S. sanctions on Russian oil": sanctions lifted for it
    spared = [
        k
        for k in range(max(a, nouns[0] - 5), nouns[0])
        if low[k] in lx.RELIEF_NOUNS and "from" in low[k + 1 : nouns[0]]
    ]
    if spared:
        return [Trigger("sanction", spared[0], nouns[0], reversed=True)]
    change = [i for i in rng if low[i] in lx.RAISE_VERBS | lx.REVERSE_VERBS | gr.THREAT]
    change += [i for i in rng if low[i] in {"reimposition", "imposition", "reinstatement"}]
    # "ordered a freeze on the assets of ...": a sanction ordered
    change += [
        i for i in rng if low[i] in {"ordered", "orders"} and set(range(i + 1, i + 4)) & set(nouns)
    ]
    # "signed into law on Thursday the toughest U.S. sanctions yet on Iran"
    change += [i for i in rng if low[i] in _SIGNED and low[i + 1 : i + 3] == ["into", "law"]]
    # "Taiwan will join international economic sanctions against Russia": others' sanctions
    # taken up (not "countries that joined the sanctions", nor "refusing to join" them)
    change += [
        i
        for i in rng
        if low[i] in _JOIN
        and set(range(i + 1, i + 5)) & set(nouns)
        and low[i - 1] not in {"that", "which", "who"}
        and not set(low[max(a, i - 3) : i]) & _REFUSING
    ]
    change += [m.start for m in s.phrases("reverse", a, b)]
    # (not an adjective: "lifted an arms embargo and targeted sanctions it had imposed")
    change = [
        i
        for i in change
        if not adjectival(s, i)
        and not (low[i] == "targeted" and low[i + 1 : i + 2] and low[i + 1] in lx.SANCTION_NOUNS)
    ]
    head = nearest(change, nouns[0], u)
    if head is None:
        return []
    named = any(m.type in {"country", "leader"} and a <= m.start < b for m in s.marks)
    if (
        # (or the ban told earlier in the sentence: "ordered a ban on all trade with
        # Nicaragua, ... and the White House said the embargo would take effect next Tuesday")
        (not named or _all_trade(s, 0, a, banned=True))
        and low[nouns[0] - 1 : nouns[0]] == ["the"]
        and s.phrases("takes_effect", head, head + 1)
    ):
        return []  # "The embargo takes effect at 12:01 a.m. Wednesday": the one told before
    rev = low[head] in lx.REVERSE_VERBS or head in {m.start for m in s.phrases("reverse", a, b)}
    # "its embargo on Western meat, fish and milk": an import ban of goods, no sanction; "the
    # partial embargo on grain sales to the Soviet Union": sales barred, an export control
    named_embargo = low[nouns[0]].startswith("embargo")
    sold = named_embargo and bool(set(low[nouns[0] + 1 : nouns[0] + 6]) & _SALES_BARRED)
    goods = named_embargo and any(
        m.type == "product" and nouns[0] < m.start <= nouns[0] + 4 for m in s.marks
    )
    kind = "export_control" if sold else "purchase_cut" if goods else "sanction"
    return [Trigger(kind, head, nouns[0], rev)]


#: Verbs that stop flights or visits, and the nouns of what they stop.
_FLIGHTS_STOP = lx.forms("suspend", "halt", "end", "cancel") | {"banned", "bans", "banning"}
_AIR_SERVICES = (["air", "services"], ["air", "service"], ["flights"], ["air", "links"])
_VISITS = frozenset({"visits"})
#: Verbs that bar carriers from flying somewhere, and the carriers.
_FLIGHT_BARS = lx.forms("ban", "bar") | {"banned", "banning", "barred", "barring"}
_CARRIERS = frozenset({"airlines", "carriers"})


def _flights_or_visits_stopped(s: Sentence, i: int, b: int) -> bool:
    """Whether the verb at ``i`` is a government stopping flights or military visits.

    "Britain, West Germany, Norway, Denmark and Switzerland suspended air services with the
    Soviet Union", "banning Russian airlines from flying passengers to Georgia", "Georgian
    carriers will be barred from Russian airports", "halted visits between American and
    Chinese military leaders": a sanction (the sets label them so).  Not a flight stop told
    as background ("had suspended"), in the passive ("flights ... were suspended": no
    government named), nor an airline's own ("Saudia said it would suspend flights to
    Toronto": its subject a firm).
    """
    low = s.lower
    if low[i - 1 : i] in (["had"], ["were"], ["was"], ["been"]) or adjectival(s, i):
        return False
    near = range(i + 1, min(b, i + 5))
    # "temporarily banning Russian airlines from flying passengers to Georgia"
    carriers = next((k for k in near if low[k] in _CARRIERS), None)
    if (
        low[i] in _FLIGHT_BARS
        and carriers is not None
        and low[carriers + 1 : carriers + 3] == ["from", "flying"]
    ):
        return any(
            m.type == "country"
            and carriers + 3 < m.start <= carriers + 7
            and low[m.start - 1] == "to"
            for m in s.marks
        )
    # "Georgian carriers will be barred from Russian airports"
    if (
        low[i] in _FLIGHT_BARS
        and set(low[max(0, i - 4) : i]) & _CARRIERS
        and low[i + 1 : i + 2] == ["from"]
        and set(low[i + 2 : i + 5]) & {"airports", "airspace"}
    ):
        return True
    if low[i] not in _FLIGHTS_STOP:
        return False
    air = next((k + len(w) for k in near for w in _AIR_SERVICES if low[k : k + len(w)] == w), None)
    if air is not None:
        # (not an airline's own flights: "Saudia said it would suspend its flights to Toronto")
        if any(m.type == "company" and m.start < i for m in s.marks):
            return False
        return low[air : air + 1] in (["with"], ["to"], ["between"]) and any(
            m.type == "country" and air < m.start <= air + 3 for m in s.marks
        )
    # "halted visits between American and Chinese military leaders"
    k = next((k for k in near if low[k] in _VISITS), None)
    if k is None:
        return False
    return "military" in low[i + 1 : min(b, k + 6)] and any(
        m.type == "country" and k < m.start <= k + 4 for m in s.marks
    )


def _sale_agreed(s: Sentence, i: int, b: int) -> bool:
    """Whether "sell" at ``i`` is a sale agreed of so many goods, or a sum's, to a country.

    "Leyland Motors has agreed to sell 450 buses and spare parts worth about 10 million
    pounds to Cuba": the country the goods go to buys them (a purchase commitment).
    """
    low = s.lower
    if low[i] != "sell" or low[i - 1 : i] != ["to"]:
        return False
    if not set(low[max(0, i - 4) : i - 1]) & lx.COMMIT_VERBS:
        return False
    counted = low[i + 1 : i + 2] and (low[i + 1][:1].isdigit() or low[i + 1] in _COUNTS)
    if not counted and not any(m.type == "money" and i < m.start <= i + 8 for m in s.marks):
        return False
    return any(
        m.type == "country" and low[m.start - 1] == "to" and i + 2 < m.start < min(b, i + 24)
        for m in s.marks
    )


#: Nouns of sales an embargo bars ("an embargo on arms sales to China").
_SALES_BARRED = frozenset({"sales", "exports", "shipments", "deliveries"})
#: Verbs that begin a flow of purchases ("began importing", "has begun receiving").
_BEGAN = frozenset({"began", "begun", "begins", "started", "starts"})
#: Arms a government supplies another with ("would supply Egypt with drones").
_ARMS = frozenset({"drones", "weapons", "arms", "jets", "missiles", "ammunition", "tanks",
                   "helicopters", "frigates", "warships", "howitzers"})  # fmt: skip
#: Verbs that break off dealings ("freeze all contracts with", "suspended economic relations
#: with"), and those dealt with (a country's "companies", "firms", "officials").
_DEALINGS_CUT = lx.forms("freeze", "suspend", "sever", "halt") | {"froze", "frozen"}
_DEALERS = frozenset({"companies", "firms", "businesses", "officials", "entities"})


#: Forms of *sign* ("signed into law").
_SIGNED = lx.forms("sign")
#: Verbs that take up others' sanctions ("will join international economic sanctions").
_JOIN = lx.forms("join")
#: Verbs that refuse what follows them ("refusing to join Western sanctions").
_REFUSING = lx.forms("refuse", "decline", "reject") | {"not", "never"}


#: Verbs that make importers ask for a licence ("began requiring licences for imported cars").
_REQUIRE = lx.forms("require", "impose", "introduce", "demand")


def _import_licences(s: Sentence, a: int, b: int) -> list[int]:
    """Where a clause makes imports wait for a licence (a barrier to purchases).

    "began requiring licences for all imported cars", "imposed import licences on 600
    products".
    """
    low = s.lower
    return [
        i
        for i in range(a, b)
        if low[i] in _REQUIRE
        and any(
            low[k] in _LICENCES
            and (
                low[k - 1] in {"import", "non-automatic"}
                or any(w.startswith("import") for w in low[k + 1 : min(b, k + 6)])
            )
            and "export" not in low[i:k]
            # (past "non-automatic", three tokens: "will require non-automatic import licences")
            for k in range(i + 1, min(b, i + 7))
        )
    ]


def _imports_barred_passive(s: Sentence, a: int, b: int) -> list[int]:
    """Where a passive clause bars imports from now on (a purchase cut).

    "imports of cars and some other consumer goods will be suspended for three months",
    "licences would be required for imports of some consumer durables from next month": the
    imports (or the licences they need) the subject of a passive step due or taken, not one
    told as history ("have been banned since 1987", "had been halted since July").
    """
    low = s.lower
    found = []
    for i in range(a + 1, b):
        told = "since" in low[i:b] or "had" in low[a:i]
        if low[i - 1] not in {"be", "been"} or told:
            continue
        barred = low[i] in _IMPORTS_BARRED and any(
            low[k : k + 2] == ["imports", "of"] for k in range(max(a, i - 12), i - 1)
        )
        licensed = (
            low[i] in {"required", "needed"}
            and any(low[k] in _LICENCES for k in range(max(a, i - 4), i - 1))
            and low[i + 1 : i + 3] == ["for", "imports"]
            # (a quota told with them is the measure: "Licences will also be required for
            # imports of cement, capped at 1.5 million tonnes")
            and not {"capped", "quota", "quotas"} & set(low[i:b])
        )
        if barred or licensed:
            found.append(i)
    return found


#: What a country "imports" in a figure of speech, no goods ("stop importing inflation").
_ILLS_IMPORTED = frozenset({"inflation", "deflation", "unemployment", "instability", "crises",
                            "crisis", "problems", "volatility"})  # fmt: skip

#: Passive verbs of a stop to imports ("imports of cars will be suspended").
_IMPORTS_BARRED = frozenset({"suspended", "banned", "halted", "prohibited", "stopped"})


#: Nouns of a licence on imports ("import licensing", "prior licenses", "import permits").
_LICENSING = _LICENCES | {"licensing", "licencing"}


def _licensing_abolished(s: Sentence, a: int, b: int) -> int | None:
    """Where a clause abolishes licences on all imports (a tariff cut), if it does.

    "import licensing would be abolished for all but a short list of goods", "most import
    bans and prior licenses would be abolished", "removed the requirement of prior import
    permits for some 3,600 tariff lines": licences on imports, named by "import" or
    "prior", abolished with no country's goods named (a country's or a company's permits
    suspended are a purchase cut).
    """
    low = s.lower
    if any(m.type == "country" and a <= m.start < b for m in s.marks) and not _lines_freed(
        low, a, b
    ):
        return None
    for k in range(a, b):
        if low[k] not in _LICENSING or not {"import", "prior"} & set(low[max(a, k - 5) : k]):
            continue
        verb = next(
            (
                i
                for i in [*range(k + 1, min(b, k + 5)), *range(k - 1, max(a, k - 8) - 1, -1)]
                if low[i] in _FREED_OF
            ),
            None,
        )
        if verb is not None and (
            verb > k or _lines_freed(low, a, b) or "requirement" not in low[verb:k]
        ):
            return verb
    return None


def _lines_freed(low: list[str], a: int, b: int) -> bool:
    """Whether a clause counts the goods freed in tariff lines ("for some 3,600 tariff lines")."""
    return any(low[k : k + 2] == ["tariff", "lines"] for k in range(a, b - 1))


#: Verbs that abolish a licence on imports.
_FREED_OF = lx.forms("abolish", "remove", "eliminate", "scrap")


def _import_rule_dropped(s: Sentence, a: int, b: int) -> int | None:
    """Where a clause drops a rule that held imports back (a purchase cut reversed), if any.

    A verb that scraps, lifts or puts off, then within a few words a rule, requirement or
    system, and after it importers made to obtain approval, a licence or a permit ("scrapped
    a requirement for importers of electronics ... to obtain technical approval"), import
    licences ("scrapped the SIRA system of import licences") or tests on goods imported
    ("put off a rule requiring pesticide residue tests on vegetables and fruits imported
    from India").
    """
    low = s.lower
    for i in range(a, b):
        if low[i] not in _RULE_DROPPED and not (
            low[i] in {"put", "puts"} and low[i + 1 : i + 2] == ["off"]
        ):
            continue
        rule = next((k for k in range(i + 1, min(b, i + 6)) if low[k] in _IMPORT_RULES), None)
        if rule is None:
            continue
        told = low[rule + 1 : min(b, rule + 20)]
        permits = set(told) & (_LICENCES | _APPROVALS)
        if (
            ("importers" in told and permits)
            or ("import" in told and permits)
            or (set(told) & _GOODS_TESTS and "imported" in told)
        ):
            return i
    return None


#: Verbs that drop a rule, the rules that hold imports back, and the checks they order.
_RULE_DROPPED = lx.forms("scrap", "drop", "abolish", "lift", "remove", "end", "suspend",
                         "postpone", "delay", "waive", "cancel", "rescind", "revoke")  # fmt: skip
_IMPORT_RULES = frozenset({"requirement", "requirements", "rule", "rules", "system", "regime"})
_GOODS_TESTS = frozenset({"tests", "test", "checks", "inspections", "testing"})


def _financial_system(low: list[str], i: int, b: int) -> bool:
    """Whether the bar at ``i`` shuts someone out of a financial system (a sanction).

    "barred ... from the U.S. financial system", "cut Sberbank ... off from the SWIFT
    messaging system".
    """
    after = low[i + 1 : min(b, i + 22)]
    # (or the banks' messaging system: "to cut Sberbank ... off from the SWIFT messaging
    # system")
    return any(
        after[j : j + 2] == ["financial", "system"]
        or (after[j] == "swift" and "off" in after[:j] and low[i] == "cut")
        for j in range(len(after))
    )


#: Dealings a sanction bars ("from doing business with", "from dealing with").
_DEALINGS = (["doing", "business"], ["dealing"], ["transacting"], ["trading"], ["dealings"])
#: Words before the bar that make it a sanction told before ("The sanctions ... bar Americans
#: from dealing with them").
_TOLD_MEASURES = frozenset({"measures", "measure", "order", "designations", "designation"})


def _dealings_barred(s: Sentence, seg: Segment) -> Trigger | None:
    """People or firms barred from doing business with someone: a sanction.

    "China on Wednesday banned Chinese companies and individuals from doing business with two
    Lithuanian banks"; not the effect of sanctions told before ("The sanctions freeze any
    assets ... and bar Americans from dealing with them").
    """
    low = s.lower
    a, b = seg.start, seg.end
    for i in range(a, b):
        # (active, by a named subject: not "would be barred from dealing with them")
        if (
            low[i] not in _BARS
            or adjectival(s, i)
            or low[i - 1 : i] in (["be"], ["been"], ["were"], ["was"], ["are"], ["is"])
            or not any(m.type in {"country", "leader"} and a <= m.start < i for m in s.marks)
        ):
            continue
        at = next((k for k in range(i + 1, min(b, i + 12)) if low[k] == "from"), None)
        if at is None or not any(low[at + 1 : at + 1 + len(w)] == w for w in _DEALINGS):
            continue
        if set(low[a:i]) & (lx.SANCTION_NOUNS | _TOLD_MEASURES):
            return None
        return Trigger("sanction", i, at)
    return None


#: Verbs that close ports (ships are barred by :data:`_BARS`); ships, and what they are
#: barred from.
_PORTS_CLOSED = lx.forms("close", "shut")
_SHIPS = frozenset({"ships", "vessels", "ship", "vessel", "tankers", "boats", "aircraft",
                    "airlines", "planes", "trawlers"})  # fmt: skip
#: What is closed to them ("its ports", "its own waters", "its airspace").
_CLOSED_TO_SHIPS = frozenset({"ports", "waters", "airspace"})
_CALLS = frozenset({"docking", "calling", "entering", "using", "berthing", "mooring"})


#: Verbs and nouns that stop a purchase of a firm ("blocked the takeover", "a veto of").
_BLOCKS = lx.forms("block", "veto", "prohibit", "forbid") | {"forbade", "vetoes", "veto"}
#: What they stop: a firm bought.
_TAKEOVERS = frozenset({"takeover", "acquisition", "purchase", "bid"})


def _takeover_blocked(s: Sentence, seg: Segment) -> list[Trigger]:
    """A government's veto of a firm's takeover, in a clause: a sanction of the buyer.

    "The Italian government has used its "golden power" to block the acquisition of
    Verisem ... by Syngenta", "approving a veto of Yantai Taihai's planned purchase of
    Leifeld Metal Spinning", "cleared the way to block a Chinese takeover of a German
    company": a vetoed takeover is a sanction in the sets (the buyer's country its target),
    as an order barring a fund from acquiring a firm is.
    """
    low = s.lower
    a, b = seg.start, seg.end
    for i in range(a, b):
        if low[i] not in _BLOCKS or low[i - 1 : i] in (["be"], ["been"], ["was"], ["were"]):
            continue
        k = i + 1 + (low[i] in {"veto", "vetoes"} and low[i + 1 : i + 2] == ["of"])
        # (past an article, an owner's name and "planned": "a veto of Yantai Taihai's planned
        # purchase of Leifeld")
        took = next((j for j in range(k, min(b, k + 6)) if low[j] in _TAKEOVERS), None)
        if (
            took is not None
            and "," not in low[k:took]
            and (low[took] != "purchase" or low[took + 1 : took + 2] == ["of"])
            and (low[took] != "bid" or low[took + 1 : took + 2] == ["for"])
            and any(m.type in {"country", "leader"} and a <= m.start < i for m in s.marks)
        ):
            return [Trigger("sanction", i, took)]
    return []


#: Verbs that break off relations between governments ("broke off diplomatic relations").
_RELATIONS_BROKEN = lx.forms("break", "cut", "sever", "suspend") | {"broke", "broken", "severed"}
#: What is broken: relations or ties, diplomatic ones.
_RELATIONS = frozenset({"relations", "ties"})
#: Measures told with a break in one sentence, which stand for the sanction.
_BROKEN_WITH = frozenset({"embargo", "boycott", "links", "sanctions", "trade", "closed", "shut"})


def _relations_broken(s: Sentence, seg: Segment) -> list[Trigger]:
    """Diplomatic relations broken off with a country, in a clause: a sanction.

    "Afghanistan broke off diplomatic relations with Pakistan on Sept. 6", "Saudi Arabia and
    Kuwait broke diplomatic relations with Egypt", "cut diplomatic ties with Qatar": the
    sanction the latest labelled sets name (not relations "established", nor trade ties).
    """
    low = s.lower
    a, b = seg.start, seg.end
    found = []
    for i in range(a, b):
        # (not a relative clause's background: "Petro, who broke off diplomatic relations
        # with Israel in May, had ...")
        if low[i] not in _RELATIONS_BROKEN or adjectival(s, i) or low[i - 1] in {"who", "which"}:
            continue
        k = i + 1 + (low[i + 1 : i + 2] == ["off"])
        k += low[k : k + 1] in (["its"], ["their"], ["all"])
        if (
            low[k : k + 1] == ["diplomatic"]
            and low[k + 1 : k + 2]
            and low[k + 1] in _RELATIONS
            and low[k + 2 : k + 3] == ["with"]
            and any(m.type == "country" and m.start in (k + 3, k + 4) for m in s.marks)
            # (a break told with the measures it comes with is one sanction, theirs: "cut
            # diplomatic ties with Qatar on Monday and closed their land, sea and air links")
            and not set(low[k + 2 :]) & _BROKEN_WITH
        ):
            found.append(Trigger("sanction", i, k + 1))
    return found


#: Verbs that call a government's envoys home ("recalled its ambassador").
_RECALLED = frozenset({"recalled", "recalls", "recalling", "recall"})
#: The envoys recalled.
_ENVOYS = frozenset(
    {"ambassador", "ambassadors", "envoy", "envoys", "commissioner", "commissioners"}
)
#: Words of the measures a recall is told with, which stand for the sanction (they are the
#: labelled sets' event: "halted all imports from Lebanon", "froze new yen loans").
_RECALLED_WITH = _BROKEN_WITH | {
    "halted", "froze", "frozen", "imports", "products", "borders", "loans", "downgraded",
    "expelled", "summoned", "cancel", "scrap",
}  # fmt: skip


#: Verbs that call in another government's envoy, and the purposes that date a summons.
_SUMMONED = frozenset({"summoned", "summons", "summon"})
_PROTESTS = frozenset({"protest", "express", "complain", "convey", "deliver", "lodge", "seek"})


def _envoys_summoned(s: Sentence, seg: Segment) -> list[Trigger]:
    """Another country's envoy called in, in a clause: talks held (or, to come, scheduled).

    "Foreign Minister Salaheddine Mezouar summoned Sweden's ambassador in Rabat on Monday
    to express Morocco's deep concern", "summoned the German ambassador to protest", "he
    would summon the Russian ambassador": the meeting the labelled sets name (not a bare
    "summoned the French ambassador" with no day or errand, as they leave it, nor one told
    before: "had summoned", "at the time").
    """
    low = s.lower
    a, b = seg.start, seg.end
    for i in range(a, b):
        if low[i] not in _SUMMONED or adjectival(s, i):
            continue
        envoy = next((k for k in range(i + 1, min(b, i + 6)) if low[k] in _ENVOYS), None)
        if envoy is None and "charge" in low[i + 1 : i + 6]:
            envoy = low.index("charge", i + 1)
        before = set(low[max(a, i - 3) : i])
        if envoy is None or before & {"had", "since"} or "time" in low[envoy:b]:
            continue
        if before & {"will", "would", "to"}:
            return [Trigger("talks_scheduled", i, envoy)]
        dated = any(i < start < b for _, start, _ in s.dates)
        errand = any(
            low[k] == "to" and low[k + 1] in _PROTESTS for k in range(envoy, min(b - 1, envoy + 12))
        )
        if dated or errand:
            return [Trigger("talks_held", i, envoy)]
    return []


#: Verbs of an envoy's call on an official ("called on", "will call on").
_CALLS_ON = frozenset({"called", "call", "calls", "calling"})
#: Envoys who call on another government (not a commissioner's appeal: "called on China to").
_CALLERS = frozenset({"ambassador", "ambassadors", "envoy", "envoys", "charge"})
#: Who an envoy calls on: a minister, a head of government or a ministry.
_CALLED_ON = frozenset(
    {"minister", "ministry", "office", "president", "premier", "secretary", "chancellor",
     "commissioner", "department", "foreign", "prime"}
)  # fmt: skip


def _envoy_calls(s: Sentence, seg: Segment) -> list[Trigger]:
    """An envoy calling on another government's minister or ministry: talks held (or to come).

    "Ambassador Lincoln Gordon called on Foreign Minister Francisco Clementino San Tiago
    Dantas in Rio de Janeiro on Friday to express concern", "The Persian Ambassador in London
    called on the Foreign Office this afternoon to protest", "The American Ambassador, Rudolf
    Schoenfeld, is to call on Foreign Minister Raul Osegueda tomorrow": the meeting the
    labelled sets name (not an appeal, which no envoy makes: "called on Syrian President
    Bashar al-Assad to step down"; nor one told before: "had called on").
    """
    low = s.lower
    for i in range(seg.start, seg.end - 1):
        if low[i] not in _CALLS_ON or low[i + 1] != "on" or adjectival(s, i):
            continue
        envoy = next((k for k in range(i - 1, max(-1, i - 13), -1) if low[k] in _CALLERS), None)
        k = i + 2 + (low[i + 2 : i + 3] == ["the"])
        before = set(low[max(0, i - 3) : i])
        if envoy is None or not set(low[k : k + 2]) & _CALLED_ON or before & {"had", "since"}:
            continue
        kind = "talks_scheduled" if before & {"will", "would", "to"} else "talks_held"
        return [Trigger(kind, i, envoy)]
    return []


def _envoys_recalled(s: Sentence, seg: Segment) -> list[Trigger]:
    """A government's envoys called home, in a clause: a sanction.

    "The Philippines recalled its ambassador and consuls from Canada on Thursday", "Moscow
    has also recalled its ambassador, Alexander Abramov, from Tel Aviv", "Chile said it was
    recalling its ambassador for consultations": the diplomatic sanction the labelled sets
    of the last years name (not one told before, "had recalled", "has since recalled", nor
    a recall told with the measures it comes with, which are the event).
    """
    low = s.lower
    a, b = seg.start, seg.end
    found: list[Trigger] = []
    if set(low) & _RECALLED_WITH:
        return found
    for i in range(a, b):
        if low[i] not in _RECALLED or adjectival(s, i) or low[i - 1] in {"who", "which"}:
            continue
        if set(low[max(a, i - 3) : i]) & {"had", "since", "would", "could", "might", "to"}:
            continue
        # (its own envoys: not "recalling ambassadors would end any influence")
        if low[i + 1 : i + 2] not in (["its"], ["their"], ["his"], ["her"]):
            continue
        k = i + 2 + (low[i + 2 : i + 3] == ["high"])
        # (nor a recall dated by its month or year, told as background: "recalled its
        # ambassador to Paris in July after ...")
        dated = any(
            low[j] == "in" and (low[j + 1] in gr.MONTHS or low[j + 1].isdigit())
            for j in range(k, min(b, k + 8) - 1)
        )
        if low[k : k + 1] and low[k] in _ENVOYS and not dated:
            found.append(Trigger("sanction", i, k))
    return found


#: Verbs that take a firm's assets into a state's hands ("nationalized the assets of").
_NATIONALISED = frozenset(
    {"nationalized", "nationalised", "nationalizes", "nationalises", "nationalizing",
     "nationalising", "expropriated", "expropriates", "seized", "seizes", "seizing"}
)  # fmt: skip
#: Verbs that order a seizure, and the nouns of one ("ordered the nationalisation of").
_ORDERED = frozenset({"ordered", "orders", "decreed", "decrees"})
_SEIZURES = frozenset({"nationalisation", "nationalization", "expropriation"})


def _seizure_noun(low: list[str], i: int, b: int) -> int | None:
    """Where the seizure that the verb at ``i`` orders stands ("ordered the nationalisation")."""
    k = i + 2 if low[i + 1 : i + 2] == ["the"] else i + 1
    return k if k < b and low[k] in _SEIZURES else None


#: Verbs of taking over ("took over the Russian assets of").
_TOOK = frozenset({"took", "taken", "taking", "takes"})
#: Verbs that put a firm under the state's hand ("placed ... under the trusteeship of").
_PLACED = frozenset({"placed", "placing", "places", "put", "puts"})
#: What a firm is put under.
_STATE_HANDS = frozenset({"trusteeship", "control", "management", "administration"})
#: What is seized of a firm: its assets and the firms themselves.
_FIRMS_ASSETS = frozenset(
    {"firms", "companies", "company", "assets", "subsidiaries", "subsidiary", "units",
     "property", "banks", "bank", "mines", "plants", "interests", "stake", "operations",
     "refineries", "businesses", "enterprises", "estates", "holdings"}
)  # fmt: skip
#: Spans of time before "after" that date a seizure told as background ("six months after").
_SPANS_OF_TIME = frozenset({"days", "weeks", "months", "years", "day", "week", "month", "year"})
#: Words before a seizure that make it one told before or one to come.
_NOT_SEIZED_NOW = frozenset(
    {"had", "after", "since", "when", "which", "who", "until", "before", "would", "could",
     "might", "if", "to", "promised"}
)  # fmt: skip


def _firms_seized(s: Sentence, seg: Segment) -> list[Trigger]:
    """A foreign firm's assets taken into the state's hands, in a clause: a sanction.

    "Libya today nationalized the assets of British Petroleum in the country", "Germany
    placed the German subsidiaries of Russian oil major Rosneft under the trusteeship of its
    energy regulator", "Russia has taken temporary control of the local subsidiaries of
    French food group Danone", "his government was taking over 41 British-owned firms": the
    seizure the labelled sets name, its object a company or a country's firms (not "seized
    power", "the nationalised mines", nor one told before or promised: "had promised to
    nationalize the mines").
    """
    low = s.lower
    a, b = seg.start, seg.end
    found = []
    for i in range(a, b):
        if adjectival(s, i) or set(low[max(a, i - 4) : i]) & _NOT_SEIZED_NOW:
            continue
        # (nor one dated by the time since: "six months after the military government of
        # Gen. Juan Velasco Alvarado seized the Standard Oil of New Jersey subsidiary's oil
        # field")
        if any(
            low[k] == "after" and low[k - 1] in _SPANS_OF_TIME for k in range(max(a, i - 12), i)
        ):
            continue
        if _passive_seizure(low, i):
            # "Two Indian banks, the Bank of India and the Bank of Baroda, were also taken
            # over", "The Dutch Algemene Bank Nederland was nationalised along with them": the
            # firm seized is the clause's subject, its seizer told before
            span = range(a, i)
        elif low[i] in _NATIONALISED:
            span = range(i + 1, min(b, i + 14))
        elif low[i] in _ORDERED and _seizure_noun(low, i, b) is not None:
            # "ordered the nationalisation on Tuesday of Transportadora de Electricidad (TDE),
            # the country's main power grid operator, a subsidiary of Spain's Red Electrica":
            # a seizure ordered, its firm (and whose it is) told past asides, which may end
            # the clause
            span = range(i + 2, min(len(low), i + 26))
        elif low[i] in _TOOK and (
            low[i + 1 : i + 2] == ["over"] or low[i + 1 : i + 3] == ["temporary", "control"]
        ):
            span = range(i + 2, min(b, i + 16))
        elif low[i] in _REVOKED and (grant := _grant_revoked(low, i, b)) is not None:
            # "revoked the environmental approval for the $20 billion Sakhalin-2 oil and gas
            # project led by Royal Dutch Shell": a firm's licence to work taken away
            span = range(grant + 1, min(b, grant + 16))
        elif low[i] in _PLACED:
            under = next((k for k in range(i + 2, min(b, i + 14)) if low[k] == "under"), None)
            if under is None or not set(low[under + 1 : under + 5]) & _STATE_HANDS:
                continue
            span = range(i + 1, under)
        else:
            continue
        company = any(m.type == "company" and m.start in span for m in s.marks)
        # (another country's firms: not "nationalised Mexico's private banks", "Cuba
        # nationalized 382 Cuban and foreign businesses", the subject's own)
        own = {
            m.code
            for m in s.marks
            if m.type in {"country", "leader"} and m.start < min(i, span.start)
        }
        foreign = any(
            m.type == "country" and m.start in span and m.code not in own for m in s.marks
        ) and bool(set(low[span.start : span.stop]) & _FIRMS_ASSETS)
        # (not "seized power"; "nationalised the power grid unit of Red Electrica" is a firm)
        if (company or foreign) and low[span.start : span.start + 1] != ["power"]:
            found.append(Trigger("sanction", i, i))
            break
    return found


#: Verbs that take back what a state granted a firm, and what it granted.
_REVOKED = frozenset({"revoked", "revokes", "cancelled", "canceled", "annulled", "rescinded"})
_GRANTS = frozenset(
    {"approval", "concession", "concessions", "licence", "license", "licences", "licenses",
     "permit", "permits"}
)  # fmt: skip
#: Words of a trade permit, whose loss stops a flow of goods (a purchase cut or a control).
_TRADE_PERMITS = frozenset({"import", "export", "imports", "exports", "soybean", "trading"})


def _grant_revoked(low: list[str], i: int, b: int) -> int | None:
    """Where the grant to work that the verb at ``i`` revokes stands, or None.

    "revoked the environmental approval for ...", "cancelled the mining licence of ...";
    not a trade permit ("revoked the export permits of Richardson International", which the
    sets label a purchase cut) nor a licence to sell ("licenses that allowed Intel ... to
    sell chips to Huawei", an export control).
    """
    k = next((k for k in range(i + 1, min(b, i + 5)) if low[k] in _GRANTS), None)
    # (nor one for trade told after it: "revoked some licenses for exports to Huawei")
    if k is None or set(low[i + 1 : k + 3]) & _TRADE_PERMITS:
        return None
    return None if low[k + 1 : k + 2] in (["that"], ["which"], ["to"]) else k


def _passive_seizure(low: list[str], i: int) -> bool:
    """Whether ``i`` is a seizure told in the passive ("were also taken over", "was seized")."""
    k = i - 1 - (low[i - 1 : i] == ["also"])
    if low[k : k + 1] not in (["was"], ["were"]):
        return False
    return low[i] in _NATIONALISED or (low[i] == "taken" and low[i + 1 : i + 2] == ["over"])


def _port_bans(s: Sentence, seg: Segment) -> list[Trigger]:
    """Ports closed to a country's ships, or ships barred from ports, in a clause.

    "has closed its ports to Israeli ships", "has barred Turkish vessels from calling at
    Israeli ports", "will bar ships carrying fuel for the Israeli armed forces from docking at
    Spanish ports": each a sanction.
    """
    low = s.lower
    a, b = seg.start, seg.end
    found = []
    for i in range(a, b):
        if low[i] in _PORTS_CLOSED and not adjectival(s, i):
            port = next(
                (k for k in range(i + 1, min(b, i + 4)) if low[k] in _CLOSED_TO_SHIPS), None
            )
            if (
                port is not None
                and low[port + 1 : port + 2] == ["to"]
                and set(low[port + 2 : min(b, port + 7)]) & _SHIPS
            ):
                found.append(Trigger("sanction", i, port))
        if low[i] in _BARS and not adjectival(s, i):
            ships = next((k for k in range(i + 1, min(b, i + 4)) if low[k] in _SHIPS), None)
            barred = next((k for k in range(i + 2, min(b - 1, i + 14)) if low[k] == "from"), None)
            if (
                ships is not None
                and barred is not None
                and low[barred + 1] in _CALLS
                and "ports" in low[barred + 2 : min(b, barred + 6)]
            ):
                found.append(Trigger("sanction", i, ships))
    return found


def _sanctions_list(low: list[str], i: int) -> bool:
    """Whether a list of sanctioned names starts at ``i``.

    "the EU sanctions list", "its list of state sponsors of terrorism", "the terrorism list",
    "its list of companies it says work with China's military" (the Pentagon's list of
    Chinese military companies).
    """
    return (
        (
            low[i] in {"sanctions", "sanction", "terrorism", "terror"}
            and low[i + 1 : i + 2] == ["list"]
        )
        or (low[i] == "list" and low[i + 1 : i + 4] == ["of", "state", "sponsors"])
        or (
            low[i] == "list"
            and low[i + 1 : i + 3] in (["of", "companies"], ["of", "firms"], ["of", "entities"])
            and "military" in low[i + 3 : i + 14]
        )
    )


def _foreign_goods_sold(s: Sentence, i: int, b: int) -> bool:
    """Whether ``i`` stops the sale of another country's goods: a retailer's boycott.

    "its members have stopped selling Japanese beer", "would stop selling Turkish
    products": a country's goods right after *selling*, none sold *to* anyone.
    """
    low = s.lower
    return (
        low[i] in _STOPS
        and low[i + 1 : i + 2] == ["selling"]
        and any(m.type == "country" and m.start == i + 2 for m in s.marks)
        and "to" not in low[i + 2 : min(b, i + 8)]
    )


def _boycotts(s: Sentence, a: int, b: int) -> list[int]:
    """Boycotts of a country's goods: the verb, or the call for one ("called for a boycott").

    "threatened to boycott American electronic goods", "consumers are boycotting Japanese
    goods", "called on Oct. 3 for a boycott of 'everything Turkish'": a purchase cut (a
    call for one is a threat, status.py), not of a meeting or a vote.
    """
    low = s.lower
    out = []
    for i in range(a, b):
        if low[i] not in _BOYCOTT:
            continue
        after = range(i + 1, min(b, i + 8))
        goods = any(m.type in {"country", "product"} and m.start in after for m in s.marks)
        if not goods or adjectival(s, i):
            continue
        calls = [k for k in range(max(a, i - 8), i) if low[k] in gr.CALL_VERBS]
        out.append(calls[-1] if calls else i)
    return out


_STOPS = frozenset({"stop", "stops", "stopped", "stopping", "halt", "halted", "cease", "ceased"})
_BOYCOTT = lx.forms("boycott")


#: Verbs that turn goods away, and what they turn away ("rejected two shipments of wheat").
_REJECT = lx.forms("reject")
_REFUSE = lx.forms("refuse")
#: Verbs that stop a flow of goods taken in ("have stopped accepting shipments").
_STOPPED_TAKING = lx.forms("stop", "cease")
#: Words of a buyer that stops taking deliveries ("importers stopped deliveries of").
_BUYERS_STOP = frozenset({"importers", "buyers", "refiners", "customers", "mills", "customs",
                          "inspections", "inspectors"})  # fmt: skip
#: Aircraft a government may hold back from a buyer ("28 F-16 fighter aircraft").
_AIRCRAFT = frozenset({"aircraft", "fighter", "fighters", "planes", "airliners", "jets"})
_CARGOES = frozenset({"cargo", "cargoes", "shipment", "shipments", "consignment",
                      "consignments"})  # fmt: skip
#: A country's exporters whose goods a buyer suspends ("five Australian beef plants").
_PLANTS = frozenset({"plants", "processors", "abattoirs", "exporters", "facilities",
                     "slaughterhouses", "establishments"})  # fmt: skip
#: Verbs that take a country's goods off sale ("pulled French goods", "withdraw French
#: products", "removed Danish goods").
_GOODS_PULLED = lx.forms("pull", "withdraw", "remove") | {"withdrew", "withdrawn"}
#: Verbs that clear goods from shops ("remove goods made in ... from their shelves").
_OFF_SHELVES = lx.forms("remove", "pull", "clear")
_TAKE = lx.forms("take")
#: A price refused ("would not buy its crude at the new price").
_PRICED = (["new", "price"], ["higher", "price"], ["the", "price"], ["new", "prices"])
#: Verbs that shut or reopen a border, and its crossings.
_SHUT = lx.forms("close", "shut", "seal")
_BORDER_REOPENED = lx.forms("reopen")
#: Nouns of a border's closing ("a total closure of the border with Brazil").
_CLOSURES = frozenset({"closure", "closures", "closing", "shutdown", "sealing"})
#: Verbs that order or weigh a closure (its subject, "The closure ... hurt", tells none).
_CLOSURE_ORDERED = lx.forms("order", "announce", "consider", "threaten", "decree", "approve",
                            "weigh", "propose") | {"considering", "weighing"}  # fmt: skip
#: Vehicles of goods turned back at a border ("began turning back lorries at Bajakovo").
_LORRIES = frozenset({"lorries", "trucks"})
#: Words of a count before the goods ordered ("ordered dozens of Airbus jets").
_COUNTS = frozenset({"dozens", "hundreds", "two", "three", "four", "five", "six", "seven",
                     "eight", "nine", "ten", "twelve", "twenty", "fifty", "more"})  # fmt: skip
#: Verbs that undo a deal to buy ("cancelled a deal to buy", "scrapped its contract to buy").
_CANCELLED = lx.forms("cancel", "scrap", "terminate", "annul", "revoke") | {"cancelled"}
#: Nouns of a deal to buy.
_PURCHASE_DEALS = frozenset({"deal", "contract", "agreement", "plan", "pledge", "commitment"})
#: Verbs that place an order ("placed orders for", "placed its first order for").
_ORDERING = lx.forms("place", "finalise", "finalize") | {"booked"}


def _contract_withdrawn(s: Sentence, i: int, b: int) -> bool:
    """Whether the verb at ``i`` withdraws a contract or order with a named seller.

    The verb, its object (past an amount in brackets), then the seller: a company or country
    after *with* or *from*, or after *for* and the goods ("cancelled a contract worth 56
    billion euros for 12 French-designed submarines").
    """
    low = s.lower
    if low[i] not in _CANCELLED:
        return False
    if low[max(0, i - 3) : i] in (["'s", "decision", "to"], ["'s", "move", "to"]):
        return False  # "the latest fallout from Canberra's decision to scrap ...": a cause
    paper = next(
        (
            k
            for k in range(i + 1, min(b, i + 13))
            if low[k] in {"order", "orders", "contract", "contracts"}
        ),
        None,
    )
    if paper is None or set(low[i + 1 : paper]) & {",", ".", ";", "and", "executive"}:
        return False  # (not "revoked executive orders": a government's own orders)
    return any(
        m.type in {"company", "country"}
        and paper < m.start <= paper + 10
        and (
            bool({"with", "from"} & set(low[paper + 1 : m.start]))
            # (the goods' maker right after "for" and their number, not "paid for would
            # cost Indonesia more than Brazil")
            or low[m.start - 1] == "for"
            or (low[m.start - 2] == "for" and low[m.start - 1][:1].isdigit())
        )
        for m in s.marks
    )


#: Verbs that withdraw an order ("will cancel an order for 49 jets").
_CANCEL = lx.forms("cancel") | {"cancelled", "canceled", "cancelling", "canceling"}
#: Verbs of goods bought by an amount, and the units of the amount.
_BOUGHT = frozenset({"booked", "ordered", "bought", "purchased", "booking", "ordering"})
_UNITS = frozenset({"tonnes", "tons", "tonne", "ton", "barrels", "bushels", "bales", "heads",
                    "cubic"})  # fmt: skip


def _amount_bought(s: Sentence, i: int, b: int) -> bool:
    """Whether the verb at ``i`` buys an amount of a country's goods.

    "ordered about 5,000 tonnes of Taiwanese pineapples", "booked about 150,000 tonnes of
    soyoil from Argentina and Brazil": the verb, an amount in tonnes (barrels, bushels), *of*
    and goods, with the country that sells them.
    """
    low = s.lower
    if low[i] not in _BOUGHT:
        return False
    if low[i - 2 : i] in (["which", "has"], ["which", "have"], ["that", "has"]):
        return False  # "China, which has bought about two million tonnes of French wheat"
    unit = next((k for k in range(i + 1, min(b, i + 6)) if low[k] in _UNITS), None)
    if unit is None or "of" not in low[unit + 1 : unit + 3]:
        return False
    goods = any(m.type == "product" and unit < m.start <= unit + 5 for m in s.marks)
    seller = any(m.type == "country" and unit < m.start <= unit + 9 for m in s.marks)
    return goods and seller


#: What an order is signed as ("signed an order for 100 Boeing jets").
_ORDER_PAPERS = frozenset({"order", "orders", "contract", "contracts"})


def _signed_for(s: Sentence, i: int, b: int) -> bool:
    """Whether a signing at ``i`` orders a number of a company's goods.

    "signed an order for 100 Boeing 737 MAX jets", "signed on Monday for up to 31 Boeing
    jets".
    """
    low = s.lower
    if low[i] not in {"signed", "signs", "sign", "signing"}:
        return False
    k = i + 1
    while k < b and (s.in_date(k) or low[k] in {"an", "a", "its", "their"} | _ORDER_PAPERS):
        k += 1
    papers = bool(set(low[i + 1 : k]) & _ORDER_PAPERS)
    if papers:
        k = _past_worth_and_seller(s, k, b)
    if low[k : k + 1] != ["for"]:
        return False
    k += 1
    if low[k : k + 2] == ["up", "to"]:
        k += 2
    if papers and low[k] in _ABOUT:
        k += 1
    # (past "of the new": "signed for 50 of the new Boeing jets")
    reach = 6 if low[k + 1 : k + 3] == ["of", "the"] else 3
    if not (k < b and (low[k].replace(".", "", 1).isdigit() or low[k] in _COUNTS)):
        return False
    if any(m.type == "company" and k < m.start <= k + reach for m in s.marks):
        return True
    # "signed a contract worth 16.5 trillion pesos with Swedish defence company Saab for
    # 17 Gripen fighter jets", "signed contracts for about 1.5 million bottles of Georgian
    # wine": a number of goods under a contract, from a seller named in the clause
    return (
        papers
        and any(m.type == "product" and k < m.start <= k + 6 for m in s.marks)
        and any(m.type in {"company", "country"} and i < m.start < b for m in s.marks)
    )


def _supplies_begun(s: Sentence, i: int, b: int) -> bool:
    """Whether goods begin to go to a country at ``i`` ("began flowing to Syria").

    A verb of supplying or flowing after "began", "has begun" or "started", the goods named
    around it, and "to" with a country after it.
    """
    low = s.lower
    if low[i] not in lx.BEGUN_FLOWS or low[i - 1 : i] not in ([w] for w in _BEGAN):
        return False
    goods = any(m.type == "product" and i - 6 <= m.start <= i + 6 for m in s.marks)
    return goods and any(
        m.type == "country" and low[m.start - 1] == "to" and i < m.start <= i + 10 for m in s.marks
    )


#: Words that start a flow ("has begun supplying", "began flowing").
_BEGAN = frozenset({"began", "begun", "started", "begins", "starts"})


def _purchase_agreement(s: Sentence, i: int, b: int) -> bool:
    """Whether a signing at ``i`` is of a buyer's purchase agreement with a named seller.

    "Inter State Gas Systems signed a gas sales and purchase agreement with Turkmenistan's
    state company Turkmengaz", "signed a purchase agreement with Boeing": the paper's own
    name says it buys (not "a supply agreement", which may be either side's).
    """
    low = s.lower
    if low[i] not in {"signed", "signs", "sign", "signing"}:
        return False
    paper = next(
        (
            k
            for k in range(i + 2, min(b, i + 8))
            if low[k] in _BUYING_PAPERS and low[k - 1] == "purchase"
        ),
        None,
    )
    return (
        paper is not None
        and low[paper + 1 : paper + 2] == ["with"]
        and any(
            m.type in {"company", "country"} and paper + 1 < m.start <= paper + 5 for m in s.marks
        )
    )


#: What a buyer signs ("a purchase agreement").
_BUYING_PAPERS = frozenset({"agreement", "agreements", "deal", "deals", "contract", "accord"})
#: Words of an approximate number ("for about 1.5 million bottles").
_ABOUT = frozenset({"about", "some", "nearly", "around", "almost", "roughly"})


def _past_worth_and_seller(s: Sentence, k: int, b: int) -> int:
    """The token past a contract's value and seller ("worth $4.4 billion with Saab").

    ``k`` is the token after the contract's noun; the value ("worth" and its amount in any
    currency, with any bracketed conversion) and the seller ("with" and a company or
    country) are passed in either order. ``k`` itself when neither follows.
    """
    low = s.lower
    for _ in range(2):
        if low[k : k + 1] == ["worth"]:
            # the amount in any currency, with any bracketed conversion, up to the next
            # "with" or "for" ("worth 16.5 trillion pesos (about $4.39 billion) with")
            ends = [
                j
                for j in range(k + 2, min(b, k + 14))
                if low[j] in {"with", "for"} and not set(low[k:j]) & {",", ";"}
            ]
            if not ends or not any(w.replace(".", "", 1).isdigit() for w in low[k : ends[0]]):
                return k
            k = ends[0]
        elif low[k : k + 1] == ["with"]:
            seller = [
                m for m in s.marks if m.type in {"company", "country"} and k < m.start <= k + 5
            ]
            if not seller:
                return k
            k = max(m.end for m in seller)
            if low[k : k + 1] == ["("] and ")" in low[k : k + 5]:
                k = low.index(")", k) + 1  # its short name: "Korea Aerospace Industries (KAI)"
        while k < b and s.in_date(k):
            k += 1
    return k


#: Words that make purchases, contracts or tenders the state's ("public tenders").
_STATE_BUYERS = frozenset({"public", "government", "state", "federal", "official"})
#: What the state buys through ("public procurement contracts", "government purchases").
_STATE_PURCHASES = frozenset(
    {"tenders", "tender", "procurement", "contracts", "contract", "purchases", "purchasing"}
)


def _state_purchases(low: list[str], a: int, b: int) -> bool:
    """Whether the state's purchases are named in ``low[a:b]`` ("government contracts").

    "public procurement", "state tenders", "government purchases": a noun for buying by
    tender, owned by the state; "procurement" alone is the state's.
    """
    return any(
        low[k] == "procurement"
        or (low[k] in _STATE_BUYERS and low[k + 1 : k + 2] and low[k + 1] in _STATE_PURCHASES)
        for k in range(a, b)
    )


#: Verbs that give the state's contracts to a bidder; verbs that lose them.
_AWARD = lx.forms("award", "grant")
_LOSE = frozenset({"lose", "loses", "losing", "lost"})


def _state_contracts_withheld(s: Sentence, i: int, b: int) -> bool:
    """Whether the state's contracts are withheld from foreign bidders at ``i``.

    "will stop awarding government contracts to foreign companies that do not have their
    regional headquarters in the Kingdom", "Swedish companies could lose government
    contracts in the kingdom": the state buys from them no more (a purchase cut).
    """
    low = s.lower
    if low[i] in {"stop", "stops", "stopped", "stopping", "halt", "halts", "halted", "end"}:
        return (
            low[i + 1 : i + 2] != []
            and low[i + 1] in _AWARD
            and _state_purchases(low, i + 2, min(b, i + 4))
        )
    if low[i] in _RENEW and low[max(0, i - 2) : i] in (["not", "to"], ["no", "longer"]):
        # "has told government agencies not to renew non-essential contracts with German
        # companies": the country's firms lose the state's business
        papers = next((k for k in range(i + 1, min(b, i + 6)) if low[k] == "contracts"), None)
        return (
            papers is not None
            and low[papers + 1 : papers + 2] == ["with"]
            and any(m.type == "country" and papers + 1 < m.start <= papers + 3 for m in s.marks)
        )
    if low[i] in _LOSE and low[i + 1 : i + 2] in (["contracts"], ["orders"]):
        # "It warned that American firms could lose contracts, including orders for Boeing
        # jets": a country's firms losing a state's business at its word
        return bool(set(low[max(0, i - 2) : i]) & {"could", "would", "might"}) and any(
            m.type == "country"
            and max(0, i - 6) <= m.start < i
            and low[m.end : m.end + 1] in (["firms"], ["companies"])
            for m in s.marks
        )
    return low[i] in _LOSE and _state_purchases(low, i + 1, min(b, i + 3))


#: Verbs that renew or give out contracts ("not to renew ... contracts with German firms").
_RENEW = lx.forms("renew", "award", "sign", "extend")


#: Verbs that stop the means to buy ("to stop processing applications for foreign exchange
#: to import maize").
_STOPPED_MEANS = lx.forms("stop", "halt", "suspend", "cease")


#: Words before "to buy" that pledge no purchase ("able to buy", "struggled to buy").
_NOT_PLEDGED = frozenset(
    {"able", "unable", "struggled", "struggling", "struggle", "struggles", "used", "afford",
     "tried", "trying"}
)  # fmt: skip
#: Verbs before "imports of" that buy nothing ("will hit imports of gum arabic").
_NOT_BUYING = lx.forms("hit", "affect", "hurt", "allow", "permit")

#: What a buyer of a business buys: no goods ("to buy a 53.7 percent stake in ...").
_BUSINESSES_BOUGHT = frozenset(
    {"stake", "stakes", "plant", "refinery", "factory", "mill", "company", "firm", "equity"}
)


#: Verbs that drop or put off a purchase planned ("scrapped its planned purchase of").
_PURCHASE_DROPS = lx.forms("scrap", "shelve", "postpone", "defer", "abandon") | {"put", "puts"}


def _purchase_dropped(low: list[str], i: int, b: int) -> bool:
    """Whether the verb at ``i`` drops or puts off a purchase of goods planned.

    "Croatia's government scrapped on Thursday its planned purchase of 12 second-hand F-16
    fighter jets from Israel", "The Royal Thai Navy has put off the purchase of two more
    Yuan-class submarines from China": a purchase cut (past a date of the day).
    """
    if low[i] not in _PURCHASE_DROPS or (
        low[i] in {"put", "puts"} and low[i + 1 : i + 2] != ["off"]
    ):
        return False
    k = i + 1 + (low[i] in {"put", "puts"})
    if low[k : k + 1] == ["on"]:  # "scrapped on Thursday its planned purchase"
        k += 2
    if low[k : k + 1] in (["its"], ["the"], ["a"], ["their"]):
        k += 1
    if low[k : k + 1] in (["planned"], ["proposed"]):
        k += 1
    return k + 1 < b and low[k : k + 2] == ["purchase", "of"]


def _purchases(s: Sentence, seg: Segment, claimed: set[int]) -> list[Trigger]:
    """Purchases cut or committed in a clause ("stopped buying U.S. crude", "will buy more")."""
    low = s.lower
    a, b = seg.start, seg.end
    rng = range(a, b)

    def purchase_noun(k: int) -> bool:
        # not "halted gas deliveries to Ukraine": the supplier's, an export control
        return (
            low[k] in lx.PURCHASE_NOUNS
            and not modifier(low, k)
            and not _deliveries_to(s, k, k + 1)
            and not _own_deliveries(s, k, b)
        )

    pcut = [
        i
        for i in rng
        if low[i] in lx.PURCHASE_CUT_VERBS
        # (not what duties did: "the provisional duties that have cut imports sharply")
        and not gr.measures_effect(low, i, lx.TARIFF_NOUNS)
        # (not goods' own adjective: "Frozen beef imports jumped in April to June")
        and not (
            low[i] == "frozen"
            and any(m.type == "product" and m.start == i + 1 for m in s.marks)
            and low[i - 1 : i] not in (["has"], ["have"], ["had"], ["been"])
        )
        # "halted all exports to and imports from Israel" (not "Once the pact ends, most
        # tomato imports ...": a comma between)
        and any(
            # "stopped clearing milk powder from Uganda": customs that clear no more goods;
            # "asked importers to stop bringing in frozen spinach from China"
            (
                purchase_noun(k)
                or (low[k] == "clearing" and k == i + 1)
                or (low[k : k + 2] == ["bringing", "in"] and k == i + 1)
            )
            and "," not in low[i + 1 : k]
            and low[k - 1] != "from"  # "bar the company from buying": someone else's buying
            for k in range(i + 1, min(b, i + 7))
        )
        and not any(low[k] in lx.TARIFF_NOUNS for k in range(i + 1, min(b, i + 5)))
        # "suspend concessions on imports from the United States": retaliatory duties
        and "concessions" not in low[i + 1 : i + 4]
        # "customers south of the border were already cancelling orders": private buyers
        and not set(low[max(a, i - 8) : i]) & _PRIVATE_BUYERS
    ]
    pcut += [i for i in rng if _import_ban(s, i, b) or _goods_barred(s, i, b)]
    pcut += [i for i in rng if _purchase_dropped(low, i, b)]
    pcut += [i for i in rng if _goods_banned_from(s, i, b)]
    # "A ban on importing vehicles into Nigeria through its land borders took effect"
    pcut += [
        i for i in rng if low[i] in {"ban", "bans"} and low[i + 1 : i + 3] == ["on", "importing"]
    ]
    pcut += _all_trade(s, a, b)  # "suspended all bilateral trade with India"
    pcut += [i for i in rng if _traffic_cut(s, i, b)]
    pcut += [i for i in rng if _state_contracts_withheld(s, i, b)]
    # "ordered a 60-day suspension of rice imports": the measure named by its noun
    pcut += [
        i
        for i in rng
        if low[i] in _STOP_NOUNS
        and low[i + 1 : i + 2] == ["of"]
        and any(low[k] in {"imports", "purchases"} for k in range(i + 2, min(b, i + 6)))
    ]
    # "ordered its ports to hold tobacco from Malawi": a country's goods held at the ports
    pcut += [
        i
        for i in rng
        if low[i] in {"hold", "detain"}
        and low[i - 1 : i] == ["to"]
        and any(m.type == "product" and m.start == i + 1 for m in s.marks)
        and any(
            m.type == "country" and low[m.start - 1] == "from" and i + 1 < m.start <= i + 5
            for m in s.marks
        )
    ]
    # "began holding up Australian rock lobsters", "holding back consignments from China"
    pcut += [
        i
        for i in rng
        if low[i] in _HOLD
        and low[i + 1 : i + 2] in (["up"], ["back"])
        and any(m.type == "country" and i + 1 < m.start <= i + 6 for m in s.marks)
        and (
            any(m.type == "product" and i + 1 < m.start <= i + 7 for m in s.marks)
            or set(low[i + 2 : i + 6]) & (GOODS | {"consignments", "cargoes", "shipments"})
        )
    ]
    pcut += [i for i in rng if _foreign_goods_sold(s, i, b)]
    # "Indonesia could review its purchases of Brazilian military equipment": a government's
    # purchases from a country put in doubt, a threat to cut them (not refiners "reviewing
    # their contracts")
    pcut += [
        i
        for i in rng
        if low[i] in {"review", "reconsider"}
        and low[i - 1 : i] in (["could"], ["may"], ["might"], ["would"], ["will"])
        and low[i + 1 : i + 3] in (["its", "purchases"], ["its", "imports"])
        and any(m.type == "country" and i + 3 < m.start <= i + 5 for m in s.marks)
        and any(m.type == "country" and a <= m.start < i - 1 for m in s.marks)
    ]
    pcut += _import_licences(s, a, b)
    pcut += _imports_barred_passive(s, a, b)
    freed = _licensing_abolished(s, a, b)
    if freed is not None and not pcut:
        # "import licensing would be abolished for all but a short list of goods": imports
        # freed of a licence on every country's goods, a cut of the barrier (as the sets label
        # a trade liberalisation's licences dropped)
        return [Trigger("tariff_cut", freed, freed)]
    scrapped = _import_rule_dropped(s, a, b)
    if scrapped is not None and not pcut:
        # "scrapped a requirement for importers of electronics ... to obtain technical
        # approval", "scrapped the SIRA system of import licences": a barrier lifted
        return [Trigger("purchase_cut", scrapped, scrapped, reversed=True)]
    # "Chinese state-owned companies have put purchases of U.S. soybeans on hold"
    pcut += [
        i
        for i in rng
        if low[i] in {"put", "puts", "putting", "placed"}
        and any(purchase_noun(k) for k in range(i + 1, min(b, i + 3)))
        and any(low[k : k + 2] == ["on", "hold"] for k in range(i + 2, min(b, i + 10)))
        # goods of a country, not private buyers' orders ("Shoppers put their orders on hold")
        and any(m.type in {"country", "product"} and i < m.start < b for m in s.marks)
        and not set(low[max(a, i - 8) : i]) & _PRIVATE_BUYERS
    ]
    pcut += _boycotts(s, a, b)
    # "told the National Iranian Oil Company that they would not buy its crude at the new
    # price", "refused to buy Iranian crude at the new price": buyers that refuse a price
    # (the refusal's first word the event's, so that its "not" is no denial)
    pcut += [
        i - 2
        for i in rng
        if low[i] in lx.BUY_VERBS
        and low[i - 2 : i] in (["would", "not"], ["will", "not"], ["refused", "to"])
        and any(m.type == "product" and i < m.start <= i + 4 for m in s.marks)
        and any(low[k : k + 2] in _PRICED for k in range(i + 2, min(b, i + 10)))
    ]
    # "has refused to accept the 20,000-tonne cargo from China's Qingdao Seawin", "rejected
    # two shipments of Indian wheat", "began turning back shipments of U.S. beef": goods
    # turned away
    pcut += [
        i
        for i in rng
        if (
            low[i] in _REJECT
            or (low[i] in _TURN and low[i + 1 : i + 2] in (["back"], ["away"]))
            or (low[i] in _REFUSE and low[i + 1 : i + 2] == ["to"] and low[i + 2 : i + 3]
                and low[i + 2] in lx.ACCEPT_VERBS)
            # "Japan's sugar refiners have stopped accepting shipments of Queensland raw sugar"
            or (low[i] in _STOPPED_TAKING and low[i + 1 : i + 2] in (["accepting"], ["taking"]))
        )
        and (
            set(low[i + 1 : min(b, i + 8)]) & _CARGOES
            # "began turning back lorries at Bajakovo", "turning back Serbian trucks"
            or (low[i] in _TURN and set(low[i + 2 : i + 5]) & _LORRIES)
            # "has rejected about 545,000 tonnes of U.S. corn": goods refused by the tonne
            or (
                low[i] in _REJECT
                and set(low[i + 1 : i + 5]) & {"tonnes", "tons", "tonne"}
                and any(m.type == "product" and i < m.start <= i + 9 for m in s.marks)
            )
        )
        # "rejected the claims that it had blocked shipments": something said, rejected
        and not set(low[i + 1 : min(b, i + 8)]) & {"that", "claims", "claim", "allegations",
                                                      "reports", "accusations"}
    ]  # fmt: skip
    checked = _checks(s, a, b)
    if checked is not None and not pcut:  # "stepped up checks on goods arriving from Russia"
        return [Trigger("purchase_cut", checked[0], checked[0], reversed=checked[1])]
    # "will no longer buy Canadian wheat": purchases stopped
    pcut += [
        i for i in rng if low[i] in lx.BUY_VERBS and low[max(a, i - 2) : i] == ["no", "longer"]
    ]
    shut = _borders(s, a, b)
    if shut is not None and not pcut:  # "closed its land borders with Benin"
        return [Trigger("purchase_cut", shut[0], shut[0], reversed=shut[1])]
    pcut += [
        i
        for i in rng
        if low[i] in {"stopped", "stop", "halted", "suspended", "cut"}
        and i + 1 < b
        and low[i + 1] in {"buying", "importing", "booking", "ordering", "purchasing", "admitting"}
        # (not a figure of speech: "would let the country stop importing Russian inflation")
        and not set(low[i + 2 : min(b, i + 5)]) & _ILLS_IMPORTED
    ]
    # "Garuda Indonesia will cancel an order for 49 Boeing 737 Max 8 jets", "cancelled an
    # order for 160 pianos from Petrof": an order withdrawn
    pcut += [
        i
        for i in rng
        if low[i] in _CANCEL
        and set(low[i + 1 : i + 5]) & {"order", "orders"}
        and "for" in low[i + 2 : i + 6]
    ]
    # "cancelled its contract with French shipbuilder Naval Group for 12 ... submarines",
    # "could scrap a 1.8 billion euro ($2.1 billion) order for five corvettes from Navantia":
    # a contract or order with a seller withdrawn
    pcut += [i for i in rng if _contract_withdrawn(s, i, b)]
    # "Chinese buyers have stopped taking canola from Viterra Inc.", "have stopped taking
    # delivery of Australian raw sugar": goods no longer taken from a seller (not "stopped
    # taking questions")
    pcut += [
        i
        for i in rng
        if low[i] in {"stopped", "stop", "halted", "suspended"}
        and low[i + 1 : i + 2] in (["taking"], ["accepting"], ["receiving"])
        and (
            "from" in low[i + 2 : min(b, i + 8)]
            or low[i + 2 : i + 4] in (["delivery", "of"], ["deliveries", "of"])
        )
        and any(m.type == "product" and i + 1 < m.start <= i + 7 for m in s.marks)
    ]
    # "China has lifted suspensions on five Australian red meat processing plants": a
    # country's exporters let back in (their suspension lifted)
    plants = [
        i
        for i in rng
        if low[i] in lx.REVERSE_VERBS
        and set(low[i + 1 : i + 4]) & {"suspensions", "suspension", "bans", "ban"}
        and set(low[i + 2 : min(b, i + 12)]) & _PLANTS
        and any(m.type == "country" and i + 2 < m.start <= i + 7 for m in s.marks)
    ]
    if plants and not pcut:
        return [Trigger("purchase_cut", plants[0], plants[0], reversed=True)]
    # "ordered shops to remove goods made in Saudi Arabia, the United Arab Emirates, Bahrain
    # and Egypt from their shelves", "Some shops in Beijing took American goods off their
    # shelves": a country's goods cleared from the shelves
    pcut += [
        i
        for i in rng
        if (low[i] in _OFF_SHELVES or (low[i] in _TAKE and "off" in low[i + 2 : min(b, i + 7)]))
        and "shelves" in low[i + 1 : min(b, i + 20)]
        and any(m.type == "country" and i < m.start < i + 16 for m in s.marks)
    ]
    # "more than 50 consumer cooperatives ... pulled French goods on Saturday", "said it would
    # withdraw French products until further notice": a country's goods taken off sale
    pcut += [
        i
        for i in rng
        if low[i] in _GOODS_PULLED
        and any(m.type == "country" and i < m.start <= i + 2 for m in s.marks)
        and bool(set(low[i + 2 : i + 5]) & {"goods", "products", "brands"})
    ]
    # "Poland closed all its road and rail crossings with Belarus", "reopened the Arar border
    # crossing to trade": trade through a border shut or let through again
    crossings = [
        i
        for i in rng
        if (
            low[i] in _SHUT | _BORDER_REOPENED
            # "ordered the closure of the border with Brazil", "considering a total closure"
            or (
                low[i] in _CLOSURES
                and low[i + 1 : i + 2] == ["of"]
                and bool(set(low[max(a, i - 4) : i]) & _CLOSURE_ORDERED)
            )
        )
        and set(low[i + 1 : i + 7]) & lx.BORDER_CROSSINGS
        and (
            any(m.type == "country" and i < m.start <= i + 9 for m in s.marks)
            or "trade" in low[i + 2 : i + 10]
        )
    ]
    if crossings and not pcut:
        i = crossings[0]
        return [Trigger("purchase_cut", i, i, reversed=low[i] in _BORDER_REOPENED)]
    if pcut:
        # a ban lifted: "lifted a ten-year ban on imports of genetically modified crops"
        # (or a suspension: "China has lifted its suspension of canola seed imports")
        lifted = low[pcut[0]] in _BANS | _STOP_NOUNS and any(
            low[k] in lx.REVERSE_VERBS - {"end", "suspend", "suspended"} and not adjectival(s, k)
            for k in range(max(a, pcut[0] - 6), pcut[0])
        )
        return [Trigger("purchase_cut", pcut[0], pcut[0], reversed=lifted)]
    # a ban on a foreign country's goods: "will lift its ban on U.S. poultry from Dec. 1"
    for i in rng:
        if low[i] in {"ban", "bans", "embargo"} and _on_imports(s, i, b):
            # the verb may stand before a hyphenated span: "lifted a ten-year ban on ..."
            verbs = [
                k
                for k in range(max(a, i - 6), i)
                if low[k] in lx.RAISE_VERBS | lx.REVERSE_VERBS | lx.RESPONSE_VERBS
                and not adjectival(s, k)
            ]
            verbs += [m.start for m in s.phrases("reverse", max(a, i - 5), i)]
            if verbs:
                head = max(verbs)
                lifted = low[head] in lx.REVERSE_VERBS or bool(s.phrases("reverse", head, i))
                return [Trigger("purchase_cut", head, i, reversed=lifted)]
    # "have already placed orders for Ugandan cement": purchases made
    placed = [
        i
        for i in rng
        if low[i] in _ORDERING
        and (
            low[i + 1 : i + 3] == ["orders", "for"]
            # "Pakistan has placed its first order for discounted Russian crude"
            or (low[i + 1 : i + 2] in (["an"], ["a"], ["its"]) and "order" in low[i + 2 : i + 4])
        )
        and "for" in low[i + 1 : i + 5]
    ]
    # "Riyadh Air ordered 39 Boeing 787 Dreamliners": a number of a company's goods ordered
    placed += [
        i
        for i in rng
        if low[i] in {"ordered", "orders"}
        and low[i - 1 : i] not in (["the"], ["its"], ["new"], ["executive"], ["an"], ["purchase"])
        and low[i + 1 : i + 2]
        and (low[i + 1].isdigit() or low[i + 1] in _COUNTS)
        and (
            any(m.type == "company" and i + 1 < m.start <= i + 3 for m in s.marks)
            # "Indonesia ordered 42 Rafale fighter jets from France": a country's goods
            or (
                any(
                    m.type == "country" and low[m.start - 1] == "from" and i + 2 < m.start <= i + 8
                    for m in s.marks
                )
                and any(m.type == "product" and i + 1 < m.start <= i + 6 for m in s.marks)
            )
        )
    ]
    placed += [i for i in rng if _signed_for(s, i, b) or _purchase_agreement(s, i, b)]
    # "Kazakhstan has begun supplying crude oil to Germany through the Druzhba pipeline",
    # "Azerbaijani natural gas began flowing to Syria": supplies begun to a country it buys
    placed += [i for i in rng if _supplies_begun(s, i, b)]
    # "Vietnam will supply the Philippines with 1.5 million to 2 million tonnes of rice a
    # year", "QatarEnergy agreed on Tuesday to supply Germany with up to 2 million tonnes a
    # year of liquefied natural gas": a supply promised to a country
    placed += [
        i
        for i in rng
        if low[i] in lx.SUPPLY_VERBS
        and low[i - 1 : i] in (["to"], ["will"], ["would"])
        and any(m.type == "country" and i < m.start <= i + 3 for m in s.marks)
        and "with" in low[i + 2 : i + 6]
        and (
            # (or "with 3.5 million bales of raw jute", "with 200,000 bushels of wheat")
            set(low[i + 3 : min(b, i + 16)]) & (_UNITS | {"metres", "meters"})
            or any(m.type == "money" and i < m.start < b for m in s.marks)
            # "Ankara would supply Egypt with drones and other military technology": arms
            or bool(set(low[i + 3 : min(b, i + 6)]) & _ARMS)
        )
    ]
    # "Saudi Aramco agreed to supply 480,000 barrels a day of crude for 20 years to China's
    # Rongsheng Petrochemical": an amount promised to a buyer of a country
    placed += [
        i
        for i in rng
        if low[i] in lx.SUPPLY_VERBS
        and low[i - 1 : i] in (["to"], ["will"], ["would"])
        and set(low[i + 1 : min(b, i + 5)]) & {"tonnes", "tons", "barrels"}
        and any(
            m.type == "country" and low[m.start - 1] == "to" and i + 3 < m.start <= i + 16
            for m in s.marks
        )
    ]
    # "Leyland Motors has agreed to sell 450 buses and spare parts worth about 10 million
    # pounds (28 million dollars) to Cuba": a sale pledged, so many goods to a country
    placed += [i for i in rng if _sale_agreed(s, i, b)]
    # "Chinese importers booked dozens of cargoes of Argentine soybeans"
    placed += [i for i in rng if low[i] in _ORDERING and set(low[i + 1 : i + 5]) & _CARGOES]
    # "Japanese importers have ordered about 5,000 tonnes of Taiwanese pineapples", "booked
    # about 150,000 tonnes of soyoil from Argentina": an amount of a country's goods bought
    placed += [i for i in rng if _amount_bought(s, i, b)]
    # "Gazprom began buying natural gas from Turkmenistan on Monday": purchases started
    placed += [
        i
        for i in rng
        if low[i] in {"buying", "purchasing"}
        and low[i - 1 : i] in (["began"], ["begun"], ["started"], ["resumed"], ["begin"])
        and "from" in low[i + 1 : min(b, i + 8)]
    ]
    if placed:
        return [Trigger("purchase_commitment", min(placed), min(placed))]
    # "had stepped up orders of frozen chicken from Brazil": more bought
    more = [
        i
        for i in rng
        if low[i] in _STEP_UP
        and low[i + 1 : i + 2] == ["up"]
        and any(purchase_noun(k) and low[k - 1] not in _ASSETS for k in range(i + 2, min(b, i + 5)))
    ]
    if more:
        return [Trigger("purchase_commitment", more[0], more[0])]
    # "will resume imports of Brazilian beef": an import stop ended
    resumed = [
        i
        for i in rng
        if low[i] in _RESUME and any(purchase_noun(k) for k in range(i + 1, min(b, i + 3)))
    ]
    # "will allow imports of U.S. beef": an import stop ended (not "allow imports of steel
    # duty-free", a tariff's)
    resumed += [
        i
        for i in rng
        if low[i] in lx.ADMIT_VERBS
        and low[i + 1 : i + 2] in (["imports"], ["import"])
        and not set(low[i + 2 : b]) & {"duty", "tariff", "duty-free", "tariff-free", "free"}
    ]
    resumed.sort()
    if resumed:
        return [Trigger("purchase_cut", resumed[0], resumed[0], reversed=True)]
    ordered = _ordered_not_to_buy(s, seg)
    if ordered is not None:  # "ordered its airlines not to take any further deliveries"
        return [Trigger("purchase_cut", ordered, ordered)]
    back = [
        i
        for i in rng
        if low[i] in lx.ADMIT_VERBS
        and any(low[k : k + 2] in (["back", "in"], ["back", "into"]) for k in range(i + 1, i + 5))
    ]
    if back:  # "began letting animals back in on Monday": an import ban undone
        return [Trigger("purchase_cut", back[0], back[0], reversed=True)]
    buys = [
        i
        for i in rng
        if low[i] in lx.BUY_VERBS
        and i not in claimed
        and not modifier(low, i)
        and (
            # the three words before, past a date ("committed on Thursday to buying")
            any(
                low[k] in lx.COMMIT_VERBS | {"will"}
                for k in [k for k in range(max(a, i - 8), i) if not s.in_date(k)][-3:]
            )
            # "Japan would buy surplus U.S. corn", "would buy a 'tremendous amount' of
            # American farm products": goods named after the verb, in its clause
            or (
                low[i - 1 : i] == ["would"]
                and any(
                    m.type == "product" and i < m.start <= i + 10 and "," not in low[i : m.start]
                    for m in s.marks
                )
            )
            or (low[i] in {"buy", "purchase", "import"} and "to" in low[max(a, i - 3) : i])
            # "will buy more U.S. soybeans" (not "buys more than half of ...": an amount)
            or any(
                low[k] in lx.PURCHASE_MORE and low[k + 1 : k + 2] != ["than"]
                for k in range(i + 1, min(b, i + 3))
            )
        )
    ]
    # "Bangladesh began importing electricity from Nepal", "Türkiye began receiving natural
    # gas from Turkmenistan through Iran": purchases from a country begun
    buys += [
        i
        for i in rng
        if (low[i] in lx.BUY_VERBS or low[i] == "receiving")
        and low[i].endswith("ing")
        and low[i - 1 : i] in ([w] for w in _BEGAN)
        and i not in claimed
        and any(
            m.type == "country" and "from" in low[m.start - 2 : m.start] and i < m.start <= i + 10
            for m in s.marks
        )
        and not set(low[max(a, i - 4) : i]) & _PRIVATE_BUYERS
    ]
    # "Japanese companies would bring forward purchases of about 2.5 million tonnes of U.S.
    # corn": purchases brought forward, a commitment to buy
    buys += [
        i
        for i in rng
        if low[i] in {"purchases", "imports"}
        and low[i - 1 : i] == ["forward"]
        and low[i - 2 : i - 1] in (["bring"], ["brought"], ["bringing"])
        and any(m.type == "product" and i < m.start <= i + 10 for m in s.marks)
    ]
    # "Iran agreed to accept Ceylon tea worth 5 million US dollars a month": goods taken in
    # payment, a purchase pledged
    buys += [
        i
        for i in rng
        if low[i] == "accept"
        and low[i - 1 : i] == ["to"]
        and set(low[max(a, i - 3) : i]) & lx.COMMIT_VERBS
        and any(m.type == "product" and i < m.start <= i + 4 for m in s.marks)
        and any(m.type == "money" and i < m.start <= i + 10 for m in s.marks)
    ]
    buys += [
        i
        for i in rng
        if low[i] in {"bought", "purchased"}  # not "which buys most of its bauxite": a habit
        and (
            any(m.type in {"product", "money"} for m in s.marks if i < m.start <= i + 8)
            # "COFCO bought the first cargo, about 68,000 tonnes" (not "has instead bought
            # cargoes from the Middle East": purchases turned elsewhere)
            or (bool(set(low[i + 1 : min(b, i + 5)]) & _LOADS) and "instead" not in low[a:i])
        )
    ]
    currency = {m.start for m in s.marks if m.type == "currency"}
    buys = [
        i
        for i in sorted(set(buys))
        if not (i > 0 and low[i - 1] in {"were", "was", "been"})
        # "the country was already buying more from the United States": a trend told
        and not (low[i - 1 : i] == ["already"] and low[i - 2 : i - 1] in (["was"], ["were"]))
        # "China, which has bought about two million tonnes of French wheat this year": a
        # buyer described
        # ("Argentina, which had bought warships and aircraft from France": one told before)
        and low[i - 2 : i]
        not in (["which", "has"], ["which", "have"], ["that", "has"], ["which", "had"])
        and not any(
            k in currency or low[k] in lx.CURRENCY_NOUNS | {"dollars", "bonds", "shares"}
            for k in range(i + 1, min(b, i + 3))
        )
        # "will be able to buy the inputs", "has struggled to buy enough rice", "used to buy
        # arms", "Companies with existing contracts to buy Iranian crude": no purchase pledged
        and not (
            low[i - 1 : i] == ["to"]
            and (
                low[i - 2 : i - 1] in ([w] for w in _NOT_PLEDGED)
                or low[i - 3 : i - 1] == ["existing", "contracts"]
            )
        )
        # "the order will hit imports of gum arabic", "will allow commercial imports of kava":
        # the noun after a verb that buys nothing (not "will increase purchases of")
        and not (
            low[i] in {"imports", "purchases"}
            and low[i + 1 : i + 2] == ["of"]
            and bool(set(low[max(a, i - 2) : i]) & _NOT_BUYING)
        )
        # "agreed to buy a 53.7 percent stake in Mazeikiu Nafta", "beat Russian bidders to buy
        # the plant": a business bought, no goods
        and not any(
            low[k] in _BUSINESSES_BOUGHT and low[k + 1 : k + 2] != ["'s"]
            for k in range(i + 1, min(b, i + 5))
        )
    ]
    if not buys:
        return []
    i = buys[0]
    # "directed banks to stop processing applications for foreign exchange to import maize":
    # the means to buy withheld, a purchase cut
    if low[i - 1 : i] == ["to"] and any(
        low[k] in _STOPPED_MEANS for k in range(max(a, i - 9), i - 1)
    ):
        return [Trigger("purchase_cut", i, i)]
    # "China has cancelled a deal to buy 1.2 million tonnes of Thai rice": the commitment
    # undone
    undone = low[i - 1 : i] == ["to"] and any(
        low[k] in _CANCELLED and low[k + 2 : k + 3] and low[k + 2] in _PURCHASE_DEALS
        for k in range(max(a, i - 5), i - 2)
    )
    return [Trigger("purchase_commitment", i, i, reversed=undone)]
