"""The fields of an event mention: actor, target, value, rates, products and date.

Helpers of :mod:`~tradewar.news.rules`: each reads one field from the clause that reports
an event (:mod:`~tradewar.news.extract`) and the trigger found in it
(:mod:`~tradewar.news.triggers`).
"""

from __future__ import annotations

import datetime as dt
import re

from tradewar.news import grammar as gr
from tradewar.news import lexicon as lx
from tradewar.news.dates import DatePhrase
from tradewar.news.extract import Mark, Sentence
from tradewar.news.phrases import GOODS, asides, rate_now
from tradewar.news.records import Trigger

__all__: list[str] = []

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
        # leaders who "gather in Toronto on Saturday for a summit" meet the next Saturday
        "gather",
        "convene",
        "assemble",
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
    # "West Germany and the Netherlands let their currencies float", "Saudi Arabia and
    # Kuwait broke diplomatic relations with Egypt"
    | {"let", "lets", "allowed", "broke", "breaks"}
)


#: Verbs whose object is told something, not the actor of what follows ("told China it is
#: pulling out of ...": the teller's act).
_TOLD = frozenset(
    {"told", "tells", "telling", "informed", "informs", "notified", "notifies", "notify",
     "warned",
     "warns", "assured", "assures", "reminded", "reminds", "urged", "urges", "asked", "asks"}
)  # fmt: skip


def _governed(s: Sentence, m: Mark, names: list[Mark]) -> bool:
    """Whether a preposition or a verb of telling governs a name, or a name it is coordinated with.

    "with Malaysia and Cambodia", "between Thailand and Cambodia", "told China": none is
    the subject of what follows; "with Nairobi agreeing to ...", an absolute clause, is.
    """
    low = s.lower
    k = m.start - 1
    if k > 0 and low[k] == "the":  # "goods from the European Union"
        k -= 1
    prev = low[k] if k >= 0 else ""
    # "with Nairobi agreeing to eliminate duties": the subject of an absolute clause
    absolute = prev == "with" and any(w.endswith("ing") for w in low[m.end : m.end + 2])
    if prev == "of" and k >= 1 and low[k - 1] == "bank":
        return False  # "The Reserve Bank of Malawi devalued the kwacha": the bank's country
    if prev == "of" and low[max(0, k - 4) : k] == ["bank", "of", "the", "republic"]:
        return False  # "The Bank of the Republic of Haiti (BRH) injected ...": Haiti's
    if prev in _TOLD or (prev in gr.OBJECT_PREPS and prev not in {"and", "by"} and not absolute):
        return True
    if prev in {"and", ","}:
        # "with Malaysia and Cambodia": the name before the conjunction, if governed, governs
        before = next((x for x in names if x.end == k), None)
        # (not a place that opens the sentence: "In Manila, the Bangko Sentral ng Pilipinas
        # sold dollars")
        opening = (
            prev == ","
            and before is not None
            and low[before.start - 1 : before.start] == ["in"]
            and before.start - 1 == 0
        )
        return before is not None and not opening and _governed(s, before, names)
    return False


def _agent_before(s: Sentence, a: int, upto: int, companies: bool = False) -> Mark | None:
    """The nearest name before ``upto`` (from ``a``) that no preposition or telling governs."""
    low = s.lower
    types = _AGENTS if companies else _AGENTS - {"company"}
    names = [m for m in s.marks if m.type in _AGENTS]
    aside = asides(s)
    for m in sorted(
        (m for m in s.marks if m.type in types and a <= m.start < upto), key=lambda m: -m.start
    ):
        if _governed(s, m, names):
            continue
        # "Maduro, who calls the aid a pretext for a US military intervention, said he was
        # considering ...": a name in a person's relative clause is no subject
        if m.start in aside and "who" in low[max(a, m.start - 12) : m.start]:
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
    """Names of countries and companies from ``start`` to ``end``, not naming ``skip``.

    Names in a relative clause set off by commas (", which is owned by Gazprom,") are not.
    """
    aside = asides(s)
    return [
        m
        for m in s.marks
        if m.type in _AGENTS | {"market"}
        and start <= m.start < end
        and m.start not in aside
        and (m.code is None or m.code != skip)
        and not _in_tail(s, m.start, end)
        # "on dozens of countries, except China": an exception is no target
        and not (m.start > 0 and s.lower[m.start - 1] in {"except", "excluding"})
    ]


def _in_tail(s: Sentence, i: int, end: int) -> bool:
    """Whether token ``i`` follows "used to make" and the like (not what is traded)."""
    return any(m.start < i for m in s.phrases("not_traded", 0, end))


