"""A light phrase analysis of a clause, from its tokens, names and the word tables.

No parser is at hand (spaCy's trained pipelines cannot be installed here), so the reader
sees a clause's structure through a few robust cues:

* **units**: a name, an amount, a rate, a date phrase or a bracket counts as one unit, so
  that a verb and its object are near however long the names between them ("added China's
  Huawei Technologies and Semiconductor Manufacturing International Corp (SMIC) to its
  entity list"); adverbials of time ("for 90 days", "on Thursday") count as one too;
* **modifiers**: a measure word that only modifies the noun after it ("a tariff truce",
  "U.S. import tariffs") and a participle used as an adjective ("purchases of sanctioned
  Russian oil") report no event;
* **the patient subject**: in "Vietnamese goods will face a 20% tariff", "imports from
  Canada will be hit with duties" or "U.S. products will enter Vietnam duty-free" the
  subject is the goods a measure falls on, not its author: their origin is the target and
  the importer ("enter Vietnam", "into the EU", "by Washington") the actor.
"""

from __future__ import annotations

from dataclasses import dataclass
from itertools import pairwise

from tradewar.news import grammar as gr
from tradewar.news import lexicon as lx
from tradewar.news.records import Sentence

__all__ = [
    "JOINERS",
    "Patient",
    "adjectival",
    "answered",
    "measure_noun",
    "modifier",
    "owner",
    "patient",
    "rate_now",
    "units",
]

#: Words of a verb group before its main verb ("will not be", "has already").
AUXILIARIES = frozenset(
    {"will", "would", "shall", "should", "can", "could", "may", "might", "must", "'ll", "is",
     "are", "was", "were", "be", "been", "being", "has", "have", "had", "'s", "'re", "do",
     "does", "did", "to", "not", "n't", "also", "then", "now", "soon", "still", "already",
     "further", "likely", "reportedly", "immediately", "effectively", "instead", "in", "turn",
     "automatically", "largely", "mostly", "only"}
)  # fmt: skip
_IRREGULAR_PARTICIPLES = frozenset({"hit", "cut", "put", "set", "held", "struck", "sold", "bought"})
_BE = frozenset({"is", "are", "was", "were", "be", "been", "being", "'s", "'re"})
#: Words that come before a participle used as an adjective ("of sanctioned oil").
_NOMINAL_LEFT = frozenset(
    {"the", "a", "an", "its", "their", "his", "her", "our", "this", "that", "these", "those",
     "of", "on", "for", "from", "with", "by", "to", "in", "'s", "-", "newly",
     "already", "previously", "recently", "some", "any", "all", "other", "most", "no"}
)  # fmt: skip
#: Determiners: a word in *-ing* after one is a noun or an adjective, not a verb.
_DETERMINERS = frozenset({"the", "a", "an", "its", "their", "his", "her", "our", "this", "that",
                          "these", "those", "'s"})  # fmt: skip
