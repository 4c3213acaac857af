"""From product-level (HS6) tariff schedules over time to trade-weighted sector tariffs per date.

A schedule lists changes: one row per (product, date from which a rate applies,
rate).  On any date, a product's rate is the last one set on or before it.
Products map to model sectors through a concordance of code prefixes (HS
chapters, headings or full HS6 codes; the longest matching prefix wins).
Sector tariffs are averages over their products, weighted by trade when weights
are given (simple means otherwise).

tradewar ships its own HS → ICIO 2025 concordance (``default/hs_to_icio.csv``,
written by the team at chapter level with heading-level exceptions); any other
(for instance the World Bank WITS HS6 → ISIC Rev. 3 table) can be used.
"""

from __future__ import annotations

from collections.abc import Iterable
from importlib.resources import files
from pathlib import Path

import numpy as np
import pandas as pd

from tradewar.data.files.tables import read_table, require_columns
from tradewar.errors import DataError

__all__ = [
    "hs_to_icio",
    "read_concordance",
    "read_tariff_schedule",
    "sector_tariffs",
]


def read_tariff_schedule(
    path: str | Path,
    *,
    product: str = "hs6",
    date: str = "time_of_tariff",
    rate: str = "tariff",
    percent: bool = True,
    missing: str = "drop",
) -> pd.DataFrame:
    """Read a schedule into ``product`` (str), ``date`` (datetime), ``rate`` (fraction).

    ``missing="drop"`` leaves out rows without a rate (published schedules have
    a few; their count is in ``frame.attrs["dropped_rows"]``); ``"error"`` rejects them.

    Parameters
    ----------
    path : str or Path
        A CSV, TSV, Parquet, Stata or Excel table (read by
        :func:`~tradewar.data.files.tables.read_table`).
    product : str, default "hs6"
        Column of the product codes.
    date : str, default "time_of_tariff"
        Column of the dates from which each rate applies.
    rate : str, default "tariff"
        Column of the rates.
    percent : bool, default True
        Whether rates are in percent (else fractions).
    missing : {"drop", "error"}, default "drop"
        What to do with rows without a rate.

    Returns
    -------
    pandas.DataFrame
        Columns ``product``, ``date``, ``rate`` (fraction); ``attrs["dropped_rows"]``
        counts the rows left out.

    Raises
    ------
    DataError
        Missing columns, unparseable dates, negative rates, or missing rates with
        ``missing="error"`` (naming the file and row).
    """
    frame = read_table(path, dtype={product: str})
    require_columns(frame, [product, date, rate], path)
    out = pd.DataFrame(
        {
            "product": frame[product].astype(str).str.strip(),
            "date": pd.to_datetime(frame[date], errors="coerce"),
            "rate": pd.to_numeric(frame[rate], errors="coerce") / (100.0 if percent else 1.0),
        }
    )
    bad_date = out["date"].isna()
    if bad_date.any():
        row = int(np.flatnonzero(bad_date)[0])
        raise DataError(
            f"{path}, row {row + 2}: column {date!r} is not a date ({frame[date].iloc[row]!r})"
        )
    if missing not in ("drop", "error"):
        raise ValueError("missing must be 'drop' or 'error'")
    absent = out["rate"].isna() & frame[rate].isna()
    bad_rate = (out["rate"].isna() & ~absent) | (out["rate"] < 0)
    if missing == "error":
        bad_rate |= absent
    if bad_rate.any():
        row = int(np.flatnonzero(bad_rate)[0])
        raise DataError(
            f"{path}, row {row + 2}: column {rate!r} is missing, not a number "
            f"or negative ({frame[rate].iloc[row]!r})"
        )
    out = out[~absent].reset_index(drop=True)
    out.attrs["dropped_rows"] = int(absent.sum())
    return out


def hs_to_icio() -> dict[str, str]:
    """The shipped HS (chapter/heading prefix) → ICIO 2025 sector concordance."""
    with (files("tradewar.data") / "default" / "hs_to_icio.csv").open() as handle:
        table = pd.read_csv(handle, dtype=str)
    return dict(zip(table["hs"], table["sector"], strict=True))


