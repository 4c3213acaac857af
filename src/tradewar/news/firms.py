"""Companies the table lacks, found from their context.

``companies.csv`` holds the large companies of trade news, but reports name many more:
a chip firm added to an entity list, a rice exporter whose shares jump.  A capitalised
name is taken for a company, with no country, when its context says it is one:

* a corporate suffix ends it: a legal form (*Inc*, *Corp*, *Co*, *Ltd*, *plc*, *AG*, *SA*,
  *GmbH* ...) or a word that heads company names (*Group*, *Holdings*, *Industries*,
  *Technologies* ...): "Zhejiang Uniview Technologies Co Ltd";
* a noun for a company stands before it: "chipmaker X", "Japanese fishing firm X",
  "Indian rice exporter X", "its unit X";
* it stands in a company's slot: "shares of X", "X shares", "X's stock", "with X up 5%",
  "blacklisted X", "added X to the entity list", or in a list after a plural company
  noun ("two oil companies, X and Y");
* it is coordinated with a known company ("sanctions on Rosneft and X").

The name is listed as written, without its legal form ("Zhejiang Uniview Technologies").
Its country is not guessed: the event lists the company and the report lists the name as
unknown.  Sentences written in title case (headlines) are skipped: every word there is
capitalised.
"""

from __future__ import annotations

from itertools import pairwise

from tradewar.news import lexicon as lx
from tradewar.news.records import Mark, Sentence

__all__ = ["context_companies", "written_companies"]

#: Legal forms that end a company's name (lower case; dotted forms included).
LEGAL_FORMS = frozenset(
    {"inc", "inc.", "corp", "corp.", "corporation", "co", "co.", "ltd", "ltd.", "limited",
     "llc", "l.l.c.", "plc", "ag", "sa", "s.a.", "se", "nv", "n.v.", "bv", "b.v.", "gmbh",
     "kgaa", "spa", "s.p.a.", "oyj", "asa", "ab", "pte", "pty", "bhd", "berhad", "tbk", "pjsc",
     "jsc", "ojsc", "lp", "l.p.", "kk", "k.k.", "srl", "s.r.l.", "sas", "a/s"}
)  # fmt: skip
#: Words that head company names when a name stands before them ("Inspur Group").
COMPANY_HEADS = frozenset(
    {"group", "holdings", "holding", "industries", "industry", "technologies", "technology",
     "electronics", "semiconductor", "semiconductors", "pharmaceuticals", "pharmaceutical",
     "pharma", "motors", "motor", "airlines", "airways", "shipping", "logistics", "steel",
     "metals", "mining", "minerals", "resources", "petroleum", "petrochemical", "chemicals",
     "chemical", "energy", "foods", "food", "systems", "networks", "solutions", "materials",
     "microelectronics", "robotics", "automotive", "aerospace", "biotech", "therapeutics",
     "laboratories", "labs", "enterprises", "international", "manufacturing", "textiles",
     "wines", "brewery", "breweries", "agro", "seafood", "fisheries", "trading", "lines",
     "marine", "engineering", "instruments", "devices", "software", "telecom",
     "telecommunications", "communications", "optics", "photonics", "battery", "batteries",
     "solar", "power", "estates", "healthcare"}
)  # fmt: skip
#: Corporate words that extend a known company's name as written ("Swatch Group", "West
#: Fraser Timber", "Chiquita Brands"), besides the heads above and the legal forms.
CORPORATE_WORDS = frozenset(
    {"brands", "timber", "lumber", "coal", "corp", "corporation", "inc", "co", "ltd", "plc",
     "ag", "sa", "se", "nv", "company", "companies", "partners", "capital", "products",
     "textile", "paper", "copper", "aluminum", "aluminium", "oil", "gas", "auto", "autos"}
)  # fmt: skip


def written_companies(s: Sentence) -> None:
    """Known companies named as written: a corporate word after the name, the text's capitals.

    "Swatch Group" is the table's Swatch, listed as "Swatch Group"; "ThyssenKrupp" the
    table's Thyssenkrupp as written.  An alias of the table keeps the table's name ("ChangXin
    Memory Technologies" is CXMT).  The longest name wins: capitalised corporate words
    (:data:`COMPANY_HEADS`, :data:`LEGAL_FORMS`, :data:`CORPORATE_WORDS`) directly after a
    company of the table extend it.  Changes ``s.marks`` in place.

    Parameters
    ----------
    s : Sentence
        The sentence (its company marks are changed in place).
    """
    words = COMPANY_HEADS | LEGAL_FORMS | CORPORATE_WORDS
    out: list[Mark] = []
    for m in s.marks:
        if m.type != "company":
            out.append(m)
            continue
        matched = " ".join(s.tokens[m.start : m.end])
        if matched.lower() != m.name.lower():
            out.append(m)  # an alias ("ChangXin Memory") stands for the table's name
            continue
        end = m.end
        while end < len(s.tokens) and s.lower[end] in words and s.tokens[end][:1].isupper():
            end += 1
        written = " ".join(s.tokens[m.start : end])
        if end > m.end or (written != m.name and written.lower() == m.name.lower()):
            m = Mark(m.start, end, m.type, m.code, written, m.value, m.unit)
        out.append(m)
    taken = {k for m in out if m.type == "company" for k in range(m.start, m.end)}
    # a product or country word swallowed by the longer name names no goods ("Coal")
    s.marks = [m for m in out if m.type == "company" or m.type == "phrase" or m.start not in taken]


