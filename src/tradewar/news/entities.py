"""Who and what a report names: countries, companies, markets, currencies and products.

Small maintained tables, matched case-insensitively on whole tokens:

* countries by name, short name, demonym, capital (``Beijing`` for China's
  government), government bodies and leaders (``White House``, ``Trump``), as ISO3
  codes, with ``EU`` for the European Union (a region of the default world);
* companies (``companies.csv``: Huawei → China, ...), each with its sector;
* stock markets and currencies (``Dow`` → USA, ``yuan`` → CHN), for market
  reactions and currency interventions;
* product words (``products.csv``: pork → food, soybeans → agriculture, chips →
  electronics), mapped to the sectors of the default world
  (``data/default/sectors.csv``).

A name the tables lack is not guessed: the reader lists it as unknown.
"""

from __future__ import annotations

import csv
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources

__all__ = ["Entity", "companies", "country_label", "gazetteer", "needs_case"]

#: ISO3 code (``EU`` for the European Union) → names that stand for the country:
#: names, demonyms, capitals and other metonyms of its government.
COUNTRIES: dict[str, tuple[str, ...]] = {
    "USA": (
        "United States",
        "United States of America",
        "U.S.",
        "U.S",
        "US",
        "USA",
        "U.S.A.",
        "America",
        "American",
        "Americans",
        "Washington",
        "White House",
        "USTR",
        "U.S. Trade Representative",
        "Office of the U.S. Trade Representative",
        "Commerce Department",
        "Department of Commerce",
        "Treasury Department",
        "Pentagon",
        "Congress",
        "Trump administration",
        "Biden administration",
        "Obama administration",
        "Federal Reserve",
        "Fed",
        "Wall Street",
    ),
    "CHN": (
        "China",
        "Chinese",
        "People's Republic of China",
        "PRC",
        "Beijing",
        "PBOC",
        "PBoC",
        "People's Bank of China",
        "MOFCOM",
        "Xinhua",
        "State Council",
        "Shanghai",
        "Shenzhen",
        "Zhongnanhai",
    ),
    "EU": (
        "European Union",
        "EU",
        "E.U.",
        "European",
        "Europeans",
        "Brussels",
        "European Commission",
        "euro zone",
        "eurozone",
        "the bloc",
    ),
    "MEX": ("Mexico", "Mexican", "Mexicans", "Mexico City"),
    "CAN": ("Canada", "Canadian", "Canadians", "Ottawa"),
    "JPN": ("Japan", "Japanese", "Tokyo"),
    "KOR": ("South Korea", "Korea", "Republic of Korea", "South Korean", "Korean", "Seoul"),
    "PRK": ("North Korea", "North Korean", "Pyongyang"),
    "TWN": ("Taiwan", "Taiwanese", "Taipei"),
    "VNM": ("Vietnam", "Viet Nam", "Vietnamese", "Hanoi"),
    "IND": ("India", "Indian", "New Delhi", "Delhi"),
    "DEU": ("Germany", "German", "Berlin"),
    "FRA": ("France", "French", "Paris"),
    "ITA": ("Italy", "Italian", "Rome"),
    "ESP": ("Spain", "Spanish", "Madrid"),
    "NLD": ("Netherlands", "Dutch", "The Hague", "Holland"),
    "BEL": ("Belgium", "Belgian"),
    "IRL": ("Ireland", "Irish", "Dublin"),
    "POL": ("Poland", "Polish", "Warsaw"),
    "SWE": ("Sweden", "Swedish", "Stockholm"),
    "FIN": ("Finland", "Finnish", "Helsinki"),
    "DNK": ("Denmark", "Danish", "Copenhagen"),
    "AUT": ("Austria", "Austrian", "Vienna"),
    "GBR": (
        "United Kingdom",
        "UK",
        "U.K.",
        "Britain",
        "Great Britain",
        "British",
        "London",
        "Downing Street",
        "sterling",
    ),
    "BRA": ("Brazil", "Brazilian", "Brasilia"),
    "RUS": ("Russia", "Russian", "Russian Federation", "Moscow", "Kremlin"),
    "AUS": ("Australia", "Australian", "Canberra"),
    "NZL": ("New Zealand", "Wellington"),
    "TUR": ("Turkey", "Turkish", "Turkiye", "Türkiye", "Ankara"),
    "UKR": ("Ukraine", "Ukrainian", "Kyiv", "Kiev"),
    "IRN": ("Iran", "Iranian", "Tehran"),
    "SAU": ("Saudi Arabia", "Saudi", "Riyadh"),
    "ARG": ("Argentina", "Argentine", "Argentinian", "Buenos Aires"),
    "CHL": ("Chile", "Chilean", "Santiago"),
    "COL": ("Colombia", "Colombian", "Bogota"),
    "ZAF": ("South Africa", "South African", "Pretoria"),
    "CHE": ("Switzerland", "Swiss", "Bern"),
    "NOR": ("Norway", "Norwegian", "Oslo"),
    "ISR": ("Israel", "Israeli"),
    "HKG": ("Hong Kong",),
    "SGP": ("Singapore", "Singaporean"),
    "MYS": ("Malaysia", "Malaysian", "Kuala Lumpur"),
    "THA": ("Thailand", "Thai", "Bangkok"),
    "IDN": ("Indonesia", "Indonesian", "Jakarta"),
    "PHL": ("Philippines", "Philippine", "Filipino", "Manila"),
    "KHM": ("Cambodia", "Cambodian"),
    "BGD": ("Bangladesh", "Bangladeshi", "Dhaka"),
    "PAK": ("Pakistan", "Pakistani", "Islamabad"),
    "EGY": ("Egypt", "Egyptian", "Cairo"),
    "NGA": ("Nigeria", "Nigerian"),
    "SYR": ("Syria", "Syrian"),
}