#: Nouns for goods: a subject made of them is what a measure falls on.
GOODS = frozenset(
    {"goods", "products", "imports", "exports", "shipments", "items", "cargoes", "produce",
     "merchandise", "commodities", "wares", "consignments", "parcels", "packages"}
)  # fmt: skip
#: Verbs whose subject suffers the measure that is their object ("goods will face ...").
PATIENT_VERBS = frozenset(
    {"face", "faces", "facing", "faced", "incur", "incurs", "incurred", "attract", "attracts",
     "attracted", "pay", "pays", "paying", "enter", "enters", "entering", "get", "gets",
     "receive", "receives", "received", "enjoy", "enjoys", "lose", "loses", "losing", "lost",
     "forfeit", "forfeits", "forfeited", "regain", "regains", "regained", "regaining",
     "carry", "carries", "bear", "bears"}
)  # fmt: skip
#: Verbs of losing what one had (:data:`~tradewar.news.lexicon.LOSE_VERBS`): their subject
#: may be the sellers ("Kenyan exporters lost their duty-free access to the U.S. market"),
#: and the market after "to" the importer.
LOSE_VERBS = lx.LOSE_VERBS | lx.REGAIN_VERBS
_SELLERS = frozenset(
    {"exporters", "producers", "makers", "manufacturers", "suppliers", "growers", "firms",
     "companies", "farmers", "sellers"}
)  # fmt: skip
#: Participles that, after a form of "be", make the subject the patient ("be hit with").
PASSIVE_MEASURES = frozenset(
    {"hit", "charged", "taxed", "levied", "subjected", "subject", "slapped", "targeted",
     "exempted", "exempt", "spared", "covered", "affected", "included", "added", "placed",
     "put", "banned", "barred", "blacklisted", "sanctioned", "restricted", "penalized",
     "penalised", "allowed", "granted", "given", "raised", "lifted", "cut", "lowered",
     # a firm seized: "Two Indian banks ... were also taken over"
     "nationalised", "nationalized", "expropriated", "seized", "taken"}
)  # fmt: skip
#: Words that lead to the importer after a patient verb ("enter Vietnam", "into the EU").
_IMPORTER_CUES = frozenset({"enter", "enters", "entering", "into", "in", "by", "at"})
#: Words of goods sent to a market ("goods exported to", "exports to", "shipments to").
_GOODS_SENT = frozenset({"exported", "exports", "shipped", "shipments", "sold", "sales"})


def _sent_to(low: list[str], k: int) -> bool:
    """Whether the country named at ``k`` is where goods are sent ("exported to the")."""
    at = k - 2 if low[k - 2 : k] == ["to", "the"] else k - 1
    return at >= 1 and low[at] == "to" and low[at - 1] in _GOODS_SENT


_BOUNDARY = frozenset({",", ";", ":", "that", "which", "who", "where", "while", "whereas"})


def asides(s: Sentence) -> set[int]:
    """The tokens of relative clauses set off by commas, the commas included.

    "U.S. sanctions on NIS, which is majority-owned by Gazprom Neft, took effect": the
    aside is neither the distance between the measure and its verb nor the measure's
    target.

    Parameters
    ----------
    s : Sentence
        The sentence.

    Returns
    -------
    set of int
        Token positions, from the comma before *which* or *who* to the comma that closes
        the clause (at most 16 words on; none when a ``;`` or the sentence ends first).
    """
    low = s.lower
    n = len(low)
    out: set[int] = set()
    for k in range(1, n - 1):
        if low[k] == "," and low[k + 1] in {"which", "who"}:
            close = next((j for j in range(k + 2, min(n, k + 18)) if low[j] == ","), None)
            stop = next((j for j in range(k + 2, min(n, k + 18)) if low[j] in {";", "."}), n)
            if close is not None and close < stop:
                out.update(range(k, close + 1))
        # "Duties on more sensitive products, such as Israeli citrus and American processed
        # foods, will be phased out": examples set off by commas before the clause's verb
        if low[k] == "," and low[k + 1 : k + 3] == ["such", "as"]:
            close = next((j for j in range(k + 3, min(n - 1, k + 14)) if low[j] == ","), None)
            if close is not None and low[close + 1] in _AUXILIARIES:
                out.update(range(k, close + 1))
    return out


#: Verbs that open a clause's predicate after its subject ("..., will be phased out").
_AUXILIARIES = frozenset(
    {"will", "would", "are", "is", "were", "was", "have", "has", "had", "could", "may",
     "must", "shall", "remain", "remains", "can"}
)  # fmt: skip


