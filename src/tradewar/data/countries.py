"""Country names and codes, resolved with ``country_converter`` (ISO 3166 alpha-3)."""

from __future__ import annotations

import difflib
import logging
from functools import lru_cache

from tradewar.errors import DataError

__all__ = ["country_name", "resolve_country"]

#: Region codes used by trade data sets that are not ISO countries.
SPECIAL_CODES = {"ROW": "Rest of the world", "EU": "European Union", "RoW": "Rest of the world"}


@lru_cache(maxsize=1)
def _converter():
    """A ``CountryConverter``; its own table reader fails under pandas 3, so read it here."""
    import country_converter.country_converter as coco
    import pandas as pd

    logging.getLogger("country_converter").setLevel(logging.CRITICAL)
    try:
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
        return coco.CountryConverter(country_data=table)


@lru_cache(maxsize=1)
def _iso3_codes() -> frozenset[str]:
    return frozenset(str(c) for c in _converter().data["ISO3"])


def resolve_country(name: str, known: tuple[str, ...] | None = None) -> str:
    """ISO3 code of a country given by code or name ("China", "Deutschland", "CHN").

    Parameters
    ----------
    name : str
        A code or a name in any language ``country_converter`` knows.
    known : tuple of str, optional
        If given, the code must be one of these (e.g. a baseline's countries).

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
    if label in SPECIAL_CODES or label.upper() in _iso3_codes():
        code: object = label if label in SPECIAL_CODES else label.upper()
    else:
        code = _converter().convert(label, to="ISO3", not_found=None)
        if isinstance(code, list):
            code = code[0] if code else None
    if not code or str(code) not in _iso3_codes() | set(SPECIAL_CODES):
        raise DataError(f"unknown country {label!r}{_suggest(label, known)}")
    if known is not None and code not in known:
        raise DataError(
            f"country {label!r} ({code}) is not in this data set"
            f"{_suggest(label, known, only_known=True)}"
        )
    return str(code)


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
    name = _converter().convert(code, src="ISO3", to="name_short", not_found=None)
    return str(name) if name else code


def _suggest(label: str, known: tuple[str, ...] | None, only_known: bool = False) -> str:
    cc = _converter()
    names = [] if only_known else list(cc.data["name_short"])
    codes = list(cc.data["ISO3"])
    candidates = names + ([] if only_known else codes) + list(known or ())
    close = difflib.get_close_matches(label, candidates, n=2, cutoff=0.6)
    if not close:
        return ""
    shown = []
    for c in close:
        if c in names:
            shown.append(f"{c!r} ({codes[names.index(c)]})")
        else:
            shown.append(repr(c))
    return "; did you mean " + " or ".join(shown) + "?"