def joined_companies(s: Sentence) -> None:
    """One company where two company names touch, as written ("SZ DJI Technology").

    A name found from its context that runs into a company of the table is that
    company's longer name: the table's country, the name as written.  Changes ``s.marks``.

    Parameters
    ----------
    s : Sentence
        The sentence (its company marks are joined in place).
    """
    firms = sorted((m for m in s.marks if m.type == "company"), key=lambda m: m.start)
    drop: set[int] = set()
    for left, right in pairwise(firms):
        if left.end == right.start and left.code is None and right.code is not None:
            written = " ".join(s.tokens[left.start : right.end])
            joined = Mark(left.start, right.end, "company", right.code, written)
            s.marks[s.marks.index(right)] = joined
            drop.add(id(left))
    s.marks = [m for m in s.marks if id(m) not in drop]


#: Nouns for a company before its name ("chipmaker X", "rice exporter X").
DESCRIPTORS = frozenset(
    {"firm", "company", "maker", "chipmaker", "carmaker", "automaker", "steelmaker",
     "drugmaker", "shipbuilder", "shipper", "exporter", "importer", "producer", "miner",
     "refiner", "retailer", "supplier", "manufacturer", "giant", "conglomerate", "operator",
     "lender", "insurer", "brand", "startup", "start-up", "developer", "trader", "processor",
     "vendor", "airline", "carrier", "rival", "unit", "subsidiary", "affiliate", "peer",
     "distributor", "packer", "meatpacker", "grower", "smelter", "mill", "builder",
     "contractor", "provider", "designer", "foundry", "partner", "owner", "major"}
)  # fmt: skip
#: Plural company nouns that a list of names may follow ("two oil companies, X and Y").
PLURAL_DESCRIPTORS = frozenset(
    {"companies", "firms", "entities", "groups", "makers", "chipmakers", "carmakers",
     "automakers", "steelmakers", "producers", "exporters", "importers", "refiners",
     "lenders", "banks", "suppliers", "manufacturers", "giants", "subsidiaries", "units",
     "affiliates", "miners", "traders", "shippers", "airlines", "retailers", "operators"}
)  # fmt: skip
#: Verbs whose object is a company put on a list ("blacklisted X").
_LISTING_VERBS = frozenset({"blacklisted", "blacklists", "blacklisting", "blacklist", "added",
                            "adds", "adding", "add", "placed", "put", "designated"})  # fmt: skip
#: Capitalised words that are no company's name on their own.
_NOT_NAMES = frozenset(
    """
    a an the and or but if of in on at to for by with from as into over after before under
    it its he she they we i you his her their our this that these those there here what
    which who when where while why how all some most many other others both each every any
    no not new old big top major leading key rival several few more less same own such
    mr mrs ms dr sir president premier minister prime vice chairman chairwoman chief ceo
    executive director secretary spokesman spokeswoman spokesperson official officials
    governor senator representative ambassador envoy commissioner king queen prince leader
    ministry department agency bureau commission council committee congress senate
    parliament government administration court office authority authorities state states
    federal national central regional provincial municipal city county republic kingdom
    union bank board house party customs trade commerce treasury finance economy industry
    monday tuesday wednesday thursday friday saturday sunday january february march april
    may june july august september october november december jan feb mar apr jun jul aug
    sep sept oct nov dec reuters bloomberg ap afp xinhua wire news times journal post
    shares stocks stock markets market index indexes exchange futures bonds equities
    asian western eastern northern southern global emerging regional mainland offshore
    onshore domestic foreign local overseas international world tech technology auto
    autos car cars oil gas energy mining metals steel chip chips semiconductor retail
    luxury airline airlines shipping property financial financials industrial industrials
    consumer healthcare pharma pharmaceutical defence defense export exports exporter
    exporters import imports blue-chip small-cap large-cap mid-cap growth value
    frontier investors analysts traders companies company firms firm group holdings
    however meanwhile separately also still yet so then now today yesterday tomorrow
    """.split()  # noqa: SIM905
)
_MARKET_NOUNS = frozenset({"shares", "stock", "stocks", "adrs", "bonds", "shareholders"})
_MOVES = lx.MARKET_MOVES | {"up", "down", "higher", "lower", "added"}
_JOINERS = frozenset({"&", "of", "de", "du", "la", "del", "van", "von", "der", "and"})
_KNOWN_TYPES = frozenset({"country", "leader", "company", "currency", "market"})