def units(s: Sentence) -> list[int]:
    """The unit of each token: names, amounts, rates, dates, brackets and asides count as one.

    Parameters
    ----------
    s : Sentence
        A sentence with its marks and dates.

    Returns
    -------
    list of int
        Non-decreasing unit numbers, one per token; the distance between two tokens
        is the difference of their units.
    """
    n = len(s.tokens)
    joined = [False] * n  # token k continues the unit of token k - 1
    for m in s.marks:
        for k in range(m.start + 1, min(m.end, n)):
            joined[k] = True
    for _, a, b in s.dates:
        for k in range(a + 1, min(b, n)):
            joined[k] = True
    depth = 0
    low = s.lower
    for k, word in enumerate(low):
        if word == "(":
            depth += 1
            if k > 0:
                joined[k] = True
        elif word == ")":
            joined[k] = True
            depth = max(0, depth - 1)
        elif depth:
            joined[k] = True
    # ", which is owned by ... ,": a relative clause set off by commas counts for nothing
    for j in asides(s):
        joined[j] = True
    # "for 90 days", "for two years": one adverbial unit
    for k in range(n - 2):
        if low[k] == "for" and low[k + 2] in {"days", "months", "weeks", "years", "day"}:
            joined[k + 1] = joined[k + 2] = True
    out: list[int] = []
    unit = -1
    for k in range(n):
        if not joined[k] or k == 0:
            unit += 1
        out.append(unit)
    return out


def adjectival(s: Sentence, i: int) -> bool:
    """Whether the participle at ``i`` modifies a noun ("purchases of sanctioned oil").

    Parameters
    ----------
    s : Sentence
        The sentence.
    i : int
        A token ending in *-ed* (or an irregular participle).

    Returns
    -------
    bool
        True when a determiner, preposition or possessive stands before it and a name,
        product or noun (not a preposition or a determiner) after it; for a word in *-ing*,
        when a determiner stands before it ("a ruling", "its widening deficit").
    """
    low = s.lower
    if i == 0 or i + 1 >= len(low) or low[i - 1] not in _NOMINAL_LEFT:
        return False
    if low[i].endswith("ing") and low[i - 1] in _DETERMINERS:
        return True  # "a ruling against the tariffs", "the bloc's widening trade deficit"
    if not low[i].endswith(("ed", "en")) and not (
        low[i] in _IRREGULAR_PARTICIPLES and low[i - 1] != "to"
    ):
        return False
    nxt = low[i + 1]
    return nxt not in gr.OBJECT_PREPS | _NOMINAL_LEFT | AUXILIARIES | {",", ".", "by", "as"}


def rate_now(low: list[str], a: int, b: int) -> bool:
    """Whether ``low[a:b]`` tells the rate goods pay now, before a change.

    "Tariffs on most goods now at 15 to 19 percent will be reduced ... to 10 percent",
    "duties currently at 8 percent": the rate the change starts from, no rate of its own.

    Parameters
    ----------
    low : list of str
        The sentence's tokens, lower-cased.
    a, b : int
        The span of tokens to look in.

    Returns
    -------
    bool
        True when "now at" or "currently at" stands in the span.
    """
    return any(low[k : k + 2] in (["now", "at"], ["currently", "at"]) for k in range(a, b))


def modifier(low: list[str], i: int) -> bool:
    """Whether the measure word at ``i`` only modifies the noun after it.

    "a tariff truce", "the tariff war", "talks on a sanctions deal", "U.S. import tariffs"
    (for *import*): the phrase names another thing, or the measure is the noun after.

    Parameters
    ----------
    low : list of str
        The sentence's tokens, lower-cased.
    i : int
        The token of a measure word (a tariff noun, a purchase noun or verb).

    Returns
    -------
    bool
        True when the next token is a head noun of :data:`~tradewar.news.lexicon.MODIFIED_HEADS`,
        or, for a word of buying, a measure noun.
    """
    if i + 1 >= len(low):
        return False
    nxt = low[i + 1]
    if nxt in lx.MODIFIED_HEADS:
        return True
    buying = lx.PURCHASE_NOUNS | lx.BUY_VERBS
    return low[i] in buying and (
        nxt in lx.TARIFF_NOUNS | lx.EXPORT_NOUNS | lx.SANCTION_NOUNS
        or nxt in {"data", "figures", "bill", "licence", "license", "licences", "licenses",
                   "rules", "regime", "costs", "prices", "values", "volumes", "tax", "taxes"}
    )  # fmt: skip


