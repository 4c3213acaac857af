"""The replication data shipped with tradewar, and the one resolver that finds data.

Seven data sets travel inside the package (``tradewar/data/builtin/NAME/``): the
inputs of every published result tradewar reproduces.  Text files are gzipped
copies of the originals (``FILE.gz``, byte-identical once decompressed);
MATLAB and Excel files, compressed already, are shipped as they are.  Each
folder holds a data card, ``card.md``: source, licence, units, orientation,
citation and the SHA-256 of every original file.

:func:`locate` is the one resolver for the library, the command line, the
scenario files, the tests and the benchmarks.  It takes

* a path that exists (a file or a folder) — returned as it is;
* a data set name, looked up first in the folders of the ``TRADEWAR_DATA``
  environment variable (``os.pathsep``-separated; a sub-folder named like the
  data set, with ``-`` or ``_``), then among the built-in data sets.

Readers find a file of a folder whether it is plain or gzipped
(:func:`find_file`), so a folder of originals and the shipped folder read
alike.  Nothing here reads a data set: the readers are beside this module
(:mod:`~tradewar.data.sources.cp2015`, ...) and
:func:`tradewar.datasets.load` turns a name into a world or a table.
"""

from __future__ import annotations

import difflib
import os
from dataclasses import dataclass
from importlib.resources import files
from pathlib import Path
from typing import Literal

from tradewar.errors import DataError

__all__ = [
    "BUILTIN_DATA",
    "DATA_ENV",
    "BuiltinData",
    "builtin_dir",
    "canonical_name",
    "dataset_card",
    "dataset_path",
    "find_file",
    "locate",
    "table_path",
]

#: The environment variable naming folders of data sets (``os.pathsep``-separated).
DATA_ENV = "TRADEWAR_DATA"
#: Compression suffixes that readers see through.
_COMPRESSED = (".gz",)


@dataclass(frozen=True, slots=True)
class BuiltinData:
    """A data set shipped with tradewar.

    Parameters
    ----------
    name : str
        The name it is loaded by (``tw.datasets.load(name)``).
    description : str
        One line, shown by ``tradewar data list``.
    kind : {"world", "table", "files"}
        Whether it loads as a world (a ``Baseline``), a table (a DataFrame), or
        is a folder of build inputs that scripts read (not loaded by name).
    files : tuple of str
        The original file names (shipped as ``FILE.gz`` for text files).
    table : str or None
        For a table, the file that holds it.
    """

    name: str
    description: str
    kind: Literal["world", "table", "files"]
    files: tuple[str, ...]
    table: str | None = None


BUILTIN_DATA: dict[str, BuiltinData] = {
    d.name: d
    for d in (
        BuiltinData(
            "cp2015",
            "Caliendo & Parro (2015): 31 regions x 40 sectors, 1993, tariffs of 1993 and 2005",
            "world",
            (
                "B.txt",
                "GO.txt",
                "IO.txt",
                "T.txt",
                "tariffs1993.txt",
                "tariffs2005.txt",
                "xbilat1993.txt",
            ),
        ),
        BuiltinData(
            "ossa2014",
            "Ossa (2014): 7 regions x 33 industries, 2007, trade and tariffs",
            "world",
            (
                "DATA.mat",
                "RAWDATA.mat",
                "labels.csv",
                "regions.csv",
                "sectors.csv",
                "sigma_s.csv",
                "tariff_ijs.csv",
                "tariff_noncoop.csv",
                "trade_ijs.csv",
            ),
        ),
        BuiltinData(
            "wiod2014-16s",
            "Lashkaripour & Lugovskyy (2023): WIOD 2014, 44 regions x 16 sectors, with tariffs",
            "world",
            (
                "AGG_P.csv",
                "AGG_S.csv",
                "Country_List.xlsx",
                "Industry_List.xlsx",
                "Tab4_Data_RE.mat",
            ),
        ),
        BuiltinData(
            "yotov2016",
            "Yotov et al. (2016) ch. 2, trade without borders: 69 countries, 2006 (gravity table)",
            "table",
            ("1_TradeWithoutBorder.dta",),
            "1_TradeWithoutBorder.dta",
        ),
        BuiltinData(
            "gegravity-sample",
            "gegravity's example: 30 countries, 2006, one sector (gravity table)",
            "table",
            ("sample_data_set.dlm",),
            "sample_data_set.dlm",
        ),
        BuiltinData(
            "gravity-wiod0014",
            "ge_gravity's example: 44 WIOD countries, 2000-2014, EU enlargement (gravity table)",
            "table",
            ("TradeData0014.csv",),
            "TradeData0014.csv",
        ),
        BuiltinData(
            "us-china-tariffs",
            "Build inputs of the US-China tariffs and the 2018-20 scenarios (Waugh's tracker)",
            "files",
            (
                "2017_imports_by_naics.csv",
                "LICENSE-tradewar-tracker.txt",
                "annex-6-1.csv",
                "exports_by_naics.csv",
                "imports_by_naics.csv",
                "isic_hs6_WITS.csv",
                "new_tariff_list_2020.csv",
                "phaseone-goals.csv",
                "us_tariffs_2020.csv",
            ),
        ),
    )
}


