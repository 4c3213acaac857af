"""Loader for the World Input–Output Database tables (2016 release, WIOTs 2000–2014).

Layout of the release's long-wide tables (R, Stata and CSV exports alike): one
row per (``Country``, ``RNr``) with ``IndustryCode``, ``IndustryDescription``,
``Country``, ``RNr``, ``Year``; value columns ``{CCC}{k}`` for the buying
country ``CCC`` and column number ``k`` — ``1..S`` its industries, ``S+1..S+5``
its final demand (household, NPISH and government consumption, gross fixed
capital formation, inventories); a ``TOT`` column; and summary rows (``Country``
``TOT``: ``II_fob``, ``TXSP``, ``EXP_adj``, ``PURR``, ``PURNR``, ``VA``,
``IntTTM``, ``GO``), which are skipped.  Values in millions of USD.
"""

from __future__ import annotations

import re
from pathlib import Path

import numpy as np
import pandas as pd

from tradewar.baseline import Baseline
from tradewar.data.build.io_table import IOAudit, baseline_from_io_table
from tradewar.data.files.tables import read_table, require_columns
from tradewar.errors import DataError

__all__ = ["read_wiod"]

_VALUE_COLUMN = re.compile(r"^(?:v)?([A-Z]{3})(\d+)$")


def read_wiod(
    path: str | Path,
    *,
    year: int | None = None,
    theta: float | np.ndarray = 4.0,
    audit: IOAudit | None = None,
) -> Baseline:
    """A WIOD world input–output table as a baseline (no tariffs).

    Parameters
    ----------
    path : str or Path
        CSV, Parquet or Stata file in the release's long-wide layout.
    year : int, optional
        The year to keep when the file holds several (default: the only one).
    theta : float or numpy.ndarray, default 4.0
        Trade elasticity, one value or one per industry.
    audit : IOAudit, optional
        Filled with what the construction changed in the table.

    Returns
    -------
    Baseline
        The world, raw where it does not add up exactly.

    Raises
    ------
    DataError
        Missing columns, several years without ``year``, industries that differ
        across countries, non-numeric values.
    """
    frame = read_table(path)
    require_columns(frame, ["Country", "RNr"], path)
    if "Year" in frame.columns:
        years = sorted(frame["Year"].dropna().unique())
        if year is None and len(years) > 1:
            raise DataError(f"{path}: several years {years}; choose one with year=")
        if year is not None:
            if year not in years:
                raise DataError(f"{path}: year {year} not in the file (has {years})")
            frame = frame[frame["Year"] == year]
    frame = frame.assign(Country=frame["Country"].astype(str).str.strip())
    body = frame[frame["Country"] != "TOT"]
    countries = list(dict.fromkeys(body["Country"]))
    rnr = pd.to_numeric(body["RNr"], errors="coerce")
    if rnr.isna().any():
        raise DataError(f"{path}: column 'RNr' has non-numeric values")
    industries = sorted(set(rnr.astype(int)))
    s = len(industries)
    if industries != list(range(1, s + 1)):
        raise DataError(f"{path}: industry numbers RNr must run 1..{s}")
    counts = body.groupby("Country").size()
    if (counts != s).any():
        bad = counts[counts != s].index[0]
        raise DataError(f"{path}: country {bad} has {counts[bad]} industry rows, expected {s}")
    labels = (
        body.loc[body["Country"] == countries[0], "IndustryCode"].astype(str).tolist()
        if "IndustryCode" in body.columns
        else [f"r{k}" for k in industries]
    )

    n = len(countries)
    c_idx = {c: i for i, c in enumerate(countries)}
    value_cols = {}
    for col in frame.columns:
        m = _VALUE_COLUMN.match(str(col))
        if m and m.group(1) in c_idx:
            value_cols[col] = (c_idx[m.group(1)], int(m.group(2)))
    expected = {(i, k) for i in range(n) for k in range(1, s + 6)}
    missing = expected - set(value_cols.values())
    if missing:
        i, k = sorted(missing)[0]
        raise DataError(f"{path}: missing value column {countries[i]}{k}")
    try:
        values = body[list(value_cols)].apply(pd.to_numeric, errors="raise").to_numpy(float)
    except (ValueError, TypeError) as exc:
        raise DataError(f"{path}: non-numeric value ({exc})") from None
    rows = np.array(
        [c_idx[c] * s + (int(r) - 1) for c, r in zip(body["Country"], rnr, strict=True)]
    )
    intermediate = np.zeros((n * s, n, s))
    final = np.zeros((n * s, n))
    for j, (dest, k) in enumerate(value_cols.values()):
        if k <= s:
            intermediate[rows, dest, k - 1] += values[:, j]
        elif k <= s + 5:
            final[rows, dest] += values[:, j]
    theta = np.broadcast_to(np.asarray(theta, dtype=float), (s,))
    return baseline_from_io_table(
        countries,
        labels,
        intermediate.reshape(n, s, n, s),
        final.reshape(n, s, n),
        theta,
        name=Path(path).stem,
        description=f"WIOD table read from {Path(path).name}",
        audit=audit,
        goods=tuple(label for label in labels if label[:1] in ("A", "B", "C")),
    )