@dataclass(frozen=True, slots=True)
class Patient:
    """The goods a clause's subject names when a measure falls on them.

    Parameters
    ----------
    origin : str or None
        The country the goods come from (the measure's target), when named.
    importer : str or None
        The country they enter (the measure's author), when named in the clause.
    start : int
        The first token of the subject.
    others : tuple of str, default ()
        More countries the subject lists ("Canada, Mexico, Britain and India now pay 10%").
    """

    origin: str | None
    importer: str | None
    start: int
    others: tuple[str, ...] = ()


def _verb_group_start(s: Sentence, a: int, head: int) -> int:
    """The first token of the verb group that ends at ``head`` ("will not be hit")."""
    low = s.lower
    k = head
    while k - 1 >= a and low[k - 1] in AUXILIARIES:
        k -= 1
    return k


def patient(s: Sentence, a: int, head: int, noun: int) -> Patient | None:
    """The goods that suffer a measure as the subject of its clause, if they are.

    "Vietnamese goods will face a 20% tariff", "imports from Canada will be hit with
    duties", "U.S. products will enter Vietnam duty-free", "goods transshipped through
    Vietnam will be charged 40%".

    Parameters
    ----------
    s : Sentence
        The sentence.
    a : int
        The first token of the clause.
    head : int
        The measure's verb (*face*, *hit*, *charged*, *enter*).
    noun : int
        The measure's noun (*tariff*, *duty-free*; the rate for "charged 40%").

    Returns
    -------
    Patient or None
        None when the verb is not one whose subject suffers the measure, or the
        subject is no goods (a country that *faces* tariffs is the target too: its
        name is the origin).
    """
    low = s.lower
    if noun < head:
        return None
    word = low[head]
    group = _verb_group_start(s, a, head)
    passive = word in PASSIVE_MEASURES and any(w in _BE for w in low[group:head])
    if not (word in PATIENT_VERBS or passive or (word == "subject" and group < head)):
        return None
    # the subject: back from the verb group to the clause's start or a boundary
    start = group
    while start - 1 >= a and low[start - 1] not in _BOUNDARY:
        start -= 1
    subject = range(start, group)
    if not subject and start - 1 >= a and low[start - 1] == ",":
        # "Angola, which had been threatened in April with a 32 percent rate, will face 15
        # percent": the subject before a relative clause set off by commas
        # ("Two Indian banks, the Bank of India and the Bank of Baroda, were also taken over":
        # or before an apposition)
        opened = next((c for c in range(start - 2, a - 1, -1) if low[c] == ","), None)
        if opened is not None:
            start = opened
            while start - 1 >= a and low[start - 1] not in _BOUNDARY:
                start -= 1
            subject = range(start, opened)
    if not subject:
        return None
    goods = any(low[k] in GOODS for k in subject) or any(
        m.type == "product" and m.start in subject for m in s.marks
    )
    lose = word in LOSE_VERBS
    goods = goods or (
        lose and any(low[k] in _SELLERS or low[k].endswith("makers") for k in subject)
    )
    names = [m for m in s.marks if m.type in {"country", "company"} and m.start in subject]
    # "Fijian goods entering the United States will face a 32 percent tariff": the country
    # the goods enter is the importer, not an origin
    entered = [
        m
        for m in names
        if m.type == "country"
        and (
            low[m.start - 1 : m.start] in (["entering"], ["into"])
            or low[max(0, m.start - 2) : m.start] in (["entering", "the"], ["into", "the"])
            # "Moldovan goods exported to the United States", "Brunei Darussalam's exports to
            # the United States will be charged a 25 per cent tariff"
            or _sent_to(low, m.start)
        )
    ]
    origin_marks = [
        m
        for m in names
        if not (m.start > 0 and low[m.start - 1] in {"through", "via", "into", "to", "in"})
        and m not in entered
    ]
    # "Canada, Mexico, Britain and India now pay 10%": countries, and nothing else, that pay
    payers = (
        not goods
        and word in _PAYING
        and bool(origin_marks)
        and all(
            low[k] in _LIST_WORDS or any(m.start <= k < m.end for m in origin_marks)
            for k in subject
        )
    )
    # "India will lose duty-free access to the U.S. market": a country that loses it suffers
    if not goods and not payers and not (origin_marks and (passive or lose)):
        return None
    origin = origin_marks[-1].code if origin_marks else None
    importer = None
    for m in s.marks:
        if m.type != "country" or not head < m.start < head + 12 or m.code == origin:
            continue
        if "," in low[head : m.start]:
            break  # another clause's: "... from today, after ... over the invasion of Ukraine"
        cues = _IMPORTER_CUES | {"to"} if lose else _IMPORTER_CUES
        if low[m.start - 1] in cues or (
            low[m.start - 1] == "the" and (m.start >= 2 and low[m.start - 2] in cues)
        ):
            importer = m.code
            break
    if importer is None and entered:
        importer = entered[0].code
    if importer is None:
        # "China will require importers of Australian wine to pay deposits": who requires
        prior = [
            m for m in s.marks if m.type == "country" and a <= m.start < start and m.code != origin
        ]
        importer = prior[-1].code if prior else None
    # "Ethiopia, Mali and Guinea lost their duty-free access to the US market": countries,
    # and nothing else, that lose it
    losers = (
        lose
        and bool(origin_marks)
        and all(
            low[k] in _LIST_WORDS or any(m.start <= k < m.end for m in origin_marks)
            for k in subject
        )
    )
    if payers or losers:
        # the list goes on past its commas: "Canada, Mexico, Britain and India"
        names_at = {k: m for m in s.marks if m.type == "country" for k in range(m.start, m.end)}
        while start - 1 >= a and (low[start - 1] in _LIST_WORDS or start - 1 in names_at):
            start -= 1
        listed = [m for m in s.marks if m.type == "country" and start <= m.start < group]
        codes = list(dict.fromkeys(m.code for m in listed if m.code))
        if importer in codes:
            importer = None
        return Patient(codes[0], importer, start, tuple(codes[1:]))
    # "Goods imported from Russia and Belarus face ...": the goods of every country listed
    listed = [m for m in origin_marks if m.code]
    if len(listed) > 1 and all(
        set(low[x.end : y.start]) <= {",", "and", "or", "the"} for x, y in pairwise(listed)
    ):
        codes = [c for c in dict.fromkeys(m.code for m in listed) if c and c != importer]
        if len(codes) > 1:
            return Patient(codes[0], importer, start, tuple(codes[1:]))
    return Patient(origin, importer, start)


