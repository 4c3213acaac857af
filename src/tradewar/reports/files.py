"""Writing a scenario's results to a folder: CSV, JSON; Parquet, Excel and PNG with ``[report]``.

Outputs are reproducible: the same scenario gives the same bytes (no clock:
timings stay out of the JSON, the workbook's dates are the scenario's).
"""

from __future__ import annotations

import datetime as dt
import json
import shutil
import tempfile
import zipfile
from pathlib import Path

import pandas as pd

from tradewar.reports.tables import (
    bilateral_by_sector,
    country_table,
    result_document,
    sector_table,
    steps_table,
    trade_table,
)
from tradewar.scenario.timeline import ScenarioResult

__all__ = ["RICH_FORMATS_NOTE", "rich_formats_available", "write_outputs"]


#: What ``write_outputs`` leaves out without the ``report`` extra.
RICH_FORMATS_NOTE = (
    "Parquet, Excel and PNG files need optional dependencies: pip install 'tradewar[report]'"
)


def rich_formats_available() -> bool:
    """Whether the ``report`` extra (Parquet, Excel, PNG) is installed."""
    import importlib.util

    return all(
        importlib.util.find_spec(name) is not None
        for name in ("pyarrow", "openpyxl", "matplotlib")
    )


def write_outputs(result: ScenarioResult, out: str | Path) -> Path:
    """Write tables (CSV; Parquet, Excel) and charts (PNG) to ``out``, all or nothing.

    CSV and JSON always; Parquet, Excel and PNG with the ``report`` extra
    (:func:`rich_formats_available`).  The files are written to a temporary
    folder beside ``out`` and moved into place only when complete; an existing
    ``out`` folder is replaced.

    Parameters
    ----------
    result : ScenarioResult
        The solved scenario.
    out : str or Path
        The folder to write.

    Returns
    -------
    Path
        ``out``.
    """
    out = Path(out)
    out.parent.mkdir(parents=True, exist_ok=True)
    tmp = Path(tempfile.mkdtemp(prefix=f".{out.name}-", dir=out.parent))
    try:
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
        for name, frame in tables.items():
            frame.to_csv(tmp / f"{name}.csv", index=False)
            if rich:
                frame.to_parquet(tmp / f"{name}.parquet", index=False)
        if rich:
            workbook = tmp / f"{result.scenario.name}.xlsx"
            with pd.ExcelWriter(workbook) as writer:
                for name, frame in tables.items():
                    frame.to_excel(writer, sheet_name=name, index=False)
            _pin_zip_dates(workbook, _stamp(result))
        (tmp / "result.json").write_text(json.dumps(result_document(result), indent=1))
        if rich:
            from tradewar.reports.charts import write_charts

            write_charts(result, tmp)
        if out.exists():
            backup = out.with_name(f".{out.name}.old")
            if backup.exists():
                shutil.rmtree(backup)
            out.rename(backup)
            tmp.rename(out)
            shutil.rmtree(backup)
        else:
            tmp.rename(out)
    finally:
        if tmp.exists():
            shutil.rmtree(tmp)
    return out


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