def _targets(
    s: Sentence, k: int, t: Trigger, actor: str | None, fallback: bool = True
) -> tuple[list[str], list[str]]:
    """Target countries and companies of a mention: after its words, else around them.

    Without ``fallback`` (a measure on every country: "on dozens of countries"), only
    the names after its words.
    """
    seg = s.segments[k]
    after = _names_after(s, min(t.head, t.noun), seg.end, actor)
    # "with the Dutch Caribbean islands of Aruba, Curacao and Bonaire": the places named
    # after "of", not the adjective of the noun before them
    if len(after) > 1 and after[0].type == after[1].type == "country":
        gap = s.lower[after[0].end : after[1].start]
        if 2 <= len(gap) <= 4 and gap[-1] == "of" and "," not in gap:
            after = after[1:]
    companies = [m.name for m in after if m.type == "company"]
    codes: list[str] = []
    for m in after:
        if m.code and m.code not in codes and m.type != "market":
            if codes and not _coordinated(s, after, m):
                break
            codes.append(m.code)
    if not codes and s.lower[seg.start] == "where" and k > 0:
        # "..., except China, where duties were raised to 145%": the place before "where"
        g = s.segments[k - 1]
        place = [m for m in s.marks if m.type == "country" and g.start <= m.start < g.end]
        if place and place[-1].end >= g.end - 2 and place[-1].code:
            codes = [place[-1].code]
    if not codes and fallback:
        before = [
            m for m in _names_after(s, seg.start, min(t.head, t.noun), actor) if m.type != "market"
        ]
        if before:
            codes = [before[-1].code or ""]
    # a clause of its own ("after Beijing expanded its curbs") takes no target from the main
    # clause: the names there are the main event's
    if not codes and fallback and opener(s, seg.start) not in _SUBORDINATE:
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
#: Words of a span before a clause's opener ("two days after", "hours before").
_SPAN_WORDS = frozenset({"a", "an", "one", "two", "three", "four", "five", "six", "seven",
                         "ten", "day", "days", "week", "weeks", "hours", "shortly", "just",
                         "even", "only", "months", "month"})  # fmt: skip


def opener(s: Sentence, start: int) -> str:
    """The word that opens the clause at ``start``, after a span ("two days after" → after).

    Parameters
    ----------
    s : Sentence
        The sentence.
    start : int
        The clause's first token.

    Returns
    -------
    str
        The first word that is not a word of a span (lower-case), or the first word.
    """
    low = s.lower
    k = start
    while k < min(len(low) - 1, start + 3) and (low[k] in _SPAN_WORDS or low[k].isdigit()):
        k += 1
    return low[k] if low[k] in _SUBORDINATE else low[start]


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
    # "Britain, the Netherlands and Finland": an article may open the next name
    gap = [w for w in s.lower[earlier[-1].end : m.start] if w != "the"]
    return len(gap) <= 2 and all(w in {"and", ",", "or"} for w in gap) and bool(gap)


def _value(s: Sentence, k: int, t: Trigger) -> tuple[float | None, str | None]:
    """The value covered (USD) in the clause, and a note for an amount in another currency."""
    seg = s.segments[k]
    money = [m for m in s.marks if m.type == "money" and seg.start <= m.start < seg.end]
    if not money:
        return None, None
    after = [m for m in money if m.start > min(t.head, t.noun)] or money
    m = after[0]
    if _threshold(s, m.start):
        return None, f"{m.name} is a threshold per purchase, not the trade covered"
    before = s.lower[max(seg.start, m.start - 8) : m.start]
    if set(before) & (lx.AID_NOUNS | _LOANS) and not set(before) & {
        "goods",
        "exports",
        "imports",
        "trade",
    }:
        # "would suspend its aid, worth about 25 million dollars a year", "including a
        # planned loan of about $100 million": the aid's or the loan's sum
        return None, f"{m.name} is the aid's sum, not the trade covered"
    if (
        set(s.lower[max(seg.start, m.start - 3) : m.start]) & _PAID
        and not t.kind.startswith("purchase")
        and "for" not in s.lower[m.end : m.end + 4]
    ):
        # "France will ... pay it 7 million American dollars": a sum paid over, not the
        # trade a measure or deal covers (not "pay $5 billion for soybeans", a purchase)
        return None, f"{m.name} is a sum paid, not the trade covered"
    dollars = [x for x in money if x.unit == "USD" and m.end <= x.start <= m.end + 2]
    if m.unit != "USD" and dollars:
        return dollars[0].value, f"{m.name} given in US dollars as {dollars[0].name}"
    if m.unit != "USD":
        return None, f"amount {m.name} is not in US dollars: not converted"
    return m.value, None


#: Verbs of a sum paid over ("pay it 7 million dollars").
_PAID = frozenset({"pay", "pays", "paid", "paying"})
#: Nouns of a government's lending to another (whose sum is no trade covered either).
_LOANS = frozenset({"loan", "loans"})
#: Words of a threshold before an amount ("worth more than", "priced above").
_ABOVE = frozenset({"more", "over", "above", "exceeding", "least"})
_PRICED = frozenset({"worth", "priced", "valued", "costing"})


def _threshold(s: Sentence, i: int) -> bool:
    """Whether the amount at ``i`` is a threshold per item or contract, not trade covered.

    "government purchases of medical devices worth more than 45 million yuan", "cars priced
    above $40,000"; but "goods worth more than $300 billion" is the value of the trade.
    """
    low = s.lower
    # past an amount in another currency before the dollars: "worth more than 20 million
    # soles ($5.4 million)"
    k = i - 1 if i > 0 and low[i - 1] in {"$", "us$", "€", "£", "¥"} else i
    back = 8 if k > 0 and low[k - 1] == "(" else 4
    before = low[max(0, i - back) : i]
    priced = [j for j in range(max(0, i - back), i) if low[j] in _PRICED]
    if not priced or not set(before) & _ABOVE:
        return False
    noun = low[priced[0] - 1] if priced[0] > 0 else ""
    return noun not in GOODS | {"trade", "goods", "imports", "exports", "products"}