#: Verbs whose subject pays a measure's rate ("now pay 10%", "face a 19% tariff").
_PAYING = frozenset({"pay", "pays", "paying", "face", "faces", "facing"})
#: Words of a list of names ("Canada, Mexico and India now").
_LIST_WORDS = frozenset({",", "and", "now", "also", "both", "all", "the", "will", "would"})
#: Words that may stand between a measure's owner and its noun ("U.S. reciprocal tariffs").
_MEASURE_MODIFIERS = lx.WAR_WORDS | {
    "import", "export", "own", "-", "'s", "straight", "blanket", "sweeping", "broad", "steep",
    "stiff", "hefty", "tariff", "trade", "customs", "punishing",
}  # fmt: skip
#: Verbs whose subject benefits from a measure's reprieve ("Mexico won a reprieve from ...").
BENEFIT_VERBS = frozenset(
    {"won", "wins", "win", "winning", "secured", "secures", "secure", "obtained", "obtains",
     "got", "gets", "received", "receives", "granted"}
)  # fmt: skip


def owner(s: Sentence, a: int, noun: int) -> str | None:
    """The country a nationality adjective or name directly before a measure names, if any.

    "a 32% U.S. tariff", "Chinese export controls", "Beijing's restrictions", "higher U.S.
    reciprocal tariffs": the measure's author.  A product word between them makes the
    name the goods' origin ("Chinese steel tariffs"), so no owner.

    Parameters
    ----------
    s : Sentence
        The sentence.
    a : int
        The first token of the clause.
    noun : int
        The first token of the measure's noun (or of its phrase).

    Returns
    -------
    str or None
        The country's code.
    """
    low = s.lower
    k = noun
    while k - 1 >= a and k - noun > -4 and low[k - 1] in _MEASURE_MODIFIERS:
        k -= 1
    found = [
        m
        for m in s.marks
        if m.type in {"country", "leader"} and m.end == k and m.code and m.start >= a
    ]
    goods = next((m for m in s.marks if m.type == "product" and m.end == k and m.start > a), None)
    if not found and goods is not None:
        # "an exemption from U.S. steel tariffs": after "from", the name before the goods
        # owns the measure
        return next(
            (
                m.code
                for m in s.marks
                if m.type == "country"
                and m.end == goods.start
                and m.start >= 1
                and low[m.start - 1] == "from"
            ),
            None,
        )
    if not found or any(m.type == "product" and k <= m.start < noun for m in s.marks):
        return None
    start = found[0].start
    if start > 1 and low[start - 1] == "from" and low[start - 2] in lx.RELIEF_NOUNS:
        return found[0].code  # "an exemption from U.S. sanctions": relief from its measure
    if start > 0 and low[start - 1] in {"on", "against", "from", "to", "with", "of", "for"}:
        return None  # "tariffs on U.S. imports": the name is the goods', not the measure's
    return found[0].code