def read_concordance(
    path: str | Path, *, product: str, sector: str, encoding: str = "utf-8"
) -> dict[str, str]:
    """A product-code prefix → sector mapping from a two-column table (e.g. WITS HS6 → ISIC).

    Parameters
    ----------
    path : str or Path
        The table.
    product : str
        Column of the product codes (or code prefixes).
    sector : str
        Column of the sectors.
    encoding : str, default "utf-8"
        Text encoding of the file.

    Returns
    -------
    dict of str to str
        Product-code prefix → sector.

    Raises
    ------
    DataError
        Missing columns, or a product mapped to two different sectors.
    """
    frame = read_table(path, dtype=str, encoding=encoding)
    require_columns(frame, [product, sector], path)
    frame = frame[[product, sector]].dropna()
    codes = frame[product].str.strip()
    targets = frame[sector].str.strip()
    conflicts = frame.assign(c=codes, t=targets).groupby("c")["t"].nunique()
    if (conflicts > 1).any():
        code = conflicts[conflicts > 1].index[0]
        raise DataError(f"{path}: product {code} is mapped to several sectors")
    return dict(zip(codes, targets, strict=True))


def _map_products(products: Iterable[str], concordance: dict[str, str]) -> list[str | None]:
    lengths = sorted({len(k) for k in concordance}, reverse=True)
    out: list[str | None] = []
    for code in products:
        match = None
        for n in lengths:
            match = concordance.get(code[:n])
            if match is not None:
                break
        out.append(match)
    return out


def sector_tariffs(
    schedule: pd.DataFrame,
    concordance: dict[str, str],
    *,
    weights: pd.Series | dict[str, float] | None = None,
    dates: Iterable[str | pd.Timestamp] | None = None,
) -> pd.DataFrame:
    """Trade-weighted (or simple) average tariffs by sector on each date.

    Parameters
    ----------
    schedule : pandas.DataFrame
        Output of :func:`read_tariff_schedule` (``product``, ``date``, ``rate``).
    concordance : dict of str to str
        Product-code prefix → sector.
    weights : pandas.Series or dict of str to float, optional
        Trade value by product (e.g. base-year imports); products without
        a weight count zero.  None: simple averages.
    dates : iterable of str or pandas.Timestamp, optional
        Dates to evaluate; default every date on which the schedule changes.

    Returns
    -------
    pandas.DataFrame
        Tidy: ``date``, ``sector``, ``tariff`` (fraction), ``products`` (count
        in force), ``weight`` (total weight behind the average).  Products the
        concordance does not cover are left out (their count is in
        ``frame.attrs["unmapped_products"]``).
    """
    require_columns(schedule, ["product", "date", "rate"], "schedule")
    when = (
        sorted(pd.to_datetime(tuple(dates)))
        if dates is not None
        else sorted(schedule["date"].unique())
    )
    ordered = schedule.sort_values(["product", "date"])
    sector_of = dict(
        zip(
            ordered["product"].unique(),
            _map_products(ordered["product"].unique(), concordance),
            strict=True,
        )
    )
    unmapped = [p for p, s in sector_of.items() if s is None]
    if weights is not None:
        weights = pd.Series(weights, dtype=float)
        weights.index = weights.index.astype(str)
        if (weights < 0).any():
            raise DataError(f"trade weights: product {weights[weights < 0].index[0]} is negative")
    rows = []
    for day in when:
        state = ordered[ordered["date"] <= day].groupby("product").last()
        state = state.assign(sector=[sector_of[p] for p in state.index]).dropna(subset=["sector"])
        if weights is None:
            state["w"] = 1.0
        else:
            state["w"] = weights.reindex(state.index).fillna(0.0).to_numpy()
        state["wr"] = state["w"] * state["rate"]
        grouped = state.groupby("sector").agg(
            wr=("wr", "sum"), w=("w", "sum"), products=("rate", "size"), plain=("rate", "mean")
        )
        for sector, g in grouped.iterrows():
            tariff = g["wr"] / g["w"] if g["w"] > 0 else g["plain"]
            rows.append(
                (pd.Timestamp(day), sector, float(tariff), int(g["products"]), float(g["w"]))
            )
    frame = pd.DataFrame(rows, columns=["date", "sector", "tariff", "products", "weight"])
    frame.attrs["unmapped_products"] = len(unmapped)
    return frame