#: People whose words or acts stand for their country's government (surname as written).
LEADERS: dict[str, tuple[str, ...]] = {
    "USA": (
        "Trump",
        "Donald Trump",
        "Biden",
        "Joe Biden",
        "Obama",
        "Mnuchin",
        "Lighthizer",
        "Wilbur Ross",
        "Navarro",
        "Kudlow",
        "Raimondo",
        "Yellen",
        "Katherine Tai",
        "Bessent",
        "Lutnick",
        "Greer",
    ),
    "CHN": (
        "Xi",
        "Xi Jinping",
        "Li Keqiang",
        "Li Qiang",
        "Liu He",
        "He Lifeng",
        "Wang Wentao",
        "Lu Kang",
        "Gao Feng",
        "Zhong Shan",
        "Wang Yi",
    ),
    "JPN": ("Abe", "Shinzo Abe", "Kishida", "Ishiba", "Motegi"),
    "KOR": ("Moon Jae-in", "Yoon Suk Yeol"),
    "CAN": ("Trudeau", "Freeland", "Carney"),
    "MEX": ("Lopez Obrador", "López Obrador", "Ebrard", "Sheinbaum"),
    "IND": ("Modi", "Goyal"),
    "RUS": ("Putin",),
    "TUR": ("Erdogan", "Erdoğan"),
    "EU": ("Malmstrom", "Malmström", "Hogan", "Dombrovskis", "von der Leyen", "Sefcovic"),
    "AUS": ("Farrell", "Albanese", "Morrison"),
    "BRA": ("Bolsonaro", "Lula"),
}

#: Stock markets and indexes → country (``EU`` for European indexes).
MARKETS: dict[str, tuple[str, ...]] = {
    "USA": (
        "Dow",
        "Dow Jones",
        "Dow Jones Industrial Average",
        "S&P 500",
        "S&P",
        "Nasdaq",
        "Wall Street",
        "NYSE",
    ),
    "CHN": ("Shanghai Composite", "CSI 300", "Shenzhen Composite", "Hang Seng"),
    "JPN": ("Nikkei", "Topix"),
    "KOR": ("Kospi",),
    "DEU": ("DAX",),
    "GBR": ("FTSE", "FTSE 100"),
    "EU": ("Stoxx", "STOXX 600", "Euro Stoxx"),
}

#: Currencies → country.
CURRENCIES: dict[str, tuple[str, ...]] = {
    "CHN": ("yuan", "renminbi", "RMB", "CNY"),
    "JPN": ("yen",),
    "KOR": ("Korean won", "South Korean won"),
    "IND": ("rupee",),
    "RUS": ("rouble", "ruble"),
    "TUR": ("lira",),
    "MEX": ("peso", "Mexican peso"),
    "GBR": ("sterling", "pound", "British pound", "pound sterling"),
    "EU": ("euro",),
    "CAN": ("Canadian dollar", "loonie"),
    "AUS": ("Australian dollar", "Aussie dollar", "Aussie"),
    "BRA": ("Brazilian real",),
}


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


@lru_cache(maxsize=1)
def gazetteer() -> dict[str, Entity]:
    """Every name of the tables, lower-cased, → the entity it names.

    Where one name is in two tables (``Wall Street`` a market and a metonym), the
    more specific wins: product < country < leader < company < currency < market.

    Returns
    -------
    dict of str to Entity
        Keyed by the lower-cased name as written in a report.
    """
    names: dict[str, Entity] = {}
    for row in _read_table("products.csv"):
        names[row["keyword"].lower()] = Entity(
            "product", row["sector"], row["keyword"].lower(), row["keyword"]
        )
    for code, aliases in COUNTRIES.items():
        for alias in aliases:
            names[alias.lower()] = Entity("country", code, alias, alias)
    for code, aliases in LEADERS.items():
        for alias in aliases:
            names[alias.lower()] = Entity("leader", code, alias, alias)
    for row in _read_table("companies.csv"):
        for alias in [row["name"], *filter(None, row["aliases"].split("|"))]:
            names[alias.lower()] = Entity("company", row["country"], row["name"], alias)
    for code, aliases in CURRENCIES.items():
        for alias in aliases:
            names[alias.lower()] = Entity("currency", code, alias, alias)
    for code, aliases in MARKETS.items():
        for alias in aliases:
            names[alias.lower()] = Entity("market", code, alias, alias)
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
    return COUNTRIES.get(code, (code,))[0]
