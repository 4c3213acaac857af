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
app.command()(news)
app.add_typer(data_app, name="data")
app.add_typer(gravity_app, name="gravity")


@app.command()
def version() -> None:
    """Print the tradewar version."""
    from tradewar import __version__

    console.print(__version__)


def main() -> None:
    """Run the command line (the ``tradewar`` script and ``python -m tradewar``)."""
    app(prog_name="tradewar")


if __name__ == "__main__":  # pragma: no cover
    main()
