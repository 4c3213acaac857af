"""Gravity-style long tables (exporter, importer, trade incl. domestic flows) as one-sector worlds.

The one-sector model without input–output links is the Armington / Eaton–Kortum
structural gravity model, so a gravity data set is a :class:`Baseline` with one
sector, ``va_share = 1`` and ``final_shares = 1``.  Files: CSV (also ``.dlm``,
``.tsv``), Parquet or Stata ``.dta``, gzipped or not, as in the built-in data sets
``gegravity-sample``, ``gravity-wiod0014`` and ``yotov2016``.
"""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pandas as pd

from tradewar.baseline import Baseline
from tradewar.data.files.tables import read_table, require_columns
from tradewar.errors import DataError

__all__ = ["MAX_COUNTRIES", "baseline_from_gravity", "pair_matrix", "read_gravity"]

#: The most countries a gravity table may name (a world of N countries holds N² flows).
MAX_COUNTRIES = 2000


def read_gravity(
    path: str | Path,
    *,
    exporter: str = "exporter",
    importer: str = "importer",
    trade: str = "trade",
    year: str | None = "year",
    select_year: int | None = None,
    theta: float = 4.0,
    tariff: str | None = None,
) -> Baseline:
    """Read a gravity table into a one-sector baseline.

    Parameters
    ----------
    path : str or Path
        The file (CSV, TSV, Parquet, Stata or Excel).
    exporter, importer, trade : str, optional
        Column names (default ``"exporter"``, ``"importer"``, ``"trade"``).
    year : str or None, default "year"
        The year column.
    select_year : int, optional
        The year to keep (the latest if None; both are ignored when the file has
        no such column).
    theta : float, default 4.0
        Trade elasticity (σ − 1 in Armington terms).
    tariff : str, optional
        Column of ad valorem tariffs (fractions).

    Returns
    -------
    Baseline
        A one-sector world (sector ``"all"``), raw when it has tariffs.

    Raises
    ------
    DataError
        Missing columns, negative or missing trade (naming the pair), duplicated
        pairs, or a country without a domestic flow.
    """
    frame = read_table(path)
    columns = [exporter, importer, trade] + ([tariff] if tariff else [])
    require_columns(frame, columns, path)
    if year and year in frame.columns:
        years = sorted(frame[year].dropna().unique())
        chosen = years[-1] if select_year is None else select_year
        if chosen not in years:
            raise DataError(f"{path}: year {chosen} not in column {year!r} (has {years})")
        frame = frame[frame[year] == chosen]
    return baseline_from_gravity(
        frame,
        exporter=exporter,
        importer=importer,
        trade=trade,
        theta=theta,
        tariff=tariff,
        source=str(path),
        name=Path(path).stem,
    )


def pair_matrix(
    frame: pd.DataFrame,
    values: pd.Series | np.ndarray,
    *,
    exporter: str = "exporter",
    importer: str = "importer",
    countries: tuple[str, ...] | None = None,
) -> tuple[tuple[str, ...], np.ndarray]:
    """Arrange one value per row of a long table into an (N, N) [exporter, importer] matrix.

    Countries are the sorted union of exporters and importers unless given;
    pairs absent from the table are zero.

    Parameters
    ----------
    frame : pandas.DataFrame
        The long table, one row per pair.
    values : pandas.Series or numpy.ndarray
        One value per row of ``frame``.
    exporter, importer : str, optional
        Column names (default ``"exporter"``, ``"importer"``).
    countries : tuple of str, optional
        The countries, in order.

    Returns
    -------
    countries : tuple of str
        The countries of the axes.
    matrix : numpy.ndarray
        (N, N) [exporter, importer] values.

    Raises
    ------
    DataError
        If the table names more than :data:`MAX_COUNTRIES` countries.
    """
    if countries is None:
        countries = tuple(
            sorted(set(frame[exporter].astype(str)) | set(frame[importer].astype(str)))
        )
    if len(countries) > MAX_COUNTRIES:
        raise DataError(
            f"the table names {len(countries):,} countries, more than {MAX_COUNTRIES:,} (are "
            f"the {exporter!r} and {importer!r} columns country codes?)"
        )
    index = {c: i for i, c in enumerate(countries)}
    matrix = np.zeros((len(countries), len(countries)))
    rows = frame[exporter].astype(str).map(index).to_numpy()
    cols = frame[importer].astype(str).map(index).to_numpy()
    matrix[rows, cols] = np.asarray(values, dtype=float)
    return tuple(countries), matrix


