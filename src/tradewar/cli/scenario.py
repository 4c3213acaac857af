"""Scenario commands: run, scenarios, validate, compare, report, schema.

Plain functions; :mod:`tradewar.cli.app` registers them on the application.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Annotated, Any

import typer
from rich.markup import escape
from rich.table import Table

from tradewar.cli.console import console, fail, money, pct, reporting_warnings
from tradewar.cli.gravity import print_coefficients
from tradewar.errors import TradewarError

__all__ = ["compare", "report", "run", "scenarios", "schema", "validate"]


def _print_sensitivity(table: Any) -> None:
    """The headline's welfare changes under other elasticities and deficit treatments."""
    import numpy as np

    out = Table(title="How sure: welfare % under other assumptions")
    out.add_column("case")
    for country in table.columns:
        out.add_column(str(country), justify="right")
    for case, row in table.iterrows():
        out.add_row(str(case), *(pct(v) for v in row))
    console.print(out)
    signs = np.sign(table.to_numpy(dtype=float))
    flips = [str(c) for k, c in enumerate(table.columns) if len(set(signs[:, k]) - {0.0}) > 1]
    if flips:
        console.print(
            escape(f"note: the sign of welfare for {', '.join(flips)} depends on them"),
            style="bold yellow",
        )


def _print_result(result: Any) -> None:
    from tradewar.reports.tables import (
        COMPARATIVE_STATIC,
        bilateral_by_sector,
        country_table,
        third_countries,
    )

    sc = result.scenario
    usd = result.start_world.usd_per_unit is not None
    console.print(f"[bold]{escape(sc.title or sc.name)}[/]  ({escape(result.source)})")
    console.print(
        f"world: {escape(result.data_world.name)}; start: "
        f"{escape(result.start_world.name)}; model: {sc.model.kind}, deficits "
        f"{sc.model.deficits}; {len(result.steps)} step(s) solved in "
        f"{result.seconds:.2f} s"
    )
    for step in result.steps:
        console.print(f"  {step.date or 'start'}  {escape('; '.join(step.labels))}")
    for note in result.notes:
        console.print(f"  note: {escape(note)}", style="dim")
    if result.gravity is not None:
        print_coefficients(result.gravity.estimates)
    table = country_table(result)
    out = Table(title="Final state, % change from the start")
    for column in (
        "country",
        "welfare",
        "real GDP",
        "consumer prices",
        "exports",
        "imports",
        "tariff revenue/yr",
        "change",
    ):
        out.add_column(column, justify="left" if column == "country" else "right")
    for code, row in table.iterrows():
        out.add_row(
            str(code),
            pct(row["welfare_pct"]),
            pct(row["real_gdp_pct"]),
            pct(row["price_index_pct"]),
            pct(row["exports_pct"]),
            pct(row["imports_pct"]),
            money(row["tariff_revenue_usd"], usd),
            money(row["tariff_revenue_change_usd"], usd),
        )
    console.print(out)
    console.print(
        escape(
            "welfare: real income; real GDP: value added deflated by consumer prices; "
            f"{COMPARATIVE_STATIC}."
        ),
        style="dim",
    )
    if sc.model.kind == "gravity":
        out = Table(
            title=f"Structural gravity ({sc.model.ge} GE), % change, in the book's "
            "normalisation (the reference importer's IMR fixed)"
        )
        for column in ("country", "factory-gate price", "OMR", "IMR", "real GDP", "exports"):
            out.add_column(column, justify="left" if column == "country" else "right")
        for code, row in table.iterrows():
            columns = (
                "factory_price_pct",
                "omr_pct",
                "imr_pct",
                "real_gdp_pct",
                "exports_pct",
            )
            out.add_row(str(code), *(pct(row[c]) for c in columns))
        console.print(out)
    pair = bilateral_by_sector(result)
    if pair is not None and not pair.empty:
        a, b = result.focus
        out = Table(title=f"{a}-{b} trade by sector")
        for column in ("sector", f"{a}→{b} base", f"{a}→{b} %", f"{b}→{a} base", f"{b}→{a} %"):
            out.add_column(column, justify="left" if column == "sector" else "right")
        for sector in result.start_world.sectors:
            ab = pair[(pair["exporter"] == a) & (pair["sector"] == sector)]
            ba = pair[(pair["exporter"] == b) & (pair["sector"] == sector)]
            if ab.empty and ba.empty:
                continue
            cells = []
            for part in (ab, ba):
                if part.empty:
                    cells += ["–", "–"]
                else:
                    cells += [
                        money(part["base_usd"].iloc[0], usd),
                        pct(part["change_pct"].iloc[0]),
                    ]
            out.add_row(sector, *cells)
        console.print(out)
        third = third_countries(result)
        out = Table(title=f"Third countries: winners and losers (trade diversion from {a}-{b})")
        for column in ("country", "welfare %", "exports %", f"exports to {a}+{b} %"):
            out.add_column(column, justify="left" if column == "country" else "right")
        for code, row in third.iterrows():
            out.add_row(
                str(code),
                pct(row["welfare_pct"]),
                pct(row["exports_pct"]),
                pct(row.get("exports_to_pair_pct", float("nan"))),
            )
        console.print(out)


