"""``tradewar replicate``: published results beside ours, on the data shipped with tradewar."""

from __future__ import annotations

import json
from typing import Annotated, Any

import typer
from rich.markup import escape
from rich.table import Table

from tradewar.cli.console import console, err_console, fail
from tradewar.errors import TradewarError

__all__ = ["replicate"]


def replicate(
    name: Annotated[
        str | None,
        typer.Argument(help="A replication (cp2015, yotov-twb, ...); none lists them."),
    ] = None,
    data: Annotated[
        str | None,
        typer.Option(
            "--data", help="Its data: a folder or file, or a data set name (default: built in)."
        ),
    ] = None,
    as_json: Annotated[bool, typer.Option("--json", help="Print the comparison as JSON.")] = False,
) -> None:
    """Reproduce a published table: the paper's numbers beside ours.

    Exits with 1 when a number is off its published precision.
    """
    from tradewar.replication.registry import REPLICATIONS
    from tradewar.replication.registry import replicate as run

    if name is None:
        _list(REPLICATIONS, as_json)
        return
    try:
        result = run(name, data)
    except (TradewarError, OSError) as exc:
        fail(exc)
    if as_json:
        typer.echo(json.dumps(result.to_dict(), indent=2))
    else:
        _print(result)
    if not result.matches:
        err_console.print(
            f"[bold red]error:[/] {len(result.mismatches)} of {len(result.comparisons)} "
            "numbers are off their published precision"
        )
        raise typer.Exit(code=1)


def _list(replications: dict[str, Any], as_json: bool) -> None:
    if as_json:
        rows = {
            r.name: {"title": r.title, "reference": r.reference, "dataset": r.dataset}
            for r in replications.values()
        }
        typer.echo(json.dumps(rows, indent=2))
        return
    out = Table(title="Published results tradewar reproduces: tradewar replicate NAME")
    for column in ("name", "what", "data set", "needs"):
        out.add_column(column)
    for r in replications.values():
        needs = f"pip install 'tradewar\\[{r.extra}]'" if r.extra else ""
        out.add_row(r.name, escape(r.title), r.dataset, needs)
    console.print(out)


def _print(result: Any) -> None:
    """One table per published table: ours, the published number in brackets."""
    console.print(f"[bold]{escape(result.title)}[/]")
    console.print(escape(result.reference))
    tables: dict[str, list] = {}
    for c in result.comparisons:
        tables.setdefault(c.table, []).append(c)
    for title, comparisons in tables.items():
        columns = list(dict.fromkeys(c.column for c in comparisons))
        rows = list(dict.fromkeys(c.row for c in comparisons))
        cells = {(c.row, c.column): c for c in comparisons}
        out = Table(title=escape(f"{title} (ours [published])"))
        out.add_column("")
        for column in columns:
            out.add_column(column.replace("_", " "), justify="right")
        for row in rows:
            out.add_row(row, *(_cell(cells.get((row, col))) for col in columns))
        console.print(out)
    console.print(escape(result.summary()))
    for note in result.notes:
        console.print(f"  note: {escape(note)}")


def _cell(c: Any) -> str:
    if c is None:
        return ""
    text = escape(f"{c.ours:.{c.decimals + 3}f} [{c.published:.{c.decimals}f}]")
    return text if c.matches else f"[red]{text} ✗[/]"