def baseline_from_gravity(
    frame: pd.DataFrame,
    *,
    exporter: str = "exporter",
    importer: str = "importer",
    trade: str = "trade",
    theta: float = 4.0,
    tariff: str | None = None,
    source: str = "table",
    name: str = "gravity",
) -> Baseline:
    """A one-sector baseline from a long table with one row per (exporter, importer).

    Parameters
    ----------
    frame : pandas.DataFrame
        The table.
    exporter, importer, trade : str, optional
        Column names (default ``"exporter"``, ``"importer"``, ``"trade"``).
    theta : float, default 4.0
        Trade elasticity.
    tariff : str, optional
        Column of ad valorem tariffs (fractions); missing values count zero.
    source : str, default "table"
        Where the table came from, for messages and the description.
    name : str, default "gravity"
        Name of the baseline.

    Returns
    -------
    Baseline
        A one-sector world (sector ``"all"``), raw when it has tariffs.

    Raises
    ------
    DataError
        Negative or missing trade, duplicated pairs, or a country without a
        domestic flow.
    """
    for column in (exporter, importer):
        unnamed = frame[column].isna() | (frame[column].astype(str).str.strip() == "")
        if unnamed.any():
            raise DataError(
                f"{source}: {column!r} is empty in row {int(np.argmax(unnamed.to_numpy())) + 1} "
                f"({int(unnamed.sum())} row(s))"
            )
    values = pd.to_numeric(frame[trade], errors="coerce")
    bad = values.isna() | (values < 0) | ~np.isfinite(values.to_numpy(dtype=float, na_value=0))
    if bad.any():
        row = frame[bad].iloc[0]
        first = float(values[bad].iloc[0])
        what = "infinite" if np.isinf(first) else "missing or negative"
        raise DataError(
            f"{source}: {trade!r} is {what} for exporter {row[exporter]}, "
            f"importer {row[importer]} ({int(bad.sum())} row(s))"
        )
    dup = frame.duplicated([exporter, importer])
    if dup.any():
        row = frame[dup].iloc[0]
        raise DataError(f"{source}: pair {row[exporter]} -> {row[importer]} appears twice")
    countries, matrix = pair_matrix(frame, values, exporter=exporter, importer=importer)
    n = len(countries)
    flows = matrix[:, :, None]
    rates = np.zeros((n, n, 1))
    if tariff:
        rates[:, :, 0] = pair_matrix(
            frame,
            pd.to_numeric(frame[tariff], errors="coerce").fillna(0.0),
            exporter=exporter,
            importer=importer,
            countries=countries,
        )[1]
    domestic = np.einsum("nns->n", flows)
    if (domestic <= 0).any():
        missing = [countries[i] for i in np.flatnonzero(domestic <= 0)][:10]
        raise DataError(
            f"{source}: no domestic flow (exporter = importer) for {', '.join(missing)}; "
            "structural gravity needs each country's sales to itself"
        )
    raw = Baseline(
        countries=tuple(countries),
        sectors=("all",),
        trade=flows,
        tariff=rates,
        io_shares=np.zeros((n, 1, 1)),
        va_share=np.ones((n, 1)),
        final_shares=np.ones((n, 1)),
        theta=np.array([float(theta)]),
        name=name,
        description=f"gravity data from {source}",
        check_accounting=not tariff,
    )
    return raw
