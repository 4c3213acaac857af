"""Scenario commands of the ``tradewar`` command line: run, scenarios, validate, compare, report."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Annotated

import typer
from rich.markup import escape
from rich.table import Table

from tradewar.cli import _fail, app, console
from tradewar.errors import DataError, TradewarError

__all__ = ["compare", "report", "run", "scenarios", "schema", "validate"]


def _pct(value: float) -> str:
    if value != value:  # NaN
        return "–"
    color = "green" if value > 0.0005 else ("red" if value < -0.0005 else "white")
    return f"[{color}]{value:+.3f}[/]"


def _money(value: float, usd: bool) -> str:
    return f"${value / 1e9:,.1f}B" if usd else f"{value:,.4g}"


def _print_result(result) -> None:
    from tradewar.scenario.output import bilateral_by_sector, country_table, third_countries

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
        console.print(f"  {step.date}  {escape('; '.join(step.labels))}")
    if result.gravity is not None:
        _print_coefficients(result.gravity.estimates)
    table = country_table(result)
    out = Table(title="Final state, % change from the start")
    for column in (
        "country",
        "welfare",
        "real wage",
        "exports",
        "imports",
        "tariff revenue",
        "change in revenue",
    ):
        out.add_column(column, justify="left" if column == "country" else "right")
    for code, row in table.iterrows():
        out.add_row(
            code,
            _pct(row["welfare_pct"]),
            _pct(row["real_wage_pct"]),
            _pct(row["exports_pct"]),
            _pct(row["imports_pct"]),
            _money(row["tariff_revenue_usd"], usd),
            _money(row["tariff_revenue_change_usd"], usd),
        )
    console.print(out)
    if sc.model.kind == "gravity":
        out = Table(title=f"Structural gravity ({sc.model.ge} GE), % change")
        for column in ("country", "factory-gate price", "OMR", "IMR", "real GDP", "exports"):
            out.add_column(column, justify="left" if column == "country" else "right")
        for code, row in table.iterrows():
            columns = ("factory_price_pct", "omr_pct", "imr_pct", "welfare_pct", "exports_pct")
            out.add_row(code, *(_pct(row[c]) for c in columns))
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
                        _money(part["base_usd"].iloc[0], usd),
                        _pct(part["change_pct"].iloc[0]),
                    ]
            out.add_row(sector, *cells)
        console.print(out)
        third = third_countries(result)
        out = Table(title=f"Third countries: winners and losers (trade diversion from {a}-{b})")
        for column in ("country", "welfare %", "exports %", f"exports to {a}+{b} %"):
            out.add_column(column, justify="left" if column == "country" else "right")
        for code, row in third.iterrows():
            out.add_row(
                code,
                _pct(row["welfare_pct"]),
                _pct(row["exports_pct"]),
                _pct(row.get("exports_to_pair_pct", float("nan"))),
            )
        console.print(out)


def _print_coefficients(estimates) -> None:
    out = Table(title=f"PPML: {escape(estimates.formula)} ({estimates.nobs} observations)")
    for column in ("term", "estimate", "std. error", "t", "p"):
        out.add_column(column, justify="left" if column == "term" else "right")
    for row in estimates.coefficients.itertuples():
        out.add_row(
            row.term,
            f"{row.estimate:.4f}",
            f"{row.std_error:.4f}",
            f"{row.t_value:.2f}",
            f"{row.p_value:.3g}",
        )
    console.print(out)
    for line in estimates.dropped + [f"collinear, dropped: {v}" for v in estimates.collinear]:
        console.print(f"  note: {escape(line)}")


gravity_app = typer.Typer(help="Structural gravity estimation.", no_args_is_help=True)
app.add_typer(gravity_app, name="gravity")


@gravity_app.command("estimate")
def gravity_estimate(
    data: Annotated[Path, typer.Argument(help="Gravity table (CSV, .dlm, Parquet, .dta).")],
    formula: Annotated[str, typer.Option("--formula", help="'trade ~ x | exporter + importer'")],
    year: Annotated[int | None, typer.Option("--year", help="Keep one year.")] = None,
    vcov: Annotated[str, typer.Option("--vcov", help="hetero, iid or cluster:COLUMN")] = "hetero",
    international_only: Annotated[
        bool, typer.Option("--international-only", help="Estimate on international flows only.")
    ] = False,
    as_json: Annotated[bool, typer.Option("--json", help="Print JSON.")] = False,
) -> None:
    """Estimate a gravity equation by PPML with fixed effects (pyfixest)."""
    from tradewar.data.tables import read_table
    from tradewar.gravity import estimate_gravity

    try:
        frame = read_table(data)
        if year is not None:
            if "year" not in frame.columns:
                raise DataError(f"{data}: no 'year' column")
            frame = frame[frame["year"] == year]
        if international_only and {"exporter", "importer"} <= set(frame.columns):
            frame = frame[frame["exporter"] != frame["importer"]]
        spec = {"CRV1": vcov.split(":", 1)[1]} if vcov.startswith("cluster:") else vcov
        estimates = estimate_gravity(
            frame.reset_index(drop=True), formula, vcov=spec, source=str(data)
        )
    except (TradewarError, OSError) as exc:
        _fail(exc)
    if as_json:
        typer.echo(json.dumps(estimates.to_dict(), default=float))
        return
    _print_coefficients(estimates)


@app.command()
def run(
    scenario: Annotated[str, typer.Argument(help="A built-in scenario name or a YAML file.")],
    out: Annotated[
        Path | None,
        typer.Option(
            "--out", help="Write tables (CSV, Parquet, Excel), JSON and charts to this folder."
        ),
    ] = None,
    as_json: Annotated[bool, typer.Option("--json", help="Print one JSON document.")] = False,
) -> None:
    """Solve a scenario's timeline and print its effects."""
    from tradewar.scenario import run_scenario
    from tradewar.scenario.output import result_document, write_outputs

    try:
        result = run_scenario(scenario)
        if out is not None:
            write_outputs(result, out)
    except (TradewarError, OSError) as exc:
        _fail(exc)
    if as_json:
        typer.echo(json.dumps(result_document(result)))
        return
    _print_result(result)
    if out is not None:
        console.print(f"wrote {out}")