#: Prepositions that introduce another's measure a measure answers ("against U.S. tariffs").
_ANSWERING = frozenset({"against", "to", "for", "over"})


def answered(s: Sentence, start: int, end: int) -> int:
    """Where a phrase naming the measure that a measure answers begins, else ``end``.

    "countermeasures against U.S. tariffs on steel and aluminium": what follows
    *against* is the other side's measure, its products not this one's.

    Parameters
    ----------
    s : Sentence
        The sentence.
    start : int
        The token after which to look (the measure's noun or verb).
    end : int
        The end of the measure's clause.

    Returns
    -------
    int
        The token of the preposition, or ``end``.
    """
    low = s.lower
    names = {k for m in s.marks if m.type in {"country", "leader"} for k in range(m.start, m.end)}
    for k in range(start + 1, end):
        if low[k] in lx.RESPONSE_VERBS:
            return k  # "Beijing's duties ... answer Ottawa's levies on EVs"
        if low[k] not in _ANSWERING:
            continue
        j = k + 1
        while j < end and (j in names or low[j] in {"the", "'s", "its", "their"}):
            j += 1
        if j > k + 1 and j < end and low[j] in lx.TARIFF_NOUNS:
            return k
    return end


#: Word sequences that join a second measure to a first without a verb.
JOINERS = (
    ("along", "with"),
    ("alongside",),
    ("as", "well", "as"),
    ("together", "with"),
    ("in", "addition", "to"),
    ("plus",),
    ("coupled", "with"),
)
_SANCTIONS = lx.SANCTION_NOUNS | {"embargo", "embargoes"}
_BANS = frozenset({"ban", "bans", "curbs", "restrictions", "controls", "blacklist"})


def measure_noun(s: Sentence, a: int, b: int) -> tuple[int, str] | None:
    """The first measure noun in ``a:b`` and the family it names, if any.

    Parameters
    ----------
    s : Sentence
        The sentence.
    a, b : int
        A token range.

    Returns
    -------
    tuple of (int, str) or None
        The noun's token and ``tariff``, ``sanction`` or ``ban``.
    """
    low = s.lower
    tariff_phrases = {m.end - 1 for m in s.phrases("tariff", a, b)}
    for k in range(a, b):
        if low[k] in lx.TARIFF_NOUNS or k in tariff_phrases:
            return k, "tariff"
        if low[k] in _SANCTIONS:
            return k, "sanction"
        if low[k] in _BANS:
            return k, "ban"
    return None
