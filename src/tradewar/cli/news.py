"""The news command: a news report in, its events, key points and a draft scenario out.

A plain function; :mod:`tradewar.cli.app` registers it on the application.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Annotated, Any

import typer
from rich.markup import escape
from rich.table import Table

from tradewar.cli.console import console, err_console, fail
from tradewar.errors import TradewarError

__all__ = ["news"]


def _rates(e: Any) -> str:
    def pct(value: float) -> str:
        return f"{100 * value:.4g}%"

    parts = []
    if e.rate_from is not None or e.rate_to is not None:
        before = pct(e.rate_from) if e.rate_from is not None else "?"
        after = pct(e.rate_to) if e.rate_to is not None else "?"
        parts.append(f"{before}→{after}")
    if e.rate_change is not None:
        parts.append(f"+{pct(e.rate_change)}")
    return " ".join(parts)


def _print_report(report: Any, source: str) -> None:
    from tradewar.news.summary import format_usd

    when = f"{report.date} ({report.date_source})" if report.date else "no date"
    console.print(f"[bold]{escape(report.title or source)}[/]  ({escape(source)}; {when})")
    table = Table(title=f"{len(report.events)} event(s), in date order")
    columns = (
        "#",
        "date",
        "event",
        "actor → target",
        "value",
        "rates",
        "products",
        "status",
        "conf",
    )
    for column in columns:
        table.add_column(column, justify="right" if column in {"#", "value", "conf"} else "left")
    for k, e in enumerate(report.events, 1):
        target = e.target or "–"
        if e.companies:
            target += f" ({', '.join(e.companies)})"
        date = str(e.date) if e.date else "–"
        who = f"{e.actor or '?'} → {target}"
        if e.kind in {"market_reaction", "currency_intervention"}:
            who = e.actor or "?"
        if e.date_precision in {"week", "month", "quarter", "year", "report"}:
            date += "*"
        table.add_row(
            str(k),
            date,
            e.kind.replace("_", " "),
            escape(who),
            format_usd(e.value_usd) if e.value_usd is not None else "",
            _rates(e),
            escape(", ".join(e.products)),
            e.status.replace("_", " "),
            f"{e.confidence:.2f}" if e.confidence is not None else "",
        )
    console.print(table)
    console.print("* date approximate (a week, a month ...) or the report's own date", style="dim")
    console.print(
        "conf: the probability (0-1) that a reader would list the event (a model of the "
        "team's labelled reports, calibrated on the reports it was not fitted on; on new "
        "reports it has run 0.07 high on average, up to 0.12)",
        style="dim",
    )
    console.print("[bold]Key points[/]")
    for line in report.key_points():
        console.print(f"  • {escape(line)}")
    console.print("[bold]Sources[/]")
    for k, e in enumerate(report.events, 1):
        console.print(f"  [{k}] {escape(e.sentence)}", style="dim", soft_wrap=True)
        for note in e.notes:
            console.print(f"      note: {escape(note)}", style="dim")
    if report.doubtful:
        console.print(
            f"[bold]Left out as doubtful[/] ({len(report.doubtful)}; --min-confidence 0 "
            "lists them above)"
        )
        for e in report.doubtful:
            who = f"{e.actor or '?'} → {e.target or '–'}"
            console.print(
                f"  {e.confidence:.2f}  {e.kind.replace('_', ' ')}  {escape(who)}: "
                f"{escape(e.sentence)}",
                style="dim",
                soft_wrap=True,
            )
    if report.unknown:
        console.print(
            escape(
                f"unknown names (not in the reader's tables, not guessed): "
                f"{', '.join(report.unknown)}"
            ),
            style="bold yellow",
        )
    for note in report.notes:
        if note.startswith(f"{len(report.doubtful)} possible event(s) left out as doubtful"):
            continue  # listed above, in full
        console.print(escape(f"note: {note}"), style="yellow")


def news(
    file: Annotated[
        str, typer.Argument(help="The report: a UTF-8 text file, or - to read standard input.")
    ],
    date: Annotated[
        str | None,
        typer.Option(
            "--date",
            help="The report's date (YYYY-MM-DD), when its text has no dateline; relative "
            "dates ('last week', 'on Friday') are resolved against it.",
        ),
    ] = None,
    as_json: Annotated[
        bool,
        typer.Option("--json", help="Print one JSON document: the events with every field."),
    ] = False,
    scenario: Annotated[
        Path | None,
        typer.Option(
            "--scenario",
            help="Write a draft scenario (YAML) of the events to this file, with the "
            "sentence of each action and FILL-IN where the report says too little.",
        ),
    ] = None,
    force: Annotated[
        bool, typer.Option("--force", help="Replace the --scenario file if it exists.")
    ] = False,
    min_confidence: Annotated[
        float | None,
        typer.Option(
            "--min-confidence",
            min=0.0,
            max=1.0,
            help="Leave out events whose confidence is below this (0 to 1); default: the "
            "model's threshold. 0 lists every event the rules find.",
        ),
    ] = None,
) -> None:
    """Read a news report on a trade conflict: its dated events, key points, a draft scenario."""
    from tradewar.atomic import atomic_open, check_output_file
    from tradewar.news import read_file, read_report
    from tradewar.news.text import MAX_CHARS, NewsError

    source = "<stdin>" if file == "-" else file
    try:
        if scenario is not None:
            if scenario.exists() and not force and not scenario.is_symlink():
                raise NewsError(f"{scenario}: exists; give --force to replace it")
            check_output_file(scenario)
        if file == "-":
            data = sys.stdin.buffer.read(4 * MAX_CHARS + 1)
            report = read_report(data, date, source=source, min_confidence=min_confidence)
        else:
            report = read_file(file, date, min_confidence=min_confidence)
        text = None
        if scenario is not None and report.events:
            text = report.to_scenario(source=Path(source).name)
            with atomic_open(scenario, "w", encoding="utf-8", replace_if=lambda _: force) as handle:
                handle.write(text)
    except (TradewarError, OSError, ImportError) as exc:
        fail(exc)
    if as_json:
        typer.echo(json.dumps(report.to_dict(), ensure_ascii=False))
    else:
        _print_report(report, source)
    if scenario is not None:
        if text is None:
            err_console.print(
                f"no trade-policy events found in {escape(source)}: "
                f"no scenario written to {escape(str(scenario))}"
            )
            raise typer.Exit(code=1)
        message = f"wrote {scenario}: review it, fill in each FILL-IN, then tradewar run {scenario}"
        err_console.print(escape(message))