def _title_case(s: Sentence) -> bool:
    """Whether the sentence is written in title case (a headline): most words capitalised."""
    words = [t for t in s.tokens if t[:1].isalpha() and t.lower() not in _JOINERS | {"a", "to"}]
    if len(words) < 4:
        return False
    return sum(t[:1].isupper() for t in words) >= 0.7 * len(words)


def _name_like(s: Sentence, k: int, taken: set[int]) -> bool:
    word = s.tokens[k]
    return (
        k not in taken
        and word[:1].isupper()
        and any(c.isalpha() for c in word)
        and s.lower[k] not in _NOT_NAMES
        and not s.in_date(k)
    )


def _head_word(s: Sentence, k: int, taken: set[int]) -> bool:
    """Whether token ``k`` is a capitalised legal form or head word ("Holdings", "Steel")."""
    return (
        s.lower[k] in LEGAL_FORMS | COMPANY_HEADS and s.tokens[k][:1].isupper() and k not in taken
    )


def _runs(s: Sentence, taken: set[int]) -> list[tuple[int, int]]:
    """Maximal runs of capitalised tokens, joined by *&*, *of*, *de* ... (not at their edges)."""
    low = s.lower
    n = len(low)
    out: list[tuple[int, int]] = []
    k = 0
    while k < n:
        if not _name_like(s, k, taken):
            k += 1
            continue
        j = k + 1
        while j < n:
            if _name_like(s, j, taken) or _head_word(s, j, taken):
                j += 1
            elif (
                # "Daqo New Energy": "New" inside a name, before its head word
                low[j] == "new"
                and s.tokens[j] == "New"
                and j + 1 < n
                and _head_word(s, j + 1, taken)
            ) or (
                low[j] in _JOINERS - {"and"}
                and j + 1 < n
                # "Baoshan Iron & Steel"
                and (_name_like(s, j + 1, taken) or _head_word(s, j + 1, taken))
                and (s.tokens[j] == "&" or s.tokens[j] != s.tokens[j].upper())
            ):
                j += 2
            else:
                break
        out.append((k, j))
        k = j
    return out


def _strip(s: Sentence, a: int, b: int) -> tuple[int, int, int]:
    """The run without its legal forms: (start, end of the name, end of the run)."""
    low = s.lower
    end = b
    while end > a and low[end - 1] in LEGAL_FORMS:
        end -= 1
    return a, end, b


def _cue(s: Sentence, a: int, b: int, known: list[Mark]) -> bool:
    """Whether the context of the run ``a:b`` says it is a company."""
    low = s.lower
    n = len(low)
    name_end = _strip(s, a, b)[1]
    if name_end == a:
        return False
    words = low[a:name_end]
    heads = [w for w in words if w in COMPANY_HEADS]
    core = [w for w in words if w not in COMPANY_HEADS | _JOINERS]
    if name_end < b and core:
        return True  # a legal form: "... Co Ltd"
    if heads and words[-1] in COMPANY_HEADS and core:
        return True  # "Inspur Group", "Hoa Phat Steel"
    before = low[a - 1] if a > 0 else ""
    if before in DESCRIPTORS and core:
        return True  # "chipmaker X", "rice exporter X"
    after = low[b : b + 2]
    if after[:1] in (["shares"], ["stock"], ["adrs"]) or after == ["'s", "shares"]:
        return bool(core) and (a > 0 or b - a > 1)
    if a >= 2 and low[a - 1] in {"of", "in"} and low[a - 2] in _MARKET_NOUNS:
        return bool(core)  # "shares of X"
    if before == "with" and b < n and low[b] in _MOVES and bool(core):
        return any(m.type == "percent" and b <= m.start <= b + 2 for m in s.marks)
    if b < n and low[b] in lx.MARKET_MOVES and core and not _goods(s, a, b):
        # "Whirlpool jumped 6% in New York", "Matson fell as much as 3.5 percent": a name
        # that moves by a percentage
        bound = 2 * (low[b + 1 : b + 4] == ["as", "much", "as"])
        return any(m.type == "percent" and b < m.start <= b + 3 + bound for m in s.marks)
    # past an apposition: "AvtoVAZ, maker of Lada cars, slipped 1.1 percent", "Cadila
    # Healthcare, Zydus's listed parent, gained 4.1%"
    close = next((k for k in range(b + 2, min(n, b + 9)) if low[k] == ","), None)
    if b < n and low[b] == "," and close is not None and core and not _goods(s, a, b):
        verb = close + 1
        return (
            verb < n
            and low[verb] in lx.MARKET_MOVES
            and any(m.type == "percent" and verb < m.start <= verb + 3 for m in s.marks)
        )
    if before in _LISTING_VERBS and core:
        if before.startswith("blacklist") or before == "designated":
            return True
        rest = " ".join(low[b : b + 12])
        return " list" in rest or "blacklist" in rest
    return False