def _rates(s: Sentence, k: int, t: Trigger) -> dict[str, float]:
    """Tariff rates of the clause: from, to, and a new or additional duty."""
    low = s.lower
    seg = s.segments[k]
    out: dict[str, float] = {}
    rates = [m for m in s.marks if m.type == "percent" and seg.start <= m.start < seg.end]
    # a range or a list of rates is a duty at its top: "tariffs of 5% to 25%", "of 5% and
    # 10%", "duties of 3.02 to 24.12 per cent" (a bare number before the top)
    series = _series(low, rates)
    for m in rates:
        prev = _unqualified(low, max(seg.start, m.start - 6), m.start)
        nxt = low[m.end : m.end + 5]
        value = m.value or 0.0
        if rate_now(low, max(seg.start, m.start - 4), m.start):
            # "Tariffs on most goods now at 15 to 19 percent will be reduced ... to 10
            # percent": the rate the goods pay before the change (a bound names goods, no
            # rate: "goods now at 10 percent or less")
            if low[m.end : m.end + 2] not in (["or", "less"], ["or", "more"], ["and", "above"]):
                out.setdefault("from", value)
            continue
        if m.start in series:
            top = series[m.start]
            if top is not None:
                out.setdefault("change", top)
            continue
        # (not "15% of the customs value", the duty's own base)
        if (
            nxt[:1] == ["of"]
            and m.start != t.noun
            and prev[-1:] != ["of"]
            and not set(nxt[1:4]) & _VALUATION
        ):
            continue  # a share: "to 100 percent of tariff lines", "50% of its exports"
        if m.start == t.noun:  # the rate is the measure: "will be charged 40%"
            out.setdefault("change", value)
        elif prev[-1:] == ["from"] or prev[-2:] == ["from", "the"]:
            out.setdefault("from", value)  # "up from the 10 percent baseline"
        elif prev[-2:] == ["of", "up"] or prev[-1:] == ["of"] or prev[-3:] == ["of", "up", "to"]:
            out.setdefault("change", value)
        elif prev[-3:] == ["and", "up", "to"] and "change" in out:
            # "duties of up to 15.6 per cent on wind towers from China and up to 11.4 per cent
            # on towers from South Korea": a second duty's top, not a rate risen to
            continue
        elif (prev[-1:] and prev[-1] in _TOTAL) or prev[-2:] == ["amounting", "to"]:
            out.setdefault("change", value)  # "duties totalling 80.5%"
        elif prev[-1:] == ["to"]:
            out.setdefault("to", value)
        elif prev[-1:] and prev[-1] in _COPULA and m.start > t.noun:
            if "change" in out and "to" not in out:
                # "a planned 10% tariff on $300 billion of goods would be 15%": the new rate
                out["from"], out["to"] = out.pop("change"), value
            else:
                out.setdefault("change", value)  # "The additional duty on farm goods is 50%"
        elif prev[-1:] == ["by"] and (
            (
                "average" in low[seg.start : m.start]
                or low[t.noun] in {"quota", "quotas"}
                or t.kind == "tariff_cut"
            )
            and not {"point", "points"} & set(low[m.start : m.end + 2])
        ):
            # "lower the average rate on the items concerned by about 8.8 percent", "enlarge
            # their quotas on cotton goods ... by 88 percent", "cut every Australian tariff by
            # 25 per cent": the average, the quantity or each duty moved by a share of
            # itself, no rate of a duty
            continue
        elif prev[-1:] == ["by"] or "additional" in prev + nxt or "extra" in prev + nxt:
            out.setdefault("change", value)
        elif any(w in lx.TARIFF_NOUNS | {"levy", "import", "tariff", "duty"} for w in nxt):
            if prev[-1:] == ["the"] or t.kind == "tariff_cut" or t.reversed:
                out.setdefault("from", value)
            else:
                out.setdefault("change", value)
    # "will cut import tariffs on soybeans ... to zero from 3 percent": a rate of nothing
    # (only with the rate it falls from after it: "to zero" alone, or after a duty's rate
    # that may be another clause's, is read as no rate, as most sets have it)
    zero = [
        j
        for j in range(max(seg.start, t.head), seg.end - 3)
        if low[j : j + 3] == ["to", "zero", "from"]
        and any(m.type == "percent" and j + 3 <= m.start <= j + 4 for m in rates)
    ]
    if zero and "to" not in out and "from" in out:
        out["to"] = 0.0
    if "from" in out and "change" in out and "to" not in out:
        out["to"] = out.pop("change")  # "duties of up to 25%, up from 10%"
    if "change" in out and "to" in out and "from" not in out and low[t.head] in lx.RATE_UP:
        out["from"] = out.pop("change")  # "Tariffs of 10% ... are due to rise to 25%"
    # a duty done away with is the change: "will phase out its 10% tariff on Japanese cars"
    gone = t.kind == "tariff_cut" and low[t.head] in _DONE_AWAY
    if (
        "from" in out
        and "to" not in out
        and "change" not in out
        and (t.kind != "tariff_cut" or gone)
    ):
        out["change"] = out.pop("from")
    # "would be raised from 5 to 15 percent": a bare number the rate rises from
    bare = next(
        (
            low[m.start - 2]
            for m in rates
            if m.start >= seg.start + 3
            and low[m.start - 1] == "to"
            and low[m.start - 3] == "from"
            and _NUMBER.fullmatch(low[m.start - 2])
        ),
        None,
    )
    if "to" in out and "from" not in out and bare is not None:
        out["from"] = float(bare) / 100
    if "to" in out and "from" not in out:
        words = low[seg.start : seg.end]
        for j, word in enumerate(words):
            factor = _FACTORS.get(word)
            if factor and not set(words[max(0, j - 2) : j]) & {"nearly", "almost", "more", "over"}:
                out["from"] = out["to"] / factor  # "doubled to 50%": from 25%
                break
    return out


