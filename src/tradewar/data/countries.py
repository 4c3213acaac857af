"""Country names and codes, resolved with ``country_converter`` (ISO 3166 alpha-3).

``country_converter`` logs a warning for every name it cannot match; tradewar
reports those itself, so the warnings are muted during its own calls only
(:func:`_quiet`), leaving the library's logger as the user set it.
"""

from __future__ import annotations

import difflib
import logging
from collections.abc import Iterator, Mapping
from contextlib import contextmanager
from functools import lru_cache

from tradewar.errors import DataError

__all__ = ["country_name", "resolve_country"]

#: Region codes used by trade data sets that are not ISO countries.
SPECIAL_CODES = {"ROW": "Rest of the world", "EU": "European Union", "RoW": "Rest of the world"}

#: The logger ``country_converter`` writes its warnings to.
_LOGGER = "country_converter.country_converter"


class _Mute(logging.Filter):
    """Drop every record."""

    def filter(self, record: logging.LogRecord) -> bool:
        """Drop ``record``.

        Parameters
        ----------
        record : logging.LogRecord
            A record of ``country_converter``.

        Returns
        -------
        bool
            Always False.
        """
        return False


@contextmanager
def _quiet() -> Iterator[None]:
    """Mute ``country_converter``'s logger for the duration of one of tradewar's calls.

    A filter is attached and removed again (the logger's level is left alone),
    so that nested or concurrent calls each undo only their own change.
    """
    logger = logging.getLogger(_LOGGER)
    mute = _Mute()
    logger.addFilter(mute)
    try:
        yield
    finally:
        logger.removeFilter(mute)


@lru_cache(maxsize=1)
def _converter():
    """A ``CountryConverter``; its own table reader fails under pandas 3, so read it here."""
    import country_converter.country_converter as coco
    import pandas as pd

    try:
        with _quiet():
            return coco.CountryConverter()
    except TypeError:
        table = pd.read_csv(
            coco.COUNTRY_DATA_FILE,
            sep="\t",
            encoding="utf-8",
            keep_default_na=False,
            na_values=[""],
        )
        integer = [
            "ISOnumeric",
            "UNcode",
            "FAOcode",
            "GBDcode",
            "EURO",
            "UN",
            "UNmember",
            "obsolete",
            "GEOnumeric",
        ]
        table = table.astype({c: "Int64" for c in integer if c in table.columns})
        text = [c for c in table.columns if c not in integer]
        table[text] = table[text].astype(object)
        with _quiet():
            return coco.CountryConverter(country_data=table)


@lru_cache(maxsize=1)
def _iso3_codes() -> frozenset[str]:
    return frozenset(str(c) for c in _converter().data["ISO3"])


def resolve_country(
    name: str,
    known: tuple[str, ...] | None = None,
    regions: Mapping[str, str] | None = None,
) -> str:
    """ISO3 code of a country given by code or name ("China", "South Korea", "CHN").

    Parameters
    ----------
    name : str
        A code, or a name or spelling ``country_converter`` knows.
    known : tuple of str, optional
        If given, the code must be one of these (e.g. a baseline's countries),
        and suggestions are made among these codes and their names only.
    regions : Mapping of str to str, optional
        How the data set of ``known`` aggregates countries: ISO3 code → its
        region (one of ``known``).  A country found here is reported as part of
        its region (``France (FRA) is part of region EU in this data set``).

    Returns
    -------
    str
        The ISO3 code (or a special region code such as ``ROW``).

    Raises
    ------
    DataError
        If the name matches no country (with the nearest known names as a
        suggestion), or matches a country that is not among ``known``.
    """
    label = str(name).strip()
    if known is not None and label in known:
        return label
    code = _code(label, known)
    if code is None:
        raise DataError(f"unknown country {label!r}{_suggest(label, known, regions)}")
    if known is not None and code not in known:
        region = (regions or {}).get(code)
        if region is not None and region in known:
            raise DataError(
                f"{country_name(code)} ({code}) is part of region {region} in this data set"
            )
        said = repr(label) if label.upper() == code else f"{label!r} ({code})"
        raise DataError(f"country {said} is not in this data set{_suggest(label, known, regions)}")
    return code


def _code(label: str, known: tuple[str, ...] | None) -> str | None:
    """The code of ``label`` (None if it names no country)."""
    if label in SPECIAL_CODES:
        return label
    if label.upper() in _iso3_codes():
        return label.upper()
    special = [c for c, n in SPECIAL_CODES.items() if n.casefold() == label.casefold()]
    if special:
        inside = [c for c in special if known is not None and c in known]
        return (inside or special)[0]
    with _quiet():
        code = _converter().convert(label, to="ISO3", not_found=None)
    if isinstance(code, list):
        code = code[0] if code else None
    return str(code) if code and str(code) in _iso3_codes() else None


def country_name(code: str) -> str:
    """Short English name of an ISO3 code (the code itself if unknown).

    Parameters
    ----------
    code : str
        An ISO3 code, or a special region code such as ``ROW``.

    Returns
    -------
    str
        E.g. ``"China"`` for ``"CHN"``.
    """
    if code in SPECIAL_CODES:
        return SPECIAL_CODES[code]
    return _short_name(code)


@lru_cache(maxsize=512)
def _short_name(code: str) -> str:
    with _quiet():
        name = _converter().convert(code, src="ISO3", to="name_short", not_found=None)
    return str(name) if name and not isinstance(name, list) else code


def _suggest(
    label: str, known: tuple[str, ...] | None, regions: Mapping[str, str] | None = None
) -> str:
    """``"; did you mean 'China' (CHN)?"``: the nearest name or code, or ``""``.

    Candidates are the codes of ``known`` and their names (and the countries
    that ``regions`` puts in one of them, shown with their region), or, without
    ``known``, every country.  A candidate with the same letters as ``label``
    (a transposition, ``CNH`` → ``CHN``) ranks first; a second one is shown only
    when it ranks as high as the first.
    """
    within: dict[str, str] = {}
    if known is None:
        cc = _converter()
        codes = [str(c) for c in cc.data["ISO3"]]
        pairs = [(str(n), c) for n, c in zip(cc.data["name_short"], codes, strict=True)]
        pairs += [(c, c) for c in [*codes, *SPECIAL_CODES]]
    else:
        pairs = [(c, c) for c in known] + [(country_name(c), c) for c in known]
        within = {
            member: region
            for member, region in (regions or {}).items()
            if region in known and member not in known
        }
        pairs += [(country_name(m), m) for m in within]
    typed = label.casefold()
    ranked: dict[str, tuple[tuple[bool, float], str]] = {}
    for text, code in pairs:
        ratio = difflib.SequenceMatcher(None, typed, text.casefold()).ratio()
        if ratio < 0.6:
            continue
        rank = (sorted(typed) == sorted(text.casefold()), ratio)
        if code not in ranked or rank > ranked[code][0]:
            ranked[code] = (rank, text)
    if not ranked:
        return ""
    order = sorted(ranked.items(), key=lambda item: item[1][0], reverse=True)
    best = order[0][1][0]
    shown = []
    for code, (rank, text) in order[:2]:
        if rank != best:
            continue
        if code in within:
            shown.append(f"{text!r} ({code}, part of region {within[code]})")
        else:
            shown.append(repr(text) if text == code else f"{text!r} ({code})")
    return "; did you mean " + " or ".join(shown) + "?"