def builtin_dir(name: str) -> Path:
    """The package folder of a built-in data set (``tradewar/data/builtin/NAME``).

    Parameters
    ----------
    name : str
        A built-in data set (``-`` or ``_`` alike).

    Returns
    -------
    Path
        The folder.

    Raises
    ------
    DataError
        If the name is not built in (with the nearest name).
    """
    key = canonical_name(name)
    if key not in BUILTIN_DATA:
        raise DataError(_unknown(name))
    return Path(str(files("tradewar.data") / "builtin" / key))


def canonical_name(name: str) -> str:
    """A data set name as the catalogue spells it: lower case, ``-`` for ``_``.

    Parameters
    ----------
    name : str
        A name as a user wrote it (``gegravity_sample``, ``WIOD2014-16S``).

    Returns
    -------
    str
        The name with ``_`` replaced by ``-``, in lower case.
    """
    return name.strip().lower().replace("_", "-")


def _env_folders() -> list[Path]:
    value = os.environ.get(DATA_ENV, "")
    return [Path(part).expanduser() for part in value.split(os.pathsep) if part.strip()]


def _in_env(name: str) -> Path | None:
    key = canonical_name(name)
    for folder in _env_folders():
        for candidate in dict.fromkeys((name, key, key.replace("-", "_"))):
            path = folder / candidate
            if path.exists():
                return path
    return None


def _unknown(name: str, *, as_path: bool = False) -> str:
    known = list(BUILTIN_DATA)
    close = difflib.get_close_matches(canonical_name(name), known, n=1, cutoff=0.5)
    hint = f"; did you mean {close[0]!r}?" if close else ""
    where = [f"not under {DATA_ENV}"] if _env_folders() else []
    if as_path:
        where.insert(0, "not a path that exists")
    return (
        f"unknown data set {name!r}{hint} ({'; '.join([*where, 'built in: ' + ', '.join(known)])})"
    )


def dataset_path(name: str) -> Path:
    """The folder of a data set named: under ``TRADEWAR_DATA`` first, else built in.

    Parameters
    ----------
    name : str
        A data set name (``-`` or ``_`` alike); never a path.

    Returns
    -------
    Path
        Its folder (or its file, where ``TRADEWAR_DATA`` holds a file of that
        name).

    Raises
    ------
    DataError
        If no such data set exists (one line, with the nearest name).
    """
    found = _in_env(name)
    if found is not None:
        return found
    if canonical_name(name) in BUILTIN_DATA:
        return builtin_dir(name)
    raise DataError(_unknown(name))


def table_path(name: str) -> Path:
    """The file of a gravity table named (``yotov2016`` ...), for scenario files.

    Parameters
    ----------
    name : str
        A data set name: a built-in table, or a table under ``TRADEWAR_DATA``.

    Returns
    -------
    Path
        The file.

    Raises
    ------
    DataError
        Unknown name (with the nearest), or a data set that is not one table.
    """
    found = locate(dataset_path(name))
    if found.is_dir():
        tables = [d.name for d in BUILTIN_DATA.values() if d.kind == "table"]
        raise DataError(
            f"data set {name!r} is not a gravity table (built-in tables: {', '.join(tables)})"
        )
    return found


def locate(name_or_path: str | Path, filename: str | None = None) -> Path:
    """Find data: a path that exists, or a data set by name (``TRADEWAR_DATA``, then built in).

    Parameters
    ----------
    name_or_path : str or Path
        A file or folder that exists, or a data set name (``cp2015``,
        ``gegravity_sample`` ...).
    filename : str, optional
        A file of the data set's folder, plain or gzipped (:func:`find_file`);
        for a table data set, default its table.

    Returns
    -------
    Path
        The file or folder.

    Raises
    ------
    DataError
        Neither a path that exists nor a known data set (one line, with the
        nearest name).
    """
    path = Path(name_or_path).expanduser()
    if path.exists():
        found = path
    else:
        try:
            found = dataset_path(str(name_or_path))
        except DataError:
            raise DataError(_unknown(str(name_or_path), as_path=True)) from None
    if found.is_dir():
        entry = BUILTIN_DATA.get(canonical_name(found.name))
        if filename is None and entry is not None and entry.table is not None:
            filename = entry.table
        if filename is not None:
            return find_file(found, filename)
    return found


def find_file(folder: str | Path, filename: str) -> Path:
    """A file of a folder as it is there: ``FILE``, or else ``FILE.gz``.

    Parameters
    ----------
    folder : str or Path
        The folder.
    filename : str
        The original file name (``xbilat1993.txt``).

    Returns
    -------
    Path
        ``folder/FILE`` if it exists, else ``folder/FILE.gz`` if that exists,
        else ``folder/FILE`` (so that the reader names the missing file).
    """
    plain = Path(folder) / filename
    if plain.is_file():
        return plain
    for suffix in _COMPRESSED:
        packed = plain.with_name(plain.name + suffix)
        if packed.is_file():
            return packed
    return plain


def dataset_card(name: str) -> str:
    """The data card of a built-in data set (its ``card.md``).

    Parameters
    ----------
    name : str
        A built-in data set.

    Returns
    -------
    str
        The card (Markdown): source, licence, units, orientation, citation,
        files.

    Raises
    ------
    DataError
        If the name is not built in (with the nearest name).
    """
    return (builtin_dir(name) / "card.md").read_text(encoding="utf-8")