#: A bare number ("5", "7.5").
_NUMBER = re.compile(r"\d+(\.\d+)?")
#: Verbs that do away with a duty ("eliminate its 5% duty", "phase out its 10% tariff").
_DONE_AWAY = lx.forms("eliminate", "scrap", "remove", "abolish", "phase", "axe") | {"zero"}
#: Verbs that give a measure's rate after its noun ("the duty is 50 percent").
_COPULA = frozenset({"is", "are", "was", "were", "be", "stands", "stood", "remains"})
#: Words that qualify a rate ("to as much as 50%", "to nearly 25%", "to an average of 47.6%"),
#: skipped before it.
_QUALIFIERS = (
    ("as", "much", "as"), ("as", "high", "as"), ("as", "low", "as"), ("nearly",), ("about",),
    ("around",), ("roughly",), ("almost",), ("just",), ("over",), ("an", "average", "of"),
    # "to a maximum of about 50 percent": the rate a cut goes to, past its bound
    ("a", "maximum", "of"), ("a", "ceiling", "of"),
)  # fmt: skip


def _unqualified(low: list[str], a: int, at: int) -> list[str]:
    """The three words before a rate at ``at``, past its qualifiers ("to as much as 50%")."""
    end = at
    changed = True
    while changed:
        changed = False
        for q in _QUALIFIERS:
            if end - len(q) >= a and tuple(low[end - len(q) : end]) == q:
                end -= len(q)
                changed = True
    return low[max(a, end - 3) : end]


#: Words before the sum of several duties ("anti-dumping and anti-subsidy duties totalling 80%",
#: "countervailing duties averaging about 20 per cent").
_TOTAL = frozenset(
    {"totalling", "totaling", "totalled", "totaled", "combined", "reaching", "averaging"}
)
#: Verbs that multiply a rate: "doubled to 50%" was 25%.
_FACTORS = {
    **dict.fromkeys(("double", "doubled", "doubles", "doubling"), 2.0),
    **dict.fromkeys(("triple", "tripled", "triples", "tripling"), 3.0),
    **dict.fromkeys(("quadruple", "quadrupled", "quadruples", "quadrupling"), 4.0),
    **dict.fromkeys(("halve", "halved", "halves", "halving"), 0.5),
}


def _products(s: Sentence, a: int, b: int) -> list[Mark]:
    """Product words from ``a`` to ``b``.

    Not the goods a tail names, nor the services of "goods and services" (all trade), nor
    the vehicles a border opens to ("reopened their border to cargo trucks").
    """
    low = s.lower
    return [
        m
        for m in s.marks
        if m.type == "product"
        and a <= m.start < b
        and not _in_tail(s, m.start, b)
        and not (
            low[m.start] == "services" and low[max(0, m.start - 2) : m.start] == ["goods", "and"]
        )
        and not (
            "to" in low[max(a, m.start - 2) : m.start]
            and {"border", "borders", "crossing"} & set(low[max(a, m.start - 5) : m.start])
        )
        # "herring and mackerel caught by Faroese vessels": the catcher, not the goods
        and not (
            low[m.start] in {"vessels", "ships", "boats"}
            and "by" in low[max(a, m.start - 3) : m.start]
        )
        # "Council of Agriculture officials", "Japan's Ministry of Agriculture, Forestry and
        # Fisheries": a body's name, no goods
        and not (s.tokens[m.start][:1].isupper() and low[max(0, m.start - 2) : m.start] in _BODY_OF)
        # "a planned loan of about $100 million for food and medical supplies": what a loan
        # pays for, not goods a measure covers
        and not (
            "for" in low[max(a, m.start - 2) : m.start]
            and _LOANS & set(low[max(a, m.start - 10) : m.start])
        )
    ]


#: A body's name before the field it governs ("Ministry of Agriculture").
_BODY_OF = [[w, "of"] for w in ("ministry", "council", "department", "minister", "secretary")]