def run(
    scenario: Annotated[str, typer.Argument(help="A built-in scenario name or a YAML file.")],
    out: Annotated[
        Path | None,
        typer.Option(
            "--out",
            help="Write tables (CSV, Parquet, Excel), JSON and charts to this folder: a new "
            "one, an empty one, or one tradewar wrote before (only its files are replaced).",
        ),
    ] = None,
    as_json: Annotated[bool, typer.Option("--json", help="Print one JSON document.")] = False,
) -> None:
    """Solve a scenario's timeline and print its effects."""
    from tradewar.atomic import check_output_folder
    from tradewar.reports.files import write_outputs
    from tradewar.reports.tables import result_document
    from tradewar.scenario import load_scenario, run_scenario
    from tradewar.scenario.sensitivity import headline_sensitivity

    protect = [scenario] if Path(scenario).is_file() else []
    with reporting_warnings():
        try:
            if out is not None:  # refused before solving, and again when writing
                check_output_folder(out, protect=protect)
            loaded = load_scenario(scenario)
            result = run_scenario(loaded)
            sensitivity = headline_sensitivity(loaded, result)
            if out is not None:
                write_outputs(result, out, protect=protect)
        except (TradewarError, OSError) as exc:
            fail(exc)
    if as_json:
        doc = result_document(result)
        if sensitivity is not None:
            doc["sensitivity"] = {
                "welfare_pct": {
                    case: {c: (None if v != v else float(v)) for c, v in row.items()}
                    for case, row in sensitivity.iterrows()
                }
            }
        typer.echo(json.dumps(doc))
        return
    _print_result(result)
    if sensitivity is not None:
        _print_sensitivity(sensitivity)
    if out is not None:
        from tradewar.reports.files import RICH_FORMATS_NOTE, rich_formats_available

        console.print(f"wrote {out}")
        if not rich_formats_available():
            console.print(escape(f"note: CSV and JSON only; {RICH_FORMATS_NOTE}"))


def scenarios() -> None:
    """List the built-in scenarios."""
    from tradewar.scenario import builtin_scenarios, load_scenario

    out = Table(title="Built-in scenarios")
    out.add_column("name")
    out.add_column("title")
    out.add_column("actions", justify="right")
    out.add_column("dates")
    for name in builtin_scenarios():
        sc = load_scenario(name).scenario
        dates = sorted(a.date for a in sc.actions if a.date is not None)
        span = f"{dates[0]} – {dates[-1]}" if dates else ""
        out.add_row(name, escape(sc.title), str(len(sc.actions)), span)
    console.print(out)


def validate(
    scenario: Annotated[str, typer.Argument(help="A built-in scenario name or a YAML file.")],
    as_json: Annotated[
        bool, typer.Option("--json", help="Print one JSON object (the error, if any).")
    ] = False,
) -> None:
    """Check a scenario without solving it: every check of 'run' short of the solve."""
    from tradewar.scenario import load_scenario
    from tradewar.scenario.timeline import check_scenario

    with reporting_warnings():
        try:
            loaded = load_scenario(scenario)
            check_scenario(loaded)
        except (TradewarError, OSError) as exc:
            fail(exc)
    sc = loaded.scenario
    if as_json:
        doc = {"ok": True, "name": sc.name, "file": loaded.source, "actions": len(sc.actions)}
        typer.echo(json.dumps(doc))
        return
    console.print(f"[green]ok[/]: {escape(sc.name)} — {len(sc.actions)} action(s)")


def compare(
    first: Annotated[str, typer.Argument(help="Scenario A (name or file).")],
    second: Annotated[str, typer.Argument(help="Scenario B (name or file).")],
    as_json: Annotated[bool, typer.Option("--json", help="Print JSON.")] = False,
) -> None:
    """Two scenarios side by side: final welfare, real wage and trade, and their differences."""
    from tradewar.reports.compare import COMPARED, compare_results, same_start
    from tradewar.scenario import run_scenario

    with reporting_warnings():
        try:
            a, b = run_scenario(first), run_scenario(second)
        except (TradewarError, OSError) as exc:
            fail(exc)
    table = compare_results(a, b)
    if as_json:
        doc = {
            code: {k: (None if v != v else float(v)) for k, v in row.items()}
            for code, row in table.iterrows()
        }
        typer.echo(json.dumps({"a": a.scenario.name, "b": b.scenario.name, "countries": doc}))
        return
    out = Table(
        title=f"A = {escape(a.scenario.name)}, B = {escape(b.scenario.name)} "
        "(final states, % change from each start)"
    )
    out.add_column("country")
    for col in ("welfare", "real wage", "exports"):
        for k in ("A", "B", "B − A"):
            out.add_column(f"{col} {k}", justify="right")
    for code, row in table.iterrows():
        cells = []
        for col in COMPARED:
            cells += [pct(row[f"{col}_a"]), pct(row[f"{col}_b"]), pct(row[f"{col}_diff"])]
        out.add_row(str(code), *cells)
    console.print(out)
    if not same_start(a, b):
        console.print(
            f"note: the starts differ ({escape(a.start_world.name)} vs "
            f"{escape(b.start_world.name)})"
        )


def report(
    scenario: Annotated[str, typer.Argument(help="A built-in scenario name or a YAML file.")],
    out: Annotated[
        Path,
        typer.Option(
            "--out", help="The HTML file to write: a new one, or a report tradewar wrote before."
        ),
    ] = Path("report.html"),
) -> None:
    """A self-contained HTML report (works offline): tables, charts, a world map, the timeline."""
    from tradewar.atomic import check_output_file
    from tradewar.reports.html import is_report, write_report
    from tradewar.scenario import run_scenario

    with reporting_warnings():
        try:
            check_output_file(out, replace_if=is_report)
            result = run_scenario(scenario)
            write_report(result, out)
        except (TradewarError, OSError) as exc:
            fail(exc)
    console.print(f"wrote {out}")


def schema() -> None:
    """Print the JSON Schema of scenario files (for editors; also docs/scenario.schema.json)."""
    from tradewar.scenario import json_schema

    typer.echo(json.dumps(json_schema(), indent=1))