@app.command()
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
        dates = sorted(a.date for a in sc.actions)
        span = f"{dates[0]} – {dates[-1]}" if dates else ""
        out.add_row(name, escape(sc.title), str(len(sc.actions)), span)
    console.print(out)


@app.command()
def validate(
    scenario: Annotated[str, typer.Argument(help="A built-in scenario name or a YAML file.")],
) -> None:
    """Check a scenario file (fields, names of countries and sectors) without solving it."""
    from tradewar.scenario import load_scenario
    from tradewar.scenario.runner import check_scenario

    try:
        loaded = load_scenario(scenario)
        check_scenario(loaded)
    except (TradewarError, OSError) as exc:
        _fail(exc)
    sc = loaded.scenario
    console.print(f"[green]ok[/]: {escape(sc.name)} — {len(sc.actions)} action(s)")


@app.command()
def compare(
    first: Annotated[str, typer.Argument(help="Scenario A (name or file).")],
    second: Annotated[str, typer.Argument(help="Scenario B (name or file).")],
    as_json: Annotated[bool, typer.Option("--json", help="Print JSON.")] = False,
) -> None:
    """Two scenarios side by side: final welfare, real wage and trade, and their differences."""
    from tradewar.scenario import run_scenario
    from tradewar.scenario.output import country_table

    try:
        a, b = run_scenario(first), run_scenario(second)
    except (TradewarError, OSError) as exc:
        _fail(exc)
    ta, tb = country_table(a), country_table(b)
    common = [c for c in ta.index if c in tb.index]
    columns = ("welfare_pct", "real_wage_pct", "exports_pct")
    if as_json:
        doc = {
            code: {
                f"{col}_{k}": float(t.at[code, col])
                for col in columns
                for k, t in (("a", ta), ("b", tb))
            }
            for code in common
        }
        for code in common:
            for col in columns:
                doc[code][f"{col}_diff"] = doc[code][f"{col}_b"] - doc[code][f"{col}_a"]
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
    for code in common:
        cells = []
        for col in columns:
            va, vb = ta.at[code, col], tb.at[code, col]
            cells += [_pct(va), _pct(vb), _pct(vb - va)]
        out.add_row(code, *cells)
    console.print(out)
    if a.start_world.name != b.start_world.name:
        console.print(
            f"note: the starts differ ({escape(a.start_world.name)} vs "
            f"{escape(b.start_world.name)})"
        )


@app.command()
def report(
    scenario: Annotated[str, typer.Argument(help="A built-in scenario name or a YAML file.")],
    out: Annotated[Path, typer.Option("--out", help="The HTML file to write.")] = Path(
        "report.html"
    ),
) -> None:
    """A self-contained HTML report (works offline): tables, charts, a world map, the timeline."""
    from tradewar.scenario import run_scenario
    from tradewar.scenario.report import write_report

    try:
        result = run_scenario(scenario)
        write_report(result, out)
    except (TradewarError, OSError) as exc:
        _fail(exc)
    console.print(f"wrote {out}")


@app.command()
def schema() -> None:
    """Print the JSON Schema of scenario files (for editors; also docs/scenario.schema.json)."""
    from tradewar.scenario import json_schema

    typer.echo(json.dumps(json_schema(), indent=1))