#: Nouns of a measure a reduced relative clause tells of ("the sanctions programme the
#: United States imposed in 2015").
#: Words of the value a duty is charged on ("15% of the customs value").
_VALUATION = frozenset({"value", "price", "prices"})
#: Words before the day a meeting was planned for ("a visit planned for October 23").
_PLANNED_FOR = (["planned", "for"], ["scheduled", "for"], ["set", "for"], ["slated", "for"])
#: Verbs that make a deal, past ("an agreement signed in 2011").
_DEAL_MADE = frozenset({"signed", "reached", "struck", "concluded", "sealed", "negotiated"})
#: Contracts told with their own making ("under the five-year contract signed in 1974").
_CONTRACTS = frozenset({"contract", "contracts"})
_PROGRAMMES = frozenset({"programme", "program", "sanctions", "measures", "ban", "embargo",
                         "controls", "curbs", "restrictions", "quotas"})  # fmt: skip


def _date(
    s: Sentence, k: int, t: Trigger, future: bool, report: dt.date | None
) -> tuple[dt.date | None, str, str | None, str]:
    """Date, precision, phrase and source (stated, reported, report) of a mention.

    A date in a relative clause after the measure ("the tariffs it imposed on Sept. 1", "the
    tariffs he had imposed 21 months ago") dates neither the mention nor its report.
    """
    if report is None:
        return None, "", None, ""
    seg = s.segments[k]
    low = s.lower
    relative = [
        i
        for i in range(max(seg.start, t.head), seg.end - 1)
        if low[i] in {"it", "they", "which", "that", "he", "she", "we"}
        and i + 1 < seg.end
        and (
            low[i + 1].endswith("ed")
            or low[i + 1] in {"made", "put", "set", "had", "was", "were", "is", "are"}
            or low[i + 1] in _IRREGULAR_PAST  # "the negotiations that began in 2020"
        )
    ]
    # a relative clause without its pronoun: "ended the sanctions programme the United
    # States imposed on Burundi in 2015" (a name after a noun, then its past verb)
    relative += [
        x.start - (low[x.start - 1] == "the")
        for x in s.marks
        if x.type in {"country", "leader"}
        and max(seg.start, t.head, t.noun) < x.start - 1
        and x.end < seg.end
        and (low[x.end].endswith("ed") or low[x.end] in _IRREGULAR_PAST)
        and low[x.start - 1 - (low[x.start - 1] == "the")] in lx.TARIFF_NOUNS | _PROGRAMMES
    ]
    # a deal the event's verb takes as its object, dated by its own making: "said the halt
    # broke an intergovernmental agreement on gas supplies signed in 2011", "the suspension
    # broke the agreement the two governments reached in September last year"
    relative += [
        j
        for j in range(max(seg.start, t.head) + 1, seg.end)
        if low[j] in _DEAL_MADE
        and any(low[n] in lx.DEAL_NOUNS | _CONTRACTS for n in range(max(seg.start, t.head) + 1, j))
        and low[j - 1] not in {"be", "been", "was", "were", "is", "are", "has", "have", "had"}
    ]
    relative.sort()
    stop = relative[0] if relative else seg.end
    # a plan that no longer holds, in a relative clause between the measure and its verb:
    # "The tariffs ..., which had been due to take effect on Feb. 1, were dropped on
    # Wednesday" (not "Beijing's duties, which take effect on March 20, answer ...")
    opened = [
        i
        for i in range(t.noun + 1, t.head)
        if low[i] in {"which", "that"} and low[i - 1] == "," and "had" in low[i + 1 : i + 3]
    ]
    between = range(opened[0], t.head) if opened else range(0)
    # a participle set off by commas before the verb dates its subject, not the event:
    # "Negotiations on a free trade agreement, launched last year, have been put on hold"
    aside = {
        j
        for c in range(seg.start, t.head)
        if low[c] == ","
        and c + 1 < t.head
        # or a person's relative clause: "Lopez Obrador, who takes office on Dec. 1, took part"
        # or one of the past perfect: "Angola, which had been threatened in April with a 32
        # percent rate, will face 15 percent"
        and (
            low[c + 1].endswith("ed")
            or low[c + 1] == "who"
            or (low[c + 1] == "which" and low[c + 2 : c + 3] == ["had"])
        )
        for close in [next((j for j in range(c + 2, t.head) if low[j] == ","), None)]
        if close is not None
        for j in range(c, close)
    }
    # (a person's, not a measure's: "Beijing's duties, which take effect on March 20, ...")
    # (or a country's, opening the clause after its name: "Russia, which lifted its bans on
    # Georgian wine last year, has warned that it could reimpose customs duties")
    country_relative = (
        low[seg.start] == "which"
        and low[seg.start - 1 : seg.start] == [","]
        and any(m.type == "country" and m.end == seg.start - 1 for m in s.marks)
    )
    if low[seg.start] == "who" or country_relative:  # the clause opens with it
        close = next((j for j in range(seg.start + 1, t.head) if low[j] == ","), None)
        aside |= set(range(seg.start, close or seg.start))
    # a plan told in the past perfect no longer holds: "an increase that had been due to take
    # effect on Friday" does not date the decision to hold it off
    undone = relative and "had" in low[stop : stop + 3]
    own = [
        (d, a)
        for d, a, b in s.dates
        if seg.start <= a < seg.end
        and not d.since
        # "suspend until Nov. 30 the ban": the end of the suspension, not its date
        and not d.text.lower().startswith(_ENDS)
        and not (a >= stop and (not d.effective or undone))
        and not _says(low, a, b)
        and not included(s, max(seg.start, t.head), a)
        and a not in aside
        and a not in between
    ]
    # not the day a meeting was planned for, when the step is dated before its verb: "on
    # Tuesday postponed a state visit to Washington planned for October 23"
    if any(a < t.head for _, a in own):
        own = [(d, a) for d, a in own if a < t.head or low[a - 2 : a] not in _PLANNED_FOR]
    pick = None
    effective = [d for d, a in own if d.effective]
    if effective:
        pick = effective[0]
    elif not t.kind.startswith("talks") and t.kind != "market_reaction":
        # (talks and markets take no effect: "talks ... ended on Thursday without a final
        # agreement, and Taiwanese goods will face a 20% tariff from Aug. 7")
        # a later clause of its start: "..., starting on his first day in office on Jan. 20",
        # "..., with the limit taking effect on Monday", "..., which takes effect on Thursday"
        for g in s.segments[k + 1 :]:
            if g.type in {"condition", "cause"} or low[g.start] not in _EFFECTIVE | _ATTACHED:
                continue
            starts = [d for d, a, _ in s.dates if g.start <= a < g.end and not d.since]
            # (or "..., with effect from yesterday": a day named without its preposition)
            if low[g.start] not in _EFFECTIVE and low[g.start : g.start + 3] != [
                "with",
                "effect",
                "from",
            ]:
                starts = [d for d in starts if d.effective]
            if starts:
                # a start after a dated decision comes after it: "devalued the bolivar on
                # Friday, ..., with effect from Wednesday" (the next Wednesday)
                resolved = _reading(starts[0], report, True, _done(s, k, t) and not own)
                if resolved is not None:
                    return resolved[0], resolved[1], starts[0].text, "stated"
    if pick is None and own:
        later = [d for d, a in own if a >= t.head]
        pick = later[0] if later else own[-1][0]
    source = "stated"
    if pick is None:
        reported = [
            d
            for d, a, b in s.dates
            if not d.since
            and (
                any(g.type == "report" and g.start <= a < g.end for g in s.segments)
                or _says(low, a, b)
            )
            # not a relative clause of the measure: "the controls it announced on Oct. 9"
            and not (relative and stop <= a < seg.end)
        ]
        if reported:
            pick, source = reported[0], "reported"
            future = False
    if pick is None:
        return report, "report", None, "report"
    at = next(a for d, a, _ in s.dates if d is pick)
    words = [low[j] for j in range(seg.start, at) if j not in between]
    future = (
        source == "stated"
        and (
            pick.effective
            or pick.deadline
            or any(
                (
                    w in _FUTURE_DATE
                    and (w != "set" or words[j + 1 : j + 2] == ["to"])
                    # not a compound's word: gas "for next-day delivery", "day-ahead"
                    and "-" not in words[max(0, j - 1) : j] + words[j + 1 : j + 2]
                )
                # "could approve a ban on imports of Iranian oil on Jan. 30": a step that may
                # come (not "could not agree on Friday", nor "could have ...")
                or (
                    w == "could"
                    and words[j + 1 : j + 2] not in (["not"], ["n't"], ["have"])
                    and t.head - 3 <= seg.start + j < t.head
                )
                # an infinitive, unless an aside before the event's verb: "Marcos, the first
                # leader to visit Trump, held talks ... on Tuesday" (last Tuesday)
                or (
                    w == "to"
                    and j + 1 < len(words)
                    and words[j + 1] in _VERBS
                    and "," not in low[seg.start + j : max(t.head, seg.start + j)]
                    # "failed to agree at talks ... on March 2": what did not happen, done
                    and (j == 0 or words[j - 1] not in lx.FAILED)
                    # "failed to persuade Rospotrebnadzor to lift the ban at talks ... on
                    # Thursday": what someone was urged to do, not the event's time
                    and not set(words[max(0, j - 4) : j]) & _URGED
                )
                for j, w in enumerate(words)
            )
        )
    )
    done = pick.effective and not set(words) & _FUTURE_DATE and _done(s, k, t)
    resolved = _reading(pick, report, future, done)
    if resolved is None:
        return None, "", pick.text, "same_time"
    return resolved[0], resolved[1], pick.text, source


