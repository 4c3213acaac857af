"""Who and what a report names: countries, companies, markets, currencies and products.

Small maintained tables, matched case-insensitively on whole tokens:

* countries (``countries.csv``) by name, short name, demonym, capital (``Beijing``
  for China's government), government bodies and leaders (``White House``,
  ``Trump``), as ISO3 codes, with ``EU`` for the European Union (a region of the
  default world);
* companies (``companies.csv``: Huawei → China, ...), each with its sector;
* stock indexes, exchanges and commodity markets (``markets.csv``: ``Dow`` → USA,
  ``Winnipeg`` → CAN after "in") and currencies (``currencies.csv``: ``yuan`` → CHN;
  common words such as ``real`` only in a market's context), for market reactions
  and currency interventions;
* product words mapped to the sectors of the default world
  (``data/default/sectors.csv``): the Harmonized System's chapters with their
  commodity names (``commodities.csv``: bauxite → chapter 26 → mining) and the
  hand-picked words of ``products.csv`` (pork → food, chips → electronics).

A name the tables lack is not guessed: the reader lists it as unknown.
"""

from __future__ import annotations

import csv
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources

from tradewar.news.firms import LEGAL_FORMS

__all__ = [
    "Entity",
    "amount_currency",
    "bare_currencies",
    "cased_as",
    "companies",
    "countries",
    "country_label",
    "gazetteer",
    "hs_sector",
    "market_cities",
    "needs_case",
]


@dataclass(frozen=True, slots=True)
class Entity:
    """A name of the tables: what it is and the country it stands for.

    Parameters
    ----------
    type : str
        ``country``, ``leader``, ``company``, ``market``, ``currency`` or ``product``.
    code : str
        The country's ISO3 code (``EU`` for the European Union), or for a product
        the default world's sector.
    name : str
        The canonical name (a company's name in ``companies.csv``, a product word).
    alias : str
        The name as the table writes it (``Huawei Technologies``); matched only
        as written where :func:`needs_case` says so.
    """

    type: str
    code: str
    name: str
    alias: str


def _read_table(file: str) -> list[dict[str, str]]:
    """Rows of a CSV table shipped beside this module (lines starting with # skipped)."""
    text = resources.files("tradewar.news").joinpath(file).read_text(encoding="utf-8")
    lines = [line for line in text.splitlines() if line and not line.startswith("#")]
    return list(csv.DictReader(lines))


@lru_cache(maxsize=1)
def companies() -> dict[str, tuple[str, str]]:
    """Every company of ``companies.csv``: canonical name → (country, sector).

    Returns
    -------
    dict of str to tuple of (str, str)
        E.g. ``{"Huawei": ("CHN", "electronics"), ...}``.
    """
    return {row["name"]: (row["country"], row["sector"]) for row in _read_table("companies.csv")}


def _aliases(row: dict[str, str], column: str = "aliases") -> list[str]:
    return [a.strip() for a in (row.get(column) or "").split("|") if a.strip()]


@lru_cache(maxsize=1)
def countries() -> dict[str, tuple[str, ...]]:
    """Every country of ``countries.csv``: code → its names (not its leaders).

    Returns
    -------
    dict of str to tuple of str
        ISO3 code (``EU`` for the European Union) → names, the first its English name.
    """
    return {
        row["code"]: tuple(_aliases(row))
        for row in _read_table("countries.csv")
        if row["kind"] == "name"
    }


@lru_cache(maxsize=1)
def _chapters() -> dict[int, str]:
    return {
        int(row["chapter"]): row["sector"]
        for row in _read_table("commodities.csv")
        if row["heading"]
    }


def hs_sector(code: str) -> str:
    """The default world's sector of an HS code (its first two digits are the chapter).

    Parameters
    ----------
    code : str
        An HS chapter, heading or subheading (``"85"``, ``"8471"``).

    Returns
    -------
    str
        The sector of the chapter in ``commodities.csv`` (``"electronics"``), or ``""``
        for a number that is no chapter.
    """
    return _chapters().get(int(code[:2]), "") if code[:2].isdigit() else ""


@lru_cache(maxsize=1)
def bare_currencies() -> frozenset[str]:
    """Currency names that are common words (``real``, ``won``): kept only in context.

    Returns
    -------
    frozenset of str
        Lower-cased.
    """
    return frozenset(
        a.lower() for row in _read_table("currencies.csv") for a in _aliases(row, "bare")
    )


@lru_cache(maxsize=1)
def bare_currency_countries() -> dict[str, tuple[str, ...]]:
    """The countries of each bare currency name, in the table's order.

    Returns
    -------
    dict of str to tuple of str
        E.g. ``{"peso": ("MEX", "ARG", "CHL", ...), "real": ("BRA",)}``.
    """
    out: dict[str, list[str]] = {}
    for row in _read_table("currencies.csv"):
        for alias in _aliases(row, "bare"):
            out.setdefault(alias.lower(), []).append(row["country"])
    return {name: tuple(codes) for name, codes in out.items()}


@lru_cache(maxsize=1)
def market_cities() -> frozenset[str]:
    """Cities that name a commodity market (``Winnipeg``): kept only after "in" or "on".

    Returns
    -------
    frozenset of str
        Lower-cased.
    """
    return frozenset(
        a.lower()
        for row in _read_table("markets.csv")
        if row["kind"] == "city"
        for a in _aliases(row)
    )


