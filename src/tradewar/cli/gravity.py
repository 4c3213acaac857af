"""``tradewar gravity``: structural gravity estimation."""

from __future__ import annotations

import json
from typing import Annotated, Any

import typer
from rich.markup import escape
from rich.table import Table

from tradewar.cli.console import console, fail, reporting_warnings
from tradewar.errors import TradewarError

__all__ = ["gravity_app", "print_coefficients"]

gravity_app = typer.Typer(help="Structural gravity estimation.", no_args_is_help=True)


def print_coefficients(estimates: Any) -> None:
    """The PPML coefficient table and the estimation's notes.

    Parameters
    ----------
    estimates : GravityEstimates
        The result of :func:`tradewar.gravity.estimate_gravity`.
    """
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


@gravity_app.command("estimate")
def gravity_estimate(
    data: Annotated[
        str,
        typer.Argument(help="Gravity table (CSV, .dlm, Parquet, .dta), or a data set (yotov2016)."),
    ],
    formula: Annotated[str, typer.Option("--formula", help="'trade ~ x | exporter + importer'")],
    year: Annotated[int | None, typer.Option("--year", help="Keep one year.")] = None,
    vcov: Annotated[str, typer.Option("--vcov", help="hetero, iid or cluster:COLUMN")] = "hetero",
    international_only: Annotated[
        bool, typer.Option("--international-only", help="Estimate on international flows only.")
    ] = False,
    as_json: Annotated[bool, typer.Option("--json", help="Print JSON.")] = False,
) -> None:
    """Estimate a gravity equation by PPML with fixed effects (pyfixest)."""
    from tradewar.data.files.tables import read_table
    from tradewar.data.sources.builtin import locate
    from tradewar.extras import require

    with reporting_warnings():
        try:
            require("pyfixest", "gravity")
            from tradewar.gravity.estimate import estimate_gravity, gravity_sample, parse_vcov

            path = locate(data)
            frame = gravity_sample(
                read_table(path),
                year=year,
                international_only=international_only,
                source=str(path),
            )
            estimates = estimate_gravity(frame, formula, vcov=parse_vcov(vcov), source=str(path))
        except (TradewarError, OSError) as exc:
            fail(exc)
    if as_json:
        typer.echo(json.dumps(estimates.to_dict(), default=float))
        return
    print_coefficients(estimates)