#: Verbs whose object is urged to act ("persuade Rospotrebnadzor to lift the ban").
_URGED = frozenset({"persuade", "convince", "urge", "urged", "ask", "asked", "press", "pressed"})


def _done(s: Sentence, k: int, t: Trigger) -> bool:
    """Whether the measure's verb tells it as done: past or perfect, with no modal before it.

    "Botswana banned imports ... from Jan. 1", "has lowered its tariff ... with effect from
    Aug. 1": the date it took effect is the nearest, not the next (below).
    """
    low = s.lower
    head = low[t.head]
    past = head.endswith("ed") or head in _IRREGULAR_PAST
    before = low[max(s.segments[k].start, t.head - 3) : t.head]
    return past and not set(before) & (_FUTURE_DATE | {"to", "could", "may", "might", "must"})


def _reading(
    pick: DatePhrase, report: dt.date, future: bool, done: bool
) -> tuple[dt.date, str] | None:
    """A date resolved as :meth:`DatePhrase.resolve` does, but for a measure told as done.

    The day a measure done took effect is the one of the two readings, the next and the
    last, nearer to the report: "banned imports ... from Jan. 1" in a report of 18 January is
    this 1 January; "cut duties on 850 goods from Jan. 1" in one of 23 December, the next.
    """
    ahead = pick.resolve(report, future)
    if not (done and future) or ahead is None:
        return ahead
    back = pick.resolve(report, False, done=True)
    if back is not None and abs((back[0] - report).days) < abs((ahead[0] - report).days):
        return back
    return ahead


