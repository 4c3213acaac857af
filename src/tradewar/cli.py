"""The ``tradewar`` command line."""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Annotated

import typer
from rich.console import Console
from rich.markup import escape
from rich.table import Table

from tradewar.errors import TradewarError

app = typer.Typer(
    name="tradewar",
    help="Model trade wars and trade talks with real data and general-equilibrium trade models.",
    no_args_is_help=True,
    add_completion=False,
)
replicate_app = typer.Typer(help="Reproduce published tables.", no_args_is_help=True)
app.add_typer(replicate_app, name="replicate")
data_app = typer.Typer(help="List, inspect and build data sets.", no_args_is_help=True)
app.add_typer(data_app, name="data")

console = Console(width=None if sys.stdout.isatty() else 160)
err_console = Console(stderr=True, soft_wrap=True)

_COLUMNS = (
    ("terms_of_trade", "Terms of trade"),
    ("volume_of_trade", "Volume of trade"),
    ("welfare", "Welfare"),
    ("real_wage", "Real wage"),
)


def _fail(exc: Exception) -> None:
    err_console.print(f"[bold red]error:[/] {escape(str(exc))}")
    raise typer.Exit(code=1)


@app.command()
def version() -> None:
    """Print the tradewar version."""
    from tradewar import __version__

    console.print(__version__)


@replicate_app.command("cp2015")
def replicate_cp2015(
    data: Annotated[
        Path, typer.Option("--data", help="Folder with the Caliendo-Parro replication files.")
    ] = Path("../shared/data/cp2015"),
    as_json: Annotated[bool, typer.Option("--json", help="Print the table as JSON.")] = False,
) -> None:
    """Caliendo & Parro (2015) Table 2: welfare effects of NAFTA's tariff cuts (percent)."""
    from tradewar.replication.cp2015 import CP2015_TABLE2, cp2015_table2

    try:
        table = cp2015_table2(data)
    except (TradewarError, OSError) as exc:
        _fail(exc)
    if as_json:
        rounded = {
            case: {c: {k: round(v, 4) for k, v in row.items()} for c, row in rows.items()}
            for case, rows in table.items()
        }
        typer.echo(json.dumps(rounded, indent=2))
        return
    for case, rows in table.items():
        title = {"zero_deficits": "Zero aggregate deficits", "with_deficits": "With deficits"}[case]
        out = Table(title=f"Caliendo & Parro (2015), Table 2 — {title} (%; paper in brackets)")
        out.add_column("Country")
        for _, label in _COLUMNS:
            out.add_column(label, justify="right")
        for country, row in rows.items():
            paper = CP2015_TABLE2[case][country]
            out.add_row(country, *(f"{row[k]:.2f} [{paper[k]:.2f}]" for k, _ in _COLUMNS))
        console.print(out)


@data_app.command("list")
def data_list() -> None:
    """List the built-in data sets and the file formats tradewar reads."""
    from tradewar.data.registry import SOURCES

    out = Table(title="Data sets and formats")
    out.add_column("name")
    out.add_column("kind")
    out.add_column("description")
    for source in SOURCES.values():
        out.add_row(
            source.name,
            "format (--path)" if source.needs_path else "built-in",
            escape(source.description),
        )
    console.print(out)


@data_app.command("show")
def data_show(
    name: Annotated[str, typer.Argument(help="A data set name, a format, or a .npz file.")],
    path: Annotated[Path | None, typer.Option("--path", help="File or folder of a format.")] = None,
) -> None:
    """Dimensions, totals by country and the data card of a data set."""
    from tradewar.data.registry import data_card, load_data

    try:
        world = load_data(name, path)
        card = data_card(name, path)
    except (TradewarError, OSError) as exc:
        _fail(exc)
    console.print(
        f"[bold]{world.name}[/]: {world.n_countries} countries x "
        f"{world.n_sectors} sectors — {world.description}"
    )
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
    from tradewar.data.aggregate import aggregate
    from tradewar.data.default_world import build_default_world, default_mapping
    from tradewar.data.registry import data_card, load_data
    from tradewar.data.store import save_baseline

    def mapping(value: str | None, kind: str) -> dict[str, str] | Path | None:
        if value == "default":
            return default_mapping(kind)
        return Path(value) if value else None

    try:
        region_map, sector_map = mapping(regions, "regions"), mapping(sectors, "sectors")
        if source == "icio-2022":
            world, _ = build_default_world(
                out, regions=region_map, sectors=sector_map, name=out.stem
            )
        else:
            world = load_data(source, path)
            if region_map is not None or sector_map is not None:
                world = aggregate(world, region_map, sector_map, name=out.stem)
            card = data_card(source, path)
            card += f"\nAggregated to {world.n_countries} x {world.n_sectors}.\n"
            save_baseline(world, out, card=card)
    except (TradewarError, OSError) as exc:
        _fail(exc)
    console.print(f"wrote {out}: {world.n_countries} countries x {world.n_sectors} sectors")


import tradewar.cli_scenario  # noqa: E402, F401  (registers the scenario commands)

if __name__ == "__main__":  # pragma: no cover
    app()
