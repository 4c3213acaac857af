"""The ``tradewar`` command line: the one module that owns the application.

Commands live in one module per group (:mod:`~tradewar.cli.scenario`,
:mod:`~tradewar.cli.data`, :mod:`~tradewar.cli.gravity`,
:mod:`~tradewar.cli.replicate`); they only translate between a person and the
library and import it inside each command, so ``tradewar --help`` starts fast.
"""

from __future__ import annotations

import typer

from tradewar.cli import scenario
from tradewar.cli.console import console
from tradewar.cli.data import data_app
from tradewar.cli.gravity import gravity_app
from tradewar.cli.news import news
from tradewar.cli.replicate import replicate
from tradewar.cli.serve import serve
from tradewar.cli.strategy import game, nash, optimal_tariff, talks
from tradewar.cli.uncertainty import mc, sweep, tornado

__all__ = ["app", "main"]

app = typer.Typer(
    name="tradewar",
    help="Model trade wars and trade talks with real data and general-equilibrium trade models.",
    no_args_is_help=True,
    add_completion=False,
)
for command in (
    scenario.run,
    scenario.scenarios,
    scenario.validate,
    scenario.compare,
    scenario.report,
    scenario.schema,
):
    app.command()(command)
app.command()(replicate)
app.command()(mc)
app.command()(sweep)
app.command()(tornado)
app.command()(news)
app.command()(serve)
app.command(name="optimal-tariff")(optimal_tariff)
app.command()(nash)
app.command()(talks)
app.command()(game)
app.add_typer(data_app, name="data")
app.add_typer(gravity_app, name="gravity")


@app.command()
def version() -> None:
    """Print the tradewar version."""
    from tradewar import __version__

    console.print(__version__)


def main() -> None:
    """Run the command line (the ``tradewar`` script and ``python -m tradewar``).

    Errors of usage (an unknown option, a missing argument) are reported as
    Click reports them, or as one JSON object when ``--json`` was given; an error
    tradewar did not foresee is reported in one line by
    :func:`~tradewar.cli.console.crash`, never as a traceback.
    """
    import json
    import sys

    from tradewar.cli.console import click, crash

    as_json = "--json" in sys.argv[1:]
    try:
        result = app(prog_name="tradewar", standalone_mode=False)
    except click().ClickException as exc:
        if as_json:
            doc = {"error": "UsageError", "file": None, "line": None, "field": None}
            print(json.dumps({**doc, "message": exc.format_message()}))
        else:
            try:
                from typer import rich_utils

                rich_utils.rich_format_error(exc)
            except (ImportError, AttributeError):
                exc.show()
        sys.exit(exc.exit_code)
    except (typer.Abort, KeyboardInterrupt):
        print("Aborted.", file=sys.stderr)
        sys.exit(130)
    except Exception as exc:
        crash(exc, as_json=as_json)
    sys.exit(result if type(result) is int else 0)


if __name__ == "__main__":  # pragma: no cover
    main()