def _series(low: list[str], rates: list[Mark]) -> dict[int, float | None]:
    """Rates given as a range or a list after "of": each mark's start to the series' top.

    The first mark of a series maps to its largest rate, the others to None (taken with
    it): "of 5% to 25%", "of 5% and 10%", "of 15, 25 and 50 per cent" (bare numbers before
    the last mark count too: "of 3.02 to 24.12 per cent").
    """
    out: dict[int, float | None] = {}
    k = 0
    while k < len(rates):
        first = rates[k]
        j = first.start - 1
        # bare numbers before the mark, back to "of": "of 3.02 to 24.12 per cent"
        bare: list[float] = []
        while j > 0 and (_number(low[j]) is not None or low[j] in _JOINS):
            if _number(low[j]) is not None:
                bare.append(_number(low[j]) / 100)  # type: ignore[operator]
            j -= 1
        opened = low[j : j + 1] == ["of"] and (bare or first.start - 1 == j)
        chain = [first]
        while (
            k + len(chain) < len(rates)
            and low[chain[-1].end : chain[-1].end + 1] in (["to"], ["and"], ["or"], [","])
            and rates[k + len(chain)].start == chain[-1].end + 1
        ):
            chain.append(rates[k + len(chain)])
        if opened and (len(chain) > 1 or bare):
            top = max([m.value or 0.0 for m in chain] + bare)
            out[first.start] = top
            for m in chain[1:]:
                out[m.start] = None
        k += len(chain)
    return out


def _number(word: str) -> float | None:
    try:
        return float(word.replace(",", ""))
    except ValueError:
        return None


#: Words between the rates of a series ("5% to 25%", "15, 25 and 50 per cent").
_JOINS = frozenset({"to", "and", "or", ","})


#: Irregular past forms that open a relative clause's verb ("that began in 2020").
_IRREGULAR_PAST = frozenset(
    {"began", "took", "came", "went", "won", "struck", "broke", "brought", "rose", "fell",
     "grew", "sought", "led", "left", "met", "held", "ran", "became", "gave", "saw"}
)  # fmt: skip
#: Words that open a date phrase telling when something ends ("until June 30").
_ENDS = ("until ", "till ", "through ", "up to ")
_EFFECTIVE = frozenset({"starting", "effective", "beginning", "from", "taking", "rising"})
#: Words that open a clause about the measure before them ("with the cap taking effect ...").
_ATTACHED = frozenset({"with", "which", "that", "while", "and"})
#: Words after which a date belongs to a part of the measure ("including a ban ... from 2027").
_PARTS = frozenset({"including", "includes", "include", "plus"})
_MEASURES = (
    lx.TARIFF_NOUNS | lx.SANCTION_NOUNS | lx.EXPORT_NOUNS | {"embargo", "cap", "controls", "quota"}
)


def included(s: Sentence, head: int, at: int) -> bool:
    """Whether the date at token ``at`` dates a part of the measure at ``head``, not the whole.

    "adopted its 19th package of sanctions on Thursday, including a ban on LNG imports
    from January 2027": the ban's date, not the package's.

    Parameters
    ----------
    s : Sentence
        The sentence.
    head : int
        The measure's word of change.
    at : int
        The first token of a date phrase.

    Returns
    -------
    bool
        True when *including*, *such as* or *plus* and then a measure of its own ("a ban",
        "tariffs") stand between them; a list of products there ("including almonds and
        walnuts, from Sunday") leaves the date to the whole.
    """
    low = s.lower
    for k in range(head + 1, at):
        if low[k] in _PARTS or (low[k] == "such" and low[k + 1 : k + 2] == ["as"]):
            return any(low[j] in _MEASURES for j in range(k + 1, at))
    return False


def _says(low: list[str], a: int, b: int) -> bool:
    """Whether the date phrase at ``a:b`` dates a reporting verb ("Trump on Friday said").

    Not a participle after a comma that gives the clause's reason: "stopped accepting
    timber ... in late 2020, citing pests" dates the stop ("..., saying" still tells).
    """
    after = low[b : b + 2]
    if after[:1] == [","] and after[1:2] in (["citing"], ["blaming"], ["pointing"]):
        after = []
    # "... a 25% tariff from August 1, according to a letter from President Donald Trump":
    # a start, and a source named for the whole sentence, date no saying
    if low[a : a + 1] in (["from"], ["effective"], ["starting"]) or after[1:2] == ["according"]:
        after = []
    # "from several Australian states in late 2020": the noun, no verb of saying
    before = [w for w in low[max(0, a - 2) : a] if w != "states"]
    return any(w in gr.REPORTING for w in before + after)