def _goods(s: Sentence, a: int, b: int) -> bool:
    """Whether the run ``a:b`` names goods or a commodity ("Brent", "Soybeans").

    Goods open it: "Soybeans", "Palm Oil" (not "Websol Energy System", a name with a product
    word inside).
    """
    return any(m.type == "product" and m.start == a for m in s.marks) or s.lower[a] in (
        _COMMODITY_NAMES
    )


#: Capitalised names of commodity prices and benchmarks that move like shares.
_COMMODITY_NAMES = frozenset(
    {"brent", "wti", "gold", "silver", "copper", "oil", "crude", "bitcoin", "treasuries",
     "bunds", "gilts", "yields", "wheat", "corn", "soybeans", "palm", "iron", "aluminium",
     "aluminum", "nickel", "zinc", "lithium", "cocoa", "coffee", "sugar", "cotton"}
)  # fmt: skip


def _coordinated(s: Sentence, a: int, b: int, companies: list[tuple[int, int]]) -> bool:
    """Whether the run ``a:b`` is in a list with a company ("Rosneft and X", "X, Y and Z")."""
    low = s.lower
    for c, d in companies:
        gap = low[d:a] if d <= a else low[b:c]
        if gap and len(gap) <= 2 and all(w in {",", "and", "or"} for w in gap):
            return True
    return False


def _listed(s: Sentence, a: int) -> bool:
    """Whether the run at ``a`` opens a list after a plural company noun ("companies, X")."""
    low = s.lower
    k = a - 1
    while k >= 0 and low[k] in {",", ":", "including", "such", "as", "like", "namely"}:
        k -= 1
    return k < a - 1 and k >= 0 and low[k] in PLURAL_DESCRIPTORS


def context_companies(s: Sentence) -> list[Mark]:
    """Companies of a sentence that the table lacks, each with no country.

    Parameters
    ----------
    s : Sentence
        A sentence with its names (the table's companies among them) and dates.

    Returns
    -------
    list of Mark
        ``company`` marks with ``code`` None, covering the name and its legal form;
        ``name`` is the name without the legal form.
    """
    if _title_case(s):
        return []
    taken = {k for m in s.marks if m.type in _KNOWN_TYPES for k in range(m.start, m.end)}
    runs = _runs(s, taken)
    known = [m for m in s.marks if m.type == "company"]
    spans = [(m.start, m.end) for m in known]
    found: list[tuple[int, int]] = []
    pending = list(runs)
    changed = True
    while changed:  # a list grows from any company in it
        changed = False
        for a, b in list(pending):
            if _cue(s, a, b, known) or _listed(s, a) or _coordinated(s, a, b, spans + found):
                found.append((a, b))
                pending.remove((a, b))
                changed = True
    out = []
    for a, b in sorted(found):
        start, name_end, end = _strip(s, a, b)
        if name_end == start:
            continue
        start = _place_first(s, start, name_end, end)
        name = " ".join(s.tokens[start:name_end])
        out.append(Mark(start, end, "company", None, name))
    return out


def _place_first(s: Sentence, start: int, name_end: int, end: int) -> int:
    """Where a company's name starts, with a place word that opens it.

    "Canadian Tire Corp.", "Myanmar Economic Corporation", "Shanghai Jahwa United Co": a
    country or city written just before a name that a legal form or a head word ends is the
    name's first word (the place's mark is left to the caller to drop).
    """
    formal = end > name_end or s.lower[name_end - 1] in COMPANY_HEADS
    place = next(
        (
            m
            for m in s.marks
            if m.type in {"country", "market"}
            and m.end == start
            and m.end - m.start == 1
            and s.tokens[m.start][:1].isupper()
            and s.tokens[m.start] != s.tokens[m.start].upper()  # not a dateline's "OTTAWA"
        ),
        None,
    )
    return place.start if formal and place is not None else start
