"""Output helpers shared by the commands: consoles, number formats, the error exit."""

from __future__ import annotations

import sys
from typing import NoReturn

import typer
from rich.console import Console
from rich.markup import escape

__all__ = ["console", "err_console", "fail", "money", "pct"]

console = Console(width=None if sys.stdout.isatty() else 160)
err_console = Console(stderr=True, soft_wrap=True)


def fail(exc: Exception) -> NoReturn:
    """Print ``error: ...`` (one line, the exception's message) and exit with code 1.

    Parameters
    ----------
    exc : Exception
        The error to report.

    Raises
    ------
    typer.Exit
        Always, with code 1.
    """
    err_console.print(f"[bold red]error:[/] {escape(str(exc))}")
    raise typer.Exit(code=1)


def pct(value: float) -> str:
    """A signed percent change with three decimals, coloured by sign.

    Parameters
    ----------
    value : float
        The change in percent; NaN prints as a dash.

    Returns
    -------
    str
        Rich markup, e.g. ``"[green]+1.234[/]"``.
    """
    if value != value:  # NaN
        return "–"
    color = "green" if value > 0.0005 else ("red" if value < -0.0005 else "white")
    return f"[{color}]{value:+.3f}[/]"


def money(value: float, usd: bool) -> str:
    """Billions of dollars (``$110.9B``), or data units when the data have no currency.

    Parameters
    ----------
    value : float
        The amount, in dollars when ``usd`` is true, else in data units.
    usd : bool
        Whether the data are in US dollars.

    Returns
    -------
    str
        The formatted amount.
    """
    if not usd:
        return f"{value:,.4g}"
    sign = "-" if value < 0 else ""
    return f"{sign}${abs(value) / 1e9:,.1f}B"
