"""``tradewar replicate``: published tables beside ours."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Annotated

import typer
from rich.table import Table

from tradewar.cli.console import console, fail
from tradewar.errors import TradewarError

__all__ = ["replicate_app"]

replicate_app = typer.Typer(help="Reproduce published tables.", no_args_is_help=True)

_COLUMNS = (
    ("terms_of_trade", "Terms of trade"),
    ("volume_of_trade", "Volume of trade"),
    ("welfare", "Welfare"),
    ("real_wage", "Real wage"),
)



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
        fail(exc)
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
