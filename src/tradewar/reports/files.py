"""Writing a scenario's results to a folder: CSV, JSON; Parquet, Excel and PNG with ``[report]``.

Outputs are reproducible: the same scenario gives the same bytes (no clock:
timings stay out of the JSON, the workbook's dates are the scenario's).
"""

from __future__ import annotations

import datetime as dt
import json
import zipfile
from collections.abc import Iterable
from pathlib import Path

import pandas as pd

from tradewar.atomic import atomic_folder
from tradewar.reports.tables import (
    bilateral_by_sector,
    country_table,
    result_document,
    sector_table,
    steps_table,
    trade_table,
)
from tradewar.scenario.timeline import ScenarioResult

__all__ = [
    "FORMULA_STARTS",
    "RICH_FORMATS_NOTE",
    "formula_safe",
    "rich_formats_available",
    "write_outputs",
]


#: What ``write_outputs`` leaves out without the ``report`` extra.
RICH_FORMATS_NOTE = (
    "Parquet, Excel and PNG files need optional dependencies: pip install 'tradewar[report]'"
)


def rich_formats_available() -> bool:
    """Whether the ``report`` extra (Parquet, Excel, PNG) is installed."""
    import importlib.util

    return all(
        importlib.util.find_spec(name) is not None for name in ("pyarrow", "openpyxl", "matplotlib")
    )


def write_outputs(
    result: ScenarioResult, out: str | Path, *, protect: Iterable[str | Path] = ()
) -> Path:
    """Write tables (CSV; Parquet, Excel) and charts (PNG) to ``out``, all or nothing.

    CSV and JSON always; Parquet, Excel and PNG with the ``report`` extra
    (:func:`rich_formats_available`).  ``out`` must be new, empty or a folder
    tradewar made; the files are written to a temporary folder beside it and
    swapped in only when complete (:func:`tradewar.atomic.atomic_folder`), and
    the user's other files in ``out`` are kept.  Text cells of the CSV and
    Excel tables cannot become formulas (:func:`formula_safe`).

    Parameters
    ----------
    result : ScenarioResult
        The solved scenario.
    out : str or Path
        The folder to write.
    protect : iterable of str or Path, optional
        Files that must not lie in ``out`` (the scenario file).

    Returns
    -------
    Path
        ``out``.

    Raises
    ------
    tradewar.atomic.OutputError
        If ``out`` is a file, a link, or a folder holding files tradewar did not write.
    """
    tables = {
        "countries": country_table(result).reset_index(),
        "sectors": sector_table(result.final),
        "trade": trade_table(result),
        "steps": steps_table(result),
    }
    pair = bilateral_by_sector(result)
    if pair is not None:
        tables["bilateral"] = pair
    rich = rich_formats_available()
    with atomic_folder(out, protect=protect) as tmp:
        for name, frame in tables.items():
            formula_safe(frame).to_csv(tmp / f"{name}.csv", index=False)
            if rich:
                frame.to_parquet(tmp / f"{name}.parquet", index=False)
        if rich:
            workbook = tmp / f"{result.scenario.name}.xlsx"
            with pd.ExcelWriter(workbook) as writer:
                for name, frame in tables.items():
                    formula_safe(frame).to_excel(writer, sheet_name=name, index=False)
            _pin_zip_dates(workbook, _stamp(result))
        (tmp / "result.json").write_text(json.dumps(result_document(result), indent=1))
        if rich:
            from tradewar.reports.charts import write_charts

            write_charts(result, tmp)
    return Path(out)


#: First characters that make a spreadsheet read a text cell as a formula (OWASP's list,
#: with the full-width forms some spreadsheets also accept).
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r", "\uff1d", "\uff0b", "\uff0d", "\uff20")


def formula_safe(frame: pd.DataFrame) -> pd.DataFrame:
    """The table with text cells that a spreadsheet would run as formulas quoted.

    A text cell (or column name) starting with ``=``, ``+``, ``-``, ``@``, a tab
    or a carriage return gets a leading ``'``, as OWASP recommends against CSV
    injection; numbers and other cells are unchanged.

    Parameters
    ----------
    frame : pandas.DataFrame
        A table about to be written to CSV or Excel.

    Returns
    -------
    pandas.DataFrame
        A copy where needed; ``frame`` itself when no cell needed quoting.

    Examples
    --------
    >>> formula_safe(pd.DataFrame({"label": ["=1+1", "ok"], "x": [-1.0, 2.0]}))
       label    x
    0  '=1+1 -1.0
    1     ok  2.0
    """

    def quote(value: object) -> object:
        if isinstance(value, str) and value.startswith(FORMULA_STARTS):
            return "'" + value
        return value

    out = frame
    for column in frame.columns:
        values = frame[column]
        if values.dtype.kind == "O" or isinstance(
            values.dtype, (pd.StringDtype, pd.CategoricalDtype)
        ):
            cells = values.tolist()
            quoted = [quote(v) for v in cells]
            if any(q is not v for q, v in zip(quoted, cells, strict=True)):
                out = out.copy() if out is frame else out
                kept = values.dtype if isinstance(values.dtype, pd.StringDtype) else object
                out[column] = pd.Series(quoted, index=frame.index, dtype=kept)
    renamed = {c: quote(c) for c in frame.columns if quote(c) is not c}
    return out.rename(columns=renamed) if renamed else out


def _stamp(result: ScenarioResult) -> dt.datetime:
    """The date written into files: the scenario's last step, else 1 January 1980."""
    days = [step.date for step in result.steps if step.date is not None]
    day = max(days) if days else dt.date(1980, 1, 1)
    return dt.datetime(max(day.year, 1980), day.month, day.day)


def _pin_zip_dates(path: Path, when: dt.datetime) -> None:
    """Rewrite an Office file so that its entries and core properties carry ``when``."""
    stamp = when.strftime("%Y-%m-%dT%H:%M:%SZ")
    with zipfile.ZipFile(path) as source:
        entries = [(info, source.read(info.filename)) for info in source.infolist()]
    with zipfile.ZipFile(path, "w", compression=zipfile.ZIP_DEFLATED) as target:
        for info, data in entries:
            if info.filename == "docProps/core.xml":
                text = data.decode("utf-8")
                for tag in ("dcterms:created", "dcterms:modified"):
                    start = text.find(f"<{tag}")
                    if start >= 0:
                        open_end = text.index(">", start) + 1
                        close = text.index(f"</{tag}>", open_end)
                        text = text[:open_end] + stamp + text[close:]
                data = text.encode("utf-8")
            pinned = zipfile.ZipInfo(info.filename, date_time=when.timetuple()[:6])
            pinned.compress_type = zipfile.ZIP_DEFLATED
            pinned.external_attr = info.external_attr
            target.writestr(pinned, data)