#: Verbs of countries that join a bloc together ("Britain, Denmark and Ireland became members").
_JOINED = frozenset({"became", "become", "becomes"})


def co_actors(s: Sentence, a: int, head: int, actor: str | None) -> list[str]:
    """The countries coordinated with a mention's actor as the subject of its verb.

    "Saudi Arabia, the UAE, Bahrain and Egypt closed their links with Qatar": each of
    the four acts (one event each); "The Fed and the Bank of England sold yen": two; a list
    before a relative clause acts too ("Thailand, Indonesia and Malaysia, which together
    produce ..., agreed to cut their rubber exports").

    Parameters
    ----------
    s : Sentence
        The sentence.
    a : int
        The first token of the clause.
    head : int
        The mention's verb.
    actor : str or None
        The actor found for the mention.

    Returns
    -------
    list of str
        The coordinated countries in order, the actor among them; empty when the actor
        stands alone.
    """
    names = [m for m in s.marks if m.type in {"country", "leader"} and m.code]
    low = s.lower
    # a clause opened by "and" with no subject of its own shares the sentence's subject
    if low[a] in {"and", "but"} and _agent_before(s, a, head) is None:
        a = 0
    # "Thailand, Indonesia and Malaysia, which together produce about two-thirds of the
    # world's natural rubber, agreed ...": the list stands before the relative clause
    close = None
    if low[a] in {"which", "who"} and a >= 2 and low[a - 1] == ",":
        close = next((k for k in range(a + 1, head) if low[k] == ","), None)
    if close is not None:
        a = next((g.start for g in s.segments if g.end == a), 0)
    agent = _agent_before(s, a, head)
    if agent is None:
        return []
    chain = [agent]
    while True:
        before = [n for n in names if n.end <= chain[0].start and a <= n.start]
        if not before or not _coordinated(s, names, chain[0]):
            break
        chain.insert(0, before[-1])
    # (the actor found is one of the list: the last before the verb, or the first of those
    # that "became members of" a bloc)
    if agent.code != actor and not (low[head] in _JOINED and actor in {n.code for n in chain}):
        return []
    # a verb follows the list directly (past a modal or an adverb): "... and Egypt closed"
    # (or past the relative clause: "..., which ..., agreed")
    after = close + 1 if close is not None and low[agent.end] == "," else agent.end
    # (or past an apposition: "Singapore and South Korea, two of the biggest Asian buyers of
    # Belgian food, have banned Belgian meat")
    if close is None and low[agent.end : agent.end + 1] == [","]:
        shut = next(
            (k for k in range(agent.end + 2, min(head, agent.end + 15)) if low[k] == ","), None
        )
        after = shut + 1 if shut is not None else after
    nxt = low[after] if after < len(low) else ""
    # or a reporting verb whose clause is theirs: "Germany and France said they had suspended"
    verb = nxt in _VERBS | _MODALS | gr.REPORTING | _JOINED or (
        nxt.endswith("ed") and nxt.isalpha()
    )
    if len(chain) < 2 or not verb:
        # "Australia has imposed travel bans ..., acting together with Britain, Canada, New
        # Zealand and Norway": the partners listed after the verb act too
        joined = [
            k
            for k in range(head + 1, len(low) - 1)
            if low[k : k + 2] in (["together", "with"], ["jointly", "with"], ["in", "concert"])
        ]
        if not joined:
            return []
        listed: list[Mark] = []
        for n in sorted((n for n in names if n.start > joined[0] + 1), key=lambda n: n.start):
            gap = low[listed[-1].end : n.start] if listed else low[joined[0] + 2 : n.start]
            if len(gap) > 2 or not set(gap) <= {",", "and", "the"}:
                break
            listed.append(n)
        if not listed:
            return []
        return list(dict.fromkeys([str(actor), *(n.code for n in listed if n.code)]))
    return list(dict.fromkeys(n.code for n in chain if n.code))


def gapped_currencies(s: Sentence, head: int, end: int) -> list[str]:
    """The countries of currencies that share a currency step's verb, gapped.

    "The Swiss franc was revalued by 7.07 percent and the Austrian schilling by 5.05
    percent": the schilling's country revalued too.  A currency after "and" (and an
    article or its country's adjective) followed by "by" and a percentage, with no verb of
    its own.
    """
    low = s.lower
    out = []
    for m in s.marks:
        if m.type != "currency" or not m.code or m.start <= head or m.start >= end:
            continue
        before = [w for w in low[max(head, m.start - 3) : m.start] if w not in {"the", "its"}]
        if before[-1:] != ["and"] or low[m.end : m.end + 1] != ["by"]:
            continue
        if any(p.type == "percent" and p.start == m.end + 1 for p in s.marks):
            out.append(str(m.code))
    return out


#: Words after a subject that open its verb group ("will", "also", "have").
_MODALS = frozenset(
    {"will", "would", "also", "have", "has", "had", "could", "may", "might", "must", "jointly",
     "together", "both", "all", "each", "on", "late", "early"}
)  # fmt: skip