def amount_currency(low: list[str], k: int) -> str | None:
    """The country of the currency an amount is in, named at ``k`` after its number.

    "about 1,000 levs", "as much as 120 pesos", "about 90 Czech crowns": the currency's
    name (one word or two) right after a number.

    Parameters
    ----------
    low : list of str
        A sentence's words, lower-cased.
    k : int
        Where the currency's name would start.

    Returns
    -------
    str or None
        ISO3 (EU for the euro; a bare name several share stands for the first), or None
        where no amount of a currency is named there.
    """
    if not 0 < k < len(low) or not low[k - 1][:1].isdigit():
        return None
    for words in (low[k : k + 2], low[k : k + 1]):
        entity = gazetteer().get(" ".join(words))
        if entity is not None and entity.type == "currency":
            return entity.code
    return None


#: Legal forms a report may write with a period ("Corp.", "Co.", "Inc.", "Ltd."): those the
#: table of legal forms lists both ways.
_ABBREVIATED_FORMS = frozenset(f for f in LEGAL_FORMS if f + "." in LEGAL_FORMS)


@lru_cache(maxsize=1)
def gazetteer() -> dict[str, Entity]:
    """Every name of the tables, lower-cased, → the entity it names.

    Where one name is in two tables (``Wall Street`` a market and a metonym), the
    more specific wins: product < country < leader < company < currency < market;
    a word of ``products.csv`` wins over the same word of ``commodities.csv``; a
    currency's bare name stands for the first country that has it.

    Returns
    -------
    dict of str to Entity
        Keyed by the lower-cased name as written in a report.
    """
    names: dict[str, Entity] = {}
    for row in _read_table("commodities.csv"):
        sector = row["sector"] or hs_sector(row["chapter"])
        for word in _aliases(row, "words"):
            names[word.lower()] = Entity("product", sector, word.lower(), word)
    for row in _read_table("products.csv"):
        names[row["keyword"].lower()] = Entity(
            "product", row["sector"], row["keyword"].lower(), row["keyword"]
        )
    rows = _read_table("countries.csv")
    for kind in ("name", "leader"):
        for row in (r for r in rows if r["kind"] == kind):
            for alias in _aliases(row):
                entity_type = "country" if kind == "name" else "leader"
                names[alias.lower()] = Entity(entity_type, row["code"], alias, alias)
    for row in _read_table("companies.csv"):
        for alias in [row["name"], *filter(None, row["aliases"].split("|"))]:
            names[alias.lower()] = Entity("company", row["country"], row["name"], alias)
            if alias.split()[-1].lower() in _ABBREVIATED_FORMS:
                # "the state-owned Indian Oil Corp., which supplies ...": the form's period
                dotted = alias + "."
                names[dotted.lower()] = Entity("company", row["country"], row["name"], dotted)
    for row in _read_table("currencies.csv"):
        for alias in _aliases(row, "names"):
            names[alias.lower()] = Entity("currency", row["country"], alias, alias)
        for alias in _aliases(row, "bare"):
            names.setdefault(alias.lower(), Entity("currency", row["country"], alias, alias))
    for row in _read_table("markets.csv"):
        for alias in _aliases(row):
            names[alias.lower()] = Entity("market", row["country"], alias, alias)
    return names


#: Names that are names only when written with their capitals (``US``, not the pronoun
#: ``us``; ``Apple`` the company, not the fruit).  Every all-capital alias is one too.
CASED = frozenset(
    {
        "Fed",
        "Congress",
        "Xi",
        "Abe",
        "Lula",
        "Greer",
        "Ford",
        "Apple",
        "Dow",
        "Aussie",
        "Deere",
        "Intel",
        "Tesla",
        "Lam Research",
        "Lockheed",
        "Hogan",
        # the European Community, as reports of its time call it (not "the community")
        "the Community",
        "The Community",
    }
)


def needs_case(alias: str) -> bool:
    """Whether ``alias`` matches only as written (``US``, ``Apple``), not in any case.

    Parameters
    ----------
    alias : str
        A name of the tables.

    Returns
    -------
    bool
        True for the names of :data:`CASED` and for all-capital names (``US``, ``EU``).
    """
    letters = alias.replace(".", "").replace("&", "").replace(" ", "")
    return alias in CASED or (letters.isalpha() and letters.isupper())


def cased_as(alias: str, written: str) -> bool:
    """Whether a company's name as written keeps the capitals that start the words of its alias.

    A company is a proper noun: "Apple", "APPLE" and "SK Hynix" (for ``SK hynix``) name
    companies, "apple" and "British steel" (for ``British Steel``) do not.

    Parameters
    ----------
    alias : str
        The name as the table writes it.
    written : str
        The words as the report writes them (matched case-insensitively to ``alias``).

    Returns
    -------
    bool
        True when every word of ``alias`` that starts with a capital starts with one in
        ``written`` (spaces ignored).
    """
    flat_alias, flat = alias.replace(" ", ""), written.replace(" ", "")
    if len(flat) != len(flat_alias):
        return False
    starts, k = [], 0
    for word in alias.split():
        starts.append(k)
        k += len(word)
    return all(flat[p].isupper() for p in starts if flat_alias[p].isupper())


def country_label(code: str | None) -> str:
    """A country's short English name for summaries (``"China"``, ``"the EU"``).

    Parameters
    ----------
    code : str or None
        An ISO3 code or ``EU``; None for an unknown country.

    Returns
    -------
    str
        The name, or ``"?"`` for None.
    """
    if code is None:
        return "?"
    special = {
        "USA": "the United States",
        "EU": "the EU",
        "GBR": "the United Kingdom",
        "NLD": "the Netherlands",
        "PHL": "the Philippines",
        "ROW": "the rest of the world",
    }
    if code in special:
        return special[code]
    return countries().get(code, (code,))[0]
