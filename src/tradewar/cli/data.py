"""``tradewar data``: list, inspect and build data sets."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer
from rich.markup import escape
from rich.table import Table

from tradewar.cli.console import console, fail
from tradewar.errors import TradewarError

__all__ = ["data_app"]

data_app = typer.Typer(help="List, inspect and build data sets.", no_args_is_help=True)


_KINDS = {
    "world": "built-in world",
    "replication": "replication data",
    "format": "format (--path)",
    "files": "build inputs",
}


@data_app.command("list")
def data_list() -> None:
    """List the built-in data sets and the file formats tradewar reads."""
    from tradewar.datasets.registry import catalog

    out = Table(title="Data sets (tw.datasets.load(NAME)) and formats")
    out.add_column("name")
    out.add_column("kind")
    out.add_column("loads as")
    out.add_column("description")
    for name, row in catalog().iterrows():
        out.add_row(str(name), _KINDS[row["kind"]], row["returns"], escape(row["description"]))
    console.print(out)


@data_app.command("show")
def data_show(
    name: Annotated[str, typer.Argument(help="A data set name, a format, or a .npz file.")],
    path: Annotated[
        Path | None,
        typer.Option("--path", help="File or folder of a format, or another copy of a data set."),
    ] = None,
) -> None:
    """Dimensions, totals by country and the data card of a data set."""
    from tradewar.data.sources.builtin import BUILTIN_DATA, canonical_name, locate
    from tradewar.datasets.registry import SOURCES, data_card, load_data

    inputs = BUILTIN_DATA.get(canonical_name(name))
    if inputs is not None and inputs.kind == "files":
        console.print(f"files: {locate(path or name)}")
        console.print(escape(data_card(name)))
        return
    try:
        card = data_card(name, path)
        world = load_data(name, path)
    except (TradewarError, OSError) as exc:
        fail(exc)
    console.print(
        f"[bold]{world.name}[/]: {world.n_countries} countries x "
        f"{world.n_sectors} sectors — {world.description}"
    )
    if SOURCES.get(canonical_name(name)) and SOURCES[canonical_name(name)].kind == "replication":
        console.print(f"files: {locate(path or name)}")
    console.print(f"countries: {', '.join(world.countries)}")
    console.print(f"sectors: {', '.join(world.sectors)}")
    summary = world.summary()
    out = Table(title="Totals (data units)")
    out.add_column("country")
    for col in summary.columns:
        out.add_column(col, justify="right")
    for country, row in summary.iterrows():
        out.add_row(str(country), *(f"{v:,.0f}" for v in row))
    out.add_row("world", *(f"{v:,.0f}" for v in summary.sum()), style="bold")
    console.print(out)
    console.print(escape(card))


@data_app.command("build")
def data_build(
    source: Annotated[str, typer.Option("--from", help="Data set name or format.")],
    out: Annotated[Path, typer.Option("--out", help="The .npz file to write.")],
    path: Annotated[Path | None, typer.Option("--path", help="File or folder of a format.")] = None,
    regions: Annotated[
        str | None, typer.Option("--regions", help="Country -> region mapping CSV, or 'default'.")
    ] = None,
    sectors: Annotated[
        str | None, typer.Option("--sectors", help="Sector -> group mapping CSV, or 'default'.")
    ] = None,
) -> None:
    """Build a (possibly aggregated) baseline and save it as .npz (written only when complete)."""
    from tradewar.datasets.build import build_world

    try:
        world = build_world(source, out, path=path, regions=regions, sectors=sectors)
    except (TradewarError, OSError) as exc:
        fail(exc)
    console.print(f"wrote {out}: {world.n_countries} countries x {world.n_sectors} sectors")
