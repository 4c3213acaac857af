"""Uncertainty commands: mc (Monte Carlo over elasticities), sweep (a grid), tornado.

Plain functions; :mod:`tradewar.cli.app` registers them on the application.
Each runs on a local Dask cluster when the ``dask`` extra is installed
(``--scheduler ADDRESS`` for an existing one, ``--scheduler in-process`` for
none) and in this process otherwise.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path
from typing import Annotated, Any, NoReturn

import typer
from rich.markup import escape
from rich.table import Table

from tradewar.cli.console import console, err_console, fail, pct
from tradewar.errors import TradewarError

__all__ = ["mc", "sweep", "tornado"]

#: The options the three commands share.
ScenarioName = Annotated[str, typer.Argument(help="A built-in scenario name or a YAML file.")]
Scheduler = Annotated[
    str | None,
    typer.Option(
        "--scheduler",
        help="Where to run: 'local' (a Dask LocalCluster, the default with the dask extra), "
        "'in-process', or the address of a Dask scheduler (tcp://HOST:8786).",
    ),
]
Workers = Annotated[
    int | None, typer.Option("--workers", help="Worker processes of a local cluster.")
]
AsJson = Annotated[bool, typer.Option("--json", help="Print one JSON document.")]
Countries = Annotated[
    str, typer.Option("--countries", help="The countries shown, comma-separated.")
]
Measure = Annotated[
    str, typer.Option("--measure", help="The result shown (a column of the country table).")
]


def _failure(exc: BaseException) -> NoReturn:
    from tradewar.parallel import ParallelError

    if isinstance(exc, TradewarError | ValueError | OSError | KeyError | ParallelError):
        fail(exc)
    raise exc


def _names(countries: str) -> list[str]:
    """The countries of a comma-separated list."""
    return [c.strip() for c in countries.split(",") if c.strip()]


def _charts(out: Path | None, names: list[str], draw: Callable[[Path, str], object]) -> None:
    """``draw(folder, country)``: each country's chart into the folder ``out``, if given."""
    if out is None:
        return
    out.mkdir(parents=True, exist_ok=True)
    for c in names:
        draw(out, c)


def _echo_json(doc: dict[str, Any]) -> None:
    """One JSON document on stdout (NaN refused: the documents write null)."""
    typer.echo(json.dumps(doc, allow_nan=False))


def mc(
    scenario: ScenarioName,
    draws: Annotated[int, typer.Option("--draws", "-n", help="Number of draws.")] = 1000,
    seed: Annotated[int, typer.Option("--seed", help="Seed of the draws.")] = 0,
    distribution: Annotated[
        str,
        typer.Option(
            "--distribution",
            help="'default' (the scenario's theta, 95% band theta/2 to 2 theta), "
            "'caliendo-parro' (their estimates and standard errors) or a CSV file "
            "(sector,theta,se; or one column per sector, one row per draw).",
        ),
    ] = "default",
    family: Annotated[
        str, typer.Option("--family", help="'lognormal' or 'normal' (truncated at zero).")
    ] = "lognormal",
    percentiles: Annotated[
        str, typer.Option("--percentiles", help="The bands besides the median, e.g. '5,95'.")
    ] = "5,95",
    sectors: Annotated[
        bool, typer.Option("--sectors", help="Also report results by country and sector.")
    ] = False,
    pairs: Annotated[
        bool, typer.Option("--pairs", help="Also report the change of every bilateral flow.")
    ] = False,
    scheduler: Scheduler = None,
    workers: Workers = None,
    as_json: AsJson = False,
) -> None:
    """Monte Carlo over the trade elasticities: median and bands of every result."""
    from tradewar.uncertainty.montecarlo import monte_carlo

    try:
        qs = [float(q) for q in percentiles.split(",") if q.strip()]
        result = monte_carlo(
            scenario,
            draws,
            seed=seed,
            distribution=distribution,
            family=family,  # type: ignore[arg-type]
            percentiles=qs,
            sectors=sectors,
            pairs=pairs,
            scheduler=scheduler,
            workers=workers,
            progress=True,
        )
    except Exception as exc:
        _failure(exc)
    if as_json:
        typer.echo(result.to_json(indent=None))
        return
    keys = [f"p{q:g}" for q in result.percentiles]
    console.print(
        f"[bold]{escape(result.scenario)}[/]: {result.n_solved} of {result.draws} draws solved "
        f"in {result.seconds:.1f} s on {escape(result.where)} (distribution "
        f"{escape(result.distribution.name)}, seed {seed})"
        + (" — [yellow]interrupted: the finished draws[/]" if result.interrupted else "")
    )
    table = Table(
        title=escape("Final state, % change from the start: median [bands] over the draws")
    )
    table.add_column("country")
    for label in ("welfare", "real GDP", "exports", "imports"):
        table.add_column(label, justify="right")
    summary = result.summary(["welfare_pct", "real_gdp_pct", "exports_pct", "imports_pct"])
    order = summary.xs("welfare_pct", level="measure")["median"].abs().sort_values(ascending=False)
    for country in order.index:
        cells = []
        for measure in ("welfare_pct", "real_gdp_pct", "exports_pct", "imports_pct"):
            row = summary.loc[(country, measure)]
            bands = ", ".join(f"{row[k]:+.3f}" for k in keys)
            cells.append(f"{pct(row['median'])} [dim][{bands}][/]")
        table.add_row(str(country), *cells)
    console.print(table)
    failed = result.failed_draws()
    if len(failed):
        console.print(
            f"[yellow]{len(failed)} draw(s) not solved[/] (not in the bands); the first:",
        )
        for draw, row in failed.head(5).iterrows():
            theta = ", ".join(f"{s} {row[s]:.2f}" for s in result.sector_names[:4])
            console.print(f"  draw {draw}: {escape(str(row['error']))} (θ: {theta}, ...)")


