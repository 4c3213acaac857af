"""Reading tabular files (CSV, Parquet, Stata, MATLAB) with errors that name the file and column."""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path
from typing import Any

import numpy as np
import pandas as pd

from tradewar.errors import DataError

__all__ = ["read_mat", "read_table", "require_columns"]


def read_table(path: str | Path, **kwargs: Any) -> pd.DataFrame:
    """Read a CSV (also ``.dlm``/``.tsv``/``.txt``), Parquet or Stata file by its extension.

    Excel files (``.xlsx``, ``.xls``) are read too; CSV and Stata files may be
    gzipped (``trade.csv.gz``, ``data.dta.gz``: the type is the extension before
    ``.gz``).

    Parameters
    ----------
    path : str or Path
        The file.
    **kwargs
        Passed on to the pandas reader (``pandas.read_csv``, ``read_parquet``,
        ``read_stata`` or ``read_excel``).

    Returns
    -------
    pandas.DataFrame
        The table.

    Raises
    ------
    DataError
        Missing file, unknown extension, or a file the reader cannot parse.
    MissingExtraError
        A Parquet or Excel file without the ``report`` extra (pyarrow, openpyxl).
    """
    path = Path(path)
    if not path.is_file():
        raise DataError(f"{path}: file not found")
    suffix = path.suffix.lower()
    if suffix == ".gz" and len(path.suffixes) > 1:  # pandas decompresses by the name
        suffix = path.suffixes[-2].lower()
    optional = {".parquet": "pyarrow", ".pq": "pyarrow", ".xlsx": "openpyxl"}
    if suffix in optional:
        from tradewar.extras import require

        require(optional[suffix], "report")
    try:
        if suffix in {".csv"}:
            return pd.read_csv(path, **kwargs)
        if suffix in {".tsv", ".dlm", ".txt", ".tab"}:
            return pd.read_csv(path, sep=None, engine="python", **kwargs)
        if suffix in {".parquet", ".pq"}:
            return pd.read_parquet(path, **kwargs)
        if suffix == ".dta":
            return pd.read_stata(path, **kwargs)
        if suffix in {".xlsx", ".xls"}:
            return pd.read_excel(path, **kwargs)
    except (ValueError, OSError, UnicodeDecodeError, ImportError) as exc:
        raise DataError(f"{path}: cannot be read as a {suffix[1:]} table ({_why(exc)})") from None
    except Exception as exc:  # each reader fails its own way on a corrupted file (struct, zlib)
        raise DataError(
            f"{path}: cannot be read as a {suffix[1:]} table (corrupted? {_why(exc)})"
        ) from None
    raise DataError(
        f"{path}: unknown file type {suffix!r} (expected .csv, .tsv, .dlm, .parquet, .dta, .xlsx)"
    )


def _why(exc: BaseException) -> str:
    """An exception's message on one line, cut to a readable length."""
    text = " ".join(str(exc).split()) or type(exc).__name__
    return text if len(text) <= 200 else text[:197] + "..."


def require_columns(frame: pd.DataFrame, columns: Iterable[str], source: str | Path) -> None:
    """Raise a DataError naming the file and every required column that is missing.

    Parameters
    ----------
    frame : pandas.DataFrame
        The table read.
    columns : iterable of str
        The columns it must have.
    source : str or Path
        The file it was read from, for the message.

    Raises
    ------
    DataError
        If a column is missing.
    """
    missing = [c for c in columns if c not in frame.columns]
    if missing:
        raise DataError(
            f"{source}: missing column(s) {', '.join(map(repr, missing))}; "
            f"found {', '.join(map(str, frame.columns[:20]))}"
        )


def read_mat(path: str | Path, names: Iterable[str]) -> dict[str, np.ndarray]:
    """Read named arrays of a MATLAB v5 file, naming the file and any array that is missing.

    Parameters
    ----------
    path : str or Path
        The ``.mat`` file.
    names : iterable of str
        The arrays to read.

    Returns
    -------
    dict of str to numpy.ndarray
        Each array by name.

    Raises
    ------
    DataError
        If the file is missing or unreadable, or lacks an array.
    """
    import scipy.io

    path = Path(path)
    if not path.is_file():
        raise DataError(f"{path}: file not found")
    try:
        data = scipy.io.loadmat(path)
    except Exception as exc:  # scipy fails its own way on each kind of corruption
        raise DataError(f"{path}: not a MATLAB v5 file ({_why(exc)})") from None
    missing = [n for n in names if n not in data]
    if missing:
        raise DataError(f"{path}: missing array(s) {', '.join(missing)}")
    return {n: np.asarray(data[n]) for n in names}
