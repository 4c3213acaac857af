"""Strategy commands: optimal-tariff, nash, talks (Ossa 2014 on any world).

Plain functions; :mod:`tradewar.cli.app` registers them on the application.
Each prints a table by country (payoffs and median tariffs), ``--json`` one
JSON document, ``--out DIR`` writes ``countries.csv``, ``tariffs.csv`` and
``result.json``.  A search that does not converge says so and exits with 1.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, Any

import typer
from rich.markup import escape
from rich.table import Table

from tradewar.cli.console import console, err_console, fail, pct
from tradewar.errors import TradewarError

if TYPE_CHECKING:
    from tradewar.strategy.results import StrategyResult

__all__ = ["game", "nash", "optimal_tariff", "talks"]

_DATA_HELP = "A data set name or path (default ossa2014: Ossa's 2007 data, DATA.mat)."
_MODEL_HELP = (
    "The model: 'ossa' (monopolistic competition with profits; the default for Ossa's data), "
    "'armington' (no input-output links) or 'caliendo-parro' (the world as it is)."
)
_WEIGHTS_HELP = "'plain' (welfare) or 'political' (Ossa's political-economy weights, for his data)."
_AGAINST_HELP = (
    "Whose goods the players tax: 'all' (every other country) or 'players' (each other only)."
)
_FORM_HELP = "'bilateral' (per partner and industry), 'mfn', 'uniform' (per partner) or 'flat'."


_SCENARIO_HELP = (
    "Start from a scenario's state instead of --data: a built-in name or a YAML file "
    "(its world and tariffs after the actions up to --date)."
)
_DATE_HELP = "With --scenario: the date of the state (YYYY-MM-DD; default: the end)."


#: Options shared by the commands, declared once.
Data = Annotated[str | None, typer.Option("--data", help=_DATA_HELP)]
ScenarioOpt = Annotated[str | None, typer.Option("--scenario", help=_SCENARIO_HELP)]
Date = Annotated[str | None, typer.Option("--date", help=_DATE_HELP)]
Model = Annotated[str | None, typer.Option("--model", help=_MODEL_HELP)]
Weights = Annotated[str, typer.Option("--weights", help=_WEIGHTS_HELP)]
Form = Annotated[str, typer.Option("--form", help=_FORM_HELP)]
Lower = Annotated[float, typer.Option("--lower", help="Lowest tariff (0.1 is 10%).")]
Upper = Annotated[float, typer.Option("--upper", help="Highest tariff (10 is 1000%).")]
AsJson = Annotated[bool, typer.Option("--json", help="Print one JSON document.")]
Out = Annotated[
    Path | None, typer.Option("--out", help="Write countries.csv, tariffs.csv, result.json.")
]
Report = Annotated[
    Path | None,
    typer.Option("--report", help="Write a self-contained HTML report with charts."),
]
Industries = Annotated[
    str | None,
    typer.Option("--industries", help="Comma-separated industries (default: all goods)."),
]
Players = Annotated[
    str | None,
    typer.Option("--players", help="Comma-separated players (default: every country)."),
]
Against = Annotated[str, typer.Option("--against", help=_AGAINST_HELP)]


def _world(data: str | None, scenario: str | None, date: str | None) -> Any:
    if scenario is None:
        return data
    from tradewar.strategy.questions import scenario_world

    if data is not None:
        raise typer.BadParameter("give --data or --scenario, not both")
    return scenario_world(scenario, date)


def _names(text: str | None) -> list[str] | None:
    if text is None:
        return None
    return [part.strip() for part in text.split(",") if part.strip()]


def _failure(exc: BaseException) -> None:
    if isinstance(exc, TradewarError | ValueError | OSError | KeyError):
        fail(exc)
    raise exc


def _write_report(result: Any, report: Path | None) -> None:
    if report is None:
        return
    from tradewar.atomic import atomic_open
    from tradewar.strategy.html import report_html

    try:
        with atomic_open(report, "w", encoding="utf-8") as handle:
            handle.write(report_html(result))
    except Exception as exc:
        _failure(exc)


def _show(
    result: StrategyResult, out: Path | None, as_json: bool, report: Path | None = None
) -> None:
    """Print the result (or its JSON), write ``--out`` and ``--report``, exit 1 if not converged."""
    _write_report(result, report)
    if out is not None:
        try:
            _write(result, out)
        except Exception as exc:
            _failure(exc)
    if as_json:
        typer.echo(json.dumps(result.to_dict(), default=str))
    else:
        _print(result)
        if out is not None:
            console.print(f"written: {escape(str(out))}")
    if not result.converged:
        if not as_json:
            err_console.print(f"[bold red]not converged:[/] {escape(result.message)}")
        raise typer.Exit(code=1)


def _print(result: StrategyResult) -> None:
    titles = {
        "optimal": "Optimal tariffs",
        "nash": "Nash tariffs (trade war)",
        "cooperative": "Cooperative tariffs (trade talks)",
    }
    status = "converged" if result.converged else "[red]NOT converged[/]"
    console.print(
        f"[bold]{titles[result.kind]}[/] on {escape(result.world.name)} ({result.weights} "
        f"weights); players: {escape(', '.join(result.players))}; {status} after "
        f"{result.iterations} iteration(s) in {result.seconds:.1f} s"
        + (f"; threat point: {escape(result.threat)}" if result.threat else "")
    )
    table = Table(
        title="% change from the world"
        + (" (gains: from the threat point)" if result.threat else "")
    )
    frame = result.countries()
    columns = [
        ("government welfare", "government_welfare_pct"),
        ("welfare", "welfare_pct"),
    ]
    if "gain_pct" in frame:
        columns += [("gain (govt)", "gain_pct"), ("gain (welfare)", "welfare_gain_pct")]
    table.add_column("country")
    for label, _ in columns:
        table.add_column(label, justify="right")
    table.add_column("median tariff", justify="right")
    table.add_column("before", justify="right")
    for country, row in frame.iterrows():
        name = f"[bold]{country}[/]" if row["player"] else str(country)
        cells = [pct(float(row[key])) for _, key in columns]
        table.add_row(
            name,
            *cells,
            f"{row['median_tariff_pct']:.1f}%",
            f"{row['median_tariff_base_pct']:.1f}%",
        )
    console.print(table)
    if result.rounds:
        last = result.rounds[-1]
        console.print(
            f"rounds: {len(result.rounds)}; last: largest tariff change {last.max_change:.2e}, "
            f"mean {last.mean_change:.2e}"
        )
    console.print(f"[dim]{escape(result.message)}[/]")


def _write(result: StrategyResult, out: Path) -> None:
    from tradewar.atomic import atomic_folder

    with atomic_folder(out) as folder:
        result.countries().to_csv(folder / "countries.csv")
        result.tariff_table().to_csv(folder / "tariffs.csv")
        (folder / "result.json").write_text(
            json.dumps(result.to_dict(), indent=1, default=str), encoding="utf-8"
        )


def _bounds(lower: float, upper: float) -> tuple[float, float]:
    return (lower, upper)


def optimal_tariff(
    country: Annotated[str, typer.Argument(help="The country that sets its tariffs.")],
    data: Data = None,
    scenario: ScenarioOpt = None,
    date: Date = None,
    model: Model = None,
    weights: Weights = "plain",
    partners: Annotated[
        str | None, typer.Option("--partners", help="Comma-separated partners (default: all).")
    ] = None,
    industries: Industries = None,
    form: Form = "bilateral",
    lower: Lower = 0.0,
    upper: Upper = 10.0,
    out: Out = None,
    report: Report = None,
    as_json: AsJson = False,
) -> None:
    """A country's optimal tariffs, the others' tariffs given (Ossa 2014)."""
    from tradewar.strategy.questions import optimal_tariffs

    try:
        result = optimal_tariffs(
            country,
            world=_world(data, scenario, date),
            model=model,
            weights=weights,
            partners=_names(partners),
            industries=_names(industries),
            form=form,
            bounds=_bounds(lower, upper),
        )
    except Exception as exc:
        _failure(exc)
    _show(result, out, as_json, report)


class _RoundBar:
    """A progress bar of a trade war on stderr: how far the largest change is towards ``tol``.

    Progress is ``log(first / now) / log(first / tol)`` of the largest tariff
    change per round, full when the iteration has converged; each round is also
    logged as a line.
    """

    def __init__(self, tol: float, label: str = "trade war") -> None:
        from rich.progress import BarColumn, Progress, TextColumn, TimeElapsedColumn

        self.tol = tol
        self.first: float | None = None
        self.progress = Progress(
            TextColumn("[bold]{task.description}"),
            BarColumn(),
            TextColumn("{task.fields[status]}"),
            TimeElapsedColumn(),
            console=err_console,
        )
        self.task = self.progress.add_task(label, total=1.0, status="round 1 ...")

    def __enter__(self) -> _RoundBar:
        self.progress.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self.progress.stop()

    def __call__(self, round_: Any) -> None:
        import math

        change = max(round_.max_change, 1e-300)
        if self.first is None:
            self.first = max(change, self.tol * 10)
        span = math.log(self.first / self.tol)
        done = min(1.0, max(0.0, math.log(self.first / change) / span)) if span > 0 else 1.0
        self.progress.update(
            self.task,
            completed=done,
            status=f"round {round_.iteration}: largest change {round_.max_change:.1e} "
            f"(converged at {self.tol:g})",
        )
        self.progress.console.print(
            f"round {round_.iteration}: largest tariff change {round_.max_change:.2e}, "
            f"mean {round_.mean_change:.2e} ({round_.seconds:.1f} s)",
            highlight=False,
        )


def nash(
    players: Players = None,
    data: Data = None,
    scenario: ScenarioOpt = None,
    date: Date = None,
    model: Model = None,
    weights: Weights = "plain",
    industries: Industries = None,
    form: Form = "bilateral",
    lower: Lower = 0.0,
    upper: Upper = 10.0,
    against: Against = "all",
    method: Annotated[
        str, typer.Option("--method", help="'jacobi' (simultaneous) or 'gauss-seidel'.")
    ] = "jacobi",
    stop: Annotated[
        str,
        typer.Option(
            "--stop",
            help=(
                "'max': iterate to a fixed point (no tariff moves by more than --tol); "
                "'ossa': Ossa's own procedure (MFN stage first, stop when the mean tariff "
                "change is at most 0.01; his published Nash tariffs)."
            ),
        ),
    ] = "max",
    tol: Annotated[
        float | None,
        typer.Option(
            "--tol",
            help="Largest tariff change of a converged round (1e-3); with --stop ossa, "
            "the largest |mean change| (0.01).",
        ),
    ] = None,
    max_iter: Annotated[
        int | None, typer.Option("--max-iter", help="Most rounds (50; 24 with --stop ossa).")
    ] = None,
    checkpoint: Annotated[
        Path | None, typer.Option("--checkpoint", help="A file written after every round.")
    ] = None,
    resume: Annotated[
        bool, typer.Option("--resume", help="Resume from --checkpoint if it exists.")
    ] = False,
    scheduler: Annotated[
        str | None,
        typer.Option(
            "--scheduler",
            help="Run each round's best responses on 'local' (Dask) or a scheduler address.",
        ),
    ] = None,
    workers: Annotated[
        int | None, typer.Option("--workers", help="Worker processes of a local cluster.")
    ] = None,
    out: Out = None,
    report: Report = None,
    as_json: AsJson = False,
) -> None:
    """The Nash equilibrium of a trade war: best responses iterated to a fixed point (Ossa 2014)."""
    from contextlib import nullcontext

    from tradewar.strategy.questions import nash_tariffs

    try:
        if scheduler is not None or workers is not None:
            from tradewar.parallel import open_engine

            context: Any = open_engine(scheduler, workers=workers)
        else:
            context = nullcontext(None)
        shown = tol if tol is not None else (1e-2 if stop == "ossa" else 1e-3)
        with context as engine, _RoundBar(shown) as bar:
            result = nash_tariffs(
                players=_names(players),
                world=_world(data, scenario, date),
                model=model,
                weights=weights,
                industries=_names(industries),
                form=form,
                bounds=_bounds(lower, upper),
                against=against,
                method=method,
                stop=stop,
                tol=tol,
                max_iter=max_iter,
                checkpoint=checkpoint,
                resume=resume,
                engine=engine,
                callback=bar,
            )
    except KeyboardInterrupt:
        where = f"; resume with --checkpoint {checkpoint} --resume" if checkpoint else ""
        err_console.print(f"interrupted{where}")
        raise typer.Exit(code=130) from None
    except Exception as exc:
        _failure(exc)
    _show(result, out, as_json, report)


def talks(
    threat: Annotated[
        str,
        typer.Option(
            "--threat",
            help="The threat point: 'nash' (computed first), 'factual' or 'free-trade'.",
        ),
    ] = "nash",
    players: Players = None,
    data: Data = None,
    scenario: ScenarioOpt = None,
    date: Date = None,
    model: Model = None,
    weights: Weights = "plain",
    industries: Industries = None,
    lower: Lower = 0.0,
    upper: Upper = 10.0,
    against: Against = "all",
    out: Out = None,
    report: Report = None,
    as_json: AsJson = False,
) -> None:
    """Trade talks: efficient tariffs with equal gains from a threat point (Ossa 2014)."""
    from contextlib import nullcontext

    from tradewar.strategy.questions import cooperative_tariffs

    progress: Any = _RoundBar(1e-3, "threat point (Nash)") if threat == "nash" else nullcontext()
    try:
        with progress as bar:
            result = cooperative_tariffs(
                threat=threat,
                players=_names(players),
                world=_world(data, scenario, date),
                model=model,
                weights=weights,
                industries=_names(industries),
                bounds=_bounds(lower, upper),
                against=against,
                nash_options={"callback": bar} if bar is not None else None,
            )
    except Exception as exc:
        _failure(exc)
    _show(result, out, as_json, report)


def game(
    scenario: Annotated[
        str, typer.Argument(help="A built-in scenario name or a YAML file: the start.")
    ],
    players: Annotated[
        str, typer.Option("--players", help="Comma-separated players, in the order they move.")
    ] = "USA,CHN",
    rounds: Annotated[int, typer.Option("--rounds", help="Most rounds.")] = 10,
    rule: Annotated[
        list[str] | None,
        typer.Option(
            "--rule",
            help="A player's rule, PLAYER=RULE: best-response (the default), tit-for-tat, "
            "proportional:K or fixed:R (repeat for several players).",
        ),
    ] = None,
    date: Annotated[
        str | None, typer.Option("--date", help="Start from the scenario's state on this date.")
    ] = None,
    weights: Weights = "plain",
    industries: Industries = None,
    no_deal: Annotated[
        bool, typer.Option("--no-deal", help="Skip the cooperative outcome (deal vs no deal).")
    ] = False,
    report: Report = None,
    as_json: AsJson = False,
) -> None:
    """An escalation game on a scenario: players move in turn by rules; deal vs no deal."""
    from tradewar.strategy.games import escalation_game
    from tradewar.strategy.questions import scenario_world

    try:
        rules = {}
        for item in rule or []:
            name, sep, text = item.partition("=")
            if not sep:
                raise ValueError(f"--rule takes PLAYER=RULE, got {item!r}")
            rules[name.strip()] = text.strip()
        world = scenario_world(scenario, date)
        result = escalation_game(
            world,
            _names(players) or [],
            rounds=rounds,
            rules=rules,
            weights=weights,
            industries=_names(industries),
            deal=not no_deal,
        )
    except Exception as exc:
        _failure(exc)
    _write_report(result, report)
    if as_json:
        typer.echo(json.dumps(result.to_dict(), default=str))
        return
    console.print(
        f"[bold]Escalation game[/] from {escape(world.name)}: "
        + ", ".join(f"{escape(p)} ({escape(r)})" for p, r in result.rules.items())
        + f"; {escape(result.message)} ({result.seconds:.1f} s)"
    )
    table = Table(title="After each move: mean tariff on the opponents and % change from the start")
    for name in ("round", "player", "rule", "tariffs"):
        table.add_column(name)
    for p in result.players:
        table.add_column(f"{p} welfare", justify="right")
    for move in result.moves:
        tariffs = ", ".join(f"{k} {100 * v:.1f}%" for k, v in move.tariffs.items())
        cells = [
            pct(100 * (float(move.welfare[result.world.countries.index(p)]) - 1))
            for p in result.players
        ]
        table.add_row(str(move.round), move.player, move.rule, tariffs, *cells)
    console.print(table)
    if result.deal is not None:
        deal = result.to_dict()["deal"]
        console.print(
            "deal vs no deal: "
            + "; ".join(
                f"{p}: {pct(deal['welfare_pct'][p])} with a deal (gains "
                f"{pct(deal['gain_from_no_deal_pct'][p])} on no deal)"
                for p in result.players
            )
        )