def _parse_params(params: list[str], values: list[str]) -> tuple[list[str], list[list[float]]]:
    from tradewar.uncertainty.sweep import SweepError, parse_values

    if len(params) != len(values):
        raise SweepError("give one --values for each --param")
    return params, [parse_values(v) for v in values]


def sweep(
    scenario: ScenarioName,
    param: Annotated[
        list[str],
        typer.Option(
            "--param",
            help="A parameter: 'actions[INDEX or LABEL].FIELD', 'theta' or 'theta.SECTOR' "
            "(once or twice).",
        ),
    ],
    values: Annotated[
        list[str],
        typer.Option("--values", help="Its values: '0,0.1,0.25' or 'start:stop:count'."),
    ],
    measure: Measure = "welfare_pct",
    countries: Countries = "USA,CHN",
    out: Annotated[
        Path | None,
        typer.Option("--out", help="Write a heat map per country (PNG, report extra) here."),
    ] = None,
    scheduler: Scheduler = None,
    workers: Workers = None,
    as_json: AsJson = False,
) -> None:
    """Solve a scenario over a grid of one or two parameters (e.g. the payoff matrix)."""
    from tradewar.uncertainty.sweep import sweep as run_sweep

    try:
        params, grids = _parse_params(param, values)
        result = run_sweep(
            scenario, params, grids, scheduler=scheduler, workers=workers, progress=True
        )
        names = _names(countries)
        tables = {c: result.table(c, measure) for c in names}
        if len(params) == 2:
            _charts(
                out,
                names,
                lambda folder, c: result.heatmap(str(folder / f"{c}_{measure}.png"), c, measure),
            )
    except Exception as exc:
        _failure(exc)
    if as_json:
        _echo_json(result.to_dict(measure))
        return
    for c, frame in tables.items():
        _print_grid(frame, f"{c}: {measure} over {' x '.join(params)}")
    failed = sum(e is not None for e in result.errors)
    if failed:
        console.print(f"[yellow]{failed} point(s) not solved[/] (blank)")


def _print_grid(frame: Any, title: str) -> None:
    table = Table(title=escape(title))
    table.add_column(escape(str(frame.index.name)))
    for column in frame.columns:
        table.add_column(
            escape(f"{column:g}" if isinstance(column, float) else str(column)), justify="right"
        )
    for key, row in frame.iterrows():
        label = f"{key:g}" if isinstance(key, float) else str(key)
        table.add_row(label, *(pct(v) for v in row))
    console.print(table)


def tornado(
    scenario: ScenarioName,
    distribution: Annotated[
        str,
        typer.Option("--distribution", help="Where the low and high theta come from."),
    ] = "default",
    countries: Countries = "USA,CHN",
    measure: Measure = "welfare_pct",
    top: Annotated[int, typer.Option("--top", help="Sectors shown.")] = 8,
    out: Annotated[
        Path | None,
        typer.Option("--out", help="Write a tornado chart per country (PNG, report extra) here."),
    ] = None,
    scheduler: Scheduler = None,
    as_json: AsJson = False,
) -> None:
    """Which sectors' elasticities move each headline most (one at a time, p5 and p95)."""
    from tradewar.uncertainty.tornado import tornado as run_tornado

    try:
        result = run_tornado(
            scenario, distribution=distribution, scheduler=scheduler, progress=not as_json
        )
        names = _names(countries)
        tables = {c: result.table(c, measure) for c in names}
        _charts(
            out,
            names,
            lambda folder, c: result.chart(
                str(folder / f"tornado_{c}_{measure}.png"), c, measure, top
            ),
        )
    except Exception as exc:
        _failure(exc)
    if as_json:
        _echo_json(result.to_dict(names, measure))
        return
    for c, frame in tables.items():
        table = Table(
            title=escape(
                f"{c} {measure}: {frame.attrs['central']:+.4f} at the median θ; "
                "one sector's θ at p5 and p95"
            )
        )
        for column in ("sector", "θ low", "θ high", "at low", "at high", "swing"):
            table.add_column(column, justify="left" if column == "sector" else "right")
        for sector, row in frame.head(top).iterrows():
            table.add_row(
                str(sector),
                f"{row['theta_low']:.2f}",
                f"{row['theta_high']:.2f}",
                pct(row["at_low"]),
                pct(row["at_high"]),
                pct(row["swing"]),
            )
        console.print(table)
    err_console.print(f"solved in {result.seconds:.1f} s", style="dim")
